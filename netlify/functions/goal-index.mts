import type { Config } from '@netlify/functions';
import { goalIndexQuery } from '../../src/domain/schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { readGoalIndex } from '../../src/server/goal-index.ts';

// Goals (and with ?measures=1 their measures) by name, for pickers: not the whole tree.
export default route({
  GET: ({ sql, url }) => readGoalIndex(sql, validate(goalIndexQuery, Object.fromEntries(url.searchParams))),
});

export const config: Config = { path: '/api/goal-index' };
