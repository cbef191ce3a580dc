import { describe, expect, it } from 'vitest';
import type { ChangeOrder } from '../src/model/changeOrder.js';
import { validate, validateAll } from '../src/rules/validate.js';
import { aChangeOrder, anExportContext } from '../src/testing/builders.js';

// `validate` evaluates rules only until the first one fails: over millions of CCOs the later rules
// (line grouping, decimal sums) are work it must not do. A CCO whose lines cannot be read proves it.

function withUnreadableLines(co: ChangeOrder): ChangeOrder {
  return Object.defineProperty({ ...co }, 'lineItems', {
    enumerable: true,
    get(): never {
      throw new Error('a rule after the first failing one read the lines');
    },
  });
}

describe('validate stops at the first failing rule', () => {
  it('never reaches the line rules when an earlier rule fails', () => {
    const co = withUnreadableLines(aChangeOrder().withStatus('draft').build());
    expect(validate(co, anExportContext().build())?.code).toBe('not_approved');
    expect(validate(co, anExportContext().withUnsyncedProject().build())?.code).toBe('project_not_synced');
  });

  it('while validateAll goes on to every rule', () => {
    const co = withUnreadableLines(aChangeOrder().withStatus('draft').build());
    // It reads the lines, and an input that throws is refused as data, never thrown.
    expect(validateAll(co, anExportContext().build())).toEqual([
      {
        code: 'unreadable_input',
        path: [],
        message: 'The input could not be read: Error: a rule after the first failing one read the lines',
      },
    ]);
  });
});
