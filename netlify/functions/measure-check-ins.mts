import type { Config } from '@netlify/functions';
import { checkInInput } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createCheckIn, getMeasure, listCheckIns } from '../../src/server/measures.ts';

export default route({
  GET: async ({ sql, params }) => {
    await getMeasure(sql, params.id!); // 404 for an unknown measure, not an empty list
    return listCheckIns(sql, params.id!);
  },
  POST: async ({ sql, params, body }) => json(await createCheckIn(sql, params.id!, validate(checkInInput, body)), 201),
});

export const config: Config = { path: '/api/measures/:id/check-ins' };
