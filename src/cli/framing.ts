// Cuts a byte stream into JSON texts, one per change order, with the line each starts on. Framers
// are fed Buffer chunks as they arrive and hold at most one record's bytes between chunks, so
// memory stays flat however long the stream. NDJSON is here; JSON values laid out any other way
// (one object, an array, objects one after another) and the `auto` detection are in documents.ts.

import { describeCause } from '../internal/guard.js';

/** Receives what a framer finds, synchronously. */
export interface FrameSink {
  /** One JSON text (valid UTF-8, not yet parsed) that starts on `line` (1-based). */
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
/** Stateless (never called with `stream: true`): one decoder serves every framer. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes of `line` as text, or `undefined` after reporting `invalid_utf8` to `sink`. */
export function decodeRecord(bytes: Uint8Array, line: number, sink: FrameSink): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    // A valid prefix comes back unchanged from a lenient round trip: the first difference is the
    // first byte that is not UTF-8.
    const again = Buffer.from(Buffer.from(bytes).toString('utf8'));
    let at = 0;
    while (at < bytes.length && bytes[at] === again[at]) at++;
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    sink.error(
      line,
      'invalid_utf8',
      `Line ${line} is not UTF-8 text: byte ${at + 1} of the record (0x${hex}) is not part of a valid character; convert the input to UTF-8 (for example iconv -f windows-1252 -t utf-8).`,
    );
    return undefined;
  }
}

/** The `invalid_json` message of the record on `line`, which JSON.parse refused with `cause`. */
export function notJson(line: number, cause: unknown): string {
  return `Line ${line} is not valid JSON: ${describeCause(cause).replace(/^\w*Error: /, '')}`;
}

/** A first chunk without its UTF-8 byte-order mark, when it starts with one. */
export function withoutBom(chunk: Buffer): Buffer {
  return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
}

/** Bytes kept across chunks, from the absolute stream offset `from` (-1: nothing is kept). */
export class Held {
  private pieces: Buffer[] = [];
  from = -1;
  length = 0;

  start(at: number): void {
    this.pieces = [];
    this.length = 0;
    this.from = at;
  }

  stop(): void {
    this.start(-1);
  }

  add(piece: Buffer): void {
    if (piece.length === 0) return;
    // Copy: a view would keep the whole chunk alive.
    this.pieces.push(Buffer.from(piece));
    this.length += piece.length;
  }

  /** Keeps only the bytes from absolute offset `from` on (the kept ones end at offset `at`). */
  rebase(from: number, at: number): void {
    const kept = from < at ? this.with(Buffer.alloc(0)).subarray(from - this.from) : undefined;
    this.start(from);
    if (kept !== undefined) this.add(kept);
  }

  /** The kept bytes followed by `tail`, as one Buffer. */
  with(tail: Buffer): Buffer {
    return this.pieces.length === 0 ? tail : Buffer.concat([...this.pieces, tail]);
  }

  /** The bytes from absolute offset `a` to `b`: the kept ones, then `chunk` (which starts at `at`). */
  slice(a: number, b: number, chunk: Buffer, at: number): Buffer {
    if (a >= at) return chunk.subarray(a - at, b - at);
    return this.with(chunk.subarray(0, Math.max(0, b - at))).subarray(a - this.from, b - this.from);
  }
}

function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  // Most lines start with "{": no need to trim them.
  return (c <= 32 || c === 0xfeff) && text.replace(/^\uFEFF/, '').trim() === '';
}

/** The `record_too_large` message. */
export function tooLarge(line: number): string {
  return `The record on line ${line} is longer than ${MAX_RECORD_BYTES / 1024 / 1024} MiB, far more than any CCO; it is skipped.`;
}

/**
 * NDJSON: one JSON text per line. A Buffer chunk is cut at its last newline and decoded in one go
 * (a newline byte never occurs inside a UTF-8 sequence); the lines are then found with `indexOf`,
 * which costs far less than `readline`. Only when that decoding fails is each line decoded alone,
 * so one line that is not UTF-8 is reported and its neighbours are not. Blank lines are not
 * records; `\r\n` is accepted.
 */
export class NdjsonFramer implements Framer {
  /** Lines completed so far. */
  private line: number;
  private readonly held = new Held();
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
      this.held.add(chunk);
      if (this.held.length > this.maxRecord) {
        this.held.stop();
        this.skipping = true;
        sink.error(this.line + 1, 'record_too_large', tooLarge(this.line + 1));
      }
      return;
    }
    let from = 0;
    if (this.held.length > 0) {
      // The line begun in earlier chunks ends at this chunk's first newline: join only that
      // line's bytes, not the whole chunk.
      const first = chunk.indexOf(NL);
      this.lines(this.held.with(chunk.subarray(0, first)), sink);
      this.held.stop();
      from = first + 1;
    }
    if (from <= last) this.lines(chunk.subarray(from, last), sink);
    this.held.add(chunk.subarray(last + 1));
  }

  end(sink: FrameSink): void {
    if (this.skipping || this.held.length === 0) return;
    const bytes = this.held.with(Buffer.alloc(0));
    this.held.stop();
    this.lines(bytes, sink);
  }

  /** `bytes` hold whole lines, without the newline after the last. */
  private lines(bytes: Buffer, sink: FrameSink): void {
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      for (let pos = 0; pos <= bytes.length; ) {
        const nl = bytes.indexOf(NL, pos);
        const end = nl < 0 ? bytes.length : nl;
        const line = decodeRecord(bytes.subarray(pos, end), this.line + 1, sink);
        if (line === undefined) this.line++;
        else this.one(line, sink);
        pos = end + 1;
      }
      return;
    }
    let pos = 0;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      this.one(nl < 0 ? (pos === 0 ? text : text.slice(pos)) : text.slice(pos, nl), sink);
      if (nl < 0) return;
      pos = nl + 1;
    }
  }

  private one(line: string, sink: FrameSink): void {
    this.line++;
    if (!isBlank(line)) sink.record(line, this.line);
  }
}
