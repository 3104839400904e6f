import type { Config } from '@netlify/functions';
import { deleteQuery, segmentPatch } from '../../src/domain/schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deleteSegment, getSegment, renameSegment } from '../../src/server/segments.ts';

export default route({
  GET: ({ sql, params }) => getSegment(sql, params.id!),
  PATCH: async ({ sql, params, body }) => {
    const { name, version } = validate(segmentPatch, body);
    return renameSegment(sql, params.id!, name, version);
  },
  DELETE: async ({ sql, params, url }) => {
    await deleteSegment(sql, params.id!, validate(deleteQuery, Object.fromEntries(url.searchParams)).version);
    return noContent();
  },
});

export const config: Config = { path: '/api/segments/:id' };
