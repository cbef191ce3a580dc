// The field each rule points at on the page (site/src/fields.ts): every rule has one, and it is
// the field a breaker changes to break the rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldOf, LINE_RULE_FIELDS, WHOLE_RULE_FIELDS } from '../../site/src/fields.js';
import { type JsonPath, locate } from '../../site/src/jsonPath.js';
import { builtInProfiles, type ErpProfile, rules, validateAll } from '../../src/index.js';
import { present } from '../../src/internal/blank.js';
import { breakersFor, sendableChangeOrderArb, sendingContextArb } from '../../src/testing/index.js';

function at(value: unknown, path: JsonPath): unknown {
  let v = value;
  for (const key of path)
    v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

/** Rules that compare the change order with the commitment, vendor links or taken IDs passed with it. */
const AGAINST_PASSED_DATA = new Set([
  'commitment_mismatch',
  'vendor_mismatch',
  'vendor_linked_elsewhere',
  'duplicate_erp_id',
]);

describe('fieldOf', () => {
  it('has a field for every rule, and names no rule that does not exist', () => {
    const codes = rules.map((r) => r.code).sort();
    expect([...Object.keys(WHOLE_RULE_FIELDS), ...Object.keys(LINE_RULE_FIELDS)].sort()).toEqual(codes);
  });

  describe.each(Object.entries(builtInProfiles) as [string, ErpProfile][])('under %s', (_, profile) => {
    it("points each breaker's violation at the field the breaker changed (or its parent, when it removed it)", () => {
      const options = { profile };
      fc.assert(
        fc.property(
          sendableChangeOrderArb(options),
          sendingContextArb(),
          fc.constantFrom(...Object.entries(breakersFor(profile))),
          (changeOrder, context, [code, breaker]) => {
            const sendable = { changeOrder, context };
            const broken = breaker!(sendable);
            const { commitment, vendorLinks, exportedErpIds } = broken;
            const [violation] = validateAll(broken.changeOrder, broken.context, {
              ...options,
              ...(commitment === undefined ? {} : { commitment }),
              ...(vendorLinks === undefined ? {} : { vendorLinks }),
              ...(exportedErpIds === undefined ? {} : { exportedErpIds }),
            });
            expect(violation?.code).toBe(code);
            const pointer = fieldOf(violation!, present(broken.changeOrder.erpId) !== undefined);
            const before = at(sendable[pointer.in], pointer.path);
            const after = at(broken[pointer.in], pointer.path);
            // A rule against the data passed beside the change order may break by a change of that
            // data only: the field is then the change order's side of the comparison.
            if (!AGAINST_PASSED_DATA.has(code))
              expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
            const found = locate(JSON.stringify(broken[pointer.in], null, 2), pointer.path);
            expect(found!.depth).toBeGreaterThanOrEqual(
              Math.max(1, pointer.path.length - (after === undefined ? 1 : 0)),
            );
          },
        ),
      );
    });
  });

  it('points a too long ID at the number when the setting supplies it', () => {
    expect(fieldOf({ code: 'erp_id_too_long', path: [] }, false)).toEqual({
      in: 'changeOrder',
      path: ['number'],
    });
    expect(fieldOf({ code: 'erp_id_too_long', path: [] }, true)).toEqual({
      in: 'changeOrder',
      path: ['erpId'],
    });
  });

  it('keeps the path of an issue that is not a rule, and of a line rule about the whole line', () => {
    expect(fieldOf({ code: 'unreadable_input', path: [] }, true)).toEqual({ in: 'changeOrder', path: [] });
    expect(fieldOf({ code: 'line_not_erp_coded', path: ['lineItems', 3] }, true)).toEqual({
      in: 'changeOrder',
      path: ['lineItems', 3],
    });
    expect(fieldOf({ code: 'invalid_created_at', path: ['createdAt'] }, true)).toEqual({
      in: 'changeOrder',
      path: ['createdAt'],
    });
  });
});
