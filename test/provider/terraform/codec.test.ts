// The wire details of tfplugin6 values that a terraform run does not reliably exercise: every msgpack
// extension decodes as unknown (0, and 12 with refinements), numbers arrive as int, float or decimal string,
// objects go out with exactly their type's attributes, absent nested blocks are empty lists, and core paths
// become AttributePaths by the schema (map keys, list indexes, nothing past a set).
import { X509Certificate } from 'node:crypto';
import { decode, encode, ExtData } from '@msgpack/msgpack';
import { attr, block, int, local, str, strList, strMap } from '../../../provider/schema/dsl';
import { UNKNOWN } from '../../../provider/schema/values';
import { Type } from '@sinclair/typebox';
import { decodeValue, encodeValue } from '../../../provider/terraform/codec';
import { toAttributePath } from '../../../provider/terraform/paths';
import { parseDuration } from '../../../provider/terraform/timeouts';
import { serverCertificate } from '../../../provider/terraform/tls';
import { ctyJson, objectType } from '../../../provider/terraform/types';

const c = { description: 'x', change: local };
const fields = {
  name: str(c),
  size: int(c),
  tags: strList({ ...c, compare: 'set' }),
  metadata: strMap(c),
  nic: block('list', { uuid: str(c), mac: str({ mode: 'computed', description: 'x' }) }, c),
  hints: block('single', { group: str(c) }, c),
  addresses: attr(Type.Array(Type.Object({ addr: Type.String(), version: Type.Integer() })), {
    mode: 'computed',
    description: 'x',
  }),
};
const t = objectType(fields);

test('cty types: sets for compare "set", objects for TypeBox objects, blocks as collections of objects', () => {
  expect(ctyJson(t)).toEqual([
    'object',
    {
      name: 'string',
      size: 'number',
      tags: ['set', 'string'],
      metadata: ['map', 'string'],
      nic: ['list', ['object', { uuid: 'string', mac: 'string' }]],
      hints: ['object', { group: 'string' }],
      addresses: ['list', ['object', { addr: 'string', version: 'number' }]],
    },
  ]);
});

test('decoding: any extension is unknown, numbers in all three encodings, nulls dropped', () => {
  const refined = new ExtData(12, encode({ 1: false }));
  const bytes = encode({
    name: new ExtData(0, new Uint8Array([0])),
    size: '12345678901234567890',
    tags: ['a', refined],
    metadata: null,
    nic: [{ uuid: 'u', mac: null }],
    hints: null,
    addresses: null,
  });
  expect(decodeValue(t, bytes)).toEqual({
    name: UNKNOWN,
    size: Number('12345678901234567890'), // past 2^53: the nearest double
    tags: ['a', UNKNOWN],
    nic: [{ uuid: 'u' }],
  });
  expect(decodeValue(t, encode({ size: 2.5 }))).toEqual({ size: 2.5 });
  expect(decodeValue(t, new Uint8Array([0xc0]))).toBeNull();
});

test('encoding: exactly the schema attributes, nil for unset, [] for absent list blocks, unknown as ext 0', () => {
  const out = decode(encodeValue(t, { name: 'a', size: UNKNOWN, extra: 'dropped', nic: [{ uuid: 'u' }] })) as Record<
    string,
    unknown
  >;
  expect(Object.keys(out).sort()).toEqual(Object.keys(fields).sort());
  expect(out).toMatchObject({
    name: 'a',
    tags: null,
    metadata: null,
    hints: null,
    addresses: null,
    nic: [{ uuid: 'u', mac: null }],
  });
  expect(out.size).toEqual(new ExtData(0, new Uint8Array([0])));
  expect((decode(encodeValue(t, {})) as Record<string, unknown>).nic).toEqual([]);
  expect(decode(encodeValue(t, null))).toBeNull();
});

test('attribute paths follow the schema: list indexes, map keys, and stop at a set', () => {
  expect(toAttributePath(t, 'nic[1].uuid')).toEqual({
    steps: [{ attribute_name: 'nic' }, { element_key_int: 1 }, { attribute_name: 'uuid' }],
  });
  expect(toAttributePath(t, 'metadata.role')).toEqual({
    steps: [{ attribute_name: 'metadata' }, { element_key_string: 'role' }],
  });
  expect(toAttributePath(t, 'tags[0]')).toEqual({ steps: [{ attribute_name: 'tags' }] });
  expect(toAttributePath(t, 'hints.group')).toEqual({
    steps: [{ attribute_name: 'hints' }, { attribute_name: 'group' }],
  });
  expect(toAttributePath(t, '(resource)')).toBeUndefined();
});

test('durations as Terraform users write them', () => {
  expect([
    parseDuration('30m'),
    parseDuration('1h30m'),
    parseDuration('90s'),
    parseDuration('1.5h'),
    parseDuration('250ms'),
  ]).toEqual([1_800_000, 5_400_000, 90_000, 5_400_000, 250]);
  expect([parseDuration('soon'), parseDuration('30'), parseDuration('')]).toEqual([undefined, undefined, undefined]);
});

test('the AutoMTLS server certificate is valid DER every time (serial numbers are minimal positive INTEGERs)', () => {
  for (let i = 0; i < 300; i++) {
    const { der, certPem } = serverCertificate();
    const cert = new X509Certificate(der);
    expect(cert.checkIssued(cert)).toBe(true);
    expect(cert.ca).toBe(true);
    expect(cert.subjectAltName).toBe('DNS:localhost');
    expect(cert.serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
    expect(new X509Certificate(certPem).fingerprint256).toBe(cert.fingerprint256);
  }
});
