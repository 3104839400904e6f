// `npm run backup -- <path>`: a consistent copy of the database while Tiller runs.
//   <path>.json, or a remote database (LIBSQL_URL=libsql:…): the organisation as one JSON document
//               (the same as GET /api/backup), read in one read transaction.
//   any other path, embedded database: `VACUUM INTO`, a whole, compacted copy of the file that
//               `npm run restore` puts back. The WAL lets Tiller go on reading and writing meanwhile.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readBackup } from '../src/server/backup.ts';
import { closeClient, openDatabase } from '../src/server/db.ts';
import { DEFAULT_DATABASE_URL } from '../src/server/env.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run backup -- <file.db | file.json>');
  process.exit(2);
}
const url = process.env.LIBSQL_URL || DEFAULT_DATABASE_URL;
const asJson = target.endsWith('.json') || !url.startsWith('file:');
if (existsSync(target)) {
  console.error(`${target} exists already; choose a new file name (a backup never overwrites one).`);
  process.exit(2);
}
const client = await openDatabase(url, process.env.LIBSQL_AUTH_TOKEN || undefined);
try {
  if (asJson) {
    const tx = await client.transaction('read');
    try {
      const backup = await readBackup(tx);
      writeFileSync(target, `${JSON.stringify(backup)}\n`, { flag: 'wx' });
      const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
      console.log(`Wrote ${target}: ${rows} rows, schema ${backup.migration}.`);
    } finally {
      tx.close();
    }
  } else {
    await client.execute({ sql: 'VACUUM INTO ?', args: [path.resolve(target)] });
    console.log(
      `Wrote ${target}: a copy of ${url.slice('file:'.length)}. Put it back with npm run restore -- ${target} (Tiller stopped).`,
    );
  }
} catch (e) {
  console.error(`Backup failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeClient(client);
}
