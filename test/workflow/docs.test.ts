import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERP_STATUSES } from '../../src/model/enums.js';
import { type Transition, transitions } from '../../src/workflow/transitions.js';

const doc = readFileSync(new URL('../../docs/workflow.md', import.meta.url), 'utf8');

/** The edges of the first Mermaid `stateDiagram-v2` block, as `from --> to: label` lines. */
function mermaidEdges(markdown: string): string[] {
  const block = /```mermaid\n(stateDiagram-v2\n[\s\S]*?)```/.exec(markdown)?.[1];
  if (block === undefined) throw new Error('docs/workflow.md has no mermaid stateDiagram-v2 block');
  const edges: string[] = [];
  for (const raw of block.split('\n').slice(1)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('%%')) continue;
    const m = /^(\S+)\s*-->\s*(\S+?)\s*(?::\s*(.+))?$/.exec(line);
    if (m === null) throw new Error(`unreadable line in the diagram: ${line}`);
    const [, from, to, label] = m;
    if (from === '[*]') continue;
    edges.push(`${from} --> ${to}: ${label?.trim() ?? ''}`);
  }
  return edges;
}

function tableEdge(t: Transition): string {
  return `${t.from} --> ${t.to}: ${t.action}${t.directExport === true ? ' (direct export)' : ''}`;
}

describe('docs/workflow.md', () => {
  const edges = mermaidEdges(doc);

  it('draws exactly the transition table, edge for edge', () => {
    expect([...edges].sort()).toEqual(transitions.map(tableEdge).sort());
  });

  it('draws no edge twice', () => {
    expect(new Set(edges).size).toBe(edges.length);
  });

  it('starts at not_sent and names every ERP status', () => {
    expect(doc).toContain('[*] --> not_sent');
    for (const state of ERP_STATUSES) expect(edges.some((e) => e.startsWith(`${state} `))).toBe(true);
  });

  it('the parser reads edges and rejects what it cannot read', () => {
    expect(mermaidEdges('```mermaid\nstateDiagram-v2\n  a --> b: go\n  [*] --> a\n```')).toEqual([
      'a --> b: go',
    ]);
    expect(() => mermaidEdges('```mermaid\nstateDiagram-v2\n  a -> b\n```')).toThrow('unreadable');
    expect(() => mermaidEdges('no diagram')).toThrow('no mermaid');
  });
});
