// Keystone v3 over HTTP: discovery, the three token methods, scope, validation, revocation, catalog.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEngine } from '../../../engine';
import { login, serve, type Served } from '../../helpers/http';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.running.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${s.url}/identity/v3${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const password = (user: Record<string, unknown>, scope?: unknown) => ({
  auth: { identity: { methods: ['password'], password: { user } }, ...(scope ? { scope } : {}) },
});

test('version documents are public and point back at this host', async () => {
  const v3 = await (await fetch(`${s.url}/identity/v3`)).json();
  expect(v3.version).toMatchObject({
    id: 'v3.14',
    status: 'stable',
    links: [{ rel: 'self', href: `${s.url}/identity/v3/` }],
  });
  const root = await fetch(`${s.url}/identity`, {
    headers: { 'x-forwarded-host': 'cloud.example:5000', 'x-forwarded-proto': 'https' },
  });
  expect(root.status).toBe(300);
  expect((await root.json()).versions.values[0].links[0].href).toBe('https://cloud.example:5000/identity/v3/');
});

test('password auth by name+domain, scoped by project name: 201, X-Subject-Token, roles and catalog', async () => {
  const res = await post(
    '/auth/tokens',
    password(
      { name: 'demo', domain: { name: 'Default' }, password: 'demo-secret' },
      { project: { name: 'demo', domain: { name: 'Default' } } },
    ),
  );
  expect(res.status).toBe(201);
  expect(res.headers.get('x-subject-token')).toMatch(/^nf1\./);
  const { token } = await res.json();
  expect(token.methods).toEqual(['password']);
  expect(token.user).toMatchObject({ name: 'demo', domain: { id: 'default', name: 'Default' } });
  expect(token.project).toMatchObject({ id: s.demo.projectId, name: 'demo' });
  expect(token.roles.map((r: { name: string }) => r.name).sort()).toEqual(['member', 'reader']);
  const types = token.catalog.map((e: { type: string }) => e.type);
  expect(types).toEqual(expect.arrayContaining(['identity', 'compute', 'image', 'network', 'volumev3', 'eci']));
  expect(token.catalog.find((e: { type: string }) => e.type === 'eci').endpoints[0].url).toBe(s.url);
  for (const e of token.catalog) {
    expect(e.endpoints.map((x: { interface: string }) => x.interface).sort()).toEqual(['admin', 'internal', 'public']);
    for (const ep of e.endpoints) expect(ep).toMatchObject({ region: 'RegionOne', region_id: 'RegionOne' });
  }
  expect(Date.parse(token.expires_at) - Date.parse(token.issued_at)).toBe(3_600_000);
});

test('password auth by user id and project id; the default project when unscoped', async () => {
  const res = await post(
    '/auth/tokens',
    password(
      { id: s.running.engine.callerFor('admin').userId, password: 'admin-secret' },
      { project: { id: s.admin.projectId } },
    ),
  );
  expect(res.status).toBe(201);
  expect((await res.json()).token.roles.map((r: { name: string }) => r.name)).toContain('admin');
  const unscoped = await post(
    '/auth/tokens',
    password({ name: 'alt_demo', domain: { id: 'default' }, password: 'alt-demo-secret' }),
  );
  expect((await unscoped.json()).token.project.name).toBe('alt_demo');
});

test.each([
  ['a wrong password', password({ name: 'demo', domain: { name: 'Default' }, password: 'nope' })],
  ['an unknown user', password({ name: 'mallory', domain: { name: 'Default' }, password: 'x' })],
  [
    'a project the user has no role in',
    password(
      { name: 'demo', domain: { name: 'Default' }, password: 'demo-secret' },
      { project: { name: 'admin', domain: { name: 'Default' } } },
    ),
  ],
  [
    'an unknown project',
    password(
      { name: 'demo', domain: { name: 'Default' }, password: 'demo-secret' },
      { project: { name: 'ghost', domain: { name: 'Default' } } },
    ),
  ],
])("%s → 401 in Keystone's error shape", async (_label, body) => {
  const res = await post('/auth/tokens', body);
  expect(res.status).toBe(401);
  expect(await res.json()).toEqual({ error: { code: 401, title: 'Unauthorized', message: expect.any(String) } });
});

test('a malformed auth body is a 400, not a 500', async () => {
  const res = await post('/auth/tokens', { auth: { identity: { methods: [] } } });
  expect(res.status).toBe(400);
  const bad = await fetch(`${s.url}/identity/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"auth":',
  });
  expect(bad.status).toBe(400);
});

test('token method re-scopes; validation with GET/HEAD; revocation ends access', async () => {
  const rescoped = await post('/auth/tokens', {
    auth: {
      identity: { methods: ['token'], token: { id: s.demo.token } },
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    },
  });
  expect(rescoped.status).toBe(201);
  const t2 = rescoped.headers.get('x-subject-token')!;
  const check = await fetch(`${s.url}/identity/v3/auth/tokens`, {
    headers: { 'x-auth-token': s.demo.token, 'x-subject-token': t2 },
  });
  expect(check.status).toBe(200);
  expect((await check.json()).token.methods).toEqual(['token']);
  expect(
    (
      await fetch(`${s.url}/identity/v3/auth/tokens`, {
        method: 'HEAD',
        headers: { 'x-auth-token': s.demo.token, 'x-subject-token': t2 },
      })
    ).status,
  ).toBe(200);
  expect((await fetch(`${s.url}/v2.1/servers`, { headers: { 'x-auth-token': t2 } })).status).toBe(200);
  expect(
    (
      await fetch(`${s.url}/identity/v3/auth/tokens`, {
        method: 'DELETE',
        headers: { 'x-auth-token': s.demo.token, 'x-subject-token': t2 },
      })
    ).status,
  ).toBe(204);
  expect((await fetch(`${s.url}/v2.1/servers`, { headers: { 'x-auth-token': t2 } })).status).toBe(401);
  expect(
    (
      await fetch(`${s.url}/identity/v3/auth/tokens`, {
        headers: { 'x-auth-token': s.demo.token, 'x-subject-token': t2 },
      })
    ).status,
  ).toBe(404);
});

test('application credentials: created once with a secret, authenticate without scope, fixed roles', async () => {
  const demoUser = s.running.engine.callerFor('demo').userId;
  const created = await post(
    `/users/${demoUser}/application_credentials`,
    { application_credential: { name: 'ci' } },
    { 'x-auth-token': s.demo.token },
  );
  expect(created.status).toBe(201);
  const { application_credential: ac } = await created.json();
  expect(ac.secret).toBeTruthy();
  const listed = await (
    await fetch(`${s.url}/identity/v3/users/${demoUser}/application_credentials`, {
      headers: { 'x-auth-token': s.demo.token },
    })
  ).json();
  expect(listed.application_credentials[0].secret).toBeUndefined();
  const auth = await post('/auth/tokens', {
    auth: {
      identity: { methods: ['application_credential'], application_credential: { id: ac.id, secret: ac.secret } },
    },
  });
  expect(auth.status).toBe(201);
  const { token } = await auth.json();
  expect(token.application_credential).toMatchObject({ id: ac.id, name: 'ci' });
  expect(token.project.id).toBe(s.demo.projectId);
  const byName = await post('/auth/tokens', {
    auth: {
      identity: {
        methods: ['application_credential'],
        application_credential: { name: 'ci', secret: ac.secret, user: { name: 'demo', domain: { name: 'Default' } } },
      },
    },
  });
  expect(byName.status).toBe(201);
  const wrong = await post('/auth/tokens', {
    auth: { identity: { methods: ['application_credential'], application_credential: { id: ac.id, secret: 'guess' } } },
  });
  expect(wrong.status).toBe(401);
  const scoped = await post('/auth/tokens', {
    auth: {
      identity: { methods: ['application_credential'], application_credential: { id: ac.id, secret: ac.secret } },
      scope: { project: { name: 'demo' } },
    },
  });
  expect(scoped.status).toBe(401);
  // Another user cannot manage demo's credentials.
  const other = await post(
    `/users/${demoUser}/application_credentials`,
    { application_credential: { name: 'x' } },
    { 'x-auth-token': s.alt.token },
  );
  expect(other.status).toBe(403);
});

test('a token issued by one engine is accepted by another sharing the store file', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-tok-')), 'engine.db');
  const a = await startEngine({ data: file });
  const b = await startEngine({ data: file });
  try {
    const onA = await login(a.url, 'demo');
    const res = await fetch(`${b.url}/v2.1/flavors`, { headers: { 'x-auth-token': onA.token } });
    expect(res.status).toBe(200);
  } finally {
    await a.close();
    await b.close();
  }
});
