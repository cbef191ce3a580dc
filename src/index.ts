// The public surface of cco-erp. Every export is named here; nothing else is public.

export type { AggregatedLine } from './aggregateLineItems.js';
export { aggregateLineItems } from './aggregateLineItems.js';
export { toErpPayload } from './erp/toErpPayload.js';
export type { ErpLine, ErpNotice, ErpPayload } from './erp/types.js';
export type { InputIssue, Path, Violation } from './issues.js';
export type { Amount } from './model/amount.js';
export { AmountSchema } from './model/amount.js';
export type { ChangeOrder, ChangeOrderInput } from './model/changeOrder.js';
export {
  ChangeOrderSchema,
  CommitmentRefSchema,
  ContractCompanySchema,
  InstantSchema,
} from './model/changeOrder.js';
export type { ExportContext } from './model/context.js';
export { ExportContextSchema } from './model/context.js';
export type { ChangeOrderStatus, ErpStatus, PermissionLevel } from './model/enums.js';
export {
  CHANGE_ORDER_STATUSES,
  ChangeOrderStatusSchema,
  ERP_STATUSES,
  ErpStatusSchema,
  PERMISSION_LEVELS,
  PermissionLevelSchema,
} from './model/enums.js';
export type { ActorRole, HistoryEntry, WorkflowAction } from './model/history.js';
export {
  ACTOR_ROLES,
  ActorRoleSchema,
  HistoryEntrySchema,
  WORKFLOW_ACTIONS,
  WorkflowActionSchema,
} from './model/history.js';
export type { ErpCode, LineItem } from './model/lineItem.js';
export { ErpCodeSchema, LineItemSchema } from './model/lineItem.js';
export { isDecimalString } from './money/decimalString.js';
export { canonicalAmount, sumDecimals } from './money/exactSum.js';
export { parseChangeOrder, parseExportContext } from './parse.js';
export { fromProcoreErpEvent } from './procore/fromProcoreErpEvent.js';
export type { ProcoreRestInput } from './procore/fromProcoreRest.js';
export { fromProcoreRest } from './procore/fromProcoreRest.js';
export type { ProcoreAdapterOptions, ProcoreChangeOrder, ProcoreResult } from './procore/types.js';
export { builtInProfiles } from './profiles/builtInProfiles.js';
export { cmic } from './profiles/cmic.js';
export type { ErpProfile, ErpProfileInput, NumberLimit, ProfileMessageKey } from './profiles/ErpProfile.js';
export { ErpProfileSchema, NumberLimitSchema, PROFILE_MESSAGE_KEYS } from './profiles/ErpProfile.js';
export { profileFromProcoreMetadata } from './profiles/fromProcoreMetadata.js';
export { quickBooksDesktop } from './profiles/quickBooksDesktop.js';
export { sage100Contractor } from './profiles/sage100Contractor.js';
export { sage300Cre } from './profiles/sage300Cre.js';
export { sageIntacct } from './profiles/sageIntacct.js';
export { spectrum } from './profiles/spectrum.js';
export { stripJsonComments } from './profiles/stripJsonComments.js';
export { viewpointVista } from './profiles/viewpointVista.js';
export { xero } from './profiles/xero.js';
export type { Result } from './result.js';
export { err, ok } from './result.js';
export { effectiveErpId } from './rules/effectiveErpId.js';
export type { Rule, RuleCode } from './rules/rules.js';
export { rules } from './rules/rules.js';
export type { ValidateOptions } from './rules/validate.js';
export { validate, validateAll } from './rules/validate.js';
export { toSage300Payload } from './sage300/toSage300Payload.js';
export type { Notice, Sage300Line, Sage300Payload } from './sage300/types.js';
export { codePointLength } from './text/codePoints.js';
export { truncateGraphemes } from './text/truncate.js';
export { parseInstant } from './time/instant.js';
export type { DateProblem } from './time/zone.js';
export { calendarDate, isTimeZone } from './time/zone.js';
export type { AcceptedExport, AcceptOptions } from './workflow/acceptForExport.js';
export { acceptForExport } from './workflow/acceptForExport.js';
export type { ChangeOrderPatch } from './workflow/applyEdit.js';
export { applyEdit } from './workflow/applyEdit.js';
export type { LockableField } from './workflow/lockedFields.js';
export { LOCKABLE_FIELDS, lockedFields } from './workflow/lockedFields.js';
export type { FailureOptions } from './workflow/markExportFailed.js';
export { markExportFailed } from './workflow/markExportFailed.js';
export type { RejectOptions } from './workflow/rejectExport.js';
export { rejectExport } from './workflow/rejectExport.js';
export { retrieveFromErp } from './workflow/retrieveFromErp.js';
export type { SendButton } from './workflow/sendButton.js';
export { sendButton } from './workflow/sendButton.js';
export type { SendOptions } from './workflow/sendToErp.js';
export { sendToErp } from './workflow/sendToErp.js';
export { setUseChangeOrderNumberAsErpId } from './workflow/setUseChangeOrderNumberAsErpId.js';
export type { HistoryOptions } from './workflow/step.js';
export type { Transition } from './workflow/transitions.js';
export { findTransition, nextState, transitions } from './workflow/transitions.js';
export type { UnlinkOptions } from './workflow/unlinkFromErp.js';
export { unlinkFromErp } from './workflow/unlinkFromErp.js';
export type { WorkflowViolationCode } from './workflow/violations.js';
export { workflowViolations } from './workflow/violations.js';
