// Throwaway: screenshots of the review page (open and closed) at 1366 and 390 px on the demo.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_USERS } from '../db/seed/demo-users.ts';

const root = path.resolve(import.meta.dirname, '..');
const port = 14205;
const url = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(path.join(tmpdir(), 'tiller-agenda-shots-'));
const server = spawn(process.execPath, ['scripts/start.ts', '--no-build'], {
  cwd: root, env: { ...process.env, PORT: String(port), LIBSQL_URL: `file:${path.join(dir, 'demo.db')}`, TILLER_DEMO: 'on' }, detached: true, stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  await new Promise<void>((resolve, reject) => {
    let log = '';
    server.stdout!.on('data', (d) => { log += d; if (log.includes('Tiller is running')) resolve(); });
    server.once('exit', (code) => reject(new Error(`stopped ${code}\n${log}`)));
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
  await context.request.post(`${url}/api/session`, { data: { email: admin.email, password: admin.password }, headers: { origin: url } });
  const api = async (method: string, p: string, data?: unknown) => {
    const res = await context.request.fetch(`${url}/api${p}`, { method, data, headers: { origin: url } });
    if (res.status() >= 300) throw new Error(`${method} ${p} ${res.status()} ${await res.text()}`);
    return res.status() === 204 ? null : res.json();
  };
  const today = new Date().toISOString().slice(0, 10);
  const q = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
  const qEnd = new Date(Date.UTC(Number(today.slice(0, 4)), Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 3, 0)).toISOString().slice(0, 10);
  const closing = await api('POST', '/reviews', { period: q, meetingDate: today, forum: 'leadership_review', attendees: ['Leadership'], notes: '' });
  const tree = await api('GET', '/tree');
  for (const g of tree.goals.slice(0, 6)) await api('PUT', `/reviews/${closing.id}/items/${g.id}`, { notes: 'Discussed: keep the plan.', status: null });
  await api('POST', `/reviews/${closing.id}/close`, {});
  const open = await api('POST', '/reviews', { period: q, meetingDate: qEnd, forum: 'leadership_review', attendees: ['Leadership'], notes: '' });
  for (const width of [1366, 390]) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    for (const [name, id] of [['open', open.id], ['closed', closing.id]] as const) {
      await page.goto(`${url}/review/?id=${id}`);
      await page.locator('.agenda-item').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `/tmp/agenda/shots/review-${name}-${width}.png` });
      await page.locator('.agenda-item .item-toggle').first().click();
      await page.locator('.agenda-item .item-details').first().waitFor();
      await page.locator('.agenda-item').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/agenda/shots/review-${name}-${width}-opened.png` });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `/tmp/agenda/shots/review-${name}-${width}-print.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      console.log(name, width, await page.evaluate(() => document.getElementsByTagName('*').length));
    }
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid!, 'SIGTERM');
}
