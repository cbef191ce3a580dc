import * as z from 'zod';

/** A limit in characters (Unicode code points); `null` for no limit. */
const maxLength = z.number().int().positive().nullable();

/** A count of digits; `null` for no limit. */
const digits = z.number().int().nonnegative().nullable();

/**
 * The keys of `messages` of {@link ErpProfile}: one per limit a message can be given for. Most are rule
 * codes; the numeric limits of quantity and unit cost have one key each (one rule code covers them).
 * @example
 * const profile: ErpProfile = { ...sage300Cre, messages: { title_too_long: 'Keep titles to 30 characters.' } };
 */
export const PROFILE_MESSAGE_KEYS = [
  'erp_id_missing',
  'erp_id_too_long',
  'title_too_long',
  'description_too_long',
  'amount_too_precise',
  'amount_too_large',
  'amount_not_positive',
  'line_description_too_long',
  'uom_too_long',
  'quantity_integer_digits',
  'quantity_decimals',
  'quantity_not_positive',
  'unit_cost_integer_digits',
  'unit_cost_decimals',
  'unit_cost_not_positive',
  'division_cost_code',
] as const;

/**
 * A key of `messages` of {@link ErpProfile}.
 * @example
 * const key: ProfileMessageKey = 'quantity_decimals';
 */
export type ProfileMessageKey = (typeof PROFILE_MESSAGE_KEYS)[number];

/**
 * The digits a number may have and whether it must be above zero.
 * @example
 * NumberLimitSchema.parse({ integerDigits: 8, decimals: 4 }) //=> { integerDigits: 8, decimals: 4, positive: false }
 */
export const NumberLimitSchema = z
  .object({
    /** The most digits before the point, counted by value (`007` has 1); `null` for no limit. */
    integerDigits: digits.default(null),
    /** The most digits after the point, counted by value (`0.010` has 2); `null` for no limit. */
    decimals: digits.default(null),
    /** Whether the number must be greater than zero. */
    positive: z.boolean().default(false),
  })
  .readonly();
/**
 * The digits a number may have and whether it must be above zero.
 * @example
 * const quantity: NumberLimit = { integerDigits: 8, decimals: 4, positive: false };
 */
export type NumberLimit = z.output<typeof NumberLimitSchema>;

const NO_NUMBER_LIMIT = { integerDigits: null, decimals: null, positive: false } as const;

/**
 * What an ERP accepts: the limits the rules check and the mappers apply, as data. Fields added after
 * 0.1 have defaults, so an 0.1 profile (name, changeOrderId, title, description, amount) still
 * parses and behaves as before.
 * @example
 * const r = ErpProfileSchema.safeParse({ ...sage300Cre, title: { maxLength: 20 } });
 * r.success //=> true
 */
export const ErpProfileSchema = z
  .object({
    /** The ERP's name as messages show it: "Viewpoint Vista allows 60." */
    name: z.string().min(1),
    /** What the ERP calls the codes of a line, for messages. */
    labels: z
      .object({
        /** The ERP's word for a cost code. */
        costCode: z.string().min(1).default('cost code'),
        /** The ERP's word for a category (Procore cost type): Spectrum says "cost type". */
        category: z.string().min(1).default('category'),
      })
      .readonly()
      .default({ costCode: 'cost code', category: 'category' }),
    /** The ERP's change order id (Sage's CCO ID). */
    changeOrderId: z
      .object({
        /** What the ERP calls it, for messages. */
        label: z.string().min(1),
        /** The most characters (code points) it may have; `null` for no limit. */
        maxLength,
        /** Whether a change order may not be sent without one. */
        required: z.boolean(),
        /**
         * Whether the company setting "use the change order number as the ERP id" applies (Procore's
         * `procore_change_order_number`); when `false`, only a typed `erpId` counts.
         */
        fromNumber: z.boolean().default(true),
      })
      .readonly(),
    /** The title (exported as the ERP's description). */
    title: z
      .object({
        /** The most characters; `null` for no limit. */
        maxLength,
      })
      .readonly(),
    /** Where the change order's description goes. */
    description: z
      .object({
        /** The ERP field it fills (Sage 300 CRE: Scope); `null` when the description is not exported. */
        target: z.string().min(1).nullable(),
        /** The most characters; `null` for no limit. */
        maxLength,
        /** What happens to a longer description: cut with a notice (`truncate`) or refused (`block`). */
        onOverflow: z.enum(['truncate', 'block']),
      })
      .readonly(),
    /** The change order's creation date. */
    date: z
      .object({
        /** Whether it is exported (as the ERP's change order date). */
        exported: z.boolean(),
      })
      .readonly()
      .default({ exported: true }),
    /**
     * Several lines on one commitment line item: summed into one line (`aggregate`), refused
     * (`reject`, rule `duplicate_commitment_line`) or exported as separate lines (`allow`).
     */
    repeatedLines: z.enum(['aggregate', 'reject', 'allow']).default('aggregate'),
    /** Whether all lines of a change order must share one category (rule `mixed_categories`). */
    lineItemsRequireSingleCategory: z.boolean().default(false),
    /** Money on an exported line (after aggregation, when the profile aggregates). */
    amount: NumberLimitSchema,
    /** Limits on each line item. */
    lines: z
      .object({
        /** The line's description. */
        description: z
          .object({
            /** The most characters; `null` for no limit. */
            maxLength: maxLength.default(null),
            /** The most characters on one line of text; `null` for no limit. */
            maxLineLength: maxLength.default(null),
          })
          .readonly()
          .default({ maxLength: null, maxLineLength: null }),
        /** The unit of measure. */
        uom: z
          .object({
            /** The most characters; `null` for no limit. */
            maxLength: maxLength.default(null),
          })
          .readonly()
          .default({ maxLength: null }),
        /** The quantity. */
        quantity: NumberLimitSchema.default(NO_NUMBER_LIMIT),
        /** The unit cost. */
        unitCost: NumberLimitSchema.default(NO_NUMBER_LIMIT),
        /** Whether a cost code may not be a division (summary) code such as `01` (rule `division_cost_code`). */
        disallowDivisionCostCode: z.boolean().default(false),
      })
      .readonly()
      .default({
        description: { maxLength: null, maxLineLength: null },
        uom: { maxLength: null },
        quantity: NO_NUMBER_LIMIT,
        unitCost: NO_NUMBER_LIMIT,
        disallowDivisionCostCode: false,
      }),
    /**
     * What `reviseSov` does with a commitment line whose revised amount is below zero: report it as
     * a notice (`notice`, also when left out) or refuse the revised SOV (`violation`). Either way the
     * code is `revised_line_negative`.
     */
    revisedLineNegative: z.enum(['notice', 'violation']).optional(),
    /** A warning shown before export (Procore's export `warning_message`); `null` for none. */
    exportWarning: z.string().nullable().default(null),
    /**
     * Messages that replace ours for a limit, used as given (from the ERP's metadata). Keys are in
     * `PROFILE_MESSAGE_KEYS`.
     */
    messages: z.partialRecord(z.enum(PROFILE_MESSAGE_KEYS), z.string().min(1)).readonly().default({}),
  })
  .readonly();

/**
 * What an ERP accepts: the limits the rules check and the mappers apply. Sage 300 CRE
 * ({@link sage300Cre}) is the default everywhere a profile is optional.
 * @example
 * const strict: ErpProfile = { ...sage300Cre, title: { maxLength: 20 } };
 */
export type ErpProfile = z.output<typeof ErpProfileSchema>;

/**
 * A profile as {@link ErpProfileSchema} accepts it, before defaults: the fields added after 0.1 may
 * be left out.
 * @example
 * const input: ErpProfileInput = { name: 'My ERP', changeOrderId: { label: 'ID', maxLength: 10, required: true },
 *   title: { maxLength: 40 }, description: { target: 'Notes', maxLength: null, onOverflow: 'truncate' },
 *   amount: { integerDigits: 10, decimals: 2 } };
 */
export type ErpProfileInput = z.input<typeof ErpProfileSchema>;
