import type { Path, Violation } from '../issues.js';

/**
 * The codes the export workflow adds to the send rules' codes, each with when it fails (for
 * `docs/rules.md`). Codes are public contract, like the rules' codes. Where a core permission rule
 * fits (`missing_commitments_admin` when unlinking), the workflow reuses its code instead.
 * @example
 * workflowViolations.map((v) => v.code) //=> ['wrong_state', 'not_accounting_approver', …]
 */
export const workflowViolations = [
  {
    code: 'wrong_state',
    failsWhen:
      "the action does not apply in the change order's `erpStatus` (the transition table in `docs/workflow.md`)",
  },
  {
    code: 'not_accounting_approver',
    failsWhen:
      'accepting or rejecting an export, the user lacks Standard or Admin on the ERP Integrations tool or the "Can Push to Accounting" privilege',
  },
  {
    code: 'missing_retrieve_permission',
    failsWhen:
      'retrieving from the ERP, the user is Admin on neither the Commitments nor the Change Orders tool',
  },
  {
    code: 'missing_erp_admin',
    failsWhen:
      'unlinking, or changing the "use the change order number as the ERP ID" setting, the user is not Admin on the ERP Integrations tool',
  },
  {
    code: 'field_locked',
    failsWhen:
      'an edit changes a field that sending locked (Contract Company, Title, Status, Total Amount, while pending acceptance, failed or synced), or, in every state, Date Created (`createdAt`), which cannot be edited, or `erpStatus` or `history`, which only the workflow actions change; `path` names the field',
  },
  {
    code: 'not_deleted_in_erp',
    failsWhen: 'unlinking a synced change order that has not been deleted in the ERP first',
  },
] as const;

/**
 * A code of the export workflow, derived from {@link workflowViolations}.
 * @example
 * const code: WorkflowViolationCode = 'field_locked';
 */
export type WorkflowViolationCode = (typeof workflowViolations)[number]['code'];

/**
 * Builds a workflow violation; `path` is `[]` unless a field is named.
 * @example
 * workflowViolation('field_locked', 'Title is locked: …', ['title']) //=> { code: 'field_locked', path: ['title'], message: 'Title is locked: …' }
 */
export function workflowViolation<C extends string>(code: C, message: string, path: Path = []): Violation<C> {
  return { code, path, message };
}
