import { readFileSync } from 'node:fs';
import { type ChangeOrder, type LineItem, stripJsonComments } from '../../src/index.js';

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

/** The exact sum of decimal strings in units of 10^-scale, as BigInt: an oracle independent of ExactSum. */
export function bigSum(amounts: readonly string[], scale = 8): bigint {
  let total = 0n;
  for (const a of amounts) {
    const negative = a.startsWith('-');
    const [whole, fraction = ''] = (negative ? a.slice(1) : a).split('.');
    const units = BigInt(whole! + fraction.padEnd(scale, '0').slice(0, scale));
    total += negative ? -units : units;
  }
  return total;
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

/** An approved change order, synced and linked, with ERP ID `CO7`, on the given lines. */
export function changeOrder(lineItems: LineItem[], patch: Partial<ChangeOrder> = {}): ChangeOrder {
  return {
    id: '1',
    number: '7',
    erpId: 'CO7',
    title: 'Rebar',
    description: 'More rebar',
    status: 'approved',
    createdAt: '2024-03-10T07:30:00Z',
    erpStatus: 'not_sent',
    commitment: { id: '2', erpId: 'SC-001' },
    contractCompany: { id: '3', name: 'Acme', erpVendorId: 'ACME' },
    lineItems,
    ...patch,
  };
}
