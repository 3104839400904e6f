// Forms that open in place take the focus (typed text lands in their first field), Escape closes
// them and focus goes back to the button that opened them; destructive steps ask in an
// accessible dialog (focus on Cancel, Escape cancels, confirming does it). Desktop and phone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, shot, signInHeaders, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
let admin: Record<string, string>;
const ids: Record<string, string> = {};
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

async function api<T>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}/api${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...admin },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as T };
}

beforeAll(async () => {
  app = await startApp({ env: { TILLER_DEMO: 'on' } });
  browser = await launchBrowser();
  admin = await signInHeaders(app, 'leadership@demo.tiller', 'demo-leadership');
  type Row = { id: string; [k: string]: unknown };
  const tree = (await api<{ goals: Row[]; measures: Row[] }>('GET', '/tree')).body;
  const goal = tree.goals.find((g) => g.state === 'open' && tree.measures.some((m) => m.goalId === g.id))!;
  ids.goal = goal.id;
  ids.measure = tree.measures.find((m) => m.latest && !m.survey)!.id;
  const today = new Date().toISOString().slice(0, 10);
  ids.doomed = (
    await api<Row>('POST', '/goals', {
      title: 'A goal to delete',
      departmentId: goal.departmentId,
      parentGoalId: goal.id,
      startDate: today,
      dueDate: `${Number(today.slice(0, 4)) + 1}-03-31`,
    })
  ).body.id;
  const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
  const open = (await api<Row[]>('GET', '/reviews?state=open')).body[0];
  // The quarter's last day: the demo's goals are all due for review by then, whatever day it is.
  const quarterEnd = new Date(
    Date.UTC(Number(today.slice(0, 4)), Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 3, 0),
  )
    .toISOString()
    .slice(0, 10);
  ids.review =
    open?.id ??
    (
      await api<Row>('POST', '/reviews', {
        period: quarter,
        meetingDate: quarterEnd,
        forum: 'leadership_review',
        attendees: ['Leadership'],
        notes: '',
      })
    ).body.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 }, locale: 'en-GB' });
  await context.addCookies([
    { name: admin.cookie!.split('=')[0]!, value: admin.cookie!.split('=').slice(1).join('='), url: app.url },
  ]);
  const page = await context.newPage();
  // No native dialog may appear: confirm() is gone.
  page.on('dialog', (d) => {
    throw new Error(`native ${d.type()} dialog: ${d.message()}`);
  });
  return page;
}

/** What has focus: its tag, name attribute, data-opener key, and whether it sits in an open in-place form / dialog. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: el?.getAttribute('name') ?? '',
      opener: el?.getAttribute('data-opener') ?? '',
      text: el?.textContent?.trim() ?? '',
      inForm: !!el?.closest('.in-place'),
      inDialog: !!el?.closest('dialog[open]'),
    };
  });

/** Opens a form with `button`, checks focus and typing, closes it with Escape, checks focus came back. */
async function openTypeEscape(
  page: Page,
  button: ReturnType<Page['getByRole']>,
  firstField: string,
  screenshot: string,
) {
  // The opener's key, read before it opens (a button hidden while its form is open is drawn anew).
  const key = await button.getAttribute('data-opener');
  expect(key).toBeTruthy();
  await button.click();
  await poll(() => focused(page)).toMatchObject({ inForm: true, name: firstField });
  await page.keyboard.press('End');
  await page.keyboard.type(' typed');
  const value = await page.locator('.in-place').first().locator(`[name="${firstField}"]`).inputValue();
  expect(value.endsWith(' typed'), `typed text lands in ${firstField}: "${value}"`).toBe(true);
  await page.screenshot({ path: shot(screenshot) });
  await page.keyboard.press('Escape');
  await poll(() => page.locator('.in-place').count()).toBe(0);
  await poll(async () => (await focused(page)).opener).toBe(key);
}

for (const width of [1366, 390]) {
  const size = width > 500 ? 'desktop' : 'phone';
  describe(`at ${width} px`, () => {
    test('Add measure, Add a sub-goal and Carry take focus, Escape closes them and focus returns', async () => {
      const page = await newPage(width);
      await page.goto(`${app.url}/goal/?id=${ids.goal}`);
      await openTypeEscape(
        page,
        page.getByRole('button', { name: 'Add measure' }),
        'name',
        `focus-add-measure-${size}`,
      );
      await openTypeEscape(
        page,
        page.getByRole('button', { name: 'Add a sub-goal' }),
        'title',
        `focus-add-sub-goal-${size}`,
      );
      await openTypeEscape(
        page,
        page.getByRole('button', { name: /^Carry into next period: / }),
        'title',
        `focus-carry-${size}`,
      );
      await page.context().close();
    });

    test('"+ Decision or action" takes focus, Escape closes it and focus returns', async () => {
      const page = await newPage(width);
      await page.goto(`${app.url}/review/?id=${ids.review}`);
      await page.locator('.agenda-item .item-toggle').first().click();
      await openTypeEscape(
        page,
        page.getByRole('button', { name: /^Add a decision or action: / }).first(),
        'text',
        `focus-add-action-${size}`,
      );
      await page.context().close();
    });

    test("a goal's Details open and close from the keyboard, and focus stays on the button", async () => {
      const page = await newPage(width);
      await page.goto(`${app.url}/review/?id=${ids.review}`);
      const item = page.locator('.agenda-item').first();
      const toggle = item.locator('.item-toggle');
      await toggle.waitFor();
      const title = (await item.locator('h3').textContent())!.trim();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await item.locator('.item-details').count()).toBe(0);
      await toggle.focus();
      await page.keyboard.press('Enter');
      await poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      const details = item.locator('.item-details');
      expect(await details.isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-controls')).toBe(await details.getAttribute('id'));
      expect(await page.evaluate(() => document.activeElement?.classList.contains('item-toggle'))).toBe(true);
      // Its name says which goal it opens.
      expect(await page.getByRole('button', { name: `Details: ${title}`, exact: true }).count()).toBe(1);
      await page.screenshot({ path: shot(`focus-item-details-${size}`) });
      await page.keyboard.press('Space');
      await poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await details.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('item-toggle'))).toBe(true);
      await page.context().close();
    });
  });
}

describe('confirmation dialogs', () => {
  test('deleting a goal: the dialog has focus on Cancel, Escape cancels, confirming deletes', async () => {
    for (const width of [390, 1366]) {
      const page = await newPage(width);
      await page.goto(`${app.url}/goal/?id=${ids.doomed}`);
      const opener = page.getByRole('button', { name: 'Delete goal' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: 'Delete “A goal to delete”? This cannot be undone.' });
      await dialog.waitFor();
      await poll(() => focused(page)).toMatchObject({ inDialog: true, text: 'Cancel' });
      await page.screenshot({ path: shot(`dialog-delete-goal-${width > 500 ? 'desktop' : 'phone'}`) });
      await page.keyboard.press('Escape');
      await poll(() => dialog.count()).toBe(0);
      await poll(async () => (await focused(page)).text).toBe('Delete goal');
      expect((await api('GET', `/goals/${ids.doomed}`)).status).toBe(200);
      if (width > 500) {
        await opener.click();
        await dialog.getByRole('button', { name: 'Delete goal' }).click();
        await page.waitForURL((u) => !u.search.includes(ids.doomed!));
        expect((await api('GET', `/goals/${ids.doomed}`)).status).toBe(404);
      }
      await page.context().close();
    }
  });

  test('deleting a check-in: Escape cancels, confirming deletes it', async () => {
    for (const width of [390, 1366]) {
      const page = await newPage(width);
      await page.goto(`${app.url}/measure/?id=${ids.measure}`);
      const count = async () => (await api<unknown[]>('GET', `/measures/${ids.measure}/check-ins`)).body.length;
      const before = await count();
      const del = page.getByRole('button', { name: /^Delete check-in / }).first();
      const name = await del.getAttribute('aria-label');
      await del.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await poll(() => focused(page)).toMatchObject({ inDialog: true, text: 'Cancel' });
      await page.screenshot({ path: shot(`dialog-delete-check-in-${width > 500 ? 'desktop' : 'phone'}`) });
      await page.keyboard.press('Escape');
      await poll(() => dialog.count()).toBe(0);
      await poll(async () => (await focused(page)).text).toBe('Delete');
      expect(await count()).toBe(before);
      if (width > 500) {
        await del.click();
        await dialog.getByRole('button', { name: 'Delete' }).click();
        await poll(count).toBe(before - 1);
        await poll(() => page.getByRole('button', { name: name! }).count()).toBe(0);
      }
      await page.context().close();
    }
  });
});
