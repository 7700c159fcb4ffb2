// The embedded transport: Keystone and Nova through the engine's app in-process, no port opened.
import { buildApp, createEngine, ManualClock, SEED_PASSWORDS } from '../../engine';
import { InjectDispatcher } from '../../provider/client/embedded';
import { KeystoneSession } from '../../provider/client/keystone';
import { ApiError, negotiateCompute, ServiceClient } from '../../provider/client/service';

test('authenticate, negotiate, create and read a server in-process', async () => {
  const engine = createEngine({ clock: new ManualClock(Date.now()), durations: { build: 0 } });
  const app = buildApp(engine);
  await app.ready();
  const dispatcher = new InjectDispatcher(app);
  const session = new KeystoneSession(
    {
      auth: {
        authUrl: 'http://novaform.embedded/identity/v3',
        username: 'demo',
        password: SEED_PASSWORDS.demo,
        projectName: 'demo',
      },
      interface: 'public',
      insecure: false,
      source: 'embedded',
    },
    dispatcher,
  );
  const compute = new ServiceClient(session, 'compute');
  expect(await negotiateCompute(compute, '2.96')).toBe('2.96');
  expect(session.endpoint('compute')).toBe('http://novaform.embedded/v2.1');
  const created = await compute.call<{ server: { id: string; links: { href: string }[] } }>('POST', '/servers', {
    server: { name: 'embedded', flavorRef: '1', imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c', networks: 'none' },
  });
  expect(created.status).toBe(202);
  expect(created.body.server.links[0].href).toBe(`http://novaform.embedded/v2.1/servers/${created.body.server.id}`);
  const shown = await compute.call<{ server: { status: string } }>('GET', `/servers/${created.body.server.id}`);
  expect(shown.body.server.status).toBe('ACTIVE');
  await expect(compute.call('GET', '/servers/nope')).rejects.toBeInstanceOf(ApiError);
  await app.close();
  engine.close();
});
