// Reading an uploaded spreadsheet into a header row and data rows: CSV (comma, semicolon or tab,
// detected; UTF-8 with or without BOM, or Windows-1252 as Excel on a Nordic Windows saves it) with
// Papa Parse, XLSX (a chosen sheet) with ExcelJS. Limits are checked before anything is parsed.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { RawCell } from '../domain/import/values.ts';
import { Problem } from './http.ts';
import { says } from '../domain/problem.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

export type FileFormat = 'csv' | 'xlsx';
export type Encoding = 'utf-8' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t';

export interface SheetRow {
  /** The row's number in the file as a spreadsheet shows it (the header is row 1). */
  line: number;
  cells: RawCell[];
  /** Cells an XLSX sheet formats as a percentage (their value is a fraction). */
  percent: boolean[];
  /** Cells an XLSX sheet formats as a time or duration (their value is a fraction of a day). */
  time: boolean[];
}

export interface ParsedFile {
  format: FileFormat;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rows: SheetRow[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function formatOf(bytes: Uint8Array): FileFormat {
  return ZIP.every((b, i) => bytes[i] === b) ? 'xlsx' : 'csv';
}

const tooManyRows = () => new Problem(413, 'Too many rows', says('import.tooManyRows', { max: MAX_IMPORT_ROWS }));

export async function readSpreadsheet(bytes: Uint8Array, opts: { sheet?: string | null } = {}): Promise<ParsedFile> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge();
  if (bytes.byteLength === 0) throw new Problem(422, 'Empty file', says('import.emptyFile'));
  return formatOf(bytes) === 'xlsx' ? readXlsx(bytes, opts.sheet ?? null) : readCsv(bytes);
}

export const tooLarge = () =>
  new Problem(413, 'File too large', says('import.fileTooLarge', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 }));

/** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function readCsv(bytes: Uint8Array): ParsedFile {
  const { text, encoding } = decodeText(bytes);
  // One row more than allowed tells a file that is too long without reading all of it.
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    preview: MAX_IMPORT_ROWS + 2,
  });
  const [header = [], ...data] = result.data;
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows();
  const delimiter = (result.meta.delimiter as Delimiter) ?? null;
  // Lines as a spreadsheet numbers them: the header is 1; skipped blank lines are not counted.
  const rows = data.map((cells, i) => ({
    line: i + 2,
    cells: cells.map((c) => (c.trim() === '' ? null : c)),
    percent: cells.map(() => false),
    time: cells.map(() => false),
  }));
  return { format: 'csv', encoding, delimiter, sheets: [], sheet: null, headers: header.map((h) => h.trim()), rows };
}

async function readXlsx(bytes: Uint8Array, wanted: string | null): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new Problem(422, 'Not a spreadsheet', says('import.unreadable'));
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const sheet = wanted === null ? workbook.worksheets[0] : workbook.getWorksheet(wanted);
  if (!sheet)
    throw new Problem(422, 'No such sheet', says('import.noSuchSheet', { sheet: wanted ?? '' }), {
      sheet: [says('import.chooseSheet', { sheets: sheets.join(', ') })],
    });
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) throw tooManyRows();
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const width = Math.max(row.cellCount, headers?.length ?? 0);
    const cells: RawCell[] = [];
    const percent: boolean[] = [];
    const time: boolean[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cells.push(cellValue(cell.value));
      const fmt = cell.numFmt ?? '';
      percent.push(/%/.test(fmt));
      time.push(/^\[?[hm]+\]?:mm(:ss)?/i.test(fmt) || /^mm:ss/i.test(fmt));
    }
    if (headers === null)
      headers = cells.map((c) =>
        c === null ? '' : String(c instanceof Date ? c.toISOString().slice(0, 10) : c).trim(),
      );
    else if (cells.some((c) => c !== null && !(typeof c === 'string' && c.trim() === '')))
      rows.push({ line, cells, percent, time });
  });
  return { format: 'xlsx', encoding: null, delimiter: null, sheets, sheet: sheet.name, headers: headers ?? [], rows };
}

/** An ExcelJS cell value as a plain cell: formulas by their result, rich text and links by their text. */
function cellValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date)
    return typeof v === 'string' && v.trim() === '' ? null : v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return null;
  }
  return String(v);
}
