// axe-core on every page, in every language, at desktop (1366 px) and phone (390 px) width,
// signed in as the demo admin on the demo organisation; the sign-in and invite pages signed
// out. Pages come from src/pages/[...lang]/ and languages from the i18n module, so a new page
// or language is covered without touching this file. Fails on any violation and prints the
// table page × language × width × violations.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALE_CODES, localePath, messages, type Locale } from '../../src/i18n/index.ts';
import { launchBrowser, signInHeaders, startApp, type RunningApp } from './app.ts';

const root = path.resolve(import.meta.dirname, '../..');
const PAGES_DIR = path.join(root, 'src/pages/[...lang]');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ADMIN = { email: 'leadership@demo.tiller', password: 'demo-leadership' };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/**
 * Every language at phone width, where long words and wrapped labels break first; the desktop
 * layout in the first language (the markup is the same in every language, only the words differ).
 * This keeps the run within CI's time as languages are added.
 */
const WIDTHS = [
  { name: 'desktop', width: 1366, height: 900, locales: [LOCALE_CODES[0]] },
  { name: 'phone', width: 390, height: 844, locales: LOCALE_CODES },
] as const;

let app: RunningApp;
let browser: Browser;
let admin: Record<string, string>;

/** Every page of the site: `goal.astro` → `/goal/`, `help/status.astro` → `/help/status/`. */
function sitePages(dir = PAGES_DIR, prefix = '/'): { route: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return sitePages(path.join(dir, e.name), `${prefix}${e.name}/`);
    if (!e.name.endsWith('.astro')) return [];
    const name = e.name.replace(/\.astro$/, '');
    return [{ route: name === 'index' ? prefix : `${prefix}${name}/`, file: path.join(dir, e.name) }];
  });
}

/** Whether a page's island reads `?id=` (pageId()): such a page needs a real id to show anything. */
function readsId(file: string): boolean {
  const astro = readFileSync(file, 'utf8');
  return [...astro.matchAll(/from '(\.[^']+\.tsx)'/g)].some((m) =>
    /\bpageId\(\)/.test(readFileSync(path.resolve(path.dirname(file), m[1]!), 'utf8')),
  );
}

async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${app.url}/api${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...admin },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Visit {
  label: string;
  url: string;
  signedIn: boolean;
  /** A button to press before checking (content shown on demand), by CSS selector. */
  press?: string;
}
const visits: Visit[] = [];

beforeAll(async () => {
  app = await startApp({ env: { TILLER_DEMO: 'on' } });
  browser = await launchBrowser();
  admin = await signInHeaders(app, ADMIN.email, ADMIN.password);

  // Real ids from the demo organisation for the pages that show one record.
  type Row = { id: string; [k: string]: unknown };
  const tree = await api<{ departments: Row[]; goals: Row[]; measures: Row[] }>('GET', '/tree');
  const withChildren = tree.goals.find(
    (g) => tree.goals.some((c) => c.parentGoalId === g.id) && tree.measures.some((m) => m.goalId === g.id),
  )!;
  const measured = tree.measures.find((m) => m.latest && !m.survey) ?? tree.measures[0]!;
  const survey = tree.measures.find((m) => m.survey && m.latest);
  const qa = tree.measures.find((m) => m.libraryKey === 'qa_compliance');
  // A measure without check-ins: its progress bar has no value to report.
  const today = new Date().toISOString().slice(0, 10);
  await api('POST', `/goals/${withChildren.id}/measures`, {
    name: 'Callback kept (new)',
    unit: '%',
    direction: 'increase',
    baseline: 60,
    baselineDate: today,
    target: 90,
    targetDate: `${Number(today.slice(0, 4)) + 1}-06-30`,
  });
  const department = tree.departments.find((d) => d.id === withChildren.departmentId)!;
  let open = (await api<Row[]>('GET', '/reviews?state=open'))[0];
  if (!open) {
    const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
    // The quarter's last day: the demo's goals are all due for review by then, so the agenda is full.
    const quarterEnd = new Date(
      Date.UTC(Number(today.slice(0, 4)), Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 3, 0),
    )
      .toISOString()
      .slice(0, 10);
    open = await api<Row>('POST', '/reviews', {
      period: quarter,
      meetingDate: quarterEnd,
      forum: 'leadership_review',
      attendees: ['Leadership'],
      notes: '',
    });
  }
  const closed = (await api<Row[]>('GET', '/reviews?state=closed'))[0];
  const ids: Record<string, { name: string; id: string }[]> = {
    '/goal/': [{ name: 'goal', id: withChildren.id }],
    '/measure/': [{ name: 'measure', id: measured.id }, ...(survey ? [{ name: 'survey measure', id: survey.id }] : [])],
    '/department/': [{ name: 'department', id: department.id }],
    '/review/': [{ name: 'open review', id: open.id }, ...(closed ? [{ name: 'closed review', id: closed.id }] : [])],
    '/team/': [{ name: 'team', id: department.id }],
    '/qa-form/': [{ name: 'qa form', id: (qa?.goalId as string | undefined) ?? withChildren.id }],
  };

  const signedOut = new Set(['/sign-in/', '/invite/']);
  const invite = await api<{ link: string }>('POST', '/users', {
    email: 'new.person@example.com',
    role: 'viewer',
    departmentIds: [],
  });
  const inviteQuery = new URL(invite.link, app.url).search;

  for (const { route, file } of sitePages()) {
    if (signedOut.has(route)) continue;
    if (readsId(file) && !ids[route]) throw new Error(`${route} reads ?id=: give it a real id in axe.test.ts`);
    if (ids[route])
      for (const v of ids[route])
        visits.push({ label: `${route} (${v.name})`, url: `${route}?id=${encodeURIComponent(v.id)}`, signedIn: true });
    else visits.push({ label: route, url: route, signedIn: true });
  }
  // A review's cards open their details on demand: check them open too.
  for (const v of ids['/review/']!)
    visits.push({
      label: `/review/ (${v.name}, all details open)`,
      url: `/review/?id=${encodeURIComponent(v.id)}`,
      signedIn: true,
      press: '.agenda-toggles button:first-child',
    });
  visits.push({ label: '/sign-in/ (signed out)', url: '/sign-in/', signedIn: false });
  visits.push({ label: '/invite/ (signed out)', url: `/invite/${inviteQuery}`, signedIn: false });
  visits.push({ label: '/invite/ (no token)', url: '/invite/', signedIn: false });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Waits until the islands have hydrated, loaded their data and drawn their diagrams. */
async function settled(page: Page, locale: Locale) {
  const loading = messages(locale).common.loading;
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    (loading) =>
      !document.querySelector('astro-island[ssr]') &&
      !document.querySelector('[aria-busy="true"], .diagram-canvas[data-state="loading"]') &&
      ![...document.querySelectorAll('main *')].some(
        (e) => e.childElementCount === 0 && e.textContent?.trim() === loading,
      ),
    loading,
    { timeout: 20_000 },
  );
}

interface AxeResult {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function runAxe(page: Page): Promise<AxeResult[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const r = await (
      globalThis as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: AxeResult[] }> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, TAGS);
}

async function contextFor(size: (typeof WIDTHS)[number], signedIn: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    locale: 'en-GB',
    bypassCSP: true,
  });
  if (signedIn)
    await context.addCookies([
      { name: admin.cookie!.split('=')[0]!, value: admin.cookie!.split('=').slice(1).join('='), url: app.url },
    ]);
  return context;
}

for (const size of WIDTHS) {
  test(
    `axe: 0 violations on every page at ${size.width} px in ${size.locales.join(', ')}`,
    { timeout: 900_000 },
    async () => {
      const rows: { page: string; locale: Locale; count: number; rules: string }[] = [];
      const details: string[] = [];
      const contexts = { true: await contextFor(size, true), false: await contextFor(size, false) };
      for (const v of visits) {
        for (const locale of size.locales) {
          const page = await contexts[String(v.signedIn) as 'true' | 'false'].newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(app.url + localePath(locale, v.url));
          await settled(page, locale);
          if (v.press) {
            await page.locator(v.press).click();
            await page.locator('.item-details').first().waitFor();
          }
          const violations = await runAxe(page);
          const count = violations.reduce((n, x) => n + x.nodes.length, 0);
          rows.push({
            page: v.label,
            locale,
            count,
            rules: violations.map((x) => `${x.id}×${x.nodes.length}`).join(' '),
          });
          for (const x of violations)
            details.push(
              `${v.label} [${locale}, ${size.width}px] ${x.impact} ${x.id}: ${x.help}\n${x.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`).join('\n')}`,
            );
          if (errors.length)
            details.push(`${v.label} [${locale}, ${size.width}px] script errors: ${errors.join('; ')}`);
          await page.close();
        }
      }
      await contexts.true.close();
      await contexts.false.close();
      const w = Math.max(...rows.map((r) => r.page.length));
      console.log(
        [
          `axe at ${size.width} px (${TAGS.join(', ')})`,
          `${'page'.padEnd(w)}  lang  violations`,
          ...rows.map((r) => `${r.page.padEnd(w)}  ${r.locale.padEnd(4)}  ${String(r.count).padStart(3)}  ${r.rules}`),
        ].join('\n'),
      );
      expect(LOCALE_CODES.length).toBeGreaterThan(1);
      expect(rows.length).toBe(visits.length * size.locales.length);
      expect(details.join('\n\n'), 'axe violations').toBe('');
    },
  );
}
