import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HistoryEntrySchema } from '../../src/model/history.js';
import { parseChangeOrder } from '../../src/parse.js';
import { acceptForExport } from '../../src/workflow/acceptForExport.js';
import { markExportFailed } from '../../src/workflow/markExportFailed.js';
import { rejectExport } from '../../src/workflow/rejectExport.js';
import { sendToErp } from '../../src/workflow/sendToErp.js';
import { transitions } from '../../src/workflow/transitions.js';
import { approver, context, errors, firstError, sendable, value } from './fixtures.js';

/** Send, accept, fail, reject, re-send: one walk through the diagram. */
function walk() {
  const sent = value(sendToErp(sendable, context, { at: '2024-03-11T09:00:00Z' }));
  const accepted = value(acceptForExport(sent, approver)).changeOrder;
  const failed = value(markExportFailed(accepted, { message: 'Vendor ACME is inactive.' }));
  const rejected = value(rejectExport(failed, approver, { comment: 'Re-link the vendor.' }));
  return value(sendToErp(rejected, context));
}

describe('history', () => {
  it('records each step in order: action, actor, from, to, and the comment or message', () => {
    expect(walk().history).toEqual([
      {
        action: 'send',
        actor: 'sender',
        from: 'not_sent',
        to: 'pending_acceptance',
        at: '2024-03-11T09:00:00Z',
      },
      { action: 'accept', actor: 'accounting_approver', from: 'pending_acceptance', to: 'synced' },
      {
        action: 'fail',
        actor: 'erp',
        from: 'synced',
        to: 'export_failed',
        message: 'Vendor ACME is inactive.',
      },
      {
        action: 'reject',
        actor: 'accounting_approver',
        from: 'export_failed',
        to: 'rejected',
        comment: 'Re-link the vendor.',
      },
      { action: 'resend', actor: 'sender', from: 'rejected', to: 'pending_acceptance' },
    ]);
  });

  it('is optional in the model, and a change order with a history round-trips through JSON', () => {
    expect(sendable).not.toHaveProperty('history');
    const co = walk();
    expect(value(parseChangeOrder(JSON.parse(JSON.stringify(co))))).toEqual(co);
  });

  it('is checked by parseChangeOrder, with a path into the bad entry', () => {
    const issues = errors(
      parseChangeOrder({
        ...sendable,
        history: [
          { action: 'send', actor: 'sender', from: 'not_sent', to: 'pending_acceptance' },
          { action: 'teleport', from: 'not_sent', to: 'synced', comment: 5 },
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'history.1.action'],
      // An absent field is 'missing', whatever its type.
      ['missing', 'history.1.actor'],
      ['invalid_type', 'history.1.comment'],
    ]);
    expect(issues[0]?.message).toContain('"teleport"');
    expect(issues[2]?.message).toBe('history[1].comment must be a string, not a number.');
    expect(firstError(parseChangeOrder({ ...sendable, history: 'none' })).message).toBe(
      'history must be an array, not a string.',
    );
  });

  it('every entry the workflow writes is valid and names an edge of the table', () => {
    for (const entry of walk().history ?? []) {
      expect(HistoryEntrySchema.safeParse(entry).success).toBe(true);
      expect(transitions).toContainEqual(
        expect.objectContaining({ from: entry.from, action: entry.action, to: entry.to }),
      );
    }
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(() => parseChangeOrder({ ...sendable, history: [junk] })).not.toThrow();
      }),
      { numRuns: 50 },
    );
  });
});
