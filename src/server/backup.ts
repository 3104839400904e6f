// The whole organisation as one JSON document, and back. A backup holds every table of the
// organisation's data, as stored (column names as in the schema), in primary-key order, with the
// schema migration it matches. It leaves out what is a credential or only of the moment:
// password hashes, sessions, invites, API tokens and sign-in attempts.
//
// A restore goes into an EMPTY organisation (no vision, departments, goals, reviews or bin), in
// one transaction: a bad document writes nothing. The restoring admin keeps their own account;
// every other person comes back without a password and gets a one-time link to set one.
import type { InValue } from '@libsql/client';
import { z } from 'zod';
import { actorId, actorLabel, type Actor } from '../domain/roles.ts';
import { recordAudit } from './audit.ts';
import { clock } from './clock.ts';
import { getDatabase, type Sql } from './db.ts';
import { Problem } from './http.ts';
import { says } from '../domain/problem.ts';
import { all, one } from './rows.ts';

export const BACKUP_FORMAT = 'tiller-backup';
export const BACKUP_VERSION = 1;

/** Tables in the order a restore inserts them (what others refer to first). */
export const BACKUP_TABLES = [
  'vision',
  'departments',
  'users',
  'user_departments',
  'goals',
  'measures',
  'segments',
  'check_ins',
  'check_in_segments',
  'measure_pairs',
  'practices',
  'reviews',
  'review_items',
  'actions',
  'deleted_goals',
  'audit_log',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Columns that never leave the database. */
const SECRET_COLUMNS: Partial<Record<BackupTable, readonly string[]>> = { users: ['password_hash'] };

/** A user restored without a password: no password verifies against it (see passwords.ts). */
export const NO_PASSWORD = '!restored';

/** Tables that must be empty before a restore (users are checked on their own). */
const ORGANISATION_TABLES: readonly BackupTable[] = [
  'vision',
  'departments',
  'goals',
  'measures',
  'reviews',
  'actions',
  'deleted_goals',
];

type Cell = string | number | null;
type Row = Record<string, Cell>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** The last schema migration applied to the database it came from. */
  migration: string;
  createdAt: string;
  tables: Record<BackupTable, Row[]>;
}

interface Column {
  name: string;
  pk: number;
}

async function columnsOf(sql: Sql, table: string): Promise<Column[]> {
  // PRAGMA names cannot be bound; `table` is always one of BACKUP_TABLES.
  return all<Column>(sql, `SELECT name, pk FROM pragma_table_info('${table}') ORDER BY cid`);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function latestMigration(sql: Sql): Promise<string> {
  return (await one<{ name: string | null }>(sql, 'SELECT max(name) AS name FROM schema_migrations', []))?.name ?? '';
}

/** The largest backup POST /api/restore takes; a larger one goes through `npm run restore`. */
export const RESTORE_MAX_BYTES = 64 * 1024 * 1024;

/** The app database's organisation, read in one read transaction so that the tables agree. */
export async function readBackupSnapshot(now: Date = clock()): Promise<Backup> {
  const tx = await (await getDatabase()).transaction('read');
  try {
    return await readBackup(tx, now);
  } finally {
    tx.close();
  }
}

/** Reads the whole organisation. Run it inside one read transaction so the tables agree. */
export async function readBackup(sql: Sql, now: Date = clock()): Promise<Backup> {
  const tables = {} as Record<BackupTable, Row[]>;
  for (const table of BACKUP_TABLES) {
    const columns = (await columnsOf(sql, table)).filter((c) => !SECRET_COLUMNS[table]?.includes(c.name));
    const keys = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const order = (keys.length ? keys : columns).map((c) => quote(c.name)).join(', ');
    tables[table] = (
      await all<Row>(sql, `SELECT ${columns.map((c) => quote(c.name)).join(', ')} FROM ${table} ORDER BY ${order}`)
    ).map(plain);
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    migration: await latestMigration(sql),
    createdAt: now.toISOString(),
    tables,
  };
}

/** A row as plain JSON values (the native client may give bigint for large integers). */
function plain(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : (v as Cell);
  return out;
}

const cell = z.union([z.string(), z.number(), z.null()]);
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: says('restore.notBackup') }),
  version: z.literal(BACKUP_VERSION, { error: says('restore.version', { version: BACKUP_VERSION }) }),
  migration: z.string().min(1),
  createdAt: z.string(),
  tables: z.object(
    Object.fromEntries(BACKUP_TABLES.map((t) => [t, z.array(z.record(z.string(), cell)).default([])])) as Record<
      BackupTable,
      z.ZodDefault<z.ZodArray<z.ZodRecord<z.ZodString, typeof cell>>>
    >,
  ),
});

export interface RestoreResult {
  rows: Record<BackupTable, number>;
  /** One-time links for the people restored without a password. */
  setPasswordLinks: { email: string; name: string; userId: string; token: string }[];
}

export interface RestoreOptions {
  /** The admin restoring it (API); absent for the command line. Their account stays as it is. */
  restorer?: Actor & { type: 'user'; id: string; email: string };
  /** Makes the one-time set-password invite for a restored person; returns its token. */
  setPasswordLink?: (
    sql: Sql,
    user: { id: string; email: string; role: string; departmentIds: string[] },
  ) => Promise<string>;
  now?: Date;
}

/**
 * Restores a backup into an empty organisation in the caller's transaction. 409 when anything is
 * there already, 422 when the document does not fit this database's schema.
 */
export async function restoreBackup(sql: Sql, doc: Backup, opts: RestoreOptions = {}): Promise<RestoreResult> {
  const now = opts.now ?? clock();
  const migration = await latestMigration(sql);
  if (doc.migration !== migration)
    throw new Problem(
      422,
      'Backup from another schema',
      says('restore.otherSchema', { backup: doc.migration, current: migration }),
    );

  for (const table of ORGANISATION_TABLES)
    if (await one(sql, `SELECT 1 AS x FROM ${table} LIMIT 1`, []))
      throw new Problem(409, 'Organisation not empty', says('restore.notEmpty'));
  const others = await one<{ n: number }>(sql, 'SELECT count(*) AS n FROM users WHERE id IS NOT ?', [
    opts.restorer?.id ?? null,
  ]);
  if (others!.n > 0) throw new Problem(409, 'Organisation not empty', says('restore.otherAccounts'));

  // The restorer's own account stands in for the backup's account with the same e-mail address.
  const restorerEmail = opts.restorer?.email.toLowerCase();
  const sameAsRestorer = doc.tables.users.find(
    (u) => typeof u.email === 'string' && u.email.toLowerCase() === restorerEmail,
  );
  const userId = (id: Cell) => (sameAsRestorer && id === sameAsRestorer.id ? opts.restorer!.id : id);
  const auditEmpty = !(await one(sql, 'SELECT 1 AS x FROM audit_log LIMIT 1', []));

  // Rows come in primary-key order, so a sub-goal may come before its parent: check references at the end.
  await sql.execute('PRAGMA defer_foreign_keys = ON');
  const rows = {} as Record<BackupTable, number>;
  for (const table of BACKUP_TABLES) {
    const known = new Set((await columnsOf(sql, table)).map((c) => c.name));
    let list = doc.tables[table];
    if (table === 'users')
      list = list.filter((u) => u !== sameAsRestorer).map((u) => ({ ...u, password_hash: NO_PASSWORD }));
    if (table === 'user_departments') list = list.filter((r) => !sameAsRestorer || r.user_id !== sameAsRestorer.id);
    if (table === 'audit_log')
      // Into a log that already has rows (the restorer's own set-up), the restored history gets new
      // ids after them, in its own order.
      list = list.map((r) => {
        const { id, ...rest } = r;
        return { ...(auditEmpty ? { id } : {}), ...rest, actor_id: userId(r.actor_id ?? null) };
      });
    if (table === 'deleted_goals') list = list.map((r) => ({ ...r, deleted_by_id: userId(r.deleted_by_id ?? null) }));
    list.forEach((r, i) => {
      const unknown = Object.keys(r).filter((k) => !known.has(k));
      if (unknown.length)
        throw new Problem(
          422,
          'Backup does not fit',
          says('restore.unknownColumns', { row: i + 1, table, columns: unknown.join(', ') }),
        );
    });
    await insertRows(sql, table, list);
    rows[table] = list.length;
  }
  const broken = await all<{ table: string }>(sql, 'SELECT DISTINCT "table" FROM pragma_foreign_key_check');
  if (broken.length)
    throw new Problem(
      422,
      'Backup does not fit',
      says('restore.dangling', { tables: broken.map((b) => b.table).join(', ') }),
    );

  const setPasswordLinks: RestoreResult['setPasswordLinks'] = [];
  if (opts.setPasswordLink)
    for (const u of doc.tables.users) {
      if (u === sameAsRestorer || u.active !== 1) continue;
      const user = { id: String(u.id), email: String(u.email), role: String(u.role) };
      const departmentIds = doc.tables.user_departments
        .filter((d) => d.user_id === u.id)
        .map((d) => String(d.department_id));
      const token = await opts.setPasswordLink(sql, { ...user, departmentIds });
      setPasswordLinks.push({ email: user.email, name: String(u.name), userId: user.id, token });
    }
  if (opts.restorer)
    await recordAudit(
      sql,
      opts.restorer,
      {
        action: 'restore',
        entity: 'organisation',
        entityId: 'backup',
        after: {
          createdAt: doc.createdAt,
          migration: doc.migration,
          rows,
          by: actorLabel(opts.restorer),
          byId: actorId(opts.restorer),
        },
      },
      now,
    );
  return { rows, setPasswordLinks };
}

/** Multi-row INSERTs of rows with the same columns, in chunks under SQLite's variable limit. */
async function insertRows(sql: Sql, table: string, list: Row[]): Promise<void> {
  const groups = new Map<string, Row[]>();
  for (const r of list) {
    const key = Object.keys(r).join('\u0000');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  // Groups keep the rows' order within themselves; ids are explicit, so order across groups does not matter.
  for (const [key, group] of groups) {
    const columns = key.split('\u0000');
    const perChunk = Math.max(1, Math.floor(30_000 / columns.length));
    for (let i = 0; i < group.length; i += perChunk) {
      const chunk = group.slice(i, i + perChunk);
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      await sql.execute({
        sql: `INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
        args: chunk.flatMap((r) => columns.map((c) => r[c] as InValue)),
      });
    }
  }
}
