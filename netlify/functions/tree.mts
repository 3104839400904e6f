import type { Config } from '@netlify/functions';
import { route } from '../../src/server/http.ts';
import { readTree } from '../../src/server/tree.ts';

export default route({
  GET: ({ sql }) => readTree(sql),
});

export const config: Config = { path: '/api/tree' };
