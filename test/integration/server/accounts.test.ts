// Users, invites and API tokens through the real handlers, enforcement on.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import usersFn from '../../../netlify/functions/users.mts';
import userFn from '../../../netlify/functions/user.mts';
import invitesFn from '../../../netlify/functions/invites.mts';
import inviteFn from '../../../netlify/functions/invite.mts';
import tokensFn from '../../../netlify/functions/tokens.mts';
import tokenFn from '../../../netlify/functions/token.mts';
import sessionFn from '../../../netlify/functions/session.mts';
import treeFn from '../../../netlify/functions/tree.mts';
import goalsFn from '../../../netlify/functions/goals.mts';
import measureCheckInsFn from '../../../netlify/functions/measure-check-ins.mts';
import { setAuthEnforcement } from '../../../src/server/http.ts';
import { setClock } from '../../../src/server/clock.ts';
import { INVITE_MS, createSetupInvite } from '../../../src/server/accounts.ts';
import { sha256 } from '../../../src/server/identity.ts';
import {
  call,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  goalBody,
  setDefaultHeaders,
} from '../helpers.ts';
import {
  ORIGIN,
  asAdmin,
  bearerFor,
  createTestUser,
  sessionHeaders,
  signIn,
  signedIn,
  snapshotAll,
} from '../sign-in.ts';

const db = await freshDatabase();
let admin: Record<string, string>;
beforeAll(async () => {
  setAuthEnforcement(true);
  admin = await asAdmin();
  setDefaultHeaders(admin);
});
afterAll(() => setAuthEnforcement(undefined));
afterEach(() => setClock(null));

const tokenOf = (res: { headers: Headers }) =>
  /^tiller_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
const accept = (body: Record<string, unknown>) =>
  call(inviteFn, 'POST', '/api/invites/accept', {
    anonymous: true,
    params: { token: 'accept' },
    headers: { origin: ORIGIN },
    body,
  });
const lookup = (token: string) =>
  call(inviteFn, 'GET', `/api/invites/${token}`, { anonymous: true, params: { token } });

describe('invites', () => {
  it('an admin invites; the link is shown once, stored hashed; accepting creates the account and signs in; the link is one-time', async () => {
    const cs = await createDepartment('Customer Service');
    const created = await call(usersFn, 'POST', '/api/users', {
      body: { email: ' New.Person@Example.com', role: 'editor', departmentIds: [cs.id] },
    });
    expect(created.status).toBe(201);
    const { token, link, invite } = created.body;
    expect(link).toBe(`/invite/?token=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invite).toMatchObject({ email: 'new.person@example.com', role: 'editor', departmentIds: [cs.id] });
    expect(JSON.stringify(await snapshotAll())).not.toContain(token);
    expect(
      (await db.execute({ sql: 'SELECT token_hash FROM invites WHERE id = ?', args: [invite.id] })).rows[0]!.token_hash,
    ).toBe(sha256(token));
    // Listed as pending; never with its token.
    const pending = await call(invitesFn, 'GET', '/api/invites');
    expect(pending.body).toContainEqual(invite);

    const looked = await lookup(token);
    expect(looked).toMatchObject({
      status: 200,
      body: { email: 'new.person@example.com', role: 'editor', departmentIds: [cs.id] },
    });

    const res = await accept({ token, name: 'New Person', password: 'a long enough password' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      email: 'new.person@example.com',
      name: 'New Person',
      role: 'editor',
      departmentIds: [cs.id],
    });
    const session = tokenOf(res);
    expect(
      (await call(sessionFn, 'GET', '/api/session', { anonymous: true, headers: sessionHeaders(session) })).body.id,
    ).toBe(res.body.id);

    // One-time: a second use and a later lookup are refused, nothing written.
    const before = await snapshotAll();
    expectProblem(await accept({ token, name: 'Someone Else', password: 'another long password' }), 410);
    expectProblem(await lookup(token), 410);
    expect(await snapshotAll()).toEqual(before);
    expect((await call(invitesFn, 'GET', '/api/invites')).body).not.toContainEqual(
      expect.objectContaining({ id: invite.id }),
    );
  });

  it('refuses a short password (400, invite still usable), an unknown token (404), an expired one (410)', async () => {
    const { token } = (
      await call(usersFn, 'POST', '/api/users', { body: { email: 'short@example.com', role: 'viewer' } })
    ).body;
    const before = await snapshotAll();
    expectProblem(await accept({ token, name: 'Short', password: 'too short' }), 400, 'password');
    expect(await snapshotAll()).toEqual(before);
    expectProblem(await lookup('x'.repeat(43)), 404);
    expectProblem(await accept({ token: 'x'.repeat(43), name: 'Nobody', password: 'a long enough password' }), 404);
    const t = Date.now() + INVITE_MS + 1000;
    setClock(() => new Date(t));
    expectProblem(await lookup(token), 410);
    expectProblem(await accept({ token, name: 'Late', password: 'a long enough password' }), 410);
    expect(await snapshotAll()).toEqual(before);
  });

  it('refuses inviting an address that has an active account (409); withdrawing an invite makes its link invalid', async () => {
    const existing = await createTestUser('viewer', { email: 'taken@example.com' });
    expectProblem(
      await call(usersFn, 'POST', '/api/users', { body: { email: 'TAKEN@example.com', role: 'admin' } }),
      409,
      'email',
    );
    expect(existing.active).toBe(true);
    const { token, invite } = (
      await call(usersFn, 'POST', '/api/users', { body: { email: 'oops@example.com', role: 'admin' } })
    ).body;
    expect((await call(inviteFn, 'DELETE', `/api/invites/${invite.id}`, { params: { token: invite.id } })).status).toBe(
      204,
    );
    expectProblem(await lookup(token), 410);
  });

  it('refuses unknown departments (422) and bad roles (400)', async () => {
    expectProblem(
      await call(usersFn, 'POST', '/api/users', {
        body: { email: 'd@example.com', role: 'editor', departmentIds: ['nope'] },
      }),
      422,
      'departmentIds',
    );
    expectProblem(
      await call(usersFn, 'POST', '/api/users', { body: { email: 'd@example.com', role: 'owner' } }),
      400,
      'role',
    );
    expectProblem(
      await call(usersFn, 'POST', '/api/users', { body: { email: 'not an address', role: 'viewer' } }),
      400,
      'email',
    );
  });

  it('a setup link names no address: the first admin gives theirs', async () => {
    const { token } = await createSetupInvite(db, { email: '' });
    expect((await lookup(token)).body).toMatchObject({ email: '', role: 'admin' });
    expectProblem(await accept({ token, name: 'Founder', password: 'a long enough password' }), 400, 'email');
    const res = await accept({
      token,
      name: 'Founder',
      password: 'a long enough password',
      email: 'Founder@Example.com',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'founder@example.com', role: 'admin' });
  });

  it('only admins invite or list: editors and viewers 403, nobody 401', async () => {
    for (const headers of [await signIn('editor'), await signIn('viewer')]) {
      expectProblem(await call(usersFn, 'GET', '/api/users', { headers }), 403);
      expectProblem(
        await call(usersFn, 'POST', '/api/users', { headers, body: { email: 'x@example.com', role: 'admin' } }),
        403,
      );
      expectProblem(await call(invitesFn, 'GET', '/api/invites', { headers }), 403);
    }
    expectProblem(await call(usersFn, 'GET', '/api/users', { anonymous: true }), 401);
  });
});

describe('users', () => {
  it('an admin changes role and departments (versioned); the change applies to the next request', async () => {
    const a = await createDepartment();
    const b = await createDepartment();
    const editor = await signedIn('editor', { departmentIds: [a.id] });
    expectProblem(await call(goalsFn, 'POST', '/api/goals', { headers: editor.headers, body: goalBody(b.id) }), 403);

    const res = await call(userFn, 'PATCH', `/api/users/${editor.user.id}`, {
      params: { id: editor.user.id },
      body: { departmentIds: [a.id, b.id], name: 'Renamed', version: 1 },
    });
    expect(res.body).toMatchObject({ departmentIds: [a.id, b.id].sort(), name: 'Renamed', version: 2, role: 'editor' });
    expect((await call(goalsFn, 'POST', '/api/goals', { headers: editor.headers, body: goalBody(b.id) })).status).toBe(
      201,
    );

    expectProblem(
      await call(userFn, 'PATCH', `/api/users/${editor.user.id}`, {
        params: { id: editor.user.id },
        body: { role: 'viewer', version: 1 },
      }),
      409,
      'version',
    );
    const demoted = await call(userFn, 'PATCH', `/api/users/${editor.user.id}`, {
      params: { id: editor.user.id },
      body: { role: 'viewer', version: 2 },
    });
    expect(demoted.body.role).toBe('viewer');
    expectProblem(await call(goalsFn, 'POST', '/api/goals', { headers: editor.headers, body: goalBody(b.id) }), 403);
    const list = await call(usersFn, 'GET', '/api/users');
    expect(list.body).toContainEqual(demoted.body);
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt|password/i);
  });

  it('keeps at least one active admin', async () => {
    // Make this file's admins the only admins: deactivate every other.
    const me = (await call(sessionFn, 'GET', '/api/session')).body;
    await db.execute({ sql: "UPDATE users SET active = 0 WHERE role = 'admin' AND id <> ?", args: [me.id] });
    const self = (await call(userFn, 'GET', `/api/users/${me.id}`, { params: { id: me.id } })).body;
    expectProblem(
      await call(userFn, 'PATCH', `/api/users/${me.id}`, {
        params: { id: me.id },
        body: { active: false, version: self.version },
      }),
      409,
      'active',
    );
    expectProblem(
      await call(userFn, 'PATCH', `/api/users/${me.id}`, {
        params: { id: me.id },
        body: { role: 'editor', version: self.version },
      }),
      409,
      'role',
    );
    await db.execute({ sql: "UPDATE users SET active = 1 WHERE role = 'admin'", args: [] });
  });
});

describe('API tokens', () => {
  it('an editor creates a token for a measure of their department; it is shown once and stored hashed', async () => {
    const a = await createDepartment();
    const m = await createMeasure((await createGoal(a.id)).id);
    const editor = await signedIn('editor', { departmentIds: [a.id] });
    const res = await call(tokensFn, 'POST', '/api/tokens', {
      headers: editor.headers,
      body: { name: 'Telephony', measureIds: [m.id] },
    });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^tlr_[A-Za-z0-9_-]{43}$/);
    expect(res.body.token).toMatchObject({
      name: 'Telephony',
      measureIds: [m.id],
      createdBy: editor.user.id,
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(JSON.stringify(await snapshotAll())).not.toContain(res.body.secret);
    const listed = await call(tokensFn, 'GET', '/api/tokens', { headers: editor.headers });
    expect(listed.body).toEqual([res.body.token]);

    const bearer = { authorization: `Bearer ${res.body.secret}` };
    const ok = await call(measureCheckInsFn, 'POST', `/api/measures/${m.id}/check-ins`, {
      anonymous: true,
      headers: bearer,
      params: { id: m.id },
      body: { value: 12, date: '2025-03-01' },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const used = (await call(tokensFn, 'GET', '/api/tokens', { headers: editor.headers })).body[0];
    expect(used.lastUsedAt).toEqual(expect.any(String));
  });

  it('an editor cannot scope a token to another department (403), nor a viewer at all; unknown measures 422', async () => {
    const a = await createDepartment();
    const b = await createDepartment();
    const mb = await createMeasure((await createGoal(b.id)).id);
    const editor = await signIn('editor', [a.id]);
    const viewer = await signIn('viewer');
    const before = await snapshotAll();
    expectProblem(
      await call(tokensFn, 'POST', '/api/tokens', { headers: editor, body: { name: 'X', measureIds: [mb.id] } }),
      403,
      'measureIds',
    );
    expectProblem(
      await call(tokensFn, 'POST', '/api/tokens', { headers: viewer, body: { name: 'X', measureIds: [mb.id] } }),
      403,
    );
    expectProblem(
      await call(tokensFn, 'POST', '/api/tokens', { body: { name: 'X', measureIds: ['missing'] } }),
      422,
      'measureIds',
    );
    expectProblem(
      await call(tokensFn, 'POST', '/api/tokens', { body: { name: 'X', measureIds: [] } }),
      400,
      'measureIds',
    );
    expect(await snapshotAll(['sessions'])).toEqual(
      Object.fromEntries(Object.entries(before).filter(([t]) => t !== 'sessions')),
    );
  });

  it('a token adds check-ins only to its measures, and nothing else; revoked → 401', async () => {
    const a = await createDepartment();
    const goal = await createGoal(a.id);
    const [m1, m2] = [await createMeasure(goal.id), await createMeasure(goal.id)];
    const { id, headers } = await bearerFor([m1.id]);
    const post = (measureId: string, h = headers) =>
      call(measureCheckInsFn, 'POST', `/api/measures/${measureId}/check-ins`, {
        anonymous: true,
        headers: h,
        params: { id: measureId },
        body: { value: 11, date: '2025-02-01' },
      });

    expect((await post(m1.id)).status).toBe(201);
    const before = await snapshotAll(['api_tokens']);
    expectProblem(await post(m2.id), 403);
    expectProblem(await post('no-such-measure'), 403);
    // Any other route, reads included.
    expectProblem(await call(treeFn, 'GET', '/api/tree', { anonymous: true, headers }), 403);
    expectProblem(
      await call(measureCheckInsFn, 'GET', `/api/measures/${m1.id}/check-ins`, {
        anonymous: true,
        headers,
        params: { id: m1.id },
      }),
      403,
    );
    expectProblem(await call(goalsFn, 'POST', '/api/goals', { anonymous: true, headers, body: goalBody(a.id) }), 403);
    expectProblem(await call(tokensFn, 'GET', '/api/tokens', { anonymous: true, headers }), 403);
    expectProblem(await call(sessionFn, 'GET', '/api/session', { anonymous: true, headers }), 403);
    // Malformed or unknown tokens.
    expectProblem(await post(m1.id, { authorization: 'Bearer tlr_' + 'x'.repeat(43) }), 401);
    expectProblem(await post(m1.id, { authorization: 'Bearer' }), 401);
    expectProblem(await post(m1.id, { authorization: 'Basic abc' }), 401);
    expect(await snapshotAll(['api_tokens'])).toEqual(before);

    expect((await call(tokenFn, 'DELETE', `/api/tokens/${id}`, { params: { id } })).status).toBe(204);
    const revoked = await snapshotAll();
    expectProblem(await post(m1.id), 401);
    expect(await snapshotAll()).toEqual(revoked);
  });

  it('a token never outranks its creator: moved out of the department → 403; deactivated → 401', async () => {
    const a = await createDepartment();
    const m = await createMeasure((await createGoal(a.id)).id);
    const creator = await createTestUser('editor', { departmentIds: [a.id] });
    const { headers } = await bearerFor([m.id], creator);
    const post = () =>
      call(measureCheckInsFn, 'POST', `/api/measures/${m.id}/check-ins`, {
        anonymous: true,
        headers,
        params: { id: m.id },
        body: { value: 11, date: '2025-02-01' },
      });
    expect((await post()).status).toBe(201);
    const moved = await call(userFn, 'PATCH', `/api/users/${creator.id}`, {
      params: { id: creator.id },
      body: { departmentIds: [], version: creator.version },
    });
    expectProblem(await post(), 403);
    await call(userFn, 'PATCH', `/api/users/${creator.id}`, {
      params: { id: creator.id },
      body: { departmentIds: [a.id], active: false, version: moved.body.version },
    });
    expectProblem(await post(), 401);
  });

  it('editors list and revoke only their own tokens; admins any', async () => {
    const a = await createDepartment();
    const m = await createMeasure((await createGoal(a.id)).id);
    const mine = await signedIn('editor', { departmentIds: [a.id] });
    const theirs = await signedIn('editor', { departmentIds: [a.id] });
    const t1 = (
      await call(tokensFn, 'POST', '/api/tokens', { headers: mine.headers, body: { name: 'Mine', measureIds: [m.id] } })
    ).body.token;
    const t2 = (
      await call(tokensFn, 'POST', '/api/tokens', {
        headers: theirs.headers,
        body: { name: 'Theirs', measureIds: [m.id] },
      })
    ).body.token;
    expect(
      (await call(tokensFn, 'GET', '/api/tokens', { headers: mine.headers })).body.map((t: { id: string }) => t.id),
    ).toEqual([t1.id]);
    const all = (await call(tokensFn, 'GET', '/api/tokens')).body.map((t: { id: string }) => t.id);
    expect(all).toEqual(expect.arrayContaining([t1.id, t2.id]));
    expectProblem(
      await call(tokenFn, 'DELETE', `/api/tokens/${t2.id}`, { headers: mine.headers, params: { id: t2.id } }),
      403,
    );
    expect(
      (await call(tokenFn, 'DELETE', `/api/tokens/${t1.id}`, { headers: mine.headers, params: { id: t1.id } })).status,
    ).toBe(204);
    expect((await call(tokenFn, 'DELETE', `/api/tokens/${t2.id}`, { params: { id: t2.id } })).status).toBe(204);
    expectProblem(await call(tokenFn, 'DELETE', '/api/tokens/nope', { params: { id: 'nope' } }), 404);
  });
});
