// Editing the hierarchy through the UI: refused deletes, moves, deleting a goal with
// sub-goals, stale edits, and the diagram used from the keyboard.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
const ids: Record<string, string> = {};

async function post(path: string, body: unknown): Promise<{ id: string }> {
  const res = await fetch(`${app.url}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)) },
    body: JSON.stringify(body),
  });
  expect(res.status, `POST ${path}`).toBe(201);
  return res.json() as Promise<{ id: string }>;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const res = await fetch(`${app.url}/api/vision`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)) },
    body: JSON.stringify({ statement: 'Leader in customer service', horizonYear: 2028 }),
  });
  expect(res.status).toBe(201);
  ids.accounts = (await post('/departments', { name: 'Accounts' })).id;
  ids.logistics = (await post('/departments', { name: 'Logistics' })).id;
  const dates = { startDate: '2026-01-01', dueDate: '2026-12-31' };
  ids.parent = (
    await post('/goals', { title: 'Cut customer complaints by 15 %', departmentId: ids.accounts, ...dates })
  ).id;
  ids.child = (
    await post('/goals', {
      title: 'Reduce invoice-error complaints by 20 %',
      departmentId: ids.accounts,
      parentGoalId: ids.parent,
      ...dates,
    })
  ).id;
  ids.grandchild = (
    await post('/goals', {
      title: 'Check prices before invoicing',
      departmentId: ids.accounts,
      parentGoalId: ids.child,
      ...dates,
    })
  ).id;
  ids.other = (
    await post('/goals', { title: 'Cut order-to-delivery time by 5 %', departmentId: ids.logistics, ...dates })
  ).id;
  await post(`/goals/${ids.child}/measures`, {
    name: 'Invoice-error complaints',
    unit: 'count',
    direction: 'decrease',
    baseline: 50,
    baselineDate: '2026-01-01',
    target: 40,
    targetDate: '2026-12-31',
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => d.accept());
  return { page, errors };
}

describe('editing the hierarchy', () => {
  test('deleting a department that owns goals is refused with a clear message', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/departments/`);
    await page.getByRole('button', { name: 'Delete: Accounts' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect
      .poll(() => page.locator('li', { hasText: 'Accounts' }).getByRole('alert').textContent())
      .toContain('owns 3 goals');
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: 'Accounts' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('on a Swedish page, what the form checks and what the server refuses reads in Swedish', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/sv/departments/`);
    const name = page.getByLabel(/^Avdelningens namn/);
    const form = page.locator('form', { has: name });
    // Checked in the browser by the shared schema…
    await page.getByRole('button', { name: 'Lägg till avdelning' }).click();
    await expect.poll(() => form.locator('.field-error').textContent()).toMatch(/^Obligatoriskt\.\s*$/);
    // …and refused by the server (409, the name is taken).
    await name.fill('accounts');
    await page.getByRole('button', { name: 'Lägg till avdelning' }).click();
    await expect
      .poll(() => form.locator('.field-error').textContent())
      .toMatch(/^En annan avdelning har det här namnet\.\s*$/);
    await page.screenshot({ path: shot('department-name-taken-sv') });
    expect(errors).toEqual([]);
  });

  test('a goal cannot be moved into its own subtree, and can be moved elsewhere', async () => {
    const { page } = await newPage();
    await page.goto(`${app.url}/goal/?id=${ids.parent}`);
    await page.getByRole('button', { name: 'Edit goal' }).click();
    const under = page.getByLabel('Under');
    // The form loads on demand: wait for its options before reading them.
    await expect.poll(() => under.locator('option').count()).toBeGreaterThan(1);
    // Options read "↳ Title — Department", indented by level: compare the titles.
    const offered = (await under.locator('option').allTextContents()).map((o) =>
      o.replace(/^[\s\u00a0↳]+/, '').replace(/ — [^—]*$/, ''),
    );
    expect(offered).toContain('Cut order-to-delivery time by 5 %');
    expect(offered).not.toContain('Reduce invoice-error complaints by 20 %');
    expect(offered).not.toContain('Check prices before invoicing');
    expect(offered).not.toContain('Cut customer complaints by 15 %');

    // Move the grandchild directly under the vision.
    await page.goto(`${app.url}/goal/?id=${ids.grandchild}`);
    await page.getByRole('button', { name: 'Edit goal' }).click();
    await page.getByLabel('Under').selectOption({ label: 'Directly under the vision' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('nav.breadcrumb').textContent()).toBe('Vision');
  });

  test('a stale edit is refused with a clear message, not silently overwritten', async () => {
    const one = (await newPage()).page;
    const two = (await newPage()).page;
    for (const p of [one, two]) {
      await p.goto(`${app.url}/goal/?id=${ids.other}`);
      await p.getByRole('button', { name: 'Edit goal' }).click();
    }
    await one.getByLabel(/^Title/).fill('Cut order-to-delivery time by 6 %');
    await one.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => one.locator('h1').textContent()).toBe('Cut order-to-delivery time by 6 %');
    await two.getByLabel('Owner').fill('Lars Nilsson');
    await two.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => two.locator('form').getByRole('alert').first().textContent())
      .toContain('Someone else changed this');
    const goal = (await (await fetch(`${app.url}/api/goals/${ids.other}`, { headers: await asAdmin(app) })).json()) as {
      title: string;
      owner: string;
    };
    expect(goal).toMatchObject({ title: 'Cut order-to-delivery time by 6 %', owner: '' });
  });

  test('deleting a goal with sub-goals asks what to do; moving them up keeps them', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/goal/?id=${ids.parent}`);
    await page.getByRole('button', { name: 'Delete goal' }).click();
    await expect
      .poll(() => page.locator('fieldset legend').textContent())
      .toContain('This goal has a sub-goal. What should happen to it?');
    await page.getByLabel('Move them up one level').check();
    await page.screenshot({ path: shot('delete-goal-with-children') });
    await page.getByRole('dialog').getByRole('button', { name: 'Delete goal' }).click();
    await page.waitForURL(`${app.url}/`);
    const outline = page.locator('.outline');
    await expect.poll(() => outline.textContent()).toContain('Reduce invoice-error complaints by 20 %');
    expect(await outline.textContent()).not.toContain('Cut customer complaints by 15 %');
    // The measure stayed with its goal.
    const tree = (await (await fetch(`${app.url}/api/tree`, { headers: await asAdmin(app) })).json()) as {
      goals: { id: string; parentGoalId: string | null }[];
      measures: unknown[];
    };
    expect(tree.goals.find((g) => g.id === ids.child)?.parentGoalId).toBeNull();
    expect(tree.measures).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('diagram nodes are reachable and opened with the keyboard', async () => {
    const { page } = await newPage();
    await page.goto(`${app.url}/`);
    const node = page.locator('.diagram-canvas g.node.clickable', { hasText: 'Reduce invoice-error complaints' });
    await node.waitFor({ timeout: 20_000 });
    expect(await node.getAttribute('tabindex')).toBe('0');
    expect(await node.getAttribute('role')).toBe('link');
    await node.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/goal\/\?id=/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Reduce invoice-error complaints by 20 %');
  });
});
