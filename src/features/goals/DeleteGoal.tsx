// Deleting a goal, in a confirmation dialog: a goal with sub-goals asks whether to move them up
// or delete them too.
import { createSignal, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { GoalWithProgress } from '../../domain/types.ts';
import { ConfirmDialog } from '../../components/in-place.tsx';
import { createFormState } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';

export function DeleteGoal(props: {
  kit: LocaleKit;
  goal: GoalWithProgress;
  childCount: number;
  onCancel: () => void;
}) {
  const { t, href } = props.kit;
  const form = createFormState(t);
  const [choice, setChoice] = createSignal<'reparent' | 'delete'>('reparent');
  async function remove() {
    const ok = await form.run(async () => {
      await api.goals.remove(props.goal.id, {
        version: props.goal.version,
        children: props.childCount ? choice() : undefined,
      });
      return true;
    });
    if (ok) location.href = props.goal.parentGoalId ? href('/goal/', props.goal.parentGoalId) : href('/');
  }
  return (
    <ConfirmDialog
      title={t.common.confirmDelete(props.goal.title)}
      confirmLabel={t.goals.deleteGoal}
      cancelLabel={t.common.cancel}
      busy={form.busy()}
      error={form.message()}
      onConfirm={remove}
      onCancel={props.onCancel}
    >
      <p class="hint">{t.goals.deleteToBin}</p>
      <Show when={props.childCount > 0}>
        <fieldset>
          <legend>{t.goals.hasChildren(props.childCount)}</legend>
          <label>
            <input
              type="radio"
              name="children"
              value="reparent"
              checked={choice() === 'reparent'}
              onChange={() => setChoice('reparent')}
            />{' '}
            {t.goals.reparent}
          </label>
          <label>
            <input
              type="radio"
              name="children"
              value="delete"
              checked={choice() === 'delete'}
              onChange={() => setChoice('delete')}
            />{' '}
            {t.goals.deleteAll}
          </label>
        </fieldset>
      </Show>
    </ConfirmDialog>
  );
}
