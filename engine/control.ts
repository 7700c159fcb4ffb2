// The engine's control surface for tests, simulation and LocalStack-style use: the clock, transition
// durations, fault rules, armed build failures, and whole-state reset / snapshot / restore / export.
// The HTTP API exposes the same operations under /_novaform/ (admin only).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SwitchableClock } from './clock';
import type { EngineContext } from './domain/context';
import { armBuildFailures } from './domain/injected';
import { applySeed } from './domain/seeding';
import { BadRequest, NotFound } from './model/errors';
import type { SeedSpec } from './model/seed';

export interface FaultRule {
  id: string;
  /** HTTP method, or '*' (default). */
  method: string;
  /** Path pattern: `*` matches within a segment, `**` across segments; matched against the URL path. */
  path: string;
  /** Only requests authenticated into this project. */
  project?: string;
  /** Answer with this status and a Nova-shaped body instead of serving the request. */
  status?: number;
  message?: string;
  /** Seconds for a Retry-After header (429/503). */
  retryAfter?: number;
  /** Delay the request by this many ms (then serve it, or fault it if `status` is set too). */
  latencyMs?: number;
  /** Chance (0..1) that a matching request is affected; default 1. */
  probability: number;
  /** How many more requests it may affect (absent: unlimited). */
  remaining?: number;
  hits: number;
}

const NAME = /^[A-Za-z0-9._-]{1,100}$/;

function pathRegex(pattern: string): RegExp {
  const esc = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${esc}$`);
}

export class Control {
  private readonly faults: (FaultRule & { re: RegExp })[] = [];
  private readonly snapshotDir: string;

  constructor(
    private readonly ctx: EngineContext,
    private readonly seed: SeedSpec,
    snapshotDir: string | null,
  ) {
    this.snapshotDir = snapshotDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-snapshots-'));
  }

  private get clock(): SwitchableClock {
    return this.ctx.clock as SwitchableClock;
  }

  // clock
  clockState() {
    return { mode: this.clock.kind, now: this.clock.now() };
  }
  advanceClock(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0)
      throw new BadRequest('advance_ms must be a non-negative number of milliseconds', 'advance_ms');
    if (this.clock.kind !== 'manual')
      throw new BadRequest('The clock is real; switch it to manual before advancing it.', 'advance_ms');
    return this.clock.advance(ms);
  }
  setClockMode(mode: string, at?: number): void {
    if (mode === 'manual') this.clock.useManual(at);
    else if (mode === 'real') this.clock.useReal();
    else throw new BadRequest(`mode must be 'real' or 'manual', not '${mode}'`, 'mode');
  }

  // durations
  durations(): Record<string, number> {
    return { ...this.ctx.durations };
  }
  setDurations(d: Record<string, unknown>): Record<string, number> {
    for (const [k, v] of Object.entries(d)) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new BadRequest(`durations.${k} must be a non-negative number of milliseconds`, `durations.${k}`);
    }
    Object.assign(this.ctx.durations, d);
    this.ctx.store.tx(() =>
      this.ctx.store.setMeta('config', JSON.stringify({ durations: this.ctx.durations, settings: this.ctx.settings })),
    );
    return this.durations();
  }

  // faults
  listFaults(): FaultRule[] {
    return this.faults.map(({ re: _re, ...f }) => ({ ...f }));
  }
  addFault(input: Partial<FaultRule>): FaultRule {
    if (typeof input.path !== 'string' || !input.path.startsWith('/'))
      throw new BadRequest("path must be a pattern starting with '/'", 'path');
    if (input.status === undefined && input.latencyMs === undefined)
      throw new BadRequest('a fault needs a status, a latencyMs, or both', 'status');
    if (input.status !== undefined && (!Number.isInteger(input.status) || input.status < 400 || input.status > 599))
      throw new BadRequest('status must be an HTTP error code (400-599)', 'status');
    const probability = input.probability ?? 1;
    if (!(probability >= 0 && probability <= 1))
      throw new BadRequest('probability must be between 0 and 1', 'probability');
    const rule: FaultRule = {
      id: randomUUID(),
      method: (input.method ?? '*').toUpperCase(),
      path: input.path,
      project: input.project,
      status: input.status,
      message: input.message,
      retryAfter: input.retryAfter,
      latencyMs: input.latencyMs,
      probability,
      remaining: input.remaining,
      hits: 0,
    };
    this.faults.push({ ...rule, re: pathRegex(rule.path) });
    return rule;
  }
  removeFault(id: string): void {
    const i = this.faults.findIndex((f) => f.id === id);
    if (i < 0) throw new NotFound(`Fault ${id} could not be found.`);
    this.faults.splice(i, 1);
  }
  clearFaults(): void {
    this.faults.length = 0;
  }
  /** The rule that applies to this request (counting it), or null. */
  matchFault(method: string, urlPath: string, projectId: string | null): FaultRule | null {
    for (const f of this.faults) {
      if (f.method !== '*' && f.method !== method.toUpperCase()) continue;
      if (f.project && f.project !== projectId) continue;
      if (!f.re.test(urlPath)) continue;
      if (f.remaining !== undefined && f.remaining <= 0) continue;
      if (f.probability < 1 && Math.random() >= f.probability) continue;
      f.hits++;
      if (f.remaining !== undefined) f.remaining--;
      return f;
    }
    return null;
  }

  failNextBuild(message = 'Build of instance aborted: injected failure (novaform control API)', count = 1): void {
    if (!Number.isInteger(count) || count < 1) throw new BadRequest('count must be a positive integer', 'count');
    armBuildFailures(this.ctx, message, count);
  }

  // state
  private tables(schema = 'main'): string[] {
    return this.ctx.store.db
      .prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
  }

  /** Back to the seed: every resource gone, the seed applied again (token signing key kept, so logins survive). */
  reset(): void {
    const store = this.ctx.store;
    store.tx(() => {
      for (const t of this.tables()) {
        if (t === 'meta')
          store.db.prepare("DELETE FROM meta WHERE key NOT IN ('token_key', 'schema_version', 'config')").run();
        else store.db.prepare(`DELETE FROM ${t}`).run();
      }
      store.invalidateCaches();
      applySeed(this.ctx, this.seed);
    });
    store.invalidateCaches();
  }

  private snapshotFile(name: string): string {
    if (!NAME.test(name))
      throw new BadRequest('A snapshot name is 1-100 letters, digits, dots, dashes or underscores.', 'name');
    return path.join(this.snapshotDir, `${name}.db`);
  }

  snapshot(name: string): { name: string; file: string } {
    const file = this.snapshotFile(name);
    fs.mkdirSync(this.snapshotDir, { recursive: true });
    fs.rmSync(file, { force: true });
    this.ctx.store.db.prepare('VACUUM INTO ?').run(file);
    return { name, file };
  }

  snapshots(): string[] {
    if (!fs.existsSync(this.snapshotDir)) return [];
    return fs
      .readdirSync(this.snapshotDir)
      .filter((f) => f.endsWith('.db'))
      .map((f) => f.slice(0, -3))
      .sort();
  }

  /** Replaces the whole state with a snapshot's, ids preserved. */
  restore(name: string): void {
    const file = this.snapshotFile(name);
    if (!fs.existsSync(file)) throw new NotFound(`Snapshot ${name} could not be found.`);
    const store = this.ctx.store;
    store.db.prepare('ATTACH DATABASE ? AS snap').run(file);
    try {
      store.tx(() => {
        for (const t of this.tables('snap')) {
          store.db.prepare(`DELETE FROM main.${t}`).run();
          store.db.prepare(`INSERT INTO main.${t} SELECT * FROM snap.${t}`).run();
        }
      });
    } finally {
      store.db.prepare('DETACH DATABASE snap').run();
      store.invalidateCaches();
    }
  }

  /** Every stored document, by table (secrets excluded: passwords, key material, token key). */
  export(): Record<string, unknown[]> {
    const out: Record<string, unknown[]> = {};
    for (const t of this.tables()) {
      if (t === 'meta') continue;
      const rows = this.ctx.store.db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[];
      out[t] = rows.map((r) =>
        typeof r.doc === 'string' ? redact(t, JSON.parse(r.doc) as Record<string, unknown>) : r,
      );
    }
    return out;
  }
}

function redact(table: string, doc: Record<string, unknown>): Record<string, unknown> {
  if (table === 'users') return { ...doc, password: '(sensitive)' };
  if (table === 'application_credentials') return { ...doc, secretHash: '(sensitive)' };
  if (table === 'access_keys') return { ...doc, secret: '(sensitive)' };
  return doc;
}
