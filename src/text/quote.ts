import { exceedsCodePoints } from './codePoints.js';
import { truncateGraphemes } from './truncate.js';

/** The most characters (code points) of user text a message quotes. */
export const QUOTE_LIMIT = 60;

/**
 * User text as a message quotes it: in double quotes (JSON escapes, so a control character or a
 * quote inside cannot break the message), cut to at most {@link QUOTE_LIMIT} characters at a
 * grapheme boundary (never half an emoji) with `…` when cut. A 5 MB id makes a short message.
 * @example
 * quote('CO-0007') //=> '"CO-0007"'
 * quote('x'.repeat(5_000_000)).length //=> 64
 */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  if (!exceedsCodePoints(text, limit)) return JSON.stringify(text);
  return JSON.stringify(`${truncateGraphemes(text, limit).text}…`);
}
