// `--from procore-event`: Procore's export event is what the approver accepted for export, so
// `check` checks what the export checks, and `check` and `map` agree on every event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/run.js';
import { CONTEXT, EXAMPLES, ndjson, run, tempFile } from './helpers.js';

type Json = Record<string, unknown>;
interface Event {
  request_data: {
    change_order: Json;
    commitment: { vendor: Json };
    change_order_items: Json[];
    commitment_items: Json[];
  };
}
/** Procore's own example event (examples/procore, from Procore's ERP integration docs). */
const procoreEvent = (): Event =>
  JSON.parse(readFileSync(join(EXAMPLES, '..', 'procore', 'create_commitment_change_order.json'), 'utf8'));

/**
 * Procore's example event with its one SOV line synced: the event carries its commitment, which the
 * command checks the change order against, and Procore's example line has no `origin_id`.
 */
const event = (): Event => {
  const e = procoreEvent();
  for (const item of e.request_data.commitment_items) item.origin_id = `SOV-${String(item.id)}`;
  return e;
};

/** A context whose user may not press Send: the send gates fail, the export rules do not care. */
const noSender = tempFile(
  'ctx.json',
  JSON.stringify({
    ...JSON.parse(readFileSync(CONTEXT, 'utf8')),
    user: {
      commitments: 'read_only',
      changeOrders: 'none',
      erpIntegrations: 'standard',
      canPushToAccounting: true,
    },
  }),
);

const mutation = fc.record({
  title: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  status: fc.option(fc.constantFrom('Approved', 'approved', 'Draft', 'Pending', 'Void'), { nil: undefined }),
  erpId: fc.option(fc.constantFrom(null, '', 'cco-1', 'TOO-LONG-ID'), { nil: undefined }),
  vendor: fc.option(fc.constantFrom(null, '', 'V-1'), { nil: undefined }),
  amount: fc.option(fc.constantFrom('233.0', '-12.50', '0.005', '1234567890.00', 'abc', 7), {
    nil: undefined,
  }),
  description: fc.option(
    fc.nat(1200).map((n) => 'd'.repeat(n)),
    { nil: undefined },
  ),
});

function mutate(m: typeof mutation extends fc.Arbitrary<infer T> ? T : never): Event {
  const e = event();
  const data = e.request_data;
  if (m.title !== undefined) data.change_order.title = m.title;
  if (m.status !== undefined) data.change_order.status = m.status;
  if (m.erpId !== undefined) data.change_order.origin_code = m.erpId;
  if (m.vendor !== undefined) data.commitment.vendor.origin_id = m.vendor;
  const [item] = data.change_order_items;
  if (m.amount !== undefined && item !== undefined) item.amount = m.amount;
  if (m.description !== undefined) data.change_order.description = m.description;
  return e;
}

const verdicts = (lines: Record<string, unknown>[]) =>
  lines.map((l) => ({ ok: l.ok, violations: (l.violations ?? []) as unknown[], error: l.error }));

describe('check --from procore-event', () => {
  it('passes Procore’s own event, which map exports: no already_sent, no Send permission needed', async () => {
    for (const context of [CONTEXT, noSender]) {
      const checked = await run(
        ['check', '--context', context, '--from', 'procore-event'],
        ndjson([event()]),
      );
      expect(checked.lines).toEqual([{ line: 1, id: '3', ok: true, violations: [] }]);
      expect(checked.code).toBe(EXIT.ok);
      const mapped = await run(['map', '--context', context, '--from', 'procore-event'], ndjson([event()]));
      expect(mapped.lines[0]).toMatchObject({ ok: true, export: { total: '199.75' } });
    }
  });

  it('agrees with map on every event: ok exactly when map maps it, the same violations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(CONTEXT, noSender),
        async (ms, context) => {
          const input = ndjson(ms.map(mutate));
          const from = ['--context', context, '--from', 'procore-event'];
          const checkAll = await run(['check', ...from, '--all'], input);
          const mapAll = await run(['map', ...from, '--all'], input);
          expect(verdicts(checkAll.lines)).toEqual(verdicts(mapAll.lines));
          const first = await run(['check', ...from], input);
          expect(verdicts(first.lines)).toEqual(
            verdicts(checkAll.lines).map((v) => ({ ...v, violations: v.violations.slice(0, 1) })),
          );
          expect(checkAll.code).toBe(mapAll.code);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('checks the change order against the commitment its event carries: Procore’s example SOV line is not synced', async () => {
    for (const command of ['check', 'map']) {
      const r = await run(
        [command, '--context', CONTEXT, '--from', 'procore-event'],
        ndjson([procoreEvent()]),
      );
      expect(r.lines[0]).toMatchObject({ ok: false, violations: [{ code: 'commitment_line_not_synced' }] });
      expect(r.code).toBe(EXIT.violations);
    }
    const mapped = await run(['map', '--context', CONTEXT, '--from', 'procore-event'], ndjson([event()]));
    expect(mapped.lines[0]).toMatchObject({
      ok: true,
      export: {
        commitmentErpId: '1e32af04-b238-458f-8e35-aab800bcd886',
        lines: [{ commitmentLineItemId: '177', commitmentLineErpId: 'SOV-177' }],
      },
    });
  });

  it('still applies every send rule to the model and to Procore REST payloads', async () => {
    const pending = {
      ...JSON.parse(readFileSync(join(EXAMPLES, '01-sendable.json'), 'utf8')),
      erpStatus: 'pending_acceptance',
    };
    const r = await run(['check', '--context', CONTEXT], ndjson([pending]));
    expect(r.lines[0]).toMatchObject({ ok: false, violations: [{ code: 'already_sent' }] });
  });
});
