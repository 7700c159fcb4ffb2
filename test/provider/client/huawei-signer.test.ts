// Huawei/OTC SDK-HMAC-SHA256 against the vectors in shared/docs/eci-and-signing.md §3.1.
import { createHash } from 'node:crypto';
import {
  canonicalQuery,
  canonicalRequest,
  sdkDate,
  signature,
  signHuawei,
} from '../../../provider/client/signers/huawei';

test("Huawei doc's final step", () => {
  const toSign = 'SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a';
  expect(signature('MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc', toSign)).toBe(
    '7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
  );
});

test.each([
  [
    'GET',
    'https://example.huaweicloud.com/path?limit=1',
    '',
    '5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
  ],
  [
    'POST',
    'https://example.huaweicloud.com/path?key=value',
    '{"Name":"test","Id":1}\n',
    'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59',
  ],
])('huaweicloud-sdk-go-v3 vector: %s %s', (method, url, body, expected) => {
  const { authorization } = signHuawei('AccessKey', 'SecretKey', {
    method,
    url,
    body,
    headers: { 'X-Sdk-Date': '20060102T150405Z' },
    signedHeaders: ['x-sdk-date'],
  });
  expect(authorization).toBe(`SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=${expected}`);
});

test('the Go SDK canonical-query check', () => {
  expect(
    canonicalQuery([
      ['limit', '1'],
      ['enable', 'true'],
      ['test', '一 (&=?!#%.*)'],
      ['path', '/tmp/123'],
      ['multi', '1'],
      ['multi', '2'],
      ['multi', '3'],
    ]),
  ).toBe('enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29');
});

const PROJECT = '0123456789abcdef0123456789abcdef';

test('full OTC vector: canonical request hash and signature', () => {
  const r = {
    method: 'GET',
    url: `https://ecs.eu-de.otc.t-systems.com/v2.1/${PROJECT}/servers/detail?limit=10&name=web%201`,
    body: '',
    headers: {
      'content-type': 'application/json',
      host: 'ecs.eu-de.otc.t-systems.com',
      'x-sdk-date': '20240101T000000Z',
    },
    signedHeaders: ['content-type', 'host', 'x-sdk-date'],
  };
  expect(createHash('sha256').update(canonicalRequest(r).canonical).digest('hex')).toBe(
    'aaf3181d731a4d5d7d7194f1964e2fc5e8f9de7a373a663a4829b517816ab6f2',
  );
  expect(signHuawei('AK', 'SKEXAMPLE0000000000000000000000000000000', r).authorization).toMatch(
    /Signature=d56a4d95fad55d9939d718ace72de7a8dd2ecc00d82490833cae99dd14bb7a06$/,
  );
});

test('X-Sdk-Date is real UTC', () => {
  expect(sdkDate(Date.UTC(2019, 10, 15, 3, 36, 55))).toBe('20191115T033655Z');
});
