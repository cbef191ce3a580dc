// `npm run test:consumer`: packs the package as npm would publish it, installs the tarball into a
// fresh TypeScript project in a temporary folder, and type-checks a file that uses every export of
// `cco-erp` and `cco-erp/testing` under `module: node16` (ESM and CJS files),
// `moduleResolution: bundler` and `moduleResolution: node10` (TypeScript's old `node`, which reads
// `types` and `typesVersions`, never `exports`). The export list is read from the installed package's own types, so
// it cannot go stale; a hand-written scenario proves the types are real (not `any`) with a
// `@ts-expect-error` line that only type-checks when they are.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const ts = require('typescript');
const tsc = require.resolve('typescript/bin/tsc');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
/** Every entry point of the `exports` map: `cco-erp`, `cco-erp/testing`, … */
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ENTRY_POINTS = Object.keys(pkg.exports)
  // The JSON files (`./package.json`, `./schemas/*`) are data, not modules with types.
  .filter((key) => !key.endsWith('.json') && !key.includes('*'))
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}${key.slice(1)}`));

/** What a user writes: parse → validate → map, with the builders, typed end to end. */
const SCENARIO = `
export function scenario(text: string): string {
  const context: ExportContext = anExportContext().withTimeZone('America/New_York').build();
  const parsed = parseChangeOrder(JSON.parse(text));
  const changeOrder: ChangeOrder = parsed.ok ? parsed.value : aChangeOrder().withTitle('Rebar').build();
  const first: Violation<RuleCode | 'unreadable_input'> | undefined = validate(changeOrder, context);
  if (first !== undefined) return first.code;
  const mapped: Result<{ payload: Sage300Payload; notices: readonly Notice[] }, Violation[]> = toSage300Payload(
    changeOrder,
    context,
  );
  // @ts-expect-error -- a Result is not a string: this line only compiles if the types are not \`any\`
  const wrong: string = mapped;
  void wrong;
  const lines = aggregateLineItems(changeOrder.lineItems);
  const exported: Result<ErpExport, Violation[]> = exportChangeOrder(changeOrder, { project: context.project });
  const count = lines.ok ? lines.value.length : 0;
  return mapped.ok && exported.ok ? \`\${mapped.value.payload.total} in \${count} lines\` : formatIssues(mapped.ok ? [] : mapped.error);
}
`;

const timed = (label, f) => {
  const began = performance.now();
  const value = f();
  console.log(`  ${label}: ${Math.round(performance.now() - began)} ms`);
  return value;
};
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

const work = mkdtempSync(join(tmpdir(), 'cco-erp-consumer-'));
const keep = process.env.KEEP_CONSUMER === '1';
try {
  const [{ filename }] = JSON.parse(
    timed('npm pack', () => sh('npm', ['pack', '--json', '--pack-destination', work], root)),
  );
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }, null, 2));
  // The consumer installs the tarball the way a user would; fast-check is the optional peer that
  // cco-erp/testing needs, at the version our lock file holds.
  const fastCheck = lock.packages['node_modules/fast-check'].version;
  timed('npm install <tarball>', () =>
    sh(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        join(work, filename),
        `fast-check@${fastCheck}`,
      ],
      project,
    ),
  );

  const usage = timed('list exports', () => usageOf(exportsOf(project)));
  writeFileSync(join(project, 'esm.mts'), usage);
  writeFileSync(join(project, 'cjs.cts'), usage);
  writeFileSync(join(project, 'bundler.ts'), usage);
  writeFileSync(join(project, 'node10.ts'), usage);
  const base = { strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['ES2022', 'DOM'] };
  const configs = {
    'node16 (ESM .mts, CJS .cts)': {
      ...base,
      module: 'node16',
      moduleResolution: 'node16',
      files: ['esm.mts', 'cjs.cts'],
    },
    // Declaration files were checked once above; skipping them here halves the time.
    bundler: {
      ...base,
      skipLibCheck: true,
      module: 'preserve',
      moduleResolution: 'bundler',
      files: ['bundler.ts'],
    },
    // Projects still on `moduleResolution: node` (node10) ignore the `exports` map: each entry point
    // needs its own way to its types (`types` for `cco-erp`, `typesVersions` for the subpaths).
    node10: {
      ...base,
      skipLibCheck: true,
      module: 'commonjs',
      moduleResolution: 'node10',
      files: ['node10.ts'],
    },
  };
  let failed = false;
  for (const [name, { files, ...compilerOptions }] of Object.entries(configs)) {
    const file = `tsconfig.${name.split(' ')[0]}.json`;
    writeFileSync(join(project, file), JSON.stringify({ compilerOptions, files }, null, 2));
    try {
      timed(`tsc ${name}`, () => sh(process.execPath, [tsc, '-p', file], project));
    } catch (e) {
      failed = true;
      console.error(`✗ ${name}:\n${e.stdout}${e.stderr}`);
    }
  }
  if (failed) process.exitCode = 1;
  else console.log(`✓ consumer project type-checks (${usage.split('\n').length} lines, in ${work})`);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

/** Every export of each entry point, read from the installed declaration files. */
function exportsOf(project) {
  const probe = join(project, 'probe.ts');
  writeFileSync(probe, ENTRY_POINTS.map((m, i) => `export * as m${i} from '${m}';`).join('\n'));
  const program = ts.createProgram([probe], {
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probe);
  const result = {};
  for (const [i, specifier] of ENTRY_POINTS.entries()) {
    const statement = source.statements[i];
    const symbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
    if (symbol === undefined) throw new Error(`cannot resolve ${specifier} from the consumer project`);
    result[specifier] = checker.getExportsOfModule(symbol).map((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = target.declarations?.[0];
      const typeParameters = declaration?.typeParameters ?? [];
      return {
        name: exported.name,
        value: (target.flags & ts.SymbolFlags.Value) !== 0,
        type: (target.flags & ts.SymbolFlags.Type) !== 0,
        typeArguments: typeParameters.filter((p) => p.default === undefined).length,
      };
    });
    if (result[specifier].length === 0) throw new Error(`${specifier} exports nothing`);
  }
  rmSync(probe);
  return result;
}

/** A TypeScript file that imports and uses every export, then runs the scenario. */
function usageOf(exportsBySpecifier) {
  const lines = ['// Generated by scripts/consumer/check.mjs from the installed package.'];
  const uses = [];
  const types = [];
  for (const [i, [specifier, exported]] of Object.entries(exportsBySpecifier).entries()) {
    const values = exported.filter((e) => e.value).map((e) => e.name);
    const onlyTypes = exported.filter((e) => e.type && !e.value).map((e) => e.name);
    if (values.length > 0) lines.push(`import { ${values.join(', ')} } from '${specifier}';`);
    if (onlyTypes.length > 0) lines.push(`import type { ${onlyTypes.join(', ')} } from '${specifier}';`);
    uses.push(...values);
    for (const e of exported.filter((e) => e.type && !e.value))
      types.push(
        e.typeArguments === 0 ? e.name : `${e.name}<${Array(e.typeArguments).fill('never').join(', ')}>`,
      );
    if (i === 0 && values.length === 0) throw new Error(`${specifier} exports no values`);
  }
  lines.push(
    '',
    `export const everyValue = [${uses.join(', ')}] as const;`,
    `export type EveryType = [${types.join(', ')}];`,
    '',
    SCENARIO,
  );
  return lines.join('\n');
}
