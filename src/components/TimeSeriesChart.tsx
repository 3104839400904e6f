// A small SVG time-series chart: check-ins over time with reference lines (baseline, target),
// a target band (ranges), the expected-progress line and per-point uncertainty bands.
// Hand-written SVG rather than a charting library: it is a few KB, needs no canvas or eval
// (so the CSP stays strict), inherits the page's fonts and colours, and every value is also in
// the table beside it for screen readers.
import { For, Show, createMemo } from 'solid-js';
import { niceTicks } from '../client/chart-scale.ts';

export interface ChartPoint {
  date: string; // YYYY-MM-DD
  value: number;
  /** Optional uncertainty (e.g. a 95 % interval), drawn as a band. */
  low?: number | null;
  high?: number | null;
}

export interface ChartLine {
  label: string;
  from: { date: string; value: number };
  to: { date: string; value: number };
  kind: 'baseline' | 'target' | 'expected';
}

/** A further line drawn thinner beside the main one (e.g. one segment of a measure: phone, chat, e-mail). */
export interface ChartSeries {
  label: string;
  points: { date: string; value: number }[];
  /** CSS class of its stroke/fill colour; `chart-seg-<i>` by default. */
  className?: string;
}

export interface ChartProps {
  title: string;
  points: ChartPoint[];
  /** Further lines (additive: charts without them draw as before). */
  series?: ChartSeries[];
  lines?: ChartLine[];
  /** A horizontal band of acceptable values (range targets). */
  targetBand?: { low: number; high: number; label: string } | null;
  formatValue: (v: number) => string;
  formatDate: (iso: string) => string;
  width?: number;
  height?: number;
}

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function TimeSeriesChart(props: ChartProps) {
  const W = () => props.width ?? 720;
  const H = () => props.height ?? 280;
  const pad = { top: 16, right: 24, bottom: 36, left: 64 };

  const scale = createMemo(() => {
    const extra = (props.series ?? []).flatMap((s) => s.points);
    const times = [
      ...props.points.map((p) => toTime(p.date)),
      ...extra.map((p) => toTime(p.date)),
      ...(props.lines ?? []).flatMap((l) => [toTime(l.from.date), toTime(l.to.date)]),
    ];
    const values = [
      ...props.points.flatMap((p) => [p.value, p.low ?? p.value, p.high ?? p.value]),
      ...extra.map((p) => p.value),
      ...(props.lines ?? []).flatMap((l) => [l.from.value, l.to.value]),
      ...(props.targetBand ? [props.targetBand.low, props.targetBand.high] : []),
    ].filter(Number.isFinite);
    const t0 = times.length ? Math.min(...times) : Date.now();
    const t1 = times.length ? Math.max(...times) : t0 + DAY;
    const ticks = niceTicks(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1);
    const v0 = ticks[0] ?? 0;
    const v1 = ticks[ticks.length - 1] ?? 1;
    const x = (iso: string) => pad.left + ((toTime(iso) - t0) / Math.max(t1 - t0, DAY)) * (W() - pad.left - pad.right);
    const y = (v: number) => pad.top + (1 - (v - v0) / (v1 - v0 || 1)) * (H() - pad.top - pad.bottom);
    const dateTicks = [t0, t0 + (t1 - t0) / 2, t1].map((t) => new Date(t).toISOString().slice(0, 10));
    return { x, y, ticks, dateTicks };
  });

  const sorted = createMemo(() => [...props.points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  const path = () =>
    sorted()
      .map((p, i) => `${i ? 'L' : 'M'}${scale().x(p.date).toFixed(1)},${scale().y(p.value).toFixed(1)}`)
      .join(' ');
  const band = () => {
    const withBand = sorted().filter((p) => p.low != null && p.high != null);
    if (withBand.length < 1) return '';
    const s = scale();
    const upper = withBand.map((p, i) => `${i ? 'L' : 'M'}${s.x(p.date).toFixed(1)},${s.y(p.high!).toFixed(1)}`);
    const lower = [...withBand].reverse().map((p) => `L${s.x(p.date).toFixed(1)},${s.y(p.low!).toFixed(1)}`);
    return `${upper.join(' ')} ${lower.join(' ')} Z`;
  };

  return (
    <svg
      class="chart"
      viewBox={`0 0 ${W()} ${H()}`}
      role="img"
      aria-label={props.title}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{props.title}</title>
      <g class="chart-grid">
        <For each={scale().ticks}>
          {(v) => (
            <>
              <line x1={pad.left} x2={W() - pad.right} y1={scale().y(v)} y2={scale().y(v)} />
              <text x={pad.left - 8} y={scale().y(v)} text-anchor="end" dominant-baseline="middle">
                {props.formatValue(v)}
              </text>
            </>
          )}
        </For>
        <For each={scale().dateTicks}>
          {(d, i) => (
            <text x={scale().x(d)} y={H() - 12} text-anchor={i() === 0 ? 'start' : i() === 2 ? 'end' : 'middle'}>
              {props.formatDate(d)}
            </text>
          )}
        </For>
      </g>
      <Show when={props.targetBand}>
        {(b) => (
          <rect
            class="chart-target-band"
            x={pad.left}
            width={W() - pad.left - pad.right}
            y={scale().y(b().high)}
            height={Math.max(1, scale().y(b().low) - scale().y(b().high))}
          >
            <title>{b().label}</title>
          </rect>
        )}
      </Show>
      <For each={props.lines ?? []}>
        {(l) => (
          <line
            class={`chart-line chart-${l.kind}`}
            x1={scale().x(l.from.date)}
            y1={scale().y(l.from.value)}
            x2={scale().x(l.to.date)}
            y2={scale().y(l.to.value)}
          >
            <title>{l.label}</title>
          </line>
        )}
      </For>
      <Show when={band()}>
        <path class="chart-band" d={band()} />
      </Show>
      <For each={props.series ?? []}>
        {(s, i) => {
          const pts = () => [...s.points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
          const cls = () => s.className ?? `chart-seg-${i() % 6}`;
          return (
            <g class={`chart-extra ${cls()}`}>
              <path
                class="chart-extra-line"
                fill="none"
                d={pts()
                  .map((p, j) => `${j ? 'L' : 'M'}${scale().x(p.date).toFixed(1)},${scale().y(p.value).toFixed(1)}`)
                  .join(' ')}
              />
              <For each={pts()}>
                {(p) => (
                  <circle class="chart-extra-point" cx={scale().x(p.date)} cy={scale().y(p.value)} r="3">
                    <title>{`${s.label}, ${props.formatDate(p.date)}: ${props.formatValue(p.value)}`}</title>
                  </circle>
                )}
              </For>
            </g>
          );
        }}
      </For>
      <path class="chart-series" d={path()} fill="none" />
      <For each={sorted()}>
        {(p) => (
          <circle class="chart-point" cx={scale().x(p.date)} cy={scale().y(p.value)} r="4">
            <title>{`${props.formatDate(p.date)}: ${props.formatValue(p.value)}`}</title>
          </circle>
        )}
      </For>
    </svg>
  );
}
