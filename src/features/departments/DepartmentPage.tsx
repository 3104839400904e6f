// One department: its goals (and the sub-goals that serve them) as outline and diagram.
import { createMemo, createResource, createSignal, Show } from 'solid-js';
import { PeriodPicker, usePeriod } from '../../components/PeriodPicker.tsx';
import { treeForPeriod } from '../../domain/period-filter.ts';
import { api } from '../../client/api.ts';
import type { Locale } from '../../i18n/index.ts';
import { pageId, useLocale } from '../../components/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { TreeOutline } from '../../components/TreeOutline.tsx';
import { HierarchyDiagram } from '../../components/HierarchyDiagram.tsx';
import { GoalForm } from '../lazy.ts';
import { can, isAdmin } from '../../client/session.ts';
import type { LocaleKit } from '../../components/i18n.ts';

export default function DepartmentPage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const id = pageId();
  const [tree, { refetch }] = createResource(api.tree);
  const [adding, setAdding] = createSignal(false);
  const department = createMemo(() => tree.latest?.departments.find((d) => d.id === id) ?? null);
  const { period, setPeriod, today } = usePeriod();
  // The goals of the chosen period, every roll-up recomputed over them.
  const shown = createMemo(() => (tree.latest ? treeForPeriod(tree.latest, period()) : null));
  const ownCount = (goals: readonly { departmentId: string }[]) => goals.filter((g) => g.departmentId === id).length;
  // The department's top goals: its goals whose parent belongs to someone else (or the vision, or lies outside the period).
  const roots = createMemo(() => {
    const goals = shown()?.goals ?? [];
    const owner = new Map(goals.map((g) => [g.id, g.departmentId]));
    return goals.filter((g) => g.departmentId === id && (g.parentGoalId === null || owner.get(g.parentGoalId) !== id));
  });

  return (
    <Loaded data={tree} t={t} retry={refetch}>
      {(data) => (
        <Show when={department()} fallback={<p class="notice" role="alert">{t.common.notFound}</p>}>
          {(d) => (
            <>
              <nav aria-label="breadcrumb" class="breadcrumb">
                <a href={kit.href('/departments/')}>{t.departments.title}</a>
              </nav>
              <h1>{d().name}</h1>
              <p class="meta"><a href={kit.href('/team/', id)}>{t.measurement.openCircle}</a></p>
              <section aria-labelledby="dept-goals">
                <div class="section-head">
                  <h2 id="dept-goals">{t.departments.goalsOf(d().name)}</h2>
                  <Show when={!adding() && can('write', id) && ownCount(data.goals) > 0}>
                    <button type="button" class="primary" onClick={() => setAdding(true)}>{t.goals.add}</button>
                  </Show>
                </div>
                <Show when={adding()}>
                  <GoalForm
                    kit={kit}
                    departments={data.departments}
                    goals={data.goals}
                    defaults={{ departmentId: id, parentGoalId: null }}
                    onSaved={() => (setAdding(false), refetch())}
                    onCancel={() => setAdding(false)}
                  />
                </Show>
                <Show when={ownCount(data.goals)} fallback={<NextSteps kit={kit} departmentId={id} onAdd={() => setAdding(true)} adding={adding()} />}>
                  <PeriodPicker kit={kit} period={period()} today={today} onChange={setPeriod} shown={ownCount(shown()?.goals ?? [])} total={ownCount(data.goals)} />
                  <Show when={roots().length} fallback={<p class="hint">{t.goals.period.none}</p>}>
                    <TreeOutline tree={shown() ?? data} roots={roots()} kit={kit} label={t.departments.goalsOf(d().name)} />
                    <HierarchyDiagram tree={shown() ?? data} scope={{ departmentId: id }} kit={kit} />
                  </Show>
                </Show>
              </section>
            </>
          )}
        </Show>
      )}
    </Loaded>
  );
}

/** An empty department says what to do next: add a goal (for who may), invite an editor (for admins). */
function NextSteps(props: { kit: LocaleKit; departmentId: string; onAdd: () => void; adding: boolean }) {
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
              <button type="button" class="primary" onClick={() => props.onAdd()}>{t.goals.add}</button>
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
