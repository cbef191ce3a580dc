// The page's JSON scanner (site/src/jsonPath.ts): where a path is written in a JSON text. Its
// oracle is JSON.parse: the text it points to reads back as the value at the path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonPath, locate } from '../../site/src/jsonPath.js';
import { stripJsonComments } from '../../src/profiles/stripJsonComments.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a value, the root's [] first. */
function pathsOf(value: Json, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => void out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function at(value: Json, path: JsonPath): Json {
  let v: Json = value;
  for (const key of path) v = (v as Record<string | number, Json>)[key] as Json;
  return v;
}

/** JSON's own equality: what JSON.parse reads back from JSON.stringify (-0 is 0). */
const same = (v: Json): unknown => JSON.parse(JSON.stringify(v));

// JSON.stringify's indent may be any white space JSON allows: odd layouts come for free.
const indentArb = fc.oneof(
  fc.constant(undefined),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 6 }),
);
const jsonArb = fc.jsonValue() as fc.Arbitrary<Json>;

describe('locate', () => {
  it('finds every path of a value: an element reads back as the value, a member as { key: value }', () => {
    fc.assert(
      fc.property(jsonArb, indentArb, (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        for (const path of pathsOf(value)) {
          const found = locate(text, path);
          expect(found?.depth).toBe(path.length);
          const slice = text.slice(found!.range.start, found!.range.end);
          const last = path.at(-1);
          if (typeof last === 'string')
            expect(JSON.parse(`{${slice}}`)).toEqual({ [last]: same(at(value, path)) });
          else expect(JSON.parse(slice)).toEqual(same(at(value, path)));
        }
      }),
    );
  });

  it('stops at the deepest part of a path the text holds', () => {
    fc.assert(
      fc.property(jsonArb, fc.nat(), fc.oneof(fc.string(), fc.nat()), (value, pick, extra) => {
        const text = JSON.stringify(value, null, 2);
        const paths = pathsOf(value);
        const path = paths[pick % paths.length]!;
        const inside = at(value, path);
        const absent =
          typeof extra === 'number'
            ? !Array.isArray(inside) || extra >= inside.length
            : inside === null ||
              typeof inside !== 'object' ||
              Array.isArray(inside) ||
              !Object.hasOwn(inside, extra);
        fc.pre(absent);
        expect(locate(text, [...path, extra, 'deeper'])).toEqual(locate(text, path));
      }),
    );
  });

  it('never throws, and any range it gives lies in the text', () => {
    const keyArb = fc.oneof(fc.string({ maxLength: 3 }), fc.nat({ max: 3 }));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'{}[]":,\\ ab1-tn'.split('')) }),
        fc.array(keyArb, { maxLength: 4 }),
        (text, path) => {
          const found = locate(text, path);
          if (found === undefined) return;
          expect(
            0 <= found.range.start && found.range.start <= found.range.end && found.range.end <= text.length,
          ).toBe(true);
          expect(found.depth).toBeLessThanOrEqual(path.length);
        },
      ),
    );
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    const text = '{"a": 1, "b": {"c": 2}, "a": [3]}';
    const found = locate(text, ['a', 0]);
    expect(found?.depth).toBe(2);
    expect(text.slice(found!.range.start, found!.range.end)).toBe('3');
  });

  it('reads escaped keys, and skips brackets and quotes inside strings', () => {
    const text = '{"x": "}]\\"{", "ti\\u0074le": "Rebar", "y": ["[", {"z": null}]}';
    const title = locate(text, ['title'])!;
    expect(text.slice(title.range.start, title.range.end)).toBe('"ti\\u0074le": "Rebar"');
    const z = locate(text, ['y', 1, 'z'])!;
    expect([z.depth, text.slice(z.range.start, z.range.end)]).toEqual([3, '"z": null']);
  });

  it('walks 100,000 levels of nesting without recursion', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}"deep"${']'.repeat(depth)}`;
    const found = locate(text, [0, 0, 0]);
    expect(found?.depth).toBe(3);
    expect(found?.range).toEqual({ start: 3, end: text.length - 3 });
  });

  it('keeps offsets in JSON with comments once stripJsonComments has blanked them', () => {
    const text = '{\n  // the ERP\n  "settings": { /* labels */ "labels": { "name": "Sage" } }\n}';
    const found = locate(stripJsonComments(text), ['settings', 'labels', 'name'])!;
    expect(text.slice(found.range.start, found.range.end)).toBe('"name": "Sage"');
  });

  it('gives nothing for a text without a JSON value', () => {
    expect(locate('', [])).toBeUndefined();
    expect(locate('   ', ['a'])).toBeUndefined();
    expect(locate('{"a": ', ['a'])).toBeUndefined();
  });
});
