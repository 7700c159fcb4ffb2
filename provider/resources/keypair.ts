// Keypair: create imports the public key (generating an RSA pair first when none is given), read is one GET
// by name, there is no in-place update (every input replaces, deleting first: the name is the key), and
// a 409 on create adopts the existing keypair when asked to and its public key is identical.
import type { Connection } from '../client/connection';
import { keypairSchema as schema } from '../schema/keypair';
import { validateInputs } from '../schema/validate';
import { isUnknown, type Obj } from '../schema/values';
import { aboutField, checkedConfig, compact, ignoreGone, isStatus, localValues, orNull } from './common/api';
import { planFromSchema } from '../diff';
import { generateRsaKey, keyMaterial } from './common/ssh-key';
import type { ResourceType } from './types';

interface KeypairBody {
  name: string;
  public_key: string;
  fingerprint: string;
  type?: string;
  user_id?: string;
  private_key?: string;
}

const path = (name: string) => `/os-keypairs/${encodeURIComponent(name)}`;

function toState(k: KeypairBody, extra: Obj): Obj {
  return {
    id: k.name,
    name: k.name,
    public_key: k.public_key,
    type: k.type ?? 'ssh',
    fingerprint: k.fingerprint,
    user_id: k.user_id ?? '',
    private_key: '',
    ...extra,
  };
}

async function get(conn: Connection, name: string): Promise<KeypairBody | null> {
  const res = await orNull(conn.compute.call<{ keypair: KeypairBody }>('GET', path(name)));
  return res?.body.keypair ?? null;
}

async function create(conn: Connection, config: Obj): Promise<Obj> {
  const c = checkedConfig(schema, config);
  const name = c.name as string;
  const generated = c.public_key ? undefined : generateRsaKey(`novaform-${name}`);
  const publicKey = (c.public_key as string | undefined) ?? generated!.publicKey;
  try {
    const res = await conn.compute.call<{ keypair: KeypairBody }>('POST', '/os-keypairs', {
      keypair: compact({ name, public_key: publicKey, type: c.type }),
    });
    return toState(res.body.keypair, {
      ...localValues(schema, c),
      public_key: publicKey,
      private_key: generated?.privateKey ?? '',
    });
  } catch (e) {
    if (!isStatus(e, 409)) throw e;
    const existing = c.adopt_existing ? await get(conn, name) : null;
    if (existing && keyMaterial(existing.public_key) === keyMaterial(publicKey))
      return toState(existing, { ...localValues(schema, c), public_key: publicKey });
    if (existing)
      throw aboutField(
        e,
        'public_key',
        `keypair "${name}" already exists with a different public key (fingerprint ${existing.fingerprint}), ` +
          `so it cannot be adopted`,
      );
    throw aboutField(
      e,
      'name',
      `keypair "${name}" already exists; import it (id "${name}") or set adopt_existing = true with its identical ` +
        `public_key`,
    );
  }
}

async function read(conn: Connection, state: Obj): Promise<Obj | null> {
  const k = await get(conn, String(state.id ?? state.name));
  if (!k) return null;
  // The same key written differently (comment, trailing newline) is not drift: keep the configured text.
  const prior = state.public_key as string | undefined;
  const publicKey = prior && keyMaterial(prior) === keyMaterial(k.public_key) ? prior : k.public_key;
  return toState(k, { ...localValues(schema, state), public_key: publicKey, private_key: state.private_key ?? '' });
}

export const keypair: ResourceType = {
  schema,
  validate(config) {
    // A public key computed elsewhere (e.g. another resource's output) is unknown at plan time, not missing.
    const errors = validateInputs(schema, config);
    return isUnknown(config.public_key)
      ? errors.filter((e) => e.path !== 'public_key' && e.path !== 'adopt_existing')
      : errors;
  },
  plan: async (_conn, prior, config) => planFromSchema(schema, prior, config),
  create,
  read,
  async update(_conn, prior, config) {
    // Every cloud-side input replaces; only local settings (adopt_existing) reach here.
    checkedConfig(schema, config);
    return { ...prior, ...localValues(schema, config) };
  },
  async delete(conn, state) {
    await ignoreGone(conn.compute.call('DELETE', path(String(state.id ?? state.name))));
  },
  async import(conn, id) {
    const k = await get(conn, id);
    return k ? toState(k, localValues(schema, {})) : null;
  },
};
