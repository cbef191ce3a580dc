import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommitmentSchema } from '../../src/model/commitment.js';
import { VendorLinkSchema } from '../../src/model/vendorLink.js';
import { parseCommitment, parseVendorLink } from '../../src/parse.js';
import { commitmentArb, sendableChangeOrderArb, vendorLinkArb } from '../../src/testing/arbitraries.js';
import { aCommitment } from '../../src/testing/builders.js';
import { errors, value } from '../helpers/result.js';

const commitment = () => aCommitment().build();

describe('parseCommitment', () => {
  it('reads the builder’s commitment unchanged', () => {
    expect(value(parseCommitment(commitment()))).toEqual(commitment());
  });

  it('reports every problem at its path, with the codes of the change order model', () => {
    const input = {
      ...commitment(),
      kind: 'lease',
      vendorId: '',
      sov: [
        { ...commitment().sov[0], amount: '12,50' },
        { ...commitment().sov[1], quantity: '1e3' },
      ],
    };
    expect(errors(parseCommitment(input)).map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['kind']],
      ['too_small', ['vendorId']],
      ['invalid_amount', ['sov', 0, 'amount']],
      ['invalid_decimal', ['sov', 1, 'quantity']],
    ]);
    const [kind, , amount] = errors(parseCommitment(input));
    expect(kind!.message).toBe('kind must be one of "subcontract", "purchase_order"; got "lease".');
    expect(amount!.message).toBe('Amount "12,50" uses a comma; write the decimal point as "." (12.50).');
  });

  it('refuses an SOV that names one line id twice: a CCO line could not say which it modifies', () => {
    const [a, b] = commitment().sov;
    const r = parseCommitment({ ...commitment(), sov: [a, b, { ...b!, erpId: 'other' }] });
    expect(errors(r)).toEqual([
      {
        code: 'duplicate_line_item',
        path: ['sov', 2, 'id'],
        message:
          'sov[2] has the id of sov[1]; each line of a schedule of values has its own id, or a change order line could not say which it modifies.',
      },
    ]);
  });

  it('says what is missing', () => {
    expect(errors(parseCommitment({ id: '2' })).map((i) => [i.code, i.path])).toEqual([
      ['missing', ['kind']],
      ['missing', ['vendorId']],
      ['missing', ['sov']],
    ]);
  });
});

describe('parseVendorLink', () => {
  it('reads a link', () => {
    const link = { companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE', erpCode: 'ACME01' };
    expect(value(parseVendorLink(link))).toEqual(link);
  });

  it('refuses a blank vendor id: an origin_code without an origin_id is not a link', () => {
    expect(errors(parseVendorLink({ companyId: '47', erpVendorId: '  ', erp: 'Sage 300 CRE' }))).toEqual([
      {
        code: 'not_a_link',
        path: ['erpVendorId'],
        message:
          'erpVendorId is blank; a link needs the ERP vendor id (a vendor with an origin_code but no origin_id is not linked).',
      },
    ]);
  });

  it('needs the ERP the link belongs to', () => {
    expect(errors(parseVendorLink({ companyId: '47', erpVendorId: 'ACME' })).map((i) => i.path)).toEqual([
      ['erp'],
    ]);
  });
});

describe('properties', () => {
  it('parse(JSON round trip of any commitment) gives it back', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          commitmentArb(),
          sendableChangeOrderArb().chain((co) => commitmentArb({ changeOrder: co })),
        ),
        (c) => {
          const json = JSON.parse(JSON.stringify(c));
          expect(value(parseCommitment(json))).toEqual(json);
          expect(CommitmentSchema.safeParse(json).success).toBe(true);
        },
      ),
    );
  });

  it('parse(JSON round trip of any link) gives it back', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          vendorLinkArb(),
          sendableChangeOrderArb().chain((co) => vendorLinkArb({ changeOrder: co })),
        ),
        (l) => {
          expect(value(parseVendorLink(JSON.parse(JSON.stringify(l))))).toEqual(l);
          expect(VendorLinkSchema.safeParse(l).success).toBe(true);
        },
      ),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (input) => {
        expect(typeof parseCommitment(input).ok).toBe('boolean');
        expect(typeof parseVendorLink(input).ok).toBe('boolean');
      }),
    );
  });
});

describe('examples/commitments.json and examples/vendor-links.json', () => {
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

  it('hold aCommitment() and the links of its vendor, into Sage 300 CRE and QuickBooks', () => {
    const [commitment, ...rest] = read('commitments.json') as unknown[];
    expect(rest).toEqual([]);
    expect(value(parseCommitment(commitment))).toEqual(aCommitment().build());
    const links = (read('vendor-links.json') as unknown[]).map((l) => value(parseVendorLink(l)));
    expect(links.map((l) => [l.companyId, l.erp])).toEqual([
      ['47', 'Sage 300 CRE'],
      ['47', 'QuickBooks Desktop'],
    ]);
  });
});
