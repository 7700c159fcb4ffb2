// Keystone tokens as signed, self-contained values, timed on the wall clock (not the engine's virtual one,
// which tests move by hours): any process sharing the store can verify them (the
// signing key lives in the store), so a provider process and `engine serve` accept each other's tokens.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/store';

export interface TokenClaims {
  id: string;
  userId: string;
  projectId: string;
  roles: string[];
  methods: string[];
  issuedAt: number;
  expiresAt: number;
  appCredentialId?: string;
}

export const TOKEN_TTL_MS = 3_600_000;

const keys = new WeakMap<Store, Buffer>();
function signingKey(store: Store): Buffer {
  let key = keys.get(store);
  if (!key) {
    const hex = store.tx(() => {
      const existing = store.getMeta('token_key');
      if (existing) return existing;
      const fresh = randomBytes(32).toString('hex');
      store.setMeta('token_key', fresh);
      return fresh;
    });
    key = Buffer.from(hex, 'hex');
    keys.set(store, key);
  }
  return key;
}

/** Verified tokens, trusted again while nothing has been written (a revocation is a write). */
const verified = new WeakMap<Store, { generation: string; tokens: Map<string, TokenClaims> }>();

export function issueToken(store: Store, claims: Omit<TokenClaims, 'id'>): { token: string; claims: TokenClaims } {
  const full: TokenClaims = { ...claims, id: randomUUID().replace(/-/g, '') };
  const body = Buffer.from(JSON.stringify(full)).toString('base64url');
  const mac = createHmac('sha256', signingKey(store)).update(body).digest('base64url');
  return { token: `nf1.${body}.${mac}`, claims: full };
}

/** The token's claims, or null when it is malformed, forged, expired or revoked. */
export function verifyToken(store: Store, token: string | undefined, now: number): TokenClaims | null {
  if (!token) return null;
  const generation = store.generation();
  let cache = verified.get(store);
  if (!cache || cache.generation !== generation) verified.set(store, (cache = { generation, tokens: new Map() }));
  const hit = cache.tokens.get(token);
  if (hit) return hit.expiresAt > now ? hit : null;
  const claims = verifySigned(store, token, now);
  if (claims && cache.tokens.size < 10_000) cache.tokens.set(token, claims);
  return claims;
}

function verifySigned(store: Store, token: string, now: number): TokenClaims | null {
  const [tag, body, mac] = token.split('.');
  if (tag !== 'nf1' || !body || !mac) return null;
  const expected = createHmac('sha256', signingKey(store)).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as TokenClaims;
  } catch {
    return null;
  }
  if (claims.expiresAt <= now || store.getMeta(`revoked:${claims.id}`)) return null;
  return claims;
}

export function revokeToken(store: Store, claims: TokenClaims): void {
  store.tx(() => store.setMeta(`revoked:${claims.id}`, String(claims.expiresAt)));
}
