import type { Config } from '@netlify/functions';
import { pairInput } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { addPair, listCounterweights } from '../../src/server/pairs.ts';

export default route({
  GET: ({ sql, params }) => listCounterweights(sql, params.id!),
  POST: async ({ sql, params, body }) =>
    json(await addPair(sql, params.id!, validate(pairInput, body).counterweightId), 201),
});

export const config: Config = { path: '/api/measures/:id/counterweights' };
