// Reopening a closed goal (admins): an in-page form with the required reason, which the audit log
// keeps. The server refuses a carried goal while its next-period goal exists (409), shown here.
import { createSignal, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { Goal } from '../../domain/types.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';

export function ReopenGoal(props: { kit: LocaleKit; goal: Goal; hasSuccessor: boolean; onDone: (g: Goal) => void }) {
  const { t } = props.kit;
  const r = t.reviews;
  const [open, setOpen] = createSignal(false);
  const form = createFormState(t);
  const [reasonError, setReasonError] = createSignal<string[]>([]);
  const errors = () => (reasonError().length ? { ...form.errors(), reason: reasonError() } : form.errors());
  let opener: HTMLButtonElement | undefined;

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const reason = (readForm(e.currentTarget as HTMLFormElement).reason ?? '').trim();
    if (reason === '') {
      setReasonError([r.reopenReasonRequired]);
      form.setMessage(t.common.fixFields);
      return;
    }
    setReasonError([]);
    const reopened = await form.run(() =>
      api.goalLifecycle.reopen(props.goal.id, { reason, version: props.goal.version }),
    );
    if (reopened) props.onDone(reopened);
  }
  const cancel = () => {
    setOpen(false);
    opener?.focus();
  };

  return (
    <Show
      when={open()}
      fallback={
        <Show when={!props.hasSuccessor} fallback={<p class="hint">{r.reopenSuccessorFirst}</p>}>
          <div class="actions">
            <button
              type="button"
              ref={opener}
              onClick={() => setOpen(true)}
              aria-label={r.reopenNamed(props.goal.title)}
            >
              {r.reopen}
            </button>
          </div>
        </Show>
      }
    >
      <form
        class="card form lifecycle-form reopen-form"
        onSubmit={submit}
        onKeyDown={(e) => e.key === 'Escape' && cancel()}
        novalidate
        aria-label={r.reopenTitle(props.goal.title)}
        ref={(el) => queueMicrotask(() => el.querySelector<HTMLTextAreaElement>('textarea')?.focus())}
      >
        <p class="form-title">{r.reopenTitle(props.goal.title)}</p>
        <p class="hint">{r.reopenIntro}</p>
        <TextField
          name="reason"
          label={r.reopenReason}
          hint={r.reopenReasonHint}
          errors={errors()}
          multiline
          required
        />
        <FormMessage message={form.message()} />
        <div class="actions">
          <button type="submit" class="primary" disabled={form.busy()}>
            {form.busy() ? t.common.saving : r.reopenSubmit}
          </button>
          <button type="button" onClick={cancel}>
            {t.common.cancel}
          </button>
        </div>
      </form>
    </Show>
  );
}
