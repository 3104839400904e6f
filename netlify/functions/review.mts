import type { Config } from '@netlify/functions';
import { deleteQuery } from '../../src/domain/schemas.ts';
import { reviewPatch } from '../../src/domain/review-schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deleteReview, readAgenda, updateReview } from '../../src/server/reviews.ts';

export default route({
  // The review with its agenda: live while open, the frozen snapshot once closed.
  GET: ({ sql, params }) => readAgenda(sql, params.id!),
  PATCH: ({ sql, params, body }) => updateReview(sql, params.id!, validate(reviewPatch, body)),
  DELETE: async ({ sql, params, url }) => {
    await deleteReview(sql, params.id!, validate(deleteQuery, Object.fromEntries(url.searchParams)).version);
    return noContent();
  },
});

export const config: Config = { path: '/api/reviews/:id' };
