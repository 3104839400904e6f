// Tables out as files, streamed row by row so that a 100,000-row audit log never sits in memory:
// CSV that opens right in Excel in the reader's locale (UTF-8 with BOM; `;` and a decimal comma
// for Swedish, Finnish and Norwegian, `,` and a decimal point for English), and XLSX with typed
// numbers and dates (ExcelJS's streaming writer).
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** A cell: text, a number, a calendar date (`YYYY-MM-DD`, kind `date`), or empty. */
export type Cell = string | number | null;
export type ColumnKind = 'text' | 'number' | 'date';

export interface ExportColumn {
  header: string;
  kind: ColumnKind;
}

export const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];
export interface CsvOptions {
  separator: Separator;
  decimal: ',' | '.';
}

/** What Excel in the reader's locale expects: the list separator follows the decimal mark. */
export const csvOptionsFor = (decimalComma: boolean): CsvOptions =>
  decimalComma ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };

/**
 * Text a spreadsheet would run as a formula (=, +, -, @) or that starts with a tab or carriage
 * return gets a leading apostrophe, which Excel and LibreOffice show as text and do not evaluate.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(c: Cell, o: CsvOptions): string {
  if (c === null) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c).replace('.', o.decimal) : '';
  const text = neutralise(c);
  return /["\r\n]/.test(text) || text.includes(o.separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

const BOM = '\uFEFF';

/** A CSV file as a stream: BOM, header row, then each row as it comes (CRLF line ends, as Excel writes). */
export function csvStream(
  columns: readonly ExportColumn[],
  rows: AsyncIterable<Cell[]>,
  o: CsvOptions,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const line = (cells: readonly Cell[]) => encoder.encode(`${cells.map((c) => csvCell(c, o)).join(o.separator)}\r\n`);
  const iterator = rows[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM));
      controller.enqueue(line(columns.map((c) => c.header)));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(line(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export interface XlsxSheet {
  name: string;
  columns: readonly ExportColumn[];
  rows: AsyncIterable<Cell[]>;
}

/**
 * An XLSX workbook as a stream. Text stays text (a cell starting with "=" is a string, never a
 * formula), numbers are numbers, dates are dates formatted as YYYY-MM-DD.
 */
export function xlsxStream(sheets: readonly XlsxSheet[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  void (async () => {
    try {
      for (const sheet of sheets) {
        // Sheet names: at most 31 characters, none of : \ / ? * [ ].
        const ws = workbook.addWorksheet(sheet.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), {
          views: [{ state: 'frozen', ySplit: 1 }],
        });
        ws.columns = sheet.columns.map((c) => ({
          header: c.header,
          width: Math.min(60, Math.max(10, c.header.length + 2)),
          ...(c.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
        }));
        ws.getRow(1).font = { bold: true };
        for await (const row of sheet.rows)
          ws.addRow(
            row.map((c, i) =>
              sheet.columns[i]?.kind === 'date' && typeof c === 'string' && /^\d{4}-\d\d-\d\d$/.test(c)
                ? new Date(`${c}T00:00:00Z`)
                : c,
            ),
          ).commit();
        ws.commit();
      }
      await workbook.commit();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download's file name: letters, digits and dashes only, so no header can be broken by it. */
export const safeFileName = (base: string) =>
  base
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'export';
