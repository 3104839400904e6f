import type { Config } from '@netlify/functions';
import { influenceQuery } from '../../src/domain/schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { serverToday } from '../../src/server/clock.ts';
import { readInfluence } from '../../src/server/tree-views.ts';

// The influence circle of a department (?departmentId=) or the whole organisation, judged on ?today=.
export default route({
  GET: ({ sql, url }) => {
    const q = validate(influenceQuery, Object.fromEntries(url.searchParams));
    return readInfluence(sql, q.today ?? serverToday(), q.departmentId ?? null);
  },
});

export const config: Config = { path: '/api/influence' };
