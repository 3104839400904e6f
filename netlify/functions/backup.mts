import type { Config } from '@netlify/functions';
import { readBackupSnapshot } from '../../src/server/backup.ts';
import { json, route } from '../../src/server/http.ts';

// GET /api/backup (admins): the whole organisation as one JSON document, as a download.
export default route({
  GET: async () => {
    const backup = await readBackupSnapshot();
    const res = json(backup);
    res.headers.set(
      'content-disposition',
      `attachment; filename="tiller-backup-${backup.createdAt.slice(0, 10)}.json"`,
    );
    return res;
  },
});

export const config: Config = { path: '/api/backup' };
