// Create, rename and delete departments. Deleting one that still owns goals is refused by
// the server; its message is shown next to the department.
import { createResource, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { departmentInput } from '../../domain/schemas.ts';
import type { Department } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, readForm } from '../../client/forms.ts';
import { useLocale, type LocaleKit } from '../../client/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { can } from '../../client/session.ts';
import { askConfirm, createInPlace, InPlaceForm } from '../../components/in-place.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { StatusCounts } from '../../components/StatusCounts.tsx';
import { localToday } from '../../client/local-today.ts';
import type { DepartmentSummary } from '../../domain/department-summary.ts';

export default function Departments(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  // Counts and progress computed on the server by the same assessment as every badge
  // (src/domain/status.ts), on the person's local date: the page needs the counts, not the tree.
  const [departments, { refetch }] = createResource(() => api.departments.summaries(localToday()));
  const form = createFormState(t);

  async function add(e: SubmitEvent) {
    e.preventDefault();
    const el = e.currentTarget as HTMLFormElement;
    const valid = form.check(departmentInput, { name: readForm(el).name ?? '' });
    if (!valid) return;
    if (await form.run(() => api.departments.create(valid.name))) {
      el.reset();
      refetch();
    }
  }

  return (
    <>
      <h1>{t.departments.title}</h1>
      <p class="lede">{t.departments.intro}</p>
      <Show when={can('write')}>
        <form class="card form inline" onSubmit={add} novalidate>
          <TextField name="name" label={t.departments.name} errors={form.errors()} required />
          <button type="submit" class="primary" disabled={form.busy()}>
            {t.departments.add}
          </button>
          <FormMessage message={form.message()} />
        </form>
      </Show>
      <Loaded data={departments} t={t} retry={refetch}>
        {(data) => (
          <Show when={data.length} fallback={<p class="hint">{t.departments.empty}</p>}>
            <ul class="list departments">
              <For each={data}>
                {(d) => <DepartmentRow kit={kit} department={d} summary={d.summary} onChanged={refetch} />}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
    </>
  );
}

function DepartmentRow(props: {
  kit: LocaleKit;
  department: Department;
  summary: DepartmentSummary | null;
  onChanged: () => void;
}) {
  const { t, fmt } = props.kit;
  const panel = createInPlace<'rename'>(`department:${props.department.id}`);
  const form = createFormState(t);

  async function rename(e: SubmitEvent) {
    e.preventDefault();
    const valid = form.check(departmentInput, { name: readForm(e.currentTarget as HTMLFormElement).name ?? '' });
    if (!valid) return;
    if (await form.run(() => api.departments.rename(props.department.id, valid.name, props.department.version))) {
      panel.close();
      props.onChanged();
    }
  }

  async function remove() {
    if (
      !(await askConfirm({
        title: t.common.confirmDelete(props.department.name),
        confirmLabel: t.common.delete,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    const removed = await form.run(
      async () => (await api.departments.remove(props.department.id, props.department.version), true),
    );
    if (removed) props.onChanged();
  }

  return (
    <li class="card">
      <Show
        when={panel.is('rename')}
        fallback={
          <div class="row-between">
            <div>
              <a href={props.kit.href('/department/', props.department.id)} class="title">
                {props.department.name}
              </a>
              <span class="meta"> · {t.departments.goalCount(props.summary?.goalCount ?? 0)}</span>
              <Show when={props.summary}>
                {(s) => (
                  <div class="department-glance">
                    {/* A department has no dates of its own: its bar is neutral, the statuses are its goals'. */}
                    <span class="meta">{t.common.progress}</span>
                    <ProgressBar
                      progress={s().progress}
                      tone={null}
                      t={t}
                      fmt={fmt}
                      label={t.departments.progressLabel(props.department.name)}
                    />
                    <StatusCounts
                      kit={props.kit}
                      counts={s().byTone}
                      label={`${t.departments.byStatus}: ${props.department.name}`}
                    />
                  </div>
                )}
              </Show>
            </div>
            <Show when={can('write')}>
              <div class="actions">
                <button
                  type="button"
                  {...panel.opener('rename')}
                  onClick={(e) => panel.open('rename', e)}
                  aria-label={`${t.departments.rename}: ${props.department.name}`}
                >
                  {t.departments.rename}
                </button>
                <button
                  type="button"
                  class="danger"
                  onClick={remove}
                  aria-label={`${t.common.delete}: ${props.department.name}`}
                >
                  {t.common.delete}
                </button>
              </div>
            </Show>
          </div>
        }
      >
        <InPlaceForm onClose={panel.close}>
          <form class="form inline" onSubmit={rename} novalidate>
            <TextField
              name="name"
              label={t.departments.newName(props.department.name)}
              value={props.department.name}
              errors={form.errors()}
              required
            />
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
