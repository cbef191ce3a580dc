import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCli, USAGE } from '../../src/cli/args.js';
import { SOURCE_NAMES, sourceFor, targetFor, targetFromMetadata } from '../../src/cli/choices.js';
import { builtInProfiles } from '../../src/profiles/builtInProfiles.js';
import { sage300Cre } from '../../src/profiles/sage300Cre.js';
import { viewpointVista } from '../../src/profiles/viewpointVista.js';

describe('parseCli', () => {
  it('reads every flag', () => {
    const r = parseCli([
      'map',
      '--context',
      'ctx.json',
      '--format',
      'ndjson',
      '--from',
      'model',
      '--profile',
      'sage300Cre',
      '--all',
      '--output',
      'out.ndjson',
      '--quiet',
      'a.ndjson',
      '-',
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        command: 'map',
        files: ['a.ndjson', '-'],
        context: 'ctx.json',
        format: 'ndjson',
        from: 'model',
        profile: 'sage300Cre',
        profileMetadata: undefined,
        all: true,
        output: 'out.ndjson',
        quiet: true,
      },
    });
  });

  it('has defaults', () => {
    const r = parseCli(['check', '--context=c.json']);
    expect(r.ok && 'command' in r.value && r.value).toMatchObject({
      command: 'check',
      files: [],
      format: 'auto',
      from: 'model',
      all: false,
      output: undefined,
      quiet: false,
    });
  });

  it('asks for help and the version', () => {
    expect(parseCli(['--help'])).toEqual({ ok: true, value: { info: 'help' } });
    expect(parseCli(['check', '-h'])).toEqual({ ok: true, value: { info: 'help' } });
    expect(parseCli(['--version'])).toEqual({ ok: true, value: { info: 'version' } });
    expect(USAGE).toContain('Exit codes');
  });

  it.each([
    [[], /Missing the command/],
    [['send', '--context', 'c'], /Unknown command "send"/],
    [['check'], /Missing --context FILE/],
    [['check', '--context', 'c', '--format', 'xml'], /Unknown --format "xml"/],
    [['check', '--context', 'c', '--profile', 'x', '--profile-metadata', 'm'], /not both/],
    [['check', '--context', 'c', '--nope'], /nope/],
    [['check', '--context'], /context/],
  ])('refuses %j', (argv, reason) => {
    const r = parseCli(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });
});

describe('choices', () => {
  it('knows the model reader and the Procore ones, and which rules check applies to each', () => {
    expect(sourceFor('model')).toMatchObject({ ok: true, value: { rules: 'send' } });
    expect(sourceFor('procore-event')).toMatchObject({ ok: true, value: { rules: 'export' } });
    expect(sourceFor('Procore_REST')).toMatchObject({ ok: true, value: { rules: 'send' } });
    expect(sourceFor('__proto__')).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /Unknown --from "__proto__"; use one of: model, procore-event, procore-rest/,
      ),
    });
    expect(SOURCE_NAMES).toEqual(['model', 'procore-event', 'procore-rest']);
    const rest = sourceFor('procore-rest');
    expect(rest.ok && rest.value.read({})).toMatchObject({
      ok: false,
      error: [{ code: 'missing' }, { code: 'missing' }],
    });
  });

  it('finds every built-in profile by name, whatever the case and punctuation', () => {
    expect(targetFor()).toEqual({ ok: true, value: { profile: sage300Cre } });
    expect(targetFor('sage-300-cre')).toEqual({ ok: true, value: { profile: sage300Cre } });
    expect(targetFor('viewpoint vista')).toEqual({ ok: true, value: { profile: viewpointVista } });
    for (const [name, profile] of Object.entries(builtInProfiles)) {
      expect(targetFor(name)).toMatchObject({ ok: true, value: { profile } });
    }
    expect(targetFor('oracle')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Unknown --profile "oracle"/),
    });
  });

  it('quotes a name it does not know, however long', () => {
    const r = targetFor('x'.repeat(5_000_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeLessThan(300);
    const cli = parseCli(['x'.repeat(5_000_000), '--context', 'c']);
    expect(!cli.ok && cli.error.length).toBeLessThan(200);
  });

  it('reads Procore ERP metadata, or lists what it cannot use, one formatted issue per line', () => {
    const bad = targetFromMetadata({});
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^the profile metadata is not usable:\n {2}\S.* \[\w+\]$/m);
  });
});

describe('--help', () => {
  it('lists every built-in profile and every --from value, from their tables', () => {
    for (const name of Object.keys(builtInProfiles)) expect(USAGE).toContain(name);
    expect(USAGE).toContain(`--from ${SOURCE_NAMES.join('|')}`);
  });

  it('lists the same flags as docs/cli.md', () => {
    const flags = (text: string) => [...new Set(text.match(/(?<![\w-])--[a-z][a-z-]*/g))].sort();
    const docs = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const table = docs.slice(docs.indexOf('## Synopsis'), docs.indexOf('## Commands'));
    expect(flags(table)).toEqual(flags(USAGE));
  });
});

describe('schema', () => {
  it('prints a JSON Schema byte for byte, lists the names, refuses an unknown one', async () => {
    const { run } = await import('./helpers.js');
    const { SCHEMA_NAMES } = await import('../../src/schemas.js');
    for (const name of SCHEMA_NAMES) {
      const r = await run(['schema', name], '');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(new URL(`../../schemas/${name}.json`, import.meta.url), 'utf8'));
    }
    const list = await run(['schema'], '');
    expect(list.stdout.trim().split('\n')).toEqual([...SCHEMA_NAMES]);
    const unknown = await run(['schema', 'commitmentz'], '');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('No schema "commitmentz"; the schemas are change-order');
    expect(parseCli(['schema', 'a', 'b'])).toEqual({ ok: false, error: 'schema takes one NAME.' });
  });
});
