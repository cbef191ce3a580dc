// Regressions of the trust issue (#10), each a defect that 0.1 had: the library never emits a
// wrong payload and never throws for bad data.
import { describe, expect, it } from 'vitest';
import { exportChangeOrder, toSage300Payload, validate, validateAll } from '../../src/index.js';
import { ExactSum, sumDecimals } from '../../src/money/exactSum.js';
import { parseChangeOrder } from '../../src/parse.js';
import type { ErpProfile } from '../../src/profiles/ErpProfile.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { aChangeOrder, aLineItem, anExportContext } from '../../src/testing/builders.js';
import { errors, value } from '../helpers/result.js';

const context = anExportContext().build();
const codes = (r: { ok: boolean; error?: readonly { code: string }[] }) =>
  r.ok ? [] : (r.error ?? []).map((v) => v.code);

describe('an invalid time zone in a context built in code', () => {
  it.each([
    'Pacific',
    '__proto__',
    'constructor',
    'toString',
    'Mars/Olympus+05',
    'Etc/GMT+99',
    '2024-02-30T00:00:00Z',
  ])('%s is refused as data by every path that computes a date, never "NaN-NaN-NaN"', (timeZone) => {
    const ctx = anExportContext().withTimeZone(timeZone).build();
    const co = aChangeOrder().build();
    for (const r of [exportChangeOrder(co, ctx), toSage300Payload(co, ctx)]) {
      expect(codes(r)).toEqual(['invalid_time_zone']);
      expect(JSON.stringify(r)).not.toContain('NaN');
    }
    expect(validate(co, ctx)?.code).toBe('invalid_time_zone');
  });

  it('does not matter to a profile that exports no date', () => {
    const noDate: ErpProfile = { ...sage300Cre, date: { exported: false } };
    const ctx = anExportContext().withTimeZone('Pacific').build();
    const r = value(exportChangeOrder(aChangeOrder().build(), ctx, { profile: noDate }));
    expect('date' in r).toBe(false);
  });
});

describe('dates at the edges', () => {
  it('refuses an instant whose date in the project zone falls outside 0001-01-01..9999-12-31', () => {
    const early = aChangeOrder().withCreatedAt('0000-01-01T00:30:00+01:00').build();
    expect(codes(exportChangeOrder(early, context))).toEqual(['invalid_created_at']);
    const late = aChangeOrder().withCreatedAt('9999-12-31T23:59:59Z').build();
    const kiritimati = anExportContext().withTimeZone('Pacific/Kiritimati').build();
    expect(errors(exportChangeOrder(late, kiritimati))).toEqual([
      {
        code: 'invalid_created_at',
        path: ['createdAt'],
        message:
          'Date Created "9999-12-31T23:59:59Z" falls outside the years 0001 to 9999 in the project\'s time zone; Sage 300 CRE cannot hold that date.',
      },
    ]);
    // The same instant one zone west is still 9999-12-31.
    expect(value(exportChangeOrder(late, context)).date).toBe('9999-12-31');
  });

  it('refuses a createdAt that is not an instant (a literal never parsed)', () => {
    const co = aChangeOrder().withCreatedAt('yesterday').build();
    expect(validateAll(co, context).map((v) => [v.code, v.path])).toEqual([
      ['invalid_created_at', ['createdAt']],
    ]);
  });
});

describe('a line read twice', () => {
  it('is refused at the second line, never summed twice', () => {
    const line = aLineItem().withId('77').onCommitmentLine('900').withAmount('100.00');
    const co = aChangeOrder().addLine(line).addLine(line).build();
    expect(errors(exportChangeOrder(co, context)).map((v) => [v.code, v.path])).toEqual([
      ['duplicate_line_item', ['lineItems', 3]],
    ]);
  });
});

describe('blank ERP ids are no link', () => {
  it.each([
    ['a vendor', aChangeOrder().withVendor({ erpVendorId: '   ' }), 'vendor_not_linked'],
    ['a commitment', aChangeOrder().withCommitment({ erpId: ' \t ' }), 'commitment_not_synced'],
    [
      'a cost code',
      aChangeOrder().withLineItems(
        aLineItem().withCostCode('03-200', '  '),
        aLineItem().withId('12').onCommitmentLine('502').withCostCode('03-200'),
      ),
      'line_not_erp_coded',
    ],
    ['a category', aChangeOrder().withLineItems(aLineItem().withCategory('M', ' ')), 'line_not_erp_coded'],
  ])('%s', (_, co, code) => {
    expect(codes(exportChangeOrder(co.build(), context))).toEqual([code]);
  });
});

describe('exact at any length the parser accepts, refused beyond', () => {
  it('an amount of 1,201 digits is refused, never rounded', () => {
    const huge = `1${'0'.repeat(1200)}`;
    expect(new ExactSum().add(huge)).toBe(false);
    expect(() => sumDecimals([huge, '1'])).toThrow(TypeError);
    const parsed = parseChangeOrder({
      ...aChangeOrder().build(),
      lineItems: [{ ...aLineItem().build(), amount: huge }],
    });
    expect(parsed.ok ? [] : parsed.error.map((i) => i.code)).toEqual(['invalid_amount']);
  });

  it('sums of 40-character amounts stay exact however long the sum', () => {
    const forty = `${'9'.repeat(37)}.99`;
    const sum = new ExactSum();
    for (let i = 0; i < 1000; i++) sum.add(forty);
    // In cents: (10^39 - 1) × 1000, by BigInt.
    const cents = (10n ** 39n - 1n) * 1000n;
    expect(sum.toString()).toBe(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`);
  });
});

describe('a rule that threw on hostile text', () => {
  it('line_description_too_long measures 200,000 lines of text without overflowing the stack', () => {
    const profile: ErpProfile = {
      ...sage300Cre,
      lines: { ...sage300Cre.lines, description: { maxLength: null, maxLineLength: 30 } },
    };
    const co = aChangeOrder()
      .withLineItems(aLineItem().withDescription(`${'\n'.repeat(200_000)}${'x'.repeat(31)}`))
      .build();
    expect(validateAll(co, context, { profile }).map((v) => v.message)).toEqual([
      'Line 1 ("\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n…"): the description has a line of 31 characters; Sage 300 CRE allows 30 per line.',
    ]);
  });
});

describe('called from JavaScript without options', () => {
  it('exportChangeOrder takes Sage 300 CRE when no profile is given', () => {
    const call = exportChangeOrder as (
      co: unknown,
      ctx: unknown,
      options?: unknown,
    ) => ReturnType<typeof exportChangeOrder>;
    expect(call(aChangeOrder().build(), context).ok).toBe(true);
    expect(call(aChangeOrder().build(), context, undefined).ok).toBe(true);
    expect(call(aChangeOrder().build(), context, {}).ok).toBe(true);
  });
});
