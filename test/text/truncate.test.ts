import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, exceedsCodePoints, indexAfterCodePoints } from '../../src/text/codePoints.js';
import { truncateGraphemes } from '../../src/text/truncate.js';

describe('code points', () => {
  it('counts what a person counts', () => {
    expect(codePointLength('Café 👷')).toBe(6);
    expect(codePointLength('\uD800x')).toBe(2); // a lone surrogate is one
    expect(codePointLength('x\uD800')).toBe(2);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat({ max: 50 }), (s, limit) => {
        expect(codePointLength(s)).toBe([...s].length);
        expect(exceedsCodePoints(s, limit)).toBe([...s].length > limit);
        expect(s.slice(0, indexAfterCodePoints(s, limit))).toBe([...s].slice(0, limit).join(''));
      }),
    );
  });
});

describe('truncateGraphemes', () => {
  it('cuts at most `limit` code points, as a prefix, never inside a grapheme', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', ' ', 'é', 'e\u0301', '👷🏽‍♀️', '🇫🇷', '\u0915\u094d\u0937', '\uD83D'),
          maxLength: 400,
        }),
        fc.integer({ min: 1, max: 300 }),
        (s, limit) => {
          const { text, truncated } = truncateGraphemes(s, limit);
          expect(s.startsWith(text)).toBe(true);
          expect([...text].length).toBeLessThanOrEqual(limit);
          expect(truncated).toBe(text !== s);
          const boundaries = new Set([...seg.segment(s)].map((x) => x.index).concat(s.length));
          expect(boundaries.has(text.length)).toBe(true);
        },
      ),
    );
  });

  it('does nothing to short text and cuts long text with a window', () => {
    expect(truncateGraphemes('short', 10)).toEqual({ text: 'short', truncated: false });
    expect(truncateGraphemes('Scope 👷🏽‍♀️ here', 7)).toEqual({ text: 'Scope ', truncated: true });
    const long = `${'x'.repeat(2000)}👷🏽‍♀️${'y'.repeat(2000)}`;
    expect(truncateGraphemes(long, 2003).text).toBe('x'.repeat(2000));
    const accents = 'e\u0301'.repeat(1500);
    expect(truncateGraphemes(accents, 1001).text).toBe('e\u0301'.repeat(500));
  });
});
