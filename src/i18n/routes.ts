// Every page is built once per locale: English at the root, Swedish under /sv/.
import { LOCALES, DEFAULT_LOCALE, type Locale } from './index.ts';

export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { lang: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
}

export type LocaleProps = { locale: Locale };
