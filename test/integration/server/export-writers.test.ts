// The files Tiller writes, opened by LibreOffice Calc (headless, converted back to plain CSV):
// what a person sees in their spreadsheet must be the values Tiller wrote, and no cell runs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
  csvCell,
  csvOptionsFor,
  csvStream,
  neutralise,
  xlsxStream,
  type Cell,
  type ExportColumn,
} from '../../../src/server/export-writers.ts';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'tiller-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function* rowsOf(rows: Cell[][]) {
  for (const r of rows) yield r;
}
const bytesOf = async (s: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(s).arrayBuffer());

/**
 * Opens `file` in LibreOffice Calc (CSV with `separator` and Swedish settings, or XLSX) and saves
 * its first sheet as plain CSV (comma, UTF-8, as an English Calc writes it), parsed.
 */
async function throughLibreOffice(file: string, csvSeparator?: number): Promise<string[][]> {
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  const out = path.join(dir, 'lo-out');
  const args = [`-env:UserInstallation=${profile}`, '--headless'];
  if (csvSeparator !== undefined) args.push(`--infilter=CSV:${csvSeparator},34,76,1,,1053`);
  await run('soffice', [...args, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', out, file], {
    timeout: 180_000,
  }).catch((e: Error) => {
    throw new Error(
      `LibreOffice (soffice) must be installed for this test (apt-get install -y libreoffice-calc): ${e.message}`,
    );
  });
  const text = readFileSync(path.join(out, `${path.basename(file).replace(/\.\w+$/, '')}.csv`), 'utf8');
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

const COLUMNS: ExportColumn[] = [
  { header: 'Mål', kind: 'text' },
  { header: 'Framsteg (%)', kind: 'number' },
  { header: 'Förfallodatum', kind: 'date' },
  { header: 'Anteckning', kind: 'text' },
];
const ROWS: Cell[][] = [
  ['Kortare kötid; fler svar', 73.5, '2027-03-31', 'Säger "snabbt" – och menar det'],
  ['=HYPERLINK("http://example.com","klicka")', -3.25, '2026-12-31', '+46 70 123 45 67'],
  ['@SUM(A1:A2)', 1234.5, null, '-1+1'],
  ['Två\nrader', 0, '2027-01-01', '\tinskjuten'],
  ['Åsa Öberg ✓', null, '2027-02-28', ''],
];

describe('CSV cells', () => {
  it('neutralises what a spreadsheet would run', () => {
    for (const s of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ['1+1', 'a=b', 'Ärende', '']) expect(neutralise(s)).toBe(s);
  });

  it('writes numbers with the locale decimal mark, text quoted only when needed', () => {
    const sv = csvOptionsFor(true);
    expect(csvCell(1234.5, sv)).toBe('1234,5');
    expect(csvCell('a;b', sv)).toBe('"a;b"');
    expect(csvCell('a,b', sv)).toBe('a,b');
    expect(csvCell('say "hi"', sv)).toBe('"say ""hi"""');
    const en = csvOptionsFor(false);
    expect(csvCell(1234.5, en)).toBe('1234.5');
    expect(csvCell('a,b', en)).toBe('"a,b"');
    expect(csvCell(null, en)).toBe('');
  });
});

describe('opened in LibreOffice Calc', () => {
  it('a Swedish CSV (BOM, semicolons, decimal comma) shows the same values, and nothing runs', async () => {
    const bytes = await bytesOf(csvStream(COLUMNS, rowsOf(ROWS), csvOptionsFor(true)));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const file = path.join(dir, 'sv.csv');
    writeFileSync(file, bytes);
    const [header, ...rows] = await throughLibreOffice(file, 59);
    expect(header).toEqual(COLUMNS.map((c) => c.header));
    expect(rows.map((r) => r[0])).toEqual([
      'Kortare kötid; fler svar',
      `'=HYPERLINK("http://example.com","klicka")`,
      "'@SUM(A1:A2)",
      'Två\nrader',
      'Åsa Öberg ✓',
    ]);
    expect(rows.map((r) => Number(r[1] || NaN))).toEqual([73.5, -3.25, 1234.5, 0, NaN]);
    expect(rows.map((r) => r[3])).toEqual([
      'Säger "snabbt" – och menar det',
      "'+46 70 123 45 67",
      "'-1+1",
      "'\tinskjuten",
      '',
    ]);
  }, 240_000);

  it('an English CSV (commas, decimal point) too', async () => {
    const file = path.join(dir, 'en.csv');
    writeFileSync(file, await bytesOf(csvStream(COLUMNS, rowsOf(ROWS), csvOptionsFor(false))));
    const [, ...rows] = await throughLibreOffice(file, 44);
    expect(rows.map((r) => Number(r[1] || NaN))).toEqual([73.5, -3.25, 1234.5, 0, NaN]);
    expect(rows[0]![0]).toBe('Kortare kötid; fler svar');
  }, 240_000);

  it('an XLSX keeps numbers as numbers and dates as dates; a cell starting with = stays text', async () => {
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, await bytesOf(xlsxStream([{ name: 'Mål: översikt', columns: COLUMNS, rows: rowsOf(ROWS) }])));
    const [header, ...rows] = await throughLibreOffice(file);
    expect(header).toEqual(COLUMNS.map((c) => c.header));
    expect(rows[1]![0]).toBe('=HYPERLINK("http://example.com","klicka")');
    expect(rows.map((r) => Number(r[1] || NaN))).toEqual([73.5, -3.25, 1234.5, 0, NaN]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('Mål  översikt');
    expect(ws.getCell('B2').value).toBe(73.5);
    expect(ws.getCell('C2').value).toEqual(new Date('2027-03-31T00:00:00Z'));
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("http://example.com","klicka")');
    expect(ws.getCell('A3').formula).toBeUndefined();
  }, 240_000);
});
