import type { Config } from '@netlify/functions';
import { dueQuery } from '../../src/domain/review-schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { readDue, serverToday } from '../../src/server/due.ts';

export default route({
  GET: ({ sql, url }) => {
    const { today, departmentId } = validate(dueQuery, Object.fromEntries(url.searchParams));
    return readDue(sql, today ?? serverToday(), departmentId);
  },
});

export const config: Config = { path: '/api/due' };
