import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ArrayFramer,
  AutoFramer,
  type Framer,
  type FrameSink,
  framerFor,
  NdjsonFramer,
} from '../../src/cli/framing.js';

type Event = { record: string; line: number } | { error: string; line: number };

function frame(framer: Framer, chunks: readonly (string | Buffer)[]): Event[] {
  const events: Event[] = [];
  const sink: FrameSink = {
    record: (record, line) => events.push({ record, line }),
    error: (line, code) => events.push({ error: code, line }),
  };
  for (const c of chunks) framer.push(typeof c === 'string' ? Buffer.from(c) : c, sink);
  framer.end(sink);
  return events;
}

/** Cuts `bytes` at the given points (anywhere, also inside a UTF-8 sequence). */
function cut(bytes: Buffer, points: readonly number[]): Buffer[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of at) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

const jsonValue = fc.jsonValue({ maxDepth: 3 });

describe('NdjsonFramer', () => {
  it('yields each non-blank line with its number, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            jsonValue.map((v) => JSON.stringify(v)),
            fc.constantFrom('', ' ', '\r'),
          ),
          {
            maxLength: 20,
          },
        ),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 10 }),
        (lines, crlf, points) => {
          const text = lines.map((l) => `${l}${crlf ? '\r\n' : '\n'}`).join('');
          const expected = lines
            .map((l, i) => ({ record: crlf ? `${l}\r` : l, line: i + 1 }))
            .filter((e) => e.record.trim() !== '');
          expect(frame(new NdjsonFramer(), cut(Buffer.from(text), points))).toEqual(expected);
        },
      ),
    );
  });

  it('keeps a character whose bytes are split between chunks', () => {
    const bytes = Buffer.from('{"t":"👷é"}\n{"t":"ü"}');
    for (let i = 0; i <= bytes.length; i++) {
      expect(frame(new NdjsonFramer(), [bytes.subarray(0, i), bytes.subarray(i)])).toEqual([
        { record: '{"t":"👷é"}', line: 1 },
        { record: '{"t":"ü"}', line: 2 },
      ]);
    }
  });

  it('skips a line longer than the limit and goes on', () => {
    const framer = new NdjsonFramer(1, 8);
    expect(frame(framer, ['{"a":1}\n{"b":', '"0123456789', '"}\n{"c"', ':3}\n'])).toEqual([
      { record: '{"a":1}', line: 1 },
      { error: 'record_too_large', line: 2 },
      { record: '{"c":3}', line: 3 },
    ]);
    expect(frame(new NdjsonFramer(1, 4), ['0123456789'])).toEqual([{ error: 'record_too_large', line: 1 }]);
  });
});

describe('ArrayFramer', () => {
  it('yields every element, whatever the chunking and the layout', () => {
    fc.assert(
      fc.property(
        fc.array(jsonValue, { maxLength: 12 }),
        fc.constantFrom(undefined, 2),
        fc.array(fc.nat(), { maxLength: 10 }),
        (values, indent, points) => {
          const text = JSON.stringify(values, null, indent);
          const events = frame(new ArrayFramer(), cut(Buffer.from(text), points));
          // Compared as JSON text: JSON has no -0.
          const texts = events.map((e) => ('record' in e ? JSON.stringify(JSON.parse(e.record)) : e));
          expect(texts).toEqual(values.map((v) => JSON.stringify(v)));
        },
      ),
    );
  });

  it('gives each element the line it starts on', () => {
    const text = '[\n  {"id": "a,]}"},\n  {"id": "b\\"]"}\n  ,\n\n  {"x": [1, {"y": 2}]}\n]\n';
    expect(frame(new ArrayFramer(), [text])).toEqual([
      { record: '{"id": "a,]}"}', line: 2 },
      { record: '{"id": "b\\"]"}', line: 3 },
      { record: '{"x": [1, {"y": 2}]}', line: 6 },
    ]);
  });

  const R = (record: string, line = 1): Event => ({ record, line });
  const E = (line = 1): Event => ({ error: 'invalid_json', line });
  it.each<[string, string[], Event[]]>([
    ['an object', ['{"a":1}'], [E()]],
    ['a trailing comma', ['[1,]'], [R('1'), E()]],
    ['an empty element', ['[1,,2]'], [R('1'), E(), R('2')]],
    ['text after the array', ['[1]\n x'], [R('1'), E(2)]],
    ['an unfinished element', ['[1, {"a"'], [R('1'), E()]],
    ['no closing bracket', ['[1,\n'], [R('1'), E(2)]],
    ['an element that is not JSON (left to the parser)', ['[', '{tru},', '2]'], [R('{tru}'), R('2')]],
    ['nothing', [''], []],
  ])('reports %s, and goes on where it can', (_, chunks, events) => {
    expect(frame(new ArrayFramer(), chunks)).toEqual(events);
  });

  it('refuses an element larger than the limit', () => {
    expect(frame(new ArrayFramer(4), ['[1, "0123', '456789"]'])).toEqual([
      { record: '1', line: 1 },
      { error: 'record_too_large', line: 1 },
    ]);
  });
});

describe('format detection', () => {
  const auto = (chunks: string[]) => frame(new AutoFramer(), chunks);

  it('reads "[" as an array', () => {
    expect(auto(['\n  [', '{"a":1},{"b":2}]'])).toEqual([
      { record: '{"a":1}', line: 2 },
      { record: '{"b":2}', line: 2 },
    ]);
  });

  it('reads a first line that is whole JSON as NDJSON', () => {
    expect(auto(['\n{"a":1}\n{"b":', '2}\n'])).toEqual([
      { record: '{"a":1}', line: 2 },
      { record: '{"b":2}', line: 3 },
    ]);
    expect(auto(['{"a":1}'])).toEqual([{ record: '{"a":1}', line: 1 }]);
  });

  it('reads anything else as one object over many lines', () => {
    const pretty = JSON.stringify({ a: 1, b: [1, 2] }, null, 2);
    expect(auto([pretty.slice(0, 5), pretty.slice(5)])).toEqual([{ record: pretty, line: 1 }]);
  });

  it('reads NDJSON whose first line is broken as NDJSON', () => {
    expect(auto(['{"a":\n{"b":2}\n{"c":3}\n'])).toEqual([
      { record: '{"a":', line: 1 },
      { record: '{"b":2}', line: 2 },
      { record: '{"c":3}', line: 3 },
    ]);
  });

  it('reports a broken pretty object once', () => {
    expect(auto(['{\n  "a": 1\n  "b": 2\n}\n'])).toEqual([{ record: '{\n  "a": 1\n  "b": 2\n}\n', line: 1 }]);
    expect(auto(['{\n'])).toEqual([{ record: '{\n', line: 1 }]);
  });

  it('finds nothing in an empty or blank input', () => {
    expect(auto([])).toEqual([]);
    expect(auto([' \n', '\n'])).toEqual([]);
  });

  it('takes --format json as an object or an array, never as lines', () => {
    expect(frame(framerFor('json'), ['{"a":1}\n{"b":2}\n'])).toEqual([
      { record: '{"a":1}\n{"b":2}\n', line: 1 },
    ]);
    expect(frame(framerFor('json'), ['  ', ' [1]'])).toEqual([{ record: '1', line: 1 }]);
    expect(frame(framerFor('json'), [])).toEqual([]);
    expect(frame(framerFor('ndjson'), ['[1,\n2]'])).toEqual([
      { record: '[1,', line: 1 },
      { record: '2]', line: 2 },
    ]);
  });
});
