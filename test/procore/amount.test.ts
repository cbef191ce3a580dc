import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountFromFloat } from '../../src/procore/internal/amount.js';

describe('amountFromFloat', () => {
  it("returns the library's Result: the decimal string, or why the float is refused", () => {
    expect(amountFromFloat(1250.5)).toEqual({ ok: true, value: '1250.5' });
    expect(amountFromFloat(0.125)).toEqual({ ok: false, error: expect.stringMatching(/3 decimal places/) });
  });

  it('gives back every amount in cents below 2^46 exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 46n) * 100n + 1n, max: 2n ** 46n * 100n - 1n }), (cents) => {
        const x = Number(cents) / 100;
        fc.pre(Math.abs(x) < 2 ** 46);
        const r = amountFromFloat(x);
        expect(r.ok).toBe(true);
        // The decimal string, read as cents, is the amount in cents that was meant.
        const [whole = '0', fraction = ''] = (r.ok ? r.value : '').replace('-', '').split('.');
        const back = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
        expect(cents < 0n ? -back : back).toBe(cents);
      }),
    );
  });
});
