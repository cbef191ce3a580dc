import fc from 'fast-check';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { Commitment, CommitmentLine } from '../model/commitment.js';
import type { ExportContext } from '../model/context.js';
import { CHANGE_ORDER_STATUSES, ERP_STATUSES, PERMISSION_LEVELS } from '../model/enums.js';
import type { ErpCode, LineItem } from '../model/lineItem.js';
import type { VendorLink } from '../model/vendorLink.js';
import type { ErpProfile, NumberLimit } from '../profiles/ErpProfile.js';
import { sage300Cre } from '../profiles/sage300Cre.js';
import { codePointLength } from '../text/codePoints.js';

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
 * sometimes with trailing zeros (`"233.0"`) or leading zeros. Every one is an amount the parser
 * accepts, so at most 40 characters: `integerDigits + decimals` may not exceed 37 (a RangeError).
 * @example
 * fc.sample(amountArb({ integerDigits: 3, decimals: 2 }), 3) //=> ['-12.5', '0', '233.00']
 */
export function amountArb(
  options: { integerDigits?: number; decimals?: number; negative?: boolean } = {},
): fc.Arbitrary<string> {
  const integerDigits = options.integerDigits ?? 8;
  const decimals = options.decimals ?? 2;
  if (integerDigits + decimals > 37) {
    throw new RangeError(
      `[cco-erp] amountArb: ${integerDigits} integer digits and ${decimals} decimals can exceed the 40 characters of an amount; keep their sum at most 37.`,
    );
  }
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
  // Pieces are added while they fit: the text never exceeds the limit and never ends mid-piece.
  return fc
    .array(piece, { minLength: Math.min(900, maxLength), maxLength: Math.max(900, maxLength) })
    .map((pieces) => {
      let text = '';
      let length = 0;
      for (const p of pieces) {
        const n = codePointLength(p);
        if (length + n > maxLength) break;
        text += p;
        length += n;
      }
      return text;
    });
}

function linkedCode(codes: fc.Arbitrary<string>): fc.Arbitrary<ErpCode> {
  return codes.map((code) => ({ code, erpId: code }));
}

/**
 * The line items of a sendable CCO: every line has an ERP cost code and category, lines on the same
 * commitment line item share them, and each commitment line sums to at most 9 integer digits and
 * 2 decimals. With `profile`, the lines fit that profile's limits instead (see
 * {@link sendableChangeOrderArb}).
 * @example
 * fc.sample(sendableLineItemsArb({ maxLines: 3 }), 1) //=> [[{ id: '1000', commitmentLineItemId: '7', … }]]
 */
export function sendableLineItemsArb(
  options: { maxLines?: number; profile?: ErpProfile } = {},
): fc.Arbitrary<LineItem[]> {
  const maxLines = options.maxLines ?? 12;
  if (options.profile !== undefined) return profileLineItemsArb(options.profile, maxLines);
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

/** A decimal string above zero: zero becomes `1`. */
function positive(amount: string): string {
  return /^0+(?:\.0+)?$/.test(amount) ? '1' : amount;
}

/** Decimal strings within `limit` (`fallback` digits where it sets none). */
function withinArb(limit: NumberLimit, fallback: { integerDigits: number; decimals: number }) {
  const values = amountArb({
    integerDigits: limit.integerDigits ?? fallback.integerDigits,
    decimals: limit.decimals ?? fallback.decimals,
    negative: !limit.positive,
  });
  return limit.positive ? values.map(positive) : values;
}

/** Lines that fit `profile`: see {@link sendableChangeOrderArb}. */
function profileLineItemsArb(profile: ErpProfile, maxLines: number): fc.Arbitrary<LineItem[]> {
  const { amount, lines } = profile;
  // Room for the sum of every line on one commitment line (and a breaker's extra cent).
  const headroom = String(maxLines).length;
  const amounts = withinArb(
    { ...amount, integerDigits: Math.max(1, (amount.integerDigits ?? 12) - headroom) },
    { integerDigits: 12, decimals: 4 },
  );
  const descriptionLength = Math.min(
    40,
    lines.description.maxLength ?? 40,
    lines.description.maxLineLength ?? 40,
  );
  const line = fc.record({
    description: textArb(descriptionLength),
    amount: amounts,
    quantity: fc.option(withinArb(lines.quantity, { integerDigits: 8, decimals: 4 }), { nil: undefined }),
    unitCost: fc.option(withinArb(lines.unitCost, { integerDigits: 6, decimals: 4 }), { nil: undefined }),
    uom: fc.option(fc.string({ unit: 'binary', minLength: 1, maxLength: lines.uom.maxLength ?? 10 }), {
      nil: undefined,
    }),
  });
  const pool = fc
    .tuple(
      fc.uniqueArray(fc.record({ commitmentLineItemId: idArb, costCode: linkedCode(codeArb) }), {
        minLength: 1,
        maxLength: Math.min(5, maxLines),
        selector: (c) => c.commitmentLineItemId,
      }),
      profile.lineItemsRequireSingleCategory
        ? linkedCode(categoryArb).map((c) => fc.constant(c))
        : fc.constant(linkedCode(categoryArb)),
    )
    .chain(([commitmentLines, categories]) =>
      fc.tuple(...commitmentLines.map((c) => categories.map((category) => ({ ...c, category })))),
    );
  return pool.chain((commitmentLines) => {
    // Under `reject`, each commitment line is modified once.
    const draws =
      profile.repeatedLines === 'reject'
        ? fc.tuple(...commitmentLines.map((_, which) => line.map((l) => ({ which, ...l }))))
        : fc.array(
            fc
              .record({ which: fc.nat({ max: commitmentLines.length - 1 }) })
              .chain(({ which }) => line.map((l) => ({ which, ...l }))),
            { minLength: 1, maxLength: maxLines },
          );
    return draws.map((drawn) =>
      drawn.map(({ which, description, amount, quantity, unitCost, uom }, i) => ({
        id: String(1000 + i),
        ...commitmentLines[which]!,
        description,
        amount,
        ...(quantity === undefined ? {} : { quantity }),
        ...(unitCost === undefined ? {} : { unitCost }),
        ...(uom === undefined ? {} : { uom }),
      })),
    );
  });
}

/**
 * A CCO that breaks no rule of the Sage 300 CRE profile when sent with a context from
 * {@link sendingContextArb} (its `erpId` is always typed, so the number setting does not matter).
 * With `profile`, a CCO that fits that profile's limits instead: ID, title, a refused (`block`)
 * description, repeated lines, one category, line description, unit of measure, quantity, unit
 * cost and amount (with room for the sum of repeated lines); lines then sometimes carry a
 * quantity, unit cost and unit of measure.
 * @example
 * fc.assert(fc.property(sendableChangeOrderArb(), sendingContextArb(), (co, ctx) => validate(co, ctx) === undefined));
 * fc.assert(fc.property(sendableChangeOrderArb({ profile: spectrum }), sendingContextArb(),
 *   (co, ctx) => validate(co, ctx, { profile: spectrum }) === undefined));
 */
export function sendableChangeOrderArb(
  options: { maxLines?: number; maxDescription?: number; profile?: ErpProfile } = {},
): fc.Arbitrary<ChangeOrder> {
  if (options.profile !== undefined) return profileChangeOrderArb(options.profile, options);
  return sendableRecord({
    erpId: fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== ''),
    title: textArb(30),
    description: fc.oneof(textArb(200), longTextArb(options.maxDescription ?? 1200)),
    lineItems: sendableLineItemsArb(options),
  });
}

/** An approved, synced, linked CCO from the parts that depend on the profile (no `erpId` when it draws `undefined`). */
function sendableRecord(parts: {
  erpId: fc.Arbitrary<string | undefined>;
  title: fc.Arbitrary<string>;
  description: fc.Arbitrary<string>;
  lineItems: fc.Arbitrary<LineItem[]>;
}): fc.Arbitrary<ChangeOrder> {
  return fc
    .record({
      id: idArb,
      number: fc.stringMatching(/^[0-9]{1,3}$/),
      erpId: parts.erpId,
      title: parts.title,
      description: parts.description,
      status: fc.constant('approved' as const),
      createdAt: instantArb(),
      erpStatus: fc.constantFrom('not_sent' as const, 'retrieved' as const, 'rejected' as const),
      commitment: fc.record({ id: idArb, erpId: fc.stringMatching(/^[A-Z]{2}-[0-9]{3}$/) }),
      contractCompany: fc.record({
        id: idArb,
        name: textArb(30),
        erpVendorId: fc.stringMatching(/^[A-Z0-9]{2,10}$/),
      }),
      lineItems: parts.lineItems,
    })
    .map(({ erpId, ...co }) => (erpId === undefined ? co : { ...co, erpId }));
}

/** A CCO that fits `profile`: see {@link sendableChangeOrderArb}. */
function profileChangeOrderArb(
  profile: ErpProfile,
  options: { maxLines?: number; maxDescription?: number },
): fc.Arbitrary<ChangeOrder> {
  const { changeOrderId, title, description } = profile;
  const erpId = fc
    .string({ unit: 'binary', minLength: 1, maxLength: changeOrderId.maxLength ?? 20 })
    .filter((s) => s.trim() !== '');
  const longest =
    description.onOverflow === 'block' && description.maxLength !== null
      ? description.maxLength
      : (options.maxDescription ?? 1200);
  return sendableRecord({
    erpId: changeOrderId.required ? erpId : fc.option(erpId, { nil: undefined }),
    title: textArb(title.maxLength ?? 80),
    // A description the ERP cuts is drawn around its limit, to reach the truncation.
    description: fc.oneof(
      textArb(Math.min(200, longest)),
      description.onOverflow === 'block' ? textArb(longest) : longTextArb(longest),
    ),
    lineItems: profileLineItemsArb(profile, options.maxLines ?? 12),
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

/**
 * The commitment kinds, checked against the model's type (a value import of the model would bring
 * zod's schemas into `cco-erp/testing`).
 */
const COMMITMENT_KINDS = Object.keys({ subcontract: true, purchase_order: true } satisfies Record<
  Commitment['kind'],
  true
>) as Commitment['kind'][];

/** ERP names a link may belong to: the built-in profiles' and one of nobody's. */
const ERP_NAMES = [
  'Sage 300 CRE',
  'Sage 100 Contractor',
  'Viewpoint Vista',
  'Spectrum',
  'QuickBooks Desktop',
  'Sage Intacct',
  'CMiC',
  'Xero',
  'Some Other ERP',
] as const;

const erpKeyArb = fc.stringMatching(/^[A-Z0-9]{1,8}(-[0-9]{1,10})?$/);

/** Any SOV line: optional ERP key, position, codes and unit pricing. */
function commitmentLineArb(id: fc.Arbitrary<string>): fc.Arbitrary<CommitmentLine> {
  const maybeCode = (codes: fc.Arbitrary<string>) =>
    fc.record({ code: codes, erpId: codes }, { requiredKeys: ['code'] });
  return fc.record(
    {
      id,
      erpId: erpKeyArb,
      position: fc.nat({ max: 999 }),
      description: textArb(30),
      costCode: maybeCode(codeArb),
      category: maybeCode(categoryArb),
      amount: amountArb({ integerDigits: 9, decimals: 2 }),
      quantity: amountArb({ integerDigits: 6, decimals: 4 }),
      unitCost: amountArb({ integerDigits: 6, decimals: 4 }),
      uom: fc.constantFrom('EA', 'LF', 'HR', 'LS'),
    },
    { requiredKeys: ['id', 'description', 'amount'] },
  );
}

/** A commitment that covers `changeOrder`: see {@link commitmentArb}. */
function coveringArb(changeOrder: ChangeOrder): fc.Arbitrary<Commitment> {
  const needed = [...new Set(changeOrder.lineItems.map((l) => l.commitmentLineItemId))];
  const own = needed.map((id) => {
    const first = changeOrder.lineItems.find((l) => l.commitmentLineItemId === id)!;
    return fc.record({ erpId: erpKeyArb, amount: amountArb({ integerDigits: 9, decimals: 2 }) }).map(
      ({ erpId, amount }): CommitmentLine => ({
        id,
        erpId,
        description: first.description,
        ...(first.costCode === undefined ? {} : { costCode: first.costCode }),
        ...(first.category === undefined ? {} : { category: first.category }),
        amount,
      }),
    );
  });
  // Lines no change order line touches, with ids no change order line names.
  const others = fc.uniqueArray(commitmentLineArb(fc.stringMatching(/^sov-[0-9]{1,4}$/)), {
    maxLength: 3,
    selector: (l) => l.id,
  });
  return fc
    .record({
      erpId: erpKeyArb,
      number: fc.option(fc.stringMatching(/^(SC|PO)-[0-9]{3}$/), { nil: undefined }),
      kind: fc.constantFrom(...COMMITMENT_KINDS),
      sov: fc
        .tuple(fc.tuple(...own), others)
        .chain(([mine, theirs]) =>
          fc.shuffledSubarray([...mine, ...theirs], { minLength: mine.length + theirs.length }),
        ),
    })
    .map(({ number, ...rest }) => ({
      id: changeOrder.commitment.id,
      ...(number === undefined ? {} : { number }),
      vendorId: changeOrder.contractCompany.id,
      ...rest,
    }));
}

/**
 * Commitments with their schedules of values. With `changeOrder`, the change order's own commitment,
 * against which it breaks none of the commitment rules: its id and vendor, synced, and an SOV (in
 * any order, with lines no change order line touches) with a synced line coded like the change
 * order's first line on each commitment line item it names. Without, any commitment the parser
 * accepts.
 * @example
 * fc.property(sendableChangeOrderArb().chain((co) => fc.tuple(fc.constant(co), commitmentArb({ changeOrder: co }))),
 *   sendingContextArb(), ([co, commitment], ctx) => validate(co, ctx, { commitment }) === undefined)
 */
export function commitmentArb(options: { changeOrder?: ChangeOrder } = {}): fc.Arbitrary<Commitment> {
  if (options.changeOrder !== undefined) return coveringArb(options.changeOrder);
  return fc.record(
    {
      id: idArb,
      erpId: erpKeyArb,
      number: fc.stringMatching(/^(SC|PO)-[0-9]{3}$/),
      title: textArb(30),
      kind: fc.constantFrom(...COMMITMENT_KINDS),
      vendorId: idArb,
      sov: fc.uniqueArray(commitmentLineArb(idArb), { maxLength: 6, selector: (l) => l.id }),
    },
    { requiredKeys: ['id', 'kind', 'vendorId', 'sov'] },
  );
}

/**
 * Vendor links. With `changeOrder`, the link of its contract company into `profile`'s ERP (Sage 300
 * CRE by default), with the company's own `erpVendorId` when it has one. Without, any link the
 * parser accepts, into any of the built-in profiles' ERPs or another.
 * @example
 * fc.sample(vendorLinkArb(), 1) //=> [{ companyId: '4711', erpVendorId: 'V7', erp: 'Spectrum' }]
 */
export function vendorLinkArb(
  options: { changeOrder?: ChangeOrder; profile?: ErpProfile } = {},
): fc.Arbitrary<VendorLink> {
  const vendorId = fc.stringMatching(/^[A-Z0-9]{2,10}$/);
  const code = fc.option(fc.stringMatching(/^[A-Z]{2,6}$/), { nil: undefined });
  const { changeOrder } = options;
  if (changeOrder !== undefined) {
    const company = changeOrder.contractCompany;
    const own = company.erpVendorId;
    const erp = (options.profile ?? sage300Cre).name;
    return fc
      .record({
        erpVendorId: own === undefined || own.trim() === '' ? vendorId : fc.constant(own),
        erpCode: code,
      })
      .map(({ erpVendorId, erpCode }) => ({
        companyId: company.id,
        erpVendorId,
        erp,
        ...(erpCode === undefined ? {} : { erpCode }),
      }));
  }
  return fc
    .record({ companyId: idArb, erpVendorId: vendorId, erp: fc.constantFrom(...ERP_NAMES), erpCode: code })
    .map(({ erpCode, ...link }) => (erpCode === undefined ? link : { ...link, erpCode }));
}
