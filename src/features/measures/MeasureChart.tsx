// A measure's check-ins over time, against its baseline, target and expected progress.
import { For, Show } from 'solid-js';
import type { CheckIn, Measure } from '../../domain/types.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import {
  TimeSeriesChart,
  type ChartLine,
  type ChartPoint,
  type ChartSeries,
} from '../../components/TimeSeriesChart.tsx';

export function referenceLines(m: Measure, t: LocaleKit['t']): ChartLine[] {
  const span = (value: number, label: string, kind: ChartLine['kind']): ChartLine => ({
    label,
    kind,
    from: { date: m.baselineDate, value },
    to: { date: m.targetDate, value },
  });
  const lines: ChartLine[] = [span(m.baseline, t.checkIns.baselineLine, 'baseline')];
  if (m.target !== null) lines.push(span(m.target, t.checkIns.targetLine, 'target'));
  // Linear expectation from baseline to target: what "on track" means at each date.
  if ((m.direction === 'increase' || m.direction === 'decrease') && m.target !== null)
    lines.push({
      label: t.checkIns.expectedLine,
      kind: 'expected',
      from: { date: m.baselineDate, value: m.baseline },
      to: { date: m.targetDate, value: m.target },
    });
  return lines;
}

export function MeasureChart(props: {
  kit: LocaleKit;
  measure: Measure;
  checkIns: CheckIn[];
  points?: ChartPoint[];
  series?: ChartSeries[];
}) {
  const { t, fmt } = props.kit;
  const m = () => props.measure;
  return (
    <figure class="measure-chart">
      <TimeSeriesChart
        title={t.checkIns.chart(m().name)}
        points={props.points ?? props.checkIns.map((c) => ({ date: c.date, value: c.value }))}
        series={props.series}
        lines={referenceLines(m(), t)}
        targetBand={
          m().direction === 'range' && m().targetLow !== null && m().targetHigh !== null
            ? { low: m().targetLow!, high: m().targetHigh!, label: t.checkIns.acceptableRange }
            : null
        }
        formatValue={fmt.number}
        formatDate={fmt.date}
      />
      <figcaption>
        <ul class="chart-legend">
          <li>
            <span class="swatch" style={{ 'border-color': 'var(--brand)' }} />
            {t.checkIns.values}
          </li>
          <Show when={props.points?.some((p) => p.low != null && p.high != null)}>
            <li>
              <span class="swatch band" />
              {t.measurement.intervalBand}
            </li>
          </Show>
          <For each={props.series ?? []}>
            {(s, i) => (
              <li>
                <span class={`swatch ${s.className ?? `chart-seg-${i() % 6}`}`} />
                {s.label}
              </li>
            )}
          </For>
          <li>
            <span class="swatch" style={{ 'border-color': 'var(--muted)', 'border-top-style': 'dashed' }} />
            {t.checkIns.baselineLine}
          </li>
          <Show when={m().target !== null}>
            <li>
              <span class="swatch" style={{ 'border-color': 'var(--green)', 'border-top-style': 'dashed' }} />
              {t.checkIns.targetLine}
            </li>
          </Show>
          <Show when={m().direction === 'increase' || m().direction === 'decrease'}>
            <li>
              <span class="swatch" style={{ 'border-color': 'var(--yellow)', 'border-top-style': 'dotted' }} />
              {t.checkIns.expectedLine}
            </li>
          </Show>
          <Show when={m().direction === 'range'}>
            <li>
              <span
                class="swatch"
                style={{ 'border-color': 'var(--green)', 'border-top-width': '8px', opacity: 0.3 }}
              />
              {t.checkIns.acceptableRange}
            </li>
          </Show>
        </ul>
      </figcaption>
    </figure>
  );
}
