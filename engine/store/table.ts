// A document table: each row is one entity as JSON, plus the columns queries filter and sort on, derived
// from the document on every write so the two can never disagree.
import type Database from 'better-sqlite3';

export type ColumnValue = string | number | null;
export interface TableSpec<T> {
  name: string;
  /** Extra columns (beyond id and doc), each computed from the document. */
  columns?: Record<string, { type: 'TEXT' | 'INTEGER'; of: (doc: T) => ColumnValue }>;
  indexes?: string[][];
  unique?: string[][];
}

export class Table<T extends { id: string }> {
  private readonly cols: [string, (d: T) => ColumnValue][];
  private readonly stmts: { get: Database.Statement; put: Database.Statement; del: Database.Statement };

  /** Parsed documents by id, valid for one store generation (see Store.generation). */
  private readonly docs = new Map<string, T>();
  private docsGeneration = '';

  constructor(
    db: Database.Database,
    readonly spec: TableSpec<T>,
    private readonly generation: () => string = () => '',
  ) {
    this.prepared = preparedStatements(db);
    this.cols = Object.entries(spec.columns ?? {}).map(([k, c]) => [k, c.of]);
    const colDefs = Object.entries(spec.columns ?? {}).map(([k, c]) => `${k} ${c.type}`);
    const uniques = (spec.unique ?? []).map((u) => `UNIQUE (${u.join(', ')})`);
    const columns = ['id TEXT PRIMARY KEY', ...colDefs, 'doc TEXT NOT NULL', ...uniques].join(', ');
    db.exec(`CREATE TABLE IF NOT EXISTS ${spec.name} (${columns})`);
    // A store written by an older version may lack a column added since: add it and derive it for every row.
    const existing = new Set(
      (db.prepare(`PRAGMA table_info(${spec.name})`).all() as { name: string }[]).map((c) => c.name),
    );
    const missing = Object.entries(spec.columns ?? {}).filter(([k]) => !existing.has(k));
    for (const [k, c] of missing) db.exec(`ALTER TABLE ${spec.name} ADD COLUMN ${k} ${c.type}`);
    for (const idx of spec.indexes ?? []) {
      db.exec(`CREATE INDEX IF NOT EXISTS ${spec.name}_${idx.join('_')} ON ${spec.name} (${idx.join(', ')})`);
    }
    const names = ['id', ...this.cols.map(([k]) => k), 'doc'];
    this.stmts = {
      get: db.prepare(`SELECT doc FROM ${spec.name} WHERE id = ?`),
      put: db.prepare(
        `INSERT OR REPLACE INTO ${spec.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      ),
      del: db.prepare(`DELETE FROM ${spec.name} WHERE id = ?`),
    };
    if (missing.length) {
      const rows = db.prepare(`SELECT doc FROM ${spec.name}`).pluck().all() as string[];
      db.transaction(() => {
        for (const doc of rows) this.put(JSON.parse(doc) as T);
      })();
    }
  }

  /**
   * One document. Reads repeat far more than writes (every GET re-reads its server), so parsed documents
   * are kept — frozen, since callers share them — until anything is written here or by another process.
   */
  get(id: string): T | undefined {
    this.freshen();
    const hit = this.docs.get(id);
    if (hit) return hit;
    const row = this.stmts.get.get(id) as { doc: string } | undefined;
    if (!row) return undefined;
    const doc = deepFreeze(JSON.parse(row.doc) as T);
    if (this.docs.size > 50_000) this.docs.clear();
    this.docs.set(id, doc);
    return doc;
  }

  put(doc: T): T {
    this.docs.delete(doc.id);
    this.queries.clear();
    this.stmts.put.run(doc.id, ...this.cols.map(([, of]) => of(doc)), JSON.stringify(doc));
    return doc;
  }

  delete(id: string): boolean {
    this.docs.delete(id);
    this.queries.clear();
    return this.stmts.del.run(id).changes > 0;
  }

  /** Documents matching a SQL condition over the table's columns (`where` is trusted code, values are bound). */
  where(where = '1', params: ColumnValue[] = [], tail = 'ORDER BY rowid'): T[] {
    this.freshen();
    const key = `${where}\u0000${tail}\u0000${JSON.stringify(params)}`;
    let docs = this.queries.get(key);
    if (!docs) {
      docs = (
        this.prepared(`SELECT doc FROM ${this.spec.name} WHERE ${where} ${tail}`).all(...params) as { doc: string }[]
      ).map((r) => deepFreeze(JSON.parse(r.doc) as T));
      if (this.queries.size > 1000) this.queries.clear();
      this.queries.set(key, docs);
    }
    return [...docs]; // the caller may sort or splice its copy; the documents themselves are frozen
  }

  /** Query results by SQL and parameters, for one generation like `docs`. */
  private readonly queries = new Map<string, T[]>();
  private freshen(): void {
    const generation = this.generation();
    if (generation !== this.docsGeneration) {
      this.docs.clear();
      this.queries.clear();
      this.docsGeneration = generation;
    }
  }

  first(where: string, params: ColumnValue[] = []): T | undefined {
    return this.where(where, params, 'ORDER BY rowid LIMIT 1')[0];
  }

  scalar<V = number>(select: string, where = '1', params: ColumnValue[] = []): V {
    const row = this.prepared(`SELECT ${select} AS v FROM ${this.spec.name} WHERE ${where}`).get(...params) as { v: V };
    return row.v;
  }

  private readonly prepared: (sql: string) => Database.Statement;
}

function deepFreeze<V>(v: V): V {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** Prepared statements compiled once per connection and SQL text (shared by a store and its tables). */
export function preparedStatements(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let st = cache.get(sql);
    if (!st) {
      st = db.prepare(sql);
      cache.set(sql, st);
    }
    return st;
  };
}
