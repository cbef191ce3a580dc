// The rules at the edges the built-in profiles do not reach: limits set one at a time, a profile's
// own messages, text the message must quote, and lines that lack what a rule reads. Each case names
// the behaviour a user relies on; written for the mutation run (docs/quality.md), kept as tests.
import { describe, expect, it } from 'vitest';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import type { LineItem } from '../../src/model/lineItem.js';
import {
  type ErpProfile,
  PROFILE_MESSAGE_KEYS,
  type ProfileMessageKey,
} from '../../src/profiles/ErpProfile.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { spectrum } from '../../src/profiles/spectrum.js';
import { rules } from '../../src/rules/rules.js';
import { validateAll } from '../../src/rules/validate.js';
import { aChangeOrder, aLineItem, anExportContext } from '../../src/testing/builders.js';
import { sendable, sendingContext } from '../fixtures.js';

const found = (co: ChangeOrder, profile: ErpProfile = sage300Cre, options = {}) =>
  validateAll(co, sendingContext, { profile, ...options }).map((v) => [v.code, v.message]);
const withLines = (...lines: LineItem[]) => sendable({ lineItems: lines });
const line = (patch: Partial<LineItem> = {}): LineItem => ({ ...aLineItem().build(), ...patch });
const limitsOff = {
  ...sage300Cre.lines,
  quantity: { integerDigits: null, decimals: null, positive: false },
  unitCost: { integerDigits: null, decimals: null, positive: false },
};
const failsWhen = (code: string, profile: ErpProfile) =>
  rules.find((r) => r.code === code)!.failsWhen(profile);

describe('number limits set one at a time', () => {
  const only = (quantity: ErpProfile['lines']['quantity']): ErpProfile => ({
    ...sage300Cre,
    lines: { ...limitsOff, quantity },
  });

  it('a limit on decimals alone does not limit integer digits, and the reverse', () => {
    const decimals = only({ integerDigits: null, decimals: 2, positive: false });
    expect(found(withLines(line({ quantity: '123456789012.5' })), decimals)).toEqual([]);
    expect(found(withLines(line({ quantity: '1.125' })), decimals)).toEqual([
      [
        'quantity_out_of_range',
        `Line 1 ("Rebar material"): quantity 1.125 has 3 decimal places; Sage 300 CRE allows 2.`,
      ],
    ]);
    const digits = only({ integerDigits: 2, decimals: null, positive: false });
    expect(found(withLines(line({ quantity: '12.123456' })), digits)).toEqual([]);
    expect(found(withLines(line({ quantity: '-0.5' })), digits)).toEqual([]);
    const positive = only({ integerDigits: null, decimals: null, positive: true });
    expect(found(withLines(line({ quantity: '0.000' })), positive)).toEqual([
      [
        'quantity_out_of_range',
        'Line 1 ("Rebar material"): quantity 0.000 is not above zero; Sage 300 CRE takes only positive values.',
      ],
    ]);
    expect(found(withLines(line({ quantity: '123456.123456' })), positive)).toEqual([]);
  });

  it('failsWhen names each limit that is set, and nothing when none is', () => {
    const text = (quantity: ErpProfile['lines']['quantity']) =>
      failsWhen('quantity_out_of_range', only(quantity));
    expect(text({ integerDigits: 8, decimals: null, positive: false })).toMatch(
      /\(Sage 300 CRE: 8 integer digits\)$/,
    );
    expect(text({ integerDigits: null, decimals: 4, positive: false })).toMatch(
      /\(Sage 300 CRE: 4 decimals\)$/,
    );
    expect(text({ integerDigits: null, decimals: null, positive: true })).toMatch(
      /\(Sage 300 CRE: above zero\)$/,
    );
    expect(text({ integerDigits: 8, decimals: 4, positive: true })).toMatch(
      /\(Sage 300 CRE: 8 integer digits and 4 decimals and above zero\)$/,
    );
    expect(text({ integerDigits: null, decimals: null, positive: false })).toMatch(/values$/);
  });

  it('a value that is not a decimal is invalid_decimal only, under every limit', () => {
    const all = only({ integerDigits: 1, decimals: 0, positive: true });
    const co = withLines(line({ quantity: 'ten' }));
    expect(found(co, all).map(([code]) => code)).toEqual(['invalid_decimal']);
    const positiveAmounts: ErpProfile = { ...sage300Cre, amount: { ...sage300Cre.amount, positive: true } };
    expect(found(withLines(line({ amount: 'ten' })), positiveAmounts).map(([code]) => code)).toEqual([
      'invalid_decimal',
    ]);
  });
});

describe("a profile's own messages replace the library's for every key", () => {
  const own = (key: ProfileMessageKey) => `The ERP says no (${key}).`;
  // Every key has its own message; each case below breaks one line rule only.
  const messages = Object.fromEntries(PROFILE_MESSAGE_KEYS.map((k) => [k, own(k)]));
  const strict: ErpProfile = {
    ...sage300Cre,
    amount: { ...sage300Cre.amount, positive: true },
    lines: {
      ...sage300Cre.lines,
      description: { maxLength: 5, maxLineLength: null },
      quantity: { integerDigits: 2, decimals: 1, positive: true },
      unitCost: { integerDigits: 2, decimals: 1, positive: true },
      disallowDivisionCostCode: true,
    },
    messages,
  };

  it.each([
    ['amount_not_positive', line({ amount: '-1.00', description: 'abc' })],
    ['line_description_too_long', line({ description: 'too long' })],
    ['division_cost_code', line({ description: 'abc', costCode: { code: '03', erpId: '03' } })],
    ['quantity_integer_digits', line({ description: 'abc', quantity: '100' })],
    ['quantity_decimals', line({ description: 'abc', quantity: '1.25' })],
    ['quantity_not_positive', line({ description: 'abc', quantity: '0' })],
    ['unit_cost_integer_digits', line({ description: 'abc', unitCost: '100' })],
    ['unit_cost_decimals', line({ description: 'abc', unitCost: '1.25' })],
    ['unit_cost_not_positive', line({ description: 'abc', unitCost: '-1' })],
  ] as const)('%s', (key, l) => {
    expect(found(withLines(l), strict).map(([, message]) => message)).toEqual([own(key)]);
  });

  it('without them, amount_not_positive says which line and amount', () => {
    const { messages: _, ...rest } = strict;
    const plain: ErpProfile = { ...rest, messages: {} };
    expect(found(withLines(line({ amount: '-1.00', description: 'abc' })), plain)).toEqual([
      [
        'amount_not_positive',
        'Line 1 ("abc"): amount -1.00 is not above zero; Sage 300 CRE takes only positive amounts.',
      ],
    ]);
  });
});

describe('lines that lack what a rule reads', () => {
  it('division_cost_code: an empty cost code is no division', () => {
    const divisions: ErpProfile = {
      ...sage300Cre,
      lines: { ...sage300Cre.lines, disallowDivisionCostCode: true },
    };
    const codes = found(withLines(line({ costCode: { code: '', erpId: '03-200' } })), divisions).map(
      ([c]) => c,
    );
    expect(codes).not.toContain('division_cost_code');
  });

  it('conflicting_line_coding: two lines on one commitment line, neither with a cost code, agree', () => {
    const bare = (id: string) => {
      const { costCode: _, ...rest } = line({ id });
      return rest as LineItem;
    };
    const codes = found(withLines(bare('1'), bare('2'))).map(([c]) => c);
    expect(codes).not.toContain('conflicting_line_coding');
    expect(codes).toContain('line_not_erp_coded');
  });

  it('mixed_categories: a line without a category is skipped, the others compared with the first', () => {
    const noCategory = (() => {
      const { category: _, ...rest } = line({ id: '2', commitmentLineItemId: '502' });
      return rest as LineItem;
    })();
    const co = withLines(
      line({ id: '1' }),
      noCategory,
      line({ id: '3', commitmentLineItemId: '503', category: { code: 'L', erpId: 'L' } }),
    );
    const mixed = validateAll(co, sendingContext, { profile: spectrum }).filter(
      (v) => v.code === 'mixed_categories',
    );
    expect(mixed.map((v) => [v.path, v.message])).toEqual([
      [
        ['lineItems', 2],
        `Line 3 ("Rebar material") has ${spectrum.labels.category} "L" but line 1 has "M"; Spectrum takes one ${spectrum.labels.category} per change order. Split the change order.`,
      ],
    ]);
  });

  it('line_not_erp_coded names the amount, or "amount" when it is not one', () => {
    const { costCode: _, ...uncoded } = line({ amount: 'lots' });
    const [message] = validateAll(withLines(uncoded as LineItem), sendingContext)
      .filter((v) => v.code === 'line_not_erp_coded')
      .map((v) => v.message);
    expect(message).toBe(
      'Line 1 ("Rebar material") has no Sage 300 CRE cost code; code it, or its amount could not be exported.',
    );
  });

  it('lineItems that are not an array are unreadable input that says what they are', () => {
    const r = validateAll(sendable({ lineItems: 'none' as unknown as LineItem[] }), sendingContext);
    expect(r.map((v) => [v.code, v.message])).toEqual([
      [
        'unreadable_input',
        'The input could not be read: TypeError: lineItems must be an array of lines, not a string',
      ],
    ]);
  });
});

describe('line descriptions by line of text', () => {
  const perLine: ErpProfile = {
    ...sage300Cre,
    lines: { ...sage300Cre.lines, description: { maxLength: null, maxLineLength: 4 } },
  };
  const problem = (description: string) => found(withLines(line({ description })), perLine).map(([, m]) => m);

  it.each([
    ['abcd\r\nabcd\nabcd\rabcd', []],
    ['abcd\rabcde', ['has a line of 5 characters']],
    ['abcde\r\nab', ['has a line of 5 characters']],
    ['ab\n\nabcdef', ['has a line of 6 characters']],
    ['ab\r\rabcdefg', ['has a line of 7 characters']],
  ])('%j', (description, expected) => {
    expect(problem(description)).toEqual(
      expected.map(
        (p) =>
          `Line 1 (${JSON.stringify(description)}): the description ${p}; Sage 300 CRE allows 4 per line.`,
      ),
    );
  });

  it('failsWhen quotes the per-line limit when there is no whole limit', () => {
    expect(failsWhen('line_description_too_long', perLine)).toMatch(/\(Sage 300 CRE: 4\)$/);
  });
});

describe('the rules on text the message must quote', () => {
  it('invalid_time_zone names the zone and what to use instead', () => {
    const context = anExportContext().withTimeZone('Mars/Olympus').build();
    expect(validateAll(sendable(), context).map((v) => v.message)).toEqual([
      'The project\'s time zone "Mars/Olympus" is not one this runtime knows; use an IANA name such as "America/Los_Angeles". Sage 300 CRE\'s date is the creation date in the project\'s zone.',
    ]);
  });

  it('invalid_created_at: a profile that does not export the date reads no createdAt', () => {
    const undated: ErpProfile = { ...sage300Cre, date: { exported: false } };
    expect(found(sendable({ createdAt: 'yesterday' }), undated)).toEqual([]);
    expect(found(sendable({ createdAt: 'yesterday' })).map(([c]) => c)).toEqual(['invalid_created_at']);
  });

  it('description_too_long only where the description is exported and blocked', () => {
    const blockedNowhere: ErpProfile = {
      ...sage300Cre,
      description: { target: null, maxLength: 5, onOverflow: 'block' },
    };
    expect(found(sendable({ description: 'longer than five' }), blockedNowhere)).toEqual([]);
  });

  it.each([
    ['draft', 'Status is draft; only an approved change order can be sent.'],
    ['Bad status', 'Status is "Bad status"; only an approved change order can be sent.'],
    ['draft!', 'Status is "draft!"; only an approved change order can be sent.'],
    ['a'.repeat(21), `Status is "${'a'.repeat(21)}"; only an approved change order can be sent.`],
    [42, 'Status is a number; only an approved change order can be sent.'],
    [['draft'], 'Status is an array; only an approved change order can be sent.'],
  ])('not_approved names the status %j', (status, message) => {
    const co = sendable({ status: status as ChangeOrder['status'] });
    expect(
      found(co)
        .filter(([c]) => c === 'not_approved')
        .map(([, m]) => m),
    ).toEqual([message]);
  });
});

describe('vendor links into several ERPs', () => {
  const company = aChangeOrder().build().contractCompany.id;
  const link = (erp: string, erpVendorId = 'V') => ({ companyId: company, erp, erpVendorId });

  it('a company linked to the profile’s ERP and to others is linked', () => {
    const vendorLinks = [link('Spectrum'), link('Sage 300 CRE', 'ACME')];
    expect(found(sendable(), sage300Cre, { vendorLinks })).toEqual([]);
  });

  it('names up to three links elsewhere, and counts the rest', () => {
    const message = (n: number) =>
      found(sendable(), sage300Cre, {
        vendorLinks: Array.from({ length: n }, (_, i) => link(`ERP ${i + 1}`)),
      }).map(([, m]) => m)[0];
    expect(message(3)).toContain('("ERP 1" vendor "V", "ERP 2" vendor "V", "ERP 3" vendor "V"), not');
    expect(message(4)).toContain(
      '("ERP 1" vendor "V", "ERP 2" vendor "V", "ERP 3" vendor "V" and 1 more), not',
    );
  });
});
