// Wording shared by the renderers: what an action means, and the destructive-operations list.
import { symbol, type ResourceChange } from './model';

export function actionWords(r: ResourceChange): string {
  switch (r.action) {
    case 'create':
      return 'create';
    case 'update':
      return 'update in place';
    case 'replace':
      return r.replaceOrder === 'create-first' ? 'replace (create, then destroy)' : 'replace (destroy, then create)';
    case 'delete':
      return 'destroy';
    case 'read':
      return 'read';
    case 'noop':
    default:
      return 'no change';
  }
}

/** The order resources are listed in: what loses data first, so it survives trimming. */
const RANK: Record<ResourceChange['action'], number> = {
  replace: 0,
  delete: 1,
  update: 2,
  create: 3,
  read: 4,
  noop: 5,
};
export const byImportance = (a: ResourceChange, b: ResourceChange) => RANK[a.action] - RANK[b.action];

/** Display label: `<symbol> <address>` plus the type where the address does not carry it (Pulumi). */
export const label = (r: ResourceChange) => {
  const prefix = r.action === 'noop' ? '' : `${symbol(r)} `;
  const addressNamesType = r.address.startsWith(`${r.type}.`) || r.address.includes(`.${r.type}.`);
  return `${prefix}${r.address}${addressNamesType ? '' : ` (${r.type})`}`;
};

export interface Warning {
  resource: ResourceChange;
  text: string;
  details: { path: string; reason: string }[];
}

/** Every destructive operation: replacements (with paths and reasons), in-place changes that erase data, deletes. */
export function warnings(resources: readonly ResourceChange[]): Warning[] {
  const out: Warning[] = [];
  for (const r of resources) {
    if (r.action === 'replace')
      out.push({
        resource: r,
        text: `is **replaced** ${actionWords(r).replace('replace ', '')}`,
        details: r.replaceReasons,
      });
    else if (r.action === 'delete') out.push({ resource: r, text: 'is **destroyed**', details: [] });
    else if (r.destructive.length > 0)
      out.push({
        resource: r,
        text: 'is changed in place by an operation that **erases data**',
        details: r.destructive,
      });
  }
  return out.sort((a, b) => byImportance(a.resource, b.resource));
}
