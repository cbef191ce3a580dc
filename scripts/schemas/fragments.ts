// What JSON Schema can say about the values our zod schemas check with code: amounts (`z.custom`
// read by `readDecimal`), instants and time zones (`refine`s), the status (a `transform`). zod
// cannot see inside code, so these fragments are given to `z.toJSONSchema` as metadata, here in
// the generator and nowhere in the library: the library's one grammar stays `readDecimal`, and
// test/schemas/patterns.test.ts shows that each pattern accepts exactly what the library accepts
// (the time zone excepted: see docs/other-languages.md).
//
// Patterns keep to the subset of ECMA-262 that JSON Schema recommends, so that Python's `re`, Java
// and .NET read them alike: `[0-9]`, never `\d` (Python's `\d` matches every script's digits);
// `\uXXXX` escapes for the non-ASCII white space; and every pattern ends with `$(?!\n)`, because
// Python's `$` (and .NET's) also matches before a final newline, which would let `"1.50\n"` pass.

import type * as z from 'zod';
import { RESULT_ERROR_CODES, ResultErrorSchema } from '../../src/cli/resultLine.js';
import { AmountSchema } from '../../src/model/amount.js';
import { InstantSchema } from '../../src/model/changeOrder.js';
import { SovSchema } from '../../src/model/commitment.js';
import { ExportContextSchema } from '../../src/model/context.js';
import { CHANGE_ORDER_STATUSES, ChangeOrderStatusSchema } from '../../src/model/enums.js';
import { LineItemSchema } from '../../src/model/lineItem.js';
import { VendorLinkSchema } from '../../src/model/vendorLink.js';
import { MAX_AMOUNT_LENGTH } from '../../src/money/decimalString.js';
import { MAX_TIME_ZONE_LENGTH } from '../../src/time/zone.js';

/** The end of the text, in every engine: `$` alone lets Python's `re.search` accept a final `\n`. */
const END = '$(?!\\n)';

/** A plain decimal string, as `readDecimal` reads it (its 40 characters are `maxLength`). */
export const DECIMAL_PATTERN = `^-?[0-9]+(\\.[0-9]+)?${END}`;

/** Years divisible by 4, but by 100 only when also by 400: `0000`, `0004`, …, `2000`, `2024`. */
const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)';
const DAY_31 = '(?:0[1-9]|[12][0-9]|3[01])';
const DAY_30 = '(?:0[1-9]|[12][0-9]|30)';
const DAY_28 = '(?:0[1-9]|1[0-9]|2[0-8])';
const DATE = `(?:[0-9]{4}-(?:(?:0[13578]|1[02])-${DAY_31}|(?:0[469]|11)-${DAY_30}|02-${DAY_28})|${LEAP_YEAR}-02-29)`;
const HOUR = '(?:[01][0-9]|2[0-3])';
const MINUTE = '[0-5][0-9]';

/**
 * An instant as `parseInstant` reads it: a real calendar date (leap years included), a time with
 * optional seconds and up to nine decimals, and `Z` or an offset. Not JSON Schema's `date-time`
 * format: RFC 3339 requires the seconds and allows a leap second, and the library reads neither so.
 */
export const INSTANT_PATTERN = `^${DATE}T${HOUR}:${MINUTE}(?::${MINUTE}(?:\\.[0-9]{1,9})?)?(?:Z|z|[+-]${HOUR}(?::?${MINUTE})?)${END}`;

/**
 * JavaScript's white space (`\s`, and what `String.prototype.trim` removes), spelt out: the `\s` of
 * other engines differs (Python's leaves out U+FEFF and adds U+001C–U+001F).
 */
const SPACES = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
export const WHITE_SPACE = `[${SPACES}]`;

/** `not_pricing` in any letter case, each `_` also written as a run of spaces and hyphens. */
function looseStatus(status: string): string {
  const letters = [...status].map((c) => (c === '_' ? `(?:_|[${SPACES}-]+)` : `[${c.toUpperCase()}${c}]`));
  return letters.join('');
}

/**
 * A status as `ChangeOrderStatusSchema` reads it: trimmed, lower-cased, runs of white space and
 * hyphens read as `_`.
 */
export const STATUS_PATTERN = `^${WHITE_SPACE}*(?:${CHANGE_ORDER_STATUSES.map(looseStatus).join('|')})${WHITE_SPACE}*${END}`;

/** The shape of a zone name before `Intl` is asked (src/time/zone.ts): a letter first. */
export const TIME_ZONE_PATTERN = `^[A-Za-z][A-Za-z0-9/_+-]*${END}`;

/** A piece of JSON Schema, as zod's metadata. */
export type Fragment = z.core.JSONSchemaMeta;

const decimal: Fragment = {
  type: 'string',
  pattern: DECIMAL_PATTERN,
  maxLength: MAX_AMOUNT_LENGTH,
  description: `A JSON string, never a number: an optional minus, digits, and optionally a point followed by digits; no exponent, plus sign, digit grouping or spaces; at most ${MAX_AMOUNT_LENGTH} characters.`,
};

const instant: Fragment = {
  type: 'string',
  pattern: INSTANT_PATTERN,
  description:
    'Written `YYYY-MM-DDThh:mm`, optionally `:ss` with up to nine decimals, then `Z` or an offset `±hh`, `±hhmm` or `±hh:mm`; the date must exist (leap years included).',
};

const status: Fragment = {
  type: 'string',
  anyOf: [
    { enum: [...CHANGE_ORDER_STATUSES], description: "As Procore's REST API writes it." },
    {
      pattern: STATUS_PATTERN,
      description:
        "As Procore's ERP payloads write it (`Not Pricing`): any letter case, spaces or hyphens for `_`, white space around; read as the lower-case status.",
    },
  ],
};

const timeZone: Fragment = {
  type: 'string',
  pattern: TIME_ZONE_PATTERN,
  maxLength: MAX_TIME_ZONE_LENGTH,
  description:
    "A name the runtime's `Intl` knows (`America/Los_Angeles`, or a link such as `US/Pacific`), in any letter case; not a fixed offset such as `+05:00`. The schema checks the shape only: an unknown name such as `Mars/Olympus` passes it, and cco-erp refuses it.",
};

const sov: Fragment = {
  description:
    'It may not name one line `id` twice; JSON Schema cannot say so (`uniqueItems` compares whole lines), and cco-erp refuses it as `duplicate_line_item`.',
};

/** Not blank: at least one character that `trim` keeps (JSON Schema's `pattern` matches anywhere). */
export const NOT_BLANK_PATTERN = `[^${SPACES}]`;

const erpVendorId: Fragment = {
  type: 'string',
  pattern: NOT_BLANK_PATTERN,
  description: 'Not blank: a vendor with an `origin_code` but no `origin_id` is not linked.',
};

const errorCode: Fragment = {
  description: `Known codes: ${RESULT_ERROR_CODES.map((c) => `\`${c}\``).join(', ')}; new ones may be added in a minor release.`,
};

/**
 * What JSON Schema is told about each schema that zod cannot describe, given to `z.toJSONSchema` as
 * metadata: every schema that checks with code (`z.custom`, `refine`, `transform`) must be here, or
 * the generator refuses to write.
 */
export function fragments(): ReadonlyMap<z.core.$ZodType, Fragment> {
  return new Map<z.core.$ZodType, Fragment>([
    [AmountSchema, decimal],
    [LineItemSchema.shape.quantity.unwrap(), decimal],
    [LineItemSchema.shape.unitCost.unwrap(), decimal],
    [InstantSchema, instant],
    [SovSchema, sov],
    [VendorLinkSchema.shape.erpVendorId, erpVendorId],
    [ChangeOrderStatusSchema, status],
    [ExportContextSchema.shape.project.shape.timeZone, timeZone],
    [ResultErrorSchema.shape.code, errorCode],
  ]);
}
