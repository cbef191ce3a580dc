// Regression found while building the page (site/), which shows parse messages as they are: the
// message for a `createdAt` that is not an instant copied the input with slice(0, 60), so it could
// end in half an emoji, and a quote in the input broke the quoted text. It now quotes with quote().
import { describe, expect, it } from 'vitest';
import { parseChangeOrder } from '../../src/parse.js';
import { aChangeOrder } from '../../src/testing/builders.js';
import { quote } from '../../src/text/quote.js';
import { errors } from '../helpers/result.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function messageFor(createdAt: string): string {
  const co = { ...aChangeOrder().build(), createdAt };
  const [issue] = errors(parseChangeOrder(JSON.parse(JSON.stringify(co))));
  expect(issue?.code).toBe('invalid_instant');
  return issue!.message;
}

describe('the message for a createdAt that is not an instant', () => {
  it('never cuts an emoji in half, and marks the cut', () => {
    const createdAt = `${'x'.repeat(59)}👷🏽‍♀️ on site`;
    const message = messageFor(createdAt);
    expect(message).not.toMatch(LONE_SURROGATE);
    expect(message).toContain(`got ${quote(createdAt)}.`);
    expect(message).toContain('…');
  });

  it('escapes a quote in the input', () => {
    expect(messageFor('10 March "after lunch"')).toContain('got "10 March \\"after lunch\\"".');
  });
});
