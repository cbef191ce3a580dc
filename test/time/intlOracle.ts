// The oracle of the zone tests: what Intl.DateTimeFormat itself shows, read by part type
// (formatToParts), era-aware. It shares no code with src/time/zone.ts, which reads the offset text.
import fc from 'fast-check';

const DAY = 86_400_000;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const wallFormats = new Map<string, Intl.DateTimeFormat>();

function format(cache: Map<string, Intl.DateTimeFormat>, zone: string, options: Intl.DateTimeFormatOptions) {
  let f = cache.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, ...options });
    cache.set(zone, f);
  }
  return f;
}

/** The astronomical year (1 BC is 0, 2 BC is −1) and month and day of `parts`. */
function readDate(parts: Intl.DateTimeFormatPart[]): { year: number; month: number; day: number } {
  const get = (type: string) => {
    const part = parts.find((p) => p.type === type);
    if (part === undefined) throw new Error(`Intl gave no ${type}: ${JSON.stringify(parts)}`);
    return part.value;
  };
  const year = Number(get('year'));
  return {
    year: get('era') === 'BC' ? 1 - year : year,
    month: Number(get('month')),
    day: Number(get('day')),
  };
}

/**
 * The calendar date Intl shows for the instant in the zone: `YYYY-MM-DD` when the year has four
 * digits (1..9999), else `out of range: <year>`.
 */
export function intlDate(epochMillis: number, zone: string): string {
  const parts = format(dateFormats, zone, {
    era: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epochMillis);
  const { year, month, day } = readDate(parts);
  if (year < 1 || year > 9999) return `out of range: ${year}`;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The wall-clock time Intl shows, as milliseconds of a UTC-based count (whole seconds). */
export function intlWall(epochMillis: number, zone: string): number {
  const parts = format(wallFormats, zone, {
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(epochMillis);
  const { year, month, day } = readDate(parts);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return date.getTime();
}

/** The zone's offset at the instant by Intl's wall clock, in milliseconds. */
export function intlOffset(epochMillis: number, zone: string): number {
  return intlWall(epochMillis, zone) - Math.floor(epochMillis / 1000) * 1000;
}

/** Whether the zone's offset changes between one hour before and one hour after the instant. */
export function nearTransition(epochMillis: number, zone: string): boolean {
  return intlOffset(epochMillis - 3_600_000, zone) !== intlOffset(epochMillis + 3_600_000, zone);
}

/** Whether the instant is within one minute of a local midnight in the zone. */
export function nearMidnight(epochMillis: number, zone: string): boolean {
  const ofDay = ((intlWall(epochMillis, zone) % DAY) + DAY) % DAY;
  return ofDay < 60_000 || ofDay >= DAY - 60_000;
}

/** The zone's offset as Intl writes it (`GMT-04:56:02`): equal texts, equal offsets. */
function offsetText(epochMillis: number, zone: string): string {
  const text = format(offsetFormats, zone, { timeZoneName: 'longOffset' }).format(epochMillis);
  return text.slice(text.lastIndexOf('GMT'));
}
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The instant (to the millisecond) in `(lo, hi]` where the zone's offset first differs from the
 * offset at `lo`, given that it differs at `hi`.
 */
export function transitionBetween(lo: number, hi: number, zone: string): number {
  const first = offsetText(lo, zone);
  let a = lo;
  let b = hi;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetText(mid, zone) === first) a = mid;
    else b = mid;
  }
  return b;
}

const YEAR_1800 = Date.UTC(1800, 0, 1);
const YEAR_2200 = Date.UTC(2200, 0, 1);
const STEP = 30 * DAY;
const brackets = new Map<string, number[]>();

/**
 * The starts of the 30-day steps from 1800 to 2200 across which the zone's offset changes: one per
 * transition, except for offsets that last less than 30 days. Found once per zone.
 */
export function transitionSteps(zone: string): readonly number[] {
  let found = brackets.get(zone);
  if (found === undefined) {
    found = [];
    let before = offsetText(YEAR_1800, zone);
    for (let t = YEAR_1800; t < YEAR_2200; t += STEP) {
      const after = offsetText(t + STEP, zone);
      if (after !== before) found.push(t);
      before = after;
    }
    brackets.set(zone, found);
  }
  return found;
}

/** Every zone the runtime lists, and links to them that projects carry. */
export const ALL_ZONES: readonly string[] = [
  ...Intl.supportedValuesOf('timeZone'),
  'US/Pacific',
  'US/Eastern',
  'Asia/Calcutta',
  'Europe/Kyiv',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'America/Argentina/ComodRivadavia',
];

/** An offset from an instant: mostly within a second, sometimes a minute or two hours. */
const nudge = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -60_000, max: 60_000 }),
  fc.integer({ min: -7_200_000, max: 7_200_000 }),
);

/**
 * A zone of {@link ALL_ZONES} and an instant in 1800–2200: a third anywhere, a third near one of
 * the zone's offset transitions (when it has one), a third near a local midnight.
 */
export function zoneInstantArb(): fc.Arbitrary<{ zone: string; t: number; kind: string }> {
  const zone = fc.constantFrom(...ALL_ZONES);
  const anywhere = fc.integer({ min: YEAR_1800, max: YEAR_2200 });
  return fc.oneof(
    fc.record({ zone, t: anywhere, kind: fc.constant('anywhere') }),
    fc.tuple(zone, fc.nat(), anywhere, nudge).map(([z, k, from, d]) => {
      const steps = transitionSteps(z);
      const step = steps[k % Math.max(steps.length, 1)];
      return step === undefined
        ? { zone: z, t: from, kind: 'no transition' }
        : { zone: z, t: transitionBetween(step, step + STEP, z) + d, kind: 'transition' };
    }),
    fc.tuple(zone, anywhere, nudge).map(([z, t, d]) => {
      const ofDay = ((intlWall(t, z) % DAY) + DAY) % DAY;
      return { zone: z, t: t - ofDay + d, kind: 'midnight' };
    }),
  );
}
