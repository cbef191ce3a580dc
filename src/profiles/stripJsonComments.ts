const QUOTE = 34; // "
const BACKSLASH = 92; // \
const SLASH = 47; // /
const STAR = 42; // *
const LF = 10;
const CR = 13;

/**
 * Removes `//` line comments and `/* … *\/` block comments from JSON-with-comments text, leaving
 * strings untouched (a `//` inside `"https://…"` stays) and every newline in place, so that
 * `JSON.parse` reports errors at the original line numbers. It does nothing else: trailing commas
 * and other JSON5 liberties are left for `JSON.parse` to reject. An unterminated block comment
 * runs to the end of the text. Linear: each character is looked at once.
 * @param text - JSON with comments, such as Procore's `.jsonc` metadata example.
 * @returns The text with every comment replaced by spaces (newlines kept).
 * @example
 * JSON.parse(stripJsonComments('{ "url": "https://x" // the site\n}')) //=> { url: 'https://x' }
 */
export function stripJsonComments(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === QUOTE) {
      i = stringEnd(text, i + 1);
    } else if (c === SLASH && (next === SLASH || next === STAR)) {
      const end = next === SLASH ? lineEnd(text, i + 2) : blockEnd(text, i + 2);
      parts.push(text.slice(copied, i), next === SLASH ? ' '.repeat(end - i) : blank(text.slice(i, end)));
      copied = end;
      i = end;
    } else {
      i++;
    }
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** The index after the closing quote of the string whose body starts at `from`. */
function stringEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    i += c === BACKSLASH ? 2 : 1;
  }
  return text.length;
}

/** The index of the line break that ends the line holding `from` (or the text's length). */
function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return i;
}

/** The index after the `*\/` that closes a block comment whose body starts at `from`. */
function blockEnd(text: string, from: number): number {
  const close = text.indexOf('*/', from);
  return close < 0 ? text.length : close + 2;
}

/** A comment as spaces, its line breaks kept. */
function blank(comment: string): string {
  return comment.replace(/[^\r\n]/g, ' ');
}
