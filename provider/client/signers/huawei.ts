// Huawei Cloud / Open Telekom Cloud APIG request signing (SDK-HMAC-SHA256): a canonical request of method,
// URI (trailing slash forced), sorted RFC 3986 query, signed headers and body hash; HMAC-SHA256 with the SK.
// X-Sdk-Date is real UTC (unlike CTyun's EOP).
import { createHash, createHmac } from 'node:crypto';

const ALGORITHM = 'SDK-HMAC-SHA256';
const sha256hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
/** RFC 3986: everything but unreserved characters percent-encoded, upper-case hex. */
export const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const sdkDate = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

export function canonicalUri(path: string): string {
  const encoded = path
    .split('/')
    .map((seg) => rfc3986(decodeURIComponent(seg)))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/** Query parameters sorted by name (code points), repeated names by value; `k=` for empty values. */
export function canonicalQuery(params: [string, string][]): string {
  return params
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export interface HuaweiRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Buffer;
  /** Header names to sign (x-sdk-date is always among them). */
  signedHeaders?: string[];
}

export function canonicalRequest(r: HuaweiRequest): { canonical: string; signedHeaders: string } {
  const url = new URL(r.url);
  const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v.trim()]));
  if (!headers.host) headers.host = url.host;
  const names = [
    ...new Set([...(r.signedHeaders ?? ['host', 'x-sdk-date']).map((h) => h.toLowerCase()), 'x-sdk-date']),
  ].sort();
  const payload = headers['x-sdk-content-sha256'] ?? sha256hex(r.body);
  const canonical = [
    r.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQuery([...url.searchParams.entries()]),
    names.map((n) => `${n}:${headers[n] ?? ''}\n`).join(''),
    names.join(';'),
    payload,
  ].join('\n');
  return { canonical, signedHeaders: names.join(';') };
}

export function stringToSign(date: string, canonical: string): string {
  return `${ALGORITHM}\n${date}\n${sha256hex(canonical)}`;
}

export const signature = (sk: string, toSign: string) => createHmac('sha256', sk).update(toSign).digest('hex');

/** The `Authorization` header (and the X-Sdk-Date it was made with) for a request. */
export function signHuawei(ak: string, sk: string, r: HuaweiRequest): { authorization: string; date: string } {
  const date = r.headers['X-Sdk-Date'] ?? r.headers['x-sdk-date'];
  if (!date) throw new Error('X-Sdk-Date is required to sign');
  const { canonical, signedHeaders } = canonicalRequest(r);
  return {
    authorization:
      `${ALGORITHM} Access=${ak}, SignedHeaders=${signedHeaders}, ` +
      `Signature=${signature(sk, stringToSign(date, canonical))}`,
    date,
  };
}
