import { levelName, type User } from '../internal/user.js';
import type { Violation } from '../issues.js';
import { workflowViolation } from './violations.js';

/**
 * An accounting approver: Standard or Admin on ERP Integrations, and "Can Push to Accounting".
 * @example
 * isAccountingApprover({ commitments: 'none', changeOrders: 'none', erpIntegrations: 'standard', canPushToAccounting: true }) //=> true
 */
export function isAccountingApprover(user: User): boolean {
  return (
    (user.erpIntegrations === 'standard' || user.erpIntegrations === 'admin') && user.canPushToAccounting
  );
}

/**
 * Why the user may not accept or reject an export, or `undefined` when they may.
 * @example
 * accountingApproverDenied(projectManager.user)?.code //=> 'not_accounting_approver'
 */
export function accountingApproverDenied(user: User): Violation<'not_accounting_approver'> | undefined {
  if (isAccountingApprover(user)) return undefined;
  const privilege = user.canPushToAccounting ? 'with' : 'without';
  return workflowViolation(
    'not_accounting_approver',
    `Only an accounting approver (Standard or Admin on the ERP Integrations tool and "Can Push to Accounting") may accept or reject an export; you have ${levelName(user.erpIntegrations)} on ERP Integrations, ${privilege} "Can Push to Accounting".`,
  );
}

/**
 * Why the user may not retrieve a change order from the ERP, or `undefined` when they may.
 * @example
 * retrieveDenied({ ...user, commitments: 'standard', changeOrders: 'admin' }) //=> undefined
 */
export function retrieveDenied(user: User): Violation<'missing_retrieve_permission'> | undefined {
  if (user.commitments === 'admin' || user.changeOrders === 'admin') return undefined;
  return workflowViolation(
    'missing_retrieve_permission',
    `Retrieving from the ERP needs Admin on the Commitments tool or on the Change Orders tool; you have ${levelName(user.commitments)} on Commitments and ${levelName(user.changeOrders)} on Change Orders.`,
  );
}

/**
 * Why the user is not Admin on the Commitments tool (the core rule's code), or `undefined`.
 * @example
 * commitmentsAdminDenied({ ...user, commitments: 'standard' }, 'Unlinking')?.message //=> 'Unlinking needs Admin on the Commitments tool; you have Standard.'
 */
export function commitmentsAdminDenied(
  user: User,
  doing: string,
): Violation<'missing_commitments_admin'> | undefined {
  if (user.commitments === 'admin') return undefined;
  return workflowViolation(
    'missing_commitments_admin',
    `${doing} needs Admin on the Commitments tool; you have ${levelName(user.commitments)}.`,
  );
}

/**
 * Why the user is not Admin on the ERP Integrations tool, or `undefined`.
 * @example
 * erpAdminDenied({ ...user, erpIntegrations: 'admin' }, 'Unlinking') //=> undefined
 */
export function erpAdminDenied(user: User, doing: string): Violation<'missing_erp_admin'> | undefined {
  if (user.erpIntegrations === 'admin') return undefined;
  return workflowViolation(
    'missing_erp_admin',
    `${doing} needs Admin on the ERP Integrations tool; you have ${levelName(user.erpIntegrations)}.`,
  );
}
