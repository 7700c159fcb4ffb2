// The tfplugin6 Provider service over the provider core: every RPC decodes its DynamicValues with the
// resource's schema, calls the one matching ResourceType / DataSourceType operation, and encodes the answer
// by Terraform's rules (state.ts). Resource types come from RESOURCES and DATA_SOURCES; nothing here is
// specific to any of them.
import type { Connection } from '../client/connection';
import { logger } from '../log/logger';
import { DATA_SOURCES, RESOURCES } from '../resources/index';
import { PartialApplyError, type DataSourceType, type ResourceType } from '../resources/types';
import type { Fields, ResourceSchema } from '../schema/dsl';
import { validateInputs } from '../schema/validate';
import { containsUnknown, textOf, type Obj } from '../schema/values';
import { decodeValue, encodeValue, fromWire } from './codec';
import { error, errorDiagnostics, fieldDiagnostics, warning, type PbDiagnostic } from './diagnostics';
import { segments, toAttributePath, type PbAttributePath } from './paths';
import { dataSourceFields, providerSchemaFields, resourceFields, schemaOf, valueType } from './schema';
import type { ProviderHandlers } from './server';
import { noteOwned } from '../client/idempotency';
import { appliedState, dataState, forCore, plannedFor, refreshedState } from './state';
import { timeoutErrors, timeoutMs } from './timeouts';
import type { TfType } from './types';

type Req = Record<string, unknown>;
interface DynamicValue {
  msgpack?: Uint8Array;
  json?: Uint8Array;
}
interface Kind<T> {
  impl: T;
  fields: Fields;
  type: TfType & { kind: 'object' };
}

/** Fields the adapter adds and keeps to itself (never passed to the core). */
const ADAPTER_OWNED = ['timeouts'];

const PROVIDER_SCHEMA: ResourceSchema = {
  name: 'provider',
  terraform: 'novaform',
  description: 'novaform provider configuration',
  version: 0,
  importId: '',
  fields: providerSchemaFields,
  timeouts: { create: 0, update: 0, delete: 0 },
};

function decode(t: TfType, v: unknown): Obj | null {
  const dv = v as DynamicValue | null | undefined;
  if (dv?.json?.length && !dv.msgpack?.length)
    return fromWire(t, JSON.parse(Buffer.from(dv.json).toString('utf8'))) as Obj | null;
  return decodeValue(t, dv?.msgpack) as Obj | null;
}
const dynamic = (t: TfType, v: Obj | null) => ({ msgpack: Buffer.from(encodeValue(t, v)) });

export interface ProviderOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function terraformProvider(opts: ProviderOptions): ProviderHandlers {
  const resources = new Map<string, Kind<ResourceType>>();
  for (const r of RESOURCES) {
    const fields = resourceFields(r.schema);
    resources.set(r.schema.terraform, { impl: r, fields, type: valueType(fields) });
  }
  const dataSources = new Map<string, Kind<DataSourceType>>();
  for (const d of DATA_SOURCES) {
    const fields = dataSourceFields(d.schema);
    dataSources.set(d.schema.terraform, { impl: d, fields, type: valueType(fields) });
  }
  const providerType = valueType(providerSchemaFields);
  let conn: Connection | undefined;

  const resource = (name: unknown) => {
    const k = resources.get(String(name));
    if (!k) throw new Error(`novaform has no resource type ${String(name)}`);
    return k;
  };
  const dataSource = (name: unknown) => {
    const k = dataSources.get(String(name));
    if (!k) throw new Error(`novaform has no data source ${String(name)}`);
    return k;
  };
  const connection = () => {
    if (!conn) throw new Error('the provider is not configured (ConfigureProvider was not called)');
    return conn;
  };
  const coreState = (k: Kind<unknown>, v: Obj) => forCore(k.fields, v, ADAPTER_OWNED);

  return traced({
    async GetMetadata() {
      return {
        server_capabilities: { get_provider_schema_optional: true },
        diagnostics: [],
        resources: [...resources.keys()].map((type_name) => ({ type_name })),
        data_sources: [...dataSources.keys()].map((type_name) => ({ type_name })),
      };
    },

    async GetProviderSchema() {
      return {
        provider: schemaOf(
          providerSchemaFields,
          0,
          'novaform: OpenStack-style compute (Nova, Huawei/OTC ECS, CTyun ECI). ' +
            'With nothing configured it uses the embedded engine (.novaform/engine.db in the working directory).',
        ),
        resource_schemas: Object.fromEntries(
          [...resources].map(([n, k]) => [n, schemaOf(k.fields, k.impl.schema.version, k.impl.schema.description)]),
        ),
        data_source_schemas: Object.fromEntries(
          [...dataSources].map(([n, k]) => [n, schemaOf(k.fields, k.impl.schema.version, k.impl.schema.description)]),
        ),
        server_capabilities: { get_provider_schema_optional: true },
        diagnostics: [],
      };
    },

    async ValidateProviderConfig(req: Req) {
      const config = decode(providerType, req.config) ?? {};
      return {
        diagnostics: fieldDiagnostics(
          providerType,
          validateInputs(PROVIDER_SCHEMA, forCore(providerSchemaFields, config)),
          'provider configuration',
        ),
      };
    },

    async ValidateResourceConfig(req: Req) {
      const k = resource(req.type_name);
      const config = decode(k.type, req.config) ?? {};
      // A rule about a value not known until apply (another resource's output) is checked again at plan time.
      const errors = [...k.impl.validate(coreState(k, config)), ...timeoutErrors(config.timeouts)].filter(
        (e) => !containsUnknown(valueAt(config, e.path)),
      );
      // Before Terraform 1.11 a write-only value would be stored in state like any other: refuse it.
      if (
        !(req.client_capabilities as { write_only_attributes_allowed?: boolean } | undefined)
          ?.write_only_attributes_allowed
      ) {
        for (const [name, f] of Object.entries(k.fields)) {
          if (f.writeOnly && config[name] !== undefined)
            errors.push({ path: name, message: 'is write-only, which needs Terraform 1.11 or later' });
        }
      }
      return { diagnostics: fieldDiagnostics(k.type, errors, k.impl.schema.terraform) };
    },

    async ValidateDataResourceConfig(req: Req) {
      const k = dataSource(req.type_name);
      const config = decode(k.type, req.config) ?? {};
      return {
        diagnostics: fieldDiagnostics(
          k.type,
          validateInputs(k.impl.schema, forCore(k.fields, config)),
          k.impl.schema.terraform,
        ),
      };
    },

    async ConfigureProvider(req: Req) {
      const config = decode(providerType, req.config) ?? {};
      if (containsUnknown(config)) {
        return {
          diagnostics: [
            error(
              'The provider configuration depends on values not known until apply',
              'Configure the novaform provider with values known at plan time.',
            ),
          ],
        };
      }
      try {
        // Loaded here, not up front: the client pulls in the embedded engine, which launches that only
        // validate (Terraform starts several per command) never need.
        const { connect } = await import('../client/connection.js');
        conn = await connect(forCore(providerSchemaFields, config), { cwd: opts.cwd, env: opts.env });
        return { diagnostics: [] };
      } catch (err) {
        return { diagnostics: errorDiagnostics(providerType, err, 'provider configuration') };
      }
    },

    async UpgradeResourceState(req: Req) {
      const k = resource(req.type_name);
      const version = Number(req.version ?? 0);
      if (version > k.impl.schema.version) {
        return {
          diagnostics: [
            error(
              `The state of this ${k.impl.schema.terraform} was written by a newer provider (schema version ` +
                `${version} > ${k.impl.schema.version})`,
              'Upgrade the novaform provider.',
            ),
          ],
        };
      }
      const raw = (req.raw_state as { json?: Uint8Array } | undefined)?.json;
      // Older versions are read into the current shape: attributes no longer in the schema are dropped,
      // new ones start null (and are filled by the refresh that follows).
      const state = raw?.length ? (fromWire(k.type, JSON.parse(Buffer.from(raw).toString('utf8'))) as Obj) : null;
      return { upgraded_state: dynamic(k.type, state), diagnostics: [] };
    },

    async ReadResource(req: Req) {
      const k = resource(req.type_name);
      const state = decode(k.type, req.current_state);
      if (!state) return { new_state: dynamic(k.type, null), private: req.private, diagnostics: [] };
      try {
        // In Terraform's state: never adopted by a create of this process.
        noteOwned(connection(), state.id);
        const actual = await k.impl.read(connection(), coreState(k, state));
        return {
          new_state: dynamic(k.type, actual ? refreshedState(k.fields, state, actual) : null),
          private: req.private,
          diagnostics: [],
        };
      } catch (err) {
        return {
          new_state: dynamic(k.type, state),
          private: req.private,
          diagnostics: errorDiagnostics(k.type, err, k.impl.schema.terraform),
        };
      }
    },

    async PlanResourceChange(req: Req) {
      const k = resource(req.type_name);
      const prior = decode(k.type, req.prior_state);
      const proposed = decode(k.type, req.proposed_new_state);
      if (!proposed)
        return {
          planned_state: dynamic(k.type, null),
          planned_private: req.prior_private,
          requires_replace: [],
          diagnostics: [],
        };
      const config = decode(k.type, req.config) ?? {};
      try {
        if (prior) noteOwned(connection(), prior.id);
        const plan = await k.impl.plan(connection(), prior ? coreState(k, prior) : null, coreState(k, config));
        const planned = plannedFor(k.fields, config, plan.planned, prior);
        const replace = prior
          ? replacePaths(
              k.type,
              plan.changes.filter((c) => c.replace).map((c) => c.path),
            )
          : [];
        const diagnostics: PbDiagnostic[] = [
          // Terraform only marks "# forces replacement"; the reason is the core's.
          ...(prior
            ? plan.changes
                .filter((c) => c.replace)
                .map((c) =>
                  warning(`${k.impl.schema.terraform}: changing ${c.path} forces replacement`, `${c.replace}.`),
                )
            : []),
          ...plan.changes
            .filter((c) => c.destructive && !c.replace)
            .map((c) => warning(`${k.impl.schema.terraform}: changing ${c.path} is destructive`, `${c.destructive}.`)),
          ...plan.operations
            .filter((o) => o.blocked)
            .map((o) => warning(`${k.impl.schema.terraform}: ${o.op} is expected to fail`, `${o.blocked}.`)),
        ];
        return {
          planned_state: dynamic(k.type, planned),
          requires_replace: replace,
          planned_private: req.prior_private,
          diagnostics,
        };
      } catch (err) {
        return { diagnostics: errorDiagnostics(k.type, err, k.impl.schema.terraform) };
      }
    },

    async ApplyResourceChange(req: Req) {
      const k = resource(req.type_name);
      const prior = decode(k.type, req.prior_state);
      const planned = decode(k.type, req.planned_state);
      const config = decode(k.type, req.config) ?? {};
      const what = k.impl.schema.terraform;
      const conn = connection();
      if (prior) noteOwned(conn, prior.id);
      if (!planned) {
        try {
          if (prior) await k.impl.delete(conn, coreState(k, prior), { timeoutMs: timeoutMs(prior, 'delete') });
          return { new_state: dynamic(k.type, null), diagnostics: [] };
        } catch (err) {
          // Still there: keep it in state so nothing is orphaned.
          return {
            new_state: dynamic(k.type, prior),
            private: req.planned_private,
            diagnostics: errorDiagnostics(k.type, err, what),
          };
        }
      }
      const inputs = coreState(k, config);
      try {
        const actual = prior
          ? await k.impl.update(conn, coreState(k, prior), inputs, { timeoutMs: timeoutMs(planned, 'update') })
          : await k.impl.create(conn, inputs, { timeoutMs: timeoutMs(planned, 'create') });
        return {
          new_state: dynamic(k.type, appliedState(k.fields, planned, actual)),
          private: req.planned_private,
          diagnostics: [],
        };
      } catch (err) {
        logger().warn({ resource: what, err: err instanceof Error ? err.message : String(err) }, 'apply failed');
        // A create that got as far as an id returns it with the error: Terraform keeps it (tainted).
        const state = err instanceof PartialApplyError ? appliedState(k.fields, planned, err.state) : prior;
        return {
          new_state: dynamic(k.type, state),
          private: req.planned_private,
          diagnostics: errorDiagnostics(k.type, err, what),
        };
      }
    },

    async ImportResourceState(req: Req) {
      const k = resource(req.type_name);
      const id = textOf(req.id);
      try {
        const state = await k.impl.import(connection(), id);
        if (!state) {
          return {
            imported_resources: [],
            diagnostics: [
              error(
                `Cannot import ${k.impl.schema.terraform} "${id}": it does not exist`,
                `The import id is ${k.impl.schema.importId}.`,
              ),
            ],
          };
        }
        return {
          imported_resources: [
            { type_name: req.type_name, state: dynamic(k.type, refreshedState(k.fields, {}, state)) },
          ],
          diagnostics: [],
        };
      } catch (err) {
        return { imported_resources: [], diagnostics: errorDiagnostics(k.type, err, k.impl.schema.terraform) };
      }
    },

    async ReadDataSource(req: Req) {
      const k = dataSource(req.type_name);
      const config = decode(k.type, req.config) ?? {};
      try {
        const actual = await k.impl.read(connection(), forCore(k.fields, config));
        return { state: dynamic(k.type, dataState(k.fields, config, actual)), diagnostics: [] };
      } catch (err) {
        return { diagnostics: errorDiagnostics(k.type, err, k.impl.schema.terraform) };
      }
    },

    async StopProvider() {
      return { Error: '' };
    },
  });
}

/** Each RPC logged at debug level (name, type, duration; never values), e.g. to count calls per command. */
function traced(handlers: ProviderHandlers): ProviderHandlers {
  const log = logger();
  return Object.fromEntries(
    Object.entries(handlers).map(([rpc, fn]) => [
      rpc,
      async (req: Req) => {
        const t0 = performance.now();
        try {
          return await fn(req);
        } finally {
          log.debug({ rpc, type: req.type_name, ms: Math.round(performance.now() - t0) }, 'tfplugin6 rpc');
        }
      },
    ]),
  );
}

/** The value at a core path (`network[0].uuid`), undefined when there is none. */
function valueAt(v: unknown, path: string): unknown {
  let x = v;
  for (const seg of segments(path)) {
    if (containsUnknown(x) && (x === null || typeof x !== 'object')) return x;
    x = x && typeof x === 'object' ? (x as Record<string | number, unknown>)[seg] : undefined;
  }
  return x;
}

/** The AttributePaths of the changes that force replacement (deduplicated). */
function replacePaths(type: TfType, paths: string[]): PbAttributePath[] {
  const seen = new Set<string>();
  const out: PbAttributePath[] = [];
  for (const p of paths) {
    const ap = toAttributePath(type, p);
    const key = JSON.stringify(ap);
    if (ap && !seen.has(key)) {
      seen.add(key);
      out.push(ap);
    }
  }
  return out;
}
