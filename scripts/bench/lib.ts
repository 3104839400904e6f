// Shared by the bench sections: timing, temp databases, and the figure rows every section reports.
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Client } from '@libsql/client';
import { openDatabase } from '../../src/server/db.ts';
import { migrate } from '../../src/server/migrate.ts';
import { createUser } from '../../src/server/accounts.ts';
import { SESSION_COOKIE } from '../../src/server/cookies.ts';
import { createSession } from '../../src/server/identity.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WARM_UP = 3;
export const RUNS = 20;

/**
 * One line of the bench table. A figure is compared with its anchor, measured in the same run and
 * process (or page): the physical limit it is judged against. `ratio` is value / anchor.value.
 */
export interface Figure {
  name: string;
  value?: number;
  unit: string;
  p95?: number;
  anchor?: { name: string; value: number };
  /** What must hold, in words, e.g. "≤ 1.5× raw". */
  goal?: string;
  note?: string;
}

export interface Reporter {
  add(figure: Figure): void;
  /** Extra data for test-results/bench.json (not printed). */
  detail(key: string, value: unknown): void;
}

export function percentile(sorted: number[], p: number): number {
  // Nearest rank: the smallest value with at least p of the runs at or below it.
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function time<T>(
  fn: () => Promise<T> | T,
  runs = RUNS,
  warmUp = WARM_UP,
): Promise<{ median: number; p95: number; samples: number[]; last: T }> {
  let last!: T;
  for (let i = 0; i < warmUp; i++) last = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn();
    samples.push(performance.now() - t0);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: median(samples), p95: percentile(sorted, 0.95), samples, last };
}

/**
 * Times a figure and its anchor interleaved (a, b, a, b …), so that a slow patch of a shared
 * machine hits both alike.
 */
export async function timePair<A, B>(
  figure: () => Promise<A> | A,
  anchor: () => Promise<B> | B,
  runs = RUNS,
  warmUp = WARM_UP,
): Promise<{ figure: { median: number; p95: number; last: A }; anchor: { median: number; p95: number; last: B } }> {
  let a!: A;
  let b!: B;
  for (let i = 0; i < warmUp; i++) {
    a = await figure();
    b = await anchor();
  }
  const fa: number[] = [];
  const fb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a = await figure();
    fa.push(performance.now() - t0);
    t0 = performance.now();
    b = await anchor();
    fb.push(performance.now() - t0);
  }
  const stats = (s: number[]) => ({
    median: median(s),
    p95: percentile(
      [...s].sort((x, y) => x - y),
      0.95,
    ),
  });
  return { figure: { ...stats(fa), last: a }, anchor: { ...stats(fb), last: b } };
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
export const ms = (x: number) => Math.round(x * 10) / 10;

export interface TempDatabase {
  client: Client;
  file: string;
  url: string;
  /** An admin's sign-in headers (sign-in is enforced). */
  headers: Record<string, string>;
}

/** A migrated temp database with an admin. */
export async function tempDatabase(name: string): Promise<TempDatabase> {
  const file = path.join(os.tmpdir(), `tiller-bench-${name}-${process.pid}.db`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const url = pathToFileURL(file).href;
  const client = await openDatabase(url);
  await migrate(client);
  const admin = await createUser(
    client,
    { email: 'bench@example.com', name: 'Bench', role: 'admin', password: 'bench password' },
    { type: 'system', label: 'bench' },
  );
  const { token } = await createSession(client, admin.id);
  return { client, file, url, headers: { cookie: `${SESSION_COOKIE}=${token}`, origin: 'http://localhost' } };
}

export function dropDatabase(db: { client: Client; file: string }) {
  db.client.close();
  for (const f of [db.file, `${db.file}-wal`, `${db.file}-shm`]) rmSync(f, { force: true });
}

export type FnHandler = (req: Request, context?: { params?: Record<string, string> }) => Promise<Response>;

export async function loadFunction(name: string): Promise<FnHandler> {
  return ((await import(`../../netlify/functions/${name}.mts`)) as { default: FnHandler }).default;
}
