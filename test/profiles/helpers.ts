import { readFileSync } from 'node:fs';
import type { ChangeOrder } from '../../src/index.js';
import type { LineItem } from '../../src/model/lineItem.js';
import { stripJsonComments } from '../../src/profiles/stripJsonComments.js';
import { aChangeOrder } from '../../src/testing/builders.js';

/**
 * Reads Procore's ERP metadata example (a verbatim copy of the documentation's block, kept in
 * `fixtures/`). It is not JSON: besides comments it has strings broken over several lines, trailing
 * commas, and one stray `}` after `jobs.configs.import`. Each repair below is the smallest that
 * makes it parse, and each is checked to have happened, so a changed fixture fails loudly.
 */
export function readMetadataExample(): unknown {
  const text = readFileSync(new URL('./fixtures/erp-metadata-full-example.jsonc', import.meta.url), 'utf8');
  return parseLenientJson(text, (repaired) => {
    const stray = /("import": \{\s*"enabled": true\s*)\}(\s*\},\s*"update")/g;
    const matches = repaired.match(stray)?.length ?? 0;
    if (matches !== 1) throw new Error(`expected one stray brace in the metadata example, found ${matches}`);
    return repaired.replace(stray, '$1$2');
  });
}

/**
 * JSON with comments, strings broken over lines (each break and the indentation after it become
 * one space) and trailing commas; `fix` gets the text after those repairs.
 */
export function parseLenientJson(text: string, fix: (repaired: string) => string = (t) => t): unknown {
  const plain = stripJsonComments(text);
  let out = '';
  let i = 0;
  while (i < plain.length) {
    const c = plain[i]!;
    if (c === '"') {
      let j = i + 1;
      let body = '';
      while (j < plain.length && plain[j] !== '"') {
        if (plain[j] === '\\') {
          body += plain.slice(j, j + 2);
          j += 2;
        } else if (plain[j] === '\n' || plain[j] === '\r') {
          while (j < plain.length && /\s/.test(plain[j]!)) j++;
          body += ' ';
        } else {
          body += plain[j];
          j++;
        }
      }
      out += `"${body}"`;
      i = j + 1;
    } else if (c === ',' && /^\s*[}\]]/.test(plain.slice(i + 1, i + 200))) {
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(fix(out));
}

/** A line coded to an ERP cost code and category, on commitment line `C<id>`, for 10.00. */
export function lineItem(id: string, patch: Partial<LineItem> = {}): LineItem {
  return {
    id,
    commitmentLineItemId: `C${id}`,
    description: `Line ${id}`,
    amount: '10.00',
    costCode: { code: '03-200', erpId: '03-200' },
    category: { code: 'M', erpId: 'M' },
    ...patch,
  };
}

/** The builders' sendable change order (ERP ID `CO007`) on the given lines. */
export function changeOrder(lineItems: LineItem[], patch: Partial<ChangeOrder> = {}): ChangeOrder {
  return {
    ...aChangeOrder()
      .withLineItems(...lineItems)
      .build(),
    ...patch,
  };
}
