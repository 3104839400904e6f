import type { Config } from '@netlify/functions';
import { deleteQuery } from '../../src/domain/schemas.ts';
import { checkInPatch } from '../../src/domain/review-schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deleteCheckIn } from '../../src/server/measures.ts';
import { getCheckIn, updateCheckIn } from '../../src/server/check-ins.ts';

export default route({
  GET: ({ sql, params }) => getCheckIn(sql, params.id!),
  PATCH: ({ sql, params, body }) => updateCheckIn(sql, params.id!, validate(checkInPatch, body)),
  DELETE: async ({ sql, params, url }) => {
    await deleteCheckIn(sql, params.id!, validate(deleteQuery, Object.fromEntries(url.searchParams)).version);
    return noContent();
  },
});

export const config: Config = { path: '/api/check-ins/:id' };
