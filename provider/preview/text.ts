// Plain-text rendering for terminals and logs: the whole plan, untrimmed, Terraform-like.
import { CHANGING, summarize, summaryLine, type Preview } from './model';
import { changeLine } from './markdown';
import { actionWords, byImportance, label, warnings } from './words';

export function renderText(p: Preview): string {
  const out = [`novaform preview (${p.source})`, summaryLine(summarize(p)), ''];
  const warn = warnings(p.resources);
  if (warn.length) {
    out.push(`Destructive changes (${warn.length}):`);
    for (const w of warn) {
      out.push(`  ${label(w.resource)} ${w.text.replace(/\*\*/g, '')}`);
      for (const d of w.details) out.push(`      ${d.path ? `${d.path}: ` : ''}${d.reason}`);
    }
    out.push('');
  }
  const sim = p.simulation;
  if (sim?.predictions.length) {
    out.push('Would fail:');
    for (const x of sim.predictions) out.push(`  ${x.resource}: ${x.operation}: ${x.error}`);
    out.push('');
  } else if (sim) out.push('Simulation: no planned operation would fail.', '');
  for (const n of [...(sim?.notes ?? []).map((x) => `Simulation: ${x}`), ...p.notes]) out.push(n);
  for (const r of p.resources.filter((x) => CHANGING.includes(x.action) || x.action === 'read').sort(byImportance)) {
    out.push(`${label(r)} (${actionWords(r)})`);
    for (const n of r.notes) out.push(`    # ${n}`);
    for (const c of r.changes) out.push(`    ${changeLine(c)}`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
