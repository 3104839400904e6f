// Small helpers shared by the forms: reading values, decimal commas, and turning API/zod
// failures into per-field messages.
import { createSignal } from 'solid-js';
import type { z } from 'zod';
import { ApiError, pageLocale } from '../client/api.ts';
import { fieldErrors, type FieldErrors } from '../domain/schemas.ts';
import type { Messages } from '../i18n/index.ts';
import { localizeFieldErrors } from '../i18n/problems.ts';

export function readForm(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((v, k) => (out[k] = typeof v === 'string' ? v : ''));
  return out;
}

/** A number as people type it: "3,5" (Nordic decimal comma) and "3.5" both work; blank is null. */
export function parseNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const clean = text.trim().replace(/\s|\u00a0/g, '').replace(',', '.');
  if (clean === '') return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : NaN;
}

export const blankToNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim());

/** Error state of one form: per-field messages and one message for the whole form. */
export function createFormState(t: Messages) {
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [message, setMessage] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  /** Checks with the shared schema first, so mistakes show before a round trip. */
  function check<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | null {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    setErrors(localizeFieldErrors(fieldErrors(r.error), pageLocale()));
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
