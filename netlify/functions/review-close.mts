import type { Config } from '@netlify/functions';
import { reviewCloseInput } from '../../src/domain/review-schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { closeReview } from '../../src/server/reviews.ts';

export default route({
  // One transaction (the wrapper's): a moved meeting date, snapshot, state and every advanced review date, or nothing.
  POST: ({ sql, params, body }) => closeReview(sql, params.id!, validate(reviewCloseInput, body)),
});

export const config: Config = { path: '/api/reviews/:id/close' };
