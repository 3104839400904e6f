// The one libSQL client. `file:`/`:memory:` use the native embedded client; remote URLs
// (libsql:, https:, wss:) use the web client, which needs no native binary in a function bundle.
import type { Client, InStatement, ResultSet } from '@libsql/client';
import { DEFAULT_DATABASE_URL, env } from './env.ts';

/** What repositories need: a client or an open transaction. */
export interface Sql {
  execute(stmt: InStatement): Promise<ResultSet>;
  batch(stmts: InStatement[]): Promise<ResultSet[]>;
}

export async function openDatabase(url: string, authToken?: string): Promise<Client> {
  const local = url === ':memory:' || url.startsWith('file:');
  const { createClient } = local ? await import('@libsql/client') : await import('@libsql/client/web');
  const client = createClient(authToken ? { url, authToken } : { url });
  // A file in WAL mode lets reads go on while another connection commits; in the default
  // rollback-journal mode a read that meets a commit fails at once with SQLITE_BUSY (a 503 for a
  // plain GET, or for the sign-in check in front of a write). The mode is stored in the file.
  if (url.startsWith('file:')) await client.execute('PRAGMA journal_mode = WAL');
  return client;
}

let current: Promise<Client> | null = null;

export function getDatabase(): Promise<Client> {
  current ??= openDatabase(env('LIBSQL_URL') || DEFAULT_DATABASE_URL, env('LIBSQL_AUTH_TOKEN') || undefined);
  return current;
}

/**
 * Closes a client. A file database first folds its WAL back into the file, so that the file
 * alone holds everything (a copy of `db/local.db` is a whole backup); closing alone leaves that
 * to the next start.
 */
export async function closeClient(client: Client): Promise<void> {
  if (client.protocol === 'file') await client.execute('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => {});
  client.close();
}

/** Closes the process's database if it was opened (on shutdown). */
export async function closeDatabase(): Promise<void> {
  const open = current;
  current = null;
  if (open) await closeClient(await open);
}

/** Points the process at another database (tests use a temporary file). */
export function useDatabase(client: Client): void {
  current = Promise.resolve(client);
}

/** Rows as plain objects keyed by column name (SQL aliases already give camelCase names). */
export function rowsOf<T>(rs: ResultSet): T[] {
  return rs.rows.map((row) => {
    const o: Record<string, unknown> = {};
    rs.columns.forEach((c, i) => (o[c] = row[i]));
    return o as T;
  });
}
