// Commitments and vendor links read from the records of a file (a JSON array, or NDJSON), each
// record already parsed and numbered by the caller (the CLI: `--commitments`, `--vendor-links`).
// Pure: no I/O. A record that cannot be read is an issue naming its line; so are two records that
// contradict each other.
import type { InputIssue } from '../issues.js';
import type { Commitment } from '../model/commitment.js';
import type { VendorLink } from '../model/vendorLink.js';
import { parseCommitment, parseVendorLink } from '../parse.js';
import { fromProcoreCommitment } from '../procore/fromProcoreCommitment.js';
import { fromProcoreVendorEvent } from '../procore/fromProcoreVendorEvent.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { err, ok, type Result } from '../result.js';
import { quote } from '../text/quote.js';

/**
 * One record of a file, parsed, with the number of the line it starts on (1 for the first).
 * @example
 * const record: NumberedRecord = { line: 3, value: JSON.parse(text) };
 */
export interface NumberedRecord {
  readonly line: number;
  readonly value: unknown;
}

/**
 * An issue with one record of a file: its line, and the issue, whose message starts with
 * `Line N: `.
 * @example
 * const issue: RecordIssue = { line: 3, code: 'invalid_amount', path: ['sov', 0, 'amount'], message: 'Line 3: …' };
 */
export interface RecordIssue extends InputIssue {
  /** The line the record starts on. */
  readonly line: number;
}

/**
 * How the records are written: our model, or Procore's (`create_commitment` events or REST
 * commitments; `link_vendor` / `create_vendor` events).
 * @example
 * const from: RecordFormat = 'procore-event';
 */
export type RecordFormat = 'model' | 'procore-event';

function onLine(line: number, issues: readonly InputIssue[], out: RecordIssue[]): void {
  for (const issue of issues) out.push({ ...issue, line, message: `Line ${line}: ${issue.message}` });
}

/**
 * Reads every record as a {@link Commitment}: all of them, or every problem, each naming its line.
 * Two records of one commitment `id` are refused (`duplicate_commitment`): which one would count?
 * @example
 * readCommitmentRecords([{ line: 1, value: createCommitmentEvent }], { from: 'procore-event' })
 * //=> { ok: true, value: [{ id: '41', kind: 'subcontract', vendorId: '47', sov: [ … ] }] }
 */
export function readCommitmentRecords(
  records: Iterable<NumberedRecord>,
  options: { readonly from: RecordFormat },
): Result<Commitment[], RecordIssue[]> {
  const read = options.from === 'model' ? parseCommitment : (value: unknown) => fromProcoreCommitment(value);
  const out: Commitment[] = [];
  const issues: RecordIssue[] = [];
  const seen = new Map<string, number>();
  for (const { line, value } of records) {
    const r = read(value);
    if (!r.ok) {
      onLine(line, r.error, issues);
      continue;
    }
    const first = seen.get(r.value.id);
    if (first !== undefined) {
      onLine(
        line,
        [
          {
            code: 'duplicate_commitment',
            path: ['id'],
            message: `commitment ${quote(r.value.id)} is also on line ${first}; give each commitment once.`,
          },
        ],
        issues,
      );
      continue;
    }
    seen.set(r.value.id, line);
    out.push(r.value);
  }
  return issues.length === 0 ? ok(out) : err(issues);
}

/**
 * Reads every record as a {@link VendorLink} (Procore's events into the ERP of `profile`, Sage 300
 * CRE by default): all of them, or every problem, each naming its line. A vendor event that is not
 * a link (no `origin_id`) is `not_a_link`; two links of one company into one ERP with different
 * vendor ids are `conflicting_vendor_link` (a repeat of the same link is kept once).
 * @example
 * readVendorLinkRecords([{ line: 1, value: { companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' } }], { from: 'model' })
 * //=> { ok: true, value: [{ companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' }] }
 */
export function readVendorLinkRecords(
  records: Iterable<NumberedRecord>,
  options: { readonly from: RecordFormat; readonly profile?: ErpProfile },
): Result<VendorLink[], RecordIssue[]> {
  const profile = options.profile;
  const read =
    options.from === 'model'
      ? parseVendorLink
      : (value: unknown) => fromProcoreVendorEvent(value, profile === undefined ? {} : { profile });
  const out: VendorLink[] = [];
  const issues: RecordIssue[] = [];
  const seen = new Map<string, { readonly line: number; readonly erpVendorId: string }>();
  for (const { line, value } of records) {
    const r = read(value);
    if (!r.ok) {
      onLine(line, r.error, issues);
      continue;
    }
    const link = r.value;
    const key = JSON.stringify([link.companyId, link.erp]);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, { line, erpVendorId: link.erpVendorId });
      out.push(link);
    } else if (first.erpVendorId !== link.erpVendorId) {
      onLine(
        line,
        [
          {
            code: 'conflicting_vendor_link',
            path: ['erpVendorId'],
            message: `company ${quote(link.companyId)} is linked to ${quote(link.erp)} vendor ${quote(link.erpVendorId)} here but to ${quote(first.erpVendorId)} on line ${first.line}; keep the right one.`,
          },
        ],
        issues,
      );
    }
  }
  return issues.length === 0 ? ok(out) : err(issues);
}
