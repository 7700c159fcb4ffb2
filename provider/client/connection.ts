// One configured connection: the services a resource talks to (compute with a negotiated microversion,
// network, volume, image, ECI), the batched server reader and the wait pacing. It is made from the provider
// configuration: explicit settings, then OS_* / clouds.yaml, and with nothing configured the embedded
// engine in this process (store .novaform/engine.db under the working directory, the seeded demo member).
import path from 'node:path';
import { Agent, type Dispatcher } from 'undici';
import fs from 'node:fs';
import { buildApp, createEngine, SEED_PASSWORDS, type Engine } from '../../engine';
import { logger } from '../log/logger';
import type { ProviderConfig } from '../schema/provider';
import { textOf } from '../schema/values';
import { ServerBatchReader } from './batch-read';
import { resolveCloud, type CloudConfig } from './cloud-config';
import { EciClient } from './eci';
import { InjectDispatcher } from './embedded';
import { KeystoneSession, type Session } from './keystone';
import { DEFAULT_RETRY, negotiateCompute, ServiceClient } from './service';
import { signHuawei, sdkDate } from './signers/huawei';

/** Nova microversion the provider asks for (the newest it knows; negotiated down to what the cloud has). */
export const WANTED_MICROVERSION = '2.96';

export interface Connection {
  readonly compute: ServiceClient;
  readonly network: ServiceClient;
  readonly volume: ServiceClient;
  readonly image: ServiceClient;
  readonly servers: ServerBatchReader;
  readonly session: Session;
  readonly microversion: string;
  readonly projectId: string;
  /** True when talking to the in-process engine. */
  readonly embedded: boolean;
  /**
   * Polling: first interval, cap and growth (a fraction of the time waited so far). Short against the embedded engine.
   */
  readonly poll: { firstMs: number; maxMs: number; fraction: number };
  eci(): EciClient;
  /** Whether the caller is an admin (capacity checks, admin actions). */
  readonly admin: boolean;
  close(): Promise<void>;
}

const EMBEDDED_ORIGIN = 'http://novaform.embedded';
const embeddedEngines = new Map<
  string,
  { engine: Engine; app: ReturnType<typeof buildApp>; ready: Promise<unknown> }
>();
let toldEmbedded = false;

/** The in-process engine for a store path (one per path per process). */
export function embeddedEngine(data: string) {
  let e = embeddedEngines.get(data);
  if (!e) {
    if (data !== ':memory:') fs.mkdirSync(path.dirname(data), { recursive: true });
    const engine = createEngine({ data });
    const app = buildApp(engine);
    e = { engine, app, ready: Promise.resolve(app.ready()) };
    embeddedEngines.set(data, e);
  }
  return e;
}

const str = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : textOf(v));

/** AK/SK-signed requests (Huawei/OTC): no token; endpoints come from endpoint_overrides. */
class SignedSession implements Session {
  projectId: string;
  constructor(
    readonly dispatcher: Dispatcher,
    private readonly ak: string,
    private readonly sk: string,
    private readonly endpoints: Record<string, string>,
    projectId: string,
  ) {
    this.projectId = projectId;
  }
  async getToken() {
    return '';
  }
  invalidate() {
    /* nothing cached */
  }
  endpoint(type: string) {
    const url = this.endpoints[type];
    if (!url) throw new Error(`AK/SK signing needs endpoint_overrides.${type}`);
    return url.replace(/\/+$/, '');
  }
  sign(method: string, url: string, headers: Record<string, string>, body: string) {
    const date = sdkDate(Date.now());
    const { authorization } = signHuawei(this.ak, this.sk, {
      method,
      url,
      headers: { ...headers, 'X-Sdk-Date': date },
      body,
      signedHeaders: ['host', 'x-sdk-date', 'content-type'],
    });
    return {
      'X-Sdk-Date': date,
      Authorization: authorization,
      ...(this.projectId ? { 'X-Project-Id': this.projectId } : {}),
    };
  }
  async close() {
    await this.dispatcher.close();
  }
}

export interface ConnectOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export async function connect(config: ProviderConfig = {}, opts: ConnectOptions = {}): Promise<Connection> {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const overrides = (config.endpoint_overrides ?? {}) as Record<string, string>;
  const retry = {
    ...DEFAULT_RETRY,
    ...(config.max_retries !== undefined && config.max_retries !== null ? { retries: Number(config.max_retries) } : {}),
  };
  let session: Session;
  let embedded = false;
  let cloud: CloudConfig | undefined;
  const ak = str(config.access_key);
  if (ak && str(config.secret_key)) {
    session = new SignedSession(
      new Agent({ keepAliveTimeout: 30_000 }),
      ak,
      String(config.secret_key),
      overrides,
      str(config.project_id) ?? '',
    );
  } else {
    cloud = resolveCloud(
      {
        cloud: str(config.cloud),
        authUrl: str(config.auth_url),
        region: str(config.region),
        interface: str(config.interface) as CloudConfig['interface'] | undefined,
        username: str(config.user_name),
        userId: str(config.user_id),
        password: str(config.password),
        userDomainName: str(config.user_domain_name),
        projectName: str(config.project_name),
        projectId: str(config.project_id),
        projectDomainName: str(config.project_domain_name),
        applicationCredentialId: str(config.application_credential_id),
        applicationCredentialName: str(config.application_credential_name),
        applicationCredentialSecret: str(config.application_credential_secret),
        token: str(config.token),
        cacert: str(config.cacert_file),
        insecure: config.insecure === undefined || config.insecure === null ? undefined : Boolean(config.insecure),
      },
      env,
      cwd,
    );
    if (!cloud) {
      // Nothing configured: the embedded engine, acting as the seeded demo member.
      embedded = true;
      const given = str(config.embedded_data);
      const data = given === ':memory:' ? given : path.resolve(cwd, given ?? path.join('.novaform', 'engine.db'));
      const e = embeddedEngine(data);
      await e.ready;
      if (!toldEmbedded) {
        toldEmbedded = true;
        logger().warn(
          { data },
          `no cloud configured (no endpoint, cloud or OS_AUTH_URL): using the embedded engine, ` +
            `store ${path.relative(cwd, data) || data}`,
        );
      }
      cloud = {
        auth: {
          authUrl: `${EMBEDDED_ORIGIN}/identity/v3`,
          username: 'demo',
          password: SEED_PASSWORDS.demo,
          projectName: 'demo',
        },
        interface: 'public',
        insecure: false,
        source: 'embedded engine',
      };
      session = new KeystoneSession(cloud, new InjectDispatcher(e.app));
    } else {
      session = new KeystoneSession(cloud);
    }
    (session as KeystoneSession).overrides = overrides;
  }
  const compute = new ServiceClient(session, 'compute', retry);
  const microversion = await negotiateCompute(compute, WANTED_MICROVERSION);
  let eci: EciClient | undefined;
  const roles = session instanceof KeystoneSession ? session.roles : [];
  return {
    compute,
    microversion,
    session,
    embedded,
    network: new ServiceClient(session, 'network', retry),
    volume: new ServiceClient(session, 'volumev3', retry),
    image: new ServiceClient(session, 'image', retry),
    servers: new ServerBatchReader(compute, { windowMs: 1000 }),
    projectId: session.projectId,
    admin: roles.includes('admin'),
    poll: embedded
      ? { firstMs: 10, maxMs: 250, fraction: 0.1 }
      : { firstMs: Number(config.poll_interval_ms ?? 100), maxMs: 10_000, fraction: 0.1 },
    eci() {
      eci ??= new EciClient({
        session,
        retry,
        endpoint: str(config.eci_endpoint) ?? session.endpoint('eci'),
        regionId: str(config.eci_region_id) ?? cloud?.region ?? 'RegionOne',
        accessKey: str(config.eci_access_key),
        secretKey: str(config.eci_secret_key),
      });
      return eci;
    },
    close: async () => {
      if (!embedded) await session.close();
    },
  };
}
