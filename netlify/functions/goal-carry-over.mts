import type { Config } from '@netlify/functions';
import { carryOverInput } from '../../src/domain/review-schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { carryOverGoal } from '../../src/server/goal-lifecycle.ts';

export default route({
  POST: async ({ sql, params, body }) =>
    json(await carryOverGoal(sql, params.id!, validate(carryOverInput, body)), 201),
});

export const config: Config = { path: '/api/goals/:id/carry-over' };
