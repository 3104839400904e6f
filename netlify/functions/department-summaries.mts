import type { Config } from '@netlify/functions';
import { todayQuery } from '../../src/domain/schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { serverToday } from '../../src/server/clock.ts';
import { readDepartmentSummaries } from '../../src/server/tree-views.ts';

// Every department with its goals counted by status on ?today= (the person's local date).
export default route({
  GET: ({ sql, url }) =>
    readDepartmentSummaries(sql, validate(todayQuery, Object.fromEntries(url.searchParams)).today ?? serverToday()),
});

export const config: Config = { path: '/api/department-summaries' };
