// Regenerates the table of built-in profiles in docs/erp-profiles.md from the profile data.
// Run: npm run docs:profiles (npx tsx scripts/gen-profiles-doc.ts). A test fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtInProfiles } from '../src/profiles/builtInProfiles.js';
import type { ErpProfile, NumberLimit } from '../src/profiles/ErpProfile.js';

export const DOC = fileURLToPath(new URL('../docs/erp-profiles.md', import.meta.url));
export const START =
  '<!-- profiles:start (generated from src/profiles by `npm run docs:profiles`; do not edit) -->';
export const END = '<!-- profiles:end -->';

const NONE = '—';

function limit(n: number | null): string {
  return n === null ? NONE : String(n);
}

function digits(l: NumberLimit): string {
  if (l.integerDigits === null && l.decimals === null && !l.positive) return NONE;
  return `${limit(l.integerDigits)} + ${limit(l.decimals)}${l.positive ? ', > 0' : ''}`;
}

function cells(exportName: string, p: ErpProfile): string[] {
  const id = `${limit(p.changeOrderId.maxLength)}, ${p.changeOrderId.required ? 'required' : 'optional'}${p.changeOrderId.fromNumber ? '' : ', no number setting'}`;
  const d = p.description;
  const description =
    d.target === null
      ? 'not exported'
      : d.maxLength === null
        ? `${d.target}, no limit`
        : `${d.target}, ${d.maxLength}, ${d.onOverflow === 'truncate' ? 'truncated' : 'refused'}`;
  const repeated = { aggregate: 'summed', reject: 'refused', allow: 'kept apart' }[p.repeatedLines];
  const lineText = p.lines.description;
  return [
    `\`${exportName}\``,
    p.name,
    id,
    limit(p.title.maxLength),
    description,
    p.date.exported ? 'yes' : 'no',
    repeated,
    p.lineItemsRequireSingleCategory ? `one ${p.labels.category}` : NONE,
    digits(p.amount),
    digits(p.lines.quantity),
    digits(p.lines.unitCost),
    limit(p.lines.uom.maxLength),
    lineText.maxLineLength === null
      ? limit(lineText.maxLength)
      : `${limit(lineText.maxLength)} (${lineText.maxLineLength} per line)`,
    p.lines.disallowDivisionCostCode ? 'refused' : 'allowed',
  ];
}

/** A Markdown table with padded columns, as the formatter (biome) writes it. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(3, ...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)];
}

/**
 * The generated table of the given profiles, between its markers.
 * @example
 * renderProfilesTable({ sage300Cre }) // '<!-- profiles:start … -->\n| Export | ERP | …'
 */
export function renderProfilesTable(
  profiles: Readonly<Record<string, ErpProfile>> = builtInProfiles,
): string {
  const header = [
    'Export',
    'ERP',
    'CCO ID max',
    'Title max',
    'Description goes to',
    'Date exported',
    'Repeated lines',
    'Categories',
    'Line amount digits',
    'Quantity digits',
    'Unit cost digits',
    'UoM max',
    'Line description max',
    'Division cost codes',
  ];
  return [
    START,
    '',
    ...table([header, ...Object.entries(profiles).map(([name, p]) => cells(name, p))]),
    '',
    END,
  ].join('\n');
}

/** `doc` with its generated table replaced by the current one. */
export function withCurrentTable(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`[cco-erp] ${DOC} has no ${START} … ${END} block`);
  return doc.slice(0, start) + renderProfilesTable() + doc.slice(end + END.length);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const doc = readFileSync(DOC, 'utf8');
  const next = withCurrentTable(doc);
  if (next === doc) console.log('docs/erp-profiles.md is up to date');
  else {
    writeFileSync(DOC, next);
    console.log('docs/erp-profiles.md updated');
  }
}
