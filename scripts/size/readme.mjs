// `npm run test:size`: runs size-limit (which fails when an entry point is over its budget in
// .size-limit.js) and checks that the table in README.md shows its entries, budgets and sizes (within
// 2%, or 100 B).
// `npm run docs:size` rewrites that table.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readmePath = `${root}README.md`;
const START = '<!-- size-limit:start (npm run docs:size) -->\n';
const END = '<!-- size-limit:end -->';

const kB = (bytes) => (bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(2)} kB`);

/** The README table for size-limit's JSON results. */
export function table(results) {
  const rows = results.map((r) => `| ${r.name} | ${kB(r.size)} | ${kB(r.sizeLimit)} |`);
  return ['| entry point | size | budget |', '| --- | ---: | ---: |', ...rows, ''].join('\n');
}

let output;
try {
  output = execFileSync(`${root}node_modules/.bin/size-limit`, ['--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: 'pipe',
  });
} catch (e) {
  // Over budget (size-limit still prints its JSON), or a forbidden dependency reached a bundle.
  let results;
  try {
    results = JSON.parse(e.stdout);
  } catch {}
  if (!Array.isArray(results)) {
    console.error(
      `${e.stdout}${e.stderr}`
        .split('\n')
        .filter((l) => /error|fail/i.test(l))
        .join('\n'),
    );
    process.exit(1);
  }
  for (const r of results)
    console.error(`${r.passed ? '✓' : '✗'} ${r.name}: ${kB(r.size)} of ${kB(r.sizeLimit)}`);
  process.exit(1);
}
const results = JSON.parse(output);
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START.trim()} … ${END}`);
const fresh = `${readme.slice(0, start + START.length)}${table(results)}${readme.slice(end)}`;
for (const r of results) console.log(`✓ ${r.name}: ${kB(r.size)} of ${kB(r.sizeLimit)}`);
if (process.argv.includes('--write')) writeFileSync(readmePath, fresh);
else if (!current(readme.slice(start + START.length, end), results)) {
  console.error('✗ the size table in README.md is stale: run `npm run docs:size`');
  process.exit(1);
}

/**
 * Whether the README table has every entry with its budget, and a size within 2% (or 100 B) of what
 * was measured: tsup's chunking varies from build to build by some tens of bytes, which is more than
 * 2% of the smallest entry.
 */
function current(text, measured) {
  const rows = text
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| entry point') && !l.startsWith('| ---'))
    .map((l) => l.split('|').map((cell) => cell.trim()));
  const bytes = (cell) => Number.parseFloat(cell) * (cell.endsWith('kB') ? 1000 : 1);
  return (
    rows.length === measured.length &&
    measured.every((r, i) => {
      const [, name, size, budget] = rows[i] ?? [];
      return (
        name === r.name &&
        budget === kB(r.sizeLimit) &&
        Math.abs(bytes(size) - r.size) <= Math.max(r.size * 0.02, 100)
      );
    })
  );
}
