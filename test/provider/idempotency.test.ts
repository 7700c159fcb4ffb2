// Idempotency tokens: stable per resource, different per configuration, and found again on the engine.
import { SEED_PASSWORDS } from '../../engine';
import { canonicalJson, findServerByToken, tokenForConfig, tokenForUrn } from '../../provider/client/idempotency';
import { KeystoneSession } from '../../provider/client/keystone';
import { ServiceClient } from '../../provider/client/service';
import { serve, type Served } from '../helpers/http';

test('tokens are valid tags, stable, and sensitive to what identifies the resource', () => {
  const a = tokenForConfig('novaform_server', 'p1', 'web', { flavor: 'm1.small', tags: ['x'], n: { b: 1, a: 2 } });
  expect(a).toMatch(/^novaform-idem-[0-9a-f]{32}$/);
  expect(a.length).toBeLessThanOrEqual(60); // Nova's tag limit
  expect(tokenForConfig('novaform_server', 'p1', 'web', { n: { a: 2, b: 1 }, tags: ['x'], flavor: 'm1.small' })).toBe(
    a,
  );
  expect(
    tokenForConfig('novaform_server', 'p1', 'web', { flavor: 'm1.large', tags: ['x'], n: { a: 2, b: 1 } }),
  ).not.toBe(a);
  expect(
    tokenForConfig('novaform_server', 'p2', 'web', { flavor: 'm1.small', tags: ['x'], n: { b: 1, a: 2 } }),
  ).not.toBe(a);
  expect(tokenForUrn('urn:pulumi:dev::app::novaform:index:Server::web')).not.toBe(
    tokenForUrn('urn:pulumi:dev::app::novaform:index:Server::db'),
  );
  expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: undefined })).toBe('{"b":[1,{"c":2,"d":1}]}');
});

describe('adoption lookup on the engine', () => {
  let s: Served;
  let compute: ServiceClient;
  beforeAll(async () => {
    s = await serve();
    compute = new ServiceClient(
      new KeystoneSession({
        auth: { authUrl: s.running.authUrl, username: 'demo', password: SEED_PASSWORDS.demo, projectName: 'demo' },
        interface: 'public',
        insecure: false,
        source: 'test',
      }),
      'compute',
    );
  });
  afterAll(async () => {
    await compute.session.close();
    await s.running.close();
  });

  test('a server created with the token is found by it; another token finds nothing', async () => {
    const token = tokenForUrn('urn:pulumi:dev::app::novaform:index:Server::web');
    const created = await compute.call<{ server: { id: string } }>(
      'POST',
      '/servers',
      {
        server: {
          name: 'web',
          flavorRef: '1',
          imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
          networks: 'auto',
          tags: [token],
        },
      },
      { 'OpenStack-API-Version': 'compute 2.52' },
    );
    expect((await findServerByToken(compute, token))?.id).toBe(created.body.server.id);
    expect(await findServerByToken(compute, tokenForUrn('urn:other'))).toBeUndefined();
  });
});
