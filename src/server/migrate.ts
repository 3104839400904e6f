// Applies db/migrations/*.sql in name order, each in its own transaction, recording what ran.
// Used by `npm run db:migrate`, local start-up and tests; never by functions at run time.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@libsql/client';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

export async function migrate(client: Client, dir = MIGRATIONS_DIR): Promise<string[]> {
  await client.execute(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const done = new Set((await client.execute('SELECT name FROM schema_migrations')).rows.map((r) => String(r[0])));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const sql = await readFile(path.join(dir, file), 'utf8');
    const tx = await client.transaction('write');
    try {
      await tx.executeMultiple(sql);
      await tx.execute({
        sql: 'INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)',
        args: [file, new Date().toISOString()],
      });
      await tx.commit();
    } catch (e) {
      await tx.rollback();
      throw new Error(`Migration ${file} failed: ${(e as Error).message}`);
    } finally {
      tx.close();
    }
    applied.push(file);
  }
  return applied;
}
