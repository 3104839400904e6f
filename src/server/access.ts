// The access gate `route()` runs for every request: who is asking (session cookie or API token),
// CSRF, then the route's rule from src/server/policy.ts. Answers are problem+json: 401 when
// nobody is signed in (or a token is not valid), 403 when the actor may not do this. Imports
// nothing from http.ts (http.ts imports this).
import { ANONYMOUS, MISSING, ORG, can, type Actor } from '../domain/roles.ts';
import { cameOverHttps, readSessionToken } from './cookies.ts';
import { inWriteTurn, type Sql } from './db.ts';
import { env } from './env.ts';
import { findApiToken, findSessionUser, readBearer, touchApiToken } from './identity.ts';
import { ruleFor, type Rule, type RuleContext } from './policy.ts';
import { says, type Said } from '../domain/problem.ts';

// ---------- the switch ----------
let enforcing: boolean | undefined;

/**
 * THE switch: whether `route()` enforces sign-in and roles on every route. On unless
 * `TILLER_AUTH=off` (a local experiment without accounts; never for a shared site). Rules
 * marked `always` in the policy (the account routes) are enforced either way.
 */
export function setAuthEnforcement(on: boolean | undefined): void {
  enforcing = on;
}

export const authEnforcement = (): boolean => enforcing ?? env('TILLER_AUTH') !== 'off';

// ---------- results ----------
export interface Refusal {
  refused: true;
  status: 401 | 403;
  title: string;
  detail: Said;
}

export interface Admission {
  refused: false;
  actor: Actor;
  /** Whether this request is checked (the switch, or an `always` rule). */
  enforce: boolean;
  rule: Rule | null;
}

const refuse = (status: 401 | 403, title: string, detail: Said): Refusal => ({ refused: true, status, title, detail });

const SIGN_IN = refuse(401, 'Sign in', says('access.signInRequired'));
const BAD_TOKEN = refuse(401, 'API token not valid', says('access.tokenInvalid'));
const FORBIDDEN = refuse(403, 'Not allowed', says('access.roleForbids'));
const TOKEN_ROUTE = refuse(403, 'Not allowed for API tokens', says('access.tokenScope'));
const CROSS_SITE = refuse(403, 'Cross-site request refused', says('access.foreignOrigin'));
const NO_RULE = refuse(403, 'Not allowed', says('access.noRule'));

const WRITES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a state-changing request came from our own pages: its Origin equals the origin it was
 * sent to (by URL, or by its Host header behind a local proxy), or, without Origin, the browser
 * says Sec-Fetch-Site: same-origin. A cross-site form or fetch can forge neither.
 */
export function sameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  if (origin === null) return req.headers.get('sec-fetch-site') === 'same-origin';
  const own = new Set([new URL(req.url).origin]);
  const host = req.headers.get('host');
  if (host) own.add(`${cameOverHttps(req) ? 'https' : 'http'}://${host}`);
  return own.has(origin);
}

/** Who is asking. A bad bearer token is refused only when enforcing; a bad cookie is simply nobody. */
async function identify(sql: Sql, req: Request): Promise<Actor | 'bad-token'> {
  const bearer = readBearer(req);
  if (bearer !== null) return (bearer && (await findApiToken(sql, bearer))) || 'bad-token';
  const token = readSessionToken(req);
  // Not awaited: the refresh waits for this process's write turn, which a write request only takes later.
  const refreshLater = (refresh: () => Promise<unknown>) => void inWriteTurn(refresh).catch(() => {});
  return (token && (await findSessionUser(sql, token, undefined, refreshLater))) || ANONYMOUS;
}

/** Step 1, before the body is read: identity, CSRF and the role part of the rule. */
export async function admit(sql: Sql, req: Request): Promise<Admission | Refusal> {
  const url = new URL(req.url);
  const rule = ruleFor(url.pathname, req.method);
  const enforce = authEnforcement() || rule?.always === true;
  const who = await identify(sql, req);
  if (!enforce) return { refused: false, actor: who === 'bad-token' ? ANONYMOUS : who, enforce, rule };
  if (who === 'bad-token') return BAD_TOKEN;
  const actor = who;
  if (!rule) {
    console.error(`No access rule for ${req.method} ${url.pathname}: add one to src/server/policy.ts`);
    return NO_RULE;
  }
  if (actor.type === 'token') {
    if (rule.who !== 'writers' || rule.action !== 'create_check_in') return TOKEN_ROUTE;
  } else {
    if (rule.who !== 'anyone' && actor.type === 'anonymous') return SIGN_IN;
    if (WRITES.has(req.method) && !sameOrigin(req)) return CROSS_SITE;
  }
  const ok = { refused: false as const, actor, enforce, rule };
  switch (rule.who) {
    case 'anyone':
    case 'signedIn':
      return ok;
    case 'admin':
      return can(actor, 'write', ORG) ? ok : FORBIDDEN;
    case 'tokenManagers':
      return can(actor, 'manage_tokens') ? ok : FORBIDDEN;
    case 'writers':
      // Tokens are checked on the target in step 2; users who may write nowhere stop here.
      return actor.type === 'token' || can(actor, rule.action, MISSING) ? ok : FORBIDDEN;
  }
}

/** Step 2, inside the write transaction, with the parsed body: what the write touches. */
export async function authorizeWrite(admission: Admission, ctx: RuleContext): Promise<Refusal | null> {
  const { rule, actor } = admission;
  if (!admission.enforce || !rule || rule.who !== 'writers') return null;
  const target = await rule.touches(ctx);
  if (!can(actor, rule.action, target)) return actor.type === 'token' ? TOKEN_ROUTE : FORBIDDEN;
  if (actor.type === 'token') await touchApiToken(ctx.sql, actor.id);
  return null;
}
