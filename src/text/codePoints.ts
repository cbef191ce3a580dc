/**
 * Any surrogate (half of a code point outside the Basic Multilingual Plane). Most text has none, and
 * the regular expression engine finds that far faster than a loop over the text: at once for a
 * Latin-1 string, which V8 stores one byte per character. Never global: it keeps no state.
 */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The number of Unicode code points in `text`: what a person counts as characters, where an emoji
 * outside the Basic Multilingual Plane is one, not two UTF-16 units.
 * @example
 * codePointLength('Café 👷') //=> 6
 */
export function codePointLength(text: string): number {
  // Up to the first surrogate, every UTF-16 unit is a code point.
  const first = text.search(SURROGATE);
  if (first < 0) return text.length;
  let n = text.length;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * Whether `text` has more than `limit` code points, without counting past what is needed: text
 * whose UTF-16 length is within the limit is within it in code points too.
 */
export function exceedsCodePoints(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  if (text.length > 2 * limit) return true;
  return codePointLength(text) > limit;
}

/** The UTF-16 index just after the first `count` code points of `text` (its length if fewer). */
export function indexAfterCodePoints(text: string, count: number): number {
  // Without a surrogate among the first `count` units, they are the first `count` code points.
  const head = text.length > count ? text.slice(0, count) : text;
  if (!SURROGATE.test(head)) return head.length;
  let i = 0;
  for (let seen = 0; seen < count && i < text.length; seen++) {
    const c = text.charCodeAt(i);
    i +=
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
        ? 2
        : 1;
  }
  return i;
}
