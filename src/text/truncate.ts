import { exceedsCodePoints, indexAfterCodePoints } from './codePoints.js';

/** How far back from the cut to look for a place where segmentation can safely start. */
const WINDOW = 256;

let segmenter: Intl.Segmenter | undefined;

/**
 * The start of a window that ends at `cut` and begins on a sure grapheme boundary: a printable
 * ASCII character preceded by ASCII (no combining mark, prepend or regional-indicator run can
 * join across it), or the start of the text.
 */
function windowStart(text: string, cut: number): number {
  const floor = Math.max(0, cut - WINDOW);
  for (let i = floor; i > 0 && i > floor - WINDOW; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && text.charCodeAt(i - 1) < 0x80) return i;
  }
  return 0;
}

/**
 * The longest prefix of `text` with at most `limit` code points that does not split a grapheme
 * cluster (so never a surrogate pair, an emoji sequence or a letter from its accent). Only a small
 * window before the cut is segmented, never the whole text: `Intl.Segmenter` is slow on long
 * strings.
 * @returns The prefix, and whether anything was cut.
 * @example
 * truncateGraphemes('Scope 👷🏽‍♀️ here', 7) //=> { text: 'Scope ', truncated: true }
 */
export function truncateGraphemes(text: string, limit: number): { text: string; truncated: boolean } {
  if (!exceedsCodePoints(text, limit)) return { text, truncated: false };
  const cut = indexAfterCodePoints(text, limit);
  const start = windowStart(text, cut);
  // Include the code point after the cut: whether the cut is a boundary depends on it.
  const after = cut + ((text.charCodeAt(cut) & 0xfc00) === 0xd800 ? 2 : 1);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let boundary = start;
  for (const { index } of segmenter.segment(text.slice(start, after))) {
    if (start + index > cut) break;
    boundary = start + index;
  }
  return { text: text.slice(0, boundary), truncated: true };
}
