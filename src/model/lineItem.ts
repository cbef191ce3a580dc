import * as z from 'zod';
import { AmountSchema, decimalStringSchema } from './amount.js';

/**
 * A cost code or a category (Procore cost type) with its ERP id when it is linked.
 * @example
 * ErpCodeSchema.parse({ code: '01-100', erpId: '01-100' })
 */
export const ErpCodeSchema = z.object({
  /** The code as Procore shows it (`01-100`, `L`). */
  code: z.string(),
  /** The ERP's id for it; present when it is an ERP (Sage 300 CRE) code. */
  erpId: z.string().optional(),
});
/**
 * A cost code or a category (Procore cost type) with its ERP id when it is linked.
 * @example
 * const costCode: ErpCode = { code: '03-200', erpId: '03-200' };
 */
export type ErpCode = z.infer<typeof ErpCodeSchema>;

/**
 * One line of a CCO's schedule of values: it modifies one commitment line item by an amount.
 * @example
 * LineItemSchema.parse({ id: '1', commitmentLineItemId: 'A', description: 'Rebar', amount: '233.0',
 *   costCode: { code: '03-200', erpId: '03-200' }, category: { code: 'M', erpId: 'M' } })
 */
export const LineItemSchema = z.object({
  /** Procore's id of this line. */
  id: z.string().min(1),
  /** The commitment line item this line modifies. */
  commitmentLineItemId: z.string().min(1),
  /** What the line is for. */
  description: z.string(),
  /** The change, as a decimal string. */
  amount: AmountSchema,
  /** The cost code; `erpId` present means a Sage 300 CRE cost code. */
  costCode: ErpCodeSchema.optional(),
  /** The category (Procore cost type). */
  category: ErpCodeSchema.optional(),
  /** The quantity, as a decimal string; checked against the profile's `lines.quantity`. */
  quantity: decimalStringSchema('Quantity', 'invalid_decimal').optional(),
  /** The unit cost, as a decimal string; checked against the profile's `lines.unitCost`. */
  unitCost: decimalStringSchema('Unit cost', 'invalid_decimal').optional(),
  /** The unit of measure (`EA`, `LF`, `HR`); checked against the profile's `lines.uom`. */
  uom: z.string().optional(),
});
/**
 * One line of a CCO's schedule of values.
 * @example
 * const line: LineItem = { id: '11', commitmentLineItemId: '501', description: 'Rebar', amount: '1250.50' };
 */
export type LineItem = z.infer<typeof LineItemSchema>;
