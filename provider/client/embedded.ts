// The embedded transport: an undici dispatcher that hands each request to the engine's fastify app in the
// same process (`inject`), so the provider speaks the very same HTTP API with no socket and no port.
import type { FastifyInstance } from 'fastify';
import { Dispatcher } from 'undici';

type Headers = Record<string, string>;

function headersOf(h: Dispatcher.DispatchOptions['headers']): Headers {
  const out: Headers = {};
  if (!h) return out;
  if (Array.isArray(h)) {
    for (let i = 0; i < h.length; i += 2) out[String(h[i]).toLowerCase()] = String(h[i + 1]);
    return out;
  }
  for (const [k, v] of Object.entries(h as Record<string, string | string[] | number | undefined>))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}

async function bodyOf(body: Dispatcher.DispatchOptions['body']): Promise<string | Buffer | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const c of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

export class InjectDispatcher extends Dispatcher {
  constructor(private readonly app: FastifyInstance) {
    super();
  }

  override dispatch(opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const controller = {
      aborted: false,
      paused: false,
      reason: null as Error | null,
      abort(reason: Error) {
        this.aborted = true;
        this.reason = reason;
      },
      pause() {
        /* delivered whole */
      },
      resume() {
        /* delivered whole */
      },
    };
    void (async () => {
      const headers = headersOf(opts.headers);
      // The origin the caller addressed becomes the Host, so the engine's links point back to it.
      if (opts.origin) headers.host = new URL(String(opts.origin)).host;
      const res = await this.app.inject({
        method: opts.method as 'GET',
        url: opts.path,
        headers,
        payload: await bodyOf(opts.body),
      });
      const flat: Record<string, string> = {};
      const raw: Buffer[] = [];
      for (const [k, v] of Object.entries(res.headers)) {
        for (const one of Array.isArray(v) ? v : [v]) {
          if (one === undefined) continue;
          flat[k] = String(one);
          raw.push(Buffer.from(k), Buffer.from(String(one)));
        }
      }
      if (handler.onResponseStart) {
        handler.onRequestStart?.(controller, {});
        handler.onResponseStart(controller, res.statusCode, flat, res.statusMessage);
        if (res.rawPayload.length) handler.onResponseData?.(controller, res.rawPayload);
        handler.onResponseEnd?.(controller, {});
      } else {
        handler.onConnect?.((err) => controller.abort(err ?? new Error('aborted')));
        handler.onHeaders?.(res.statusCode, raw, () => undefined, res.statusMessage);
        if (res.rawPayload.length) handler.onData?.(res.rawPayload);
        handler.onComplete?.([]);
      }
    })().catch((err: Error) =>
      handler.onResponseError ? handler.onResponseError(controller, err) : handler.onError?.(err),
    );
    return true;
  }

  override async close(): Promise<void> {
    /* nothing to close: no sockets */
  }
  override async destroy(): Promise<void> {
    /* nothing to destroy */
  }
}
