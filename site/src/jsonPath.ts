// Where a JSON path is written in a JSON text: the page highlights the field an issue points to.
// A scanner, not a parser: the text has already been read by JSON.parse; this only finds offsets.
// No recursion (a value is skipped by counting brackets), so deep nesting cannot overflow the stack.

/** A path into parsed JSON: object keys as strings, array indexes as numbers. */
export type JsonPath = readonly (string | number)[];

/** A range of UTF-16 offsets in the text, `end` exclusive. */
export interface TextRange {
  /** The first character: the key's opening quote for an object member, else the value's first character. */
  readonly start: number;
  /** The character after the value. */
  readonly end: number;
}

/** The deepest part of a path that the text holds, and where it is written. */
export interface Located {
  /** Where the value at `path.slice(0, depth)` is written (with its key, for a member). */
  readonly range: TextRange;
  /** How many elements of the path were found: `path.length` when all of it was. */
  readonly depth: number;
}

const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The offset of the first non-space character at or after `i`. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset after the string whose opening quote is at `i`, or -1 when it is not closed. */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    j += c === BACKSLASH ? 2 : 1;
  }
  return -1;
}

/** The offset after the value that starts at `i` (no leading space), or -1 when it does not end. */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    let j = i;
    while (j < text.length) {
      const d = text[j];
      if (d === '"') {
        j = stringEnd(text, j);
        if (j < 0) return -1;
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return -1;
  }
  // A number, true, false or null: up to the next delimiter.
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j)) && !',]}:'.includes(text.charAt(j))) j++;
  return j > i ? j : -1;
}

/** The key written by the string token `token` (escapes decoded), or undefined when it is not one. */
function keyOf(token: string): string | undefined {
  if (!token.includes('\\')) return token.slice(1, -1);
  try {
    const key: unknown = JSON.parse(token);
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The member of the object at `i` named `key` (the last one when the key repeats, as JSON.parse
 * keeps the last), as its range and its value's start; undefined when there is none.
 */
function member(text: string, i: number, key: string): { range: TextRange; value: number } | undefined {
  let found: { range: TextRange; value: number } | undefined;
  let j = skipSpace(text, i + 1);
  while (j < text.length && text[j] === '"') {
    const keyEnd = stringEnd(text, j);
    if (keyEnd < 0) return undefined;
    const colon = skipSpace(text, keyEnd);
    if (text[colon] !== ':') return undefined;
    const value = skipSpace(text, colon + 1);
    const end = valueEnd(text, value);
    if (end < 0) return undefined;
    if (keyOf(text.slice(j, keyEnd)) === key) found = { range: { start: j, end }, value };
    j = skipSpace(text, end);
    if (text[j] !== ',') break;
    j = skipSpace(text, j + 1);
  }
  return found;
}

/** The element `index` of the array at `i`, as its range; undefined when the array is shorter. */
function element(text: string, i: number, index: number): TextRange | undefined {
  let j = skipSpace(text, i + 1);
  for (let n = 0; j < text.length && text[j] !== ']'; n++) {
    const end = valueEnd(text, j);
    if (end < 0) return undefined;
    if (n === index) return { start: j, end };
    j = skipSpace(text, end);
    if (text[j] !== ',') return undefined;
    j = skipSpace(text, j + 1);
  }
  return undefined;
}

/**
 * Finds the deepest part of `path` that `text` holds: the whole path when it is there, else its
 * longest prefix (a field that is absent points to the object it belongs in). Strings name object
 * members, numbers array elements. Undefined only when the text holds no JSON value at all. Never
 * throws; the text is expected to be JSON that `JSON.parse` accepts (comments replaced by spaces,
 * as `stripJsonComments` does, keep every offset).
 * @example
 * locate('{"a": [1, {"b": true}]}', ['a', 1, 'b']) //=> { range: { start: 11, end: 20 }, depth: 3 }
 * locate('{"a": 1}', ['a', 'x']) //=> { range: { start: 1, end: 7 }, depth: 1 }
 */
export function locate(text: string, path: JsonPath): Located | undefined {
  const start = skipSpace(text, 0);
  const end = valueEnd(text, start);
  if (start >= text.length || end < 0) return undefined;
  let range: TextRange = { start, end };
  let value = start;
  let depth = 0;
  for (const key of path) {
    if (typeof key === 'string' && text[value] === '{') {
      const found = member(text, value, key);
      if (found === undefined) break;
      range = found.range;
      value = found.value;
    } else if (typeof key === 'number' && text[value] === '[') {
      const found = element(text, value, key);
      if (found === undefined) break;
      range = found;
      value = found.start;
    } else break;
    depth++;
  }
  return { range, depth };
}
