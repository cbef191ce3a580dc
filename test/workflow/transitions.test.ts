import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERP_STATUSES, type ErpStatus } from '../../src/model/enums.js';
import { WORKFLOW_ACTIONS } from '../../src/model/history.js';
import { validate } from '../../src/rules/validate.js';
import { sendableChangeOrderArb, sendingContextArb } from '../../src/testing/index.js';
import { findTransition, nextState, transitions } from '../../src/workflow/transitions.js';

describe('transitions', () => {
  it('has at most one edge per state, action and Direct Export setting', () => {
    for (const from of ERP_STATUSES) {
      for (const action of WORKFLOW_ACTIONS) {
        for (const directExport of [false, true]) {
          const matching = transitions.filter(
            (t) =>
              t.from === from &&
              t.action === action &&
              (t.directExport === undefined || t.directExport === directExport),
          );
          expect(matching.length).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('reaches every state from not_sent, and not_sent again from every state', () => {
    const reach = (start: ErpStatus, edges: readonly [ErpStatus, ErpStatus][]) => {
      const seen = new Set([start]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const [a, b] of edges) if (seen.has(a) && !seen.has(b)) grew = seen.add(b).size > 0;
      }
      return seen;
    };
    const forward = transitions.map((t) => [t.from, t.to] as [ErpStatus, ErpStatus]);
    expect([...reach('not_sent', forward)].sort()).toEqual([...ERP_STATUSES].sort());
    const backward = forward.map(([a, b]) => [b, a] as [ErpStatus, ErpStatus]);
    expect([...reach('not_sent', backward)].sort()).toEqual([...ERP_STATUSES].sort());
  });

  it('sends from exactly the states the send rules let through (already_sent)', () => {
    fc.assert(
      fc.property(
        sendableChangeOrderArb({ maxLines: 3, maxDescription: 1000 }),
        sendingContextArb(),
        fc.constantFrom(...ERP_STATUSES),
        (co, ctx, erpStatus) => {
          const canSend =
            findTransition(erpStatus, 'send', ctx.settings?.directExport === true) ??
            findTransition(erpStatus, 'resend', ctx.settings?.directExport === true);
          expect(validate({ ...co, erpStatus }, ctx) === undefined).toBe(canSend !== undefined);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('nextState follows the table, reading Direct Export only for send and resend', () => {
    expect(nextState('not_sent', 'send')).toBe('pending_acceptance');
    expect(nextState('not_sent', 'send', true)).toBe('synced');
    expect(nextState('rejected', 'resend', true)).toBe('synced');
    expect(nextState('rejected', 'send')).toBeUndefined();
    expect(nextState('pending_acceptance', 'accept', true)).toBe('synced');
    expect(nextState('export_failed', 'reject')).toBe('rejected');
    expect(nextState('synced', 'retrieve')).toBeUndefined();
  });
});
