// Every public function that reads unknown data, fed hostile input: it never throws, it always
// returns a Result, and every issue is plain data with a short message. To cover a new entry
// point, add a row to ENTRY_POINTS.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromProcoreErpEvent,
  fromProcoreRest,
  type InputIssue,
  parseChangeOrder,
  parseExportContext,
  profileFromProcoreMetadata,
  type Result,
} from '../src/index.js';
import type { ProcoreRestInput } from '../src/procore/fromProcoreRest.js';
import { changeOrderArb, exportContextArb } from '../src/testing/arbitraries.js';
import { v1ChangeOrder, v1Commitment, v1Package, v2LineItems } from './procore/helpers/restFixtures.js';
import { renderingArb, toProcoreErpEvent } from './procore/helpers/toProcoreErpEvent.js';
import { readMetadataExample } from './profiles/helpers.js';

/** A public function that reads unknown data, and valid inputs into which hostile values are planted. */
interface EntryPoint {
  readonly name: string;
  readonly read: (input: unknown) => Result<unknown, readonly InputIssue[]>;
  /** Valid inputs: every key in them is read, so a value planted anywhere is reached. */
  readonly valid: fc.Arbitrary<unknown>;
}

const METADATA = readMetadataExample();

const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'parseChangeOrder', read: parseChangeOrder, valid: changeOrderArb() },
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
function expectWellFormed(result: Result<unknown, readonly InputIssue[]>): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) return;
  expect(Array.isArray(result.error)).toBe(true);
  expect(result.error.length).toBeGreaterThan(0);
  for (const issue of result.error) {
    expect(issue.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeLessThan(MESSAGE_LIMIT);
  }
}

describe.each(ENTRY_POINTS)('$name on hostile input', ({ read, valid }) => {
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
      expectWellFormed(result);
    }
  });

  it('never throws on a hostile value planted at any depth of a valid input', () => {
    fc.assert(
      fc.property(valid, fc.nat(), plantArb, (sample, at, plant) => {
        const input = structuredClone(sample);
        const places = slots(input);
        const [container, key] = places[at % places.length]!;
        plant(container, key);
        expectWellFormed(read(input));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });

  it('never throws on a hostile value as the whole input', () => {
    fc.assert(
      fc.property(hostileValueArb, (make) => {
        expectWellFormed(read(make()));
      }),
    );
  });
});
