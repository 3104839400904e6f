// GET /api/session tells the UI whether sign-in is required (the enforcement switch), so the
// islands hide edit controls from anonymous visitors only when the server would refuse them.
import { afterAll, describe, expect, it } from 'vitest';
import sessionFn from '../../../netlify/functions/session.mts';
import { authEnforcement, setAuthEnforcement } from '../../../src/server/http.ts';
import { call, expectProblem, freshDatabase } from '../helpers.ts';
import { signIn } from '../sign-in.ts';

await freshDatabase();
afterAll(() => setAuthEnforcement(undefined));

describe('GET /api/session for the UI', () => {
  it('anonymous: 401 with signInRequired true while enforcing, false while the switch is off', async () => {
    setAuthEnforcement(true);
    const on = await call(sessionFn, 'GET', '/api/session', { anonymous: true });
    expectProblem(on, 401);
    expect(on.body.signInRequired).toBe(true);

    setAuthEnforcement(false);
    const off = await call(sessionFn, 'GET', '/api/session', { anonymous: true });
    expectProblem(off, 401);
    expect(off.body.signInRequired).toBe(false);
  });

  it('signed in: the person, whatever the switch', async () => {
    setAuthEnforcement(false);
    const headers = await signIn('editor');
    const res = await call(sessionFn, 'GET', '/api/session', { headers, anonymous: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'editor', departmentIds: [] });
  });

  it('enforces by default: only TILLER_AUTH=off turns it off', async () => {
    setAuthEnforcement(undefined);
    const saved = process.env.TILLER_AUTH;
    try {
      delete process.env.TILLER_AUTH;
      expect(authEnforcement()).toBe(true);
      expectProblem(await call(sessionFn, 'GET', '/api/session', { anonymous: true }), 401);
      process.env.TILLER_AUTH = 'on';
      expect(authEnforcement()).toBe(true);
      process.env.TILLER_AUTH = 'off';
      expect(authEnforcement()).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.TILLER_AUTH;
      else process.env.TILLER_AUTH = saved;
    }
  });
});
