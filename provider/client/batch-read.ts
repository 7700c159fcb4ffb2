// Refreshing many servers at once: within one refresh window, every read is answered from a single
// paginated GET /servers/detail instead of one GET per server. Paging stops as soon as every server asked
// for has been seen; a server missing from a complete listing is gone.
import type { ServiceClient } from './service';

export interface BatchOptions {
  /** How long one listing answers reads (ms). */
  windowMs?: number;
  /** Page size for the listing (Nova caps it at 1000). */
  pageSize?: number;
  now?: () => number;
}

type ServerView = Record<string, unknown> & { id: string };

interface Listing {
  at: number;
  servers: Map<string, ServerView>;
  complete: boolean;
  marker?: string;
}

export class ServerBatchReader {
  private listing: Listing | null = null;
  private paging: Promise<void> | null = null;
  /** Ids asked for that the listing has not reached yet. */
  private readonly wanted = new Set<string>();

  constructor(
    private readonly compute: ServiceClient,
    private readonly opts: BatchOptions = {},
  ) {}

  /** The server's detail view, or undefined when it no longer exists. */
  async get(id: string): Promise<ServerView | undefined> {
    const now = (this.opts.now ?? Date.now)();
    if (!this.listing || now - this.listing.at >= (this.opts.windowMs ?? 2000)) {
      if (!this.paging) this.listing = { at: now, servers: new Map(), complete: false };
    }
    for (;;) {
      const l = this.listing!;
      const hit = l.servers.get(id);
      if (hit || l.complete) return hit;
      this.wanted.add(id);
      // Reads arriving together share the pages being fetched.
      this.paging ??= this.nextPage(l).finally(() => {
        this.paging = null;
      });
      await this.paging;
    }
  }

  /** Forget the listing (after this process changed servers, say). */
  invalidate(): void {
    if (!this.paging) this.listing = null;
  }

  private async nextPage(l: Listing): Promise<void> {
    const limit = this.opts.pageSize ?? 1000;
    const q = new URLSearchParams({ limit: String(limit) });
    if (l.marker) q.set('marker', l.marker);
    const res = await this.compute.call<{ servers: ServerView[]; servers_links?: { rel: string; href: string }[] }>(
      'GET',
      `/servers/detail?${q.toString()}`,
    );
    for (const s of res.body.servers) {
      l.servers.set(s.id, s);
      this.wanted.delete(s.id);
    }
    // Nova adds a next link whenever the page is full; an empty next page ends the listing.
    if (!res.body.servers_links?.some((x) => x.rel === 'next') || !res.body.servers.length) l.complete = true;
    else l.marker = res.body.servers[res.body.servers.length - 1].id;
  }
}
