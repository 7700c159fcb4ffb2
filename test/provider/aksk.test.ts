// Huawei/OTC AK/SK signing through the provider's connection: a loopback endpoint that verifies each
// request's SDK-HMAC-SHA256 signature the way APIG does (recomputed from what arrived) and refuses others.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from '../../provider/client/connection';
import { ApiError } from '../../provider/client/service';
import { signHuawei } from '../../provider/client/signers/huawei';
import { tlsOptions } from '../../provider/client/keystone';

const AK = 'HPUAEXAMPLEAK',
  SK = 'example-secret-key';
let server: http.Server;
let url = '';
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (req.url === '/v2.1/') {
        res.end(JSON.stringify({ version: { version: '2.60', min_version: '2.1' } }));
        return;
      }
      const auth = String(req.headers.authorization ?? '');
      const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
      const headers = Object.fromEntries(signed.map((h) => [h, String(req.headers[h] ?? '')]));
      const expected = signHuawei(AK, SK, {
        method: req.method!,
        url: `http://${req.headers.host}${req.url}`,
        headers: { ...headers, 'X-Sdk-Date': String(req.headers['x-sdk-date']) },
        body,
        signedHeaders: signed,
      }).authorization;
      seen.push(auth);
      if (auth !== expected) {
        res.statusCode = 401;
        res.end(JSON.stringify({ error_msg: 'signature mismatch' }));
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ servers: [] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2.1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('requests carry a valid SDK-HMAC-SHA256 signature; a wrong secret is refused', async () => {
  const conn = await connect(
    { access_key: AK, secret_key: SK, project_id: 'p1', endpoint_overrides: { compute: url } },
    { env: {} },
  );
  expect(conn.microversion).toBe('2.60');
  const res = await conn.compute.call<{ servers: unknown[] }>('GET', '/servers/detail?limit=5');
  expect(res.body.servers).toEqual([]);
  expect(seen.at(-1)).toMatch(/^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$/);
  const wrong = await connect(
    { access_key: AK, secret_key: 'not-it', endpoint_overrides: { compute: url } },
    { env: {} },
  );
  await expect(wrong.compute.call('GET', '/servers/detail')).rejects.toMatchObject({ status: 401 });
  await expect(wrong.compute.call('GET', '/servers/detail')).rejects.toBeInstanceOf(ApiError);
});

test('TLS settings follow the OpenStack clients: a CA bundle file, or insecure', () => {
  expect(tlsOptions({ insecure: true })).toEqual({ rejectUnauthorized: false });
  expect(tlsOptions({ insecure: false, cacert: __filename })?.ca?.toString()).toContain('TLS settings follow');
  expect(tlsOptions({ insecure: false })).toBeUndefined();
});
