// cco-erp/testing: fast-check arbitraries, rule breakers and builders for tests in other
// repositories. Needs fast-check (an optional peer dependency): this module imports it.

export {
  amountArb,
  changeOrderArb,
  commitmentArb,
  exportContextArb,
  instantArb,
  sendableChangeOrderArb,
  sendableLineItemsArb,
  sendingContextArb,
  TIME_ZONES,
  vendorLinkArb,
} from './arbitraries.js';
export type { Breaker, Case, Sage300RuleCode } from './breakers.js';
export { breakers, breakersFor } from './breakers.js';
export {
  aChangeOrder,
  aCommitment,
  aLineItem,
  anExportContext,
  ChangeOrderBuilder,
  CommitmentBuilder,
  ExportContextBuilder,
  LineItemBuilder,
} from './builders.js';
