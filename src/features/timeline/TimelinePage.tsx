// The timeline (`/timeline/`): goals from start to due date by department, their next review
// dates as milestones and today marked, as a Mermaid gantt and as a table with the same data
// (shown at once; the diagram follows when Mermaid has loaded). Filters: department and period
// (year, half year or quarter; the current year by default), kept in the URL. A big timeline is
// drawn a page of goals at a time, so every bar stays readable.
import { createMemo, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { parsePeriod, shiftPeriod, type Period } from '../../domain/cadence.ts';
import type { Timeline } from '../../domain/reviews.ts';
import type { Department } from '../../domain/types.ts';
import { goalTone } from '../../domain/status.ts';
import type { GoalState } from '../../domain/schemas.ts';
import { timelineGantt } from '../../diagrams/timeline.ts';
import type { Locale } from '../../i18n/index.ts';
import { useLocale, type LocaleKit } from '../../client/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { localToday } from '../../client/local-today.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { GoalStateBadge, StatusBadge } from '../../components/StatusBadge.tsx';
import { StatusLegend } from '../reviews/StatusLegend.tsx';
import { TONE_ICONS } from '../../client/status-icons.ts';
import { GanttDiagram } from './GanttDiagram.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { ExportMenu } from '../../components/ExportMenu.tsx';

/** Goal bars per diagram page (each may add a review milestone row). */
export const GANTT_PAGE = 30;

/** Narrower than this, a gantt's bars and dates do not fit: the table alone tells the story. */
export const GANTT_MIN_WIDTH = '(min-width: 48rem)';

/** Whether the window is wide enough for the gantt, following resizes and rotation. */
function useWideScreen() {
  const query = globalThis.matchMedia?.(GANTT_MIN_WIDTH);
  const [wide, setWide] = createSignal(query?.matches ?? true);
  const onChange = (e: MediaQueryListEvent) => setWide(e.matches);
  query?.addEventListener('change', onChange);
  onCleanup(() => query?.removeEventListener('change', onChange));
  return wide;
}

export default function TimelinePage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const tl = t.reviews.timeline;
  const today = localToday();
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const initialPeriod = params.has('period')
    ? params.get('period') === 'all'
      ? ''
      : (parsePeriod(params.get('period')!)?.label ?? '')
    : today.slice(0, 4);
  const [period, setPeriod] = createSignal(initialPeriod);
  const [departmentId, setDepartmentId] = createSignal(params.get('departmentId') ?? '');
  const [departments] = createResource(api.departments.list);
  const query = () => ({ period: period(), departmentId: departmentId() });
  const [timeline, { refetch }] = createResource(query, (q) =>
    api.timeline({ today, period: q.period || undefined, departmentId: q.departmentId || undefined }),
  );

  function sync() {
    const url = new URL(location.href);
    url.searchParams.set('period', period() || 'all');
    if (departmentId()) url.searchParams.set('departmentId', departmentId());
    else url.searchParams.delete('departmentId');
    history.replaceState(null, '', url);
  }
  const choosePeriod = (p: string) => (setPeriod(p), sync());
  const step = (n: number) => {
    const p = parsePeriod(period());
    if (p) choosePeriod(shiftPeriod(p, n).label);
  };

  const options = createMemo(() => {
    const year = Number(today.slice(0, 4));
    const out: { value: string; label: string }[] = [{ value: '', label: tl.allDates }];
    const current = parsePeriod(period());
    const years = new Set<number>();
    for (let y = year - 2; y <= year + 2; y++) years.add(y);
    if (current) years.add(Number(current.label.slice(0, 4)));
    for (const y of [...years].sort()) {
      out.push({ value: String(y), label: tl.periodName('year', y, 1) });
      for (const h of [1, 2]) out.push({ value: `${y}-H${h}`, label: tl.periodName('half', y, h) });
      for (const q of [1, 2, 3, 4]) out.push({ value: `${y}-Q${q}`, label: tl.periodName('quarter', y, q) });
    }
    if (current?.kind === 'month') out.push({ value: current.label, label: current.label });
    return out;
  });

  return (
    <>
      <h1>{tl.title}</h1>
      <p class="lede">{tl.intro}</p>
      <ExportMenu locale={props.locale} view="timeline" filters={query()} />
      <div class="card filters timeline-filters" role="group" aria-label={tl.filters}>
        <div class="field">
          <label for="tl-department">{t.goals.department}</label>
          <select
            id="tl-department"
            value={departmentId()}
            onChange={(e) => (setDepartmentId(e.currentTarget.value), sync())}
          >
            <option value="">{tl.allDepartments}</option>
            <For each={departments.latest ?? ([] as Department[])}>
              {(d) => (
                <option value={d.id} selected={d.id === departmentId()}>
                  {d.name}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="tl-period">{tl.period}</label>
          <div class="period-picker">
            <button
              type="button"
              onClick={() => step(-1)}
              disabled={!parsePeriod(period())}
              aria-label={tl.previousPeriod}
            >
              ‹
            </button>
            <select id="tl-period" onChange={(e) => choosePeriod(e.currentTarget.value)}>
              <For each={options()}>
                {(o) => (
                  <option value={o.value} selected={o.value === period()}>
                    {o.label}
                  </option>
                )}
              </For>
            </select>
            <button type="button" onClick={() => step(1)} disabled={!parsePeriod(period())} aria-label={tl.nextPeriod}>
              ›
            </button>
          </div>
        </div>
        <Show when={parsePeriod(period())}>
          {(p) => <p class="meta period-span">{t.goals.timeline(kit.fmt.date(p().start), kit.fmt.date(p().end))}</p>}
        </Show>
      </div>
      <Loaded data={timeline} t={t} retry={refetch}>
        {(data) => <TimelineView kit={kit} data={data} period={parsePeriod(period())} />}
      </Loaded>
    </>
  );
}

/**
 * Axis ticks that do not overlap: weeks in a quarter or month, months in a half year or year.
 * Mermaid names months in English only, so other languages get numeric dates.
 */
function axisFor(p: Period | null, locale: string): { axisFormat: string; tickInterval?: string } {
  const en = locale === 'en';
  if (p?.kind === 'month') return { axisFormat: en ? '%d %b' : '%d/%m', tickInterval: '1week' };
  if (p?.kind === 'quarter') return { axisFormat: en ? '%d %b' : '%d/%m', tickInterval: '2week' };
  if (p?.kind === 'half' || p?.kind === 'year') return { axisFormat: en ? '%b' : '%Y-%m', tickInterval: '1month' };
  return { axisFormat: en ? '%b %Y' : '%Y-%m', tickInterval: '3month' };
}

function TimelineView(props: { kit: LocaleKit; data: Timeline; period: Period | null }) {
  const { t, fmt, href } = props.kit;
  const tl = t.reviews.timeline;
  const [offset, setOffset] = createSignal(0);
  const total = () => props.data.departments.reduce((n, d) => n + d.goals.length, 0);
  const gantt = createMemo(() =>
    timelineGantt(
      props.data,
      { today: tl.today, review: () => tl.reviewMilestone, mark: (tone) => TONE_ICONS[tone] },
      { maxGoals: GANTT_PAGE, offset: offset(), ...axisFor(props.period, props.kit.locale) },
    ),
  );
  const reviewsInWindow = () => props.data.reviews;
  const wide = useWideScreen();

  return (
    <Show when={total()} fallback={<p class="notice">{tl.empty}</p>}>
      <p class="meta">
        {tl.summary(total(), props.data.departments.length)} · {tl.todayIs(fmt.date(props.data.today))}
      </p>
      <Show when={!wide()}>
        <p class="hint gantt-narrow">{tl.diagramOnWideScreen}</p>
      </Show>
      <Show when={wide() && gantt().truncated}>
        <div class="notice gantt-pager" role="group" aria-label={tl.pages}>
          <p>{tl.truncated(offset() + 1, offset() + gantt().goalCount, total())}</p>
          <div class="actions">
            <button
              type="button"
              disabled={offset() === 0}
              onClick={() => setOffset(Math.max(0, offset() - GANTT_PAGE))}
            >
              {tl.earlierGoals}
            </button>
            <button
              type="button"
              disabled={gantt().nextOffset === null}
              onClick={() => setOffset(gantt().nextOffset ?? offset())}
            >
              {tl.laterGoals}
            </button>
          </div>
        </div>
      </Show>
      <Show when={wide()}>
        <GanttDiagram gantt={gantt()} kit={props.kit} caption={tl.diagramCaption} />
      </Show>
      <StatusLegend kit={props.kit} diagram />

      <section aria-labelledby="tl-table-heading">
        <h2 id="tl-table-heading">{tl.tableHeading}</h2>
        <TableScroll label={tl.tableHeading}>
          <table class="history timeline-table">
            <thead>
              <tr>
                <th scope="col">{t.goals.goal}</th>
                <th scope="col">{t.goals.startDate}</th>
                <th scope="col">{t.goals.dueDate}</th>
                <th scope="col">{t.reviews.nextReview}</th>
                <th scope="col">{t.common.progress}</th>
                <th scope="col">{t.reviews.statusHeading}</th>
              </tr>
            </thead>
            <For each={props.data.departments}>
              {(d) => (
                <tbody>
                  <tr class="group-row">
                    <th scope="colgroup" colSpan={6}>
                      <a href={href('/department/', d.id)}>{d.name}</a>{' '}
                      <span class="meta">({t.departments.goalCount(d.goals.length)})</span>
                    </th>
                  </tr>
                  <For each={d.goals}>
                    {(g) => (
                      <tr>
                        <th scope="row">
                          <a href={href('/goal/', g.id)}>{g.title}</a>
                        </th>
                        <td>{fmt.date(g.startDate)}</td>
                        <td>{fmt.date(g.dueDate)}</td>
                        <td>{g.state === 'open' ? fmt.date(g.nextReviewDate) : '—'}</td>
                        <td>
                          <ProgressBar
                            progress={g.progress}
                            tone={goalTone(g.state, g.status)}
                            t={t}
                            fmt={fmt}
                            label={`${t.common.progress}: ${g.title}`}
                          />
                        </td>
                        <td>
                          <Show
                            when={g.state === 'open'}
                            fallback={<GoalStateBadge state={g.state as Exclude<GoalState, 'open'>} kit={props.kit} />}
                          >
                            <StatusBadge
                              status={g.status}
                              kit={props.kit}
                              override={g.override ? { reason: g.override.reason, computed: g.computedStatus } : null}
                              compact
                            />
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              )}
            </For>
          </table>
        </TableScroll>
      </section>

      <Show when={reviewsInWindow().length}>
        <section aria-labelledby="tl-reviews-heading">
          <h2 id="tl-reviews-heading">{tl.meetings}</h2>
          <ul class="list">
            <For each={reviewsInWindow()}>
              {(r) => (
                <li>
                  <a href={href('/review/', r.id)}>{t.reviews.title(r.period, t.reviews.forum[r.forum])}</a>{' '}
                  <span class="meta">
                    · {fmt.date(r.meetingDate)} · {r.state === 'closed' ? t.reviews.closedState : t.reviews.openState}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </Show>
  );
}
