// The pull-request comment: GitHub-flavoured Markdown with a hidden marker (so CI edits its previous comment),
// the summary line, destructive-operation warnings, the simulation's `Would fail` section, a Mermaid graph and
// one collapsible section per changed resource. Trimmed to GitHub's comment limit, never losing the summary
// or the warnings.
import { CHANGING, summarize, summaryLine, type AttrChange, type Preview, type ResourceChange } from './model';
import { formatValue } from './format';
import { MAX_GRAPH_NODES, graphNodes, mermaid } from './mermaid';
import { actionWords, byImportance, label, warnings } from './words';

/** GitHub rejects comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Room kept after the head for the trimming notice. */
const TAIL_RESERVE = 600;

export interface MarkdownOptions {
  /** Distinguishes the sticky comments of several stacks in one pull request. */
  key?: string;
  title?: string;
  maxChars?: number;
}

export const marker = (key = 'default') => `<!-- novaform-preview key=${key.replace(/[^A-Za-z0-9._/-]/g, '_')} -->`;

/** Inline code that survives backticks in the text. */
function code(s: string): string {
  const runs = s.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  return fence.length > 1 || s.startsWith('`') || s.endsWith('`') ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Reasons come from schemas and plans: one line, no raw HTML. */
const prose = (s: string) => html(s).replace(/\s+/g, ' ');

function fenced(lang: string, body: string): string {
  const runs = body.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  return `${fence}${lang}\n${body}\n${fence}`;
}

export function changeLine(c: AttrChange): string {
  const mark = c.forcesReplacement ? '  # forces replacement' : '';
  if (c.kind === 'add') return `+ ${c.path} = ${formatValue(c.after)}${mark}`;
  if (c.kind === 'delete') return `- ${c.path} = ${formatValue(c.before)}${mark}`;
  return `~ ${c.path} = ${formatValue(c.before)} → ${formatValue(c.after)}${mark}`;
}

function details(r: ResourceChange): string {
  const n = r.changes.length;
  const head =
    `<details><summary><code>${html(label(r))}</code> — ` +
    `${actionWords(r)}${n ? ` (${n} attribute${n === 1 ? '' : 's'})` : ''}</summary>\n\n`;
  const parts: string[] = [];
  for (const note of r.notes) parts.push(`_${prose(note)}_`);
  if (r.changes.length) parts.push(fenced('diff', r.changes.map(changeLine).join('\n')));
  else parts.push('_No attribute changes shown._');
  return `${head}${parts.join('\n\n')}\n\n</details>`;
}

function warningLines(p: Preview): string[] {
  return warnings(p.resources).map((w) => {
    const why = w.details.map((d) => (d.path ? `${code(d.path)}: ${prose(d.reason)}` : prose(d.reason))).join('; ');
    return `> - ${code(label(w.resource))} ${w.text}${why ? ` — ${why}` : ''}`;
  });
}

function simulationSection(p: Preview): string[] {
  const sim = p.simulation;
  if (!sim) return [];
  const out: string[] = [];
  if (sim.predictions.length) {
    out.push('### Would fail', '', '| resource | operation | error |', '| --- | --- | --- |');
    for (const x of sim.predictions)
      out.push(`| ${code(x.resource)} | ${code(x.operation)} | ${prose(x.error).replace(/\|/g, '\\|')} |`);
    out.push('');
  } else {
    out.push('**Simulation:** no planned operation would fail.', '');
  }
  for (const n of sim.notes) out.push(`_Simulation: ${prose(n)}_`);
  if (sim.notes.length) out.push('');
  return out;
}

export function renderMarkdown(p: Preview, opts: MarkdownOptions = {}): string {
  const limit = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  const s = summarize(p);
  const head: string[] = [
    marker(opts.key),
    `## ${opts.title ?? `novaform preview (${p.source})`}`,
    '',
    `**${summaryLine(s)}**`,
    '',
  ];
  const tail: string[] = [];
  for (const n of p.notes) tail.push(`_${prose(n)}_`);
  if (p.notes.length) tail.push('');
  tail.push(...simulationSection(p));

  // The warnings always go in; when even they overflow, the list is cut with a count of what is left out.
  const warn = warningLines(p);
  const used = () => [...head, ...tail].reduce((n, l) => n + l.length + 1, 0);
  if (warn.length) {
    const budget = limit - TAIL_RESERVE - used() - 200;
    const kept: string[] = [];
    let size = 0;
    for (const l of warn) {
      if (size + l.length + 1 > budget) break;
      kept.push(l);
      size += l.length + 1;
    }
    head.push('> [!CAUTION]', `> **Destructive changes (${warn.length})**`, '>', ...kept);
    if (kept.length < warn.length)
      head.push(`> - … and ${warn.length - kept.length} more (see \`novaform preview --format json\`)`);
    head.push('');
  }
  head.push(...tail);

  let out = `${head.join('\n').trimEnd()}\n\n`;
  const room = () => limit - TAIL_RESERVE - out.length;
  const graph = mermaid(p);
  if (graph) {
    const block = `### Graph\n\n${fenced('mermaid', graph)}\n\n`;
    if (block.length < room()) out += block;
  } else if (graphNodes(p) === null) {
    out += `_Graph left out: more than ${MAX_GRAPH_NODES} resources._\n\n`;
  }
  const changed = p.resources.filter((r) => CHANGING.includes(r.action) || r.action === 'read').sort(byImportance);
  if (changed.length) out += '### Changes\n\n';
  else out += '_No changes: the infrastructure matches the configuration._\n';
  let shown = 0;
  for (const r of changed) {
    const block = `${details(r)}\n\n`;
    if (block.length > room()) break;
    out += block;
    shown++;
  }
  if (shown < changed.length) {
    out +=
      `_${changed.length - shown} of ${changed.length} changed resources not shown: ` +
      `a comment holds at most ${limit.toLocaleString('en-US')} characters. ` +
      'Run `novaform preview --format text` for the whole plan._\n';
  }
  return out.trimEnd() + '\n';
}
