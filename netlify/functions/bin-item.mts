import type { Config } from '@netlify/functions';
import { noContent, route } from '../../src/server/http.ts';
import { purgeBinned } from '../../src/server/bin.ts';

export default route({
  // Purges one deleted goal for good.
  DELETE: async ({ sql, params }) => {
    await purgeBinned(sql, params.id!);
    return noContent();
  },
});

export const config: Config = { path: '/api/bin/:id' };
