// One department: its goals (and the sub-goals that serve them) as outline and diagram, from the
// department's part of the tree in the chosen period; deeper levels open on demand.
import { createMemo, createResource, Show } from 'solid-js';
import { PeriodPicker, usePeriod } from '../../components/PeriodPicker.tsx';
import { periodChoiceLabel } from '../../domain/period-filter.ts';
import { scopeRoots } from '../../domain/tree-scope.ts';
import { ExportMenu } from '../../components/ExportMenu.tsx';
import { api } from '../../client/api.ts';
import type { Locale } from '../../i18n/index.ts';
import { pageId, useLocale } from '../../client/i18n.ts';
import { LoadedInPlace } from '../../components/Loaded.tsx';
import { TreeOutline } from '../../components/TreeOutline.tsx';
import { HierarchyDiagram } from '../../components/HierarchyDiagram.tsx';
import { GoalForm } from '../lazy.ts';
import { useGoalList } from '../goals/goal-list.ts';
import { can, isAdmin } from '../../client/session.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';
import { OUTLINE_DEPTH } from '../overview/outline-depth.ts';

export default function DepartmentPage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const id = pageId();
  const panel = createInPlace<'goal'>('department');
  const { period, setPeriod, today } = usePeriod();
  // The department's goals of the chosen period, every roll-up computed on the server.
  const [tree, { refetch }] = createResource(
    () => periodChoiceLabel(period()),
    (p) => api.treePart({ department: id, period: p, depth: OUTLINE_DEPTH }),
  );
  const goals = useGoalList(() => panel.is('goal'));
  const load = (goal: string) => api.treePart({ goal, period: periodChoiceLabel(period()), depth: OUTLINE_DEPTH });
  const department = createMemo(() => tree.latest?.departments.find((d) => d.id === id) ?? null);
  // The department's top goals: its goals whose parent belongs to someone else (or the vision, or lies outside the period).
  const roots = createMemo(() => scopeRoots(tree.latest?.goals ?? [], { departmentId: id }));

  return (
    <LoadedInPlace data={tree} t={t} retry={refetch}>
      {(data) => (
        <Show
          when={department()}
          fallback={
            <p class="notice" role="alert">
              {t.common.notFound}
            </p>
          }
        >
          {(d) => (
            <>
              <nav aria-label="breadcrumb" class="breadcrumb">
                <a href={kit.href('/departments/')}>{t.departments.title}</a>
              </nav>
              <h1>{d().name}</h1>
              <p class="meta">
                <a href={kit.href('/team/', id)}>{t.measurement.openCircle}</a>
              </p>
              <section aria-labelledby="dept-goals">
                <div class="section-head">
                  <h2 id="dept-goals">{t.departments.goalsOf(d().name)}</h2>
                  <Show when={!panel.is('goal') && can('write', id) && data().goalCount.total > 0}>
                    <button
                      type="button"
                      class="primary"
                      {...panel.opener('goal')}
                      onClick={(e) => panel.open('goal', e)}
                    >
                      {t.goals.add}
                    </button>
                  </Show>
                </div>
                <Show when={panel.is('goal')}>
                  <InPlaceForm onClose={panel.close}>
                    <Show when={goals()} fallback={<p class="hint">{t.common.loading}</p>}>
                      {(all) => (
                        <GoalForm
                          kit={kit}
                          departments={data().departments}
                          goals={all()}
                          defaults={{ departmentId: id, parentGoalId: null }}
                          onSaved={() => (panel.close(), refetch())}
                          onCancel={panel.close}
                        />
                      )}
                    </Show>
                  </InPlaceForm>
                </Show>
                <Show
                  when={data().goalCount.total}
                  fallback={
                    <NextSteps
                      kit={kit}
                      departmentId={id}
                      opener={panel.opener('goal')}
                      onAdd={(e) => panel.open('goal', e)}
                      adding={panel.is('goal')}
                    />
                  }
                >
                  <PeriodPicker
                    kit={kit}
                    period={period()}
                    today={today}
                    onChange={setPeriod}
                    shown={data().goalCount.inPeriod}
                    total={data().goalCount.total}
                  />
                  <ExportMenu
                    locale={kit.locale}
                    view="goals"
                    filters={{ departmentId: id, period: periodChoiceLabel(period()) }}
                  />
                  <Show when={roots().length} fallback={<p class="hint">{t.goals.period.none}</p>}>
                    <TreeOutline
                      tree={data()}
                      roots={roots()}
                      kit={kit}
                      label={t.departments.goalsOf(d().name)}
                      load={load}
                    />
                    <HierarchyDiagram tree={data()} scope={{ departmentId: id }} kit={kit} />
                  </Show>
                </Show>
              </section>
            </>
          )}
        </Show>
      )}
    </LoadedInPlace>
  );
}

/** An empty department says what to do next: add a goal (for who may), invite an editor (for admins). */
function NextSteps(props: {
  kit: LocaleKit;
  departmentId: string;
  opener: { 'data-opener': string; 'aria-expanded': boolean };
  onAdd: (e: Event) => void;
  adding: boolean;
}) {
  const { t, href } = props.kit;
  const d = t.departments;
  const mayAdd = () => can('write', props.departmentId);
  return (
    <div class="notice next-steps" data-next-steps>
      <p>{d.noGoals}</p>
      <h3>{d.nextSteps}</h3>
      <ol>
        <Show when={mayAdd()} fallback={<li>{d.nextAsk}</li>}>
          <li>
            {d.nextAddGoal}{' '}
            <Show when={!props.adding}>
              <button type="button" class="primary" {...props.opener} onClick={(e) => props.onAdd(e)}>
                {t.goals.add}
              </button>
            </Show>
          </li>
        </Show>
        <Show when={isAdmin()}>
          <li>
            {d.nextInvite} <a href={href('/admin/users/')}>{d.nextInviteLink}</a>
          </li>
        </Show>
      </ol>
    </div>
  );
}
