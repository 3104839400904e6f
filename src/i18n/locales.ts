// THE list of languages Tiller speaks. Routes, the language menu, Intl tags, number and date
// formats, the API's locale parameters and the tests' page lists all derive from it. Adding a
// language is one module (src/i18n/<code>.ts, typed `Messages`) plus one entry here.
import type { Messages } from './en.ts';

export interface LocaleInfo {
  /** The URL prefix and `<html lang>`: /sv/… (the first entry lives at the root). */
  readonly code: string;
  /** The language's own name, as the language menu shows it. */
  readonly name: string;
  /** The BCP 47 tag Intl formats with (digits, separators, plural rules). */
  readonly tag: string;
  /** How a calendar date is written: "31 Mar 2027", "2027-03-31", "31.3.2027". */
  readonly date: Intl.DateTimeFormatOptions;
  /** The language's module, loaded only on its own pages. */
  readonly load: () => Promise<Messages>;
}

export const LOCALES = [
  // British English keeps day-month order, which Nordic readers expect.
  {
    code: 'en',
    name: 'English',
    tag: 'en-GB',
    date: { dateStyle: 'medium' },
    load: () => import('./en.ts').then((m) => m.en),
  },
  {
    code: 'sv',
    name: 'Svenska',
    tag: 'sv-SE',
    date: { year: 'numeric', month: '2-digit', day: '2-digit' },
    load: () => import('./sv.ts').then((m) => m.sv),
  },
  // Finnish and Norwegian write a date as day.month.year without leading zeros: 31.3.2027.
  {
    code: 'fi',
    name: 'Suomi',
    tag: 'fi-FI',
    date: { year: 'numeric', month: 'numeric', day: 'numeric' },
    load: () => import('./fi.ts').then((m) => m.fi),
  },
  {
    code: 'nb',
    name: 'Norsk bokmål',
    tag: 'nb-NO',
    date: { year: 'numeric', month: 'numeric', day: 'numeric' },
    load: () => import('./nb.ts').then((m) => m.nb),
  },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALES)[number]['code'];
/** The codes, in menu order, as a tuple zod's enum accepts. */
export const LOCALE_CODES = LOCALES.map((l) => l.code) as unknown as readonly [Locale, ...Locale[]];
export const DEFAULT_LOCALE: Locale = LOCALES[0].code;
export const isLocale = (v: unknown): v is Locale => LOCALE_CODES.includes(v as Locale);
export const localeInfo = (code: Locale): LocaleInfo => LOCALES.find((l) => l.code === code)!;
