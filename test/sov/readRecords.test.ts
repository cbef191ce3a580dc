import { describe, expect, it } from 'vitest';
import { readCommitmentRecords, readVendorLinkRecords } from '../../src/sov/readRecords.js';
import { aCommitment } from '../../src/testing/builders.js';
import { errors, value } from '../helpers/result.js';
import { COMMITMENT_EVENT, loadCreateVendorEvent, loadReference } from '../procore/helpers/reference.js';

const link = { companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' };

describe('readCommitmentRecords', () => {
  it('reads every record, in our model or as Procore events', () => {
    const model = [
      { line: 1, value: aCommitment().build() },
      { line: 2, value: aCommitment().withId('3').build() },
    ];
    expect(value(readCommitmentRecords(model, { from: 'model' })).map((c) => c.id)).toEqual(['2', '3']);
    const events = [{ line: 4, value: loadReference(COMMITMENT_EVENT) }];
    expect(value(readCommitmentRecords(events, { from: 'procore-event' })).map((c) => c.id)).toEqual(['41']);
  });

  it('names the line of every record it cannot read, and of a commitment given twice', () => {
    const records = [
      { line: 1, value: aCommitment().build() },
      { line: 2, value: { ...aCommitment().build(), kind: 'lease' } },
      { line: 7, value: aCommitment().build() },
    ];
    expect(errors(readCommitmentRecords(records, { from: 'model' }))).toEqual([
      {
        line: 2,
        code: 'invalid_value',
        path: ['kind'],
        message: 'Line 2: kind must be one of "subcontract", "purchase_order"; got "lease".',
      },
      {
        line: 7,
        code: 'duplicate_commitment',
        path: ['id'],
        message: 'Line 7: commitment "2" is also on line 1; give each commitment once.',
      },
    ]);
  });
});

describe('readVendorLinkRecords', () => {
  it('reads links, in our model or from Procore events into the profile’s ERP; a repeat is kept once', () => {
    expect(
      value(
        readVendorLinkRecords(
          [
            { line: 1, value: link },
            { line: 2, value: link },
          ],
          { from: 'model' },
        ),
      ),
    ).toEqual([link]);
    const event = { request_name: 'link_vendor', request_data: { vendor: { id: 47, origin_id: 'ACME' } } };
    expect(value(readVendorLinkRecords([{ line: 1, value: event }], { from: 'procore-event' }))).toEqual([
      link,
    ]);
  });

  it('names the line of a vendor event that is no link, and of a link that contradicts another', () => {
    const records = [
      { line: 1, value: link },
      { line: 2, value: loadCreateVendorEvent() },
      {
        line: 3,
        value: { request_name: 'link_vendor', request_data: { vendor: { id: 47, origin_id: 'ACME-2' } } },
      },
    ];
    const found = errors(readVendorLinkRecords(records, { from: 'procore-event' }));
    expect(found.map((i) => [i.line, i.code])).toEqual([
      [1, 'missing'], // a link of our model is no Procore event: it has no vendor
      [2, 'not_a_link'],
    ]);
    const model = errors(
      readVendorLinkRecords(
        [
          { line: 1, value: link },
          { line: 5, value: { ...link, erpVendorId: 'ACME-2' } },
        ],
        {
          from: 'model',
        },
      ),
    );
    expect(model).toEqual([
      {
        line: 5,
        code: 'conflicting_vendor_link',
        path: ['erpVendorId'],
        message:
          'Line 5: company "47" is linked to "Sage 300 CRE" vendor "ACME-2" here but to "ACME" on line 1; keep the right one.',
      },
    ]);
  });
});
