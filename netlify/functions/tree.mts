import type { Config } from '@netlify/functions';
import { treeQuery } from '../../src/domain/schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { readScopedTree, readTree } from '../../src/server/tree.ts';

export default route({
  // No parameter: the whole tree (exports, tools). With any: the part a page shows.
  GET: ({ sql, url }) =>
    url.search === '' ? readTree(sql) : readScopedTree(sql, validate(treeQuery, Object.fromEntries(url.searchParams))),
});

export const config: Config = { path: '/api/tree' };
