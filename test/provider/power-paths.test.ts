// Paths between power states computed from the engine's action table, and checked by running them on the engine.
import { serverStatus } from '../../engine';
import { powerPath, POWER_STATES, type PowerStateName } from '../../provider/plan/power-paths';
import { testEngine } from '../helpers/engine';

test.each([
  ['paused', 'shutoff', ['unpause', 'os-stop']],
  ['suspended', 'paused', ['resume', 'pause']],
  ['stopped', 'paused', ['os-start', 'pause']],
  ['active', 'shelved_offloaded', ['shelve']],
  ['shelved_offloaded', 'shutoff', ['unshelve', 'os-stop']],
  ['error', 'active', ['os-stop', 'os-start']],
  ['active', 'active', []],
] as const)('%s → %s: %j', (from, to, path) => {
  expect(powerPath(from, to)).toEqual(path);
});

test('without offload-on-shelve, shelved_offloaded needs the admin-only shelveOffload', () => {
  expect(powerPath('active', 'shelved', { shelveOffloads: false })).toEqual(['shelve']);
  expect(() => powerPath('active', 'shelved_offloaded', { shelveOffloads: false })).toThrow(/without admin actions/);
  expect(powerPath('active', 'shelved_offloaded', { shelveOffloads: false, admin: true })).toEqual([
    'shelve',
    'shelveOffload',
  ]);
});

test('every path from every power state to every other one works on the engine', () => {
  const names = Object.keys(POWER_STATES).filter((n) => n !== 'shelved') as PowerStateName[];
  for (const from of names) {
    for (const to of names) {
      const t = testEngine();
      const s = t.active();
      for (const a of powerPath('active', from)) {
        t.engine.servers.action(t.demo, s.id, a);
        t.settle();
      }
      for (const a of powerPath(t.engine.servers.get(t.demo, s.id).vmState as never, to)) {
        t.engine.servers.action(t.demo, s.id, a);
        t.settle();
      }
      expect([from, to, t.engine.servers.get(t.demo, s.id).vmState]).toEqual([from, to, POWER_STATES[to]]);
      expect(serverStatus(t.engine.servers.get(t.demo, s.id))).not.toBe('ERROR');
    }
  }
});
