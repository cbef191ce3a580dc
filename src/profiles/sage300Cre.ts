import type { Sage300Profile } from '../sage300/types.js';

/**
 * Sage 300 CRE (formerly Timberline), the default profile.
 * Sources: Procore, "Send a CCO to ERP Integrations for Accounting Acceptance" (Sage 300 CRE):
 * https://support.procore.com/integrations/sage-300-cre-sto/tutorials/send-a-cco-to-an-accounting-approver-for-export-to-sage-300-cre
 * (CCO ID 5, title 30, date exported as the Commitment Date, Scope 1000 truncated, repeated lines
 * summed); Procore's ERP metadata example (`erp_metadata_details.md`, whose limits match Sage 300
 * CRE: line amount 9 integer digits and 2 decimals, quantity 8 + 4, unit cost 6 + 4, unit of
 * measure 6).
 * Deliberately left off, so that 0.1 behaviour is unchanged: the metadata example also limits a
 * line's description to 30 characters and disallows division cost codes. Opt in with
 * `{ ...sage300Cre, lines: { ...sage300Cre.lines, disallowDivisionCostCode: true } }`.
 * @example
 * validate(changeOrder, context, { profile: sage300Cre })
 */
export const sage300Cre: Sage300Profile = {
  name: 'Sage 300 CRE',
  labels: { costCode: 'cost code', category: 'category' },
  changeOrderId: { label: 'CCO ID', maxLength: 5, required: true, fromNumber: true },
  title: { maxLength: 30 },
  description: { target: 'Scope', maxLength: 1000, onOverflow: 'truncate' },
  date: { exported: true },
  repeatedLines: 'aggregate',
  lineItemsRequireSingleCategory: false,
  amount: { integerDigits: 9, decimals: 2, positive: false },
  lines: {
    description: { maxLength: null, maxLineLength: null },
    uom: { maxLength: 6 },
    quantity: { integerDigits: 8, decimals: 4, positive: false },
    unitCost: { integerDigits: 6, decimals: 4, positive: false },
    disallowDivisionCostCode: false,
  },
  exportWarning: null,
  messages: {},
};
