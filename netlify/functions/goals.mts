import type { Config } from '@netlify/functions';
import { goalInput, goalListQuery } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createGoal, listGoals } from '../../src/server/goals.ts';

export default route({
  GET: ({ sql, url }) => listGoals(sql, validate(goalListQuery, Object.fromEntries(url.searchParams))),
  POST: async ({ sql, body }) => json(await createGoal(sql, validate(goalInput, body)), 201),
});

export const config: Config = { path: '/api/goals' };
