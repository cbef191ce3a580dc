import { describeValue } from '../internal/describe.js';
import type { InputIssue, Path } from '../issues.js';
import { err, ok, type Result } from '../result.js';
import type { ErpProfile, NumberLimit, ProfileMessageKey } from './ErpProfile.js';

type Json = Readonly<Record<string, unknown>>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the metadata has said so far; limits merge by taking the stricter. */
interface Draft {
  idRequired: boolean;
  idMaxLength: number | null;
  titleMaxLength: number | null;
  descriptionMaxLength: number | null;
  amount: Mutable<NumberLimit>;
  quantity: Mutable<NumberLimit>;
  unitCost: Mutable<NumberLimit>;
  uomMaxLength: number | null;
  lineDescriptionMaxLength: number | null;
  lineDescriptionMaxLineLength: number | null;
  disallowDivisionCostCode: boolean;
  messages: Partial<Record<ProfileMessageKey, string>>;
}

type LengthField =
  | 'idMaxLength'
  | 'titleMaxLength'
  | 'descriptionMaxLength'
  | 'uomMaxLength'
  | 'lineDescriptionMaxLength'
  | 'lineDescriptionMaxLineLength';
type NumberField = 'amount' | 'quantity' | 'unitCost';

/** How one validation of the metadata changes the profile. */
type Effect =
  | { readonly kind: 'length'; readonly field: LengthField; readonly key: ProfileMessageKey }
  | {
      readonly kind: 'digits';
      readonly field: NumberField;
      readonly part: 'integerDigits' | 'decimals';
      readonly key: ProfileMessageKey;
    }
  | { readonly kind: 'positive'; readonly field: NumberField; readonly key: ProfileMessageKey }
  | {
      readonly kind: 'flag';
      readonly field: 'idRequired' | 'disallowDivisionCostCode';
      readonly key: ProfileMessageKey;
    }
  /** Checked by a rule every profile has (cost code and category present, amounts numeric). */
  | { readonly kind: 'builtIn' };

const BUILT_IN: Effect = { kind: 'builtIn' };

function numberRules(field: NumberField, prefix: 'amount' | 'quantity' | 'unit_cost') {
  const positive = (
    prefix === 'amount' ? 'amount_not_positive' : `${prefix}_not_positive`
  ) as ProfileMessageKey;
  return {
    max_length_units: {
      kind: 'digits',
      field,
      part: 'integerDigits',
      key: prefix === 'amount' ? 'amount_too_large' : `${prefix}_integer_digits`,
    },
    max_length_decimal: {
      kind: 'digits',
      field,
      part: 'decimals',
      key: prefix === 'amount' ? 'amount_too_precise' : `${prefix}_decimals`,
    },
    positive: { kind: 'positive', field, key: positive },
    numeric: BUILT_IN,
  } as const satisfies Record<string, Effect>;
}

/** What cco-erp reads from `commitment_change_orders`: field → validation → effect. */
const CHANGE_ORDER_RULES: Readonly<Record<string, Readonly<Record<string, Effect>>>> = {
  code: {
    present: { kind: 'flag', field: 'idRequired', key: 'erp_id_missing' },
    max_length: { kind: 'length', field: 'idMaxLength', key: 'erp_id_too_long' },
  },
  // The number fills the ERP id when the company uses change order numbers as ids.
  number: { max_length: { kind: 'length', field: 'idMaxLength', key: 'erp_id_too_long' } },
  title: { max_length: { kind: 'length', field: 'titleMaxLength', key: 'title_too_long' } },
  description: {
    max_length: { kind: 'length', field: 'descriptionMaxLength', key: 'description_too_long' },
  },
};

/** What cco-erp reads from `commitment_change_order_items`, applied to every line. */
const LINE_RULES: Readonly<Record<string, Readonly<Record<string, Effect>>>> = {
  total_amount: numberRules('amount', 'amount'),
  quantity: numberRules('quantity', 'quantity'),
  unit_cost: numberRules('unitCost', 'unit_cost'),
  uom: { max_length: { kind: 'length', field: 'uomMaxLength', key: 'uom_too_long' } },
  description: {
    max_length: { kind: 'length', field: 'lineDescriptionMaxLength', key: 'line_description_too_long' },
    max_line_length: {
      kind: 'length',
      field: 'lineDescriptionMaxLineLength',
      key: 'line_description_too_long',
    },
  },
  cost_code: {
    present: BUILT_IN,
    disallow_division: {
      kind: 'flag',
      field: 'disallowDivisionCostCode',
      key: 'division_cost_code',
    },
  },
  line_item_type: { present: BUILT_IN },
};

const PATH_TO_ENTITIES = ['settings', 'entities'] as const;

/** Reads values, recording every problem with its path instead of stopping at the first. */
class Reader {
  readonly issues: InputIssue[] = [];

  problem(code: string, path: Path, message: string): undefined {
    this.issues.push({ code, path, message });
    return undefined;
  }

  object(value: unknown, path: Path, required: boolean): Json | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
    return this.problem(
      value === undefined ? 'missing' : 'invalid_type',
      path,
      `${where(path)} must be an object, not ${describeValue(value)}.`,
    );
  }

  boolean(value: unknown, path: Path): boolean | undefined {
    if (value === undefined || typeof value === 'boolean') return value;
    return this.problem(
      'invalid_type',
      path,
      `${where(path)} must be true or false, not ${describeValue(value)}.`,
    );
  }

  text(value: unknown, path: Path): string | undefined {
    if (value === undefined || typeof value === 'string') return value;
    return this.problem(
      'invalid_type',
      path,
      `${where(path)} must be a string, not ${describeValue(value)}.`,
    );
  }

  /** A whole number of at least `min`; `undefined` (with a problem) otherwise. */
  count(value: unknown, path: Path, min: number): number | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
    return this.problem(
      value === undefined ? 'missing' : 'invalid_length',
      path,
      `${where(path)} must be a whole number of at least ${min}, not ${typeof value === 'number' ? value : describeValue(value)}.`,
    );
  }
}

/** The value of an own property: inherited keys (`__proto__`, `constructor`) are never read. */
function get(object: Json | undefined, key: string): unknown {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

function where(path: Path): string {
  return path.length === 0 ? 'The metadata' : `"${path.join('.')}"`;
}

function emptyLimit(): Mutable<NumberLimit> {
  return { integerDigits: null, decimals: null, positive: false };
}

/** Keeps the stricter of two limits, and the message of the one kept. */
function tighten(
  draft: Draft,
  current: number | null,
  next: number,
  key: ProfileMessageKey,
  message: string | undefined,
): number {
  if (current === null || next < current) {
    if (message === undefined) delete draft.messages[key];
    else draft.messages[key] = message;
    return next;
  }
  if (next === current && message !== undefined) draft.messages[key] ??= message;
  return current;
}

function apply(draft: Draft, effect: Effect, length: number | undefined, message: string | undefined): void {
  switch (effect.kind) {
    case 'length':
      draft[effect.field] = tighten(draft, draft[effect.field], length!, effect.key, message);
      return;
    case 'digits': {
      const limit = draft[effect.field];
      limit[effect.part] = tighten(draft, limit[effect.part], length!, effect.key, message);
      return;
    }
    case 'positive':
      draft[effect.field].positive = true;
      if (message !== undefined) draft.messages[effect.key] ??= message;
      return;
    case 'flag':
      draft[effect.field] = true;
      if (message !== undefined) draft.messages[effect.key] ??= message;
      return;
    case 'builtIn':
      return;
  }
}

/** The validations that need a `length`, and its least value. */
const LENGTH_MIN: Readonly<Record<string, number>> = {
  max_length: 1,
  max_line_length: 1,
  max_length_units: 1,
  max_length_decimal: 0,
};

/** Reads `rules.save` and `rules.export` of one entity into the draft; returns the export warning. */
function readRules(
  reader: Reader,
  draft: Draft,
  entity: Json,
  entityPath: Path,
  table: Readonly<Record<string, Readonly<Record<string, Effect>>>>,
): string | undefined {
  const rulesPath = [...entityPath, 'rules'];
  const rules = reader.object(get(entity, 'rules'), rulesPath, false);
  let warning: string | undefined;
  for (const phase of ['save', 'export']) {
    const phasePath = [...rulesPath, phase];
    const phaseRules = reader.object(get(rules, phase), phasePath, false);
    if (phaseRules === undefined) continue;
    const warningPath = [...phasePath, 'warning_message'];
    const warningRule = reader.object(get(phaseRules, 'warning_message'), warningPath, false);
    const warningOn = reader.boolean(get(warningRule, 'enabled'), [...warningPath, 'enabled']);
    const warningText = reader.text(get(warningRule, 'message'), [...warningPath, 'message']);
    if (warningOn === true && warningText !== undefined && warningText.trim() !== '') warning ??= warningText;

    const fieldsPath = [...phasePath, 'fields'];
    const fields = reader.object(get(phaseRules, 'fields'), fieldsPath, false);
    for (const field of Object.keys(fields ?? {})) {
      const fieldPath = [...fieldsPath, field];
      const fieldRules = reader.object(get(fields, field), fieldPath, true);
      if (reader.boolean(get(fieldRules, 'enabled'), [...fieldPath, 'enabled']) === false) continue;
      const validationPath = [...fieldPath, 'validation'];
      const validation = reader.object(get(fieldRules, 'validation'), validationPath, false);
      for (const kind of Object.keys(validation ?? {})) {
        const rulePath = [...validationPath, kind];
        const rule = reader.object(get(validation, kind), rulePath, true);
        if (rule === undefined) continue;
        // Procore treats a validation without `enabled: true` as switched off.
        if (reader.boolean(get(rule, 'enabled'), [...rulePath, 'enabled']) !== true) continue;
        const min = LENGTH_MIN[kind];
        const length =
          min === undefined ? undefined : reader.count(get(rule, 'length'), [...rulePath, 'length'], min);
        const raw = reader.text(get(rule, 'message'), [...rulePath, 'message']);
        const forField = Object.hasOwn(table, field) ? table[field]! : undefined;
        const effect = forField !== undefined && Object.hasOwn(forField, kind) ? forField[kind] : undefined;
        if (effect === undefined) {
          reader.problem('unsupported_rule', rulePath, unsupported(table, field, kind));
          continue;
        }
        if (min !== undefined && length === undefined) continue;
        const message =
          raw === undefined || raw.trim() === ''
            ? undefined
            : length === undefined
              ? raw
              : raw.replaceAll('%{length}', String(length));
        apply(draft, effect, length, message);
      }
    }
  }
  return warning;
}

function unsupported(
  table: Readonly<Record<string, Readonly<Record<string, Effect>>>>,
  field: string,
  kind: string,
): string {
  const known = Object.hasOwn(table, field)
    ? `on "${field}" it reads ${Object.keys(table[field]!).join(', ')}`
    : `it reads the fields ${Object.keys(table).join(', ')}`;
  return `cco-erp cannot check the rule "${kind}" on "${field}", so a profile without it would pass change orders the ERP refuses; ${known}. Remove the rule or switch it off ("enabled": false) if the ERP does not need it.`;
}

/** Reads `configs.<name>.enabled`, `false` when absent. */
function config(reader: Reader, entity: Json, entityPath: Path, name: string): boolean {
  const configsPath = [...entityPath, 'configs'];
  const configs = reader.object(get(entity, 'configs'), configsPath, false);
  const item = reader.object(get(configs, name), [...configsPath, name], false);
  return reader.boolean(get(item, 'enabled'), [...configsPath, name, 'enabled']) ?? false;
}

function read(json: unknown): Result<ErpProfile, InputIssue[]> {
  const reader = new Reader();
  const root = reader.object(json, [], true);
  const settings = root && reader.object(get(root, 'settings'), ['settings'], true);
  const labels = settings && reader.object(get(settings, 'labels'), ['settings', 'labels'], true);
  const namePath = ['settings', 'labels', 'name'];
  const rawName = get(labels, 'name');
  let name: string | undefined;
  if (typeof rawName === 'string' && rawName.trim() !== '') {
    name = rawName;
  } else if (labels !== undefined) {
    reader.problem(
      rawName === undefined ? 'missing' : 'invalid_type',
      namePath,
      `${where(namePath)} must name the ERP, such as "Sage 300 CRE"; got ${typeof rawName === 'string' ? 'an empty string' : describeValue(rawName)}.`,
    );
  }
  const entities = settings && reader.object(get(settings, 'entities'), PATH_TO_ENTITIES, true);
  const ccoPath = [...PATH_TO_ENTITIES, 'commitment_change_orders'];
  const cco = entities && reader.object(get(entities, 'commitment_change_orders'), ccoPath, true);
  const itemsPath = [...PATH_TO_ENTITIES, 'commitment_change_order_items'];
  const items = entities && reader.object(get(entities, 'commitment_change_order_items'), itemsPath, false);

  const draft: Draft = {
    idRequired: false,
    idMaxLength: null,
    titleMaxLength: null,
    descriptionMaxLength: null,
    amount: emptyLimit(),
    quantity: emptyLimit(),
    unitCost: emptyLimit(),
    uomMaxLength: null,
    lineDescriptionMaxLength: null,
    lineDescriptionMaxLineLength: null,
    disallowDivisionCostCode: false,
    messages: {},
  };
  let warning: string | undefined;
  let singleCategory = false;
  let fromNumber = false;
  let label = 'ERP ID';
  if (cco !== undefined) {
    if (reader.boolean(get(cco, 'enabled'), [...ccoPath, 'enabled']) === false) {
      reader.problem(
        'export_disabled',
        [...ccoPath, 'enabled'],
        'Commitment change orders are switched off in this metadata ("enabled": false); there is nothing to export.',
      );
    }
    singleCategory = config(reader, cco, ccoPath, 'line_items_require_single_category');
    fromNumber = config(reader, cco, ccoPath, 'procore_change_order_number');
    const tab = reader.object(get(cco, 'tab'), [...ccoPath, 'tab'], false);
    const columns = reader.object(get(tab, 'columns'), [...ccoPath, 'tab', 'columns'], false);
    const code = reader.object(get(columns, 'code'), [...ccoPath, 'tab', 'columns', 'code'], false);
    const text = reader.text(get(code, 'text'), [...ccoPath, 'tab', 'columns', 'code', 'text']);
    if (text !== undefined && text.trim() !== '') label = text;
    warning = readRules(reader, draft, cco, ccoPath, CHANGE_ORDER_RULES);
  }
  if (items !== undefined) readRules(reader, draft, items, itemsPath, LINE_RULES);

  if (reader.issues.length > 0 || name === undefined) return err(reader.issues);
  return ok({
    name,
    labels: { costCode: 'cost code', category: 'category' },
    changeOrderId: { label, maxLength: draft.idMaxLength, required: draft.idRequired, fromNumber },
    title: { maxLength: draft.titleMaxLength },
    description:
      draft.descriptionMaxLength === null
        ? { target: 'Description', maxLength: null, onOverflow: 'truncate' }
        : { target: 'Description', maxLength: draft.descriptionMaxLength, onOverflow: 'block' },
    date: { exported: true },
    repeatedLines: 'aggregate',
    lineItemsRequireSingleCategory: singleCategory,
    amount: draft.amount,
    lines: {
      description: {
        maxLength: draft.lineDescriptionMaxLength,
        maxLineLength: draft.lineDescriptionMaxLineLength,
      },
      uom: { maxLength: draft.uomMaxLength },
      quantity: draft.quantity,
      unitCost: draft.unitCost,
      disallowDivisionCostCode: draft.disallowDivisionCostCode,
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
 * Never throws.
 * @param json - Parsed metadata (strict JSON; for the commented `.jsonc` example, see
 *   {@link stripJsonComments}).
 * @returns The profile, or every problem found, each with the JSON path it is at: a value of the
 *   wrong type, a missing name, a `length` that is not a whole number, an enabled rule cco-erp
 *   cannot check (`unsupported_rule`), …
 * @example
 * const r = profileFromProcoreMetadata(JSON.parse(text));
 * if (r.ok) validate(co, context, { profile: r.value });
 * else r.error //=> [{ code: 'invalid_length', path: ['settings', 'entities', 'commitment_change_orders', 'rules', 'export', 'fields', 'code', 'validation', 'max_length', 'length'], message: '…' }]
 */
export function profileFromProcoreMetadata(json: unknown): Result<ErpProfile, InputIssue[]> {
  try {
    return read(json);
  } catch (cause) {
    // Hostile input (a throwing getter, a revoked proxy) must not crash the caller.
    return err([
      {
        code: 'unreadable_input',
        path: [],
        message: `The metadata could not be read: ${String(cause).slice(0, 200)}`,
      },
    ]);
  }
}
