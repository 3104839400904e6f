// Editing a check-in in place on the measure page, with the version check: someone else's
// change in between is refused (409) and explained, never overwritten. A value computed from
// its sample (NPS counts, k of n, segments) cannot be typed over: its date and note can change.
import { Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { checkInPatch } from '../../domain/review-schemas.ts';
import type { CheckIn, Measure } from '../../domain/types.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, editableNumber, parseNumber, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { localToday } from '../../client/local-today.ts';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';

/** Which check-in of the list is being edited (one at a time). */
export function createCheckInEditor() {
  const panel = createInPlace<string>('check-in');
  return { editing: panel.current, open: panel.open, close: panel.close, opener: panel.opener };
}
export type CheckInEditor = ReturnType<typeof createCheckInEditor>;

export const computedFromSample = (c: Pick<CheckIn, 'promoters' | 'successes' | 'segments'>) =>
  c.promoters !== null || c.successes !== null || (c.segments?.length ?? 0) > 0;

/** The Edit button of a history row. */
export function EditCheckInButton(props: { kit: LocaleKit; checkIn: CheckIn; editor: CheckInEditor }) {
  return (
    <Show when={props.editor.editing() !== props.checkIn.id}>
      <button
        type="button"
        class="link"
        {...props.editor.opener(props.checkIn.id)}
        onClick={(e) => props.editor.open(props.checkIn.id, e)}
        aria-label={props.kit.t.reviews.editCheckIn(props.kit.fmt.date(props.checkIn.date))}
      >
        {props.kit.t.common.edit}
      </button>{' '}
    </Show>
  );
}

/** The row under a history row that holds its edit form while it is open. */
export function EditCheckInRow(props: {
  kit: LocaleKit;
  checkIn: CheckIn;
  measure: Pick<Measure, 'unit'>;
  editor: CheckInEditor;
  columns: number;
  onSaved: () => void;
}) {
  return (
    <Show when={props.editor.editing() === props.checkIn.id}>
      <tr class="inline-form-row">
        <td colSpan={props.columns}>
          <InPlaceForm onClose={props.editor.close}>
            <EditCheckInForm
              kit={props.kit}
              checkIn={props.checkIn}
              measure={props.measure}
              onSaved={() => (props.editor.close(), props.onSaved())}
              onCancel={props.editor.close}
            />
          </InPlaceForm>
        </td>
      </tr>
    </Show>
  );
}

export function EditCheckInForm(props: {
  kit: LocaleKit;
  checkIn: CheckIn;
  measure: Pick<Measure, 'unit'>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, fmt } = props.kit;
  const form = createFormState(t);
  const today = localToday();
  const computed = () => computedFromSample(props.checkIn);
  const unit = () => (props.measure.unit === '%' ? '%' : t.measures.units[props.measure.unit]);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const c = props.checkIn;
    const patch: { value?: number | null; date?: string; note?: string; version: number } = { version: c.version };
    if (!computed()) {
      const value = parseNumber(v.value);
      if (value !== c.value) patch.value = value;
    }
    if ((v.date ?? '') !== c.date) patch.date = v.date ?? '';
    if ((v.note ?? '') !== c.note) patch.note = v.note ?? '';
    if (Object.keys(patch).length === 1) return props.onCancel();
    const valid = form.check(checkInPatch, patch);
    if (!valid) return;
    if (await form.run(() => api.checkIns.update(c.id, valid))) props.onSaved();
  }

  return (
    <form
      class="form check-in-edit"
      onSubmit={submit}
      novalidate
      aria-label={t.reviews.editCheckIn(fmt.date(props.checkIn.date))}
    >
      <Show
        when={!computed()}
        fallback={
          <p class="hint">
            {t.checkIns.value}: <strong>{fmt.number(props.checkIn.value)}</strong> — {t.reviews.computedValue}
          </p>
        }
      >
        <TextField
          name="value"
          label={`${t.checkIns.value} (${unit()})`}
          value={editableNumber(props.checkIn.value, props.kit.locale)}
          errors={form.errors()}
          required
        />
      </Show>
      <TextField
        name="date"
        type="date"
        label={t.checkIns.date}
        value={props.checkIn.date}
        max={today}
        errors={form.errors()}
        required
      />
      <TextField name="note" label={t.checkIns.note} value={props.checkIn.note} errors={form.errors()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {form.busy() ? t.common.saving : t.reviews.saveCheckIn}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t.common.cancel}
        </button>
      </div>
      <FormMessage message={form.message()} />
    </form>
  );
}
