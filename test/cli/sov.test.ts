// `--commitments` and `--vendor-links`: the files are read before any CCO (a record that cannot be
// read is a usage error naming FILE:LINE), each CCO is checked and mapped with its commitment and
// the links, and `duplicate_erp_id` runs across the whole run, with or without the files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResultLineSchema } from '../../src/cli/resultLine.js';
import { EXIT } from '../../src/cli/run.js';
import { validatorFor } from '../schemas/helpers.js';
import { CONTEXT, cco, EXAMPLES, ndjson, run, tempFile } from './helpers.js';

type Json = Record<string, unknown>;
const read = (path: string): Json[] => JSON.parse(readFileSync(join(EXAMPLES, '..', path), 'utf8'));
/** examples/commitments.json: commitment "2" (ERP id 1e32af04), SOV lines 501 (SC-001-1) and 502. */
const commitments = read('commitments.json');
/** examples/vendor-links.json: company 47 is ACME in Sage 300 CRE, another id in QuickBooks. */
const links = read('vendor-links.json');
const asArray = (values: readonly unknown[]) => JSON.stringify(values, null, 2);

const commitmentsArray = tempFile('commitments.json', asArray(commitments));
const commitmentsLines = tempFile('commitments.ndjson', ndjson(commitments));
const linksArray = tempFile('links.json', asArray(links));
const linksLines = tempFile('links.ndjson', ndjson(links));

/** A sendable CCO on commitment "2" (the examples' commitment), with ERP id `erpId`. */
const onTwo = (id: string, erpId: string, patch: Json = {}) =>
  cco({ id, erpId, commitment: { id: '2', erpId: 'SC-001' }, ...patch });
const codes = (line: Json | undefined) => ((line?.violations ?? []) as { code: string }[]).map((v) => v.code);

describe('--commitments and --vendor-links in our model', () => {
  it('read a JSON array and NDJSON alike, and the SOV rules fire: commitment_line_not_found', async () => {
    const stray = onTwo('b', 'CO002', {
      lineItems: [{ ...(cco().lineItems as Json[])[0], commitmentLineItemId: '999' }],
    });
    const input = ndjson([onTwo('a', 'CO001'), stray]);
    for (const file of [commitmentsArray, commitmentsLines]) {
      const r = await run(['check', '--context', CONTEXT, '--commitments', file], input);
      expect(r.lines.map((l) => [l.id, l.ok])).toEqual([
        ['a', true],
        ['b', false],
      ]);
      expect(r.lines[1]).toMatchObject({
        violations: [{ code: 'commitment_line_not_found', path: ['lineItems', 0, 'commitmentLineItemId'] }],
      });
      expect(r.code).toBe(EXIT.violations);
    }
  });

  it('map exports commitmentErpId and each line’s commitmentLineErpId', async () => {
    const r = await run(
      ['map', '--context', CONTEXT, '--commitments', commitmentsLines],
      ndjson([onTwo('a', 'CO001')]),
    );
    expect(r.code).toBe(EXIT.ok);
    expect(r.lines[0]).toMatchObject({
      ok: true,
      export: {
        commitmentErpId: '1e32af04',
        lines: [{ commitmentLineItemId: '501', commitmentLineErpId: 'SC-001-1' }],
      },
    });
    const without = await run(['map', '--context', CONTEXT], ndjson([onTwo('a', 'CO001')]));
    expect(without.lines[0]).toMatchObject({ ok: true });
    expect(without.lines[0]?.export).not.toHaveProperty('commitmentErpId');
  });

  it('the links decide the vendor: its ERP id exported, vendor_linked_elsewhere under another ERP', async () => {
    const noId = onTwo('a', 'CO001', { contractCompany: { id: '47', name: 'Acme' } });
    for (const file of [linksArray, linksLines]) {
      const mapped = await run(['map', '--context', CONTEXT, '--vendor-links', file], ndjson([noId]));
      expect(mapped.lines[0]).toMatchObject({ ok: true, export: { vendorId: 'ACME' } });
    }
    const vista = await run(
      ['check', '--context', CONTEXT, '--profile', 'viewpointVista', '--vendor-links', linksArray],
      ndjson([noId]),
    );
    expect(codes(vista.lines[0])).toEqual(['vendor_linked_elsewhere']);
    expect(vista.code).toBe(EXIT.violations);
  });

  it('a CCO whose commitment the file lacks is a commitment_not_given error, exit 2, in check and map alike', async () => {
    const elsewhere = cco({ id: 'z', commitment: { id: '99', erpId: 'SC-099' } });
    for (const command of ['check', 'map']) {
      const r = await run(
        [command, '--context', CONTEXT, '--commitments', commitmentsArray],
        ndjson([onTwo('a', 'CO001'), elsewhere]),
      );
      expect(r.lines[0]).toMatchObject({ id: 'a', ok: true });
      expect(r.lines[1]).toEqual({
        line: 2,
        id: 'z',
        ok: false,
        error: {
          code: 'commitment_not_given',
          message: expect.stringMatching(
            /^Line 2: The change order is on commitment "99", which is not in --commitments .*commitments\.json \(1 commitment\)/,
          ),
        },
      });
      expect(r.code).toBe(EXIT.error);
      expect(r.stderr).toContain(', 1 without their commitment');
      expect(r.stderr).toMatch(/\n {2}commitment_not_given +1\n/);
    }
  });
});

describe('a file that cannot be used', () => {
  const usage = async (flag: string, content: string, name = 'records.ndjson') => {
    const file = tempFile(name, content);
    const r = await run(['map', '--context', CONTEXT, flag, file], ndjson([onTwo('a', 'CO001')]));
    expect(r.code).toBe(EXIT.error);
    expect(r.stdout).toBe('');
    return { file, stderr: r.stderr };
  };

  it('names FILE:LINE of a record that is not JSON, not UTF-8, or not a commitment, before any CCO is read', async () => {
    const [first] = commitments;
    const notJson = await usage('--commitments', `${JSON.stringify(first)}\n{"id": \n`);
    expect(notJson.stderr).toMatch(
      new RegExp(
        `^cco-erp: --commitments ${notJson.file} is not usable \\(1 problem\\); nothing was checked:\\n  ${notJson.file}:2: Line 2 is not valid JSON: .* \\[invalid_json\\]\\n`,
      ),
    );
    const notUtf8 = await usage(
      '--vendor-links',
      Buffer.concat([
        Buffer.from(`${JSON.stringify(links[0])}\n{"companyId":"`),
        Buffer.from([0xe9]),
        Buffer.from('"}\n'),
      ]).toString('latin1'),
    );
    expect(notUtf8.stderr).toContain(`${notUtf8.file}:2: `);
    const broken = await usage(
      '--commitments',
      asArray([first, { ...first, id: '3', sov: [{ id: '1', amount: 12.5 }] }]),
      'c.json',
    );
    expect(broken.stderr).toMatch(
      new RegExp(`\\n  ${broken.file}:\\d+: sov\\[0\\]\\.\\w+: .* \\[\\w+\\]\\n`),
    );
    expect(broken.stderr).not.toContain('Line ');
  });

  it('refuses records that contradict each other: one commitment twice, one company linked to two vendors', async () => {
    const twice = await usage('--commitments', ndjson([commitments[0], commitments[0]]));
    expect(twice.stderr).toContain(
      `${twice.file}:2: id: commitment "2" is also on line 1; give each commitment once. [duplicate_commitment]`,
    );
    const conflict = await usage('--vendor-links', ndjson([links[0], { ...links[0], erpVendorId: 'OTHER' }]));
    expect(conflict.stderr).toContain(`${conflict.file}:2: erpVendorId: company "47" is linked to`);
    expect(conflict.stderr).toContain('[conflicting_vendor_link]');
  });

  it('says it cannot read a missing file', async () => {
    const r = await run(
      ['check', '--context', CONTEXT, '--commitments', '/nonexistent/c.json'],
      ndjson([cco()]),
    );
    expect(r.code).toBe(EXIT.error);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cco-erp: cannot read \/nonexistent\/c\.json: ENOENT/);
  });
});

describe('duplicate_erp_id across the run', () => {
  it('fails the later of two CCOs with one ERP id on one commitment, across input files, without any file flag', async () => {
    const a = tempFile('a.ndjson', ndjson([onTwo('a', 'CO001'), onTwo('b', 'CO002')]));
    const b = tempFile('b.ndjson', ndjson([onTwo('c', 'CO003'), onTwo('d', 'CO001')]));
    for (const command of ['check', 'map']) {
      const r = await run([command, '--context', CONTEXT, a, b]);
      expect(r.lines.map((l) => [l.id, l.ok])).toEqual([
        ['a', true],
        ['b', true],
        ['c', true],
        ['d', false],
      ]);
      expect(r.lines[3]).toMatchObject({
        file: b,
        violations: [
          {
            code: 'duplicate_erp_id',
            message: expect.stringContaining(
              'CCO ID "CO001" is already taken on commitment "SC-001" by change order "a"',
            ),
          },
        ],
      });
      expect(r.code).toBe(EXIT.violations);
    }
    // Another commitment takes the same ID freely.
    const other = await run(
      ['check', '--context', CONTEXT],
      ndjson([
        onTwo('a', 'CO001'),
        cco({ id: 'e', erpId: 'CO001', commitment: { id: '3', erpId: 'SC-002' } }),
      ]),
    );
    expect(other.code).toBe(EXIT.ok);
  });
});

describe('--from procore-event', () => {
  type Event = { request_name: string; request_data: Json & { commitment_items: Json[] } };
  const event = (): Event => read('procore/create_commitment_change_order.json') as unknown as Event;
  /** A create_commitment event for the example event's commitment, its SOV line synced. */
  const createCommitment = () => {
    const { commitment, commitment_items } = event().request_data;
    return {
      request_name: 'create_commitment',
      request_data: {
        commitment,
        commitment_items: commitment_items.map((i) => ({ ...i, origin_id: 'SOV-177' })),
      },
    };
  };
  /** The example event without the commitment's SOV (it carries no commitment of its own), ERP id cco-2. */
  const bare = () => {
    const e = event();
    delete (e.request_data as Json).commitment_items;
    (e.request_data.change_order as Json).origin_code = 'cco-2';
    return e;
  };

  it('reads create_commitment and link_vendor events; the file’s commitment comes before the event’s own', async () => {
    const commitmentsFile = tempFile('commitments.ndjson', ndjson([createCommitment()]));
    const linksFile = tempFile(
      'links.json',
      asArray([
        {
          request_name: 'link_vendor',
          request_data: { vendor: { id: 47, origin_id: 'V-47' }, company_id: 7 },
        },
      ]),
    );
    const from = [
      '--context',
      CONTEXT,
      '--from',
      'procore-event',
      '--commitments',
      commitmentsFile,
      '--vendor-links',
      linksFile,
    ];
    // The event's own SOV line is not synced; the file's is, and the file wins.
    const r = await run(['map', ...from], ndjson([event(), bare()]));
    for (const line of r.lines) {
      expect(line).toMatchObject({
        ok: true,
        export: {
          vendorId: 'V-47',
          commitmentErpId: '1e32af04-b238-458f-8e35-aab800bcd886',
          lines: [{ commitmentLineErpId: 'SOV-177' }],
        },
      });
    }
    expect(r.code).toBe(EXIT.ok);
  });

  it('a vendor event that is not a link is a usage error naming its line', async () => {
    const file = tempFile(
      'links.ndjson',
      ndjson([{ request_name: 'link_vendor', request_data: { vendor: { id: 47, origin_id: null } } }]),
    );
    const r = await run(
      ['check', '--context', CONTEXT, '--from', 'procore-event', '--vendor-links', file],
      ndjson([event()]),
    );
    expect(r.code).toBe(EXIT.error);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:1: `);
    expect(r.stderr).toContain('[not_a_link]');
  });

  it('without --commitments, uses the commitment the event carries; with it and neither, commitment_not_given', async () => {
    const own = await run(['check', '--context', CONTEXT, '--from', 'procore-event'], ndjson([event()]));
    expect(codes(own.lines[0])).toEqual(['commitment_line_not_synced']);
    // The batch's duplicate_erp_id and the carried commitment's rules, together in rule order.
    for (const command of ['check', 'map']) {
      const twice = await run(
        [command, '--all', '--context', CONTEXT, '--from', 'procore-event'],
        ndjson([event(), event()]),
      );
      expect(codes(twice.lines[1])).toEqual([
        'duplicate_erp_id',
        'commitment_line_not_synced',
        'commitment_line_not_synced',
      ]);
    }
    const another = createCommitment();
    another.request_data.commitment = { ...(another.request_data.commitment as Json), id: 41 };
    const file = tempFile('commitments.ndjson', ndjson([another]));
    const flags = ['--context', CONTEXT, '--from', 'procore-event', '--commitments', file];
    const none = await run(['check', ...flags], ndjson([bare(), event()]));
    expect(none.lines[0]).toMatchObject({ ok: false, error: { code: 'commitment_not_given' } });
    // The event that carries its commitment is checked with it.
    expect(codes(none.lines[1])).toEqual(['commitment_line_not_synced']);
  });
});

describe('check and map with the files', () => {
  const variant = fc.record({
    erpId: fc.constantFrom('CO001', 'CO002', 'CO001 ', ''),
    commitmentLine: fc.constantFrom('501', '502', '999'),
    company: fc.constantFrom('47', '48'),
    erpVendorId: fc.constantFrom(undefined, 'ACME', 'X'),
    title: fc.constantFrom('Added rebar', 'T'.repeat(31)),
  });
  const build = (v: typeof variant extends fc.Arbitrary<infer T> ? T : never, i: number) =>
    onTwo(String(i), v.erpId, {
      title: v.title,
      contractCompany: {
        id: v.company,
        name: 'Acme',
        ...(v.erpVendorId === undefined ? {} : { erpVendorId: v.erpVendorId }),
      },
      lineItems: [{ ...(cco().lineItems as Json[])[0], commitmentLineItemId: v.commitmentLine }],
    });
  const bySchema = validatorFor('result-line');

  it('agree on every CCO (map’s verdict is check --from procore-event’s), one result per CCO, every line in the schema', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(variant, { minLength: 1, maxLength: 6 }), async (vs) => {
        const input = ndjson(vs.map(build));
        const flags = [
          '--context',
          CONTEXT,
          '--commitments',
          commitmentsLines,
          '--vendor-links',
          linksArray,
          '--all',
        ];
        const mapped = await run(['map', ...flags], input);
        expect(mapped.lines).toHaveLength(vs.length);
        // check applies the send gates too; the CCOs here pass them, so the verdicts are the same.
        const checked = await run(['check', ...flags], input);
        const verdict = (l: Json) => ({ ok: l.ok, violations: l.violations ?? [] });
        expect(checked.lines.map(verdict)).toEqual(mapped.lines.map(verdict));
        expect(checked.code).toBe(mapped.code);
        for (const line of [...mapped.lines, ...checked.lines]) {
          expect(bySchema(line), JSON.stringify(line)).toBe(true);
          expect(ResultLineSchema.safeParse(line).success).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the commitment_not_given line holds to the schema', async () => {
    const r = await run(
      ['check', '--context', CONTEXT, '--commitments', commitmentsArray],
      ndjson([cco({ id: 'z', commitment: { id: '99', erpId: 'X' } })]),
    );
    expect(r.lines[0]).toMatchObject({ error: { code: 'commitment_not_given' } });
    expect(bySchema(r.lines[0])).toBe(true);
    expect(ResultLineSchema.safeParse(r.lines[0]).success).toBe(true);
  });
});
