// Who may do what: the one decision function every route and every audited write asks.
// Pure: the server resolves *what a request touches* (which departments, which measure) and
// asks `can`; nothing here reads the database.
//
//   admin   (leadership)  everything: vision, departments, users, anyone's API tokens, the whole audit log
//   editor  (department)  goals, measures, check-ins and review items of the departments assigned to
//                         them (every department a write touches must be theirs); reads everything;
//                         API tokens for measures of their departments
//   viewer                reads everything, writes nothing
//   API token             adds check-ins to the measures it was scoped to, and nothing else (not even
//                         reads), and only while its creator may still change those measures
//   anonymous             nothing: a company's goals are internal, so reads need a session too

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface UserActor {
  type: 'user';
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentIds: readonly string[];
}

export interface TokenActor {
  type: 'token';
  id: string;
  name: string;
  measureIds: readonly string[];
  /** The user who created the token, as they are now: the token never outranks them. */
  owner: { id: string; role: Role; departmentIds: readonly string[] };
}

/** Scripts, the demo seed and migrations: trusted code, no request. */
export interface SystemActor {
  type: 'system';
  label: string;
}

export interface AnonymousActor {
  type: 'anonymous';
}

export type Actor = UserActor | TokenActor | SystemActor | AnonymousActor;

export const ANONYMOUS: AnonymousActor = { type: 'anonymous' };
export const SYSTEM: SystemActor = { type: 'system', label: 'system' };

/**
 * - `read`: any data (tree, goals, reviews, one goal's history). No target.
 * - `write`: create, change or delete what the target names.
 * - `create_check_in`: add a check-in to one measure (the only thing an API token does).
 * - `manage_tokens`: create, list and revoke API tokens (editors: their own, for their measures).
 */
export type Action = 'read' | 'write' | 'create_check_in' | 'manage_tokens';

/**
 * What a write touches.
 * - `org`: organisation-wide things: the vision, departments, users, invites, the whole audit log,
 *   reviews without a department.
 * - `departments`: every department the write touches (a goal moved from A to B touches both).
 * - `measure`: one measure (for check-ins) and its goal's department.
 * - `missing`: the thing does not exist; whoever may write at all gets through, and the handler
 *   answers 404 (so an editor learns nothing they could not read anyway).
 */
export type Target =
  | { kind: 'org' }
  | { kind: 'departments'; departmentIds: readonly string[] }
  | { kind: 'measure'; measureId: string; departmentId: string }
  | { kind: 'missing' };

export const ORG: Target = { kind: 'org' };
export const MISSING: Target = { kind: 'missing' };
export const departments = (...departmentIds: string[]): Target => ({ kind: 'departments', departmentIds });

/** Whether a role with these departments may change what `target` names. */
function roleMayWrite(role: Role, own: readonly string[], target: Target): boolean {
  if (role === 'admin') return true;
  if (role === 'viewer') return false;
  switch (target.kind) {
    case 'org':
      return false;
    case 'missing':
      return true;
    case 'measure':
      return own.includes(target.departmentId);
    case 'departments':
      // Every department touched must be the editor's own; touching none names nothing to allow.
      return target.departmentIds.length > 0 && target.departmentIds.every((d) => own.includes(d));
  }
}

export function can(actor: Actor, action: Action, target: Target = ORG): boolean {
  switch (actor.type) {
    case 'system':
      return true;
    case 'anonymous':
      return false;
    case 'token':
      return (
        action === 'create_check_in' &&
        target.kind === 'measure' &&
        actor.measureIds.includes(target.measureId) &&
        roleMayWrite(actor.owner.role, actor.owner.departmentIds, target)
      );
    case 'user':
      switch (action) {
        case 'read':
          return true;
        case 'manage_tokens':
          return actor.role !== 'viewer';
        case 'write':
        case 'create_check_in':
          return roleMayWrite(actor.role, actor.departmentIds, target);
      }
  }
}

/** A short, human label for the audit log. */
export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case 'user':
      return actor.name ? `${actor.name} <${actor.email}>` : actor.email;
    case 'token':
      return `API token “${actor.name}”`;
    case 'system':
      return actor.label;
    case 'anonymous':
      return 'anonymous';
  }
}

export const actorId = (actor: Actor): string | null =>
  actor.type === 'user' || actor.type === 'token' ? actor.id : null;
