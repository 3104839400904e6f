import type { Config } from '@netlify/functions';
import { inviteInput } from '../../src/domain/accounts.ts';
import { createInvite, listUsers } from '../../src/server/accounts.ts';
import { json, route, validate } from '../../src/server/http.ts';

export default route({
  GET: ({ sql }) => listUsers(sql),
  // Invites a person: the one-time link (shown once) is for the admin to pass on; no e-mail is sent.
  POST: async ({ sql, actor, body }) => json(await createInvite(sql, actor, validate(inviteInput, body)), 201),
});

export const config: Config = { path: '/api/users' };
