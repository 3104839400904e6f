// Downloads of every view through GET /api/export/{view}: the same numbers, statuses and dates as
// the page's own read, in the reader's language and CSV flavour, and the audit log page by page.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import exportFn from '../../../netlify/functions/export.mts';
import { seedDemo } from '../../../db/seed/demo.ts';
import { assessTree } from '../../../src/domain/status.ts';
import { readTree } from '../../../src/server/tree.ts';
import { call, expectProblem, freshDatabase } from '../helpers.ts';
import { asAdmin, signIn } from '../sign-in.ts';
import { sv } from '../../../src/i18n/sv.ts';

const db = await freshDatabase();
const TODAY = '2026-11-23';
await seedDemo(db, TODAY);

async function download(view: string, query: Record<string, string>, headers?: Record<string, string>) {
  return exportFn(
    new Request(`http://localhost/api/export/${view}?${new URLSearchParams(query)}`, {
      headers: headers ?? (await asAdmin()),
    }),
    { params: { view } },
  );
}
const csvRows = async (res: Response, separator: string) => {
  const bytes = new Uint8Array(await res.arrayBuffer());
  // The BOM tells Excel the file is UTF-8 (Response.text() would drop it, so look at the bytes).
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: separator, skipEmptyLines: true }).data;
};

describe('the overview goals', () => {
  it('Swedish CSV: the headers, statuses and progress of the overview, with a decimal comma', async () => {
    const res = await download('goals', { format: 'csv', lang: 'sv', period: 'all', today: TODAY });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tiller-mal\.csv"$/);
    const [header, ...rows] = await csvRows(res, ';');
    expect(header!.slice(0, 4)).toEqual(['Avdelning', 'Mål', 'Överordnat mål', 'Ägare']);
    const tree = await readTree(db);
    expect(rows).toHaveLength(tree.goals.length);
    const latest = new Map(tree.measures.filter((m) => m.latest).map((m) => [m.id, m.latest!]));
    const assessed = assessTree(tree.goals, tree.measures, latest, TODAY);
    const statusCol = header!.indexOf('Status');
    const progressCol = header!.indexOf('Framsteg (%)');
    const idCol = header!.indexOf('Mål-id');
    for (const r of rows) {
      const a = assessed.goals.get(r[idCol]!)!;
      expect(r[statusCol]).toBe(sv.reviews.status[a.status]);
      const shown =
        a.hasData && a.progress !== null ? String(Math.round(a.progress * 1000) / 10).replace('.', ',') : '';
      expect(r[progressCol]).toBe(shown);
    }
  });

  it('English CSV on a Swedish page when asked: commas and a decimal point', async () => {
    const res = await download('goals', { format: 'csv', lang: 'sv', csv: 'english', period: 'all', today: TODAY });
    const [header, ...rows] = await csvRows(res, ',');
    expect(header![0]).toBe('Avdelning');
    expect(rows.some((r) => /^\d+\.\d$/.test(r[header!.indexOf('Framsteg (%)')]!))).toBe(true);
  });

  it('XLSX: one department, numbers as numbers, dates as dates', async () => {
    const tree = await readTree(db);
    const dep = tree.departments[0]!;
    const res = await download('goals', {
      format: 'xlsx',
      lang: 'en',
      departmentId: dep.id,
      period: 'all',
      today: TODAY,
    });
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const ws = book.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Department');
    expect(ws.actualRowCount - 1).toBe(tree.goals.filter((g) => g.departmentId === dep.id).length);
    expect(ws.getRow(2).getCell(5).value).toBeInstanceOf(Date);
    expect(typeof ws.getRow(2).getCell(12).value).toBe('number');
  });
});

describe('the other views', () => {
  it("a measure's check-ins with n, margin and interval", async () => {
    const m = (await db.execute("SELECT id FROM measures WHERE sample_kind = 'nps' LIMIT 1")).rows[0]!;
    const res = await download('check-ins', { format: 'csv', lang: 'en', measureId: String(m.id) });
    const [header, ...rows] = await csvRows(res, ',');
    expect(header).toEqual(
      expect.arrayContaining([
        'Date',
        'Value',
        'Sample size (n)',
        'Margin (±)',
        'Interval from',
        'Interval to',
        'Counts for progress',
      ]),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[header!.indexOf('Margin (±)')] !== '')).toBe(true);
  });

  it('the timeline and the due list', async () => {
    for (const view of ['timeline', 'due']) {
      const res = await download(view, { format: 'csv', lang: 'sv', today: TODAY });
      expect(res.status, view).toBe(200);
      const [header, ...rows] = await csvRows(res, ';');
      expect(header!.length, view).toBeGreaterThan(3);
      expect(rows.length, view).toBeGreaterThan(0);
    }
  });

  it('the audit log with its filters, page after page, newest first; only admins read all of it', async () => {
    const res = await download('audit', { format: 'csv', lang: 'en' });
    const [header, ...rows] = await csvRows(res, ',');
    const total = Number((await db.execute('SELECT count(*) AS n FROM audit_log')).rows[0]!.n);
    expect(total).toBeGreaterThan(200);
    expect(rows).toHaveLength(total);
    const at = header!.indexOf('When (UTC)');
    expect(rows.map((r) => r[at]!)).toEqual([...rows.map((r) => r[at]!)].sort().reverse());
    const goals = await csvRows(await download('audit', { format: 'csv', lang: 'en', entity: 'goal' }), ',');
    expect(goals.slice(1).every((r) => r[header!.indexOf('What changed')] === 'goal')).toBe(true);
    expectProblem(
      await (async () => {
        const r = await download('audit', { format: 'csv' }, await signIn('viewer'));
        return {
          status: r.status,
          contentType: r.headers.get('content-type') ?? '',
          headers: r.headers,
          body: await r.json(),
        };
      })(),
      403,
    );
  });

  it('bad queries are problems, not files', async () => {
    const bad = async (view: string, query: Record<string, string>) => {
      const r = await download(view, query);
      return {
        status: r.status,
        contentType: r.headers.get('content-type') ?? '',
        headers: r.headers,
        body: await r.json(),
      };
    };
    expectProblem(await bad('goals', { format: 'pdf' }), 400, 'format');
    expectProblem(await bad('check-ins', {}), 400, 'measureId');
    expectProblem(await bad('nothing', {}), 404);
    expect(
      (await call(exportFn, 'GET', '/api/export/check-ins?measureId=nope', { params: { view: 'check-ins' } })).status,
    ).toBe(404);
  });
});
