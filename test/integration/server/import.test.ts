// Spreadsheet import through POST /api/import, with files LibreOffice wrote from a Swedish sheet
// (test/fixtures/import/make.sh): XLSX, and CSV as Excel on a Nordic Windows saves it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import importFn from '../../../netlify/functions/import.mts';
import type { Goal, Measure } from '../../../src/domain/types.ts';
import { MAX_IMPORT_ROWS } from '../../../src/server/import-file.ts';
import { createDepartment, snapshot, freshDatabase } from '../helpers.ts';
import { asAdmin, signIn } from '../sign-in.ts';

const db = await freshDatabase();
const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/import', name));

interface Answer {
  file: { format: string; encoding: string | null; delimiter: string | null; headers: string[]; rows: number };
  mapping: (string | null)[];
  questions: string[];
  errors: { row: number; column: string | null; field: string | null; code: string; message: string }[];
  summary: Record<'department' | 'goal' | 'measure' | 'checkIn', Record<'create' | 'update' | 'unchanged', number>>;
  smallSamples: number;
  imported: boolean;
  dateFormat: string | null;
  decimal: string | null;
}

async function upload(
  bytes: Uint8Array | string,
  name: string,
  options: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  const form = new FormData();
  form.set(
    'file',
    new File([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes)], name),
  );
  form.set('options', JSON.stringify(options));
  const req = new Request('http://localhost/api/import', {
    method: 'POST',
    body: form,
    headers: headers ?? (await asAdmin()),
  });
  const res = await importFn(req, {});
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: JSON.parse(text) as Answer & { importErrors?: Answer['errors']; code?: string },
  };
}

const goalsByTitle = async () => {
  const goals = (
    await db.execute(
      'SELECT id, title, parent_goal_id AS parentGoalId, owner, start_date AS startDate, due_date AS dueDate, review_date AS reviewDate FROM goals',
    )
  ).rows as unknown as Goal[];
  return new Map(goals.map((g) => [g.title, g]));
};
const measuresByName = async () => {
  const rows = (
    await db.execute(
      'SELECT name, unit, direction, baseline, target, baseline_date AS baselineDate, target_date AS targetDate, frequency, library_key AS libraryKey FROM measures',
    )
  ).rows as unknown as Measure[];
  return new Map(rows.map((m) => [m.name, m]));
};

describe('a goals-and-measures file', () => {
  it('previews the Swedish XLSX: every header matched, nothing written', async () => {
    const before = await snapshot(db);
    const res = await upload(fixture('goals-sv.xlsx'), 'mål.xlsx', { kind: 'goals', dryRun: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.file).toMatchObject({ format: 'xlsx', rows: 5 });
    expect(res.body.mapping).toEqual([
      'department',
      'goalTitle',
      'parentGoal',
      'owner',
      'startDate',
      'dueDate',
      'reviewDate',
      'measureName',
      'libraryKey',
      'unit',
      'direction',
      'baseline',
      'target',
      'targetDate',
      'frequency',
    ]);
    expect(res.body.errors).toEqual([]);
    expect(res.body.questions).toEqual([]);
    expect(res.body.summary.department.create).toBe(3);
    expect(res.body.summary.goal.create).toBe(4);
    expect(res.body.summary.measure.create).toBe(4);
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports it with values as written: per cent, mm:ss and h:mm:ss, thousands', async () => {
    const res = await upload(fixture('goals-sv.xlsx'), 'mål.xlsx', { kind: 'goals' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.imported).toBe(true);
    const goals = await goalsByTitle();
    const top = goals.get('Lös fler ärenden vid första kontakten')!;
    expect(top).toMatchObject({
      owner: 'Åsa Öberg',
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      reviewDate: '2026-03-31',
      parentGoalId: null,
    });
    expect(goals.get('Kortare hanteringstid i telefon')!.parentGoalId).toBe(top.id);
    expect(goals.get('Leverans inom utlovad tid')).toBeDefined();
    const measures = await measuresByName();
    expect(measures.get('Förstakontaktlösning')).toMatchObject({
      unit: '%',
      direction: 'increase',
      baseline: 71.5,
      target: 80,
      libraryKey: 'fcr',
      frequency: 'monthly',
    });
    expect(measures.get('Genomsnittlig hanteringstid')).toMatchObject({
      unit: 's',
      direction: 'decrease',
      baseline: 388,
      target: 330,
      frequency: 'weekly',
    });
    expect(measures.get('Fakturafel per månad')).toMatchObject({
      unit: 'count',
      baseline: 1234,
      target: 900,
      baselineDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
  });

  it('a second import of the same file changes nothing', async () => {
    const before = await snapshot(db);
    const res = await upload(fixture('goals-sv.xlsx'), 'mål.xlsx', { kind: 'goals' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.summary.goal).toEqual({ create: 0, update: 0, unchanged: 4 });
    expect(res.body.summary.measure).toEqual({ create: 0, update: 0, unchanged: 4 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('the same sheet saved as CSV by a Nordic Excel (semicolons, decimal comma, Windows-1252) reads the same', async () => {
    const before = await snapshot(db);
    const res = await upload(fixture('goals-sv.csv'), 'mål.csv', { kind: 'goals' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.file).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(res.body.decimal).toBe(',');
    expect(res.body.summary.goal.unchanged).toBe(4);
    expect(res.body.summary.measure.unchanged).toBe(4);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a file with 3 bad rows writes nothing and lists each with its row and column', async () => {
    const csv = [
      'Avdelning;Mål;Startdatum;Slutdatum;Mått;Enhet;Riktning;Utgångsvärde;Målvärde',
      'Kundservice;Kortare kö;2026-01-01;2026-06-30;Kötid;s;minska;1:20;0:45',
      'Kundservice;Snabbare svar på e-post;2026-01-01;2026-13-01;Svarstid e-post;h;minska;24;8',
      'Kundservice;Färre klagomål;2026-01-01;2026-12-31;Klagomål;paket;minska;40;20',
      'Kundservice;Högre NKI;2026-01-01;2026-12-31;NKI;%;öka;80 %;70 %',
    ].join('\r\n');
    const before = await snapshot(db);
    const preview = await upload(csv, 'fel.csv', { kind: 'goals', dryRun: true });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'Slutdatum', 'import.notDate'],
      [4, 'Enhet', 'import.unknownChoice'],
      [5, 'Målvärde', 'measure.increaseTargetBelow'],
    ]);
    const res = await upload(csv, 'fel.csv', { kind: 'goals' });
    expect(res.status).toBe(422);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('import.badRows');
    expect(res.body.importErrors).toHaveLength(3);
    expect(await snapshot(db)).toEqual(before);
  });

  it('an editor imports only into their own departments', async () => {
    const own = await createDepartment('Kvalitet');
    const editor = await signIn('editor', [own.id]);
    const csv =
      'Avdelning,Mål,Startdatum,Slutdatum\nKvalitet,Bättre samtalsbedömning,2026-01-01,2026-12-31\nEkonomi,Snabbare bokslut,2026-01-01,2026-12-31\nNy avdelning,Något nytt,2026-01-01,2026-12-31\n';
    const res = await upload(csv, 'x.csv', { kind: 'goals', dryRun: true }, editor);
    expect(res.body.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'import.notAllowed'],
      [4, 'import.unknownDepartment'],
    ]);
    const viewer = await upload(csv, 'x.csv', { kind: 'goals', dryRun: true }, await signIn('viewer'));
    expect(viewer.status).toBe(403);
  });
});

describe('a check-in history', () => {
  it('imports the Swedish CSV: d.m.yyyy dates, "72,5 %", mm:ss and "1 020,5"', async () => {
    const res = await upload(fixture('history-sv.csv'), 'historik.csv', { kind: 'checkIns' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.dateFormat).toBe('dmy.');
    expect(res.body.summary.checkIn.create).toBe(6);
    const rows = (
      await db.execute(
        `SELECT m.name, c.date, c.value, c.sample_size AS n, c.note FROM check_ins c JOIN measures m ON m.id = c.measure_id ORDER BY m.name, c.date`,
      )
    ).rows.map((r) => [r.name, r.date, r.value, r.n, r.note]);
    expect(rows).toEqual([
      ['Fakturafel per månad', '2026-01-31', 1180, null, 'Rättade mallar för årsskiftet'],
      ['Fakturafel per månad', '2026-02-28', 1020.5, null, ''],
      ['Förstakontaktlösning', '2026-01-31', 72.5, 412, 'Januari: ny rutin för återkoppling'],
      ['Förstakontaktlösning', '2026-02-28', 74, 398, ''],
      ['Genomsnittlig hanteringstid', '2026-01-31', 375, null, 'Färre överlämningar'],
      ['Genomsnittlig hanteringstid', '2026-02-28', 362, null, ''],
    ]);
  });

  it('again, and as the XLSX it came from: nothing changes', async () => {
    const before = await snapshot(db);
    for (const name of ['history-sv.csv', 'history-sv.xlsx']) {
      const res = await upload(fixture(name), name, { kind: 'checkIns' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.summary.checkIn).toEqual({ create: 0, update: 0, unchanged: 6 });
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('asks for the date format when slashes could be day or month first, and writes nothing until told', async () => {
    const csv =
      'Mål;Mått;Datum;Värde\nKortare hanteringstid i telefon;Genomsnittlig hanteringstid;03/04/2026;5:58\nKortare hanteringstid i telefon;Genomsnittlig hanteringstid;04/05/2026;5:50\n';
    const before = await snapshot(db);
    const res = await upload(csv, 'h.csv', { kind: 'checkIns' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('import.questions');
    expect(await snapshot(db)).toEqual(before);
    const preview = await upload(csv, 'h.csv', { kind: 'checkIns', dryRun: true });
    expect(preview.body.questions).toEqual(['dateFormat']);
    const told = await upload(csv, 'h.csv', { kind: 'checkIns', dateFormat: 'dmy/' });
    expect(told.status, JSON.stringify(told.body)).toBe(200);
    const dates = (
      await db.execute("SELECT date, value FROM check_ins WHERE date IN ('2026-04-03', '2026-05-04') ORDER BY date")
    ).rows.map((r) => [r.date, r.value]);
    expect(dates).toEqual([
      ['2026-04-03', 358],
      ['2026-05-04', 350],
    ]);
  });

  it('asks what a bare 0,85 in a percentage column means', async () => {
    const csv = 'Mål;Mått;Datum;Värde\nLös fler ärenden vid första kontakten;Förstakontaktlösning;2026-03-31;0,76\n';
    const preview = await upload(csv, 'p.csv', { kind: 'checkIns', dryRun: true });
    expect(preview.body.questions).toEqual(['percentScale']);
    const told = await upload(csv, 'p.csv', { kind: 'checkIns', percentScale: 'fraction' });
    expect(told.status, JSON.stringify(told.body)).toBe(200);
    expect((await db.execute("SELECT value FROM check_ins WHERE date = '2026-03-31'")).rows[0]!.value).toBe(76);
  });
});

describe('limits', () => {
  it(`refuses ${MAX_IMPORT_ROWS + 1} rows before reading them, and over 10 MB`, async () => {
    const rows = Array.from(
      { length: MAX_IMPORT_ROWS + 1 },
      (_, i) => `Kortare hanteringstid i telefon;Genomsnittlig hanteringstid;2025-01-01;${i}`,
    );
    const before = await snapshot(db);
    const res = await upload(['Mål;Mått;Datum;Värde', ...rows].join('\n'), 'big.csv', { kind: 'checkIns' });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('import.tooManyRows');
    const huge = await upload(new Uint8Array(10 * 1024 * 1024 + 1).fill(65), 'huge.csv', { kind: 'checkIns' });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('import.fileTooLarge');
    expect(await snapshot(db)).toEqual(before);
  });
});
