import * as z from 'zod';

/**
 * Procore's change order statuses, lower-case as the REST API writes them.
 * @example
 * CHANGE_ORDER_STATUSES.includes('approved') //=> true
 */
export const CHANGE_ORDER_STATUSES = [
  'draft',
  'pricing',
  'not_pricing',
  'pending',
  'revised',
  'proceeding',
  'not_proceeding',
  'pending_billable',
  'no_charge',
  'approved',
  'rejected',
  'void',
] as const;

const KNOWN_STATUSES: ReadonlySet<string> = new Set(CHANGE_ORDER_STATUSES);

/**
 * A Procore change order status. Parsing also accepts the capitalised forms of Procore's ERP
 * payloads (`"Approved"`, `"Not Pricing"`) and normalises them to these.
 * @example
 * ChangeOrderStatusSchema.parse('Approved') //=> 'approved'
 */
export const ChangeOrderStatusSchema = z
  .string()
  .transform((s) =>
    // Most statuses arrive already lower-case: skip the normalising then.
    KNOWN_STATUSES.has(s)
      ? s
      : s
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_'),
  )
  .pipe(z.enum(CHANGE_ORDER_STATUSES));
/**
 * A Procore change order status, lower-case.
 * @example
 * const status: ChangeOrderStatus = 'approved';
 */
export type ChangeOrderStatus = (typeof CHANGE_ORDER_STATUSES)[number];

/**
 * Where a change order stands in the export to the ERP.
 * @example
 * ERP_STATUSES[0] //=> 'not_sent'
 */
export const ERP_STATUSES = [
  'not_sent',
  'pending_acceptance',
  'retrieved',
  'rejected',
  'export_failed',
  'synced',
] as const;

/**
 * Where a change order stands in the ERP export workflow.
 * @example
 * ErpStatusSchema.parse('pending_acceptance') //=> 'pending_acceptance'
 */
export const ErpStatusSchema = z.enum(ERP_STATUSES);
/**
 * Where a change order stands in the ERP export workflow.
 * @example
 * const s: ErpStatus = 'pending_acceptance';
 */
export type ErpStatus = z.infer<typeof ErpStatusSchema>;

/**
 * A user's permission level on one Procore tool, lowest first.
 * @example
 * PERMISSION_LEVELS.indexOf('admin') //=> 3
 */
export const PERMISSION_LEVELS = ['none', 'read_only', 'standard', 'admin'] as const;

/**
 * A user's permission level on one Procore tool.
 * @example
 * PermissionLevelSchema.parse('admin') //=> 'admin'
 */
export const PermissionLevelSchema = z.enum(PERMISSION_LEVELS);
/**
 * A user's permission level on one Procore tool.
 * @example
 * const level: PermissionLevel = 'read_only';
 */
export type PermissionLevel = z.infer<typeof PermissionLevelSchema>;
