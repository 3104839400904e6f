import type { Config } from '@netlify/functions';
import { deleteQuery } from '../../src/domain/schemas.ts';
import { actionPatch } from '../../src/domain/review-schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deleteAction, getAction, updateAction } from '../../src/server/reviews.ts';

export default route({
  GET: ({ sql, params }) => getAction(sql, params.id!),
  PATCH: ({ sql, params, body }) => updateAction(sql, params.id!, validate(actionPatch, body)),
  DELETE: async ({ sql, params, url }) => {
    await deleteAction(sql, params.id!, validate(deleteQuery, Object.fromEntries(url.searchParams)).version);
    return noContent();
  },
});

export const config: Config = { path: '/api/actions/:id' };
