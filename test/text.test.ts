import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, exceedsCodePoints, indexAfterCodePoints } from '../src/text/codePoints.js';
import { truncateGraphemes } from '../src/text/truncate.js';

const graphemes = (s: string) =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((g) => g.index);

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['Café 👷', 6],
    ['👷🏽‍♀️', 5],
    ['\uD800', 1],
    ['\uDC00\uD800', 2],
  ])('%j has %i code points', (s, n) => {
    expect(codePointLength(s)).toBe(n);
  });
  it('equals the length of the code point array', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => codePointLength(s) === [...s].length));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.nat({ max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        (s) => codePointLength(s) === [...s].length,
      ),
    );
  });
  it('counts and cuts like the code point array on long Latin text with a few surrogates anywhere', () => {
    // The fast paths skip the text up to the first surrogate: put them at every distance from it.
    const unit = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom('a', 'é', ' ', '—') },
      { weight: 1, arbitrary: fc.constantFrom('👷', '\uD800', '\uDC00', '\uDBFF\uDFFF') },
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.nat({ max: 320 }), (s, n) => {
        expect(codePointLength(s)).toBe([...s].length);
        expect(s.slice(0, indexAfterCodePoints(s, n))).toBe([...s].slice(0, n).join(''));
      }),
      { numRuns: 500 },
    );
  });
  it('exceedsCodePoints agrees with counting', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat({ max: 40 }), (s, limit) => {
        expect(exceedsCodePoints(s, limit)).toBe([...s].length > limit);
      }),
    );
  });
  it('indexAfterCodePoints lands after the n-th code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.nat({ max: 35 }), (s, n) => {
        expect(s.slice(0, indexAfterCodePoints(s, n))).toBe([...s].slice(0, n).join(''));
      }),
    );
  });
});

describe('truncateGraphemes', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateGraphemes('short', 1000)).toEqual({ text: 'short', truncated: false });
    const emoji = '👷'.repeat(1000); // 2000 UTF-16 units, 1000 code points
    expect(truncateGraphemes(emoji, 1000)).toEqual({ text: emoji, truncated: false });
  });
  it('never cuts a surrogate pair', () => {
    expect(truncateGraphemes(`${'a'.repeat(999)}👷b`, 1000).text).toBe(`${'a'.repeat(999)}👷`);
    expect(truncateGraphemes(`${'a'.repeat(999)}👷👷`, 1000).text).toBe(`${'a'.repeat(999)}👷`);
  });
  it('never cuts an emoji sequence or a letter from its accent', () => {
    const worker = '👷🏽‍♀️'; // 5 code points, one grapheme
    expect(truncateGraphemes(`${'a'.repeat(997)}${worker}z`, 1000)).toEqual({
      text: 'a'.repeat(997),
      truncated: true,
    });
    expect(truncateGraphemes(`${'a'.repeat(999)}e\u0301`, 1000).text).toBe('a'.repeat(999));
    const flags = '🇫🇷🇩🇪🇮🇹'; // regional indicator pairs
    expect(truncateGraphemes(`${'a'.repeat(997)}${flags}`, 1000).text).toBe(`${'a'.repeat(997)}🇫🇷`);
  });
  it('handles a long run of regional indicators before the cut', () => {
    const text = '🇫🇷'.repeat(600); // 1200 code points
    const out = truncateGraphemes(text, 1000).text;
    expect(out).toBe('🇫🇷'.repeat(500));
  });
  it('is fast on a megabyte of text (only a window is segmented)', () => {
    const text = `${'x'.repeat(500)}${'é👷🏽‍♀️'.repeat(200_000)}`;
    const out = truncateGraphemes(text, 1000);
    expect(out.truncated).toBe(true);
    expect(text.startsWith(out.text)).toBe(true);
  });
  /** Units of text, ASCII or not, that join or split graphemes in every way the cut can meet. */
  const nonAscii = fc.constantFrom(
    'é',
    'e\u0301',
    '👷',
    '👷🏽‍♀️',
    '🇫🇷',
    '\u0600',
    '\u200d',
    '\ufe0f',
    'ก\u0e33',
    'ü',
  );
  const unit = fc.oneof(
    nonAscii,
    fc.constantFrom('a', ' ', '\r\n', '\r', '\n'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  );
  /**
   * Texts and limits: short texts; long ones cut far in; long runs with no two ASCII characters in
   * a row (segmented from the start); the limit up to a little past the length, so most runs cut.
   */
  const cases = fc
    .oneof(
      fc.array(unit, { maxLength: 60 }),
      fc.array(unit, { minLength: 200, maxLength: 900 }),
      fc.array(nonAscii, { minLength: 600, maxLength: 900 }),
    )
    .map((u) => u.join(''))
    .chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: 1, max: [...text].length + 5 })));

  /** Which way the cut went, for the statistics: no cut, a boundary between ASCII, or segmented. */
  function path([text, limit]: [string, number]): string {
    const points = [...text];
    if (points.length <= limit) return 'not cut';
    const before = points[limit - 1]!.charCodeAt(0);
    const after = points[limit]!.charCodeAt(0);
    if (before < 0x80 && after < 0x80 && !(before === 13 && after === 10)) return 'cut between ASCII';
    const head = points.slice(Math.max(0, limit - 512), limit).join('');
    return /[\0-\x7f]{2}/.test(head.replace(/\r\n/g, '\u0100'))
      ? 'segmented from near the cut'
      : 'segmented from the start';
  }

  it('returns a prefix of at most `limit` code points ending on a grapheme boundary', () => {
    fc.assert(
      fc.property(cases, ([text, limit]) => {
        const { text: out, truncated } = truncateGraphemes(text, limit);
        expect(text.startsWith(out)).toBe(true);
        expect([...out].length).toBeLessThanOrEqual(limit);
        expect(truncated).toBe(out !== text);
        if (truncated) {
          expect(graphemes(text)).toContain(out.length);
          // Maximal: the next grapheme would not have fit.
          const next = graphemes(text).find((i) => i > out.length) ?? text.length;
          expect([...text.slice(0, next)].length).toBeGreaterThan(limit);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the property’s cases reach every way of cutting, each in more than 2% of 2,000 samples', () => {
    const seen = new Map<string, number>();
    for (const c of fc.sample(cases, 2000)) seen.set(path(c), (seen.get(path(c)) ?? 0) + 1);
    for (const way of [
      'not cut',
      'cut between ASCII',
      'segmented from near the cut',
      'segmented from the start',
    ]) {
      expect(seen.get(way) ?? 0, way).toBeGreaterThan(40);
    }
  });
});
