// The ResourceProvider RPCs, each a thin translation onto the core: Check → validate, Diff → plan, Create/
// Update (preview → plan, real → create/update), Read → read or import, Delete → delete, Invoke → a data
// source. Resources are found by type token in RESOURCES; nothing here knows any particular resource.
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import type { PluginAttach } from '@pulumi/pulumi/proto/plugin_pb';
import * as pb from '@pulumi/pulumi/proto/provider_pb';
import { connect, type Connection } from '../client/connection';
import { noteOwned } from '../client/idempotency';
import { logger } from '../log/logger';
import { DATA_SOURCES, RESOURCES } from '../resources/index';
import { LookupError } from '../resources/lookups';
import { PartialApplyError, type ApplyOptions, type ResourceType } from '../resources/types';
import type { Rule } from '../schema/dsl';
import { validateInputs } from '../schema/validate';
import { textOf, withDefaults, type Obj } from '../schema/values';
import { configureInputs, parseConfig, PROVIDER_PROPS } from './config';
import { EngineLog, LogSeverity } from './engine-log';
import { asRpcError, initFailed, RpcError } from './errors';
import { resourceType, token, type PProp } from './model';
import { packageSchema } from './package-schema';
import {
  inputsOnly,
  jsToStruct,
  objectFromCore,
  objectToCore,
  pulumiMessage,
  pulumiPath,
  structToJs,
  type SecretPaths,
} from './wire';

const K = pb.PropertyDiff.Kind;
const KINDS = {
  add: [K.ADD, K.ADD_REPLACE],
  update: [K.UPDATE, K.UPDATE_REPLACE],
  delete: [K.DELETE, K.DELETE_REPLACE],
} as const;

interface Known {
  r: ResourceType;
  props: PProp[];
}
const byToken = new Map<string, Known>(); // filled on first use: other modules append to RESOURCES at load

function lookup(type: string, urn: string): Known {
  // Older engines send only the URN: urn:pulumi:<stack>::<project>::<parent$>type::<name>.
  const t = type || (urn.split('::')[2] ?? '').split('$').pop() || '';
  let k = byToken.get(t);
  if (!k) {
    const r = RESOURCES.find((x) => token(x.schema.name) === t);
    if (!r)
      throw new RpcError(
        status.INVALID_ARGUMENT,
        `unknown resource type '${t}'; novaform offers ${RESOURCES.map((x) => token(x.schema.name)).join(', ')}`,
      );
    k = { r, props: resourceType(r.schema).props };
    byToken.set(t, k);
  }
  return k;
}

/**
 * Imported inputs hold every attribute the cloud reports, so alternatives (image_id and image_name, flavor_id
 * and flavor_name) both appear; keep the first of each exclusive or alternative set, as a user would write it.
 */
function oneOfEach(rules: Rule[], inputs: Obj): Obj {
  const out = { ...inputs };
  for (const rule of rules) {
    const names =
      'atMostOne' in rule
        ? rule.atMostOne
        : 'exactlyOne' in rule
          ? rule.exactlyOne
          : 'conflicts' in rule
            ? rule.conflicts
            : 'alternatives' in rule
              ? rule.alternatives
              : [];
    for (const n of names.filter((k) => out[k] !== undefined).slice(1)) delete out[n];
  }
  return out;
}

const timeoutOpts = (seconds: number, urn: string): ApplyOptions => ({
  ...(seconds > 0 ? { timeoutMs: Math.round(seconds * 1000) } : {}),
  urn,
});
const failure = (property: string, reason: string) => new pb.CheckFailure().setProperty(property).setReason(reason);

export class NovaformProvider {
  private conn?: Promise<Connection>;
  private schemaJson?: string;
  private cancelled = false;

  private log: EngineLog;

  /** `engine`: the engine's address, for messages the user should see (its Log RPC). */
  constructor(
    private readonly cwd: string = process.cwd(),
    private readonly env: NodeJS.ProcessEnv = process.env,
    engine?: string,
  ) {
    this.log = new EngineLog(engine);
  }

  /** The connection Configure set up (or the default one, for a caller that skipped Configure). */
  private connection(): Promise<Connection> {
    this.conn ??= connect({}, { cwd: this.cwd, env: this.env });
    return this.conn;
  }

  // ---- bootstrap ----

  /** PULUMI_DEBUG_PROVIDERS: the engine attaches to a running plugin and names its address here. */
  attach(req: PluginAttach): void {
    this.log.close();
    this.log = new EngineLog(req.getAddress());
  }

  getSchema(): pb.GetSchemaResponse {
    this.schemaJson ??= JSON.stringify(packageSchema());
    return new pb.GetSchemaResponse().setSchema(this.schemaJson);
  }

  checkConfig(req: pb.CheckRequest): pb.CheckResponse {
    const news = structToJs(req.getNews());
    const { failures } = parseConfig(news);
    return new pb.CheckResponse()
      .setInputs(req.getNews() ?? jsToStruct({}))
      .setFailuresList(failures.map((f) => failure(f.property, f.reason)));
  }

  diffConfig(req: pb.DiffRequest): pb.DiffResponse {
    // Endpoint or credential changes never replace the provider (that would replace every resource it manages).
    const olds = parseConfig(configureInputs([], structToJs(req.getOldInputs() ?? req.getOlds()))).config;
    const news = parseConfig(configureInputs([], structToJs(req.getNews()))).config;
    const keys = [...new Set([...Object.keys(olds), ...Object.keys(news)])].filter(
      (k) => JSON.stringify(olds[k]) !== JSON.stringify(news[k]),
    );
    const res = new pb.DiffResponse().setChanges(
      keys.length ? pb.DiffResponse.DiffChanges.DIFF_SOME : pb.DiffResponse.DiffChanges.DIFF_NONE,
    );
    return res.setDiffsList(keys.map((k) => PROVIDER_PROPS.find((p) => p.tf === k)?.name ?? k));
  }

  async configure(req: pb.ConfigureRequest): Promise<pb.ConfigureResponse> {
    const { config, failures } = parseConfig(
      configureInputs(req.getVariablesMap().getEntryList(), structToJs(req.getArgs())),
    );
    if (failures.length)
      throw new RpcError(
        status.INVALID_ARGUMENT,
        `novaform provider configuration: ${failures.map((f) => f.reason).join('; ')}`,
      );
    this.conn = connect(config, { cwd: this.cwd, env: this.env });
    if ((await this.conn).embedded) {
      const store = path.relative(
        this.cwd,
        path.resolve(this.cwd, textOf(config.embedded_data, path.join('.novaform', 'engine.db'))),
      );
      await this.log.send(
        LogSeverity.INFO,
        `novaform: no cloud configured (novaform:cloud, novaform:authUrl, OS_AUTH_URL or clouds.yaml), ` +
          `so resources live in the embedded engine (store ${store})`,
      );
    }
    return new pb.ConfigureResponse()
      .setAcceptsecrets(true)
      .setSupportspreview(true)
      .setAcceptresources(true)
      .setAcceptoutputs(false);
  }

  // ---- resources ----

  check(req: pb.CheckRequest): pb.CheckResponse {
    const { r, props } = lookup(req.getType(), req.getUrn());
    const secrets: SecretPaths = new Set();
    const config = withDefaults(r.schema.fields, objectToCore(props, structToJs(req.getNews()), secrets));
    const failures = r.validate(config).map((e) => {
      const property = pulumiPath(props, e.path);
      return failure(property, `${property} ${pulumiMessage(props, e.message)}`);
    });
    return new pb.CheckResponse()
      .setInputs(jsToStruct(objectFromCore(props, config, secrets)))
      .setFailuresList(failures);
  }

  async diff(req: pb.DiffRequest): Promise<pb.DiffResponse> {
    const { r, props } = lookup(req.getType(), req.getUrn());
    const secrets: SecretPaths = new Set();
    const state = { ...objectToCore(props, structToJs(req.getOlds()), secrets), id: req.getId() };
    const config = withDefaults(r.schema.fields, objectToCore(props, structToJs(req.getNews()), secrets));
    // In the checkpoint: never adopted by a create of this process (a replacement keeps the URN).
    noteOwned(await this.connection(), req.getId());
    const plan = await r.plan(await this.connection(), state, config);
    const res = new pb.DiffResponse().setHasdetaileddiff(true);
    const diffs = new Set<string>();
    const replaces = new Set<string>();
    for (const c of plan.changes) {
      const at = pulumiPath(props, c.path);
      const top = at.split(/[.[]/)[0];
      diffs.add(top);
      if (c.replace) replaces.add(top);
      res
        .getDetaileddiffMap()
        .set(at, new pb.PropertyDiff().setKind(KINDS[c.kind][c.replace ? 1 : 0]).setInputdiff(false));
    }
    // A plan with no attribute change has nothing to show or do, whatever its action says.
    const changed = plan.changes.length > 0;
    return res
      .setChanges(changed ? pb.DiffResponse.DiffChanges.DIFF_SOME : pb.DiffResponse.DiffChanges.DIFF_NONE)
      .setDiffsList([...diffs])
      .setReplacesList([...replaces])
      .setDeletebeforereplace(replaces.size > 0 && Boolean(plan.deleteBeforeReplace ?? r.schema.deleteBeforeReplace));
  }

  async create(req: pb.CreateRequest): Promise<pb.CreateResponse> {
    const { r, props } = lookup(req.getType(), req.getUrn());
    const secrets: SecretPaths = new Set();
    const inputs = structToJs(req.getProperties());
    const config = withDefaults(r.schema.fields, objectToCore(props, inputs, secrets));
    const conn = await this.connection();
    if (req.getPreview()) {
      const plan = await r.plan(conn, null, config);
      return new pb.CreateResponse().setId('').setProperties(this.outputs(props, plan.planned, secrets));
    }
    this.notCancelled();
    try {
      const state = await r.create(conn, config, timeoutOpts(req.getTimeout(), req.getUrn()));
      return new pb.CreateResponse().setId(String(state.id)).setProperties(this.outputs(props, state, secrets));
    } catch (err) {
      throw await this.partial(err, props, secrets, req.getProperties(), req.getUrn());
    }
  }

  async read(req: pb.ReadRequest): Promise<pb.ReadResponse> {
    const { r, props } = lookup(req.getType(), req.getUrn());
    const secrets: SecretPaths = new Set();
    const old = objectToCore(props, structToJs(req.getProperties()), secrets);
    const oldInputs = objectToCore(props, structToJs(req.getInputs()), secrets);
    const conn = await this.connection();
    const importing = !Object.keys(old).length && !Object.keys(oldInputs).length;
    noteOwned(conn, req.getId());
    const state = importing ? await r.import(conn, req.getId()) : await r.read(conn, { ...old, id: req.getId() });
    if (!state) return new pb.ReadResponse(); // gone: refresh drops it, import reports it missing
    // Import: the inputs that reproduce the live object. Refresh: the user's inputs, with live values where they
    // drifted.
    const live = inputsOnly(props, state);
    const inputs: Obj = importing
      ? oneOfEach(r.schema.rules ?? [], live)
      : Object.fromEntries(Object.entries(oldInputs).map(([k, v]) => [k, live[k] !== undefined ? live[k] : v]));
    return new pb.ReadResponse()
      .setId(textOf(state.id, req.getId()))
      .setProperties(this.outputs(props, state, secrets))
      .setInputs(jsToStruct(objectFromCore(props, inputs, secrets)));
  }

  async update(req: pb.UpdateRequest): Promise<pb.UpdateResponse> {
    const { r, props } = lookup(req.getType(), req.getUrn());
    const secrets: SecretPaths = new Set();
    const prior = { ...objectToCore(props, structToJs(req.getOlds()), secrets), id: req.getId() };
    const config = withDefaults(r.schema.fields, objectToCore(props, structToJs(req.getNews()), secrets));
    const conn = await this.connection();
    noteOwned(conn, req.getId());
    if (req.getPreview()) {
      const plan = await r.plan(conn, prior, config);
      return new pb.UpdateResponse().setProperties(this.outputs(props, plan.planned, secrets));
    }
    this.notCancelled();
    try {
      const state = await r.update(conn, prior, config, timeoutOpts(req.getTimeout(), req.getUrn()));
      return new pb.UpdateResponse().setProperties(this.outputs(props, state, secrets));
    } catch (err) {
      throw await this.partial(err, props, secrets, req.getNews(), req.getUrn());
    }
  }

  async delete(req: pb.DeleteRequest): Promise<void> {
    const { r, props } = lookup(req.getType(), req.getUrn());
    const state = { ...objectToCore(props, structToJs(req.getProperties()), new Set()), id: req.getId() };
    this.notCancelled();
    noteOwned(await this.connection(), req.getId());
    await r.delete(await this.connection(), state, timeoutOpts(req.getTimeout(), req.getUrn()));
  }

  async invoke(req: pb.InvokeRequest): Promise<pb.InvokeResponse> {
    const d = DATA_SOURCES.find((x) => token(x.function) === req.getTok());
    if (!d)
      throw new RpcError(
        status.INVALID_ARGUMENT,
        `unknown function '${req.getTok()}'; novaform offers ${DATA_SOURCES.map((x) => token(x.function)).join(', ')}`,
      );
    const props = resourceType(d.schema).props;
    const secrets: SecretPaths = new Set();
    const args = objectToCore(props, structToJs(req.getArgs()), secrets);
    const errors = validateInputs(d.schema, args);
    if (errors.length) {
      return new pb.InvokeResponse().setFailuresList(
        errors.map((e) => {
          const property = pulumiPath(props, e.path);
          return failure(property, `${property} ${pulumiMessage(props, e.message)}`);
        }),
      );
    }
    try {
      const result = await d.read(await this.connection(), args);
      return new pb.InvokeResponse().setReturn(jsToStruct(objectFromCore(props, result, secrets)));
    } catch (err) {
      // None or several matches: the user's filters are at fault, said in their Pulumi names.
      if (err instanceof LookupError)
        throw new RpcError(
          err.candidates.length ? status.INVALID_ARGUMENT : status.NOT_FOUND,
          pulumiMessage(props, err.message),
        );
      throw err;
    }
  }

  /**
   * Ctrl-C (or the end of the deployment): nothing new starts afterwards. Waits already running are not
   * interrupted (the core has no abort hook); they end within their timeout.
   */
  cancel(): void {
    this.cancelled = true;
  }

  private notCancelled(): void {
    if (this.cancelled)
      throw new RpcError(status.CANCELLED, 'novaform: the deployment was cancelled; nothing new is started');
  }

  /** A failure with the gRPC code the engine should see (never UNKNOWN for what the core can name). */
  rpcError(rpc: string, err: unknown): RpcError {
    const e = asRpcError(err);
    logger().debug({ rpc, code: e.code }, e.message);
    return e;
  }

  // ---- helpers ----

  /** The outputs of a state: every stored attribute but the id (reserved by Pulumi) and write-only inputs. */
  private outputs(props: PProp[], state: Obj, secrets: SecretPaths) {
    const stored: Obj = {};
    for (const [k, v] of Object.entries(state))
      if (k !== 'id' && props.find((p) => p.tf === k)?.output !== false) stored[k] = v;
    return jsToStruct(objectFromCore(props, stored, secrets));
  }

  /** A failed create/update that left a resource with an id becomes ErrorResourceInitFailed; other errors pass. */
  private async partial(
    err: unknown,
    props: PProp[],
    secrets: SecretPaths,
    inputs: ReturnType<pb.CreateRequest['getProperties']>,
    urn: string,
  ): Promise<unknown> {
    if (!(err instanceof PartialApplyError) || !err.state.id) return err;
    await this.log.send(
      LogSeverity.WARNING,
      `${err.message}; it stays in the stack as ${textOf(err.state.id)} and the next \`pulumi up\` tries again`,
      urn,
    );
    return initFailed(
      err.message,
      textOf(err.state.id),
      this.outputs(props, err.state, secrets),
      inputs ?? jsToStruct({}),
    );
  }
}
