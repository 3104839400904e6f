// The headers of every kind of response from a real `npm start` server, odd methods (TRACE, HEAD,
// an unknown /api path), and the page CSP in Chromium: no inline script but Astro's island
// loaders (allowed by hash), no CSP violation, and the islands still render.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { periodContaining } from '../../src/domain/cadence.ts';
import { localToday } from '../../src/client/local-today.ts';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

const root = path.resolve(import.meta.dirname, '../..');
let app: RunningApp;
let browser: Browser;
let auth: Record<string, string>;
let reviewId: string;
const period = periodContaining(localToday(), 'quarter').label;

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  auth = await asAdmin(app);
  const res = await fetch(`${app.url}/api/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({
      period,
      meetingDate: localToday(),
      forum: 'leadership_review',
      attendees: [],
      notes: 'Header check',
    }),
  });
  expect(res.status).toBe(201);
  reviewId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A raw request: fetch() refuses to send TRACE at all. */
function raw(
  method: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${url}`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const csp = (h: Headers) => h.get('content-security-policy') ?? '';

describe('every kind of response carries its headers', () => {
  const api: [string, string, number, RegExp][] = [
    ['JSON', '/api/departments', 200, /^application\/json/],
    ['problem+json (validation)', '/api/reviews?state=nonsense', 400, /^application\/problem\+json/],
    ['Markdown export', '', 200, /^text\/markdown/],
    ['unknown /api path', '/api/no/such/route', 404, /^application\/problem\+json/],
    ['unknown id', '/api/reviews/00000000000000000000000000', 404, /^application\/problem\+json/],
  ];
  test.each(api)('%s', async (_name, url, status, type) => {
    const res = await fetch(`${app.url}${url || `/api/reviews/${reviewId}/export.md`}`, { headers: auth });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(csp(res.headers)).toBe(API_CSP);
  });

  test('signed out, an API answer is problem+json with the same headers', async () => {
    const res = await fetch(`${app.url}/api/departments`);
    expect(res.status).toBe(401);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(csp(res.headers)).toBe(API_CSP);
  });

  test('a page has the page CSP without unsafe-inline scripts', async () => {
    const res = await fetch(`${app.url}/departments/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const policy = csp(res.headers);
    console.log(`Page CSP as served: ${policy}`);
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  test('a static 404 is no page and is not sniffed', async () => {
    const res = await fetch(`${app.url}/no-such-page/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(csp(res.headers)).toMatch(/default-src '(none|self)'/);
    expect(csp(res.headers)).not.toContain('unsafe-inline');
  });

  test('every inline script the build emits is allowed by a hash in the served CSP', async () => {
    const policy = csp((await fetch(`${app.url}/`)).headers);
    const inline = new Set<string>();
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.html'))
          for (const m of readFileSync(p, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
            inline.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
      }
    };
    walk(path.join(root, 'dist'));
    for (const hash of inline)
      expect(policy, `inline script ${hash} is not in netlify.toml's script-src`).toContain(hash);
  });
});

describe('odd methods', () => {
  test('TRACE answers 405 and logs no stack', async () => {
    for (const url of ['/api/departments', '/', '/departments/']) {
      const res = await raw('TRACE', url);
      expect(res.status, url).toBe(405);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(app.output()).not.toMatch(/TypeError|Internal error|at new Request/);
  });

  test('HEAD works on GET routes: same status and headers, no body', async () => {
    for (const url of [
      '/api/departments',
      `/api/reviews/${reviewId}`,
      `/api/reviews/${reviewId}/export.md`,
      '/',
      '/departments/',
    ]) {
      const get = await raw('GET', url, auth);
      const head = await raw('HEAD', url, auth);
      expect(head.status, url).toBe(get.status);
      expect(head.status, url).toBe(200);
      expect(head.body, url).toBe('');
      for (const h of ['content-type', 'x-content-type-options', 'content-security-policy'])
        expect(head.headers[h], `${url} ${h}`).toEqual(get.headers[h]);
    }
  });

  test('a method a route does not serve is 405 problem+json with Allow', async () => {
    const res = await fetch(`${app.url}/api/departments`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the page CSP in Chromium', () => {
  test('no violation on pages with islands, and the islands render', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(
          `Refused to run: CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`,
        ),
      );
    });
    for (const url of ['/', '/departments/', `/review/?id=${reviewId}`, '/sv/reviews/']) {
      await page.goto(`${app.url}${url}`);
      // The account corner is a client:only island: it renders only when hydration runs.
      await expect
        .poll(() => page.locator('.site-header .user-menu .who').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
    }
    await page.goto(`${app.url}/review/?id=${reviewId}`);
    await expect.poll(() => page.getByText(period).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: shot('headers-csp-review'), fullPage: true });
    // The language menu (public/locale.js) still remembers the choice and keeps the query.
    await page.getByRole('button', { name: /Language/ }).click();
    await page.locator('.lang-list a[data-locale="sv"]').click();
    await page.waitForURL(/\/sv\/review\/\?id=/);
    await page.goto(`${app.url}/departments/`);
    await page.waitForURL(/\/sv\/departments\//);
    expect(violations).toEqual([]);
    await context.close();
  });
});
