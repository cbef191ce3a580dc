// What the page shows for what was typed: every call into cco-erp happens here, through the
// package's own entry (bundled from dist/index.js), and nothing else decides a result.
import {
  builtInProfiles,
  type ChangeOrder,
  type ErpExport,
  type ErpProfile,
  type ExportContext,
  exportChangeOrder,
  fromProcoreErpEvent,
  fromProcoreRest,
  type Issue,
  parseChangeOrder,
  parseExportContext,
  profileFromProcoreMetadata,
  type Result,
  type SendButton,
  sendButton,
  type Violation,
  validateAll,
} from 'cco-erp';
import { stripJsonComments } from 'cco-erp/dist/profiles/stripJsonComments.js';
import { type Detected, detectKind, type InputKind } from './detect.js';

/** The ERP statuses a Procore payload does not carry, for the adapters' `erpStatus` option. */
export type ErpStatus = ChangeOrder['erpStatus'];

/** Everything typed or picked on the page. */
export interface PageInput {
  /** The change order text: our model, a Procore ERP event or REST payloads. */
  readonly changeOrder: string;
  /** How to read it; `detect` looks at its keys. */
  readonly format: InputKind | 'detect';
  /** The status to give a Procore payload, or `default` for the adapter's own. */
  readonly erpStatus: ErpStatus | 'default';
  /** The context text (JSON). */
  readonly context: string;
  /** A key of `builtInProfiles`, or `metadata` for the pasted Procore ERP metadata. */
  readonly profile: string;
  /** The Procore ERP metadata text (JSON with comments). */
  readonly metadata: string;
}

/** Which text an input problem is in. */
export type Source = 'changeOrder' | 'context' | 'metadata';

/** A problem with what was typed, before any rule can run. */
export interface Problem {
  /** The text it is in. */
  readonly source: Source;
  /** The issue (a JSON syntax error is `invalid_json`; an empty text is `empty`). */
  readonly issue: Issue;
  /** The offset of a JSON syntax error, when the engine's message gives one. */
  readonly offset?: number;
}

/** What the rules and the export say about a change order that could be read. */
export interface Checked {
  /** The change order as the rules read it. */
  readonly changeOrder: ChangeOrder;
  /** The context the rules read (the project's sync state from a Procore payload when it says). */
  readonly context: ExportContext;
  /** Where the project's sync state came from. */
  readonly syncedFrom: 'context' | 'payload';
  /** The profile. */
  readonly profile: ErpProfile;
  /** The button as Procore shows it. */
  readonly button: SendButton;
  /** Every failing rule, in order. */
  readonly violations: readonly Violation[];
  /** The export under the profile, or the rules that stop it. */
  readonly exported: Result<ErpExport, readonly Violation[]>;
}

/** The page's whole state after an edit. */
export interface Evaluation {
  /** The reader used, and why. */
  readonly detected: Detected | undefined;
  /** Problems with the texts; when there are any, nothing was checked. */
  readonly problems: readonly Problem[];
  /** The result, when every text could be read. */
  readonly checked?: Checked;
}

const WHAT: Readonly<Record<Source, string>> = {
  changeOrder: 'The change order',
  context: 'The context',
  metadata: 'The ERP metadata',
};

const WAY_OUT: Readonly<Record<Source, string>> = {
  changeOrder: 'paste a change order or load an example',
  context: 'paste a context, load examples/context.json, or use the controls above it',
  metadata: "paste your connector's Procore ERP metadata, or pick a built-in profile",
};

type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** JSON.parse as data: a syntax error is a problem at the offset the engine names. */
function parseJson(source: Source, text: string): Parsed {
  if (text.trim() === '') {
    const issue = {
      code: 'empty',
      path: [],
      message: `${WHAT[source]} is empty: ${WAY_OUT[source]}.`,
    };
    return { ok: false, problem: { source, issue } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const at = /position (\d+)/.exec(detail);
    const issue = { code: 'invalid_json', path: [], message: `${WHAT[source]} is not JSON: ${detail}` };
    return { ok: false, problem: at === null ? { source, issue } : { source, issue, offset: Number(at[1]) } };
  }
}

function problems(source: Source, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => ({ source, issue }));
}

type Read = Result<{ changeOrder: ChangeOrder; projectErpSynced?: boolean }, readonly Issue[]>;

function readChangeOrder(kind: InputKind, json: unknown, erpStatus: PageInput['erpStatus']): Read {
  const options = erpStatus === 'default' ? undefined : { erpStatus };
  switch (kind) {
    case 'procore-event':
      return fromProcoreErpEvent(json, options);
    case 'procore-rest':
      // The adapter reads unknown JSON; its type names the three keys it looks for.
      return fromProcoreRest(json as Parameters<typeof fromProcoreRest>[0], options);
    case 'model': {
      const read = parseChangeOrder(json);
      return read.ok ? { ok: true, value: { changeOrder: read.value } } : read;
    }
  }
}

function readProfile(input: PageInput): Result<ErpProfile, Problem[]> {
  if (input.profile !== 'metadata') {
    const profiles: Readonly<Record<string, ErpProfile>> = builtInProfiles;
    const profile = Object.hasOwn(profiles, input.profile) ? profiles[input.profile] : undefined;
    if (profile !== undefined) return { ok: true, value: profile };
    const issue = { code: 'unknown_profile', path: [], message: `No built-in profile ${input.profile}.` };
    return { ok: false, error: [{ source: 'metadata', issue }] };
  }
  // Procore's example metadata is JSON with comments: the library's own stripper keeps every offset.
  const json = parseJson('metadata', stripJsonComments(input.metadata));
  if (!json.ok) return { ok: false, error: [json.problem] };
  const profile = profileFromProcoreMetadata(json.value);
  return profile.ok ? profile : { ok: false, error: problems('metadata', profile.error) };
}

/**
 * Reads the three texts, then asks cco-erp what Procore would show and what would be exported.
 * @example
 * evaluate({ changeOrder: text, format: 'detect', erpStatus: 'default', context, profile: 'sage300Cre', metadata: '' })
 * //=> { detected: { kind: 'model' }, problems: [], checked: { button: { action: 'send', enabled: true }, … } }
 */
export function evaluate(input: PageInput): Evaluation {
  const found: Problem[] = [];
  const coJson = parseJson('changeOrder', input.changeOrder);
  const detected = coJson.ok
    ? input.format === 'detect'
      ? detectKind(coJson.value)
      : { kind: input.format }
    : undefined;
  let read: Read | undefined;
  if (!coJson.ok) found.push(coJson.problem);
  else if (detected !== undefined) {
    read = readChangeOrder(detected.kind, coJson.value, input.erpStatus);
    if (!read.ok) found.push(...problems('changeOrder', read.error));
  }

  const contextJson = parseJson('context', input.context);
  let context: ExportContext | undefined;
  if (!contextJson.ok) found.push(contextJson.problem);
  else {
    const parsed = parseExportContext(contextJson.value);
    if (parsed.ok) context = parsed.value;
    else found.push(...problems('context', parsed.error));
  }

  const profile = readProfile(input);
  if (!profile.ok) found.push(...profile.error);

  if (read === undefined || !read.ok || context === undefined || !profile.ok) {
    return { detected, problems: found };
  }
  const { changeOrder, projectErpSynced } = read.value;
  // A Procore payload says whether the project is linked to the ERP (its origin_id); it wins.
  const syncedFrom = projectErpSynced === undefined ? 'context' : 'payload';
  const checkedContext: ExportContext =
    projectErpSynced === undefined
      ? context
      : { ...context, project: { ...context.project, erpSynced: projectErpSynced } };
  const options = { profile: profile.value };
  return {
    detected,
    problems: found,
    checked: {
      changeOrder,
      context: checkedContext,
      syncedFrom,
      profile: profile.value,
      button: sendButton(changeOrder, checkedContext, options),
      violations: validateAll(changeOrder, checkedContext, options),
      exported: exportChangeOrder(changeOrder, checkedContext, options),
    },
  };
}
