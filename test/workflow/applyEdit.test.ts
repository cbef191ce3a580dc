import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ChangeOrder, ChangeOrderSchema } from '../../src/model/changeOrder.js';
import { ERP_STATUSES } from '../../src/model/enums.js';
import { applyEdit, CHANGE_ORDER_FIELDS } from '../../src/workflow/applyEdit.js';
import { lockedFields } from '../../src/workflow/lockedFields.js';
import { context, deepFreeze, firstError, inState, sendable, value } from './fixtures.js';

const LOCKING = ['pending_acceptance', 'export_failed', 'synced'] as const;
const EDITABLE = ['not_sent', 'retrieved', 'rejected'] as const;

/** A patch that changes each lockable field. */
const changing = {
  contractCompany: { contractCompany: { ...sendable.contractCompany, name: 'Acme Steel' } },
  title: { title: 'Rebar, level 4' },
  status: { status: 'pending' as const },
  totalAmount: {
    lineItems: sendable.lineItems.map((l, i) => (i === 0 ? { ...l, amount: '1250.51' } : l)),
  },
} satisfies Record<string, Partial<ChangeOrder>>;

describe('applyEdit', () => {
  it('refuses a patch that changes a locked field, naming the field in the path', () => {
    for (const state of LOCKING) {
      for (const [field, patch] of Object.entries(changing)) {
        const v = firstError(applyEdit(inState(state), patch, context));
        expect(v.code).toBe('field_locked');
        expect(v.path).toEqual([field]);
      }
    }
    expect(firstError(applyEdit(inState('pending_acceptance'), changing.title, context)).message).toContain(
      'Title is locked: it is waiting for the accounting approver',
    );
    expect(firstError(applyEdit(inState('export_failed'), changing.status, context)).message).toContain(
      'reject it',
    );
    expect(firstError(applyEdit(inState('synced'), changing.contractCompany, context)).message).toContain(
      'unlinked',
    );
  });

  it('a patch that changes a line amount changes totalAmount', () => {
    const v = firstError(applyEdit(inState('synced'), changing.totalAmount, context));
    expect(v).toMatchObject({ code: 'field_locked', path: ['totalAmount'] });
    const added = [...sendable.lineItems, { ...sendable.lineItems[0]!, id: '13', amount: '0.01' }];
    expect(firstError(applyEdit(inState('synced'), { lineItems: added }, context)).path).toEqual([
      'totalAmount',
    ]);
    expect(
      firstError(applyEdit(inState('synced'), { lineItems: sendable.lineItems.slice(1) }, context)).path,
    ).toEqual(['totalAmount']);
  });

  it('moving money between lines is a change of line amounts, even when the total stays', () => {
    const [a, b] = sendable.lineItems;
    const moved = [
      { ...a!, amount: '1250.00' },
      { ...b!, amount: '233.50' },
    ];
    expect(firstError(applyEdit(inState('pending_acceptance'), { lineItems: moved }, context)).path).toEqual([
      'totalAmount',
    ]);
  });

  it('lines that keep their amounts by value do not change totalAmount', () => {
    const same = [...sendable.lineItems]
      .reverse()
      .map((l) => ({ ...l, amount: `${l.amount}0`, description: `${l.description} (rev.)` }));
    const zero = { ...sendable.lineItems[0]!, id: '14', amount: '0.00' };
    const r = value(applyEdit(inState('pending_acceptance'), { lineItems: [...same, zero] }, context));
    expect(r.lineItems.map((l) => l.id)).toEqual(['12', '11', '14']);
  });

  it('an unreadable amount is a change when its text changes, and never throws', () => {
    const bad = sendable.lineItems.map((l, i) => (i === 0 ? { ...l, amount: '12,50' } : l));
    expect(firstError(applyEdit(inState('synced'), { lineItems: bad }, context)).path).toEqual([
      'totalAmount',
    ]);
    const co = { ...inState('synced'), lineItems: bad };
    expect(value(applyEdit(co, { lineItems: bad.map((l) => ({ ...l })) }, context)).lineItems).toEqual(bad);
  });

  it('a locked field patched with its current value is no change', () => {
    const co = inState('synced');
    const r = value(
      applyEdit(
        co,
        { title: co.title, status: co.status, contractCompany: { ...co.contractCompany } },
        context,
      ),
    );
    expect(r).toEqual(co);
  });

  it('other fields stay editable while the change order is with the ERP', () => {
    for (const state of LOCKING) {
      const r = value(applyEdit(inState(state), { description: 'Per RFI 42 and 43.', number: '8' }, context));
      expect(r).toEqual({ ...inState(state), description: 'Per RFI 42 and 43.', number: '8' });
    }
  });

  it('a rejected or retrieved change order is editable', () => {
    for (const state of EDITABLE) {
      const r = value(
        applyEdit(
          inState(state),
          { ...changing.title, ...changing.status, ...changing.totalAmount },
          context,
        ),
      );
      expect(r.title).toBe('Rebar, level 4');
      expect(r.status).toBe('pending');
      expect(r.lineItems[0]?.amount).toBe('1250.51');
      expect(r.erpStatus).toBe(state);
    }
  });

  it('erpStatus and history change only through the workflow actions, in every state', () => {
    for (const state of ERP_STATUSES) {
      const target = state === 'synced' ? 'not_sent' : 'synced';
      expect(firstError(applyEdit(inState(state), { erpStatus: target }, context)).path).toEqual([
        'erpStatus',
      ]);
      const forged = [{ action: 'accept', actor: 'erp', from: 'not_sent', to: 'synced' } as const];
      expect(firstError(applyEdit(inState(state), { history: forged }, context)).path).toEqual(['history']);
      expect(value(applyEdit(inState(state), { erpStatus: state }, context)).erpStatus).toBe(state);
    }
  });

  it('Date Created cannot be edited, in any state', () => {
    const later = '2024-04-01T16:00:00Z';
    for (const state of ERP_STATUSES) {
      const v = firstError(applyEdit(inState(state), { createdAt: later }, context));
      expect(v).toEqual({
        code: 'field_locked',
        path: ['createdAt'],
        message: `Date Created cannot be edited, in any state: it is when the change order was created in Procore, exported as the ERP's Commitment Date. The change order has "2024-03-10T07:30:00Z", the edit "${later}"; leave createdAt out of the edit.`,
      });
      // Refused even beside fields the state lets the user edit.
      expect(
        firstError(applyEdit(inState(state), { description: 'x', createdAt: later }, context)).path,
      ).toEqual(['createdAt']);
    }
  });

  it('Date Created: the same instant, however written, is no change; unreadable text is quoted', () => {
    expect(inState('synced').createdAt).toBe('2024-03-10T07:30:00Z');
    for (const same of ['2024-03-10T07:30:00Z', '2024-03-10T00:30:00-07:00', '2024-03-10T07:30:00.000Z']) {
      expect(value(applyEdit(inState('synced'), { createdAt: same }, context)).createdAt).toBe(same);
    }
    const long = `2024-03-10${'x'.repeat(100)}`;
    const v = firstError(applyEdit(inState('not_sent'), { createdAt: long }, context));
    expect(v.path).toEqual(['createdAt']);
    expect(v.message).toContain(`the edit "2024-03-10${'x'.repeat(50)}…"`);
    const notText = firstError(
      applyEdit(inState('not_sent'), { createdAt: 7 as unknown as string }, context),
    );
    expect(notText.message).toContain('the edit a number;');
    // An unreadable current value: any other text is a change.
    const odd = { ...inState('not_sent'), createdAt: 'yesterday' };
    expect(firstError(applyEdit(odd, { createdAt: 'today' }, context)).path).toEqual(['createdAt']);
    expect(value(applyEdit(odd, { createdAt: 'yesterday' }, context)).createdAt).toBe('yesterday');
  });

  it("lists the model's fields without loading the schema: CHANGE_ORDER_FIELDS is its keys, in order", () => {
    expect([...CHANGE_ORDER_FIELDS]).toEqual(Object.keys(ChangeOrderSchema.shape));
    expectTypeOf<(typeof CHANGE_ORDER_FIELDS)[number]>().toEqualTypeOf<keyof ChangeOrder>();
  });

  it('ignores undefined values and keys the model does not know', () => {
    const patch = { title: undefined, colour: 'red' } as unknown as Partial<ChangeOrder>;
    const r = value(applyEdit(inState('synced'), patch, context));
    expect(r).toEqual(inState('synced'));
    expect(r).not.toHaveProperty('colour');
  });

  it('never mutates its input', () => {
    const co = deepFreeze(structuredClone(inState('rejected')));
    const patch = deepFreeze(structuredClone(changing.totalAmount));
    expect(value(applyEdit(co, patch, context)).lineItems[0]?.amount).toBe('1250.51');
    expect(co.lineItems[0]?.amount).toBe('1250.50');
  });

  describe('properties', () => {
    it('an edit succeeds exactly when it leaves every locked field as it was', () => {
      const patchArb = fc.record(
        {
          title: fc.constantFrom(sendable.title, 'Other title'),
          status: fc.constantFrom('approved' as const, 'void' as const),
          description: fc.string(),
          lineItems: fc.constantFrom(sendable.lineItems, changing.totalAmount.lineItems),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.constantFrom(...ERP_STATUSES), patchArb, (state, patch) => {
          const co = inState(state);
          const locked = lockedFields(co);
          const changed = [
            patch.title !== undefined && patch.title !== co.title ? 'title' : undefined,
            patch.status !== undefined && patch.status !== co.status ? 'status' : undefined,
            patch.lineItems !== undefined && patch.lineItems !== co.lineItems ? 'totalAmount' : undefined,
          ].filter((f) => f !== undefined && (locked as string[]).includes(f));
          const r = applyEdit(co, patch, context);
          expect(r.ok).toBe(changed.length === 0);
          if (!r.ok) expect(changed).toContain(r.error[0]?.path[0]);
        }),
      );
    });
  });
});
