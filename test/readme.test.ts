import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Every ```ts block of the README runs here against the sources, so the README cannot lie.
const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const tmp = join(root, 'test', '.readme-tmp');

describe('README examples', () => {
  mkdirSync(tmp, { recursive: true });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });
  it.each(blocks.map((code, i) => [i + 1, code] as const))('block %i runs', async (i, code) => {
    const source = code
      .replaceAll("from 'cco-erp/testing'", `from '${join(root, 'src', 'testing', 'index.js')}'`)
      .replaceAll("from 'cco-erp'", `from '${join(root, 'src', 'index.js')}'`);
    const file = join(tmp, `block-${i}.ts`);
    writeFileSync(file, source);
    await expect(import(file)).resolves.toBeDefined();
  });
});
