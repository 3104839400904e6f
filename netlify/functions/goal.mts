import type { Config } from '@netlify/functions';
import { goalDeleteQuery, goalPatch } from '../../src/domain/schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deleteGoal, getGoal, updateGoal } from '../../src/server/goals.ts';

export default route({
  GET: ({ sql, params }) => getGoal(sql, params.id!),
  PATCH: ({ sql, params, body }) => updateGoal(sql, params.id!, validate(goalPatch, body)),
  DELETE: async ({ sql, params, url }) => {
    await deleteGoal(sql, params.id!, validate(goalDeleteQuery, Object.fromEntries(url.searchParams)));
    return noContent();
  },
});

export const config: Config = { path: '/api/goals/:id' };
