// `npm run build && node --expose-gc bench/time.mjs`: calendarDate against the one it replaced
// (0.1: @date-fns/tz's tzOffset behind a per-zone hour memo), in one run on the same instants.
//   speed        1M calls in one zone, 1M calls over 50 zones, instants spread over 2 years;
//                100k calls over all 418 zones in turn (more than the 64 the memo keeps)
//   correctness  share of (zone, instant) pairs, all Intl zones, 1800–2200, whose date differs from Intl's
//   memory       heap held after 300 distinct 1 MiB zone names went through calendarDate
// `--smoke` runs 20,000 calls and no memory part; `--only=speed|correctness|memory` runs one part. CPU time, median of 5 alternating rounds.
import { calendarDate as current } from '../dist/index.js';
import { prng } from './data.mjs';

const smoke = process.argv.includes('--smoke');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const wanted = (part) => only === undefined || only === part;
const CALLS = smoke ? 20_000 : 1_000_000;
const ROUNDS = smoke ? 1 : 5;

// ---- The replaced implementation, kept here so the comparison outlives the dependency ----------
// tzOffset of @date-fns/tz 1.5.0 (MIT, © 2024 Sasha Koss, https://github.com/date-fns/tz,
// src/tzOffset/index.ts), as published (comments dropped, the `||=` spelled out for the linter).
const offsetFormatCache = {};
const offsetCache = {};
function tzOffset(timeZone, date) {
  try {
    if (offsetFormatCache[timeZone] === undefined) {
      offsetFormatCache[timeZone] = new Intl.DateTimeFormat('en-US', {
        timeZone,
        timeZoneName: 'longOffset',
      }).format;
    }
    const format = offsetFormatCache[timeZone];
    const offsetStr = format(date).split('GMT')[1];
    if (offsetStr in offsetCache) return offsetCache[offsetStr];
    return calcOffset(offsetStr, offsetStr.split(':'));
  } catch {
    if (timeZone in offsetCache) return offsetCache[timeZone];
    const captures = timeZone?.match(offsetRe);
    if (captures) return calcOffset(timeZone, captures.slice(1));
    return Number.NaN;
  }
}
const offsetRe = /([+-]\d\d):?(\d\d)?/;
function calcOffset(cacheStr, values) {
  const hours = +(values[0] || 0);
  const minutes = +(values[1] || 0);
  const seconds = +(values[2] || 0) / 60;
  offsetCache[cacheStr] =
    hours * 60 + minutes > 0 ? hours * 60 + minutes + seconds : hours * 60 - minutes - seconds;
  return offsetCache[cacheStr];
}
// src/time/calendarDate.ts of cco-erp 0.1 (commit 29eb72a), verbatim in JavaScript.
const HOUR = 3_600_000;
const MAX_HOURS = 50_000;
const hourOffsets = new Map();
function zoneOffsetMillis(epochMillis, timeZone) {
  const hour = Math.floor(epochMillis / HOUR);
  let zone = hourOffsets.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    hourOffsets.set(timeZone, zone);
  }
  const known = zone.get(hour);
  if (known !== undefined) return known;
  const start = tzOffset(timeZone, new Date(hour * HOUR));
  if (start === tzOffset(timeZone, new Date(hour * HOUR + HOUR - 1))) {
    if (zone.size >= MAX_HOURS) zone.clear();
    zone.set(hour, start * 60_000);
    return start * 60_000;
  }
  return tzOffset(timeZone, new Date(epochMillis)) * 60_000;
}
function previous(epochMillis, timeZone) {
  const local = new Date(epochMillis + zoneOffsetMillis(epochMillis, timeZone));
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const d = local.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
// -------------------------------------------------------------------------------------------------

function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU milliseconds of `calls` calls of each, in alternating rounds; the median round of each. */
function race(zones, instants, calls = CALLS) {
  const times = { previous: [], current: [] };
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first; each starts from its own cold memo only in the first round.
    const order = r % 2 === 0 ? ['previous', 'current'] : ['current', 'previous'];
    for (const which of order) {
      const start = cpuNow();
      if (which === 'previous') {
        for (let i = 0; i < calls; i++) sink += previous(instants[i], zones[i % zones.length]).length;
      } else {
        for (let i = 0; i < calls; i++) {
          const r2 = current(instants[i], zones[i % zones.length]);
          sink += r2.ok ? r2.value.length : 0;
        }
      }
      times[which].push(cpuNow() - start);
    }
  }
  if (sink === 0) throw new Error('nothing computed');
  const p = median(times.previous);
  const c = median(times.current);
  return { previous: p, current: c, ratio: c / p, rounds: times };
}

const random = prng(20_240_310);
const START = Date.UTC(2023, 0, 1);
const TWO_YEARS = 2 * 365 * 24 * HOUR;
const instants = Array.from({ length: CALLS }, () => START + Math.floor(random() * TWO_YEARS));
const allZones = Intl.supportedValuesOf('timeZone');
const fifty = Array.from({ length: 50 }, (_, i) => allZones[(i * 8) % allZones.length]);

// Every call agrees with Intl in both implementations on these modern instants (checked here).
const intl = new Map();
function intlDate(t, zone) {
  let f = intl.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    intl.set(zone, f);
  }
  const parts = f.formatToParts(t);
  const get = (type) => parts.find((p) => p.type === type).value;
  const year = get('era') === 'BC' ? 1 - Number(get('year')) : Number(get('year'));
  return `${String(year).padStart(4, '0')}-${get('month')}-${get('day')}`;
}
for (let i = 0; i < 2000; i++) {
  const zone = fifty[i % 50];
  const r = current(instants[i], zone);
  if (!r.ok || r.value !== intlDate(instants[i], zone) || previous(instants[i], zone) !== r.value) {
    throw new Error(`disagreement at ${instants[i]} in ${zone}`);
  }
}

const fmt = (n) => n.toFixed(0).padStart(6);
if (wanted('speed')) {
  const one = race(['US/Pacific'], instants);
  console.log(
    `1 zone,   ${CALLS} calls: previous ${fmt(one.previous)} ms, current ${fmt(one.current)} ms, current/previous ${one.ratio.toFixed(2)}`,
  );
  const many = race(fifty, instants);
  // More zones in turn than the memo keeps (64): each call opens a formatter again (LRU).
  const all = race(allZones, instants, CALLS / 10);
  console.log(
    `${allZones.length} zones in turn, ${CALLS / 10} calls: previous ${fmt(all.previous)} ms, current ${fmt(all.current)} ms, current/previous ${all.ratio.toFixed(2)}; first round (both memos cold): previous ${fmt(all.rounds.previous[0])} ms, current ${fmt(all.rounds.current[0])} ms`,
  );
  console.log(
    `50 zones, ${CALLS} calls: previous ${fmt(many.previous)} ms, current ${fmt(many.current)} ms, current/previous ${many.ratio.toFixed(2)}`,
  );
}

// Correctness over every zone and 1800–2200 (the property of test/time/zone.test.ts, sampled).
if (wanted('correctness')) {
  const SAMPLES = smoke ? 2000 : 100_000;
  let wrongPrevious = 0;
  let wrongCurrent = 0;
  const wrongZones = new Set();
  for (let i = 0; i < SAMPLES; i++) {
    const zone = allZones[Math.floor(random() * allZones.length)];
    const t = Date.UTC(1800, 0, 1) + Math.floor(random() * (Date.UTC(2200, 0, 1) - Date.UTC(1800, 0, 1)));
    const truth = intlDate(t, zone);
    if (previous(t, zone) !== truth) {
      wrongPrevious++;
      wrongZones.add(zone);
    }
    const r = current(t, zone);
    if (!r.ok || r.value !== truth) wrongCurrent++;
  }
  console.log(
    `correctness, ${SAMPLES} (zone, instant) pairs, 1800–2200: previous wrong ${wrongPrevious} (${((100 * wrongPrevious) / SAMPLES).toFixed(2)}%, ${wrongZones.size} zones), current wrong ${wrongCurrent}`,
  );
}

/** The heap and external memory (where large strings may live) after a full collection, in MiB. */
function heapMiB() {
  // Twice: the first collection lets ICU objects of dropped formatters be finalized.
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, external } = process.memoryUsage();
  return (heapUsed + external) / 2 ** 20;
}
const A_MIB = 'A'.repeat(2 ** 20);
/** 300 distinct 1 MiB names, made one at a time (nothing here keeps them). */
function feedHugeNames(date, tag) {
  for (let i = 0; i < 300; i++) date(0, `${tag}${i}/${A_MIB}`);
}
/** Every zone Intl lists (418, more than the 64 remembered), an instant a week for 2 years each. */
function feedAllZones(date) {
  for (const zone of allZones) for (let h = 0; h < 2 * 8760; h += 168) date(START + h * HOUR, zone);
}

if (!smoke && wanted('memory') && typeof globalThis.gc === 'function') {
  // The current one first, so the previous one's leftovers cannot count against it.
  let before = heapMiB();
  feedAllZones(current);
  const currentZones = heapMiB() - before;
  before = heapMiB();
  feedHugeNames(current, 'c');
  const currentHeld = heapMiB() - before;
  before = heapMiB();
  feedAllZones(previous);
  const previousZones = heapMiB() - before;
  before = heapMiB();
  feedHugeNames(previous, 'p');
  const previousHeld = heapMiB() - before;
  const f = (n) => `${n.toFixed(1)} MiB`;
  console.log(
    `memory, 300 distinct 1 MiB zone names: previous holds ${f(previousHeld)}, current ${f(currentHeld)}`,
  );
  console.log(
    `memory, ${allZones.length} zones, an instant a week for 2 years: previous holds ${f(previousZones)}, current ${f(currentZones)} (JS heap and buffers; current's fixed 1 MB buffer is allocated when it loads; ICU's formatters, ~46 kB each, 418 in both, are outside it)`,
  );
} else if (!smoke && wanted('memory')) {
  console.log('memory: run with node --expose-gc to measure it');
}
