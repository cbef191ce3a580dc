import type { ExportContext } from '../model/context.js';
import type { PermissionLevel } from '../model/enums.js';

/** The acting user's permissions, as the rules and the workflow read them. */
export type User = NonNullable<ExportContext['user']>;

/** The permissions of a context without a user (an unattended export): none at all. */
const NOBODY: User = {
  commitments: 'none',
  changeOrders: 'none',
  erpIntegrations: 'none',
  canPushToAccounting: false,
};

/** The context's user, or a user with no permission when it has none. */
export function userOf(context: Pick<ExportContext, 'user'>): User {
  return context.user ?? NOBODY;
}

const LEVEL_NAMES: Readonly<Record<PermissionLevel, string>> = {
  none: 'no access',
  read_only: 'Read Only',
  standard: 'Standard',
  admin: 'Admin',
};

/** A permission level as Procore's UI names it. */
export function levelName(level: PermissionLevel): string {
  return LEVEL_NAMES[level];
}
