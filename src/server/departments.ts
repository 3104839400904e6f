import type { Department } from '../domain/types.ts';
import type { Sql } from './db.ts';
import { Problem, notFound } from './http.ts';
import { all, checkVersion, newId, nowIso, one, updateVersioned } from './rows.ts';
import { audit } from './audit.ts';
import { says } from '../domain/problem.ts';

const SELECT = `SELECT id, name, version, created_at AS createdAt, updated_at AS updatedAt FROM departments`;

export const listDepartments = (sql: Sql) => all<Department>(sql, `${SELECT} ORDER BY name COLLATE NOCASE`);
export const findDepartment = (sql: Sql, id: string) => one<Department>(sql, `${SELECT} WHERE id = ?`, [id]);

export async function getDepartment(sql: Sql, id: string): Promise<Department> {
  const d = await findDepartment(sql, id);
  if (!d) throw notFound('Department');
  return d;
}

async function assertNameFree(sql: Sql, name: string, exceptId?: string) {
  const clash = await one<{ id: string }>(sql, 'SELECT id FROM departments WHERE name = ? COLLATE NOCASE AND id <> ?', [
    name,
    exceptId ?? '',
  ]);
  if (clash)
    throw new Problem(409, 'Name already used', says('department.nameTaken'), { name: [says('department.nameTaken')] });
}

export async function createDepartment(sql: Sql, name: string): Promise<Department> {
  await assertNameFree(sql, name);
  const id = newId();
  const now = nowIso();
  await sql.execute({
    sql: 'INSERT INTO departments (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
    args: [id, name, now, now],
  });
  const department = (await findDepartment(sql, id))!;
  await audit(sql, { action: 'create', entity: 'department', entityId: id, departmentId: id, after: department });
  return department;
}

export async function renameDepartment(sql: Sql, id: string, name: string, version: number): Promise<Department> {
  const before = await getDepartment(sql, id);
  await assertNameFree(sql, name, id);
  const after = await updateVersioned(sql, {
    table: 'departments',
    what: 'Department',
    id,
    version,
    columns: { name },
    reread: () => findDepartment(sql, id),
  });
  await audit(sql, { action: 'update', entity: 'department', entityId: id, departmentId: id, before, after });
  return after;
}

export async function deleteDepartment(sql: Sql, id: string, version?: number): Promise<void> {
  const d = await getDepartment(sql, id);
  checkVersion('Department', d, version);
  const owned = await one<{ n: number }>(sql, 'SELECT count(*) AS n FROM goals WHERE department_id = ?', [id]);
  if (owned && owned.n > 0)
    throw new Problem(
      409,
      'Department still owns goals',
      says('department.ownsGoals', { name: d.name, count: owned.n }),
      undefined,
      { goalCount: owned.n },
    );
  await audit(sql, { action: 'delete', entity: 'department', entityId: id, departmentId: id, before: d });
  await sql.execute({ sql: 'DELETE FROM departments WHERE id = ?', args: [id] });
}
