// POST /servers/{id}/action: a single-key body names the action; this maps it (and its arguments, per
// microversion) onto the engine's action table and renders the row's success code and body.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../engine';
import { actionRow, type ActionName } from '../../actions/table';
import { BadRequest } from '../../model/errors';
import { invalid, onlyKnown, type Allowed } from '../body';
import { loadViewData, serverView } from '../views/server';
import { selfLink } from '../views/common';
import { reply, route, since, type RouteInput } from './common';

interface ActionSpec {
  /** The engine action (reboot resolves its type from the body). */
  name: ActionName | ((args: Record<string, unknown>) => ActionName);
  /** First microversion that has it. */
  since?: number;
  /** The argument object's allowed properties (absent: the value is ignored, as Nova ignores `{"os-start": …}`). */
  props?: Allowed[];
  /** Body must be an object (not null). */
  needsObject?: boolean;
}

const REBOOT_TYPES = ['HARD', 'SOFT'];

const SPECS: Partial<Record<string, ActionSpec>> = {
  'os-start': { name: 'os-start' },
  'os-stop': { name: 'os-stop' },
  reboot: {
    name: (a) => (String(a.type).toUpperCase() === 'HARD' ? 'reboot:HARD' : 'reboot:SOFT'),
    props: ['type'],
    needsObject: true,
  },
  pause: { name: 'pause' },
  unpause: { name: 'unpause' },
  suspend: { name: 'suspend' },
  resume: { name: 'resume' },
  resize: { name: 'resize', props: ['flavorRef', 'OS-DCF:diskConfig'], needsObject: true },
  confirmResize: { name: 'confirmResize' },
  revertResize: { name: 'revertResize' },
  rebuild: {
    name: 'rebuild',
    needsObject: true,
    props: [
      'imageRef',
      'name',
      'adminPass',
      'metadata',
      ['personality', 1, 57],
      'preserve_ephemeral',
      'OS-DCF:diskConfig',
      'accessIPv4',
      'accessIPv6',
      ['description', 19],
      ['key_name', 54],
      ['user_data', 57],
      ['trusted_image_certificates', 63],
      ['hostname', 90],
    ],
  },
  createImage: { name: 'createImage', props: ['name', 'metadata'], needsObject: true },
  createBackup: { name: 'createBackup', props: ['name', 'backup_type', 'rotation', 'metadata'], needsObject: true },
  shelve: { name: 'shelve' },
  shelveOffload: { name: 'shelveOffload' },
  unshelve: {
    name: 'unshelve',
    props: [
      ['availability_zone', 77],
      ['host', 91],
    ],
  },
  lock: { name: 'lock', props: [['locked_reason', 73]] },
  unlock: { name: 'unlock' },
  rescue: { name: 'rescue', props: ['adminPass', 'rescue_image_ref'] },
  unrescue: { name: 'unrescue' },
  changePassword: { name: 'changePassword', props: ['adminPass'], needsObject: true },
  migrate: { name: 'migrate', props: [['host', 56]] },
  'os-migrateLive': {
    name: 'os-migrateLive',
    props: ['host', 'block_migration', ['disk_over_commit', 1, 25], ['force', 30, 68]],
    needsObject: true,
  },
  evacuate: { name: 'evacuate', props: ['host', ['adminPass', 1], ['onSharedStorage', 1, 14], ['force', 29, 68]] },
  'os-resetState': { name: 'os-resetState', props: ['state'], needsObject: true },
  injectNetworkInfo: { name: 'injectNetworkInfo' },
  trigger_crash_dump: { name: 'trigger_crash_dump', since: 17 },
  forceDelete: { name: 'forceDelete' },
  restore: { name: 'restore' },
  addSecurityGroup: { name: 'addSecurityGroup', props: ['name'], needsObject: true },
  removeSecurityGroup: { name: 'removeSecurityGroup', props: ['name'], needsObject: true },
};

function act(r: RouteInput) {
  const { mv, view: v, caller } = r.nova;
  const body = r.body;
  if (!body || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).length !== 1)
    throw new BadRequest('Malformed request body');
  const [key, value] = Object.entries(body as Record<string, unknown>)[0];
  // The key is the caller's: only the table's own entries count (not `constructor`, `toString`, …).
  const spec = Object.hasOwn(SPECS, key) ? SPECS[key] : undefined;
  if (!spec) throw new BadRequest(`There is no such action: ${key}`);
  if (spec.since) since(r, spec.since);
  let args: Record<string, unknown> = {};
  if (spec.needsObject && (value === null || typeof value !== 'object' || Array.isArray(value)))
    throw invalid(key, value, `${value === null ? 'None' : JSON.stringify(value)} is not of type 'object'`);
  if (value && typeof value === 'object' && !Array.isArray(value) && spec.props)
    args = onlyKnown(value as Record<string, unknown>, key, spec.props, mv);
  if (key === 'reboot' && (!('type' in args) || !REBOOT_TYPES.includes(String(args.type).toUpperCase()))) {
    throw invalid('type', args.type, `'type' must be one of HARD, SOFT (any case)`);
  }
  if (key === 'evacuate' && mv.atLeast(2, 95)) args.targetState = 'stopped';
  const name = typeof spec.name === 'function' ? spec.name(args) : spec.name;
  const result = r.engine.servers.action(caller, r.params.id, name, args);
  const row = actionRow(name);
  switch (row.success.body) {
    case 'server': {
      const view = serverView(v, result.server, loadViewData(r.engine.store, [result.server]), 'rebuild');
      return reply(
        row.success.code,
        { server: { ...view, adminPass: result.adminPass } },
        { Location: selfLink(v, 'servers', result.server.id) },
      );
    }
    case 'imageId':
      if (!result.imageId) return reply(202);
      return mv.atLeast(2, 45)
        ? reply(202, { image_id: result.imageId })
        : reply(202, undefined, { Location: selfLink(v, 'images', result.imageId) });
    case 'adminPass':
      if (name === 'evacuate' && mv.atLeast(2, 14)) return reply(200);
      return reply(row.success.code, { adminPass: result.adminPass });
    case 'attachment':
    case 'none':
      return reply(row.success.code);
  }
}

export async function actionRoutes(app: FastifyInstance, engine: Engine): Promise<void> {
  route(app, engine, 'POST', '/servers/:id/action', act);
}
