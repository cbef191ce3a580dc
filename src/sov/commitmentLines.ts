// The commitment's schedule of values as the rules and the export read it: a line by its id.
import { present } from '../internal/blank.js';
import type { Commitment, CommitmentLine } from '../model/commitment.js';
import { quote } from '../text/quote.js';

/**
 * A commitment with its SOV lines found by id. Built once per commitment: `validateBatch` shares
 * one across every change order of the commitment.
 */
export interface CommitmentIndex {
  readonly commitment: Commitment;
  /** The SOV line with this id (the first, should two share it), or `undefined`. */
  line(id: string): CommitmentLine | undefined;
}

/** Up to this many SOV lines, a line is found by scanning them; beyond, through a map. */
const SCAN = 16;

/**
 * Indexes a commitment's SOV by line id: a scan for a short SOV, a map (built on first use) for a
 * long one; both find the first line with the id.
 * @example
 * indexCommitment(commitment).line('501')?.erpId //=> 'SC-001-1'
 */
export function indexCommitment(commitment: Commitment): CommitmentIndex {
  const sov = commitment.sov;
  // What no type stops in JavaScript: the entry points' guard reads it as `unreadable_input`.
  if (!Array.isArray(sov)) throw new TypeError('the commitment’s sov must be an array of lines');
  if (sov.length <= SCAN) {
    return {
      commitment,
      line: (id) => {
        for (const line of sov) if (line.id === id) return line;
        return undefined;
      },
    };
  }
  let byId: Map<string, CommitmentLine> | undefined;
  return {
    commitment,
    line: (id) => {
      if (byId === undefined) {
        byId = new Map();
        for (const line of sov) if (!byId.has(line.id)) byId.set(line.id, line);
      }
      return byId.get(id);
    },
  };
}

/**
 * A commitment as messages name it: its number when it has one (`"SC-001"`), else its id.
 * @example
 * commitmentName({ id: '2', number: 'SC-001', … }) //=> '"SC-001"'
 */
export function commitmentName(commitment: Pick<Commitment, 'id' | 'number'>): string {
  return quote(present(commitment.number) ?? commitment.id);
}
