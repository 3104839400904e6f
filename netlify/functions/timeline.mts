import type { Config } from '@netlify/functions';
import { timelineQuery } from '../../src/domain/review-schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { serverToday } from '../../src/server/due.ts';
import { readTimeline } from '../../src/server/timeline.ts';

export default route({
  GET: ({ sql, url }) => {
    const q = validate(timelineQuery, Object.fromEntries(url.searchParams));
    return readTimeline(sql, { ...q, today: q.today ?? serverToday() });
  },
});

export const config: Config = { path: '/api/timeline' };
