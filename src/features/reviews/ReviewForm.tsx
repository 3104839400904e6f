// Plan a review meeting: the period it reviews, the meeting date (inside the period), the forum,
// the attendees and, optionally, one department whose goals make up the agenda.
import { createSignal } from 'solid-js';
import { api } from '../../client/api.ts';
import { FORUMS, reviewInput } from '../../domain/review-schemas.ts';
import { inPeriod, parsePeriod, periodContaining } from '../../domain/cadence.ts';
import type { Department } from '../../domain/types.ts';
import type { Review } from '../../domain/reviews.ts';
import { FormMessage, SelectField, TextField } from '../../components/Field.tsx';
import { blankToNull, createFormState, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { localToday } from '../../client/local-today.ts';
import { foldListErrors, parseNames } from './labels.ts';
import { can, writableDepartments } from './permissions.ts';

export function ReviewForm(props: {
  kit: LocaleKit;
  departments: Department[];
  defaults?: { departmentId?: string | null };
  onSaved: (review: Review) => void;
  onCancel: () => void;
}) {
  const { t } = props.kit;
  const r = t.reviews;
  const form = createFormState(t);
  const today = localToday();
  const [local, setLocal] = createSignal<Record<string, string[]>>({});
  const errors = () => foldListErrors({ ...form.errors(), ...local() }, 'attendees');
  // Offer only the scopes the person may plan for: the whole organisation for admins, their own
  // departments for editors.
  const orgWide = can('write');
  const scopes = () => writableDepartments(props.departments);
  const wanted = props.defaults?.departmentId ?? null;
  const initialScope = () =>
    wanted !== null && scopes().some((d) => d.id === wanted) ? wanted : orgWide ? '' : (scopes()[0]?.id ?? '');

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const draft = {
      period: (v.period ?? '').trim(),
      meetingDate: v.meetingDate ?? '',
      forum: v.forum ?? '',
      attendees: parseNames(v.attendees),
      notes: v.notes ?? '',
      departmentId: blankToNull(v.departmentId),
    };
    // The two mistakes people make here, explained in their language before the round trip.
    const p = parsePeriod(draft.period);
    const mine: Record<string, string[]> = {};
    if (!p) mine.period = [r.periodHint];
    else if (/^\d{4}-\d{2}-\d{2}$/.test(draft.meetingDate) && !inPeriod(draft.meetingDate, p))
      mine.meetingDate = [r.meetingOutside(p.label, props.kit.fmt.date(p.start), props.kit.fmt.date(p.end))];
    setLocal(mine);
    if (Object.keys(mine).length) {
      form.setMessage(t.common.fixFields);
      return;
    }
    const valid = form.check(reviewInput, draft);
    if (!valid) return;
    const saved = await form.run(() => api.reviews.create(valid));
    if (saved) props.onSaved(saved);
  }

  return (
    <form class="card form" onSubmit={submit} novalidate aria-labelledby="plan-review-heading">
      <h2 id="plan-review-heading">{r.plan}</h2>
      <div class="row">
        <TextField
          name="period"
          label={r.period}
          value={periodContaining(today, 'quarter').label}
          hint={r.periodHint}
          errors={errors()}
          required
        />
        <TextField name="meetingDate" type="date" label={r.meetingDate} value={today} errors={errors()} required />
        <SelectField
          name="forum"
          label={r.forumLabel}
          value={orgWide ? 'leadership_review' : 'department_review'}
          options={FORUMS.map((f) => ({ value: f, label: r.forum[f] }))}
          errors={errors()}
          required
        />
      </div>
      <div class="row">
        <SelectField
          name="departmentId"
          label={r.scope}
          value={initialScope()}
          options={[
            ...(orgWide ? [{ value: '', label: r.wholeOrganisation }] : []),
            ...scopes().map((d) => ({ value: d.id, label: d.name })),
          ]}
          hint={r.scopeHint}
          errors={errors()}
        />
        <TextField name="attendees" label={r.attendees} hint={r.attendeesHint} errors={errors()} multiline />
      </div>
      <TextField name="notes" label={`${r.meetingNotes} (${t.common.optional})`} errors={errors()} multiline />
      <FormMessage message={form.message()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {form.busy() ? t.common.saving : r.create}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
