// The model-based test of the export workflow: a model deliberately simpler than the code (the
// state, a few flags about the CCO's content, who may act), random sequences of every action by
// users of random permissions, and after every command a check that the real change order agrees.
import fc from 'fast-check';
import { expect } from 'vitest';
import { userOf } from '../../src/internal/user.js';
import type { Violation } from '../../src/issues.js';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import type { ExportContext } from '../../src/model/context.js';
import type { ErpStatus } from '../../src/model/enums.js';
import type { WorkflowAction } from '../../src/model/history.js';
import type { Result } from '../../src/result.js';
import { exportContextArb, sendableChangeOrderArb, sendingContextArb } from '../../src/testing/index.js';
import { acceptForExport } from '../../src/workflow/acceptForExport.js';
import { applyEdit } from '../../src/workflow/applyEdit.js';
import { lockedFields } from '../../src/workflow/lockedFields.js';
import { markExportFailed } from '../../src/workflow/markExportFailed.js';
import { rejectExport } from '../../src/workflow/rejectExport.js';
import { retrieveFromErp } from '../../src/workflow/retrieveFromErp.js';
import { sendButton } from '../../src/workflow/sendButton.js';
import { sendToErp } from '../../src/workflow/sendToErp.js';
import { setUseChangeOrderNumberAsErpId } from '../../src/workflow/setUseChangeOrderNumberAsErpId.js';
import { findTransition } from '../../src/workflow/transitions.js';
import { unlinkFromErp } from '../../src/workflow/unlinkFromErp.js';
import { deepFreeze } from './fixtures.js';

type User = NonNullable<ExportContext['user']>;

/** What the model knows: far less than a change order. */
export interface Model {
  state: ErpStatus;
  /** The title has at most 30 characters. */
  titleOk: boolean;
  /** The status is `approved`. */
  approved: boolean;
  /** `erpId` is blank, so the Sage ID comes from the number only when the setting is on. */
  erpIdBlank: boolean;
  /** The "use the change order number as the ERP ID" setting. */
  useNumber: boolean;
  /** How many workflow steps the history holds. */
  steps: number;
  readonly projectSynced: boolean;
  readonly directExport: boolean;
  /** Every state the run has been in (for the reach check and the statistics). */
  readonly visited: Set<ErpStatus>;
}

/** The system under test: the change order and the project and settings (the user varies). */
export interface Real {
  co: ChangeOrder;
  ctx: ExportContext;
}

const SENDABLE_FROM: readonly ErpStatus[] = ['not_sent', 'retrieved', 'rejected'];
const LOCKING: readonly ErpStatus[] = ['pending_acceptance', 'export_failed', 'synced'];

const isAdmin = (level: User['commitments']) => level === 'admin';
const isApprover = (u: User) =>
  (u.erpIntegrations === 'standard' || u.erpIntegrations === 'admin') && u.canPushToAccounting;

/** The button the model expects: a plain lookup, not the transition table. */
function expectedButton(state: ErpStatus): 'send' | 'resend' | 'retrieve' | null {
  if (state === 'rejected') return 'resend';
  if (state === 'not_sent' || state === 'retrieved') return 'send';
  return state === 'pending_acceptance' ? 'retrieve' : null;
}

/** After every command: the real change order agrees with the model and stays in the diagram. */
function agree(m: Model, r: Real): void {
  expect(r.co.erpStatus).toBe(m.state);
  expect(lockedFields(r.co)).toEqual(
    LOCKING.includes(m.state) ? ['contractCompany', 'title', 'status', 'totalAmount'] : [],
  );
  expect([...r.co.title].length <= 30).toBe(m.titleOk);
  expect(r.co.status === 'approved').toBe(m.approved);
  expect(r.ctx.settings?.useChangeOrderNumberAsErpId === true).toBe(m.useNumber);
  const history = r.co.history ?? [];
  expect(history.length).toBe(m.steps);
  for (const step of history) {
    // No transition escapes the state diagram.
    expect(findTransition(step.from, step.action, m.directExport)?.to).toBe(step.to);
  }
  expect(sendButton(r.co, r.ctx).action).toBe(expectedButton(m.state));
  m.visited.add(m.state);
}

/** What the model predicts: a refusal with a code, or a step to a state by an action. */
type Expected = { readonly code: string } | { readonly to: ErpStatus; readonly action: WorkflowAction };

/** The code of the first check that fails: the model's order of refusals. */
function refusal(...checks: readonly (readonly [fails: boolean, code: string])[]): string | undefined {
  return checks.find(([fails]) => fails)?.[1];
}

/** A command that may always run: the model decides what it should do, not whether it runs. */
abstract class Step implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  abstract run(m: Model, r: Real): void;
  abstract toString(): string;
}

function predict(code: string | undefined, to: ErpStatus, action: WorkflowAction): Expected {
  return code !== undefined ? { code } : { to, action };
}

/** Checks a transition's result against the prediction and moves both sides on. */
function settle(
  m: Model,
  r: Real,
  result: Result<ChangeOrder, readonly Violation[]>,
  expected: Expected,
  onStep?: (next: ChangeOrder) => void,
): void {
  const before = r.co;
  if ('code' in expected) {
    expect(result.ok ? 'ok' : result.error[0]?.code).toBe(expected.code);
  } else {
    if (!result.ok)
      expect.fail(`expected ${expected.action} to succeed, got ${JSON.stringify(result.error)}`);
    const next = result.value;
    expect(next).not.toBe(before);
    expect(next.history?.at(-1)).toMatchObject({ action: expected.action, from: m.state, to: expected.to });
    onStep?.(next);
    r.co = deepFreeze(next);
    m.state = expected.to;
    m.steps++;
  }
  agree(m, r);
}

const as = (r: Real, user: User): ExportContext => deepFreeze({ ...r.ctx, user });

class Send extends Step {
  constructor(readonly user: User) {
    super();
  }
  run(m: Model, r: Real): void {
    const code = refusal(
      [!m.projectSynced, 'project_not_synced'],
      [!SENDABLE_FROM.includes(m.state), 'already_sent'],
      [!isAdmin(this.user.commitments), 'missing_commitments_admin'],
      [!isAdmin(this.user.changeOrders), 'missing_change_orders_admin'],
      [m.erpIdBlank && !m.useNumber, 'erp_id_missing'],
      [!m.titleOk, 'title_too_long'],
      [!m.approved, 'not_approved'],
    );
    const to = m.directExport ? 'synced' : 'pending_acceptance';
    settle(
      m,
      r,
      sendToErp(r.co, as(r, this.user)),
      predict(code, to, m.state === 'rejected' ? 'resend' : 'send'),
    );
  }
  toString = () => `send(${JSON.stringify(this.user)})`;
}

class Retrieve extends Step {
  constructor(readonly user: User) {
    super();
  }
  run(m: Model, r: Real): void {
    const code = refusal(
      [m.state !== 'pending_acceptance', 'wrong_state'],
      [!isAdmin(this.user.commitments) && !isAdmin(this.user.changeOrders), 'missing_retrieve_permission'],
    );
    settle(m, r, retrieveFromErp(r.co, as(r, this.user)), predict(code, 'retrieved', 'retrieve'));
  }
  toString = () => `retrieve(${JSON.stringify(this.user)})`;
}

class Accept extends Step {
  constructor(
    readonly user: User,
    readonly erpId: string | undefined,
  ) {
    super();
  }
  run(m: Model, r: Real): void {
    const blank = this.erpId === undefined ? m.erpIdBlank : this.erpId.trim() === '';
    const code = refusal(
      [m.state !== 'pending_acceptance', 'wrong_state'],
      [!isApprover(this.user), 'not_accounting_approver'],
      [blank && !m.useNumber, 'erp_id_missing'],
      [this.erpId === 'ABCDEF', 'erp_id_too_long'],
    );
    const options = this.erpId === undefined ? {} : { erpId: this.erpId };
    const result = acceptForExport(r.co, as(r, this.user), options);
    const expectedId = blank ? r.co.number : (this.erpId ?? r.co.erpId);
    settle(
      m,
      r,
      result.ok ? { ok: true, value: result.value.changeOrder } : result,
      predict(code, 'synced', 'accept'),
      () => {
        if (result.ok) expect(result.value.export.changeOrderId).toBe(expectedId);
        m.erpIdBlank = blank;
      },
    );
  }
  toString = () => `accept(${JSON.stringify(this.user)}, ${JSON.stringify(this.erpId)})`;
}

class Reject extends Step {
  constructor(
    readonly user: User,
    readonly comment: string,
  ) {
    super();
  }
  run(m: Model, r: Real): void {
    const code = refusal(
      [m.state !== 'pending_acceptance' && m.state !== 'export_failed', 'wrong_state'],
      [!isApprover(this.user), 'not_accounting_approver'],
    );
    settle(
      m,
      r,
      rejectExport(r.co, as(r, this.user), { comment: this.comment }),
      predict(code, 'rejected', 'reject'),
      (next) => expect(next.history?.at(-1)?.comment).toBe(this.comment),
    );
  }
  toString = () => `reject(${JSON.stringify(this.user)}, ${JSON.stringify(this.comment)})`;
}

class Fail extends Step {
  constructor(readonly message: string) {
    super();
  }
  run(m: Model, r: Real): void {
    const code = refusal([m.state !== 'synced', 'wrong_state']);
    settle(
      m,
      r,
      markExportFailed(r.co, { message: this.message }),
      predict(code, 'export_failed', 'fail'),
      (next) => expect(next.history?.at(-1)?.message).toBe(this.message),
    );
  }
  toString = () => `fail(${JSON.stringify(this.message)})`;
}

class Unlink extends Step {
  constructor(
    readonly user: User,
    readonly deletedInErp: boolean,
  ) {
    super();
  }
  run(m: Model, r: Real): void {
    const code = refusal(
      [m.state !== 'synced', 'wrong_state'],
      [!isAdmin(this.user.commitments), 'missing_commitments_admin'],
      [!isAdmin(this.user.erpIntegrations), 'missing_erp_admin'],
      [!this.deletedInErp, 'not_deleted_in_erp'],
    );
    const result = unlinkFromErp(r.co, as(r, this.user), { deletedInErp: this.deletedInErp });
    settle(m, r, result, predict(code, 'not_sent', 'unlink'));
  }
  toString = () => `unlink(${JSON.stringify(this.user)}, ${this.deletedInErp})`;
}

/** The fields an edit may touch, and the locked field each one counts as. */
const EDITS = ['title', 'status', 'contractCompany', 'amount', 'description', 'erpStatus'] as const;
type EditKind = (typeof EDITS)[number];

class Edit extends Step {
  constructor(
    readonly kind: EditKind,
    readonly tooLong: boolean,
    readonly user: User,
  ) {
    super();
  }
  /** A patch that really changes its field, whatever the change order holds now. */
  private patch(co: ChangeOrder): Partial<ChangeOrder> {
    const other = (a: string, b: string, current: string) => (current === a ? b : a);
    switch (this.kind) {
      case 'title':
        return {
          title: this.tooLong
            ? other('T'.repeat(31), 'U'.repeat(31), co.title)
            : other('Fixed title', 'Fixed title 2', co.title),
        };
      case 'status':
        return { status: co.status === 'approved' ? 'pending' : 'approved' };
      case 'contractCompany':
        return { contractCompany: { ...co.contractCompany, name: `${co.contractCompany.name}*` } };
      case 'amount': {
        const [first, ...rest] = co.lineItems;
        return {
          lineItems: [{ ...first!, amount: Number(first!.amount) === 0.01 ? '0.02' : '0.01' }, ...rest],
        };
      }
      case 'description':
        return { description: `${co.description}+` };
      case 'erpStatus':
        return { erpStatus: co.erpStatus === 'synced' ? 'not_sent' : 'synced' };
    }
  }
  run(m: Model, r: Real): void {
    const field = this.kind === 'amount' ? 'totalAmount' : this.kind;
    const before = r.co;
    const wasLocked = (lockedFields(before) as string[]).includes(field);
    const locked = field === 'erpStatus' || (LOCKING.includes(m.state) && field !== 'description');
    const result = applyEdit(before, this.patch(before), as(r, this.user));
    // An edit of a locked field never succeeds.
    if (wasLocked) expect(result.ok).toBe(false);
    if (locked) {
      expect(result).toMatchObject({ ok: false, error: [{ code: 'field_locked', path: [field] }] });
    } else {
      if (!result.ok)
        expect.fail(`expected the ${this.kind} edit to succeed, got ${JSON.stringify(result.error)}`);
      expect(result.value.erpStatus).toBe(before.erpStatus);
      expect(result.value.history).toBe(before.history);
      r.co = deepFreeze(result.value);
      if (this.kind === 'title') m.titleOk = !this.tooLong;
      if (this.kind === 'status') m.approved = !m.approved;
    }
    agree(m, r);
  }
  toString = () => `edit(${this.kind}${this.kind === 'title' ? `, tooLong=${this.tooLong}` : ''})`;
}

class SetUseNumber extends Step {
  constructor(
    readonly user: User,
    readonly on: boolean,
  ) {
    super();
  }
  run(m: Model, r: Real): void {
    const result = setUseChangeOrderNumberAsErpId(as(r, this.user), this.on);
    if (isAdmin(this.user.erpIntegrations)) {
      if (!result.ok) expect.fail(`expected the setting to change, got ${JSON.stringify(result.error)}`);
      r.ctx = deepFreeze({ ...result.value, user: r.ctx.user });
      m.useNumber = this.on;
    } else {
      expect(result.ok ? 'ok' : result.error[0]?.code).toBe('missing_erp_admin');
    }
    agree(m, r);
  }
  toString = () => `setUseNumber(${JSON.stringify(this.user)}, ${this.on})`;
}

const LEVEL = fc.constantFrom('none' as const, 'read_only' as const, 'standard' as const, 'admin' as const);

/**
 * Users of random permissions. Senders, approvers and admins are drawn often enough to move the CCO
 * through the diagram; any other combination still comes up.
 */
const userArb: fc.Arbitrary<User> = fc.oneof(
  exportContextArb().map(userOf),
  sendingContextArb().map(userOf),
  sendingContextArb().map(userOf),
  fc.record({
    commitments: LEVEL,
    changeOrders: LEVEL,
    erpIntegrations: fc.constantFrom('standard' as const, 'admin' as const),
    canPushToAccounting: fc.boolean(),
  }),
  fc.record({
    commitments: fc.constant('admin' as const),
    changeOrders: LEVEL,
    erpIntegrations: fc.constant('admin' as const),
    canPushToAccounting: fc.boolean(),
  }),
);

/** Random sequences of every action; sending (the way into the diagram) is drawn more often. */
export const commandsArb = fc.commands(
  [
    fc.oneof(
      { arbitrary: userArb.map((u) => new Send(u)), weight: 4 },
      { arbitrary: userArb.map((u) => new Retrieve(u)), weight: 1 },
      {
        arbitrary: fc
          .tuple(userArb, fc.constantFrom(undefined, 'A1', 'ABCDEF', ''))
          .map(([u, id]) => new Accept(u, id)),
        weight: 2,
      },
      {
        arbitrary: fc.tuple(userArb, fc.string({ maxLength: 20 })).map(([u, c]) => new Reject(u, c)),
        weight: 2,
      },
      { arbitrary: fc.string({ maxLength: 20 }).map((msg) => new Fail(msg)), weight: 1 },
      { arbitrary: fc.tuple(userArb, fc.boolean()).map(([u, d]) => new Unlink(u, d)), weight: 1 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom(...EDITS), fc.boolean(), userArb)
          .map(([k, t, u]) => new Edit(k, t, u)),
        weight: 2,
      },
      { arbitrary: fc.tuple(userArb, fc.boolean()).map(([u, on]) => new SetUseNumber(u, on)), weight: 1 },
    ),
  ],
  { maxCommands: 40, size: 'max' },
);

/** The start: a sendable CCO (not sent, retrieved or rejected) and a project, mostly synced. */
export const startArb = fc.record({
  co: sendableChangeOrderArb({ maxLines: 4, maxDescription: 1000 }),
  ctx: fc.oneof({ arbitrary: sendingContextArb(), weight: 3 }, { arbitrary: exportContextArb(), weight: 1 }),
});

/** Runs one sequence from a start; returns the states the run has been in. */
export function runScenario(
  start: { co: ChangeOrder; ctx: ExportContext },
  commands: Iterable<fc.Command<Model, Real>>,
): Set<ErpStatus> {
  const visited = new Set<ErpStatus>();
  const setup = () => {
    const model: Model = {
      state: start.co.erpStatus,
      titleOk: [...start.co.title].length <= 30,
      approved: start.co.status === 'approved',
      erpIdBlank: (start.co.erpId ?? '').trim() === '',
      useNumber: start.ctx.settings?.useChangeOrderNumberAsErpId === true,
      steps: 0,
      projectSynced: start.ctx.project.erpSynced,
      directExport: start.ctx.settings?.directExport === true,
      visited,
    };
    const real: Real = {
      co: deepFreeze(structuredClone(start.co)),
      ctx: deepFreeze(structuredClone(start.ctx)),
    };
    agree(model, real);
    return { model, real };
  };
  fc.modelRun(setup, commands);
  return visited;
}
