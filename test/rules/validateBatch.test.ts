import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import { validateAll } from '../../src/rules/validate.js';
import { BatchChecker, validateBatch } from '../../src/rules/validateBatch.js';
import {
  commitmentArb,
  sendableChangeOrderArb,
  sendingContextArb,
  vendorLinkArb,
} from '../../src/testing/arbitraries.js';
import { aChangeOrder, aCommitment, anExportContext } from '../../src/testing/builders.js';
import { value } from '../helpers/result.js';

const context = anExportContext().build();
const co = (id: string, erpId: string, commitmentId = '2') =>
  aChangeOrder().withId(id).withErpId(erpId).withCommitment({ id: commitmentId }).build();
const codes = (results: Iterable<{ code: string }[]>) => [...results].map((r) => r.map((v) => v.code));

describe('validateBatch', () => {
  it('reports the later of two change orders of one commitment with one ERP ID, naming the earlier', () => {
    const results = [
      ...validateBatch([co('1', 'CO7'), co('2', 'CO8'), co('3', 'CO7'), co('4', 'CO7', '5')], context),
    ];
    expect(results.map((r) => r.map((v) => v.code))).toEqual([[], [], ['duplicate_erp_id'], []]);
    expect(results[2]![0]!.message).toBe(
      'CCO ID "CO7" is already taken on commitment "SC-001" by change order "1", earlier in the batch; Sage 300 CRE takes a change order ID once per commitment. Type another.',
    );
  });

  it('knows the ids already exported, per commitment', () => {
    const exported = { '2': ['CO7'], '5': ['CO9'] };
    expect(
      codes(validateBatch([co('1', 'CO7'), co('2', 'CO7', '5')], context, { exportedErpIds: exported })),
    ).toEqual([['duplicate_erp_id'], []]);
  });

  it('compares effective ids: a number the setting supplies takes an ID too', () => {
    const byNumber = anExportContext().withSettings({ useChangeOrderNumberAsErpId: true }).build();
    const a = aChangeOrder().withId('1').withoutErpId().withNumber('7').build();
    const b = aChangeOrder().withId('2').withErpId('7').build();
    expect(codes(validateBatch([a, b], byNumber))).toEqual([[], ['duplicate_erp_id']]);
  });

  it('checks each change order against its own commitment, found by id, and the links', () => {
    const other = aChangeOrder().withId('2').withCommitment({ id: '3' }).build();
    const results = validateBatch([co('1', 'CO7'), other], context, {
      commitments: [aCommitment().withLine('501', { erpId: undefined }).build()],
      vendorLinks: [{ companyId: '47', erpVendorId: 'ACME', erp: 'QuickBooks Desktop' }],
    });
    expect(codes(results)).toEqual([
      ['vendor_linked_elsewhere', 'commitment_line_not_synced'],
      ['vendor_linked_elsewhere'],
    ]);
  });

  it('is lazy: nothing is read before the results are', () => {
    let read = 0;
    function* source() {
      read++;
      yield co('1', 'CO7');
    }
    const results = validateBatch(source(), context);
    expect(read).toBe(0);
    expect([...results]).toEqual([[]]);
    expect(read).toBe(1);
  });

  it('never holds a change order once its result is out: memory grows with (commitment, ERP ID) pairs only', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const refs: WeakRef<ChangeOrder>[] = [];
    function* source() {
      for (let i = 0; i < 200; i++) {
        const c = co(String(i), `C${i % 10}`, String(i % 3));
        refs.push(new WeakRef(c));
        yield c;
      }
    }
    const results = validateBatch(source(), context);
    let duplicates = 0;
    for (let i = 0; i < 199; i++) duplicates += results.next().value?.length ?? 0;
    // 3 commitments and 10 ids: 30 pairs, the other 169 change orders reuse one.
    expect(duplicates).toBe(199 - 30);
    // WeakRefs made in this turn stay alive until it ends: collect after it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    const alive = refs.slice(0, 198).filter((r) => r.deref() !== undefined).length;
    expect(alive).toBe(0);
    expect(results.next().value).toEqual(
      ['duplicate_erp_id'].map((code) => expect.objectContaining({ code })),
    );
  });

  it('never throws: an iterable that throws ends with unreadable_input; options that cannot be read refuse each', () => {
    function* breaks() {
      yield co('1', 'CO7');
      throw new Error('disk gone');
    }
    expect(codes(validateBatch(breaks(), context))).toEqual([[], ['unreadable_input']]);
    expect(codes(validateBatch(42 as unknown as ChangeOrder[], context))).toEqual([['unreadable_input']]);
    // A string is iterable by characters: not one result per character.
    expect(codes(validateBatch('x'.repeat(1000) as unknown as ChangeOrder[], context))).toEqual([
      ['unreadable_input'],
    ]);
    const hostile = { commitments: [{ ...aCommitment().build(), sov: 'no' as never }] };
    expect(codes(validateBatch([co('1', 'CO7'), co('2', 'CO8')], context, hostile))).toEqual([
      ['unreadable_input'],
      ['unreadable_input'],
    ]);
    expect(codes(validateBatch([{} as ChangeOrder, co('2', 'CO8')], context))).toEqual([
      ['unreadable_input'],
      [],
    ]);
  });

  it('BatchChecker.export: the export of each, with the batch rule', () => {
    const batch = new BatchChecker(context, { commitments: [aCommitment().build()] });
    const first = value(batch.export(co('1', 'CO7')));
    expect(first.commitmentErpId).toBe('1e32af04');
    const second = batch.export(co('2', 'CO7'));
    expect(!second.ok && second.error.map((v) => v.code)).toEqual(['duplicate_erp_id']);
    expect(!second.ok && second.error[0]!.message).toContain('by change order "1", earlier in the batch');
  });

  it("BatchChecker: a change order's own commitment (carried by its payload) replaces the batch's; the ids stay shared", () => {
    const batch = new BatchChecker(context, { commitments: [aCommitment().build()] });
    const unsynced = aCommitment().withLine('501', { erpId: undefined }).build();
    expect(batch.check(co('1', 'CO7'), { commitment: unsynced }).map((v) => v.code)).toEqual([
      'commitment_line_not_synced',
    ]);
    const second = batch.export(co('2', 'CO7'), { commitment: unsynced });
    expect(!second.ok && second.error.map((v) => v.code)).toEqual([
      'duplicate_erp_id',
      'commitment_line_not_synced',
    ]);
    expect(value(batch.export(co('3', 'CO9'))).commitmentErpId).toBe('1e32af04');
  });
});

describe('properties', () => {
  it('equals validateAll per change order when no cross-change-order rule fires', () => {
    const batchArb = fc
      .array(sendableChangeOrderArb({ maxLines: 4, maxDescription: 200 }), { maxLength: 6 })
      .map((cos) => cos.map((c, k) => ({ ...c, id: `co-${k}`, erpId: `E${k}` })))
      .chain((cos) =>
        fc.tuple(
          fc.constant(cos),
          fc.tuple(...cos.map((c) => fc.option(commitmentArb({ changeOrder: c }), { nil: undefined }))),
          fc.array(vendorLinkArb(), { maxLength: 4 }),
        ),
      );
    fc.assert(
      fc.property(batchArb, sendingContextArb(), ([cos, commitments, links], x) => {
        // One commitment per id: the first given.
        const given = commitments.filter((c) => c !== undefined);
        const byId = new Map(given.map((c) => [c.id, c] as const).reverse());
        const results = [...validateBatch(cos, x, { commitments: given, vendorLinks: links })];
        expect(results).toHaveLength(cos.length);
        cos.forEach((c, k) => {
          expect(results[k]).toEqual(
            validateAll(c, x, { commitment: byId.get(c.commitment.id), vendorLinks: links }),
          );
        });
      }),
    );
  });

  it('a duplicate_erp_id exactly where an earlier change order of the commitment (or an export) took the ID', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('A', 'B'), fc.constantFrom('X1', 'X2', 'X3')), { maxLength: 12 }),
        fc.array(fc.constantFrom('X1', 'X2', 'X3'), { maxLength: 2 }),
        (pairs, exported) => {
          const cos = pairs.map(([commitment, id], k) => co(String(k), id, commitment));
          const results = codes(validateBatch(cos, context, { exportedErpIds: { A: exported } }));
          const seen = new Set(exported.map((id) => `A ${id}`));
          pairs.forEach(([commitment, id], k) => {
            const key = `${commitment} ${id}`;
            expect(results[k]).toEqual(seen.has(key) ? ['duplicate_erp_id'] : []);
            seen.add(key);
          });
        },
      ),
    );
  });
});
