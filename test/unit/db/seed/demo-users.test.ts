// The demo users the README lists: each can sign in with the stated password, with its role
// and departments, and the seed's precomputed hashes use today's parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@libsql/client';
import { DEMO_USERS } from '../../../../db/seed/demo-users.ts';
import { seedDemo } from '../../../../db/seed/demo.ts';
import { findCredentials } from '../../../../src/server/accounts.ts';
import { openDatabase } from '../../../../src/server/db.ts';
import { migrate } from '../../../../src/server/migrate.ts';
import { SCRYPT, parseHash, verifyPassword } from '../../../../src/server/passwords.ts';
import { PASSWORD_MIN } from '../../../../src/domain/accounts.ts';

describe('demo users', () => {
  let client: Client;
  beforeAll(async () => {
    client = await openDatabase(':memory:');
    await migrate(client);
    await seedDemo(client);
  });
  afterAll(() => client.close());

  it('one admin, two department editors and a viewer, as the README states', () => {
    expect(DEMO_USERS.map((u) => [u.email, u.password, u.role, u.departments])).toEqual([
      ['leadership@demo.tiller', 'demo-leadership', 'admin', []],
      ['cs.editor@demo.tiller', 'demo-customer-service', 'editor', ['Customer Service']],
      ['accounts.editor@demo.tiller', 'demo-accounts', 'editor', ['Accounts']],
      ['viewer@demo.tiller', 'demo-viewer-pass', 'viewer', []],
    ]);
    for (const u of DEMO_USERS) expect(u.password.length).toBeGreaterThanOrEqual(PASSWORD_MIN);
  });

  it.each(DEMO_USERS.map((u) => [u.email, u] as const))(
    '%s signs in with the stated password, role and departments',
    async (_e, u) => {
      const found = await findCredentials(client, u.email);
      expect(found).not.toBeNull();
      expect(parseHash(found!.passwordHash)).toMatchObject(SCRYPT);
      expect(await verifyPassword(u.password, found!.passwordHash)).toBe(true);
      expect(await verifyPassword(u.password + '!', found!.passwordHash)).toBe(false);
      const names = (
        await client.execute({
          sql: 'SELECT d.name FROM user_departments ud JOIN departments d ON d.id = ud.department_id WHERE ud.user_id = ? ORDER BY d.name',
          args: [found!.user.id],
        })
      ).rows.map((r) => r.name);
      expect({ role: found!.user.role, active: found!.user.active, departments: names }).toEqual({
        role: u.role,
        active: true,
        departments: [...u.departments],
      });
    },
    10_000,
  );

  it('the seed is recorded in the audit log as the demo seed, not as a person', async () => {
    const rs = await client.execute('SELECT DISTINCT actor_type, actor_label FROM audit_log');
    expect(rs.rows.map((r) => [r.actor_type, r.actor_label])).toEqual([['system', 'demo seed']]);
    const goals = await client.execute(
      "SELECT count(*) AS n FROM audit_log WHERE entity = 'goal' AND action = 'create'",
    );
    const real = await client.execute('SELECT count(*) AS n FROM goals');
    expect(goals.rows[0]!.n).toBe(real.rows[0]!.n);
  });
});
