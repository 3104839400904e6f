// Migrates the configured database and, on first creation of an embedded one, fills it with
// the demo organisation. Later starts keep whatever is there.
import { openDatabase } from '../src/server/db.ts';
import { DEFAULT_DATABASE_URL } from '../src/server/env.ts';
import { migrate } from '../src/server/migrate.ts';
import { seedDemo } from '../db/seed/demo.ts';
import { mkdirSync } from 'node:fs';

export async function prepareDatabase(opts: { demo: boolean }) {
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
    }
  } finally {
    client.close();
  }
}

if (import.meta.main) await prepareDatabase({ demo: process.env.TILLER_DEMO !== 'off' });
