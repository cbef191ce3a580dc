import { describe, expect, it } from 'vitest';
import { parseCli, USAGE } from '../../src/cli/args.js';
import { profileFor, profileFromMetadata, readerFor } from '../../src/cli/choices.js';
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
  it('knows the model reader and the Procore ones', () => {
    expect(readerFor('model').ok).toBe(true);
    expect(readerFor('procore-event').ok).toBe(true);
    expect(readerFor('Procore_REST').ok).toBe(true);
    expect(readerFor('__proto__')).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /Unknown --from "__proto__"; use one of: model, procore-event, procore-rest/,
      ),
    });
  });

  it('finds every built-in profile by name, whatever the case and punctuation', () => {
    expect(profileFor('sage300Cre')).toEqual({ ok: true, value: sage300Cre });
    expect(profileFor('sage-300-cre')).toEqual({ ok: true, value: sage300Cre });
    expect(profileFor('viewpoint vista')).toEqual({ ok: true, value: viewpointVista });
    for (const [name, profile] of Object.entries(builtInProfiles))
      expect(profileFor(name)).toEqual({ ok: true, value: profile });
    expect(profileFor('oracle')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Unknown --profile "oracle"/),
    });
  });

  it('reads Procore ERP metadata, or lists what it cannot use', () => {
    const bad = profileFromMetadata({});
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^the profile metadata is not usable:\n {2}\S/);
  });
});
