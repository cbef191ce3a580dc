import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChangeOrder } from '../../src/parse.js';
import { fromProcoreRest, type ProcoreRestInput } from '../../src/procore/fromProcoreRest.js';
import { referenceCoding, referenceHead } from './helpers/expected.js';
import {
  costCode,
  lineItemType,
  PACKAGE_LINE_EXTENSIONS,
  v1ChangeOrder,
  v1Commitment,
  v1Package,
  v2LineItems,
} from './helpers/restFixtures.js';
import { jsoncFields, markdownFields, unfaithful } from './helpers/schema.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated field by field below.
type Loose = any;

const V1_CCO = 'rest-v1-commitment-change-order.schema.jsonc';
const V1_PACKAGE = 'openapi-RestV10ChangeOrderPackagesIdGet.jsonc';
const V2_LINES =
  'openapi-RestV20CompaniesCompanyIdProjectsProjectIdCommitmentChangeOrdersCommitmentChangeOrderIdLineItemsGet.jsonc';
const SDK_MODELS = 'rest-v1-cco-package-commitment-lineitems.schema.md';

function read(input: ProcoreRestInput) {
  const r = fromProcoreRest(input);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error, null, 1)}`);
  return r.value;
}

function issues(input: unknown) {
  const r = fromProcoreRest(input as ProcoreRestInput);
  if (r.ok) throw new Error('expected issues, got a change order');
  return r.error;
}

describe('the REST fixtures follow the reference schemas', () => {
  it('v1.0 commitment change order', () => {
    expect(unfaithful(v1ChangeOrder(), jsoncFields(V1_CCO, ['properties']))).toEqual([]);
  });
  it('v2.0 line items', () => {
    const fields = jsoncFields(V2_LINES, [
      'responses',
      '200',
      'schema',
      'properties',
      'data',
      'items',
      'properties',
    ]);
    for (const line of v2LineItems().data) expect(unfaithful(line, fields)).toEqual([]);
  });
  it('v1.0 change order package and its lines (commitment_line_item_id declared as an extension)', () => {
    const pkg = jsoncFields(V1_PACKAGE, ['responses', '200', 'schema', 'properties']);
    const { line_items, ...head } = v1Package();
    expect(unfaithful(head, pkg)).toEqual([]);
    const lines = jsoncFields(V1_PACKAGE, [
      'responses',
      '200',
      'schema',
      'properties',
      'line_items',
      'items',
      'properties',
    ]);
    for (const line of line_items) expect(unfaithful(line, lines, PACKAGE_LINE_EXTENSIONS)).toEqual([]);
  });
  it('v1.0 commitment, vendor, cost code and line item type (the generated SDK tables)', () => {
    const { vendor, project: _project, ...commitment } = v1Commitment();
    expect(
      unfaithful(commitment, markdownFields(SDK_MODELS, 'RestV10WorkOrderContractsPost201Response')),
    ).toEqual([]);
    expect(
      unfaithful(vendor, markdownFields(SDK_MODELS, 'RestV10WorkOrderContractsPost201ResponseVendor')),
    ).toEqual([]);
    expect(
      unfaithful(
        costCode(),
        markdownFields(SDK_MODELS, 'RestV10WorkOrderContractsPost201ResponseLineItemsInnerCostCode'),
      ),
    ).toEqual([]);
    expect(unfaithful(lineItemType(), markdownFields(SDK_MODELS, 'LineItemType'))).toEqual([]);
  });
  it('the checker can fail: an unknown key and a wrong type are caught', () => {
    const fields = jsoncFields(V1_CCO, ['properties']);
    expect(unfaithful({ ...v1ChangeOrder(), id: '3', made_up: 1 }, fields)).toEqual([
      'id should be integer, is "3"',
      'made_up is not in the schema',
    ]);
  });
});

describe('fromProcoreRest', () => {
  it('reads a v1.0 CCO with v2.0 line items and its v1.0 commitment', () => {
    expect(
      read({ changeOrder: v1ChangeOrder(), lineItems: v2LineItems(), commitment: v1Commitment() }),
    ).toStrictEqual({
      changeOrder: {
        id: '3',
        number: '45',
        title: 'Change order 1',
        description: 'This is a description',
        status: 'approved',
        createdAt: '2020-10-19T12:17:54-07:00',
        erpStatus: 'not_sent',
        commitment: { id: '2', erpId: 'SC-001' },
        contractCompany: { id: '47', name: '90 Minute Courier', erpVendorId: '800000CD-1389650341' },
        lineItems: [
          { id: '188', commitmentLineItemId: '177', description: 'Line Item 1', amount: '233.0' },
          { id: '189', commitmentLineItemId: '177', description: 'Line Item 2', amount: '-33.25' },
        ],
      },
      projectErpSynced: true,
    });
  });

  it('takes the v2.0 line items as the response or as its data array', () => {
    const input = { changeOrder: v1ChangeOrder(), commitment: v1Commitment() };
    expect(read({ ...input, lineItems: v2LineItems().data })).toStrictEqual(
      read({ ...input, lineItems: v2LineItems() }),
    );
  });

  it('reads cost codes and cost types on v2.0 lines when they are there', () => {
    const lines: Loose = v2LineItems();
    lines.data[0].cost_code = costCode();
    lines.data[0].line_item_type = lineItemType();
    const line = read({ changeOrder: v1ChangeOrder(), lineItems: lines, commitment: v1Commitment() })
      .changeOrder.lineItems[0]!;
    expect(line.costCode).toStrictEqual({ code: '01-000', erpId: '800003DD-1600977189|800005FA-1477351439' });
    expect(line.category).toStrictEqual({ code: 'O', erpId: 'std_cat_9_origin_id' });
  });

  it('reads a v1.0 change order package with its own line_items: integer ids, float total_amount, ERP ids', () => {
    expect(read({ changeOrder: v1Package(), commitment: v1Commitment() }).changeOrder).toStrictEqual({
      ...referenceHead,
      erpId: 'cco-1',
      createdAt: '2020-10-19T19:17:54Z',
      erpStatus: 'not_sent',
      commitment: { id: '2', erpId: 'SC-001' },
      lineItems: [
        {
          id: '188',
          commitmentLineItemId: '177',
          description: 'Line Item 1',
          amount: '233',
          ...referenceCoding,
        },
      ],
    });
  });

  it('prefers a line amount over total_amount (amount includes markup)', () => {
    const pkg: Loose = v1Package();
    pkg.line_items[0].amount = '250.00';
    pkg.line_items[0].markup_line_items = [{ id: 9, amount: '17.00' }];
    expect(read({ changeOrder: pkg, commitment: v1Commitment() }).changeOrder.lineItems[0]!.amount).toBe(
      '250.00',
    );
  });

  it('refuses a package line with markup and only total_amount, which would lose the markup', () => {
    const pkg: Loose = v1Package();
    pkg.line_items[0].markup_line_items = [{ id: 9, amount: '17.00' }];
    const [issue, ...rest] = issues({ changeOrder: pkg, commitment: v1Commitment() });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'missing', path: ['changeOrder', 'line_items', 0, 'amount'] });
    expect(issue!.message).toMatch(/markup/);
  });

  it('refuses a float total_amount that is not exact to the cent, at its path', () => {
    const pkg: Loose = v1Package();
    pkg.line_items[0].total_amount = 233.005;
    expect(issues({ changeOrder: pkg, commitment: v1Commitment() })).toMatchObject([
      { code: 'invalid_amount', path: ['changeOrder', 'line_items', 0, 'total_amount'] },
    ]);
  });

  it('reports a bad amount string at its path in the v2.0 response', () => {
    const lines: Loose = v2LineItems();
    lines.data[1].amount = '-33,25';
    const [issue, ...rest] = issues({
      changeOrder: v1ChangeOrder(),
      lineItems: lines,
      commitment: v1Commitment(),
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'invalid_amount', path: ['lineItems', 'data', 1, 'amount'] });
    expect(issue!.message).toMatch(/comma/);
  });

  it('reports a line without an amount at all', () => {
    const lines: Loose = v2LineItems();
    delete lines.data[0].amount;
    expect(
      issues({ changeOrder: v1ChangeOrder(), lineItems: lines, commitment: v1Commitment() }),
    ).toMatchObject([{ code: 'missing', path: ['lineItems', 'data', 0, 'amount'] }]);
  });

  it('reports a package line without commitment_line_item_id', () => {
    const pkg: Loose = v1Package();
    delete pkg.line_items[0].commitment_line_item_id;
    expect(issues({ changeOrder: pkg, commitment: v1Commitment() })).toMatchObject([
      { code: 'missing', path: ['changeOrder', 'line_items', 0, 'commitment_line_item_id'] },
    ]);
  });

  it.each([
    ['Approved', 'approved'],
    ['approved', 'approved'],
    ['not_pricing', 'not_pricing'],
  ])('status %j becomes %j', (status, expected) => {
    const co: Loose = v1ChangeOrder();
    co.status = status;
    expect(
      read({ changeOrder: co, lineItems: v2LineItems(), commitment: v1Commitment() }).changeOrder.status,
    ).toBe(expected);
  });

  it('takes erpStatus from the options', () => {
    const r = fromProcoreRest(
      { changeOrder: v1ChangeOrder(), lineItems: v2LineItems(), commitment: v1Commitment() },
      { erpStatus: 'synced' },
    );
    expect(r.ok && r.value.changeOrder.erpStatus).toBe('synced');
  });

  it('says the project is not synced when its origin_id is null, and nothing when there is no project', () => {
    const commitment: Loose = v1Commitment();
    commitment.project.origin_id = null;
    const input = { changeOrder: v1ChangeOrder(), lineItems: v2LineItems(), commitment };
    expect(read(input).projectErpSynced).toBe(false);
    delete commitment.project;
    expect('projectErpSynced' in read(input)).toBe(false);
  });

  it('applies the commitment rule: not linked without origin_id', () => {
    const commitment: Loose = v1Commitment();
    commitment.origin_id = null;
    const co = read({ changeOrder: v1ChangeOrder(), lineItems: v2LineItems(), commitment }).changeOrder;
    expect(co.commitment).toStrictEqual({ id: '2' });
  });

  it('asks for the line items when the v1.0 CCO comes without them', () => {
    expect(issues({ changeOrder: v1ChangeOrder(), commitment: v1Commitment() })).toMatchObject([
      { code: 'missing', path: ['lineItems'] },
    ]);
  });

  it.each([
    ['a string', 'lines', ['lineItems']],
    ['a response without data', { data: 'none' }, ['lineItems', 'data']],
  ])('refuses line items that are %s', (_, lineItems, path) => {
    expect(issues({ changeOrder: v1ChangeOrder(), lineItems, commitment: v1Commitment() })).toMatchObject([
      { code: 'invalid_type', path },
    ]);
  });

  it('refuses a prime contract change order', () => {
    const pkg: Loose = v1Package();
    pkg.type = 'PrimeContractChangeOrder';
    expect(issues({ changeOrder: pkg, commitment: v1Commitment() })).toMatchObject([
      { code: 'unexpected_type', path: ['changeOrder', 'type'] },
    ]);
  });

  it('reports missing parts at their own paths', () => {
    expect(issues({ lineItems: [] }).map((i) => i.path)).toEqual([['changeOrder'], ['commitment']]);
    expect(issues('cco')).toMatchObject([{ code: 'invalid_type', path: [] }]);
  });

  it('rewrites the model message to the Procore path', () => {
    const co: Loose = v1ChangeOrder();
    co.status = 'closed';
    const [issue] = issues({ changeOrder: co, lineItems: v2LineItems(), commitment: v1Commitment() });
    expect(issue).toMatchObject({ code: 'invalid_value', path: ['changeOrder', 'status'] });
    expect(issue!.message).toMatch(/^changeOrder\.status must be one of/);
  });
});

describe('properties', () => {
  const parts = () => ({
    changeOrder: v1ChangeOrder(),
    lineItems: v2LineItems(),
    commitment: v1Commitment(),
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof fromProcoreRest(input as ProcoreRestInput).ok).toBe('boolean');
      }),
    );
  });

  it('never throws when a part is anything; ok always means a valid model', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('changeOrder', 'lineItems', 'commitment'),
        fc.anything(),
        fc.boolean(),
        (key, value, package_) => {
          const input: Loose = package_ ? { changeOrder: v1Package(), commitment: v1Commitment() } : parts();
          input[key] = value;
          const r = fromProcoreRest(input);
          if (r.ok) {
            const again = parseChangeOrder(r.value.changeOrder);
            expect(again.ok && again.value).toStrictEqual(r.value.changeOrder);
          }
        },
      ),
    );
  });
});
