import type { Config } from '@netlify/functions';
import { actionInput } from '../../src/domain/review-schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createAction, listReviewActions } from '../../src/server/reviews.ts';

export default route({
  GET: ({ sql, params }) => listReviewActions(sql, params.id!),
  POST: async ({ sql, params, body }) => json(await createAction(sql, params.id!, validate(actionInput, body)), 201),
});

export const config: Config = { path: '/api/reviews/:id/actions' };
