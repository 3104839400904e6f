// Layout on phones and the diagram's viewport: every page (found in src/pages/[...lang]/, so a
// new page is covered at once) at 360 and 390 px in both languages must not scroll sideways;
// the header collapses into a menu; the overview diagram fits, zooms and shows focus at 1366 px.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { periodContaining } from '../../src/domain/cadence.ts';
import type { Tree } from '../../src/domain/types.ts';
import { launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

const LEADERSHIP = { email: 'leadership@demo.tiller', password: 'demo-leadership' };
const PAGES_DIR = path.resolve(import.meta.dirname, '../../src/pages/[...lang]');

/** '/', '/departments/', '/admin/users/' … from the page files. */
function pagePaths(dir = PAGES_DIR, prefix = '/'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...pagePaths(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name.endsWith('.astro'))
      out.push(entry.name === 'index.astro' ? prefix : `${prefix}${entry.name.replace(/\.astro$/, '')}/`);
  }
  return out.sort();
}

let app: RunningApp;
let browser: Browser;
let ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startApp({ env: { TILLER_DEMO: 'on' } });
  browser = await launchBrowser();
  // Real ids for the pages that show one record.
  const context = await browser.newContext();
  await signInContext(context, app, LEADERSHIP.email, LEADERSHIP.password);
  const get = async <T>(p: string) => (await (await context.request.get(`${app.url}/api${p}`)).json()) as T;
  const tree = await get<Tree>('/tree');
  let reviews = await get<{ id: string }[]>('/reviews');
  if (reviews.length === 0) {
    // A review meeting with the whole organisation on its agenda: the longest review page.
    const today = new Date().toISOString().slice(0, 10);
    const res = await context.request.post(`${app.url}/api/reviews`, {
      headers: { origin: app.url },
      data: {
        period: periodContaining(today, 'quarter').label,
        meetingDate: periodContaining(today, 'quarter').end,
        forum: 'leadership_review',
        departmentId: null,
        attendees: ['Aino', 'Pekka'],
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    reviews = await get<{ id: string }[]>('/reviews');
  }
  // The goal with the most measures and sub-goals: the widest goal page.
  const busiest = [...tree.goals].sort(
    (a, b) =>
      tree.measures.filter((m) => m.goalId === b.id).length +
      tree.goals.filter((g) => g.parentGoalId === b.id).length -
      (tree.measures.filter((m) => m.goalId === a.id).length +
        tree.goals.filter((g) => g.parentGoalId === a.id).length),
  )[0]!;
  const department = busiest.departmentId;
  ids = {
    '/department/': department,
    '/team/': department,
    '/goal/': busiest.id,
    '/qa-form/': busiest.id,
    '/measure/': tree.measures.find((m) => m.goalId === busiest.id)!.id,
    '/review/': reviews[0]!.id,
  };
  await context.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signedIn(
  width: number,
  height = 800,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  await signInContext(context, app, LEADERSHIP.email, LEADERSHIP.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Opens a page and waits until its islands have loaded their data (no request in flight, nothing busy). */
async function visit(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () => !document.querySelector('[aria-busy="true"]') && !document.querySelector('astro-island[ssr]'),
    null,
    { timeout: 20_000 },
  );
}

const urlOf = (locale: 'en' | 'sv', p: string) =>
  `${app.url}${locale === 'en' ? '' : '/sv'}${p}${ids[p] ? `?id=${encodeURIComponent(ids[p]!)}` : ''}`;

describe('no page scrolls sideways on a phone', () => {
  test('every page at 360 and 390 px, in English and Swedish', async () => {
    const pages = pagePaths();
    expect(pages).toContain('/');
    expect(pages).toContain('/admin/users/');
    const results: { url: string; width: number; scrollWidth: number; culprit: string }[] = [];
    for (const width of [360, 390]) {
      const { context, page, errors } = await signedIn(width);
      for (const locale of ['en', 'sv'] as const) {
        for (const p of pages) {
          const url = urlOf(locale, p);
          await visit(page, url);
          const m = await page.evaluate(() => {
            // The widest element that reaches past the window, to name in the failure.
            let culprit = '';
            let right = innerWidth;
            for (const el of document.querySelectorAll('body *')) {
              const r = el.getBoundingClientRect();
              // Inside a box that scrolls or clips (a table's own scroll box) it cannot widen the page.
              let clipped = false;
              for (let a = el.parentElement; a && a !== document.body && !clipped; a = a.parentElement)
                clipped = getComputedStyle(a).overflowX !== 'visible';
              if (!clipped && r.right > right + 0.5 && getComputedStyle(el).position !== 'fixed') {
                right = r.right;
                culprit = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')}`;
              }
            }
            return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprit };
          });
          results.push({
            url: url.replace(app.url, ''),
            width: m.innerWidth,
            scrollWidth: m.scrollWidth,
            culprit: m.culprit,
          });
          if (width === 390 && locale === 'en')
            await page.screenshot({
              path: shot(`layout-390${p === '/' ? '-overview' : p.replace(/\/$/, '').replace(/\//g, '-')}`),
              fullPage: true,
            });
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    }
    const widest = results.reduce((a, b) => (b.scrollWidth - b.width > a.scrollWidth - a.width ? b : a));
    console.log(`Widest page: ${widest.url} at ${widest.width} px: ${widest.scrollWidth} px wide`);
    const over = results.filter((r) => r.scrollWidth > r.width);
    expect(over, `widest: ${widest.url} at ${widest.width} px is ${widest.scrollWidth} px (${widest.culprit})`).toEqual(
      [],
    );
    expect(results).toHaveLength(pages.length * 4);
  }, 600_000);
});

describe('the header on a phone', () => {
  test('collapses into a menu that opens, closes with Escape and works with the keyboard', async () => {
    const { context, page, errors } = await signedIn(390);
    await visit(page, `${app.url}/departments/`);
    const header = page.locator('header.site-header');
    const button = page.getByRole('button', { name: 'Menu' });
    const overview = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await overview.isVisible()).toBe(false);
    // The closed header is one slim bar, not half the screen.
    expect((await header.boundingBox())!.height).toBeLessThan(70);

    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await overview.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Svenska' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /sign out/i }).waitFor();
    // White on blue inside the header, not white on the page's white.
    for (const link of await page.locator('.site-menu a').all()) {
      const box = (await link.boundingBox())!;
      const headerBox = (await header.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y + box.height).toBeLessThanOrEqual(headerBox.y + headerBox.height);
    }
    await page.screenshot({ path: shot('layout-390-menu-open') });

    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await overview.isVisible()).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);

    // Keyboard: Enter opens, Tab reaches the first link, Escape closes and returns focus.
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Overview');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    // A click on the page closes an open menu too.
    await button.click();
    await page.locator('main h1').click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('at 1366 px the whole menu shows in one bar, without a menu button', async () => {
    const { context, page } = await signedIn(1366, 900);
    await visit(page, `${app.url}/`);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).isVisible(),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await context.close();
  });
});

describe('the hierarchy diagram at 1366 px', () => {
  test('fits its viewport, zooms with buttons and keys, shows focus, keeps long labels whole', async () => {
    const { context, page, errors } = await signedIn(1366, 900);
    await visit(page, `${app.url}/`);
    const box = page.locator('figure.diagram .diagram-viewport');
    const svg = box.locator('svg').first();
    await svg.waitFor({ timeout: 20_000 });
    const scaleOf = async () => Number(await box.getAttribute('data-scale'));
    const fits = () =>
      box.evaluate((b) => ({
        x: b.scrollWidth <= b.clientWidth + 1,
        y: b.scrollHeight <= b.clientHeight + 1,
        height: b.getBoundingClientRect().height,
      }));

    // Fitted to width from the start: nothing cut off at the side, and the box is bounded.
    expect((await fits()).x).toBe(true);
    expect((await fits()).height).toBeLessThanOrEqual(900 * 0.7 + 2);
    await box.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: shot('layout-1366-overview') });

    await page.getByRole('button', { name: 'Whole diagram' }).click();
    expect(await fits()).toMatchObject({ x: true, y: true });
    const whole = await scaleOf();
    const width0 = (await svg.boundingBox())!.width;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await scaleOf()).toBeGreaterThan(whole);
    expect((await svg.boundingBox())!.width).toBeGreaterThan(width0 * 1.2);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await scaleOf()).toBeLessThan(whole + 1e-6);

    // Keys on the focused viewport: + zooms in, − out, 0 fits to width, arrows pan.
    await box.focus();
    await page.keyboard.press('0');
    const fitted = await scaleOf();
    expect((await fits()).x).toBe(true);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect(await scaleOf()).toBeGreaterThan(fitted);
    const before = await box.evaluate((b) => [b.scrollLeft, b.scrollTop]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const after = await box.evaluate((b) => [b.scrollLeft, b.scrollTop]);
    expect(after[0]).toBeGreaterThan(before[0]!);
    expect(after[1]).toBeGreaterThan(before[1]!);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await scaleOf()).toBeCloseTo(fitted, 2);
    await page.screenshot({ path: shot('layout-1366-overview-zoomed') });

    // A node reached with Tab looks different: an outline and a thick stroke in the focus colour.
    await page.keyboard.press('0');
    const look = (el: Element) => {
      const cs = getComputedStyle(el);
      const shape = el.querySelector(':scope > rect, :scope > path, :scope > polygon');
      return { outline: `${cs.outlineStyle} ${cs.outlineWidth}`, filter: cs.filter, shape: Boolean(shape) };
    };
    const nodes = box.locator('g.node.clickable');
    const unfocused = await nodes.nth(1).evaluate(look);
    await page.keyboard.press('Tab');
    const focused = page.locator('g.node.clickable:focus');
    expect(await focused.count()).toBe(1);
    const focusedLook = await focused.evaluate(look);
    expect(focusedLook.outline).not.toBe(unfocused.outline);
    expect(focusedLook.outline).toMatch(/^solid/);
    expect(focusedLook.filter).toMatch(/drop-shadow/);
    expect(unfocused.filter).toBe('none');
    await focused.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: shot('layout-1366-node-focus') });

    // Every node's name is its full text; the vision's long statement is whole in name and tooltip.
    const tree = (await (await context.request.get(`${app.url}/api/tree`)).json()) as Tree;
    const vision = box.locator('g.node.clickable').first();
    expect(await vision.getAttribute('aria-label')).toContain(tree.vision!.statement);
    expect(await vision.locator('title').textContent()).toContain(tree.vision!.statement);
    for (const g of tree.goals) {
      const node = box.locator(`g.node.clickable[aria-label^="${g.title.replace(/"/g, '\\"')}, "]`);
      expect(await node.count(), g.title).toBeLessThanOrEqual(1);
    }
    // No drawn label is wider than its node (nothing cut mid-word at the node's edge).
    const clipped = await box.evaluate(
      (b) =>
        [...b.querySelectorAll('g.node')].filter((g) => {
          const shape = g.querySelector('rect, path, polygon')?.getBoundingClientRect();
          const label = g.querySelector('.nodeLabel, foreignObject div')?.getBoundingClientRect();
          return shape && label && label.width > shape.width + 1;
        }).length,
    );
    expect(clipped).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the timeline shows its gantt in the same viewport on a desktop, and only the table on a phone', async () => {
    const desk = await signedIn(1366, 900);
    await visit(desk.page, `${app.url}/timeline/`);
    const box = desk.page.locator('figure.gantt .diagram-viewport');
    await box.locator('svg').waitFor({ timeout: 20_000 });
    expect(await box.evaluate((b) => b.scrollWidth <= b.clientWidth + 1)).toBe(true);
    expect(await desk.page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(true);
    await desk.page.screenshot({ path: shot('layout-1366-timeline') });
    await desk.context.close();

    const phone = await signedIn(390);
    await visit(phone.page, `${app.url}/timeline/`);
    await phone.page.locator('table.timeline-table').waitFor();
    expect(await phone.page.locator('figure.gantt').count()).toBe(0);
    expect(await phone.page.locator('.gantt-narrow').isVisible()).toBe(true);
    // The table scrolls in its own labelled, focusable box.
    const region = phone.page.locator('.table-scroll[role="group"][aria-label="The same goals as a table"]');
    expect(await region.getAttribute('tabindex')).toBe('0');

    // The overview's diagram on a phone: its box stays inside the window, the drawing pans inside it.
    await visit(phone.page, `${app.url}/`);
    const diagram = phone.page.locator('figure.diagram .diagram-viewport');
    await diagram.locator('svg').waitFor({ timeout: 20_000 });
    await diagram.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const r = (await diagram.boundingBox())!;
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width).toBeLessThanOrEqual(390);
    // Readable at first (not shrunk to a stamp); it pans sideways inside its box instead.
    expect(Number(await diagram.getAttribute('data-scale'))).toBeGreaterThanOrEqual(0.6);
    expect(await diagram.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    await phone.page.screenshot({ path: shot('layout-390-overview-diagram') });
    await phone.context.close();
  });
});
