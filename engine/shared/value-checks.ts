// Pure value checks the engine applies to requests and the provider applies to configuration before any call,
// so both refuse the same values with the same rule.

/** A dotted-quad IPv4 address, each octet at most 255. */
export function isIpv4(s: string): boolean {
  return /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split('.').every((o) => Number(o) <= 255);
}

/**
 * Python's non-strict base64 decoding, which Nova uses: characters outside the alphabet are skipped, and
 * what remains must be correctly padded ("fake_user_data" decodes; "not base64!" does not).
 */
export function isBase64(s: string): boolean {
  const compact = s.replace(/[^A-Za-z0-9+/=]/g, '');
  return compact.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(compact);
}

/**
 * Namespaced sysctls only (seed 003): kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*, net.* but
 * net.core.rmem_max.
 */
export const sysctlAllowed = (name: string) =>
  /^kernel\.shm/.test(name) ||
  /^kernel\.msg/.test(name) ||
  name === 'kernel.sem' ||
  /^fs\.mqueue\./.test(name) ||
  (/^net\./.test(name) && name !== 'net.core.rmem_max');
