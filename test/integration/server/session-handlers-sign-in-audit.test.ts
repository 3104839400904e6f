// Sign-in events in the audit log: successes, failures, lock-outs, sign-outs and password
// changes, through the real handlers, never with the password or a stranger's full address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sessionFn from '../../../netlify/functions/session.mts';
import { setAuthEnforcement } from '../../../src/server/http.ts';
import { SIGN_IN_LIMITS } from '../../../src/server/rate-limit.ts';
import { call, freshDatabase } from '../helpers.ts';
import { ORIGIN, TEST_PASSWORD, createTestUser } from '../sign-in.ts';

const db = await freshDatabase();
beforeAll(() => setAuthEnforcement(true));
afterAll(() => setAuthEnforcement(undefined));

const signIn = (email: string, password: string, ip = '192.0.2.10') =>
  call(sessionFn, 'POST', '/api/session', {
    anonymous: true,
    headers: { origin: ORIGIN },
    body: { email, password },
    ip,
  });
const rows = async () =>
  (
    await db.execute(
      "SELECT actor_type AS actorType, actor_id AS actorId, action, entity, entity_id AS entityId, after FROM audit_log WHERE entity IN ('sign_in', 'session') ORDER BY id",
    )
  ).rows.map((r) => ({ ...r }));

describe('sign-in events in the audit log', () => {
  it('records success, failure, sign-out and lock-out, without the password or an unknown full e-mail', async () => {
    const user = await createTestUser('viewer', { email: 'audited@example.com' });
    const ok = await signIn('audited@example.com', TEST_PASSWORD);
    expect(ok.status).toBe(201);
    const cookie = /^tiller_session=[^;]*/.exec(ok.headers.get('set-cookie') ?? '')![0];
    expect(
      (await call(sessionFn, 'DELETE', '/api/session', { anonymous: true, headers: { origin: ORIGIN, cookie } }))
        .status,
    ).toBe(204);
    expect((await signIn('audited@example.com', 'a wrong secret guess')).status).toBe(401);
    expect((await signIn('stranger.person@example.org', 'another secret guess')).status).toBe(401);

    const log = await rows();
    expect(log.map((r) => r.action)).toEqual(['sign_in', 'sign_out', 'sign_in_failed', 'sign_in_failed']);
    expect(log[0]).toMatchObject({ actorType: 'user', actorId: user.id, entityId: user.id });
    expect(JSON.parse(String(log[0]!.after))).toEqual({ address: '192.0.2.10' });
    expect(log[1]).toMatchObject({ actorType: 'user', actorId: user.id });
    expect(log[2]).toMatchObject({ actorId: user.id, entityId: user.id });
    expect(log[3]).toMatchObject({ actorType: 'anonymous', entityId: 's…@example.org' });
    const everything = JSON.stringify((await db.execute('SELECT * FROM audit_log')).rows);
    expect(everything).not.toContain('secret guess');
    expect(everything).not.toContain(TEST_PASSWORD);
    expect(everything).not.toContain('stranger.person');

    // The failure that reaches the account's limit is logged as a lock-out, once.
    for (let i = 1; i < SIGN_IN_LIMITS.email.max; i++)
      await signIn('audited@example.com', `wrong guess ${i}`, `192.0.2.${20 + i}`);
    expect((await signIn('audited@example.com', TEST_PASSWORD, '192.0.2.99')).status).toBe(429);
    const lockOuts = (await rows()).filter((r) => r.action === 'lock_out');
    expect(lockOuts).toHaveLength(1);
    expect(lockOuts[0]).toMatchObject({ entityId: user.id });
  }, 60_000);
});
