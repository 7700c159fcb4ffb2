// `novaform orphans`: objects that carry a novaform creation token (servers, volumes, container groups) but
// are in none of the states the user names (Terraform state files, Pulumi checkpoints or `pulumi stack
// export` output). They are what an older novaform (which gave the token up too early) or a run outside
// these states left. Lists them; writes Terraform `import` blocks to adopt them; or deletes them.
import fs from 'node:fs';
import type { Command } from 'commander';
import { connect, type Connection } from '../client/connection';
import { isEciNotFound } from '../client/eci';
import { listAllServers, serverToken, TOKEN_METADATA_KEY } from '../client/idempotency';
import { containerGroup } from '../resources/container-group';
import { serverResource } from '../resources/server';
import { volume } from '../resources/volume';
import { TOKEN_TAG } from '../schema/container-group';
import type { ResourceType } from '../resources/types';

export interface Orphan {
  /** The Terraform type that would manage it. */
  type: 'novaform_server' | 'novaform_volume' | 'novaform_container_group';
  id: string;
  name: string;
  status: string;
}

const IMPL: Record<Orphan['type'], ResourceType> = {
  novaform_server: serverResource,
  novaform_volume: volume,
  novaform_container_group: containerGroup,
};

/** Every id a state or checkpoint holds (any resource: only the ids matter). */
export function idsInState(file: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not a readable JSON state (${(e as Error).message})`);
  }
  const ids: string[] = [];
  const walk = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (key === 'id' && typeof v === 'string' && v) ids.push(v);
  };
  const d = doc as Record<string, unknown>;
  // Terraform: resources[].instances[].attributes.id (deposed objects too). Pulumi: resources[].id, in a
  // checkpoint's checkpoint.latest, an export's deployment, or the bare deployment.
  const tf = Array.isArray(d.resources) && typeof d.terraform_version === 'string';
  if (tf) {
    for (const r of d.resources as { instances?: { attributes?: { id?: unknown } }[] }[])
      for (const i of r.instances ?? []) walk(i.attributes?.id, 'id');
    return ids;
  }
  const deployment =
    ((d.checkpoint as Record<string, unknown> | undefined)?.latest as Record<string, unknown> | undefined) ??
    (d.deployment as Record<string, unknown> | undefined) ??
    d;
  const resources = deployment.resources;
  if (!Array.isArray(resources)) throw new Error(`${file}: neither a Terraform state nor a Pulumi checkpoint`);
  for (const r of resources as { id?: unknown }[]) walk(r.id, 'id');
  return ids;
}

interface GroupRow {
  containerGroupId: string;
  containerGroupName?: string;
  status: string;
  tags?: { key: string; value?: string }[];
}

async function containerGroupsWithTokens(conn: Connection): Promise<Orphan[]> {
  const out: Orphan[] = [];
  try {
    for (let nextToken: string | undefined; ;) {
      const page = await conn
        .eci()
        .call<{ containerGroups?: GroupRow[]; nextToken?: string }>('POST', '/containers/describeContainerGroups', {
          limit: 100,
          ...(nextToken ? { nextToken } : {}),
        });
      for (const g of page.containerGroups ?? [])
        if ((g.tags ?? []).some((t) => t.key === TOKEN_TAG))
          out.push({
            type: 'novaform_container_group',
            id: g.containerGroupId,
            name: g.containerGroupName ?? '',
            status: g.status,
          });
      if (!page.nextToken || !(page.containerGroups ?? []).length) return out;
      nextToken = page.nextToken;
    }
  } catch (e) {
    // A cloud without ECI has no container groups to leave behind.
    if (isEciNotFound(e) || /eci|endpoint|catalog/i.test((e as Error).message)) return out;
    throw e;
  }
}

/** Objects carrying a novaform token whose id is in none of `owned`. */
export async function findOrphans(conn: Connection, owned: Set<string>): Promise<Orphan[]> {
  const servers = (await listAllServers(conn.compute))
    .filter((s) => serverToken(s) !== undefined && s.status !== 'DELETED' && s.status !== 'SOFT_DELETED')
    .map((s): Orphan => ({ type: 'novaform_server', id: s.id, name: String(s.name ?? ''), status: s.status }));
  const volumes = (
    await conn.volume.call<{
      volumes: { id: string; name: string | null; status: string; metadata?: Record<string, string> }[];
    }>('GET', '/volumes/detail')
  ).body.volumes
    .filter((v) => v.metadata?.[TOKEN_METADATA_KEY] !== undefined && v.status !== 'deleting')
    .map((v): Orphan => ({ type: 'novaform_volume', id: v.id, name: v.name ?? '', status: v.status }));
  const groups = await containerGroupsWithTokens(conn);
  return [...servers, ...volumes, ...groups].filter((o) => !owned.has(o.id));
}

/** Terraform import blocks (1.5+) for the orphans ; configuration by -generate-config-out. */
export function importBlocks(orphans: Orphan[]): string {
  const used = new Set<string>();
  const label = (o: Orphan) => {
    const base = `orphan_${(o.name || o.id).replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1')}`;
    let l = base;
    for (let n = 2; used.has(l); n++) l = `${base}_${n}`;
    used.add(l);
    return l;
  };
  return [
    '# Written by `novaform orphans`: objects novaform created that no named state holds.',
    '# Adopt them with `terraform plan -generate-config-out=orphans_generated.tf`, then apply.',
    ...orphans.map((o) => `\nimport {\n  to = ${o.type}.${label(o)}\n  id = "${o.id}"\n}`),
    '',
  ].join('\n');
}

export interface OrphansOptions {
  tfState?: string[];
  pulumiState?: string[];
  writeImports?: string;
  delete?: boolean;
  format: string;
  cloud?: string;
  embeddedData?: string;
}

export async function runOrphans(
  opts: OrphansOptions,
  out: (s: string) => void,
  where: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<number> {
  const files = [...(opts.tfState ?? []), ...(opts.pulumiState ?? [])];
  if (!files.length)
    throw new Error('name at least one state: --tf-state <terraform.tfstate> or --pulumi-state <checkpoint.json>');
  if (!['text', 'json'].includes(opts.format)) throw new Error(`--format must be text or json, not ${opts.format}`);
  const owned = new Set(files.flatMap(idsInState));
  const conn = await connect(
    { cloud: opts.cloud, embedded_data: opts.embeddedData },
    { env: where.env ?? process.env, cwd: where.cwd ?? process.cwd() },
  );
  try {
    const orphans = await findOrphans(conn, owned);
    if (opts.writeImports) fs.writeFileSync(opts.writeImports, importBlocks(orphans));
    if (opts.delete) for (const o of orphans) await IMPL[o.type].delete(conn, { id: o.id });
    if (opts.format === 'json') out(`${JSON.stringify({ orphans, deleted: opts.delete === true })}\n`);
    else if (!orphans.length)
      out(`No orphans: every object carrying a novaform token is in the ${files.length} state(s) named.\n`);
    else {
      out(`${orphans.length} orphan(s) carrying a novaform token, in none of the ${files.length} state(s) named:\n`);
      for (const o of orphans) out(`  ${o.type}  ${o.id}  ${o.name}  ${o.status}${opts.delete ? '  (deleted)' : ''}\n`);
      if (opts.writeImports) out(`Import blocks written to ${opts.writeImports}.\n`);
    }
    return 0;
  } finally {
    await conn.close();
  }
}

const many = (v: string, prev: string[] = []) => [...prev, v];

export function orphansCommand(program: Command): void {
  program
    .command('orphans')
    .description(
      'List servers, volumes and container groups that carry a novaform creation token but are in none of the ' +
        'named states; adopt (import blocks) or delete them',
    )
    .option('--tf-state <file>', 'a Terraform state file (repeatable)', many)
    .option('--pulumi-state <file>', 'a Pulumi checkpoint or `pulumi stack export` JSON (repeatable)', many)
    .option('--write-imports <file>', 'write Terraform import blocks for the orphans to this file')
    .option('--delete', 'delete the orphans (waits until they are gone)')
    .option('--format <format>', 'text or json', 'text')
    .option('--cloud <name>', 'a clouds.yaml cloud (otherwise OS_* variables, else the embedded engine)')
    .option('--embedded-data <file>', 'the embedded engine store to look in')
    .action(async (opts: OrphansOptions) => {
      process.exitCode = await runOrphans(opts, (s) => process.stdout.write(s));
    });
}
