// Decisions and actions agreed in a review: a list (open/done) and a form to add one.
// While the review is open they can be added, marked done and deleted; once it is closed the
// list is the record, except that an action carried into a later meeting can still be marked done.
import { createSignal, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { ACTION_KINDS, actionInput } from '../../domain/review-schemas.ts';
import type { Action, ActionInContext } from '../../domain/reviews.ts';
import { FormMessage, SelectField, TextField } from '../../components/Field.tsx';
import { blankToNull, createFormState, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { localToday } from '../../client/local-today.ts';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';
import { askConfirm } from '../../components/in-place.tsx';

export function ActionList<A extends Action | ActionInContext>(props: {
  kit: LocaleKit;
  actions: readonly A[];
  /** Checkboxes to mark done / reopen: for all actions, or per action. */
  canToggle: boolean | ((action: A) => boolean);
  /** Delete buttons (open review only). */
  canDelete: boolean;
  /** Show where a carried action came from. */
  showOrigin?: boolean;
  onChanged: () => void;
}) {
  const { t } = props.kit;
  const r = t.reviews;
  const form = createFormState(t);
  const today = localToday();

  async function toggle(a: Action, done: boolean) {
    if (await form.run(() => api.actions.update(a.id, { state: done ? 'done' : 'open', version: a.version })))
      props.onChanged();
  }
  async function remove(a: Action) {
    if (
      !(await askConfirm({
        title: t.common.confirmDelete(a.text),
        confirmLabel: t.common.delete,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    if (await form.run(async () => (await api.actions.remove(a.id, a.version), true))) props.onChanged();
  }

  return (
    <>
      <ul class="list action-list">
        <For each={props.actions}>
          {(a) => {
            const overdue = () => a.state === 'open' && a.dueDate !== null && a.dueDate < today;
            return (
              <li class="action-row" classList={{ done: a.state === 'done', overdue: overdue() }}>
                <Show
                  when={typeof props.canToggle === 'function' ? props.canToggle(a) : props.canToggle}
                  fallback={
                    <span class="action-state" aria-hidden="true">
                      {a.state === 'done' ? '☑' : '☐'}
                    </span>
                  }
                >
                  <input
                    type="checkbox"
                    checked={a.state === 'done'}
                    disabled={form.busy()}
                    onChange={(e) => toggle(a, e.currentTarget.checked)}
                    aria-label={r.markDone(a.text)}
                  />
                </Show>
                <div class="action-body">
                  <span class="action-text">
                    <Show when={a.kind === 'decision'}>
                      <strong>{r.decision}: </strong>
                    </Show>
                    {a.text}
                  </span>
                  <span class="meta">
                    <span class="visually-hidden">{a.state === 'done' ? r.actionDone : r.actionOpen}. </span>
                    <Show when={a.owner}> {r.ownerIs(a.owner)}</Show>
                    <Show when={a.dueDate}>
                      {(d) => (
                        <span classList={{ 'overdue-text': overdue() }}>
                          {' '}
                          · {overdue() ? r.overdueSince(props.kit.fmt.date(d())) : r.dueOn(props.kit.fmt.date(d()))}
                        </span>
                      )}
                    </Show>
                    <Show when={props.showOrigin && 'reviewPeriod' in a ? (a as ActionInContext) : null}>
                      {(c) => (
                        <>
                          {' '}
                          · {r.fromReview(c().reviewPeriod, props.kit.fmt.date(c().reviewMeetingDate))}
                          <Show when={c().goalTitle}>{(g) => <> · “{g()}”</>}</Show>
                        </>
                      )}
                    </Show>
                  </span>
                </div>
                <Show when={props.canDelete}>
                  <button
                    type="button"
                    class="link danger"
                    onClick={() => remove(a)}
                    aria-label={`${t.common.delete}: ${a.text}`}
                  >
                    {t.common.delete}
                  </button>
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
      <FormMessage message={form.message()} />
    </>
  );
}

export function ActionForm(props: {
  kit: LocaleKit;
  reviewId: string;
  goalId: string | null;
  label: string;
  collapsed?: boolean;
  onSaved: () => void;
}) {
  const panel = createInPlace<'action'>(`action:${props.reviewId}:${props.goalId ?? 'review'}`);
  if (!props.collapsed) return <ActionFormFields {...props} />;
  return (
    <Show
      when={panel.is('action')}
      fallback={
        <button
          type="button"
          class="add-action-toggle"
          {...panel.opener('action')}
          onClick={(e) => panel.open('action', e)}
          aria-label={props.label}
        >
          + {props.kit.t.reviews.addActionShort}
        </button>
      }
    >
      <InPlaceForm onClose={panel.close}>
        <ActionFormFields {...props} onSaved={() => (panel.close(), props.onSaved())} onCancel={panel.close} />
      </InPlaceForm>
    </Show>
  );
}

function ActionFormFields(props: {
  kit: LocaleKit;
  reviewId: string;
  goalId: string | null;
  label: string;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = props.kit;
  const r = t.reviews;
  const form = createFormState(t);
  const [textError, setTextError] = createSignal<string[]>([]);
  const errors = () => (textError().length ? { ...form.errors(), text: textError() } : form.errors());

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const v = readForm(el);
    const draft = {
      text: (v.text ?? '').trim(),
      kind: v.kind ?? 'action',
      owner: v.owner ?? '',
      dueDate: blankToNull(v.dueDate),
      goalId: props.goalId,
    };
    setTextError(draft.text === '' ? [r.actionTextRequired] : []);
    if (draft.text === '') return form.setMessage(t.common.fixFields);
    const valid = form.check(actionInput, draft);
    if (!valid) return;
    if (await form.run(() => api.reviews.addAction(props.reviewId, valid))) {
      el.reset();
      props.onSaved();
    }
  }

  return (
    <form class="form action-form" onSubmit={submit} novalidate aria-label={props.label}>
      <div class="row">
        <TextField name="text" label={r.actionText} errors={errors()} required />
        <SelectField
          name="kind"
          label={r.kind}
          value="action"
          options={ACTION_KINDS.map((k) => ({ value: k, label: r.kinds[k] }))}
          errors={errors()}
        />
        <TextField name="owner" label={r.actionOwner} errors={errors()} />
        <TextField name="dueDate" type="date" label={r.actionDue} errors={errors()} />
      </div>
      <FormMessage message={form.message()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {r.addAction}
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
