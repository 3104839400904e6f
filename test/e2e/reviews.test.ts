// A whole review meeting through the UI (issue 3): plan the review, open its agenda, record a
// check-in, override a status with a reason, add an action, close it (read-only, frozen record,
// printable summary, Markdown), then the next review shows the carried action at the top. Also:
// carrying a goal into the next period, editing a check-in with the version check, the timeline,
// the due list, and the Swedish pages.
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, periodContaining } from '../../src/domain/cadence.ts';
import { localToday } from '../../src/client/local-today.ts';
import {
  E2E_ADMIN,
  SCREENSHOTS,
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
// The browser runs in this machine's time zone, like the test: both judge "today" the same way.
const today = localToday();
const period = periodContaining(today, 'quarter').label;

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
/** Waits for the UI (the agenda reloads after each change; machines running many browsers are slow). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ids.cs = await post('/departments', { name: 'Customer Service' });
  ids.accounts = await post('/departments', { name: 'Accounts' });
  // Two goals due for review before the meeting (today), one not yet.
  ids.fcrGoal = await post('/goals', {
    title: 'Resolve more on first contact',
    departmentId: ids.cs,
    owner: 'Aino Virtanen',
    startDate: addDays(today, -90),
    dueDate: addDays(today, 90),
    reviewDate: addDays(today, -1),
  });
  ids.fcr = await post(`/goals/${ids.fcrGoal}/measures`, {
    name: 'First-contact resolution',
    unit: '%',
    direction: 'increase',
    baseline: 70,
    baselineDate: addDays(today, -90),
    target: 80,
    targetDate: addDays(today, 90),
  });
  await post(`/measures/${ids.fcr}/check-ins`, { value: 72, date: addDays(today, -60) });
  await post(`/measures/${ids.fcr}/check-ins`, { value: 74, date: addDays(today, -30), note: 'After the FAQ update' });

  ids.invoiceGoal = await post('/goals', {
    title: 'Cut invoice-error complaints by 20 %',
    departmentId: ids.accounts,
    owner: 'Pekka Nieminen',
    startDate: addDays(today, -60),
    dueDate: addDays(today, 30),
    reviewDate: addDays(today, -2),
  });
  ids.complaints = await post(`/goals/${ids.invoiceGoal}/measures`, {
    name: 'Invoice-error complaints',
    unit: 'count',
    direction: 'decrease',
    baseline: 50,
    baselineDate: addDays(today, -60),
    target: 40,
    targetDate: addDays(today, 30),
  });
  await post(`/measures/${ids.complaints}/check-ins`, { value: 47, date: addDays(today, -10) });

  ids.laterGoal = await post('/goals', {
    title: 'Pre-pick the best sellers',
    departmentId: ids.accounts,
    startDate: addDays(today, -10),
    dueDate: addDays(today, 170),
    reviewDate: addDays(today, 40),
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(as: TestAccount = E2E_ADMIN): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await signInContext(context, app, as.email, as.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) =>
    d.type() === 'confirm' ? d.accept() : (errors.push(`unexpected ${d.type()}: ${d.message()}`), d.dismiss()),
  );
  return { page, errors };
}

/** A form field by its label; required fields carry a visual " *" that screen readers skip. */
const field = (scope: Page | ReturnType<Page['locator']>, label: string) =>
  scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
const card = (page: Page, title: string) =>
  page.locator('article.agenda-item', { has: page.getByRole('heading', { name: title }) });
/** Opens a card's details (measures, notes, actions), which the agenda shows on demand. */
async function openCard(page: Page, title: string) {
  const c = card(page, title);
  const toggle = c.getByRole('button', { name: `Details: ${title}`, exact: true });
  await toggle.click();
  await poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  return c;
}

async function planReview(page: Page, forum: string): Promise<string> {
  await page.goto(`${app.url}/reviews/`);
  await page.getByRole('button', { name: 'Plan a review' }).click();
  await poll(() => field(page, 'Period').inputValue()).toBe(period);
  expect(await field(page, 'Meeting date').inputValue()).toBe(today);
  await field(page, 'Forum').selectOption({ label: forum });
  await field(page, 'Attendees').fill('Aino Virtanen, Lars Nilsson\nPekka Nieminen');
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.waitForURL(/\/review\/\?id=/);
  return new URL(page.url()).searchParams.get('id')!;
}

describe('a review meeting', () => {
  test('plan, run and close a review through the UI; the record is frozen and read-only', async () => {
    const { page, errors } = await newPage();
    ids.review = await planReview(page, 'Leadership review');
    await poll(() => page.locator('h1').textContent()).toBe(`${period} · Leadership review`);
    expect(await page.locator('.review-head').textContent()).toContain('Aino Virtanen, Lars Nilsson, Pekka Nieminen');

    // The agenda: the two goals due for review, grouped by department; the later one is not on it.
    const agenda = page.locator('section.agenda');
    await poll(() => agenda.locator('h2.department-heading').allTextContents()).toEqual([
      'Accounts',
      'Customer Service',
    ]);
    expect(await agenda.textContent()).not.toContain('Pre-pick the best sellers');
    // Each card shows its summary; its measures, notes and actions open on demand.
    const fcr = card(page, 'Resolve more on first contact');
    expect(await fcr.textContent()).toContain('Not reviewed before');
    expect(await fcr.locator('.progress').count()).toBe(1);
    expect(await agenda.locator('table.agenda-measures').count()).toBe(0);
    await openCard(page, 'Resolve more on first contact');
    expect(await fcr.locator('table.agenda-measures').textContent()).toContain('74 %');
    expect(await agenda.locator('table.agenda-measures').count()).toBe(1);

    // A fresh check-in during the meeting.
    await fcr.getByRole('button', { name: 'Record a check-in for First-contact resolution' }).click();
    const checkIn = fcr.getByRole('form', { name: 'Record a check-in for First-contact resolution' });
    await field(checkIn, 'Value \\(%\\)').fill('78');
    await checkIn.getByRole('button', { name: 'Record check-in' }).click();
    await poll(() =>
      fcr.locator('table.agenda-measures tbody tr').first().locator('td').first().textContent(),
    ).toContain('78 %');
    await poll(() => fcr.textContent()).toContain('3 check-ins');

    // Override the computed status of the invoice goal, with a reason (refused without one).
    const invoice = await openCard(page, 'Cut invoice-error complaints by 20 %');
    const computed = (await invoice.locator('header .status-badge').textContent())!.trim();
    await field(invoice, 'Status in this review').selectOption({ label: 'Override: At risk' });
    await invoice.getByRole('button', { name: 'Save status and notes' }).click();
    await poll(() => invoice.locator('.field-error').textContent()).toContain('Give a reason');
    await field(invoice, 'Reason for the override').fill('The billing system migration in December will add errors');
    await field(invoice, 'Notes').fill('Accounts to report the migration plan next month.');
    await invoice.getByRole('button', { name: 'Save status and notes' }).click();
    await poll(() => invoice.locator('header .status-badge').textContent()).toContain('At risk (set in review)');
    expect(await invoice.locator('.override-note').textContent()).toContain(
      'The billing system migration in December will add errors',
    );
    expect(computed).not.toContain('set in review');

    // A decision and an action.
    await fcr.getByRole('button', { name: 'Add a decision or action: Resolve more on first contact' }).click();
    await field(fcr, 'Decision or action').fill('Train the chat team on the new knowledge base');
    await field(fcr, 'Owner').fill('Lars Nilsson');
    await field(fcr, 'Due date').fill(addDays(today, 14));
    await fcr.getByRole('button', { name: 'Add', exact: true }).click();
    await poll(() => fcr.locator('.action-list').textContent()).toContain(
      'Train the chat team on the new knowledge base',
    );
    await field(page.locator('section.general-actions'), 'Decision or action').fill(
      'Hold the next review as a team huddle',
    );
    await field(page.locator('section.general-actions'), 'Kind').selectOption({ label: 'Decision' });
    // Notes being typed in one card survive the agenda's reload after a change in another.
    await field(fcr, 'Notes').fill('Chat is the weak channel.');
    await page.locator('section.general-actions').getByRole('button', { name: 'Add', exact: true }).click();
    await poll(() => page.locator('section.general-actions .action-list').textContent()).toContain(
      'Decision: Hold the next review',
    );
    expect(await field(fcr, 'Notes').inputValue()).toBe('Chat is the weak channel.');
    await fcr.getByRole('button', { name: 'Save status and notes' }).click();
    await poll(() => fcr.locator('.item-form').getByRole('status').textContent()).toBe('Saved.');

    // Close: the frozen record, read-only, with each goal's next review date moved on.
    await page.getByRole('button', { name: 'Close review' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close review' }).click();
    await poll(() => page.locator('.frozen-note').textContent()).toContain('The review is closed');
    const record = page.locator('section.agenda');
    expect(await record.locator('h2#agenda-heading').textContent()).toBe('What the meeting recorded');
    expect(await record.locator('input, select, textarea').count()).toBe(0);
    // No button but the ones that show details.
    expect(
      await record
        .locator('button')
        .evaluateAll((bs) => bs.filter((b) => !b.matches('.item-toggle, .agenda-toggles button')).length),
    ).toBe(0);
    expect(await record.locator('.item-toggle').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Close review' }).count()).toBe(0);
    expect(await invoice.locator('header .status-badge').textContent()).toContain('At risk (set in review)');
    expect(await invoice.textContent()).toContain('Accounts to report the migration plan next month.');
    expect(await fcr.textContent()).toContain('Chat is the weak channel.');
    expect(await fcr.textContent()).toContain('moved to');
    expect(await fcr.locator('.action-list').textContent()).toContain('Train the chat team');

    // The record stays as it was after a later check-in.
    await send('POST', `/measures/${ids.fcr}/check-ins`, { value: 60, date: today, note: 'after the meeting' });
    await page.reload();
    await card(page, 'Resolve more on first contact').waitFor();
    await openCard(page, 'Resolve more on first contact');
    expect(
      await card(page, 'Resolve more on first contact').locator('table.agenda-measures tbody tr').first().textContent(),
    ).toContain('78 %');
    expect(errors).toEqual([]);
  });

  test('the closed review prints as a clean summary and exports Markdown', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/review/?id=${ids.review}`);
    await card(page, 'Resolve more on first contact').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.locator('section.next-period').isVisible()).toBe(false);
    expect(await page.locator('.agenda-item').first().isVisible()).toBe(true);
    // Printing shows every card's details, though none was opened on screen.
    await poll(() => page.locator('.agenda-item .item-details').count()).toBe(
      await page.locator('.agenda-item').count(),
    );
    expect(await card(page, 'Resolve more on first contact').locator('table.agenda-measures').isVisible()).toBe(true);
    expect(await page.locator('.item-toggle').first().isVisible()).toBe(false);
    await page.screenshot({ path: shot('review-print'), fullPage: true });
    const pdf = path.join(SCREENSHOTS, 'review-summary.pdf');
    await page.pdf({
      path: pdf,
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
    });
    expect(statSync(pdf).size).toBeGreaterThan(10_000);

    await page.emulateMedia({ media: 'screen' });
    const href = await page.getByRole('link', { name: 'Download Markdown' }).getAttribute('href');
    expect(href).toBe(`/api/reviews/${ids.review}/export.md?download=1`);
    const md = await (await page.request.get(app.url + href!)).text();
    expect(md).toContain(`# Review ${period}: Leadership review`);
    expect(md).toContain('Train the chat team on the new knowledge base');
    expect(md).toContain('**At risk**, overridden');
    expect(errors).toEqual([]);
  });

  test('the next review shows the open action at the top, and it can be marked done there', async () => {
    const { page, errors } = await newPage();
    ids.nextReview = await planReview(page, 'Team huddle');
    const carried = page.locator('section.carried');
    await poll(() => carried.textContent()).toContain('Train the chat team on the new knowledge base');
    expect(await carried.textContent()).toContain(`from the ${period} review`);
    expect(await carried.textContent()).not.toContain('Hold the next review'); // decisions are not carried
    // At the top: before the agenda.
    const order = await page
      .locator('section.carried, section.agenda')
      .evaluateAll((els) => els.map((e) => e.className));
    expect(order[0]).toContain('carried');
    await page.screenshot({ path: shot('review-next-carried') });

    await carried.getByRole('checkbox', { name: 'Done: Train the chat team on the new knowledge base' }).check();
    await poll(
      async () => (await send('GET', `/reviews/${ids.review}/actions`)) as unknown as { text: string; state: string }[],
    ).toContainEqual(expect.objectContaining({ text: 'Train the chat team on the new knowledge base', state: 'done' }));
    await poll(() => carried.locator('.action-row.done').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('a goal is carried into the next period from the closed review, linked both ways', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/review/?id=${ids.review}`);
    const next = page.locator('section.next-period');
    await next.getByRole('button', { name: 'Carry into next period: “Resolve more on first contact”' }).click();
    const form = next.getByRole('form', { name: 'Carry “Resolve more on first contact” into the next period' });
    const start = await field(form, 'Start date').inputValue();
    expect(start).toBe(addDays(today, 91)); // the day after the due date
    await field(form, 'Title of the new goal').fill('Resolve more on first contact, next period');
    await form.getByRole('button', { name: 'Carry over' }).click();
    await poll(() => next.textContent()).toContain('Continued in Resolve more on first contact, next period');
    await next.getByRole('link', { name: 'Resolve more on first contact, next period', exact: true }).click();
    await page.waitForURL(/\/goal\/\?id=/);
    await poll(() => page.locator('h1').textContent()).toBe('Resolve more on first contact, next period');
    await page.getByRole('link', { name: 'Resolve more on first contact', exact: true }).click();
    await poll(() => page.locator('h1').textContent()).toBe('Resolve more on first contact');
    expect(await page.locator('.status-line').textContent()).toContain('Carried over');
    expect(errors).toEqual([]);
  });

  test('a goal is closed with a comment from its page; the comment is required', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/goal/?id=${ids.laterGoal}`);
    await page.getByRole('button', { name: 'Close goal “Pre-pick the best sellers”' }).click();
    const form = page.getByRole('form', { name: 'Close “Pre-pick the best sellers”' });
    await form.getByLabel('Dropped').check();
    await form.getByRole('button', { name: 'Close as dropped' }).click();
    await poll(() => form.locator('.field-error').textContent()).toContain('Write a comment');
    await field(form, 'Comment').fill('The warehouse moves to a new system; the goal returns next year.');
    await form.getByRole('button', { name: 'Close as dropped' }).click();
    await poll(() => page.locator('.goal-period').textContent()).toContain('Closed: dropped');
    expect(await page.locator('.goal-period').textContent()).toContain('The warehouse moves to a new system');
    expect(errors).toEqual([]);
  });
});

describe('check-in history', () => {
  test('a check-in is edited in place; a stale edit is refused with a clear message', async () => {
    // The FCR goal was carried over above, so its check-ins are read-only now: edit those of an open goal.
    const goal = await post('/goals', {
      title: 'Resolve more in chat',
      departmentId: ids.cs,
      startDate: addDays(today, -90),
      dueDate: addDays(today, 90),
    });
    const fcr = await post(`/goals/${goal}/measures`, {
      name: 'Chat first-contact resolution',
      unit: '%',
      direction: 'increase',
      baseline: 70,
      baselineDate: addDays(today, -90),
      target: 80,
      targetDate: addDays(today, 90),
    });
    await post(`/measures/${fcr}/check-ins`, { value: 72, date: addDays(today, -60) });
    const checkIn = await post(`/measures/${fcr}/check-ins`, {
      value: 74,
      date: addDays(today, -30),
      note: 'After the FAQ update',
    });
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/measure/?id=${fcr}`);
    const history = page.locator('table.history', { hasText: 'After the FAQ update' });
    await history
      .getByRole('button', { name: /^Edit check-in of / })
      .first()
      .waitFor();
    const rowOf = (note: string) => history.locator('tr', { hasText: note });
    await rowOf('After the FAQ update')
      .getByRole('button', { name: /^Edit check-in of / })
      .click();
    const form = page.getByRole('form', { name: /^Edit check-in of / });
    await field(form, 'Value \\(%\\)').fill('74,5');
    await field(form, 'Note').fill('After the FAQ update (corrected)');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await poll(() => rowOf('After the FAQ update (corrected)').textContent()).toContain('74.5');

    // Someone else edits the same check-in while this page still shows the old version.
    await rowOf('(corrected)')
      .getByRole('button', { name: /^Edit check-in of / })
      .click();
    const current = (await send('GET', `/check-ins/${checkIn}`)) as { version: number };
    await send('PATCH', `/check-ins/${checkIn}`, { note: 'Changed elsewhere', version: current.version });
    await field(form, 'Value \\(%\\)').fill('75');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await poll(() => form.getByRole('alert').first().textContent()).toContain('Someone else changed this');
    expect(((await send('GET', `/check-ins/${checkIn}`)) as { value: number }).value).toBe(74.5);
    expect(errors).toEqual([]);
  });
});

describe('timeline, due list and status', () => {
  test('the timeline draws the goals by department, with a table of the same data', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/timeline/`);
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe(today.slice(0, 4));
    const table = page.locator('table.timeline-table');
    await poll(() => table.textContent()).toContain('Cut invoice-error complaints by 20 %');
    await page.locator('.gantt .diagram-canvas svg').waitFor({ timeout: 20_000 });
    const svg = await page.locator('.gantt .diagram-canvas svg').textContent();
    expect(svg).toContain('Customer Service');
    expect(svg).toContain('Cut invoice-error complaints by 20 %');
    await page.screenshot({ path: shot('timeline'), fullPage: true });

    // Filter: one department, one quarter.
    await page.getByLabel('Department', { exact: true }).selectOption({ label: 'Customer Service' });
    await poll(() => table.textContent()).not.toContain('Cut invoice-error complaints');
    await page.getByLabel('Period', { exact: true }).selectOption(period);
    await poll(() => new URL(page.url()).searchParams.get('period')).toBe(period);
    expect(await table.textContent()).toContain('Resolve more on first contact');
    expect(errors).toEqual([]);
  });

  test('the due list links each item to where it is dealt with', async () => {
    const { page, errors } = await newPage();
    // A measure that never had a check-in and whose first check-in was due long ago.
    const goal = await post('/goals', {
      title: 'Answer the phone quickly',
      departmentId: ids.cs,
      startDate: addDays(today, -100),
      dueDate: addDays(today, 100),
      reviewDate: addDays(today, 3),
    });
    const m = await post(`/goals/${goal}/measures`, {
      name: 'Phone queue at the peak',
      unit: 'min',
      direction: 'decrease',
      baseline: 9,
      baselineDate: addDays(today, -100),
      target: 4,
      targetDate: addDays(today, 100),
      frequency: 'weekly',
    });
    // Last checked in 20 days ago on a weekly measure: overdue (a measure created today would not be yet).
    await post(`/measures/${m}/check-ins`, { value: 8, date: addDays(today, -20) });
    await page.goto(`${app.url}/due/`);
    const goals = page.locator('section', { has: page.locator('#due-goals') });
    await poll(() => goals.textContent()).toContain('Answer the phone quickly');
    expect(await goals.textContent()).toContain('in 3 days');
    const stale = page.locator('section', { has: page.locator('#due-stale') });
    expect(
      await stale.getByRole('link', { name: 'Record a check-in for Phone queue at the peak' }).getAttribute('href'),
    ).toBe(`/measure/?id=${m}`);
    await page.screenshot({ path: shot('due') });
    expect(errors).toEqual([]);
  });

  test('the overview shows each goal’s status next to its progress; the help page explains the rules', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/`);
    const row = page.locator('.outline-row', { hasText: 'Cut invoice-error complaints by 20 %' });
    await poll(() => row.locator('.status-badge').count()).toBe(1);
    expect(await row.locator('.status-badge').getAttribute('title')).toMatch(/Progress \d+ ?%, expected by now \d+ ?%/);
    await page.goto(`${app.url}/help/status/`);
    expect(await page.locator('table.status-rules tbody tr').count()).toBe(7);
    expect(await page.locator('table.status-rules').textContent()).toContain('at most 25 percentage points behind');
    expect(errors).toEqual([]);
  });
});

describe('what each role is offered', () => {
  test('a viewer plans no review; an editor plans only for their department and marks done only their actions', async () => {
    const viewer: TestAccount = { email: 'viewer@reviews.test', password: 'reviews viewer password', role: 'viewer' };
    const accountsEditor: TestAccount = {
      email: 'accounts@reviews.test',
      password: 'reviews accounts password',
      role: 'editor',
      departmentIds: [ids.accounts!],
    };
    await addUser(app, viewer);
    await addUser(app, accountsEditor);
    // An overdue action on a Customer Service goal and one on an Accounts goal.
    const review = await post('/reviews', {
      period,
      meetingDate: today,
      forum: 'department_review',
      departmentId: null,
      attendees: [],
    });
    await post(`/reviews/${review}/actions`, {
      text: 'Call the chat vendor',
      goalId: ids.fcrGoal,
      owner: 'Aino',
      dueDate: addDays(today, -1),
    });
    await post(`/reviews/${review}/actions`, {
      text: 'Fix the invoice template',
      goalId: ids.invoiceGoal,
      owner: 'Pekka',
      dueDate: addDays(today, -1),
    });

    const v = await newPage(viewer);
    await v.page.goto(`${app.url}/due/`);
    await poll(() => v.page.locator('section', { has: v.page.locator('#due-actions') }).textContent()).toContain(
      'Call the chat vendor',
    );
    expect(await v.page.getByRole('link', { name: 'Plan a review meeting' }).count()).toBe(0);
    expect(await v.page.getByRole('checkbox').count()).toBe(0);
    await v.page.goto(`${app.url}/reviews/?plan=1`);
    await v.page.getByRole('heading', { name: 'Review meetings' }).waitFor();
    await v.page.waitForLoadState('networkidle');
    expect(await v.page.getByRole('button', { name: 'Create review' }).count()).toBe(0);
    expect(await v.page.getByRole('button', { name: 'Plan a review' }).count()).toBe(0);
    expect(v.errors).toEqual([]);

    const e = await newPage(accountsEditor);
    await e.page.goto(`${app.url}/due/`);
    const overdue = e.page.locator('section', { has: e.page.locator('#due-actions') });
    await poll(() => overdue.textContent()).toContain('Call the chat vendor');
    expect(await overdue.getByRole('checkbox', { name: 'Done: Fix the invoice template' }).count()).toBe(1);
    expect(await overdue.getByRole('checkbox', { name: 'Done: Call the chat vendor' }).count()).toBe(0);
    await e.page.getByRole('link', { name: 'Plan a review meeting' }).click();
    await poll(() => field(e.page, 'Goals of').locator('option').allTextContents()).toEqual(['Accounts']);
    expect(await field(e.page, 'Forum').inputValue()).toBe('department_review');
    await e.page.getByRole('button', { name: 'Create review' }).click();
    await e.page.waitForURL(/\/review\/\?id=/);
    expect(e.errors).toEqual([]);
  });
});

describe('in Swedish', () => {
  test('the closed review, its Markdown and the timeline read in Swedish', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/sv/review/?id=${ids.review}`);
    await poll(() => page.locator('h1').textContent()).toBe(`${period} · Ledningens uppföljning`);
    expect(await page.locator('section.agenda h2#agenda-heading').textContent()).toBe(
      'Vad mötet beslutade och noterade',
    );
    expect(
      await card(page, 'Cut invoice-error complaints by 20 %').locator('header .status-badge').textContent(),
    ).toContain('Risk (satt i möte)');
    await page.screenshot({ path: shot('review-sv'), fullPage: true });
    const href = await page.getByRole('link', { name: 'Ladda ned som Markdown' }).getAttribute('href');
    const md = await (await page.request.get(app.url + href!)).text();
    expect(md).toContain(`# Uppföljningsmöte ${period}: Ledningens uppföljning`);

    await page.goto(`${app.url}/sv/timeline/`);
    await poll(() => page.locator('h1').textContent()).toBe('Tidslinje');
    await page.locator('.gantt .diagram-canvas svg').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: shot('timeline-sv') });
    expect(errors).toEqual([]);
  });
});
