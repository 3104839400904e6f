// Forms that guess right, on the demo organisation pinned to 2026-11-23: the Under field is the
// goal tree indented with departments and filters as you type; a sub-goal's dates start as its
// parent's; a due date after the parent's warns; the date error names no format the field hides.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
let parent: { id: string; title: string; startDate: string; dueDate: string };

beforeAll(async () => {
  app = await startApp({ env: { TILLER_DEMO: 'on', TILLER_DEMO_TODAY: '2026-11-23' } });
  browser = await launchBrowser();
  const tree = (await (await fetch(`${app.url}/api/tree`, { headers: await asAdmin(app) })).json()) as {
    goals: { id: string; title: string; parentGoalId: string | null; startDate: string; dueDate: string }[];
  };
  parent = tree.goals.find((g) => g.parentGoalId === null && tree.goals.some((c) => c.parentGoalId === g.id))!;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.each([
  ['desktop', 1366, 900],
  ['phone', 390, 844],
] as const)('the goal form (%s)', (name, width, height) => {
  test('Under is indented and filters; dates follow the parent; warning; date error', async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    await signInContext(context, app, 'leadership@demo.tiller', 'demo-leadership');
    const page = await context.newPage();
    await page.goto(`${app.url}/goal/?id=${parent.id}`);
    await page.getByRole('button', { name: 'Add a sub-goal' }).click();
    const under = page.getByLabel('Under', { exact: true });
    await expect.poll(() => under.locator('option').count()).toBeGreaterThan(10);
    const options = await under.locator('option').allTextContents();
    expect(options.some((o) => o.startsWith('↳\u00a0') && / — /.test(o))).toBe(true);
    expect(options.some((o) => o.startsWith('\u00a0\u00a0\u00a0↳\u00a0'))).toBe(true);
    expect(await under.inputValue()).toBe(parent.id);

    // Dates start as the parent's.
    expect(await page.getByLabel(/^Start date/).inputValue()).toBe(parent.startDate);
    const due = page.getByLabel(/^Due date/);
    expect(await due.inputValue()).toBe(parent.dueDate);
    await page.screenshot({ path: shot(`goal-form-${name}`), fullPage: true });

    // Filter as you type: only matching goals (and the selected one) stay.
    await page.getByLabel('Search goals').fill('invoice');
    await expect
      .poll(async () => (await under.locator('option').allTextContents()).length)
      .toBeLessThan(options.length);
    const filtered = await under.locator('option').allTextContents();
    expect(
      filtered
        .filter((o) => o !== 'Directly under the vision' && !o.includes(parent.title))
        .every((o) => /invoice/i.test(o)),
    ).toBe(true);

    // A due date after the parent's warns, without blocking.
    const [y] = parent.dueDate.split('-');
    await due.fill(`${Number(y) + 1}-01-31`);
    await expect.poll(() => page.locator('.field-warning').textContent()).toMatch(/Ends after the goal it serves/);

    // A cleared start date: the message names no format the field does not show.
    await page.getByLabel(/^Title/).fill('A sub-goal');
    await page.getByLabel(/^Start date/).fill('');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => page.locator('.field-error').first().textContent()).toMatch(/complete date/);
    expect(await page.locator('.field-error').first().textContent()).not.toMatch(/YYYY/);
    await page.screenshot({ path: shot(`goal-form-warning-${name}`), fullPage: true });
    await context.close();
  }, 60_000);
});
