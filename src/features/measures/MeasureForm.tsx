// Create or edit a measure. Which target fields show depends on the direction: a range has
// a low and a high bound, every other direction a single target.
import { createSignal, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { DIRECTIONS, FREQUENCIES, UNITS, measureInput, type Direction } from '../../domain/schemas.ts';
import type { Measure } from '../../domain/types.ts';
import { SelectField, TextField, FormMessage } from '../../components/Field.tsx';
import { createFormState, editableNumber, parseNumber, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { MeasurementFields, readMeasurementFields } from './MeasurementFields.tsx';

export function MeasureForm(props: {
  kit: LocaleKit;
  goalId: string;
  /** A new measure's target date defaults to its goal's due date. */
  goalDueDate?: string;
  measure?: Measure;
  /** Starting values of a new measure (e.g. filled from the KPI library); every field stays editable. */
  defaults?: Partial<Measure>;
  /** The KPI library entry's name, when the defaults came from it. */
  libraryName?: string;
  onSaved: (m: Measure) => void;
  onCancel?: () => void;
}) {
  const { t } = props.kit;
  const form = createFormState(t);
  const m = (): Partial<Measure> | null => props.measure ?? props.defaults ?? null;
  const [direction, setDirection] = createSignal<Direction>(m()?.direction ?? 'increase');
  const today = new Date().toISOString().slice(0, 10);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const range = direction() === 'range';
    const draft = {
      name: v.name ?? '',
      unit: v.unit ?? '',
      direction: direction(),
      baseline: parseNumber(v.baseline),
      baselineDate: v.baselineDate ?? '',
      target: range ? null : parseNumber(v.target),
      targetLow: range ? parseNumber(v.targetLow) : null,
      targetHigh: range ? parseNumber(v.targetHigh) : null,
      targetDate: v.targetDate ?? '',
      frequency: v.frequency ?? 'monthly',
      purpose: v.purpose ?? '',
      weight: parseNumber(v.weight) ?? 1,
      ...readMeasurementFields(e.currentTarget as HTMLFormElement),
    };
    const valid = form.check(measureInput, draft);
    if (!valid) return;
    const saved = await form.run(() =>
      props.measure
        ? api.measures.update(props.measure.id, { ...valid, version: props.measure.version })
        : api.goals.addMeasure(props.goalId, valid),
    );
    if (saved) props.onSaved(saved);
  }

  const num = (x: number | null | undefined) => editableNumber(x, props.kit.locale);

  return (
    <form class="card form" onSubmit={submit} novalidate>
      <TextField name="name" label={t.measures.name} value={m()?.name} errors={form.errors()} required />
      <div class="row">
        <SelectField
          name="unit"
          label={t.measures.unit}
          value={m()?.unit ?? '%'}
          options={UNITS.map((u) => ({ value: u, label: t.measures.units[u] }))}
          errors={form.errors()}
          required
        />
        <SelectField
          name="direction"
          label={t.measures.direction}
          value={direction()}
          options={DIRECTIONS.map((d) => ({ value: d, label: t.measures.directions[d] }))}
          errors={form.errors()}
          onChange={(v) => setDirection(v as Direction)}
          required
        />
        <SelectField
          name="frequency"
          label={t.measures.frequency}
          value={m()?.frequency ?? 'monthly'}
          options={FREQUENCIES.map((f) => ({ value: f, label: t.measures.frequencies[f] }))}
          errors={form.errors()}
        />
      </div>
      <div class="row">
        <TextField
          name="baseline"
          label={t.measures.baseline}
          value={num(m()?.baseline)}
          errors={form.errors()}
          required
        />
        <TextField
          name="baselineDate"
          type="date"
          label={t.measures.baselineDate}
          value={m()?.baselineDate ?? today}
          errors={form.errors()}
          required
        />
      </div>
      <div class="row">
        <Show
          when={direction() === 'range'}
          fallback={
            <TextField
              name="target"
              label={t.measures.target}
              value={num(m()?.target)}
              errors={form.errors()}
              required
            />
          }
        >
          <TextField
            name="targetLow"
            label={t.measures.targetLow}
            value={num(m()?.targetLow)}
            errors={form.errors()}
            required
          />
          <TextField
            name="targetHigh"
            label={t.measures.targetHigh}
            value={num(m()?.targetHigh)}
            errors={form.errors()}
            required
          />
        </Show>
        <TextField
          name="targetDate"
          type="date"
          label={t.measures.targetDate}
          value={m()?.targetDate ?? props.goalDueDate}
          errors={form.errors()}
          required
        />
        <TextField name="weight" label={t.measures.weight} value={num(m()?.weight ?? 1)} errors={form.errors()} />
      </div>
      <TextField name="purpose" label={t.measures.purpose} value={m()?.purpose} errors={form.errors()} multiline />
      <MeasurementFields kit={props.kit} initial={m()} errors={form.errors()} libraryName={props.libraryName} />
      <FormMessage message={form.message()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {form.busy() ? t.common.saving : props.measure ? t.common.save : t.measures.add}
        </button>
        <Show when={props.onCancel}>
          <button type="button" onClick={() => props.onCancel?.()}>
            {t.common.cancel}
          </button>
        </Show>
      </div>
    </form>
  );
}
