import { randomBytes, randomUUID } from 'node:crypto';

export const uuid = (): string => randomUUID();
/** Neutron-style MAC with OpenStack's fa:16:3e prefix. */
export const macAddress = (): string =>
  `fa:16:3e:${[...randomBytes(3)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
export const reservationId = (): string =>
  `r-${randomBytes(6)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 8)}`;
/** Generated admin passwords, as Nova's utils.generate_password (no look-alike characters). */
export function password(length = 12): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}
