// The Pulumi package schema (what GetSchema returns, what `pulumi package get-schema` prints), derived from the
// model: one resource per RESOURCES entry, one function per DATA_SOURCES entry, the provider's config, and a
// named object type for every nested block.
import { DATA_SOURCES, RESOURCES } from '../resources/index';
import { objectTypes, PACKAGE, resourceType, token, type PProp, type PType } from './model';
import { PROVIDER_PROPS } from './config';
import { VERSION } from './version';

type Json = Record<string, unknown>;

export function typeSpec(t: PType): Json {
  switch (t.kind) {
    case 'enum':
      return { type: 'string' };
    case 'array':
      return { type: 'array', items: typeSpec(t.items) };
    case 'map':
      return { type: 'object', additionalProperties: typeSpec(t.values) };
    case 'object':
      return { $ref: `#/types/${token(t.name)}` };
    case 'any':
      return { $ref: 'pulumi.json#/Any' };
    case 'boolean':
    case 'integer':
    case 'number':
    case 'string':
    default:
      return { type: t.kind };
  }
}

function propSpec(p: PProp): Json {
  const enumNote = p.type.kind === 'enum' ? ` One of ${p.type.values.map((v) => `"${v}"`).join(', ')}.` : '';
  return {
    ...typeSpec(p.type),
    description: p.description + enumNote,
    ...(p.secret ? { secret: true } : {}),
    ...(p.deprecated ? { deprecationMessage: p.deprecated } : {}),
    ...(p.default !== undefined && typeof p.default !== 'object' ? { default: p.default } : {}),
  };
}

const specs = (props: PProp[]) => Object.fromEntries(props.map((p) => [p.name, propSpec(p)]));

/** The package schema as a JSON object. */
export function packageSchema(): Json {
  const types: Record<string, Json> = {};
  const resources: Record<string, Json> = {};
  const functions: Record<string, Json> = {};
  const addTypes = (t: PType) => {
    for (const o of objectTypes(t).values()) {
      types[token(o.name)] = {
        type: 'object',
        description: o.description ?? '',
        properties: specs(o.props),
        required: o.props.filter((p) => p.required).map((p) => p.name),
      };
    }
  };
  for (const r of RESOURCES) {
    const rt = resourceType(r.schema);
    for (const p of rt.props) addTypes(p.type);
    const outputs = rt.props.filter((p) => p.output);
    const inputs = rt.props.filter((p) => p.input);
    resources[token(r.schema.name)] = {
      description: `${r.schema.description}\n\nImport: ${r.schema.importId}.`,
      properties: specs(outputs),
      required: outputs.filter((p) => p.required).map((p) => p.name),
      inputProperties: specs(inputs),
      requiredInputs: inputs.filter((p) => p.required).map((p) => p.name),
    };
  }
  for (const d of DATA_SOURCES) {
    const dt = resourceType(d.schema);
    for (const p of dt.props) addTypes(p.type);
    const args = dt.props.filter((p) => p.input);
    functions[token(d.function)] = {
      description: d.schema.description,
      inputs: { properties: specs(args), required: args.filter((p) => p.required).map((p) => p.name) },
      outputs: {
        properties: specs(dt.props),
        required: dt.props.filter((p) => !p.input || p.required).map((p) => p.name),
      },
    };
  }
  return {
    name: PACKAGE,
    displayName: 'novaform',
    version: VERSION,
    description:
      'Servers, keypairs, volumes, attachments, server groups and container groups on OpenStack-style compute clouds ' +
      '(Nova v2.1, Huawei/OTC ECS, CTyun ECI), or on the embedded engine.',
    keywords: ['pulumi', 'openstack', 'nova', 'category/cloud'],
    license: 'Apache-2.0',
    config: { variables: specs(PROVIDER_PROPS) },
    provider: {
      description:
        'The novaform provider: endpoint and credentials (OS_* and clouds.yaml are the fallbacks; ' +
        'with nothing configured, the embedded engine).',
      inputProperties: specs(PROVIDER_PROPS),
    },
    types,
    resources,
    functions,
    language: { nodejs: { packageName: PACKAGE, dependencies: { '@pulumi/pulumi': '3.248.0' } } },
  };
}
