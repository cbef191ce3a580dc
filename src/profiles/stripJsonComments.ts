/**
 * Removes `//` line comments and `/* … *\/` block comments from JSON-with-comments text, leaving
 * strings untouched (a `//` inside `"https://…"` stays) and every newline in place, so that
 * `JSON.parse` reports errors at the original line numbers. It does nothing else: trailing commas
 * and other JSON5 liberties are left for `JSON.parse` to reject. An unterminated block comment
 * runs to the end of the text.
 * @param text - JSON with comments, such as Procore's `.jsonc` metadata example.
 * @returns The text with every comment replaced by spaces (newlines kept).
 * @example
 * JSON.parse(stripJsonComments('{ "url": "https://x" // the site\n}')) //=> { url: 'https://x' }
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Skip the string, honouring backslash escapes.
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) break;
        else i++;
      }
      i++;
      continue;
    }
    if (c === 47 /* / */ && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next === 47 || next === 42 /* * */) {
        const close = next === 47 ? -1 : text.indexOf('*/', i + 2);
        const end = next === 47 ? lineEnd(text, i) : close < 0 ? n : close + 2;
        out += text.slice(copied, i) + text.slice(i, end).replace(/[^\r\n]/g, ' ');
        copied = end;
        i = end;
        continue;
      }
    }
    i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The index of the line break that ends the line holding `from` (or the text's length). */
function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (lf < 0) return cr < 0 ? text.length : cr;
  return cr < 0 ? lf : Math.min(lf, cr);
}
