// The shape of one line the `cco-erp` command writes (NDJSON, one per input record), as a zod
// schema: the source of `schemas/result-line.json`, and what the tests hold the command's output to.
// `ErpExport` and `Notice` are TypeScript interfaces in src/export/types.ts; the schemas here
// describe the same JSON, and a type test (test/schemas/resultLine.test-d.ts) keeps them equal.

import * as z from 'zod';
import { AmountSchema } from '../model/amount.js';
import { LineItemSchema } from '../model/lineItem.js';

/**
 * The codes of `error` in a result line: why a record (or a whole file) has no check or map result.
 * @example
 * RESULT_ERROR_CODES.includes('invalid_json') //=> true
 */
export const RESULT_ERROR_CODES = [
  'invalid_json',
  'invalid_utf8',
  'invalid_change_order',
  'commitment_not_given',
  'record_too_large',
  'unreadable_input',
  'internal_error',
] as const;

/**
 * A path into the input, as in every issue: object keys and array indexes.
 * @example
 * PathSchema.parse(['lineItems', 0, 'amount'])
 */
export const PathSchema = z.array(z.union([z.string(), z.number().int().nonnegative()]));

/**
 * A problem with its stable code, where it is and what to change: a rule violation, or an input
 * issue of a record that is not a change order.
 * @example
 * IssueSchema.parse({ code: 'title_too_long', path: [], message: 'Title is 36 characters; Sage 300 CRE allows 30.' })
 */
export const IssueSchema = z.object({
  /** The stable, snake_case kind of problem. */
  code: z.string().min(1),
  /** What is wrong and what to change, for a person. */
  message: z.string(),
  /** Where in the record the problem is: `[]` for the whole record. */
  path: PathSchema,
});

/**
 * One exported line of an {@link ErpExportSchema}.
 * @example
 * ExportLineSchema.parse({ commitmentLineItemId: '501', lineItemIds: ['11'], costCode: '03-200',
 *   costCodeErpId: '03-200', category: 'M', categoryErpId: 'M', amount: '1250.00', description: 'Rebar' })
 */
export const ExportLineSchema = z.object({
  /** The commitment line item modified (Procore's id). */
  commitmentLineItemId: z.string(),
  /** The commitment line item's key in the ERP (its SOV line's `erpId`); present when the commitment was passed. */
  commitmentLineErpId: z.string().optional(),
  /** The source lines' ids, in SOV order (one unless the profile aggregates). */
  lineItemIds: z.array(z.string()).min(1),
  /** The cost code as Procore shows it (`03-200`). */
  costCode: z.string(),
  /** The cost code's key in the ERP (its `erpId`). */
  costCodeErpId: z.string(),
  /** The category (Procore cost type) as Procore shows it (`M`). */
  category: z.string(),
  /** The category's key in the ERP (its `erpId`). */
  categoryErpId: z.string(),
  /** The exact sum of the source lines: at least two decimals, never an exponent. */
  amount: AmountSchema,
  /** The first source line's description. */
  description: z.string(),
  /** The quantity, when the line comes from one source line that has one. */
  quantity: LineItemSchema.shape.quantity,
  /** The unit cost, when the line comes from one source line that has one. */
  unitCost: LineItemSchema.shape.unitCost,
  /** The unit of measure, when the line comes from one source line that has one. */
  uom: z.string().optional(),
});

/**
 * The notice that the description was cut to the profile's limit.
 * @example
 * DescriptionTruncatedSchema.parse({ code: 'description_truncated', message: '…', originalLength: 1200, exportedLength: 1000 })
 */
export const DescriptionTruncatedSchema = z.object({
  /** What happened. */
  code: z.literal('description_truncated'),
  /** The notice, for a person. */
  message: z.string(),
  /** Characters (code points) in the description. */
  originalLength: z.number().int().nonnegative(),
  /** Characters (code points) exported. */
  exportedLength: z.number().int().nonnegative(),
});

/**
 * The notice that several lines on one commitment line item were summed into one.
 * @example
 * LinesAggregatedSchema.parse({ code: 'lines_aggregated', message: '…', commitmentLineItemId: '501',
 *   lineItemIds: ['11', '12'], amount: '1483.60' })
 */
export const LinesAggregatedSchema = z.object({
  /** What happened. */
  code: z.literal('lines_aggregated'),
  /** The notice, for a person. */
  message: z.string(),
  /** The commitment line item whose modifications were summed. */
  commitmentLineItemId: z.string(),
  /** The merged lines' ids, in SOV order. */
  lineItemIds: z.array(z.string()).min(2),
  /** The sum exported. */
  amount: AmountSchema,
});

/**
 * The ERP's own warning before an export, from its profile.
 * @example
 * ExportWarningSchema.parse({ code: 'export_warning', message: 'Check the vendor before export.' })
 */
export const ExportWarningSchema = z.object({
  /** What happened. */
  code: z.literal('export_warning'),
  /** The ERP's warning, as its metadata gives it. */
  message: z.string(),
});

/**
 * Something the export did, or the ERP wants the user to know, that does not stop it.
 * @example
 * NoticeSchema.parse({ code: 'export_warning', message: 'Check the vendor before export.' })
 */
export const NoticeSchema = z.discriminatedUnion('code', [
  DescriptionTruncatedSchema,
  LinesAggregatedSchema,
  ExportWarningSchema,
]);

/**
 * What `map` exports for one change order (`exportChangeOrder`'s value): in the ERP's terms, in no
 * ERP's format. A field the profile does not export is absent.
 * @example
 * ErpExportSchema.safeParse(JSON.parse(line).export).success //=> true
 */
export const ErpExportSchema = z.object({
  /** The commitment as the ERP knows it (its `erpId`). */
  commitmentId: z.string(),
  /** The commitment's key in the ERP (the passed commitment's `erpId`); present when the commitment was passed. */
  commitmentErpId: z.string().optional(),
  /** The ERP change order id (`erpId`, or the number when the setting applies); absent when there is none and none is required. */
  changeOrderId: z.string().optional(),
  /** The creation date in the project's time zone, `YYYY-MM-DD`; absent when the profile does not export it. */
  date: z
    .string()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)
    .optional(),
  /** The title. */
  title: z.string(),
  /** The description, cut to the profile's limit when it truncates; absent when the ERP has no field for it. */
  description: z.string().optional(),
  /** The vendor's ERP id. */
  vendorId: z.string(),
  /** The exported lines, in order of first appearance. */
  lines: z.array(ExportLineSchema),
  /** The exact sum of the lines: equal to the sum of the change order's line amounts. */
  total: AmountSchema,
  /** What the export did that the user should know (truncation, aggregation, the ERP's warning). */
  notices: z.array(NoticeSchema),
});

/**
 * A change order that breaks no rule (`check`).
 * @example
 * SendableResultSchema.parse({ line: 1, id: '9001', ok: true, violations: [] })
 */
export const SendableResultSchema = z.object({
  /** The input file, when several were given. */
  file: z.string().optional(),
  /** The 1-based line of the input on which the change order starts. */
  line: z.number().int().positive(),
  /** The change order's id. */
  id: z.string().min(1),
  /** `true`: it breaks no rule. */
  ok: z.literal(true),
  /** Empty: no rule is broken. */
  violations: z.array(IssueSchema).max(0),
});

/**
 * A change order that breaks a rule (`check`, or `map` when the export is refused).
 * @example
 * ViolationsResultSchema.parse({ line: 3, id: '9003', ok: false,
 *   violations: [{ code: 'title_too_long', path: [], message: 'Title is 36 characters; Sage 300 CRE allows 30.' }] })
 */
export const ViolationsResultSchema = z.object({
  /** The input file, when several were given. */
  file: z.string().optional(),
  /** The 1-based line of the input on which the change order starts. */
  line: z.number().int().positive(),
  /** The change order's id. */
  id: z.string().min(1),
  /** `false`: it breaks a rule. */
  ok: z.literal(false),
  /** The first broken rule, or every one with `--all`, in rule order. */
  violations: z.array(IssueSchema).min(1),
});

/**
 * A change order that `map` exported.
 * @example
 * ExportResultSchema.safeParse(JSON.parse(line)).success
 */
export const ExportResultSchema = z.object({
  /** The input file, when several were given. */
  file: z.string().optional(),
  /** The 1-based line of the input on which the change order starts. */
  line: z.number().int().positive(),
  /** The change order's id. */
  id: z.string().min(1),
  /** `true`: it was exported. */
  ok: z.literal(true),
  /** What is exported (`exportChangeOrder`'s value). */
  export: ErpExportSchema,
});

/**
 * Why a record (or a whole file) has no result: not JSON, not a change order, its commitment not
 * among those given (`--commitments`), too large, unreadable.
 * @example
 * ResultErrorSchema.parse({ code: 'invalid_json', message: 'Line 4 is not valid JSON: …' })
 */
export const ResultErrorSchema = z.object({
  /** The kind of error. */
  code: z.string().min(1),
  /** What went wrong, for a person. */
  message: z.string(),
  /** For `invalid_change_order`: every problem found in the record, with its path. */
  issues: z.array(IssueSchema).min(1).optional(),
});

/**
 * A record that could not be checked or mapped, or an input file that could not be read.
 * @example
 * ErrorResultSchema.parse({ line: 4, ok: false, error: { code: 'invalid_json', message: '…' } })
 */
export const ErrorResultSchema = z.object({
  /** The input file, when several were given, or the file that could not be read. */
  file: z.string().optional(),
  /** The 1-based line of the record; absent when a whole file could not be read. */
  line: z.number().int().positive().optional(),
  /** The record's `id`, when it has a readable one. */
  id: z.string().optional(),
  /** `false`: there is no result for this record. */
  ok: z.literal(false),
  /** Why. */
  error: ResultErrorSchema,
});

/**
 * One line of the command's output (NDJSON): one per input record, in input order.
 * @example
 * ResultLineSchema.safeParse(JSON.parse('{"line":1,"id":"9001","ok":true,"violations":[]}')).success //=> true
 */
export const ResultLineSchema = z.union([
  SendableResultSchema,
  ViolationsResultSchema,
  ExportResultSchema,
  ErrorResultSchema,
]);
/**
 * One line of the command's output.
 * @example
 * const line: ResultLine = { line: 1, id: '9001', ok: true, violations: [] };
 */
export type ResultLine = z.infer<typeof ResultLineSchema>;
