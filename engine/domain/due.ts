// "Is anything due?" asked on every engine call, answered from memory while nothing has been written: the
// earliest due time of a table is remembered per store generation.
import type { EngineContext } from './context';

type DueTable = 'servers' | 'container_groups';
type NextDueByTable = Map<DueTable, { generation: string; nextDue: number | null }>;
const cache = new WeakMap<object, NextDueByTable>();

export function nothingDue(ctx: EngineContext, table: DueTable, now: number): boolean {
  const known = cache.get(ctx.store)?.get(table);
  return !!known && known.generation === ctx.store.generation() && (known.nextDue === null || known.nextDue > now);
}

/** The ids due by `now`. */
export function dueIds(ctx: EngineContext, table: DueTable, now: number): string[] {
  return ctx.store.sql(`SELECT id FROM ${table} WHERE due_at IS NOT NULL AND due_at <= ?`).pluck().all(now) as string[];
}

export function rememberNextDue(ctx: EngineContext, table: DueTable): void {
  const nextDue = ctx.store.sql(`SELECT MIN(due_at) FROM ${table}`).pluck().get() as number | null;
  let perStore = cache.get(ctx.store);
  if (!perStore) cache.set(ctx.store, (perStore = new Map() as NextDueByTable));
  perStore.set(table, { generation: ctx.store.generation(), nextDue });
}
