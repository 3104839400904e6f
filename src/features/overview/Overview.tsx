// The overview: vision, the first levels of the goal tree as an outline (deeper levels open on
// demand), and the hierarchy diagram, all from the part of the tree of the chosen period.
import { createResource, Show } from 'solid-js';
import { PeriodPicker, usePeriod } from '../../components/PeriodPicker.tsx';
import { periodChoiceLabel } from '../../domain/period-filter.ts';
import { scopeRoots } from '../../domain/tree-scope.ts';
import { ExportMenu } from '../../components/ExportMenu.tsx';
import { api } from '../../client/api.ts';
import type { Locale } from '../../i18n/index.ts';
import { useLocale } from '../../client/i18n.ts';
import { LoadedInPlace } from '../../components/Loaded.tsx';
import { TreeOutline } from '../../components/TreeOutline.tsx';
import { HierarchyDiagram } from '../../components/HierarchyDiagram.tsx';
import { VisionPanel } from './VisionPanel.tsx';
import { GoalForm } from '../lazy.ts';
import { useGoalList } from '../goals/goal-list.ts';
import { canWriteSomewhere } from '../../client/session.ts';
import { QualityBalance } from '../measures/QualityBalance.tsx';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';
import { OUTLINE_DEPTH } from './outline-depth.ts';

export default function Overview(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const panel = createInPlace<'goal'>('overview');
  const { period, setPeriod, today } = usePeriod();
  // The goals of the chosen period, every roll-up (the vision's too) computed over them on the server.
  const [tree, { refetch }] = createResource(
    () => periodChoiceLabel(period()),
    (p) => api.treePart({ period: p, depth: OUTLINE_DEPTH }),
  );
  const [quality, quality$] = createResource(() => api.qualityLevels());
  const goals = useGoalList(() => panel.is('goal'));
  const load = (goal: string) => api.treePart({ goal, period: periodChoiceLabel(period()), depth: OUTLINE_DEPTH });
  const saved = () => (panel.close(), refetch(), quality$.refetch());

  return (
    <LoadedInPlace data={tree} t={t} retry={refetch}>
      {(data) => (
        <>
          <VisionPanel kit={kit} vision={data().vision} progress={data().progress} onSaved={refetch} />
          <Show when={quality()}>{(q) => <QualityBalance kit={kit} spread={q()} />}</Show>
          <section aria-labelledby="goals-heading">
            <div class="section-head">
              <h2 id="goals-heading">{t.goals.goals}</h2>
              <Show when={data().departments.length > 0 && !panel.is('goal') && canWriteSomewhere()}>
                <button type="button" class="primary" {...panel.opener('goal')} onClick={(e) => panel.open('goal', e)}>
                  {t.goals.addTop}
                </button>
              </Show>
            </div>
            <Show when={data().departments.length === 0}>
              <p class="notice">
                {t.goals.needDepartment} <a href={kit.href('/departments/')}>{t.nav.departments}</a>
              </p>
            </Show>
            <Show when={panel.is('goal')}>
              <InPlaceForm onClose={panel.close}>
                <Show when={goals()} fallback={<p class="hint">{t.common.loading}</p>}>
                  {(all) => (
                    <GoalForm
                      kit={kit}
                      departments={data().departments}
                      goals={all()}
                      defaults={{ parentGoalId: null }}
                      onSaved={saved}
                      onCancel={panel.close}
                    />
                  )}
                </Show>
              </InPlaceForm>
            </Show>
            <Show when={data().goalCount.total > 0} fallback={<p class="hint">{t.goals.none}</p>}>
              <PeriodPicker
                kit={kit}
                period={period()}
                today={today}
                onChange={setPeriod}
                shown={data().goalCount.inPeriod}
                total={data().goalCount.total}
              />
              <ExportMenu locale={props.locale} view="goals" filters={{ period: periodChoiceLabel(period()) }} />
              <Show when={data().goals.length > 0} fallback={<p class="hint">{t.goals.period.none}</p>}>
                <TreeOutline
                  tree={data()}
                  roots={scopeRoots(data().goals, {})}
                  kit={kit}
                  label={t.diagram.outline}
                  load={load}
                />
                <HierarchyDiagram tree={data()} kit={kit} />
              </Show>
            </Show>
          </section>
        </>
      )}
    </LoadedInPlace>
  );
}
