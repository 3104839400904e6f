// Clicks through the real UI in Chromium against the app started as `npm start` starts it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A new browser page; `signedIn`: as the e2e admin (made on first use). */
async function newPage(
  opts: { signedIn?: boolean } = {},
): Promise<{ page: Page; errors: string[]; scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  if (opts.signedIn) {
    await asAdmin(app);
    await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) =>
    d.type() === 'confirm' ? d.accept() : (errors.push(`unexpected ${d.type()}: ${d.message()}`), d.dismiss()),
  );
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  return { page, errors, scripts };
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

/** A form field by its exact label; required fields carry a visual " *" that screen readers skip. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));

const api = async (path: string, init?: RequestInit) =>
  fetch(`${app.url}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)), ...init?.headers },
  }).then((r) => r.json());

describe('foundation', () => {
  test('a leadership user builds vision → department → goal → measure → check-in and sees it drawn', async () => {
    const { page, errors, scripts } = await newPage();
    // Empty database, nobody signed in: the site asks for sign-in, and the start printed a
    // one-time link to create the first admin.
    await page.goto(app.url + '/');
    await page.waitForURL(/\/sign-in\//);
    const setupLink = /(http:\/\/\S+\/invite\/\S+)/.exec(app.output())?.[1];
    expect(setupLink, 'npm start prints a setup link when there is no admin').toBeDefined();
    await page.goto(setupLink!.replace(/^http:\/\/[^/]+/, app.url));
    await page.getByRole('heading', { name: 'Create the first admin account' }).waitFor();
    await field(page, 'Your e-mail address').fill('aino@example.com');
    await field(page, 'Your name').fill('Aino Virtanen');
    await field(page, 'Password').fill('first admin password');
    await field(page, 'Repeat the password').fill('first admin password');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    // Signed in as that admin; the database is empty, so the vision form is shown.
    await page.getByLabel('Vision statement').fill('To be recognised as the leader in customer service in our market');
    await page.getByLabel('Horizon year').fill('2028');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('blockquote.statement').textContent()).toContain('leader in customer service');

    // A department. (The overview fetches Mermaid as soon as its island loads, even with nothing
    // to draw yet; what counts here is what the departments page itself loads.)
    scripts.length = 0;
    await nav(page, 'Departments').click();
    await page.getByLabel('Department name').fill('Customer Service');
    await page.getByRole('button', { name: 'Add department' }).click();
    await page.getByRole('link', { name: 'Customer Service' }).waitFor();
    expect(
      scripts.some((s) => s.includes('mermaid.core')),
      'no Mermaid on a page without a diagram',
    ).toBe(false);

    // A goal under the vision.
    await nav(page, 'Overview').click();
    await page.getByRole('button', { name: 'Add a goal under the vision' }).click();
    await page.getByLabel('Title').fill('Resolve more on first contact');
    await page.getByLabel('Owner').fill('Aino Virtanen');
    await page.getByLabel('Start date').fill('2026-01-01');
    await page.getByLabel('Due date').fill('2026-12-31');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('link', { name: 'Resolve more on first contact' }).click();

    // A measure: first a mistake (target = baseline) is refused with a message on the field.
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByLabel('Name').fill('First-contact resolution');
    await field(page, 'Baseline').fill('70');
    await page.getByLabel('Baseline date').fill('2026-01-01');
    await field(page, 'Target').fill('70');
    await page.getByLabel('Target date').fill('2026-12-31');
    await page.getByRole('button', { name: 'Add measure' }).last().click();
    await expect.poll(() => page.locator('.field-error').first().textContent()).toContain('equals the baseline');
    await field(page, 'Target').fill('80');
    await page.getByRole('button', { name: 'Add measure' }).last().click();
    await page.locator('ul.measures').getByRole('link', { name: 'First-contact resolution' }).click();

    // A check-in: 75 % is half-way from 70 to 80.
    await page.getByLabel(/^Value/).fill('75');
    await field(page, 'Date').fill('2026-06-30');
    await page.getByLabel('Note').fill('After the new knowledge base');
    await page.getByRole('button', { name: 'Record check-in' }).click();
    await expect.poll(() => page.locator('table.history tbody tr').count()).toBe(1);
    await expect.poll(() => page.locator('header .progress-value').textContent()).toBe('50%');

    // The overview draws the goal with its progress in the Mermaid SVG.
    await page.getByRole('link', { name: 'Vision' }).first().click();
    const svg = page.locator('.diagram-canvas svg');
    await svg.waitFor({ timeout: 20_000 });
    await expect.poll(() => svg.textContent()).toContain('Resolve more on first contact');
    expect(await svg.textContent()).toContain('50%');
    expect(
      scripts.some((s) => s.includes('mermaid.core')),
      'Mermaid loads on the overview',
    ).toBe(true);
    await page.screenshot({ path: shot('overview-en'), fullPage: true });

    // Persisted: a reload shows the same.
    await page.reload();
    await page.locator('.diagram-canvas svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('.outline').textContent()).toContain('Resolve more on first contact');

    // Clicking the goal's node in the diagram opens the goal.
    await page.locator('.diagram-canvas g.node', { hasText: 'Resolve more on first contact' }).click();
    await page.waitForURL(/\/goal\/\?id=/);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 15_000 })
      .toBe('Resolve more on first contact');

    // Swedish, remembered across pages.
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(/\/sv\/goal\/\?id=/);
    await expect.poll(() => page.getByRole('heading', { name: 'Mått' }).count(), { timeout: 15_000 }).toBe(1);
    await page.goto(app.url + '/departments/');
    await page.waitForURL(/\/sv\/departments\//);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Avdelningar');
    await page.goto(app.url + '/');
    await page.locator('.diagram-canvas svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('.outline').textContent()).toMatch(/50\s%/); // Swedish: a (no-break) space before %
    await page.screenshot({ path: shot('overview-sv'), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('hostile goal titles show as text in the page and in the diagram', async () => {
    const departments = (await api('/departments')) as { id: string }[];
    const hostile = ['"]-->X; click A call alert(1)', '<img src=x onerror=alert(1)>'];
    for (const title of hostile)
      await api('/goals', {
        method: 'POST',
        body: JSON.stringify({
          title,
          departmentId: departments[0]!.id,
          startDate: '2026-01-01',
          dueDate: '2026-12-31',
        }),
      });
    const { page, errors } = await newPage({ signedIn: true });
    await page.goto(app.url + '/');
    await page.locator('.diagram-canvas svg').waitFor({ timeout: 20_000 });
    const outline = await page.locator('.outline').textContent();
    for (const title of hostile) expect(outline).toContain(title);
    const svgText = await page.locator('.diagram-canvas svg').textContent();
    expect(svgText).toContain('click A call alert(1)');
    expect(svgText).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.diagram-canvas img, .outline img').count()).toBe(0);
    await page.screenshot({ path: shot('hostile-titles'), fullPage: true });
    expect(errors).toEqual([]); // no alert() dialog, no script error
  });

  test('a bidi override in a title reorders only the title, never the text around it', async () => {
    const departments = (await api('/departments')) as { id: string }[];
    const title = 'report\u202Ecod.exe';
    await api('/goals', {
      method: 'POST',
      body: JSON.stringify({ title, departmentId: departments[0]!.id, startDate: '2026-01-01', dueDate: '2026-12-31' }),
    });
    const { page } = await newPage({ signedIn: true });
    await page.goto(app.url + '/?period=all');
    const link = page.locator('.outline a', { hasText: 'cod.exe' });
    await link.waitFor();
    // The title's own element is a bidi isolate: the override ends with it.
    expect(await link.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    const row = link.locator('xpath=..');
    const meta = row.locator('.meta');
    const [a, m] = [await link.boundingBox(), await meta.boundingBox()];
    expect(m!.x).toBeGreaterThanOrEqual(a!.x + a!.width - 1); // the department still follows the title
  });
});
