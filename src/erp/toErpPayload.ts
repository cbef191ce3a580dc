import type { LineGroup } from '../aggregateLineItems.js';
import { exportable, exportedDescription, exportLines } from '../internal/exportParts.js';
import type { Violation } from '../issues.js';
import type { ChangeOrder } from '../model/changeOrder.js';
import type { ExportContext } from '../model/context.js';
import type { LineItem } from '../model/lineItem.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { ok, type Result } from '../result.js';
import { effectiveErpId } from '../rules/effectiveErpId.js';
import type { RuleCode } from '../rules/rules.js';
import type { Notice } from '../sage300/types.js';
import { dateText } from '../time/calendarDate.js';
import { parseInstant } from '../time/instant.js';
import { calendarDate } from '../time/zone.js';
import type { ErpLine, ErpNotice, ErpPayload } from './types.js';

function toLine(group: LineGroup, first: LineItem, lineItems: readonly LineItem[]): ErpLine {
  const single = group.indexes.length === 1;
  return {
    commitmentLineItemId: group.commitmentLineItemId,
    lineItemIds: group.indexes.map((i) => lineItems[i]!.id),
    // line_not_erp_coded guarantees both on every line.
    costCode: first.costCode!.code,
    category: first.category!.code,
    amount: group.amount,
    description: first.description,
    ...(single && first.quantity !== undefined ? { quantity: first.quantity } : {}),
    ...(single && first.unitCost !== undefined ? { unitCost: first.unitCost } : {}),
    ...(single && first.uom !== undefined ? { uom: first.uom } : {}),
  };
}

/**
 * Builds the export of a change order for any ERP profile (meant for those other than Sage 300
 * CRE, which has {@link toSage300Payload}): lines summed, refused or kept apart as the profile's
 * `repeatedLines` says, the date only when the ERP takes it, the description only when it has a
 * field, cut when the profile truncates. Refuses a CCO that breaks any rule of the profile other
 * than `already_sent` and the two permission rules, as the Sage mapper does.
 * @param changeOrder - The CCO, as read by `parseChangeOrder`.
 * @param context - The project's zone and the company settings are read.
 * @param options - `{ profile }`: the ERP.
 * @returns `{ payload, notices }`, or every violated rule.
 * @example
 * const r = toErpPayload(co, context, { profile: viewpointVista });
 * if (r.ok) send(JSON.stringify(r.value.payload));
 * else r.error //=> [{ code: 'title_too_long', path: [], message: 'Title is 61 characters; Viewpoint Vista allows 60.' }]
 */
export function toErpPayload(
  changeOrder: ChangeOrder,
  context: ExportContext,
  options: { readonly profile: ErpProfile },
): Result<{ payload: ErpPayload; notices: ErpNotice[] }, Violation<RuleCode>[]> {
  const { profile } = options;
  const checked = exportable(changeOrder, context, profile);
  if (!checked.ok) return checked;

  const notices: Notice[] = [];
  const { lines, total } = exportLines(checked.value, notices, toLine);
  const changeOrderId = effectiveErpId(changeOrder, context, profile);
  const description =
    profile.description.target === null
      ? undefined
      : exportedDescription(changeOrder.description, profile, notices);

  const payload: ErpPayload = {
    erp: profile.name,
    commitmentId: changeOrder.commitment.erpId!,
    ...(changeOrderId === undefined ? {} : { changeOrderId }),
    ...(profile.date.exported
      ? { date: dateText(calendarDate(parseInstant(changeOrder.createdAt)!, context.project.timeZone)) }
      : {}),
    title: changeOrder.title,
    ...(description === undefined ? {} : { description }),
    vendorId: changeOrder.contractCompany.erpVendorId!,
    lines,
    total,
  };
  const all: ErpNotice[] =
    profile.exportWarning === null
      ? notices
      : [...notices, { code: 'export_warning', message: profile.exportWarning }];
  return ok({ payload, notices: all });
}
