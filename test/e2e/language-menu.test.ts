// The language menu: every language of LOCALES by its own name, remembered across pages; the
// page's <html lang>, title, skip link and <noscript> in its language; on a phone the languages
// are links inside the open site menu. And a Swedish page shows the server's refusal in Swedish,
// rendered from its code.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ env: { TILLER_DEMO: 'on' } });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signedIn(
  width: number,
  height: number,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height } });
  await signInContext(context, app, 'leadership@demo.tiller', 'demo-leadership');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}

const pageFacts = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    skip: document.querySelector('a.skip')?.textContent,
    noscript: document.querySelector('main noscript')?.textContent ?? '',
  }));

describe('the language menu', () => {
  test('at 1366 px: a button opens every language by its own name; the choice is remembered', async () => {
    const { page, errors, close } = await signedIn(1366, 900);
    await page.goto(`${app.url}/departments/`);
    const button = page.getByRole('button', { name: 'Language: English' });
    await button.waitFor();
    const svenska = page.getByRole('link', { name: 'Svenska' });
    expect(await svenska.isVisible()).toBe(false);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const list = page.locator('#lang-list');
    expect(await list.getByRole('link').allTextContents()).toEqual(LOCALES.map((l) => l.name));
    expect(await list.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('true');
    expect(await svenska.getAttribute('lang')).toBe('sv');
    await page.locator('header.site-header').screenshot({ path: shot('language-menu-1366-open') });
    await page.screenshot({ path: shot('language-menu-1366-page') });

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await svenska.isVisible()).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);

    await button.click();
    await svenska.click();
    await page.waitForURL(/\/sv\/departments\/$/);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Avdelningar');
    expect(await pageFacts(page)).toEqual({
      lang: 'sv',
      title: 'Avdelningar · Tiller',
      skip: 'Hoppa till innehållet',
      noscript: expect.stringContaining('Tiller behöver JavaScript'),
    });
    expect(await page.getByRole('button', { name: 'Språk: Svenska' }).count()).toBe(1);
    // Remembered: the English address leads to the Swedish page.
    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/sv\/$/);
    expect(errors).toEqual([]);
    await close();
  });

  test('at 390 px: the languages are links in the open site menu', async () => {
    const { page, errors, close } = await signedIn(390, 844);
    await page.goto(`${app.url}/sv/departments/`);
    const menu = page.getByRole('button', { name: 'Meny' });
    await menu.waitFor();
    const english = page.getByRole('link', { name: 'English' });
    expect(await english.isVisible()).toBe(false);
    await menu.click();
    expect(await english.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Språk/ }).isVisible()).toBe(false);
    const box = (await english.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('language-menu-390-open') });
    await english.click();
    await page.waitForURL(/\/departments\/$/);
    expect(page.url()).not.toContain('/sv/');
    expect((await pageFacts(page)).lang).toBe('en');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a Swedish page and the server', () => {
  test('shows the server’s refusal of a department name in Swedish, from its code', async () => {
    const { page, errors, close } = await signedIn(1366, 900);
    await page.goto(`${app.url}/sv/departments/`);
    const name = page.getByLabel('Avdelningens namn');
    await name.waitFor();
    // Only the server knows the name is taken: the shared schema accepts it.
    await name.fill('Customer Service');
    await page.getByRole('button', { name: 'Lägg till avdelning' }).click();
    await expect
      .poll(() => page.locator('form.inline').first().textContent(), { timeout: 15_000 })
      .toContain('En annan avdelning har det här namnet.');
    expect(await page.locator('form.inline').first().textContent()).not.toContain('Another department');
    await page.screenshot({ path: shot('language-sv-server-message') });
    expect(errors).toEqual([]);
    await close();
  });
});
