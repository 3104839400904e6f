import type { Config } from '@netlify/functions';
import { practiceInput } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createPractice, listPractices } from '../../src/server/practices.ts';

export default route({
  GET: ({ sql, params }) => listPractices(sql, params.id!),
  POST: async ({ sql, params, body }) =>
    json(await createPractice(sql, params.id!, validate(practiceInput, body)), 201),
});

export const config: Config = { path: '/api/goals/:id/practices' };
