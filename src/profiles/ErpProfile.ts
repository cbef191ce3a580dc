/**
 * What an ERP accepts: the limits the rules check and the mapper applies. Sage 300 CRE
 * ({@link sage300Cre}) is the default everywhere a profile is optional.
 * @example
 * const strict: ErpProfile = { ...sage300Cre, title: { maxLength: 20 } };
 */
export interface ErpProfile {
  /** The ERP's name as messages show it: "Sage 300 CRE allows 30." */
  readonly name: string;
  /** The ERP's change order id (Sage's CCO ID). */
  readonly changeOrderId: {
    /** What the ERP calls it, for messages. */
    readonly label: string;
    /** The most characters (code points) it may have; `null` for no limit. */
    readonly maxLength: number | null;
    /** Whether a change order may not be sent without one. */
    readonly required: boolean;
  };
  /** The title (exported as the ERP's description). */
  readonly title: {
    /** The most characters; `null` for no limit. */
    readonly maxLength: number | null;
  };
  /** Where the change order's description goes. */
  readonly description: {
    /** The ERP field it fills (Sage 300 CRE: Scope). */
    readonly target: string;
    /** The most characters; `null` for no limit. */
    readonly maxLength: number | null;
    /** What happens to a longer description: cut and noticed, or refused. */
    readonly onOverflow: 'truncate' | 'block';
  };
  /** Money on a line after aggregation. */
  readonly amount: {
    /** The most digits before the point. */
    readonly integerDigits: number;
    /** The most digits after the point, counted by value. */
    readonly decimals: number;
  };
}
