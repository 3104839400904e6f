// Signing in and out, session cookies and their lifetime, rate limits and CSRF, through the real
// handlers on a real database, with enforcement switched on for this file.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import sessionFn from '../../../netlify/functions/session.mts';
import treeFn from '../../../netlify/functions/tree.mts';
import userFn from '../../../netlify/functions/user.mts';
import departmentsFn from '../../../netlify/functions/departments.mts';
import { setAuthEnforcement } from '../../../src/server/http.ts';
import { setClock } from '../../../src/server/clock.ts';
import { SESSION_IDLE_MS, SESSION_MAX_MS, sha256 } from '../../../src/server/identity.ts';
import { SIGN_IN_LIMITS, recordFailure } from '../../../src/server/rate-limit.ts';
import { call, expectProblem, freshDatabase, setDefaultHeaders, type ApiResult } from '../helpers.ts';
import { ORIGIN, TEST_PASSWORD, asAdmin, createTestUser, sessionHeaders, signedIn, snapshotAll } from '../sign-in.ts';

const db = await freshDatabase();
beforeAll(async () => {
  setAuthEnforcement(true);
  setDefaultHeaders(await asAdmin());
});
afterAll(() => setAuthEnforcement(undefined));
afterEach(() => setClock(null));

const SAME_SITE = { origin: ORIGIN };
const signInCall = (email: string, password: string, headers: Record<string, string> = SAME_SITE, ip?: string) =>
  call(sessionFn, 'POST', '/api/session', {
    anonymous: true,
    headers,
    body: { email, password },
    ...(ip ? { ip } : {}),
  });
const whoAmI = (headers: Record<string, string>) =>
  call(sessionFn, 'GET', '/api/session', { anonymous: true, headers });
const tree = (headers: Record<string, string>) => call(treeFn, 'GET', '/api/tree', { anonymous: true, headers });

/** The session token in a response's Set-Cookie. */
function cookieToken(res: ApiResult): string {
  const header = res.headers.get('set-cookie') ?? '';
  const m = /^tiller_session=([^;]*)/.exec(header);
  if (!m) throw new Error(`No session cookie in ${header}`);
  return m[1]!;
}
const later = (ms: number) => {
  const t = Date.now() + ms;
  setClock(() => new Date(t));
};

describe('sign in, who am I, sign out', () => {
  it('signs in with e-mail (any case) and password: a new session cookie, HttpOnly, SameSite=Lax, 7 days', async () => {
    const user = await createTestUser('editor', { email: 'mika@example.com' });
    const res = await signInCall('  MIKA@Example.com ', TEST_PASSWORD);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: user.id,
      email: 'mika@example.com',
      name: user.name,
      role: 'editor',
      departmentIds: [],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|scrypt/i);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tiller_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=604800; SameSite=Lax; HttpOnly$/);
    const token = cookieToken(res);

    expect(await whoAmI(sessionHeaders(token))).toMatchObject({ status: 200, body: { id: user.id, role: 'editor' } });
    expect((await tree(sessionHeaders(token))).status).toBe(200);
    // Only the hash is stored.
    const rows = (await db.execute({ sql: 'SELECT id FROM sessions WHERE user_id = ?', args: [user.id] })).rows;
    expect(rows.map((r) => r.id)).toEqual([sha256(token)]);
    expect(JSON.stringify(await snapshotAll())).not.toContain(token);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    await createTestUser('viewer', { email: 'secure@example.com' });
    // Behind a TLS-terminating proxy: the page is https://<host>, the request reaches us as http.
    const res = await call(sessionFn, 'POST', '/api/session', {
      anonymous: true,
      headers: { origin: 'https://tiller.example', host: 'tiller.example', 'x-forwarded-proto': 'https' },
      body: { email: 'secure@example.com', password: TEST_PASSWORD },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toMatch(/; HttpOnly; Secure$/);
  });

  it('nobody signed in: GET /api/session and every read answer 401 problem+json', async () => {
    expectProblem(await whoAmI({}), 401);
    expectProblem(await tree({}), 401);
  });

  it('signing out ends the session on the server: the old cookie is refused afterwards', async () => {
    const { headers, user } = await signedIn('viewer');
    expect((await tree(headers)).status).toBe(200);
    const out = await call(sessionFn, 'DELETE', '/api/session', { anonymous: true, headers });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^tiller_session=; Path=\/; Max-Age=0; SameSite=Lax; HttpOnly$/);
    expectProblem(await tree(headers), 401);
    expectProblem(await whoAmI(headers), 401);
    const row = (await db.execute({ sql: 'SELECT revoked_at FROM sessions WHERE user_id = ?', args: [user.id] }))
      .rows[0]!;
    expect(row.revoked_at).toEqual(expect.any(String));
    // Signing out again (or without a session) is harmless.
    expect((await call(sessionFn, 'DELETE', '/api/session', { anonymous: true, headers })).status).toBe(204);
  });
});

describe('wrong password, unknown e-mail, deactivated account', () => {
  it('answer identically: same status, same body, no cookie', async () => {
    await createTestUser('editor', { email: 'exists@example.com' });
    const wrong = await signInCall('exists@example.com', 'not the password');
    const unknown = await signInCall('nobody@example.com', 'not the password');
    const deactivated = await createTestUser('viewer', { email: 'gone@example.com' });
    await db.execute({ sql: 'UPDATE users SET active = 0 WHERE id = ?', args: [deactivated.id] });
    const inactive = await signInCall('gone@example.com', TEST_PASSWORD);
    for (const res of [wrong, unknown, inactive]) {
      expectProblem(res, 401);
      expect(res.body.detail).toBe('E-mail or password is wrong.');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    expect(unknown.body).toEqual(wrong.body);
    expect(inactive.body).toEqual(wrong.body);
  });

  it('an unknown e-mail costs a password check too (no timing shortcut)', async () => {
    await createTestUser('editor', { email: 'timed@example.com' });
    const time = async (email: string) => {
      const t = performance.now();
      await signInCall(email, 'wrong password!');
      return performance.now() - t;
    };
    await time('warmup@example.com'); // the dummy hash is made once per process
    const known = await time('timed@example.com');
    const unknown = await time('unknown-timed@example.com');
    expect(unknown).toBeGreaterThan(known * 0.4);
  }, 20_000);
});

describe('rate limits', () => {
  it('per account: 5 failures in 15 minutes, then 429 with Retry-After even for the right password, until the window ends', async () => {
    await createTestUser('editor', { email: 'target@example.com' });
    for (let i = 0; i < SIGN_IN_LIMITS.email.max; i++)
      expectProblem(await signInCall('target@example.com', `guess ${i} wrong`), 401);
    // The failures were committed although each answer was a 401.
    const counted = await db.execute("SELECT count FROM sign_in_attempts WHERE key = 'email:target@example.com'");
    expect(counted.rows[0]!.count).toBe(5);

    const blocked = await signInCall('target@example.com', TEST_PASSWORD);
    expectProblem(blocked, 429);
    const retry = Number(blocked.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(blocked.headers.get('set-cookie')).toBeNull();

    later(SIGN_IN_LIMITS.email.windowMs - 5_000);
    expectProblem(await signInCall('target@example.com', TEST_PASSWORD), 429);
    later(SIGN_IN_LIMITS.email.windowMs + 1_000);
    const ok = await signInCall('target@example.com', TEST_PASSWORD);
    expect(ok.status).toBe(201);
    // Success clears the account's count: the next wrong guess starts a new window.
    expect(
      (await db.execute("SELECT count(*) AS n FROM sign_in_attempts WHERE key = 'email:target@example.com'")).rows[0]!
        .n,
    ).toBe(0);
  }, 30_000);

  it('per client address: 20 failures in 15 minutes from one address block it, for every account', async () => {
    await createTestUser('editor', { email: 'other@example.com' });
    const from = '203.0.113.9';
    // 19 earlier failures from this address (the limiter's own function, at the real time)…
    for (let i = 0; i < SIGN_IN_LIMITS.address.max - 1; i++)
      await recordFailure(db, 'ip:203.0.113.9', SIGN_IN_LIMITS.address, new Date());
    // …and the 20th through the handler.
    expectProblem(await signInCall('someone@example.com', 'wrong password', SAME_SITE, from), 401);
    const blocked = await signInCall('other@example.com', TEST_PASSWORD, SAME_SITE, from);
    expectProblem(blocked, 429);
    // A header naming another address changes nothing; another address (context.ip) is not blocked.
    expectProblem(
      await signInCall(
        'other@example.com',
        TEST_PASSWORD,
        { ...SAME_SITE, 'x-nf-client-connection-ip': '198.51.100.7' },
        from,
      ),
      429,
    );
    expect((await signInCall('other@example.com', TEST_PASSWORD, SAME_SITE, '198.51.100.7')).status).toBe(201);
    later(SIGN_IN_LIMITS.address.windowMs + 1_000);
    expect((await signInCall('other@example.com', TEST_PASSWORD, SAME_SITE, from)).status).toBe(201);
  }, 30_000);
});

describe('session fixation, tampering, expiry, deactivation', () => {
  it('a cookie the browser already had is never adopted: sign-in issues a new id and the old value stays invalid', async () => {
    await createTestUser('viewer', { email: 'fixed@example.com' });
    const planted = 'P'.repeat(43);
    const res = await signInCall('fixed@example.com', TEST_PASSWORD, {
      ...SAME_SITE,
      cookie: `tiller_session=${planted}`,
    });
    expect(res.status).toBe(201);
    const issued = cookieToken(res);
    expect(issued).not.toBe(planted);
    expectProblem(await whoAmI(sessionHeaders(planted)), 401);
    expect((await whoAmI(sessionHeaders(issued))).status).toBe(200);
  });

  it('signing in over a valid session ends that session and starts a new one', async () => {
    const first = await signedIn('viewer', { email: 'twice@example.com' });
    const res = await signInCall('twice@example.com', TEST_PASSWORD, first.headers);
    expect(res.status).toBe(201);
    expectProblem(await tree(first.headers), 401);
    expect((await tree(sessionHeaders(cookieToken(res)))).status).toBe(200);
  });

  it.each([
    ['one character changed', (t: string) => (t[0] === 'A' ? 'B' : 'A') + t.slice(1)],
    ['truncated', (t: string) => t.slice(0, 42)],
    ['extended', (t: string) => t + 'A'],
    ['the stored hash instead of the token', (t: string) => sha256(t)],
    ['SQL', () => "x' OR '1'='1"],
  ])('a tampered cookie (%s) is nobody: 401', async (_name, tamper) => {
    const { headers } = await signedIn('admin');
    const token = headers.cookie!.split('=')[1]!;
    expectProblem(await tree({ ...headers, cookie: `tiller_session=${encodeURIComponent(tamper(token))}` }), 401);
    expect((await tree(headers)).status).toBe(200);
  });

  it('ends after 12 hours without a request, even though the 7 days are not over', async () => {
    const { headers } = await signedIn('viewer');
    later(SESSION_IDLE_MS - 60_000);
    expect((await tree(headers)).status).toBe(200); // a request refreshes last_seen…
    later(2 * SESSION_IDLE_MS - 120_000);
    expect((await tree(headers)).status).toBe(200); // …so 12 h after that one it still lives
    later(3 * SESSION_IDLE_MS);
    expectProblem(await tree(headers), 401);
  });

  it('ends 7 days after sign-in however active it is', async () => {
    const { headers } = await signedIn('viewer');
    for (let h = 11; h < SESSION_MAX_MS / 3600_000; h += 11) {
      later(h * 3600_000);
      expect((await tree(headers)).status, `after ${h} h`).toBe(200);
    }
    later(SESSION_MAX_MS + 1_000);
    expectProblem(await tree(headers), 401);
  });

  it('deactivating a user ends all their sessions at once', async () => {
    const a = await signedIn('editor', { email: 'leaver@example.com' });
    const second = await signInCall('leaver@example.com', TEST_PASSWORD);
    const b = sessionHeaders(cookieToken(second));
    expect((await tree(a.headers)).status).toBe(200);
    const res = await call(userFn, 'PATCH', `/api/users/${a.user.id}`, {
      params: { id: a.user.id },
      body: { active: false, version: a.user.version },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, version: 2 });
    expectProblem(await tree(a.headers), 401);
    expectProblem(await tree(b), 401);
    const open = await db.execute({
      sql: 'SELECT count(*) AS n FROM sessions WHERE user_id = ? AND revoked_at IS NULL',
      args: [a.user.id],
    });
    expect(open.rows[0]!.n).toBe(0);
    // And they cannot sign in again.
    expectProblem(await signInCall('leaver@example.com', TEST_PASSWORD), 401);
  });
});

describe('CSRF: state-changing requests with a session must come from our own pages', () => {
  it.each([
    ['no Origin at all', {}],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin null', { origin: 'null' }],
    ['a sibling port', { origin: 'http://localhost:8080' }],
    ['cross-site fetch metadata without Origin', { 'sec-fetch-site': 'cross-site' }],
  ])('%s → 403, nothing written', async (_name, extra) => {
    const admin = await asAdmin();
    const before = await snapshotAll(['sessions']);
    const res = await call(departmentsFn, 'POST', '/api/departments', {
      anonymous: true,
      headers: { cookie: admin.cookie!, ...extra },
      body: { name: 'Forged' },
    });
    expectProblem(res, 403);
    expect(res.body.title).toBe('Cross-site request refused');
    expect(await snapshotAll(['sessions'])).toEqual(before);
  });

  it.each([
    ['its own Origin', { origin: ORIGIN }],
    ['Sec-Fetch-Site: same-origin without Origin', { 'sec-fetch-site': 'same-origin' }],
    ['the Host it was sent to (behind the local server)', { origin: 'http://127.0.0.1:4321', host: '127.0.0.1:4321' }],
  ])('%s → allowed', async (_name, extra) => {
    const admin = await asAdmin();
    const res = await call(departmentsFn, 'POST', '/api/departments', {
      anonymous: true,
      headers: { cookie: admin.cookie!, ...extra },
      body: { name: `Same site ${_name}` },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('signing in is checked too (login CSRF)', async () => {
    await createTestUser('viewer', { email: 'csrf@example.com' });
    expectProblem(await signInCall('csrf@example.com', TEST_PASSWORD, { origin: 'https://evil.example' }), 403);
    expectProblem(await signInCall('csrf@example.com', TEST_PASSWORD, {}), 403);
  });

  it('reads need no Origin', async () => {
    const admin = await asAdmin();
    expect((await tree({ cookie: admin.cookie! })).status).toBe(200);
  });
});

describe('the last-seen refresh under load', () => {
  it('a read that refreshes its session while another request writes still answers 200, and the next writes succeed', async () => {
    const reader = await signedIn('viewer');
    const writer = await createTestUser('viewer');
    // Last seen 10 minutes ago: the next request refreshes it.
    await db.execute({
      sql: "UPDATE sessions SET last_seen_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-10 minutes') WHERE user_id = ?",
      args: [reader.user.id],
    });
    const before = String(
      (await db.execute({ sql: 'SELECT last_seen_at FROM sessions WHERE user_id = ?', args: [reader.user.id] }))
        .rows[0]!.last_seen_at,
    );
    // A sign-in holds the write transaction through its scrypt check; the read arrives meanwhile.
    const signingIn = signInCall(writer.email, TEST_PASSWORD);
    await new Promise((r) => setTimeout(r, 5));
    const [signedInRes, read] = await Promise.all([signingIn, tree(reader.headers)]);
    expect(signedInRes.status).toBe(201);
    expect(read.status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect(
        (await call(departmentsFn, 'POST', '/api/departments', { body: { name: `After the refresh ${i}` } })).status,
      ).toBe(201);
    const after = String(
      (await db.execute({ sql: 'SELECT last_seen_at FROM sessions WHERE user_id = ?', args: [reader.user.id] }))
        .rows[0]!.last_seen_at,
    );
    expect(after > before).toBe(true);
  });
});
