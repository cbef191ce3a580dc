import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportChangeOrder } from '../../src/export/exportChangeOrder.js';
import type { ErpExport } from '../../src/export/types.js';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import type { VendorLink } from '../../src/model/vendorLink.js';
import { builtInProfiles } from '../../src/profiles/builtInProfiles.js';
import { validate, validateAll } from '../../src/rules/validate.js';
import {
  changeOrderArb,
  commitmentArb,
  exportContextArb,
  sendableChangeOrderArb,
  sendingContextArb,
  vendorLinkArb,
} from '../../src/testing/arbitraries.js';
import { aChangeOrder, aCommitment, aLineItem, anExportContext } from '../../src/testing/builders.js';
import { value } from '../helpers/result.js';
import { RULES_NEEDING_DATA } from '../helpers/rulesNeedingData.js';

const context = anExportContext().build();
const co = () => aChangeOrder().build();
const commitment = () => aCommitment().build();
const codes = (c: ChangeOrder, options: Parameters<typeof validateAll>[2]) =>
  validateAll(c, context, options).map((v) => v.code);

/** The codes that need data besides the change order: they never appear without it. */
const NEW_CODES = RULES_NEEDING_DATA;

const SAGE_LINK: VendorLink = { companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' };
/** Procore's reference vendor id: a QuickBooks id. */
const QUICKBOOKS_LINK: VendorLink = {
  companyId: '47',
  erpVendorId: '800000CD-1389650341',
  erp: 'QuickBooks Desktop',
};

describe('against its own commitment', () => {
  it('the builders’ change order passes against the builders’ commitment', () => {
    expect(validateAll(co(), context, { commitment: commitment() })).toEqual([]);
  });

  it('commitment_mismatch: another commitment, named by its number', () => {
    expect(validate(co(), context, { commitment: aCommitment().withId('3').build() })).toEqual({
      code: 'commitment_mismatch',
      path: ['commitment', 'id'],
      message:
        'The change order is on commitment "2", but the commitment given is "3" ("SC-001"); pass the change order\'s own commitment.',
    });
  });

  it('commitment_mismatch names the commitment by its id alone when it has no number', () => {
    const { number: _, ...unnumbered } = aCommitment().withId('3').build();
    expect(validate(co(), context, { commitment: unnumbered })?.message).toBe(
      'The change order is on commitment "2", but the commitment given is "3"; pass the change order\'s own commitment.',
    );
  });

  it('commitment_mismatch hides the rules that read the SOV and the vendor', () => {
    const other = aCommitment().withId('3').withVendorId('99').withSov().build();
    expect(codes(co(), { commitment: other })).toEqual(['commitment_mismatch']);
  });

  it('commitment_not_synced: the commitment passed has no ERP key', () => {
    expect(validate(co(), context, { commitment: aCommitment().withoutErpId().build() })).toEqual({
      code: 'commitment_not_synced',
      path: [],
      message:
        'Commitment "SC-001" as given has no Sage 300 CRE key (erpId), though the change order names it "SC-001"; pass the commitment as synced, with its erpId.',
    });
  });

  it('commitment_line_not_found: a line on a commitment line the SOV does not have', () => {
    const c = aChangeOrder().addLine(aLineItem().onCommitmentLine('777').withDescription('Extra')).build();
    expect(validateAll(c, context, { commitment: commitment() })).toEqual([
      {
        code: 'commitment_line_not_found',
        path: ['lineItems', 2, 'commitmentLineItemId'],
        message:
          'Line 3 ("Extra") modifies commitment line "777", which is not in the schedule of values of commitment "SC-001" (2 lines); point the line at one of them, or pass the commitment\'s current schedule of values.',
      },
    ]);
  });

  it('commitment_line_not_synced: the SOV line has no ERP key (staged records key CCO lines by it)', () => {
    const unsynced = aCommitment().withLine('502', { erpId: undefined }).build();
    expect(validateAll(co(), context, { commitment: unsynced })).toEqual([
      {
        code: 'commitment_line_not_synced',
        path: ['lineItems', 1],
        message:
          'Line 2 ("Placing labor") modifies commitment line "502" ("Placing labor"), which is not synced with Sage 300 CRE (it has no ERP key); sync the commitment\'s schedule of values first.',
      },
    ]);
    // A blank key is no key.
    expect(codes(co(), { commitment: aCommitment().withLine('502', { erpId: ' ' }).build() })).toEqual([
      'commitment_line_not_synced',
    ]);
  });

  it('line_coding_mismatch: the cost code, then the category, of the SOV line', () => {
    const recoded = aCommitment()
      .withLine('501', { costCode: { code: '03-300', erpId: '03-300' } })
      .build();
    expect(validateAll(co(), context, { commitment: recoded })).toEqual([
      {
        code: 'line_coding_mismatch',
        path: ['lineItems', 0],
        message:
          'Line 1 ("Rebar material") has cost code "03-200" but commitment line "501" has "03-300"; a change order line keeps the coding of the commitment line it modifies. Recode the line.',
      },
    ]);
    const otherKey = aCommitment()
      .withLine('502', { category: { code: 'L', erpId: 'LABOR' } })
      .build();
    expect(validate(co(), context, { commitment: otherKey })?.message).toBe(
      'Line 2 ("Placing labor") has category "L" (ERP id "L") but commitment line "502" has "L" (ERP id "LABOR"); a change order line keeps the coding of the commitment line it modifies. Recode the line.',
    );
  });

  it('line_coding_mismatch: a code the SOV line leaves out constrains nothing; one the CCO line lacks is line_not_erp_coded', () => {
    const uncoded = aCommitment().withLine('501', { costCode: undefined, category: undefined }).build();
    expect(codes(co(), { commitment: uncoded })).toEqual([]);
    const noKey = aCommitment()
      .withLine('501', { costCode: { code: '03-200' } })
      .build();
    expect(codes(co(), { commitment: noKey })).toEqual([]);
    const lineWithoutCategory = aChangeOrder()
      .withLineItems(aLineItem().withoutCategory(), aLineItem().onCommitmentLine('502').withCategory('L'))
      .build();
    expect(codes(lineWithoutCategory, { commitment: commitment() })).toEqual(['line_not_erp_coded']);
  });

  it('line_coding_mismatch judges the line exported for a commitment line (its first); the others are conflicting_line_coding', () => {
    const second = aLineItem().withDescription('More rebar').withCostCode('03-300');
    const c = aChangeOrder().addLine(second).build();
    expect(codes(c, { commitment: commitment() })).toEqual(['conflicting_line_coding']);
    const firstDiffers = aChangeOrder()
      .withLineItems(aLineItem().withCostCode('03-300'), aLineItem().withDescription('More rebar'))
      .build();
    expect(
      validateAll(firstDiffers, context, { commitment: commitment() }).map((v) => [v.code, v.path]),
    ).toEqual([
      ['line_coding_mismatch', ['lineItems', 0]],
      ['conflicting_line_coding', ['lineItems', 1]],
    ]);
  });

  it('vendor_mismatch: the contract company is not the commitment’s vendor', () => {
    expect(validate(co(), context, { commitment: aCommitment().withVendorId('48').build() })).toEqual({
      code: 'vendor_mismatch',
      path: ['contractCompany', 'id'],
      message:
        'Contract company "Acme Rebar Inc." (id "47") is not the vendor of commitment "SC-001" (company "48"); a change order\'s contract company is its commitment\'s vendor.',
    });
  });

  it('names the commitment by its id when it has no number', () => {
    const { number: _, ...plain } = aCommitment().withVendorId('48').build();
    expect(validate(co(), context, { commitment: plain })?.message).toContain(
      'commitment "2" (company "48")',
    );
  });
});

describe('vendor links', () => {
  it('the link into the profile’s ERP decides, not the company’s own erpVendorId', () => {
    const unlinked = aChangeOrder().withUnlinkedVendor().build();
    expect(validateAll(unlinked, context, { vendorLinks: [SAGE_LINK] })).toEqual([]);
    expect(value(exportChangeOrder(unlinked, context, { vendorLinks: [SAGE_LINK] })).vendorId).toBe('ACME');
    const other = { ...SAGE_LINK, erpVendorId: 'ACME-2' };
    expect(value(exportChangeOrder(co(), context, { vendorLinks: [other] })).vendorId).toBe('ACME-2');
  });

  it('vendor_not_linked: no link at all, though the company carries an erpVendorId', () => {
    expect(validate(co(), context, { vendorLinks: [{ ...SAGE_LINK, companyId: '48' }] })).toEqual({
      code: 'vendor_not_linked',
      path: [],
      message:
        'Contract company "Acme Rebar Inc." (id "47") has no link to a Sage 300 CRE vendor among the vendor links; link the company to a vendor first.',
    });
  });

  it('vendor_linked_elsewhere: Procore’s reference vendor is a QuickBooks vendor, not a Sage one', () => {
    expect(validate(co(), context, { vendorLinks: [QUICKBOOKS_LINK] })).toEqual({
      code: 'vendor_linked_elsewhere',
      path: [],
      message:
        'Contract company "Acme Rebar Inc." is linked only to vendors of other ERPs ("QuickBooks Desktop" vendor "800000CD-1389650341"), not to a Sage 300 CRE vendor; link the company to a Sage 300 CRE vendor.',
    });
    // Under QuickBooks Desktop's profile the same link is the vendor.
    const profile = builtInProfiles.quickBooksDesktop;
    const r = exportChangeOrder(co(), context, { profile, vendorLinks: [QUICKBOOKS_LINK] });
    expect(value(r).vendorId).toBe('800000CD-1389650341');
  });

  it('names at most three other ERPs', () => {
    const erps = ['A', 'B', 'C', 'D', 'E'].map((erp) => ({ ...QUICKBOOKS_LINK, erp }));
    expect(validate(co(), context, { vendorLinks: erps })?.message).toContain(
      '("A" vendor "800000CD-1389650341", "B" vendor "800000CD-1389650341", "C" vendor "800000CD-1389650341" and 2 more)',
    );
  });

  it('a link with a blank vendor id (a literal never parsed) links nothing', () => {
    expect(codes(co(), { vendorLinks: [{ ...SAGE_LINK, erpVendorId: ' ' }] })).toEqual(['vendor_not_linked']);
  });

  it('the link of the same company into the profile’s ERP wins over links elsewhere, in any order', () => {
    expect(codes(co(), { vendorLinks: [QUICKBOOKS_LINK, SAGE_LINK] })).toEqual([]);
    expect(codes(co(), { vendorLinks: [SAGE_LINK, QUICKBOOKS_LINK] })).toEqual([]);
  });
});

describe('duplicate_erp_id with the ids already exported', () => {
  it('refuses an ID already exported to the commitment', () => {
    expect(validate(co(), context, { exportedErpIds: ['CO006', 'CO007'] })).toEqual({
      code: 'duplicate_erp_id',
      path: [],
      message:
        'CCO ID "CO007" is already taken on commitment "SC-001" by a change order already exported; Sage 300 CRE takes a change order ID once per commitment. Type another.',
    });
    expect(validate(co(), context, { exportedErpIds: ['CO006', ' '] })).toBeUndefined();
  });

  it('compares the effective ID: the number, when the setting supplies it', () => {
    const byNumber = anExportContext().withSettings({ useChangeOrderNumberAsErpId: true }).build();
    const c = aChangeOrder().withoutErpId().withNumber('42').build();
    expect(validate(c, byNumber, { exportedErpIds: ['42'] })?.code).toBe('duplicate_erp_id');
    expect(validate(c, context, { exportedErpIds: ['42'] })?.code).toBe('erp_id_missing');
  });
});

/** The export without the keys only a commitment adds. */
function withoutCommitmentKeys(e: ErpExport): ErpExport {
  const { commitmentErpId: _, ...rest } = e;
  return { ...rest, lines: rest.lines.map(({ commitmentLineErpId: __, ...line }) => line) };
}

describe('the export against the commitment', () => {
  it('carries commitmentErpId beside commitmentId, and each line’s commitmentLineErpId after its commitment line', () => {
    const e = value(exportChangeOrder(co(), context, { commitment: commitment() }));
    expect(Object.keys(e)).toEqual([
      'commitmentId',
      'commitmentErpId',
      'changeOrderId',
      'date',
      'title',
      'description',
      'vendorId',
      'lines',
      'total',
      'notices',
    ]);
    expect([e.commitmentId, e.commitmentErpId]).toEqual(['SC-001', '1e32af04']);
    expect(e.lines.map((l) => [l.commitmentLineItemId, l.commitmentLineErpId])).toEqual([
      ['501', 'SC-001-1'],
      ['502', 'SC-001-2'],
    ]);
    expect(Object.keys(e.lines[0]!).slice(0, 3)).toEqual([
      'commitmentLineItemId',
      'commitmentLineErpId',
      'lineItemIds',
    ]);
  });

  it('refuses what the commitment rules refuse', () => {
    const r = exportChangeOrder(co(), context, {
      commitment: aCommitment().withLine('501', { erpId: undefined }).build(),
    });
    expect(!r.ok && r.error.map((v) => v.code)).toEqual(['commitment_line_not_synced']);
  });
});

describe('properties', () => {
  it('without a commitment, links or exported ids, no rule that needs them ever fires, and no key they add appears', () => {
    fc.assert(
      fc.property(changeOrderArb(), exportContextArb(), (c, x) => {
        const all = validateAll(c, x);
        for (const v of all) expect(NEW_CODES).not.toContain(v.code);
        expect(
          validateAll(c, x, { commitment: undefined, vendorLinks: undefined, exportedErpIds: undefined }),
        ).toEqual(all);
        const e = exportChangeOrder(c, x);
        if (e.ok) {
          expect('commitmentErpId' in e.value).toBe(false);
          for (const line of e.value.lines) expect('commitmentLineErpId' in line).toBe(false);
        }
      }),
    );
  });

  it('with its own commitment and its company’s link, the export is the one without them plus the commitment’s keys', () => {
    const profiles = Object.values(builtInProfiles);
    fc.assert(
      fc.property(
        fc
          .constantFrom(...profiles)
          .chain((profile) =>
            sendableChangeOrderArb({ profile, maxLines: 6 }).chain((c) =>
              fc.tuple(
                fc.constant(profile),
                fc.constant(c),
                commitmentArb({ changeOrder: c }),
                vendorLinkArb({ changeOrder: c, profile }),
              ),
            ),
          ),
        sendingContextArb(),
        ([profile, c, own, link], x) => {
          const plain = value(exportChangeOrder(c, x, { profile }));
          const full = value(exportChangeOrder(c, x, { profile, commitment: own, vendorLinks: [link] }));
          expect(JSON.stringify(withoutCommitmentKeys(full))).toBe(JSON.stringify(plain));
          expect(full.commitmentErpId).toBe(own.erpId);
          for (const line of full.lines) {
            expect(line.commitmentLineErpId).toBe(
              own.sov.find((l) => l.id === line.commitmentLineItemId)?.erpId,
            );
          }
        },
      ),
    );
  });

  it('a change order checked against any commitment: never throws, and validate is validateAll()[0]', () => {
    fc.assert(
      fc.property(
        changeOrderArb(),
        exportContextArb(),
        commitmentArb(),
        fc.array(vendorLinkArb()),
        (c, x, k, links) => {
          const options = { commitment: { ...k, id: c.commitment.id }, vendorLinks: links };
          expect(validate(c, x, options)).toEqual(validateAll(c, x, options)[0]);
        },
      ),
    );
  });
});
