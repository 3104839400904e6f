// `npm run screenshots`: the README's pictures of the demo organisation, taken as a manager sees
// them (1366 px wide, signed in as leadership). Starts its own server on a new temporary database
// with the demo, built site required (`npm run build` first, or `npm start` once).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_USERS } from '../db/seed/demo-users.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs');
const port = 4399;
const url = `http://127.0.0.1:${port}`;

const pages: { name: string; path: (ids: Ids) => string; waitFor: string }[] = [
  { name: 'overview', path: () => '/', waitFor: 'svg' },
  { name: 'goal', path: (ids) => `/goal/?id=${ids.goal}`, waitFor: 'h1' },
  { name: 'measure', path: (ids) => `/measure/?id=${ids.measure}`, waitFor: 'svg' },
  { name: 'departments', path: () => '/departments/', waitFor: 'h1' },
];
interface Ids {
  goal: string;
  measure: string;
}

const dir = mkdtempSync(path.join(tmpdir(), 'tiller-shots-'));
const server = spawn(process.execPath, ['scripts/start.ts', '--no-build'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), LIBSQL_URL: `file:${path.join(dir, 'demo.db')}`, TILLER_DEMO: 'on' },
  detached: true,
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  await new Promise<void>((resolve, reject) => {
    let log = '';
    server.stdout!.on('data', (d) => {
      log += d;
      if (log.includes('Tiller is running')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`The server stopped (${code}):\n${log}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
    const signIn = await context.request.post(`${url}/api/session`, {
      data: { email: admin.email, password: admin.password },
      headers: { origin: url },
    });
    if (signIn.status() !== 201) throw new Error(`Sign-in failed: ${signIn.status()}`);
    const tree = (await (await context.request.get(`${url}/api/tree`)).json()) as {
      goals: { id: string; title: string }[];
      measures: { id: string; name: string; goalId: string }[];
    };
    const measure = tree.measures.find((m) => m.name.startsWith('Average handling time')) ?? tree.measures[0]!;
    const ids: Ids = { goal: measure.goalId, measure: measure.id };
    mkdirSync(out, { recursive: true });
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(url + p.path(ids));
      await page.locator(p.waitFor).first().waitFor();
      await page.waitForLoadState('networkidle');
      const file = path.join(out, `${p.name}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(root, file)}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  process.kill(-server.pid!, 'SIGTERM');
}
