import type { Config } from '@netlify/functions';
import { reviewInput, reviewListQuery } from '../../src/domain/review-schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createReview, listReviews } from '../../src/server/reviews.ts';

export default route({
  GET: ({ sql, url }) => listReviews(sql, validate(reviewListQuery, Object.fromEntries(url.searchParams))),
  POST: async ({ sql, body }) => json(await createReview(sql, validate(reviewInput, body)), 201),
});

export const config: Config = { path: '/api/reviews' };
