import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userOf } from '../src/internal/user.js';
import { validateAll } from '../src/rules/validate.js';
import { toSage300Payload } from '../src/sage300/toSage300Payload.js';
import {
  changeOrderArb,
  exportContextArb,
  sendableChangeOrderArb,
  sendingContextArb,
} from '../src/testing/arbitraries.js';
import { breakers } from '../src/testing/breakers.js';
import { example, exampleContext } from './helpers/fixtures.js';
import { oracleSum, sameValue } from './helpers/oracle.js';
import { RULES_NEEDING_DATA } from './helpers/rulesNeedingData.js';

const GATES = new Set(['already_sent', 'missing_commitments_admin', 'missing_change_orders_admin']);

describe('toSage300Payload: golden payloads', () => {
  it.each([
    '01-sendable',
    '02-two-modifications-one-line',
    '04-long-description-emoji',
    '05-created-near-midnight',
  ])('%s', async (name) => {
    const r = toSage300Payload(example(name), exampleContext());
    expect(r.ok).toBe(true);
    await expect(`${JSON.stringify(r.ok && r.value, null, 2)}\n`).toMatchFileSnapshot(`golden/${name}.json`);
  });
  it('09-number-as-cco-id: the change order number fills the CCO ID when the setting is on', async () => {
    const ctx = exampleContext();
    const r = toSage300Payload(
      { ...example('01-sendable'), erpId: '', number: '042' },
      { ...ctx, settings: { ...ctx.settings, useChangeOrderNumberAsErpId: true } },
    );
    expect(r.ok && r.value.payload.changeOrderId).toBe('042');
    await expect(`${JSON.stringify(r.ok && r.value, null, 2)}\n`).toMatchFileSnapshot(
      'golden/09-number-as-cco-id.json',
    );
  });
});

describe('toSage300Payload', () => {
  it('maps a CCO that is already pending (the approver exports it) and ignores who is pressing', () => {
    const ctx = exampleContext();
    const r = toSage300Payload(
      { ...example('01-sendable'), erpStatus: 'pending_acceptance' },
      { ...ctx, user: { ...userOf(ctx), commitments: 'none', changeOrders: 'none' } },
    );
    expect(r.ok).toBe(true);
  });
  it('refuses with every violated rule, gates excepted', () => {
    const c = {
      ...example('01-sendable'),
      erpStatus: 'synced' as const,
      title: 'x'.repeat(40),
      contractCompany: { id: '1', name: 'n' },
    };
    const r = toSage300Payload(c, exampleContext());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.map((v) => v.code)).toEqual(['title_too_long', 'vendor_not_linked']);
  });
  it('sums repeated lines and says which were merged', () => {
    const r = toSage300Payload(example('02-two-modifications-one-line'), exampleContext());
    if (!r.ok) throw new Error('expected a payload');
    expect(r.value.payload.lines.map((l) => [l.commitmentLineItemId, l.amount])).toEqual([
      ['501', '1250.60'],
      ['502', '233.00'],
    ]);
    expect(r.value.payload.total).toBe('1483.60');
    expect(r.value.notices).toEqual([
      {
        code: 'lines_aggregated',
        message:
          'Lines 1, 3, 4 modify commitment line "501"; Sage 300 CRE takes one modification per line, so they are exported as one line of 1250.60.',
        commitmentLineItemId: '501',
        lineItemIds: ['11', '13', '14'],
        amount: '1250.60',
      },
    ]);
  });
  it('cuts the description at 1000 characters, keeps the emoji whole, and says so', () => {
    const r = toSage300Payload(example('04-long-description-emoji'), exampleContext());
    if (!r.ok) throw new Error('expected a payload');
    expect([...r.value.payload.scope].length).toBe(1000);
    expect(r.value.payload.scope.endsWith('👷🏽‍♀️ crew')).toBe(true);
    expect(r.value.notices).toContainEqual(
      expect.objectContaining({ code: 'description_truncated', originalLength: 1014, exportedLength: 1000 }),
    );
  });
  it('dates the CCO in the project zone', () => {
    const r = toSage300Payload(example('05-created-near-midnight'), exampleContext());
    expect(r.ok && r.value.payload.date).toBe('2024-10-31');
    const utc = { ...exampleContext(), project: { erpSynced: true, timeZone: 'UTC' } };
    const r2 = toSage300Payload(example('05-created-near-midnight'), utc);
    expect(r2.ok && r2.value.payload.date).toBe('2024-11-01');
  });
});

describe('properties', () => {
  it('payload total equals the input total, to the cent, and the lines add up to it', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (c, x) => {
        const r = toSage300Payload(c, x);
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        const input = oracleSum(c.lineItems.map((l) => l.amount));
        expect(sameValue(oracleSum([r.value.payload.total]), input)).toBe(true);
        expect(sameValue(oracleSum(r.value.payload.lines.map((l) => l.amount)), input)).toBe(true);
        for (const l of r.value.payload.lines) expect(l.amount).toMatch(/^-?\d{1,9}\.\d{2}$/);
        expect(r.value.payload.total).toMatch(/^-?\d+\.\d{2}$/);
      }),
    );
  });
  it('scope is a prefix of the description, at most 1000 code points, and a notice tells when it was cut', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb({ maxDescription: 1400 }), sendingContextArb(), (c, x) => {
        const r = toSage300Payload(c, x);
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        const { scope } = r.value.payload;
        expect(c.description.startsWith(scope)).toBe(true);
        expect([...scope].length).toBeLessThanOrEqual(1000);
        const cut = r.value.notices.some((n) => n.code === 'description_truncated');
        expect(cut).toBe(scope !== c.description);
        expect(cut).toBe([...c.description].length > 1000);
      }),
    );
  });
  it('is deterministic: same input, same bytes', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (c, x) => {
        expect(JSON.stringify(toSage300Payload(structuredClone(c), structuredClone(x)))).toBe(
          JSON.stringify(toSage300Payload(c, x)),
        );
      }),
    );
  });
  it('refuses exactly when a non-gate rule fails, listing those rules', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (c, x) => {
        const expected = validateAll(c, x).filter((v) => !GATES.has(v.code));
        const r = toSage300Payload(c, x);
        if (expected.length === 0) expect(r.ok).toBe(true);
        else expect(r).toEqual({ ok: false, error: expected });
      }),
    );
  });
  it('a breaker of an export rule makes the mapper refuse with that rule alone', () => {
    // toSage300Payload takes a profile only: the rules that need a commitment, vendor links or
    // exported ids (the breakers add them to the case) are exportChangeOrder's (test/export).
    const NEEDS_DATA = new Set<string>(RULES_NEEDING_DATA);
    const exportRules = (Object.keys(breakers) as (keyof typeof breakers)[]).filter(
      (c) => !GATES.has(c) && !NEEDS_DATA.has(c),
    );
    fc.assert(
      fc.property(
        sendableChangeOrderArb(),
        sendingContextArb(),
        fc.constantFrom(...exportRules),
        (c, x, code) => {
          const broken = breakers[code]({ changeOrder: c, context: x });
          const r = toSage300Payload(broken.changeOrder, broken.context);
          expect(!r.ok && r.error.map((v) => v.code)).toEqual([code]);
        },
      ),
    );
  });
  it('never mutates its input', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (c, x) => {
        const before = structuredClone([c, x]);
        toSage300Payload(c, x);
        expect([c, x]).toEqual(before);
      }),
    );
  });
});
