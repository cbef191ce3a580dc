import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/internal/describe.js';
import { type Found, has, keys, LooseReader, own } from '../../src/internal/looseJson.js';

type Kind = 'object' | 'array' | 'string' | 'boolean';
const EXPECTED: Record<Kind, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  boolean: 'true or false',
};

/** The simplest statement of a loose read: which values are of the kind asked for. */
function isKind(kind: Kind, value: unknown): boolean {
  if (kind === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (kind === 'array') return Array.isArray(value);
  return typeof value === kind;
}

function read(r: LooseReader, kind: Kind, parent: Found, required: boolean): unknown {
  if (kind === 'object') return r.object(parent, 'k', { required })?.json;
  if (kind === 'array') return r.array(parent, 'k', { required });
  if (kind === 'string') return r.string(parent, 'k', { required });
  return r.boolean(parent, 'k');
}

const kindArb = fc.constantFrom<Kind>('object', 'array', 'string', 'boolean');

describe('LooseReader', () => {
  it('returns a value of the right kind, says nothing of an absent one unless required, and names a wrong one', () => {
    fc.assert(
      fc.property(
        fc.option(fc.jsonValue(), { nil: undefined }),
        kindArb,
        fc.boolean(),
        (value, kind, required) => {
          const r = new LooseReader('The input');
          const parent: Found = { json: value === undefined ? {} : { k: value }, path: ['p', 0] };
          const got = read(r, kind, parent, required && kind !== 'boolean');
          if (isKind(kind, value)) {
            expect(got).toBe(value);
            expect(r.issues).toEqual([]);
          } else if (value === null || value === undefined) {
            expect(got).toBeUndefined();
            expect(r.issues).toEqual(
              required && kind !== 'boolean'
                ? [
                    {
                      code: 'missing',
                      path: ['p', 0, 'k'],
                      message: `p[0].k is required (${EXPECTED[kind]}).`,
                    },
                  ]
                : [],
            );
          } else {
            expect(got).toBeUndefined();
            expect(r.issues).toEqual([
              {
                code: 'invalid_type',
                path: ['p', 0, 'k'],
                message: `p[0].k must be ${EXPECTED[kind]}, not ${describeValue(value)}.`,
              },
            ]);
          }
        },
      ),
    );
  });

  it('never reads an inherited key, whatever its name', () => {
    fc.assert(
      fc.property(fc.jsonValue(), kindArb, (value, kind) => {
        const r = new LooseReader('The input');
        const parent: Found = { json: Object.create({ k: value }), path: [] };
        expect(read(r, kind, parent, false)).toBeUndefined();
        expect(r.issues).toEqual([]);
        expect(has(parent, 'k')).toBe(false);
      }),
    );
    const proto: Found = { json: JSON.parse('{"__proto__": {"a": 1}}'), path: [] };
    expect(own(proto, '__proto__')).toEqual({ a: 1 });
    expect(own(proto, 'constructor')).toBeUndefined();
    expect(keys(proto)).toEqual(['__proto__']);
  });

  it('finds nothing and says nothing under an absent parent', () => {
    const r = new LooseReader('The input');
    expect(r.object(undefined, 'a', { required: true })).toBeUndefined();
    expect(r.string(undefined, 'a', { required: true })).toBeUndefined();
    expect(r.array(undefined, 'a', { required: true })).toBeUndefined();
    expect(r.boolean(undefined, 'a')).toBeUndefined();
    expect(r.issues).toEqual([]);
  });

  it('names the root by its subject', () => {
    const r = new LooseReader('The metadata');
    expect(r.root([])).toBeUndefined();
    expect(r.root(undefined)).toBeUndefined();
    expect(r.root({ a: 1 })).toEqual({ json: { a: 1 }, path: [] });
    expect(r.issues).toEqual([
      { code: 'invalid_type', path: [], message: 'The metadata must be an object, not an array.' },
      { code: 'missing', path: [], message: 'The metadata is required (an object).' },
    ]);
  });

  it('reads the items of an array as objects, each at its index', () => {
    const r = new LooseReader('The input');
    const items = [{ a: 1 }, 'x'];
    expect(r.item(items, ['list'], 0)).toEqual({ json: { a: 1 }, path: ['list', 0] });
    expect(r.item(items, ['list'], 1)).toBeUndefined();
    expect(r.issues).toEqual([
      { code: 'invalid_type', path: ['list', 1], message: 'list[1] must be an object, not a string.' },
    ]);
  });
});
