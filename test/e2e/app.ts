// Starts Tiller exactly as `npm start` does (build + NetlifyDev server) on an empty temporary
// database, and a headless Debian Chromium to drive it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { User } from '../../src/domain/accounts.ts';
import type { Role } from '../../src/domain/roles.ts';
import { createUser } from '../../src/server/accounts.ts';
import { openDatabase } from '../../src/server/db.ts';

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
  /** The app's database (LIBSQL_URL), for test set-up that needs no request (accounts). */
  databaseUrl: string;
  stop(): Promise<void>;
  output(): string;
}

/**
 * Starts the server on a new empty database; the site is built once by global-setup.ts.
 * `env` adds variables; `root`, another copy of the project to start. Sign-in is enforced, as in
 * production: tests sign in (asAdmin, signInContext).
 */
export async function startApp(
  opts: { build?: boolean; env?: Record<string, string>; root?: string } = {},
): Promise<RunningApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiller-e2e-'));
  const port = await freePort();
  const databaseUrl = `file:${path.join(dir, 'e2e.db')}`;
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.ts', ...(opts.build ? [] : ['--no-build'])], {
    cwd: opts.root ?? root,
    env: { ...process.env, LIBSQL_URL: databaseUrl, TILLER_DEMO: 'off', PORT: String(port), ...opts.env },
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
    databaseUrl,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The machines have no network beyond the package registries: keep Chromium from calling out.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const shot = (name: string) => path.join(SCREENSHOTS, `${name}.png`);

// ---------- accounts (issue 5) ----------
export interface TestAccount {
  email: string;
  password: string;
  role: Role;
  name?: string;
  departmentIds?: string[];
}

/** Creates an active account straight in the app's database (the system as actor, no request). */
export async function addUser(app: RunningApp, account: TestAccount): Promise<User> {
  const client = await openDatabase(app.databaseUrl);
  try {
    const tx = await client.transaction('write');
    try {
      const user = await createUser(
        tx,
        {
          email: account.email,
          password: account.password,
          role: account.role,
          name: account.name ?? account.email,
          departmentIds: account.departmentIds ?? [],
        },
        { type: 'system', label: 'e2e set-up' },
      );
      await tx.commit();
      return user;
    } finally {
      tx.close();
    }
  } finally {
    client.close();
  }
}

/** Signs in through POST /api/session; the headers (session cookie + Origin) for fetch() from the test. */
export async function signInHeaders(app: RunningApp, email: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${app.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 201) throw new Error(`Sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = /^([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('No session cookie');
  return { cookie, origin: app.url };
}

/** Signs a browser context in (its cookie jar gets the session), as the sign-in form would. */
export async function signInContext(
  context: BrowserContext,
  app: RunningApp,
  email: string,
  password: string,
): Promise<void> {
  const res = await context.request.post(`${app.url}/api/session`, {
    data: { email, password },
    headers: { origin: app.url },
  });
  if (res.status() !== 201) throw new Error(`Sign-in of ${email} failed: ${res.status()} ${await res.text()}`);
}

/** The admin every e2e file can use once sign-in is enforced: `await asAdmin(app)` (created on first use). */
export const E2E_ADMIN: TestAccount = {
  email: 'admin@e2e.test',
  password: 'e2e admin password',
  role: 'admin',
  name: 'E2E Admin',
};
const admins = new WeakMap<RunningApp, Promise<Record<string, string>>>();
export function asAdmin(app: RunningApp): Promise<Record<string, string>> {
  let p = admins.get(app);
  if (!p) {
    p = addUser(app, E2E_ADMIN).then(() => signInHeaders(app, E2E_ADMIN.email, E2E_ADMIN.password));
    admins.set(app, p);
  }
  return p;
}
