import type { Config } from '@netlify/functions';
import { auditQuery } from '../../src/domain/accounts.ts';
import { assertMayReadAudit, listAudit } from '../../src/server/audit.ts';
import { route, validate } from '../../src/server/http.ts';

export default route({
  // Admins: the whole log, filtered. Everyone else: one goal's history (goalId=, or entity=goal&entityId=).
  GET: async ({ sql, actor, url }) => {
    const q = validate(auditQuery, Object.fromEntries(url.searchParams));
    assertMayReadAudit(actor, q);
    return listAudit(sql, q);
  },
});

export const config: Config = { path: '/api/audit' };
