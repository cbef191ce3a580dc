// The patterns the schemas give for what zod checks with code accept exactly what the library
// accepts: decimals as readDecimal reads them, instants as parseInstant, statuses as
// ChangeOrderStatusSchema. Time zones: every zone the runtime knows fits the pattern (the pattern
// checks the shape only; see docs/other-languages.md). Each is also run through Python's `re`,
// which reads `$` and `\d` otherwise than JavaScript.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGE_ORDER_STATUSES, ChangeOrderStatusSchema } from '../../src/model/enums.js';
import { readDecimal } from '../../src/money/decimalString.js';
import { amountArb, instantArb, TIME_ZONES } from '../../src/testing/arbitraries.js';
import { parseInstant } from '../../src/time/instant.js';
import { isTimeZone } from '../../src/time/zone.js';
import { at, patternTest, schemaFile } from './helpers.js';

type Limited = { pattern: string; maxLength: number };
const changeOrder = schemaFile('change-order');
const amountSchema = at<Limited>(changeOrder, '$defs', 'Amount');
const instantPattern = at<string>(changeOrder, '$defs', 'Instant', 'pattern');
const statusPattern = at<string>(changeOrder, '$defs', 'ChangeOrderStatus', 'anyOf', 1, 'pattern');
const zoneSchema = at<Limited>(
  schemaFile('export-context'),
  'properties',
  'project',
  'properties',
  'timeZone',
);

const isDecimalBySchema = (text: string) =>
  patternTest(amountSchema.pattern)(text) && [...text].length <= amountSchema.maxLength;
const isInstantBySchema = patternTest(instantPattern);
const isStatusBySchema = patternTest(statusPattern);
const isZoneShapeBySchema = (text: string) =>
  patternTest(zoneSchema.pattern)(text) && [...text].length <= zoneSchema.maxLength;

/** What Python's `re.search` (as `jsonschema` runs `pattern`) says of each text. */
function pythonSearch(pattern: string, texts: readonly string[]): boolean[] {
  const program =
    'import json, re, sys\nd = json.load(sys.stdin)\nprint(json.dumps([re.search(d["p"], t) is not None for t in d["t"]]))';
  const r = spawnSync('python3', ['-c', program], {
    input: JSON.stringify({ p: pattern, t: texts }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as boolean[];
}

/** Strings one character away from `base`: a character inserted, replaced or removed. */
function nearTo(base: fc.Arbitrary<string>, alphabet: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(base, fc.nat(), fc.constantFrom(...alphabet), fc.constantFrom('insert', 'replace', 'remove'))
    .map(([text, at, c, step]) => {
      const i = text.length === 0 ? 0 : at % (text.length + (step === 'insert' ? 1 : 0));
      if (step === 'insert') return text.slice(0, i) + c + text.slice(i);
      if (step === 'replace') return text.slice(0, i) + c + text.slice(i + 1);
      return text.slice(0, i) + text.slice(i + 1);
    });
}

const DECIMAL_NOISE = ['0', '1', '9', '-', '.', '+', 'e', 'E', ',', ' ', '_', '\n', '\u0663', '１', 'a'];
const INSTANT_NOISE = [
  '0',
  '1',
  '2',
  '3',
  '5',
  '9',
  '-',
  ':',
  '.',
  'T',
  't',
  'Z',
  'z',
  '+',
  ' ',
  '\n',
  '\u0663',
];

const decimals = fc.oneof(
  amountArb({ integerDigits: 30, decimals: 7 }),
  nearTo(amountArb({ integerDigits: 30, decimals: 7 }), DECIMAL_NOISE),
  fc.string({ unit: fc.constantFrom(...DECIMAL_NOISE), maxLength: 42 }),
  fc.string(),
);

/** Instants with every field drawn over and a little beyond its range. */
const instantsByField = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.option(fc.integer({ min: 0, max: 60 })),
    fraction: fc.option(fc.string({ unit: fc.constantFrom('0', '5', '9'), minLength: 0, maxLength: 11 })),
    zone: fc.constantFrom('Z', 'z', '+00', '-07:00', '+0530', '+23:59', '+24:00', '-05:60', '+05:', '', '+5'),
  })
  .map(({ year, month, day, hour, minute, second, fraction, zone }) => {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    const seconds = second === null ? '' : `:${p(second)}${fraction === null ? '' : `.${fraction}`}`;
    return `${p(year, 4)}-${p(month)}-${p(day)}T${p(hour)}:${p(minute)}${seconds}${zone}`;
  });

const instants = fc.oneof(instantArb(), instantsByField, nearTo(instantArb(), INSTANT_NOISE), fc.string());

/** JavaScript's white space, as `\s` and `trim` read it, and characters that look like it but are not. */
const SPACES = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u2028',
  '\u3000',
  '\ufeff',
];
const NOT_SPACES = ['\u200b', '\u0085', '\u001c', '_', '-', '.', 'x'];

const statuses = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...CHANGE_ORDER_STATUSES),
      fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      fc.constantFrom('_', ' ', '-', ' - ', '  ', '\u00a0', '\t', '__', '-_', '_ ', '.', ''),
      fc.string({ unit: fc.constantFrom(...SPACES, ...NOT_SPACES), maxLength: 2 }),
      fc.string({ unit: fc.constantFrom(...SPACES, ...NOT_SPACES), maxLength: 2 }),
    )
    .map(([status, upper, separator, before, after]) => {
      const cased = [...status].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
      return `${before}${cased.replaceAll('_', separator)}${after}`;
    }),
  nearTo(fc.constantFrom(...CHANGE_ORDER_STATUSES), ['a', 'E', '_', '-', ' ', '\n', 'İ', 'K']),
  fc.string(),
);

const statusByParser = (text: string) => ChangeOrderStatusSchema.safeParse(text).success;

describe('the decimal pattern and maxLength', () => {
  it('accept exactly what readDecimal accepts', () => {
    fc.assert(
      fc.property(decimals, (text) => {
        expect(isDecimalBySchema(text), JSON.stringify(text)).toBe(readDecimal(text) !== undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('agree at the edges: 40 and 41 characters, a final newline, other scripts’ digits', () => {
    const cases = [
      '1'.repeat(40),
      '1'.repeat(41),
      `-${'1'.repeat(39)}`,
      '1.50\n',
      '\n1.50',
      '١٢',
      '１',
      '0',
      '-0.0',
    ];
    for (const text of cases)
      expect(isDecimalBySchema(text), JSON.stringify(text)).toBe(readDecimal(text) !== undefined);
  });

  it('read the same in Python’s re (no \\d, no bare $)', () => {
    const texts = fc.sample(decimals, 500).concat(['1.50\n', '١٢', '1.5', '-0']);
    const python = pythonSearch(amountSchema.pattern, texts);
    for (const [i, text] of texts.entries()) {
      expect(python[i], JSON.stringify(text)).toBe(patternTest(amountSchema.pattern)(text));
    }
  });
});

describe('the instant pattern', () => {
  it('accepts exactly what parseInstant accepts', () => {
    fc.assert(
      fc.property(instants, (text) => {
        expect(isInstantBySchema(text), text).toBe(parseInstant(text) !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('knows every 29 February of years 0000 to 9999, and every day of the months around a century', () => {
    for (let year = 0; year <= 9999; year++) {
      const text = `${String(year).padStart(4, '0')}-02-29T00:00Z`;
      expect(isInstantBySchema(text), text).toBe(parseInstant(text) !== undefined);
    }
    for (const year of [0, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00Z`;
          expect(isInstantBySchema(text), text).toBe(parseInstant(text) !== undefined);
        }
  });

  it('reads the same in Python’s re', () => {
    const texts = fc.sample(instants, 500).concat(['2024-03-10T07:30:00Z\n', '٢٠٢٤-03-10T07:30Z']);
    const python = pythonSearch(instantPattern, texts);
    for (const [i, text] of texts.entries()) {
      expect(python[i], JSON.stringify(text)).toBe(isInstantBySchema(text));
    }
  });
});

describe('the status pattern', () => {
  it('accepts exactly what ChangeOrderStatusSchema accepts', () => {
    fc.assert(
      fc.property(statuses, (text) => {
        expect(isStatusBySchema(text), JSON.stringify(text)).toBe(statusByParser(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('spells out the white space of JavaScript’s \\s and trim, for every code point', () => {
    const spaceClass = new RegExp(`^${statusPattern.match(/^\^(\[[^\]]+\])\*/)?.[1]}$`, 'u');
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (spaceClass.test(c) !== /^\s$/.test(c))
        expect.fail(`U+${cp.toString(16)}: the class and \\s differ`);
      if (/^\s$/.test(c) && c.trim() !== '') expect.fail(`U+${cp.toString(16)}: \\s and trim differ`);
    }
  });

  it('may spell letters as ASCII only: no other character lower-cases into a status', () => {
    const letters = new Set(CHANGE_ORDER_STATUSES.join(''));
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const lower = String.fromCodePoint(cp).toLowerCase();
      if ([...lower].every((c) => letters.has(c)))
        expect.fail(`U+${cp.toString(16)} lower-cases to "${lower}"`);
    }
  });

  it('reads the same in Python’s re', () => {
    const texts = fc.sample(statuses, 500).concat([' Not Pricing\ufeff', 'void\u0085', 'VOID\u001c']);
    const python = pythonSearch(statusPattern, texts);
    for (const [i, text] of texts.entries()) {
      expect(python[i], JSON.stringify(text)).toBe(isStatusBySchema(text));
    }
  });
});

describe('the time zone pattern and maxLength', () => {
  it('accept every zone the runtime knows, in any letter case, and every link the arbitraries use', () => {
    const zones = [
      ...Intl.supportedValuesOf('timeZone'),
      ...TIME_ZONES,
      'UTC',
      'Etc/GMT+5',
      'America/Port-au-Prince',
    ];
    for (const zone of zones) {
      expect(isTimeZone(zone), zone).toBe(true);
      for (const name of [zone, zone.toLowerCase(), zone.toUpperCase()])
        expect(isZoneShapeBySchema(name), name).toBe(true);
    }
  });

  it('refuse only what is not a zone (the shape is necessary, not sufficient)', () => {
    const names = fc.oneof(
      fc.constantFrom(...TIME_ZONES),
      nearTo(fc.constantFrom(...TIME_ZONES), ['+', '-', ':', ' ', '0', '/', '_', 'é', '\n']),
      fc.string(),
    );
    fc.assert(
      fc.property(names, (name) => {
        if (!isZoneShapeBySchema(name)) expect(isTimeZone(name), name).toBe(false);
      }),
      { numRuns: 2000 },
    );
    // What the shape lets through and the runtime refuses: the documented difference.
    for (const name of ['Mars/Olympus', 'Not_A_Zone']) {
      expect(isZoneShapeBySchema(name)).toBe(true);
      expect(isTimeZone(name)).toBe(false);
    }
  });
});
