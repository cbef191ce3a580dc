// Every public function that reads unknown data, fed hostile input: it never throws, it always
// returns a Result, and every issue is plain data with a short message. To cover a new entry
// point, add a row to ENTRY_POINTS.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptForExport,
  aggregateLineItems,
  applyEdit,
  builtInProfiles,
  type ChangeOrder,
  type ErpProfile,
  type ExportContext,
  exportChangeOrder,
  formatIssues,
  fromProcoreCommitment,
  fromProcoreErpEvent,
  fromProcoreRest,
  fromProcoreVendorEvent,
  INPUT_ISSUE_CODES,
  type Issue,
  lockedFields,
  markExportFailed,
  parseChangeOrder,
  parseCommitment,
  parseExportContext,
  parseVendorLink,
  profileFromProcoreMetadata,
  type Result,
  rejectExport,
  retrieveFromErp,
  reviseSov,
  sendButton,
  sendToErp,
  setUseChangeOrderNumberAsErpId,
  toSage300Payload,
  unlinkFromErp,
  validate,
  validateAll,
  validateBatch,
} from '../src/index.js';
import type { Commitment } from '../src/model/commitment.js';
import type { VendorLink } from '../src/model/vendorLink.js';
import type { ProcoreRestInput } from '../src/procore/fromProcoreRest.js';
import { err, ok } from '../src/result.js';
import type { BatchOptions } from '../src/rules/validateBatch.js';
import {
  changeOrderArb,
  commitmentArb,
  exportContextArb,
  sendableChangeOrderArb,
  sendingContextArb,
  vendorLinkArb,
} from '../src/testing/arbitraries.js';
import { aChangeOrder, aCommitment, anExportContext } from '../src/testing/builders.js';
import { COMMITMENT_EVENT, loadReference } from './procore/helpers/reference.js';
import { v1ChangeOrder, v1Commitment, v1Package, v2LineItems } from './procore/helpers/restFixtures.js';
import { renderingArb, toProcoreErpEvent } from './procore/helpers/toProcoreErpEvent.js';
import { readMetadataExample } from './profiles/helpers.js';

/** A public function that reads unknown data, and valid inputs into which hostile values are planted. */
interface EntryPoint {
  readonly name: string;
  readonly read: (input: unknown) => Result<unknown, readonly Issue[]>;
  /** Valid inputs: every key in them is read, so a value planted anywhere is reached. */
  readonly valid: fc.Arbitrary<unknown>;
}

const METADATA = readMetadataExample();

const CONTEXT = anExportContext().build();
const SENDABLE = aChangeOrder().build();
const COMMITMENT = aCommitment().build();

/** Violations of a batch, all results in one list, seen as a Result. */
function batchResult(results: Iterable<readonly Issue[]>): Result<unknown, readonly Issue[]> {
  return asResult([...results].flat());
}

/** A function that returns violations (or nothing), seen as a Result. */
function asResult(violations: readonly Issue[] | Issue | undefined): Result<unknown, readonly Issue[]> {
  if (violations === undefined) return ok(undefined);
  if (!Array.isArray(violations)) return err([violations as Issue]);
  return violations.length === 0 ? ok(undefined) : err(violations);
}

/** A workflow result: a plain object never seen before, or a refusal. */
const co = (input: unknown) => input as ChangeOrder;
const ctx = (input: unknown) => input as ExportContext;

const ENTRY_POINTS: readonly EntryPoint[] = [
  // Typed entry points: a change order or context built in code can still hold anything.
  {
    name: 'validate (change order)',
    read: (i) => asResult(validate(co(i), CONTEXT)),
    valid: changeOrderArb(),
  },
  {
    name: 'validateAll (change order)',
    read: (i) => asResult(validateAll(co(i), CONTEXT)),
    valid: changeOrderArb(),
  },
  {
    name: 'validateAll (context)',
    read: (i) => asResult(validateAll(SENDABLE, ctx(i))),
    valid: exportContextArb(),
  },
  {
    name: 'exportChangeOrder (change order)',
    read: (i) => exportChangeOrder(co(i), CONTEXT),
    valid: sendableChangeOrderArb(),
  },
  {
    name: 'exportChangeOrder (context)',
    read: (i) => exportChangeOrder(SENDABLE, ctx(i)),
    valid: sendingContextArb(),
  },
  {
    name: 'toSage300Payload',
    read: (i) => toSage300Payload(co(i), CONTEXT),
    valid: sendableChangeOrderArb(),
  },
  {
    name: 'aggregateLineItems',
    read: (i) => aggregateLineItems(i as ChangeOrder['lineItems']),
    valid: sendableChangeOrderArb().map((c) => c.lineItems),
  },
  { name: 'sendToErp', read: (i) => sendToErp(co(i), CONTEXT), valid: changeOrderArb() },
  {
    name: 'acceptForExport',
    read: (i) => acceptForExport(co(i), CONTEXT, { erpId: 'CO7' }),
    valid: sendableChangeOrderArb().map((c) => ({ ...c, erpStatus: 'pending_acceptance' as const })),
  },
  { name: 'retrieveFromErp', read: (i) => retrieveFromErp(co(i), CONTEXT), valid: changeOrderArb() },
  {
    name: 'rejectExport',
    read: (i) => rejectExport(co(i), CONTEXT, { comment: 'no' }),
    valid: changeOrderArb(),
  },
  {
    name: 'markExportFailed',
    read: (i) => markExportFailed(co(i), { message: 'no' }),
    valid: changeOrderArb(),
  },
  {
    name: 'unlinkFromErp',
    read: (i) => unlinkFromErp(co(i), CONTEXT, { deletedInErp: true }),
    valid: changeOrderArb(),
  },
  {
    name: 'applyEdit (patch)',
    read: (i) =>
      applyEdit({ ...SENDABLE, erpStatus: 'pending_acceptance' }, i as Partial<ChangeOrder>, CONTEXT),
    valid: changeOrderArb(),
  },
  {
    name: 'setUseChangeOrderNumberAsErpId',
    read: (i) => setUseChangeOrderNumberAsErpId(ctx(i), true),
    valid: exportContextArb(),
  },
  {
    name: 'sendButton',
    read: (i) => asResult(sendButton(co(i), CONTEXT).reason),
    valid: changeOrderArb(),
  },
  // The commitment, the vendor links and the batch (issue 12).
  {
    name: 'validateAll (commitment)',
    read: (i) => asResult(validateAll(SENDABLE, CONTEXT, { commitment: i as Commitment })),
    valid: commitmentArb({ changeOrder: SENDABLE }),
  },
  {
    name: 'validateAll (vendor links)',
    read: (i) => asResult(validateAll(SENDABLE, CONTEXT, { vendorLinks: i as VendorLink[] })),
    valid: fc.array(vendorLinkArb({ changeOrder: SENDABLE }), { minLength: 1, maxLength: 3 }),
  },
  {
    name: 'validate (exported ids)',
    read: (i) => asResult(validate(SENDABLE, CONTEXT, { exportedErpIds: i as string[] })),
    valid: fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 3 }),
  },
  {
    name: 'exportChangeOrder (commitment)',
    read: (i) => exportChangeOrder(SENDABLE, CONTEXT, { commitment: i as Commitment }),
    valid: commitmentArb({ changeOrder: SENDABLE }),
  },
  {
    name: 'reviseSov (commitment)',
    read: (i) => reviseSov(i as Commitment, [SENDABLE]),
    valid: commitmentArb({ changeOrder: SENDABLE }),
  },
  {
    name: 'reviseSov (change orders)',
    read: (i) => reviseSov(COMMITMENT, i as ChangeOrder[]),
    valid: fc
      .array(sendableChangeOrderArb({ maxLines: 3 }), { minLength: 1, maxLength: 3 })
      .map((cos) => cos.map((c) => ({ ...c, commitment: { id: COMMITMENT.id } }))),
  },
  {
    name: 'validateBatch (change orders)',
    read: (i) => batchResult(validateBatch(i as ChangeOrder[], CONTEXT)),
    valid: fc.array(changeOrderArb(), { minLength: 1, maxLength: 3 }),
  },
  {
    name: 'validateBatch (options)',
    read: (i) => batchResult(validateBatch([SENDABLE], CONTEXT, i as BatchOptions)),
    valid: fc.record({
      commitments: fc.array(commitmentArb({ changeOrder: SENDABLE }), { minLength: 1, maxLength: 2 }),
      vendorLinks: fc.array(vendorLinkArb({ changeOrder: SENDABLE }), { minLength: 1, maxLength: 2 }),
      exportedErpIds: fc.dictionary(fc.string({ maxLength: 3 }), fc.array(fc.string({ maxLength: 6 })), {
        minKeys: 1,
      }),
    }),
  },
  // Readers of unknown JSON.
  { name: 'parseChangeOrder', read: parseChangeOrder, valid: changeOrderArb() },
  { name: 'parseCommitment', read: parseCommitment, valid: commitmentArb() },
  { name: 'parseVendorLink', read: parseVendorLink, valid: vendorLinkArb() },
  {
    name: 'fromProcoreCommitment',
    read: (input) => fromProcoreCommitment(input),
    valid: fc.constantFrom(loadReference(COMMITMENT_EVENT), {
      ...v1Commitment(),
      line_items: [
        { id: 177, amount: '250.0', description: 'Line', holder: { holder_type: 'WorkOrderContract' } },
      ],
    }),
  },
  {
    name: 'fromProcoreVendorEvent',
    read: (input) => fromProcoreVendorEvent(input),
    valid: fc.constantFrom(loadReference('erp-event-link_vendor.jsonc'), {
      vendor: { id: 35, origin_id: 'V-35', origin_code: 'TV' },
    }),
  },
  { name: 'parseExportContext', read: parseExportContext, valid: exportContextArb() },
  {
    name: 'profileFromProcoreMetadata',
    read: profileFromProcoreMetadata,
    valid: fc.constant(named('the metadata example', structuredClone(METADATA) as object)),
  },
  {
    name: 'fromProcoreErpEvent',
    read: (input) => fromProcoreErpEvent(input),
    valid: fc
      .tuple(changeOrderArb(), renderingArb())
      .map(([co, rendering]) => toProcoreErpEvent(co, rendering)),
  },
  {
    name: 'fromProcoreRest',
    read: (input) => fromProcoreRest(input as ProcoreRestInput),
    valid: fc.constantFrom(
      { changeOrder: v1ChangeOrder(), lineItems: v2LineItems(), commitment: v1Commitment() },
      { changeOrder: v1Package(), commitment: v1Commitment() },
    ),
  },
];

const MESSAGE_LIMIT = 1024;

/** The readers of unknown data: their issues are input issues, whose codes are a closed list. */
const READERS = new Set([
  'parseChangeOrder',
  'parseCommitment',
  'parseVendorLink',
  'fromProcoreCommitment',
  'fromProcoreVendorEvent',
  'parseExportContext',
  'profileFromProcoreMetadata',
  'fromProcoreErpEvent',
  'fromProcoreRest',
]);
const INPUT_CODES: ReadonlySet<string> = new Set(INPUT_ISSUE_CODES);
const HUGE = 'x'.repeat(5_000_000);
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

function nested<T>(wrap: (inner: unknown) => T): T {
  let value: unknown = null;
  for (let i = 0; i < 100_000; i++) value = wrap(value);
  return value as T;
}
const DEEP_ARRAY = nested((inner) => [inner]);
const DEEP_OBJECT = nested((inner) => ({ settings: inner, request_data: inner, title: inner }));

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Things a getter throws: some of them cannot even be turned into a string. */
const THROWN: readonly (readonly [string, () => unknown])[] = [
  ['an object without a prototype', () => Object.create(null)],
  [
    'an object whose toString throws',
    () => ({
      toString() {
        throw new Error('no');
      },
    }),
  ],
  ['a revoked proxy', revoked],
  ['a plain error', () => new Error('boom')],
  ['an error with a 5 MB message', () => new Error(HUGE)],
  ['a symbol', () => Symbol('thrown')],
  ['a string', () => HUGE],
];
const thrownArb = fc.constantFrom(...THROWN.map(([label, make]) => named(`throws ${label}`, make)));

/** A way to make a hostile value, named for fast-check's counterexamples (it cannot print them all). */
type Make = () => unknown;
function named<F extends object>(label: string, f: F): F {
  return Object.assign(f, { [fc.toStringMethod]: () => label });
}

/** Objects whose own keys are prototype names (JSON.parse makes `__proto__` an own key). */
const protoKeyedArb = fc
  .dictionary(fc.constantFrom(...PROTO_KEYS), fc.jsonValue(), { minKeys: 1 })
  .map((entries) => {
    const text = JSON.stringify(entries).replace(/^\{/, '{"__proto__":{"polluted":true},');
    return named(`JSON.parse(${text})`, () => JSON.parse(text));
  });

const hostileValueArb: fc.Arbitrary<Make> = fc.oneof(
  fc.constant(named('a 5 MB string', () => HUGE)),
  fc.constant(named('arrays 100k deep', () => DEEP_ARRAY)),
  fc.constant(named('objects 100k deep', () => DEEP_OBJECT)),
  fc.constant(named('a revoked proxy', revoked)),
  fc.constantFrom(...PROTO_KEYS).map((key) => named(JSON.stringify(key), () => key)),
  protoKeyedArb,
  fc.constant(
    named('an object with 5 MB keys', () => ({
      [HUGE]: { enabled: true, validation: { [HUGE]: { enabled: true } } },
    })),
  ),
  fc
    .anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
    })
    .map((value) => named(fc.stringify(value), () => value)),
);

type Container = Record<string | number, unknown>;

/** How a hostile value is planted at `key` of a container of the input. */
type Plant = (container: Container, key: string | number) => void;

const plantArb: fc.Arbitrary<Plant> = fc.oneof(
  hostileValueArb.map((make) =>
    named<Plant>(`set to ${fc.stringify(make)}`, (container, key) => {
      container[key] = make();
    }),
  ),
  thrownArb.map((thrown) =>
    named<Plant>(`a getter that ${fc.stringify(thrown)}`, (container, key) => {
      Object.defineProperty(container, key, {
        enumerable: true,
        configurable: true,
        get() {
          throw thrown();
        },
      });
    }),
  ),
  fc.constantFrom(HUGE, ...PROTO_KEYS).map((renamed) =>
    named<Plant>(
      `renamed to ${renamed.length > 20 ? 'a 5 MB key' : JSON.stringify(renamed)}`,
      (container, key) => {
        const value = container[key];
        delete container[key];
        Object.defineProperty(container, renamed, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      },
    ),
  ),
);

/** Every (container, key) of a JSON-like value, at every depth. */
function slots(value: unknown, out: [Container, string | number][] = []): [Container, string | number][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    const k = Array.isArray(value) ? Number(key) : key;
    out.push([value as Container, k]);
    slots((value as Container)[k], out);
  }
  return out;
}

/** Never throws; a Result; every issue a snake_case code, a path of keys and a short message. */
function expectWellFormed(result: Result<unknown, readonly Issue[]>, codes?: ReadonlySet<string>): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) return;
  expect(Array.isArray(result.error)).toBe(true);
  expect(result.error.length).toBeGreaterThan(0);
  for (const issue of result.error) {
    expect(issue.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    if (codes !== undefined)
      expect(codes.has(issue.code), `${issue.code} is not in INPUT_ISSUE_CODES`).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeLessThan(MESSAGE_LIMIT);
  }
}

describe.each(ENTRY_POINTS)('$name on hostile input', ({ name, read, valid }) => {
  const codes = READERS.has(name) ? INPUT_CODES : undefined;
  it('reports a throwing getter as unreadable_input, whatever is thrown', () => {
    for (const [, thrown] of THROWN) {
      const trap = () => {
        throw thrown();
      };
      const input = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
      const result = read(input);
      expect(result).toEqual({
        ok: false,
        error: [{ code: 'unreadable_input', path: [], message: expect.stringMatching(/could not be read/) }],
      });
      expectWellFormed(result, codes);
    }
  });

  it('never throws on a hostile value planted at any depth of a valid input', () => {
    fc.assert(
      fc.property(valid, fc.nat(), plantArb, (sample, at, plant) => {
        const input = structuredClone(sample);
        const places = slots(input);
        const [container, key] = places[at % places.length]!;
        plant(container, key);
        expectWellFormed(read(input), codes);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });

  it('never throws on a hostile value as the whole input', () => {
    fc.assert(
      fc.property(hostileValueArb, (make) => {
        expectWellFormed(read(make()), codes);
      }),
    );
  });
});

describe('the entry points that return plain values never throw either', () => {
  it('lockedFields: a state that cannot be read locks everything', () => {
    fc.assert(
      fc.property(thrownArb, (thrown) => {
        const input = new Proxy(
          {},
          {
            get: () => {
              throw thrown();
            },
          },
        );
        expect(lockedFields(input as ChangeOrder)).toEqual([
          'contractCompany',
          'title',
          'status',
          'totalAmount',
        ]);
      }),
    );
  });

  it('formatIssues: one short line per issue, whatever the issue holds', () => {
    fc.assert(
      fc.property(fc.array(plantArb, { maxLength: 3 }), (plants) => {
        const issues = plants.map((plant, k) => {
          const issue: Container = {
            code: 'title_too_long',
            path: ['lineItems', k],
            message: 'Title is long.',
          };
          plant(issue, ['code', 'path', 'message'][k % 3]!);
          return issue as unknown as Issue;
        });
        const text = formatIssues(issues);
        expect(text.split('\n')).toHaveLength(Math.max(1, issues.length));
      }),
    );
  });
});

describe('a hostile profile (its own text is the caller’s, echoed in messages)', () => {
  it('never makes exportChangeOrder or validateAll throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(builtInProfiles)),
        fc.nat(),
        plantArb,
        (profile, at, plant) => {
          const input = structuredClone(profile) as unknown as Container;
          const places = slots(input);
          const [container, key] = places[at % places.length]!;
          plant(container, key);
          const r = exportChangeOrder(SENDABLE, CONTEXT, { profile: input as unknown as ErpProfile });
          expect(typeof r.ok).toBe('boolean');
          expect(
            Array.isArray(validateAll(SENDABLE, CONTEXT, { profile: input as unknown as ErpProfile })),
          ).toBe(true);
        },
      ),
    );
  });
});
