// Field limits from the seed documents (001: metadata 255 B, user_data 65535 B base64, tags 60 chars / 50
// per server / no '/' or ','; names and descriptions 255). Errors name the field and the rule.
import { BadRequest } from './errors';

export const LIMITS = {
  name: 255,
  description: 255,
  metadataKey: 255,
  metadataValue: 255,
  userData: 65535,
  tag: 60,
  tagsPerServer: 50,
  lockedReason: 255,
} as const;

export function checkName(value: unknown, field = 'name', { allowEmpty = false } = {}): string {
  if (typeof value !== 'string')
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. Value: ${String(value)}. ` +
        `${JSON.stringify(value)} is not of type 'string'`,
      field,
    );
  if (!allowEmpty && value.trim().length === 0)
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. Value: ${value}. ` +
        `'${value}' does not match '^(?! )[\\S ]*(?<! )$' (must not be empty or blank)`,
      field,
    );
  if ([...value].length > LIMITS.name)
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. Value: ${value}. ` +
        `'${value}' is too long (maximum ${LIMITS.name} characters)`,
      field,
    );
  return value;
}

export function checkDescription(value: unknown, field = 'description'): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string')
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. ${JSON.stringify(value)} is not of type 'string', 'null'`,
      field,
    );
  if ([...value].length > LIMITS.description)
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. Value: ${value}. ` +
        `'${value}' is too long (maximum ${LIMITS.description} characters)`,
      field,
    );
  return value;
}

export function checkMetadata(md: unknown, field = 'metadata'): Record<string, string> {
  if (md === undefined || md === null) return {};
  if (typeof md !== 'object' || Array.isArray(md))
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. ${JSON.stringify(md)} is not of type 'object'`,
      field,
    );
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(md as Record<string, unknown>)) {
    if (k.length < 1 || Buffer.byteLength(k) > LIMITS.metadataKey) {
      throw new BadRequest(
        `Invalid input for field/attribute ${field}. Metadata keys must be 1 to ${LIMITS.metadataKey} bytes`,
        field,
      );
    }
    if (typeof v !== 'string')
      throw new BadRequest(
        `Invalid input for field/attribute ${field}.${k}. Value: ${JSON.stringify(v)}. Metadata values must be strings`,
        `${field}.${k}`,
      );
    if (Buffer.byteLength(v) > LIMITS.metadataValue) {
      throw new BadRequest(
        `Invalid input for field/attribute ${field}.${k}. Metadata value is longer than ${LIMITS.metadataValue} bytes`,
        `${field}.${k}`,
      );
    }
    out[k] = v;
  }
  return out;
}

export function checkTag(tag: unknown, field = 'tags'): string {
  if (typeof tag !== 'string' || tag.length < 1 || [...tag].length > LIMITS.tag || /[/,]/.test(tag)) {
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. Value: ${String(tag)}. ` +
        `A tag must be 1 to ${LIMITS.tag} characters and contain no '/' or ','`,
      field,
    );
  }
  return tag;
}

export function checkTags(tags: unknown, field = 'tags'): string[] {
  if (tags === undefined || tags === null) return [];
  if (!Array.isArray(tags))
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. ${JSON.stringify(tags)} is not of type 'array'`,
      field,
    );
  if (tags.length > LIMITS.tagsPerServer)
    throw new BadRequest(`The number of tags exceeded the per-server limit ${LIMITS.tagsPerServer}`, field);
  const out = tags.map((t, i) => checkTag(t, `${field}[${i}]`));
  return [...new Set(out)];
}

export function checkUserData(value: unknown, field = 'user_data'): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. ${JSON.stringify(value)} is not of type 'string'`,
      field,
    );
  if (value.length > LIMITS.userData) {
    throw new BadRequest(
      `Invalid input for field/attribute ${field}. User data is ${value.length} bytes; ` +
        `the limit is ${LIMITS.userData} bytes (base64-encoded)`,
      field,
    );
  }
  if (!isBase64(value)) throw new BadRequest('User data needs to be valid base 64.', field);
  return value;
}

/**
 * Python's non-strict base64 decoding, which Nova uses: characters outside the alphabet are skipped, and
 * what remains must be correctly padded ("fake_user_data" decodes; "not base64!" does not).
 */
export function isBase64(s: string): boolean {
  const compact = s.replace(/[^A-Za-z0-9+/=]/g, '');
  return compact.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(compact);
}
