// The diff never reports a change that is only a matter of form: sets in any order, metadata values as
// strings, NICs matched by port or network id rather than position, device hints, user data by digest;
// and it says why a change replaces the resource or destroys data in place.
import { createHash } from 'node:crypto';
import { diffResource, keepPriorForm, planFromSchema, parsePath, formatPath } from '../../provider/diff';
import { serverSchema } from '../../provider/schema/server';
import { UNKNOWN, withDefaults, type Obj } from '../../provider/schema/values';
import { block, defineResource, str, update, replace } from '../../provider/schema/dsl';

const F = serverSchema.fields;
const prior: Obj = {
  id: 's1',
  name: 'web',
  flavor_id: '1',
  flavor_name: 'm1.tiny',
  image_id: 'img',
  tags: ['a', 'b'],
  security_groups: ['sg1', 'sg2'],
  metadata: { n: '1' },
  network: [
    { uuid: 'net-a', port: 'p1', mac: 'm1' },
    { uuid: 'net-b', port: 'p2', mac: 'm2' },
  ],
  user_data: 'echo hi',
  power_state: 'active',
  locked: false,
  status: 'ACTIVE',
};
const desired = (patch: Obj = {}): Obj => ({
  name: 'web',
  flavor_id: '1',
  image_id: 'img',
  tags: ['b', 'a'],
  security_groups: ['sg2', 'sg1'],
  metadata: { n: 1 },
  network: [{ uuid: 'net-a' }, { uuid: 'net-b' }],
  user_data: 'echo hi',
  power_state: 'active',
  locked: false,
  ...patch,
});

test('form-only differences are no changes', () => {
  expect(diffResource(F, prior, desired())).toEqual([]);
  // The same user data as a digest in state (as terraform-provider-openstack keeps it).
  expect(
    diffResource(
      F,
      { ...prior, user_data: 'a87ff679a2f3e71d9181a67b7542122c' },
      desired({ user_data: 'a87ff679a2f3e71d9181a67b7542122c' }),
    ),
  ).toEqual([]);
  expect(
    diffResource(F, { ...prior, user_data: createHash('sha1').update('echo hi').digest('hex') }, desired()),
  ).toEqual([]);
});

test('NICs are matched by network or port id, never by position', () => {
  const swapped = desired({ network: [{ uuid: 'net-b' }, { uuid: 'net-a' }] });
  expect(diffResource(F, prior, swapped)).toEqual([]);
  const byPort = desired({ network: [{ port: 'p2' }, { uuid: 'net-a' }] });
  expect(diffResource(F, prior, byPort)).toEqual([]);
  const changes = diffResource(F, prior, desired({ network: [{ uuid: 'net-a' }, { uuid: 'net-c' }] }));
  expect(changes.map((c) => [c.path, c.kind])).toEqual([
    ['network[1]', 'add'],
    ['network[1]', 'delete'],
  ]);
  expect(changes[0].replace).toMatch(/NIC/);
});

test('metadata changes are per key; tags and groups as sets', () => {
  const changes = diffResource(
    F,
    prior,
    desired({ metadata: { n: '2', m: 'x' }, tags: ['a'], security_groups: ['sg1'] }),
  );
  expect(changes.map((c) => c.path).sort()).toEqual(['metadata["m"]', 'metadata["n"]', 'security_groups', 'tags']);
  expect(changes.every((c) => !c.replace)).toBe(true);
});

test('replacement reasons and destructive in-place changes come from the schema', () => {
  const [kp] = diffResource(F, prior, desired({ key_pair: 'k' }));
  expect(kp).toMatchObject({ path: 'key_pair', kind: 'add', replace: 'the keypair is injected at boot' });
  const [img] = diffResource(F, prior, desired({ image_id: 'img2' }));
  expect(img.destructive).toMatch(/root disk/);
  const [img2] = diffResource(F, prior, desired({ image_id: 'img2', image_change: 'replace' }));
  expect(img2.replace).toMatch(/image_change/);
});

test('an unknown value is a change, replacing where the attribute does', () => {
  const changes = diffResource(F, prior, desired({ key_pair: UNKNOWN, name: UNKNOWN }));
  expect(changes.find((c) => c.path === 'key_pair')?.replace).toBeTruthy();
  expect(changes.find((c) => c.path === 'name')?.replace).toBeUndefined();
});

test('device hints never drift', () => {
  const hinted = defineResource({
    name: 'T',
    terraform: 't',
    description: '',
    version: 1,
    importId: '',
    timeouts: { create: 1, update: 1, delete: 1 },
    fields: {
      device: str({ description: 'hint', change: replace('x'), compare: 'ignore' }),
      v: block('list', { a: str({ description: '', change: update('u') }) }, { description: '', change: update('u') }),
    },
  });
  expect(diffResource(hinted.fields, { device: '/dev/vdb' }, { device: '/dev/vdc' })).toEqual([]);
});

test('generic plan: noop, update with unknown computed values, replace, create', () => {
  // A local setting (delete options, policies) changes nothing in the cloud: an update with no operation.
  const local = planFromSchema(serverSchema, prior, desired());
  expect(local).toMatchObject({ action: 'update', operations: [] });
  expect(local.planned.status).toBe('ACTIVE');
  expect(planFromSchema(serverSchema, withDefaults(F, prior), desired()).action).toBe('noop');
  const up = planFromSchema(serverSchema, prior, desired({ name: 'web2' }));
  expect(up).toMatchObject({ action: 'update', operations: [{ op: 'update' }] });
  expect(up.planned.status).toBe(UNKNOWN);
  expect(up.planned.id).toBe('s1');
  const rep = planFromSchema(serverSchema, prior, desired({ key_pair: 'k' }));
  expect(rep).toMatchObject({ action: 'replace', operations: [{ op: 'create' }, { op: 'delete' }] });
  expect(planFromSchema(serverSchema, null, desired()).planned.id).toBe(UNKNOWN);
});

test('a read keeps the prior spelling of equal values', () => {
  const read = { ...prior, tags: ['b', 'a'], metadata: { n: '1' }, security_groups: null };
  const kept = keepPriorForm(F, { ...prior, security_groups: null }, read);
  expect(kept.tags).toBe(prior.tags);
});

test('paths round-trip', () => {
  for (const p of ['name', 'network[0].uuid', 'metadata["a.b"]', 'containers[1].ports[0].port'])
    expect(formatPath(parsePath(p))).toBe(p);
});
