// The command's output holds to result-line.json (Ajv) and to ResultLineSchema (zod), for every
// kind of line it writes: sendable, violations, export (with notices), and each kind of error.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultLineSchema } from '../../src/cli/resultLine.js';
import { CONTEXT, EXAMPLES, run } from '../cli/helpers.js';
import { validatorFor } from './helpers.js';

const bySchema = validatorFor('result-line');
const examples = [
  '01-sendable.json',
  '02-two-modifications-one-line.json',
  '03-title-too-long.json',
  '04-long-description-emoji.json',
  '06-vendor-not-linked.json',
  '07-amount-as-json-number.json',
  '08-line-without-erp-category.json',
].map((f) => join(EXAMPLES, f));

/** The kind of a result line, by the field it carries. */
function kind(line: Record<string, unknown>): string {
  if ('export' in line) return 'export';
  if ('violations' in line) return line.ok ? 'sendable' : 'violations';
  return `error:${(line.error as { code: string }).code}`;
}

async function outputOf(argv: string[], stdin = ''): Promise<Record<string, unknown>[]> {
  const ran = await run(argv, stdin);
  expect(ran.lines.length).toBeGreaterThan(0);
  return ran.lines;
}

describe('the result lines of cco-erp', () => {
  it('hold to result-line.json and ResultLineSchema, for every kind of line', async () => {
    const lines = [
      ...(await outputOf(['check', '--context', CONTEXT, ...examples])),
      ...(await outputOf(['check', '--all', '--context', CONTEXT, ...examples])),
      ...(await outputOf(['map', '--context', CONTEXT, ...examples])),
      ...(await outputOf(['map', '--all', '--profile', 'viewpointVista', '--context', CONTEXT, ...examples])),
      ...(await outputOf(['check', '--context', CONTEXT, join(EXAMPLES, 'missing.json'), examples[0] ?? ''])),
      ...(await outputOf(['check', '--context', CONTEXT], 'not json\n{"id": 5}\n')),
    ];
    for (const line of lines) {
      expect(bySchema(line), JSON.stringify(line)).toBe(true);
      expect(ResultLineSchema.safeParse(line).success, JSON.stringify(line)).toBe(true);
    }
    const kinds = new Set(lines.map(kind));
    expect([...kinds].sort()).toEqual([
      'error:invalid_change_order',
      'error:invalid_json',
      'error:unreadable_input',
      'export',
      'sendable',
      'violations',
    ]);
    const notices = lines.flatMap((l) =>
      ((l.export as { notices?: { code: string }[] })?.notices ?? []).map((n) => n.code),
    );
    expect(new Set(notices)).toEqual(new Set(['lines_aggregated', 'description_truncated']));
  });

  it('are refused when they break the contract', () => {
    const issue = {
      code: 'title_too_long',
      path: [],
      message: 'Title is 36 characters; Sage 300 CRE allows 30.',
    };
    const wrong = [
      { line: 1, id: '1', ok: true, violations: [issue] },
      { line: 1, id: '1', ok: false, violations: [] },
      { line: 0, id: '1', ok: true, violations: [] },
      { line: 1, ok: true, violations: [] },
      { line: 1, id: '1', ok: false, error: { message: 'no code' } },
      { line: 1, id: '1', ok: true, error: { code: 'invalid_json', message: '…' } },
      { line: 1, id: '1', ok: false, violations: [{ ...issue, path: ['lineItems', -1] }] },
    ];
    for (const line of wrong) {
      expect(bySchema(line), JSON.stringify(line)).toBe(false);
      expect(ResultLineSchema.safeParse(line).success, JSON.stringify(line)).toBe(false);
    }
  });
});
