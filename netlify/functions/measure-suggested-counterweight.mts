import type { Config } from '@netlify/functions';
import { suggestedCounterweightInput } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { applySuggestedCounterweight } from '../../src/server/pairs.ts';

// The one-click fix of a counterweight warning: pair or create the suggested measure, in one request.
export default route({
  POST: async ({ sql, params, body }) =>
    json(await applySuggestedCounterweight(sql, params.id!, validate(suggestedCounterweightInput, body ?? {})), 201),
});

export const config: Config = { path: '/api/measures/:id/suggested-counterweight' };
