import type { Config } from '@netlify/functions';
import { deleteQuery, measurePatch } from '../../src/domain/schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deleteMeasure, getMeasureWithProgress, updateMeasure } from '../../src/server/measures.ts';

export default route({
  GET: ({ sql, params }) => getMeasureWithProgress(sql, params.id!),
  PATCH: ({ sql, params, body }) => updateMeasure(sql, params.id!, validate(measurePatch, body)),
  DELETE: async ({ sql, params, url }) => {
    await deleteMeasure(sql, params.id!, validate(deleteQuery, Object.fromEntries(url.searchParams)).version);
    return noContent();
  },
});

export const config: Config = { path: '/api/measures/:id' };
