// Migrates the configured database and, on first creation of an embedded one, fills it with
// the demo organisation. Later starts keep whatever is there.
import { closeClient, openDatabase } from '../src/server/db.ts';
import { DEFAULT_DATABASE_URL } from '../src/server/env.ts';
import { migrate } from '../src/server/migrate.ts';
import { seedDemo } from '../db/seed/demo.ts';
import { DEMO_USERS, type DemoUser } from '../db/seed/demo-users.ts';
import { demoLocale } from '../db/seed/demo-text.ts';
import { mkdirSync } from 'node:fs';
import { createSetupInvite, hasActiveAdmin } from '../src/server/accounts.ts';
import { asUnusable, checkDatabaseFile, checkWritable, databasePath } from '../src/server/db-health.ts';

/**
 * `setupOrigin`: where the site runs; when given and no admin exists yet, prints a one-time
 * setup link for the first admin (each start makes a new one; older ones stop working).
 */
export async function prepareDatabase(opts: {
  demo: boolean;
  setupOrigin?: string;
}): Promise<{ demoUsers: readonly DemoUser[] }> {
  const url = process.env.LIBSQL_URL || DEFAULT_DATABASE_URL;
  const locale = demoLocale(process.env.TILLER_DEMO_LOCALE);
  if (url.startsWith('file:')) mkdirSync(new URL('../db/', import.meta.url), { recursive: true });
  const file = databasePath(url);
  // An existing file must be a database: an empty or foreign one is refused, never re-created.
  if (file) checkDatabaseFile(file);
  const client = await openDatabase(url, process.env.LIBSQL_AUTH_TOKEN || undefined).catch((e: unknown) =>
    Promise.reject(file ? asUnusable(e, file) : e),
  );
  try {
    const applied = await migrate(client).catch((e: unknown) => Promise.reject(file ? asUnusable(e, file) : e));
    if (file) await checkWritable(client, file);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const fresh = applied.includes('0001_init.sql');
    if (fresh && opts.demo) {
      const counts = await seedDemo(client, undefined, locale);
      console.log(
        `Filled the new database with the demo organisation (${counts.goals} goals, ${counts.measures} measures, ${counts.checkIns} check-ins).`,
      );
    }
    if (opts.setupOrigin && !(await hasActiveAdmin(client))) await printSetupLink(client, opts.setupOrigin);
    return { demoUsers: opts.demo ? await activeDemoUsers(client) : [] };
  } finally {
    await closeClient(client);
  }
}

/** The demo people still active in this database (a later start keeps printing them until they are deactivated). */
async function activeDemoUsers(client: Awaited<ReturnType<typeof openDatabase>>): Promise<readonly DemoUser[]> {
  const rs = await client.execute({
    sql: `SELECT email FROM users WHERE active = 1 AND email IN (${DEMO_USERS.map(() => '?').join(', ')})`,
    args: DEMO_USERS.map((u) => u.email),
  });
  const active = new Set(rs.rows.map((r) => String(r.email)));
  return DEMO_USERS.filter((u) => active.has(u.email));
}

async function printSetupLink(client: Awaited<ReturnType<typeof openDatabase>>, origin: string) {
  const tx = await client.transaction('write');
  try {
    const { link } = await createSetupInvite(tx, { email: '' });
    await tx.commit();
    console.log(
      `\nNo admin yet. Open this one-time link to create the first admin account (valid 7 days):\n\n  ${origin.replace(/\/+$/, '')}${link}\n`,
    );
  } finally {
    tx.close();
  }
}

if (import.meta.main)
  await prepareDatabase({
    demo: process.env.TILLER_DEMO !== 'off',
    setupOrigin: `http://localhost:${process.env.PORT ?? 4321}`,
  });
