// Create or edit a goal. The parent list never offers the goal's own subtree (a goal cannot
// be moved under itself); the server refuses it too.
import { createMemo, createSignal, createUniqueId, Show } from 'solid-js';
import { defaultGoalDates, endsAfterParent, filterParentOptions, parentOptions } from '../../domain/goal-options.ts';
import { localToday } from '../../client/local-today.ts';
import { api } from '../../client/api.ts';
import { goalInput } from '../../domain/schemas.ts';
import { subtreeIds } from '../../domain/progress.ts';
import type { Department, Goal } from '../../domain/types.ts';
import { SelectField, TextField, FormMessage } from '../../components/Field.tsx';
import { blankToNull, createFormState, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { writableDepartments } from '../../client/session.ts';
import { REVIEW_CADENCES } from '../../domain/cadence.ts';

export function GoalForm(props: {
  kit: LocaleKit;
  departments: Department[];
  goals: Goal[];
  goal?: Goal;
  defaults?: { parentGoalId?: string | null; departmentId?: string };
  onSaved: (goal: Goal) => void;
  onCancel?: () => void;
}) {
  const { t } = props.kit;
  const form = createFormState(t);
  const initial = () => props.goal ?? null;
  const [parentId, setParentId] = createSignal(initial()?.parentGoalId ?? props.defaults?.parentGoalId ?? '');
  const [query, setQuery] = createSignal('');
  const allParents = createMemo(() => {
    const excluded = props.goal ? subtreeIds(props.goals, props.goal.id) : new Set<string>();
    // Nothing is added or moved under a closed goal (read-only); a goal already under one keeps its place.
    for (const g of props.goals) if (g.state !== 'open' && g.id !== props.goal?.parentGoalId) excluded.add(g.id);
    return parentOptions(props.goals, props.departments, excluded);
  });
  const parents = createMemo(() => filterParentOptions(allParents(), query(), parentId()));
  const parentGoal = () => props.goals.find((g) => g.id === parentId()) ?? null;
  // A new goal's dates follow its parent (else the current quarter) until the user types a date.
  const guess = () => defaultGoalDates(parentGoal(), localToday());
  const [startDate, setStartDate] = createSignal<string | null>(initial()?.startDate ?? null);
  const [dueDate, setDueDate] = createSignal<string | null>(initial()?.dueDate ?? null);
  const start = () => startDate() ?? guess().startDate;
  const due = () => dueDate() ?? guess().dueDate;
  const filterId = createUniqueId();

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const draft = {
      title: v.title ?? '',
      description: v.description ?? '',
      departmentId: v.departmentId ?? '',
      parentGoalId: blankToNull(v.parentGoalId),
      owner: v.owner ?? '',
      startDate: v.startDate ?? '',
      dueDate: v.dueDate ?? '',
      reviewDate: blankToNull(v.reviewDate),
      reviewCadence: (v.reviewCadence || 'quarterly') as Goal['reviewCadence'],
    };
    if (!form.check(goalInput, draft)) return;
    const saved = await form.run(() =>
      props.goal ? api.goals.update(props.goal.id, { ...draft, version: props.goal.version }) : api.goals.create(draft),
    );
    if (saved) props.onSaved(saved);
  }

  return (
    <form class="card form" onSubmit={submit} novalidate>
      <TextField name="title" label={t.goals.title} value={initial()?.title} errors={form.errors()} required />
      <TextField
        name="description"
        label={t.goals.description}
        value={initial()?.description}
        errors={form.errors()}
        multiline
      />
      <div class="row">
        <SelectField
          name="departmentId"
          label={t.goals.department}
          value={initial()?.departmentId ?? props.defaults?.departmentId ?? props.departments[0]?.id}
          options={writableDepartments(props.departments).map((d) => ({ value: d.id, label: d.name }))}
          errors={form.errors()}
          required
        />
        <div class="parent-picker">
          <div class="field">
            <label for={filterId}>{t.goals.findParent}</label>
            <input
              id={filterId}
              type="search"
              autocomplete="off"
              value={query()}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </div>
          <SelectField
            name="parentGoalId"
            label={t.goals.parent}
            value={parentId()}
            options={[{ value: '', label: t.goals.underVision }, ...parents()]}
            errors={form.errors()}
            onChange={setParentId}
          />
        </div>
        <TextField name="owner" label={t.goals.owner} value={initial()?.owner} errors={form.errors()} />
      </div>
      <div class="row">
        <TextField
          name="startDate"
          type="date"
          label={t.goals.startDate}
          value={start()}
          onInput={setStartDate}
          errors={form.errors()}
          required
        />
        <TextField
          name="dueDate"
          type="date"
          label={t.goals.dueDate}
          value={due()}
          onInput={setDueDate}
          warning={
            endsAfterParent(due(), parentGoal())
              ? t.goals.endsAfterParent(props.kit.fmt.date(parentGoal()!.dueDate))
              : null
          }
          errors={form.errors()}
          required
        />
        <TextField
          name="reviewDate"
          type="date"
          label={t.goals.reviewDate}
          value={initial()?.reviewDate}
          errors={form.errors()}
        />
        <SelectField
          name="reviewCadence"
          label={t.reviews.cadenceLabel}
          value={initial()?.reviewCadence ?? 'quarterly'}
          options={REVIEW_CADENCES.map((c) => ({ value: c, label: t.reviews.cadenceOptions[c] }))}
          errors={form.errors()}
        />
      </div>
      <FormMessage message={form.message()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {form.busy() ? t.common.saving : props.goal ? t.common.save : t.goals.add}
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
