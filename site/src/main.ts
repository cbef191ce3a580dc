// The page: reads the controls, asks evaluate() (cco-erp) for the result, and renders it. Every
// user text reaches the DOM as textContent, never as HTML.

import examples from 'virtual:examples';
import { builtInProfiles, type ChangeOrder, type ErpExport, type ErpProfile, type Issue } from 'cco-erp';
import { present } from 'cco-erp/dist/internal/blank.js';
import { formatPath } from 'cco-erp/dist/internal/describe.js';
import { stripJsonComments } from 'cco-erp/dist/profiles/stripJsonComments.js';
import type { InputKind } from './detect.js';
import { Editor } from './editor.js';
import {
  type Checked,
  type ErpStatus,
  type Evaluation,
  evaluate,
  type PageInput,
  type Problem,
} from './evaluate.js';
import { fieldOf, type Pointer } from './fields.js';
import { type JsonPath, locate, type TextRange } from './jsonPath.js';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`[site] #${id} is missing`);
  return element;
}

/** Creates an element with a class and children (strings become text nodes). */
function h(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  if (className !== '') element.className = className;
  element.append(...children);
  return element;
}

const ui = {
  example: byId('example', HTMLSelectElement),
  load: byId('load', HTMLButtonElement),
  format: byId('format', HTMLSelectElement),
  detected: byId('detected', HTMLElement),
  erpStatusField: byId('erp-status-field', HTMLElement),
  erpStatus: byId('erp-status', HTMLSelectElement),
  asRead: byId('as-read', HTMLDetailsElement),
  contextJson: byId('context-json', HTMLDetailsElement),
  timeZone: byId('time-zone', HTMLSelectElement),
  projectSynced: byId('project-synced', HTMLInputElement),
  hasUser: byId('has-user', HTMLInputElement),
  canPush: byId('can-push', HTMLInputElement),
  useNumber: byId('use-number', HTMLInputElement),
  directExport: byId('direct-export', HTMLInputElement),
  levels: [
    byId('commitments', HTMLSelectElement),
    byId('change-orders', HTMLSelectElement),
    byId('erp-integrations', HTMLSelectElement),
  ],
  profile: byId('profile', HTMLSelectElement),
  profileSummary: byId('profile-summary', HTMLElement),
  metadataField: byId('metadata-field', HTMLElement),
  summary: byId('summary', HTMLElement),
  problemsBlock: byId('problems-block', HTMLElement),
  problems: byId('problems', HTMLOListElement),
  checkedBlock: byId('checked-block', HTMLElement),
  send: byId('send', HTMLButtonElement),
  sendTip: byId('send-tip', HTMLElement),
  sendNote: byId('send-note', HTMLElement),
  reasons: byId('reasons', HTMLOListElement),
  reasonsHint: byId('reasons-hint', HTMLElement),
  noReasons: byId('no-reasons', HTMLElement),
  exportIntro: byId('export-intro', HTMLElement),
  exportRefused: byId('export-refused', HTMLElement),
  exportBlock: byId('export-block', HTMLElement),
  facts: byId('export-facts', HTMLElement),
  linesCaption: byId('lines-caption', HTMLElement),
  lines: byId('lines', HTMLTableElement),
  total: byId('total', HTMLElement),
  scopeTitle: byId('scope-title', HTMLElement),
  scope: byId('scope', HTMLElement),
  notices: byId('notices', HTMLUListElement),
  noNotices: byId('no-notices', HTMLElement),
  copy: byId('copy', HTMLButtonElement),
  copyStatus: byId('copy-status', HTMLElement),
  exportJson: byId('export-json', HTMLElement),
};

const editors = {
  changeOrder: new Editor(byId('change-order', HTMLTextAreaElement)),
  read: new Editor(byId('read', HTMLTextAreaElement)),
  context: new Editor(byId('context', HTMLTextAreaElement)),
  metadata: new Editor(byId('metadata', HTMLTextAreaElement)),
};

const KIND_NAMES: Readonly<Record<InputKind, string>> = {
  model: "cco-erp's model",
  'procore-event': 'a Procore ERP event (fromProcoreErpEvent)',
  'procore-rest': 'Procore REST payloads (fromProcoreRest)',
};
const ACTIONS = { send: 'Send to ERP', resend: 'Re-send to ERP', retrieve: 'Retrieve from ERP' } as const;
const LEVELS = [
  ['none', 'None'],
  ['read_only', 'Read only'],
  ['standard', 'Standard'],
  ['admin', 'Admin'],
] as const;
const USER_KEYS = ['commitments', 'changeOrders', 'erpIntegrations'] as const;

let current: Evaluation | undefined;

// ---------------------------------------------------------------------------------------------
// Reading the controls

function pageInput(): PageInput {
  return {
    changeOrder: editors.changeOrder.text,
    format: ui.format.value as PageInput['format'],
    erpStatus: ui.erpStatus.value as ErpStatus | 'default',
    context: editors.context.text,
    profile: ui.profile.value,
    metadata: editors.metadata.text,
  };
}

function update(): void {
  current = evaluate(pageInput());
  render(current);
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? '0') + 1);
}

// ---------------------------------------------------------------------------------------------
// Pointing at a field

/** The editor a pointer goes to, opening the panel it is in. */
function editorFor(target: Problem['source'] | Pointer['in']): Editor {
  if (target === 'context') {
    ui.contextJson.open = true;
    return editors.context;
  }
  if (target === 'metadata') return editors.metadata;
  if (target === 'changeOrder' && current?.detected?.kind === 'model') return editors.changeOrder;
  if (target === 'changeOrder') {
    ui.asRead.open = true;
    return editors.read;
  }
  return editors.changeOrder;
}

function rangeIn(editor: Editor, path: JsonPath, jsonc: boolean): TextRange | undefined {
  return locate(jsonc ? stripJsonComments(editor.text) : editor.text, path)?.range;
}

type Target = { editor: Editor; range: TextRange };

function problemTarget(problem: Problem): Target | undefined {
  const editor = problem.source === 'changeOrder' ? editors.changeOrder : editorFor(problem.source);
  if (problem.offset !== undefined) {
    const start = Math.min(problem.offset, Math.max(0, editor.text.length - 1));
    return { editor, range: { start, end: Math.min(editor.text.length, start + 1) } };
  }
  const range = rangeIn(editor, problem.issue.path as JsonPath, problem.source === 'metadata');
  return range === undefined ? undefined : { editor, range };
}

function pointerOf(checked: Checked, issue: Issue): Pointer {
  return fieldOf(
    { code: issue.code, path: issue.path as JsonPath },
    present(checked.changeOrder.erpId) !== undefined,
  );
}

function pointerTarget(pointer: Pointer): Target | undefined {
  const editor = editorFor(pointer.in);
  const range = rangeIn(editor, pointer.path, false);
  return range === undefined ? undefined : { editor, range };
}

function where(path: JsonPath): string {
  return path.length === 0 ? 'the whole document' : formatPath(path);
}

/** An issue as a button: focus or hover highlights its field, Enter or a click selects it. */
function issueItem(issue: Issue, place: string, target: () => Target | undefined): HTMLLIElement {
  const button = h(
    'button',
    'issue',
    h('span', 'badge', String(issue.code)),
    h('span', 'message', issue.message),
    h('span', 'where', place),
  );
  button.setAttribute('type', 'button');
  button.dataset.code = String(issue.code);
  button.dataset.path = JSON.stringify(issue.path);
  const show = () => {
    for (const editor of Object.values(editors)) editor.clear();
    const found = target();
    if (found !== undefined) found.editor.highlight(found.range);
  };
  button.addEventListener('focus', show);
  button.addEventListener('mouseenter', show);
  button.addEventListener('click', () => {
    const found = target();
    if (found !== undefined) found.editor.select(found.range);
  });
  const item = document.createElement('li');
  item.append(button);
  return item;
}

// ---------------------------------------------------------------------------------------------
// Rendering

const SOURCE_NAMES: Readonly<Record<Problem['source'], string>> = {
  changeOrder: 'change order',
  context: 'context',
  metadata: 'ERP metadata',
};

function render(evaluation: Evaluation): void {
  const { detected, problems, checked } = evaluation;
  const procore = detected !== undefined && detected.kind !== 'model';
  ui.detected.textContent =
    detected === undefined
      ? ''
      : `Read as ${KIND_NAMES[detected.kind]}${detected.because === undefined ? '' : ` (it has "${detected.because}")`}.`;
  ui.erpStatusField.hidden = !procore;
  ui.asRead.hidden = !procore || checked === undefined;
  ui.metadataField.hidden = ui.profile.value !== 'metadata';
  editors.read.text = procore && checked !== undefined ? JSON.stringify(checked.changeOrder, null, 2) : '';
  for (const editor of Object.values(editors)) editor.clear();

  ui.problemsBlock.hidden = problems.length === 0;
  ui.problems.replaceChildren(
    ...problems.map((problem) =>
      issueItem(
        problem.issue,
        `in the ${SOURCE_NAMES[problem.source]}${problem.offset === undefined ? `, at ${where(problem.issue.path as JsonPath)}` : `, at offset ${problem.offset}`}`,
        () => problemTarget(problem),
      ),
    ),
  );
  ui.checkedBlock.hidden = checked === undefined;
  renderProfileSummary(checked?.profile);
  if (checked === undefined) {
    ui.summary.textContent = `The input cannot be read: ${count(problems.length, 'problem')}, listed below.`;
    return;
  }
  renderButton(checked);
  renderReasons(checked);
  renderExport(checked);
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function renderButton({ button, violations }: Checked): void {
  const { send, sendTip, sendNote, summary } = ui;
  send.closest('.send-wrap')?.toggleAttribute('hidden', button.action === null);
  sendNote.textContent = '';
  const failing = count(violations.length, 'rule');
  if (button.action === null) {
    summary.textContent = `No Send button: Procore shows none for a change order in this state. ${failing} would fail.`;
    sendNote.textContent = 'No button: the change order is synced, or its failed export awaits the approver.';
    return;
  }
  const label = ACTIONS[button.action];
  send.replaceChildren(label);
  send.dataset.action = button.action;
  send.setAttribute('aria-disabled', String(!button.enabled));
  send.classList.remove('tip-dismissed');
  if (button.enabled || button.reason === undefined) {
    send.removeAttribute('aria-describedby');
    sendTip.textContent = '';
    summary.textContent = `${label} is enabled.`;
    return;
  }
  send.append(h('span', 'help', '?'));
  send.setAttribute('aria-describedby', 'send-tip');
  sendTip.textContent = button.reason.message;
  sendTip.dataset.code = button.reason.code;
  summary.textContent = `${label} is greyed out: ${failing === '0 rules' ? button.reason.message : `${failing} failing`}.`;
}

function renderReasons(checked: Checked): void {
  const { violations } = checked;
  ui.noReasons.hidden = violations.length > 0;
  ui.reasonsHint.hidden = violations.length === 0;
  ui.reasons.replaceChildren(
    ...violations.map((violation) => {
      const pointer = pointerOf(checked, violation);
      const place = `${pointer.in === 'context' ? 'context, at ' : 'at '}${where(pointer.path)}`;
      return issueItem(violation, place, () => pointerTarget(pointer));
    }),
  );
}

function renderProfileSummary(profile: ErpProfile | undefined): void {
  if (profile === undefined) {
    ui.profileSummary.textContent = '';
    return;
  }
  const limit = (n: number | null) => (n === null ? 'any length' : `at most ${n} characters`);
  const { changeOrderId, title, description } = profile;
  const scope =
    description.target === null
      ? 'no description field'
      : `description into ${description.target}${description.maxLength === null ? '' : ` (${description.maxLength} characters, ${description.onOverflow === 'truncate' ? 'cut' : 'refused'} when longer)`}`;
  ui.profileSummary.textContent = `${profile.name}: ${changeOrderId.label} ${limit(changeOrderId.maxLength)}, title ${limit(title.maxLength)}, ${scope}; repeated lines ${profile.repeatedLines === 'aggregate' ? 'summed' : profile.repeatedLines === 'reject' ? 'refused' : 'kept apart'}.`;
}

function renderExport(checked: Checked): void {
  const { exported, profile } = checked;
  ui.exportIntro.textContent = `What accepting it exports to ${profile.name} (exportChangeOrder). Rules that only decide who may press Send, and when, do not stop it.`;
  ui.exportRefused.hidden = exported.ok;
  ui.exportBlock.hidden = !exported.ok;
  if (!exported.ok) {
    ui.exportRefused.replaceChildren(
      h(
        'p',
        '',
        `Nothing would be exported: ${count(exported.error.length, 'rule')} must pass first (`,
        ...exported.error.flatMap((v, i) => [i === 0 ? '' : ', ', h('code', '', v.code)]),
        ').',
      ),
    );
    return;
  }
  const exportValue = exported.value;
  renderFacts(checked, exportValue);
  renderLines(checked.changeOrder, exportValue);
  renderScope(checked, exportValue);
  ui.notices.replaceChildren(
    ...exportValue.notices.map((n) => h('li', '', h('span', 'badge', n.code), ' ', n.message)),
  );
  ui.noNotices.hidden = exportValue.notices.length > 0;
  ui.exportJson.textContent = JSON.stringify(exportValue, null, 2);
  ui.copyStatus.textContent = '';
}

function fact(term: string, id: string, ...value: (Node | string)[]): Node[] {
  const dd = h('dd', '', ...value);
  dd.id = id;
  return [h('dt', '', term), dd];
}

function renderFacts({ changeOrder, context, profile, syncedFrom }: Checked, exportValue: ErpExport): void {
  const date =
    exportValue.date === undefined
      ? [`not exported (${profile.name} takes no date)`]
      : [
          h('strong', '', exportValue.date),
          ` in ${context.project.timeZone} (Date Created ${changeOrder.createdAt})`,
        ];
  ui.facts.replaceChildren(
    ...fact('Commitment', 'fact-commitment', exportValue.commitmentId),
    ...fact('Change order ID', 'fact-id', exportValue.changeOrderId ?? 'none'),
    ...fact('Commitment Date', 'fact-date', ...date),
    ...fact('Title', 'fact-title', exportValue.title),
    ...fact('Vendor', 'fact-vendor', exportValue.vendorId),
    ...fact(
      'Project synced',
      'fact-synced',
      `${context.project.erpSynced ? 'yes' : 'no'}, ${syncedFrom === 'payload' ? "from the Procore payload's origin id" : 'from the context'}`,
    ),
  );
}

function renderLines(changeOrder: ChangeOrder, exportValue: ErpExport): void {
  const indexById = new Map(changeOrder.lineItems.map((line, i) => [line.id, i] as const));
  const body = ui.lines.tBodies[0];
  if (body === undefined) return;
  body.replaceChildren(
    ...exportValue.lines.map((line) => {
      const sources = h(
        'ul',
        'sources',
        ...line.lineItemIds.map((id) => {
          const index = indexById.get(id);
          const amount = index === undefined ? '' : (changeOrder.lineItems[index]?.amount ?? '');
          const item = h(
            'li',
            '',
            `line ${index === undefined ? '?' : index + 1} (id ${id}) `,
            h('span', 'num', amount),
          );
          item.dataset.id = id;
          return item;
        }),
      );
      const row = h(
        'tr',
        line.lineItemIds.length > 1 ? 'merged' : '',
        h('td', '', line.commitmentLineItemId),
        h('td', '', sources),
        h(
          'td',
          'coding',
          `${coded(line.costCode, line.costCodeErpId)} / ${coded(line.category, line.categoryErpId)}`,
        ),
        h('td', 'num', line.amount),
      );
      row.dataset.commitmentLine = line.commitmentLineItemId;
      return row;
    }),
  );
  const merged = exportValue.lines.filter((line) => line.lineItemIds.length > 1).length;
  ui.linesCaption.textContent = `${count(changeOrder.lineItems.length, 'CCO line')} exported as ${count(exportValue.lines.length, 'line')}${merged === 0 ? '' : `; ${merged} of them summed from several`}.`;
  ui.total.textContent = exportValue.total;
}

function coded(code: string, erpId: string): string {
  return code === erpId ? code : `${code} (ERP ${erpId})`;
}

function renderScope({ changeOrder, profile }: Checked, exportValue: ErpExport): void {
  const { target, maxLength } = profile.description;
  ui.scopeTitle.textContent =
    target === null
      ? 'Description'
      : `Description → ${target}${maxLength === null ? '' : ` (${maxLength} characters)`}`;
  const exportedText = exportValue.description;
  if (exportedText === undefined) {
    ui.scope.replaceChildren(h('em', '', `Not exported: ${profile.name} has no field for the description.`));
    return;
  }
  const truncated = exportValue.notices.find((n) => n.code === 'description_truncated');
  if (truncated === undefined || !changeOrder.description.startsWith(exportedText)) {
    ui.scope.replaceChildren(h('span', 'kept', exportedText === '' ? '(empty)' : exportedText));
    return;
  }
  const cut = h(
    'mark',
    'cut',
    `✂ cut here: ${truncated.exportedLength} of ${truncated.originalLength} characters exported`,
  );
  cut.id = 'scope-cut';
  const dropped = h(
    'span',
    'dropped',
    h('span', 'visually-hidden', 'Not exported: '),
    changeOrder.description.slice(exportedText.length),
  );
  ui.scope.replaceChildren(h('span', 'kept', exportedText), cut, dropped);
}

// ---------------------------------------------------------------------------------------------
// The context controls, kept in step with the context JSON

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function contextObject(): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(editors.context.text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function child(parent: JsonObject, key: string): JsonObject {
  const value = parent[key];
  return isObject(value) ? value : {};
}

function timeZoneOption(zone: string): void {
  if (![...ui.timeZone.options].some((o) => o.value === zone)) ui.timeZone.add(new Option(zone, zone), 0);
}

/** Shows the context JSON in the controls (when it reads as an object). */
function contextToControls(): void {
  const context = contextObject();
  if (context === undefined) return;
  const project = child(context, 'project');
  if (typeof project.timeZone === 'string') {
    timeZoneOption(project.timeZone);
    ui.timeZone.value = project.timeZone;
  }
  ui.projectSynced.checked = project.erpSynced === true;
  const user = isObject(context.user) ? context.user : undefined;
  ui.hasUser.checked = user !== undefined;
  ui.levels.forEach((select, i) => {
    const key = USER_KEYS[i] ?? 'commitments';
    select.disabled = user === undefined;
    const level = user?.[key];
    select.value = typeof level === 'string' && LEVELS.some(([value]) => value === level) ? level : 'none';
  });
  ui.canPush.disabled = user === undefined;
  ui.canPush.checked = user?.canPushToAccounting === true;
  const settings = child(context, 'settings');
  ui.useNumber.checked = settings.useChangeOrderNumberAsErpId === true;
  ui.directExport.checked = settings.directExport === true;
}

/** Writes the controls into the context JSON, keeping whatever else it holds. */
function controlsToContext(): void {
  const context = contextObject() ?? {};
  const project = {
    ...child(context, 'project'),
    erpSynced: ui.projectSynced.checked,
    timeZone: ui.timeZone.value,
  };
  const next: JsonObject = { ...context, project };
  if (ui.hasUser.checked) {
    const user: JsonObject = { ...child(context, 'user') };
    ui.levels.forEach((select, i) => {
      user[USER_KEYS[i] ?? 'commitments'] = select.value;
    });
    user.canPushToAccounting = ui.canPush.checked;
    next.user = user;
  } else delete next.user;
  next.settings = {
    ...child(context, 'settings'),
    useChangeOrderNumberAsErpId: ui.useNumber.checked,
    directExport: ui.directExport.checked,
  };
  // Keys in the model's order: user, project, settings.
  const { user, ...rest } = next;
  editors.context.text = JSON.stringify(user === undefined ? rest : { user, ...rest }, null, 2);
  contextToControls();
}

// ---------------------------------------------------------------------------------------------
// Examples

/** Where an example goes: the context, the metadata, or the change order. */
function exampleTarget(name: string, text: string): 'context' | 'metadata' | 'changeOrder' {
  if (/(^|\/)context[^/]*$/.test(name)) return 'context';
  try {
    const json: unknown = JSON.parse(stripJsonComments(text));
    if (isObject(json) && isObject(json.settings)) return 'metadata';
  } catch {
    // Not JSON: shown in the change order box, where the page says so.
  }
  return 'changeOrder';
}

function fillExamples(): void {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const name of Object.keys(examples).sort()) {
    const folder = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : 'examples';
    let group = groups.get(folder);
    if (group === undefined) {
      group = document.createElement('optgroup');
      group.label = folder;
      groups.set(folder, group);
    }
    group.append(new Option(name.slice(name.lastIndexOf('/') + 1), name));
  }
  ui.example.replaceChildren(...groups.values());
}

function loadExample(name: string): void {
  const text = examples[name];
  if (text === undefined) return;
  const target = exampleTarget(name, text);
  if (target === 'context') {
    editors.context.text = text;
    contextToControls();
  } else if (target === 'metadata') {
    editors.metadata.text = text;
    ui.profile.value = 'metadata';
  } else {
    editors.changeOrder.text = text;
    ui.format.value = 'detect';
    ui.erpStatus.value = 'default';
  }
  update();
}

// ---------------------------------------------------------------------------------------------
// Start

function start(): void {
  fillExamples();
  for (const select of ui.levels)
    select.replaceChildren(...LEVELS.map(([value, label]) => new Option(label, value)));
  // Intl lists canonical zones only, which leaves UTC out; a context's alias (US/Pacific) is added
  // when one is loaded.
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  ui.timeZone.replaceChildren(
    ...[...new Set([...zones, 'UTC'])].sort().map((zone) => new Option(zone, zone)),
  );
  ui.profile.replaceChildren(
    ...Object.entries(builtInProfiles).map(([key, profile]) => new Option(profile.name, key)),
    new Option('Procore ERP metadata, pasted', 'metadata'),
  );

  for (const editor of [editors.changeOrder, editors.context, editors.metadata])
    editor.textarea.addEventListener('input', () => {
      if (editor === editors.context) contextToControls();
      update();
    });
  for (const control of [ui.format, ui.erpStatus, ui.profile]) control.addEventListener('change', update);
  for (const control of [
    ui.timeZone,
    ui.projectSynced,
    ui.hasUser,
    ui.canPush,
    ui.useNumber,
    ui.directExport,
    ...ui.levels,
  ])
    control.addEventListener('change', () => {
      controlsToContext();
      update();
    });
  ui.load.addEventListener('click', () => loadExample(ui.example.value));

  ui.send.addEventListener('click', () => {
    if (ui.send.getAttribute('aria-disabled') === 'true') return;
    ui.sendNote.textContent =
      'Procore would now send it to the ERP Integrations tool. This page only shows the button; it sends nothing.';
  });
  // The tooltip shows on hover and focus; Escape hides it until the pointer or focus leaves.
  ui.send.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') ui.send.classList.add('tip-dismissed');
  });
  for (const leave of ['blur', 'mouseleave'])
    ui.send.addEventListener(leave, () => ui.send.classList.remove('tip-dismissed'));

  ui.copy.addEventListener('click', () => {
    const text = ui.exportJson.textContent ?? '';
    navigator.clipboard.writeText(text).then(
      () => {
        ui.copyStatus.textContent = 'Copied.';
      },
      () => {
        ui.copyStatus.textContent = 'The browser refused the clipboard: select the JSON and copy it.';
        const selection = window.getSelection();
        selection?.selectAllChildren(ui.exportJson);
      },
    );
  });

  const first = Object.keys(examples).find((name) => name.endsWith('03-title-too-long.json'));
  const context = Object.keys(examples).find(
    (name) => exampleTarget(name, examples[name] ?? '') === 'context',
  );
  if (context !== undefined) loadExample(context);
  if (first !== undefined) {
    ui.example.value = first;
    loadExample(first);
  }
  document.body.dataset.ready = 'true';
}

start();
