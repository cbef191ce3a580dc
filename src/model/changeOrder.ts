import * as z from 'zod';
import { quote } from '../text/quote.js';
import { parseInstant } from '../time/instant.js';
import { ChangeOrderStatusSchema, ErpStatusSchema } from './enums.js';
import { HistoryEntrySchema } from './history.js';
import { LineItemSchema } from './lineItem.js';

/**
 * An ISO-8601 instant with `Z` or an offset (`2024-03-10T07:30:00Z`, `…-07:00`).
 * @example
 * InstantSchema.safeParse('2024-03-10').success //=> false (no time, no zone)
 */
export const InstantSchema = z.string().refine((s) => parseInstant(s) !== undefined, {
  params: { code: 'invalid_instant' },
  error: (issue) =>
    `Expected an ISO-8601 instant with a zone, such as "2024-03-10T07:30:00Z" or "2024-03-10T00:30:00-07:00"; got ${quote(String(issue.input))}.`,
});

/**
 * The commitment (subcontract or purchase order) a CCO changes.
 * @example
 * CommitmentRefSchema.parse({ id: '2', erpId: 'SC-001' })
 */
export const CommitmentRefSchema = z.object({
  /** Procore's id of the commitment. */
  id: z.string().min(1),
  /** The ERP's id; present when the commitment is synced. */
  erpId: z.string().optional(),
});

/**
 * The vendor of the commitment.
 * @example
 * ContractCompanySchema.parse({ id: '47', name: 'Acme Rebar', erpVendorId: 'ACME' })
 */
export const ContractCompanySchema = z.object({
  /** Procore's id of the company. */
  id: z.string().min(1),
  /** The company's name. */
  name: z.string(),
  /** The ERP vendor it is linked to, if any. */
  erpVendorId: z.string().optional(),
});

/**
 * A Commitment Change Order (CCO), camelCase JSON. `erpStatus` defaults to `not_sent`; `status`
 * accepts capitalised forms and normalises them.
 * @example
 * const co = ChangeOrderSchema.parse(JSON.parse(text));
 */
export const ChangeOrderSchema = z.object({
  /** Procore's id of the CCO. */
  id: z.string().min(1),
  /** The change order number. */
  number: z.string(),
  /** The ERP (Sage) CCO ID as typed. */
  erpId: z.string().optional(),
  /** The title; exported as the ERP description. */
  title: z.string(),
  /** The description; exported as Sage's Scope. */
  description: z.string(),
  /** Procore's status, lower-case. */
  status: ChangeOrderStatusSchema,
  /** When the CCO was created: an ISO-8601 instant with a zone. */
  createdAt: InstantSchema,
  /** Where the CCO stands in the ERP export. */
  erpStatus: ErpStatusSchema.default('not_sent'),
  /** The commitment it changes. */
  commitment: CommitmentRefSchema,
  /** The commitment's vendor. */
  contractCompany: ContractCompanySchema,
  /** The schedule of values, in SOV order. */
  lineItems: z.array(LineItemSchema),
  /** What the export workflow did to it, oldest first; absent until the first workflow action. */
  history: z.array(HistoryEntrySchema).optional(),
});
/**
 * A Commitment Change Order, as parsed.
 * @example
 * const r = parseChangeOrder(json);
 * if (r.ok) { const co: ChangeOrder = r.value; }
 */
export type ChangeOrder = z.infer<typeof ChangeOrderSchema>;
/**
 * A Commitment Change Order as accepted by the parser (before defaults and normalisation):
 * `erpStatus` may be omitted and `status` may be capitalised.
 * @example
 * const input: ChangeOrderInput = { ...co, status: 'Approved', erpStatus: undefined };
 */
export type ChangeOrderInput = z.input<typeof ChangeOrderSchema>;
