import type { Config } from '@netlify/functions';
import { reviewItemInput } from '../../src/domain/review-schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { putReviewItem } from '../../src/server/reviews.ts';

export default route({
  PUT: async ({ sql, params, body }) => {
    const { item, created } = await putReviewItem(sql, params.id!, params.goalId!, validate(reviewItemInput, body));
    return json(item, created ? 201 : 200);
  },
});

export const config: Config = { path: '/api/reviews/:id/items/:goalId' };
