// Cuts a byte stream into JSON texts, one per change order, with the line each starts on.
// Framers are fed Buffer chunks as they arrive and hold at most one record's bytes between
// chunks, so memory stays flat however long the stream.

import type { Format } from './args.js';

/** Receives what a framer finds, synchronously. */
export interface FrameSink {
  /** One JSON text (not yet parsed) that starts on `line` (1-based). */
  record(text: string, line: number): void;
  /** Bytes that are not a record, such as an unclosed array; `code` is snake_case. */
  error(line: number, code: string, message: string): void;
}

/** Cuts chunks into records. */
export interface Framer {
  push(chunk: Buffer, sink: FrameSink): void;
  end(sink: FrameSink): void;
}

/** The largest record held in memory, in bytes: a CCO with 2,000 lines is about 600 kB. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

const NL = 10;

/** Bytes kept across chunks: the pieces of one unfinished record. */
class Pending {
  private pieces: Buffer[] = [];
  length = 0;
  add(piece: Buffer): void {
    if (piece.length === 0) return;
    // Copy: a view would keep the whole chunk alive.
    this.pieces.push(Buffer.from(piece));
    this.length += piece.length;
  }
  /** The held bytes as one Buffer, still held. */
  peek(): Buffer {
    if (this.pieces.length > 1) this.pieces = [Buffer.concat(this.pieces)];
    return this.pieces[0] ?? Buffer.alloc(0);
  }
  /** The held bytes followed by `tail`, and empties the holder. */
  take(tail?: Buffer): Buffer {
    const all = tail === undefined ? this.pieces : [...this.pieces, tail];
    const out = all.length === 1 ? all[0]! : Buffer.concat(all);
    this.pieces = [];
    this.length = 0;
    return out;
  }
}

function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  // Most lines start with "{": no need to trim them.
  return (c <= 32 || c === 0xfeff) && text.replace(/^\uFEFF/, '').trim() === '';
}

function tooLarge(line: number): string {
  return `Line ${line} is longer than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; it is skipped.`;
}

/**
 * NDJSON: one JSON text per line. A Buffer chunk is cut at its last newline and decoded in one go
 * (a newline byte never occurs inside a UTF-8 sequence); the lines are then found with `indexOf`,
 * which costs far less than `readline`. Blank lines are not records; `\r\n` is accepted.
 */
export class NdjsonFramer implements Framer {
  /** Lines completed so far. */
  private line: number;
  private readonly pending = new Pending();
  /** Inside an over-long line, dropping bytes until its end. */
  private skipping = false;

  constructor(
    firstLine = 1,
    private readonly maxRecord = MAX_RECORD_BYTES,
  ) {
    this.line = firstLine - 1;
  }

  push(chunk: Buffer, sink: FrameSink): void {
    if (this.skipping) {
      const nl = chunk.indexOf(NL);
      if (nl < 0) return;
      this.skipping = false;
      this.line++;
      chunk = chunk.subarray(nl + 1);
    }
    const last = chunk.lastIndexOf(NL);
    if (last < 0) {
      this.pending.add(chunk);
      if (this.pending.length > this.maxRecord) {
        this.pending.take();
        this.skipping = true;
        sink.error(this.line + 1, 'record_too_large', tooLarge(this.line + 1));
      }
      return;
    }
    let from = 0;
    if (this.pending.length > 0) {
      // The line begun in earlier chunks ends at this chunk's first newline: join only that
      // line's bytes, not the whole chunk.
      const first = chunk.indexOf(NL);
      this.lines(this.pending.take(chunk.subarray(0, first)).toString('utf8'), sink);
      from = first + 1;
    }
    if (from <= last) this.lines(chunk.toString('utf8', from, last), sink);
    if (last + 1 < chunk.length) this.pending.add(chunk.subarray(last + 1));
  }

  end(sink: FrameSink): void {
    if (this.skipping || this.pending.length === 0) return;
    const text = this.pending.take().toString('utf8');
    this.line++;
    if (!isBlank(text)) sink.record(text, this.line);
  }

  /** `text` holds whole lines, without the newline after the last. */
  private lines(text: string, sink: FrameSink): void {
    let pos = 0;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      const line = nl < 0 ? (pos === 0 ? text : text.slice(pos)) : text.slice(pos, nl);
      this.line++;
      if (!isBlank(line)) sink.record(line, this.line);
      if (nl < 0) return;
      pos = nl + 1;
    }
  }
}

enum A {
  Before,
  Between,
  Inside,
  After,
  Dead,
}

/**
 * A JSON array, streamed: each element is cut out by a small scanner (strings, escapes and
 * nesting) and handed on alone, so a huge array needs no more memory than its largest element.
 * An element that is not valid JSON is reported by the parser that reads it, and the array goes on.
 */
export class ArrayFramer implements Framer {
  private state = A.Before;
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private startLine = 0;
  /** Whether the last separator was a comma (so `]` now would be a trailing comma). */
  private afterComma = false;
  private readonly pending = new Pending();

  constructor(private readonly maxRecord = MAX_RECORD_BYTES) {}

  push(chunk: Buffer, sink: FrameSink): void {
    let start = this.state === A.Inside ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === NL) this.line++;
      switch (this.state) {
        case A.Inside:
          if (this.inString) {
            if (this.escaped) this.escaped = false;
            else if (b === 92) this.escaped = true;
            else if (b === 34) this.inString = false;
          } else if (b === 34) this.inString = true;
          else if (b === 123 || b === 91) this.depth++;
          else if ((b === 125 || b === 93) && this.depth > 0) this.depth--;
          else if (this.depth === 0 && (b === 44 || b === 93)) {
            this.emit(chunk.subarray(start, i), sink);
            start = -1;
            this.afterComma = b === 44;
            this.state = b === 44 ? A.Between : A.After;
          }
          break;
        case A.Between:
          if (b === 93) {
            if (this.afterComma)
              sink.error(this.line, 'invalid_json', `Line ${this.line}: a comma before "]".`);
            this.state = A.After;
          } else if (b === 44) {
            sink.error(this.line, 'invalid_json', `Line ${this.line}: an empty element (two commas).`);
          } else if (!isSpace(b)) {
            this.state = A.Inside;
            this.startLine = this.line;
            start = i;
            i--; // read this byte again as the element's first (it is not a newline)
          }
          break;
        case A.Before:
          if (b === 91) this.state = A.Between;
          else if (!isSpace(b) && b !== 0xef && b !== 0xbb && b !== 0xbf) {
            sink.error(this.line, 'invalid_json', `Line ${this.line}: a JSON array must start with "[".`);
            this.state = A.Dead;
          }
          break;
        case A.After:
          if (!isSpace(b)) {
            sink.error(this.line, 'invalid_json', `Line ${this.line}: text after the end of the array.`);
            this.state = A.Dead;
          }
          break;
        default:
          return;
      }
    }
    if (start >= 0) {
      this.pending.add(chunk.subarray(start));
      if (this.pending.length > this.maxRecord) {
        this.pending.take();
        sink.error(this.startLine, 'record_too_large', tooLarge(this.startLine));
        this.state = A.Dead;
      }
    }
  }

  end(sink: FrameSink): void {
    if (this.state === A.Inside) {
      this.pending.take();
      sink.error(
        this.startLine,
        'invalid_json',
        `Line ${this.startLine}: the input ends inside this element.`,
      );
    } else if (this.state === A.Between) {
      sink.error(this.line, 'invalid_json', `Line ${this.line}: the input ends before the array's "]".`);
    }
  }

  private emit(tail: Buffer, sink: FrameSink): void {
    const bytes = this.pending.length === 0 ? tail : this.pending.take(tail);
    this.depth = 0;
    sink.record(bytes.toString('utf8').trimEnd(), this.startLine);
  }
}

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

/** The index of the first byte that is neither JSON white space nor part of a UTF-8 BOM. */
function skipSpace(bytes: Buffer): number {
  let i = 0;
  while (
    i < bytes.length &&
    (isSpace(bytes[i]!) || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)
  )
    i++;
  return i;
}

/**
 * One JSON value over many lines (a pretty-printed CCO). The whole input is held, up to
 * {@link MAX_RECORD_BYTES}. When it is not one valid JSON text but its second line is, it was
 * NDJSON whose first line is broken, and it is read as NDJSON.
 */
export class ObjectFramer implements Framer {
  private readonly pending = new Pending();
  private fallback: NdjsonFramer | undefined;

  constructor(private readonly ndjsonFallback: boolean) {}

  push(chunk: Buffer, sink: FrameSink): void {
    if (this.fallback !== undefined) {
      this.fallback.push(chunk, sink);
      return;
    }
    this.pending.add(chunk);
    if (this.pending.length > MAX_RECORD_BYTES) {
      // Far larger than any one CCO: it can only be read line by line.
      this.fallback = new NdjsonFramer();
      this.fallback.push(this.pending.take(), sink);
    }
  }

  end(sink: FrameSink): void {
    if (this.fallback !== undefined) {
      this.fallback.end(sink);
      return;
    }
    const bytes = this.pending.take();
    const text = bytes.toString('utf8');
    const first = firstLineOf(text, 0);
    if (first === undefined) return;
    if (this.ndjsonFallback && !parses(text) && secondLineParses(text, first.end)) {
      const lines = new NdjsonFramer();
      lines.push(bytes, sink);
      lines.end(sink);
      return;
    }
    sink.record(text, first.line);
  }
}

/** The first non-blank line from `from`: its 1-based number (counted from `from`) and bounds. */
function firstLineOf(text: string, from: number): { line: number; start: number; end: number } | undefined {
  let line = 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) line++;
    else if (!(c === 32 || c === 13 || c === 9 || c === 0xfeff)) {
      const nl = text.indexOf('\n', i);
      return { line, start: i, end: nl < 0 ? text.length : nl };
    }
  }
  return undefined;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function secondLineParses(text: string, firstEnd: number): boolean {
  const second = firstLineOf(text, firstEnd);
  return second !== undefined && parses(text.slice(second.start, second.end));
}

/**
 * `--format auto`: holds the first bytes until the framing is clear. `[` first means an array; a
 * first line that is a whole JSON text means NDJSON (one CCO on one line reads the same either way);
 * anything else is one JSON object over many lines.
 */
export class AutoFramer implements Framer {
  private readonly pending = new Pending();
  private chosen: Framer | undefined;

  push(chunk: Buffer, sink: FrameSink): void {
    if (this.chosen !== undefined) {
      this.chosen.push(chunk, sink);
      return;
    }
    this.pending.add(chunk);
    const framer = choose(this.pending.peek(), false);
    if (framer === undefined) return;
    this.chosen = framer;
    framer.push(this.pending.take(), sink);
  }

  end(sink: FrameSink): void {
    if (this.chosen === undefined) {
      const bytes = this.pending.take();
      this.chosen = choose(bytes, true)!;
      this.chosen.push(bytes, sink);
    }
    this.chosen.end(sink);
  }
}

/** The framer for the first bytes of an input, or `undefined` while they do not tell yet. */
function choose(bytes: Buffer, atEnd: boolean): Framer | undefined {
  const i = skipSpace(bytes);
  if (i === bytes.length) return atEnd ? new NdjsonFramer() : undefined;
  if (bytes[i] === 91) return new ArrayFramer();
  const nl = bytes.indexOf(NL, i);
  if (nl < 0 && !atEnd) {
    // A first line longer than any CCO is not one pretty-printed object's first line.
    return bytes.length > MAX_RECORD_BYTES ? new NdjsonFramer() : undefined;
  }
  return parses(bytes.toString('utf8', i, nl < 0 ? bytes.length : nl))
    ? new NdjsonFramer()
    : new ObjectFramer(true);
}

/** The framer for `--format`. */
export function framerFor(format: Format): Framer {
  switch (format) {
    case 'ndjson':
      return new NdjsonFramer();
    case 'json':
      return new JsonFramer();
    default:
      return new AutoFramer();
  }
}

/** `--format json`: an array when the input starts with `[`, else one JSON object. */
class JsonFramer implements Framer {
  private chosen: Framer | undefined;
  private readonly pending = new Pending();

  push(chunk: Buffer, sink: FrameSink): void {
    if (this.chosen === undefined) {
      this.pending.add(chunk);
      const bytes = this.pending.peek();
      const i = skipSpace(bytes);
      if (i === bytes.length) return;
      this.chosen = bytes[i] === 91 ? new ArrayFramer() : new ObjectFramer(false);
      chunk = this.pending.take();
    }
    this.chosen.push(chunk, sink);
  }

  end(sink: FrameSink): void {
    (this.chosen ?? new ObjectFramer(false)).end(sink);
  }
}
