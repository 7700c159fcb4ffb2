// Refreshing many servers at once: within one refresh window, every read is answered from a single
// paginated GET /servers/detail instead of one GET per server. A server missing from the listing is gone.
import type { ServiceClient } from './service';

export interface BatchOptions {
  /** How long one listing answers reads (ms). */
  windowMs?: number;
  /** Page size for the listing (Nova caps it at 1000). */
  pageSize?: number;
  now?: () => number;
}

type ServerView = Record<string, unknown> & { id: string };

export class ServerBatchReader {
  private snapshot: { at: number; servers: Map<string, ServerView> } | null = null;
  private inflight: Promise<Map<string, ServerView>> | null = null;

  constructor(private readonly compute: ServiceClient, private readonly opts: BatchOptions = {}) {}

  /** The server's detail view, or undefined when it no longer exists. */
  async get(id: string): Promise<ServerView | undefined> {
    return (await this.listing()).get(id);
  }

  /** Forget the listing (after this process changed servers, say). */
  invalidate(): void { this.snapshot = null; }

  private async listing(): Promise<Map<string, ServerView>> {
    const now = (this.opts.now ?? Date.now)();
    if (this.snapshot && now - this.snapshot.at < (this.opts.windowMs ?? 2000)) return this.snapshot.servers;
    // Concurrent reads share one listing.
    this.inflight ??= this.fetchAll().then((servers) => {
      this.snapshot = { at: now, servers };
      this.inflight = null;
      return servers;
    }, (err) => { this.inflight = null; throw err; });
    return this.inflight;
  }

  private async fetchAll(): Promise<Map<string, ServerView>> {
    const out = new Map<string, ServerView>();
    const limit = this.opts.pageSize ?? 1000;
    let marker: string | undefined;
    for (;;) {
      const q = new URLSearchParams({ limit: String(limit) });
      if (marker) q.set('marker', marker);
      const res = await this.compute.call<{ servers: ServerView[]; servers_links?: { rel: string; href: string }[] }>('GET', `/servers/detail?${q}`);
      for (const s of res.body.servers) out.set(s.id, s);
      // Nova adds a next link whenever the page is full; an empty next page ends the listing.
      if (!res.body.servers_links?.some((l) => l.rel === 'next') || !res.body.servers.length) return out;
      marker = res.body.servers[res.body.servers.length - 1].id;
    }
  }
}
