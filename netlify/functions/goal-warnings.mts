import type { Config } from '@netlify/functions';
import { route } from '../../src/server/http.ts';
import { goalWarnings } from '../../src/server/pairs.ts';

// Gameable library measures of this goal that no counterweight is paired with.
export default route({
  GET: ({ sql, params }) => goalWarnings(sql, params.id!),
});

export const config: Config = { path: '/api/goals/:id/warnings' };
