// A real `npm start` server (scripts/start.ts, current dist/) on a temporary database with the demo
// organisation, for the bench sections that drive it from a browser; and the time from spawning a
// server to its first 200.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/server/db.ts';
import { buildIsCurrent, buildSite } from '../build-site.ts';
import { ROOT } from './lib.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Builds dist/ unless it is built from the current sources (not part of any timing). */
export function ensureBuild() {
  if (buildIsCurrent(ROOT)) return;
  console.error('bench: building the site first (its sources changed) …');
  const run = buildSite(ROOT);
  if (!run.ok) throw new Error(`The site did not build:\n${run.output.slice(-4000)}`);
}

/**
 * Spawns `node <script>` on a free port and waits for its first 200 on `/`; the milliseconds
 * from the spawn to that answer. The server is stopped (and awaited) before this returns.
 */
export async function timeToFirstAnswer(script: string, env: Record<string, string> = {}): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopped = false;
  void exited.then(() => (stopped = true));
  try {
    for (;;) {
      if (stopped) throw new Error(`${script} exited before it answered`);
      const status = await fetch(`http://127.0.0.1:${port}/`).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      );
      if (status === 200) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    if (!stopped) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

export interface DemoServer {
  url: string;
  /** Ids of demo rows the pages with `?id=` need. */
  ids: { goal: string; measure: string; department: string; review?: string };
  stop(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), 'tiller-bench-serve-'));
  const databaseUrl = `file:${path.join(dir, 'demo.db')}`;
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.ts', '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LIBSQL_URL: databaseUrl, TILLER_DEMO: 'on' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let log = '';
    child.stdout!.on('data', (d) => {
      log += d;
      if (log.includes('Tiller is running')) resolve();
    });
    void exited.then(() => reject(new Error(`The server stopped:\n${log}`)));
  });
  const client = await openDatabase(databaseUrl);
  try {
    const one = async (sql: string, args: string[] = []) =>
      (await client.execute({ sql, args })).rows[0]?.id as string | undefined;
    const goal = await one(
      'SELECT goal_id AS id FROM measures GROUP BY goal_id ORDER BY count(*) DESC, goal_id LIMIT 1',
    );
    const measure = await one('SELECT id FROM measures WHERE goal_id = ? ORDER BY id LIMIT 1', [goal ?? '']);
    const department = await one(
      'SELECT department_id AS id FROM goals GROUP BY department_id ORDER BY count(*) DESC, department_id LIMIT 1',
    );
    const review = await one('SELECT id FROM reviews ORDER BY id LIMIT 1');
    if (!goal || !measure || !department) throw new Error('The demo has no goal with measures');
    return {
      url: `http://127.0.0.1:${port}`,
      ids: { goal, measure, department, ...(review ? { review } : {}) },
      stop: async () => {
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } finally {
    client.close();
  }
}
