import * as z from 'zod';
import { isTimeZone } from '../time/calendarDate.js';
import { PermissionLevelSchema } from './enums.js';

/**
 * Who is acting, on which project, under which company settings.
 * @example
 * ExportContextSchema.parse({
 *   user: { commitments: 'admin', changeOrders: 'admin', erpIntegrations: 'none', canPushToAccounting: false },
 *   project: { erpSynced: true, timeZone: 'US/Pacific' },
 *   settings: { useChangeOrderNumberAsErpId: false, directExport: false },
 * })
 */
export const ExportContextSchema = z.object({
  /** The acting user's permissions. */
  user: z.object({
    /** Level on the Commitments tool. */
    commitments: PermissionLevelSchema,
    /** Level on the Change Orders tool. */
    changeOrders: PermissionLevelSchema,
    /** Level on the ERP Integrations tool. */
    erpIntegrations: PermissionLevelSchema,
    /** The "Can Push to Accounting" privilege. */
    canPushToAccounting: z.boolean(),
  }),
  /** The project. */
  project: z.object({
    /** Whether the project's ERP data has been synced. */
    erpSynced: z.boolean(),
    /** The project's IANA time zone, such as `US/Pacific`. */
    timeZone: z.string().refine(isTimeZone, {
      params: { code: 'invalid_time_zone' },
      error: (issue) =>
        `Unknown time zone "${String(issue.input).slice(0, 60)}"; use an IANA name such as "America/Los_Angeles".`,
    }),
  }),
  /** Company-wide ERP settings. */
  settings: z.object({
    /** Fill the ERP CCO ID from the change order number. */
    useChangeOrderNumberAsErpId: z.boolean(),
    /** Export at once on Send, skipping the accounting approver. */
    directExport: z.boolean(),
  }),
});
/**
 * Who is acting, on which project, under which company settings.
 * @example
 * const r = parseExportContext(json);
 * if (r.ok) { const context: ExportContext = r.value; }
 */
export type ExportContext = z.infer<typeof ExportContextSchema>;
