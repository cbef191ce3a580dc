import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommitment } from '../../src/parse.js';
import { fromProcoreCommitment } from '../../src/procore/fromProcoreCommitment.js';
import { fromProcoreErpEvent } from '../../src/procore/fromProcoreErpEvent.js';
import { fromProcoreVendorEvent } from '../../src/procore/fromProcoreVendorEvent.js';
import { builtInProfiles } from '../../src/profiles/builtInProfiles.js';
import { validateAll } from '../../src/rules/validate.js';
import { anExportContext } from '../../src/testing/builders.js';
import { errors, value } from '../helpers/result.js';
import { referenceCoding } from './helpers/expected.js';
import { CCO_EVENT, COMMITMENT_EVENT, loadCreateVendorEvent, loadReference } from './helpers/reference.js';
import { v1Commitment } from './helpers/restFixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: the reference events are changed field by field below.
type Loose = any;

const commitmentEvent = (): Loose => loadReference(COMMITMENT_EVENT);
const ccoEvent = (): Loose => loadReference(CCO_EVENT);
const linkEvent = (): Loose => loadReference('erp-event-link_vendor.jsonc');

/** The reference commitment's one line, in our model. */
const LINE_177 = {
  id: '177',
  position: 1,
  description: 'Line Item 1',
  ...referenceCoding,
  amount: '250.0',
};

describe('fromProcoreCommitment: the create_commitment event', () => {
  it('reads the documented event field by field', () => {
    expect(value(fromProcoreCommitment(commitmentEvent()))).toStrictEqual({
      id: '41',
      number: 'SC-001',
      title: 'WOC 1 (QB)',
      kind: 'subcontract',
      vendorId: '47',
      sov: [LINE_177],
    });
  });

  it('reads request_data alone like the whole event, and the commitment of a CCO event too', () => {
    expect(fromProcoreCommitment(commitmentEvent().request_data)).toStrictEqual(
      fromProcoreCommitment(commitmentEvent()),
    );
    expect(value(fromProcoreCommitment(ccoEvent())).sov.map((l) => l.id)).toEqual(['177']);
  });

  it('a synced commitment and line: erpId is origin_id (never origin_code)', () => {
    const e = commitmentEvent();
    e.request_data.commitment.origin_id = 'guid-41';
    e.request_data.commitment.origin_code = 'SC-001';
    e.request_data.commitment_items[0].origin_id = 77;
    const c = value(fromProcoreCommitment(e));
    expect([c.erpId, c.sov[0]!.erpId]).toEqual(['guid-41', '77']);
  });

  it('reads quantity, unit cost and unit of measure of a unit-priced commitment, floats exact to four decimals', () => {
    const e = commitmentEvent();
    e.request_data.commitment.accounting_method = 'unit';
    Object.assign(e.request_data.commitment_items[0], { quantity: 5.6, unit_cost: '7.8900', uom: 'EA' });
    expect(value(fromProcoreCommitment(e)).sov[0]).toMatchObject({
      quantity: '5.6',
      unitCost: '7.8900',
      uom: 'EA',
    });
    e.request_data.commitment_items[0].quantity = 0.00001;
    expect(errors(fromProcoreCommitment(e))).toEqual([
      {
        code: 'invalid_decimal',
        path: ['request_data', 'commitment_items', 0, 'quantity'],
        message:
          'request_data.commitment_items[0].quantity is the float 0.00001; only floats exact to four decimals are converted, and nothing is rounded. Send it as a decimal string.',
      },
    ]);
  });

  it('a purchase order, and a type it does not know', () => {
    const e = commitmentEvent();
    e.request_data.commitment.type = 'PurchaseOrderContract';
    expect(value(fromProcoreCommitment(e)).kind).toBe('purchase_order');
    e.request_data.commitment.type = 'PrimeContract';
    expect(errors(fromProcoreCommitment(e))).toEqual([
      {
        code: 'invalid_value',
        path: ['request_data', 'commitment', 'type'],
        message:
          'request_data.commitment.type is "PrimeContract"; a commitment is "WorkOrderContract" (a subcontract) or "PurchaseOrderContract" (a purchase order).',
      },
    ]);
  });

  it('reports each problem at its path in the event', () => {
    const e = commitmentEvent();
    e.request_data.commitment_items[0].amount = '12,50';
    e.request_data.commitment_items[0].id = null;
    e.request_data.commitment.vendor = null;
    expect(errors(fromProcoreCommitment(e)).map((i) => [i.code, i.path])).toEqual([
      ['missing', ['request_data', 'commitment', 'vendor']],
      ['missing', ['request_data', 'commitment_items', 0, 'id']],
      ['invalid_amount', ['request_data', 'commitment_items', 0, 'amount']],
    ]);
  });

  it('refuses the other events, naming them', () => {
    const [issue, ...rest] = errors(fromProcoreCommitment(linkEvent()));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'unexpected_request', path: ['request_name'] });
    expect(issue!.message).toBe(
      'This is a "link_vendor" event; only "create_commitment" and "create_commitment_change_order" carry a commitment with its schedule of values.',
    );
  });

  it('needs the commitment items of an event', () => {
    const e = commitmentEvent();
    delete e.request_data.commitment_items;
    expect(errors(fromProcoreCommitment(e)).map((i) => [i.code, i.path])).toEqual([
      ['missing', ['request_data', 'commitment_items']],
    ]);
  });
});

describe('fromProcoreCommitment: a REST commitment', () => {
  const rest = () => ({
    ...v1Commitment(),
    line_items: [
      {
        id: 177,
        amount: '250.0',
        description: 'Line Item 1',
        position: 1,
        origin_id: 'L-1',
        holder: { id: 2, holder_type: 'WorkOrderContract' },
      },
    ],
  });

  it('reads it with its line items; the kind from the holder type, else from the options', () => {
    expect(value(fromProcoreCommitment(rest()))).toStrictEqual({
      id: '2',
      erpId: '1e32af04-b238-458f-8e35-aab800bcd886',
      number: 'SC-001',
      title: 'WOC 1 (QB)',
      kind: 'subcontract',
      vendorId: '47',
      sov: [{ id: '177', erpId: 'L-1', position: 1, description: 'Line Item 1', amount: '250.0' }],
    });
    const noHolder = { ...rest(), line_items: [{ id: 177, amount: '250.0', description: null }] };
    expect(value(fromProcoreCommitment(noHolder, { kind: 'purchase_order' })).kind).toBe('purchase_order');
    expect(errors(fromProcoreCommitment(noHolder))[0]).toMatchObject({ code: 'missing', path: ['type'] });
  });

  it('needs its line items', () => {
    expect(errors(fromProcoreCommitment(v1Commitment()))[0]).toMatchObject({
      code: 'missing',
      path: ['line_items'],
    });
  });
});

describe('fromProcoreErpEvent with the commitment', () => {
  it('the CCO of the reference event checks against its own commitment from the same event', () => {
    const { changeOrder, commitment } = value(fromProcoreErpEvent(ccoEvent()));
    const context = anExportContext().build();
    // The event's commitment and its line have no origin_id: neither is synced with the ERP.
    expect(validateAll(changeOrder, context, { commitment }).map((v) => v.code)).toEqual([
      'commitment_not_synced',
      'already_sent',
      'commitment_line_not_synced',
    ]);
    const e = ccoEvent();
    e.request_data.commitment.origin_id = 'guid-2';
    e.request_data.commitment_items[0].origin_id = 'L-177';
    const synced = value(fromProcoreErpEvent(e, { erpStatus: 'not_sent' }));
    expect(validateAll(synced.changeOrder, context, { commitment: synced.commitment })).toEqual([]);
  });

  it('without commitment_items, no commitment', () => {
    const e = ccoEvent();
    delete e.request_data.commitment_items;
    expect('commitment' in value(fromProcoreErpEvent(e))).toBe(false);
  });

  it('a broken SOV line is reported at its path; the vendor read twice is reported once', () => {
    const e = ccoEvent();
    e.request_data.commitment_items[0].amount = '1e3';
    e.request_data.commitment.vendor.id = -1;
    expect(errors(fromProcoreErpEvent(e)).map((i) => [i.code, i.path])).toEqual([
      ['invalid_id', ['request_data', 'commitment', 'vendor', 'id']],
      ['invalid_amount', ['request_data', 'commitment_items', 0, 'amount']],
    ]);
    const f = ccoEvent();
    f.request_data.commitment_items = 'none';
    expect(errors(fromProcoreErpEvent(f)).map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['request_data', 'commitment_items']],
    ]);
  });
});

describe('fromProcoreVendorEvent', () => {
  it('reads link_vendor into a link into the profile’s ERP', () => {
    expect(value(fromProcoreVendorEvent(linkEvent()))).toStrictEqual({
      companyId: '32',
      erpVendorId: 'vendor_origin_id',
      erp: 'Sage 300 CRE',
    });
    const profile = builtInProfiles.quickBooksDesktop;
    expect(value(fromProcoreVendorEvent(linkEvent().request_data, { profile })).erp).toBe(
      'QuickBooks Desktop',
    );
  });

  it('create_vendor carries an origin_code but no origin_id: not a link, and it says why', () => {
    expect(errors(fromProcoreVendorEvent(loadCreateVendorEvent()))).toEqual([
      {
        code: 'not_a_link',
        path: ['request_data', 'vendor', 'origin_id'],
        message:
          'Vendor "35" ("Test Vendor") has no origin_id: it is not linked to a vendor of the ERP yet (a create_vendor event asks the integrator to create it). It has the origin_code "origin_code", which names it but does not link it. Wait for its link_vendor event.',
      },
    ]);
  });

  it('a linked vendor keeps its origin_code as erpCode', () => {
    const e = loadCreateVendorEvent() as Loose;
    e.request_data.vendor.origin_id = 'V-35';
    expect(value(fromProcoreVendorEvent(e))).toStrictEqual({
      companyId: '35',
      erpVendorId: 'V-35',
      erp: 'Sage 300 CRE',
      erpCode: 'origin_code',
    });
  });

  it('refuses other events and shapes', () => {
    expect(errors(fromProcoreVendorEvent(ccoEvent()))[0]).toMatchObject({ code: 'unexpected_request' });
    expect(errors(fromProcoreVendorEvent({ vendor: { origin_id: 'x' } }))[0]).toMatchObject({
      code: 'missing',
      path: ['vendor', 'id'],
    });
  });
});

describe('properties', () => {
  it('never throws, whatever the input; ok means a valid model', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const c = fromProcoreCommitment(input);
        if (c.ok) expect(parseCommitment(c.value).ok).toBe(true);
        expect(typeof fromProcoreVendorEvent(input).ok).toBe('boolean');
      }),
    );
  });

  it('never throws when any field of the reference event is replaced by anything', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(commitmentEvent(), []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.anything(),
        (path, replacement) => {
          const e = commitmentEvent();
          let target = e;
          for (const key of path.slice(0, -1)) target = target[key];
          target[path.at(-1)!] = replacement;
          const r = fromProcoreCommitment(e);
          if (r.ok) expect(parseCommitment(r.value)).toEqual({ ok: true, value: r.value });
          else for (const issue of r.error) expect(['request_data', 'request_name']).toContain(issue.path[0]);
        },
      ),
    );
  });
});
