import type { Config } from '@netlify/functions';
import { departmentPatch, deleteQuery } from '../../src/domain/schemas.ts';
import { noContent, route, validate } from '../../src/server/http.ts';
import { deleteDepartment, getDepartment, renameDepartment } from '../../src/server/departments.ts';

export default route({
  GET: ({ sql, params }) => getDepartment(sql, params.id!),
  PATCH: async ({ sql, params, body }) => {
    const { name, version } = validate(departmentPatch, body);
    return renameDepartment(sql, params.id!, name, version);
  },
  DELETE: async ({ sql, params, url }) => {
    const { version } = validate(deleteQuery, Object.fromEntries(url.searchParams));
    await deleteDepartment(sql, params.id!, version);
    return noContent();
  },
});

export const config: Config = { path: '/api/departments/:id' };
