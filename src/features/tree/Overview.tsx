// The overview: vision, the goal tree as an outline, and the hierarchy diagram.
import { createResource, Show } from 'solid-js';
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
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';

export default function Overview(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const [tree, { refetch }] = createResource(api.tree);
  const panel = createInPlace<'goal'>('overview');

  return (
    <Loaded data={tree} t={t} retry={refetch}>
      {(data) => (
        <>
          <VisionPanel kit={kit} vision={data.vision} progress={data.progress} onSaved={refetch} />
          <QualityBalance kit={kit} measures={data.measures} />
          <section aria-labelledby="goals-heading">
            <div class="section-head">
              <h2 id="goals-heading">{t.goals.goals}</h2>
              <Show when={data.departments.length > 0 && !panel.is('goal') && canWriteSomewhere()}>
                <button type="button" class="primary" {...panel.opener('goal')} onClick={(e) => panel.open('goal', e)}>{t.goals.addTop}</button>
              </Show>
            </div>
            <Show when={data.departments.length === 0}>
              <p class="notice">
                {t.goals.needDepartment} <a href={kit.href('/departments/')}>{t.nav.departments}</a>
              </p>
            </Show>
            <Show when={panel.is('goal')}>
              <InPlaceForm onClose={panel.close}>
              <GoalForm
                kit={kit}
                departments={data.departments}
                goals={data.goals}
                defaults={{ parentGoalId: null }}
                onSaved={() => {
                  panel.close();
                  refetch();
                }}
                onCancel={panel.close}
              />
              </InPlaceForm>
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
