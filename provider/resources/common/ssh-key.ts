// Generating a keypair on the provider's side: Nova stopped generating keys at microversion 2.92, so
// novaform makes the RSA pair itself and imports the public half. The private key never leaves this process
// except into state (sensitive).
import { generateKeyPairSync } from 'node:crypto';

const sshString = (buf: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
};

/** OpenSSH mpint: big-endian with a leading zero byte when the high bit is set. */
function mpint(b64url: string): Buffer {
  let b = Buffer.from(b64url, 'base64url');
  while (b.length > 1 && b[0] === 0 && !(b[1] & 0x80)) b = b.subarray(1);
  return sshString(b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}

/** A 2048-bit RSA pair: the OpenSSH public key line and the PKCS#1 PEM private key (what ssh and Nova use). */
export function generateRsaKey(comment: string): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const blob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
  return {
    publicKey: `ssh-rsa ${blob.toString('base64')} ${comment}`,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  };
}

/** The comparable part of a public key: the type and blob of an OpenSSH line (not the comment), or the PEM body. */
export function keyMaterial(publicKey: string): string {
  const t = publicKey.trim();
  if (t.startsWith('-----BEGIN')) return t.replace(/\s+/g, '');
  return t.split(/\s+/).slice(0, 2).join(' ');
}
