// Every status seed 002 lists is reachable: through real actions, and UNKNOWN through the admin control
// that sets a raw state Nova's map does not know (as a corrupted or unreachable record shows).
import { serverStatus, STATUSES, type ActionName, type ServerStatus } from '../../engine';
import { testEngine } from '../helpers/engine';

test('all 20 statuses of seed 002 can be observed', () => {
  const t = testEngine({
    durations: { default: 1000, build: 1000, delete: 1000 },
    settings: { reclaimInstanceInterval: 3_600_000, shelvedOffloadTime: -1 },
  });
  t.engine.quotas.set(t.admin, t.demo.projectId, { instances: -1, cores: -1, ram: -1 });
  const seen = new Set<ServerStatus>();
  const look = (id: string) => seen.add(serverStatus(t.engine.servers.get(t.admin, id)));
  const during = (id: string, name: ActionName, args?: Record<string, unknown>) => {
    t.engine.servers.action(t.admin, id, name, args);
    look(id);
    t.settle();
    look(id);
  };
  const fresh = () => {
    const s = t.boot();
    look(s.id);
    t.settle();
    look(s.id);
    return s.id;
  };

  const a = fresh();
  during(a, 'reboot:SOFT');
  during(a, 'reboot:HARD');
  during(a, 'changePassword', { adminPass: 'x-y-z-1' });
  during(a, 'rebuild', { imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c' });
  during(a, 'os-migrateLive');
  during(a, 'resize', { flavorRef: '2' });
  during(a, 'revertResize');
  during(a, 'pause');
  during(a, 'unpause');
  during(a, 'suspend');
  during(a, 'resume');
  during(a, 'rescue');
  during(a, 'unrescue');
  during(a, 'os-stop');
  during(a, 'shelve');
  during(a, 'shelveOffload');
  const b = fresh();
  t.engine.servers.delete(t.demo, b);
  t.settle();
  look(b); // soft-deleted
  t.engine.servers.action(t.admin, b, 'forceDelete');
  t.settle();
  seen.add(
    serverStatus(t.engine.servers.list(t.admin, { allTenants: true, deleted: true }).servers.find((x) => x.id === b)!),
  );
  const c = fresh();
  during(c, 'os-resetState', { state: 'error' });
  t.engine.servers.forceState(t.admin, c, { vmState: 'unknown' });
  look(c);

  expect([...STATUSES].filter((st) => !seen.has(st))).toEqual([]);
});
