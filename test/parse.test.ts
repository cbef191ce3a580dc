import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChangeOrder, parseExportContext } from '../src/parse.js';
import { changeOrderArb, exportContextArb, sendableChangeOrderArb } from '../src/testing/arbitraries.js';
import { exampleContext, rawExample } from './helpers/fixtures.js';

const raw = () =>
  structuredClone(rawExample('01-sendable')) as Record<string, unknown> & {
    lineItems: Record<string, unknown>[];
  };

describe('parseChangeOrder', () => {
  it('reads a valid CCO, normalising the status and defaulting erpStatus', () => {
    const r = parseChangeOrder(raw());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe('approved');
    expect(r.value.erpStatus).toBe('not_sent');
    expect(r.value.lineItems[1]!.amount).toBe('233.0');
  });
  it.each([
    ['Approved', 'approved'],
    ['NOT PRICING', 'not_pricing'],
    ['Pending Billable', 'pending_billable'],
    ['no-charge', 'no_charge'],
    ['void', 'void'],
  ])('normalises status %j to %j', (input, output) => {
    const r = parseChangeOrder({ ...raw(), status: input });
    expect(r.ok && r.value.status).toBe(output);
  });
  it('drops unknown fields', () => {
    const r = parseChangeOrder({ ...raw(), extra: 1 });
    expect(r.ok && 'extra' in r.value).toBe(false);
  });
  it.each([
    [12.5, /JSON number 12\.5/],
    ['1e3', /exponent/],
    ['12,50', /comma/],
    ['', /empty/],
  ])('rejects the amount %j and says why', (amount, why) => {
    const co = raw();
    co.lineItems[0]!.amount = amount;
    const r = parseChangeOrder(co);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toHaveLength(1);
    expect(r.error[0]).toMatchObject({ code: 'invalid_amount', path: ['lineItems', 0, 'amount'] });
    expect(r.error[0]!.message).toMatch(why);
  });
  it('reports every problem, each with code, path and an actionable message', () => {
    const r = parseChangeOrder({
      ...raw(),
      title: undefined,
      number: null,
      createdAt: '2024-03-10',
      status: 'Done',
      lineItems: [{}],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.error.map((i) => [i.path.join('.'), i]));
    expect(byPath.title).toMatchObject({ code: 'missing', message: 'title is required (a string).' });
    expect(byPath.number).toMatchObject({
      code: 'invalid_type',
      message: 'number must be a string, not null.',
    });
    expect(byPath.createdAt).toMatchObject({ code: 'invalid_instant' });
    expect(byPath.createdAt!.message).toMatch(/zone/);
    expect(byPath.status).toMatchObject({ code: 'invalid_value' });
    expect(byPath.status!.message).toMatch(/"approved"/);
    expect(byPath['lineItems.0.id']).toMatchObject({ code: 'missing' });
    expect(byPath['lineItems.0.amount']).toMatchObject({ code: 'invalid_amount' });
  });
  it('rejects empty ids', () => {
    const r = parseChangeOrder({ ...raw(), id: '' });
    expect(!r.ok && r.error[0]).toMatchObject({
      code: 'too_small',
      path: ['id'],
      message: 'id must not be empty.',
    });
  });
  it('says what the root must be', () => {
    for (const input of [null, 'x', 3, [], undefined]) {
      const r = parseChangeOrder(input);
      expect(!r.ok && r.error[0]!.path).toEqual([]);
      expect(!r.ok && r.error[0]!.message).toMatch(/^The input (must be|is required)/);
    }
  });
  it('survives hostile input: __proto__ keys, huge strings, deep nesting, throwing getters', () => {
    const proto = parseChangeOrder(
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(raw()).slice(1)}`),
    );
    expect(proto.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const huge = parseChangeOrder({
      ...raw(),
      description: 'x'.repeat(5_000_000),
      title: 'y'.repeat(5_000_000),
    });
    expect(huge.ok).toBe(true);
    const hugeAmount = raw();
    hugeAmount.lineItems[0]!.amount = '9'.repeat(5_000_000);
    expect(parseChangeOrder(hugeAmount)).toMatchObject({ ok: false, error: [{ code: 'invalid_amount' }] });

    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(parseChangeOrder({ ...raw(), lineItems: deep }).ok).toBe(false);
    expect(parseChangeOrder(deep).ok).toBe(false);

    const trap = Object.defineProperty(raw(), 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseChangeOrder(trap)).toMatchObject({ ok: false, error: [{ code: 'unreadable_input' }] });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(parseChangeOrder(revoked.proxy).ok).toBe(false);
  });
  it('quotes a refused value with quote(): never half an emoji, never 5 MB', () => {
    const status = `${'x'.repeat(59)}👍🏽${'y'.repeat(5_000_000)}`;
    const r = parseChangeOrder({ ...raw(), status });
    expect(r.ok).toBe(false);
    const [issue] = r.ok ? [] : r.error;
    expect(issue).toMatchObject({ code: 'invalid_value', path: ['status'] });
    expect(issue!.message).toContain(`got "${'x'.repeat(59)}…".`);
    expect(issue!.message.length).toBeLessThan(400);
  });
  it('reports a getter that throws what cannot be printed as unreadable_input', () => {
    for (const thrown of [Object.create(null), { toString: () => ({}) }]) {
      const trap = Object.defineProperty(raw(), 'title', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
      expect(parseChangeOrder(trap)).toEqual({
        ok: false,
        error: [
          {
            code: 'unreadable_input',
            path: [],
            message: 'The change order could not be read: an error that cannot be shown',
          },
        ],
      });
    }
  });
  it('never throws on anything', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (input) => {
          const r = parseChangeOrder(input);
          if (!r.ok) for (const i of r.error) expect(typeof i.message).toBe('string');
        },
      ),
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        const r = parseChangeOrder(JSON.parse(text));
        // Random JSON is never a CCO (it lacks the required fields), and every issue is readable.
        expect(r.ok).toBe(false);
        if (!r.ok) for (const i of r.error) expect(i.message.length).toBeGreaterThan(0);
      }),
    );
  });
  it('never throws on a valid CCO with one field replaced by anything', () => {
    fc.assert(
      fc.property(
        sendableChangeOrderArb(),
        fc.constantFrom('id', 'title', 'createdAt', 'commitment', 'lineItems', 'status', 'erpStatus'),
        fc.anything(),
        (co, key, value) => {
          const r = parseChangeOrder({ ...co, [key]: value });
          if (!r.ok) expect(r.error.every((i) => i.path[0] === key)).toBe(true);
        },
      ),
    );
  });
  it('round-trips through JSON', () => {
    fc.assert(
      fc.property(changeOrderArb(), (co) => {
        const r = parseChangeOrder(JSON.parse(JSON.stringify(co)));
        expect(r).toEqual({ ok: true, value: co });
      }),
    );
  });
});

describe('parseExportContext', () => {
  it('reads a valid context', () => {
    expect(exampleContext().project.timeZone).toBe('US/Pacific');
  });
  it('rejects an unknown time zone', () => {
    const r = parseExportContext({
      ...exampleContext(),
      project: { erpSynced: true, timeZone: 'Mars/Olympus' },
    });
    expect(r).toMatchObject({
      ok: false,
      error: [{ code: 'invalid_time_zone', path: ['project', 'timeZone'] }],
    });
    expect(!r.ok && r.error[0]!.message).toMatch(/Mars\/Olympus.*IANA/);
  });
  it('rejects an unknown permission level with the allowed ones', () => {
    const ctx = exampleContext();
    const r = parseExportContext({ ...ctx, user: { ...ctx.user, commitments: 'owner' } });
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'invalid_value', path: ['user', 'commitments'] });
    expect(!r.ok && r.error[0]!.message).toMatch(/"admin"/);
  });
  it('never throws and round-trips', () => {
    fc.assert(fc.property(fc.anything(), (input) => typeof parseExportContext(input).ok === 'boolean'));
    fc.assert(
      fc.property(exportContextArb(), (ctx) => {
        expect(parseExportContext(JSON.parse(JSON.stringify(ctx)))).toEqual({ ok: true, value: ctx });
      }),
    );
  });
});
