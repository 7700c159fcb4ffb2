// The server certificate for go-plugin's AutoMTLS: a fresh self-signed ECDSA P-256 certificate per launch,
// valid for DNS:localhost (Terraform dials with ServerName "localhost" and trusts exactly this certificate),
// marked CA so Go accepts it as its own root. It is written here with node:crypto and a few lines of DER
// because an X.509 library costs more start-up time (~75 ms) than everything else the handshake needs.
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export interface ServerCert {
  certPem: string;
  keyPem: string;
  der: Buffer;
}

function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, content]);
}
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const octets = (b: Buffer) => tlv(0x04, b);
const bits = (b: Buffer, unused = 0) => tlv(0x03, Buffer.concat([Buffer.from([unused]), b]));
const TRUE = tlv(0x01, Buffer.from([0xff]));
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

function utcTime(d: Date): Buffer {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
  const time = `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
  const s = `${date}${time}Z`;
  return tlv(0x17, Buffer.from(s, 'ascii'));
}

const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'));
const extension = (id: string, critical: boolean, value: Buffer) =>
  seq(oid(id), ...(critical ? [TRUE] : []), octets(value));

export function serverCertificate(): ServerCert {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const serial = randomBytes(16);
  serial[0] = (serial[0] & 0x7f) | 0x40; // positive, and minimal in DER (a leading 0x00 byte would be illegal padding)
  const name = seq(set(seq(oid('2.5.4.3'), utf8('localhost'))), set(seq(oid('2.5.4.10'), utf8('novaform'))));
  const now = Date.now();
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))), // v3
    tlv(0x02, serial),
    ECDSA_SHA256,
    name,
    seq(utcTime(new Date(now - 60_000)), utcTime(new Date(now + 24 * 3600_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(
      0xa3,
      seq(
        extension('2.5.29.19', true, seq(TRUE)), // basicConstraints: CA
        // keyUsage: digitalSignature, keyEncipherment, keyCertSign
        extension('2.5.29.15', true, bits(Buffer.from([0xa4]), 2)),
        // extendedKeyUsage: serverAuth, clientAuth
        extension('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))),
        extension('2.5.29.17', false, seq(tlv(0x82, Buffer.from('localhost', 'ascii')))), // SAN DNS:localhost
      ),
    ),
  );
  const der = seq(tbs, ECDSA_SHA256, bits(sign('sha256', tbs, privateKey)));
  const base64Lines = der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n');
  const certPem = `-----BEGIN CERTIFICATE-----\n${base64Lines}-----END CERTIFICATE-----\n`;
  return { certPem, keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, der };
}
