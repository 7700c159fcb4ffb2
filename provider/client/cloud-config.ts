// Where a cloud's connection settings come from, as the OpenStack clients find them: explicit settings,
// then OS_* environment variables, then clouds.yaml (+ secure.yaml) — OS_CLIENT_CONFIG_FILE, ./clouds.yaml,
// ~/.config/openstack/, /etc/openstack/ — with the cloud chosen by OS_CLOUD. With nothing configured the
// result says so, and the provider falls back to the embedded engine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { textOf } from '../schema/values';

export interface CloudAuth {
  authUrl?: string;
  username?: string;
  userId?: string;
  password?: string;
  userDomainName?: string;
  userDomainId?: string;
  projectName?: string;
  projectId?: string;
  projectDomainName?: string;
  projectDomainId?: string;
  applicationCredentialId?: string;
  applicationCredentialName?: string;
  applicationCredentialSecret?: string;
  token?: string;
}

export interface CloudConfig {
  auth: CloudAuth;
  region?: string;
  interface: 'public' | 'internal' | 'admin';
  cacert?: string;
  insecure: boolean;
  /** Where the settings came from, for the "which cloud am I talking to" message (never the secrets). */
  source: string;
}

/** The files the OpenStack clients search, in their order. */
export function cloudsYamlCandidates(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string[] {
  return [
    env.OS_CLIENT_CONFIG_FILE,
    path.join(cwd, 'clouds.yaml'),
    path.join(cwd, 'clouds.yml'),
    path.join(os.homedir(), '.config', 'openstack', 'clouds.yaml'),
    path.join(os.homedir(), '.config', 'openstack', 'clouds.yml'),
    '/etc/openstack/clouds.yaml',
    '/etc/openstack/clouds.yml',
  ].filter((f): f is string => !!f);
}

type Raw = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? undefined : textOf(v));

function merge(a: Raw, b: Raw): Raw {
  const out: Raw = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object'
        ? merge(out[k] as Raw, v as Raw)
        : v;
  }
  return out;
}

function fromCloudEntry(entry: Raw, source: string): CloudConfig {
  const a = (entry.auth ?? {}) as Raw;
  return {
    auth: {
      authUrl: str(a.auth_url),
      username: str(a.username),
      userId: str(a.user_id),
      password: str(a.password),
      userDomainName: str(a.user_domain_name),
      userDomainId: str(a.user_domain_id),
      projectName: str(a.project_name ?? a.tenant_name),
      projectId: str(a.project_id ?? a.tenant_id),
      projectDomainName: str(a.project_domain_name),
      projectDomainId: str(a.project_domain_id),
      applicationCredentialId: str(a.application_credential_id),
      applicationCredentialName: str(a.application_credential_name),
      applicationCredentialSecret: str(a.application_credential_secret),
      token: str(a.token),
    },
    region: str(entry.region_name),
    interface: (str(entry.interface) ?? 'public') as CloudConfig['interface'],
    cacert: str(entry.cacert),
    insecure: entry.verify === false || entry.insecure === true || entry.insecure === 'true',
    source,
  };
}

export class CloudConfigError extends Error {}

function readYaml(file: string): Raw {
  const parsed = YAML.parse(fs.readFileSync(file, 'utf8')) as Raw | null;
  if (!parsed || typeof parsed !== 'object') throw new CloudConfigError(`${file} is not a YAML mapping`);
  return parsed;
}

/**
 * The named cloud from the first clouds.yaml that exists, with secure.yaml (beside it) merged in.
 * Throws when a cloud is named but not found, so a typo is not mistaken for "nothing configured".
 */
export function loadCloud(name: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CloudConfig {
  const file = cloudsYamlCandidates(env, cwd).find((f) => fs.existsSync(f));
  if (!file)
    throw new CloudConfigError(
      `cloud '${name}' requested but no clouds.yaml was found (searched: ${cloudsYamlCandidates(env, cwd).join(', ')})`,
    );
  const clouds = (readYaml(file).clouds ?? {}) as Record<string, Raw | undefined>;
  let entry = clouds[name];
  if (!entry)
    throw new CloudConfigError(
      `cloud '${name}' is not in ${file} (it has: ${Object.keys(clouds).join(', ') || 'none'})`,
    );
  const secure = [env.OS_CLIENT_SECURE_FILE, path.join(path.dirname(file), 'secure.yaml')].find(
    (f) => f && fs.existsSync(f),
  );
  if (secure) entry = merge(entry, ((readYaml(secure).clouds ?? {}) as Record<string, Raw | undefined>)[name] ?? {});
  return fromCloudEntry(entry, `clouds.yaml ${file} (cloud '${name}')`);
}

/** Settings from OS_* variables, or undefined when OS_AUTH_URL is not set. */
export function fromEnvironment(env: NodeJS.ProcessEnv = process.env): CloudConfig | undefined {
  if (!env.OS_AUTH_URL) return undefined;
  return {
    auth: {
      authUrl: env.OS_AUTH_URL,
      username: env.OS_USERNAME,
      userId: env.OS_USER_ID,
      password: env.OS_PASSWORD,
      userDomainName: env.OS_USER_DOMAIN_NAME,
      userDomainId: env.OS_USER_DOMAIN_ID,
      projectName: env.OS_PROJECT_NAME ?? env.OS_TENANT_NAME,
      projectId: env.OS_PROJECT_ID ?? env.OS_TENANT_ID,
      projectDomainName: env.OS_PROJECT_DOMAIN_NAME,
      projectDomainId: env.OS_PROJECT_DOMAIN_ID,
      applicationCredentialId: env.OS_APPLICATION_CREDENTIAL_ID,
      applicationCredentialName: env.OS_APPLICATION_CREDENTIAL_NAME,
      applicationCredentialSecret: env.OS_APPLICATION_CREDENTIAL_SECRET,
      token: env.OS_TOKEN,
    },
    region: env.OS_REGION_NAME,
    interface: (env.OS_INTERFACE ?? env.OS_ENDPOINT_TYPE ?? 'public').replace(/URL$/, '') as CloudConfig['interface'],
    cacert: env.OS_CACERT,
    insecure: env.OS_INSECURE === 'true' || env.OS_INSECURE === '1',
    source: 'OS_* environment variables',
  };
}

/**
 * Resolves the connection: an explicit cloud name (or OS_CLOUD) wins, then OS_AUTH_URL; explicit settings
 * override what either gave. Undefined means nothing is configured (→ the embedded engine).
 */
export function resolveCloud(
  explicit: { cloud?: string } & Partial<CloudAuth> &
    Partial<Pick<CloudConfig, 'region' | 'interface' | 'cacert' | 'insecure'>> = {},
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): CloudConfig | undefined {
  const { cloud, region, interface: iface, cacert, insecure, ...auth } = explicit;
  const name = cloud ?? env.OS_CLOUD;
  const base = name ? loadCloud(name, env, cwd) : fromEnvironment(env);
  const given = Object.fromEntries(
    Object.entries(auth as Record<string, unknown>).filter(([, v]) => v !== undefined),
  ) as CloudAuth;
  if (!base && !given.authUrl) return undefined;
  const start: CloudConfig = base ?? { auth: {}, interface: 'public', insecure: false, source: 'provider settings' };
  return {
    ...start,
    auth: { ...start.auth, ...given },
    region: region ?? start.region,
    interface: iface ?? start.interface,
    cacert: cacert ?? start.cacert,
    insecure: insecure ?? start.insecure,
    source: Object.keys(given).length && base ? `${start.source}, overridden by provider settings` : start.source,
  };
}
