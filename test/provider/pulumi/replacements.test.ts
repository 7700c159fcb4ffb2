// Pulumi creates a replacement before deleting the old resource unless Diff says deleteBeforeReplace. A server
// whose replacement asks for something only one server can hold (a fixed IP, a pre-made port, a boot volume)
// must be deleted first, or its replacement collides with it; any other server keeps create-first.
import { CIRROS, login, PRIVATE_NET } from '../../helpers/http';
import { checkAndCreate, checkReq, deleteReq, diffReq, js, servedPlugin, type Js, type Setup } from './harness';

const SERVER = 'novaform:index:Server';
let s: Setup;
const made: { name: string; id: string; outs: Js }[] = [];

beforeAll(async () => {
  s = await servedPlugin();
});
afterAll(async () => {
  for (const m of made.reverse())
    await s.plugin.rpc.delete(deleteReq(SERVER, m.name, m.id, m.outs)).catch(() => undefined);
  await s.close();
});

/** Creates the server, then diffs it against the same inputs with a new key pair (a replacement). */
async function replaced(name: string, inputs: Js) {
  const created = await checkAndCreate(s.plugin, SERVER, name, {
    name,
    imageId: CIRROS,
    flavorName: 'm1.tiny',
    ...inputs,
  });
  made.push({ name, id: created.id, outs: created.outs });
  const news = js(
    (
      await s.plugin.rpc.check(checkReq(SERVER, name, { ...created.inputs, keyPair: 'other-key' }, created.inputs))
    ).getInputs(),
  );
  const diff = await s.plugin.rpc.diff(diffReq(SERVER, name, created.id, created.outs, news, created.inputs));
  return { replaces: diff.getReplacesList(), deleteFirst: diff.getDeletebeforereplace() };
}

test('a server with a fixed IP is deleted before its replacement is created', async () => {
  expect(await replaced('fixed', { networks: [{ uuid: PRIVATE_NET, fixedIpV4: '10.0.0.77' }] })).toEqual({
    replaces: ['keyPair'],
    deleteFirst: true,
  });
});

test('a server on a pre-made port is deleted before its replacement is created', async () => {
  const demo = await login(s.served.url, 'demo');
  const port = await demo.post('/network/v2.0/ports', { port: { network_id: PRIVATE_NET, name: 'premade' } });
  expect(port.status).toBe(201);
  expect(await replaced('ported', { networks: [{ port: port.body.port.id }] })).toEqual({
    replaces: ['keyPair'],
    deleteFirst: true,
  });
});

test('a server with nothing unique keeps create-first', async () => {
  expect(await replaced('plain', { networks: [{ uuid: PRIVATE_NET }] })).toEqual({
    replaces: ['keyPair'],
    deleteFirst: false,
  });
});

test('a server booted from an existing volume is deleted before its replacement is created', async () => {
  const vol = await checkAndCreate(s.plugin, 'novaform:index:Volume', 'root', {
    name: 'root',
    size: 1,
    imageId: CIRROS,
  });
  const boot = [{ sourceType: 'volume', destinationType: 'volume', uuid: vol.id, bootIndex: 0 }];
  expect(
    await replaced('volume-backed', { imageId: null, blockDevices: boot, networks: [{ uuid: PRIVATE_NET }] }),
  ).toEqual({
    replaces: ['keyPair'],
    deleteFirst: true,
  });
});
