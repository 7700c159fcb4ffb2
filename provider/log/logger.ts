// The one logger (pino) of the provider and its plugins. It writes to stderr: in the plugins stdout belongs
// to the protocol. Secrets are removed by path wherever they appear in logged objects.
import pino, { type Logger } from 'pino';

/** Paths whose values never reach a log line. */
export const REDACT = [
  'password',
  '*.password',
  '*.*.password',
  'admin_pass',
  '*.admin_pass',
  'adminPass',
  '*.adminPass',
  'admin_pass_wo',
  '*.admin_pass_wo',
  'private_key',
  '*.private_key',
  'privateKey',
  '*.privateKey',
  'token',
  '*.token',
  'secret_key',
  '*.secret_key',
  'application_credential_secret',
  '*.application_credential_secret',
  'eci_secret_key',
  '*.eci_secret_key',
  'headers["x-auth-token"]',
  'headers.authorization',
  'headers["Eop-Authorization"]',
  '*.image_registry_credential[*].password',
  '*.imageRegistryCredential[*].password',
];

let root: Logger | undefined;

export function logger(): Logger {
  root ??= pino(
    { level: process.env.NOVAFORM_LOG_LEVEL ?? 'warn', redact: { paths: REDACT, censor: '(sensitive)' } },
    pino.destination(2),
  );
  return root;
}
