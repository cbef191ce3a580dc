// The example change orders of `npm run demo`, under every built-in profile.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtInProfiles,
  type ErpProfile,
  exportChangeOrder,
  parseChangeOrder,
  parseExportContext,
  sage300Cre,
  toSage300Payload,
  validate,
  validateAll,
} from '../../src/index.js';
import { codePointLength } from '../../src/text/codePoints.js';

const dir = new URL('../../examples/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const files = readdirSync(new URL('change-orders/', dir))
  .filter((f) => f.endsWith('.json'))
  .sort();
const profiles = Object.entries(builtInProfiles) as [string, ErpProfile][];

describe('the examples under every built-in profile', () => {
  const context = parseExportContext(read('context.json'));
  if (!context.ok) throw new Error(JSON.stringify(context.error));

  it('the context is read, and an unknown time zone is refused', () => {
    const bad = parseExportContext({
      ...context.value,
      project: { erpSynced: true, timeZone: 'Mars/Olympus' },
    });
    expect(bad.ok ? [] : bad.error.map((i) => [i.code, i.path])).toEqual([
      ['invalid_time_zone', ['project', 'timeZone']],
    ]);
  });

  it.each(files)('%s', (file) => {
    const parsed = parseChangeOrder(read(`change-orders/${file}`));
    if (!parsed.ok) {
      // Only the example about JSON numbers is unreadable, whatever the profile.
      expect(parsed.error.map((i) => i.code)).toEqual(['invalid_amount']);
      expect(file).toMatch(/json-number/);
      return;
    }
    const co = parsed.value;
    for (const [, profile] of profiles) {
      const options = { profile };
      const codes = validateAll(co, context.value, options).map((v) => v.code);
      const max = profile.title.maxLength;
      expect(codes.includes('title_too_long')).toBe(max !== null && codePointLength(co.title) > max);
      if (validate(co, context.value, options) === undefined) {
        expect(exportChangeOrder(co, context.value, options).ok).toBe(true);
      }
    }
    expect(validateAll(co, context.value, { profile: sage300Cre })).toEqual(validateAll(co, context.value));
    expect(toSage300Payload(co, context.value).ok).toBe(validate(co, context.value) === undefined);
  });
});
