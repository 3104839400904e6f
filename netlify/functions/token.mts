import type { Config } from '@netlify/functions';
import { revokeApiToken } from '../../src/server/accounts.ts';
import { noContent, route } from '../../src/server/http.ts';
import { signedInUser } from '../../src/server/session-handlers.ts';

export default route({
  DELETE: async ({ sql, actor, params }) => {
    await revokeApiToken(sql, signedInUser(actor), params.id!);
    return noContent();
  },
});

export const config: Config = { path: '/api/tokens/:id' };
