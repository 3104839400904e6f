// Who is signed in, shared by every island of a page: GET /api/session is asked once per page,
// and `can()` answers with the same domain rule the server enforces (src/domain/roles.ts), so
// the UI hides exactly what the server would refuse. The server stays the guard.
import { createSignal } from 'solid-js';
import type { SessionUser } from '../domain/accounts.ts';
import { MISSING, ORG, can as decide, departments, type Actor, type Target } from '../domain/roles.ts';
import { ApiError, api } from './api.ts';
import { isClosedGoal } from '../domain/closed-goals.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedIn'; user: SessionUser }
  /** `signInRequired` false: the server's enforcement switch is off, so anonymous visitors may edit. */
  | { status: 'anonymous'; signInRequired: boolean }
  /** The session could not be read (network, server error): show nothing editable. */
  | { status: 'unknown' };

const [state, setState] = createSignal<SessionState>({ status: 'loading' });
let pending: Promise<SessionState> | null = null;

/** Loads the session once per page (later calls share the first request). */
export function loadSession(): Promise<SessionState> {
  pending ??= api.session.get().then(
    (user): SessionState => ({ status: 'signedIn', user }),
    (e: unknown): SessionState =>
      e instanceof ApiError && e.status === 401
        ? { status: 'anonymous', signInRequired: e.body.signInRequired !== false }
        : { status: 'unknown' },
  );
  return pending.then((s) => (setState(s), s));
}

/**
 * For pages only admins can use: refuses (as the server would, 403) before asking the server for
 * admin-only lists, so a signed-in editor or viewer sees the page's explanation without a failed request.
 */
export async function requireAdmin(): Promise<void> {
  const s = await loadSession();
  if (s.status === 'signedIn' && s.user.role !== 'admin')
    throw new ApiError(403, { title: 'Not allowed', detail: 'Only admins can do this.' });
}

/** The session state (reactive); asking starts the load. */
export function session(): SessionState {
  if (!pending) void loadSession();
  return state();
}

/** The signed-in person, or null (reactive). */
export function currentUser(): SessionUser | null {
  const s = session();
  return s.status === 'signedIn' ? s.user : null;
}

/** Signed-in admin (the account pages and their links). */
export const isAdmin = (): boolean => currentUser()?.role === 'admin';

/** Whether nobody needs to sign in (the server's switch is off and nobody is signed in): the server allows everything. */
const openMode = (): boolean => {
  const s = session();
  return s.status === 'anonymous' && !s.signInRequired;
};

const actor = (): Actor | null => {
  const user = currentUser();
  return user && { type: 'user', ...user };
};

export type UiAction = 'write' | 'create_check_in' | 'manage_tokens';

/**
 * Whether the person may do `action` on something of `departmentId` (a goal's, measure's or
 * check-in's department; several when a change touches more, e.g. moving a goal). Without a
 * department the target is organisation-wide: the vision, departments, users. Reactive.
 */
export function can(action: UiAction, departmentId?: string | readonly string[]): boolean {
  if (openMode()) return true;
  const a = actor();
  if (!a) return false;
  const ids = departmentId === undefined ? [] : typeof departmentId === 'string' ? [departmentId] : departmentId;
  let target: Target = ids.length ? departments(...ids) : ORG;
  if (action === 'create_check_in' && ids.length === 1)
    target = { kind: 'measure', measureId: '', departmentId: ids[0]! };
  return decide(a, action, target);
}

/**
 * Whether the person may change this goal and what is under it (measures, check-ins, practices,
 * pairs, sub-goals added under it): a closed goal is read-only for everyone, as the server says
 * (src/domain/closed-goals.ts); otherwise the goal's department decides.
 */
export function canChangeGoal(goal: { departmentId: string; state: string }): boolean {
  return !isClosedGoal(goal) && can('write', goal.departmentId);
}

/** Whether the person may write in at least one department (add a goal somewhere). */
export function canWriteSomewhere(): boolean {
  if (openMode()) return true;
  const a = actor();
  return a !== null && decide(a, 'write', MISSING);
}

/** The departments (of `all`) whose goals the person may create and change. */
export function writableDepartments<D extends { id: string }>(all: readonly D[]): D[] {
  return all.filter((d) => can('write', d.id));
}

/** For tests: forget the loaded session. */
export function resetSession(): void {
  pending = null;
  setState({ status: 'loading' });
}
