// Recording a fresh check-in for one measure during the meeting, without leaving the agenda.
import { api } from '../../client/api.ts';
import { checkInInput } from '../../domain/schemas.ts';
import type { AgendaMeasure } from '../../domain/reviews.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, parseNumber, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { localToday } from '../../client/local-today.ts';

export function ReviewCheckIn(props: {
  kit: LocaleKit;
  measure: AgendaMeasure;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = props.kit;
  const form = createFormState(t);
  const today = localToday();
  const unit = () => (props.measure.unit === '%' ? '%' : t.measures.units[props.measure.unit]);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const valid = form.check(checkInInput, { value: parseNumber(v.value), date: v.date ?? '', note: v.note ?? '' });
    if (!valid) return;
    if (await form.run(() => api.measures.addCheckIn(props.measure.id, valid))) props.onSaved();
  }

  return (
    <form
      class="form inline review-check-in"
      onSubmit={submit}
      novalidate
      aria-label={t.reviews.recordFor(props.measure.name)}
    >
      <TextField name="value" label={`${t.checkIns.value} (${unit()})`} errors={form.errors()} required />
      <TextField
        name="date"
        type="date"
        label={t.checkIns.date}
        value={today}
        max={today}
        errors={form.errors()}
        required
      />
      <TextField name="note" label={t.checkIns.note} errors={form.errors()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {t.checkIns.add}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t.common.cancel}
        </button>
      </div>
      <FormMessage message={form.message()} />
    </form>
  );
}
