import type { Config } from '@netlify/functions';
import { tokenInput } from '../../src/domain/accounts.ts';
import { createApiToken, listApiTokens } from '../../src/server/accounts.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { signedInUser } from '../../src/server/session-handlers.ts';

export default route({
  GET: ({ sql, actor }) => listApiTokens(sql, signedInUser(actor)),
  // The secret (tlr_…) is in this response only; Tiller keeps its SHA-256.
  POST: async ({ sql, actor, body }) =>
    json(await createApiToken(sql, signedInUser(actor), validate(tokenInput, body)), 201),
});

export const config: Config = { path: '/api/tokens' };
