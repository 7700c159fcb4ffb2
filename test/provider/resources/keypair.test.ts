// Keypair through the engine's HTTP API: generate, import, adopt-if-identical, 409 naming the field, read,
// drift (deleted out of band), plan replace reasons, import by name, delete twice, validation with no calls.
import { createHash, createPublicKey, createPrivateKey } from 'node:crypto';
import { ApiError } from '../../../provider/client/service';
import { keypair } from '../../../provider/resources/keypair';
import { ValidationError } from '../../../provider/schema/validate';
import { UNKNOWN } from '../../../provider/schema/values';
import { cloud, countRequests, embedded, type Cloud } from './engine-cloud';
import { generateRsaKey } from '../../../provider/resources/common/ssh-key';
import { serverCertificate } from '../../../provider/terraform/tls';

let c: Cloud;
beforeAll(async () => {
  c = await cloud();
});
afterAll(async () => {
  await c.close();
});

const OTHER = generateRsaKey('other').publicKey;

/** The modulus (hex, no leading zero) in an `ssh-rsa <blob>` line: the blob is string type, mpint e, mpint n. */
function sshRsaModulus(line: string): string {
  const blob = Buffer.from(line.split(' ')[1], 'base64');
  let at = 0;
  const next = () => {
    const n = blob.readUInt32BE(at);
    const v = blob.subarray(at + 4, at + 4 + n);
    at += 4 + n;
    return v;
  };
  expect(next().toString()).toBe('ssh-rsa');
  next();
  return next()
    .toString('hex')
    .replace(/^(00)+/, '');
}

test('generated keypair: private key in state, readable by name, fingerprint from the cloud', async () => {
  const state = await keypair.create(c.conn, { name: 'gen-key' });
  expect(state).toMatchObject({ id: 'gen-key', name: 'gen-key', type: 'ssh', adopt_existing: false });
  expect(String(state.private_key)).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
  expect(String(state.fingerprint)).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
  // The private key is the other half of the public key the cloud holds: same RSA modulus.
  const pub = createPublicKey(createPrivateKey(String(state.private_key))).export({ format: 'jwk' });
  const shown = await c.demo.get('/v2.1/os-keypairs/gen-key');
  expect(shown.body.keypair.public_key).toBe(state.public_key);
  expect(sshRsaModulus(String(state.public_key))).toBe(Buffer.from(String(pub.n), 'base64url').toString('hex'));
  const read = await keypair.read(c.conn, state);
  expect(read).toEqual(state);
  const plan = await keypair.plan(c.conn, read, { name: 'gen-key' });
  expect(plan.action).toBe('noop');
});

test('imported key; a second create of the name fails with 409 naming it, or adopts when identical', async () => {
  const { publicKey } = generateRsaKey('me@host');
  const first = await keypair.create(c.conn, { name: 'shared', public_key: publicKey });
  expect(first.private_key).toBe('');
  const dup = await keypair.create(c.conn, { name: 'shared', public_key: publicKey }).catch((e: unknown) => e);
  expect(dup).toBeInstanceOf(ApiError);
  expect((dup as ApiError).status).toBe(409);
  expect((dup as ApiError).message).toMatch(/name: keypair "shared" already exists/);
  // Same key with another comment is identical material: adopted.
  const adopted = await keypair.create(c.conn, {
    name: 'shared',
    public_key: publicKey.replace('me@host', 'other-comment'),
    adopt_existing: true,
  });
  expect(adopted).toMatchObject({ id: 'shared', fingerprint: first.fingerprint, adopt_existing: true });
  const differs = await keypair
    .create(c.conn, { name: 'shared', public_key: OTHER, adopt_existing: true })
    .catch((e: unknown) => e);
  expect((differs as ApiError).status).toBe(409);
  expect((differs as ApiError).message).toMatch(
    /public_key: keypair "shared" already exists with a different public key/,
  );
});

test('every input replaces (deleting first); adopt_existing is local', async () => {
  const state = await keypair.create(c.conn, { name: 'plan-key', public_key: OTHER });
  const p1 = await keypair.plan(c.conn, state, { name: 'plan-key', public_key: generateRsaKey('x').publicKey });
  expect(p1.action).toBe('replace');
  expect(p1.changes[0]).toMatchObject({ path: 'public_key', replace: expect.stringMatching(/key material/) });
  expect(p1.operations.map((o) => o.op)).toEqual(['delete', 'create']);
  const p2 = await keypair.plan(c.conn, state, { name: 'renamed', public_key: OTHER });
  expect(p2.changes).toEqual([expect.objectContaining({ path: 'name', replace: expect.stringMatching(/identity/) })]);
  const p3 = await keypair.plan(c.conn, state, { name: 'plan-key', public_key: OTHER, adopt_existing: true });
  expect(p3).toMatchObject({ action: 'update', operations: [] });
  const updated = await keypair.update(c.conn, state, { name: 'plan-key', public_key: OTHER, adopt_existing: true });
  expect(updated).toEqual({ ...state, adopt_existing: true });
  // The same key text with a different comment is no drift.
  const reread = await keypair.read(c.conn, {
    ...state,
    public_key: `${OTHER.split(' ').slice(0, 2).join(' ')} renamed-comment`,
  });
  expect(reread!.public_key).toMatch(/renamed-comment$/);
});

test('recreated out of band with another key: the refresh shows it and the plan replaces', async () => {
  const mine = generateRsaKey('mine').publicKey;
  const state = await keypair.create(c.conn, { name: 'swapped', public_key: mine });
  expect((await c.demo.delete('/v2.1/os-keypairs/swapped')).status).toBe(202);
  expect((await c.demo.post('/v2.1/os-keypairs', { keypair: { name: 'swapped', public_key: OTHER } })).status).toBe(
    200,
  );
  const read = await keypair.read(c.conn, state);
  expect(read).toMatchObject({ public_key: OTHER });
  expect(read!.fingerprint).not.toBe(state.fingerprint);
  const plan = await keypair.plan(c.conn, read, { name: 'swapped', public_key: mine });
  expect(plan).toMatchObject({
    action: 'replace',
    changes: [{ path: 'public_key', replace: expect.stringMatching(/key material/) }],
  });
  await keypair.delete(c.conn, read!);
});

test('an x509 certificate imports with type x509 and its SHA-1 fingerprint', async () => {
  const { certPem, der } = serverCertificate();
  const state = await keypair.create(c.conn, { name: 'cert', type: 'x509', public_key: certPem });
  const sha1 = createHash('sha1').update(der).digest('hex').match(/../g)!.join(':');
  expect(state).toMatchObject({ type: 'x509', fingerprint: sha1, private_key: '' });
  expect(
    (await keypair.plan(c.conn, await keypair.read(c.conn, state), { name: 'cert', type: 'x509', public_key: certPem }))
      .action,
  ).toBe('noop');
  await keypair.delete(c.conn, state);
});

test('import by name; deleted out of band reads as gone; delete twice', async () => {
  const created = await keypair.create(c.conn, { name: 'imp', public_key: OTHER });
  const imported = await keypair.import(c.conn, 'imp');
  expect(imported).toMatchObject({
    id: 'imp',
    name: 'imp',
    public_key: OTHER,
    fingerprint: created.fingerprint,
    type: 'ssh',
    adopt_existing: false,
  });
  expect((await keypair.plan(c.conn, imported, { name: 'imp', public_key: OTHER })).action).toBe('noop');
  expect(await keypair.import(c.conn, 'nope')).toBeNull();
  expect((await c.demo.delete('/v2.1/os-keypairs/imp')).status).toBe(202);
  expect(await keypair.read(c.conn, created)).toBeNull();
  await keypair.delete(c.conn, created);
  const again = await keypair.create(c.conn, { name: 'imp', public_key: OTHER });
  await keypair.delete(c.conn, again);
  await keypair.delete(c.conn, again);
  expect((await c.demo.get('/v2.1/os-keypairs/imp')).status).toBe(404);
});

test.each([
  [{ name: 'bad/name' }, 'name'],
  [{ name: ' lead' }, 'name'],
  [{ name: '' }, 'name'],
  [{ name: 'x'.repeat(256) }, 'name'],
  [{}, 'name'],
  [{ name: 'k', type: 'rsa' }, 'type'],
  [{ name: 'k', type: 'x509' }, 'public_key'],
  [{ name: 'k', adopt_existing: true }, 'adopt_existing'],
  [{ name: 'k', public_key: '' }, 'public_key'],
  [{ name: 'k', colour: 'red' }, 'colour'],
])('invalid %j names %s and sends nothing', async (config, field) => {
  expect(keypair.validate(config).map((e) => e.path)).toContain(field);
  const { requests, error } = await countRequests(c.running, () => keypair.create(c.conn, config));
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).errors.map((e) => e.path)).toContain(field);
  expect(requests).toBe(0);
});

test('the request counter sees requests (so the zero counts above mean something)', async () => {
  expect((await countRequests(c.running, () => keypair.read(c.conn, { id: 'gen-key' }))).requests).toBe(1);
});

test('an unknown public key is not "missing" at plan time', () => {
  expect(keypair.validate({ name: 'k', public_key: UNKNOWN, adopt_existing: true, type: 'x509' })).toEqual([]);
});

test('embedded engine: create, read, delete', async () => {
  const { conn } = await embedded();
  expect(conn.embedded).toBe(true);
  const s = await keypair.create(conn, { name: 'emb' });
  expect(await keypair.read(conn, s)).toMatchObject({ id: 'emb', fingerprint: s.fingerprint });
  await keypair.delete(conn, s);
  expect(await keypair.read(conn, s)).toBeNull();
  await conn.close();
});
