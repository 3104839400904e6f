import type { Config } from '@netlify/functions';
import { auditQuery } from '../../src/domain/accounts.ts';
import { listAudit } from '../../src/server/audit.ts';
import { Problem, route, validate } from '../../src/server/http.ts';
import { says } from '../../src/domain/problem.ts';

export default route({
  // Admins: the whole log, filtered. Everyone else: one goal's history (goalId=, or entity=goal&entityId=).
  GET: async ({ sql, actor, url }) => {
    const q = validate(auditQuery, Object.fromEntries(url.searchParams));
    const oneGoal = q.goalId !== undefined || (q.entity === 'goal' && q.entityId !== undefined);
    const admin = actor.type === 'system' || (actor.type === 'user' && actor.role === 'admin');
    if (!admin && !oneGoal)
      throw new Problem(403, 'Not allowed', says('audit.adminsOnly'));
    return listAudit(sql, q);
  },
});

export const config: Config = { path: '/api/audit' };
