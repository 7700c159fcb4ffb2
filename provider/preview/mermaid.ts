// A Mermaid flowchart (GitHub renders it) of the changed resources and what they depend on, coloured by
// action; resources the simulation says would fail are drawn as failures.
import { CHANGING, type Preview, type ResourceChange } from './model';
import { label } from './words';

export const MAX_GRAPH_NODES = 50;

const CLASSES: Record<string, string> = {
  create: 'fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  update: 'fill:#fff8c5,stroke:#9a6700,color:#1f2328',
  replace: 'fill:#fbefff,stroke:#8250df,color:#1f2328',
  delete: 'fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  fail: 'fill:#cf222e,stroke:#82071e,stroke-width:3px,color:#ffffff',
  same: 'fill:#f6f8fa,stroke:#d0d7de,color:#57606a',
};

const escape = (s: string) =>
  s.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');

/**
 * The graph's nodes: changed resources, the ones predicted to fail, and their direct dependencies; null as soon
 * as there are more than MAX_GRAPH_NODES (unreadable, slow to render).
 */
export function graphNodes(p: Preview): ResourceChange[] | null {
  const failing = new Set(p.simulation?.predictions.map((x) => x.resource));
  const byId = new Map(p.resources.map((r) => [r.id, r]));
  const picked = new Set<string>();
  for (const r of p.resources) {
    if (!CHANGING.includes(r.action) && !failing.has(r.address)) continue;
    picked.add(r.id);
    for (const d of r.dependsOn) if (byId.has(d)) picked.add(d);
    if (picked.size > MAX_GRAPH_NODES) return null;
  }
  return p.resources.filter((r) => picked.has(r.id));
}

/** The flowchart text; null without changes or with too many nodes. */
export function mermaid(p: Preview): string | null {
  const nodes = graphNodes(p);
  if (!nodes || nodes.length === 0) return null;
  const failing = new Set(p.simulation?.predictions.map((x) => x.resource));
  const ids = new Map(nodes.map((r, i) => [r.id, `r${i}`]));
  const lines = ['flowchart LR'];
  const used = new Set<string>();
  for (const r of nodes) {
    const cls = failing.has(r.address) ? 'fail' : CHANGING.includes(r.action) ? r.action : 'same';
    used.add(cls);
    lines.push(`  ${ids.get(r.id)}["${escape(label(r))}"]:::${cls}`);
  }
  for (const r of nodes)
    for (const d of r.dependsOn) if (ids.has(d)) lines.push(`  ${ids.get(d)} --> ${ids.get(r.id)}`);
  for (const [cls, style] of Object.entries(CLASSES)) if (used.has(cls)) lines.push(`  classDef ${cls} ${style}`);
  return lines.join('\n');
}
