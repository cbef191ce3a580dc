// cco-erp/testing: fast-check arbitraries and rule breakers for tests in other repositories.
// Needs fast-check (an optional peer dependency).

export {
  amountArb,
  changeOrderArb,
  exportContextArb,
  instantArb,
  sendableChangeOrderArb,
  sendableLineItemsArb,
  sendingContextArb,
  TIME_ZONES,
} from './arbitraries.js';
export type { Breaker, Case, Sage300RuleCode } from './breakers.js';
export { breakers, breakersFor } from './breakers.js';
