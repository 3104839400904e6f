// Migrates the configured database and, on first creation of an embedded one, fills it with
// the demo organisation. Later starts keep whatever is there.
import { closeClient, openDatabase } from '../src/server/db.ts';
import { DEFAULT_DATABASE_URL } from '../src/server/env.ts';
import { migrate } from '../src/server/migrate.ts';
import { seedDemo } from '../db/seed/demo.ts';
import { DEMO_USERS } from '../db/seed/demo-users.ts';
import { mkdirSync } from 'node:fs';
import { createSetupInvite, hasActiveAdmin } from '../src/server/accounts.ts';

/**
 * `setupOrigin`: where the site runs; when given and no admin exists yet, prints a one-time
 * setup link for the first admin (each start makes a new one; older ones stop working).
 */
export async function prepareDatabase(opts: { demo: boolean; setupOrigin?: string }) {
  const url = process.env.LIBSQL_URL || DEFAULT_DATABASE_URL;
  if (url.startsWith('file:')) mkdirSync(new URL('../db/', import.meta.url), { recursive: true });
  const client = await openDatabase(url, process.env.LIBSQL_AUTH_TOKEN || undefined);
  try {
    const applied = await migrate(client);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const fresh = applied.includes('0001_init.sql');
    if (fresh && opts.demo) {
      const counts = await seedDemo(client);
      console.log(`Filled the new database with the demo organisation (${counts.goals} goals, ${counts.measures} measures, ${counts.checkIns} check-ins).`);
      const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
      console.log(`Sign in as ${admin.email} with the password ${admin.password} (the README lists the demo people of each role).`);
    }
    if (opts.setupOrigin && !(await hasActiveAdmin(client))) await printSetupLink(client, opts.setupOrigin);
  } finally {
    await closeClient(client);
  }
}

async function printSetupLink(client: Awaited<ReturnType<typeof openDatabase>>, origin: string) {
  const tx = await client.transaction('write');
  try {
    const { link } = await createSetupInvite(tx, { email: '' });
    await tx.commit();
    console.log(`\nNo admin yet. Open this one-time link to create the first admin account (valid 7 days):\n\n  ${origin.replace(/\/+$/, '')}${link}\n`);
  } finally {
    tx.close();
  }
}

if (import.meta.main)
  await prepareDatabase({ demo: process.env.TILLER_DEMO !== 'off', setupOrigin: `http://localhost:${process.env.PORT ?? 4321}` });
