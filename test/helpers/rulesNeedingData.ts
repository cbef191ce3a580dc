import type { RuleCode } from '../../src/rules/rules.js';

/**
 * The rules that need data besides the change order and its context (a commitment, vendor links,
 * ERP ids already taken): they never fire without it. Written out here, independently of the rule
 * list, so that the tests that read it check the code rather than echo it.
 */
export const RULES_NEEDING_DATA: readonly RuleCode[] = [
  'commitment_mismatch',
  'duplicate_erp_id',
  'vendor_mismatch',
  'vendor_linked_elsewhere',
  'commitment_line_not_found',
  'commitment_line_not_synced',
  'line_coding_mismatch',
];
