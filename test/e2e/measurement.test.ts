// Measurement done right (issue 4) through the real UI: a measure from the KPI library, its
// counterweight warning and one-click fix, pairs side by side, an NPS check-in from counts with its
// margin, the chart's interval band, practices and their QA form, and the influence circle used
// from the keyboard.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

async function send<T = { id: string }>(
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

/** Pages load their data after the HTML: wait up to 15 s (vitest's default is 1 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const period = { baselineDate: '2026-01-01', targetDate: '2026-12-31' };

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  await send('PUT', '/vision', { statement: 'Leader in customer service', horizonYear: 2028 }, 201);
  ids.cs = (await post('/departments', { name: 'Customer Service' })).id;
  ids.accounts = (await post('/departments', { name: 'Accounts' })).id;
  const dates = { startDate: '2026-01-01', dueDate: '2026-12-31' };
  ids.aht = (
    await post('/goals', {
      title: 'Bring handling time down without hurting resolution',
      departmentId: ids.cs,
      ...dates,
    })
  ).id;
  ids.voice = (await post('/goals', { title: 'Customers recommend us', departmentId: ids.cs, ...dates })).id;
  ids.invoices = (
    await post('/goals', { title: 'Reduce invoice-error complaints by 20 %', departmentId: ids.accounts, ...dates })
  ).id;
  // An NPS from the library with three quarterly surveys: the band needs intervals to draw.
  ids.nps = (await post(`/goals/${ids.voice}/measures`, { libraryKey: 'nps', baseline: 20, target: 35, ...period })).id;
  for (const [date, promoters, passives, detractors] of [
    ['2026-03-31', 40, 30, 20],
    ['2026-06-30', 6, 4, 2], // 12 answers: below the minimum of 30
    ['2026-09-30', 45, 30, 18],
  ] as const)
    await post(`/measures/${ids.nps}/check-ins`, { date, promoters, passives, detractors, acceptSmallSample: true });
  // Measures in every ring of the influence circle.
  ids.csat = (
    await post(`/goals/${ids.voice}/measures`, { libraryKey: 'csat', baseline: 75, target: 85, ...period })
  ).id;
  ids.answer = (
    await post(`/goals/${ids.voice}/measures`, { libraryKey: 'answer_rate', baseline: 75, target: 85, ...period })
  ).id;
  ids.complaints = (
    await post(`/goals/${ids.invoices}/measures`, { libraryKey: 'complaints', baseline: 50, target: 40, ...period })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(locale = 'en-GB', as: TestAccount = E2E_ADMIN): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  await signInContext(context, app, as.email, as.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) =>
    d.type() === 'confirm' ? d.accept() : (errors.push(`unexpected ${d.type()}: ${d.message()}`), d.dismiss()),
  );
  return { page, errors };
}

/** A form field by its exact label; required fields carry a visual " *" that screen readers skip. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`));

describe('measurement', () => {
  test('an AHT measure from the library: counterweight warning, one-click fix, the pair side by side', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/goal/?id=${ids.aht}`);
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByRole('button', { name: 'Choose from the KPI library' }).click();
    await page.getByLabel('Search the KPI library').fill('handling');
    const library = page.locator('#kpi-library');
    await poll(() => library.locator('.kpi-card').count()).toBe(1);
    const card = library.locator('.kpi-card');
    expect(await card.textContent()).toContain('The average time one handled contact takes');
    expect(await card.textContent()).toContain('On the edge');
    await card.getByText('Formula and data source').click();
    expect(await card.textContent()).toContain('÷ number of handled contacts');
    await page.getByRole('button', { name: 'Use Average handling time (AHT)' }).click();

    // The form is filled from the library; every field stays editable.
    await poll(() => field(page, 'Name').inputValue()).toBe('Average handling time (AHT)');
    expect(await field(page, 'Unit').inputValue()).toBe('s');
    expect(await field(page, 'Direction').inputValue()).toBe('decrease');
    expect(await field(page, 'Update frequency').inputValue()).toBe('weekly');
    expect(await field(page, 'Influence of the front line').inputValue()).toBe('partial');
    expect(await page.getByRole('checkbox', { name: /^Technical/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Spirit/ }).isChecked()).toBe(false);
    expect(await field(page, 'Purpose (why we measure this)').inputValue()).toContain(
      'average time one handled contact takes',
    );
    await field(page, 'Baseline').fill('420');
    await field(page, 'Baseline date').fill('2026-01-01');
    await field(page, 'Target').fill('360');
    await field(page, 'Target date').fill('2026-12-31');
    await page.getByRole('button', { name: 'Add measure' }).last().click();

    // Measured alone, AHT can be gamed: the goal says so and offers the fix.
    const warnings = page.getByRole('list', { name: 'Measures without a counterweight' });
    await poll(() => warnings.textContent()).toContain(
      'Average handling time (AHT) is measured without its counterweight: First-contact resolution (FCR) or Customer satisfaction (CSAT).',
    );
    await page.screenshot({ path: shot('counterweight-warning'), fullPage: true });
    await page.getByRole('button', { name: 'Add First-contact resolution (FCR) as counterweight' }).click();
    // The fix shows what it will create first (no FCR exists yet), then creates on confirmation.
    await page.getByRole('button', { name: 'Create and pair' }).click();

    // FCR is created as a guard and paired; the pair shows side by side.
    const pair = page.getByRole('listitem', {
      name: 'Average handling time (AHT), kept honest by First-contact resolution (FCR)',
    });
    await pair.waitFor();
    await poll(() => warnings.count()).toBe(0);
    const sides = pair.locator('.pair-side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).textContent()).toContain('Average handling time (AHT)');
    expect(await sides.nth(1).textContent()).toContain('First-contact resolution (FCR)');
    expect(
      await sides
        .nth(1)
        .getByRole('img', { name: /no data/ })
        .count(),
    ).toBe(1); // the new FCR has no check-in yet
    const tree = await get<{
      measures: { id: string; name: string; libraryKey: string | null; direction: string; target: number | null }[];
      pairs: unknown[];
      warnings: unknown[];
    }>('/tree');
    const fcr = tree.measures.find((m) => m.libraryKey === 'fcr')!;
    expect(fcr).toMatchObject({ direction: 'keep_above', target: 80 });
    expect(tree.pairs).toHaveLength(1);
    expect(tree.warnings).toEqual([]);
    ids.ahtMeasure = tree.measures.find((m) => m.libraryKey === 'aht')!.id;
    await page.screenshot({ path: shot('counterweight-pair'), fullPage: true });

    // The measure page shows the same pair, this measure first.
    await pair.getByRole('link', { name: 'First-contact resolution (FCR)' }).click();
    await page.waitForURL(/\/measure\/\?id=/);
    const onPage = page.getByRole('listitem', {
      name: 'First-contact resolution (FCR), kept honest by Average handling time (AHT)',
    });
    await onPage.waitFor();
    expect(await onPage.locator('.pair-side.current').textContent()).toContain('First-contact resolution (FCR)');
    // FCR is a share: its check-in form asks for k of n.
    expect(await page.getByRole('radio', { name: 'k of n' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('pairing by hand and unpairing', async () => {
    const { page, errors } = await newPage();
    const before = (await get<{ pairs: unknown[] }>('/tree')).pairs.length;
    await page.goto(`${app.url}/goal/?id=${ids.voice}`);
    await page.getByRole('button', { name: 'Pair two measures' }).click();
    await field(page, 'Measure').selectOption({ label: 'Customer satisfaction (CSAT)' });
    await field(page, 'Its counterweight').selectOption({ label: 'Answer rate' });
    await page.getByRole('button', { name: 'Pair', exact: true }).click();
    const pair = page.getByRole('listitem', { name: 'Customer satisfaction (CSAT), kept honest by Answer rate' });
    await pair.waitFor();
    await pair.getByRole('button', { name: 'Unpair Customer satisfaction (CSAT) and Answer rate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Unpair' }).click();
    await poll(() => pair.count()).toBe(0);
    expect((await get<{ pairs: unknown[] }>('/tree')).pairs).toHaveLength(before);
    expect(errors).toEqual([]);
  });

  test('an NPS check-in from counts: the value is computed, with its margin, n and noise', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/measure/?id=${ids.nps}`);
    // NPS is never typed: the form asks for the counts.
    await page.getByLabel(/^Promoters \(9–10\)/).waitFor();
    expect(await page.getByLabel(/^Value/).count()).toBe(0);
    await page.getByLabel(/^Promoters/).fill('25');
    await page.getByLabel(/^Passives/).fill('15');
    await page.getByLabel(/^Detractors/).fill('10');
    const preview = page.locator('.sample-preview');
    // 50 % − 20 % = 30; 1.96 · √((0.5 + 0.2 − 0.09) / 50) = ±21.6 points.
    await poll(() => preview.textContent()).toContain('NPS 30 ± 21.6');
    expect(await preview.textContent()).toContain('n = 50');
    expect(await preview.textContent()).toContain('95 % interval 8.4 to 51.6');
    // The previous survey (45/30/18 → 29 ± 17) overlaps: no real change.
    expect(await preview.textContent()).toContain('Within noise of the previous check-in');
    await page.getByRole('button', { name: 'Record check-in' }).click();

    const rows = page.locator('table.history tbody tr');
    await poll(() => rows.count()).toBe(4);
    const newest = await rows.first().textContent();
    expect(newest).toContain('NPS 30 ± 21.6');
    expect(newest).toContain('n = 50');
    expect(newest).toContain('Within noise: no real change');
    // The 12-answer survey is flagged.
    const small = rows.filter({ hasText: '30 Jun 2026' });
    expect(await small.textContent()).toContain('12 answers: below the minimum of 30 — not evidence');
    const stored = await get<{ value: number; sampleSize: number; promoters: number; margin: number }[]>(
      `/measures/${ids.nps}/check-ins`,
    );
    expect(stored[0]).toMatchObject({ value: 30, sampleSize: 50, promoters: 25 });
    expect(stored[0]!.margin).toBeCloseTo(21.65, 2);

    // The chart draws the intervals as a band.
    const band = page.locator('figure.measure-chart path.chart-band');
    expect(await band.count()).toBe(1);
    expect((await band.getAttribute('d'))!.split('L').length).toBeGreaterThanOrEqual(8); // 4 points up, 4 back
    expect(await page.locator('.chart-legend').textContent()).toContain('95 % interval');
    await page.locator('section[aria-labelledby="history-heading"]').screenshot({ path: shot('nps-chart-band') });
    expect(errors).toEqual([]);
  });

  test('a wrong count is refused on the field, nothing stored', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/measure/?id=${ids.nps}`);
    await page.getByLabel(/^Promoters/).fill('3');
    await page.getByLabel(/^Passives/).fill('-1');
    await page.getByLabel(/^Detractors/).fill('1');
    await page.getByRole('button', { name: 'Record check-in' }).click();
    await poll(() => page.locator('.field.invalid').count()).toBeGreaterThan(0);
    expect(await page.locator('.field.invalid').textContent()).toContain('Cannot be negative');
    expect(await get<unknown[]>(`/measures/${ids.nps}/check-ins`)).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  test('practices: add, reorder from the keyboard, print as a QA form', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/goal/?id=${ids.aht}`);
    for (const text of [
      'Map the customer’s whole situation with open questions',
      'Offer the add-on that adds value and ask',
    ]) {
      await page.getByLabel(/^New practice/).fill(text);
      await page.getByRole('button', { name: 'Add practice' }).click();
      await page.locator('.practice-text', { hasText: text }).waitFor();
    }
    const texts = () => page.locator('.practice-text').allTextContents();
    expect(await texts()).toEqual([
      'Map the customer’s whole situation with open questions',
      'Offer the add-on that adds value and ask',
    ]);
    // Keyboard: focus "Move up" on the second practice and press Enter; focus stays with the moved practice.
    await page.getByRole('button', { name: 'Move up: Offer the add-on that adds value and ask' }).focus();
    await page.keyboard.press('Enter');
    await poll(texts).toEqual([
      'Offer the add-on that adds value and ask',
      'Map the customer’s whole situation with open questions',
    ]);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move down: Offer the add-on that adds value and ask',
    );

    await page.getByRole('link', { name: 'Quality-assurance form (print)' }).click();
    await page.waitForURL(/\/qa-form\/\?id=/);
    const table = page.locator('table.qa-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3); // two practices + "every practice done"
    expect(await table.locator('thead th').count()).toBe(11); // practice + 10 contacts
    expect(await table.locator('tbody th').first().textContent()).toContain('Offer the add-on');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await page.screenshot({ path: shot('qa-form-print'), fullPage: true });

    // The tally goes into a QA-compliance measure as k of n sampled contacts.
    const qa = await post(`/goals/${ids.aht}/measures`, {
      libraryKey: 'qa_compliance',
      baseline: 70,
      target: 90,
      ...period,
    });
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${app.url}/measure/?id=${qa.id}`);
    await page.getByLabel(/^Contacts where every practice was done \(k\)/).fill('17');
    await page.getByLabel(/^Sampled contacts \(n\)/).fill('20');
    const preview = page.locator('.sample-preview');
    await poll(() => preview.textContent()).toContain('Value 85 %');
    // Wilson, 17 of 20: 64.0 % to 94.8 %; and 20 contacts are below the minimum of 30.
    expect(await preview.textContent()).toContain('95 % interval 64 % to 94.8 %');
    expect(await preview.textContent()).toContain('20 answers: below the minimum of 30');
    await page.getByRole('button', { name: 'Record check-in' }).click();
    // Below the minimum: saved only after confirming, and flagged as not counting.
    await page.getByRole('button', { name: 'Save anyway (does not count)' }).click();
    await poll(() => page.locator('table.history tbody tr').count()).toBe(1);
    expect(
      await get<{ value: number; successes: number; sampleSize: number }[]>(`/measures/${qa.id}/check-ins`),
    ).toMatchObject([{ value: 85, successes: 17, sampleSize: 20 }]);
    expect(errors).toEqual([]);
  });

  test('the influence circle: three rings, each measure a link, usable from the keyboard; the huddle sees only what it can influence', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/department/?id=${ids.cs}`);
    await page.locator('main').getByRole('link', { name: 'Influence circle' }).click();
    await page.waitForURL(/\/team\/\?id=/);
    const svg = page.locator('svg.influence-circle');
    await svg.waitFor();
    expect(await svg.getAttribute('aria-labelledby')).toBe('influence-title');
    expect(await svg.locator('title#influence-title').textContent()).toBe('Influence circle: Customer Service');
    // Customer Service's measures by ring (after the first test: AHT and NPS on the edge, FCR and CSAT inside, answer rate outside).
    const tree = await get<{
      goals: { id: string; departmentId: string }[];
      measures: { goalId: string; influence: string }[];
    }>('/tree');
    const own = new Set(tree.goals.filter((g) => g.departmentId === ids.cs).map((g) => g.id));
    const count = (ring: string) => tree.measures.filter((m) => own.has(m.goalId) && m.influence === ring).length;
    const [direct, partial, none] = [count('direct'), count('partial'), count('none')];
    expect(none).toBe(1);
    expect(direct).toBeGreaterThan(0);
    expect(await svg.locator('desc').textContent()).toContain(
      `${direct} ${direct === 1 ? 'measure' : 'measures'} inside the circle, ${partial} on the edge, 1 outside`,
    );
    const links = svg.locator('a');
    expect(await links.count()).toBe(direct + partial + none);
    expect(await svg.getByRole('link', { name: /^Answer rate — .*, Outside the circle$/ }).count()).toBe(1);
    await page.screenshot({ path: shot('influence-circle'), fullPage: true });

    // Keyboard: from the view choice, Tab reaches the circle's links in reading order; Enter opens one.
    await page.getByRole('radio', { name: 'Leadership: all three rings' }).focus();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        svg: !!document.activeElement?.closest('svg'),
        label: document.activeElement?.getAttribute('aria-label'),
      }));
    const first = await focused();
    expect(first.svg).toBe(true);
    expect(first.tag?.toLowerCase()).toBe('a');
    await page.keyboard.press('Tab');
    const second = await focused();
    expect(second.svg).toBe(true);
    expect(second.label).not.toBe(first.label);
    const name = second.label!.split(' — ')[0]!;
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/measure\/\?id=/);
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe(name);
    await page.goBack();

    // The team huddle: only inside and on the edge; the address remembers it.
    await page.getByRole('radio', { name: 'Team huddle: only what we can influence' }).check();
    await poll(() => svg.locator('a').count()).toBe(direct + partial);
    expect(await svg.locator('circle.ring').count()).toBe(2);
    expect(page.url()).toContain('view=huddle');
    expect(await page.getByText('1 measure outside the circle is hidden in the huddle view.').count()).toBe(1);
    // The same grouping as lists.
    const lists = page.locator('.influence-lists');
    expect(await lists.getByRole('heading', { name: /Inside the circle/ }).count()).toBe(1);
    expect(await lists.getByRole('link').count()).toBe(direct + partial);

    // Swedish.
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(/\/sv\/team\//);
    await poll(() => page.locator('svg.influence-circle title').first().textContent()).toBe(
      'Påverkanscirkel: Customer Service',
    );
    expect(await page.locator('svg.influence-circle .ring-label').allTextContents()).toEqual([
      'Inuti cirkeln',
      'I utkanten',
    ]);
    await page.screenshot({ path: shot('influence-circle-sv'), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('the overview shows how the measures spread over the quality levels', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/`);
    const section = page.getByRole('region', { name: 'How our measures cover quality' });
    await section.waitFor();
    const spread = await get<{ levels: Record<string, number>; untagged: number; missing: string[] }>(
      '/quality-levels',
    );
    const rows = await section.locator('.level-bars li').allTextContents();
    expect(rows).toEqual([
      `Technical${spread.levels.technical} measure${spread.levels.technical === 1 ? '' : 's'}`,
      `Spirit${spread.levels.spirit} measure${spread.levels.spirit === 1 ? '' : 's'}`,
      `Access to information${spread.levels.access} measure${spread.levels.access === 1 ? '' : 's'}`,
    ]);
    expect(await section.textContent()).toContain(spread.missing.length ? 'Lopsided' : 'Every level has measures.');
    expect(errors).toEqual([]);
  });

  test('people who may not change a goal see its counterweights, warnings and practices, but no controls', async () => {
    // After the tests above, the AHT goal has a pair and practices; an AHT measured alone on the
    // Accounts goal adds a warning there.
    await post(`/goals/${ids.invoices}/measures`, { libraryKey: 'aht', baseline: 400, target: 360, ...period });
    const viewer: TestAccount = { email: 'viewer@e2e.test', password: 'e2e viewer password', role: 'viewer' };
    const accountsEditor: TestAccount = {
      email: 'accounts@e2e.test',
      password: 'e2e accounts password',
      role: 'editor',
      departmentIds: [ids.accounts!],
    };
    await addUser(app, viewer);
    await addUser(app, accountsEditor);

    for (const person of [viewer, accountsEditor]) {
      const { page, errors } = await newPage('en-GB', person);
      await page.goto(`${app.url}/goal/?id=${ids.aht}`);
      await page
        .getByRole('listitem', { name: 'Average handling time (AHT), kept honest by First-contact resolution (FCR)' })
        .waitFor();
      await poll(() => page.locator('.practice-text').count()).toBe(2);
      expect(await page.getByRole('button', { name: /^Unpair/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Pair two measures' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Move (up|down):/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Add practice' }).count()).toBe(0);
      expect(await page.getByLabel(/^New practice/).count()).toBe(0);

      await page.goto(`${app.url}/measure/?id=${ids.ahtMeasure}`);
      await page.getByRole('listitem', { name: /^Average handling time \(AHT\), kept honest by/ }).waitFor();
      expect(await page.getByRole('button', { name: 'Pair with another measure' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Unpair/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Record check-in' }).count()).toBe(0);
      expect(errors).toEqual([]);
    }

    // The Accounts goal: the viewer reads the warning but gets no fix; its editor gets the fix.
    const warningOn = async (person: TestAccount) => {
      const { page } = await newPage('en-GB', person);
      await page.goto(`${app.url}/goal/?id=${ids.invoices}`);
      const warnings = page.getByRole('list', { name: 'Measures without a counterweight' });
      await poll(() => warnings.textContent()).toContain(
        'Average handling time (AHT) is measured without its counterweight',
      );
      return warnings.getByRole('button', { name: /as counterweight$/ }).count();
    };
    expect(await warningOn(viewer)).toBe(0);
    expect(await warningOn(accountsEditor)).toBeGreaterThan(0);

    // Pairing by hand offers the Accounts editor only measures of Accounts goals.
    const { page, errors } = await newPage('en-GB', accountsEditor);
    await page.goto(`${app.url}/goal/?id=${ids.invoices}`);
    await page.getByRole('button', { name: 'Pair two measures' }).click();
    const counterweight = field(page, 'Its counterweight');
    await counterweight.waitFor();
    expect(
      await counterweight.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label'))),
    ).toEqual(['Reduce invoice-error complaints by 20 %']);
    expect(errors).toEqual([]);
  });
});
