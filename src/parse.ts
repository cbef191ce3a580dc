import * as z from 'zod';
import { describeValue, formatPath } from './internal/describe.js';
import { guard } from './internal/guard.js';
import { INPUT_ISSUE_CODES, type InputIssue, type InputIssueCode, type Path } from './issues.js';
import { type ChangeOrder, ChangeOrderSchema } from './model/changeOrder.js';
import { type Commitment, CommitmentSchema } from './model/commitment.js';
import { type ExportContext, ExportContextSchema } from './model/context.js';
import { type VendorLink, VendorLinkSchema } from './model/vendorLink.js';
import { err, ok, type Result } from './result.js';
import { quote } from './text/quote.js';

/**
 * Compiled once, lazily, on first use: `z.compile` builds a flat validator that is several times
 * faster, with the same results and issues. Where code generation is forbidden (a strict
 * Content-Security-Policy), the schema is used as it is.
 */
function compiled<S extends z.ZodType>(schema: S): () => S {
  let fast: S | undefined;
  return () => {
    if (fast === undefined) {
      try {
        fast = z.compile(schema) as S;
      } catch {
        fast = schema;
      }
    }
    return fast;
  };
}

// Pure: a bundle that imports one parser leaves the others' schemas out.
const changeOrderParser = /* @__PURE__ */ compiled(ChangeOrderSchema);
const exportContextParser = /* @__PURE__ */ compiled(ExportContextSchema);
const commitmentParser = /* @__PURE__ */ compiled(CommitmentSchema);
const vendorLinkParser = /* @__PURE__ */ compiled(VendorLinkSchema);

type RawIssue = z.core.$ZodRawIssue;

/** Messages for zod's own issue kinds, naming the field and what was found. */
function message(issue: RawIssue): string {
  const path = (issue.path ?? []) as PropertyKey[];
  const where = path.length === 0 ? 'The input' : formatPath(path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${where} is required (${article(issue.expected)}).`
        : `${where} must be ${article(issue.expected)}, not ${describeValue(issue.input)}.`;
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${typeof issue.input === 'string' ? quote(issue.input) : describeValue(issue.input)}.`;
    case 'too_small':
      return `${where} must not be empty.`;
    default:
      return `${where} is invalid.`;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

const errorMap = (issue: RawIssue): string => message(issue);

const INPUT_CODES: ReadonlySet<string> = new Set(INPUT_ISSUE_CODES);

/**
 * The code of a zod issue as an input issue: a refinement's own code (`params.code`, one of
 * {@link INPUT_ISSUE_CODES}), `missing` for an absent value, `too_small` for an empty one,
 * `invalid_type`, and `invalid_value` for every other way a value can be outside its set.
 */
function codeOf(issue: z.core.$ZodIssue): InputIssueCode {
  switch (issue.code) {
    case 'custom': {
      const code: unknown = issue.params?.code;
      return typeof code === 'string' && INPUT_CODES.has(code) ? (code as InputIssueCode) : 'invalid_value';
    }
    case 'invalid_type':
    case 'invalid_value':
      if (issue.input === undefined) return 'missing';
      return issue.code;
    case 'too_small':
      return 'too_small';
    default:
      return 'invalid_value';
  }
}

function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    code: codeOf(issue),
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)) as Path,
    message: issue.message,
  }));
}

function safely<T>(what: string, schema: () => z.ZodType<T>, input: unknown): Result<T, InputIssue[]> {
  return guard(what, () => {
    const result = schema().safeParse(input, { error: errorMap, reportInput: true });
    return result.success ? ok(result.data) : err(toInputIssues(result.error));
  });
}

/**
 * Reads unknown JSON as a {@link ChangeOrder}. Never throws, whatever the input.
 * @param input - Parsed JSON (our camelCase model).
 * @returns The change order, or every problem found, each with `code`, `path` and `message`.
 * @example
 * const r = parseChangeOrder(JSON.parse(text));
 * if (!r.ok) console.error(r.error); // [{ code: 'invalid_amount', path: ['lineItems', 0, 'amount'], message: '…' }]
 */
export function parseChangeOrder(input: unknown): Result<ChangeOrder, InputIssue[]> {
  return safely('The change order', changeOrderParser, input);
}

/**
 * Reads unknown JSON as an {@link ExportContext}; rejects an unknown time zone. Never throws.
 * @param input - Parsed JSON.
 * @returns The context, or every problem found.
 * @example
 * parseExportContext({ ...context, project: { erpSynced: true, timeZone: 'Mars/Olympus' } })
 * //=> { ok: false, error: [{ code: 'invalid_time_zone', path: ['project', 'timeZone'], message: '…' }] }
 */
export function parseExportContext(input: unknown): Result<ExportContext, InputIssue[]> {
  return safely('The export context', exportContextParser, input);
}

/**
 * Reads unknown JSON as a {@link Commitment} with its schedule of values. Never throws, whatever the
 * input.
 * @param input - Parsed JSON (our camelCase model; for Procore's shapes, see `fromProcoreCommitment`).
 * @returns The commitment, or every problem found, each with `code`, `path` and `message`.
 * @example
 * parseCommitment({ id: '2', kind: 'subcontract', vendorId: '47', sov: [{ id: '501', description: 'Rebar', amount: '12,50' }] })
 * //=> { ok: false, error: [{ code: 'invalid_amount', path: ['sov', 0, 'amount'], message: '…' }] }
 */
export function parseCommitment(input: unknown): Result<Commitment, InputIssue[]> {
  return safely('The commitment', commitmentParser, input);
}

/**
 * Reads unknown JSON as a {@link VendorLink}; a blank `erpVendorId` is refused (`not_a_link`).
 * Never throws, whatever the input.
 * @param input - Parsed JSON (our camelCase model; for Procore's events, see `fromProcoreVendorEvent`).
 * @returns The link, or every problem found.
 * @example
 * parseVendorLink({ companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' })
 * //=> { ok: true, value: { companyId: '47', erpVendorId: 'ACME', erp: 'Sage 300 CRE' } }
 */
export function parseVendorLink(input: unknown): Result<VendorLink, InputIssue[]> {
  return safely('The vendor link', vendorLinkParser, input);
}
