// `npm run restore -- <path>` (Tiller stopped): puts a backup back.
//   a database copy (from `npm run backup -- x.db`), embedded database: the current file is kept
//     beside it as <name>.before-restore-<time>, the copy takes its place, and migrations run.
//   a JSON backup (from `npm run backup -- x.json` or GET /api/backup): restored into the
//     configured database (embedded or remote), which must hold no organisation yet, in one
//     transaction; every person gets a one-time link to set their password, printed here.
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { createSetPasswordInvite, inviteLink } from '../src/server/accounts.ts';
import { backupSchema, restoreBackup } from '../src/server/backup.ts';
import { checkDatabaseFile, databasePath } from '../src/server/db-health.ts';
import { closeClient, openDatabase } from '../src/server/db.ts';
import { DEFAULT_DATABASE_URL } from '../src/server/env.ts';
import { Problem } from '../src/server/http.ts';
import { migrate } from '../src/server/migrate.ts';

const source = process.argv[2];
if (!source || !existsSync(source)) {
  console.error(
    source ? `No file ${source}.` : 'Usage: npm run restore -- <file.db | file.json>   (with Tiller stopped)',
  );
  process.exit(2);
}
const url = process.env.LIBSQL_URL || DEFAULT_DATABASE_URL;
const origin = (process.env.TILLER_URL ?? `http://localhost:${process.env.PORT ?? 4321}`).replace(/\/+$/, '');

if (!source.endsWith('.json')) {
  const file = databasePath(url);
  if (!file) {
    console.error(
      'A database file can only be put back into an embedded database. For a remote one, restore a JSON backup, or create the database from the file with your provider (Turso: turso db create <name> --from-file <file>).',
    );
    process.exit(2);
  }
  checkDatabaseFile(source);
  if (existsSync(file)) {
    const aside = `${file}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    console.log(`Kept the current database as ${aside}.`);
  }
  copyFileSync(source, file);
  const client = await openDatabase(url);
  try {
    const applied = await migrate(client);
    console.log(
      `Restored ${path.basename(source)} to ${file}${applied.length ? `; applied migrations ${applied.join(', ')}` : ''}.`,
    );
  } finally {
    await closeClient(client);
  }
} else {
  const parsed = backupSchema.safeParse(JSON.parse(readFileSync(source, 'utf8')));
  if (!parsed.success) {
    console.error(
      `${source} is not a Tiller backup: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    process.exit(2);
  }
  const client = await openDatabase(url, process.env.LIBSQL_AUTH_TOKEN || undefined);
  try {
    await migrate(client);
    const tx = await client.transaction('write');
    try {
      const result = await restoreBackup(tx, parsed.data, {
        setPasswordLink: (sql, user) => createSetPasswordInvite(sql, null, user),
      });
      await tx.commit();
      const rows = Object.values(result.rows).reduce((n, x) => n + x, 0);
      console.log(`Restored ${rows} rows from ${source}.`);
      if (result.setPasswordLinks.length) {
        console.log('\nEach person sets a new password with their one-time link (valid 7 days):\n');
        for (const l of result.setPasswordLinks) console.log(`  ${l.email}: ${origin}${inviteLink(l.token)}`);
        console.log('');
      }
    } catch (e) {
      await tx.rollback().catch(() => {});
      console.error(`Nothing was restored: ${e instanceof Problem ? e.message : (e as Error).message}`);
      process.exitCode = 1;
    } finally {
      tx.close();
    }
  } finally {
    await closeClient(client);
  }
}
