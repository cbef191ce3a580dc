// `--commitments FILE` and `--vendor-links FILE`: the file is read whole before any change order
// (a JSON array, NDJSON, or JSON values one after another, cut by the framers the CCO input uses),
// each record numbered by the line it starts on and handed to `readCommitmentRecords` /
// `readVendorLinkRecords`. Any problem, with any record, is a usage error naming `FILE:LINE`.

import { readFile } from 'node:fs/promises';
import { formatIssues } from '../formatIssues.js';
import type { Commitment } from '../model/commitment.js';
import type { VendorLink } from '../model/vendorLink.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { err, ok, type Result } from '../result.js';
import {
  type NumberedRecord,
  type RecordFormat,
  type RecordIssue,
  readCommitmentRecords,
  readVendorLinkRecords,
} from '../sov/readRecords.js';
import { DocumentFramer } from './documents.js';
import { type FrameSink, notJson, withoutBom } from './framing.js';

/** The problems listed in a usage error; the rest are counted. */
const SHOWN = 20;

/** A problem with one line of a file. */
interface LineProblem {
  readonly line: number;
  /** The problem, with its code at the end (`… [code]`). */
  readonly text: string;
}

/** Collects the records of a file, parsed, and what is wrong with its lines. */
class Records implements FrameSink {
  readonly values: NumberedRecord[] = [];
  readonly problems: LineProblem[] = [];

  record(text: string, line: number): void {
    try {
      this.values.push({ line, value: JSON.parse(text) });
    } catch (cause) {
      this.error(line, 'invalid_json', notJson(line, cause));
    }
  }

  error(line: number, code: string, message: string): void {
    this.problems.push({ line, text: `${message} [${code}]` });
  }
}

/** The records of `file`, or every line that is not a record (framing, UTF-8, JSON). */
async function readRecords(file: string): Promise<Result<NumberedRecord[], LineProblem[] | string>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    return err(`cannot read ${file}: ${(cause as Error).message}`);
  }
  const records = new Records();
  const framer = new DocumentFramer({ detect: true });
  framer.push(withoutBom(bytes), records);
  framer.end(records);
  return records.problems.length === 0 ? ok(records.values) : err(records.problems);
}

/** An issue of `readCommitmentRecords` or `readVendorLinkRecords`, as `formatIssues` writes it. */
function problemOf(issue: RecordIssue): LineProblem {
  const prefix = `Line ${issue.line}: `;
  const message = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
  return { line: issue.line, text: formatIssues([{ ...issue, message }]) };
}

/** `--commitments FILE is not usable:` followed by one `FILE:LINE: problem` line each. */
function unusable(flag: string, file: string, problems: readonly LineProblem[]): string {
  const lines = problems.slice(0, SHOWN).map((p) => `  ${file}:${p.line}: ${p.text}`);
  if (problems.length > SHOWN) lines.push(`  … and ${problems.length - SHOWN} more`);
  const n = problems.length;
  return `${flag} ${file} is not usable (${n} problem${n === 1 ? '' : 's'}); nothing was checked:\n${lines.join('\n')}`;
}

async function load<T>(
  flag: string,
  file: string,
  read: (records: NumberedRecord[]) => Result<T[], RecordIssue[]>,
): Promise<Result<T[], string>> {
  const records = await readRecords(file);
  if (!records.ok) {
    return err(typeof records.error === 'string' ? records.error : unusable(flag, file, records.error));
  }
  const parsed = read(records.value);
  return parsed.ok ? parsed : err(unusable(flag, file, parsed.error.map(problemOf)));
}

/**
 * The commitments of `--commitments FILE`, in our model or Procore's (`from`), or the usage error
 * naming each line that cannot be read and each commitment given twice.
 * @example
 * await loadCommitments('commitments.json', { from: 'model' }) //=> { ok: true, value: [{ id: '2', … }] }
 */
export function loadCommitments(
  file: string,
  options: { readonly from: RecordFormat },
): Promise<Result<Commitment[], string>> {
  return load('--commitments', file, (records) => readCommitmentRecords(records, options));
}

/**
 * The vendor links of `--vendor-links FILE`, in our model or Procore's vendor events (`from`, into
 * the ERP of `profile`), or the usage error naming each line that cannot be read and each link that
 * contradicts another.
 * @example
 * await loadVendorLinks('vendor-links.json', { from: 'model', profile }) //=> { ok: true, value: [{ companyId: '47', … }] }
 */
export function loadVendorLinks(
  file: string,
  options: { readonly from: RecordFormat; readonly profile: ErpProfile },
): Promise<Result<VendorLink[], string>> {
  return load('--vendor-links', file, (records) => readVendorLinkRecords(records, options));
}
