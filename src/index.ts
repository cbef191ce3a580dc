// The public surface of cco-erp: every export is named here, nothing else is public.
// docs/api.md lists each with one line.

// Export: the one spine, and Sage 300 CRE's payload as its projection.
export { aggregateLineItems } from './aggregateLineItems.js';
export { exportChangeOrder } from './export/exportChangeOrder.js';
export type { ErpExport, Notice } from './export/types.js';
// Results and issues: one shape for everything that can refuse.
export { formatIssues } from './formatIssues.js';
export type { InputIssue, Issue, Violation } from './issues.js';
export { INPUT_ISSUE_CODES } from './issues.js';
// Read: unknown JSON and Procore payloads into the typed models; every problem as data.
export type { ChangeOrder } from './model/changeOrder.js';
export { ChangeOrderSchema } from './model/changeOrder.js';
export type { Commitment } from './model/commitment.js';
export { CommitmentSchema } from './model/commitment.js';
export type { ExportContext } from './model/context.js';
export { ExportContextSchema } from './model/context.js';
export type { VendorLink } from './model/vendorLink.js';
export { VendorLinkSchema } from './model/vendorLink.js';
export { parseChangeOrder, parseCommitment, parseExportContext, parseVendorLink } from './parse.js';
export { fromProcoreCommitment } from './procore/fromProcoreCommitment.js';
export { fromProcoreErpEvent } from './procore/fromProcoreErpEvent.js';
export { fromProcoreRest } from './procore/fromProcoreRest.js';
export { fromProcoreVendorEvent } from './procore/fromProcoreVendorEvent.js';
export { builtInProfiles } from './profiles/builtInProfiles.js';
// ERP profiles: the limits as data.
export type { ErpProfile } from './profiles/ErpProfile.js';
export { ErpProfileSchema } from './profiles/ErpProfile.js';
export { profileFromProcoreMetadata } from './profiles/fromProcoreMetadata.js';
export { sage300Cre } from './profiles/sage300Cre.js';
export type { Result } from './result.js';
// Check: the ordered rules, the first failing one or all.
export type { RuleCode } from './rules/rules.js';
export { rules } from './rules/rules.js';
export type { ValidateOptions } from './rules/validate.js';
export { validate, validateAll } from './rules/validate.js';
export { validateBatch } from './rules/validateBatch.js';
export { toSage300Payload } from './sage300/toSage300Payload.js';
export type { Sage300Payload, Sage300Profile } from './sage300/types.js';
// The commitment's schedule of values after its approved change orders.
export { reviseSov } from './sov/reviseSov.js';
// The export workflow: send, retrieve, accept, reject, fail, unlink, edit.
export { acceptForExport } from './workflow/acceptForExport.js';
export { applyEdit } from './workflow/applyEdit.js';
export { lockedFields } from './workflow/lockedFields.js';
export { markExportFailed } from './workflow/markExportFailed.js';
export { rejectExport } from './workflow/rejectExport.js';
export { retrieveFromErp } from './workflow/retrieveFromErp.js';
export type { SendButton } from './workflow/sendButton.js';
export { sendButton } from './workflow/sendButton.js';
export { sendToErp } from './workflow/sendToErp.js';
export { setUseChangeOrderNumberAsErpId } from './workflow/setUseChangeOrderNumberAsErpId.js';
export { transitions } from './workflow/transitions.js';
export { unlinkFromErp } from './workflow/unlinkFromErp.js';
