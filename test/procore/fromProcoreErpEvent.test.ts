import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChangeOrder } from '../../src/parse.js';
import { fromProcoreErpEvent } from '../../src/procore/fromProcoreErpEvent.js';
import { changeOrderArb, sendableChangeOrderArb } from '../../src/testing/arbitraries.js';
import { referenceCoding, referenceHead } from './helpers/expected.js';
import { CCO_EVENT, loadReference } from './helpers/reference.js';
import { renderingArb, toProcoreErpEvent } from './helpers/toProcoreErpEvent.js';

// biome-ignore lint/suspicious/noExplicitAny: the reference event is mutated field by field below.
type Loose = any;

/** A fresh copy of Procore's documented event, as given. */
const event = (): Loose => loadReference(CCO_EVENT);

function read(payload: unknown) {
  const r = fromProcoreErpEvent(payload);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error, null, 1)}`);
  return r.value;
}

function issues(payload: unknown) {
  const r = fromProcoreErpEvent(payload);
  if (r.ok) throw new Error('expected issues, got a change order');
  return r.error;
}

/** The reference event with one field of its change_order replaced. */
function withChangeOrder(key: string, value: unknown): Loose {
  const e = event();
  e.request_data.change_order[key] = value;
  return e;
}

const ITEM = ['request_data', 'change_order_items', 0];

/** The reference event with its line's amount replaced. */
function withAmount(amount: unknown): Loose {
  const e = event();
  e.request_data.change_order_items[0].amount = amount;
  return e;
}

/** The one issue an amount raises: `invalid_amount`, at the amount's path in the event. */
function amountIssue(amount: unknown) {
  const [issue, ...rest] = issues(withAmount(amount));
  expect(rest).toEqual([]);
  expect(issue).toMatchObject({ code: 'invalid_amount', path: [...ITEM, 'amount'] });
  return issue!;
}
const CO = ['request_data', 'change_order'];

describe('fromProcoreErpEvent on the reference event', () => {
  it('reads the documented create_commitment_change_order event field by field', () => {
    expect(read(event())).toStrictEqual({
      changeOrder: {
        ...referenceHead,
        erpId: 'cco-1',
        createdAt: '2020-10-19T19:17:54Z',
        erpStatus: 'pending_acceptance',
        commitment: { id: '2' },
        lineItems: [
          {
            id: '188',
            commitmentLineItemId: '177',
            description: 'Line Item 1',
            amount: '233.0',
            ...referenceCoding,
          },
        ],
      },
      projectErpSynced: true,
      // The event's commitment and its schedule of values (commitment_items), read as well.
      commitment: {
        id: '2',
        number: 'SC-001',
        title: 'WOC 1 (QB)',
        kind: 'subcontract',
        vendorId: '47',
        sov: [
          {
            id: '177',
            position: 2,
            description: 'Zero dollar commitment line item',
            ...referenceCoding,
            amount: '0.0',
          },
        ],
      },
    });
  });

  it('reads request_data alone exactly like the whole event', () => {
    expect(read(event().request_data)).toStrictEqual(read(event()));
  });

  it('produces a change order the model accepts unchanged', () => {
    const { changeOrder } = read(event());
    const again = parseChangeOrder(changeOrder);
    expect(again.ok && again.value).toStrictEqual(changeOrder);
  });

  it.each([
    'erp-event-create_commitment.jsonc',
    'erp-event-sync_commitment_change_orders.jsonc',
    'erp-event-unlink_commitment_change_order.jsonc',
    'erp-event-link_vendor.jsonc',
  ])('refuses the other documented event %s, naming it', (file) => {
    const [issue, ...rest] = issues(loadReference(file));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'unexpected_request', path: ['request_name'] });
    expect(issue!.message).toContain((loadReference(file) as Loose).request_name);
  });

  it('takes erpStatus from the options', () => {
    const r = fromProcoreErpEvent(event(), { erpStatus: 'export_failed' });
    expect(r.ok && r.value.changeOrder.erpStatus).toBe('export_failed');
  });

  it('keeps the model path of an option it cannot use', () => {
    const r = fromProcoreErpEvent(event(), { erpStatus: 'sent' as never });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.map((i) => i.path)).toEqual([['erpStatus']]);
  });
});

describe('the mess real payloads carry', () => {
  it.each([
    [45, '45'],
    ['45', '45'],
    ['CO-045', 'CO-045'],
    [0, '0'],
  ])('number %j becomes %j', (number, expected) => {
    expect(read(withChangeOrder('number', number)).changeOrder.number).toBe(expected);
  });

  it('takes ids as strings (v2.0) as well as integers (v1.0)', () => {
    const e = event();
    const d = e.request_data;
    d.change_order.id = '3';
    d.commitment.id = '2';
    d.commitment.vendor.id = '47';
    d.change_order_items[0].id = '188';
    d.change_order_items[0].commitment_line_item_id = '177';
    expect(read(e)).toStrictEqual(read(event()));
  });

  it.each([
    ['Approved', 'approved'],
    ['approved', 'approved'],
    ['APPROVED', 'approved'],
    ['Not Pricing', 'not_pricing'],
    ['pending_billable', 'pending_billable'],
  ])('status %j becomes %j', (status, expected) => {
    expect(read(withChangeOrder('status', status)).changeOrder.status).toBe(expected);
  });

  it.each(['2020-10-19T19:17:54Z', '2020-10-19T12:17:31-07:00', '2020-10-19T12:17:31.123+05:30'])(
    'keeps the timestamp %j as it is',
    (createdAt) => {
      expect(read(withChangeOrder('created_at', createdAt)).changeOrder.createdAt).toBe(createdAt);
    },
  );

  it.each(['2020-10-19', '2020-10-19T19:17:54', 'yesterday'])(
    'refuses the timestamp %j, which has no zone, at its Procore path',
    (createdAt) => {
      expect(issues(withChangeOrder('created_at', createdAt))).toMatchObject([
        { code: 'invalid_instant', path: [...CO, 'created_at'] },
      ]);
    },
  );

  it.each(['233.0', '-1250.50', '0', '1000000.1234'])('keeps the decimal string %j as it is', (amount) => {
    expect(read(withAmount(amount)).changeOrder.lineItems[0]!.amount).toBe(amount);
  });

  it.each([
    ['12,50', /comma/],
    ['1e3', /exponent/],
    ['', /empty/],
    [' 12.50', /spaces/],
  ])('refuses the amount %j and says why, at its Procore path', (amount, why) => {
    expect(amountIssue(amount).message).toMatch(why);
  });

  it.each([
    [233, '233'],
    [1250.5, '1250.5'],
    [-1250.55, '-1250.55'],
    [0.1, '0.1'],
    [0.07, '0.07'],
    [-0, '0'],
    [123456789.99, '123456789.99'],
    [70368744177663.99, '70368744177663.99'],
  ])('converts the float %d, exact to the cent, to %j', (amount, expected) => {
    expect(read(withAmount(amount)).changeOrder.lineItems[0]!.amount).toBe(expected);
  });

  it.each([
    [0.125, /3 decimal places/],
    [0.1 + 0.2, /17 decimal places/],
    [1e21, /exponent|not exact/],
    [1e-7, /not exact/],
    [2 ** 46, /cannot tell neighbouring cents apart/],
    [Number.NaN, /not an amount/],
    [Number.POSITIVE_INFINITY, /not an amount/],
  ])('refuses the float %d, which is not exact to the cent, and never rounds it', (amount, why) => {
    expect(amountIssue(amount).message).toMatch(why);
  });

  it('refuses an amount that is neither a string nor a number', () => {
    expect(amountIssue({ value: '1.00' }).message).toMatch(/not an object/);
  });

  it('reads null text as empty and null links as absent', () => {
    const e = event();
    const d = e.request_data;
    d.change_order.title = null;
    d.change_order.description = null;
    d.change_order.origin_code = null;
    d.commitment.vendor.company = null;
    d.commitment.vendor.origin_id = null;
    d.change_order_items[0].description = null;
    d.change_order_items[0].cost_code = null;
    d.change_order_items[0].line_item_type.origin_id = null;
    const { changeOrder } = read(e);
    expect(changeOrder.title).toBe('');
    expect(changeOrder.description).toBe('');
    expect('erpId' in changeOrder).toBe(false);
    expect(changeOrder.contractCompany).toStrictEqual({ id: '47', name: '' });
    expect(changeOrder.lineItems[0]).toStrictEqual({
      id: '188',
      commitmentLineItemId: '177',
      description: '',
      amount: '233.0',
      category: { code: 'O' },
    });
  });

  it('reads missing text and links like null ones', () => {
    const e = event();
    const d = e.request_data;
    delete d.change_order.title;
    delete d.change_order.description;
    delete d.change_order_items[0].cost_code;
    delete d.change_order_items[0].line_item_type;
    const { changeOrder } = read(e);
    expect(changeOrder.title).toBe('');
    expect(changeOrder.description).toBe('');
    expect(changeOrder.lineItems[0]).toStrictEqual({
      id: '188',
      commitmentLineItemId: '177',
      description: 'Line Item 1',
      amount: '233.0',
    });
  });

  it('reads null or missing change_order_items as no lines', () => {
    const e = event();
    e.request_data.change_order_items = null;
    expect(read(e).changeOrder.lineItems).toEqual([]);
    delete e.request_data.change_order_items;
    expect(read(e).changeOrder.lineItems).toEqual([]);
  });

  it('takes the vendor name from `name` when `company` is absent', () => {
    const e = event();
    e.request_data.commitment.vendor.company = null;
    e.request_data.commitment.vendor.name = 'Test Vendor';
    expect(read(e).changeOrder.contractCompany.name).toBe('Test Vendor');
  });

  it('ignores unknown fields at every level', () => {
    const e = event();
    const d = e.request_data;
    e.webhook_id = 99;
    d.something_new = { deeply: [1, 2, 3] };
    d.change_order.erp_custom_fields = { transaction_date: '2021-04-20' };
    d.change_order.approved_on = '2021-04-20T15:54:45Z';
    d.commitment.vendor.abbreviated_name = 'QMC';
    d.change_order_items[0].markup_line_items = [];
    d.change_order_items[0].cost_code.biller_origin_id = 42;
    expect(read(e)).toStrictEqual(read(event()));
  });

  it('says whether the project is synced from job_origin_id, else from the commitment project', () => {
    const e = event();
    expect(read(e).projectErpSynced).toBe(true);
    e.request_data.job_origin_id = null;
    expect(read(e).projectErpSynced).toBe(false);
    e.request_data.job_origin_id = '';
    expect(read(e).projectErpSynced).toBe(false);
    delete e.request_data.job_origin_id;
    expect(read(e).projectErpSynced).toBe(true); // commitment.project.origin_id
    e.request_data.commitment.project.origin_id = null;
    expect(read(e).projectErpSynced).toBe(false);
    delete e.request_data.commitment.project;
    expect('projectErpSynced' in read(e)).toBe(false);
  });
});

describe('ERP ids: which of origin_id and origin_code wins', () => {
  const cases: [string, unknown, unknown, string | undefined][] = [
    ['origin_code wins over origin_id', 'CO45', 'f3a1-guid', 'CO45'],
    ['origin_id when origin_code is null', null, 'f3a1-guid', 'f3a1-guid'],
    ['origin_code alone', 'CO45', null, 'CO45'],
    ['neither: no erpId', null, null, undefined],
    ['an integer code, as a string', 12345, null, '12345'],
    ['a blank origin_code is kept (the validator calls it missing)', '', 'f3a1-guid', ''],
  ];
  it.each(cases)('change order: %s', (_, code, id, expected) => {
    const e = event();
    e.request_data.change_order.origin_code = code;
    e.request_data.change_order.origin_id = id;
    expect(read(e).changeOrder.erpId).toBe(expected);
  });

  const commitmentCases: [string, unknown, unknown, string | undefined][] = [
    ['linked by origin_id, named by origin_code', 'SC-001', 'b2c4-guid', 'SC-001'],
    ['linked by origin_id, no code: origin_id', null, 'b2c4-guid', 'b2c4-guid'],
    ['origin_code without origin_id is not linked', 'SC-001', null, undefined],
    ['neither: not synced', null, null, undefined],
  ];
  it.each(commitmentCases)('commitment: %s', (_, code, id, expected) => {
    const e = event();
    e.request_data.commitment.origin_code = code;
    e.request_data.commitment.origin_id = id;
    expect(read(e).changeOrder.commitment.erpId).toBe(expected);
  });

  it('vendor: only origin_id links it; origin_code alone does not', () => {
    const e = event();
    e.request_data.commitment.vendor.origin_code = 'VEND1';
    expect(read(e).changeOrder.contractCompany.erpVendorId).toBe('800000CD-1389650341');
    e.request_data.commitment.vendor.origin_id = null;
    expect('erpVendorId' in read(e).changeOrder.contractCompany).toBe(false);
  });

  it('cost code and cost type: origin_id is the erpId, full_code and code the codes', () => {
    const e = event();
    const item = e.request_data.change_order_items[0];
    item.cost_code.code = '999';
    item.cost_code.origin_code = 'ignored';
    item.line_item_type.origin_code = 'ignored';
    const { costCode, category } = read(e).changeOrder.lineItems[0]!;
    expect({ costCode, category }).toStrictEqual(referenceCoding);
  });

  it('refuses an origin_id that is neither a string nor an integer', () => {
    const e = event();
    e.request_data.commitment.vendor.origin_id = { guid: 'x' };
    expect(issues(e)).toMatchObject([
      { code: 'invalid_type', path: ['request_data', 'commitment', 'vendor', 'origin_id'] },
    ]);
  });
});

describe('issues point into the Procore payload', () => {
  it('reports every problem at once, each at its Procore path, in Procore words', () => {
    const e = event();
    const d = e.request_data;
    d.change_order.status = 'Weird';
    d.change_order.number = null;
    d.change_order_items[0].amount = 0.125;
    d.change_order_items[0].cost_code.full_code = 5;
    d.change_order_items.push('not a line');
    delete d.commitment.vendor;
    const found = issues(e);
    expect(found.map((i) => [i.code, i.path.join('.')]).sort()).toEqual(
      [
        ['missing', 'request_data.change_order.number'],
        ['missing', 'request_data.commitment.vendor'],
        ['invalid_amount', 'request_data.change_order_items.0.amount'],
        ['invalid_type', 'request_data.change_order_items.0.cost_code.full_code'],
        ['invalid_type', 'request_data.change_order_items.1'],
        ['invalid_value', 'request_data.change_order.status'],
      ].sort(),
    );
    const status = found.find((i) => i.code === 'invalid_value')!;
    expect(status.message).toMatch(
      /^request_data\.change_order\.status must be one of .*"approved".*; got "weird"\.$/,
    );
  });

  it.each([
    [['change_order'], ['request_data', 'change_order'], 'missing'],
    [['commitment'], ['request_data', 'commitment'], 'missing'],
  ])('a missing %j is reported once, at %j', (key, path, code) => {
    const e = event();
    delete e.request_data[key[0]!];
    expect(issues(e)).toMatchObject([{ code, path }]);
  });

  it.each([
    ['id', '', 'too_small'],
    ['id', -3, 'invalid_id'],
    ['id', 3.5, 'invalid_id'],
    ['id', true, 'invalid_type'],
    ['id', null, 'missing'],
    ['commitment_line_item_id', null, 'missing'],
  ])('a line %s of %j is refused as %s', (key, value, code) => {
    const e = event();
    e.request_data.change_order_items[0][key] = value;
    expect(issues(e)).toMatchObject([{ code, path: [...ITEM, key] }]);
  });

  it.each([
    [['change_order', 'title'], 42],
    [['change_order', 'status'], 1],
    [['change_order', 'number'], 4.5],
    [['change_order', 'created_at'], 1603135074000],
    [['change_order_items'], { 0: {} }],
    [['commitment', 'vendor'], 'Acme'],
    [['change_order_items', 0, 'cost_code'], 'not an object'],
  ] as [(string | number)[], unknown][])('a %j of the wrong type is refused there', (where, value) => {
    const e = event();
    let target = e.request_data;
    for (const key of where.slice(0, -1)) target = target[key];
    target[where.at(-1)!] = value;
    expect(issues(e)).toMatchObject([{ code: 'invalid_type', path: ['request_data', ...where] }]);
  });

  it.each([null, 42, 'event', [event()]])('refuses a payload that is not an object: %j', (payload) => {
    expect(issues(payload)).toMatchObject([{ code: 'invalid_type', path: [] }]);
  });

  it('refuses an event whose request_data is missing', () => {
    expect(issues({ request_name: 'create_commitment_change_order' })).toMatchObject([
      { code: 'missing', path: ['request_data'] },
    ]);
  });
});

describe('messages: what was found and how to fix it', () => {
  it('says an id beyond 2^53 - 1 is too large to be exact, and to send it as a string', () => {
    const text = JSON.stringify(event()).replace('"id":188', '"id":9007199254740993');
    const [issue, ...rest] = issues(JSON.parse(text));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'invalid_id', path: [...ITEM, 'id'] });
    expect(issue!.message).toMatch(/not exact/);
    expect(issue!.message).toMatch(/Send it as a string/);
    expect(issue!.message).not.toMatch(/whole number ≥ 0/);
  });

  it.each([
    [['change_order', 'number'], 2 ** 60],
    [['change_order', 'origin_code'], -(2 ** 60)],
  ] as [string[], number][])('says the same of %j when it is %d', (where, value) => {
    const e = event();
    e.request_data[where[0]!][where[1]!] = value;
    expect(issues(e)).toMatchObject([
      { path: ['request_data', ...where], message: expect.stringMatching(/not exact/) },
    ]);
  });

  it('names a request_name that is not a string by its type, never "[object Object]"', () => {
    const [issue] = issues({ request_name: { name: 'x' }, request_data: {} });
    expect(issue).toMatchObject({ code: 'unexpected_request', path: ['request_name'] });
    expect(issue!.message).not.toContain('[object Object]');
    expect(issue!.message).toContain('an object');
  });

  it('quotes a long request_name with quote(): cut at a grapheme, with an ellipsis', () => {
    const name = `${'x'.repeat(59)}👍🏽${'y'.repeat(5_000_000)}`;
    const [issue] = issues({ request_name: name, request_data: {} });
    expect(issue!.message).toContain(`"${'x'.repeat(59)}…"`);
    expect(issue!.message.length).toBeLessThan(200);
  });
});

describe('shapes JSON cannot make', () => {
  it('never reads keys inherited from a prototype', () => {
    const r = fromProcoreErpEvent(Object.create(event()));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.map((i) => [i.code, i.path])).toEqual([
      ['missing', ['change_order']],
      ['missing', ['commitment']],
    ]);
  });

  it('reports a hole in a sparse list of lines at its index instead of skipping it', () => {
    const e = event();
    const [line] = e.request_data.change_order_items;
    const sparse = new Array(2);
    sparse[1] = line;
    e.request_data.change_order_items = sparse;
    expect(issues(e)).toMatchObject([
      { code: 'invalid_type', path: ['request_data', 'change_order_items', 0] },
    ]);
  });
});

describe('properties', () => {
  it('any CCO of the model, rendered as a Procore event, comes back unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(changeOrderArb(), sendableChangeOrderArb()), renderingArb(), (co, rendering) => {
        const r = fromProcoreErpEvent(toProcoreErpEvent(co, rendering), { erpStatus: co.erpStatus });
        // The arbitraries may write an optional field as `key: undefined`; JSON drops it, as a payload would.
        expect(r.ok && r.value.changeOrder).toStrictEqual(JSON.parse(JSON.stringify(co)));
        expect(r.ok && r.value.projectErpSynced).toBe(rendering.projectErpSynced);
      }),
    );
  });

  it('never throws, whatever the payload', () => {
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        const r = fromProcoreErpEvent(payload);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('never throws when any field of the reference event is replaced by anything; ok means a valid model', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
      }
    };
    walk(event(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.anything(), (path, value) => {
        const e = event();
        let target = e;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path.at(-1)!] = value;
        const r = fromProcoreErpEvent(e);
        if (r.ok) {
          const again = parseChangeOrder(r.value.changeOrder);
          expect(again.ok && again.value).toStrictEqual(r.value.changeOrder);
        } else {
          for (const issue of r.error) expect(['request_data', 'request_name']).toContain(issue.path[0]);
        }
      }),
    );
  });

  it('reports hostile input instead of throwing', () => {
    const throwing = {
      request_name: 'create_commitment_change_order',
      get request_data(): never {
        throw new Error('boom');
      },
    };
    expect(issues(throwing)).toMatchObject([{ code: 'unreadable_input', path: [] }]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issues(proxy)).toMatchObject([{ code: 'unreadable_input', path: [] }]);
    const unprintable = {
      get change_order(): never {
        throw Object.create(null);
      },
    };
    expect(issues(unprintable)[0]!.message).toMatch(/cannot be shown/);
  });
});
