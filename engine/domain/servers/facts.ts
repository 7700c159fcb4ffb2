import { checkAction } from '../../actions/check';
import { actionRow, type ActionName } from '../../actions/table';
import type { Caller, Server } from '../../model/types';
import type { EngineContext } from '../context';
import { hostUp } from './access';

/** Checks an action row against a stored server, in Nova's order (see actions/check). */
export function check(ctx: EngineContext, caller: Caller, s: Server, name: ActionName): void {
  checkAction(actionRow(name), { ...s, hostUp: hostUp(ctx, s) }, caller);
}
