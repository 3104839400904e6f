// Failed sign-ins, counted in a fixed window per key ('email:<address>', 'ip:<address>') in the
// database, so every function instance sees the same counts. `now` is a parameter (tests move it).
import type { Sql } from './db.ts';
import { one } from './rows.ts';

export interface Limit {
  max: number;
  windowMs: number;
}

/** 5 failures per account and 20 per client address in 15 minutes; the next attempt gets 429. */
export const SIGN_IN_LIMITS = {
  email: { max: 5, windowMs: 15 * 60_000 },
  address: { max: 20, windowMs: 15 * 60_000 },
} as const satisfies Record<string, Limit>;

/** Seconds until `key` may try again, or 0 when it may now. */
export async function blockedFor(sql: Sql, key: string, limit: Limit, now: Date): Promise<number> {
  const row = await one<{ windowStart: string; count: number }>(
    sql,
    'SELECT window_start AS windowStart, count FROM sign_in_attempts WHERE key = ?',
    [key],
  );
  if (!row) return 0;
  const ends = Date.parse(row.windowStart) + limit.windowMs;
  if (ends <= now.getTime() || row.count < limit.max) return 0;
  return Math.max(1, Math.ceil((ends - now.getTime()) / 1000));
}

/** Counts one failure for `key`; a window that has ended starts over. */
export async function recordFailure(sql: Sql, key: string, limit: Limit, now: Date): Promise<void> {
  const t = now.toISOString();
  const windowEndedBefore = new Date(now.getTime() - limit.windowMs).toISOString();
  await sql.execute({
    sql: `INSERT INTO sign_in_attempts (key, window_start, count) VALUES (?, ?, 1)
          ON CONFLICT (key) DO UPDATE SET
            count = CASE WHEN window_start <= ? THEN 1 ELSE count + 1 END,
            window_start = CASE WHEN window_start <= ? THEN excluded.window_start ELSE window_start END`,
    args: [key, t, windowEndedBefore, windowEndedBefore],
  });
}

export async function clearFailures(sql: Sql, key: string): Promise<void> {
  await sql.execute({ sql: 'DELETE FROM sign_in_attempts WHERE key = ?', args: [key] });
}

/**
 * The client's address: Netlify's `context.ip` (scripts/server.ts passes the socket's address).
 * Never a request header: a client could set it to a new value on every guess.
 */
export function clientAddress(contextIp?: string): string {
  return contextIp || 'unknown';
}
