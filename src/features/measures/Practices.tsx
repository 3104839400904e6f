// A goal's practices (seed 000): what must be done in every customer contact to reach it. Add,
// edit, reorder (up/down buttons, focus stays on the moved practice) and delete; they print as
// the goal's quality-assurance form.
import { createResource, createSignal, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { Practice } from '../../domain/types.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { askConfirm, createInPlace, InPlaceForm } from '../../components/in-place.tsx';

/** `mayEdit`: whether the person may change this goal's practices (the server checks it too). */
export function Practices(props: { kit: LocaleKit; goalId: string; mayEdit: boolean }) {
  const { t, href } = props.kit;
  const tm = t.measurement;
  const [list, { refetch }] = createResource(
    () => props.goalId,
    (id) => api.practices.list(id),
  );
  const form = createFormState(t);
  const [announce, setAnnounce] = createSignal('');
  const sorted = () => [...(list.latest ?? [])].sort((a, b) => a.position - b.position);

  async function add(e: SubmitEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    // The server checks the text (required, at most 500 characters); zod stays out of the goal page.
    if (await form.run(() => api.practices.create(props.goalId, { text: readForm(el).text ?? '' }))) {
      el.reset();
      refetch();
    }
  }

  /** Moves a practice one place and keeps the keyboard focus on the same button of the same practice. */
  async function move(p: Practice, by: -1 | 1, button: 'up' | 'down') {
    const all = sorted();
    const index = all.findIndex((x) => x.id === p.id);
    const to = index + by;
    if (to < 0 || to >= all.length) return;
    const saved = await form.run(() => api.practices.update(p.id, { position: to, version: p.version }));
    if (!saved) return;
    await refetch();
    setAnnounce(tm.moved(p.text, to + 1, all.length));
    const target = document.querySelector<HTMLButtonElement>(`[data-practice="${p.id}"] button.move-${button}`);
    const fallback = document.querySelector<HTMLButtonElement>(
      `[data-practice="${p.id}"] button.move-${button === 'up' ? 'down' : 'up'}`,
    );
    (target && !target.disabled ? target : fallback)?.focus();
  }

  return (
    <section class="practices" aria-labelledby="practices-heading">
      <div class="section-head">
        <h2 id="practices-heading">{tm.practices}</h2>
        <a class="button-link" href={href('/qa-form/', props.goalId)}>
          {tm.printForm}
        </a>
      </div>
      <p class="hint">{tm.practicesIntro}</p>
      <Show
        when={!list.error}
        fallback={
          <p class="notice" role="alert">
            {t.common.loadFailed}
          </p>
        }
      >
        <Show when={sorted().length} fallback={<p class="hint">{list.loading ? t.common.loading : tm.noPractices}</p>}>
          <ol class="list practice-list">
            <For each={sorted()}>
              {(p, i) => (
                <PracticeRow
                  kit={props.kit}
                  practice={p}
                  first={i() === 0}
                  last={i() === sorted().length - 1}
                  mayEdit={props.mayEdit}
                  onMove={(by, button) => move(p, by, button)}
                  onChanged={refetch}
                />
              )}
            </For>
          </ol>
          <p class="hint">{tm.qaHint}</p>
        </Show>
      </Show>
      <p class="visually-hidden" role="status">
        {announce()}
      </p>
      <Show when={props.mayEdit}>
        <form class="card form inline" onSubmit={add} novalidate>
          <TextField name="text" label={tm.newPractice} errors={form.errors()} required />
          <button type="submit" class="primary" disabled={form.busy()}>
            {tm.addPractice}
          </button>
          <FormMessage message={form.message()} />
        </form>
      </Show>
    </section>
  );
}

function PracticeRow(props: {
  kit: LocaleKit;
  practice: Practice;
  first: boolean;
  last: boolean;
  mayEdit: boolean;
  onMove: (by: -1 | 1, button: 'up' | 'down') => void;
  onChanged: () => void;
}) {
  const { t } = props.kit;
  const tm = t.measurement;
  const form = createFormState(t);
  const p = () => props.practice;
  const panel = createInPlace<'edit'>(`practice:${props.practice.id}`);

  async function save(e: SubmitEvent) {
    e.preventDefault();
    const text = readForm(e.currentTarget as HTMLFormElement).text ?? '';
    if (await form.run(() => api.practices.update(p().id, { text, version: p().version }))) {
      panel.close();
      props.onChanged();
    }
  }
  async function remove() {
    if (
      !(await askConfirm({
        title: t.common.confirmDelete(p().text),
        confirmLabel: t.common.delete,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    if (await form.run(async () => (await api.practices.remove(p().id, p().version), true))) props.onChanged();
  }

  return (
    <li class="practice card" data-practice={p().id}>
      <Show
        when={panel.is('edit')}
        fallback={
          <div class="row-between">
            <span class="practice-text">{p().text}</span>
            <Show when={props.mayEdit}>
              <span class="actions">
                <button
                  type="button"
                  class="move-up"
                  disabled={props.first}
                  onClick={() => props.onMove(-1, 'up')}
                  aria-label={tm.moveUp(p().text)}
                >
                  <span aria-hidden="true">↑</span> {tm.up}
                </button>
                <button
                  type="button"
                  class="move-down"
                  disabled={props.last}
                  onClick={() => props.onMove(1, 'down')}
                  aria-label={tm.moveDown(p().text)}
                >
                  <span aria-hidden="true">↓</span> {tm.down}
                </button>
                <button
                  type="button"
                  {...panel.opener('edit')}
                  onClick={(e) => panel.open('edit', e)}
                  aria-label={tm.editNamed(p().text)}
                >
                  {t.common.edit}
                </button>
                <button type="button" class="danger" onClick={remove} aria-label={tm.deleteNamed(p().text)}>
                  {t.common.delete}
                </button>
              </span>
            </Show>
          </div>
        }
      >
        <InPlaceForm onClose={panel.close}>
          <form class="form inline" onSubmit={save} novalidate>
            <TextField name="text" label={tm.practice} value={p().text} errors={form.errors()} required />
            <button type="submit" class="primary" disabled={form.busy()}>
              {t.common.save}
            </button>
            <button type="button" onClick={panel.close}>
              {t.common.cancel}
            </button>
          </form>
        </InPlaceForm>
      </Show>
      <FormMessage message={form.message()} />
    </li>
  );
}
