// One OpenStack service as the provider talks to it: undici requests with the session's token, typed errors
// (status, the API's message, request id), retries with exponential back-off and jitter on 429 (honouring
// Retry-After), 5xx and Nova's "task in progress" 409 — never on other 4xx — and re-authentication on 401.
import { request } from 'undici';
import type { Session } from './keystone';

export class ApiError extends Error {
  constructor(
    readonly service: string,
    readonly method: string,
    readonly path: string,
    readonly status: number,
    message: string,
    readonly requestId: string | null,
    readonly body: unknown,
  ) {
    super(`${service} ${method} ${path}: ${status} ${message}${requestId ? ` (request ${requestId})` : ''}`);
    this.apiMessage = message;
  }
  readonly apiMessage: string;
}

export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}
export const DEFAULT_RETRY: RetryPolicy = { retries: 6, baseDelayMs: 250, maxDelayMs: 8000 };

/** Back-off for attempt n (0-based): exponential, capped, with "equal jitter" (half fixed, half random). */
export function backoff(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(exp / 2 + (random() * exp) / 2);
}

export interface Response<T> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The message inside Nova's `{"<fault>": {code, message}}`, Neutron's `{NeutronError}`, Keystone's `{error}` or ECI's
 * envelope.
 */
export function apiMessage(body: unknown, fallback: string): string {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    if (typeof b.message === 'string' && b.message) return b.message;
    for (const v of Object.values(b))
      if (v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string')
        return (v as { message: string }).message;
  }
  return typeof body === 'string' && body ? body.trim() : fallback;
}

/** Whether a failure is worth another try: throttling, server errors, and Nova's transitional-state conflicts. */
export function retryable(status: number, message: string): boolean {
  if (status === 429 || status >= 500) return true;
  return status === 409 && /task_state|task in progress|is not ready|Service is unavailable/i.test(message);
}

export class ServiceClient {
  /** Request headers every call carries (e.g. the negotiated microversion). */
  readonly headers: Record<string, string> = {};

  constructor(
    readonly session: Session,
    readonly type: string,
    readonly retry: RetryPolicy = DEFAULT_RETRY,
    /** Waits between attempts; tests pass one that records instead of sleeping. */
    readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    readonly random: () => number = Math.random,
  ) {}

  /** Back-off for attempt n (0-based), or what a Retry-After header asks for. */
  delay(attempt: number, retryAfter?: string | string[]): number {
    const header = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
    if (header !== undefined && /^\d+$/.test(header.trim())) return Number(header) * 1000;
    return backoff(this.retry, attempt, this.random);
  }

  /** `retries` 0 makes a non-idempotent call (a create) fail at once, for the caller to reconcile before retrying. */
  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    opts: { retries?: number } = {},
  ): Promise<Response<T>> {
    const retries = opts.retries ?? this.retry.retries;
    let reauthenticated = false;
    for (let attempt = 0; ; attempt++) {
      const token = await this.session.getToken();
      const url = `${this.session.endpoint(this.type)}${path}`;
      const text0 = body === undefined ? undefined : JSON.stringify(body);
      const h: Record<string, string> = {
        accept: 'application/json',
        ...this.headers,
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      };
      if (token) h['x-auth-token'] = token;
      if (this.session.sign) Object.assign(h, this.session.sign(method, url, h, text0 ?? ''));
      const res = await request(url, {
        method: method as 'GET',
        dispatcher: this.session.dispatcher,
        headers: h,
        body: text0,
      });
      const text = await res.body.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      if (res.statusCode < 400) return { status: res.statusCode, body: parsed as T, headers: res.headers };
      if (res.statusCode === 401 && !reauthenticated) {
        // an expired or revoked token: authenticate once more
        reauthenticated = true;
        this.session.invalidate();
        continue;
      }
      const message = apiMessage(parsed, `HTTP ${res.statusCode}`);
      const requestId = (res.headers['x-openstack-request-id'] ??
        res.headers['x-compute-request-id'] ??
        res.headers['x-request-id'] ??
        null) as string | null;
      if (attempt < retries && retryable(res.statusCode, message)) {
        await this.sleep(this.delay(attempt, res.headers['retry-after']));
        continue;
      }
      throw new ApiError(this.type, method, path, res.statusCode, message, requestId, parsed);
    }
  }
}

/**
 * Nova microversion negotiation: the highest version both sides support, from the unauthenticated version
 * document at the compute endpoint. Sets the headers every later call sends; returns the version.
 */
export async function negotiateCompute(client: ServiceClient, wanted: string): Promise<string> {
  await client.session.getToken();
  const endpoint = client.session.endpoint('compute');
  const res = await request(`${endpoint}/`, { method: 'GET', dispatcher: client.session.dispatcher });
  const doc = (await res.body.json()) as { version?: { version?: string; min_version?: string } };
  const max = doc.version?.version;
  const minor = (v: string) => Number(v.split('.')[1]);
  const chosen = !max ? '2.1' : minor(wanted) <= minor(max) ? wanted : max;
  client.headers['OpenStack-API-Version'] = `compute ${chosen}`;
  client.headers['X-OpenStack-Nova-API-Version'] = chosen;
  return chosen;
}
