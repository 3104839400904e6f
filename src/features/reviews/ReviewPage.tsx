// The review meeting (`/review/?id=`): open actions carried from earlier reviews at the top,
// then the agenda grouped by department, general decisions and actions, and closing. A closed
// review shows its frozen record, read-only, with each goal's advanced review date, and offers
// the next period: carry the goals over or close them. Printable (print stylesheet) and
// exportable as Markdown.
//
// Each goal's card opens its details (measures, notes, actions) on demand: a review of hundreds of
// goals would otherwise draw tens of thousands of elements before anyone can act. Printing opens
// every card, so the printed record is complete.
//
// The agenda lives in a store that each reload reconciles by id, so an edit in one goal's card
// (a check-in, an action) does not wipe what is being typed in another's.
import { createResource, createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { api, ApiError, problemCode } from '../../client/api.ts';
import { can } from './permissions.ts';
import { STATUSES } from '../../domain/status.ts';
import type { Agenda, AgendaItem } from '../../domain/reviews.ts';
import type { Locale } from '../../i18n/index.ts';
import { FormMessage, TextField } from '../../components/Field.tsx';
import { createFormState, readForm } from '../../client/forms.ts';
import { pageId, useLocale, type LocaleKit } from '../../client/i18n.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ActionForm, ActionList } from './Actions.tsx';
import { AgendaItemView } from './AgendaItemView.tsx';
import { GoalLifecycle } from './GoalLifecycle.tsx';
import { StatusLegend } from './StatusLegend.tsx';
import { parseNames, reviewTitle } from './labels.ts';
import { askConfirm, createInPlace, InPlaceForm } from '../../components/in-place.tsx';
import { ExportMenu } from '../../components/ExportMenu.tsx';

type KeyedAgenda = Omit<Agenda, 'departments'> & {
  departments: (Agenda['departments'][number] & { items: (AgendaItem & { id: string })[] })[];
};

/** Items have no id of their own: key them by their goal so reconcile matches them across reloads. */
const keyed = (a: Agenda): KeyedAgenda => ({
  ...a,
  departments: a.departments.map((d) => ({ ...d, items: d.items.map((i) => ({ ...i, id: i.goal.id })) })),
});

export default function ReviewPage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const id = pageId();
  const [store, setStore] = createStore<{ agenda: KeyedAgenda | null }>({ agenda: null });
  const [state, setState] = createSignal<'loading' | 'ready' | 'notFound' | 'failed'>('loading');
  const [reloadError, setReloadError] = createSignal<string | null>(null);

  const put = (a: Agenda) => setStore('agenda', reconcile(keyed(a), { key: 'id' }));
  async function load(): Promise<void> {
    if (!id) {
      setState('notFound');
      return;
    }
    try {
      put(await api.reviews.get(id));
      setReloadError(null);
      setState('ready');
    } catch (e) {
      if (state() === 'ready') setReloadError(t.common.loadFailed);
      else setState(e instanceof ApiError && e.status === 404 ? 'notFound' : 'failed');
    }
  }
  void load();

  return (
    <Switch>
      <Match when={state() === 'ready' && store.agenda}>
        {(a) => <AgendaView kit={kit} agenda={a()} reload={load} replace={put} reloadError={reloadError()} />}
      </Match>
      <Match when={state() === 'notFound'}>
        <p class="notice" role="alert">
          {t.common.notFound} <a href={kit.href('/reviews/')}>{t.reviews.nav.reviews}</a>
        </p>
      </Match>
      <Match when={state() === 'failed'}>
        <div class="notice" role="alert">
          <p>{t.common.loadFailed}</p>
          <button type="button" onClick={() => (setState('loading'), load())}>
            {t.common.retry}
          </button>
        </div>
      </Match>
      <Match when={state() === 'loading'}>
        <p class="hint" aria-live="polite">
          {t.common.loading}
        </p>
      </Match>
    </Switch>
  );
}

function AgendaView(props: {
  kit: LocaleKit;
  agenda: KeyedAgenda;
  reload: () => Promise<void>;
  replace: (a: Agenda) => void;
  reloadError: string | null;
}) {
  const { t, fmt, href, locale } = props.kit;
  const r = t.reviews;
  const review = () => props.agenda.review;
  const frozen = () => props.agenda.frozen;
  /** May change the review itself (its scope: one department, or the organisation). */
  const mayReview = () => !frozen() && can('write', review().departmentId ?? undefined);
  const form = createFormState(t);
  const panel = createInPlace<'details'>(`review:${props.agenda.review.id}`);
  const [closedNow, setClosedNow] = createSignal(false);
  /** The in-page step that asks to move a meeting still ahead to today before closing. */
  const [moveStep, setMoveStep] = createSignal(false);
  let moveHeading: HTMLHeadingElement | undefined;
  let closeButton: HTMLButtonElement | undefined;
  const reload = () => void props.reload();
  const [opened, setOpened] = createSignal<ReadonlySet<string>>(new Set());
  const [printing, setPrinting] = createSignal(false);
  const allGoalIds = () => props.agenda.departments.flatMap((d) => d.items.map((i) => i.goal.id));
  const toggle = (goalId: string) =>
    setOpened((s) => {
      const next = new Set(s);
      if (!next.delete(goalId)) next.add(goalId);
      return next;
    });
  // Both: `beforeprint` for the browser's print command, the media query for print previews and PDF renderers.
  const printMedia = window.matchMedia('print');
  const onPrintMedia = () => setPrinting(printMedia.matches);
  const onBeforePrint = () => setPrinting(true);
  const onAfterPrint = () => setPrinting(printMedia.matches);
  onMount(() => {
    printMedia.addEventListener('change', onPrintMedia);
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  });
  onCleanup(() => {
    printMedia.removeEventListener('change', onPrintMedia);
    window.removeEventListener('beforeprint', onBeforePrint);
    window.removeEventListener('afterprint', onAfterPrint);
  });
  /** The server judges an open agenda as of min(meeting, today): an earlier asOf means the meeting is still ahead. */
  const ahead = () => !frozen() && review().meetingDate > props.agenda.asOf;
  const showMoveStep = () => {
    setMoveStep(true);
    queueMicrotask(() => moveHeading?.focus());
  };

  async function close() {
    if (ahead()) return showMoveStep();
    if (
      !(await askConfirm({
        title: r.confirmClose(props.agenda.summary.goals),
        confirmLabel: r.closeReview,
        cancelLabel: t.common.cancel,
        danger: false,
      }))
    )
      return;
    await finishClose(false);
  }

  async function finishClose(move: boolean) {
    const frozenAgenda = await form.run(async () => {
      try {
        return await api.reviews.close(review().id, review().version, move ? { moveMeetingDateToToday: true } : {});
      } catch (e) {
        // The day may have turned since the page loaded: ask the same question the server does.
        if (problemCode(e) === 'meeting_in_future') {
          showMoveStep();
          return undefined;
        }
        throw e;
      }
    });
    if (frozenAgenda) {
      setMoveStep(false);
      props.replace(frozenAgenda);
      setClosedNow(true);
      window.scrollTo({ top: 0 });
    }
  }

  async function remove() {
    if (
      !(await askConfirm({
        title: t.common.confirmDelete(reviewTitle(props.kit, review())),
        confirmLabel: t.common.delete,
        cancelLabel: t.common.cancel,
      }))
    )
      return;
    if (await form.run(async () => (await api.reviews.remove(review().id, review().version), true)))
      location.href = href('/reviews/');
  }

  const department = () =>
    review().departmentId === null
      ? r.wholeOrganisation
      : (props.agenda.departments.find((d) => d.id === review().departmentId)?.name ?? r.oneDepartment);

  return (
    <article class="review-page" classList={{ frozen: frozen() }}>
      <nav aria-label="breadcrumb" class="breadcrumb no-print">
        <a href={href('/reviews/')}>{r.nav.reviews}</a>
      </nav>
      <header class="card review-head">
        <h1>{reviewTitle(props.kit, review())}</h1>
        <div class="no-print">
          <ExportMenu
            locale={props.kit.locale}
            view="review"
            filters={{ reviewId: review().id }}
            sheets={['agenda', 'actions']}
          />
        </div>
        <p class="meta">
          {r.meetingOn(fmt.date(review().meetingDate))} · {department()} ·{' '}
          {frozen() && review().closedAt ? r.closedOn(fmt.date(review().closedAt!.slice(0, 10))) : r.openState}
        </p>
        <p>
          <strong>{r.attendees}:</strong> {review().attendees.length ? review().attendees.join(', ') : r.noAttendees}
        </p>
        <Show when={review().notes}>
          <p class="description">{review().notes}</p>
        </Show>
        <p class="status-summary" aria-label={r.summaryLabel}>
          <span>
            {r.goalCount(props.agenda.summary.goals)}
            {props.agenda.summary.goals > 0 ? ':' : ''}
          </span>
          <For each={STATUSES.filter((s) => props.agenda.summary.byStatus[s] > 0)}>
            {(s) => (
              <span class="summary-count">
                <StatusBadge status={s} kit={props.kit} compact /> {props.agenda.summary.byStatus[s]}
              </span>
            )}
          </For>
        </p>
        <Show when={frozen()}>
          <p class="frozen-note" role={closedNow() ? 'status' : undefined}>
            {closedNow() ? r.closedJustNow : r.frozenNote(fmt.date(props.agenda.asOf))}
          </p>
        </Show>
        <div class="actions no-print">
          <button type="button" onClick={() => window.print()}>
            {r.print}
          </button>
          <a class="button" href={api.reviews.exportUrl(review().id, true, locale)} download="">
            {r.downloadMarkdown}
          </a>
          <Show when={mayReview()}>
            <button
              type="button"
              {...panel.opener('details')}
              onClick={(e) => (panel.is('details') ? panel.close() : panel.open('details', e))}
            >
              {r.editDetails}
            </button>
            <button type="button" class="danger" onClick={remove}>
              {r.deleteReview}
            </button>
          </Show>
        </div>
        <FormMessage message={props.reloadError ?? form.message()} />
      </header>

      <Show when={panel.is('details') && !frozen()}>
        <InPlaceForm onClose={panel.close}>
          <DetailsForm
            kit={props.kit}
            agenda={props.agenda}
            onSaved={() => (panel.close(), reload())}
            onCancel={panel.close}
          />
        </InPlaceForm>
      </Show>

      <StatusLegend kit={props.kit} />

      <Show when={props.agenda.carriedActions.length || !frozen()}>
        <section aria-labelledby="carried-heading" class="carried">
          <h2 id="carried-heading">{r.carriedActions}</h2>
          <Show when={props.agenda.carriedActions.length} fallback={<p class="hint">{r.noCarried}</p>}>
            <ActionList
              kit={props.kit}
              actions={props.agenda.carriedActions}
              canToggle={(a) => !frozen() && can('write', a.departmentId ?? undefined)}
              canDelete={false}
              showOrigin
              onChanged={reload}
            />
          </Show>
        </section>
      </Show>

      <section aria-labelledby="agenda-heading" class="agenda">
        <h2 id="agenda-heading">{frozen() ? r.recordHeading : r.agendaHeading}</h2>
        <p class="hint no-print">{frozen() ? r.recordIntro : r.agendaIntro(fmt.date(review().meetingDate))}</p>
        <Show when={ahead()}>
          <p class="notice judged-today">
            {r.judgedToday(fmt.date(review().meetingDate), fmt.date(props.agenda.asOf))}
          </p>
        </Show>
        <Show when={props.agenda.departments.length} fallback={<p class="notice">{r.noGoalsOnAgenda}</p>}>
          <div class="actions no-print agenda-toggles">
            <button type="button" onClick={() => setOpened(new Set(allGoalIds()))}>
              {r.showAllDetails}
            </button>
            <button type="button" onClick={() => setOpened(new Set<string>())}>
              {r.hideAllDetails}
            </button>
          </div>
          <For each={props.agenda.departments}>
            {(d) => (
              <section aria-labelledby={`dept-${d.id}`} class="agenda-department">
                <h2 id={`dept-${d.id}`} class="department-heading">
                  {d.name}
                </h2>
                <For each={d.items}>
                  {(item) => (
                    <AgendaItemView
                      kit={props.kit}
                      reviewId={review().id}
                      item={item}
                      frozen={frozen()}
                      asOf={props.agenda.asOf}
                      onChanged={reload}
                      open={printing() || opened().has(item.goal.id)}
                      onToggle={() => toggle(item.goal.id)}
                    />
                  )}
                </For>
              </section>
            )}
          </For>
        </Show>
      </section>

      <section aria-labelledby="general-heading" class="general-actions">
        <h2 id="general-heading">{r.generalActions}</h2>
        <Show when={props.agenda.generalActions.length} fallback={<p class="hint">{r.noActions}</p>}>
          <ActionList
            kit={props.kit}
            actions={props.agenda.generalActions}
            canToggle={mayReview()}
            canDelete={mayReview()}
            onChanged={reload}
          />
        </Show>
        <Show when={mayReview()}>
          <ActionForm
            kit={props.kit}
            reviewId={review().id}
            goalId={null}
            label={r.addGeneralAction}
            onSaved={reload}
          />
        </Show>
      </section>

      <Show when={mayReview()}>
        <section aria-labelledby="close-heading" class="card close-review no-print">
          <h2 id="close-heading">{r.closeHeading}</h2>
          <p>{r.closeExplain}</p>
          <Show
            when={moveStep()}
            fallback={
              <div class="actions">
                <button type="button" class="primary" ref={closeButton} onClick={close} disabled={form.busy()}>
                  {r.closeReview}
                </button>
              </div>
            }
          >
            <div class="move-meeting" role="group" aria-labelledby="move-meeting-heading">
              <h3 id="move-meeting-heading" tabindex="-1" ref={moveHeading}>
                {r.moveMeetingHeading}
              </h3>
              <p>{r.moveMeetingExplain(fmt.date(review().meetingDate), fmt.date(props.agenda.asOf))}</p>
              <div class="actions">
                <button type="button" class="primary" onClick={() => void finishClose(true)} disabled={form.busy()}>
                  {r.moveMeetingAndClose}
                </button>
                <button
                  type="button"
                  onClick={() => (setMoveStep(false), queueMicrotask(() => closeButton?.focus()))}
                  disabled={form.busy()}
                >
                  {r.keepMeetingDate}
                </button>
              </div>
            </div>
          </Show>
          <FormMessage message={form.message()} />
        </section>
      </Show>

      <Show when={frozen()}>
        <NextPeriod kit={props.kit} agenda={props.agenda} />
      </Show>
    </article>
  );
}

function DetailsForm(props: { kit: LocaleKit; agenda: KeyedAgenda; onSaved: () => void; onCancel: () => void }) {
  const { t } = props.kit;
  const r = t.reviews;
  const form = createFormState(t);
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const v = readForm(e.currentTarget as HTMLFormElement);
    const review = props.agenda.review;
    const patch = { attendees: parseNames(v.attendees), notes: v.notes ?? '', version: review.version };
    if (await form.run(() => api.reviews.update(review.id, patch))) props.onSaved();
  }
  return (
    <form class="card form no-print" onSubmit={submit} novalidate aria-label={r.editDetails}>
      <TextField
        name="attendees"
        label={r.attendees}
        value={props.agenda.review.attendees.join('\n')}
        hint={r.attendeesHint}
        errors={form.errors()}
        multiline
      />
      <TextField
        name="notes"
        label={r.meetingNotes}
        value={props.agenda.review.notes}
        errors={form.errors()}
        multiline
      />
      <FormMessage message={form.message()} />
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy()}>
          {t.common.save}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

/** After the meeting: carry each reviewed goal into the next period, or close it with a comment. */
function NextPeriod(props: { kit: LocaleKit; agenda: KeyedAgenda }) {
  const { t, href } = props.kit;
  const r = t.reviews;
  const items = () => props.agenda.departments.flatMap((d) => d.items);
  // The agenda's goals and the goals that continue them: what closing and carrying over need.
  const [goals, { refetch }] = createResource(
    () => items().map((i) => i.goal.id),
    (ids) => api.goals.withSuccessors(ids),
  );
  const goalsById = () => new Map((goals.latest ?? []).map((g) => [g.id, g]));
  const successorOf = (id: string) => goals.latest?.find((g) => g.carriedFromGoalId === id) ?? null;
  return (
    <Show when={items().length}>
      <section aria-labelledby="next-heading" class="next-period no-print">
        <h2 id="next-heading">{r.nextPeriodHeading}</h2>
        <p class="hint">{r.nextPeriodIntro}</p>
        <Show when={goals.latest} fallback={<p class="hint">{t.common.loading}</p>}>
          <ul class="list">
            <For each={items()}>
              {(item) => (
                <Show when={goalsById().get(item.goal.id)}>
                  {(goal) => (
                    <li class="card next-period-row">
                      <div class="row-between">
                        <a class="title" href={href('/goal/', goal().id)}>
                          {goal().title}
                        </a>
                        <StatusBadge status={item.status} kit={props.kit} compact />
                      </div>
                      <GoalLifecycle
                        kit={props.kit}
                        goal={goal()}
                        successor={successorOf(goal().id)}
                        suggested={item.status === 'missed' ? 'missed' : 'achieved'}
                        compact
                        editable={can('write', goal().departmentId)}
                        onChanged={refetch}
                      />
                    </li>
                  )}
                </Show>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}
