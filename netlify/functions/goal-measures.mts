import type { Config } from '@netlify/functions';
import { measureInput } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createMeasure, getGoalMeasures } from '../../src/server/measures.ts';

export default route({
  GET: ({ sql, params }) => getGoalMeasures(sql, params.id!),
  POST: async ({ sql, params, body }) => json(await createMeasure(sql, params.id!, validate(measureInput, body)), 201),
});

export const config: Config = { path: '/api/goals/:id/measures' };
