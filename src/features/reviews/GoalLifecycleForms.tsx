// Ending a goal's period: carry it into a next-period goal (new dates; measures re-baselined on
// their latest values; history stays on the old goal, linked both ways), or close it as
// achieved / missed / dropped with a comment. Loaded when one of the two forms opens (zod).
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import { api, ApiError, problemCode, type CarryOverDraft } from '../../client/api.ts';
import { REVIEW_CADENCES, defaultReviewDate, type ReviewCadence } from '../../domain/cadence.ts';
import { GOAL_OUTCOMES, carryOverInput, goalCloseInput, type GoalOutcome } from '../../domain/review-schemas.ts';
import type { CarryOverResult, UnmovableSubGoal } from '../../domain/reviews.ts';
import type { Goal } from '../../domain/types.ts';
import { FormMessage, SelectField, TextField } from '../../components/Field.tsx';
import { blankToNull, createFormState, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { localToday } from '../../client/local-today.ts';
import { proposeCarryOverWithReview } from './carry.ts';

export function CarryOverForm(props: {
  kit: LocaleKit;
  goal: Goal;
  onDone: (r: CarryOverResult) => void;
  onCancel: () => void;
}) {
  const { t } = props.kit;
  const r = t.reviews;
  const form = createFormState(t);
  const proposal = proposeCarryOverWithReview(props.goal, localToday());
  /** Other departments' open sub-goals the server said cannot move: the in-page step to carry without them. */
  const [unmovable, setUnmovable] = createSignal<UnmovableSubGoal[]>([]);
  let stepHeading: HTMLHeadingElement | undefined;
  const stepId = createUniqueId();
  let formEl: HTMLFormElement | undefined;
  /** The proposed review date follows the dates and cadence until the person sets one. */
  let reviewDateTouched = false;

  function followDates(e: Event) {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'reviewDate') {
      reviewDateTouched = true;
      return;
    }
    if (reviewDateTouched || !['startDate', 'dueDate', 'reviewCadence'].includes(target.name)) return;
    const v = readForm(e.currentTarget as HTMLFormElement);
    const field = (e.currentTarget as HTMLFormElement).elements.namedItem('reviewDate') as HTMLInputElement | null;
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    if (field && iso.test(v.startDate ?? '') && iso.test(v.dueDate ?? '') && v.dueDate! > v.startDate!)
      field.value = defaultReviewDate(v.startDate!, v.dueDate!, v.reviewCadence as ReviewCadence);
  }

  async function carry(draft: CarryOverDraft) {
    const result = await form.run(async () => {
      try {
        return await api.goalLifecycle.carryOver(props.goal.id, draft);
      } catch (e) {
        if (problemCode(e) === 'sub_goals_not_movable' && e instanceof ApiError) {
          setUnmovable((e.body.subGoals as UnmovableSubGoal[] | undefined) ?? []);
          queueMicrotask(() => stepHeading?.focus());
          return undefined;
        }
        throw e;
      }
    });
    if (result) props.onDone(result);
  }

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setUnmovable([]);
    const v = readForm(e.currentTarget as HTMLFormElement);
    const title = (v.title ?? '').trim();
    const draft = {
      startDate: v.startDate ?? '',
      dueDate: v.dueDate ?? '',
      reviewDate: blankToNull(v.reviewDate),
      ...(title && title !== props.goal.title ? { title } : {}),
      reviewCadence: v.reviewCadence as Goal['reviewCadence'],
      comment: v.comment ?? '',
      version: props.goal.version,
    };
    const valid = form.check(carryOverInput, draft);
    if (!valid) return;
    await carry(valid);
  }

  /** The same dates again, leaving the other departments' sub-goals where they are. */
  function carryOnlyMine() {
    const v = readForm(formEl!);
    const title = (v.title ?? '').trim();
    const valid = form.check(carryOverInput, {
      startDate: v.startDate ?? '',
      dueDate: v.dueDate ?? '',
      reviewDate: blankToNull(v.reviewDate),
      ...(title && title !== props.goal.title ? { title } : {}),
      reviewCadence: v.reviewCadence as Goal['reviewCadence'],
      comment: v.comment ?? '',
      subGoals: 'mine',
      version: props.goal.version,
    });
    if (valid) void carry(valid);
  }

  return (
    <form
      class="card form lifecycle-form"
      ref={formEl}
      onSubmit={submit}
      onInput={followDates}
      onChange={followDates}
      novalidate
      aria-label={r.carryTitle(props.goal.title)}
    >
      <p class="form-title">{r.carryTitle(props.goal.title)}</p>
      <p class="hint">{r.carryExplain}</p>
      <TextField name="title" label={r.newTitle} value={props.goal.title} errors={form.errors()} required />
      <div class="row">
        <TextField
          name="startDate"
          type="date"
          label={t.goals.startDate}
          value={proposal.startDate}
          errors={form.errors()}
          required
        />
        <TextField
          name="dueDate"
          type="date"
          label={t.goals.dueDate}
          value={proposal.dueDate}
          errors={form.errors()}
          required
        />
        <TextField
          name="reviewDate"
          type="date"
          label={`${t.goals.reviewDate} (${t.common.optional})`}
          value={proposal.reviewDate}
          hint={r.reviewDateHint}
          errors={form.errors()}
        />
        <SelectField
          name="reviewCadence"
          label={r.cadenceLabel}
          value={props.goal.reviewCadence}
          options={REVIEW_CADENCES.map((c) => ({ value: c, label: r.cadenceOptions[c] }))}
          errors={form.errors()}
        />
      </div>
      <TextField name="comment" label={`${r.carryComment} (${t.common.optional})`} errors={form.errors()} multiline />
      <FormMessage message={form.message()} />
      <Show
        when={unmovable().length}
        fallback={
          <div class="actions">
            <button type="submit" class="primary" disabled={form.busy()}>
              {form.busy() ? t.common.saving : r.carrySubmit}
            </button>
            <button type="button" onClick={() => props.onCancel()}>
              {t.common.cancel}
            </button>
          </div>
        }
      >
        <div class="carry-sub-goals" role="group" aria-labelledby={stepId}>
          <h3 id={stepId} tabindex="-1" ref={stepHeading}>
            {r.otherSubGoalsHeading}
          </h3>
          <ul>
            <For each={unmovable()}>
              {(k) => (
                <li>
                  <a href={props.kit.href('/goal/', k.id)}>{k.title}</a> <span class="meta">({k.departmentName})</span>
                </li>
              )}
            </For>
          </ul>
          <p>{r.otherSubGoalsExplain(props.goal.title)}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={carryOnlyMine} disabled={form.busy()}>
              {form.busy() ? t.common.saving : r.carryOnlyMine}
            </button>
            <button type="button" onClick={() => props.onCancel()}>
              {t.common.cancel}
            </button>
          </div>
        </div>
      </Show>
    </form>
  );
}

export function CloseGoalForm(props: {
  kit: LocaleKit;
  goal: Goal;
  suggested?: GoalOutcome;
  onDone: (g: Goal) => void;
  onCancel: () => void;
}) {
  const { t } = props.kit;
  const r = t.reviews;
  const form = createFormState(t);
  const [outcome, setOutcome] = createSignal<GoalOutcome>(props.suggested ?? 'achieved');
  const [commentError, setCommentError] = createSignal<string[]>([]);
  const errors = () => (commentError().length ? { ...form.errors(), comment: commentError() } : form.errors());

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const draft = { outcome: outcome(), comment: (v.comment ?? '').trim(), version: props.goal.version };
    if (draft.comment === '') {
      form.setMessage(t.common.fixFields);
      setCommentError([r.commentRequired]);
      return;
    }
    setCommentError([]);
    const valid = form.check(goalCloseInput, draft);
    if (!valid) return;
    const closed = await form.run(() => api.goalLifecycle.close(props.goal.id, valid));
    if (closed) props.onDone(closed);
  }

  return (
    <form class="card form lifecycle-form" onSubmit={submit} novalidate aria-label={r.closeTitle(props.goal.title)}>
      <p class="form-title">{r.closeTitle(props.goal.title)}</p>
      <fieldset>
        <legend>{r.outcome}</legend>
        <For each={GOAL_OUTCOMES}>
          {(o) => (
            <label>
              <input type="radio" name="outcome" value={o} checked={outcome() === o} onChange={() => setOutcome(o)} />{' '}
              {r.outcomes[o]}
            </label>
          )}
        </For>
      </fieldset>
      <TextField name="comment" label={r.closeComment} hint={r.closeCommentHint} errors={errors()} multiline required />
      <FormMessage message={form.message()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {form.busy() ? t.common.saving : r.closeSubmit(r.outcomes[outcome()])}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
