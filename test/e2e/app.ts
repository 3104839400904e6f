// Starts Tiller exactly as `npm start` does (build + NetlifyDev server) on an empty temporary
// database, and a headless Debian Chromium to drive it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(root, 'test-results');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
  output(): string;
}

/** Starts the server on a new empty database; the site is built once by global-setup.ts. */
export async function startApp(opts: { build?: boolean } = {}): Promise<RunningApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiller-e2e-'));
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.ts', ...(opts.build ? [] : ['--no-build'])], {
    cwd: root,
    env: { ...process.env, LIBSQL_URL: `file:${path.join(dir, 'e2e.db')}`, TILLER_DEMO: 'off', PORT: String(port) },
    detached: true, // its own process group, so stopping it also stops what it started
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (log.includes('Tiller is running')) (clearInterval(timer), resolve());
      else if (child.exitCode !== null) (clearInterval(timer), reject(new Error(`App exited early:\n${log}`)));
    }, 200);
  });
  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The machines have no network beyond the package registries: keep Chromium from calling out.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const shot = (name: string) => path.join(SCREENSHOTS, `${name}.png`);
