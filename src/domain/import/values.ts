// Values as people write them in spreadsheets: numbers with a decimal comma and space or period
// thousands, percentages as "85 %" or a fraction, durations as mm:ss or h:mm:ss, and dates in the
// formats Nordic and English sheets use. Nothing is guessed silently: when a file's values fit
// more than one reading, detection says so and the person chooses.

/** A cell as it comes from a CSV (always text) or an XLSX sheet (typed). */
export type RawCell = string | number | boolean | Date | null;

export const DECIMALS = [',', '.'] as const;
export type DecimalMark = (typeof DECIMALS)[number];

export const DATE_FORMATS = ['iso', 'dmy.', 'dmy/', 'mdy/'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
/** How each date format is written, for the mapping screen. */
export const DATE_FORMAT_EXAMPLES: Record<DateFormat, string> = {
  iso: '2027-03-31',
  'dmy.': '31.3.2027',
  'dmy/': '31/03/2027',
  'mdy/': '03/31/2027',
};

/** "0,85" in a percentage column: 85 % written as a fraction, or 0.85 %. */
export const PERCENT_SCALES = ['percent', 'fraction'] as const;
export type PercentScale = (typeof PERCENT_SCALES)[number];

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };
export type ValueProblem = 'number' | 'date' | 'duration' | 'ambiguousDate' | 'ambiguousNumber';

const SPACES = /[\s\u00a0\u202f\u2009']/g;

const isBlank = (c: RawCell) => c === null || (typeof c === 'string' && c.trim() === '');
export { isBlank };

/** The text of a cell, trimmed (XLSX numbers and dates keep their type elsewhere). */
export function cellText(c: RawCell): string {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

/**
 * A number in a file whose decimal mark is `decimal`: "1 234,5", "1.234,5" and "1234,5" with a
 * comma; "1,234.5" and "1234.5" with a point. A trailing "%" is dropped (see `parsePercent`),
 * a leading "−" (the minus sign) is a minus.
 */
export function parseNumber(c: RawCell, decimal: DecimalMark): Parsed<number> {
  if (typeof c === 'number') return Number.isFinite(c) ? { ok: true, value: c } : { ok: false, problem: 'number' };
  let s = cellText(c)
    .replace(/\s*%$/, '')
    .replace(/^\u2212/, '-')
    .replace(SPACES, '');
  if (!s) return { ok: false, problem: 'number' };
  const thousands = decimal === ',' ? '.' : ',';
  // Thousands separators only between groups of three digits.
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${thousands}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(s)) s = s.split(thousands).join('');
  if (decimal === ',') s = s.replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(s)) return { ok: false, problem: 'number' };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'number' };
}

/**
 * A percentage: "85 %" and "85%" are 85; a bare number is read by `scale` ("0,85" is 85 with
 * `fraction`, 0.85 with `percent`). XLSX cells formatted as % arrive as fractions (`isFraction`).
 */
export function parsePercent(
  c: RawCell,
  decimal: DecimalMark,
  scale: PercentScale,
  isFraction = false,
): Parsed<number> {
  const n = parseNumber(c, decimal);
  if (!n.ok) return n;
  const written = typeof c === 'string' && /%\s*$/.test(c);
  if (written) return n;
  if (isFraction || scale === 'fraction') return { ok: true, value: round(n.value * 100) };
  return n;
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * A duration in seconds: "5:30" (mm:ss) is 330, "1:02:03" (h:mm:ss) is 3723; a plain number is
 * already in the measure's unit. `unitSeconds` converts to the unit (60 for minutes).
 * XLSX time cells arrive as fractions of a day (`dayFraction`).
 */
export function parseDuration(c: RawCell, decimal: DecimalMark, unitSeconds = 1, dayFraction = false): Parsed<number> {
  if (typeof c === 'number' && dayFraction) return { ok: true, value: round((c * 86_400) / unitSeconds) };
  if (c instanceof Date) {
    // A time-of-day cell: ExcelJS gives it on 1899-12-30.
    const seconds = c.getUTCHours() * 3600 + c.getUTCMinutes() * 60 + c.getUTCSeconds();
    return { ok: true, value: round(seconds / unitSeconds) };
  }
  const s = cellText(c);
  const m = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(s);
  if (m) {
    const seconds =
      m[3] === undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    return { ok: true, value: round(seconds / unitSeconds) };
  }
  if (s.includes(':')) return { ok: false, problem: 'duration' };
  return parseNumber(c, decimal);
}

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** A date in one format, as `YYYY-MM-DD`; an XLSX date cell is taken as it is. */
export function parseDate(c: RawCell, format: DateFormat): Parsed<string> {
  if (c instanceof Date) return { ok: true, value: c.toISOString().slice(0, 10) };
  const s = cellText(c);
  let parts: RegExpExecArray | null;
  let iso: string | null = null;
  switch (format) {
    case 'iso':
      parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
      if (parts) iso = validDate(+parts[1]!, +parts[2]!, +parts[3]!);
      break;
    case 'dmy.':
      parts = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
      if (parts) iso = validDate(+parts[3]!, +parts[2]!, +parts[1]!);
      break;
    case 'dmy/':
      parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
      if (parts) iso = validDate(+parts[3]!, +parts[2]!, +parts[1]!);
      break;
    case 'mdy/':
      parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
      if (parts) iso = validDate(+parts[3]!, +parts[1]!, +parts[2]!);
      break;
  }
  return iso ? { ok: true, value: iso } : { ok: false, problem: 'date' };
}

/**
 * The date formats every given date cell can be read in. One left: that is the file's format;
 * several (all days ≤ 12 with slashes): the person chooses; none: some cells are not dates.
 */
export function dateFormatsFitting(cells: readonly RawCell[]): DateFormat[] {
  const texts = cells.filter((c) => !isBlank(c) && !(c instanceof Date));
  if (!texts.length) return [...DATE_FORMATS];
  return DATE_FORMATS.filter((f) => texts.every((c) => parseDate(c, f).ok));
}

/**
 * The decimal mark the numbers of a file are written with: decided by any number with a mark
 * that is not a thousands group ("12,5" → comma; "12.5" → point). `null` when nothing decides
 * (only whole numbers or "1,234"-like values) or when both occur.
 */
export function decimalMarkOf(cells: readonly RawCell[]): DecimalMark | null {
  let comma = false;
  let point = false;
  for (const c of cells) {
    if (typeof c !== 'string') continue;
    const s = c.trim().replace(/\s*%$/, '').replace(SPACES, '');
    if (!/^[-+\u2212]?[\d.,]+$/.test(s)) continue;
    const lastComma = s.lastIndexOf(',');
    const lastPoint = s.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0) lastComma > lastPoint ? (comma = true) : (point = true);
    else if (lastComma >= 0 && s.length - lastComma - 1 !== 3) comma = true;
    else if (lastPoint >= 0 && s.length - lastPoint - 1 !== 3) point = true;
  }
  if (comma === point) return null;
  return comma ? ',' : '.';
}

/** Whether a percentage column needs the person to say how bare numbers are meant: all within 0–1 and none written with "%". */
export function percentScaleIsAmbiguous(cells: readonly RawCell[], decimal: DecimalMark): boolean {
  const values = cells.filter((c) => !isBlank(c));
  if (!values.length) return false;
  if (values.some((c) => typeof c === 'string' && /%\s*$/.test(c))) return false;
  const numbers = values.map((c) => parseNumber(c, decimal));
  return (
    numbers.every((n) => n.ok && n.value >= 0 && n.value <= 1) &&
    numbers.some((n) => n.ok && !Number.isInteger(n.value))
  );
}
