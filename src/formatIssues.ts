import { formatPath } from './internal/describe.js';
import { describeCause } from './internal/guard.js';
import type { Issue } from './issues.js';
import { quote } from './text/quote.js';

/**
 * One readable line per issue, for a log or a terminal: where (`lineItems[0].amount`), what, and
 * the code in brackets. The path is left out for the whole input (`[]`) and when the message
 * already starts with it.
 * @param issues - Input issues (from a parser or an adapter) or rule violations.
 * @returns The lines joined with `\n`; `''` for no issue.
 * @example
 * formatIssues([
 *   { code: 'invalid_amount', path: ['lineItems', 0, 'amount'], message: 'Amount is the JSON number 1250.5; …' },
 *   { code: 'title_too_long', path: [], message: 'Title is 33 characters; Sage 300 CRE allows 30.' },
 * ])
 * //=> 'lineItems[0].amount: Amount is the JSON number 1250.5; … [invalid_amount]\n' +
 * //   'Title is 33 characters; Sage 300 CRE allows 30. [title_too_long]'
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map(formatIssue).join('\n');
}

function formatIssue(issue: Issue): string {
  try {
    const where = issue.path.length === 0 ? '' : formatPath(issue.path);
    const message = String(issue.message);
    const prefix = where === '' || message.startsWith(where) ? '' : `${where}: `;
    const code = String(issue.code);
    return `${prefix}${message} [${/^[a-z0-9_]{1,60}$/.test(code) ? code : quote(code)}]`;
  } catch (cause) {
    return `An issue that cannot be shown: ${describeCause(cause)} [unreadable_input]`;
  }
}
