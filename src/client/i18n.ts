// What every island derives from its `locale` prop.
import { formatters, localePath, messages, type Locale } from '../i18n/index.ts';

export function useLocale(locale: Locale) {
  return {
    locale,
    t: messages(locale),
    fmt: formatters(locale),
    href: (path: string, id?: string) => localePath(locale, path) + (id ? `?id=${encodeURIComponent(id)}` : ''),
  };
}
export type LocaleKit = ReturnType<typeof useLocale>;

/** The `id` query parameter of the current page (goal, measure and department pages). */
export const pageId = () => new URLSearchParams(globalThis.location?.search ?? '').get('id') ?? '';
