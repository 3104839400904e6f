// The team page: a department's (or the whole organisation's) measures in the influence circle.
// The team huddle shows only what the team can influence (inside and on the edge); leadership
// views show all three rings. `?id=<department>&view=huddle` can be bookmarked.
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import type { Influence } from '../../domain/measurement-terms.ts';
import type { Locale } from '../../i18n/index.ts';
import { pageId, useLocale } from '../../client/i18n.ts';
import { localToday } from '../../client/local-today.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { InfluenceCircle, InfluenceLists, RINGS } from './InfluenceCircle.tsx';
import { StatusLegend } from '../reviews/StatusLegend.tsx';

type View = 'all' | 'huddle';
const HUDDLE: readonly Influence[] = ['direct', 'partial'];

export default function TeamPage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t } = kit;
  const tm = t.measurement;
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const [department, setDepartment] = createSignal(pageId());
  const [view, setView] = createSignal<View>(params.get('view') === 'huddle' ? 'huddle' : 'all');
  // The departments for the choice, then only the chosen scope's measures (an unknown id: the whole organisation).
  const [departments, { refetch }] = createResource(() => api.departments.list());
  const scope = () => {
    const list = departments.latest;
    return list ? { departmentId: list.some((d) => d.id === department()) ? department() : undefined } : undefined;
  };
  const [circle] = createResource(scope, (s) => api.influence({ ...s, today: localToday() }));

  /** Keeps the choice in the address, so a team can bookmark its huddle view. */
  function remember() {
    const q = new URLSearchParams();
    if (department()) q.set('id', department());
    if (view() === 'huddle') q.set('view', 'huddle');
    history.replaceState(null, '', `${location.pathname}${q.size ? `?${q}` : ''}`);
  }

  return (
    <Loaded data={departments} t={t} retry={refetch}>
      {(list) => {
        const dept = () => list.find((d) => d.id === department()) ?? null;
        // The answer for the scope chosen now (while another loads, "Loading…" rather than the old scope's).
        const data = () => {
          const c = circle.latest;
          return c && c.departmentId === (scope()?.departmentId ?? null) ? c : undefined;
        };
        const goals = createMemo(() => new Map((data()?.goals ?? []).map((g) => [g.id, g])));
        const measures = () => data()?.measures ?? [];
        const rings = () => (view() === 'huddle' ? HUDDLE : RINGS);
        const shown = () => measures().filter((m) => rings().includes(m.influence));
        const count = (r: Influence) => measures().filter((m) => m.influence === r).length;
        const scopeName = () => dept()?.name ?? tm.wholeOrganisation;
        return (
          <article>
            <Show when={dept()}>
              <nav aria-label="breadcrumb" class="breadcrumb">
                <a href={kit.href('/department/', dept()!.id)}>{dept()!.name}</a>
              </nav>
            </Show>
            <h1>{tm.circleTitle(scopeName())}</h1>
            <p class="lede">{tm.teamIntro}</p>
            <div class="card form team-controls">
              <div class="field">
                <label for="team-scope">{tm.scope}</label>
                <select id="team-scope" onChange={(e) => (setDepartment(e.currentTarget.value), remember())}>
                  <option value="" selected={!dept()}>
                    {tm.wholeOrganisation}
                  </option>
                  <For each={list}>
                    {(d) => (
                      <option value={d.id} selected={d.id === dept()?.id}>
                        {d.name}
                      </option>
                    )}
                  </For>
                </select>
              </div>
              <fieldset class="views">
                <legend>{tm.view}</legend>
                <For each={['huddle', 'all'] as const}>
                  {(v) => (
                    <label>
                      <input
                        type="radio"
                        name="view"
                        value={v}
                        checked={view() === v}
                        onChange={() => (setView(v), remember())}
                      />{' '}
                      {tm.views[v]}
                    </label>
                  )}
                </For>
              </fieldset>
            </div>
            <Show when={data()} fallback={<p class="hint">{circle.error ? t.common.loadFailed : t.common.loading}</p>}>
              <Show when={measures().length} fallback={<p class="hint">{tm.empty}</p>}>
                <InfluenceCircle
                  kit={kit}
                  measures={shown()}
                  rings={rings()}
                  title={tm.circleTitle(scopeName())}
                  description={
                    view() === 'huddle'
                      ? tm.circleDescHuddle(count('direct'), count('partial'))
                      : tm.circleDesc(count('direct'), count('partial'), count('none'))
                  }
                />
                <StatusLegend kit={kit} diagram />
                <Show when={view() === 'huddle' && count('none') > 0}>
                  <p class="hint">{tm.hiddenOutside(count('none'))}</p>
                </Show>
                <InfluenceLists kit={kit} measures={shown()} rings={rings()} goals={goals()} />
              </Show>
            </Show>
          </article>
        );
      }}
    </Loaded>
  );
}
