import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue, formatPath } from '../../src/internal/describe.js';

describe('formatPath', () => {
  it('writes identifiers after dots and indexes in brackets', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['lineItems', 2, 'amount'])).toBe('lineItems[2].amount');
    expect(formatPath([0, 'id'])).toBe('[0].id');
  });

  it('quotes any other key, so that a path is never ambiguous', () => {
    expect(formatPath(['fields', 'a.b', 'c d', ''])).toBe('fields["a.b"]["c d"][""]');
    expect(formatPath(['x', '0'])).toBe('x["0"]');
  });

  it('keeps a path short, whatever its keys (a 5 MB key is cut by quote())', () => {
    expect(formatPath(['settings', 'k'.repeat(5_000_000)])).toBe(`settings["${'k'.repeat(60)}…"]`);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 500 }), fc.nat()), { maxLength: 10 }), (path) => {
        expect(formatPath(path).length).toBeLessThanOrEqual(Math.max(6, path.length * 400));
        // quote() escapes as JSON: a key is never written with a raw quote or a control character.
        for (const key of path)
          if (typeof key === 'string' && key.length <= 60) {
            expect(formatPath([key])).toMatch(
              key === '' || !/^[A-Za-z_$][\w$]*$/.test(key) ? /^\[".*"\]$/s : /^[\w$]+$/,
            );
          }
      }),
    );
  });
});

describe('describeValue', () => {
  it('names a value by its type and never throws, even on a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeValue(proxy)).toBe('an object');
    expect([null, undefined, [], {}, '', 1, Number.NaN, 1n, true, Symbol()].map(describeValue)).toEqual([
      'null',
      'nothing',
      'an array',
      'an object',
      'a string',
      'a number',
      'NaN',
      'a bigint',
      'a boolean',
      'a symbol',
    ]);
  });
});
