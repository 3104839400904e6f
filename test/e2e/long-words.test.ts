// A word longer than any screen (a pasted URL, a ticket id, a keyboard held down) in every user
// text: goal title, measure name, check-in note, review notes, item notes, an action. No page
// that shows them may scroll sideways, at 1366 and 390 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, periodContaining } from '../../src/domain/cadence.ts';
import { localToday } from '../../src/client/local-today.ts';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
const ids: Record<string, string> = {};
const today = localToday();
/** n characters without a break opportunity. */
const word = (n: number) => 'Supercalifragilistic'.repeat(Math.ceil(n / 20)).slice(0, n);

async function post(url: string, body: unknown, method = 'POST'): Promise<string> {
  const res = await fetch(`${app.url}/api${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(await asAdmin(app)) },
    body: JSON.stringify(body),
  });
  expect(res.status, `${method} ${url}: ${await res.clone().text()}`).toBeLessThan(300);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ids.department = await post('/departments', { name: word(120) });
  ids.goal = await post('/goals', {
    title: `Answer ${word(190)}`,
    departmentId: ids.department,
    owner: word(120),
    startDate: addDays(today, -90),
    dueDate: addDays(today, 90),
    reviewDate: addDays(today, -1),
  });
  ids.measure = await post(`/goals/${ids.goal}/measures`, {
    name: word(200),
    unit: '%',
    direction: 'increase',
    baseline: 70,
    baselineDate: addDays(today, -90),
    target: 80,
    targetDate: addDays(today, 90),
  });
  await post(`/measures/${ids.measure}/check-ins`, {
    value: 72,
    date: addDays(today, -30),
    note: `After ${word(500)}`,
  });
  ids.review = await post('/reviews', {
    period: periodContaining(today, 'quarter').label,
    meetingDate: today,
    forum: 'department_review',
    departmentId: ids.department,
    attendees: [word(120)],
    notes: `Notes ${word(500)}`,
  });
  await post(
    `/reviews/${ids.review}/items/${ids.goal}`,
    { notes: `Item ${word(500)}`, status: 'at_risk', reason: word(500) },
    'PUT',
  );
  await post(`/reviews/${ids.review}/actions`, {
    text: `Call ${word(500)}`,
    goalId: ids.goal,
    owner: word(120),
    dueDate: addDays(today, -1),
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function visit(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () => !document.querySelector('[aria-busy="true"]') && !document.querySelector('astro-island[ssr]'),
    null,
    { timeout: 20_000 },
  );
}

describe('a 500-character word widens no page', () => {
  test.each([1366, 390])('at %i px', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
    await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
    const page = await context.newPage();
    const pages: [string, string][] = [
      ['overview', '/'],
      ['department', `/department/?id=${ids.department}`],
      ['goal', `/goal/?id=${ids.goal}`],
      ['measure', `/measure/?id=${ids.measure}`],
      ['review', `/review/?id=${ids.review}`],
      ['reviews', '/reviews/'],
      ['timeline', '/timeline/'],
      ['due', '/due/'],
      ['team', `/team/?id=${ids.department}`],
    ];
    const wide: string[] = [];
    for (const [name, url] of pages) {
      await visit(page, `${app.url}${url}`);
      // The long word is on the page (else the test proves nothing).
      expect(
        await page.evaluate(() => document.body.innerText.includes('SupercalifragilisticSupercalifragilistic')),
        name,
      ).toBe(true);
      const m = await page.evaluate(() => {
        let culprit = '';
        let right = innerWidth;
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          let clipped = false;
          for (let a = el.parentElement; a && a !== document.body && !clipped; a = a.parentElement)
            clipped = getComputedStyle(a).overflowX !== 'visible';
          if (!clipped && r.right > right + 0.5)
            ((right = r.right), (culprit = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`));
        }
        return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprit };
      });
      await page.screenshot({ path: shot(`long-words-${name}-${width}`), fullPage: true });
      if (m.scrollWidth > m.innerWidth) wide.push(`${name}: ${m.scrollWidth} > ${m.innerWidth} (${m.culprit})`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
