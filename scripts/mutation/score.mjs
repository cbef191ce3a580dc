// Reads Stryker's JSON report (reports/mutation/mutation.json, written by `stryker run`) and prints
// the mutation score per area; fails when rules, money or the spine is under 90% (issue 11). The
// spine: the one export path (`src/export/`), the line grouping below it (`src/lines/`) and the Sage
// 300 CRE projection (`src/sage300/`). An area with no mutant in the report is not judged.
// `npm run test:mutation` runs Stryker, then this.
import { readFileSync } from 'node:fs';

const AREAS = [
  ['rules', (f) => f.startsWith('src/rules/')],
  ['money', (f) => f === 'src/aggregateLineItems.ts' || f.startsWith('src/money/')],
  ['spine', (f) => f.startsWith('src/export/') || f.startsWith('src/lines/') || f.startsWith('src/sage300/')],
  ['everything else', () => true],
];
const REQUIRED = { rules: 90, money: 90, spine: 90 };
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

// Several reports (runs over parts of src/) merge file by file, the later one winning:
// `node scripts/mutation/score.mjs a.json b.json`.
const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sources = paths.length > 0 ? paths : [new URL('../../reports/mutation/mutation.json', import.meta.url)];
const report = { files: Object.assign({}, ...sources.map((p) => JSON.parse(readFileSync(p, 'utf8')).files)) };
const tally = new Map(AREAS.map(([name]) => [name, { detected: 0, counted: 0, survivors: [] }]));
const all = { detected: 0, counted: 0 };
for (const [file, { mutants }] of Object.entries(report.files)) {
  const [area] = AREAS.find(([, match]) => match(file));
  const t = tally.get(area);
  for (const m of mutants) {
    if (!COUNTED.has(m.status)) continue;
    t.counted++;
    all.counted++;
    if (DETECTED.has(m.status)) {
      t.detected++;
      all.detected++;
    } else t.survivors.push(`${file}:${m.location.start.line} ${m.mutatorName} (${m.status})`);
  }
}
const pct = ({ detected, counted }) => (counted === 0 ? 100 : (100 * detected) / counted);
let failed = false;
console.log('| area | killed or timed out / counted | score |\n| --- | ---: | ---: |');
for (const [name, t] of tally) {
  console.log(`| ${name} | ${t.detected} / ${t.counted} | ${pct(t).toFixed(2)}% |`);
  if (REQUIRED[name] !== undefined && t.counted > 0 && pct(t) < REQUIRED[name]) failed = true;
}
console.log(`| all of src/ | ${all.detected} / ${all.counted} | ${pct(all).toFixed(2)}% |`);
if (process.argv.includes('--survivors'))
  for (const [name, t] of tally) for (const s of t.survivors) console.log(`${name}: ${s}`);
if (failed) {
  console.error(`✗ under ${REQUIRED.rules}% in an area that requires it (rules, money, spine)`);
  process.exit(1);
}
