// Who is calling: seeded users authenticate with a password into a project where they hold roles.
import { timingSafeEqual } from 'node:crypto';
import type { Caller, Project, User } from '../model/types';
import { EngineError } from '../model/errors';
import type { EngineContext } from './context';

export class Unauthorized extends EngineError {
  constructor(message = 'The request you have made requires authentication.') {
    super(401, 'unauthorized', message);
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a),
    y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function findUser(ctx: EngineContext, nameOrId: string): User | undefined {
  return ctx.store.users.get(nameOrId) ?? ctx.store.users.first('name = ?', [nameOrId]);
}

export function findProject(ctx: EngineContext, nameOrId: string): Project | undefined {
  return ctx.store.projects.get(nameOrId) ?? ctx.store.projects.first('name = ?', [nameOrId]);
}

/** Password authentication scoped to a project (the user's default project when none is named). */
export function authenticate(ctx: EngineContext, username: string, password: string, project?: string): Caller {
  const user = findUser(ctx, username);
  if (!user || !safeEqual(user.password, password)) throw new Unauthorized();
  return scopeTo(ctx, user, project ?? user.defaultProjectId);
}

export function scopeTo(ctx: EngineContext, user: User, project: string): Caller {
  const p = findProject(ctx, project);
  const roles = p ? user.roles[p.id] : undefined;
  if (!p || !roles?.length) throw new Unauthorized(`User ${user.id} has no access to project ${project}`);
  return { userId: user.id, projectId: p.id, roles };
}
