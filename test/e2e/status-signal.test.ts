// One signal: a past-due goal short of its target shows the Missed colour on its bar and its
// diagram node (never green, even at 90 %), diagrams have a legend, the goal page lists every
// part of the roll-up (a sub-goal too), /departments/ counts goals by status, an empty
// department says what to do next, and the period selector changes the goals shown.
// At 1366 px and at 390 px.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/domain/cadence.ts';
import { localToday } from '../../src/client/local-today.ts';
import { TONE_COLOURS } from '../../src/domain/status.ts';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
const today = localToday();
const ids = { cs: '', logistics: '', missed: '', sub: '', current: '', nextYear: '' };

async function post(url: string, body: unknown): Promise<string> {
  const res = await fetch(`${app.url}/api${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)) },
    body: JSON.stringify(body),
  });
  expect(res.status, `POST ${url}: ${res.status} ${res.status >= 300 ? await res.text() : ''}`).toBeLessThan(300);
  return ((await res.json()) as { id: string }).id;
}

async function goalWithMeasure(
  title: string,
  departmentId: string,
  start: string,
  due: string,
  value: number | null,
  parentGoalId: string | null = null,
) {
  const goal = await post('/goals', { title, departmentId, parentGoalId, startDate: start, dueDate: due });
  const measure = await post(`/goals/${goal}/measures`, {
    name: `${title}: measure`,
    unit: 'count',
    direction: 'increase',
    baseline: 0,
    baselineDate: start,
    target: 100,
    targetDate: due,
  });
  if (value !== null)
    await post(`/measures/${measure}/check-ins`, { value, date: addDays(due < today ? due : today, -2) });
  return goal;
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ids.cs = await post('/departments', { name: 'Customer Service' });
  ids.logistics = await post('/departments', { name: 'Logistics' });
  // Past due at 90 % of its own measure: missed (the old OKR colours made this green).
  ids.missed = await goalWithMeasure('Answer faster', ids.cs, addDays(today, -200), addDays(today, -10), 90);
  ids.sub = await goalWithMeasure(
    'Train the new team',
    ids.cs,
    addDays(today, -200),
    addDays(today, -10),
    20,
    ids.missed,
  );
  ids.current = await goalWithMeasure('Resolve on first contact', ids.cs, addDays(today, -30), addDays(today, 60), 30);
  const next = Number(today.slice(0, 4)) + 1;
  ids.nextYear = await goalWithMeasure('Open the chat channel', ids.cs, `${next}-02-01`, `${next}-11-30`, null);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(width: number): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, locale: 'en-GB' });
  await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

describe.each([
  { width: 1366, tag: 'desktop' },
  { width: 390, tag: 'phone' },
])('status signal at $width px', ({ width, tag }) => {
  test('a missed goal is missed on its bar and its node, never green; the diagram has a legend', async () => {
    const { page, errors } = await newPage(width);
    await page.goto(`${app.url}/?period=all`);
    const row = page.locator('.outline-row', { has: page.getByRole('link', { name: 'Answer faster', exact: true }) });
    const bar = row.locator('.progress');
    await bar.waitFor();
    expect(await bar.getAttribute('data-tone')).toBe('missed');
    const fill = await bar.locator('.progress-fill').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(fill).toBe(rgb(TONE_COLOURS.missed.solid));
    expect(fill).not.toBe(rgb(TONE_COLOURS.on_track.solid));
    expect(await bar.locator('.progress-track').getAttribute('aria-valuetext')).toMatch(/Missed$/);

    const node = page.locator('.diagram-canvas g.node', { hasText: 'Answer faster' }).filter({ hasNotText: 'measure' });
    await node.waitFor({ timeout: 20_000 });
    expect(await node.getAttribute('class')).toMatch(/\bmissed\b/);
    expect(await node.textContent()).toContain('Missed');
    const nodeStroke = await node
      .locator('rect, path, polygon')
      .first()
      .evaluate((el) => getComputedStyle(el).stroke);
    expect(nodeStroke).toBe(rgb(TONE_COLOURS.missed.solid));
    const legend = page.locator('[data-legend] .status-key');
    await expect.poll(() => legend.isVisible()).toBe(true);
    for (const word of [
      'Not started',
      'On track',
      'At risk',
      'Off track',
      'Achieved',
      'Missed',
      'Closed: dropped',
      'Carried over',
    ]) {
      expect(await legend.textContent()).toContain(word);
    }
    await page.screenshot({ path: shot(`status-overview-all-${tag}`), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('the period selector: the current quarter by default, all shows next year\u2019s goal, kept in the URL', async () => {
    const { page, errors } = await newPage(width);
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Resolve on first contact', exact: true }).first().waitFor();
    expect(await page.locator('.outline').getByRole('link', { name: 'Open the chat channel' }).count()).toBe(0);
    await page.locator('.diagram-canvas svg').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: shot(`status-overview-${tag}`), fullPage: true });
    await page.getByLabel('Period').selectOption('all');
    await page.locator('.outline').getByRole('link', { name: 'Open the chat channel' }).waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe('all');
    const nextYear = String(Number(today.slice(0, 4)) + 1);
    await page.getByLabel('Period').selectOption(nextYear);
    await page.locator('.outline').getByRole('link', { name: 'Open the chat channel' }).waitFor();
    // Past due ten days ago, so not next year (a goal due early next year would still be shown: its span overlaps).
    await expect
      .poll(() => page.locator('.outline').getByRole('link', { name: 'Answer faster', exact: true }).count())
      .toBe(0);
    expect(new URL(page.url()).searchParams.get('period')).toBe(nextYear);
    // The department page has the same selector.
    await page.goto(`${app.url}/department/?id=${ids.cs}&period=${nextYear}`);
    await page.locator('.outline').getByRole('link', { name: 'Open the chat channel' }).waitFor();
    expect(await page.locator('.outline').getByRole('link', { name: 'Answer faster' }).count()).toBe(0);
    await page.goto(`${app.url}/department/?id=${ids.cs}&period=all`);
    await page.locator('.diagram-canvas svg').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: shot(`status-department-${tag}`), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('the goal page lists every part of the roll-up, the sub-goal too', async () => {
    const { page, errors } = await newPage(width);
    await page.goto(`${app.url}/goal/?id=${ids.missed}`);
    const parts = page.locator('[data-contributions]');
    await parts.waitFor();
    const sub = parts.locator(`tr[data-part="${ids.sub}"]`);
    await sub.waitFor();
    expect(await sub.textContent()).toContain('Sub-goal');
    expect(await sub.textContent()).toContain('Train the new team');
    expect(await sub.textContent()).toContain('20%');
    expect(await sub.locator('.progress').getAttribute('data-tone')).toBe('missed');
    // Two parts of weight 1: each is half of the goal's 55 %.
    expect(await parts.locator('tbody tr').count()).toBe(2);
    expect(await sub.locator('td').last().textContent()).toBe('50%');
    await page.locator('.diagram-canvas svg').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: shot(`status-goal-${tag}`), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('/departments/ counts goals by status; an empty department says what to do next', async () => {
    const { page, errors } = await newPage(width);
    await page.goto(`${app.url}/departments/`);
    const cs = page.locator('li.card', { has: page.getByRole('link', { name: 'Customer Service', exact: true }) });
    const counts = cs.locator('.status-counts');
    await counts.waitFor();
    expect(await counts.locator('li[data-tone="missed"] .status-count').textContent()).toBe('2');
    expect(await counts.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await cs.locator('.progress').count()).toBe(1);
    await page.screenshot({ path: shot(`status-departments-${tag}`), fullPage: true });

    await page.goto(`${app.url}/department/?id=${ids.logistics}`);
    const next = page.locator('[data-next-steps]');
    await next.waitFor();
    expect(await next.getByRole('button', { name: 'Add goal' }).count()).toBe(1);
    expect(await next.getByRole('link', { name: 'Manage users' }).getAttribute('href')).toMatch(/\/admin\/users\/$/);
    await page.screenshot({ path: shot(`status-department-empty-${tag}`), fullPage: true });
    expect(errors).toEqual([]);
  });
});
