import * as z from 'zod';
import { quote } from '../text/quote.js';
import { isTimeZone, MAX_TIME_ZONE_LENGTH } from '../time/zone.js';
import { PermissionLevelSchema } from './enums.js';

/** Why `name` is not a time zone, with the way out; the name is quoted, never copied whole. */
function timeZoneMessage(name: string): string {
  const way = 'use an IANA name such as "America/Los_Angeles"';
  if (name.length > MAX_TIME_ZONE_LENGTH) {
    return `Time zone ${quote(name)} is ${name.length} characters; a zone name has at most ${MAX_TIME_ZONE_LENGTH}: ${way}.`;
  }
  if (/^[+-]\d/.test(name)) {
    return `Time zone ${quote(name)} is a fixed offset, which knows no daylight saving; ${way}.`;
  }
  return `Unknown time zone ${quote(name)}; ${way}.`;
}

/**
 * Who is acting, on which project, under which company settings. An unattended export (an ETL job)
 * reads only `project`: `user` is read by the rules that decide who may press Send (and by the
 * workflow's permission checks), where a missing `user` has no permission; `settings` fields
 * default to `false`.
 * @example
 * ExportContextSchema.parse({
 *   user: { commitments: 'admin', changeOrders: 'admin', erpIntegrations: 'none', canPushToAccounting: false },
 *   project: { erpSynced: true, timeZone: 'US/Pacific' },
 *   settings: { useChangeOrderNumberAsErpId: false, directExport: false },
 * })
 */
export const ExportContextSchema = z.object({
  /** The acting user's permissions; leave it out for an unattended export (it then has none). */
  user: z
    .object({
      /** Level on the Commitments tool. */
      commitments: PermissionLevelSchema,
      /** Level on the Change Orders tool. */
      changeOrders: PermissionLevelSchema,
      /** Level on the ERP Integrations tool. */
      erpIntegrations: PermissionLevelSchema,
      /** The "Can Push to Accounting" privilege. */
      canPushToAccounting: z.boolean(),
    })
    .optional(),
  /** The project. */
  project: z.object({
    /** Whether the project's ERP data has been synced. */
    erpSynced: z.boolean(),
    /** The project's IANA time zone, such as `US/Pacific`. */
    timeZone: z.string().refine(isTimeZone, {
      params: { code: 'invalid_time_zone' },
      error: (issue) => timeZoneMessage(String(issue.input)),
    }),
  }),
  /** Company-wide ERP settings; each is `false` when left out. */
  settings: z
    .object({
      /** Fill the ERP CCO ID from the change order number. */
      useChangeOrderNumberAsErpId: z.boolean().optional(),
      /** Export at once on Send, skipping the accounting approver. */
      directExport: z.boolean().optional(),
    })
    .optional(),
});
/**
 * Who is acting, on which project, under which company settings.
 * @example
 * const r = parseExportContext(json);
 * if (r.ok) { const context: ExportContext = r.value; }
 */
export type ExportContext = z.infer<typeof ExportContextSchema>;
