import { readFileSync } from 'node:fs';
import { userOf } from '../../src/internal/user.js';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import type { ExportContext } from '../../src/model/context.js';
import type { ErpStatus } from '../../src/model/enums.js';
import { parseChangeOrder, parseExportContext } from '../../src/parse.js';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
}

function parsed<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A change order that breaks no rule (examples/change-orders/01-sendable.json), `not_sent`. */
export const sendable: ChangeOrder = parsed(parseChangeOrder(readJson('change-orders/01-sendable.json')));
/** A sendable change order with two lines on one commitment line item. */
export const twoOnOneLine: ChangeOrder = parsed(
  parseChangeOrder(readJson('change-orders/02-two-modifications-one-line.json')),
);
/**
 * examples/context.json: Admin on Commitments and Change Orders, Standard on ERP Integrations with
 * "Can Push to Accounting": both a sender and an accounting approver. Direct Export off.
 */
export const context: ExportContext = parsed(parseExportContext(readJson('context.json')));

type User = NonNullable<ExportContext['user']>;

/** The context with some of the user's permissions replaced. */
export function asUser(patch: Partial<User>, base: ExportContext = context): ExportContext {
  return { ...base, user: { ...userOf(base), ...patch } };
}

/** The context with some settings replaced. */
export function withSettings(patch: NonNullable<ExportContext['settings']>, base = context): ExportContext {
  return { ...base, settings: { ...base.settings, ...patch } };
}

/** A project-side user who may send but is no approver and no ERP admin. */
export const projectManager = asUser({ erpIntegrations: 'none', canPushToAccounting: false });
/** An accounting approver who is no admin on the project tools. */
export const approver = asUser({
  commitments: 'read_only',
  changeOrders: 'read_only',
  erpIntegrations: 'standard',
  canPushToAccounting: true,
});
/** Admin everywhere, with "Can Push to Accounting". */
export const admin = asUser({
  commitments: 'admin',
  changeOrders: 'admin',
  erpIntegrations: 'admin',
  canPushToAccounting: true,
});

/** The change order in another state (built directly, without walking the workflow). */
export function inState(erpStatus: ErpStatus, base: ChangeOrder = sendable): ChangeOrder {
  return { ...base, erpStatus };
}

/** Freezes a value and everything inside it, so a mutation throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export { errors, firstError, value } from '../helpers/result.js';
