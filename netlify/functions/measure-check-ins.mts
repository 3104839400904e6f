import type { Config } from '@netlify/functions';
import { json, route } from '../../src/server/http.ts';
import { createCheckInFromBody, getMeasure, listCheckIns } from '../../src/server/measures.ts';

export default route({
  GET: async ({ sql, params }) => {
    await getMeasure(sql, params.id!); // 404 for an unknown measure, not an empty list
    return listCheckIns(sql, params.id!);
  },
  // The value may be computed from NPS counts, k of n or segments (see src/domain/measurement.ts).
  POST: async ({ sql, params, body }) => json(await createCheckInFromBody(sql, params.id!, body), 201),
});

export const config: Config = { path: '/api/measures/:id/check-ins' };
