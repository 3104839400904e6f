import type { Config } from '@netlify/functions';
import { qualityLevelsQuery } from '../../src/domain/schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { readQualitySpread } from '../../src/server/quality.ts';

// How measures spread over the quality levels and influence rings: all, or one goal's subtree (?goalId=).
export default route({
  GET: ({ sql, url }) =>
    readQualitySpread(sql, validate(qualityLevelsQuery, Object.fromEntries(url.searchParams)).goalId),
});

export const config: Config = { path: '/api/quality-levels' };
