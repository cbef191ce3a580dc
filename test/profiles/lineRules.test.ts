import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChangeOrder,
  type ErpProfile,
  type ExportContext,
  parseChangeOrder,
  sage300Cre,
  validateAll,
} from '../../src/index.js';
import type { LineItem } from '../../src/model/lineItem.js';
import { sageIntacct } from '../../src/profiles/sageIntacct.js';
import { spectrum } from '../../src/profiles/spectrum.js';
import { sendableChangeOrderArb, sendingContextArb } from '../../src/testing/index.js';
import { changeOrder as co, lineItem as line } from './helpers.js';

const context: ExportContext = {
  user: { commitments: 'admin', changeOrders: 'admin', erpIntegrations: 'none', canPushToAccounting: false },
  project: { erpSynced: true, timeZone: 'US/Pacific' },
  settings: { useChangeOrderNumberAsErpId: false, directExport: false },
};

const strict: ErpProfile = {
  ...sage300Cre,
  name: 'Strict ERP',
  labels: { costCode: 'job code', category: 'cost type' },
  amount: { integerDigits: 9, decimals: 2, positive: true },
  lines: {
    description: { maxLength: 20, maxLineLength: 8 },
    uom: { maxLength: 2 },
    quantity: { integerDigits: 3, decimals: 1, positive: true },
    unitCost: { integerDigits: 4, decimals: 2, positive: true },
    disallowDivisionCostCode: true,
  },
};

const check = (lines: LineItem[], profile: ErpProfile = strict, patch: Partial<ChangeOrder> = {}) =>
  validateAll(co(lines, patch), context, { profile });

describe('line rules', () => {
  it('a line within every limit passes', () => {
    expect(
      check([line('1', { quantity: '999.5', unitCost: '9999.99', uom: 'EA', description: 'Rebar' })]),
    ).toEqual([]);
  });

  it('quantity: digits, decimals, then sign, naming the ERP', () => {
    const messages = ['1000', '1.25', '0.0', '-1'].map((quantity) => check([line('1', { quantity })])[0]);
    expect(messages).toEqual([
      {
        code: 'quantity_out_of_range',
        path: ['lineItems', 0],
        message: 'Line 1 ("Line 1"): quantity 1000 has 4 integer digits; Strict ERP allows 3.',
      },
      {
        code: 'quantity_out_of_range',
        path: ['lineItems', 0],
        message: 'Line 1 ("Line 1"): quantity 1.25 has 2 decimal places; Strict ERP allows 1.',
      },
      {
        code: 'quantity_out_of_range',
        path: ['lineItems', 0],
        message: 'Line 1 ("Line 1"): quantity 0.0 is not above zero; Strict ERP takes only positive values.',
      },
      {
        code: 'quantity_out_of_range',
        path: ['lineItems', 0],
        message: 'Line 1 ("Line 1"): quantity -1 is not above zero; Strict ERP takes only positive values.',
      },
    ]);
  });

  it('unit cost, unit of measure, division code, amount sign', () => {
    expect(check([line('1', { unitCost: '12345' })]).map((v) => v.message)).toEqual([
      'Line 1 ("Line 1"): unit cost 12345 has 5 integer digits; Strict ERP allows 4.',
    ]);
    expect(check([line('1', { uom: 'BOX' })]).map((v) => v.message)).toEqual([
      'Line 1 ("Line 1"): unit of measure "BOX" is 3 characters; Strict ERP allows 2.',
    ]);
    expect(check([line('1', { costCode: { code: '03', erpId: '03' } })]).map((v) => v.message)).toEqual([
      'Line 1 ("Line 1") is coded to "03", a division; Strict ERP takes only the job codes below a division, such as "03-100".',
    ]);
    const sectioned = ['03.100', '03/100', '03-100'].map((code, i) =>
      line(String(i), { costCode: { code, erpId: code } }),
    );
    expect(check(sectioned)).toEqual([]);
    expect(
      check([line('1', { amount: '-0.00' }), line('2', { amount: '0.01' })]).map((v) => [v.code, v.path]),
    ).toEqual([['amount_not_positive', ['lineItems', 0]]]);
  });

  it('line description: total length first, then the longest line of text', () => {
    expect(check([line('1', { description: 'a'.repeat(21) })]).map((v) => v.message)).toEqual([
      `Line 1 ("${'a'.repeat(21)}"): the description is 21 characters; Strict ERP allows 20.`,
    ]);
    expect(check([line('1', { description: 'four\r\nninechars' })]).map((v) => v.message)).toEqual([
      'Line 1 ("four\\r\\nninechars"): the description has a line of 9 characters; Strict ERP allows 8 per line.',
    ]);
    expect(check([line('1', { description: 'eight ch\nand more' })])).toEqual([]);
  });

  it("a profile's own message replaces ours", () => {
    const own: ErpProfile = {
      ...strict,
      messages: {
        quantity_decimals: 'One decimal at most.',
        uom_too_long: 'UoM!',
        amount_not_positive: 'Plus!',
      },
    };
    expect(
      check([line('1', { quantity: '1.25', uom: 'BOX', amount: '-1' })], own).map((v) => v.message),
    ).toEqual(['UoM!', 'One decimal at most.', 'Plus!']);
  });
});

describe('change order rules of other profiles', () => {
  it('mixed_categories: every line whose ERP category differs from the first, ignoring lines without one', () => {
    const lines = [
      line('1', { category: { code: 'L' } }),
      line('2', { category: { code: 'M', erpId: 'M' } }),
      line('3', { category: { code: 'M', erpId: 'M' } }),
      line('4', { category: { code: 'S', erpId: 'S' } }),
    ];
    expect(check(lines, spectrum).map((v) => [v.code, v.path])).toEqual([
      ['line_not_erp_coded', ['lineItems', 0]],
      ['mixed_categories', ['lineItems', 3]],
    ]);
    expect(check(lines, spectrum)[1]!.message).toBe(
      'Line 4 ("Line 4") has cost type "S" but line 2 has "M"; Spectrum takes one cost type per change order. Split the change order.',
    );
  });

  it('duplicate_commitment_line: each repeat after the first, under reject only', () => {
    const lines = [
      line('1'),
      line('2', { commitmentLineItemId: 'C1' }),
      line('3', { commitmentLineItemId: 'C1' }),
    ];
    expect(check(lines, spectrum).map((v) => [v.code, v.path])).toEqual([
      ['duplicate_commitment_line', ['lineItems', 1]],
      ['duplicate_commitment_line', ['lineItems', 2]],
    ]);
    expect(check(lines, spectrum)[0]!.message).toBe(
      'Line 2 ("Line 2") modifies commitment line "C1" again (first on line 1); Spectrum takes one modification per commitment line. Combine them into one line.',
    );
    expect(check(lines, sage300Cre)).toEqual([]);
    // Under `allow`, repeated lines are separate exported lines: no coding conflict either.
    const conflicting = [
      line('1'),
      line('2', { commitmentLineItemId: 'C1', costCode: { code: '9-9', erpId: '9-9' } }),
    ];
    expect(check(conflicting, sageIntacct)).toEqual([]);
    expect(check(conflicting, sage300Cre).map((v) => v.code)).toEqual(['conflicting_line_coding']);
  });

  it('under allow, amount limits apply to each line, not to sums', () => {
    const lines = [
      line('1', { amount: '600000000' }),
      line('2', { commitmentLineItemId: 'C1', amount: '600000000' }),
    ];
    const nineDigits: ErpProfile = {
      ...sageIntacct,
      amount: { integerDigits: 9, decimals: 2, positive: false },
    };
    expect(check(lines, nineDigits)).toEqual([]);
    expect(check(lines, { ...nineDigits, repeatedLines: 'aggregate' }).map((v) => v.code)).toEqual([
      'amount_too_large',
    ]);
  });

  it('description_too_long only where the profile blocks', () => {
    const long = 'é'.repeat(401);
    expect(check([line('1')], sageIntacct, { description: long })).toEqual([
      {
        code: 'description_too_long',
        path: [],
        message: "Description is 401 characters; Sage Intacct's Description allows 400. Shorten it.",
      },
    ]);
    expect(check([line('1')], sage300Cre, { description: 'é'.repeat(1001) })).toEqual([]);
    expect(
      check(
        [line('1')],
        { ...sageIntacct, messages: { description_too_long: 'Too long.' } },
        { description: long },
      )[0]!.message,
    ).toBe('Too long.');
  });

  it('an ID that is not required, and a profile without the number setting', () => {
    expect(check([line('1')], sageIntacct, { erpId: undefined } as Partial<ChangeOrder>)).toEqual([]);
    const noNumber: ErpProfile = {
      ...sage300Cre,
      changeOrderId: { ...sage300Cre.changeOrderId, fromNumber: false },
    };
    const { erpId: _, ...withoutId } = co([line('1')]);
    const withNumber = { ...context, settings: { ...context.settings, useChangeOrderNumberAsErpId: true } };
    expect(validateAll(withoutId, withNumber, { profile: sage300Cre })).toEqual([]);
    expect(validateAll(withoutId, withNumber, { profile: noNumber })).toEqual([
      {
        code: 'erp_id_missing',
        path: [],
        message: 'The Sage 300 CRE CCO ID is empty; type one of at most 5 characters.',
      },
    ]);
  });

  it('profile messages for the 0.1 rules', () => {
    const own: ErpProfile = {
      ...sage300Cre,
      messages: {
        erp_id_missing: 'ID!',
        title_too_long: 'Title!',
        amount_too_precise: 'Cents!',
        amount_too_large: 'Big!',
      },
    };
    expect(
      check([line('1', { amount: '0.001' })], own, { erpId: ' ', title: 'x'.repeat(31) }).map(
        (v) => v.message,
      ),
    ).toEqual(['ID!', 'Title!', 'Cents!']);
    expect(check([line('1', { amount: '1000000000' })], own).map((v) => v.message)).toEqual(['Big!']);
  });

  it('amount limits that are not set are not checked', () => {
    const loose: ErpProfile = {
      ...sage300Cre,
      amount: { integerDigits: null, decimals: null, positive: false },
    };
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (c, ctx) => {
        const wild = [...c.lineItems, line('x', { amount: '123456789012345.123456' })];
        expect(validateAll({ ...c, lineItems: wild }, ctx, { profile: loose })).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('the new line fields', () => {
  it('parse as decimal strings and a string, and stay optional', () => {
    const input = co([line('1', { quantity: '2.5', unitCost: '40', uom: 'EA' }), line('2')]);
    const r = parseChangeOrder(JSON.parse(JSON.stringify(input)));
    expect(r).toEqual({ ok: true, value: input });
  });

  it('reject numbers and exponents with messages that name the field', () => {
    const r = parseChangeOrder({
      ...co([line('1')]),
      lineItems: [{ ...line('1'), quantity: 2.5, unitCost: '1e3', uom: 7 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      [
        'invalid_decimal',
        'lineItems.0.quantity',
        'Quantity is the JSON number 2.5; send it as a decimal string such as "2.50", because binary numbers cannot hold every cent.',
      ],
      [
        'invalid_decimal',
        'lineItems.0.unitCost',
        'Unit cost "1e3" is in exponent notation; write every digit, such as "1000.00".',
      ],
      ['invalid_type', 'lineItems.0.uom', 'lineItems[0].uom must be a string, not a number.'],
    ]);
  });
});
