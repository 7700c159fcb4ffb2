// A Nova keypair (as terraform-provider-openstack's `openstack_compute_keypair_v2`). The name is the key:
// keypairs are unique per user and name, so a replacement deletes the old one first, and an existing
// keypair with the identical public key can be adopted instead of failing with 409 (anchor complaint 17).
import { bool, defineResource, oneOf, replace, str, local } from './dsl';
import { LIMITS } from './limits';

const KEYED = "the name is the keypair's identity";
const MATERIAL = "a keypair's key material cannot change";

export const keypairSchema = defineResource({
  name: 'Keypair',
  terraform: 'novaform_keypair',
  description:
    'An SSH keypair (or x509 certificate) Nova injects into servers. Without public_key, ' +
    'novaform generates an RSA pair and keeps the private key (sensitive) in state.',
  version: 1,
  importId: 'the keypair name',
  deleteBeforeReplace: true,
  timeouts: { create: 60_000, update: 60_000, delete: 60_000 },
  fields: {
    name: str(
      {
        mode: 'required',
        description:
          'Keypair name: letters, digits, spaces, ".", "_", "-" or "@", not starting or ending with a space.',
        change: replace(KEYED),
      },
      { minLength: 1, maxLength: LIMITS.name, pattern: '^(?! )[_\\-@. a-zA-Z0-9]+(?<! )$' },
    ),
    public_key: str(
      {
        mode: 'optional-computed',
        description:
          'Public key to import (OpenSSH text or, for x509, a PEM certificate). Omitted: ' +
          'a 2048-bit RSA pair is generated.',
        change: replace(MATERIAL),
      },
      { minLength: 1 },
    ),
    type: oneOf(['ssh', 'x509'], { description: 'Key type.', change: replace(MATERIAL), default: 'ssh' }),
    adopt_existing: bool({
      description:
        'When a keypair with this name already exists with the identical public key, adopt it instead of failing.',
      change: local,
      default: false,
    }),
    // computed
    private_key: str({
      mode: 'computed',
      description:
        'The generated private key (PEM); empty when public_key was given or the keypair was adopted or imported.',
      sensitive: true,
    }),
    fingerprint: str({
      mode: 'computed',
      description: 'Key fingerprint (MD5 for ssh, SHA-1 for x509, colon-separated hex).',
    }),
    user_id: str({ mode: 'computed', description: 'The user owning the keypair.' }),
  },
  rules: [
    {
      check: (i) => {
        const noKey = i.public_key === undefined || i.public_key === null;
        const out: { path: string; message: string }[] = [];
        if (noKey && i.type === 'x509')
          out.push({
            path: 'public_key',
            message: 'is required when type = "x509" (x509 keypairs are imported, never generated)',
          });
        // A generated key can never be identical to an existing one, so there would be nothing to adopt.
        if (noKey && i.adopt_existing === true)
          out.push({
            path: 'adopt_existing',
            message: 'needs public_key: only a keypair with the identical public key can be adopted',
          });
        return out;
      },
    },
  ],
});
