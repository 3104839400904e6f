import { createSignal, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { visionInput } from '../../domain/schemas.ts';
import type { Vision } from '../../domain/types.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, parseNumber, readForm } from '../../components/forms.ts';
import type { LocaleKit } from '../../components/i18n.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';

/** The vision statement and its roll-up; leadership writes and edits it here. */
export function VisionPanel(props: { kit: LocaleKit; vision: Vision | null; progress: number | null; onSaved: () => void }) {
  const { t, fmt } = props.kit;
  const [editing, setEditing] = createSignal(false);
  const form = createFormState(t);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const draft = { statement: v.statement ?? '', horizonYear: parseNumber(v.horizonYear), version: props.vision?.version };
    const valid = form.check(visionInput, draft);
    if (!valid) return;
    if (await form.run(() => api.vision.put(valid))) {
      setEditing(false);
      props.onSaved();
    }
  }

  return (
    <section class="vision card" aria-labelledby="vision-heading">
      <h1 id="vision-heading">{t.vision.title}</h1>
      <Show
        when={!editing() && props.vision}
        fallback={
          <form class="form" onSubmit={submit} novalidate>
            <Show when={!props.vision}>
              <p>{t.vision.empty}</p>
            </Show>
            <TextField name="statement" label={t.vision.statement} value={props.vision?.statement} errors={form.errors()} multiline required />
            <TextField
              name="horizonYear"
              label={t.vision.horizonYear}
              type="number"
              value={props.vision?.horizonYear ?? new Date().getFullYear() + 3}
              errors={form.errors()}
              required
            />
            <FormMessage message={form.message()} />
            <div class="actions">
              <button type="submit" class="primary" disabled={form.busy()}>{form.busy() ? t.common.saving : t.common.save}</button>
              <Show when={props.vision}>
                <button type="button" onClick={() => setEditing(false)}>{t.common.cancel}</button>
              </Show>
            </div>
          </form>
        }
      >
        {(vision) => (
          <>
            <blockquote class="statement">{vision().statement}</blockquote>
            <p class="meta">{t.vision.horizon(vision().horizonYear)}</p>
            <div class="rollup">
              <span>{t.vision.rollUp}</span>
              <ProgressBar progress={props.progress} t={t} fmt={fmt} label={t.vision.rollUp} />
            </div>
            <button type="button" onClick={() => setEditing(true)}>{t.vision.edit}</button>
          </>
        )}
      </Show>
    </section>
  );
}
