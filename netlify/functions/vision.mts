import type { Config } from '@netlify/functions';
import { visionInput } from '../../src/domain/schemas.ts';
import { json, notFound, route, validate } from '../../src/server/http.ts';
import { getVision, putVision } from '../../src/server/vision.ts';

export default route({
  GET: async ({ sql }) => (await getVision(sql)) ?? Promise.reject(notFound('Vision')),
  PUT: async ({ sql, body }) => {
    const { vision, created } = await putVision(sql, validate(visionInput, body));
    return json(vision, created ? 201 : 200);
  },
});

export const config: Config = { path: '/api/vision' };
