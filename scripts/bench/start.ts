// `npm start` with a current dist/: the time from spawning it to its first 200, interleaved with a
// bare node:http server started the same way; and what compression saves on the overview page:
// the bytes of every response the page loads until the network is idle, as sent vs decoded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_USERS } from '../../db/seed/demo-users.ts';
import { ensureBuild, startDemoServer, timeToFirstAnswer, type DemoServer } from './demo-server.ts';
import { kb, ms, timePair, type Reporter } from './lib.ts';

const RUNS = 10;

async function startUp(r: Reporter) {
  ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), 'tiller-bench-start-'));
  const env = { LIBSQL_URL: `file:${path.join(dir, 'start.db')}`, TILLER_DEMO: 'on' };
  try {
    // The first start creates and seeds the database; the timed ones find it, as every later start does.
    const fresh = await timeToFirstAnswer('scripts/start.ts', env);
    const t = await timePair(
      () => timeToFirstAnswer('scripts/start.ts', env),
      () => timeToFirstAnswer('scripts/bench/bare-server.ts'),
      RUNS,
      1,
    );
    r.add({
      name: 'npm start to its first 200, dist/ current',
      value: ms(t.figure.median),
      p95: ms(t.figure.p95),
      unit: 'ms',
      anchor: { name: 'bare node:http serving dist/index.html, same start', value: ms(t.anchor.median) },
      goal: '≤ 5000 ms',
      note: `node scripts/start.ts (npm adds its own start); first start on a new database: ${Math.round(fresh)} ms`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Transfer {
  sent: number;
  decoded: number;
  encodings: Set<string>;
  responses: number;
}

/** Loads the overview as the demo's leadership, until the network is idle; what its responses weighed. */
async function overviewTransfer(browser: Browser, server: DemoServer, acceptEncoding?: string): Promise<Transfer> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    ...(acceptEncoding ? { extraHTTPHeaders: { 'accept-encoding': acceptEncoding } } : {}),
  });
  try {
    const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
    const signIn = await context.request.post(`${server.url}/api/session`, {
      data: { email: admin.email, password: admin.password },
      headers: { origin: server.url },
    });
    if (signIn.status() !== 201) throw new Error(`Sign-in failed: ${signIn.status()}`);
    const page = await context.newPage();
    const responses: import('playwright-core').Response[] = [];
    page.on('response', (res) => responses.push(res));
    await page.goto(`${server.url}/`);
    // The diagram is drawn last (Mermaid loads on demand): everything it needs has loaded then.
    await page.locator('svg').first().waitFor();
    await page.waitForLoadState('networkidle');
    const total: Transfer = { sent: 0, decoded: 0, encodings: new Set(), responses: 0 };
    for (const res of responses) {
      if (res.status() >= 300 && res.status() < 400) continue;
      const body = await res.body();
      total.sent += (await res.request().sizes()).responseBodySize;
      total.decoded += body.length;
      total.encodings.add((await res.headerValue('content-encoding')) ?? 'identity');
      total.responses++;
    }
    return total;
  } finally {
    await context.close();
  }
}

async function compression(r: Reporter) {
  const server = await startDemoServer();
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
    // A first load compresses the static files (then kept in memory); the measured one is the second.
    await overviewTransfer(browser, server);
    for (const [label, accept] of [
      ['br', undefined],
      ['gzip', 'gzip, deflate'],
    ] as const) {
      const t = await overviewTransfer(browser, server, accept);
      r.add({
        name: `overview page: bytes of its ${t.responses} responses as sent (${label})`,
        value: kb(t.sent),
        unit: 'KB',
        anchor: { name: 'the same, uncompressed', value: kb(t.decoded) },
        note: `encodings seen: ${[...t.encodings].sort().join(', ')}`,
      });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

export default async function start(r: Reporter) {
  await startUp(r);
  await compression(r);
}
