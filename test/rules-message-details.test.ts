import { describe, expect, it } from 'vitest';
import { validate, validateAll } from '../src/rules/validate.js';
import { aChangeOrder, aLineItem, anExportContext } from '../src/testing/builders.js';

// What each message quotes, and the edge of each condition: long names are cut, empty strings count
// as missing, absent objects are handled like objects without an ERP id.

const context = anExportContext().build();
const all = (co = aChangeOrder(), ctx = context) => validateAll(co.build(), ctx);
const first = (co = aChangeOrder(), ctx = context) => validate(co.build(), ctx);

describe('rule messages and edges', () => {
  it('names every permission level a user can lack Admin with', () => {
    const level = (commitments: 'none' | 'read_only' | 'standard') =>
      first(aChangeOrder(), anExportContext().withUser({ commitments }).build())?.message;
    expect(level('read_only')).toBe('Sending needs Admin on the Commitments tool; you have Read Only.');
    expect(level('none')).toBe('Sending needs Admin on the Commitments tool; you have no access.');
    expect(
      first(aChangeOrder(), anExportContext().withUser({ changeOrders: 'read_only' }).build())?.message,
    ).toBe('Sending needs Admin on the Change Orders tool; you have Read Only.');
    expect(
      first(aChangeOrder(), anExportContext().withUser({ changeOrders: 'standard' }).build())?.message,
    ).toBe('Sending needs Admin on the Change Orders tool; you have Standard.');
  });

  it('quotes at most 60 characters of a long CCO ID, and says it cut', () => {
    const id = `${'A'.repeat(60)}BCDEF`;
    expect(first(aChangeOrder().withErpId(id))?.message).toBe(
      `CCO ID "${'A'.repeat(60)}…" is 65 characters; Sage 300 CRE allows 5.`,
    );
    // A 5 MB id makes a short message.
    expect(first(aChangeOrder().withErpId('A'.repeat(5_000_000)))?.message.length).toBeLessThan(120);
  });

  it('quotes at most 60 characters of a vendor name, and an empty vendor id is no link', () => {
    const name = `${'V'.repeat(60)}endor`;
    expect(first(aChangeOrder().withVendor({ name, erpVendorId: '' }))).toEqual({
      code: 'vendor_not_linked',
      path: [],
      message: `Contract company "${'V'.repeat(60)}…" is not linked to a Sage 300 CRE vendor; link the company to a vendor first.`,
    });
  });

  it('an absent commitment ERP id is not synced', () => {
    expect(first(aChangeOrder().withUnsyncedCommitment())?.code).toBe('commitment_not_synced');
  });

  it('quotes at most 40 characters of a line description, and says it cut', () => {
    const description = `${'d'.repeat(40)}-tail`;
    const co = aChangeOrder().addLine(
      aLineItem().withId('13').onCommitmentLine('503').withDescription(description).withoutCostCode(),
    );
    expect(first(co)?.message).toBe(
      `Line 3 ("${'d'.repeat(40)}…") has no Sage 300 CRE cost code; code it, or its 1250.50 could not be exported.`,
    );
  });

  it('a line without any cost code or category object is not ERP-coded, wherever it stands', () => {
    const bare = aLineItem().withId('10').onCommitmentLine('500').withoutCostCode().withoutCategory();
    const co = aChangeOrder().withLineItems(bare, aLineItem());
    expect(all(co)).toEqual([
      {
        code: 'line_not_erp_coded',
        path: ['lineItems', 0],
        message:
          'Line 1 ("Rebar material") has no Sage 300 CRE cost code; code it, or its 1250.50 could not be exported.',
      },
    ]);
    const noCategory = aLineItem().withId('10').onCommitmentLine('500').withoutCategory();
    expect(all(aChangeOrder().withLineItems(noCategory)).map((v) => v.message)).toEqual([
      'Line 1 ("Rebar material") has no Sage 300 CRE category; code it, or its 1250.50 could not be exported.',
    ]);
  });

  it('no_erp_cost_code needs a cost code with an ERP id on some line, not just a code', () => {
    const unlinked = aLineItem().withCostCode('03-200', null);
    expect(all(aChangeOrder().withLineItems(unlinked, unlinked.withId('12')))[0]?.code).toBe(
      'no_erp_cost_code',
    );
    const bare = aLineItem().withoutCostCode();
    expect(
      all(aChangeOrder().withLineItems(bare, aLineItem().withId('12').onCommitmentLine('9')))[0]?.code,
    ).toBe('line_not_erp_coded');
  });

  it('conflicting cost codes: another code, or the same code with another ERP id', () => {
    const other = aChangeOrder().addLine(aLineItem().withId('13').withCostCode('03-300'));
    expect(first(other)).toEqual({
      code: 'conflicting_line_coding',
      path: ['lineItems', 2],
      message:
        'Line 3 ("Rebar material") modifies commitment line "501" like line 1 but with another cost code; lines summed into one must share cost code and category.',
    });
    const recoded = aChangeOrder().addLine(aLineItem().withId('13').withCostCode('03-300', '03-200'));
    expect(first(recoded)?.message).toContain('with another cost code');
    const relinked = aChangeOrder().addLine(aLineItem().withId('13').withCostCode('03-200', '03-200-X'));
    expect(first(relinked)?.message).toContain('with another cost code');
    const recategorised = aChangeOrder().addLine(aLineItem().withId('13').withCategory('M', 'M2'));
    expect(first(recategorised)?.message).toContain('with another category');
  });

  it('compares every later line of a group with its first line, not with its neighbour', () => {
    const co = aChangeOrder().withLineItems(
      aLineItem().withId('1'),
      aLineItem().withId('2').onCommitmentLine('9'),
      aLineItem().withId('3'),
      aLineItem().withId('4').withCategory('L'),
    );
    expect(all(co).map((v) => [v.code, v.path])).toEqual([['conflicting_line_coding', ['lineItems', 3]]]);
    expect(all(co)[0]?.message).toContain(
      'Line 4 ("Rebar material") modifies commitment line "501" like line 1',
    );
  });

  it('lines summed into one are judged once, at the first line of the group', () => {
    const co = aChangeOrder().withLineItems(
      aLineItem().withId('1').withAmount('0.001'),
      aLineItem().withId('2').onCommitmentLine('9'),
      aLineItem().withId('3').withAmount('0.001'),
    );
    expect(all(co)).toEqual([
      {
        code: 'amount_too_precise',
        path: ['lineItems', 0],
        message:
          'Commitment line "501" sums to 0.002, with 3 decimal places; Sage 300 CRE allows 2. Round the line amounts.',
      },
    ]);
  });
});
