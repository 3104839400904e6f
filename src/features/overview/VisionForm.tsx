// Writes or edits the vision; loaded only when the form opens (it carries zod).
import { Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { visionInput } from '../../domain/schemas.ts';
import type { Vision } from '../../domain/types.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, parseNumber, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';

export function VisionForm(props: {
  kit: LocaleKit;
  vision: Vision | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = props.kit;
  const form = createFormState(t);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const draft = {
      statement: v.statement ?? '',
      horizonYear: parseNumber(v.horizonYear),
      version: props.vision?.version,
    };
    const valid = form.check(visionInput, draft);
    if (!valid) return;
    if (await form.run(() => api.vision.put(valid))) {
      props.onSaved();
    }
  }

  return (
    <form class="form" onSubmit={submit} novalidate>
      <Show when={!props.vision}>
        <p>{t.vision.empty}</p>
      </Show>
      <TextField
        name="statement"
        label={t.vision.statement}
        value={props.vision?.statement}
        errors={form.errors()}
        multiline
        required
      />
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
        <button type="submit" class="primary" disabled={form.busy()}>
          {form.busy() ? t.common.saving : t.common.save}
        </button>
        <Show when={props.vision}>
          <button type="button" onClick={() => props.onCancel()}>
            {t.common.cancel}
          </button>
        </Show>
      </div>
    </form>
  );
}
