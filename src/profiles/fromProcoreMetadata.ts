import { describeValue } from '../internal/describe.js';
import { guard } from '../internal/guard.js';
import { type Found, keys, LooseReader, own } from '../internal/looseJson.js';
import type { InputIssue } from '../issues.js';
import { err, ok, type Result } from '../result.js';
import { quote } from '../text/quote.js';
import type { ErpProfile, NumberLimit, ProfileMessageKey } from './ErpProfile.js';

/** A number the metadata limits; when save and export both limit it, the stricter wins. */
type Limit =
  | 'idMaxLength'
  | 'titleMaxLength'
  | 'descriptionMaxLength'
  | 'uomMaxLength'
  | 'lineDescriptionMaxLength'
  | 'lineDescriptionMaxLineLength'
  | `${NumberField}${'Digits' | 'Decimals'}`;
/** Something the metadata switches on. */
type Switch = 'idRequired' | 'noDivisionCostCode' | `${NumberField}Positive`;
type NumberField = 'amount' | 'quantity' | 'unitCost';

type LimitEffect = { readonly limit: Limit; readonly key: ProfileMessageKey };
/** What one enabled validation does to the profile, with the message key of its rule. */
type Effect =
  | LimitEffect
  | { readonly on: Switch; readonly key: ProfileMessageKey }
  /** Checked by a rule every profile has (cost code and category present, amounts numeric). */
  | 'built_in';

type Table = Readonly<Record<string, Readonly<Record<string, Effect>>>>;

/** What cco-erp reads from `commitment_change_orders`: field → validation → effect. */
const CHANGE_ORDER_RULES: Table = {
  code: {
    present: { on: 'idRequired', key: 'erp_id_missing' },
    max_length: { limit: 'idMaxLength', key: 'erp_id_too_long' },
  },
  // The number fills the ERP id when the company uses change order numbers as ids.
  number: { max_length: { limit: 'idMaxLength', key: 'erp_id_too_long' } },
  title: { max_length: { limit: 'titleMaxLength', key: 'title_too_long' } },
  description: { max_length: { limit: 'descriptionMaxLength', key: 'description_too_long' } },
};

/** What cco-erp reads from `commitment_change_order_items`, applied to every line. */
const LINE_RULES: Table = {
  total_amount: {
    max_length_units: { limit: 'amountDigits', key: 'amount_too_large' },
    max_length_decimal: { limit: 'amountDecimals', key: 'amount_too_precise' },
    positive: { on: 'amountPositive', key: 'amount_not_positive' },
    numeric: 'built_in',
  },
  quantity: {
    max_length_units: { limit: 'quantityDigits', key: 'quantity_integer_digits' },
    max_length_decimal: { limit: 'quantityDecimals', key: 'quantity_decimals' },
    positive: { on: 'quantityPositive', key: 'quantity_not_positive' },
    numeric: 'built_in',
  },
  unit_cost: {
    max_length_units: { limit: 'unitCostDigits', key: 'unit_cost_integer_digits' },
    max_length_decimal: { limit: 'unitCostDecimals', key: 'unit_cost_decimals' },
    positive: { on: 'unitCostPositive', key: 'unit_cost_not_positive' },
    numeric: 'built_in',
  },
  uom: { max_length: { limit: 'uomMaxLength', key: 'uom_too_long' } },
  description: {
    max_length: { limit: 'lineDescriptionMaxLength', key: 'line_description_too_long' },
    max_line_length: { limit: 'lineDescriptionMaxLineLength', key: 'line_description_too_long' },
  },
  cost_code: {
    present: 'built_in',
    disallow_division: { on: 'noDivisionCostCode', key: 'division_cost_code' },
  },
  line_item_type: { present: 'built_in' },
};

/** What the metadata has said so far. */
interface Draft {
  readonly limits: Partial<Record<Limit, number>>;
  readonly switches: Set<Switch>;
  readonly messages: Partial<Record<ProfileMessageKey, string>>;
}

/** The entry of an own key of a table (never an inherited `constructor`). */
function lookUp<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A non-blank string, else `undefined`. */
function text(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Applies a limit. A stricter limit replaces a looser one with its message (or drops the looser's
 * message); an equal limit adds its message when none is kept.
 */
function tighten(draft: Draft, effect: LimitEffect, length: number, message: string | undefined): void {
  const current = draft.limits[effect.limit];
  if (current === undefined || length < current) {
    draft.limits[effect.limit] = length;
    if (message === undefined) delete draft.messages[effect.key];
    else draft.messages[effect.key] = message;
  } else if (length === current && message !== undefined) {
    draft.messages[effect.key] ??= message;
  }
}

/** A rule's `length`: a whole number of at least `min`. */
function readLength(r: LooseReader, rule: Found, min: number): number | undefined {
  const length = own(rule, 'length');
  if (typeof length === 'number' && Number.isSafeInteger(length) && length >= min) return length;
  const path = [...rule.path, 'length'];
  const expected = `a whole number of at least ${min}`;
  if (length === undefined || length === null) return r.missing(path, expected);
  const found = typeof length === 'number' ? String(length) : describeValue(length);
  return r.add('invalid_length', path, `${r.where(path)} must be ${expected}, not ${found}.`);
}

function unsupported(table: Table, field: string, kind: string): string {
  const forField = lookUp(table, field);
  const known =
    forField === undefined
      ? `it reads the fields ${Object.keys(table).join(', ')}`
      : `on ${quote(field)} it reads ${Object.keys(forField).join(', ')}`;
  return `cco-erp cannot check the rule ${quote(kind)} on ${quote(field)}, so a profile without it would pass change orders the ERP refuses; ${known}. Remove the rule or switch it off ("enabled": false) if the ERP does not need it.`;
}

/** Reads one enabled validation `kind` of `field` into the draft. */
function readRule(r: LooseReader, draft: Draft, table: Table, field: string, kind: string, rule: Found) {
  const effect = lookUp(lookUp(table, field) ?? {}, kind);
  if (effect === undefined) return r.add('unsupported_rule', rule.path, unsupported(table, field, kind));
  const message = text(r.string(rule, 'message'));
  if (effect === 'built_in') return;
  if ('on' in effect) {
    draft.switches.add(effect.on);
    if (message !== undefined) draft.messages[effect.key] ??= message;
    return;
  }
  // A limit of 0 decimals means whole numbers; every other limit is at least 1.
  const length = readLength(r, rule, kind === 'max_length_decimal' ? 0 : 1);
  if (length !== undefined) tighten(draft, effect, length, message?.replaceAll('%{length}', String(length)));
}

/** Reads `rules.save` and `rules.export` of one entity into the draft; returns the export warning. */
function readRules(
  r: LooseReader,
  draft: Draft,
  entity: Found | undefined,
  table: Table,
): string | undefined {
  const rules = r.object(entity, 'rules');
  let warning: string | undefined;
  for (const phase of ['save', 'export']) {
    const phaseRules = r.object(rules, phase);
    const warningRule = r.object(phaseRules, 'warning_message');
    const warningOn = r.boolean(warningRule, 'enabled');
    const warningText = text(r.string(warningRule, 'message'));
    if (warningOn === true) warning ??= warningText;
    const fields = r.object(phaseRules, 'fields');
    for (const field of keys(fields)) {
      const fieldRules = r.object(fields, field);
      if (r.boolean(fieldRules, 'enabled') === false) continue;
      const validation = r.object(fieldRules, 'validation');
      for (const kind of keys(validation)) {
        const rule = r.object(validation, kind);
        // Procore treats a validation without `enabled: true` as switched off.
        if (rule !== undefined && r.boolean(rule, 'enabled') === true)
          readRule(r, draft, table, field, kind, rule);
      }
    }
  }
  return warning;
}

/** Reads `configs.<name>.enabled`, `false` when absent. */
function config(r: LooseReader, entity: Found | undefined, name: string): boolean {
  return r.boolean(r.object(r.object(entity, 'configs'), name), 'enabled') ?? false;
}

function numberLimit(draft: Draft, field: NumberField): NumberLimit {
  return {
    integerDigits: draft.limits[`${field}Digits`] ?? null,
    decimals: draft.limits[`${field}Decimals`] ?? null,
    positive: draft.switches.has(`${field}Positive`),
  };
}

function read(json: unknown): Result<ErpProfile, InputIssue[]> {
  const r = new LooseReader('The metadata');
  const settings = r.object(r.root(json), 'settings', { required: true });
  const labels = r.object(settings, 'labels', { required: true });
  const name = text(r.string(labels, 'name', { required: true }));
  if (name === undefined && typeof own(labels, 'name') === 'string') {
    const path = ['settings', 'labels', 'name'];
    r.add(
      'invalid_type',
      path,
      `${r.where(path)} must name the ERP, such as "Sage 300 CRE"; got a blank string.`,
    );
  }
  const entities = r.object(settings, 'entities', { required: true });
  const cco = r.object(entities, 'commitment_change_orders', { required: true });
  const items = r.object(entities, 'commitment_change_order_items');

  if (cco !== undefined && r.boolean(cco, 'enabled') === false) {
    r.add(
      'export_disabled',
      [...cco.path, 'enabled'],
      'Commitment change orders are switched off in this metadata ("enabled": false); there is nothing to export.',
    );
  }
  const singleCategory = config(r, cco, 'line_items_require_single_category');
  const fromNumber = config(r, cco, 'procore_change_order_number');
  const columns = r.object(r.object(cco, 'tab'), 'columns');
  const label = text(r.string(r.object(columns, 'code'), 'text')) ?? 'ERP ID';
  const draft: Draft = { limits: {}, switches: new Set(), messages: {} };
  const warning = readRules(r, draft, cco, CHANGE_ORDER_RULES);
  readRules(r, draft, items, LINE_RULES);

  if (r.issues.length > 0 || name === undefined) return err(r.issues);
  const { limits } = draft;
  const description = limits.descriptionMaxLength;
  return ok({
    name,
    labels: { costCode: 'cost code', category: 'category' },
    changeOrderId: {
      label,
      maxLength: limits.idMaxLength ?? null,
      required: draft.switches.has('idRequired'),
      fromNumber,
    },
    title: { maxLength: limits.titleMaxLength ?? null },
    description:
      description === undefined
        ? { target: 'Description', maxLength: null, onOverflow: 'truncate' }
        : { target: 'Description', maxLength: description, onOverflow: 'block' },
    date: { exported: true },
    repeatedLines: 'aggregate',
    lineItemsRequireSingleCategory: singleCategory,
    amount: numberLimit(draft, 'amount'),
    lines: {
      description: {
        maxLength: limits.lineDescriptionMaxLength ?? null,
        maxLineLength: limits.lineDescriptionMaxLineLength ?? null,
      },
      uom: { maxLength: limits.uomMaxLength ?? null },
      quantity: numberLimit(draft, 'quantity'),
      unitCost: numberLimit(draft, 'unitCost'),
      disallowDivisionCostCode: draft.switches.has('noDivisionCostCode'),
    },
    exportWarning: warning ?? null,
    messages: draft.messages,
  });
}

/**
 * Builds an {@link ErpProfile} from Procore's ERP metadata JSON (the `settings` document an ERP
 * connector is configured with). It reads `settings.labels.name` (the profile's name) and, under
 * `settings.entities`, `commitment_change_orders` (rules on `code` are the ERP CCO ID, on `title`
 * the title; configs `line_items_require_single_category` and `procore_change_order_number`; the
 * export `warning_message`) and `commitment_change_order_items` (rules applied to every line:
 * `total_amount`, `quantity`, `unit_cost`, `uom`, `description`, `cost_code`). Validations read:
 * `present`, `max_length`, `max_length_decimal`, `max_length_units`, `max_line_length`, `numeric`,
 * `positive`, `disallow_division`; `save` and `export` rules both apply, the stricter wins. A rule's
 * message is kept as given, `%{length}` replaced by its `length`; rules without one get ours.
 * What the metadata cannot say takes a default: description into "Description", not limited;
 * repeated lines summed; the date exported (override with a spread, see `docs/erp-profiles.md`).
 * Only own properties are read, and `null` means absent. Never throws, whatever the input.
 * @param json - Parsed metadata (strict JSON; for the commented `.jsonc` example, see
 *   `stripJsonComments`).
 * @returns The profile, or every problem found, each with the JSON path it is at: a value of the
 *   wrong type, a missing name, a `length` that is not a whole number, an enabled rule cco-erp
 *   cannot check (`unsupported_rule`), …
 * @example
 * const r = profileFromProcoreMetadata(JSON.parse(text));
 * if (r.ok) validate(co, context, { profile: r.value });
 * else r.error //=> [{ code: 'invalid_length', path: ['settings', 'entities', 'commitment_change_orders', 'rules', 'export', 'fields', 'code', 'validation', 'max_length', 'length'], message: '…' }]
 */
export function profileFromProcoreMetadata(json: unknown): Result<ErpProfile, InputIssue[]> {
  return guard('The metadata', () => read(json));
}
