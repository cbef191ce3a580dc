// Regressions of issue 12, one per defect it lists: each passed (or was dropped) before the
// commitment and the vendor links were models. Written against the public entry points and plain
// objects only, so that each runs, and fails, on the code before the fix.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { exportChangeOrder, fromProcoreErpEvent, validateAll } from '../../src/index.js';
import { aChangeOrder, aLineItem, anExportContext } from '../../src/testing/builders.js';
import { value } from '../helpers/result.js';
import { CCO_EVENT, loadReference } from '../procore/helpers/reference.js';

const context = anExportContext().build();
const co = () => aChangeOrder().build();
const codes = (options: object, c = co()) => validateAll(c, context, options as never).map((v) => v.code);

/** aChangeOrder()'s commitment, its two lines synced and coded like the change order's lines. */
const commitment = () => ({
  id: '2',
  erpId: '1e32af04',
  number: 'SC-001',
  kind: 'subcontract',
  vendorId: '47',
  sov: [
    {
      id: '501',
      erpId: 'SC-001-1',
      description: 'Rebar material',
      costCode: { code: '03-200', erpId: '03-200' },
      category: { code: 'M', erpId: 'M' },
      amount: '25000.00',
    },
    {
      id: '502',
      erpId: 'SC-001-2',
      description: 'Placing labor',
      costCode: { code: '03-200', erpId: '03-200' },
      category: { code: 'L', erpId: 'L' },
      amount: '8000.00',
    },
  ],
});

describe('issue 12: what passed before', () => {
  it('a CCO line on a commitment line that does not exist', () => {
    const c = aChangeOrder().addLine(aLineItem().onCommitmentLine('777')).build();
    expect(codes({ commitment: commitment() }, c)).toEqual(['commitment_line_not_found']);
  });

  it('a CCO line on a commitment line never synced to the ERP', () => {
    const k = commitment();
    delete (k.sov[1] as { erpId?: string }).erpId;
    expect(codes({ commitment: k })).toEqual(['commitment_line_not_synced']);
  });

  it('a CCO line whose cost code differs from the commitment line it modifies', () => {
    const k = commitment();
    k.sov[0]!.costCode = { code: '03-300', erpId: '03-300' };
    expect(codes({ commitment: k })).toEqual(['line_coding_mismatch']);
  });

  it('a contract company that is not the commitment’s vendor', () => {
    expect(codes({ commitment: { ...commitment(), vendorId: '48' } })).toEqual(['vendor_mismatch']);
  });

  it('a vendor linked into another ERP (Procore’s reference id is a QuickBooks id) under Sage 300 CRE', () => {
    const vendorLinks = [{ companyId: '47', erpVendorId: '800000CD-1389650341', erp: 'QuickBooks Desktop' }];
    expect(codes({ vendorLinks })).toEqual(['vendor_linked_elsewhere']);
  });

  it('two CCOs of one commitment with one ERP ID', () => {
    const validateBatch = (api as Record<string, unknown>).validateBatch as
      | typeof api.validateBatch
      | undefined;
    expect(typeof validateBatch).toBe('function');
    const results = [...(validateBatch?.([co(), { ...co(), id: '9002' }], context) ?? [])];
    expect(results.map((r) => r.map((v) => v.code))).toEqual([[], ['duplicate_erp_id']]);
    expect(codes({ exportedErpIds: ['CO007'] })).toEqual(['duplicate_erp_id']);
  });

  it('Procore’s export event carries the commitment and its SOV, and the adapter kept them', () => {
    const r = value(fromProcoreErpEvent(loadReference(CCO_EVENT)));
    expect((r as { commitment?: { sov: { id: string }[] } }).commitment?.sov.map((l) => l.id)).toEqual([
      '177',
    ]);
  });

  it('exported lines carry the ERP keys, not only Procore’s line id', () => {
    const e = value(exportChangeOrder(co(), context, { commitment: commitment() } as never));
    expect((e as { commitmentErpId?: string }).commitmentErpId).toBe('1e32af04');
    expect(e.lines.map((l) => (l as { commitmentLineErpId?: string }).commitmentLineErpId)).toEqual([
      'SC-001-1',
      'SC-001-2',
    ]);
  });
});
