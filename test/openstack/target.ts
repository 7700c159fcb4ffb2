// Finds the real OpenStack that `npm run openstack:up` (test/openstack/up.sh) starts on 127.0.0.1, for suites
// that run against it. The cloud counts as present only when its clouds.yaml exists AND Keystone issues a
// token for demo AND the compute API answers with that token; anything less is "absent", with the reason.
// `describeRealCloud` turns absence into a loud skip on a developer's machine and into a failure in CI
// (process.env.CI set), where up.sh is expected to have run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { request } from 'undici';
import YAML from 'yaml';
import type { Json } from '../helpers/json';

/** up.sh's state directory (same default and variable as the script). */
export const OPENSTACK_DIR = process.env.NOVAFORM_OPENSTACK_DIR || '/var/tmp/novaform-openstack';
export const CLOUD_NAMES = ['demo', 'alt_demo', 'admin'] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];

/** One cloud of clouds.yaml, in the words of its `auth` section. */
export interface CloudAuth {
  authUrl: string;
  username: string;
  password: string;
  projectName: string;
  userDomainName: string;
  projectDomainName: string;
  regionName: string;
}

export interface RealCloud {
  /** Path of the clouds.yaml up.sh wrote: give it to the `openstack` CLI as OS_CLIENT_CONFIG_FILE. */
  cloudsYaml: string;
  clouds: Record<CloudName, CloudAuth>;
}

/** Reads clouds.yaml; null when it is missing or lacks one of demo, alt_demo, admin. */
export function readCloudsYaml(file = path.join(OPENSTACK_DIR, 'clouds.yaml')): RealCloud | null {
  if (!fs.existsSync(file)) return null;
  const doc = YAML.parse(fs.readFileSync(file, 'utf8')) as { clouds?: Record<string, Json> } | null;
  const clouds = {} as Record<CloudName, CloudAuth>;
  for (const name of CLOUD_NAMES) {
    const c = doc?.clouds?.[name];
    if (!c?.auth) return null;
    clouds[name] = {
      authUrl: c.auth.auth_url,
      username: c.auth.username,
      password: c.auth.password,
      projectName: c.auth.project_name,
      userDomainName: c.auth.user_domain_name ?? 'Default',
      projectDomainName: c.auth.project_domain_name ?? 'Default',
      regionName: c.region_name ?? 'RegionOne',
    };
  }
  return { cloudsYaml: file, clouds };
}

/** A Keystone token with its catalog, and calls to the services it lists. */
export class CloudSession {
  constructor(
    readonly token: string,
    readonly projectId: string,
    private readonly catalog: { type: string; endpoints: { interface: string; region: string; url: string }[] }[],
    private readonly region: string,
  ) {}

  /** The public endpoint of a service type (`compute`, `image`, `network`, `volumev3`, …), no trailing slash. */
  endpoint(type: string): string {
    const service = this.catalog.find((s) => s.type === type);
    const ep = service?.endpoints.find((e) => e.interface === 'public' && e.region === this.region);
    if (!ep) throw new Error(`no public ${type} endpoint in ${this.region} in the catalog`);
    return ep.url.replace(/\/+$/, '');
  }

  /** Calls `path` on the service of that type; JSON in and out. Never throws on an HTTP status. */
  async call(
    type: string,
    method: string,
    urlPath: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Json; text: string }> {
    const h: Record<string, string> = { 'x-auth-token': this.token, accept: 'application/json', ...headers };
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await request(`${this.endpoint(type)}${urlPath}`, {
      method: method as 'GET',
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
      headersTimeout: 60_000,
      bodyTimeout: 60_000,
    });
    const text = await res.body.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.statusCode, body: parsed, text };
  }
}

/** Password login with project scope, as keystoneauth does it for a clouds.yaml entry. */
export async function login(auth: CloudAuth, timeoutMs = 30_000): Promise<CloudSession> {
  const res = await request(`${auth.authUrl.replace(/\/+$/, '')}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: {
            user: { name: auth.username, domain: { name: auth.userDomainName }, password: auth.password },
          },
        },
        scope: { project: { name: auth.projectName, domain: { name: auth.projectDomainName } } },
      },
    }),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const text = await res.body.text();
  if (res.statusCode !== 201) throw new Error(`login as ${auth.username}: HTTP ${res.statusCode} ${text}`);
  const token = JSON.parse(text).token;
  return new CloudSession(String(res.headers['x-subject-token']), token.project.id, token.catalog, auth.regionName);
}

/**
 * The real cloud if it is up and answering, else the reason it is not (async; for scripts and hooks).
 * Answering = demo logs in and the compute API lists flavors with that token.
 */
export async function probeRealCloud(): Promise<{ cloud: RealCloud } | { reason: string }> {
  const cloud = readCloudsYaml();
  if (!cloud) return { reason: `no clouds.yaml in ${OPENSTACK_DIR} (run \`npm run openstack:up\`)` };
  try {
    const demo = await login(cloud.clouds.demo, 10_000);
    const flavors = await demo.call('compute', 'GET', '/flavors');
    if (flavors.status !== 200) return { reason: `compute API answered HTTP ${flavors.status}: ${flavors.text}` };
  } catch (err) {
    return { reason: `the cloud in ${cloud.cloudsYaml} does not answer: ${(err as Error).message}` };
  }
  return { cloud };
}

/** The real cloud (clouds.yaml path and auth settings) when it is up and answering, otherwise null. */
export async function findRealCloud(): Promise<RealCloud | null> {
  const probe = await probeRealCloud();
  return 'cloud' in probe ? probe.cloud : null;
}

let syncProbe: { cloud: RealCloud } | { reason: string } | undefined;
/**
 * The same probe, synchronously (jest collects `describe` blocks synchronously): the two HTTP calls run in a
 * child node process with the global fetch. Memoised per test file.
 */
export function probeRealCloudSync(): { cloud: RealCloud } | { reason: string } {
  if (syncProbe) return syncProbe;
  const cloud = readCloudsYaml();
  if (!cloud) return (syncProbe = { reason: `no clouds.yaml in ${OPENSTACK_DIR} (run \`npm run openstack:up\`)` });
  const a = cloud.clouds.demo;
  const script = `
    const a = ${JSON.stringify(a)};
    const scope = { project: { name: a.projectName, domain: { name: a.projectDomainName } } };
    const user = { name: a.username, domain: { name: a.userDomainName }, password: a.password };
    const body = JSON.stringify({ auth: { identity: { methods: ['password'], password: { user } }, scope } });
    (async () => {
      const t = await fetch(a.authUrl.replace(/\\/+$/, '') + '/auth/tokens',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(15000) });
      if (t.status !== 201) return 'Keystone refused demo: HTTP ' + t.status;
      const token = t.headers.get('x-subject-token');
      const compute = (await t.json()).token.catalog.find((s) => s.type === 'compute');
      const ep = compute && compute.endpoints.find((e) => e.interface === 'public');
      if (!ep) return 'no compute endpoint in the catalog';
      const f = await fetch(ep.url.replace(/\\/+$/, '') + '/flavors',
        { headers: { 'x-auth-token': token }, signal: AbortSignal.timeout(15000) });
      return f.status === 200 ? 'ok' : 'compute API answered HTTP ' + f.status;
    })().then((r) => process.stdout.write(r), (e) => process.stdout.write(String(e && e.cause || e)));`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 40_000 });
  const answer = child.stdout || child.error?.message || child.stderr;
  syncProbe = answer === 'ok' ? { cloud } : { reason: `the cloud in ${cloud.cloudsYaml} does not answer: ${answer}` };
  return syncProbe;
}

/**
 * `describe` for suites that need the real cloud. The callback gets the cloud; read it in hooks and tests
 * only (when the suite is skipped, touching it at collection time throws). Absent cloud: outside CI the
 * suite is skipped with a loud console.warn giving the reason; with process.env.CI set it fails.
 */
export function describeRealCloud(name: string, fn: (cloud: RealCloud) => void): void {
  const probe = probeRealCloudSync();
  if ('cloud' in probe) {
    describe(`${name} [real OpenStack]`, () => fn(probe.cloud));
    return;
  }
  if (process.env.CI) {
    describe(`${name} [real OpenStack]`, () => {
      test('the real OpenStack is up (CI runs `npm run openstack:up` first)', () => {
        throw new Error(`the real OpenStack is required in CI but absent: ${probe.reason}`);
      });
    });
    return;
  }
  console.warn(
    `\n*** SKIPPED "${name}": the real OpenStack is absent — ${probe.reason}. ` +
      'Start it with `npm run openstack:up` (root, Debian 12). ***\n',
  );
  const absent = new Proxy({} as RealCloud, {
    get: () => {
      throw new Error('the real OpenStack is absent; this suite is skipped');
    },
  });
  describe.skip(`${name} [real OpenStack]`, () => fn(absent));
}
