import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentFramer } from '../../src/cli/documents.js';
import { type Framer, type FrameSink, NdjsonFramer } from '../../src/cli/framing.js';

type Event = { record: string; line: number } | { error: string; line: number; message?: string };

function frame(framer: Framer, chunks: readonly (string | Buffer)[], messages = false): Event[] {
  const events: Event[] = [];
  const sink: FrameSink = {
    record: (record, line) => events.push({ record, line }),
    error: (line, code, message) =>
      events.push(messages ? { error: code, line, message } : { error: code, line }),
  };
  for (const c of chunks) framer.push(typeof c === 'string' ? Buffer.from(c) : c, sink);
  framer.end(sink);
  return events;
}

const auto = (chunks: readonly (string | Buffer)[]) => frame(new DocumentFramer({ detect: true }), chunks);
const json = (chunks: readonly (string | Buffer)[]) => frame(new DocumentFramer({ detect: false }), chunks);

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
const object = fc.dictionary(fc.string({ maxLength: 5 }), jsonValue, { maxKeys: 4 });
const points = fc.array(fc.nat(), { maxLength: 10 });
const R = (record: string, line = 1): Event => ({ record, line });
const E = (line = 1, error = 'invalid_json'): Event => ({ error, line });
/** Records compared as JSON values (JSON has no -0), errors as they are. */
const values = (events: Event[]) =>
  events.map((e) => ('record' in e ? JSON.stringify(JSON.parse(e.record)) : e));

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
        points,
        (lines, crlf, at) => {
          const text = lines.map((l) => `${l}${crlf ? '\r\n' : '\n'}`).join('');
          const expected = lines
            .map((l, i) => ({ record: crlf ? `${l}\r` : l, line: i + 1 }))
            .filter((e) => e.record.trim() !== '');
          expect(frame(new NdjsonFramer(), cut(Buffer.from(text), at))).toEqual(expected);
        },
      ),
    );
  });

  it('keeps a character whose bytes are split between chunks', () => {
    const bytes = Buffer.from('{"t":"👷é"}\n{"t":"ü"}');
    for (let i = 0; i <= bytes.length; i++) {
      expect(frame(new NdjsonFramer(), [bytes.subarray(0, i), bytes.subarray(i)])).toEqual([
        R('{"t":"👷é"}'),
        R('{"t":"ü"}', 2),
      ]);
    }
  });

  it('skips a line longer than the limit and goes on', () => {
    const framer = new NdjsonFramer(1, 8);
    expect(frame(framer, ['{"a":1}\n{"b":', '"0123456789', '"}\n{"c"', ':3}\n'])).toEqual([
      R('{"a":1}'),
      E(2, 'record_too_large'),
      R('{"c":3}', 3),
    ]);
    expect(frame(new NdjsonFramer(1, 4), ['0123456789'])).toEqual([E(1, 'record_too_large')]);
  });

  it('reports a line that is not UTF-8, and only that line, whatever the chunking', () => {
    // "é" in Windows-1252 is the lone byte 0xE9; a lone continuation byte 0x80; a cut sequence.
    const bad = [
      Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
      Buffer.from([0x80]),
      Buffer.from([0xf0, 0x9f, 0x91]),
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...bad),
            object.map((o) => Buffer.from(JSON.stringify(o))),
          ),
          { maxLength: 8 },
        ),
        points,
        (lines, at) => {
          const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
          const expected = lines.map((l, i) =>
            bad.includes(l) ? E(i + 1, 'invalid_utf8') : R(l.toString('utf8'), i + 1),
          );
          expect(frame(new NdjsonFramer(), cut(input, at))).toEqual(expected);
        },
      ),
    );
  });

  it('says which byte is not UTF-8 and how to convert the input', () => {
    const [event] = frame(new NdjsonFramer(), [Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d, 0x0a])], true);
    expect(event).toEqual({
      error: 'invalid_utf8',
      line: 1,
      message:
        'Line 1 is not UTF-8 text: byte 3 of the record (0xE9) is not part of a valid character; convert the input to UTF-8 (for example iconv -f windows-1252 -t utf-8).',
    });
  });
});

describe('DocumentFramer: JSON values (--format json)', () => {
  it('yields every element of an array, whatever the chunking and the layout', () => {
    fc.assert(
      fc.property(
        fc.array(jsonValue, { maxLength: 12 }),
        fc.constantFrom(undefined, 2),
        points,
        (items, indent, at) => {
          const text = JSON.stringify(items, null, indent);
          expect(values(json(cut(Buffer.from(text), at)))).toEqual(items.map((v) => JSON.stringify(v)));
        },
      ),
    );
  });

  it('yields objects one after another (cat a.json b.json), each from its first line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(object, fc.constantFrom(undefined, 2, '\t')), { maxLength: 8 }),
        points,
        (objects, at) => {
          const texts = objects.map(([o, indent]) => JSON.stringify(o, null, indent));
          let line = 1;
          const expected = texts.map((t) => {
            const e = R(t, line);
            line += t.split('\n').length;
            return e;
          });
          const input = Buffer.from(texts.map((t) => `${t}\n`).join(''));
          expect(json(cut(input, at))).toEqual(expected);
          // Under auto the first value decides: one that spans lines means JSON values.
          if (texts[0]?.includes('\n')) expect(auto(cut(input, at))).toEqual(expected);
        },
      ),
    );
  });

  it('gives each element the line it starts on', () => {
    const text = '[\n  {"id": "a,]}"},\n  {"id": "b\\"]"}\n  ,\n\n  {"x": [1, {"y": 2}]}\n]\n';
    expect(json([text])).toEqual([
      R('{"id": "a,]}"}', 2),
      R('{"id": "b\\"]"}', 3),
      R('{"x": [1, {"y": 2}]}', 6),
    ]);
  });

  it.each<[string, string[], Event[]]>([
    ['a trailing comma', ['[1,]'], [R('1'), E()]],
    ['an empty element', ['[1,,2]'], [R('1'), E(), R('2')]],
    [
      'text between values, as a record up to the end of its line',
      ['{"a":1}\n oops }\n{"b":2}'],
      [R('{"a":1}'), R('oops }', 2), R('{"b":2}', 3)],
    ],
    ['an unfinished element', ['[1, {"a"'], [R('1'), E()]],
    ['no closing bracket', ['[1,\n'], [R('1'), E()]],
    ['an element that is not JSON (left to the parser)', ['[', '{tru},', '2]'], [R('{tru}'), R('2')]],
    [
      'a string cut by a line break (left to the parser)',
      ['{"a": "x\n}\n{"b": 2}'],
      [R('{"a": "x\n}'), R('{"b": 2}', 3)],
    ],
    ['nothing', [''], []],
  ])('reports %s, and goes on where it can', (_, chunks, events) => {
    expect(json(chunks)).toEqual(events);
  });

  it('reports a value left open when a line starts a new one in column 0, and reads that one', () => {
    const events = frame(new DocumentFramer({ detect: false }), ['{\n  "a": 1\n{\n  "b": 2\n}\n'], true);
    expect(events).toEqual([
      {
        error: 'invalid_json',
        line: 1,
        message:
          'Lines 1–2 are not valid JSON: the value that starts on line 1 is not closed before line 3, which starts a new value in column 0.',
      },
      R('{\n  "b": 2\n}', 3),
    ]);
  });

  it('refuses an element larger than the limit and reads on', () => {
    const framer = new DocumentFramer({ detect: false, maxRecord: 4 });
    expect(frame(framer, ['[1, "0123', '456789", 2', ']'])).toEqual([
      R('1'),
      E(1, 'record_too_large'),
      R('2'),
    ]);
  });
});

describe('DocumentFramer: format detection (--format auto)', () => {
  it('reads a first line that is whole JSON as NDJSON', () => {
    expect(auto(['\n{"a":1}\n{"b":', '2}\n'])).toEqual([R('{"a":1}', 2), R('{"b":2}', 3)]);
    expect(auto(['{"a":1}'])).toEqual([R('{"a":1}')]);
    expect(auto(['{"a":1} {"b":2}\n{"c":3}'])).toEqual([R('{"a":1} {"b":2}'), R('{"c":3}', 2)]);
  });

  it('reads an array only when it is the whole input', () => {
    expect(auto(['\n  [', '{"a":1},{"b":2}]\n\n'])).toEqual([R('{"a":1}', 2), R('{"b":2}', 2)]);
    expect(auto(['[\n{"a":1},\n{"b":2}\n]'])).toEqual([R('{"a":1}', 2), R('{"b":2}', 3)]);
    // A first line [1,2] or [] followed by more lines is NDJSON: nothing after it is lost.
    expect(auto(['[1,2]\n{"a":1}\n'])).toEqual([R('[1,2]'), R('{"a":1}', 2)]);
    expect(auto(['[]', '\n', '{"a":1}'])).toEqual([R('[]'), R('{"a":1}', 2)]);
  });

  it('reads a pretty-printed object, and a broken one as one record', () => {
    const pretty = JSON.stringify({ a: 1, b: [1, 2] }, null, 2);
    expect(auto([pretty.slice(0, 5), pretty.slice(5)])).toEqual([R(pretty)]);
    expect(auto(['{\n  "a": 1\n  "b": 2\n}\n{\n  "c": 3\n}\n'])).toEqual([
      R('{\n  "a": 1\n  "b": 2\n}'),
      R('{\n  "c": 3\n}', 5),
    ]);
  });

  it.each<[string, string, Event[]]>([
    [
      'garbage, then a broken line',
      'garbage\n{"broken\n{"a":1}\n',
      [R('garbage'), R('{"broken', 2), R('{"a":1}', 3)],
    ],
    ['a value left open', '{"a":\n{"b":2}\n{"c":3}\n', [R('{"a":'), R('{"b":2}', 2), R('{"c":3}', 3)]],
    ['an array left open', '[\n{"b":2}\n{"c":3}', [R('['), R('{"b":2}', 2), R('{"c":3}', 3)]],
    ['a line left open, at the end', '{"a":\n{"b":2}\n', [R('{"a":'), R('{"b":2}', 2)]],
    [
      'a line left open after a comma',
      '{"id":"1",\n{"id":"2","x":1}\n{"id":"3"}',
      [R('{"id":"1",'), R('{"id":"2","x":1}', 2), R('{"id":"3"}', 3)],
    ],
  ])('reads NDJSON whose first lines are broken: %s', (_, text, events) => {
    expect(auto([text])).toEqual(events);
  });

  it('gives every NDJSON line after broken first lines exactly one record, whatever they hold', () => {
    const broken = fc.oneof(
      fc.constantFrom(
        '{',
        '[',
        '{"a":',
        '"x"',
        '1,',
        '}',
        ']',
        '{"broken',
        '[1,2]',
        '[]',
        'garbage',
        '{"a":[',
        '\uFEFF{',
      ),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ' ')),
      object.map((o) => JSON.stringify(o)).chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))),
    );
    fc.assert(
      fc.property(
        fc.array(broken, { maxLength: 3 }),
        fc.array(object, { minLength: 1, maxLength: 6 }),
        points,
        (first, objects, at) => {
          const lines = [...first, ...objects.map((o) => JSON.stringify(o))];
          const events = auto(cut(Buffer.from(lines.map((l) => `${l}\n`).join('')), at));
          const later = events.filter((e) => e.line > first.length);
          expect(later).toEqual(objects.map((o, i) => R(JSON.stringify(o), first.length + i + 1)));
          const records = events.filter((e) => 'record' in e).map((e) => e.line);
          expect(records).toEqual([...records].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('says so when the input is neither one JSON value nor NDJSON', () => {
    const [event] = frame(new DocumentFramer({ detect: true }), ['{"a":\n  xyz\n'], true);
    expect(event).toEqual({
      error: 'invalid_json',
      line: 1,
      message:
        'Lines 1–2 are not valid JSON: the value that starts on line 1 is not closed at the end of the input. Nor is the input NDJSON: no later line of that value starts with "{" or "["; pass --format ndjson for one result per line.',
    });
    expect(auto(['{\n'])).toEqual([E()]);
  });

  it('does not hold more than a record: a long one-line array is read as an array, NDJSON-looking lines as lines', () => {
    const small = () => new DocumentFramer({ detect: true, maxRecord: 16 });
    expect(frame(small(), ['[1, 2, 3, 4, 5, ', '6, 7, 8, 9, 10, 11', ']'])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => R(String(n))),
    );
    expect(frame(small(), ['{"a":\n{"b":1}\n', '{"c":2}\n{"d":3}\n'])).toEqual([
      R('{"a":'),
      R('{"b":1}', 2),
      R('{"c":2}', 3),
      R('{"d":3}', 4),
    ]);
    // A pretty object over the limit: one record_too_large, then the next object.
    const pretty = ['{\n  "a": 1,\n', '  "b": 2,\n', '  "c": 3\n}\n{"d":4}\n'];
    expect(frame(small(), pretty)).toEqual([E(1, 'record_too_large'), R('{"d":4}', 6)]);
  });

  it('finds nothing in an empty or blank input', () => {
    expect(auto([])).toEqual([]);
    expect(auto([' \n', '\n'])).toEqual([]);
  });

  it('reports a record that is not UTF-8 in an array or a document, and reads the others', () => {
    const bad = Buffer.from('[\n  {"t": "\xe9"},\n  {"t": "ok"}\n]', 'latin1');
    expect(auto([bad])).toEqual([E(2, 'invalid_utf8'), R('{"t": "ok"}', 3)]);
  });

  it('reads a very long first line at the cost of NDJSON, not more', () => {
    // The detection scans each byte once: a 32 MiB line, 64 KiB at a time (a pipe), costs about
    // what NDJSON costs. Re-reading the held bytes at each chunk made it quadratic (minutes here).
    const line = Buffer.from(`{"description":"${'x'.repeat(32 * 1024 * 1024)}"}\n{"id":"2"}\n`);
    const chunks = cut(
      line,
      Array.from({ length: line.length >> 16 }, (_, k) => k << 16),
    );
    const time = (framer: () => Framer) => {
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 2; k++) {
        const start = performance.now();
        expect(frame(framer(), chunks).length).toBe(2);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const ndjson = time(() => new NdjsonFramer());
    expect(time(() => new DocumentFramer({ detect: true }))).toBeLessThan(10 * ndjson + 500);
  });
});

describe('every framer', () => {
  const soup = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ',',
          ':',
          '\n',
          ' ',
          '\\',
          'a',
          '1',
          '\r\n',
          'é',
          '👷',
          '\uFEFF',
        ),
        object.map((o) => JSON.stringify(o, null, 2)),
        object.map((o) => `${JSON.stringify(o)}\n`),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));
  const framers = {
    ndjson: () => new NdjsonFramer(),
    json: () => new DocumentFramer({ detect: false }),
    auto: () => new DocumentFramer({ detect: true }),
  };

  it.each(Object.entries(framers))(
    '%s: finds the same records however the bytes are cut, and never throws',
    (_, make) => {
      fc.assert(
        fc.property(soup, fc.array(fc.nat(), { maxLength: 12 }), (text, at) => {
          const bytes = Buffer.from(text);
          const whole = frame(make(), [bytes]);
          expect(frame(make(), cut(bytes, at))).toEqual(whole);
          // Every record is a slice of the input, on a line that exists.
          const lines = text.split('\n').length;
          for (const e of whole) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(lines);
            if ('record' in e) expect(text).toContain(e.record);
          }
        }),
      );
    },
  );
});
