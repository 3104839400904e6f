// Closed goals are read-only in the UI: a closed goal's page and its measure's page offer no edit
// control and say why; an editor cannot reopen; an admin reopens it with a reason (required) and
// the edit controls return. At 1366 px and at 390 px.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, periodContaining } from '../../src/domain/cadence.ts';
import { localToday } from '../../src/client/local-today.ts';
import {
  E2E_ADMIN,
  addUser,
  asAdmin,
  launchBrowser,
  shot,
  signInContext,
  startApp,
  type RunningApp,
  type TestAccount,
} from './app.ts';

let app: RunningApp;
let browser: Browser;
let cs = '';
const today = localToday();
const EDITOR: TestAccount = {
  email: 'cs.editor@e2e.test',
  password: 'e2e editor password',
  role: 'editor',
  name: 'CS Editor',
};

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

/** A goal with two paired measures, check-ins and a practice, closed as achieved. */
async function closedGoal(title: string): Promise<{ goal: string; measure: string }> {
  const goal = await post('/goals', {
    title,
    departmentId: cs,
    owner: 'Aino Virtanen',
    startDate: addDays(today, -120),
    dueDate: addDays(today, -1),
  });
  const measure = await post(`/goals/${goal}/measures`, {
    name: 'First-contact resolution',
    unit: '%',
    direction: 'increase',
    baseline: 70,
    baselineDate: addDays(today, -120),
    target: 80,
    targetDate: addDays(today, -1),
  });
  const other = await post(`/goals/${goal}/measures`, {
    name: 'Repeat contacts within 7 days',
    unit: '%',
    direction: 'decrease',
    baseline: 20,
    baselineDate: addDays(today, -120),
    target: 15,
    targetDate: addDays(today, -1),
  });
  await post(`/measures/${measure}/check-ins`, { value: 76, date: addDays(today, -60) });
  await post(`/measures/${measure}/check-ins`, { value: 81, date: addDays(today, -5), note: 'After the FAQ update' });
  await post(`/measures/${measure}/counterweights`, { counterweightId: other });
  await post(`/goals/${goal}/practices`, { text: 'Map the customer’s whole situation with open questions' });
  await send('POST', `/goals/${goal}/close`, {
    outcome: 'achieved',
    comment: 'FCR above 80 % for the last month of the period.',
  });
  return { goal, measure };
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  cs = await post('/departments', { name: 'Customer Service' });
  await addUser(app, { ...EDITOR, departmentIds: [cs] });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(width: number, as: TestAccount = E2E_ADMIN): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, locale: 'en-GB' });
  await signInContext(context, app, as.email, as.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** Every control that changes the goal or something under it, by its accessible name. */
const EDIT_CONTROLS = [
  /^Edit goal$/,
  /^Delete goal$/,
  /^Add measure$/,
  /^Add a sub-goal$/,
  /^Pair two measures$/,
  /^Add practice$/,
  /^Carry/,
  /^Close /,
  /^Unpair/,
  /^Move /,
];
const MEASURE_CONTROLS = [
  /^Edit measure$/,
  /^Delete measure$/,
  /^Record check-in$/,
  /^Pair with another measure$/,
  /^Unpair/,
  /^Edit check-in/,
  /^Delete check-in/,
];

async function visibleControls(page: Page, names: RegExp[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of names) if ((await page.getByRole('button', { name }).count()) > 0) found.push(String(name));
  return found;
}

describe.each([
  { width: 1366, tag: 'desktop' },
  { width: 390, tag: 'phone' },
])('a closed goal at $width px', ({ width, tag }) => {
  test('shows no edit controls and the read-only note; an admin reopens it with a reason and the controls return', async () => {
    const { goal, measure } = await closedGoal(`Resolve more on first contact (${tag})`);

    // The editor of its department: read-only, and no way to reopen.
    const editor = await newPage(width, EDITOR);
    await editor.page.goto(`${app.url}/goal/?id=${goal}`);
    await poll(() => editor.page.locator('[data-closed-note]').first().textContent()).toMatch(
      /Closed as achieved on .+ — read-only\./,
    );
    await poll(() => editor.page.getByRole('heading', { name: 'Practices in every contact' }).count()).toBeGreaterThan(
      0,
    );
    expect(await visibleControls(editor.page, [...EDIT_CONTROLS, /^Reopen/])).toEqual([]);
    await editor.page.context().close();

    const { page, errors } = await newPage(width);
    await page.goto(`${app.url}/goal/?id=${goal}`);
    const note = page.locator('header [data-closed-note]');
    await poll(() => note.textContent()).toMatch(/Closed as achieved on .+ — read-only\./);
    // Wait until the lazy panels have drawn (pairs and practices), then look for controls.
    await poll(() => page.getByText('Repeat contacts within 7 days').count()).toBeGreaterThan(0);
    await poll(() => page.getByText('Map the customer’s whole situation with open questions').count()).toBeGreaterThan(
      0,
    );
    expect(await visibleControls(page, EDIT_CONTROLS)).toEqual([]);
    const reopen = page.getByRole('button', { name: /^Reopen/ });
    await poll(() => reopen.count()).toBe(1);
    await page.screenshot({ path: shot(`closed-goal-${tag}`), fullPage: true });

    // The measure page: no check-in form, no edit or delete, the note.
    await page.goto(`${app.url}/measure/?id=${measure}`);
    await poll(() => page.locator('[data-closed-note]').first().textContent()).toMatch(
      /Closed as achieved on .+ — read-only\./,
    );
    await poll(() => page.getByText('After the FAQ update').count()).toBeGreaterThan(0);
    await poll(() => page.getByText('Repeat contacts within 7 days').count()).toBeGreaterThan(0);
    expect(await visibleControls(page, MEASURE_CONTROLS)).toEqual([]);
    expect(await page.getByRole('heading', { name: 'Record a check-in' }).count()).toBe(0);
    await page.screenshot({ path: shot(`closed-measure-${tag}`), fullPage: true });

    // Reopen: the reason is required; then the goal is open and editable again.
    await page.goto(`${app.url}/goal/?id=${goal}`);
    await poll(() => page.getByRole('button', { name: /^Reopen/ }).count()).toBe(1);
    await page.getByRole('button', { name: /^Reopen/ }).click();
    const form = page.getByRole('form', { name: /^Reopen/ });
    await poll(() => form.count()).toBe(1);
    // Focus moves into the form, so typed text lands in the reason.
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await form.getByRole('button', { name: 'Reopen' }).click();
    await poll(() => form.getByText('Write a reason: it is kept in the audit log.').count()).toBe(1);
    await page.screenshot({ path: shot(`closed-goal-reopen-form-${tag}`), fullPage: false });
    await form.getByLabel(/^Reason/).fill('Closed a quarter too early: the survey of the last month is still coming.');
    await form.getByRole('button', { name: 'Reopen' }).click();
    await poll(() => page.getByRole('button', { name: 'Edit goal' }).count()).toBe(1);
    expect(await page.locator('[data-closed-note]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add measure' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Close / }).count()).toBe(1);
    // The history shows the reopen with its reason.
    await page.getByText('History', { exact: true }).click();
    await poll(() =>
      page.getByText('Closed a quarter too early: the survey of the last month is still coming.').count(),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: shot(`closed-goal-reopened-${tag}`), fullPage: true });

    // And the measure takes check-ins again.
    await page.goto(`${app.url}/measure/?id=${measure}`);
    await poll(() => page.getByRole('heading', { name: 'Record a check-in' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Edit measure' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a closed goal on an open review', () => {
  test('its agenda item offers no check-in and no status override, says why, and still takes decisions', async () => {
    const open = await post('/goals', {
      title: 'Answer 80 % within 20 s',
      departmentId: cs,
      startDate: addDays(today, -30),
      dueDate: addDays(today, 60),
      reviewDate: addDays(today, -1),
    });
    await post(`/goals/${open}/measures`, {
      name: 'Service level',
      unit: '%',
      direction: 'increase',
      baseline: 70,
      baselineDate: addDays(today, -30),
      target: 80,
      targetDate: addDays(today, 60),
    });
    const { goal } = await closedGoal('Cut repeat contacts');
    const review = await post('/reviews', {
      period: periodContaining(today, 'quarter').label,
      meetingDate: today,
      forum: 'department_review',
      departmentId: cs,
    });
    // The meeting's notes about the closed goal put it on the agenda.
    await send('PUT', `/reviews/${review}/items/${goal}`, { notes: 'Celebrate the team', status: null });
    for (const width of [1366, 390]) {
      const { page, errors } = await newPage(width);
      await page.goto(`${app.url}/review/?id=${review}`);
      const closedCard = page.locator('article.agenda-item', {
        has: page.getByRole('heading', { name: 'Cut repeat contacts' }),
      });
      const openCard = page.locator('article.agenda-item', {
        has: page.getByRole('heading', { name: 'Answer 80 % within 20 s' }),
      });
      // Both cards' details (shown on demand).
      await page.getByRole('button', { name: 'Show all details' }).click();
      await poll(() => closedCard.locator('[data-closed-note]').textContent()).toMatch(
        /Closed as achieved on .+ — read-only\./,
      );
      // The open goal beside it keeps its controls: the difference is the goal's state, not the page.
      await poll(() => openCard.getByRole('button', { name: /^Record a check-in for/ }).count()).toBe(1);
      expect(await openCard.getByLabel('Status in this review').count()).toBe(1);
      expect(await closedCard.getByRole('button', { name: /^Record a check-in for/ }).count()).toBe(0);
      expect(await closedCard.getByLabel('Status in this review').count()).toBe(0);
      expect(await closedCard.getByText('Celebrate the team').count()).toBe(1);
      // Its badge is its outcome, as on its page (not a status computed after it was closed).
      expect(await closedCard.locator('.agenda-item-head .status-badge').textContent()).toContain('Closed: achieved');
      expect(
        await closedCard.getByRole('button', { name: 'Add a decision or action: Cut repeat contacts' }).count(),
      ).toBe(1);
      await closedCard.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot(`closed-goal-agenda-${width < 500 ? 'phone' : 'desktop'}`), fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
