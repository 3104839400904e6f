import type { Config } from '@netlify/functions';
import { binRestoreInput } from '../../src/domain/schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { restoreBinned } from '../../src/server/bin.ts';

export default route({
  // { "toTopLevel": true } restores a goal whose parent is gone as a top-level goal.
  POST: ({ sql, params, body }) => restoreBinned(sql, params.id!, validate(binRestoreInput, body ?? {})),
});

export const config: Config = { path: '/api/bin/:id/restore' };
