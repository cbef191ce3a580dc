import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../scripts/rulesDoc.js';
import { userOf } from '../src/internal/user.js';
import type { ChangeOrder } from '../src/model/changeOrder.js';
import type { ExportContext } from '../src/model/context.js';
import { sage300Cre } from '../src/profiles/sage300Cre.js';
import { effectiveErpId } from '../src/rules/effectiveErpId.js';
import { type RuleCode, rules } from '../src/rules/rules.js';
import { validate, validateAll } from '../src/rules/validate.js';
import { changeOrderArb, exportContextArb } from '../src/testing/arbitraries.js';
import { breakers, type Sage300RuleCode } from '../src/testing/breakers.js';
import { caseFirst, caseViolations, sendableCaseArb } from './helpers/cases.js';
import { example, exampleContext } from './helpers/fixtures.js';

/** The rules that read the commitment's SOV and vendor: silent when another commitment is passed. */
const SOV_RULES = [
  'vendor_mismatch',
  'commitment_line_not_found',
  'commitment_line_not_synced',
  'line_coding_mismatch',
];

// 0.2 (breaking): the checks of values a type cannot prove (a zone, a timestamp, the text of an
// amount) and of repeated line ids took their places where a person fixing the CCO meets them.
// Issue 12 (still 0.2): the commitment, vendor and batch rules where a person fixing the CCO meets
// them: the commitment first, then the ERP id, the vendor, then the lines.
const CONTRACT: RuleCode[] = [
  'project_not_synced',
  'invalid_time_zone',
  'commitment_not_synced',
  'commitment_mismatch',
  'already_sent',
  'missing_commitments_admin',
  'missing_change_orders_admin',
  'erp_id_missing',
  'erp_id_too_long',
  'duplicate_erp_id',
  'invalid_created_at',
  'title_too_long',
  'vendor_mismatch',
  'vendor_not_linked',
  'vendor_linked_elsewhere',
  'not_approved',
  'no_erp_cost_code',
  'duplicate_line_item',
  'invalid_decimal',
  'commitment_line_not_found',
  'commitment_line_not_synced',
  'line_not_erp_coded',
  'line_coding_mismatch',
  'conflicting_line_coding',
  'amount_too_precise',
  'amount_too_large',
  // Added with ERP profiles (#4), after the first fifteen so their positions hold.
  'description_too_long',
  'duplicate_commitment_line',
  'mixed_categories',
  'division_cost_code',
  'line_description_too_long',
  'uom_too_long',
  'quantity_out_of_range',
  'unit_cost_out_of_range',
  'amount_not_positive',
];
/** The rules a Sage 300 CRE case can break: the others are off in that profile. */
const SAGE: Sage300RuleCode[] = CONTRACT.filter(
  (c): c is Sage300RuleCode =>
    ![
      'description_too_long',
      'duplicate_commitment_line',
      'mixed_categories',
      'division_cost_code',
      'line_description_too_long',
      'amount_not_positive',
    ].includes(c),
);

const co = () => example('01-sendable');
const ctx = () => exampleContext();
const codes = (c: ChangeOrder, x: ExportContext) => validateAll(c, x).map((v) => v.code);

describe('the rules array', () => {
  it('has the contract codes in the contract order', () => {
    expect(rules.map((r) => r.code)).toEqual(CONTRACT);
  });
  it('has a Sage 300 CRE breaker for every rule that profile enforces', () => {
    expect(Object.keys(breakers).sort()).toEqual([...SAGE].sort());
  });
  it('docs/rules.md is generated from it and not stale (npm run docs:rules)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), 'utf8');
    expect(onDisk).toBe(renderRulesDoc());
  });
});

describe('validate', () => {
  it('passes a sendable CCO', () => {
    expect(validate(co(), ctx())).toBeUndefined();
    expect(validateAll(co(), ctx())).toEqual([]);
  });

  it.each([
    [
      'project_not_synced',
      () => ({ c: co(), x: { ...ctx(), project: { erpSynced: false, timeZone: 'UTC' } } }),
      "The project's ERP data has not been synced with Sage 300 CRE; sync the project first.",
    ],
    [
      'commitment_not_synced',
      () => ({ c: { ...co(), commitment: { id: '2', erpId: '' } }, x: ctx() }),
      'The commitment has no Sage 300 CRE id; sync the commitment before sending its change orders.',
    ],
    [
      'already_sent',
      () => ({ c: { ...co(), erpStatus: 'synced' as const }, x: ctx() }),
      'The change order is already exported to the ERP.',
    ],
    [
      'missing_commitments_admin',
      () => ({ c: co(), x: { ...ctx(), user: { ...userOf(ctx()), commitments: 'standard' as const } } }),
      'Sending needs Admin on the Commitments tool; you have Standard.',
    ],
    [
      'missing_change_orders_admin',
      () => ({ c: co(), x: { ...ctx(), user: { ...userOf(ctx()), changeOrders: 'none' as const } } }),
      'Sending needs Admin on the Change Orders tool; you have no access.',
    ],
    [
      'erp_id_missing',
      () => ({ c: { ...co(), erpId: '' }, x: ctx() }),
      'The Sage 300 CRE CCO ID is empty; type one of at most 5 characters, or use the change order number as the CCO ID.',
    ],
    [
      'erp_id_too_long',
      () => ({ c: { ...co(), erpId: 'CO-0007' }, x: ctx() }),
      'CCO ID "CO-0007" is 7 characters; Sage 300 CRE allows 5.',
    ],
    [
      'title_too_long',
      () => ({ c: { ...co(), title: 'Additional rebar at levels 3 to 7' }, x: ctx() }),
      'Title is 33 characters; Sage 300 CRE allows 30.',
    ],
    [
      'vendor_not_linked',
      () => ({ c: { ...co(), contractCompany: { id: '1', name: 'Acme' } }, x: ctx() }),
      'Contract company "Acme" is not linked to a Sage 300 CRE vendor; link the company to a vendor first.',
    ],
    [
      'not_approved',
      () => ({ c: { ...co(), status: 'pending' as const }, x: ctx() }),
      'Status is pending; only an approved change order can be sent.',
    ],
    [
      'no_erp_cost_code',
      () => ({ c: { ...co(), lineItems: [] }, x: ctx() }),
      'No line item has a Sage 300 CRE cost code; the schedule of values needs at least one.',
    ],
  ] as const)('%s: says what to change', (code, make, message) => {
    const { c, x } = make();
    expect(validate(c, x)).toEqual({ code, path: [], message });
  });

  it('already_sent names the state', () => {
    expect(validate({ ...co(), erpStatus: 'pending_acceptance' }, ctx())?.message).toMatch(/retrieve/);
    expect(validate({ ...co(), erpStatus: 'export_failed' }, ctx())?.message).toMatch(/export failed/);
    for (const s of ['not_sent', 'retrieved', 'rejected'] as const)
      expect(validate({ ...co(), erpStatus: s }, ctx())).toBeUndefined();
  });

  it('line rules point at the line', () => {
    const c = co();
    const lines = [
      ...c.lineItems,
      { ...c.lineItems[0]!, id: '99', commitmentLineItemId: '777', costCode: { code: '01-100' } },
    ];
    expect(validate({ ...c, lineItems: lines }, ctx())).toEqual({
      code: 'line_not_erp_coded',
      path: ['lineItems', 2],
      message:
        'Line 3 ("Rebar material") has no Sage 300 CRE cost code; code it, or its 1250.50 could not be exported.',
    });
    const noCategory = [
      ...c.lineItems,
      { ...c.lineItems[0]!, id: '99', description: '', commitmentLineItemId: '777', category: undefined },
    ];
    expect(validate({ ...c, lineItems: noCategory as ChangeOrder['lineItems'] }, ctx())?.message).toBe(
      'Line 3 has no Sage 300 CRE category; code it, or its 1250.50 could not be exported.',
    );
  });

  it('conflicting_line_coding names both lines and what differs', () => {
    const c = co();
    const lines = [...c.lineItems, { ...c.lineItems[0]!, id: '99', category: { code: 'L', erpId: 'L' } }];
    expect(validate({ ...c, lineItems: lines }, ctx())).toEqual({
      code: 'conflicting_line_coding',
      path: ['lineItems', 2],
      message:
        'Line 3 ("Rebar material") modifies commitment line "501" like line 1 but with another category; lines summed into one must share cost code and category.',
    });
  });

  it('amount rules judge the sum, not the lines', () => {
    const c = co();
    const line = (id: string, amount: string) => ({ ...c.lineItems[0]!, id, amount });
    // 0.005 + 0.005 = 0.01: each line too precise, the sum is fine.
    expect(validate({ ...c, lineItems: [line('1', '0.005'), line('2', '0.005')] }, ctx())).toBeUndefined();
    expect(validate({ ...c, lineItems: [line('1', '0.005'), line('2', '0.010')] }, ctx())).toEqual({
      code: 'amount_too_precise',
      path: ['lineItems', 0],
      message:
        'Commitment line "501" sums to 0.015, with 3 decimal places; Sage 300 CRE allows 2. Round the line amounts.',
    });
    // 999999999.99 + 0.01 has ten integer digits; + (-0.01) back to nine.
    expect(validate({ ...c, lineItems: [line('1', '999999999.99'), line('2', '0.01')] }, ctx())).toEqual({
      code: 'amount_too_large',
      path: ['lineItems', 0],
      message: 'Commitment line "501" sums to 1000000000.00, with 10 integer digits; Sage 300 CRE allows 9.',
    });
    expect(
      validate({ ...c, lineItems: [line('1', '1000000000'), line('2', '-0.01')] }, ctx()),
    ).toBeUndefined();
  });

  it('counts characters as code points, not UTF-16 units', () => {
    expect(validate({ ...co(), erpId: '👷👷👷👷👷' }, ctx())).toBeUndefined();
    expect(validate({ ...co(), erpId: '👷👷👷👷👷👷' }, ctx())?.message).toBe(
      'CCO ID "👷👷👷👷👷👷" is 6 characters; Sage 300 CRE allows 5.',
    );
    expect(validate({ ...co(), title: '🏗️'.repeat(15) }, ctx())).toBeUndefined(); // 30 code points, 45 units
    expect(validate({ ...co(), title: `${'🏗️'.repeat(15)}!` }, ctx())?.code).toBe('title_too_long');
  });

  it('uses the change order number as the ERP id when the setting is on', () => {
    const on = { ...ctx(), settings: { ...ctx().settings, useChangeOrderNumberAsErpId: true } };
    expect(validate({ ...co(), erpId: undefined as unknown as string, number: '42' }, on)).toBeUndefined();
    expect(validate({ ...co(), erpId: '  ', number: '123456' }, on)?.code).toBe('erp_id_too_long');
    expect(validate({ ...co(), erpId: '  ', number: ' ' }, on)?.code).toBe('erp_id_missing');
    // A typed erpId wins over the number.
    expect(effectiveErpId({ erpId: 'X1', number: '123456' }, on, sage300Cre)).toBe('X1');
    expect(effectiveErpId({ erpId: '', number: '123456' }, ctx(), sage300Cre)).toBeUndefined();
  });

  it('reports the first rule in array order when several fail', () => {
    const c = {
      ...co(),
      title: 'x'.repeat(31),
      status: 'draft' as const,
      contractCompany: { id: '1', name: 'n' },
    };
    expect(codes(c, ctx())).toEqual(['title_too_long', 'vendor_not_linked', 'not_approved']);
    expect(validate(c, ctx())?.code).toBe('title_too_long');
  });
});

describe('properties', () => {
  it('validate is always validateAll()[0]', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (c, x) => {
        expect(validate(c, x)).toEqual(validateAll(c, x)[0]);
      }),
    );
  });
  it('violations come in rule order', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (c, x) => {
        const positions = validateAll(c, x).map((v) => (CONTRACT as string[]).indexOf(v.code));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
  });
  it('a sendable arbitrary always passes, with or without its commitment, vendor links and exported ids', () => {
    fc.assert(
      fc.property(sendableCaseArb(), (c) => {
        expect(caseViolations(c)).toEqual([]);
      }),
    );
  });
  it('each breaker breaks exactly its rule, once (with or without a commitment, links, exported ids)', () => {
    fc.assert(
      fc.property(sendableCaseArb(), fc.constantFrom(...SAGE), (c, code) => {
        const broken = breakers[code](c);
        expect(caseViolations(broken).map((v) => v.code)).toEqual([code]);
        expect(caseFirst(broken)?.code).toBe(code);
      }),
      { numRuns: 300 },
    );
  });
  it('two breakers: validate names the earlier rule', () => {
    /** Breakers that write the same field, and so may undo each other. */
    const FIELDS = [
      ['erp_id_missing', 'erp_id_too_long', 'duplicate_erp_id'],
      ['vendor_not_linked', 'vendor_linked_elsewhere'],
    ];
    fc.assert(
      fc.property(sendableCaseArb(), fc.constantFrom(...SAGE), fc.constantFrom(...SAGE), (c, a, b) => {
        const sameField = a === b || FIELDS.some((f) => f.includes(a) && f.includes(b));
        // An empty SOV hides every line rule; another commitment hides the SOV and vendor rules.
        const hiding = ['no_erp_cost_code', 'commitment_mismatch'];
        fc.pre(!sameField && !hiding.includes(a) && !hiding.includes(b));
        const broken = breakers[b](breakers[a](c));
        const first = CONTRACT.indexOf(a) < CONTRACT.indexOf(b) ? a : b;
        expect(caseFirst(broken)?.code).toBe(first);
      }),
    );
  });
  it('another commitment is reported first of the SOV and vendor rules, and hides them', () => {
    fc.assert(
      fc.property(sendableCaseArb(), fc.constantFrom(...SAGE), (c, code) => {
        fc.pre(code !== 'commitment_mismatch' && code !== 'no_erp_cost_code');
        const broken = breakers.commitment_mismatch(breakers[code](c));
        const all = caseViolations(broken).map((v) => v.code);
        expect(all).toContain('commitment_mismatch');
        for (const hidden of SOV_RULES) expect(all).not.toContain(hidden);
      }),
    );
  });
  it('never mutates its input', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (c, x) => {
        const before = structuredClone([c, x]);
        validateAll(c, x);
        expect([c, x]).toEqual(before);
      }),
    );
  });
});
