// Machine-readable rendering: the model with its markers spelled out (`afterUnknown`, `beforeSensitive`),
// so consumers never have to guess whether a string is a value or a placeholder. Secrets are absent.
import { isSensitive, isUnknown, summarize, summaryLine, type AttrChange, type Preview } from './model';

const plain = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v ?? null, (_k, x: unknown) => (isUnknown(x) || isSensitive(x) ? null : x)));

function change(c: AttrChange) {
  return {
    path: c.path,
    kind: c.kind,
    before: plain(c.before),
    after: plain(c.after),
    ...(isSensitive(c.before) ? { beforeSensitive: true } : {}),
    ...(isSensitive(c.after) ? { afterSensitive: true } : {}),
    ...(isUnknown(c.after) ? { afterUnknown: true } : {}),
    ...(c.forcesReplacement ? { forcesReplacement: true } : {}),
  };
}

export function renderJson(p: Preview): string {
  const summary = summarize(p);
  return (
    JSON.stringify(
      {
        source: p.source,
        summary,
        summaryLine: summaryLine(summary),
        resources: p.resources.map((r) => ({
          address: r.address,
          id: r.id,
          type: r.type,
          action: r.action,
          ...(r.replaceOrder ? { replaceOrder: r.replaceOrder } : {}),
          changes: r.changes.map(change),
          replaceReasons: r.replaceReasons,
          destructive: r.destructive,
          dependsOn: r.dependsOn,
          notes: r.notes,
        })),
        ...(p.simulation ? { simulation: p.simulation } : {}),
        notes: p.notes,
      },
      null,
      2,
    ) + '\n'
  );
}
