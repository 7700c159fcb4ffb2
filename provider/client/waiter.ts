// Waiting for an asynchronous change: poll until a target state, with intervals that start short (the
// embedded engine finishes in milliseconds) and grow to a cap (a real cloud takes minutes), a deadline, and
// the failure state reported with the API's own message. Any other state is "still in progress".
export interface WaitOptions {
  timeoutMs: number;
  /** Polling intervals: first, growth factor, cap (ms). */
  firstMs?: number;
  factor?: number;
  maxMs?: number;
  /**
   * Instead of a fixed growth factor, wait this fraction of the time already waited (between first and cap):
   * a change that takes a second is seen within ~10 % of a second, one that takes ten minutes is polled
   * every minute at most ten times as often.
   */
  fraction?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export class WaitError extends Error {
  constructor(
    message: string,
    readonly last: unknown,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

/**
 * Polls `read` until `check` says 'done' (returns the value) or 'failed' (throws with its reason);
 * anything else continues. A deadline past `timeoutMs` throws a WaitError with the last value seen.
 */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  check: (v: T) => { done: true } | { failed: string } | { pending: string },
  opts: WaitOptions,
): Promise<T> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = opts.now ?? Date.now;
  const start = now();
  const deadline = start + opts.timeoutMs;
  let interval = opts.firstMs ?? 50;
  for (;;) {
    const value = await read();
    const verdict = check(value);
    if ('done' in verdict) return value;
    if ('failed' in verdict) throw new WaitError(`${what} failed: ${verdict.failed}`, value, false);
    if (now() + interval > deadline)
      throw new WaitError(
        `timed out after ${opts.timeoutMs} ms waiting for ${what} (last: ${verdict.pending})`,
        value,
        true,
      );
    await sleep(interval);
    const max = opts.maxMs ?? 10_000;
    interval = opts.fraction
      ? Math.min(max, Math.max(opts.firstMs ?? 50, Math.round((now() - start) * opts.fraction)))
      : Math.min(max, Math.round(interval * (opts.factor ?? 1.5)));
  }
}
