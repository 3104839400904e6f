// One goal on a review's agenda: its measures with latest values, progress and status, what
// changed since its previous review, and, while the review is open, the controls of the
// meeting: a fresh check-in per measure, the status (confirm, or override with a reason), notes,
// and decisions/actions. Once the review is closed the same card is the read-only record.
//
// A card shows its summary (title, status, progress, what changed, next review); the rest opens
// on demand with its Details button, so a review of hundreds of goals stays light. The page opens
// every card for printing.
import { createSignal, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { can } from './permissions.ts';
import { STATUSES, goalTone, type Status } from '../../domain/status.ts';
import type { AgendaItem, AgendaMeasure } from '../../domain/reviews.ts';
import { FormMessage, SelectField, TextField } from '../../components/Field.tsx';
import { createFormState, readForm } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { ContributionsTable } from '../../components/ContributionsTable.tsx';
import { GoalStateBadge, StatusBadge } from '../../components/StatusBadge.tsx';
import type { GoalState } from '../../domain/schemas.ts';
import { ClosedGoalNote } from '../../components/ClosedGoalNote.tsx';
import { ActionForm, ActionList } from './Actions.tsx';
import { ReviewCheckIn } from './ReviewCheckIn.tsx';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

export function AgendaItemView(props: {
  kit: LocaleKit;
  reviewId: string;
  item: AgendaItem;
  frozen: boolean;
  asOf: string;
  onChanged: () => void;
  /** The details (measures, notes, actions) are shown. */
  open: boolean;
  onToggle: () => void;
}) {
  const { t, fmt, href } = props.kit;
  const r = t.reviews;
  const g = () => props.item.goal;
  const headingId = () => `item-${g().id}`;
  const detailsId = () => `item-details-${g().id}`;
  const prev = () => props.item.changes.previousReview;
  // The server decides; the UI hides what it would refuse (goal's department, issue 5's roles).
  const canWrite = () => !props.frozen && can('write', g().departmentId);
  // A closed goal is read-only: no check-ins, no status override (decisions about it stay possible).
  const goalOpen = () => g().state === 'open';
  const canCheckIn = () => !props.frozen && goalOpen() && can('create_check_in', g().departmentId);

  return (
    <article class="card agenda-item" classList={{ open: props.open }} aria-labelledby={headingId()}>
      <header class="row-between agenda-item-head">
        <h3 id={headingId()}>
          <a href={href('/goal/', g().id)}>{g().title}</a>
        </h3>
        {/* A closed goal's outcome is its status (as on its page), not a status computed after the fact. */}
        <Show
          when={g().state === 'open'}
          fallback={
            <GoalStateBadge
              state={g().state as Exclude<GoalState, 'open'>}
              kit={props.kit}
              comment={g().closedComment}
            />
          }
        >
          <StatusBadge
            status={props.item.status}
            kit={props.kit}
            assessment={{ progress: props.item.progress, expected: props.item.expected }}
            override={
              props.item.override ? { reason: props.item.override.reason, computed: props.item.computedStatus } : null
            }
          />
        </Show>
      </header>
      <p class="meta">
        <Show when={g().parentTitle}>{(p) => <>{r.under(p())} · </>}</Show>
        <Show when={g().owner}>
          {t.goals.owner}: {g().owner} ·{' '}
        </Show>
        {t.goals.timeline(fmt.date(g().startDate), fmt.date(g().dueDate))} · {r.cadence[g().reviewCadence]}
        <Show when={g().state !== 'open'}> · {r.goalState[g().state]}</Show>
      </p>

      <div class="item-facts">
        <div>
          <span class="fact-label">{t.common.progress}</span>
          <ProgressBar
            progress={props.item.progress}
            tone={goalTone(g().state, props.item.status)}
            t={t}
            fmt={fmt}
            label={`${t.common.progress}: ${g().title}`}
          />
        </div>
        <div>
          <span class="fact-label">{r.changes}</span>
          <span>
            <Show when={prev()} fallback={r.sinceStart(fmt.date(props.item.changes.since))}>
              {(p) => r.sinceReview(p().period, fmt.date(p().meetingDate))}
            </Show>
            {': '}
            <Show when={props.item.changes.progressDelta !== null}>
              {delta(props.item.changes.progressDelta!, r.points)},{' '}
            </Show>
            {r.checkInCount(props.item.changes.checkInCount)}
          </span>
        </div>
        <div>
          <span class="fact-label">{r.nextReview}</span>
          <span>
            {fmt.date(g().nextReviewDate)}
            <Show when={props.item.advancedReviewDate}>{(d) => <strong> → {r.movedTo(fmt.date(d()))}</strong>}</Show>
          </span>
        </div>
      </div>
      <button
        type="button"
        class="item-toggle no-print"
        aria-label={r.itemDetailsFor(g().title)}
        aria-expanded={props.open}
        aria-controls={props.open ? detailsId() : undefined}
        onClick={() => props.onToggle()}
      >
        {r.itemDetails}
      </button>

      <Show when={props.open}>
        <div class="item-details" id={detailsId()}>
          <p class="meta item-judged">
            {r.expectedOn(fmt.date(props.asOf), fmt.percent(props.item.expected))}
            <Show when={prev()?.status}>
              {(s) => (
                <>
                  {' · '}
                  {r.previousStatus(r.status[s()])}
                  <Show when={prev()?.override}>{(o) => <> — {r.previousOverride(o().reason)}</>}</Show>
                </>
              )}
            </Show>
          </p>

          <Show when={props.item.override}>
            {(o) => (
              <p class="override-note">
                {r.overrideNote(r.status[o().status], r.status[props.item.computedStatus])} <q>{o().reason}</q>
              </p>
            )}
          </Show>

          <Show when={!props.frozen}>
            <ClosedGoalNote kit={props.kit} goal={g()} />
          </Show>

          <MeasuresTable
            kit={props.kit}
            measures={props.item.measures}
            canCheckIn={canCheckIn()}
            goalTitle={g().title}
            onChanged={props.onChanged}
          />
          <Show when={props.item.contributions}>
            {(parts) => <ContributionsTable kit={props.kit} parts={parts()} goalTitle={g().title} headingLevel={4} />}
          </Show>

          <Show
            when={canWrite() && goalOpen()}
            fallback={
              <Show when={props.item.notes}>
                <div class="item-notes">
                  <span class="fact-label">{r.notes}</span>
                  <p class="description">{props.item.notes}</p>
                </div>
              </Show>
            }
          >
            <ItemForm kit={props.kit} reviewId={props.reviewId} item={props.item} onSaved={props.onChanged} />
          </Show>

          <div class="item-actions">
            <span class="fact-label">{r.decisionsAndActions}</span>
            <Show when={props.item.actions.length} fallback={<p class="hint">{r.noActions}</p>}>
              <ActionList
                kit={props.kit}
                actions={props.item.actions}
                canToggle={canWrite()}
                canDelete={canWrite()}
                onChanged={props.onChanged}
              />
            </Show>
            <Show when={canWrite()}>
              <ActionForm
                kit={props.kit}
                reviewId={props.reviewId}
                goalId={g().id}
                label={r.addActionFor(g().title)}
                collapsed
                onSaved={props.onChanged}
              />
            </Show>
          </div>
        </div>
      </Show>
    </article>
  );
}

const delta = (d: number, points: (n: string) => string) => {
  const n = Math.round(d * 100);
  return points(`${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}`);
};

function MeasuresTable(props: {
  kit: LocaleKit;
  measures: AgendaMeasure[];
  canCheckIn: boolean;
  goalTitle: string;
  onChanged: () => void;
}) {
  const { t, fmt, href } = props.kit;
  const r = t.reviews;
  const recording = createInPlace<string>('record');
  const value = (m: AgendaMeasure, v: number | null) => (v === null ? '—' : fmt.value(v, m.unit));
  return (
    <Show when={props.measures.length} fallback={<p class="hint">{r.noMeasures}</p>}>
      <TableScroll label={r.measuresOf(props.goalTitle)}>
        <table class="history agenda-measures">
          <caption class="visually-hidden">{r.measuresOf(props.goalTitle)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.measures.measure}</th>
              <th scope="col" class="num">
                {t.measures.latest}
              </th>
              <th scope="col" class="num">
                {r.atPreviousReview}
              </th>
              <th scope="col">{t.measures.baselineToTarget}</th>
              <th scope="col">{t.common.progress}</th>
              <th scope="col">{r.statusHeading}</th>
              <Show when={props.canCheckIn}>
                <th scope="col">
                  <span class="visually-hidden">{t.checkIns.record}</span>
                </th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.measures}>
              {(m) => (
                <>
                  <tr>
                    <th scope="row">
                      <a href={href('/measure/', m.id)}>{m.name}</a>
                      <Show when={m.checkInsSinceCount > 0}>
                        <CheckInsSince kit={props.kit} measure={m} />
                      </Show>
                    </th>
                    <td class="num">
                      {value(m, m.latest?.value ?? null)}
                      <Show when={m.latest}>
                        {(l) => (
                          <span class="meta block">
                            {fmt.date(l().date)}
                            <Show when={l().margin != null}> · {fmt.margin(l().margin!, m.unit)}</Show>
                            <Show when={l().sampleSize != null}>
                              {' '}
                              · {t.measurement.nIs(fmt.number(l().sampleSize!))}
                            </Show>
                          </span>
                        )}
                      </Show>
                      <Show when={m.smallSample}>
                        {(c) => (
                          <span class="badge warn block">
                            {t.measurement.smallSampleNewer(
                              fmt.value(c().value, m.unit),
                              fmt.date(c().date),
                              fmt.number(c().sampleSize ?? 0),
                            )}
                          </span>
                        )}
                      </Show>
                    </td>
                    <td class="num">{value(m, m.previousValue)}</td>
                    <td>{fmt.target(m)}</td>
                    <td>
                      <ProgressBar
                        progress={m.latest ? m.progress : null}
                        tone={m.status}
                        t={t}
                        fmt={fmt}
                        label={`${t.common.progress}: ${m.name}`}
                      />
                    </td>
                    <td>
                      <StatusBadge
                        status={m.status}
                        kit={props.kit}
                        assessment={{ progress: m.latest ? m.progress : null, expected: m.expected }}
                        compact
                      />
                    </td>
                    <Show when={props.canCheckIn}>
                      <td>
                        <Show when={!recording.is(m.id)}>
                          <button
                            type="button"
                            {...recording.opener(m.id)}
                            onClick={(e) => recording.open(m.id, e)}
                            aria-label={r.recordFor(m.name)}
                          >
                            {r.recordShort}
                          </button>
                        </Show>
                      </td>
                    </Show>
                  </tr>
                  <Show when={recording.is(m.id)}>
                    <tr class="inline-form-row">
                      <td colSpan={7}>
                        <InPlaceForm onClose={recording.close}>
                          <ReviewCheckIn
                            kit={props.kit}
                            measure={m}
                            onSaved={() => {
                              recording.close();
                              props.onChanged();
                            }}
                            onCancel={recording.close}
                          />
                        </InPlaceForm>
                      </td>
                    </tr>
                  </Show>
                </>
              )}
            </For>
          </tbody>
        </table>
      </TableScroll>
    </Show>
  );
}

function CheckInsSince(props: { kit: LocaleKit; measure: AgendaMeasure }) {
  const { fmt, t } = props.kit;
  const m = () => props.measure;
  return (
    <details class="since">
      <summary>{t.reviews.checkInsSinceSummary(m().checkInsSinceCount)}</summary>
      <ul>
        <For each={m().checkInsSince}>
          {(c) => (
            <li>
              {fmt.date(c.date)}: {fmt.number(c.value)}
              <Show when={c.note}> — {c.note}</Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={m().checkInsSinceCount > m().checkInsSince.length}>
        <p class="meta">{t.reviews.moreCheckIns(m().checkInsSinceCount - m().checkInsSince.length)}</p>
      </Show>
    </details>
  );
}

/** Status (confirm the computed one, or override with a reason) and notes: one PUT. */
function ItemForm(props: { kit: LocaleKit; reviewId: string; item: AgendaItem; onSaved: () => void }) {
  const { t } = props.kit;
  const r = t.reviews;
  const form = createFormState(t);
  const [chosen, setChosen] = createSignal<Status | ''>(props.item.override?.status ?? '');
  const [reasonError, setReasonError] = createSignal<string[]>([]);
  const [saved, setSaved] = createSignal(false);
  const errors = () => (reasonError().length ? { ...form.errors(), reason: reasonError() } : form.errors());

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setSaved(false);
    const v = readForm(e.currentTarget as HTMLFormElement);
    const status = chosen() === '' ? null : (chosen() as Status);
    const reason = (v.reason ?? '').trim();
    setReasonError(status !== null && reason === '' ? [r.reasonRequired] : []);
    if (reasonError().length) return form.setMessage(t.common.fixFields);
    const body = {
      notes: v.notes ?? '',
      status,
      reason: status === null ? '' : reason,
      ...(props.item.item ? { version: props.item.item.version } : {}),
    };
    if (await form.run(() => api.reviews.putItem(props.reviewId, props.item.goal.id, body))) {
      setSaved(true);
      props.onSaved();
    }
  }

  return (
    <form class="form item-form" onSubmit={submit} novalidate aria-label={r.statusAndNotesFor(props.item.goal.title)}>
      <div class="row">
        <SelectField
          name="status"
          label={r.statusInReview}
          value={chosen()}
          options={[
            { value: '', label: r.confirmComputed(r.status[props.item.computedStatus]) },
            ...STATUSES.map((s) => ({ value: s, label: r.overrideWith(r.status[s]) })),
          ]}
          onChange={(v) => {
            setChosen(v as Status | '');
            setSaved(false);
          }}
          errors={errors()}
        />
        <Show when={chosen() !== ''}>
          <TextField
            name="reason"
            label={r.reason}
            value={props.item.override?.reason}
            hint={r.reasonHint}
            errors={errors()}
            required
          />
        </Show>
      </div>
      <TextField name="notes" label={r.notes} value={props.item.notes} errors={errors()} multiline />
      <FormMessage message={saved() ? t.common.saved : form.message()} kind={saved() ? 'ok' : 'error'} />
      <div class="actions">
        <button type="submit" disabled={form.busy()}>
          {form.busy() ? t.common.saving : r.saveItem}
        </button>
      </div>
    </form>
  );
}
