// Detaching something from a server (a volume, a port) as clouds really behave: the DELETE may be refused
// while the server or the volume is busy with another task, so it is re-sent until accepted (or the thing
// is already gone), then the detach is awaited until the attachment has disappeared.
import type { Connection } from '../../client/connection';
import { isStatus, waitUntil, type Verdict } from './api';

/** A refusal that only means "not now": another task holds the server or the volume. */
export function busy(e: unknown): boolean {
  if (!isStatus(e, 400, 409)) return false;
  if (/locked/i.test(e.apiMessage)) return false; // a lock does not go away by waiting
  return /task_state|in progress|busy|attaching|detaching|is not ready|reserved/i.test(e.apiMessage);
}

export async function detachAndWait(
  conn: Connection,
  what: string,
  timeoutMs: number,
  detach: () => Promise<unknown>,
  detached: () => Promise<Verdict>,
): Promise<void> {
  let accepted = false;
  await waitUntil(
    conn,
    what,
    timeoutMs,
    async (): Promise<Verdict> => {
      if (!accepted) {
        try {
          await detach();
          accepted = true;
        } catch (e) {
          if (isStatus(e, 404)) return { done: true }; // already detached, or the server is gone
          if (busy(e)) return { pending: `busy: ${(e as { apiMessage: string }).apiMessage}` };
          throw e;
        }
      }
      return detached();
    },
    (v) => v,
  );
}
