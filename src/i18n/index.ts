// Locales, message catalogs and locale-aware formatting.
import { en, type Messages } from './en.ts';
import { sv } from './sv.ts';

export const LOCALES = ['en', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_STORAGE_KEY = 'tiller.locale';

const catalogs: Record<Locale, Messages> = { en, sv };
/** BCP 47 tags for Intl: British English keeps day-month order, which Nordic readers expect. */
const intlTags: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' };

export const messages = (locale: Locale): Messages => catalogs[locale];
export const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);

/** The URL of `path` (starting with /) in `locale`: English at the root, others under /xx/. */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

export interface Formatters {
  percent(progress: number): string;
  progress(progress: number | null, noData: string): string;
  number(value: number): string;
  date(iso: string): string;
}

export function formatters(locale: Locale): Formatters {
  const tag = intlTags[locale];
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  // Goal dates are calendar dates: format them in UTC so no time zone shifts the day.
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    percent: (p) => pct.format(p),
    progress: (p, noData) => (p === null ? noData : pct.format(p)),
    number: (v) => num.format(v),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
  };
}

export type { Messages };
