import { exceedsCodePoints, indexAfterCodePoints } from './codePoints.js';

/** How far back from the cut to look for a place where segmentation can safely start. */
const LOOK_BACK = 512;

let segmenter: Intl.Segmenter | undefined;

/** Whether the boundary between two UTF-16 units is sure without segmenting: both ASCII, not CR LF. */
function asciiBoundary(before: number, after: number): boolean {
  return before < 0x80 && after < 0x80 && !(before === 13 && after === 10);
}

/**
 * The nearest position at or before `cut` that is a sure grapheme boundary: between two ASCII
 * characters other than CR LF (no combining mark, prepend, joiner or regional-indicator run is
 * ASCII, so none can join across it), or the start of the text. It is usually a few characters
 * back, so only a short stretch is segmented; after {@link LOOK_BACK} characters it gives up and
 * starts at 0 (text without two ASCII characters in a row, segmented from its start: still right).
 */
function safeStart(text: string, cut: number): number {
  const floor = Math.max(1, cut - LOOK_BACK);
  for (let i = cut; i >= floor; i--) {
    if (asciiBoundary(text.charCodeAt(i - 1), text.charCodeAt(i))) return i;
  }
  return 0;
}

/**
 * The longest prefix of `text` with at most `limit` code points that does not split a grapheme
 * cluster (so never a surrogate pair, an emoji sequence or a letter from its accent). When the cut
 * falls between two ASCII characters it is a boundary and nothing is segmented; otherwise only the
 * stretch from the nearest sure boundary before the cut is segmented, never the whole text:
 * `Intl.Segmenter` is slow on long strings.
 * @returns The prefix, and whether anything was cut.
 * @example
 * truncateGraphemes('Scope 👷🏽‍♀️ here', 7) //=> { text: 'Scope ', truncated: true }
 */
export function truncateGraphemes(text: string, limit: number): { text: string; truncated: boolean } {
  if (!exceedsCodePoints(text, limit)) return { text, truncated: false };
  const cut = indexAfterCodePoints(text, limit);
  if (cut === 0 || asciiBoundary(text.charCodeAt(cut - 1), text.charCodeAt(cut))) {
    return { text: text.slice(0, cut), truncated: true };
  }
  const start = safeStart(text, cut);
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
