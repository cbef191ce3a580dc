import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveErpId } from '../../src/rules/effectiveErpId.js';
import { rules } from '../../src/rules/rules.js';
import { validate, validateAll } from '../../src/rules/validate.js';
import {
  changeOrderArb,
  exportContextArb,
  sendableChangeOrderArb,
  sendingContextArb,
} from '../../src/testing/arbitraries.js';
import { breakers } from '../../src/testing/breakers.js';
import { sendable, sendingContext } from '../fixtures.js';

const context = sendingContext;
const co = sendable();

describe('validate', () => {
  it('passes a sendable change order', () => {
    fc.assert(
      fc.property(sendableChangeOrderArb(), sendingContextArb(), (c, ctx) => {
        expect(validateAll(c, ctx)).toEqual([]);
        expect(validate(c, ctx)).toBeUndefined();
      }),
    );
  });

  it('is always the first of validateAll', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (c, ctx) => {
        expect(validate(c, ctx)).toEqual(validateAll(c, ctx)[0]);
      }),
    );
  });

  it('finds exactly the rule each breaker breaks', () => {
    fc.assert(
      fc.property(
        sendableChangeOrderArb(),
        sendingContextArb(),
        fc.constantFrom(...rules.map((r) => r.code)),
        (c, ctx, code) => {
          const broken = breakers[code]({ changeOrder: c, context: ctx });
          expect(validateAll(broken.changeOrder, broken.context).map((v) => v.code)).toEqual([code]);
        },
      ),
    );
  });

  it.each([
    [{ erpStatus: 'pending_acceptance' as const }, /waiting for an accounting approver/],
    [{ erpStatus: 'export_failed' as const }, /export failed/],
    [{ erpStatus: 'synced' as const }, /already exported/],
    [{ erpId: '', number: '' }, /CCO ID is empty; type one of at most 5 characters/],
    [{ erpId: '123456' }, /CCO ID "123456" is 6 characters; Sage 300 CRE allows 5\./],
    [{ title: 'x'.repeat(34) }, /^Title is 34 characters; Sage 300 CRE allows 30\.$/],
    [{ status: 'void' as const }, /Status is void/],
    [{ commitment: { id: '2', erpId: '' } }, /commitment has no Sage 300 CRE id/],
    [{ contractCompany: { id: '3', name: 'Acme', erpVendorId: '' } }, /"Acme" is not linked/],
  ])('says what to change: %j', (patch, message) => {
    expect(validate({ ...co, ...patch }, context)?.message).toMatch(message);
  });

  it('names line problems with the line', () => {
    const line = co.lineItems[0]!;
    expect(
      validate(
        { ...co, lineItems: [line, { ...line, id: '12', description: 'Labor', costCode: { code: 'X' } }] },
        context,
      ),
    ).toEqual({
      code: 'line_not_erp_coded',
      path: ['lineItems', 1],
      message:
        'Line 2 ("Labor") has no Sage 300 CRE cost code; code it, or its 1250.50 could not be exported.',
    });
    const other = { ...line, id: '12', category: { code: 'L', erpId: 'L' } };
    expect(validate({ ...co, lineItems: [line, other] }, context)?.message).toMatch(/another category/);
    expect(
      validate({ ...co, lineItems: [line, { ...line, id: '13', amount: '0.005' }] }, context)?.message,
    ).toBe(
      'Commitment line 501 sums to 1250.505, with 3 decimal places; Sage 300 CRE allows 2. Round the line amounts.',
    );
    expect(validate({ ...co, lineItems: [{ ...line, amount: '-1234567890' }] }, context)?.code).toBe(
      'amount_too_large',
    );
  });

  it('names the permission the user lacks', () => {
    const user = { ...context.user, commitments: 'read_only' as const };
    expect(validate(co, { ...context, user })?.message).toBe(
      'Sending needs Admin on the Commitments tool; you have Read Only.',
    );
    const none = { ...context.user, changeOrders: 'none' as const };
    expect(validate(co, { ...context, user: none })?.message).toMatch(/you have no access/);
  });

  it('takes the number as the CCO ID when the setting says so', () => {
    const settings = { ...context.settings, useChangeOrderNumberAsErpId: true };
    expect(effectiveErpId({ erpId: ' ', number: '7' }, { settings })).toBe('7');
    expect(effectiveErpId({ erpId: undefined, number: ' ' }, { settings })).toBeUndefined();
    expect(validate({ ...co, erpId: undefined, number: '123456' }, { ...context, settings })?.code).toBe(
      'erp_id_too_long',
    );
  });

  it('takes a profile', () => {
    const profile = {
      name: 'Tiny ERP',
      changeOrderId: { label: 'ID', maxLength: null, required: false },
      title: { maxLength: null },
      description: { target: 'Notes', maxLength: null, onOverflow: 'truncate' as const },
      amount: { integerDigits: 2, decimals: 0 },
    };
    const loose = {
      ...co,
      erpId: '',
      title: 'x'.repeat(99),
      lineItems: [{ ...co.lineItems[0]!, amount: '12' }],
    };
    expect(validate(loose, context, { profile })).toBeUndefined();
    expect(validate(loose, context)?.code).toBe('erp_id_missing');
    const line = { ...co.lineItems[0]!, amount: '123' };
    expect(validate({ ...loose, lineItems: [line] }, context, { profile })?.message).toBe(
      'Commitment line 501 sums to 123.00, with 3 integer digits; Tiny ERP allows 2.',
    );
  });
});
