// Ending a goal's period: carry it into a next-period goal (new dates; measures re-baselined on
// their latest values; history stays on the old goal, linked both ways), or close it as
// achieved / missed / dropped with a comment. Loaded when one of the two forms opens (zod).
import { createSignal, For } from 'solid-js';
import { api } from '../../client/api.ts';
import { REVIEW_CADENCES } from '../../domain/cadence.ts';
import { GOAL_OUTCOMES, carryOverInput, goalCloseInput, type GoalOutcome } from '../../domain/review-schemas.ts';
import type { CarryOverResult } from '../../domain/reviews.ts';
import type { Goal } from '../../domain/types.ts';
import { FormMessage, SelectField, TextField } from '../../components/Field.tsx';
import { blankToNull, createFormState, readForm } from '../../components/forms.ts';
import type { LocaleKit } from '../../components/i18n.ts';
import { localToday } from '../../components/local-today.ts';
import { proposeCarryOver } from './carry.ts';

export function CarryOverForm(props: { kit: LocaleKit; goal: Goal; onDone: (r: CarryOverResult) => void; onCancel: () => void }) {
  const { t } = props.kit;
  const r = t.reviews;
  const form = createFormState(t);
  const proposal = proposeCarryOver(props.goal, localToday());

  async function submit(e: SubmitEvent) {
    e.preventDefault();
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
    const result = await form.run(() => api.goalLifecycle.carryOver(props.goal.id, valid));
    if (result) props.onDone(result);
  }

  return (
    <form class="card form lifecycle-form" onSubmit={submit} novalidate aria-label={r.carryTitle(props.goal.title)}>
      <p class="form-title">{r.carryTitle(props.goal.title)}</p>
      <p class="hint">{r.carryExplain}</p>
      <TextField name="title" label={r.newTitle} value={props.goal.title} errors={form.errors()} required />
      <div class="row">
        <TextField name="startDate" type="date" label={t.goals.startDate} value={proposal.startDate} errors={form.errors()} required />
        <TextField name="dueDate" type="date" label={t.goals.dueDate} value={proposal.dueDate} errors={form.errors()} required />
        <TextField name="reviewDate" type="date" label={`${t.goals.reviewDate} (${t.common.optional})`} hint={r.reviewDateHint} errors={form.errors()} />
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
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>{form.busy() ? t.common.saving : r.carrySubmit}</button>
        <button type="button" onClick={() => props.onCancel()}>{t.common.cancel}</button>
      </div>
    </form>
  );
}

export function CloseGoalForm(props: { kit: LocaleKit; goal: Goal; suggested?: GoalOutcome; onDone: (g: Goal) => void; onCancel: () => void }) {
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
              <input type="radio" name="outcome" value={o} checked={outcome() === o} onChange={() => setOutcome(o)} /> {r.outcomes[o]}
            </label>
          )}
        </For>
      </fieldset>
      <TextField name="comment" label={r.closeComment} hint={r.closeCommentHint} errors={errors()} multiline required />
      <FormMessage message={form.message()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>{form.busy() ? t.common.saving : r.closeSubmit(r.outcomes[outcome()])}</button>
        <button type="button" onClick={() => props.onCancel()}>{t.common.cancel}</button>
      </div>
    </form>
  );
}
