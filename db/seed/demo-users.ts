// The demo organisation's people, one per role, with the credentials the README states. Their
// scrypt hashes are precomputed (same parameters as src/server/passwords.ts) so seeding stays
// fast; test/unit/db/seed/demo-users.test.ts checks each hash against its password.
import type { Role } from '../../src/domain/roles.ts';
import { createUser } from '../../src/server/accounts.ts';
import type { Sql } from '../../src/server/db.ts';
import { all } from '../../src/server/rows.ts';

export interface DemoUser {
  email: string;
  password: string;
  name: string;
  role: Role;
  departments: readonly string[];
  passwordHash: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'leadership@demo.tiller',
    password: 'demo-leadership',
    name: 'Leadership (demo admin)',
    role: 'admin',
    departments: [],
    passwordHash: 'scrypt$32768$8$3$amlBPecryAZMM-rdjrROtQ$0WgPpAFXHO_iHWbDqHog4b0CVw6t2-L5s3POoeTH6T8',
  },
  {
    email: 'cs.editor@demo.tiller',
    password: 'demo-customer-service',
    name: 'Customer Service editor (demo)',
    role: 'editor',
    departments: ['Customer Service'],
    passwordHash: 'scrypt$32768$8$3$bRnEUtMSNFYB3LX88QNTKg$8-A95UZ6PjMZ2pX_1a7kktbHgAvNTPnEn_37WwHH3L8',
  },
  {
    email: 'accounts.editor@demo.tiller',
    password: 'demo-accounts',
    name: 'Accounts editor (demo)',
    role: 'editor',
    departments: ['Accounts'],
    passwordHash: 'scrypt$32768$8$3$ffK_4BMOPFYTCxB-TAAQsw$ZQoIyrBNixa-ptCdFc7E_MmssrxruDQBW6x2njlZJZE',
  },
  {
    email: 'viewer@demo.tiller',
    password: 'demo-viewer-pass',
    name: 'Viewer (demo)',
    role: 'viewer',
    departments: [],
    passwordHash: 'scrypt$32768$8$3$BYiOPyNQJa6eKY3uPYx52A$Yb0IcX7Wp1PYaUWS13i6zUVwFnyxG7upfA29Sb_dpLY',
  },
];

/**
 * Creates the demo users (after the demo departments exist), in the caller's transaction;
 * `departmentName` gives a department's name as the demo wrote it (its language).
 */
export async function seedDemoUsers(
  sql: Sql,
  departmentName: (english: string) => string = (name) => name,
): Promise<number> {
  const byName = new Map(
    (await all<{ id: string; name: string }>(sql, 'SELECT id, name FROM departments')).map((d) => [d.name, d.id]),
  );
  for (const u of DEMO_USERS) {
    const departmentIds = u.departments.map((name) => {
      const id = byName.get(departmentName(name));
      if (!id) throw new Error(`Demo user ${u.email}: no department ${name}.`);
      return id;
    });
    await createUser(
      sql,
      { email: u.email, name: u.name, role: u.role, departmentIds, passwordHash: u.passwordHash },
      { type: 'system', label: 'demo seed' },
    );
  }
  return DEMO_USERS.length;
}
