import type { Config } from '@netlify/functions';
import { inviteAcceptInput } from '../../src/domain/accounts.ts';
import { acceptInvite, inviteByToken, revokeInvite } from '../../src/server/accounts.ts';
import { sessionCookie } from '../../src/server/cookies.ts';
import { json, noContent, notFound, route, validate } from '../../src/server/http.ts';
import { sessionUserOf } from '../../src/server/session-handlers.ts';

// One function for /api/invites/:token, so that POST /api/invites/accept cannot be routed to
// another function: GET looks an invite up by its secret token (without using it up), POST
// /api/invites/accept accepts one and signs in, DELETE /api/invites/{id} (admins) withdraws one.
export default route({
  GET: async ({ sql, params }) => {
    const invite = await inviteByToken(sql, params.token!);
    return { email: invite.email, role: invite.role, departmentIds: invite.departmentIds, expiresAt: invite.expiresAt };
  },
  POST: async ({ sql, req, params, body }) => {
    if (params.token !== 'accept') throw notFound('Route');
    const { user, session } = await acceptInvite(sql, validate(inviteAcceptInput, body));
    const res = json(sessionUserOf({ type: 'user', ...user }), 201);
    res.headers.append('set-cookie', sessionCookie(req, session.token, session.maxAgeSeconds));
    return res;
  },
  DELETE: async ({ sql, actor, params }) => {
    await revokeInvite(sql, actor, params.token!);
    return noContent();
  },
});

export const config: Config = { path: '/api/invites/:token' };
