import type { ErpProfile } from './ErpProfile.js';

/**
 * What the built-in profiles other than Sage 300 CRE share where no source gives a value: cents
 * (2 decimals) on a line amount, no other line limit, the usual labels, no messages of their own.
 */
export const UNCONFIRMED_DEFAULTS = {
  labels: { costCode: 'cost code', category: 'category' },
  amount: { integerDigits: null, decimals: 2, positive: false },
  lines: {
    description: { maxLength: null, maxLineLength: null },
    uom: { maxLength: null },
    quantity: { integerDigits: null, decimals: null, positive: false },
    unitCost: { integerDigits: null, decimals: null, positive: false },
    disallowDivisionCostCode: false,
  },
  exportWarning: null,
  messages: {},
} as const satisfies Partial<ErpProfile>;
