// One department: its goals (and the sub-goals that serve them) as outline and diagram.
import { createMemo, createResource, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { Locale } from '../../i18n/index.ts';
import { pageId, useLocale } from '../../components/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { TreeOutline } from '../../components/TreeOutline.tsx';
import { HierarchyDiagram } from '../../components/HierarchyDiagram.tsx';
import { GoalForm } from '../lazy.ts';
import { can } from '../../client/session.ts';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';

export default function DepartmentPage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const id = pageId();
  const [tree, { refetch }] = createResource(api.tree);
  const panel = createInPlace<'goal'>('department');
  const department = createMemo(() => tree.latest?.departments.find((d) => d.id === id) ?? null);
  // The department's top goals: its goals whose parent belongs to someone else (or the vision).
  const roots = createMemo(() => {
    const goals = tree.latest?.goals ?? [];
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
                  <Show when={!panel.is('goal') && can('write', id)}>
                    <button type="button" class="primary" {...panel.opener('goal')} onClick={(e) => panel.open('goal', e)}>{t.goals.add}</button>
                  </Show>
                </div>
                <Show when={panel.is('goal')}>
                  <InPlaceForm onClose={panel.close}>
                  <GoalForm
                    kit={kit}
                    departments={data.departments}
                    goals={data.goals}
                    defaults={{ departmentId: id, parentGoalId: null }}
                    onSaved={() => (panel.close(), refetch())}
                    onCancel={panel.close}
                  />
                  </InPlaceForm>
                </Show>
                <Show when={roots().length} fallback={<p class="hint">{t.departments.noGoals}</p>}>
                  <TreeOutline tree={data} roots={roots()} kit={kit} label={t.departments.goalsOf(d().name)} />
                  <HierarchyDiagram tree={data} scope={{ departmentId: id }} kit={kit} />
                </Show>
              </section>
            </>
          )}
        </Show>
      )}
    </Loaded>
  );
}
