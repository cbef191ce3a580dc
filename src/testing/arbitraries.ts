import fc from 'fast-check';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import { CHANGE_ORDER_STATUSES, ERP_STATUSES, PERMISSION_LEVELS } from '../model/enums.js';
import type { ErpCode, LineItem } from '../model/lineItem.js';

/**
 * Time zones the arbitraries draw from: links, half-hour and far-east zones, DST and none.
 * @example
 * fc.constantFrom(...TIME_ZONES)
 */
export const TIME_ZONES = [
  'US/Pacific',
  'America/New_York',
  'America/Denver',
  'America/Phoenix',
  'America/St_Johns',
  'Pacific/Honolulu',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Europe/London',
  'UTC',
] as const;

/**
 * Decimal strings: an optional minus, up to `integerDigits` digits, up to `decimals` decimals,
 * sometimes with trailing zeros (`"233.0"`) or leading zeros.
 * @example
 * fc.sample(amountArb({ integerDigits: 3, decimals: 2 }), 3) //=> ['-12.5', '0', '233.00']
 */
export function amountArb(
  options: { integerDigits?: number; decimals?: number; negative?: boolean } = {},
): fc.Arbitrary<string> {
  const integerDigits = options.integerDigits ?? 8;
  const decimals = options.decimals ?? 2;
  return fc
    .tuple(
      options.negative === false ? fc.constant(false) : fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(integerDigits) - 1n }),
      fc.integer({ min: 0, max: decimals }),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(Math.max(decimals, 1)) - 1n }),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([negative, whole, places, fraction, padding]) => {
      const frac = places === 0 ? '' : String(fraction % 10n ** BigInt(places)).padStart(places, '0');
      const tail = places === 0 ? (padding === 1 ? '.0' : '') : padding === 1 ? '0' : '';
      return `${negative ? '-' : ''}${whole}${places === 0 ? tail : `.${frac}${tail}`}`;
    });
}

/**
 * An ISO-8601 instant with `Z` or an offset, between 1971 and 2099.
 * @example
 * fc.sample(instantArb(), 2) //=> ['2031-05-02T11:20:41Z', '1987-12-30T23:59:01.250-07:00']
 */
export function instantArb(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }),
      fc.constantFrom(0, -420, -480, 330, 345, -210, 840, 60),
      fc.boolean(),
    )
    .map(([ms, offset, millis]) => {
      const local = new Date(ms + offset * 60_000).toISOString().slice(0, millis ? 23 : 19);
      if (offset === 0) return `${local}Z`;
      const abs = Math.abs(offset);
      return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    });
}

const idArb = fc.stringMatching(/^[1-9][0-9]{0,8}$/);
const codeArb = fc.stringMatching(/^[0-9]{2}-[0-9]{3,4}$/);
const categoryArb = fc.constantFrom('L', 'M', 'S', 'E', 'O');
/** Text with any code point, emoji and accents included. */
const textArb = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

/**
 * Text around an ERP's 1000-character limit, made of the pieces that trip naive truncation:
 * emoji with skin tones and joiners, flags, combining accents, CRLF.
 */
function longTextArb(maxLength: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('a', 'b', ' ', '.', 'é') },
    { weight: 1, arbitrary: fc.constantFrom('👷', '👷🏽‍♀️', '🇫🇷', 'e\u0301', '\r\n', '🏗️', 'ก\u0e33') },
  );
  return fc
    .array(piece, {
      minLength: Math.min(900, maxLength),
      maxLength: Math.max(Math.min(900, maxLength), Math.floor(maxLength / 1.2)),
    })
    .map((pieces) => pieces.join(''))
    .filter((text) => [...text].length <= maxLength);
}

function linkedCode(codes: fc.Arbitrary<string>): fc.Arbitrary<ErpCode> {
  return codes.map((code) => ({ code, erpId: code }));
}

/**
 * The line items of a sendable CCO: every line has an ERP cost code and category, lines on the same
 * commitment line item share them, and each commitment line sums to at most 9 integer digits and
 * 2 decimals.
 * @example
 * fc.assert(fc.property(sendableLineItemsArb(), (lines) => aggregateLineItems(lines).length <= lines.length));
 */
export function sendableLineItemsArb(options: { maxLines?: number } = {}): fc.Arbitrary<LineItem[]> {
  const maxLines = options.maxLines ?? 12;
  const commitmentLine = fc.record({
    commitmentLineItemId: idArb,
    costCode: linkedCode(codeArb),
    category: linkedCode(categoryArb),
  });
  return fc
    .uniqueArray(commitmentLine, { minLength: 1, maxLength: 5, selector: (c) => c.commitmentLineItemId })
    .chain((pool) =>
      fc
        .array(
          fc.record({
            which: fc.nat({ max: pool.length - 1 }),
            description: textArb(40),
            amount: amountArb({ integerDigits: 8, decimals: 2 }),
          }),
          { minLength: 1, maxLength: maxLines },
        )
        .map((draws) =>
          draws.map(({ which, description, amount }, i) => ({
            id: String(1000 + i),
            ...pool[which]!,
            description,
            amount,
          })),
        ),
    );
}

/**
 * A CCO that breaks no rule of the Sage 300 CRE profile when sent with a context from
 * {@link sendingContextArb} (its `erpId` is always typed, so the number setting does not matter).
 * @example
 * fc.assert(fc.property(sendableChangeOrderArb(), sendingContextArb(), (co, ctx) => validate(co, ctx) === undefined));
 */
export function sendableChangeOrderArb(
  options: { maxLines?: number; maxDescription?: number } = {},
): fc.Arbitrary<ChangeOrder> {
  return fc.record({
    id: idArb,
    number: fc.stringMatching(/^[0-9]{1,3}$/),
    erpId: fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== ''),
    title: textArb(30),
    description: fc.oneof(textArb(200), longTextArb(options.maxDescription ?? 1200)),
    status: fc.constant('approved' as const),
    createdAt: instantArb(),
    erpStatus: fc.constantFrom('not_sent' as const, 'retrieved' as const, 'rejected' as const),
    commitment: fc.record({ id: idArb, erpId: fc.stringMatching(/^[A-Z]{2}-[0-9]{3}$/) }),
    contractCompany: fc.record({
      id: idArb,
      name: textArb(30),
      erpVendorId: fc.stringMatching(/^[A-Z0-9]{2,10}$/),
    }),
    lineItems: sendableLineItemsArb(options),
  });
}

/**
 * A context in which the user may send: synced project, Admin on Commitments and Change Orders.
 * @example
 * fc.property(sendableChangeOrderArb(), sendingContextArb(), (co, ctx) => validate(co, ctx) === undefined)
 */
export function sendingContextArb(): fc.Arbitrary<ExportContext> {
  return fc.record({
    user: fc.record({
      commitments: fc.constant('admin' as const),
      changeOrders: fc.constant('admin' as const),
      erpIntegrations: fc.constantFrom(...PERMISSION_LEVELS),
      canPushToAccounting: fc.boolean(),
    }),
    project: fc.record({ erpSynced: fc.constant(true), timeZone: fc.constantFrom(...TIME_ZONES) }),
    settings: fc.record({ useChangeOrderNumberAsErpId: fc.boolean(), directExport: fc.boolean() }),
  });
}

/**
 * Any valid context: any permissions, synced or not, any of {@link TIME_ZONES}.
 * @example
 * fc.property(changeOrderArb(), exportContextArb(), (co, ctx) => validate(co, ctx)?.code === validateAll(co, ctx)[0]?.code)
 */
export function exportContextArb(): fc.Arbitrary<ExportContext> {
  const level = fc.constantFrom(...PERMISSION_LEVELS);
  return fc.record({
    user: fc.record({
      commitments: level,
      changeOrders: level,
      erpIntegrations: level,
      canPushToAccounting: fc.boolean(),
    }),
    project: fc.record({ erpSynced: fc.boolean(), timeZone: fc.constantFrom(...TIME_ZONES) }),
    settings: fc.record({ useChangeOrderNumberAsErpId: fc.boolean(), directExport: fc.boolean() }),
  });
}

/**
 * Any CCO the parser accepts, sendable or not: any status, any ERP state, optional links, any
 * amounts (up to 12 integer digits and 4 decimals).
 * @example
 * fc.property(changeOrderArb(), (co) => parseChangeOrder(JSON.parse(JSON.stringify(co))).ok)
 */
export function changeOrderArb(): fc.Arbitrary<ChangeOrder> {
  const maybeCode = (codes: fc.Arbitrary<string>) =>
    fc.option(fc.record({ code: codes, erpId: codes }, { requiredKeys: ['code'] }), { nil: undefined });
  const line = fc.record(
    {
      id: idArb,
      commitmentLineItemId: fc.constantFrom('1', '2', '3', '4'),
      description: textArb(20),
      amount: amountArb({ integerDigits: 12, decimals: 4 }),
      costCode: maybeCode(codeArb),
      category: maybeCode(categoryArb),
    },
    { requiredKeys: ['id', 'commitmentLineItemId', 'description', 'amount'] },
  );
  return fc.record(
    {
      id: idArb,
      number: fc.string({ maxLength: 8 }),
      erpId: fc.string({ unit: 'binary', maxLength: 8 }),
      title: textArb(40),
      description: textArb(1100),
      status: fc.constantFrom(...CHANGE_ORDER_STATUSES),
      createdAt: instantArb(),
      erpStatus: fc.constantFrom(...ERP_STATUSES),
      commitment: fc.record({ id: idArb, erpId: fc.string({ maxLength: 6 }) }, { requiredKeys: ['id'] }),
      contractCompany: fc.record(
        { id: idArb, name: textArb(20), erpVendorId: fc.string({ maxLength: 6 }) },
        { requiredKeys: ['id', 'name'] },
      ),
      lineItems: fc.array(line, { maxLength: 8 }),
    },
    {
      requiredKeys: [
        'id',
        'number',
        'title',
        'description',
        'status',
        'createdAt',
        'erpStatus',
        'commitment',
        'contractCompany',
        'lineItems',
      ],
    },
  ) as fc.Arbitrary<ChangeOrder>;
}
