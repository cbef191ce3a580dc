import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInProfiles,
  type ErpProfile,
  ErpProfileSchema,
  exportChangeOrder,
  type RuleCode,
  rules,
  sage300Cre,
  validate,
  validateAll,
} from '../../src/index.js';
import { cmic } from '../../src/profiles/cmic.js';
import { quickBooksDesktop } from '../../src/profiles/quickBooksDesktop.js';
import { sage100Contractor } from '../../src/profiles/sage100Contractor.js';
import { sageIntacct } from '../../src/profiles/sageIntacct.js';
import { spectrum } from '../../src/profiles/spectrum.js';
import { viewpointVista } from '../../src/profiles/viewpointVista.js';
import { xero } from '../../src/profiles/xero.js';
import {
  breakers,
  breakersFor,
  changeOrderArb,
  exportContextArb,
  sendableChangeOrderArb,
  sendingContextArb,
} from '../../src/testing/index.js';

const profiles = Object.entries(builtInProfiles) as [string, ErpProfile][];

/** Profiles beyond the built-ins, switching on every limit the built-ins leave off. */
const custom: [string, ErpProfile][] = [
  [
    'every limit on',
    {
      ...spectrum,
      name: 'Every Limit ERP',
      changeOrderId: { label: 'No.', maxLength: 8, required: true, fromNumber: false },
      description: { target: 'Notes', maxLength: 300, onOverflow: 'block' },
      amount: { integerDigits: 7, decimals: 2, positive: true },
      lines: {
        description: { maxLength: 25, maxLineLength: 12 },
        uom: { maxLength: 3 },
        quantity: { integerDigits: 5, decimals: 3, positive: true },
        unitCost: { integerDigits: 6, decimals: 4, positive: true },
        disallowDivisionCostCode: true,
      },
    },
  ],
  [
    'decimals and signs only',
    {
      ...cmic,
      name: 'Loose ERP',
      changeOrderId: { label: 'ID', maxLength: null, required: true, fromNumber: true },
      title: { maxLength: null },
      amount: { integerDigits: null, decimals: null, positive: false },
      lines: {
        ...cmic.lines,
        description: { maxLength: null, maxLineLength: 30 },
        quantity: { integerDigits: null, decimals: 2, positive: false },
        unitCost: { integerDigits: null, decimals: null, positive: true },
      },
    },
  ],
];

/** The codes of the 0.1 rules: the only ones Sage 300 CRE can break with 0.1 data. */
/** The rules added with ERP profiles: off under Sage 300 CRE unless a line has the new fields. */
const PROFILE_RULES: string[] = [
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
/** The rules of 0.1 and the 0.2 checks every profile has (values a type cannot prove, repeated ids). */
const CORE_CODES: string[] = rules.map((r) => r.code).filter((c) => !PROFILE_RULES.includes(c));

/** The codes a profile has a limit for, read from the profile independently of `breakersFor`. */
function limitedCodes(p: ErpProfile): RuleCode[] {
  const codes: RuleCode[] = [
    'project_not_synced',
    'commitment_not_synced',
    'already_sent',
    'missing_commitments_admin',
    'missing_change_orders_admin',
    'vendor_not_linked',
    'not_approved',
    'no_erp_cost_code',
    'duplicate_line_item',
    'invalid_decimal',
    'line_not_erp_coded',
    // The commitment, vendor-link and ERP id rules: every profile has them (issue 12).
    ...RULES_NEEDING_DATA,
  ];
  if (p.date.exported) codes.push('invalid_time_zone', 'invalid_created_at');
  if (p.changeOrderId.required) codes.push('erp_id_missing');
  if (p.changeOrderId.maxLength !== null) codes.push('erp_id_too_long');
  if (p.title.maxLength !== null) codes.push('title_too_long');
  if (p.repeatedLines === 'aggregate') codes.push('conflicting_line_coding');
  if (p.amount.decimals !== null) codes.push('amount_too_precise');
  if (p.amount.integerDigits !== null) codes.push('amount_too_large');
  if (p.description.onOverflow === 'block' && p.description.maxLength !== null)
    codes.push('description_too_long');
  if (p.repeatedLines === 'reject') codes.push('duplicate_commitment_line');
  if (p.lineItemsRequireSingleCategory) codes.push('mixed_categories');
  if (p.lines.disallowDivisionCostCode) codes.push('division_cost_code');
  if (p.lines.description.maxLength !== null || p.lines.description.maxLineLength !== null)
    codes.push('line_description_too_long');
  if (p.lines.uom.maxLength !== null) codes.push('uom_too_long');
  const q = p.lines.quantity;
  if (q.integerDigits !== null || q.decimals !== null || q.positive) codes.push('quantity_out_of_range');
  const u = p.lines.unitCost;
  if (u.integerDigits !== null || u.decimals !== null || u.positive) codes.push('unit_cost_out_of_range');
  if (p.amount.positive) codes.push('amount_not_positive');
  return codes;
}

describe('built-in profiles', () => {
  it('are exported by the names of the issue, Sage 300 CRE first', () => {
    expect(Object.keys(builtInProfiles)).toEqual([
      'sage300Cre',
      'sage100Contractor',
      'viewpointVista',
      'spectrum',
      'quickBooksDesktop',
      'sageIntacct',
      'cmic',
      'xero',
    ]);
    expect([
      sage300Cre,
      sage100Contractor,
      viewpointVista,
      spectrum,
      quickBooksDesktop,
      sageIntacct,
      cmic,
      xero,
    ]).toEqual(Object.values(builtInProfiles));
  });

  it.each(profiles)('%s is a valid profile that the schema leaves as it is', (_, profile) => {
    expect(ErpProfileSchema.parse(profile)).toEqual(profile);
  });

  it('carry the limits of the domain table', () => {
    const row = (p: ErpProfile) => [
      p.changeOrderId.maxLength,
      p.title.maxLength,
      p.description.target,
      p.description.maxLength,
      p.repeatedLines,
    ];
    expect(row(sage300Cre)).toEqual([5, 30, 'Scope', 1000, 'aggregate']);
    expect(row(sage100Contractor)).toEqual([12, 30, 'Scope', 1000, 'aggregate']);
    expect(row(viewpointVista)).toEqual([30, 60, 'Scope', 1000, 'aggregate']);
    expect(row(spectrum)).toEqual([12, 30, 'Memo', null, 'reject']);
    expect(row(quickBooksDesktop)).toEqual([12, 30, 'Memo', null, 'aggregate']);
    expect(row(sageIntacct)).toEqual([null, 35, 'Description', 400, 'allow']);
    expect(row(cmic)).toEqual([null, 200, null, null, 'allow']);
    expect(row(xero)).toEqual([255, 255, null, null, 'allow']);
    expect(spectrum.lineItemsRequireSingleCategory).toBe(true);
    expect(sageIntacct.description.onOverflow).toBe('block');
    expect(xero.date.exported).toBe(false);
  });

  it('a profile of 0.1 (without the fields added since) still parses, with defaults', () => {
    const old = {
      name: 'Old ERP',
      changeOrderId: { label: 'CCO ID', maxLength: 5, required: true },
      title: { maxLength: 30 },
      description: { target: 'Scope', maxLength: 1000, onOverflow: 'truncate' },
      amount: { integerDigits: 9, decimals: 2 },
    };
    const parsed = ErpProfileSchema.parse(old);
    expect(parsed).toEqual({ ...sage300Cre, ...parsed, lines: parsed.lines });
    expect(parsed.changeOrderId.fromNumber).toBe(true);
    expect(parsed.repeatedLines).toBe('aggregate');
    expect(parsed.amount.positive).toBe(false);
    expect(parsed.lines.uom.maxLength).toBeNull();
    expect(parsed.messages).toEqual({});
  });

  it('the schema refuses a profile it could not apply', () => {
    const r = ErpProfileSchema.safeParse({
      ...sage300Cre,
      title: { maxLength: 0 },
      repeatedLines: 'sometimes',
      messages: { not_a_key: 'x' },
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'messages',
      'repeatedLines',
      'title.maxLength',
    ]);
  });
});

describe('Sage 300 CRE is unchanged', () => {
  it('no new rule fires under Sage 300 CRE on any change order without the new line fields', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (co, ctx) => {
        const all = validateAll(co, ctx);
        expect(all.every((v) => CORE_CODES.includes(v.code))).toBe(true);
        expect(validateAll(co, ctx, { profile: sage300Cre })).toEqual(all);
      }),
    );
  });

  it('the Sage breakers are those of breakersFor(sage300Cre)', () => {
    expect(Object.keys(breakers).sort()).toEqual(Object.keys(breakersFor(sage300Cre)).sort());
    expect(Object.keys(breakers).sort()).toEqual(limitedCodes(sage300Cre).sort());
  });
});

import { caseFirst, caseViolations, sendableCaseArb } from '../helpers/cases.js';
import { RULES_NEEDING_DATA } from '../helpers/rulesNeedingData.js';

describe('properties, for every built-in profile (and two of our own)', () => {
  describe.each([...profiles, ...custom])('%s', (_, profile) => {
    const options = { profile };

    it('a change order that fits the profile passes, and maps (with or without its commitment, links, exported ids)', () => {
      fc.assert(
        fc.property(sendableCaseArb(profile), (c) => {
          expect(caseViolations(c, profile)).toEqual([]);
          const { commitment, vendorLinks, exportedErpIds } = c;
          expect(
            exportChangeOrder(c.changeOrder, c.context, { profile, commitment, vendorLinks, exportedErpIds })
              .ok,
          ).toBe(true);
        }),
      );
    });

    it('has one breaker per limit of the profile', () => {
      expect(Object.keys(breakersFor(profile)).sort()).toEqual(limitedCodes(profile).sort());
    });

    it('each breaker yields exactly its rule, once, naming the ERP where the rule is about a limit', () => {
      const broken = Object.entries(breakersFor(profile));
      fc.assert(
        fc.property(sendableCaseArb(profile), fc.constantFrom(...broken), (sendable, [code, breaker]) => {
          const c = breaker!(sendable);
          const all = caseViolations(c, profile);
          expect(all.map((v) => v.code)).toEqual([code]);
          expect(caseFirst(c, profile)).toEqual(all[0]);
        }),
        { numRuns: 300 },
      );
    });

    it('validate is validateAll()[0] on any change order', () => {
      fc.assert(
        fc.property(changeOrderArb(), exportContextArb(), (co, ctx) => {
          expect(validate(co, ctx, options)).toEqual(validateAll(co, ctx, options)[0]);
        }),
      );
    });
  });
});

describe('messages name the ERP', () => {
  it.each([
    [viewpointVista, 'Title is 61 characters; Viewpoint Vista allows 60.'],
    [sageIntacct, 'Title is 61 characters; Sage Intacct allows 35.'],
    [sage300Cre, 'Title is 61 characters; Sage 300 CRE allows 30.'],
  ])('title_too_long under %#', (profile, message) => {
    fc.assert(
      fc.property(sendableChangeOrderArb({ profile }), sendingContextArb(), (co, ctx) => {
        const v = validate({ ...co, title: 'x'.repeat(61) }, ctx, { profile });
        expect(v).toEqual({ code: 'title_too_long', path: [], message });
      }),
      { numRuns: 5 },
    );
  });
});
