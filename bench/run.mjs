// `npm run bench`: the three measurements of issue 6, each a ratio to a baseline measured in the
// same run on the same data. `--smoke` (or BENCH_SMOKE=1) runs a tiny version that only checks that
// everything runs and that the outputs agree; CI runs it, and never checks the targets.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import {
  aggregateLineItems,
  exportChangeOrder,
  parseChangeOrder,
  parseCommitment,
  parseExportContext,
  rules,
  validate,
  validateAll,
} from '../dist/index.js';
import {
  amount,
  changeOrder,
  commitmentOf,
  context,
  ndjsonPool,
  poolLine,
  prng,
  withLongDescription,
} from './data.mjs';

const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const here = new URL('.', import.meta.url).pathname;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const wanted = (part) => only === undefined || only === part;
const failures = [];

function agree(what, ok) {
  if (!ok) failures.push(what);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** This process's CPU time in milliseconds: steadier than wall time on a busy machine. */
function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs tasks in `rounds` alternating rounds, timed in CPU time; returns the median over rounds of
 * the ratio of the tasks' median latencies.
 */
async function ratio(baseline, task, rounds) {
  const ratios = [];
  const means = [];
  for (let r = 0; r < rounds; r++) {
    const bench = new Bench(
      smoke
        ? { time: 5, warmupTime: 1, iterations: 2, now: cpuNow }
        : { time: 700, warmupTime: 150, iterations: 8, now: cpuNow },
    );
    bench.add('baseline', baseline);
    bench.add('task', task);
    await bench.run();
    const [b, t] = bench.tasks.map((x) => x.result.latency.p50);
    ratios.push(t / b);
    means.push([b, t]);
  }
  return {
    ratio: median(ratios),
    baseline: median(means.map((m) => m[0])),
    task: median(means.map((m) => m[1])),
  };
}

const ctxResult = parseExportContext(context);
if (!ctxResult.ok) throw new Error('bench context is invalid');
const ctx = ctxResult.value;

/**
 * The library pipeline: parse → export. `exportChangeOrder`, the one export path, checks the rules
 * (every one but the three Send gates, which decide who may press Send), groups and sums the lines
 * and maps in one pass; on a refusal its first violation is the first failing rule. This is what
 * `cco-erp map` runs.
 */
function pipeline(text) {
  const read = parseChangeOrder(JSON.parse(text));
  if (!read.ok) return `!${read.error[0].code}`;
  const mapped = exportChangeOrder(read.value, ctx);
  return mapped.ok ? mapped.value.total : mapped.error[0].code;
}

/**
 * The pipeline against the CCO's commitment with its schedule of values (parsed once, as the CLI's
 * `--commitments` file is): the SOV and vendor rules run too, and the export carries the ERP keys.
 */
function pipelineWithCommitment(text, commitment) {
  const read = parseChangeOrder(JSON.parse(text));
  if (!read.ok) return `!${read.error[0].code}`;
  const mapped = exportChangeOrder(read.value, ctx, { commitment });
  return mapped.ok ? mapped.value.total : mapped.error[0].code;
}

/** The same with a separate `validate()` first (the gates too): the rules then run twice. */
function pipelineValidateFirst(text) {
  const read = parseChangeOrder(JSON.parse(text));
  if (!read.ok) return `!${read.error[0].code}`;
  const first = validate(read.value, ctx);
  if (first !== undefined) return first.code;
  const mapped = exportChangeOrder(read.value, ctx);
  return mapped.ok ? mapped.value.total : mapped.error[0].code;
}

/** The rules an export leaves out: the Send gates. */
const GATES = new Set(rules.filter((r) => r.gate).map((r) => r.code));

/**
 * The export of a CCO against the plain path, byte for byte: a refusal lists what `validateAll`
 * finds but the gates (codes, paths, messages, in order); an export's total is the BigInt sum of
 * its lines, its lines' amounts the BigInt sums of their groups, and its description a prefix of the
 * CCO's.
 */
function agreesWithPlainPath(co, what) {
  const parsed = parseChangeOrder(co);
  if (!parsed.ok) return;
  const exported = exportChangeOrder(parsed.value, ctx);
  const plain = validateAll(parsed.value, ctx).filter((v) => !GATES.has(v.code));
  if (!exported.ok) {
    agree(
      `${what}: the export's violations equal validateAll's`,
      JSON.stringify(exported.error) === JSON.stringify(plain),
    );
    return;
  }
  agree(`${what}: an export has no violation in validateAll but the gates`, plain.length === 0);
  const sums = new Map();
  for (const l of co.lineItems)
    sums.set(l.commitmentLineItemId, (sums.get(l.commitmentLineItemId) ?? 0n) + cents(l.amount));
  agree(
    `${what}: each exported line is the BigInt sum of its group`,
    exported.value.lines.every((l) => l.amount === formatCents(sums.get(l.commitmentLineItemId))),
  );
  agree(
    `${what}: the total is the BigInt sum of the lines`,
    exported.value.total === formatCents(co.lineItems.reduce((s, l) => s + cents(l.amount), 0n)),
  );
  const d = exported.value.description ?? '';
  agree(`${what}: the description exported is a prefix of the CCO's`, co.description.startsWith(d));
}

/** Exact cents of a decimal string with at most two decimals, as a BigInt. */
function cents(a) {
  const neg = a.charCodeAt(0) === 45;
  const s = neg ? a.slice(1) : a;
  const dot = s.indexOf('.');
  const c = BigInt(dot < 0 ? `${s}00` : s.slice(0, dot) + s.slice(dot + 1).padEnd(2, '0'));
  return neg ? -c : c;
}

function formatCents(c) {
  const neg = c < 0n;
  const s = String(neg ? -c : c).padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** The BigInt-cents oracle of the aggregation: a sum per commitment line, in first-seen order. */
function centsAggregate(lines) {
  const sums = new Map();
  for (const l of lines)
    sums.set(l.commitmentLineItemId, (sums.get(l.commitmentLineItemId) ?? 0n) + cents(l.amount));
  return [...sums].map(([id, c]) => ({ id, amount: formatCents(c) }));
}

const results = [];

// 1. The pipeline per CCO, as a ratio to JSON.parse of the same text.
// `long`: 10-line CCOs with a 10 KB description (cut at a grapheme boundary for Sage's Scope).
const PIPELINE_TARGETS = { 1: 1.8, 10: 1.4, long: 2 };
for (const size of wanted('pipeline') ? [1, 10, 'long', 100, 1000] : []) {
  const long = size === 'long';
  const lines = long ? 10 : size;
  const rng = prng(long ? 10_000 : lines);
  const count = smoke ? 5 : Math.max(20, Math.round(4000 / lines));
  const cos = Array.from({ length: count }, (_, i) =>
    long ? withLongDescription(changeOrder(rng, lines, i), rng, 10_000) : changeOrder(rng, lines, i),
  );
  const texts = cos.map((co) => JSON.stringify(co));
  for (let i = 0; i < count; i++) {
    const out = pipeline(texts[i]);
    agree(`both pipelines agree on a ${lines}-line CCO`, out === pipelineValidateFirst(texts[i]));
    const expected = validate(parseChangeOrder(cos[i]).value, ctx);
    if (expected === undefined) {
      const total = formatCents(cos[i].lineItems.reduce((s, l) => s + cents(l.amount), 0n));
      agree(`pipeline total of a ${lines}-line CCO equals the BigInt oracle`, out === total);
    } else agree(`pipeline finds the first failing rule of a ${lines}-line CCO`, out === expected.code);
    agreesWithPlainPath(cos[i], `a ${lines}-line CCO${long ? ' with a 10 KB description' : ''}`);
  }
  const r = await ratio(
    () => {
      for (const t of texts) JSON.parse(t);
    },
    () => {
      for (const t of texts) pipeline(t);
    },
    smoke ? 1 : 5,
  );
  const bytes = texts.reduce((s, t) => s + t.length, 0) / count;
  const target = PIPELINE_TARGETS[size];
  results.push({
    measure: `pipeline, ${lines}-line CCO${long ? ' with a 10 KB description' : ''} (${Math.round(bytes)} B)`,
    ratio: `${r.ratio.toFixed(2)}× JSON.parse`,
    detail: `${((r.task / count) * 1000).toFixed(1)} µs vs ${((r.baseline / count) * 1000).toFixed(1)} µs per CCO`,
    target: target === undefined ? '' : `≤ ${target}×`,
    met: target === undefined ? undefined : r.ratio <= target,
  });
  if (size === 10) {
    const v = await ratio(
      () => {
        for (const t of texts) JSON.parse(t);
      },
      () => {
        for (const t of texts) pipelineValidateFirst(t);
      },
      smoke ? 1 : 5,
    );
    // The same CCOs against their commitments (10 SOV lines each), as a ratio to the pipeline without.
    const commitments = cos.map((co) => {
      const read = parseCommitment(commitmentOf(co, 10));
      if (!read.ok) throw new Error(`bench commitment is invalid: ${JSON.stringify(read.error[0])}`);
      return read.value;
    });
    for (let i = 0; i < count; i++) {
      agree(
        'the pipeline with the commitment agrees with the pipeline without',
        pipelineWithCommitment(texts[i], commitments[i]) === pipeline(texts[i]),
      );
    }
    const w = await ratio(
      () => {
        for (const t of texts) pipeline(t);
      },
      () => {
        for (let i = 0; i < count; i++) pipelineWithCommitment(texts[i], commitments[i]);
      },
      // Two pipelines this close need more rounds than a ratio to JSON.parse to steady the median.
      smoke ? 1 : 9,
    );
    results.push({
      measure: `  the same against its commitment (10 SOV lines)`,
      ratio: `${w.ratio.toFixed(2)}× the pipeline without`,
      detail: `${((w.task / count) * 1000).toFixed(1)} µs vs ${((w.baseline / count) * 1000).toFixed(1)} µs per CCO`,
      target: '≤ 1.2×',
      met: w.ratio <= 1.2,
    });
    results.push({
      measure: `  the same with a separate validate() first`,
      ratio: `${v.ratio.toFixed(2)}× JSON.parse`,
      detail: `${((v.task / count) * 1000).toFixed(1)} µs vs ${((v.baseline / count) * 1000).toFixed(1)} µs per CCO (the rules run twice)`,
      target: '',
      met: undefined,
    });
  }
}

// 2. Aggregation of 100k modifications, as a ratio to a BigInt-cents sum.
if (wanted('aggregate')) {
  const rng = prng(2);
  const n = smoke ? 2000 : 100_000;
  const lineItems = Array.from({ length: n }, (_, i) => ({
    id: String(i),
    commitmentLineItemId: String(int(rng, smoke ? 50 : 1000)),
    description: 'Modification',
    amount: amount(rng, 7),
  }));
  const aggregated = aggregateLineItems(lineItems);
  if (!aggregated.ok) throw new Error(JSON.stringify(aggregated.error[0]));
  const ours = aggregated.value.map((l) => ({ id: l.commitmentLineItemId, amount: l.amount }));
  agree(
    'aggregation equals the BigInt-cents oracle',
    JSON.stringify(ours) === JSON.stringify(centsAggregate(lineItems)),
  );
  const r = await ratio(
    () => centsAggregate(lineItems),
    () => aggregateLineItems(lineItems),
    smoke ? 1 : 5,
  );
  results.push({
    measure: `aggregation of ${n.toLocaleString('en')} modifications`,
    ratio: `${r.ratio.toFixed(2)}× BigInt cents`,
    detail: `${r.task.toFixed(1)} ms vs ${r.baseline.toFixed(1)} ms`,
    target: '≤ 1.0×',
    met: r.ratio <= 1,
  });
}

function int(rng, n) {
  return Math.floor(rng() * n);
}

// 3. The CLI over a generated NDJSON stream, as a ratio to read + JSON.parse of the same stream.
if (wanted('cli')) {
  const total = Number(process.env.BENCH_CCOS ?? (smoke ? 2000 : 1_000_000));
  const mark = Math.min(100_000, Math.floor(total / 10));
  const pool = ndjsonPool(6, smoke ? 200 : 4096, 10);
  const contextFile = join(tmpdir(), `cco-erp-bench-context-${process.pid}.json`);
  writeFileSync(contextFile, JSON.stringify(context));
  const floor = await stream(['bench/floor.mjs'], total, mark);
  const cli = await stream(['dist/cli/main.js', 'check', '--context', contextFile], total, mark, true);
  agree('the floor read every line', floor.stdout.trim() === String(total));
  agree('the CLI wrote one result per CCO', cli.lines === total);
  agree('the CLI exits 1 (some generated CCOs break rules)', cli.code === 1);
  // The first results, against the library run in this process.
  const rows = cli.head.split('\n').filter((l) => l !== '');
  rows.forEach((row, k) => {
    const r = JSON.parse(row);
    const v = validate(parseChangeOrder(JSON.parse(poolLine(pool, k))).value, ctx);
    agree(
      'CLI results agree with the library',
      r.line === k + 1 && r.ok === (v === undefined) && (v === undefined || r.violations[0].code === v.code),
    );
  });
  const ratioCli = floor.cpuSeconds / cli.cpuSeconds;
  const gb = (cli.bytes / 1e9).toFixed(2);
  const rate = (run, seconds) => Math.round(total / run[seconds]).toLocaleString('en');
  results.push({
    measure: `CLI check, ${total.toLocaleString('en')} 10-line CCOs (${gb} GB NDJSON through a pipe)`,
    ratio: `${ratioCli.toFixed(3)} of the floor's throughput (CPU time); ${(floor.seconds / cli.seconds).toFixed(3)} by wall time`,
    detail: `${rate(cli, 'cpuSeconds')} CCOs per CPU-second vs ${rate(floor, 'cpuSeconds')} (read + split + JSON.parse); wall ${rate(cli, 'seconds')} vs ${rate(floor, 'seconds')} CCOs/s`,
    target: '≥ 0.8',
    met: ratioCli >= 0.8,
  });
  const peak = cli.maxRssMB;
  const atMark = cli.series[0]?.hwm ?? peak;
  results.push({
    measure: 'CLI peak RSS',
    ratio: `${peak.toFixed(0)} MB (floor ${floor.maxRssMB.toFixed(0)} MB)`,
    detail: `peak so far at each ${mark.toLocaleString('en')} CCOs: ${cli.series.map((x) => x.hwm.toFixed(0)).join(', ')} MB`,
    target: '≤ 160 MB, no growth after the first mark',
    met: peak <= 160 && peak <= atMark * 1.1,
  });
}

/**
 * Streams `total` generated lines into `node args…`: wall time, CPU time and peak RSS (reported by
 * the child itself, bench/report.cjs), the peak RSS at every `mark` output lines, the output.
 */
function stream(args, total, mark, keepHead = false) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-r', './bench/report.cjs', ...args], {
      cwd: join(here, '..'),
      stdio: ['pipe', 'pipe', 'ignore', 'pipe'],
    });
    const pool = ndjsonPool(6, smoke ? 200 : 4096, 10);
    const series = [];
    let lines = 0;
    let bytes = 0;
    let head = '';
    let stdout = '';
    let report = '';
    child.stdio[3].on('data', (chunk) => {
      report += chunk;
    });
    child.stdout.on('data', (chunk) => {
      if (!keepHead) {
        stdout += chunk;
        return;
      }
      if (head.length < 4_000_000) head += chunk;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) {
        if (++lines % mark === 0) series.push({ lines, hwm: peakSoFar(child.pid) });
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const { cpuSeconds, maxRssMB } = JSON.parse(report);
      const seconds = (performance.now() - started) / 1000;
      resolve({ code, seconds, cpuSeconds, maxRssMB, series, lines, bytes, head, stdout });
    });
    (async () => {
      let k = 0;
      while (k < total) {
        let batch = '';
        while (k < total && batch.length < 1 << 20) batch += poolLine(pool, k++);
        bytes += Buffer.byteLength(batch);
        if (!child.stdin.write(batch)) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end();
    })().catch(reject);
  });
}

/** The peak RSS of a running process so far, in MB (Linux; 0 elsewhere). */
function peakSoFar(pid) {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return hwm ? Number(hwm[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

console.log(`cco-erp benchmarks${smoke ? ' (smoke: tiny inputs, targets not checked)' : ''}`);
console.log(`node ${process.version}, ${availableParallelism()} CPUs, ${new Date().toISOString()}\n`);
for (const r of results) {
  const met = smoke || r.met === undefined ? '' : r.met ? '  met' : '  NOT met';
  const target = r.target && !smoke ? ` (target ${r.target})` : '';
  console.log(`${r.measure}\n  ${r.ratio}${target}${met}\n  ${r.detail}`);
}
if (failures.length > 0) {
  console.error(`\nOutputs disagree:\n${[...new Set(failures)].map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nOutputs agree.');
