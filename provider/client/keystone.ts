// Keystone v3 for the provider: authenticate (password, application credential or token), keep the token
// and its catalog, pick endpoints by service type, interface and region, and authenticate again when the
// token expires or a service answers 401. Requests go through undici with keep-alive.
import fs from 'node:fs';
import { Agent, request, type Dispatcher } from 'undici';
import type { CloudAuth, CloudConfig } from './cloud-config';

export interface CatalogEndpoint {
  interface: string;
  region: string;
  region_id?: string;
  url: string;
}
export interface CatalogEntry {
  type: string;
  name: string;
  endpoints: CatalogEndpoint[];
}

/** TLS as the OpenStack clients do it: OS_CACERT / cacert adds a CA bundle; insecure skips verification. */
export function tlsOptions(
  cloud: Pick<CloudConfig, 'cacert' | 'insecure'>,
): { ca?: Buffer; rejectUnauthorized?: boolean } | undefined {
  if (cloud.insecure) return { rejectUnauthorized: false };
  return cloud.cacert ? { ca: fs.readFileSync(cloud.cacert) } : undefined;
}

export class AuthError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The identity body for one auth method (scoping only where Keystone allows it). */
export function authBody(a: CloudAuth): Record<string, unknown> {
  const domain = (name?: string, id?: string) => (id ? { id } : { name: name ?? 'Default' });
  let identity: Record<string, unknown>;
  if (a.applicationCredentialSecret && (a.applicationCredentialId || a.applicationCredentialName)) {
    identity = {
      methods: ['application_credential'],
      application_credential: a.applicationCredentialId
        ? { id: a.applicationCredentialId, secret: a.applicationCredentialSecret }
        : {
            name: a.applicationCredentialName,
            secret: a.applicationCredentialSecret,
            user: a.userId ? { id: a.userId } : { name: a.username, domain: domain(a.userDomainName, a.userDomainId) },
          },
    };
    return { auth: { identity } }; // an application credential fixes its own scope
  }
  if (a.token) identity = { methods: ['token'], token: { id: a.token } };
  else {
    if (!a.password || (!a.username && !a.userId))
      throw new AuthError('no credentials: set a username and password, an application credential, or a token', 400);
    identity = {
      methods: ['password'],
      password: {
        user: a.userId
          ? { id: a.userId, password: a.password }
          : { name: a.username, domain: domain(a.userDomainName, a.userDomainId), password: a.password },
      },
    };
  }
  const scope = a.projectId
    ? { project: { id: a.projectId } }
    : a.projectName
      ? { project: { name: a.projectName, domain: domain(a.projectDomainName ?? a.userDomainName, a.projectDomainId) } }
      : undefined;
  return { auth: { identity, ...(scope ? { scope } : {}) } };
}

/** What a service client needs from its authentication: a token (or request signing) and endpoints. */
export interface Session {
  readonly dispatcher: Dispatcher;
  projectId: string;
  getToken(): Promise<string>;
  invalidate(): void;
  endpoint(type: string): string;
  /** Extra headers that sign one request (AK/SK clouds); absent for token auth. */
  sign?(method: string, url: string, headers: Record<string, string>, body: string): Record<string, string>;
  close(): Promise<void>;
}

export class KeystoneSession implements Session {
  private token: string | null = null;
  /** Service type → URL, used instead of the catalog (endpoint_overrides). */
  overrides: Record<string, string> = {};
  private expiresAt = 0;
  catalog: CatalogEntry[] = [];
  projectId = '';
  userId = '';
  roles: string[] = [];
  readonly dispatcher: Dispatcher;

  constructor(
    readonly cloud: CloudConfig,
    dispatcher?: Dispatcher,
  ) {
    this.dispatcher = dispatcher ?? new Agent({ keepAliveTimeout: 30_000, connect: tlsOptions(cloud) });
  }

  /** A valid token, authenticating when there is none or it is about to expire. */
  async getToken(): Promise<string> {
    if (!this.token || Date.now() > this.expiresAt - 60_000) await this.authenticate();
    return this.token!;
  }

  /** Forgets the token (after a 401) so the next request authenticates again. */
  invalidate(): void {
    this.token = null;
  }

  async authenticate(): Promise<void> {
    const base = this.cloud.auth.authUrl?.replace(/\/+$/, '');
    if (!base) throw new AuthError('no auth URL configured', 400);
    const url = `${/\/v3$/.test(base) ? base : `${base}/v3`}/auth/tokens`;
    const res = await request(url, {
      method: 'POST',
      dispatcher: this.dispatcher,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(authBody(this.cloud.auth)),
    });
    const text = await res.body.text();
    if (res.statusCode !== 201) {
      let message = text;
      try {
        message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text;
      } catch {
        /* not JSON */
      }
      throw new AuthError(`authentication failed (${res.statusCode}): ${message}`, res.statusCode);
    }
    const subject = res.headers['x-subject-token'];
    const token = (
      JSON.parse(text) as {
        token: {
          expires_at: string;
          catalog?: CatalogEntry[];
          project?: { id: string };
          user: { id: string };
          roles?: { name: string }[];
        };
      }
    ).token;
    this.token = Array.isArray(subject) ? subject[0] : (subject ?? null);
    this.expiresAt = Date.parse(token.expires_at);
    this.catalog = token.catalog ?? [];
    this.projectId = token.project?.id ?? '';
    this.userId = token.user.id;
    this.roles = (token.roles ?? []).map((r) => r.name);
  }

  /** The endpoint URL of a service type on the configured interface and region. */
  endpoint(type: string): string {
    if (this.overrides[type]) return this.overrides[type].replace(/\/+$/, '');
    const entry = this.catalog.find((e) => e.type === type);
    if (!entry)
      throw new AuthError(
        `the catalog has no '${type}' service (it has: ${this.catalog.map((e) => e.type).join(', ')})`,
        404,
      );
    const region = this.cloud.region;
    const ep = entry.endpoints.find(
      (e) => e.interface === this.cloud.interface && (!region || e.region === region || e.region_id === region),
    );
    if (!ep)
      throw new AuthError(`no ${this.cloud.interface} '${type}' endpoint${region ? ` in region ${region}` : ''}`, 404);
    return ep.url.replace(/\/+$/, '');
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}
