import type { Config } from '@netlify/functions';
import { listInvites } from '../../src/server/accounts.ts';
import { route } from '../../src/server/http.ts';

export default route({
  GET: ({ sql }) => listInvites(sql),
});

export const config: Config = { path: '/api/invites' };
