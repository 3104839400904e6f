import { describe, expect, it } from 'vitest';
import departmentsFn from '../../../netlify/functions/departments.mts';
import departmentFn from '../../../netlify/functions/department.mts';
import { call, createDepartment, createGoal, expectProblem, freshDatabase, snapshot } from '../helpers.ts';

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });

describe('departments: create → read → update → stale update → delete → 404', () => {
  it('runs the whole life cycle', async () => {
    const created = await call(departmentsFn, 'POST', '/api/departments', { body: { name: 'Billing' } });
    expect(created.status).toBe(201);
    expect(created.contentType).toMatch(/^application\/json\b/);
    const dept = created.body;
    expect(dept).toEqual({
      id: expect.any(String),
      name: 'Billing',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(dept.createdAt).toBe(dept.updatedAt);

    const read = await call(departmentFn, 'GET', `/api/departments/${dept.id}`, one(dept.id));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(dept);
    const list = await call(departmentsFn, 'GET', '/api/departments');
    expect(list.body).toContainEqual(dept);

    const renamed = await call(departmentFn, 'PATCH', `/api/departments/${dept.id}`, {
      ...one(dept.id),
      body: { name: 'Billing & Payments', version: 1 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      id: dept.id,
      name: 'Billing & Payments',
      version: 2,
      createdAt: dept.createdAt,
    });
    expect(renamed.body.updatedAt >= dept.updatedAt).toBe(true);

    const before = await snapshot(db);
    const stale = await call(departmentFn, 'PATCH', `/api/departments/${dept.id}`, {
      ...one(dept.id),
      body: { name: 'Lost update', version: 1 },
    });
    expectProblem(stale, 409, 'version');
    expect(stale.body.current).toEqual(renamed.body);
    expect(await snapshot(db)).toEqual(before);

    const staleDelete = await call(departmentFn, 'DELETE', `/api/departments/${dept.id}?version=1`, one(dept.id));
    expectProblem(staleDelete, 409, 'version');
    expect(await snapshot(db)).toEqual(before);

    const deleted = await call(departmentFn, 'DELETE', `/api/departments/${dept.id}?version=2`, one(dept.id));
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();

    expectProblem(await call(departmentFn, 'GET', `/api/departments/${dept.id}`, one(dept.id)), 404);
    expectProblem(await call(departmentFn, 'DELETE', `/api/departments/${dept.id}`, one(dept.id)), 404);
    expect((await call(departmentsFn, 'GET', '/api/departments')).body).not.toContainEqual(
      expect.objectContaining({ id: dept.id }),
    );
  });

  it('lists departments by name, case-insensitively', async () => {
    await createDepartment('zeta');
    await createDepartment('Alpha');
    await createDepartment('beta');
    const names = (await call(departmentsFn, 'GET', '/api/departments')).body.map((d: { name: string }) => d.name);
    expect(names.filter((n: string) => ['zeta', 'Alpha', 'beta'].includes(n))).toEqual(['Alpha', 'beta', 'zeta']);
  });

  it('refuses a duplicate name (any case) on create and rename with 409 on the name', async () => {
    const a = await createDepartment('Support');
    const b = await createDepartment('Sales');
    const before = await snapshot(db);
    expectProblem(await call(departmentsFn, 'POST', '/api/departments', { body: { name: 'SUPPORT' } }), 409, 'name');
    expectProblem(
      await call(departmentFn, 'PATCH', `/api/departments/${b.id}`, {
        ...one(b.id),
        body: { name: 'support', version: 1 },
      }),
      409,
      'name',
    );
    expect(await snapshot(db)).toEqual(before);
    // Renaming to its own name (another case) is not a clash.
    const self = await call(departmentFn, 'PATCH', `/api/departments/${a.id}`, {
      ...one(a.id),
      body: { name: 'SUPPORT', version: 1 },
    });
    expect(self.status).toBe(200);
    expect(self.body.name).toBe('SUPPORT');
  });

  it('refuses to delete a department that owns goals (409) and leaves everything as it was', async () => {
    const d = await createDepartment();
    await createGoal(d.id);
    await createGoal(d.id);
    const before = await snapshot(db);
    const res = await call(departmentFn, 'DELETE', `/api/departments/${d.id}`, one(d.id));
    expectProblem(res, 409);
    expect(res.body.goalCount).toBe(2);
    expect(await snapshot(db)).toEqual(before);
  });
});
