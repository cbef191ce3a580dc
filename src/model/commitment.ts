import * as z from 'zod';
import { formatPath } from '../internal/describe.js';
import { AmountSchema } from './amount.js';
import { ErpCodeSchema, LineItemSchema } from './lineItem.js';

/**
 * The kinds of commitment: a subcontract (Procore's `WorkOrderContract`) or a purchase order
 * (`PurchaseOrderContract`).
 * @example
 * COMMITMENT_KINDS //=> ['subcontract', 'purchase_order']
 */
export const COMMITMENT_KINDS = ['subcontract', 'purchase_order'] as const;

/**
 * One line of a commitment's schedule of values (SOV): what a CCO line modifies, named by its
 * `commitmentLineItemId` (= this line's `id`). Its `erpId` is the key the ERP knows it by (Procore's
 * `origin_id` of the commitment line item, which staged records call
 * `commitment_line_item_origin_id`); absent while the line is not synced.
 * @example
 * CommitmentLineSchema.parse({ id: '501', erpId: 'SC-001-1', description: 'Rebar', amount: '25000.00',
 *   costCode: { code: '03-200', erpId: '03-200' }, category: { code: 'M', erpId: 'M' } })
 */
export const CommitmentLineSchema = z.object({
  /** Procore's id of the commitment line item: what a CCO line's `commitmentLineItemId` names. */
  id: z.string().min(1),
  /** The ERP's key for this line; absent while the line is not synced. */
  erpId: z.string().optional(),
  /** The line's position in the schedule of values (1 for the first). */
  position: z.number().int().nonnegative().optional(),
  /** What the line is for. */
  description: z.string(),
  /** The cost code; a CCO line on this line must carry the same. */
  costCode: ErpCodeSchema.optional(),
  /** The category (Procore cost type); a CCO line on this line must carry the same. */
  category: ErpCodeSchema.optional(),
  /** The line's amount before the change orders counted by `reviseSov`, as a decimal string. */
  amount: AmountSchema,
  /** The quantity, where the line is unit-priced. */
  quantity: LineItemSchema.shape.quantity,
  /** The unit cost, where the line is unit-priced. */
  unitCost: LineItemSchema.shape.unitCost,
  /** The unit of measure, where the line is unit-priced. */
  uom: z.string().optional(),
});
/**
 * One line of a commitment's schedule of values.
 * @example
 * const line: CommitmentLine = { id: '501', erpId: 'SC-001-1', description: 'Rebar', amount: '25000.00' };
 */
export type CommitmentLine = z.infer<typeof CommitmentLineSchema>;

/**
 * A schedule of values: its lines in SOV order, no line id twice (`duplicate_line_item`): a CCO line
 * would not know which it modifies.
 * @example
 * SovSchema.safeParse([{ id: '501', description: 'Rebar', amount: '1.00' }, { id: '501', description: 'Labor', amount: '2.00' }]).success //=> false
 */
export const SovSchema = z.array(CommitmentLineSchema).superRefine((sov, ctx) => {
  const seen = new Map<string, number>();
  sov.forEach((line, i) => {
    const first = seen.get(line.id);
    if (first === undefined) {
      seen.set(line.id, i);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      params: { code: 'duplicate_line_item' },
      path: [i, 'id'],
      input: line.id,
      message: `${formatPath(['sov', i])} has the id of ${formatPath(['sov', first])}; each line of a schedule of values has its own id, or a change order line could not say which it modifies.`,
    });
  });
});

/**
 * A commitment (subcontract or purchase order) with its schedule of values, camelCase JSON. The SOV
 * may not name one line id twice (`duplicate_line_item`): a CCO line would not know which it
 * modifies.
 * @example
 * const r = CommitmentSchema.safeParse({ id: '2', erpId: 'SC-001', kind: 'subcontract', vendorId: '47',
 *   sov: [{ id: '501', erpId: '1', description: 'Rebar', amount: '25000.00' }] });
 * r.success //=> true
 */
export const CommitmentSchema = z.object({
  /** Procore's id of the commitment: what a CCO's `commitment.id` names. */
  id: z.string().min(1),
  /** The ERP's key for the commitment (Procore's `origin_id`); absent while it is not synced. */
  erpId: z.string().optional(),
  /** The commitment's number as people see it (`SC-001`). */
  number: z.string().optional(),
  /** The title. */
  title: z.string().optional(),
  /** A subcontract or a purchase order. */
  kind: z.enum(COMMITMENT_KINDS),
  /** Procore's id of the vendor (the contract company): what a CCO's `contractCompany.id` must be. */
  vendorId: z.string().min(1),
  /** The schedule of values, in SOV order; no line id twice (`duplicate_line_item`). */
  sov: SovSchema,
});
/**
 * A commitment with its schedule of values, as parsed.
 * @example
 * const r = parseCommitment(json);
 * if (r.ok) { const commitment: Commitment = r.value; }
 */
export type Commitment = z.infer<typeof CommitmentSchema>;
