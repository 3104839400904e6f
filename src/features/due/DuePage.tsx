// What is due (`/due/`): goals whose review date is within 14 days or past, measures whose last
// check-in is older than their update frequency, and open actions past their due date. Each
// links to where it is dealt with. Judged on the user's local date.
import { createResource, createSignal, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { can, canWriteSomewhere } from '../reviews/permissions.ts';
import type { DueList } from '../../domain/reviews.ts';
import type { Department } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { SelectField } from '../../components/Field.tsx';
import { useLocale, type LocaleKit } from '../../client/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { localToday } from '../../client/local-today.ts';
import { ActionList } from '../reviews/Actions.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { ExportMenu } from '../../components/ExportMenu.tsx';

export default function DuePage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const d = t.reviews.due;
  const [departmentId, setDepartmentId] = createSignal(
    new URLSearchParams(globalThis.location?.search ?? '').get('departmentId') ?? '',
  );
  const [departments] = createResource(api.departments.list);
  const [due, { refetch }] = createResource(departmentId, (dep) =>
    api.due({ today: localToday(), departmentId: dep || undefined }),
  );

  function choose(v: string) {
    setDepartmentId(v);
    const url = new URL(location.href);
    if (v) url.searchParams.set('departmentId', v);
    else url.searchParams.delete('departmentId');
    history.replaceState(null, '', url);
  }

  return (
    <>
      <h1>{d.title}</h1>
      <p class="lede">{d.intro}</p>
      <div class="card form inline filters">
        <SelectField
          name="departmentId"
          label={t.goals.department}
          value={departmentId()}
          options={[
            { value: '', label: d.allDepartments },
            ...(departments.latest ?? []).map((x: Department) => ({ value: x.id, label: x.name })),
          ]}
          onChange={choose}
        />
      </div>
      <ExportMenu locale={props.locale} view="due" filters={{ departmentId: departmentId() }} />
      <Loaded data={due} t={t} retry={refetch}>
        {(list) => <DueView kit={kit} list={list} departmentId={departmentId()} onChanged={refetch} />}
      </Loaded>
    </>
  );
}

function DueView(props: { kit: LocaleKit; list: DueList; departmentId: string; onChanged: () => void }) {
  const { t, fmt, href } = props.kit;
  const d = t.reviews.due;
  const planHref = () =>
    `${href('/reviews/')}?plan=1${props.departmentId ? `&departmentId=${encodeURIComponent(props.departmentId)}` : ''}`;
  const nothing = () =>
    !props.list.goals.length && !props.list.staleMeasures.length && !props.list.overdueActions.length;
  return (
    <>
      <p class="meta">{d.asOf(fmt.date(props.list.today), fmt.date(props.list.horizon))}</p>
      <Show when={nothing()}>
        <p class="notice ok-notice" role="status">
          {d.nothing}
        </p>
      </Show>

      <section aria-labelledby="due-goals">
        <div class="section-head">
          <h2 id="due-goals">{d.goalsHeading(props.list.goals.length)}</h2>
          <Show when={props.list.goals.length && canWriteSomewhere()}>
            <a href={planHref()}>{d.planReview}</a>
          </Show>
        </div>
        <Show when={props.list.goals.length} fallback={<p class="hint">{d.noGoals}</p>}>
          <TableScroll label={d.goalsHeading(props.list.goals.length)}>
            <table class="history due-table">
              <thead>
                <tr>
                  <th scope="col">{t.goals.goal}</th>
                  <th scope="col">{t.goals.department}</th>
                  <th scope="col">{t.reviews.nextReview}</th>
                  <th scope="col">{d.when}</th>
                </tr>
              </thead>
              <tbody>
                <For each={props.list.goals}>
                  {(g) => (
                    <tr classList={{ overdue: g.overdue }}>
                      <th scope="row">
                        <a href={href('/goal/', g.goal.id)}>{g.goal.title}</a>
                      </th>
                      <td>{g.departmentName}</td>
                      <td>{fmt.date(g.nextReviewDate)}</td>
                      <td classList={{ 'overdue-text': g.overdue }}>
                        {g.overdue ? d.overdueDays(-g.daysUntil) : d.inDays(g.daysUntil)}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableScroll>
        </Show>
      </section>

      <section aria-labelledby="due-stale">
        <h2 id="due-stale">{d.staleHeading(props.list.staleMeasures.length)}</h2>
        <Show when={props.list.staleMeasures.length} fallback={<p class="hint">{d.noStale}</p>}>
          <TableScroll label={d.staleHeading(props.list.staleMeasures.length)}>
            <table class="history due-table">
              <thead>
                <tr>
                  <th scope="col">{t.measures.measure}</th>
                  <th scope="col">{t.goals.goal}</th>
                  <th scope="col">{t.measures.frequency}</th>
                  <th scope="col">{d.lastCheckIn}</th>
                  <th scope="col">{d.when}</th>
                  <th scope="col">
                    <span class="visually-hidden">{d.record}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={props.list.staleMeasures}>
                  {(m) => (
                    <tr>
                      <th scope="row">
                        <a href={href('/measure/', m.measureId)}>{m.name}</a>
                      </th>
                      <td>
                        <a href={href('/goal/', m.goalId)}>{m.goalTitle}</a>{' '}
                        <span class="meta">({m.departmentName})</span>
                      </td>
                      <td>{t.measures.frequencies[m.frequency]}</td>
                      <td>{m.lastCheckIn ? fmt.date(m.lastCheckIn) : d.never}</td>
                      <td class="overdue-text">{d.dueSince(fmt.date(m.dueSince), m.daysOverdue)}</td>
                      <td>
                        <a href={href('/measure/', m.measureId)} aria-label={d.recordFor(m.name)}>
                          {d.record}
                        </a>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableScroll>
        </Show>
      </section>

      <section aria-labelledby="due-actions">
        <h2 id="due-actions">{d.actionsHeading(props.list.overdueActions.length)}</h2>
        <Show when={props.list.overdueActions.length} fallback={<p class="hint">{d.noActions}</p>}>
          <p class="hint">{d.actionsHint}</p>
          <ActionList
            kit={props.kit}
            actions={props.list.overdueActions}
            canToggle={(a) => can('write', a.departmentId ?? undefined)}
            canDelete={false}
            showOrigin
            onChanged={props.onChanged}
          />
          <ul class="list origin-links">
            <For each={[...new Map(props.list.overdueActions.map((a) => [a.reviewId, a])).values()]}>
              {(a) => (
                <li>
                  <a href={href('/review/', a.reviewId)}>
                    {d.openReview(a.reviewPeriod, fmt.date(a.reviewMeetingDate))}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </>
  );
}
