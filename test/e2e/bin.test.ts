// The bin in the browser: an admin deletes a goal with its sub-goal on its page, finds it in the
// bin (/admin/bin/, from the admin navigation) with what it contains, restores it and sees it on
// the overview again; purging asks in the page first. At 1366 px and at 390 px.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
let cs = '';

async function send(method: string, url: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${app.url}/api${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${url}: ${res.status}`).toBeLessThan(300);
  return res.status === 204 ? {} : ((await res.json()) as Record<string, unknown>);
}
const post = async (url: string, body: unknown) => (await send('POST', url, body)).id as string;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** A goal with a sub-goal, a measure and two check-ins. */
async function goalTree(title: string): Promise<string> {
  const goal = await post('/goals', {
    title,
    departmentId: cs,
    owner: 'Aino Virtanen',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
  });
  await post('/goals', {
    title: `${title}: sub-goal`,
    departmentId: cs,
    parentGoalId: goal,
    startDate: '2026-01-01',
    dueDate: '2026-06-30',
  });
  const measure = await post(`/goals/${goal}/measures`, {
    name: 'First-contact resolution',
    unit: '%',
    direction: 'increase',
    baseline: 70,
    baselineDate: '2026-01-01',
    target: 80,
    targetDate: '2026-12-31',
  });
  await post(`/measures/${measure}/check-ins`, { value: 74, date: '2026-02-01' });
  await post(`/measures/${measure}/check-ins`, { value: 76, date: '2026-03-01' });
  return goal;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  cs = await post('/departments', { name: 'Customer Service' });
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
  // A browser dialog would be a defect here: the purge confirmation is in the page.
  page.on('dialog', (d) => (errors.push(`dialog: ${d.message()}`), void d.dismiss()));
  return { page, errors };
}

describe.each([
  { width: 1366, tag: 'desktop' },
  { width: 390, tag: 'phone' },
])('the bin at $width px', ({ width, tag }) => {
  test('an admin deletes a goal, finds it in the bin, restores it and sees it on the overview again', async () => {
    const title = `Resolve more on first contact (${tag})`;
    const goal = await goalTree(title);
    const other = await goalTree(`Shorter queues (${tag})`);
    await send('DELETE', `/goals/${other}?children=delete`);
    const { page, errors } = await newPage(width);

    // Delete it on its page, with its sub-goal.
    await page.goto(`${app.url}/goal/?id=${goal}`);
    await poll(() => page.getByRole('button', { name: 'Delete goal' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete goal' }).click();
    await poll(() => page.getByText('An admin can restore it from the bin for 30 days.').count()).toBe(1);
    await page.getByLabel('Delete them too, with their measures').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete goal' }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/');
    await poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    expect(await page.getByText(title, { exact: true }).count()).toBe(0);

    // The bin, from the admin navigation.
    // On a phone the admin links are inside the header's menu: open it first.
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    const nav = page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Bin' });
    await poll(() => nav.count()).toBe(1);
    await page.goto(`${app.url}/admin/bin/`);
    const card = page.getByRole('listitem', { name: title });
    await poll(() => card.count()).toBe(1);
    await poll(() => card.textContent()).toContain('1 sub-goal, 1 measure, 2 check-ins');
    expect(await card.textContent()).toContain('Customer Service');
    expect(await card.textContent()).toContain(E2E_ADMIN.name);
    await page.screenshot({ path: shot(`bin-${tag}`), fullPage: true });
    // The cards fit the width (the site header's own overflow at 390 px is not this page's).
    expect(
      await page.locator('.bin-list').evaluate((el) => Math.ceil(el.getBoundingClientRect().right)),
    ).toBeLessThanOrEqual(width);
    expect(await page.locator('.bin-list').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

    // The same page in Swedish.
    await page.goto(`${app.url}/sv/admin/bin/`);
    const svCard = page.getByRole('listitem', { name: title });
    await poll(() => svCard.textContent()).toContain('1 delmål, 1 mått, 2 avstämningar');
    expect(await svCard.getByRole('button', { name: `Återställ ${title}` }).count()).toBe(1);
    await page.screenshot({ path: shot(`bin-sv-${tag}`), fullPage: true });
    // The admin links wrap inside the header (or its phone menu) rather than running off it (Papperskorg is long).
    const svMenu = page.getByRole('button', { name: 'Meny' });
    if (await svMenu.isVisible()) await svMenu.click();
    const binLink = page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Papperskorg' });
    expect(await binLink.evaluate((el) => Math.ceil(el.getBoundingClientRect().right))).toBeLessThanOrEqual(width);
    await page.goto(`${app.url}/admin/bin/`);
    await poll(() => card.count()).toBe(1);

    // Purge asks in the page, with focus on the confirming button; Cancel leaves it.
    const otherCard = page.getByRole('listitem', { name: `Shorter queues (${tag})` });
    await otherCard.getByRole('button', { name: /^Purge/ }).click();
    const confirmPurge = otherCard.getByRole('button', { name: 'Purge for good' });
    await poll(() => confirmPurge.isVisible()).toBe(true);
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Purge for good');
    await page.screenshot({ path: shot(`bin-confirm-purge-${tag}`), fullPage: false });
    await confirmPurge.click();
    await poll(() => page.getByRole('status').textContent()).toContain(`“Shorter queues (${tag})” was purged.`);
    await poll(() => otherCard.count()).toBe(0);

    // Restore, then it is on the overview again with its sub-goal.
    await card.getByRole('button', { name: `Restore ${title}` }).click();
    await poll(() => page.getByRole('status').textContent()).toContain(`“${title}” is back.`);
    await poll(() => card.count()).toBe(0);
    await page.goto(`${app.url}/`);
    await poll(() => page.getByText(title, { exact: true }).count()).toBeGreaterThan(0);
    await page.goto(`${app.url}/goal/?id=${goal}`);
    await poll(() => page.getByText('First-contact resolution').count()).toBeGreaterThan(0);
    await poll(() => page.getByText(`${title}: sub-goal`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
