// The access rule of every API route and method, in one table. `route()` (src/server/http.ts)
// looks a request up here by its path; a route or method without a rule is refused (403) once
// enforcement is on, and test/integration/server/policy.test.ts fails for it, so no route
// ships unguarded. Adding a route = adding one line here (and a line in the matrix test).
//
// Rules say *who* may call and, for writes, *what the write touches*; `can()` in
// src/domain/roles.ts decides. A `touches` resolver reads the database inside the request's
// transaction; the body is not validated yet, so resolvers only trust strings they look up.
import { MISSING, ORG, departments, type Target } from '../domain/roles.ts';
import type { Sql } from './db.ts';
import {
  actionScope,
  checkInOwner,
  goalOwner,
  measureOwner,
  practiceOwner,
  reviewScope,
  segmentOwner,
  type Owner,
} from './ownership.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RuleContext {
  sql: Sql;
  params: Record<string, string>;
  /** The parsed JSON body, NOT validated: check types before use. */
  body: unknown;
  url: URL;
}

type Who =
  /** No session needed (sign-in, invites); the handler decides. API tokens are still refused. */
  | { who: 'anyone' }
  /** Any signed-in user, whatever their role (reads). */
  | { who: 'signedIn' }
  /** Admins only: organisation-wide things. */
  | { who: 'admin' }
  /** Admins and editors (API tokens); the handler narrows to what they own. */
  | { who: 'tokenManagers' }
  /** A write whose target decides: `can(actor, action, await touches(ctx))`. */
  | { who: 'writers'; action: 'write' | 'create_check_in'; touches: (ctx: RuleContext) => Promise<Target> };

/** `always`: enforced even while the global switch is off (new account routes nobody else calls yet). */
export type Rule = Who & { always?: boolean };

// ---------- building blocks ----------
const read: Rule = { who: 'signedIn' };
const adminOnly: Rule = { who: 'admin' };
const writes = (touches: (ctx: RuleContext) => Promise<Target>): Rule => ({ who: 'writers', action: 'write', touches });
const always = (rule: Rule): Rule => ({ ...rule, always: true });

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const field = (body: unknown, name: string): string | null =>
  body !== null && typeof body === 'object' && !Array.isArray(body)
    ? str((body as Record<string, unknown>)[name])
    : null;

const ofOwner = (owner: Owner | null, ...more: (string | null)[]): Target =>
  owner ? departments(...new Set([owner.departmentId, ...more.filter((d): d is string => d !== null)])) : MISSING;

/**
 * Review-style scopes: a department id, null for organisation-wide (admins only), undefined for
 * "no such thing" (the handler answers 404). Any organisation-wide scope makes the write org-wide.
 */
function scoped(...scopes: (string | null | undefined)[]): Target {
  if (scopes[0] === undefined) return MISSING;
  const known = scopes.filter((s) => s !== undefined);
  if (known.includes(null)) return ORG;
  return departments(...new Set(known as string[]));
}

/** What a body says about the department scope it moves to: a string, null (org-wide), or nothing. */
function newScope(body: unknown, name: string): string | null | undefined {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  const v = (body as Record<string, unknown>)[name];
  return v === null ? null : (str(v) ?? undefined);
}

/** The goal in the path (`:id`). */
const goalInPath = writes(async ({ sql, params }) => ofOwner(await goalOwner(sql, params.id!)));
/** The measure in the path. */
const measureInPath = writes(async ({ sql, params }) => ofOwner(await measureOwner(sql, params.id!)));
/** The check-in in the path. */
const checkInInPath = writes(async ({ sql, params }) => ofOwner(await checkInOwner(sql, params.id!)));

// ---------- the table ----------
export const POLICY: Record<string, Partial<Record<Method, Rule>>> = {
  '/api/tree': { GET: read },
  '/api/vision': { GET: read, PUT: adminOnly },
  '/api/departments': { GET: read, POST: adminOnly },
  '/api/departments/:id': { GET: read, PATCH: adminOnly, DELETE: adminOnly },
  // Light reads instead of the whole tree: a picker's index, names by id, counts per department, the influence circle.
  '/api/goal-index': { GET: read },
  '/api/goal-names': { GET: read },
  '/api/department-summaries': { GET: read },
  '/api/influence': { GET: read },
  '/api/goals': {
    GET: read,
    // A new goal touches the department it is created in (its parent may be anyone's).
    POST: writes(async ({ body }) => {
      const d = field(body, 'departmentId');
      return d ? departments(d) : MISSING;
    }),
  },
  '/api/goals/:id': {
    GET: read,
    // Moving a goal to another department touches both: the editor must own both.
    PATCH: writes(async ({ sql, params, body }) =>
      ofOwner(await goalOwner(sql, params.id!), field(body, 'departmentId')),
    ),
    // Sub-goals of other departments deleted or moved with it are checked when the audit log records them.
    DELETE: goalInPath,
  },
  '/api/goals/:id/measures': { GET: read, POST: goalInPath },
  '/api/measures/:id': { GET: read, PATCH: measureInPath, DELETE: measureInPath },
  '/api/measures/:id/check-ins': {
    GET: read,
    // The one route an API token may use, for the measures it was scoped to.
    POST: {
      who: 'writers',
      action: 'create_check_in',
      touches: async ({ sql, params }) => {
        const owner = await measureOwner(sql, params.id!);
        return owner ? { kind: 'measure', measureId: params.id!, departmentId: owner.departmentId } : MISSING;
      },
    },
  },
  '/api/check-ins/:id': { GET: read, PATCH: checkInInPath, DELETE: checkInInPath },

  // ---------- reviews (issue 3): a review belongs to its department scope (none = organisation-wide) ----------
  '/api/reviews': { GET: read, POST: writes(async ({ body }) => scoped(field(body, 'departmentId'))) },
  '/api/reviews/:id': {
    GET: read,
    PATCH: writes(async ({ sql, params, body }) =>
      scoped(await reviewScope(sql, params.id!), newScope(body, 'departmentId')),
    ),
    DELETE: writes(async ({ sql, params }) => scoped(await reviewScope(sql, params.id!))),
  },
  // Closing advances the review dates of every goal on the agenda: as wide as the review's scope.
  '/api/reviews/:id/close': { POST: writes(async ({ sql, params }) => scoped(await reviewScope(sql, params.id!))) },
  '/api/reviews/:id/export.md': { GET: read },
  // A review item (notes, status override) belongs to its goal's department.
  '/api/reviews/:id/items/:goalId': {
    PUT: writes(async ({ sql, params }) => ofOwner(await goalOwner(sql, params.goalId!))),
  },
  // An action about a goal belongs to the goal's department; a general one to the review's scope.
  '/api/reviews/:id/actions': {
    GET: read,
    POST: writes(async ({ sql, params, body }) => {
      const goalId = field(body, 'goalId');
      const owner = goalId ? await goalOwner(sql, goalId) : null;
      return owner ? departments(owner.departmentId) : scoped(await reviewScope(sql, params.id!));
    }),
  },
  '/api/actions/:id': {
    GET: read,
    PATCH: writes(async ({ sql, params, body }) => {
      const goalId = field(body, 'goalId');
      const owner = goalId ? await goalOwner(sql, goalId) : null;
      return scoped(await actionScope(sql, params.id!), ...(owner ? [owner.departmentId] : []));
    }),
    DELETE: writes(async ({ sql, params }) => scoped(await actionScope(sql, params.id!))),
  },
  '/api/due': { GET: read },
  '/api/timeline': { GET: read },
  '/api/goals/:id/close': { POST: goalInPath },
  // The new goal stays in the old one's department.
  '/api/goals/:id/carry-over': { POST: goalInPath },
  // Closed goals are read-only (src/server/closed-goals.ts); only leadership opens one again.
  '/api/goals/:id/reopen': { POST: adminOnly },
  // Downloads of a view: whoever may read the view (the audit log: admins, or one goal's history).
  '/api/export/:view': { GET: read },
  // Spreadsheet import: admins, and editors for their own departments (each row is checked).
  '/api/import': { POST: { who: 'tokenManagers' } },
  // The whole organisation out and back in: admins only.
  '/api/backup': { GET: always(adminOnly) },
  '/api/restore': { POST: always(adminOnly) },
  // The bin of deleted goals: only admins list, restore or purge them.
  '/api/bin': { GET: always(adminOnly) },
  '/api/bin/:id': { DELETE: always(adminOnly) },
  '/api/bin/:id/restore': { POST: always(adminOnly) },

  // ---------- measurement (issue 4) ----------
  '/api/kpi-library': { GET: read },
  '/api/quality-levels': { GET: read },
  '/api/goals/:id/warnings': { GET: read },
  '/api/goals/:id/practices': { GET: read, POST: goalInPath },
  '/api/practices/:id': {
    GET: read,
    PATCH: writes(async ({ sql, params }) => ofOwner(await practiceOwner(sql, params.id!))),
    DELETE: writes(async ({ sql, params }) => ofOwner(await practiceOwner(sql, params.id!))),
  },
  '/api/measures/:id/segments': { GET: read, POST: measureInPath },
  '/api/segments/:id': {
    GET: read,
    PATCH: writes(async ({ sql, params }) => ofOwner(await segmentOwner(sql, params.id!))),
    DELETE: writes(async ({ sql, params }) => ofOwner(await segmentOwner(sql, params.id!))),
  },
  // A pair shows on both measures, so it touches both measures' departments.
  '/api/measures/:id/counterweights': {
    GET: read,
    POST: writes(async ({ sql, params, body }) => {
      const other = field(body, 'counterweightId');
      const otherOwner = other ? await measureOwner(sql, other) : null;
      return ofOwner(await measureOwner(sql, params.id!), otherOwner?.departmentId ?? null);
    }),
  },
  '/api/measures/:id/counterweights/:otherId': {
    DELETE: writes(async ({ sql, params }) =>
      ofOwner(await measureOwner(sql, params.id!), (await measureOwner(sql, params.otherId!))?.departmentId ?? null),
    ),
  },
  // Previews (reads), then pairs with an existing measure (both departments, as for a pair) or creates one on the same goal.
  '/api/measures/:id/suggested-counterweight': {
    GET: read,
    POST: writes(async ({ sql, params, body }) => {
      const other = field(body, 'pairWithId');
      const otherOwner = other ? await measureOwner(sql, other) : null;
      return ofOwner(await measureOwner(sql, params.id!), otherOwner?.departmentId ?? null);
    }),
  },

  // ---------- accounts (issue 5): enforced even while the switch is off ----------
  '/api/session': {
    GET: always({ who: 'anyone' }),
    POST: always({ who: 'anyone' }),
    DELETE: always({ who: 'anyone' }),
  },
  '/api/users': { GET: always(adminOnly), POST: always(adminOnly) },
  '/api/users/:id': { GET: always(adminOnly), PATCH: always(adminOnly) },
  '/api/invites': { GET: always(adminOnly) },
  // GET looks an invite up by its secret token, POST accepts it (both public: the token is the secret); DELETE (by id) withdraws one.
  '/api/invites/:token': { GET: always({ who: 'anyone' }), POST: always({ who: 'anyone' }), DELETE: always(adminOnly) },
  '/api/tokens': { GET: always({ who: 'tokenManagers' }), POST: always({ who: 'tokenManagers' }) },
  '/api/tokens/:id': { DELETE: always({ who: 'tokenManagers' }) },
  // Admins read the whole log; others only one goal's history (the handler checks the filter).
  '/api/audit': { GET: always(read) },
};

// ---------- lookup ----------
let compiled: { pattern: URLPattern; path: string }[] | null = null;

/** The route pattern (a POLICY key) a request path belongs to, or null. */
export function policyPathFor(pathname: string): string | null {
  compiled ??= Object.keys(POLICY).map((path) => ({ path, pattern: new URLPattern({ pathname: path }) }));
  return compiled.find((c) => c.pattern.test({ pathname }))?.path ?? null;
}

export function ruleFor(pathname: string, method: string): Rule | null {
  const path = policyPathFor(pathname);
  return path ? (POLICY[path]![method as Method] ?? null) : null;
}
