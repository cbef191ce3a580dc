import { readFileSync } from 'node:fs';

// Deterministic benchmark data: a seeded PRNG (mulberry32), so every run measures the same bytes.

/** A PRNG in [0, 1) from a 32-bit seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'rebar slab level formwork pour conduit duct anchor bolt grout labor crane shoring per RFI ASI revised scope east west tower podium façade café'.split(
    ' ',
  );

function int(rng, n) {
  return Math.floor(rng() * n);
}

function words(rng, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += (i === 0 ? '' : ' ') + WORDS[int(rng, WORDS.length)];
  return s;
}

/** An amount with up to `integerDigits` digits and 0–2 decimals, sometimes negative or "233.0". */
export function amount(rng, integerDigits = 6) {
  const whole = String(int(rng, 10 ** integerDigits));
  const places = int(rng, 4);
  const fraction =
    places === 0 ? '' : places === 3 ? '.0' : `.${String(int(rng, 10 ** places)).padStart(places, '0')}`;
  return `${rng() < 0.15 ? '-' : ''}${whole}${fraction}`;
}

/** An ISO instant in 2022–2025 on a working day's hours, in UTC or with an offset. */
function createdAt(rng) {
  const day = Date.UTC(2022, 0, 1) + int(rng, 4 * 365) * 86_400_000;
  const ms = day + (14 + int(rng, 10)) * 3_600_000 + int(rng, 3600) * 1000;
  const iso = new Date(ms).toISOString().slice(0, 19);
  if (rng() < 0.5) return `${iso}Z`;
  return `${new Date(ms - 7 * 3_600_000).toISOString().slice(0, 19)}-07:00`;
}

/**
 * A change order of `lines` lines in our model. About one in ten breaks a rule (title, vendor,
 * status or a line's coding); about a third repeat a commitment line, so aggregation merges lines.
 */
export function changeOrder(rng, lines, index) {
  const broken = rng() < 0.1 ? int(rng, 4) : -1;
  const costCodes = ['01-100', '03-200', '05-120', '09-900', '26-050'];
  const categories = ['L', 'M', 'S', 'E', 'O'];
  const commitmentLines = Math.max(1, Math.ceil(lines * (rng() < 0.33 ? 0.6 : 1)));
  const coding = Array.from({ length: commitmentLines }, () => ({
    cc: costCodes[int(rng, costCodes.length)],
    cat: categories[int(rng, categories.length)],
  }));
  const lineItems = [];
  for (let i = 0; i < lines; i++) {
    const which = i < commitmentLines ? i : int(rng, commitmentLines);
    const { cc, cat } = coding[which];
    const line = {
      id: String(100_000 + index * 10 + i),
      commitmentLineItemId: String(5000 + which),
      description: words(rng, 3 + int(rng, 6)),
      amount: amount(rng),
      costCode: { code: cc, erpId: cc },
      category: { code: cat, erpId: cat },
    };
    if (broken === 3 && i === lines - 1) line.category = { code: cat };
    lineItems.push(line);
  }
  return {
    id: String(1_000_000 + index),
    number: String(1 + int(rng, 999)),
    erpId: `CO${String(int(rng, 1000)).padStart(3, '0')}`,
    title: broken === 0 ? words(rng, 12) : words(rng, 3).slice(0, 30),
    description: words(rng, 10 + int(rng, 40)),
    status: broken === 2 ? 'pending' : rng() < 0.5 ? 'approved' : 'Approved',
    createdAt: createdAt(rng),
    erpStatus: 'not_sent',
    commitment: { id: String(200 + int(rng, 50)), erpId: `SC-${String(int(rng, 1000)).padStart(3, '0')}` },
    contractCompany:
      broken === 1
        ? { id: '47', name: 'Acme Rebar Inc.' }
        : { id: String(40 + int(rng, 20)), name: 'Acme Rebar Inc.', erpVendorId: `V${int(rng, 1000)}` },
    lineItems,
  };
}

/**
 * A change order made by {@link changeOrder} with a description of about `size` characters of words
 * (some non-ASCII): longer than any ERP's field, so the export cuts it at a grapheme boundary.
 */
export function withLongDescription(co, rng, size) {
  let description = '';
  while (description.length < size) description += `${description === '' ? '' : ' '}${words(rng, 8)}`;
  return { ...co, description };
}

/**
 * The commitment of a CCO made by {@link changeOrder}, with `size` SOV lines: one per commitment line
 * its lines modify (synced, coded like the first line on it), then untouched lines up to `size`.
 */
export function commitmentOf(co, size) {
  const sov = [];
  for (const line of co.lineItems) {
    if (sov.some((l) => l.id === line.commitmentLineItemId)) continue;
    sov.push({
      id: line.commitmentLineItemId,
      erpId: `K-${line.commitmentLineItemId}`,
      description: line.description,
      costCode: { code: line.costCode.code, erpId: line.costCode.code },
      category: { code: line.category.code, erpId: line.category.code },
      amount: '10000.00',
    });
  }
  for (let k = sov.length; k < size; k++) {
    sov.push({ id: `untouched-${k}`, erpId: `K-u${k}`, description: 'Untouched line', amount: '500.00' });
  }
  return {
    id: co.commitment.id,
    erpId: `guid-${co.commitment.id}`,
    number: co.commitment.erpId,
    kind: 'subcontract',
    vendorId: co.contractCompany.id,
    sov,
  };
}

/** The export context of the benchmarks: the examples' (a sending user, a synced project in US/Pacific). */
export const context = JSON.parse(readFileSync(new URL('../examples/context.json', import.meta.url), 'utf8'));

/**
 * NDJSON lines for the streaming benchmark: a pool of distinct CCOs, repeated with fresh ids and
 * fresh ERP ids, so a stream of a million is generated as fast as a pipe takes it. Each CCO of the
 * stream has its own ERP CCO ID (base 36 of its index, at most five characters): no two CCOs of a
 * commitment share one, so `duplicate_erp_id` never fires and the run keeps one taken ID per CCO,
 * the most memory the batch rule can need.
 */
export function ndjsonPool(seed, size, lines) {
  const rng = prng(seed);
  return Array.from({ length: size }, (_, i) => {
    const { id: _id, erpId: _erpId, ...rest } = changeOrder(rng, lines, i);
    // The rest of the object, after {"id":"…","erpId":"…", written by poolLine.
    return JSON.stringify(rest).slice(1);
  });
}

/** Line `k` of the stream over `pool`. */
export function poolLine(pool, k) {
  return `{"id":"${1_000_000 + k}","erpId":"${k.toString(36).toUpperCase()}",${pool[k % pool.length]}\n`;
}
