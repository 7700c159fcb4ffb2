// SSH key material: generating RSA pairs in OpenSSH format and Nova's fingerprints (MD5 of the key blob
// below microversion 2.92's changes, colon-separated hex), plus validation of imported public keys.
import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { BadRequest } from '../model/errors';

function sshString(buf: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
}

/** OpenSSH mpint: big-endian, with a leading zero byte when the high bit is set. */
function mpint(b64url: string): Buffer {
  let b = Buffer.from(b64url, 'base64url');
  while (b.length > 1 && b[0] === 0 && !(b[1] & 0x80)) b = b.subarray(1);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return sshString(b);
}

export function md5Fingerprint(blob: Buffer): string {
  return createHash('md5').update(blob).digest('hex').match(/../g)!.join(':');
}

export interface GeneratedKey {
  publicKey: string;
  privateKey: string;
  fingerprint: string;
}

/** An RSA 2048 pair as Nova generates it: `ssh-rsa … Generated-by-Nova` and a PKCS#1 PEM private key. */
export function generateSshKey(): GeneratedKey {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const blob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
  return {
    publicKey: `ssh-rsa ${blob.toString('base64')} Generated-by-Nova\n`,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    fingerprint: md5Fingerprint(blob),
  };
}

const SSH_TYPES = [
  'ssh-rsa',
  'ssh-dss',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
];

/** Validates an OpenSSH public key line and returns its fingerprint; Nova's 400 otherwise. */
export function sshFingerprint(line: string): string {
  const invalid = () => new BadRequest('Keypair data is invalid: failed to generate fingerprint', 'public_key');
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2 || !SSH_TYPES.includes(parts[0]) || !/^[A-Za-z0-9+/]+={0,2}$/.test(parts[1])) throw invalid();
  const blob = Buffer.from(parts[1], 'base64');
  if (blob.length < 4) throw invalid();
  const typeLen = blob.readUInt32BE(0);
  if (4 + typeLen > blob.length || blob.subarray(4, 4 + typeLen).toString() !== parts[0]) throw invalid();
  return md5Fingerprint(blob);
}

/** x509 keypairs (microversion 2.2): a PEM certificate, fingerprinted by SHA-1 of its DER form. */
export function x509Fingerprint(pem: string): string {
  try {
    const cert = new X509Certificate(pem);
    return createHash('sha1').update(cert.raw).digest('hex').match(/../g)!.join(':');
  } catch {
    throw new BadRequest('Keypair data is invalid: failed to generate fingerprint', 'public_key');
  }
}
