// The engine served on 127.0.0.1:0 with a manual clock, and a small client that authenticates through
// Keystone like a real one and speaks to the compute API with a chosen microversion.
import { ManualClock, SEED_PASSWORDS, startEngine, type RunningEngine, type StartOptions } from '../../engine';
import type { Json } from './json';

export interface Res {
  status: number;
  headers: Headers;
  body: Json;
  text: string;
}

export class Client {
  constructor(
    readonly base: string,
    readonly token: string,
    readonly projectId: string,
    private readonly mv?: string,
  ) {}

  /** The same client at another microversion ('2.47', 'latest', or undefined for none). */
  at(mv: string | undefined): Client {
    return new Client(this.base, this.token, this.projectId, mv);
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const h: Record<string, string> = { 'x-auth-token': this.token, ...headers };
    if (this.mv) h['openstack-api-version'] = `compute ${this.mv}`;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }
  get(path: string) {
    return this.call('GET', path);
  }
  post(path: string, body?: unknown) {
    return this.call('POST', path, body);
  }
  put(path: string, body?: unknown) {
    return this.call('PUT', path, body);
  }
  delete(path: string) {
    return this.call('DELETE', path);
  }
}

export async function login(base: string, user: keyof typeof SEED_PASSWORDS, project: string = user): Promise<Client> {
  const res = await fetch(`${base}/identity/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: user, domain: { name: 'Default' }, password: SEED_PASSWORDS[user] } },
        },
        scope: { project: { name: project, domain: { name: 'Default' } } },
      },
    }),
  });
  if (res.status !== 201) throw new Error(`login ${user}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token: { project: { id: string } } };
  return new Client(base, res.headers.get('x-subject-token')!, body.token.project.id);
}

export interface Served {
  running: RunningEngine;
  clock: ManualClock;
  demo: Client;
  alt: Client;
  admin: Client;
  url: string;
  settle(ms?: number): void;
}

export async function serve(opts: StartOptions = {}): Promise<Served> {
  const clock = new ManualClock(Date.now());
  const running = await startEngine({ ...opts, clock });
  const [demo, alt, admin] = await Promise.all([
    login(running.url, 'demo'),
    login(running.url, 'alt_demo'),
    login(running.url, 'admin'),
  ]);
  return {
    running,
    clock,
    demo,
    alt,
    admin,
    url: running.url,
    settle: (ms = 60_000) => {
      clock.advance(ms);
      running.engine.tick();
    },
  };
}

export const CIRROS = '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c';
export const PRIVATE_NET = 'fb68519f-a7c0-476e-98d4-2e4cf6de6def';

/** Creates a server through the API and lets it build. */
export async function bootServer(c: Client, served: Served, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await c.post('/v2.1/servers', {
    server: { name: 'api-vm', flavorRef: '1', imageRef: CIRROS, networks: [{ uuid: PRIVATE_NET }], ...extra },
  });
  if (res.status !== 202) throw new Error(`create: ${res.status} ${res.text}`);
  served.settle();
  return res.body.server.id as string;
}

// Tests read JSON bodies loosely; let fetch's Response.json() say so.
declare global {
  interface Response {
    json(): Promise<Json>;
  }
}
