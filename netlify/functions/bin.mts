import type { Config } from '@netlify/functions';
import { route } from '../../src/server/http.ts';
import { listBin } from '../../src/server/bin.ts';

export default route({
  GET: ({ sql }) => listBin(sql),
});

export const config: Config = { path: '/api/bin' };
