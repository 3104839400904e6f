// Helpers shared by the repositories: ids, timestamps and versioned updates.
import type { InValue } from '@libsql/client';
import { rowsOf, type Sql } from './db.ts';
import { Problem, notFound } from './http.ts';
import { says } from '../domain/problem.ts';

export const newId = () => crypto.randomUUID();
export const nowIso = () => new Date().toISOString();

export async function one<T>(sql: Sql, query: string, args: InValue[]): Promise<T | null> {
  return rowsOf<T>(await sql.execute({ sql: query, args }))[0] ?? null;
}

export async function all<T>(sql: Sql, query: string, args: InValue[] = []): Promise<T[]> {
  return rowsOf<T>(await sql.execute({ sql: query, args }));
}

/**
 * Updates `columns` of a row only if it still has `version` (optimistic concurrency).
 * A stale version gets 409 with the current row, so the client can show what changed.
 */
export async function updateVersioned<T>(
  sql: Sql,
  opts: {
    table: string;
    what: string;
    id: string;
    version: number;
    columns: Record<string, InValue>;
    reread: () => Promise<T | null>;
  },
): Promise<T> {
  const names = Object.keys(opts.columns);
  const assignments = names.map((c) => `${c} = ?`).join(', ');
  const rs = await sql.execute({
    sql: `UPDATE ${opts.table} SET ${assignments}${names.length ? ', ' : ''}version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
    args: [...names.map((c) => opts.columns[c] as InValue), nowIso(), opts.id, opts.version],
  });
  const row = await opts.reread();
  if (!row) throw notFound(opts.what);
  if (rs.rowsAffected === 0) throw stale(opts.what, row);
  return row;
}

export function stale(what: string, current: unknown): Problem {
  return new Problem(
    409,
    'Changed by someone else',
    says('request.staleVersion', { what: what.toLowerCase() }),
    { version: [says('request.staleVersionField')] },
    { current },
  );
}

/** Checks an optional `version` on DELETE the same way. */
export function checkVersion(what: string, row: { version: number }, version: number | undefined) {
  if (version !== undefined && row.version !== version) throw stale(what, row);
}
