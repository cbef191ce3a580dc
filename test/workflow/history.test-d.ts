import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { ChangeOrder } from '../../src/model/changeOrder.js';
import type { ActorRole, HistoryEntry, HistoryEntrySchema, WorkflowAction } from '../../src/model/history.js';
import type { Transition } from '../../src/workflow/transitions.js';

test('HistoryEntry is what its schema reads', () => {
  expectTypeOf<HistoryEntry>().toEqualTypeOf<z.infer<typeof HistoryEntrySchema>>();
  expectTypeOf<HistoryEntry['action']>().toEqualTypeOf<WorkflowAction>();
  expectTypeOf<HistoryEntry['actor']>().toEqualTypeOf<ActorRole>();
});

test('ChangeOrder carries an optional history', () => {
  expectTypeOf<ChangeOrder['history']>().toEqualTypeOf<HistoryEntry[] | undefined>();
  expectTypeOf<Transition['action']>().toEqualTypeOf<WorkflowAction>();
});
