// Who the current request acts as, for code far from the handler (the audit log in the
// repositories). `route()` runs every handler inside `runAs`; outside a request (scripts, the
// demo seed) the actor is the system.
import { AsyncLocalStorage } from 'node:async_hooks';
import { SYSTEM, type Actor } from '../domain/roles.ts';

export interface ActorContext {
  actor: Actor;
  /** Whether writes are checked against the actor's rights (see setAuthEnforcement). */
  enforce: boolean;
}

const storage = new AsyncLocalStorage<ActorContext>();

export const runAs = <T>(ctx: ActorContext, fn: () => T): T => storage.run(ctx, fn);

export const currentActorContext = (): ActorContext => storage.getStore() ?? { actor: SYSTEM, enforce: false };
