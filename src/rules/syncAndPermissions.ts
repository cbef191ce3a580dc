// Rules on permissions and sync: is the project and its commitment linked to the ERP, may this user
// send, and has the change order been sent already.
import { present } from '../internal/blank.js';
import { levelName, userOf } from '../internal/user.js';
import { commitmentName } from '../sov/commitmentLines.js';
import { quote } from '../text/quote.js';
import { isTimeZone } from '../time/zone.js';
import { rule, whole } from './rule.js';

export const projectNotSynced = rule(
  'project_not_synced',
  () => "the project's ERP data has not been synced",
  ({ context, profile }) =>
    context.project.erpSynced
      ? undefined
      : whole(`The project's ERP data has not been synced with ${profile.name}; sync the project first.`),
);

export const invalidTimeZone = rule(
  'invalid_time_zone',
  () =>
    "the project's time zone is not one the runtime knows (`Intl`), on a profile that exports the date: the date could not be computed",
  ({ context, profile }) => {
    const zone = context.project.timeZone;
    if (!profile.date.exported || isTimeZone(zone)) return undefined;
    return whole(
      `The project's time zone ${quote(String(zone))} is not one this runtime knows; use an IANA name such as "America/Los_Angeles". ${profile.name}'s date is the creation date in the project's zone.`,
    );
  },
);

export const commitmentNotSynced = rule(
  'commitment_not_synced',
  () => "the commitment has no ERP id (nor, when the change order's commitment is passed, an `erpId`)",
  ({ changeOrder, profile, ownCommitment }) => {
    if (present(changeOrder.commitment.erpId) === undefined) {
      return whole(
        `The commitment has no ${profile.name} id; sync the commitment before sending its change orders.`,
      );
    }
    const own = ownCommitment();
    if (own === undefined || present(own.commitment.erpId) !== undefined) return undefined;
    return whole(
      `Commitment ${commitmentName(own.commitment)} as given has no ${profile.name} key (erpId), though the change order names it ${quote(String(changeOrder.commitment.erpId))}; pass the commitment as synced, with its erpId.`,
    );
  },
);

export const alreadySent = rule(
  'already_sent',
  () => '`erpStatus` is `pending_acceptance`, `export_failed` or `synced`',
  ({ changeOrder }) => {
    switch (changeOrder.erpStatus) {
      case 'pending_acceptance':
        return whole(
          'The change order is waiting for an accounting approver; retrieve it from the ERP to change it.',
        );
      case 'export_failed':
        return whole(
          'The export failed in the ERP; an accounting approver must reject it before it can be sent again.',
        );
      case 'synced':
        return whole('The change order is already exported to the ERP.');
    }
    return undefined;
  },
  { gate: true },
);

export const missingCommitmentsAdmin = rule(
  'missing_commitments_admin',
  () => 'the user is not Admin on the Commitments tool',
  ({ context }) => {
    const have = userOf(context).commitments;
    return have === 'admin'
      ? undefined
      : whole(`Sending needs Admin on the Commitments tool; you have ${levelName(have)}.`);
  },
  { gate: true },
);

export const missingChangeOrdersAdmin = rule(
  'missing_change_orders_admin',
  () => 'the user is not Admin on the Change Orders tool',
  ({ context }) => {
    const have = userOf(context).changeOrders;
    return have === 'admin'
      ? undefined
      : whole(`Sending needs Admin on the Change Orders tool; you have ${levelName(have)}.`);
  },
  { gate: true },
);
