import type { Config } from '@netlify/functions';
import { departmentInput } from '../../src/domain/schemas.ts';
import { json, route, validate } from '../../src/server/http.ts';
import { createDepartment, listDepartments } from '../../src/server/departments.ts';

export default route({
  GET: ({ sql }) => listDepartments(sql),
  POST: async ({ sql, body }) => json(await createDepartment(sql, validate(departmentInput, body).name), 201),
});

export const config: Config = { path: '/api/departments' };
