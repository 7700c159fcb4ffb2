// CTyun EOP request signing (`Eop-Authorization`), used by the engine to verify ECI requests and by the
// provider's ECI client to sign them. Eop-date is Beijing time (UTC+8) written with a literal 'Z'.
import { createHash, createHmac } from 'node:crypto';

const hmac = (key: Buffer | string, msg: string) => createHmac('sha256', key).update(msg, 'utf8').digest();

/** `yyyyMMddTHHmmssZ` in Beijing time, as the EOP gateway expects. */
export function eopDate(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
  const time = `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
  return `${date}T${time}Z`;
}

/** Parses an Eop-date back to epoch ms (undefined when malformed). */
export function parseEopDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s) - 8 * 3_600_000;
}

/** Sorted `key=value` pairs joined with `&`, RFC 3986-encoded — the exact query string to send and sign. */
export function canonicalQuery(params: Record<string, string | number | boolean | undefined>): string {
  const enc = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return Object.keys(params)
    .filter((k) => params[k] !== undefined)
    .sort()
    .map((k) => `${enc(k)}=${enc(String(params[k]))}`)
    .join('&');
}

export interface EopInput {
  ak: string;
  sk: string;
  date: string;
  requestId: string;
  query: string;
  body: string | Buffer;
}

export function stringToSign(i: Pick<EopInput, 'requestId' | 'date' | 'query' | 'body'>): string {
  const bodyHash = createHash('sha256').update(i.body).digest('hex');
  return `ctyun-eop-request-id:${i.requestId}\neop-date:${i.date}\n\n${i.query}\n${bodyHash}`;
}

/** The base64 signature: HMAC chain SK → date → AK → day, then over the string to sign. */
export function eopSignature(i: EopInput): string {
  const kTime = hmac(i.sk, i.date);
  const kAk = hmac(kTime, i.ak);
  const kDate = hmac(kAk, i.date.slice(0, 8));
  return hmac(kDate, stringToSign(i)).toString('base64');
}

export function eopAuthorization(i: EopInput): string {
  return `${i.ak} Headers=ctyun-eop-request-id;eop-date Signature=${eopSignature(i)}`;
}

/** Splits an `Eop-Authorization` header into its access key, signed header names and signature. */
export function parseEopAuthorization(value: string): { ak: string; headers: string[]; signature: string } | undefined {
  const m = /^(\S+) Headers=(\S+) Signature=(\S+)$/.exec(value.trim());
  return m ? { ak: m[1], headers: m[2].split(';'), signature: m[3] } : undefined;
}
