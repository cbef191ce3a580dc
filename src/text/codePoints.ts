/**
 * The number of Unicode code points in `text`: what a person counts as characters, where an emoji
 * outside the Basic Multilingual Plane is one, not two UTF-16 units.
 * @example
 * codePointLength('Café 👷') //=> 6
 */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
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
