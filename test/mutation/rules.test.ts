// Behaviours of the rules that users rely on at their edges: which of two problems with the date is
// reported, how exported ids and blank ids compare, when the change order number stands in for the
// ERP id, and what a caller's malformed options turn into.
import { describe, expect, it } from 'vitest';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import type { ErpProfile } from '../../src/profiles/ErpProfile.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { validate, validateAll } from '../../src/rules/validate.js';
import { validateBatch } from '../../src/rules/validateBatch.js';
import { aChangeOrder, aCommitment, aLineItem, anExportContext } from '../../src/testing/builders.js';
import { sendable, sendingContext } from '../fixtures.js';

const codes = (...args: Parameters<typeof validateAll>) => validateAll(...args).map((v) => v.code);

describe('the creation date', () => {
  it('an unknown zone is reported once, as the zone, even when createdAt is no instant either', () => {
    const context = anExportContext().withTimeZone('Mars/Olympus').build();
    expect(codes(sendable({ createdAt: 'yesterday' }), context)).toEqual(['invalid_time_zone']);
  });

  it('a createdAt that is not text is named in the message, not a crash', () => {
    const r = validateAll(sendable({ createdAt: 20240310 as unknown as string }), sendingContext);
    expect(r.map((v) => [v.code, v.path, v.message])).toEqual([
      [
        'invalid_created_at',
        ['createdAt'],
        'Date Created "20240310" is not an ISO-8601 instant with a zone, such as "2024-03-10T07:30:00Z"; read the change order with parseChangeOrder.',
      ],
    ]);
  });

  it('a profile that does not export the date checks neither the zone nor createdAt', () => {
    const undated: ErpProfile = { ...sage300Cre, date: { exported: false } };
    const context = anExportContext().withTimeZone('Mars/Olympus').build();
    expect(codes(sendable({ createdAt: 'yesterday' }), context, { profile: undated })).toEqual([]);
  });
});

describe('ERP ids already exported', () => {
  it('an id exported before is taken; blank entries take nothing', () => {
    const co = sendable({ erpId: 'CO7' });
    expect(codes(co, sendingContext, { exportedErpIds: ['', '   ', 'CO8'] })).toEqual([]);
    // A change order without an id does not take a blank one.
    expect(codes(sendable({ erpId: '' }), sendingContext, { exportedErpIds: [''] })).toEqual([
      'erp_id_missing',
    ]);
    const r = validateAll(co, sendingContext, { exportedErpIds: ['  ', 'CO7'] });
    expect(r.map((v) => [v.code, v.path, v.message])).toEqual([
      [
        'duplicate_erp_id',
        [],
        `CCO ID "CO7" is already taken on commitment "${co.commitment.erpId}" by a change order already exported; Sage 300 CRE takes a change order ID once per commitment. Type another.`,
      ],
    ]);
  });

  it('exportedErpIds that are not an array are unreadable input that says so', () => {
    const r = validate(sendable(), sendingContext, { exportedErpIds: 'CO7' as unknown as string[] });
    expect(r?.code).toBe('unreadable_input');
    expect(r?.message).toContain('exportedErpIds must be an array');
  });
});

describe('the change order number as ERP id', () => {
  const numbered = anExportContext().withSettings({ useChangeOrderNumberAsErpId: true }).build();

  it('stands in for a blank erpId when the setting is on and the profile offers it', () => {
    const co = sendable({ erpId: '   ', number: '0042' });
    expect(codes(co, numbered)).toEqual([]);
    // Five characters is Sage's limit: the number is checked as the ID it becomes.
    expect(validate({ ...co, number: '004217' }, numbered)?.message).toBe(
      'CCO ID "004217" is 6 characters; Sage 300 CRE allows 5.',
    );
  });

  it('does not when the setting is off, the profile does not offer it, or the number is blank', () => {
    const co = sendable({ erpId: '', number: '0042' });
    expect(codes(co, sendingContext)).toEqual(['erp_id_missing']);
    const typedOnly: ErpProfile = {
      ...sage300Cre,
      changeOrderId: { ...sage300Cre.changeOrderId, fromNumber: false },
    };
    expect(codes(co, numbered, { profile: typedOnly })).toEqual(['erp_id_missing']);
    expect(validate(co, numbered, { profile: typedOnly })?.message).toBe(
      'The Sage 300 CRE CCO ID is empty; type one of at most 5 characters.',
    );
    expect(codes({ ...co, number: '  ' }, numbered)).toEqual(['erp_id_missing']);
  });

  it('a typed erpId wins over the number', () => {
    const co = sendable({ erpId: 'AB', number: '123456789' });
    expect(codes(co, numbered)).toEqual([]);
  });
});

describe('the rules against the commitment, at their edges', () => {
  const context = anExportContext().build();

  it('commitment_line_not_synced names the SOV line’s description only when it has one', () => {
    const unnamed = aCommitment().withLine('502', { erpId: undefined, description: '' }).build();
    expect(validate(aChangeOrder().build(), context, { commitment: unnamed })?.message).toBe(
      'Line 2 ("Placing labor") modifies commitment line "502", which is not synced with Sage 300 CRE (it has no ERP key); sync the commitment\'s schedule of values first.',
    );
  });

  it('line_coding_mismatch: another cost code is a mismatch even when the ERP ids agree', () => {
    const sameKey = aCommitment()
      .withLine('501', { costCode: { code: '03-300', erpId: '03-200' } })
      .build();
    expect(validate(aChangeOrder().build(), context, { commitment: sameKey })).toEqual({
      code: 'line_coding_mismatch',
      path: ['lineItems', 0],
      message:
        'Line 1 ("Rebar material") has cost code "03-200" but commitment line "501" has "03-300"; a change order line keeps the coding of the commitment line it modifies. Recode the line.',
    });
  });
});

describe('line_coding_mismatch compares only the codes both lines set', () => {
  const context = anExportContext().build();
  const mismatches = (co: ReturnType<typeof aChangeOrder>, commitment: ReturnType<typeof aCommitment>) =>
    validateAll(co.build(), context, { commitment: commitment.build() }).filter(
      (v) => v.code === 'line_coding_mismatch',
    );

  it('an SOV line without a cost code still has its category compared', () => {
    const found = mismatches(
      aChangeOrder().withLineItems(aLineItem().withCategory('L')),
      aCommitment().withLine('501', { costCode: undefined }),
    );
    expect(found.map((v) => [v.path, v.message])).toEqual([
      [
        ['lineItems', 0],
        'Line 1 ("Rebar material") has category "L" but commitment line "501" has "M"; a change order line keeps the coding of the commitment line it modifies. Recode the line.',
      ],
    ]);
  });

  it('a CCO line without a cost code is not compared (line_not_erp_coded reports it), nor crashes', () => {
    const co = aChangeOrder().withLineItems(aLineItem().withoutCostCode());
    expect(mismatches(co, aCommitment())).toEqual([]);
    expect(
      validateAll(co.build(), context, { commitment: aCommitment().build() }).map((v) => v.code),
    ).toContain('line_not_erp_coded');
  });

  it('one code: ERP ids are compared only when both lines set one', () => {
    const unlinkedLine = aChangeOrder().withLineItems(aLineItem().withCostCode('03-200', null));
    expect(mismatches(unlinkedLine, aCommitment())).toEqual([]);
    const unlinkedSov = aCommitment().withLine('501', { costCode: { code: '03-200' } });
    expect(mismatches(aChangeOrder(), unlinkedSov)).toEqual([]);
    const other = aCommitment().withLine('501', { costCode: { code: '03-200', erpId: '03-299' } });
    expect(mismatches(aChangeOrder(), other).map((v) => v.message)).toEqual([
      'Line 1 ("Rebar material") has cost code "03-200" (ERP id "03-200") but commitment line "501" has "03-200" (ERP id "03-299"); a change order line keeps the coding of the commitment line it modifies. Recode the line.',
    ]);
  });
});

describe('validateBatch at its edges', () => {
  const context = anExportContext().build();
  const co = (id: string, erpId: string) => aChangeOrder().withId(id).withErpId(erpId).build();
  const messages = (results: Iterable<{ message: string }[]>) =>
    [...results].map((r) => r.map((v) => v.message));
  const taken = (by: string) =>
    `CCO ID "CO7" is already taken on commitment "SC-001" by ${by}; Sage 300 CRE takes a change order ID once per commitment. Type another.`;

  it('an ID keeps its first holder: an export before the batch, else the first change order', () => {
    expect(messages(validateBatch([co('1', 'CO7'), co('2', 'CO7'), co('3', 'CO7')], context))).toEqual([
      [],
      [taken('change order "1", earlier in the batch')],
      [taken('change order "1", earlier in the batch')],
    ]);
    const exportedErpIds = { '2': ['CO7', 'CO7'] };
    expect(messages(validateBatch([co('1', 'CO7'), co('2', 'CO7')], context, { exportedErpIds }))).toEqual([
      [taken('a change order already exported')],
      [taken('a change order already exported')],
    ]);
  });

  it('of two commitments with one id, the first counts', () => {
    const synced = aCommitment().build();
    const unsynced = aCommitment().withLine('501', { erpId: undefined }).build();
    const codesOf = (commitments: (typeof synced)[]) =>
      [...validateBatch([co('1', 'CO7')], context, { commitments })].map((r) => r.map((v) => v.code));
    expect(codesOf([synced, unsynced])).toEqual([[]]);
    expect(codesOf([unsynced, synced])).toEqual([['commitment_line_not_synced']]);
  });

  it('says what could not be read: the options, the iterable, its next change order', () => {
    const options = {
      get commitments(): never {
        throw new Error('options gone');
      },
    };
    const refused = messages(validateBatch([co('1', 'CO7'), co('2', 'CO8')], context, options));
    expect(refused).toEqual([
      ['The input could not be read: Error: options gone'],
      ['The input could not be read: Error: options gone'],
    ]);
    const text = messages(validateBatch('xy' as unknown as ChangeOrder[], context));
    expect(text).toEqual([
      ['The input could not be read: TypeError: changeOrders must be change orders, not a string'],
    ]);
    const number = messages(validateBatch(42 as unknown as ChangeOrder[], context));
    expect(number).toHaveLength(1);
    expect(number[0]![0]).toMatch(/is not a function|not iterable/);
    let calls = 0;
    const broken: Iterable<ChangeOrder> = {
      [Symbol.iterator]: () => ({
        next: () => {
          calls += 1;
          if (calls > 3) return { done: true, value: undefined };
          throw new Error('disk gone');
        },
      }),
    };
    expect(messages(validateBatch(broken, context))).toEqual([
      ['The input could not be read: Error: disk gone'],
    ]);
    expect(calls).toBe(1);
  });
});
