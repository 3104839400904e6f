import type { Config } from '@netlify/functions';
import { segmentInput } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createSegment, listSegments } from '../../src/server/segments.ts';

export default route({
  GET: ({ sql, params }) => listSegments(sql, params.id!),
  POST: async ({ sql, params, body }) =>
    json(await createSegment(sql, params.id!, validate(segmentInput, body).name), 201),
});

export const config: Config = { path: '/api/measures/:id/segments' };
