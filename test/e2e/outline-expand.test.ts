// The outline loads the first levels and opens deeper goals on demand, by keyboard, with
// aria-expanded; a goal loaded that way shows the same status as on its own page. The overview,
// the department page and the goal page read only their part of the tree (never the whole).
// At 1366 px and at 390 px.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/cadence.ts';
import { localToday } from '../../src/client/local-today.ts';
import { OUTLINE_DEPTH } from '../../src/features/overview/outline-depth.ts';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
const today = localToday();
let department = '';
/** A chain of goals, each the parent of the next, one level deeper than the outline loads. */
const chain: { id: string; title: string }[] = [];

async function post(url: string, body: unknown): Promise<string> {
  const res = await fetch(`${app.url}/api${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)) },
    body: JSON.stringify(body),
  });
  expect(res.status, `POST ${url}: ${res.status} ${res.status >= 300 ? await res.text() : ''}`).toBeLessThan(300);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  department = await post('/departments', { name: 'Customer Service' });
  const start = addDays(today, -60);
  const due = addDays(today, 120);
  const titles = [
    'Delight every caller',
    'Answer within a minute',
    'Staff the evening shift',
    'Train weekend agents',
    'Write the call guide',
  ];
  for (const [i, title] of titles.entries()) {
    const id = await post('/goals', {
      title,
      departmentId: department,
      parentGoalId: chain[i - 1]?.id ?? null,
      startDate: start,
      dueDate: due,
    });
    const measure = await post(`/goals/${id}/measures`, {
      name: `${title}: share done`,
      unit: '%',
      direction: 'increase',
      baseline: 0,
      baselineDate: start,
      target: 100,
      targetDate: due,
    });
    await post(`/measures/${measure}/check-ins`, { value: [10, 80, 45, 5, 60][i], date: addDays(today, -1) });
    chain.push({ id, title });
  }
  expect(chain.length).toBeGreaterThan(OUTLINE_DEPTH + 1);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(width: number): Promise<{ page: Page; errors: string[]; treeReads: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, locale: 'en-GB' });
  await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
  const page = await context.newPage();
  const errors: string[] = [];
  const treeReads: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/tree') treeReads.push(url.search);
  });
  return { page, errors, treeReads };
}

const row = (page: Page, title: string) =>
  page.locator('.outline-row', { has: page.getByRole('link', { name: title, exact: true }) });

describe.each([
  { width: 1366, tag: 'desktop' },
  { width: 390, tag: 'phone' },
])('the outline at $width px', ({ width, tag }) => {
  test('opens a collapsed goal from the keyboard, loading its sub-goals, and closes it again', async () => {
    const { page, errors, treeReads } = await newPage(width);
    await page.goto(`${app.url}/?period=all`);
    const last = chain[OUTLINE_DEPTH - 1]!; // the deepest goal the overview loads
    const below = chain[OUTLINE_DEPTH]!; // its sub-goal, left out
    await row(page, last.title).waitFor();
    expect(await page.locator('.outline').getByRole('link', { name: below.title, exact: true }).count()).toBe(0);
    const toggle = row(page, last.title).getByRole('button', { name: /Show 1 sub-goal/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // The goals above it are open, and say so.
    expect(await row(page, chain[0]!.title).getByRole('button').getAttribute('aria-expanded')).toBe('true');

    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.locator('.outline').getByRole('link', { name: below.title, exact: true }).waitFor();
    const open = row(page, last.title).getByRole('button', { name: /Hide 1 sub-goal/ });
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
    const outlineTone = await row(page, below.title).locator('.progress').getAttribute('data-tone');
    const outlineText = await row(page, below.title).locator('.progress-track').getAttribute('aria-valuetext');
    await page.screenshot({ path: shot(`outline-expanded-${tag}`), fullPage: true });

    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('.outline').getByRole('link', { name: below.title, exact: true }).count())
      .toBe(0);
    expect(await row(page, last.title).getByRole('button').getAttribute('aria-expanded')).toBe('false');
    // The overview asked for its part and then for the goal it opened, never for the whole tree.
    expect(treeReads.length).toBeGreaterThanOrEqual(2);
    expect(treeReads.every((q) => q !== '' && /depth=/.test(q))).toBe(true);
    expect(treeReads.some((q) => q.includes(`goal=${last.id}`))).toBe(true);

    // One truth: the goal loaded on demand has the status and progress its own page shows.
    await page.goto(`${app.url}/goal/?id=${below.id}`);
    const head = page.locator('.goal-head .progress');
    await head.waitFor();
    expect(await head.getAttribute('data-tone')).toBe(outlineTone);
    expect(await head.locator('.progress-track').getAttribute('aria-valuetext')).toBe(outlineText);
    // Its breadcrumb names every ancestor, though the page loaded only its own part.
    const crumbs = page.locator('nav.breadcrumb');
    for (const a of chain.slice(0, OUTLINE_DEPTH))
      await crumbs.getByRole('link', { name: a.title, exact: true }).waitFor();
    expect(treeReads.at(-1)).toContain(`goal=${below.id}`);
    expect(errors).toEqual([]);
  });

  test('the department page and a goal page open deeper goals the same way', async () => {
    const { page, errors, treeReads } = await newPage(width);
    await page.goto(`${app.url}/department/?id=${department}&period=all`);
    const last = chain[OUTLINE_DEPTH - 1]!;
    await row(page, last.title)
      .getByRole('button', { name: /Show 1 sub-goal/ })
      .click();
    await page.locator('.outline').getByRole('link', { name: chain[OUTLINE_DEPTH]!.title, exact: true }).waitFor();
    expect(treeReads[0]).toContain(`department=${department}`);

    // The top goal's page loads it and OUTLINE_DEPTH levels below; the last one opens on demand.
    await page.goto(`${app.url}/goal/?id=${chain[0]!.id}`);
    const deepest = chain[OUTLINE_DEPTH]!;
    await row(page, deepest.title)
      .getByRole('button', { name: /Show 1 sub-goal/ })
      .click();
    await page
      .locator('.outline')
      .getByRole('link', { name: chain[OUTLINE_DEPTH + 1]!.title, exact: true })
      .waitFor();
    await page.screenshot({ path: shot(`outline-goal-page-${tag}`), fullPage: true });
    expect(treeReads.every((q) => q !== '')).toBe(true);
    expect(errors).toEqual([]);
  });
});
