// The overview: vision, the goal tree as an outline, and the hierarchy diagram.
import { createMemo, createResource, Show } from 'solid-js';
import { PeriodPicker, usePeriod } from '../../components/PeriodPicker.tsx';
import { periodChoiceLabel } from '../../domain/period-filter.ts';
import { ExportMenu } from '../../components/ExportMenu.tsx';
import { treeForPeriod } from '../../domain/period-filter.ts';
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
  const { period, setPeriod, today } = usePeriod();
  // The goals of the chosen period, every roll-up (the vision's too) recomputed over them.
  const shown = createMemo(() => (tree.latest ? treeForPeriod(tree.latest, period()) : null));
  const roots = () => {
    const s = shown();
    if (!s) return [];
    const ids = new Set(s.goals.map((g) => g.id));
    return s.goals.filter((g) => g.parentGoalId === null || !ids.has(g.parentGoalId));
  };

  return (
    <Loaded data={tree} t={t} retry={refetch}>
      {(data) => (
        <>
          <VisionPanel kit={kit} vision={data.vision} progress={(shown() ?? data).progress} onSaved={refetch} />
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
              <PeriodPicker kit={kit} period={period()} today={today} onChange={setPeriod} shown={(shown() ?? data).goals.length} total={data.goals.length} />
              <ExportMenu locale={props.locale} view="goals" filters={{ period: periodChoiceLabel(period()) }} />
              <Show when={(shown() ?? data).goals.length > 0} fallback={<p class="hint">{t.goals.period.none}</p>}>
                <TreeOutline tree={shown() ?? data} roots={roots()} kit={kit} label={t.diagram.outline} />
                <HierarchyDiagram tree={shown() ?? data} kit={kit} />
              </Show>
            </Show>
          </section>
        </>
      )}
    </Loaded>
  );
}
