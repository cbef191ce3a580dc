// A real JSON Schema validator (Ajv, draft 2020-12) and the library agree on which inputs are
// valid: the shipped examples, 1,000 generated change orders and 1,000 near-misses of them, and the
// same for contexts and profiles. The one difference is documented (docs/other-languages.md): the
// schema cannot know which time zones the runtime's Intl knows, so a well-formed unknown zone
// passes the schema and is refused by parseExportContext; those cases, and only those, are excluded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChangeOrder, parseCommitment, parseExportContext, parseVendorLink } from '../../src/parse.js';
import { builtInProfiles } from '../../src/profiles/builtInProfiles.js';
import { ErpProfileSchema } from '../../src/profiles/ErpProfile.js';
import {
  changeOrderArb,
  commitmentArb,
  exportContextArb,
  vendorLinkArb,
} from '../../src/testing/arbitraries.js';
import { isTimeZone } from '../../src/time/zone.js';
import { sendable, sendingContext } from '../fixtures.js';
import { nearMiss, ROOT, validatorFor, viaJson } from './helpers.js';

const bySchema = {
  changeOrder: validatorFor('change-order'),
  context: validatorFor('export-context'),
  profile: validatorFor('erp-profile'),
  commitment: validatorFor('commitment'),
  vendorLink: validatorFor('vendor-link'),
};

/** Counts of what a property saw, to show it saw both kinds. */
function tally() {
  const seen = { accepted: 0, refused: 0 };
  return {
    seen,
    note: (accepted: boolean) => {
      seen[accepted ? 'accepted' : 'refused']++;
    },
  };
}

describe('change-order.json and parseChangeOrder', () => {
  it('agree on every example of examples/change-orders', () => {
    const dir = join(ROOT, 'examples', 'change-orders');
    const verdicts = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((file) => {
        const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        const accepted = parseChangeOrder(json).ok;
        expect(bySchema.changeOrder(json), file).toBe(accepted);
        return [file, accepted] as const;
      });
    // 07 sends its amount as a JSON number, on purpose; the others are readable.
    expect(verdicts.filter(([, ok]) => !ok).map(([f]) => f)).toEqual(['07-amount-as-json-number.json']);
    expect(verdicts.length).toBeGreaterThanOrEqual(8);
  });

  it('both accept 1,000 generated change orders', () => {
    fc.assert(
      fc.property(changeOrderArb(), (co) => {
        const json = viaJson(co);
        expect(parseChangeOrder(json).ok).toBe(true);
        expect(bySchema.changeOrder(json)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('agree on 1,000 near-misses: wrong types, bad amounts, statuses and instants, missing and extra fields', () => {
    const { seen, note } = tally();
    fc.assert(
      fc.property(nearMiss(changeOrderArb()), (json) => {
        const accepted = parseChangeOrder(json).ok;
        note(accepted);
        expect(bySchema.changeOrder(json), JSON.stringify(json).slice(0, 400)).toBe(accepted);
      }),
      { numRuns: 1000 },
    );
    expect(seen.accepted).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(200);
  });

  it('agree on the cases that taught us something', () => {
    const base = viaJson(sendable());
    const line = { id: '1', commitmentLineItemId: 'A', description: 'x', amount: '1.00' };
    const cases: unknown[] = [
      { ...base, status: 'Not Pricing' },
      { ...base, status: ' not - pricing\u3000' },
      { ...base, status: 'not__pricing' },
      { ...base, createdAt: '2024-02-29T00:00Z' },
      { ...base, createdAt: '2023-02-29T00:00Z' },
      { ...base, createdAt: '2024-03-10T07:30:00Z\n' },
      { ...base, lineItems: [{ ...line, amount: '1.00\n' }] },
      { ...base, lineItems: [{ ...line, amount: '١' }] },
      { ...base, lineItems: [{ ...line, amount: 1 }] },
      { ...base, lineItems: [{ ...line, quantity: '2.5', unitCost: '0.40' }] },
      { ...base, lineItems: [{ ...line, quantity: '2,5' }] },
      { ...base, erpStatus: undefined },
      { ...base, erpId: null },
      { ...base, id: '' },
    ];
    for (const value of cases.map(viaJson)) {
      expect(bySchema.changeOrder(value), JSON.stringify(value).slice(0, 300)).toBe(
        parseChangeOrder(value).ok,
      );
    }
  });
});

describe('export-context.json and parseExportContext', () => {
  /** The documented difference: a name of a zone's shape that the runtime does not know. */
  const unknownZoneOnly = (json: unknown, issues: readonly { code: string; path: readonly unknown[] }[]) => {
    const zone = (json as { project?: { timeZone?: unknown } } | null)?.project?.timeZone;
    return (
      typeof zone === 'string' &&
      !isTimeZone(zone) &&
      issues.every((i) => i.code === 'invalid_time_zone' && i.path.join('/') === 'project/timeZone')
    );
  };

  const zones = fc.oneof(
    fc.constantFrom(
      'Mars/Olympus',
      'Not_A_Zone',
      '+05:00',
      'utc',
      'us/pacific',
      'America/New York',
      'x'.repeat(65),
    ),
    fc.string({ maxLength: 12 }),
  );
  const withZones = fc
    .tuple(exportContextArb(), zones)
    .map(([context, timeZone]) => viaJson({ ...context, project: { ...context.project, timeZone } }));

  it('agree on generated contexts and their near-misses, but for zones the runtime does not know', () => {
    const { seen, note } = tally();
    let excluded = 0;
    fc.assert(
      fc.property(
        fc.oneof(exportContextArb().map(viaJson), nearMiss(exportContextArb()), withZones),
        (json) => {
          const parsed = parseExportContext(json);
          note(parsed.ok);
          const schema = bySchema.context(json);
          if (!parsed.ok && schema && unknownZoneOnly(json, parsed.error)) {
            excluded++;
            return;
          }
          expect(schema, JSON.stringify(json)).toBe(parsed.ok);
        },
      ),
      { numRuns: 1000 },
    );
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
    expect(excluded).toBeGreaterThan(0);
  });

  it('differ on an unknown zone of the right shape, and only there', () => {
    const context = viaJson(sendingContext);
    const mars = { ...context, project: { ...context.project, timeZone: 'Mars/Olympus' } };
    expect(bySchema.context(mars)).toBe(true);
    expect(parseExportContext(mars).ok).toBe(false);
    for (const zone of ['+05:00', 'x'.repeat(65), 'America/New York', '']) {
      const json = { ...context, project: { ...context.project, timeZone: zone } };
      expect(bySchema.context(json), zone).toBe(false);
      expect(parseExportContext(json).ok, zone).toBe(false);
    }
  });
});

describe('erp-profile.json and ErpProfileSchema', () => {
  const profiles = fc.constantFrom(...Object.values(builtInProfiles));

  it('both accept every built-in profile', () => {
    for (const [name, profile] of Object.entries(builtInProfiles)) {
      expect(bySchema.profile(viaJson(profile)), name).toBe(true);
      expect(ErpProfileSchema.safeParse(viaJson(profile)).success, name).toBe(true);
    }
  });

  /**
   * The one difference, documented: zod never reads a `__proto__` key of a record (it could set a
   * prototype), so `messages: { "__proto__": … }` is accepted and the key dropped; the schema
   * refuses it, rather than publish `__proto__` as a key of the contract.
   */
  const protoMessage = (json: unknown) => {
    if (typeof json !== 'object' || json === null) return false;
    const messages = (json as { messages?: unknown }).messages;
    return typeof messages === 'object' && messages !== null && Object.hasOwn(messages, '__proto__');
  };

  it('agree on 1,000 near-misses of them, but for a __proto__ key in messages', () => {
    const { seen, note } = tally();
    fc.assert(
      fc.property(nearMiss(profiles), (json) => {
        const accepted = ErpProfileSchema.safeParse(json).success;
        note(accepted);
        if (protoMessage(json)) {
          expect(bySchema.profile(json)).toBe(false);
          return;
        }
        expect(bySchema.profile(json), JSON.stringify(json).slice(0, 400)).toBe(accepted);
      }),
      { numRuns: 1000 },
    );
    expect(seen.accepted).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(200);
  });

  it('agree on limits at the edges of an integer', () => {
    const base = viaJson(builtInProfiles.sage300Cre);
    for (const maxLength of [0, 1, -1, 1.5, 2 ** 53 - 1, 2 ** 53, null, '30']) {
      const json = { ...base, title: { maxLength } };
      expect(bySchema.profile(json), String(maxLength)).toBe(ErpProfileSchema.safeParse(json).success);
    }
    const messages = { ...base, messages: { title_too_long: 'Keep it short.', not_a_key: 'x' } };
    expect(bySchema.profile(messages)).toBe(false);
    expect(ErpProfileSchema.safeParse(messages).success).toBe(false);
    const proto = JSON.parse('{"__proto__": "x"}');
    expect(protoMessage({ messages: proto })).toBe(true);
    expect(bySchema.profile({ ...base, messages: proto })).toBe(false);
    expect(ErpProfileSchema.safeParse({ ...base, messages: proto }).success).toBe(true);
  });
});

describe('commitment.json and parseCommitment', () => {
  /** The documented difference: JSON Schema cannot say that no two SOV lines share an id. */
  const duplicateIdOnly = (issues: readonly { code: string }[]) =>
    issues.every((i) => i.code === 'duplicate_line_item');

  it('agree on examples/commitments.json', () => {
    const list = JSON.parse(readFileSync(join(ROOT, 'examples', 'commitments.json'), 'utf8')) as unknown[];
    expect(list.length).toBeGreaterThan(0);
    for (const json of list) {
      expect(parseCommitment(json).ok).toBe(true);
      expect(bySchema.commitment(json)).toBe(true);
    }
  });

  it('agree on 1,000 generated commitments and near-misses, but for a line id given twice', () => {
    const { seen, note } = tally();
    let excluded = 0;
    fc.assert(
      fc.property(fc.oneof(commitmentArb().map(viaJson), nearMiss(commitmentArb())), (json) => {
        const parsed = parseCommitment(json);
        note(parsed.ok);
        const schema = bySchema.commitment(json);
        if (!parsed.ok && schema && duplicateIdOnly(parsed.error)) {
          excluded++;
          return;
        }
        expect(schema, JSON.stringify(json).slice(0, 400)).toBe(parsed.ok);
      }),
      { numRuns: 1000 },
    );
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
    expect(excluded).toBeLessThan(50);
  });

  it('differ on a line id given twice, and only there', () => {
    const [first] = JSON.parse(readFileSync(join(ROOT, 'examples', 'commitments.json'), 'utf8')) as {
      sov: { id: string }[];
    }[];
    const line = first!.sov[0]!;
    const twice = { ...first, sov: [line, { ...line }] };
    expect(bySchema.commitment(twice)).toBe(true);
    const parsed = parseCommitment(twice);
    expect(!parsed.ok && parsed.error.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_line_item', ['sov', 1, 'id']],
    ]);
  });
});

describe('vendor-link.json and parseVendorLink', () => {
  it('agree on examples/vendor-links.json', () => {
    const list = JSON.parse(readFileSync(join(ROOT, 'examples', 'vendor-links.json'), 'utf8')) as unknown[];
    for (const json of list) {
      expect(parseVendorLink(json).ok).toBe(true);
      expect(bySchema.vendorLink(json)).toBe(true);
    }
  });

  it('agree on 1,000 generated links, their near-misses, and blank vendor ids of every white space', () => {
    const { seen, note } = tally();
    const blanks = fc
      .tuple(
        vendorLinkArb(),
        fc.array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\u3000', 'x', '\u0085'), {
          maxLength: 4,
        }),
      )
      .map(([link, chars]) => viaJson({ ...link, erpVendorId: chars.join('') }));
    fc.assert(
      fc.property(fc.oneof(vendorLinkArb().map(viaJson), nearMiss(vendorLinkArb()), blanks), (json) => {
        const accepted = parseVendorLink(json).ok;
        note(accepted);
        expect(bySchema.vendorLink(json), JSON.stringify(json)).toBe(accepted);
      }),
      { numRuns: 1000 },
    );
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
  });
});
