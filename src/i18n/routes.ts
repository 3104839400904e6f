// Every page is built once per language of LOCALES: the first at the root, the others under /xx/.
import { LOCALE_CODES, DEFAULT_LOCALE, type Locale } from './locales.ts';

export function localeStaticPaths() {
  return LOCALE_CODES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
}

export type LocaleProps = { locale: Locale };
