// The overview: vision, the goal tree as an outline, and the hierarchy diagram.
import { createResource, createSignal, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { Locale } from '../../i18n/index.ts';
import { useLocale } from '../../components/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { TreeOutline } from '../../components/TreeOutline.tsx';
import { HierarchyDiagram } from '../../components/HierarchyDiagram.tsx';
import { VisionPanel } from './VisionPanel.tsx';
import { GoalForm } from '../lazy.ts';
import { canWriteSomewhere } from '../../client/session.ts';
import { QualityBalance } from '../measurement/QualityBalance.tsx';

export default function Overview(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const [tree, { refetch }] = createResource(api.tree);
  const [adding, setAdding] = createSignal(false);

  return (
    <Loaded data={tree} t={t} retry={refetch}>
      {(data) => (
        <>
          <VisionPanel kit={kit} vision={data.vision} progress={data.progress} onSaved={refetch} />
          <QualityBalance kit={kit} measures={data.measures} />
          <section aria-labelledby="goals-heading">
            <div class="section-head">
              <h2 id="goals-heading">{t.goals.goals}</h2>
              <Show when={data.departments.length > 0 && !adding() && canWriteSomewhere()}>
                <button type="button" class="primary" onClick={() => setAdding(true)}>{t.goals.addTop}</button>
              </Show>
            </div>
            <Show when={data.departments.length === 0}>
              <p class="notice">
                {t.goals.needDepartment} <a href={kit.href('/departments/')}>{t.nav.departments}</a>
              </p>
            </Show>
            <Show when={adding()}>
              <GoalForm
                kit={kit}
                departments={data.departments}
                goals={data.goals}
                defaults={{ parentGoalId: null }}
                onSaved={() => {
                  setAdding(false);
                  refetch();
                }}
                onCancel={() => setAdding(false)}
              />
            </Show>
            <Show when={data.goals.length > 0} fallback={<p class="hint">{t.goals.none}</p>}>
              <TreeOutline tree={data} roots={data.goals.filter((g) => g.parentGoalId === null)} kit={kit} label={t.diagram.outline} />
              <HierarchyDiagram tree={data} kit={kit} />
            </Show>
          </section>
        </>
      )}
    </Loaded>
  );
}
