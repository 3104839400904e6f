import type { Config } from '@netlify/functions';
import { goalNamesQuery } from '../../src/domain/schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { readGoalNames } from '../../src/server/goal-index.ts';

// The names of the goals and measures asked for by id (?goalIds=a,b&measureIds=c), e.g. an audit page's.
export default route({
  GET: ({ sql, url }) => readGoalNames(sql, validate(goalNamesQuery, Object.fromEntries(url.searchParams))),
});

export const config: Config = { path: '/api/goal-names' };
