// Nova's lock semantics (nova-semantics §3): what a locked server refuses for members, what still works,
// admins bypassing, and who may undo whose lock.
import type { ActionName } from '../../engine';
import { serverStatus } from '../../engine';
import { errorOf, testEngine } from '../helpers/engine';

/** Actions a member is refused on a locked server with "Instance <uuid> is locked". */
// (Every row has both elements: jest treats a missing trailing argument as a `done` callback.)
const REFUSED: [ActionName, Record<string, unknown>][] = [
  ['os-stop', {}],
  ['reboot:SOFT', {}],
  ['reboot:HARD', {}],
  ['pause', {}],
  ['suspend', {}],
  ['resize', { flavorRef: '2' }],
  ['rebuild', { imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c' }],
  ['shelve', {}],
  ['rescue', {}],
  ['forceDelete', {}],
];

describe('a server locked by its owner', () => {
  const t = testEngine();
  const s = t.active();
  t.engine.servers.action(t.demo, s.id, 'lock', { locked_reason: 'maintenance window' });

  test('shows locked with the reason', () => {
    expect(t.engine.servers.get(t.demo, s.id)).toMatchObject({
      locked: true,
      lockedBy: 'owner',
      lockedReason: 'maintenance window',
    });
  });

  test.each(REFUSED)('member is refused %s', (action, args) => {
    const err = errorOf(() => t.engine.servers.action(t.demo, s.id, action, args));
    expect([err.status, err.message]).toEqual([409, `Instance ${s.id} is locked`]);
  });

  test('member is refused delete, metadata changes and attachments', () => {
    expect(errorOf(() => t.engine.servers.delete(t.demo, s.id)).message).toBe(`Instance ${s.id} is locked`);
    expect(errorOf(() => t.engine.servers.setMetadata(t.demo, s.id, { a: 'b' }, 'merge')).message).toBe(
      `Instance ${s.id} is locked`,
    );
    expect(
      errorOf(() => t.engine.servers.attachInterface(t.demo, s.id, { net_id: '07a9557d-4256-48ae-847c-415a9c8f7ff6' }))
        .message,
    ).toBe(`Instance ${s.id} is locked`);
  });

  test('changePassword gets the generic invalid-state text, as Nova gives it', () => {
    const err = errorOf(() => t.engine.servers.action(t.demo, s.id, 'changePassword', { adminPass: 'abcdef12' }));
    expect([err.status, err.message]).toEqual([409, `Instance ${s.id} is in an invalid state for 'changePassword'`]);
  });

  test('rename, tags and createImage still work', () => {
    t.engine.servers.update(t.demo, s.id, { name: 'renamed' });
    t.engine.servers.replaceTags(t.demo, s.id, ['a', 'b']);
    const r = t.engine.servers.action(t.demo, s.id, 'createImage', { name: 'while-locked' });
    expect(r.imageId).toBeTruthy();
    t.settle();
    expect(t.engine.servers.get(t.demo, s.id)).toMatchObject({ name: 'renamed', tags: ['a', 'b'] });
  });

  test('a second lock by the owner is a no-op that keeps the reason', () => {
    t.engine.servers.action(t.demo, s.id, 'lock', { locked_reason: 'other' });
    expect(t.engine.servers.get(t.demo, s.id).lockedReason).toBe('maintenance window');
  });

  test('admins bypass the lock', () => {
    t.engine.servers.action(t.admin, s.id, 'os-stop');
    t.settle();
    expect(serverStatus(t.engine.servers.get(t.demo, s.id))).toBe('SHUTOFF');
  });

  test('another project does not even see it', () => {
    expect(errorOf(() => t.engine.servers.action(t.alt, s.id, 'unlock')).status).toBe(404);
  });

  test('the owner unlocks its own lock, clearing the reason', () => {
    t.engine.servers.action(t.demo, s.id, 'unlock');
    expect(t.engine.servers.get(t.demo, s.id)).toMatchObject({ locked: false, lockedBy: null, lockedReason: null });
    t.engine.servers.action(t.demo, s.id, 'unlock'); // unlocking an unlocked server is fine
  });
});

describe('a server locked by an admin', () => {
  test('the owner cannot unlock it (403) and stays refused; the admin can', () => {
    const t = testEngine();
    const s = t.active();
    t.engine.servers.action(t.admin, s.id, 'lock');
    expect(t.engine.servers.get(t.demo, s.id).lockedBy).toBe('admin');
    const err = errorOf(() => t.engine.servers.action(t.demo, s.id, 'unlock'));
    expect([err.status, err.message]).toEqual([
      403,
      "Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed.",
    ]);
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'os-stop')).message).toBe(`Instance ${s.id} is locked`);
    t.engine.servers.action(t.admin, s.id, 'unlock');
    expect(t.engine.servers.get(t.demo, s.id).locked).toBe(false);
  });

  test("an admin from another project takes over an owner's lock", () => {
    const t = testEngine();
    const s = t.active();
    t.engine.servers.action(t.demo, s.id, 'lock');
    t.engine.servers.action(t.admin, s.id, 'lock', { locked_reason: 'audit' });
    expect(t.engine.servers.get(t.demo, s.id)).toMatchObject({ lockedBy: 'admin', lockedReason: 'audit' });
  });

  test('locked_reason longer than 255 characters is refused, naming the field', () => {
    const t = testEngine();
    const s = t.active();
    const err = errorOf(() => t.engine.servers.action(t.demo, s.id, 'lock', { locked_reason: 'x'.repeat(256) }));
    expect(err.status).toBe(400);
    expect(err.message).toContain('locked_reason');
  });
});
