import { err, ok, type Result } from '../result.js';
import { civilText, daysFromCivil } from './civil.js';

/**
 * The longest time-zone name accepted, in UTF-16 units. The longest IANA name is 32 characters
 * (`America/Argentina/ComodRivadavia`); a longer text is refused before `Intl` reads it (`Intl`
 * takes about 9 ms to refuse a 1 MiB name).
 */
export const MAX_TIME_ZONE_LENGTH = 64;

/**
 * Why an instant has no calendar date: the zone is not one the runtime knows, or the date in the
 * zone falls outside 0001-01-01..9999-12-31 (four-digit years, as `YYYY-MM-DD` and the ERPs hold them).
 * @example
 * const problem: DateProblem = 'date_out_of_range';
 */
export type DateProblem = 'invalid_time_zone' | 'date_out_of_range';

/**
 * What a zone name must look like before `Intl` is asked: ASCII letters first, then letters, digits,
 * `/`, `_`, `+`, `-` (every IANA name and link has this shape: `Etc/GMT+5`, `America/Port-au-Prince`).
 * The letter first refuses the fixed offsets (`+05:00`) that newer engines accept as zones.
 */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9/_+-]*$/;

/**
 * Whether `name` is a time zone: a name that the runtime's `Intl` knows (an IANA name such as
 * `America/Los_Angeles`, or a link such as `US/Pacific`, in any letter case, as `Intl` reads them),
 * at most 64 characters (`MAX_TIME_ZONE_LENGTH`). `Intl` is the authority: what it refuses is not
 * a zone. Fixed offsets such as `+05:00` are refused even where the engine accepts them (Node 22,
 * recent browsers; not Node 20): a project's zone carries its daylight-saving rules, and the
 * answer must not depend on the runtime. Never throws.
 * @param name - Any value; only a string can be a zone.
 * @example
 * isTimeZone('US/Pacific') //=> true
 * isTimeZone('Mars/Olympus') //=> false
 * isTimeZone('+05:00') //=> false
 */
export function isTimeZone(name: unknown): boolean {
  return typeof name === 'string' && zones.get(name) !== undefined;
}

/** The first and last days (since 1970-01-01) with a four-digit year. */
const FIRST_DAY = daysFromCivil(1, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);
const DAY = 86_400_000;
const HOUR = 3_600_000;
/**
 * Instants further than two days outside the four-digit years are out of range in every zone (no
 * offset reaches a day), so they are refused before `Intl` is asked; the others are checked exactly.
 */
const FIRST_INSTANT = (FIRST_DAY - 2) * DAY;
const LAST_INSTANT = (LAST_DAY + 3) * DAY;

const INVALID_ZONE = err('invalid_time_zone' as const);
const OUT_OF_RANGE = err('date_out_of_range' as const);

/**
 * The calendar date (`YYYY-MM-DD`) of an instant as seen in `timeZone`: the date a person on the
 * project's site would write down, not the UTC date and not the machine's. It is the date
 * `Intl.DateTimeFormat` shows in that zone, for every zone and instant. Never throws.
 * @param epochMillis - The instant, in milliseconds since 1970-01-01T00:00:00Z (a fraction is
 *   dropped towards zero, as `Date` does).
 * @param timeZone - A zone name (see {@link isTimeZone}).
 * @returns The date, or `invalid_time_zone` for a name that is not a zone, or `date_out_of_range`
 *   when the date in the zone falls outside 0001-01-01..9999-12-31 (or the instant is not a number).
 * @example
 * calendarDate(Date.parse('2024-03-10T07:30:00Z'), 'US/Pacific') //=> { ok: true, value: '2024-03-09' }
 * calendarDate(Date.parse('9999-12-31T23:59:59Z'), 'Pacific/Kiritimati') //=> { ok: false, error: 'date_out_of_range' }
 */
export function calendarDate(epochMillis: number, timeZone: string): Result<string, DateProblem> {
  const zone = zones.get(timeZone);
  if (zone === undefined) return INVALID_ZONE;
  // Also refuses NaN, which fails both comparisons, and a caller's non-number.
  if (typeof epochMillis !== 'number' || !(epochMillis >= FIRST_INSTANT && epochMillis <= LAST_INSTANT)) {
    return OUT_OF_RANGE;
  }
  const t = Math.trunc(epochMillis);
  const offset = zones.offsetMillis(zone, t);
  // Only a runtime whose offset text cannot be read gives NaN: it cannot date in this zone.
  if (Number.isNaN(offset)) return INVALID_ZONE;
  const day = Math.floor((t + offset) / DAY);
  if (day < FIRST_DAY || day > LAST_DAY) return OUT_OF_RANGE;
  return ok(civilText(day));
}

/** A zone the runtime knows: its offset formatter, and where its remembered hours live. */
interface Zone {
  /** Formats an instant as `12/31/1969, GMT-00:44:30`; the offset is read from the end. */
  readonly format: Intl.DateTimeFormat;
  /** The zone's number among the remembered zones, part of the keys of its blocks. */
  readonly slot: number;
  /** The zone's distinct offsets met so far, in seconds: a block holds their codes (index + 1). */
  readonly offsets: number[];
  /** The keys of the zone's blocks, to drop them with the zone. */
  readonly blocks: Set<number>;
}

/**
 * The most zones remembered (more than the 418 zones `Intl` lists in Node 20); the least recently
 * used goes first. Each holds an ICU formatter of about 46 kB outside the JavaScript heap: 512 of
 * them, about 24 MB, are reached only by a process that dates in 512 distinct zone spellings.
 */
export const MAX_ZONES = 512;
/** Hours per block of remembered offsets. */
const BLOCK_HOURS = 256;
/** Codes per block: one per hour, and the next block's first hour. */
const BLOCK_SIZE = BLOCK_HOURS + 1;
/**
 * The most blocks of hours remembered, all zones together, in one buffer of about 1 MB (a byte per
 * hour): 120 zone-years. When it is full, the block claimed longest ago is reused.
 */
export const MAX_BLOCKS = 4096;
/** The most distinct offsets a zone's blocks can name (a byte, 0 meaning "not asked yet"). */
const MAX_CODES = 255;

/**
 * The bounded, pure memo of zones and their offsets. Holds only names `Intl` accepted (at most
 * {@link MAX_ZONES}, each at most {@link MAX_TIME_ZONE_LENGTH} characters) and at most
 * {@link MAX_BLOCKS} blocks of offsets; what it remembers is what it would compute again, so a
 * remembered answer is the answer.
 *
 * Offsets are remembered per UTC hour, in blocks of {@link BLOCK_HOURS} hours: the offset at the
 * start of each hour, asked of `Intl` once. An hour whose start and the next hour's start have the
 * same offset is taken to have that offset throughout (an assumption: no zone is known to change
 * its offset and change it back within one hour; the tests compare with `Intl` over every zone,
 * weighted towards transitions); any other hour asks `Intl` at the instant itself.
 */
class ZoneMemo {
  /** Zone name → zone, least recently used first. */
  private readonly byName = new Map<string, Zone>();
  /** Slot → the zone that holds it, to find the zone of a block. */
  private readonly bySlot: Zone[] = [];
  /** `block number × MAX_ZONES + slot` → the block's place in `codes`. */
  private readonly places = new Map<number, number>();
  /** The blocks: per hour, the code of the offset at its start (0: not asked yet). */
  private readonly codes = new Uint8Array(MAX_BLOCKS * BLOCK_SIZE);
  /** Place → the key of the block claimed there (NaN: none). */
  private readonly owners = new Float64Array(MAX_BLOCKS).fill(Number.NaN);
  /** The place the next block takes: the places are claimed in turn. */
  private nextPlace = 0;
  /** The zone asked for last, to skip the reordering when a caller stays in one zone. */
  private lastName: string | undefined;
  private lastZone: Zone | undefined;

  /** The zone named `name`, or `undefined` when it is not a zone. */
  get(name: string): Zone | undefined {
    if (name === this.lastName) return this.lastZone;
    let zone = this.byName.get(name);
    if (zone === undefined) {
      zone = this.open(name);
      if (zone === undefined) return undefined;
    } else {
      // Most recently used goes last.
      this.byName.delete(name);
    }
    this.byName.set(name, zone);
    this.lastName = name;
    this.lastZone = zone;
    return zone;
  }

  /** The zone's offset at instant `t` (whole milliseconds), in milliseconds, or NaN. */
  offsetMillis(zone: Zone, t: number): number {
    const hour = Math.floor(t / HOUR);
    const blockNumber = Math.floor(hour / BLOCK_HOURS);
    const key = blockNumber * MAX_ZONES + zone.slot;
    const place = this.places.get(key) ?? this.claim(key, zone);
    const at = place * BLOCK_SIZE + hour - blockNumber * BLOCK_HOURS;
    const codes = this.codes;
    const start = codes[at] || remember(codes, at, zone, hour);
    if (start !== 0 && start === (codes[at + 1] || remember(codes, at + 1, zone, hour + 1))) {
      return (zone.offsets[start - 1] ?? Number.NaN) * 1000;
    }
    return offsetSeconds(zone.format, t) * 1000;
  }

  /** A place for a new block: the next in turn, taken from the block that held it, emptied. */
  private claim(key: number, zone: Zone): number {
    const place = this.nextPlace;
    this.nextPlace = place + 1 === MAX_BLOCKS ? 0 : place + 1;
    const previous = this.owners[place] ?? Number.NaN;
    // The block may have left already, with its zone.
    if (this.places.get(previous) === place) {
      this.places.delete(previous);
      this.bySlot[previous - Math.floor(previous / MAX_ZONES) * MAX_ZONES]?.blocks.delete(previous);
    }
    this.owners[place] = key;
    this.places.set(key, place);
    zone.blocks.add(key);
    this.codes.fill(0, place * BLOCK_SIZE, (place + 1) * BLOCK_SIZE);
    return place;
  }

  /** A new zone for `name`, making room for it, or `undefined` when `Intl` does not know it. */
  private open(name: string): Zone | undefined {
    // A JavaScript caller may pass anything; reading it as a string could throw.
    if (typeof name !== 'string' || name.length > MAX_TIME_ZONE_LENGTH || !ZONE_SHAPE.test(name)) {
      return undefined;
    }
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
    } catch {
      return undefined;
    }
    // A runtime whose offset text cannot be read cannot date anything in this zone.
    if (Number.isNaN(offsetSeconds(format, 0))) return undefined;
    let slot = this.byName.size;
    if (slot >= MAX_ZONES) {
      for (const [oldest, zone] of this.byName) {
        this.byName.delete(oldest);
        for (const key of zone.blocks) this.places.delete(key);
        slot = zone.slot;
        break;
      }
    }
    const zone: Zone = { format, slot, offsets: [], blocks: new Set() };
    this.bySlot[slot] = zone;
    return zone;
  }

  /** How much is remembered, for the tests of the bounds. */
  size(): { zones: number; blocks: number } {
    return { zones: this.byName.size, blocks: this.places.size };
  }
}

const zones = new ZoneMemo();

/**
 * Asks `Intl` the offset at the start of hour `hour` and keeps its code at `at`. Returns the code,
 * or 0 when nothing can be kept: an offset that cannot be read, or a zone that already met
 * {@link MAX_CODES} distinct offsets (none is known to have more than a few dozen).
 */
function remember(codes: Uint8Array, at: number, zone: Zone, hour: number): number {
  const offset = offsetSeconds(zone.format, hour * HOUR);
  if (Number.isNaN(offset)) return 0;
  let code = zone.offsets.indexOf(offset) + 1;
  if (code === 0) {
    if (zone.offsets.length >= MAX_CODES) return 0;
    code = zone.offsets.push(offset);
  }
  codes[at] = code;
  return code;
}

/**
 * How much the zone memo holds: `{ zones, blocks }`, never more than {@link MAX_ZONES} and
 * {@link MAX_BLOCKS}. For tests and measurements.
 * @example
 * zoneMemoSize() //=> { zones: 1, blocks: 3 }
 */
export function zoneMemoSize(): { zones: number; blocks: number } {
  return zones.size();
}

/**
 * The zone's offset at instant `t`, in seconds, read from `Intl`'s `longOffset` text (`GMT`,
 * `GMT+05:30`, `GMT-00:44:30`: the sign applies to the hours, minutes and seconds together), or NaN
 * when the text is not of that shape.
 */
function offsetSeconds(format: Intl.DateTimeFormat, t: number): number {
  const text = format.format(t);
  const at = text.lastIndexOf('GMT') + 3;
  if (at === 2) return Number.NaN;
  const n = text.length - at;
  if (n === 0) return 0;
  if (n !== 6 && n !== 9) return Number.NaN;
  const sign = text.charCodeAt(at);
  if ((sign !== 43 && sign !== 45) || text.charCodeAt(at + 3) !== 58) return Number.NaN;
  let seconds = digits(text, at + 1) * 3600 + digits(text, at + 4) * 60;
  if (n === 9) seconds = text.charCodeAt(at + 6) === 58 ? seconds + digits(text, at + 7) : Number.NaN;
  return sign === 45 ? -seconds : seconds;
}

/** The two ASCII digits at `i` as a number, or NaN. */
function digits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}
