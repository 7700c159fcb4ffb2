// The quickstart's view of the embedded engine after apply: the servers (host, addresses, volumes, group) and
// the container groups, read from the store the plugin wrote, through the engine's programmatic API as the
// seeded demo member (the identity the provider uses when nothing is configured).
import fs from 'node:fs';
import { createEngine, serverStatus } from '../../engine';

export function table(rows: Record<string, string>[]): string[] {
  const cols = Object.keys(rows[0] ?? {});
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(width[i]))
      .join('  ')
      .trimEnd();
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c])))];
}

/** Prints the servers and container groups of `store`; throws when it holds neither. */
export function showEngine(store: string, print: (line: string) => void): { servers: number; containerGroups: number } {
  if (!fs.existsSync(store)) throw new Error(`the provider wrote no engine store at ${store}`);
  const engine = createEngine({ data: store });
  try {
    const demo = engine.callerFor('demo');
    const groups = engine.serverGroups.list(demo);
    const volumes = new Map(engine.volumes.list(demo).map((v) => [v.id, v]));
    const servers = engine.servers
      .list(demo)
      .servers.slice()
      .sort((a, b) => a.name.localeCompare(b.name));
    const groupOf = (serverId: string) => groups.find((g) => g.members.includes(serverId));
    print('    Servers');
    for (const l of table(
      servers.map((s) => {
        const full = engine.servers.get(demo, s.id);
        const group = groupOf(s.id);
        return {
          NAME: full.name,
          STATUS: serverStatus(full),
          FLAVOR: full.flavor.name,
          HOST: full.host ?? '-',
          GROUP: group ? `${group.name} (${group.policy})` : '-',
          NICS: engine.servers
            .listInterfaces(demo, s.id)
            .map((p) => p.fixedIps.map((f) => f.ipAddress).join('+'))
            .join(', '),
          VOLUMES:
            full.volumes.map((v) => `${volumes.get(v.volumeId)?.name ?? v.volumeId} on ${v.device}`).join(', ') || '-',
          KEY: full.keyName ?? '-',
        };
      }),
    ))
      print(`      ${l}`);
    const cgs = engine.eci.list(demo);
    print('\n    Container groups');
    for (const l of table(
      cgs.map((g) => ({
        NAME: g.name,
        ID: g.id,
        STATUS: g.status,
        AZ: g.az,
        IP: g.intranetIp ?? '-',
        CONTAINERS: g.containers.map((c) => `${c.name} (${c.image}${c.ready ? ', ready' : ''})`).join(', '),
        VOLUMES: (g.spec.volumes ?? []).map((v) => `${v.name}: ${v.type}`).join(', ') || '-',
      })),
    ))
      print(`      ${l}`);
    if (servers.length === 0 || cgs.length === 0)
      throw new Error(`expected servers and a container group in ${store}, found ${servers.length} and ${cgs.length}`);
    return { servers: servers.length, containerGroups: cgs.length };
  } finally {
    engine.close();
  }
}
