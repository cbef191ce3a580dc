import type { LineGroup } from '../aggregateLineItems.js';
import type { LineItem } from '../model/lineItem.js';
import type { ErpProfile } from '../profiles/ErpProfile.js';
import type { Notice } from '../sage300/types.js';
import { codePointLength } from '../text/codePoints.js';
import { truncateGraphemes } from '../text/truncate.js';

/** The `lines_aggregated` notice of a group of several lines, or `undefined` for a single line. */
export function aggregationNotice(
  group: LineGroup,
  lineItems: readonly LineItem[],
  profile: ErpProfile,
): Notice | undefined {
  if (group.indexes.length < 2) return undefined;
  return {
    code: 'lines_aggregated',
    message: `Lines ${group.indexes.map((i) => i + 1).join(', ')} modify commitment line ${group.commitmentLineItemId}; ${profile.name} takes one modification per line, so they are exported as one line of ${group.amount}.`,
    commitmentLineItemId: group.commitmentLineItemId,
    lineItemIds: group.indexes.map((i) => lineItems[i]!.id),
    amount: group.amount,
  };
}

/**
 * The description as exported: cut to the profile's limit at a grapheme boundary, with a
 * `description_truncated` notice pushed to `notices` when anything was cut.
 */
export function exportedDescription(description: string, profile: ErpProfile, notices: Notice[]): string {
  const max = profile.description.maxLength;
  if (max === null) return description;
  const cut = truncateGraphemes(description, max);
  if (!cut.truncated) return description;
  const originalLength = codePointLength(description);
  const exportedLength = codePointLength(cut.text);
  notices.push({
    code: 'description_truncated',
    message: `The description is ${originalLength} characters; ${profile.name}'s ${profile.description.target} holds ${max}, so the first ${exportedLength} are exported. The whole description stays in Procore.`,
    originalLength,
    exportedLength,
  });
  return cut.text;
}
