// Locales, message catalogs and locale-aware formatting.
import type { Messages } from './en.ts';
import type { Unit } from '../domain/schemas.ts';
import { formatMargin, formatReading, formatTarget, formatValue, type TargetLike } from '../domain/format.ts';

import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, isLocale, localeInfo, type Locale } from './locales.ts';

export { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, isLocale, localeInfo, type Locale };
export const LOCALE_STORAGE_KEY = 'tiller.locale';

/** The language of the page this runs in (`<html lang>`); null outside a browser (build, scripts, tests). */
export function documentLocale(): Locale | null {
  const lang = globalThis.document?.documentElement.lang;
  return isLocale(lang) ? lang : null;
}

/**
 * Every page is in one language, so the browser loads only that catalog, a chunk of its own; the
 * build's server render, scripts and tests load both.
 */
async function loadCatalogs(): Promise<Partial<Record<Locale, Messages>>> {
  const page = documentLocale();
  const wanted: readonly Locale[] = page ? [page] : LOCALE_CODES;
  return Object.fromEntries(await Promise.all(wanted.map(async (l) => [l, await localeInfo(l).load()] as const)));
}
const catalogs = await loadCatalogs();
/** BCP 47 tags for Intl, from LOCALES. */
export const intlTags = Object.fromEntries(LOCALES.map((l) => [l.code, l.tag])) as Record<Locale, string>;

/** A language's decimal and grouping marks ("," and "\u00a0" in sv), from Intl. */
export function numberMarks(locale: Locale): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(intlTags[locale]).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

export function messages(locale: Locale): Messages {
  const catalog = catalogs[locale];
  if (!catalog) throw new Error(`The ${locale} catalog is not loaded on this ${documentLocale()} page.`);
  return catalog;
}

/** The URL of `path` (starting with /) in `locale`: English at the root, others under /xx/. */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

export interface Formatters {
  percent(progress: number): string;
  progress(progress: number | null, noData: string): string;
  number(value: number): string;
  /** A value in its unit ("6 min 28 s", "84,5 %"): src/domain/format.ts, as in every export. */
  value(value: number, unit: Unit): string;
  margin(margin: number, unit: Unit): string;
  /** A check-in's value, with its margin when it came from a sample ("24 ± 7"). */
  reading(c: { value: number; margin?: number | null }, unit: Unit): string;
  /** A measure's baseline and target ("7 min → 6 min", "≥ 80 %"). */
  target(m: TargetLike): string;
  date(iso: string): string;
}

export function formatters(locale: Locale): Formatters {
  const { tag, date: dateStyle } = localeInfo(locale);
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  // Goal dates are calendar dates: format them in UTC so no time zone shifts the day.
  const date = new Intl.DateTimeFormat(tag, { ...dateStyle, timeZone: 'UTC' });
  return {
    percent: (p) => pct.format(p),
    progress: (p, noData) => (p === null ? noData : pct.format(p)),
    number: (v) => num.format(v),
    value: (v, unit) => formatValue(v, unit, tag),
    margin: (m, unit) => formatMargin(m, unit, tag),
    reading: (c, unit) => formatReading(c.value, c.margin, unit, tag),
    target: (m) => formatTarget(m, tag),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
  };
}

export type { Messages };
