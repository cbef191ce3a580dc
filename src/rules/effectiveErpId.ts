import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';

/**
 * The ERP CCO ID that would be exported: `erpId` when it is not blank, else the change order
 * `number` when the company uses change order numbers as ERP ids, else `undefined`.
 * @example
 * effectiveErpId({ ...co, erpId: undefined, number: '007' }, withNumberSetting) //=> '007'
 */
export function effectiveErpId(
  changeOrder: Pick<ChangeOrder, 'erpId' | 'number'>,
  context: Pick<ExportContext, 'settings'>,
): string | undefined {
  const { erpId, number } = changeOrder;
  if (erpId !== undefined && erpId.trim() !== '') return erpId;
  if (context.settings.useChangeOrderNumberAsErpId && number.trim() !== '') return number;
  return undefined;
}
