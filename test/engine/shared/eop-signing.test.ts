// EOP signing against the test vectors in shared/docs/eci-and-signing.md §2.4.
import { createHmac } from 'node:crypto';
import {
  canonicalQuery,
  eopAuthorization,
  eopDate,
  eopSignature,
  parseEopAuthorization,
  parseEopDate,
  stringToSign,
} from '../../../engine/api/eop';

const base = {
  ak: 'testAK0123456789abcdef',
  sk: 'testSK0123456789abcdef',
  requestId: '27cfe4dc-e640-45f6-92ca-492ca73e8680',
};

test.each([
  ['20220525T160752Z', '', '', 'ZtM5twP+RaGjID49bhGdtHWjX74xJk7Y4seXbupPnVI='],
  ['20220525T160930Z', 'aa=1&bb=2', '', 'S9U2d3wLZRRblB+6Pp1WlYZ2T8rzo+H7lJz9Vn2+5g0='],
  ['20220525T160752Z', '', '{"containerGroupIds":"eci-abc","limit":5}', 'jZMwoMN2XhJoty2WyiFyKyJUxMBbgMnb5RKjVOSgAJc='],
])('vector %s query=%j body=%j', (date, query, body, expected) => {
  expect(eopSignature({ ...base, date, query, body })).toBe(expected);
});

test('intermediate keys of vector 1', () => {
  const kTime = createHmac('sha256', base.sk).update('20220525T160752Z').digest();
  expect(kTime.toString('hex')).toBe('2e208ecb32b979f31ea0b068c1d9a34ac43d62d75c94877dcb4a9326fb3e62dc');
  const kAk = createHmac('sha256', kTime).update(base.ak).digest();
  expect(kAk.toString('hex')).toBe('a4061f6d79e6b95b99c5002530883f2c06639acde7467f7865b8c79dc47e6a98');
  const kDate = createHmac('sha256', kAk).update('20220525').digest();
  expect(kDate.toString('hex')).toBe('269ad23cab7cca6604e1152461370b34402213b7c952f07a72bb953850512870');
});

test('string to sign: signed headers, blank separator, query line, body hash', () => {
  expect(stringToSign({ requestId: 'r', date: 'd', query: '', body: '' })).toBe(
    'ctyun-eop-request-id:r\neop-date:d\n\n\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  );
});

test('Eop-date is Beijing time with a literal Z, and parses back', () => {
  const ms = Date.UTC(2022, 10, 7, 1, 30, 29); // 01:30:29 UTC = 09:30:29 in Beijing
  expect(eopDate(ms)).toBe('20221107T093029Z');
  expect(parseEopDate('20221107T093029Z')).toBe(ms);
  expect(parseEopDate('2022-11-07')).toBeUndefined();
});

test('canonical query is sorted and RFC 3986-encoded; the header round-trips', () => {
  expect(canonicalQuery({ bb: 2, aa: 1, 'x y': 'a b&c', skip: undefined })).toBe('aa=1&bb=2&x%20y=a%20b%26c');
  const header = eopAuthorization({ ...base, date: '20220525T160752Z', query: '', body: '' });
  const signedHeaders = 'Headers=ctyun-eop-request-id;eop-date';
  const signature = 'Signature=ZtM5twP+RaGjID49bhGdtHWjX74xJk7Y4seXbupPnVI=';
  expect(header).toBe(`testAK0123456789abcdef ${signedHeaders} ${signature}`);
  expect(parseEopAuthorization(header)).toEqual({
    ak: base.ak,
    headers: ['ctyun-eop-request-id', 'eop-date'],
    signature: 'ZtM5twP+RaGjID49bhGdtHWjX74xJk7Y4seXbupPnVI=',
  });
});
