// The step both Procore readers end with: the draft they built, in our model's shape, is checked by
// the model's own parser, and each issue it finds is moved to where the value is in the Procore
// payload.
import { formatPath } from '../../internal/describe.js';
import type { InputIssue, Path } from '../../issues.js';

/** Whether `draft` has a value at `path`: a reader that refused a field leaves it out. */
function isSet(draft: unknown, path: Path): boolean {
  let node = draft;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== undefined;
}

/**
 * The model's issues on `draft`, at their paths in the Procore payload (`toProcore`), their messages
 * naming that path; issues on a value a reader left out are dropped (the reader said why).
 * @example
 * modelIssues(draft, parsed.error, (path) => [...itemsPath, path[1], 'amount'])
 */
export function modelIssues(
  draft: unknown,
  issues: readonly InputIssue[],
  toProcore: (path: Path) => Path,
): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    if (!isSet(draft, issue.path)) continue;
    const path = toProcore(issue.path);
    const modelWhere = formatPath(issue.path);
    const message = issue.message.startsWith(modelWhere)
      ? formatPath(path) + issue.message.slice(modelWhere.length)
      : issue.message;
    out.push({ code: issue.code, path, message });
  }
  return out;
}

/**
 * Where a top-level model field is in a Procore object at `base`, by the table of `keys` (model
 * field → Procore key); `undefined` when `path` is not a top-level field of the table.
 * @example
 * renamedField(['createdAt'], { createdAt: 'created_at' }, ['change_order']) //=> ['change_order', 'created_at']
 */
export function renamedField(
  path: Path,
  keys: Readonly<Record<string, string>>,
  base: Path,
): Path | undefined {
  const [head] = path;
  if (path.length !== 1 || typeof head !== 'string' || !Object.hasOwn(keys, head)) return undefined;
  return [...base, keys[head] as string];
}
