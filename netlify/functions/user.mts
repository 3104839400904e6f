import type { Config } from '@netlify/functions';
import { userPatch } from '../../src/domain/accounts.ts';
import { getUser, updateUser } from '../../src/server/accounts.ts';
import { route, validate } from '../../src/server/http.ts';

export default route({
  GET: ({ sql, params }) => getUser(sql, params.id!),
  // Role, departments, name, active; deactivating ends the person's sessions.
  PATCH: ({ sql, actor, params, body }) => updateUser(sql, actor, params.id!, validate(userPatch, body)),
});

export const config: Config = { path: '/api/users/:id' };
