// Keypairs belong to a user (not a project); names are unique per user.
import { BadRequest, Conflict, NotFound, policyDenied } from '../model/errors';
import { show } from '../model/show';
import type { Caller, Keypair } from '../model/types';
import { isAdmin, type EngineContext } from './context';
import { uuid } from './ids';
import { checkKeypairQuota } from './quotas';
import { generateSshKey, sshFingerprint, x509Fingerprint } from './sshkeys';

/** As the HTTP body carries it: name and type are checked here. */
export interface CreateKeypairRequest {
  name: unknown;
  public_key?: string | null;
  type?: unknown;
  user_id?: string;
}
export interface CreatedKeypair {
  keypair: Keypair;
  privateKey?: string;
}

const NAME = /^[a-zA-Z0-9 _.@-]+$/;

function ownerOf(caller: Caller, userId: string | undefined, rule: string): string {
  if (userId && userId !== caller.userId) {
    if (!isAdmin(caller)) throw policyDenied(rule);
    return userId;
  }
  return caller.userId;
}

export function createKeypair(ctx: EngineContext, caller: Caller, req: CreateKeypairRequest): CreatedKeypair {
  return ctx.store.tx(() => {
    const name = req.name;
    if (typeof name !== 'string' || name.length < 1 || name.length > 255 || !NAME.test(name) || name.trim() !== name) {
      throw new BadRequest(
        'Keypair data is invalid: The keypair name must be 1 to 255 characters of letters, digits, spaces, ' +
          "'.', '_', '-' or '@' and must not start or end with a space",
        'name',
      );
    }
    const userId = ownerOf(caller, req.user_id, 'os_compute_api:os-keypairs:create');
    const type = req.type ?? 'ssh';
    if (type !== 'ssh' && type !== 'x509')
      throw new BadRequest(
        `Invalid input for field/attribute type. Value: ${show(type)}. It must be one of ssh, x509`,
        'type',
      );
    checkKeypairQuota(ctx, caller.projectId, userId);
    if (ctx.store.keypairs.first('user_id = ? AND name = ?', [userId, name]))
      throw new Conflict(`Key pair '${name}' already exists.`);
    let publicKey: string, fingerprint: string, privateKey: string | undefined;
    if (req.public_key !== undefined && req.public_key !== null) {
      publicKey = req.public_key;
      fingerprint = type === 'x509' ? x509Fingerprint(publicKey) : sshFingerprint(publicKey);
    } else {
      if (type === 'x509')
        throw new BadRequest(
          'Generating x509 keypairs is not supported; import a certificate with public_key.',
          'public_key',
        );
      ({ publicKey, fingerprint, privateKey } = generateSshKey());
    }
    const keypair = ctx.store.keypairs.put({
      id: uuid(),
      name,
      userId,
      type,
      publicKey,
      fingerprint,
      createdAt: ctx.clock.now(),
    });
    return { keypair, privateKey };
  });
}

export function listKeypairs(ctx: EngineContext, caller: Caller, userId?: string): Keypair[] {
  const uid = ownerOf(caller, userId, 'os_compute_api:os-keypairs:index');
  return ctx.store.keypairs.where('user_id = ?', [uid], 'ORDER BY name');
}

export function getKeypair(ctx: EngineContext, caller: Caller, name: string, userId?: string): Keypair {
  const uid = ownerOf(caller, userId, 'os_compute_api:os-keypairs:show');
  const kp = ctx.store.keypairs.first('user_id = ? AND name = ?', [uid, name]);
  if (!kp) throw new NotFound(`Keypair ${name} not found for user ${uid}`);
  return kp;
}

export function deleteKeypair(ctx: EngineContext, caller: Caller, name: string, userId?: string): void {
  ctx.store.tx(() => {
    ctx.store.keypairs.delete(getKeypair(ctx, caller, name, userId).id);
  });
}
