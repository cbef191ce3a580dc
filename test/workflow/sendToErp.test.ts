import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { validate, validateAll } from '../../src/rules/validate.js';
import { breakers } from '../../src/testing/breakers.js';
import {
  changeOrderArb,
  exportContextArb,
  sendableChangeOrderArb,
  sendingContextArb,
} from '../../src/testing/index.js';
import { sendToErp } from '../../src/workflow/sendToErp.js';
import { context, deepFreeze, firstError, inState, sendable, value, withSettings } from './fixtures.js';

describe('sendToErp', () => {
  it('sends a valid change order to the approver: pending_acceptance, with a send entry in its history', () => {
    const sent = value(sendToErp(sendable, context));
    expect(sent.erpStatus).toBe('pending_acceptance');
    expect(sent.history).toEqual([
      { action: 'send', actor: 'sender', from: 'not_sent', to: 'pending_acceptance' },
    ]);
    expect({ ...sent, erpStatus: 'not_sent', history: undefined }).toEqual({
      ...sendable,
      history: undefined,
    });
  });

  it('goes straight to synced when Direct Export is on', () => {
    const sent = value(sendToErp(sendable, withSettings({ directExport: true })));
    expect(sent.erpStatus).toBe('synced');
    expect(sent.history?.at(-1)).toMatchObject({ action: 'send', from: 'not_sent', to: 'synced' });
  });

  it('sends a retrieved change order again', () => {
    const sent = value(sendToErp(inState('retrieved'), context));
    expect(sent.history?.at(-1)).toMatchObject({
      action: 'send',
      from: 'retrieved',
      to: 'pending_acceptance',
    });
  });

  it('records a re-send when the change order was rejected', () => {
    const sent = value(sendToErp(inState('rejected'), context));
    expect(sent.erpStatus).toBe('pending_acceptance');
    expect(sent.history?.at(-1)).toEqual({
      action: 'resend',
      actor: 'sender',
      from: 'rejected',
      to: 'pending_acceptance',
    });
  });

  it('appends to the history and stamps the entry only with the time the caller gives', () => {
    const earlier = {
      action: 'reject',
      actor: 'accounting_approver',
      from: 'pending_acceptance',
      to: 'rejected',
    } as const;
    const co = { ...inState('rejected'), history: [earlier] };
    const sent = value(sendToErp(co, context, { at: '2024-03-11T09:00:00Z' }));
    expect(sent.history).toEqual([
      earlier,
      expect.objectContaining({ action: 'resend', at: '2024-03-11T09:00:00Z' }),
    ]);
    expect(value(sendToErp(sendable, context)).history?.[0]).not.toHaveProperty('at');
  });

  it('requires validate to pass: refuses with the first failing rule', () => {
    expect(firstError(sendToErp({ ...sendable, title: 'x'.repeat(31), status: 'pending' }, context))).toEqual(
      validate({ ...sendable, title: 'x'.repeat(31), status: 'pending' }, context),
    );
    expect(firstError(sendToErp({ ...sendable, status: 'pending' }, context)).code).toBe('not_approved');
  });

  it('refuses a change order that was already sent (already_sent)', () => {
    for (const state of ['pending_acceptance', 'export_failed', 'synced'] as const) {
      expect(firstError(sendToErp(inState(state), context)).code).toBe('already_sent');
    }
  });

  it('uses the profile it is given', () => {
    const long = { ...sendable, erpId: 'CO-000007' };
    expect(firstError(sendToErp(long, context)).code).toBe('erp_id_too_long');
    const profile = { ...sage300Cre, changeOrderId: { ...sage300Cre.changeOrderId, maxLength: 12 } };
    expect(value(sendToErp(long, context, { profile })).erpStatus).toBe('pending_acceptance');
  });

  it('never mutates its input', () => {
    const co = deepFreeze(structuredClone(sendable));
    const ctx = deepFreeze(structuredClone(context));
    expect(value(sendToErp(co, ctx)).erpStatus).toBe('pending_acceptance');
    expect(co).toEqual(sendable);
  });

  describe('properties', () => {
    it('a sendable change order in a sending context is always sent', () => {
      fc.assert(
        fc.property(
          sendableChangeOrderArb({ maxLines: 4, maxDescription: 1000 }),
          sendingContextArb(),
          (co, ctx) => {
            const sent = value(sendToErp(co, ctx));
            expect(sent.erpStatus).toBe(
              ctx.settings?.directExport === true ? 'synced' : 'pending_acceptance',
            );
          },
        ),
      );
    });

    it('fails exactly when validate fails, with every violation, the first being validate’s', () => {
      fc.assert(
        fc.property(changeOrderArb(), exportContextArb(), (co, ctx) => {
          const r = sendToErp(co, ctx);
          const first = validate(co, ctx);
          if (first === undefined) expect(r.ok).toBe(true);
          else expect(r).toEqual({ ok: false, error: validateAll(co, ctx) });
          if (!r.ok) expect(r.error[0]).toEqual(first);
        }),
      );
    });

    it('each rule breaker makes Send fail with that rule', () => {
      fc.assert(
        fc.property(
          sendableChangeOrderArb({ maxLines: 4, maxDescription: 1000 }),
          sendingContextArb(),
          fc.constantFrom(...(Object.keys(breakers) as (keyof typeof breakers)[])),
          (changeOrder, ctx, code) => {
            const broken = breakers[code]({ changeOrder, context: ctx });
            const { commitment, vendorLinks, exportedErpIds } = broken;
            const sent = sendToErp(broken.changeOrder, broken.context, {
              commitment,
              vendorLinks,
              exportedErpIds,
            });
            expect(firstError(sent).code).toBe(code);
          },
        ),
      );
    });
  });
});
