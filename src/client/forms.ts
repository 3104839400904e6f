// Small helpers shared by the forms: reading values, decimal commas, and turning API/zod
// failures into per-field messages.
import { createSignal } from 'solid-js';
import type { z } from 'zod';
import { ApiError, pageLocale } from './api.ts';
import { fieldErrors, type FieldErrors } from '../domain/schemas.ts';
import { numberMarks as separators, type Locale, type Messages } from '../i18n/index.ts';
import { sayIn } from '../domain/problem.ts';

export function readForm(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((v, k) => (out[k] = typeof v === 'string' ? v : ''));
  return out;
}

/**
 * A number as people type it in the page's language: its decimal mark and its grouping (spaces,
 * also non-breaking, in the Nordic languages; "1,234.5" in English). A language with a decimal
 * comma also takes a point, which people type from habit ("3.5"); blank is null.
 */
export function parseNumber(text: string | undefined, locale: Locale = pageLocale()): number | null {
  if (text === undefined) return null;
  const { decimal, group } = separators(locale);
  let clean = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  // A visible grouping mark ("," in English) groups only three digits: "74,5" is still a decimal.
  if (group.trim() !== '') clean = clean.replace(new RegExp(`\\${group}(?=\\d{3}(?!\\d))`, 'g'), '');
  clean = clean
    .replace(decimal, '.')
    .replace(',', '.')
    .replace(/^[\u2212\u2013]/, '-');
  if (clean === '') return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : NaN;
}

/** A stored number written for an input in the page's language ("3,5" in sv), without grouping. */
export function editableNumber(value: number | null | undefined, locale: Locale = pageLocale()): string {
  return value === null || value === undefined ? '' : String(value).replace('.', separators(locale).decimal);
}

export const blankToNull = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? null : text.trim();

/** Error state of one form: per-field messages and one message for the whole form. */
export function createFormState(t: Messages) {
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [message, setMessage] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  /** Checks with the shared schema first, so mistakes show before a round trip. */
  function check<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | null {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    setErrors(
      Object.fromEntries(
        Object.entries(fieldErrors(r.error)).map(([field, list]) => [field, list.map((m) => sayIn(t.problems, m))]),
      ),
    );
    setMessage(t.common.fixFields);
    return null;
  }

  function fail(e: unknown) {
    if (e instanceof ApiError) {
      setErrors(e.errors);
      setMessage(e.status === 409 && e.errors.version ? t.common.conflict : e.message);
    } else setMessage(t.common.loadFailed);
  }

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      return await action();
    } catch (e) {
      fail(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { errors, message, busy, check, run, fail, setMessage };
}
