// Which reader the page picks for a pasted value (site/src/detect.ts).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../site/src/detect.js';
import { fromProcoreErpEvent, fromProcoreRest, parseChangeOrder } from '../../src/index.js';

const examples = new URL('../../examples/', import.meta.url);
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, examples), 'utf8'));

describe('detectKind', () => {
  it('reads every change order example as our model, and parseChangeOrder agrees but for 07 (on purpose)', () => {
    for (const file of readdirSync(new URL('change-orders/', examples))) {
      const value = json(`change-orders/${file}`);
      expect([file, detectKind(value)]).toEqual([file, { kind: 'model' }]);
      expect([file, parseChangeOrder(value).ok]).toEqual([file, !file.startsWith('07-')]);
    }
  });

  it('reads the ERP event, whole or its request_data alone, as an event the event adapter takes', () => {
    const event = json('procore/create_commitment_change_order.json') as { request_data: unknown };
    expect(detectKind(event)).toEqual({ kind: 'procore-event', because: 'request_name' });
    expect(detectKind(event.request_data)).toEqual({ kind: 'procore-event', because: 'change_order_items' });
    expect(fromProcoreErpEvent(event.request_data).ok).toBe(true);
  });

  it('reads { changeOrder, lineItems, commitment } as REST payloads, which the REST adapter takes', () => {
    const data = (
      json('procore/create_commitment_change_order.json') as { request_data: Record<string, unknown> }
    ).request_data;
    const rest = {
      changeOrder: data.change_order,
      lineItems: data.change_order_items,
      commitment: data.commitment,
    };
    expect(detectKind(rest)).toEqual({ kind: 'procore-rest', because: 'changeOrder' });
    expect(fromProcoreRest(rest).ok).toBe(true);
  });

  it('falls back to our model for anything without a Procore key, arrays and scalars included', () => {
    const procoreKeys = ['request_name', 'request_data', 'change_order_items', 'change_order', 'changeOrder'];
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
        fc.pre(!isObject || procoreKeys.every((k) => !Object.hasOwn(value, k)));
        expect(detectKind(value)).toEqual({ kind: 'model' });
      }),
    );
  });

  it('looks at own keys only', () => {
    expect(detectKind(Object.create({ request_name: 'x' }))).toEqual({ kind: 'model' });
  });
});
