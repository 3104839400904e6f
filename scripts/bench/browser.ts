// The bench sections that look through a browser: the built site served as `npm start` serves it
// (started the way the browser tests start it), a signed-in Chromium, and the JS a page really
// loads, read from the browser's own network log.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { addUser, signInContext, type RunningApp, type TestAccount } from '../../test/e2e/app.ts';

export { launchBrowser, startApp, type RunningApp } from '../../test/e2e/app.ts';

export const BENCH_ADMIN: TestAccount = {
  email: 'bench-admin@example.com',
  password: 'bench admin password',
  role: 'admin',
  name: 'Bench Admin',
};

/** A new signed-in browser context (an empty cache: every page load fetches all it needs). */
export async function signedInContext(
  app: RunningApp,
  browser: import('playwright-core').Browser,
  viewport = { width: 1366, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await signInContext(context, app, BENCH_ADMIN.email, BENCH_ADMIN.password);
  return context;
}

export async function addBenchAdmin(app: RunningApp) {
  await addUser(app, BENCH_ADMIN);
}

export interface LoadedScript {
  url: string;
  /** Bytes of the body as served (after any content-encoding). */
  served: number;
  /** The decoded body, gzip -9 (the unit of the JS budgets, whatever the server sends). */
  gzip: number;
  raw: number;
  encoding: string;
}

/**
 * Every JS response a page receives, from the browser's network log: the body as Chromium
 * received it, its encoded size (Playwright's `sizes().responseBodySize`), and gzip -9 of it.
 */
export function recordScripts(page: Page): { scripts: () => Promise<LoadedScript[]> } {
  const pending: Promise<LoadedScript | null>[] = [];
  page.on('response', (res: Response) => {
    const type = res.request().resourceType();
    const contentType = res.headers()['content-type'] ?? '';
    if (type !== 'script' && !/javascript/.test(contentType)) return;
    const p = (async () => {
      const [body, sizes] = await Promise.all([res.body(), res.request().sizes()]);
      return {
        url: res.url(),
        served: sizes.responseBodySize,
        gzip: gzipSync(body, { level: 9 }).length,
        raw: body.length,
        encoding: res.headers()['content-encoding'] ?? 'identity',
      };
    })().catch(() => null);
    pending.push(p);
  });
  return { scripts: async () => (await Promise.all(pending)).filter((s): s is LoadedScript => s !== null) };
}

/**
 * Resolves when the page has had no request in flight for `quietMs` (Playwright's own
 * `networkidle` fires only once per navigation; a diagram's chunks arrive after it).
 */
export function networkQuiet(page: Page, quietMs = 500): () => Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const start = () => (inFlight++, (last = Date.now()));
  const end = () => (inFlight--, (last = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return () =>
    new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (inFlight <= 0 && Date.now() - last >= quietMs) (clearInterval(timer), resolve());
      }, 50);
    });
}

/** The drawn diagram: an SVG in the diagram's canvas with its nodes. */
export const DIAGRAM_DRAWN = '.diagram-canvas[data-state="ready"] svg g.node';

export const fileName = (url: string) => new URL(url).pathname.split('/').pop() ?? url;
export const sum = (xs: LoadedScript[], key: 'gzip' | 'served' | 'raw') => xs.reduce((a, s) => a + s[key], 0);
