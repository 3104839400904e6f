import type { Config } from '@netlify/functions';
import { noContent, route } from '../../src/server/http.ts';
import { removePair } from '../../src/server/pairs.ts';

export default route({
  DELETE: async ({ sql, params }) => {
    await removePair(sql, params.id!, params.otherId!);
    return noContent();
  },
});

export const config: Config = { path: '/api/measures/:id/counterweights/:otherId' };
