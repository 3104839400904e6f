// Honest measurement through the real UI, on a desktop (1366 px) and a phone (390 px): a 12-answer
// NPS sample asks for confirmation and does not move progress; the counterweight fix offers the
// organisation's existing FCR measure first and shows what it would create before creating it; a
// new measure is not on the due list before its first period.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
const ids: Record<string, string> = {};

async function send<T = any>(
  method: string,
  path: string,
  body?: unknown,
  status = method === 'POST' ? 201 : 200,
): Promise<T> {
  const res = await fetch(`${app.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}: ${res.status === status ? '' : await res.clone().text()}`).toBe(status);
  return res.json() as Promise<T>;
}
const get = <T = any>(path: string) => send<T>('GET', path);
const post = <T = { id: string }>(path: string, body: unknown) => send<T>('POST', path, body);
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);
const period = { baselineDate: `${year}-01-01`, targetDate: `${year}-12-31` };
const dates = { startDate: `${year}-01-01`, dueDate: `${year}-12-31` };

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ids.cs = (await post('/departments', { name: 'Customer Service' })).id;
  ids.voice = (await post('/goals', { title: 'Customers recommend us', departmentId: ids.cs, ...dates })).id;
  ids.nps = (await post(`/goals/${ids.voice}/measures`, { libraryKey: 'nps', baseline: 0, target: 40, ...period })).id;
  // NPS 30 from 100 answers: 75 % of the way from 0 to 40.
  await post(`/measures/${ids.nps}/check-ins`, { date: `${year}-01-15`, promoters: 50, passives: 30, detractors: 20 });
  ids.resolve = (await post('/goals', { title: 'Resolve at first contact', departmentId: ids.cs, ...dates })).id;
  ids.fcr = (
    await post(`/goals/${ids.resolve}/measures`, { libraryKey: 'fcr', baseline: 70, target: 80, ...period })
  ).id;
  for (const v of VIEWPORTS) {
    ids[`aht-${v.name}`] = (
      await post('/goals', { title: `Shorter calls (${v.name})`, departmentId: ids.cs, ...dates })
    ).id;
    await post(`/goals/${ids[`aht-${v.name}`]}/measures`, { libraryKey: 'aht', baseline: 420, target: 360, ...period });
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(v: (typeof VIEWPORTS)[number]): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: v.width, height: v.height }, locale: 'en-GB' });
  await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // No browser dialog: every confirmation is a step in the page.
  page.on('dialog', (d) => (errors.push(`unexpected ${d.type()}: ${d.message()}`), d.dismiss()));
  return { page, errors };
}

describe.each(VIEWPORTS)('honest measurement at $width px', (v) => {
  test('saving a 12-answer NPS sample asks for confirmation, and progress does not move', async () => {
    const { page, errors } = await newPage(v);
    const before = await get<{ progress: number; latest: { id: string } }>(`/measures/${ids.nps}`);
    const storedBefore = (await get<unknown[]>(`/measures/${ids.nps}/check-ins`)).length;
    await page.goto(`${app.url}/measure/?id=${ids.nps}`);
    await page.getByLabel(/^Promoters/).fill('10');
    await page.getByLabel(/^Passives/).fill('1');
    await page.getByLabel(/^Detractors/).fill('1');
    await poll(() => page.locator('.sample-preview').textContent()).toContain('12 answers: below the minimum of 30');
    await page.getByRole('button', { name: 'Record check-in' }).click();

    // A confirmation step in the page; nothing is stored yet.
    const confirm = page.getByRole('group', { name: 'Save a sample below the minimum?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain("12 answers is below this measure's minimum of 30");
    expect((await get<unknown[]>(`/measures/${ids.nps}/check-ins`)).length).toBe(storedBefore);
    await page.screenshot({ path: shot(`measure-truth-small-sample-confirm-${v.name}`), fullPage: true });
    await confirm.getByRole('button', { name: 'Save anyway (does not count)' }).click();

    await poll(async () => (await get<unknown[]>(`/measures/${ids.nps}/check-ins`)).length).toBe(storedBefore + 1);
    const after = await get<{ progress: number; latest: { id: string }; smallSample: { sampleSize: number } | null }>(
      `/measures/${ids.nps}`,
    );
    expect(after.progress).toBe(before.progress);
    expect(after.latest.id).toBe(before.latest.id);
    expect(after.smallSample?.sampleSize).toBe(12);
    // The page shows it, marked, and says it does not count.
    await poll(() => page.locator('.small-sample-note').textContent()).toContain(
      'is below the minimum sample and does not count',
    );
    await poll(() => page.locator('table.history tbody').textContent()).toContain(
      'Below minimum sample: does not count',
    );
    expect(await page.getByRole('meter').first().getAttribute('aria-valuenow')).toBe(
      String(Math.round(before.progress * 100)),
    );
    await page.screenshot({ path: shot(`measure-truth-measure-page-${v.name}`), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('the counterweight fix offers the existing FCR measure first and shows a preview before creating', async () => {
    const { page, errors } = await newPage(v);
    const goalId = ids[`aht-${v.name}`]!;
    const measuresBefore = (await get<{ measures: unknown[] }>('/tree')).measures.length;
    await page.goto(`${app.url}/goal/?id=${goalId}`);
    await page.getByRole('button', { name: 'Add First-contact resolution (FCR) as counterweight' }).click();
    const preview = page.locator('.counterweight-preview');
    await preview.waitFor();
    const text = await preview.textContent();
    expect(text).toContain('First-contact resolution (FCR) is already measured in the organisation');
    expect(text).toContain('Resolve at first contact');
    expect(text).toContain('Or create a new measure on this goal');
    // The preview wrote nothing.
    expect((await get<{ measures: unknown[] }>('/tree')).measures.length).toBe(measuresBefore);
    await page.screenshot({ path: shot(`measure-truth-counterweight-preview-${v.name}`), fullPage: true });

    await preview.getByRole('button', { name: 'Pair with this First-contact resolution (FCR)' }).first().click();
    await page
      .getByRole('listitem', { name: 'Average handling time (AHT), kept honest by First-contact resolution (FCR)' })
      .waitFor();
    const tree = await get<{
      measures: { id: string; libraryKey: string | null }[];
      pairs: { measureId: string; counterweightId: string }[];
    }>('/tree');
    expect(tree.measures.length).toBe(measuresBefore);
    expect(tree.measures.filter((m) => m.libraryKey === 'fcr')).toHaveLength(1);
    expect(tree.pairs.some((p) => p.counterweightId === ids.fcr)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the due list does not call a measure created today overdue; a small sample does not settle what is owed', async () => {
    const { page, errors } = await newPage(v);
    await page.goto(`${app.url}/due/`);
    const stale = page.locator('section[aria-labelledby="due-stale"]');
    await stale.waitFor();
    await poll(() => page.locator('#due-stale').textContent()).toBeTruthy();
    // AHT and FCR were created today with a baseline in January and no check-in: not overdue yet.
    // The NPS is: its last check-in that counts is from January (the 12-answer sample does not settle it).
    const due = await get<{ staleMeasures: { measureId: string; name: string; lastCheckIn: string | null }[] }>(
      `/due?today=${today}`,
    );
    expect(due.staleMeasures.map((m) => m.measureId)).toEqual([ids.nps]);
    expect(due.staleMeasures[0]!.lastCheckIn).toBe(`${year}-01-15`);
    await poll(() => stale.textContent()).toContain('Net Promoter Score');
    expect(await stale.textContent()).not.toContain('Average handling time');
    expect(await stale.textContent()).not.toContain('First-contact resolution');
    await page.screenshot({ path: shot(`measure-truth-due-${v.name}`), fullPage: true });
    expect(errors).toEqual([]);
  });
});
