// Named fixtures and the BigInt-cents oracle, used across the tests.
import type { ChangeOrder } from '../src/model/changeOrder.js';
import type { ExportContext } from '../src/model/context.js';
import type { LineItem } from '../src/model/lineItem.js';
import { aChangeOrder, aLineItem, anExportContext } from '../src/testing/builders.js';

/** A user who may send, on a synced project in US/Pacific (the builders' default context). */
export const sendingContext: ExportContext = anExportContext().build();

/** One Sage-coded line on commitment line 501. */
export const rebarLine: LineItem = aLineItem().withDescription('Rebar').build();

/** A change order that breaks no rule in {@link sendingContext}, with the given changes. */
export function sendable(patch: Partial<ChangeOrder> = {}): ChangeOrder {
  const base = aChangeOrder()
    .withTitle('Added rebar')
    .withDescription('Per RFI 42.')
    .withVendor({ name: 'Acme' })
    .withLineItems(rebarLine)
    .build();
  return { ...base, ...patch };
}
