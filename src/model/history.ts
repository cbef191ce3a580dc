import * as z from 'zod';
import { ErpStatusSchema } from './enums.js';

/**
 * The export workflow's actions, as the transition table and the history name them.
 * @example
 * WORKFLOW_ACTIONS.includes('resend') //=> true
 */
export const WORKFLOW_ACTIONS = ['send', 'resend', 'retrieve', 'accept', 'reject', 'fail', 'unlink'] as const;

/**
 * An action of the export workflow: `send` (or `resend` after a rejection), `retrieve`, `accept`,
 * `reject`, `fail` (the ERP refused an accepted export) and `unlink`.
 * @example
 * WorkflowActionSchema.parse('resend') //=> 'resend'
 */
export const WorkflowActionSchema = z.enum(WORKFLOW_ACTIONS);
/**
 * An action of the export workflow.
 * @example
 * const action: WorkflowAction = 'retrieve';
 */
export type WorkflowAction = z.infer<typeof WorkflowActionSchema>;

/**
 * The roles in which someone (or the ERP) acts on a change order in the export workflow.
 * @example
 * ACTOR_ROLES //=> ['sender', 'accounting_approver', 'erp', 'erp_admin']
 */
export const ACTOR_ROLES = ['sender', 'accounting_approver', 'erp', 'erp_admin'] as const;

/**
 * Who acted: the `sender` (the project-side user who sends, re-sends or retrieves), the
 * `accounting_approver` (accepts or rejects), the `erp` itself (refuses an accepted export) or an
 * `erp_admin` (unlinks a CCO deleted in the ERP).
 * @example
 * ActorRoleSchema.parse('accounting_approver') //=> 'accounting_approver'
 */
export const ActorRoleSchema = z.enum(ACTOR_ROLES);
/**
 * Who acted in the export workflow.
 * @example
 * const actor: ActorRole = 'accounting_approver';
 */
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/**
 * One step of a change order's export history, appended by each workflow action that succeeds.
 * The library never reads a clock: `at` is present only when the caller passes it.
 * @example
 * HistoryEntrySchema.parse({ action: 'reject', actor: 'accounting_approver', from: 'pending_acceptance',
 *   to: 'rejected', comment: 'Wrong cost code on line 2.' })
 */
export const HistoryEntrySchema = z.object({
  /** What was done. */
  action: WorkflowActionSchema,
  /** The role in which it was done. */
  actor: ActorRoleSchema,
  /** The `erpStatus` before. */
  from: ErpStatusSchema,
  /** The `erpStatus` after. */
  to: ErpStatusSchema,
  /** The accounting approver's comment, on a rejection. */
  comment: z.string().optional(),
  /** The ERP's message, on a failed export. */
  message: z.string().optional(),
  /** When it happened, as the caller gave it (an ISO-8601 instant is advised). */
  at: z.string().optional(),
});
/**
 * One step of a change order's export history.
 * @example
 * const entry: HistoryEntry = { action: 'fail', actor: 'erp', from: 'synced', to: 'export_failed', message: 'Vendor inactive.' };
 */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
