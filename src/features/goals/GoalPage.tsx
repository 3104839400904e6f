// One goal: details, its measures, its sub-goals and its part of the diagram, all from the goal's
// own part of the tree (its first levels; deeper ones open on demand) with its ancestors for the
// breadcrumb. Edit, move (re-parent) and delete happen here; deleting a goal with sub-goals asks what to do.
import { createMemo, createResource, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { GoalWithProgress, MeasureWithProgress, Tree } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { pageId, useLocale, type LocaleKit } from '../../client/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { TreeOutline } from '../../components/TreeOutline.tsx';
import { HierarchyDiagram } from '../../components/HierarchyDiagram.tsx';
import { ContributionsTable } from '../../components/ContributionsTable.tsx';
import { contributions } from '../../domain/contributions.ts';
import { canChangeGoal, canWriteSomewhere } from '../../client/session.ts';
import { ClosedGoalNote } from '../../components/ClosedGoalNote.tsx';
import { GoalHistory } from '../accounts/GoalHistory.tsx';
import { GoalForm, DeleteGoal, GoalCounterweights, LibraryMeasureForm, Practices } from '../lazy.ts';
import { useGoalList } from './goal-list.ts';
import { GOAL_PAGE_DEPTH, OUTLINE_DEPTH } from '../overview/outline-depth.ts';
import { GoalPeriodPanel, GoalStatusLine } from '../reviews/GoalReviewPanel.tsx';
import { MeasureStatusBadge, goalToneIn, measureTone, treeAssessment } from '../../components/StatusBadge.tsx';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';

type Panel = 'edit' | 'delete' | 'measure' | 'subgoal';

export default function GoalPage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const id = pageId();
  // The goal, and its sub-goals as deep as its outline shows at first.
  const [tree, { refetch }] = createResource(() => api.treePart({ goal: id, depth: GOAL_PAGE_DEPTH }));
  return (
    <Loaded data={tree} t={t} retry={refetch}>
      {(data) => {
        const goal = () => data.goals.find((g) => g.id === id) ?? null;
        return (
          <Show
            when={goal()}
            fallback={
              <p class="notice" role="alert">
                {t.common.notFound}
              </p>
            }
          >
            {(g) => <GoalView kit={kit} tree={data} goal={g()} refresh={refetch} />}
          </Show>
        );
      }}
    </Loaded>
  );
}

function GoalView(props: { kit: LocaleKit; tree: Tree; goal: GoalWithProgress; refresh: () => void }) {
  const { t, fmt, href } = props.kit;
  const panel = createInPlace<Panel>(`goal:${props.goal.id}`);
  const done = () => (panel.close(), props.refresh());
  // A closed goal is read-only (the server refuses any change with 409): no edit control at all.
  const mayChange = () => canChangeGoal(props.goal);
  const goals = useGoalList(() => panel.is('edit') || panel.is('subgoal'));
  const ancestors = createMemo(() => {
    const byId = new Map([...(props.tree.context ?? []), ...props.tree.goals].map((g) => [g.id, g]));
    const chain: GoalWithProgress[] = [];
    for (let p = props.goal.parentGoalId; p; p = byId.get(p)?.parentGoalId ?? null) {
      const parent = byId.get(p);
      if (!parent || chain.includes(parent)) break;
      chain.unshift(parent);
    }
    return chain;
  });
  const department = () => props.tree.departments.find((d) => d.id === props.goal.departmentId);
  const measures = () => props.tree.measures.filter((m) => m.goalId === props.goal.id);
  const children = () => props.tree.goals.filter((g) => g.parentGoalId === props.goal.id);
  const parts = () => contributions(props.goal.id, props.tree.goals, props.tree.measures, treeAssessment(props.tree));

  return (
    <article>
      <nav aria-label="breadcrumb" class="breadcrumb">
        <a href={href('/')}>{t.goals.breadcrumbVision}</a>
        <For each={ancestors()}>
          {(a) => (
            <>
              {' '}
              › <a href={href('/goal/', a.id)}>{a.title}</a>
            </>
          )}
        </For>
      </nav>
      <header class="goal-head card">
        <h1>{props.goal.title}</h1>
        <p class="meta">
          <a href={href('/department/', props.goal.departmentId)}>{department()?.name}</a>
          <Show when={props.goal.owner}>
            {' '}
            · {t.goals.owner}: {props.goal.owner}
          </Show>
          {' · '}
          {t.goals.timeline(fmt.date(props.goal.startDate), fmt.date(props.goal.dueDate))}
          {' · '}
          {props.goal.reviewDate ? t.goals.review(fmt.date(props.goal.reviewDate)) : t.goals.noReview}
        </p>
        <Show when={props.goal.description}>
          <p class="description">{props.goal.description}</p>
        </Show>
        <ProgressBar progress={props.goal.progress} tone={goalToneIn(props.tree, props.goal)} t={t} fmt={fmt} />
        <GoalStatusLine kit={props.kit} tree={props.tree} goal={props.goal} />
        <ClosedGoalNote kit={props.kit} goal={props.goal} explain />
        <Show when={mayChange()}>
          <div class="actions">
            <button type="button" {...panel.opener('edit')} onClick={(e) => panel.open('edit', e)}>
              {t.goals.edit}
            </button>
            <button
              type="button"
              class="danger"
              data-opener={`goal:${props.goal.id}:delete`}
              onClick={(e) => panel.open('delete', e)}
            >
              {t.goals.deleteGoal}
            </button>
          </div>
        </Show>
      </header>

      <Show when={panel.is('edit')}>
        <InPlaceForm onClose={panel.close}>
          <Show when={goals()} fallback={<p class="hint">{t.common.loading}</p>}>
            {(all) => (
              <GoalForm
                kit={props.kit}
                departments={props.tree.departments}
                goals={all()}
                goal={props.goal}
                onSaved={done}
                onCancel={panel.close}
              />
            )}
          </Show>
        </InPlaceForm>
      </Show>
      <Show when={panel.is('delete')}>
        <DeleteGoal kit={props.kit} goal={props.goal} childCount={children().length} onCancel={panel.close} />
      </Show>

      <section aria-labelledby="measures-heading">
        <div class="section-head">
          <h2 id="measures-heading">{t.measures.measures}</h2>
          <Show when={!panel.is('measure') && mayChange()}>
            <button
              type="button"
              class="primary"
              {...panel.opener('measure')}
              onClick={(e) => panel.open('measure', e)}
            >
              {t.measures.add}
            </button>
          </Show>
        </div>
        <Show when={panel.is('measure')}>
          <InPlaceForm onClose={panel.close}>
            <LibraryMeasureForm
              kit={props.kit}
              goalId={props.goal.id}
              goalDueDate={props.goal.dueDate}
              onSaved={done}
              onCancel={panel.close}
            />
          </InPlaceForm>
        </Show>
        <Show when={measures().length} fallback={<p class="hint">{t.measures.none}</p>}>
          <ul class="list measures">
            <For each={measures()}>{(m) => <MeasureRow kit={props.kit} measure={m} />}</For>
          </ul>
        </Show>
        <GoalCounterweights kit={props.kit} tree={props.tree} goal={props.goal} refresh={props.refresh} />
      </section>

      <ContributionsTable kit={props.kit} parts={parts()} goalTitle={props.goal.title} />

      <Practices kit={props.kit} goalId={props.goal.id} mayEdit={mayChange()} />

      <section aria-labelledby="subgoals-heading">
        <div class="section-head">
          <h2 id="subgoals-heading">{t.goals.subGoals}</h2>
          <Show when={!panel.is('subgoal') && props.goal.state === 'open' && canWriteSomewhere()}>
            <button
              type="button"
              class="primary"
              {...panel.opener('subgoal')}
              onClick={(e) => panel.open('subgoal', e)}
            >
              {t.goals.addSub}
            </button>
          </Show>
        </div>
        <Show when={panel.is('subgoal')}>
          <InPlaceForm onClose={panel.close}>
            <Show when={goals()} fallback={<p class="hint">{t.common.loading}</p>}>
              {(all) => (
                <GoalForm
                  kit={props.kit}
                  departments={props.tree.departments}
                  goals={all()}
                  defaults={{ parentGoalId: props.goal.id, departmentId: props.goal.departmentId }}
                  onSaved={done}
                  onCancel={panel.close}
                />
              )}
            </Show>
          </InPlaceForm>
        </Show>
        <Show when={children().length} fallback={<p class="hint">{t.goals.noSubGoals}</p>}>
          <TreeOutline
            tree={props.tree}
            roots={children()}
            kit={props.kit}
            label={t.goals.subGoals}
            load={(goal) => api.treePart({ goal, depth: OUTLINE_DEPTH })}
          />
        </Show>
      </section>

      <GoalPeriodPanel kit={props.kit} tree={props.tree} goal={props.goal} refresh={props.refresh} />
      <GoalHistory
        kit={props.kit}
        goalId={props.goal.id}
        tree={{ ...props.tree, goals: [...props.tree.goals, ...(props.tree.context ?? [])] }}
      />
      <HierarchyDiagram tree={props.tree} scope={{ rootGoalId: props.goal.id }} kit={props.kit} />
    </article>
  );
}

function MeasureRow(props: { kit: LocaleKit; measure: MeasureWithProgress }) {
  const { t, fmt, href } = props.kit;
  const m = () => props.measure;
  return (
    <li class="card measure-row">
      <div class="row-between">
        <a class="title" href={href('/measure/', m().id)}>
          {m().name}
        </a>
        <span class="measure-status">
          <ProgressBar
            progress={m().latest ? m().progress : null}
            tone={measureTone(m())}
            t={t}
            fmt={fmt}
            label={`${t.common.progress}: ${m().name}`}
          />{' '}
          <MeasureStatusBadge measure={m()} kit={props.kit} compact />
        </span>
      </div>
      <p class="meta">
        {t.measures.directions[m().direction]} · {t.measures.baselineToTarget}: {fmt.target(m())}
        {' · '}
        {t.measures.latest}:{' '}
        {m().latest ? `${fmt.reading(m().latest!, m().unit)} (${fmt.date(m().latest!.date)})` : t.measures.noCheckIns}
      </p>
    </li>
  );
}
