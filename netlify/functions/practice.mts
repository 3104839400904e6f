import type { Config } from '@netlify/functions';
import { deleteQuery, practicePatch } from '../../src/domain/schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deletePractice, getPractice, updatePractice } from '../../src/server/practices.ts';

export default route({
  GET: ({ sql, params }) => getPractice(sql, params.id!),
  PATCH: ({ sql, params, body }) => updatePractice(sql, params.id!, validate(practicePatch, body)),
  DELETE: async ({ sql, params, url }) => {
    await deletePractice(sql, params.id!, validate(deleteQuery, Object.fromEntries(url.searchParams)).version);
    return noContent();
  },
});

export const config: Config = { path: '/api/practices/:id' };
