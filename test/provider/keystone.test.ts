// The provider's Keystone session against the served engine: the three auth methods, catalog lookup by
// type/interface/region, and clear errors.
import { SEED_PASSWORDS } from '../../engine';
import type { CloudConfig } from '../../provider/client/cloud-config';
import { AuthError, KeystoneSession } from '../../provider/client/keystone';
import { serve, type Served } from '../helpers/http';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.running.close();
});

const cloud = (auth: CloudConfig['auth'], extra: Partial<CloudConfig> = {}): CloudConfig => ({
  auth: { authUrl: s.running.authUrl, ...auth },
  interface: 'public',
  insecure: false,
  source: 'test',
  ...extra,
});

test('password auth scoped by project name; endpoints by type, interface and region', async () => {
  const k = new KeystoneSession(
    cloud(
      { username: 'demo', password: SEED_PASSWORDS.demo, projectName: 'demo', userDomainName: 'Default' },
      { region: 'RegionOne' },
    ),
  );
  expect(await k.getToken()).toMatch(/^nf1\./);
  expect(k.projectId).toBe(s.demo.projectId);
  expect(k.endpoint('compute')).toBe(`${s.url}/v2.1`);
  expect(k.endpoint('eci')).toBe(s.url);
  expect(k.endpoint('volumev3')).toBe(`${s.url}/volume/v3/${s.demo.projectId}`);
  expect(() => k.endpoint('dns')).toThrow(/no 'dns' service/);
  await k.close();
  const elsewhere = new KeystoneSession(
    cloud({ username: 'demo', password: SEED_PASSWORDS.demo, projectName: 'demo' }, { region: 'Mars' }),
  );
  await elsewhere.getToken();
  expect(() => elsewhere.endpoint('compute')).toThrow(/no public 'compute' endpoint in region Mars/);
  await elsewhere.close();
});

test('an auth URL without /v3, application credentials, and token re-scoping', async () => {
  const demoUser = s.running.engine.callerFor('demo').userId;
  const created = await s.demo.post(`/identity/v3/users/${demoUser}/application_credentials`, {
    application_credential: { name: 'provider-test' },
  });
  const ac = created.body.application_credential;
  const k = new KeystoneSession(
    cloud({ authUrl: `${s.url}/identity`, applicationCredentialId: ac.id, applicationCredentialSecret: ac.secret }),
  );
  await k.getToken();
  expect(k.projectId).toBe(s.demo.projectId);
  await k.close();
  const t = new KeystoneSession(cloud({ token: s.alt.token, projectName: 'alt_demo' }));
  await t.getToken();
  expect(t.projectId).toBe(s.alt.projectId);
  await t.close();
});

test("bad credentials fail with the status and Keystone's message; missing ones before any request", async () => {
  const k = new KeystoneSession(cloud({ username: 'demo', password: 'wrong', projectName: 'demo' }));
  await expect(k.getToken()).rejects.toMatchObject({
    status: 401,
    message: expect.stringContaining('requires authentication'),
  });
  await k.close();
  const none = new KeystoneSession(cloud({ projectName: 'demo' }));
  await expect(none.getToken()).rejects.toThrow(AuthError);
  await none.close();
});
