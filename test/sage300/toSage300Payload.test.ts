import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/rules/validate.js';
import { toSage300Payload } from '../../src/sage300/toSage300Payload.js';
import { sendableChangeOrderArb, sendingContextArb } from '../../src/testing/arbitraries.js';
import { cents, rebarLine, sendable, sendingContext } from '../fixtures.js';

describe('toSage300Payload', () => {
  it('exports the CCO total to the cent, and each line with two decimals', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (co, ctx) => {
        const r = toSage300Payload(co, ctx);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const { payload } = r.value;
        expect(cents(payload.total)).toBe(co.lineItems.reduce((s, l) => s + cents(l.amount), 0n));
        expect(payload.lines.every((l) => /^-?\d+\.\d\d$/.test(l.amount))).toBe(true);
        expect(payload.lines.reduce((s, l) => s + cents(l.amount), 0n)).toBe(cents(payload.total));
      }),
    );
  });

  it('cuts the scope to 1000 code points, as a prefix, and says so', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb({ maxDescription: 1500 }), sendingContextArb(), (co, ctx) => {
        const r = toSage300Payload(co, ctx);
        if (!r.ok) throw new Error('sendable');
        const { scope } = r.value.payload;
        expect([...scope].length).toBeLessThanOrEqual(1000);
        expect(co.description.startsWith(scope)).toBe(true);
        const notice = r.value.notices.find((n) => n.code === 'description_truncated');
        expect(notice !== undefined).toBe(scope !== co.description);
      }),
    );
  });

  it('is deterministic, and agrees with validate after it', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (co, ctx) => {
        expect(validate(co, ctx)).toBeUndefined();
        expect(JSON.stringify(toSage300Payload(co, ctx))).toBe(
          JSON.stringify(toSage300Payload(structuredClone(co), ctx)),
        );
      }),
    );
  });

  it('merges lines, says which, and refuses what breaks a rule', () => {
    const co = sendable({
      description: `${'x'.repeat(999)}👷🏽‍♀️ and more`,
      erpStatus: 'pending_acceptance',
      lineItems: [rebarLine, { ...rebarLine, id: '12', amount: '-0.5' }],
    });
    // Gates do not stop the mapper: no permissions, already sent.
    const none = 'none' as const;
    const ctx = {
      ...sendingContext,
      user: { commitments: none, changeOrders: none, erpIntegrations: none, canPushToAccounting: false },
    };
    const r = toSage300Payload(co, ctx);
    expect(r.ok && r.value).toEqual({
      payload: {
        commitmentId: 'SC-001',
        changeOrderId: 'CO007',
        date: '2024-03-09',
        description: 'Added rebar',
        scope: 'x'.repeat(999),
        vendorId: 'ACME',
        lines: [
          {
            commitmentLineItemId: '501',
            costCode: '03-200',
            category: 'M',
            amount: '1250.00',
            description: 'Rebar',
          },
        ],
        total: '1250.00',
      },
      notices: [
        expect.objectContaining({ code: 'lines_aggregated', lineItemIds: ['11', '12'], amount: '1250.00' }),
        expect.objectContaining({ code: 'description_truncated', originalLength: 1013, exportedLength: 999 }),
      ],
    });
    const refused = toSage300Payload(
      { ...co, status: 'draft', contractCompany: { id: '3', name: 'Acme' } },
      ctx,
    );
    expect(!refused.ok && refused.error.map((v) => v.code)).toEqual(['vendor_not_linked', 'not_approved']);
  });
});
