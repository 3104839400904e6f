// The influence circle (seed 001) as an accessible SVG: inside the circle the measures the front
// line moves directly, on its edge the ones it moves partly, outside the ones it cannot move.
// Every measure is a focusable link with its progress; the SVG has a title and a description,
// and the same grouping follows as lists (InfluenceLists).
import { createMemo, For, Show } from 'solid-js';
import type { Influence } from '../../domain/measurement-terms.ts';
import type { Goal, InfluenceMeasure } from '../../domain/types.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { TONE_ICONS } from '../../client/status-icons.ts';
import { layoutCircle, PILL, PILL_CHARS, RING_LABEL, wrapLabel } from './influence-layout.ts';

export const RINGS: readonly Influence[] = ['direct', 'partial', 'none'];

export function InfluenceCircle(props: {
  kit: LocaleKit;
  measures: InfluenceMeasure[];
  rings: readonly Influence[];
  title: string;
  description: string;
}) {
  const { t, fmt, href } = props.kit;
  const tm = t.measurement;
  const byRing = createMemo(() => props.rings.map((r) => props.measures.filter((m) => m.influence === r)));
  const layout = createMemo(() => layoutCircle(byRing().map((l) => l.length)));
  const size = () => layout().extent * 2;
  const c = () => layout().extent;
  // The pill's colour and mark are the measure's status, the same as its badge elsewhere.
  const label = (m: InfluenceMeasure) => {
    const shown = wrapLabel(m.name, PILL_CHARS).join(' ');
    const progress = `${fmt.progress(m.progress, t.common.noData)}, ${t.reviews.status[m.status]}`;
    return tm.measureLabel(shown, shown === m.name ? null : m.name, progress, tm.rings[m.influence]);
  };

  return (
    <figure class="influence-figure">
      <svg
        class="influence-circle"
        viewBox={`0 0 ${size()} ${size()}`}
        role="group"
        aria-labelledby="influence-title"
        aria-describedby="influence-desc"
        style={{ 'max-width': `${size()}px` }}
      >
        <title id="influence-title">{props.title}</title>
        <desc id="influence-desc">{props.description}</desc>
        {/* Rings from the outside in, so each inner one is painted over the ring around it. */}
        <For each={[...props.rings.keys()].reverse()}>
          {(i) => (
            <g aria-hidden="true">
              <circle class={`ring ring-${props.rings[i]}`} cx={c()} cy={c()} r={layout().radii[i]} />
            </g>
          )}
        </For>
        <For each={props.rings}>
          {(ring, i) => (
            <g role="list" aria-label={tm.ringGroup(tm.rings[ring], byRing()[i()]!.length)}>
              <text
                class="ring-label"
                aria-hidden="true"
                x={c()}
                y={c() - layout().radii[i()]! + PILL.margin + RING_LABEL.height / 2 + 4}
                text-anchor="middle"
              >
                {tm.rings[ring]}
              </text>
              <For each={byRing()[i()]}>
                {(m, j) => {
                  const at = () => layout().slots[i()]![j()]!;
                  const x = () => c() + at().x - PILL.width / 2;
                  const y = () => c() + at().y - PILL.height / 2;
                  return (
                    // The class sits on the <g>: Solid would set `className` on an <a>, read-only in SVG.
                    <g role="listitem" class={`pill tone-${m.status}`}>
                      <a href={href('/measure/', m.id)} aria-label={label(m)}>
                        <title>{label(m)}</title>
                        <rect x={x()} y={y()} width={PILL.width} height={PILL.height} rx={PILL.height / 2} />
                        <text
                          class="pill-dot"
                          x={x() + 14}
                          y={y() + PILL.height / 2}
                          dy="0.35em"
                          text-anchor="middle"
                          aria-hidden="true"
                        >
                          {TONE_ICONS[m.status]}
                        </text>
                        <text x={x() + 26} y={y() + PILL.height / 2} aria-hidden="true">
                          <For each={wrapLabel(m.name, PILL_CHARS)}>
                            {(line, k) => (
                              <tspan
                                x={x() + 26}
                                dy={
                                  k() === 0
                                    ? wrapLabel(m.name, PILL_CHARS).length === 1
                                      ? '0.35em'
                                      : '-0.25em'
                                    : '1.2em'
                                }
                              >
                                {/* a trailing space, so the lines read as words (and apart from the progress) */}
                                {`${line} `}
                              </tspan>
                            )}
                          </For>
                        </text>
                        <text
                          class="pill-progress"
                          x={x() + PILL.width - 12}
                          y={y() + PILL.height / 2}
                          dominant-baseline="central"
                          text-anchor="end"
                          aria-hidden="true"
                        >
                          {fmt.progress(m.progress, '–')}
                        </text>
                      </a>
                    </g>
                  );
                }}
              </For>
            </g>
          )}
        </For>
      </svg>
    </figure>
  );
}

/** The same rings as lists: every measure with its goal, latest value and progress. */
export function InfluenceLists(props: {
  kit: LocaleKit;
  measures: InfluenceMeasure[];
  rings: readonly Influence[];
  goals: Map<string, Pick<Goal, 'id' | 'title'>>;
}) {
  const { t, fmt, href } = props.kit;
  const tm = t.measurement;
  return (
    <section class="influence-lists" aria-labelledby="influence-lists-heading">
      <h2 id="influence-lists-heading">{tm.asList}</h2>
      <div class="ring-columns">
        <For each={props.rings}>
          {(ring) => {
            const list = () => props.measures.filter((m) => m.influence === ring);
            return (
              <section class={`ring-column ring-${ring}`} aria-labelledby={`ring-${ring}-heading`}>
                <h3 id={`ring-${ring}-heading`}>
                  {tm.rings[ring]} <span class="meta">({list().length})</span>
                </h3>
                <p class="hint">{tm.ringHints[ring]}</p>
                <Show when={list().length} fallback={<p class="hint">—</p>}>
                  <ul class="list">
                    <For each={list()}>
                      {(m) => (
                        <li>
                          <a href={href('/measure/', m.id)}>{m.name}</a>
                          <span class="meta"> · {props.goals.get(m.goalId)?.title}</span>
                          <br />
                          <ProgressBar
                            progress={m.progress}
                            tone={m.status}
                            t={t}
                            fmt={fmt}
                            label={`${t.common.progress}: ${m.name}`}
                          />
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </section>
            );
          }}
        </For>
      </div>
    </section>
  );
}
