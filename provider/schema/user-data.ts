// User data as Nova takes it: base64 text. Users write either plain text (a cloud-config) or base64 already
// (`base64encode()`, `data.cloudinit_config.*.rendered`); like gophercloud-based providers, text that decodes
// as standard base64 is taken as already encoded and sent as it is, anything else is encoded once.
import { LIMITS } from './limits';

/** Go's base64.StdEncoding.DecodeString, which gophercloud uses: padded, alphabet only, CR/LF skipped. */
export function isStdBase64(s: string): boolean {
  const compact = s.replace(/[\r\n]/g, '');
  return compact.length > 0 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(compact);
}

/** The base64 text sent to Nova for what the user wrote (encoded exactly once). */
export function userDataToSend(v: string): string {
  return isStdBase64(v) ? v : Buffer.from(v, 'utf8').toString('base64');
}

/** The problem with user data Nova would refuse for its size (the limit counts the base64 form), if any. */
export function userDataSizeError(v: string): string | undefined {
  const sent = userDataToSend(v).length;
  if (sent <= LIMITS.userData) return undefined;
  return `is ${sent} bytes once base64-encoded; Nova's limit is ${LIMITS.userData} bytes of base64`;
}
