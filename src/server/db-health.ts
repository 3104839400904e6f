// Whether the configured database file can be used, checked once at start so that a lost or
// damaged file is never silently replaced (by a new database re-seeded with the demo) and a
// read-only one is said so plainly. The messages are one paragraph: what, which file, what to do.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@libsql/client';

/** Start-up refused: `message` is for the person running the server, printed as is. */
export class DatabaseUnusable extends Error {}

const SQLITE_HEADER = 'SQLite format 3\0';

/** The path of a `file:` URL (relative to the working directory, as libSQL opens it). */
export function databasePath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const p = decodeURIComponent(url.replace(/^file:(\/\/(?=\/))?/, '').replace(/\?.*$/, ''));
  return path.resolve(p);
}

const restore = (file: string) =>
  `To restore, stop Tiller and copy your latest backup of the database over ${file}. To start over with a new, empty database instead, move the file aside (for example to ${file}.broken) and start again.`;

/** Refuses an existing file that is empty or not SQLite; a missing file is a new database. */
export function checkDatabaseFile(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  if (size === 0)
    throw new DatabaseUnusable(
      `The database file ${file} exists but is empty (0 bytes), so Tiller's data is missing from it; Tiller will not start on it, so that it does not look like a new site. ${restore(file)}`,
    );
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_HEADER) throw notADatabase(file);
}

const notADatabase = (file: string) =>
  new DatabaseUnusable(
    `The file ${file} is not a Tiller database (it is not SQLite, or it is damaged), so Tiller will not start on it. ${restore(file)}`,
  );

const code = (e: unknown) => String((e as { code?: unknown } | null)?.code ?? '');

/** Errors of the database file itself (damaged, not a database), as opposed to our SQL. */
export function asUnusable(e: unknown, file: string): unknown {
  return /SQLITE_(NOTADB|CORRUPT)/.test(code(e)) ? notADatabase(file) : e;
}

/** Whether the database takes a write: a write statement in a transaction that is rolled back. */
export async function checkWritable(client: Client, file: string): Promise<void> {
  try {
    const tx = await client.transaction('write');
    try {
      await tx.execute("DELETE FROM sign_in_attempts WHERE key = 'start-up write check'");
    } finally {
      await tx.rollback().catch(() => {});
      tx.close();
    }
  } catch (e) {
    if (isUnwritable(e))
      throw new DatabaseUnusable(
        `The database file ${file} cannot be written (${code(e) || 'refused'}): it, or its folder, is read-only or immutable, or the disk is full. Tiller will not start on it, as every change and sign-in would fail. Make the file and its folder writable for the user running Tiller (check \`lsattr\` for the immutable flag and \`df\` for free space), then start again.`,
      );
    throw e;
  }
}

/** A write the database refused for a reason of the file or disk, not of the request. */
export function isUnwritable(e: unknown): boolean {
  return /SQLITE_(READONLY|FULL|IOERR|CANTOPEN|PERM)/.test(code(e));
}
