import type { Config } from '@netlify/functions';
import { createSetPasswordInvite, inviteLink } from '../../src/server/accounts.ts';
import { backupSchema, restoreBackup, RESTORE_MAX_BYTES } from '../../src/server/backup.ts';
import { Problem, json, route, validate } from '../../src/server/http.ts';
import { says } from '../../src/domain/problem.ts';

// POST /api/restore (admins): a backup into an empty organisation, in one transaction.
export default route(
  {
    POST: async ({ sql, actor, body }) => {
      if (actor.type !== 'user') throw new Problem(403, 'Forbidden', says('restore.signedInAdmin'));
      const result = await restoreBackup(sql, validate(backupSchema, body), {
        restorer: actor,
        setPasswordLink: (tx, user) => createSetPasswordInvite(tx, actor.id, user),
      });
      return json(
        {
          rows: result.rows,
          setPasswordLinks: result.setPasswordLinks.map(({ token, ...u }) => ({ ...u, link: inviteLink(token) })),
        },
        201,
      );
    },
  },
  { maxBodyBytes: RESTORE_MAX_BYTES },
);

export const config: Config = { path: '/api/restore' };
