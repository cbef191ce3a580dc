import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERP_STATUSES, type ErpStatus } from '../../src/model/enums.js';
import { commandsArb, runScenario, startArb } from './model.js';

describe('export workflow (model-based)', () => {
  it('after every command of a random sequence the change order agrees with the model, stays in the diagram, and no locked field is edited', () => {
    const reached = new Set<ErpStatus>();
    fc.assert(
      fc.property(startArb, commandsArb, (start, commands) => {
        for (const state of runScenario(start, commands)) reached.add(state);
      }),
      { numRuns: 150 },
    );
    // The commands really drive the change order through the whole diagram.
    expect([...reached].sort()).toEqual([...ERP_STATUSES].sort());
  });
});
