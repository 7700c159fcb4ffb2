// The ECI (CTyun container groups) client: the `regionId` header on every call, the `{statusCode, error,
// message, returnObj}` envelope turned into values or typed errors, authentication by EOP signature when
// access keys are configured and by the Keystone token otherwise, and the same retry policy as the other
// services (throttling, 5xx and conflicts are retried; other 4xx are not).
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { textOf } from '../schema/values';
import { canonicalQuery, eopAuthorization, eopDate } from '../../engine/shared/eop-signing';
import type { Session } from './keystone';
import { ApiError, apiMessage, backoff, DEFAULT_RETRY, type RetryPolicy } from './service';

export interface EciOptions {
  session: Session;
  /** Base URL (the catalog's `eci` entry or eci_endpoint); paths start with /eci/api/v1. */
  endpoint: string;
  regionId: string;
  accessKey?: string;
  secretKey?: string;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface Envelope<T> {
  statusCode?: number | string;
  error?: string;
  errorCode?: string;
  message?: string;
  description?: string;
  returnObj?: T;
}

/** Whether an ECI error is worth another try: throttling, unavailability, timeouts and state conflicts. */
const RETRYABLE = /TooManyRequests|ServiceUnavailable|ServerTimeout|\.Timeout$|Conflict$|InternalError/;

export class EciClient {
  constructor(readonly opts: EciOptions) {}

  async call<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
    query: Record<string, string> = {},
  ): Promise<T> {
    const retry = this.opts.retry ?? DEFAULT_RETRY;
    const sleep = this.opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    let reauthenticated = false;
    for (let attempt = 0; ; attempt++) {
      const qs = canonicalQuery(query);
      const url = `${this.opts.endpoint.replace(/\/+$/, '')}/eci/api/v1${path}${qs ? `?${qs}` : ''}`;
      const text = body === undefined ? '' : JSON.stringify(body);
      const headers: Record<string, string> = { regionId: this.opts.regionId, accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (this.opts.accessKey && this.opts.secretKey) {
        const requestId = randomUUID();
        const date = eopDate((this.opts.now ?? Date.now)());
        Object.assign(headers, {
          'ctyun-eop-request-id': requestId,
          'Eop-date': date,
          'Eop-Authorization': eopAuthorization({
            ak: this.opts.accessKey,
            sk: this.opts.secretKey,
            date,
            requestId,
            query: qs,
            body: text,
          }),
        });
      } else {
        headers['x-auth-token'] = await this.opts.session.getToken();
      }
      const res = await request(url, {
        method,
        headers,
        body: body === undefined ? undefined : text,
        dispatcher: this.opts.session.dispatcher,
      });
      const raw = await res.body.text();
      let env: Envelope<T> = {};
      try {
        env = raw ? (JSON.parse(raw) as Envelope<T>) : {};
      } catch {
        env = { message: raw };
      }
      const code = Number(env.statusCode ?? res.statusCode);
      const ok = res.statusCode < 400 && (code === 200 || code === 800) && !env.error && !env.errorCode;
      if (ok) return env.returnObj as T;
      if (res.statusCode === 401 && !reauthenticated && !this.opts.accessKey) {
        reauthenticated = true;
        this.opts.session.invalidate();
        continue;
      }
      const reason = env.error ?? env.errorCode ?? '';
      // Not an ECI envelope (a gateway or a fault in front of ECI): the message wherever the body keeps it.
      const detail = env.message ?? env.description ?? apiMessage(env, `HTTP ${res.statusCode}`);
      const message = reason ? `${detail} (${reason})` : detail;
      const requestId = (res.headers['x-request-id'] as string | undefined) ?? null;
      if (attempt < retry.retries && (res.statusCode === 429 || res.statusCode >= 500 || RETRYABLE.test(reason))) {
        await sleep(backoff(retry, attempt));
        continue;
      }
      throw new ApiError('eci', method, path, res.statusCode >= 400 ? res.statusCode : code, message, requestId, env);
    }
  }
}

/** ECI says "not found" both by HTTP status and by reason code. */
export const isEciNotFound = (e: unknown) =>
  e instanceof ApiError &&
  (e.status === 404 || /NotFound/.test(textOf((e.body as Envelope<unknown> | undefined)?.error)));
