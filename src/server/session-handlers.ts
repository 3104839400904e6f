// Signing in and out. Kept out of the function file so the handler stays thin and testable.
import { signInInput, type SessionUser } from '../domain/accounts.ts';
import type { Actor, UserActor } from '../domain/roles.ts';
import { findCredentials } from './accounts.ts';
import { clock } from './clock.ts';
import { clearedSessionCookie, readSessionToken, sessionCookie } from './cookies.ts';
import type { Sql } from './db.ts';
import { Problem, json, problemResponse, validate } from './http.ts';
import { createSession, findSessionUser, revokeSession } from './identity.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { blockedFor, clearFailures, clientAddress, recordFailure, SIGN_IN_LIMITS } from './rate-limit.ts';
import { recordAudit } from './audit.ts';
import { ANONYMOUS } from '../domain/roles.ts';
import { says } from '../domain/problem.ts';

/**
 * An address for the log without giving away a stranger's full e-mail (a mistyped password typed
 * into the e-mail field, say): its first character and its domain.
 */
export const maskedEmail = (email: string) => {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email[0]}…${email.slice(at)}` : '…';
};

export const WRONG_CREDENTIALS = says('signIn.wrongCredentials');

export const sessionUserOf = (actor: Actor): SessionUser | null =>
  actor.type === 'user'
    ? { id: actor.id, email: actor.email, name: actor.name, role: actor.role, departmentIds: [...actor.departmentIds] }
    : null;

/**
 * POST /api/session. The same answer for an unknown e-mail, a wrong password and a deactivated
 * account, after the same scrypt work. Failures are counted (and the 401 is returned, not thrown,
 * so the count is committed); over the limit → 429 with Retry-After, before any password check.
 */
export async function signIn(sql: Sql, req: Request, body: unknown, ip?: string): Promise<Response> {
  const { email, password } = validate(signInInput, body);
  const now = clock();
  const keys = [
    { key: `email:${email}`, limit: SIGN_IN_LIMITS.email },
    { key: `ip:${clientAddress(ip)}`, limit: SIGN_IN_LIMITS.address },
  ];
  const wait = Math.max(...(await Promise.all(keys.map((k) => blockedFor(sql, k.key, k.limit, now)))));
  if (wait > 0) {
    const res = problemResponse(429, 'Too many attempts', says('signIn.tooMany', { minutes: Math.ceil(wait / 60) }));
    res.headers.set('retry-after', String(wait));
    return res;
  }
  const found = await findCredentials(sql, email);
  const ok = found ? await verifyPassword(password, found.passwordHash) : await verifyAgainstDummy(password);
  if (!ok || !found || !found.user.active) {
    for (const k of keys) await recordFailure(sql, k.key, k.limit, now);
    // In the log, never the password; an unknown account only by its masked address.
    const who = found
      ? { actor: found.actor, entityId: found.user.id }
      : { actor: ANONYMOUS, entityId: maskedEmail(email) };
    const address = clientAddress(ip);
    await recordAudit(
      sql,
      who.actor,
      { action: 'sign_in_failed', entity: 'sign_in', entityId: who.entityId, after: { address } },
      now,
    );
    // The failure that reaches a limit locks the account or address out: logged once, not per 429.
    for (const k of keys)
      if ((await blockedFor(sql, k.key, k.limit, now)) > 0 && (await attemptsOf(sql, k.key)) === k.limit.max)
        await recordAudit(
          sql,
          who.actor,
          {
            action: 'lock_out',
            entity: 'sign_in',
            entityId: k.key.startsWith('ip:') ? address : who.entityId,
            after: { address },
          },
          now,
        );
    return problemResponse(401, 'Sign-in failed', WRONG_CREDENTIALS);
  }
  await clearFailures(sql, keys[0]!.key);
  // Never adopt what the browser brought: end that session if it was one, and issue a new one.
  const previous = readSessionToken(req);
  if (previous) {
    const old = await findSessionUser(sql, previous, now);
    if (old) await revokeSession(sql, old.sessionId, now);
  }
  const session = await createSession(sql, found.user.id, now);
  await recordAudit(
    sql,
    found.actor,
    { action: 'sign_in', entity: 'sign_in', entityId: found.user.id, after: { address: clientAddress(ip) } },
    now,
  );
  const res = json(sessionUserOf(found.actor), 201);
  res.headers.append('set-cookie', sessionCookie(req, session.token, session.maxAgeSeconds));
  return res;
}

const attemptsOf = async (sql: Sql, key: string) =>
  Number(
    (await sql.execute({ sql: 'SELECT count FROM sign_in_attempts WHERE key = ?', args: [key] })).rows[0]?.count ?? 0,
  );

/** DELETE /api/session: ends the session server-side and clears the cookie (204 even without one). */
export async function signOut(sql: Sql, req: Request): Promise<Response> {
  const token = readSessionToken(req);
  if (token) {
    const s = await findSessionUser(sql, token);
    if (s) {
      await revokeSession(sql, s.sessionId);
      await recordAudit(sql, s, { action: 'sign_out', entity: 'session', entityId: s.id });
    }
  }
  const res = new Response(null, { status: 204 });
  res.headers.append('set-cookie', clearedSessionCookie(req));
  return res;
}

/** The signed-in user of a request whose rule already required one (tokens routes). */
export function signedInUser(actor: Actor): UserActor {
  if (actor.type !== 'user') throw new Problem(401, 'Sign in', says('access.signInRequired'));
  return actor;
}
