// Rules on what identifies the change order and on its text: the ERP CCO ID, the creation date,
// the title and the description.
import type { ErpProfile } from '../profiles/ErpProfile.js';
import { codePointLength, exceedsCodePoints } from '../text/codePoints.js';
import { quote } from '../text/quote.js';
import { custom, limitOf, rule, whole } from './rule.js';

export const erpIdMissing = rule(
  'erp_id_missing',
  () => 'no ERP CCO ID: `erpId` is blank and the setting does not supply `number`',
  ({ profile, erpId }) => {
    const id = profile.changeOrderId;
    if (!id.required || erpId() !== undefined) return undefined;
    const limit = id.maxLength === null ? '' : ` of at most ${id.maxLength} characters`;
    const orNumber = id.fromNumber ? `, or use the change order number as the ${id.label}` : '';
    return whole(
      custom(profile, 'erp_id_missing') ??
        `The ${profile.name} ${id.label} is empty; type one${limit}${orNumber}.`,
    );
  },
);

export const erpIdTooLong = rule(
  'erp_id_too_long',
  (p) =>
    `the effective ERP CCO ID has more characters than the ERP allows${limitOf(p, p.changeOrderId.maxLength)}`,
  ({ profile, erpId }) => {
    const max = profile.changeOrderId.maxLength;
    const id = erpId();
    if (max === null || id === undefined || !exceedsCodePoints(id, max)) return undefined;
    return whole(
      custom(profile, 'erp_id_too_long') ??
        `${profile.changeOrderId.label} ${quote(id)} is ${codePointLength(id)} characters; ${profile.name} allows ${max}.`,
    );
  },
);

export const invalidCreatedAt = rule(
  'invalid_created_at',
  () =>
    "`createdAt` is not an ISO-8601 instant with a zone, or its calendar date in the project's zone falls outside 0001-01-01..9999-12-31, on a profile that exports the date",
  ({ changeOrder, profile, date }) => {
    if (!profile.date.exported) return undefined;
    const d = date();
    if (d.ok || d.error === 'invalid_time_zone') return undefined;
    const createdAt = quote(String(changeOrder.createdAt));
    return {
      path: ['createdAt'],
      message:
        d.error === 'invalid_instant'
          ? `Date Created ${createdAt} is not an ISO-8601 instant with a zone, such as "2024-03-10T07:30:00Z"; read the change order with parseChangeOrder.`
          : `Date Created ${createdAt} falls outside the years 0001 to 9999 in the project's time zone; ${profile.name} cannot hold that date.`,
    };
  },
);

export const titleTooLong = rule(
  'title_too_long',
  (p) => `the title has more characters than the ERP allows${limitOf(p, p.title.maxLength)}`,
  ({ changeOrder, profile }) => {
    const max = profile.title.maxLength;
    if (max === null || !exceedsCodePoints(changeOrder.title, max)) return undefined;
    return whole(
      custom(profile, 'title_too_long') ??
        `Title is ${codePointLength(changeOrder.title)} characters; ${profile.name} allows ${max}.`,
    );
  },
);

/** The description limit of a profile that refuses longer descriptions, or `null`. */
function blockingLimit(profile: ErpProfile): number | null {
  const { target, maxLength, onOverflow } = profile.description;
  return onOverflow === 'block' && target !== null ? maxLength : null;
}

export const descriptionTooLong = rule(
  'description_too_long',
  (p) =>
    `the description is longer than the ERP field it goes to, on a profile that refuses rather than cuts (\`onOverflow: block\`)${limitOf(p, blockingLimit(p))}`,
  ({ changeOrder, profile }) => {
    const max = blockingLimit(profile);
    if (max === null || !exceedsCodePoints(changeOrder.description, max)) return undefined;
    return whole(
      custom(profile, 'description_too_long') ??
        `Description is ${codePointLength(changeOrder.description)} characters; ${profile.name}'s ${profile.description.target} allows ${max}. Shorten it.`,
    );
  },
);
