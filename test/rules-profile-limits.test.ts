import { describe, expect, it } from 'vitest';
import { exportChangeOrder } from '../src/export/exportChangeOrder.js';
import type { ErpProfile } from '../src/profiles/ErpProfile.js';
import { sage300Cre } from '../src/profiles/sage300Cre.js';
import { validate, validateAll } from '../src/rules/validate.js';
import { aChangeOrder, anExportContext } from '../src/testing/builders.js';

// The rules and the mapper read every limit from the profile; Sage 300 CRE is only the default.
// These pin the branches a Sage-only suite cannot reach: no limit (`null`), an optional id, and
// another ERP's name and labels in the messages.

const unlimited: ErpProfile = {
  ...sage300Cre,
  name: 'Ledger X',
  changeOrderId: { ...sage300Cre.changeOrderId, label: 'Change ID', maxLength: null, required: false },
  title: { maxLength: null },
  description: { ...sage300Cre.description, target: 'Notes', maxLength: null },
  amount: { ...sage300Cre.amount, integerDigits: 12, decimals: 4 },
};
const strict: ErpProfile = {
  ...sage300Cre,
  name: 'Ledger Y',
  changeOrderId: { ...sage300Cre.changeOrderId, label: 'Ref', maxLength: 3 },
  title: { maxLength: 4 },
  description: { ...sage300Cre.description, target: 'Memo', maxLength: 5 },
  amount: { ...sage300Cre.amount, integerDigits: 3, decimals: 0 },
};
const context = anExportContext().build();
const codes = (co = aChangeOrder(), profile: ErpProfile = sage300Cre) =>
  validateAll(co.build(), context, { profile }).map((v) => v.code);

describe('rules under another ERP profile', () => {
  it('no limit means no length rule, however long the id, title and description', () => {
    const long = aChangeOrder()
      .withErpId('x'.repeat(500))
      .withTitle('t'.repeat(500))
      .withDescription('d'.repeat(5000));
    expect(codes(long, unlimited)).toEqual([]);
    const r = exportChangeOrder(long.build(), context, { profile: unlimited });
    expect(r.ok && r.value.description).toBe('d'.repeat(5000));
    expect(r.ok && r.value.notices).toEqual([]);
  });

  it('an optional id may be missing', () => {
    expect(codes(aChangeOrder().withoutErpId(), unlimited)).toEqual([]);
    expect(codes(aChangeOrder().withoutErpId(), sage300Cre)).toEqual(['erp_id_missing']);
  });

  it('a missing id without a length limit is named without one', () => {
    const required = { ...unlimited, changeOrderId: { ...unlimited.changeOrderId, required: true } };
    expect(validate(aChangeOrder().withoutErpId().build(), context, { profile: required })?.message).toBe(
      'The Ledger X Change ID is empty; type one, or use the change order number as the Change ID.',
    );
  });

  it('messages carry the profile’s name, labels and limits', () => {
    const co = aChangeOrder().withErpId('ABCD').withTitle('Titles').build();
    expect(validateAll(co, context, { profile: strict }).map((v) => v.message)).toEqual([
      'Ref "ABCD" is 4 characters; Ledger Y allows 3.',
      'Title is 6 characters; Ledger Y allows 4.',
      'Commitment line "501" sums to 1250.50, with 1 decimal places; Ledger Y allows 0. Round the line amounts.',
      'Commitment line "501" sums to 1250.50, with 4 integer digits; Ledger Y allows 3.',
    ]);
    const unsynced = anExportContext().withUnsyncedProject().build();
    expect(validate(co, unsynced, { profile: strict })?.message).toBe(
      "The project's ERP data has not been synced with Ledger Y; sync the project first.",
    );
  });

  it('the export cuts the description at the profile’s limit and names its target', () => {
    const co = aChangeOrder().withErpId('A').withTitle('T').withDescription('abcdefgh').build();
    const relaxed = { ...strict, amount: sage300Cre.amount };
    const r = exportChangeOrder(co, context, { profile: relaxed });
    expect(r.ok && r.value.description).toBe('abcde');
    expect(r.ok && r.value.notices.find((n) => n.code === 'description_truncated')).toEqual({
      code: 'description_truncated',
      message:
        "The description is 8 characters; Ledger Y's Memo holds 5, so the first 5 are exported. The whole description stays in Procore.",
      originalLength: 8,
      exportedLength: 5,
    });
  });
});
