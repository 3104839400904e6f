// Dates in reviews, clicked through at desktop and phone width: a meeting planned for later judges
// its goals as of today (a goal due before the meeting is on track, not missed), closing it early
// asks in the page to move the meeting to today; an editor carries their own goal although a
// sub-goal belongs to another department, and the proposed review date lies inside the new period.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, addMonths, periodContaining } from '../../src/domain/cadence.ts';
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
const ids: Record<string, string> = {};
// The browser, the server and this test run on the same machine and judge "today" alike.
const today = localToday();
// A meeting ten days ahead inside the year that has begun (on 22–31 December: the year's last day).
const year = periodContaining(today, 'year');
const meeting = addDays(today, 10) <= year.end ? addDays(today, 10) : year.end;
const EDITOR: TestAccount = {
  email: 'cs.editor@e2e.test',
  password: 'e2e editor password',
  role: 'editor',
  name: 'CS Editor',
};

async function send(method: string, url: string, body?: unknown): Promise<any> {
  const res = await fetch(`${app.url}/api${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${url}: ${res.status}`).toBeLessThan(300);
  return res.status === 204 ? {} : res.json();
}
const post = async (url: string, body: unknown) => (await send('POST', url, body)).id as string;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const field = (scope: Page | ReturnType<Page['locator']>, label: string) =>
  scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ids.cs = await post('/departments', { name: 'Customer Service' });
  ids.billing = await post('/departments', { name: 'Billing' });
  await addUser(app, { ...EDITOR, departmentIds: [ids.cs] });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(width: number, as: TestAccount = E2E_ADMIN): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
  await signInContext(context, app, as.email, as.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The steps tested here are in the page: any native dialog is a failure.
  page.on('dialog', (d) => (errors.push(`unexpected ${d.type()}: ${d.message()}`), d.dismiss()));
  return { page, errors };
}

/** The element fits the viewport's width (nothing of it is cut off at the right). */
async function fitsWidth(page: Page, selector: string, width: number) {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  expect(box!.x + box!.width, selector).toBeLessThanOrEqual(width + 1);
}

describe.each([1366, 390])('at %i px', (width) => {
  test('a review planned for later judges as of today and closes only after moving the meeting to today', async () => {
    // Due before the meeting, well on its way today: "missed" if judged on the meeting date.
    const goal = await post('/goals', {
      title: `Answer within a day (${width})`,
      departmentId: ids.cs,
      startDate: addDays(today, -60),
      dueDate: addDays(meeting, -3),
      reviewDate: addDays(today, 1),
    });
    const m = await post(`/goals/${goal}/measures`, {
      name: 'Answered within a day',
      unit: '%',
      direction: 'increase',
      baseline: 0,
      baselineDate: addDays(today, -60),
      target: 100,
      targetDate: addDays(meeting, -3),
    });
    await post(`/measures/${m}/check-ins`, { value: 97, date: addDays(today, -1) });
    const review = await post('/reviews', {
      period: year.label,
      meetingDate: meeting,
      forum: 'department_review',
      departmentId: ids.cs,
    });

    const { page, errors } = await newPage(width);
    await page.goto(`${app.url}/review/?id=${review}`);
    const item = page.locator('article.agenda-item', {
      has: page.getByRole('heading', { name: `Answer within a day (${width})` }),
    });
    await poll(() => item.count()).toBe(1);
    const notice = page.locator('.judged-today');
    await poll(() => notice.textContent()).toContain('judged as of today');
    expect(await item.textContent()).toContain('●On track');
    expect(await item.textContent()).not.toContain('●Missed'); // ("Override: Missed" is a button)
    await page.screenshot({ path: shot(`review-dates-future-${width}`), fullPage: true });

    await page.getByRole('button', { name: 'Close review' }).click();
    const step = page.getByRole('group', { name: 'The meeting has not taken place yet' });
    await poll(() => step.isVisible()).toBe(true);
    // Focus moves into the step, so a keyboard or screen-reader user lands on the question.
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('move-meeting-heading');
    expect(await step.textContent()).toContain('moves to today');
    await fitsWidth(page, '.move-meeting', width);
    await step.scrollIntoViewIfNeeded();
    await page.locator('.close-review').screenshot({ path: shot(`review-dates-close-step-${width}`) });

    // "Keep the date" leaves everything as it was; the review stays open.
    await step.getByRole('button', { name: 'Keep the date and close later' }).click();
    await poll(() => step.count()).toBe(0);
    expect((await send('GET', `/reviews/${review}`)).review).toMatchObject({ state: 'open', meetingDate: meeting });

    await page.getByRole('button', { name: 'Close review' }).click();
    await page.getByRole('button', { name: 'Move the meeting to today and close' }).click();
    await poll(() => page.locator('.frozen-note').textContent()).toContain('The review is closed');
    const closed = await send('GET', `/reviews/${review}`);
    expect(closed.review).toMatchObject({ state: 'closed', meetingDate: today });
    expect(closed.asOf).toBe(today);
    expect(errors).toEqual([]);
  });

  test('an editor carries their own goal without another department’s sub-goal, into a review date inside the new period', async () => {
    const old = await post('/goals', {
      title: `Fewer complaints (${width})`,
      departmentId: ids.cs,
      startDate: addDays(today, -91),
      dueDate: addDays(today, -1),
      reviewCadence: 'quarterly',
    });
    const ownKid = await post('/goals', {
      title: `Call back the same day (${width})`,
      departmentId: ids.cs,
      parentGoalId: old,
      startDate: addDays(today, -91),
      dueDate: addDays(today, 120),
    });
    const theirKid = await post('/goals', {
      title: `Correct invoices (${width})`,
      departmentId: ids.billing,
      parentGoalId: old,
      startDate: addDays(today, -91),
      dueDate: addDays(today, 120),
    });

    const { page, errors } = await newPage(width, EDITOR);
    await page.goto(`${app.url}/goal/?id=${old}`);
    await page.getByRole('button', { name: `Carry into next period: “Fewer complaints (${width})”` }).click();
    const form = page.getByRole('form', { name: `Carry “Fewer complaints (${width})” into the next period` });
    await poll(() => field(form, 'Start date').inputValue()).toBe(today);
    const due = await field(form, 'Due date').inputValue();
    const reviewDate = await form.getByLabel(/^Next review date/).inputValue();
    expect(reviewDate >= today && reviewDate <= due, `${today} ≤ ${reviewDate} ≤ ${due}`).toBe(true);
    // The proposal follows the dates until the person sets one: a longer period gets its quarterly step.
    await field(form, 'Due date').fill(addDays(today, 200));
    await poll(() => form.getByLabel(/^Next review date/).inputValue()).toBe(addMonths(today, 3));
    await field(form, 'Due date').fill(due);
    await page.screenshot({ path: shot(`review-dates-carry-form-${width}`), fullPage: true });

    await form.getByRole('button', { name: 'Carry over' }).click();
    const step = form.getByRole('group', { name: 'Sub-goals of other departments' });
    await poll(() => step.isVisible()).toBe(true);
    expect(await step.getByRole('listitem').allTextContents()).toEqual([`Correct invoices (${width}) (Billing)`]);
    expect(await step.textContent()).toContain(`they stay under “Fewer complaints (${width})”`);
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await fitsWidth(page, '.carry-sub-goals', width);
    await step.scrollIntoViewIfNeeded();
    await form.screenshot({ path: shot(`review-dates-carry-step-${width}`) });

    await step.getByRole('button', { name: 'Carry without them' }).click();
    // The page reloads as the carried goal: it links to its continuation and still lists Billing's sub-goal.
    await poll(() => page.getByText(/Continued in/).count()).toBeGreaterThan(0);
    await poll(() => page.getByRole('link', { name: `Correct invoices (${width})` }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: `Call back the same day (${width})` }).count()).toBe(0);
    await page.screenshot({ path: shot(`review-dates-carried-${width}`), fullPage: true });
    const [mineNow, theirsNow] = [await send('GET', `/goals/${ownKid}`), await send('GET', `/goals/${theirKid}`)];
    expect(theirsNow).toMatchObject({ parentGoalId: old, version: 1 });
    const successor = mineNow.parentGoalId as string;
    expect(successor).not.toBe(old);
    const next = await send('GET', `/goals/${successor}`);
    expect(next).toMatchObject({ carriedFromGoalId: old, dueDate: due });
    expect(next.reviewDate <= next.dueDate && next.reviewDate >= next.startDate).toBe(true);
    expect(errors).toEqual([]);
  });
});
