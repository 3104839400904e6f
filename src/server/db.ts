// The one libSQL client. `file:`/`:memory:` use the native embedded client; remote URLs
// (libsql:, https:, wss:) use the web client, which needs no native binary in a function bundle.
import type { Client, InStatement, ResultSet, Transaction } from '@libsql/client';
import { accessSync, constants } from 'node:fs';
import { DEFAULT_DATABASE_URL, env } from './env.ts';
import { databasePath } from './db-health.ts';

/** What repositories need: a client or an open transaction. */
export interface Sql {
  execute(stmt: InStatement): Promise<ResultSet>;
  batch(stmts: InStatement[]): Promise<ResultSet[]>;
}

/**
 * How long a write on a file database waits for another process's write lock (a CLI script, a
 * test set-up) before it fails. Writes of this process never meet each other there: they take
 * turns in `takeWriteTurn`.
 */
const BUSY_TIMEOUT_MS = 5_000;

export async function openDatabase(url: string, authToken?: string): Promise<Client> {
  const file = url.startsWith('file:');
  const local = url === ':memory:' || file;
  const { createClient } = local ? await import('@libsql/client') : await import('@libsql/client/web');
  const client = createClient(authToken ? { url, authToken } : file ? { url, timeout: BUSY_TIMEOUT_MS } : { url });
  // A file in WAL mode lets reads go on while another connection commits; in the default
  // rollback-journal mode a read that meets a commit fails at once with SQLITE_BUSY (a 503 for a
  // plain GET, or for the sign-in check in front of a write). The mode is stored in the file.
  if (file) await client.execute('PRAGMA journal_mode = WAL');
  // Reads through read(), not a memory map: a mapped file that stops being readable or writable
  // (made immutable, a full disk, a lost mount) kills the process with SIGBUS instead of failing
  // the one request with an error.
  if (file) await client.execute('PRAGMA mmap_size = 0');
  return client;
}

let current: Promise<Client> | null = null;

export function getDatabase(): Promise<Client> {
  if (!current) {
    const url = env('LIBSQL_URL') || DEFAULT_DATABASE_URL;
    guardedFile = databasePath(url);
    const opening = openDatabase(url, env('LIBSQL_AUTH_TOKEN') || undefined);
    // A failed open is not remembered: the next request tries again.
    opening.catch(() => {
      if (current === opening) current = null;
    });
    current = opening;
  }
  return current;
}

// ---------- writes take turns ----------
let writeTail: Promise<void> = Promise.resolve();
/** Write turns taken and not yet ended (the one running and those waiting for it). */
let turnsTaken = 0;

/** The file of the app's database (getDatabase), whose writability each write turn checks. */
let guardedFile: string | null = null;

/**
 * Whether the database's files can still be written. SQLite writes its WAL index through a shared
 * memory map; once the file is immutable (or its disk read-only), a write there is a SIGBUS that
 * kills the process. So each write asks the kernel first and fails as SQLITE_READONLY instead.
 */
function assertWritable(file: string | null): void {
  if (!file) return;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      accessSync(f, constants.W_OK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw Object.assign(
        new Error(`The database file ${f} cannot be written (${(e as NodeJS.ErrnoException).code})`),
        { code: 'SQLITE_READONLY' },
      );
    }
  }
}

/**
 * Waits for this process's earlier writes to finish; call the returned function when done. Every
 * write of the process (a request's transaction, a session's last-seen refresh) takes its turn
 * here instead of racing for SQLite's write lock: a statement that loses that race fails with
 * SQLITE_BUSY and stays active on its pooled connection, and the next transaction on that
 * connection then cannot commit ("SQL statements in progress"); and a busy timeout would block the
 * event loop that the lock holder needs. Only another process can still hold the lock: then the
 * write waits up to BUSY_TIMEOUT_MS inside SQLite.
 */
export function takeWriteTurn(): Promise<() => void> {
  let resolveTurn!: () => void;
  const turn = new Promise<void>((resolve) => (resolveTurn = resolve));
  let ended = false;
  const endTurn = () => {
    if (ended) return;
    ended = true;
    turnsTaken -= 1;
    resolveTurn();
  };
  const previous = writeTail;
  // Behind another write, the turn begins only after the event loop has gone round once.
  const queued = turnsTaken > 0;
  turnsTaken += 1;
  writeTail = previous.then(() => turn);
  return (queued ? previous.then(aroundTheLoop) : previous).then(() => {
    try {
      assertWritable(guardedFile);
    } catch (e) {
      endTurn();
      throw e;
    }
    return endTurn;
  });
}

/**
 * Lets the event loop go round before a write turn begins. The embedded client answers at once, so
 * without this one turn would hand over to the next in microtasks alone, and a queue of writes
 * would hold the loop until it drained: no read, no new request, no response would be served
 * meanwhile. Now each turn lets waiting I/O and timers (a GET, a reply to send) go first.
 */
const aroundTheLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `write` (statements outside a transaction) in this process's next write turn. */
export async function inWriteTurn<T>(write: () => Promise<T>): Promise<T> {
  const endTurn = await takeWriteTurn();
  try {
    return await write();
  } finally {
    endTurn();
  }
}

// ---------- group commit ----------
interface QueuedWrite {
  work: (tx: Transaction) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The writes waiting for the next write turn, which will run them in one transaction. */
let gathering: { db: Client; writes: QueuedWrite[] } | null = null;

/**
 * Runs `work` as one all-or-nothing write, in this process's next write turn. The writes that
 * queue up meanwhile share that turn's transaction, each in a savepoint of its own (group commit:
 * one commit, one sync to disk, for all of them): a write that fails is rolled back to its
 * savepoint and only it fails; the others are kept. Each settles only after the commit, so
 * nobody is told of a change that is not on disk; a failed commit fails them all, with nothing
 * of any of them kept.
 */
export function inWriteTransaction<T>(db: Client, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (gathering?.db !== db) {
      gathering = { db, writes: [] };
      void runGroup(gathering);
    }
    gathering.writes.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
}

async function runGroup(group: { db: Client; writes: QueuedWrite[] }): Promise<void> {
  let endTurn: () => void;
  try {
    endTurn = await takeWriteTurn();
  } catch (e) {
    if (gathering === group) gathering = null;
    for (const w of group.writes) w.reject(e);
    return;
  }
  // From here on, new writes gather for the next turn.
  if (gathering === group) gathering = null;
  try {
    let rest = group.writes;
    while (rest.length) rest = await runTogether(group.db, rest);
  } finally {
    endTurn();
  }
}

/**
 * Runs `writes` in one transaction and settles them; returns those it did not get to, because an
 * error ended the whole transaction (SQLite rolls it all back on a full disk, say): they run in
 * the next one, and those already done fail with that error, nothing of them kept.
 */
async function runTogether(db: Client, writes: QueuedWrite[]): Promise<QueuedWrite[]> {
  let tx: Transaction;
  try {
    tx = await db.transaction('write');
  } catch (e) {
    for (const w of writes) w.reject(e);
    return [];
  }
  // One write alone needs no savepoint: its failure rolls the transaction back.
  const shared = writes.length > 1;
  const done: { write: QueuedWrite; value: unknown }[] = [];
  let next = 0;
  try {
    while (next < writes.length) {
      const write = writes[next++]!;
      if (done.length) await aroundTheLoop();
      if (shared) await tx.execute('SAVEPOINT write');
      try {
        const value = await write.work(tx);
        if (shared) await tx.execute('RELEASE write');
        done.push({ write, value });
      } catch (e) {
        write.reject(e);
        if (!shared || tx.closed) {
          for (const d of done) d.write.reject(e);
          return writes.slice(next);
        }
        await tx.execute('ROLLBACK TO write');
        await tx.execute('RELEASE write');
      }
    }
    await tx.commit();
  } catch (e) {
    // The commit or a rollback to a savepoint failed: nothing of this transaction is kept.
    for (const d of done) d.write.reject(e);
    return writes.slice(next);
  } finally {
    tx.close();
  }
  for (const d of done) d.write.resolve(d.value);
  return [];
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

/** Closes the process's database if it was opened, after the writes already under way (on shutdown). */
export async function closeDatabase(): Promise<void> {
  const open = current;
  current = null;
  if (!open) return;
  const client = await open;
  await inWriteTurn(() => closeClient(client));
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
