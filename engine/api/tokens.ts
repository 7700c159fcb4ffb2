// Keystone tokens as signed, self-contained values, timed on the wall clock (not the engine's virtual one,
// which tests move by hours): any process sharing the store can verify them (the
// signing key lives in the store), so a provider process and `engine serve` accept each other's tokens.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/store';

export interface TokenClaims {
  id: string; userId: string; projectId: string; roles: string[]; methods: string[];
  issuedAt: number; expiresAt: number; appCredentialId?: string;
}

export const TOKEN_TTL_MS = 3_600_000;

function signingKey(store: Store): Buffer {
  let key = store.getMeta('token_key');
  if (!key) {
    store.tx(() => { key = store.getMeta('token_key') ?? randomBytes(32).toString('hex'); store.setMeta('token_key', key); });
  }
  return Buffer.from(key!, 'hex');
}

export function issueToken(store: Store, claims: Omit<TokenClaims, 'id'>): { token: string; claims: TokenClaims } {
  const full: TokenClaims = { ...claims, id: randomUUID().replace(/-/g, '') };
  const body = Buffer.from(JSON.stringify(full)).toString('base64url');
  const mac = createHmac('sha256', signingKey(store)).update(body).digest('base64url');
  return { token: `nf1.${body}.${mac}`, claims: full };
}

/** The token's claims, or null when it is malformed, forged, expired or revoked. */
export function verifyToken(store: Store, token: string | undefined, now: number): TokenClaims | null {
  if (!token) return null;
  const [tag, body, mac] = token.split('.');
  if (tag !== 'nf1' || !body || !mac) return null;
  const expected = createHmac('sha256', signingKey(store)).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: TokenClaims;
  try { claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as TokenClaims; } catch { return null; }
  if (claims.expiresAt <= now || store.getMeta(`revoked:${claims.id}`)) return null;
  return claims;
}

export function revokeToken(store: Store, claims: TokenClaims): void {
  store.tx(() => store.setMeta(`revoked:${claims.id}`, String(claims.expiresAt)));
}
