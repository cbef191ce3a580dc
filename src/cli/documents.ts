// JSON values laid out any way, and `--format auto`, which tells them from NDJSON. One pass of a
// small scanner (strings, nesting, the commas between array elements) finds where each value ends;
// JSON.parse then judges each record alone. No byte is scanned twice, no growing buffer re-read.

import {
  decodeRecord,
  type Framer,
  type FrameSink,
  Held,
  MAX_RECORD_BYTES,
  NdjsonFramer,
  tooLarge,
} from './framing.js';

const NL = 10;
const COMMA = 44;

function opens(b: number): boolean {
  return b === 123 || b === 91;
}

/**
 * Reads JSON values one after another: each object is a record, each element of an array that
 * stands alone is a record, text outside any value is a record up to the end of its line (for
 * JSON.parse to report). A line that starts with "{" or "[" in column 0 where the value before
 * cannot go on (after anything but `,` `[` `:`) starts a new value: the unclosed one is reported.
 *
 * With `detect` (`--format auto`) the first value decides the layout: one that ends on the line
 * where it starts, or a first line that is not JSON, means NDJSON, and every byte from that line
 * on goes to an {@link NdjsonFramer}; one that spans lines means JSON documents. A one-line array
 * is read as an array only when nothing follows it.
 */
export class DocumentFramer implements Framer {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The last byte that is not white space, the offset just after it, and its line. */
  private prev = 0;
  private prevEnd = 0;
  private prevLine = 0;
  private line = 1;
  private lineStart = 0;
  /** The absolute offset of the chunk being read. */
  private at = 0;
  private readonly held = new Held();
  /** The open record: its offset (-1: none) and line; `junk` when it is text outside any value. */
  private rec = -1;
  private recLine = 0;
  private junk = false;
  private dropped = false;
  private topLine = 0;
  private topIsArray = false;
  /** Until the layout is known: the first value's offset and the records found in it. */
  private detecting: boolean;
  private top = -1;
  private queue: { start: number; end: number; line: number; error?: string }[] = [];
  /** A later line of the open value starts with "{" or "[" in column 0: it may be NDJSON. */
  private hint = false;
  /** The first value is a one-line array: the whole input, unless anything follows. */
  private lastArray = false;
  private ndjson: NdjsonFramer | undefined;
  private readonly maxRecord: number;

  /** `detect`: tell NDJSON from documents (`--format auto`); `maxRecord`: bytes, for tests. */
  constructor(options: { readonly detect: boolean; readonly maxRecord?: number }) {
    this.detecting = options.detect;
    this.maxRecord = options.maxRecord ?? MAX_RECORD_BYTES;
  }

  push(chunk: Buffer, sink: FrameSink): void {
    if (this.ndjson !== undefined) {
      this.ndjson.push(chunk, sink);
      return;
    }
    if (this.held.from >= 0 && this.held.length + chunk.length > this.maxRecord) this.overLimit(chunk, sink);
    // Handed to the lines, this chunk went with the held bytes.
    if (this.ndjson !== undefined) return;
    const at = this.at;
    const from = this.inString && !this.escaped ? this.skipString(chunk, -1) + 1 : 0;
    for (let i = from; i < chunk.length && this.ndjson === undefined; i++) {
      const b = chunk[i]!;
      const pos = at + i;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === 92) this.escaped = true;
        else if (b === 34) {
          this.inString = false;
          this.prevEnd = pos + 1;
        } else if (b === NL) {
          // A string cannot hold a line break: it ends here, and JSON.parse reports its record.
          this.inString = false;
          if (this.detecting && this.line === this.topLine) this.toNdjson(chunk, sink);
          else this.newLine(pos, chunk, sink);
        }
      } else if (b === NL) this.newLine(pos, chunk, sink);
      else if (b !== 32 && b !== 9 && b !== 13) {
        if (this.depth === 0) this.outside(b, pos, chunk, sink);
        else this.inside(b, pos, chunk, sink);
        if (this.inString) i = this.skipString(chunk, i);
      }
    }
    if (this.ndjson !== undefined) return;
    if (this.held.from >= 0) this.held.add(chunk.subarray(Math.max(0, this.held.from - at)));
    this.at += chunk.length;
  }

  end(sink: FrameSink): void {
    const none = Buffer.alloc(0);
    if (this.ndjson !== undefined) this.ndjson.end(sink);
    else if (this.lastArray) this.decided(this.at, none, sink);
    else if (this.junk) this.close(this.prevEnd, none, sink);
    else if (this.detecting && this.depth > 0 && (this.hint || this.line === this.topLine)) {
      this.toNdjson(none, sink).end(sink);
    } else if (this.depth > 0) this.broke(this.at, this.prevLine, 'at the end of the input', none, sink);
  }

  /**
   * The open value is not closed before `end` (line `last`): when a later line of it starts with
   * "{" or "[" in column 0, its lines are read as NDJSON; else it is one `invalid_json` result.
   */
  private broke(end: number, last: number, where: string, chunk: Buffer, sink: FrameSink): void {
    const detecting = this.detecting;
    // A whole element is a record, even when its array is not closed.
    if (this.topIsArray && this.depth === 1 && this.rec >= 0) this.close(this.prevEnd, chunk, sink);
    if (detecting) this.decided(end, chunk, sink);
    const from = this.rec >= 0 ? this.recLine : this.topLine;
    if (this.hint && this.rec >= 0 && !this.dropped && !detecting) {
      const lines = new NdjsonFramer(this.recLine, this.maxRecord);
      lines.push(this.held.slice(this.rec, end, chunk, this.at), sink);
      lines.end(sink);
    } else {
      const lines = last > from ? `Lines ${from}–${last} are` : `Line ${from} is`;
      // Neither layout fits: say so, and how to get one result per line.
      const neither = detecting
        ? ' Nor is the input NDJSON: no later line of that value starts with "{" or "["; pass --format ndjson for one result per line.'
        : '';
      const why = `the value that starts on line ${from} is not closed ${where}`;
      sink.error(from, 'invalid_json', `${lines} not valid JSON: ${why}.${neither}`);
    }
    this.depth = 0;
    this.rec = -1;
    this.inString = false;
    this.held.stop();
  }

  /** More bytes are held than one CCO can take: NDJSON if it looks like it, else a document. */
  private overLimit(chunk: Buffer, sink: FrameSink): void {
    if (this.detecting && this.hint) this.toNdjson(chunk, sink);
    else if (this.detecting) this.decided(this.at, chunk, sink);
    else if (this.rec >= 0 && !this.dropped) {
      sink.error(this.recLine, 'record_too_large', tooLarge(this.recLine));
      this.dropped = true;
      this.held.stop();
    }
  }

  /** Inside a string after `chunk[i]`: the last index of the plain text that follows (else `i`). */
  private skipString(chunk: Buffer, i: number): number {
    // A long text (a description) is crossed with native searches, not byte by byte.
    const quote = chunk.indexOf(34, i + 1);
    const end = quote < 0 ? chunk.length : quote;
    if (end - i < 64) return i;
    const span = chunk.subarray(i + 1, end);
    const slash = span.indexOf(92);
    const nl = span.indexOf(NL);
    return i + Math.min(slash < 0 ? span.length : slash, nl < 0 ? span.length : nl);
  }

  /** A byte between top-level values. */
  private outside(b: number, pos: number, chunk: Buffer, sink: FrameSink): void {
    if (this.junk) this.prevEnd = pos + 1;
    else if (this.lastArray || (this.detecting && !opens(b))) {
      if (!this.lastArray) this.begin(pos);
      this.toNdjson(chunk, sink);
    } else {
      this.begin(pos);
      this.topIsArray = b === 91;
      if (opens(b)) this.depth = 1;
      if (b !== 91) this.open(pos);
      this.junk = !opens(b);
      this.prev = b;
      this.prevEnd = pos + 1;
    }
  }

  /** A byte inside a top-level value. */
  private inside(b: number, pos: number, chunk: Buffer, sink: FrameSink): void {
    if (pos === this.lineStart && opens(b)) {
      if (this.prev === COMMA || this.prev === 91 || this.prev === 58) this.hint = true;
      else if (this.detecting) {
        this.toNdjson(chunk, sink);
        return;
      } else {
        // The value before cannot go on here: this line starts a new one.
        const where = `before line ${this.line}, which starts a new value in column 0`;
        this.broke(pos, this.line - 1, where, chunk, sink);
        this.outside(b, pos, chunk, sink);
        return;
      }
    }
    if (this.topIsArray && this.depth === 1) {
      if (b === COMMA || b === 93 || b === 125) {
        if (this.rec >= 0) this.close(this.prevEnd, chunk, sink);
        else if (this.prev === COMMA || b === COMMA)
          this.fail('an array element is missing; remove the extra comma', sink);
        // An element's comma on a later line than "[": an array over lines, not NDJSON.
        if (b === COMMA && this.detecting && this.line > this.topLine) this.decided(pos, chunk, sink);
      } else if (this.rec < 0) this.open(pos);
    }
    if (b === 34) this.inString = true;
    else if (opens(b)) this.depth++;
    else if ((b === 125 || b === 93) && --this.depth === 0) {
      if (!this.topIsArray) this.close(pos + 1, chunk, sink);
      // The array's own brackets are outside every record, where JSON.parse cannot see them.
      else if (b === 125)
        this.fail(`"}" closes the array that starts on line ${this.topLine}; write "]"`, sink);
      if (this.detecting && this.line > this.topLine) this.decided(pos + 1, chunk, sink);
      else if (this.detecting && this.topIsArray) this.lastArray = true;
      else if (this.detecting) this.toNdjson(chunk, sink);
    }
    this.prev = b;
    this.prevEnd = pos + 1;
    this.prevLine = this.line;
  }

  private newLine(pos: number, chunk: Buffer, sink: FrameSink): void {
    if (this.junk) this.close(this.prevEnd, chunk, sink);
    this.line++;
    this.lineStart = pos + 1;
  }

  /** A top-level value starts. */
  private begin(pos: number): void {
    this.topLine = this.line;
    this.hint = false;
    if (!this.detecting) return;
    this.top = pos;
    this.queue = [];
    this.held.start(pos);
  }

  /** A record starts. */
  private open(pos: number): void {
    this.rec = pos;
    this.recLine = this.line;
    this.dropped = false;
    if (this.detecting) return;
    this.hint = false;
    this.held.start(pos);
  }

  /** The open record ends just before the absolute offset `end`. */
  private close(end: number, chunk: Buffer, sink: FrameSink): void {
    if (this.detecting) this.queue.push({ start: this.rec, end, line: this.recLine });
    else {
      if (!this.dropped) this.emit(this.held.slice(this.rec, end, chunk, this.at), this.recLine, sink);
      this.held.stop();
    }
    this.rec = -1;
    this.junk = false;
  }

  /** The layout is JSON documents: the records found so far are passed on. */
  private decided(end: number, chunk: Buffer, sink: FrameSink): void {
    this.detecting = false;
    this.lastArray = false;
    if (this.queue.length > 0) {
      // One copy for all of them: a one-line array can hold thousands.
      const bytes = this.held.slice(this.top, end, chunk, this.at);
      for (const r of this.queue) {
        if (r.error !== undefined) sink.error(r.line, 'invalid_json', r.error);
        else this.emit(bytes.subarray(r.start - this.top, r.end - this.top), r.line, sink);
      }
      this.queue = [];
    }
    if (this.rec < 0) this.held.stop();
    else this.held.rebase(this.rec, this.at);
  }

  /** The input is NDJSON from the first value's line on: every byte from there goes to the lines. */
  private toNdjson(chunk: Buffer, sink: FrameSink): NdjsonFramer {
    const lines = new NdjsonFramer(this.topLine, this.maxRecord);
    this.ndjson = lines;
    lines.push(this.held.slice(this.top, this.at + chunk.length, chunk, this.at), sink);
    this.held.stop();
    return lines;
  }

  /** An error between the records of an array, in its place among them. */
  private fail(what: string, sink: FrameSink): void {
    const error = `Line ${this.line}: ${what}.`;
    if (this.detecting) this.queue.push({ start: -1, end: -1, line: this.line, error });
    else sink.error(this.line, 'invalid_json', error);
  }

  private emit(bytes: Buffer, line: number, sink: FrameSink): void {
    const text = decodeRecord(bytes, line, sink);
    if (text !== undefined) sink.record(text, line);
  }
}
