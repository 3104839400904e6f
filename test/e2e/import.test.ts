// The import page end to end: a Swedish goals workbook and check-in history through the wizard
// (un-mapping a column and mapping it again, a saved mapping applied to the next file with the
// same headers, a date-format question answered), the goals then on the overview; and an export
// link that downloads a CSV with a BOM. At 1366 px and at 390 px, on one database: the second
// round imports the same files again and changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, asAdmin, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const dir = mkdtempSync(path.join(tmpdir(), 'tiller-import-e2e-'));
// Day and month both ≤ 12: the file cannot say which is which, so the page asks.
const AMBIGUOUS = path.join(dir, 'ambiguous-dates.csv');
writeFileSync(
  AMBIGUOUS,
  'Avdelning;Mål;Mått;Datum;Värde\n' +
    'Kundservice;Lös fler ärenden vid första kontakten;Förstakontaktlösning;03/04/2026;75 %\n' +
    'Kundservice;Lös fler ärenden vid första kontakten;Förstakontaktlösning;05/06/2026;76 %\n',
);
const GOAL = 'Lös fler ärenden vid första kontakten';

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  await asAdmin(app);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(width: number): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 900 },
    locale: 'sv-SE',
    acceptDownloads: true,
  });
  await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

const importButton = (page: Page) => page.getByRole('button', { name: 'Importera', exact: true });
const fieldOf = (page: Page, column: string) =>
  page.getByRole('combobox', { name: `Fält för kolumnen ${column}`, exact: true });

async function choose(page: Page, kind: 'Mål och mått' | 'Avstämningshistorik', file: string) {
  await page.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles(file);
  await page.getByRole('heading', { name: 'Filen', exact: true }).waitFor();
}

async function importAndWait(page: Page) {
  await expect.poll(() => importButton(page).isEnabled(), { timeout: 30_000 }).toBe(true);
  await importButton(page).click();
  await page.getByRole('heading', { name: 'Importerat' }).waitFor({ timeout: 30_000 });
  // Focus moves to the result, so a screen reader hears it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-done-heading');
}

describe.each([
  { width: 1366, tag: 'desktop', first: true },
  { width: 390, tag: 'phone', first: false },
])('the import wizard at $width px', ({ width, tag, first }) => {
  test('imports goals and history, fixing a mapping and answering a question; the goals are on the overview', async () => {
    const { page, errors } = await newPage(width);
    await page.goto(`${app.url}/sv/import/`);
    await page.getByRole('heading', { level: 1, name: 'Importera från ett kalkylblad' }).waitFor();
    await page.screenshot({ path: shot(`import-0-start-${tag}`), fullPage: true });

    // (a, b) The goals workbook, read as a dry run.
    await choose(page, 'Mål och mått', path.join(FIXTURES, 'goals-sv.xlsx'));
    await expect.poll(() => fieldOf(page, 'Mål').inputValue()).toBe('goalTitle');
    await expect.poll(() => page.locator('.import-summary').innerText()).toMatch(/Mål\s+(4\s+0\s+0|0\s+0\s+4)/);
    await page.screenshot({ path: shot(`import-1-goals-dry-run-${tag}`), fullPage: true });

    // (c) Un-mapping the goal column: the dry run says what is missing and Import is off.
    await fieldOf(page, 'Mål').selectOption('');
    const errorsTable = page.getByRole('table', { name: /Rader och celler i filen som behöver rättas/ });
    await errorsTable.waitFor();
    await expect.poll(() => errorsTable.innerText()).toContain('Ingen kolumn är kopplad till fältet ”Mål”');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-errors-heading');
    expect(await importButton(page).isDisabled()).toBe(true);
    await page.screenshot({ path: shot(`import-2-unmapped-${tag}`), fullPage: true });
    await fieldOf(page, 'Mål').selectOption('goalTitle');
    await errorsTable.waitFor({ state: 'detached' });

    // (d) A saved mapping comes back for the next file with the same headers.
    await fieldOf(page, 'Frekvens').selectOption('');
    await expect.poll(() => importButton(page).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Spara kolumnvalen' }).click();
    await page.getByText('Sparat: nästa fil med samma kolumnrubriker får samma val.').waitFor();
    await page.reload();
    await choose(page, 'Mål och mått', path.join(FIXTURES, 'goals-sv.xlsx'));
    await page.getByText('Kolumnvalen du sparat för de här kolumnrubrikerna används.').waitFor();
    expect(await fieldOf(page, 'Frekvens').inputValue()).toBe('');
    await fieldOf(page, 'Frekvens').selectOption('frequency');
    await expect.poll(() => fieldOf(page, 'Frekvens').inputValue()).toBe('frequency');

    // (e) Import, then the goals are on the overview.
    await importAndWait(page);
    const done = await page.locator('.import-summary').innerText();
    // The second round imports the same file again: nothing new.
    expect(done).toMatch(first ? /Mål\s+4\s+0\s+0/ : /Mål\s+0\s+0\s+4/);
    await page.screenshot({ path: shot(`import-3-goals-done-${tag}`), fullPage: true });
    await page.getByRole('link', { name: 'Öppna översikten' }).click();
    await page.getByText(GOAL).first().waitFor({ timeout: 30_000 });

    // The history CSV (Windows-1252, semicolons, decimal comma, 31.1.2026).
    await page.goto(`${app.url}/sv/import/`);
    await choose(page, 'Avstämningshistorik', path.join(FIXTURES, 'history-sv.csv'));
    await expect.poll(() => page.locator('.import-facts').innerText()).toMatch(/windows-1252[\s\S]*semikolon/);
    await expect.poll(() => page.locator('.import-summary').innerText()).toContain('Avstämningar');
    await page.screenshot({ path: shot(`import-4-history-dry-run-${tag}`), fullPage: true });
    await importAndWait(page);

    // A date-format question: answered, the file is checked again and can be imported.
    await page.getByRole('button', { name: 'Importera en fil till' }).click();
    await choose(page, 'Avstämningshistorik', AMBIGUOUS);
    const question = page.getByRole('group', { name: 'Hur datum är skrivna' });
    await question.waitFor();
    expect(await importButton(page).isDisabled()).toBe(true);
    await page.screenshot({ path: shot(`import-5-date-question-${tag}`), fullPage: true });
    // click, not check: the answer re-runs the dry run, which removes the question as it is answered.
    await question.getByRole('radio', { name: 'Dag/månad/år: 31/03/2027' }).click();
    await question.waitFor({ state: 'detached' });
    await importAndWait(page);
    await page.screenshot({ path: shot(`import-6-history-done-${tag}`), fullPage: true });

    // The check-ins are in Tiller: the measure's history has the answered dates.
    const headers = await asAdmin(app);
    const tree = (await (await fetch(`${app.url}/api/tree`, { headers })).json()) as {
      measures: { id: string; name: string }[];
    };
    const fcr = tree.measures.find((m) => m.name === 'Förstakontaktlösning')!;
    const checkIns = (await (await fetch(`${app.url}/api/measures/${fcr.id}/check-ins`, { headers })).json()) as {
      date: string;
      value: number;
    }[];
    expect(checkIns.map((c) => c.date)).toEqual(expect.arrayContaining(['2026-01-31', '2026-04-03', '2026-06-05']));
    expect(errors).toEqual([]);
  });

  test('refuses a file over 10 MB before sending it', async () => {
    const { page } = await newPage(width);
    const big = path.join(dir, 'big.csv');
    writeFileSync(big, 'Avdelning;Mål\n' + 'x;y\n'.repeat(2_700_000));
    let sent = false;
    page.on('request', (r) => {
      if (r.url().includes('/api/import')) sent = true;
    });
    await page.goto(`${app.url}/sv/import/`);
    await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles(big);
    await page.getByRole('alert').filter({ hasText: 'Filen är större än 10 MB' }).waitFor();
    expect(sent).toBe(false);
  });
});

test('an export link on the overview downloads a CSV with a BOM', async () => {
  const { page } = await newPage(1366);
  await page.goto(`${app.url}/sv/`);
  await page.getByText(GOAL).first().waitFor({ timeout: 30_000 });
  await page.locator('.export-menu > summary').first().click();
  await page.screenshot({ path: shot('export-menu-overview-desktop'), fullPage: false });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^CSV: Excel på svenska/ }).click(),
  ]);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.split(/\r?\n/)[0]).toContain(';');
  expect(text).toContain(GOAL);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});
