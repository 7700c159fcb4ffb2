// How one masked value is written in every renderer: JSON literals, `(known after apply)`, `(sensitive)`.
import { isSensitive, isUnknown } from './model';

export const UNKNOWN_TEXT = '(known after apply)';
export const SENSITIVE_TEXT = '(sensitive)';
const MAX = 200;

/** A value on one line, long ones shortened (user data, certificates) with their length said. */
export function formatValue(v: unknown): string {
  if (isUnknown(v)) return UNKNOWN_TEXT;
  if (isSensitive(v)) return SENSITIVE_TEXT;
  if (v === undefined) return 'null';
  const s = JSON.stringify(v, (_k, x: unknown) => (isUnknown(x) ? UNKNOWN_TEXT : isSensitive(x) ? SENSITIVE_TEXT : x));
  return s.length > MAX ? `${s.slice(0, MAX)}… (${s.length} characters)` : s;
}
