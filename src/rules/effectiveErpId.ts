import { present } from '../internal/blank.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';

/**
 * The ERP CCO ID that would be exported: `erpId` when it is not blank, else the change order
 * `number` when the company uses change order numbers as ERP ids and the profile offers that
 * setting (`changeOrderId.fromNumber`), else `undefined`.
 * @example
 * effectiveErpId({ ...co, erpId: undefined, number: '007' }, withNumberSetting, sage300Cre) //=> '007'
 */
export function effectiveErpId(
  changeOrder: Pick<ChangeOrder, 'erpId' | 'number'>,
  context: Pick<ExportContext, 'settings'>,
  profile: Pick<ErpProfile, 'changeOrderId'>,
): string | undefined {
  const typed = present(changeOrder.erpId);
  if (typed !== undefined) return typed;
  if (context.settings?.useChangeOrderNumberAsErpId === true && profile.changeOrderId.fromNumber) {
    return present(changeOrder.number);
  }
  return undefined;
}
