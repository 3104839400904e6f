import type { Config } from '@netlify/functions';
import { suggestedCounterweightInput, suggestedCounterweightQuery } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { applySuggestedCounterweight, previewSuggestedCounterweight } from '../../src/server/pairs.ts';

// The fix of a counterweight warning: GET previews it (writes nothing: the measures it could pair
// instead, and the measure it would create); POST applies it, in one request.
export default route({
  GET: ({ sql, params, url }) =>
    previewSuggestedCounterweight(
      sql,
      params.id!,
      validate(suggestedCounterweightQuery, Object.fromEntries(url.searchParams)),
    ),
  POST: async ({ sql, params, body }) =>
    json(await applySuggestedCounterweight(sql, params.id!, validate(suggestedCounterweightInput, body ?? {})), 201),
});

export const config: Config = { path: '/api/measures/:id/suggested-counterweight' };
