// Finnish and Norwegian end to end, each on a demo organisation seeded in its own language
// (TILLER_DEMO_LOCALE): switch with the language menu, add a goal and a measure with a
// decimal-comma baseline, see the server's refusal rendered from its code, download a review's
// Markdown export in the language; screenshots of the overview and a goal page at 1366 and 390 px,
// with no sideways scrolling.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, shot, signInContext, signInHeaders, startApp, type RunningApp } from './app.ts';
import { fi } from '../../src/i18n/fi.ts';
import { nb } from '../../src/i18n/nb.ts';
import { localeInfo } from '../../src/i18n/locales.ts';
import { demoText } from '../../db/seed/demo-text.ts';

const LANGUAGES = [
  { code: 'fi', t: fi },
  { code: 'nb', t: nb },
] as const;

const apps: Partial<Record<'fi' | 'nb', RunningApp>> = {};
let browser: Browser;

beforeAll(async () => {
  const started = await Promise.all(
    LANGUAGES.map(({ code }) => startApp({ env: { TILLER_DEMO: 'on', TILLER_DEMO_LOCALE: code } })),
  );
  LANGUAGES.forEach(({ code }, i) => (apps[code] = started[i]));
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(apps).map((a) => a?.stop()));
});

async function signedIn(app: RunningApp, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  await signInContext(context, app, 'leadership@demo.tiller', 'demo-leadership');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => (errors.push(`unexpected ${d.type()}: ${d.message()}`), d.dismiss()));
  return { page, errors, close: () => context.close() };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form field by its exact label; required fields carry a visual " *" that screen readers skip. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));

/** The page scrolls only downwards: nothing sticks out to the side. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(LANGUAGES)('in $code', ({ code, t }) => {
  const app = () => apps[code]!;
  const name = localeInfo(code).name;
  const goalTitle =
    code === 'fi' ? 'Ratkaistaan useampi asia ensimmäisellä yhteydenotolla' : 'Løse flere saker ved første kontakt';
  const measureName = code === 'fi' ? 'Ensikontaktiratkaisu (FCR)' : 'Løst ved første kontakt (FCR)';

  test('at 1366 px: switch with the menu, add a goal and a measure with a decimal comma, see the server in the language', async () => {
    const { page, errors, close } = await signedIn(app(), 1366, 900);
    await page.goto(`${app().url}/departments/`);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.locator('#lang-list').getByRole('link', { name }).click();
    await page.waitForURL(new RegExp(`/${code}/departments/$`));
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(t.departments.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
    expect(await page.title()).toBe(`${t.departments.title} · Tiller`);
    // The demo organisation speaks the language too.
    const cs = demoText(code, 'Customer Service');
    await page.getByRole('link', { name: cs }).first().waitFor();

    // The server alone knows the name is taken; its refusal comes as a code, rendered here.
    await field(page, t.departments.name).fill(cs);
    await page.getByRole('button', { name: t.departments.add }).click();
    const refusal = t.problems['department.nameTaken'];
    await expect.poll(() => page.locator('form.inline').first().textContent(), { timeout: 15_000 }).toContain(refusal);
    expect(await page.locator('form.inline').first().textContent()).not.toContain('Another department');
    await page.screenshot({ path: shot(`lang-${code}-server-message-1366`) });

    // A goal under the vision, then a measure with a baseline typed the Nordic way.
    await page.goto(`${app().url}/${code}/`);
    await page.getByRole('button', { name: t.goals.addTop }).click();
    await field(page, t.goals.title).fill(goalTitle);
    await field(page, t.goals.owner).fill('Aino Virtanen');
    await field(page, t.goals.startDate).fill('2026-01-01');
    await field(page, t.goals.dueDate).fill('2026-12-31');
    await page.getByRole('button', { name: t.goals.add, exact: true }).click();
    await page.getByRole('link', { name: goalTitle }).first().click();
    await page.waitForURL(new RegExp(`/${code}/goal/\\?id=`));
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(goalTitle);

    await page.getByRole('button', { name: t.measures.add, exact: true }).click();
    await field(page, t.measures.name).fill(measureName);
    await field(page, t.measures.baseline).fill('72,5');
    await field(page, t.measures.baselineDate).fill('2026-01-01');
    await field(page, t.measures.target).fill('80');
    await field(page, t.measures.targetDate).fill('2026-12-31');
    await page.getByRole('button', { name: t.measures.add, exact: true }).last().click();
    const measures = page.locator('ul.measures');
    await measures.getByRole('link', { name: measureName }).waitFor();
    await expect.poll(() => measures.textContent()).toContain('72,5');
    expect(await measures.textContent()).not.toContain('72.5');
    await page.screenshot({ path: shot(`lang-${code}-goal-added-1366`), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  test('at 1366 px: a review’s Markdown export downloads in the language', async () => {
    const headers = {
      'content-type': 'application/json',
      ...(await signInHeaders(app(), 'leadership@demo.tiller', 'demo-leadership')),
    };
    const today = new Date().toISOString().slice(0, 10);
    const period = today.slice(0, 4);
    const res = await fetch(`${app().url}/api/reviews`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        period,
        meetingDate: today,
        forum: 'leadership_review',
        departmentId: null,
        attendees: ['Ingrid Solberg'],
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const { id } = (await res.json()) as { id: string };

    const { page, errors, close } = await signedIn(app(), 1366, 900);
    await page.goto(`${app().url}/${code}/review/?id=${id}`);
    const link = page.getByRole('link', { name: t.reviews.downloadMarkdown });
    await link.waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain(`# ${t.markdown.title(period, t.markdown.forum.leadership_review)}`);
    expect(md).toContain(t.markdown.meetingDate);
    expect(md).toContain(t.markdown.attendees);
    expect(md).not.toContain('Meeting date');
    await page.screenshot({ path: shot(`lang-${code}-review-1366`) });
    expect(errors).toEqual([]);
    await close();
  });

  test.each([
    [1366, 900],
    [390, 844],
  ] as const)('at %i px: the overview and a goal page, with nothing sticking out', async (width, height) => {
    const { page, errors, close } = await signedIn(app(), width, height);
    await page.goto(`${app().url}/${code}/`);
    await page.locator('.diagram-canvas svg, .outline').first().waitFor({ timeout: 20_000 });
    const topGoal = demoText(code, 'Cut customer complaints by 15 %');
    await page.locator('.outline').getByRole('link', { name: topGoal }).first().waitFor({ timeout: 20_000 });
    expect(await overflow(page), 'overview scrolls sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot(`lang-${code}-overview-${width}`), fullPage: true });

    await page.locator('.outline').getByRole('link', { name: topGoal }).first().click();
    await page.waitForURL(new RegExp(`/${code}/goal/\\?id=`));
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(topGoal);
    await page.getByRole('heading', { name: t.measures.measures }).first().waitFor();
    expect(await overflow(page), 'goal page scrolls sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot(`lang-${code}-goal-${width}`), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  test('at 390 px: the language is a link in the open site menu, and the goal form speaks it', async () => {
    const { page, errors, close } = await signedIn(app(), 390, 844);
    await page.goto(`${app().url}/`);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name }).click();
    await page.waitForURL(new RegExp(`/${code}/$`));
    await page.getByRole('button', { name: t.goals.addTop }).click();
    await field(page, t.goals.title).waitFor();
    // Due before start is refused before anything is sent, in the language.
    await field(page, t.goals.title).fill(`${goalTitle} 2`);
    await field(page, t.goals.owner).fill('Aino Virtanen');
    await field(page, t.goals.startDate).fill('2026-06-01');
    await field(page, t.goals.dueDate).fill('2026-01-01');
    await page.getByRole('button', { name: t.goals.add, exact: true }).click();
    await expect
      .poll(() => page.locator('.field-error').first().textContent(), { timeout: 15_000 })
      .toContain(t.problems['goal.dueBeforeStart']);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot(`lang-${code}-goal-form-390`), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });
});
