import type { Config } from '@netlify/functions';
import { deleteQuery } from '../../src/domain/schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deleteCheckIn } from '../../src/server/measures.ts';

export default route({
  DELETE: async ({ sql, params, url }) => {
    await deleteCheckIn(sql, params.id!, validate(deleteQuery, Object.fromEntries(url.searchParams)).version);
    return noContent();
  },
});

export const config: Config = { path: '/api/check-ins/:id' };
