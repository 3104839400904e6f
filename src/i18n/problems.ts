// The API and the shared zod schemas write their messages in English (the API is a contract for
// integrations too). The UI shows them in the page's language: problems-sv.ts has the Swedish for
// every one of them, keyed by the English text with each interpolated part written `{}`; a Swedish
// text refers to those parts as {0}, {1}… (or leaves them out when they are English words).
// test/unit/problem-messages.test.ts finds every message in the source and fails when one has no
// Swedish there, or when an entry there is no longer used.
import { documentLocale, type Locale } from './index.ts';

// Only Swedish pages (and the build, scripts and tests, which have no document) load the catalog.
const page = documentLocale();
const PROBLEMS_SV: Readonly<Record<string, string>> = page === null || page === 'sv' ? (await import('./problems-sv.ts')).PROBLEMS_SV : {};

const SLOT = '{}';
/** A template's regular expression: its literal parts escaped, each `{}` a lazy capture. */
const patternOf = (template: string) =>
  new RegExp(`^${template.split(SLOT).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)')}$`, 's');

let templates: { pattern: RegExp; sv: string }[] | null = null;

/**
 * `message` (an English API or schema message) in `locale`. Exact texts are looked up; texts with
 * values in them match their template. Anything unknown stays as it is: English beats nothing.
 */
export function localizeProblem(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  const exact = PROBLEMS_SV[message];
  if (exact !== undefined) return exact;
  // Most literal text first: "Choose one of {}, or null." before "Choose one of {}.".
  templates ??= Object.entries(PROBLEMS_SV)
    .filter(([en]) => en.includes(SLOT))
    .sort(([a], [b]) => b.replaceAll(SLOT, '').length - a.replaceAll(SLOT, '').length)
    .map(([en, sv]) => ({ pattern: patternOf(en), sv }));
  for (const { pattern, sv } of templates) {
    const m = pattern.exec(message);
    if (m) return sv.replace(/\{(\d+)\}/g, (_, i: string) => m[Number(i) + 1] ?? '');
  }
  return message;
}

/** Every message of a field-error map in `locale`. */
export function localizeFieldErrors(errors: Readonly<Record<string, readonly string[]>>, locale: Locale): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list.map((m) => localizeProblem(m, locale))]));
}
