// The measure chart with its samples: each check-in's 95 % interval drawn as a band, and one line
// per segment (phone, chat, e-mail…) beside the volume-weighted value.
import { createMemo } from 'solid-js';
import type { CheckIn, Measure } from '../../domain/types.ts';
import type { ChartPoint, ChartSeries } from '../../components/TimeSeriesChart.tsx';
import type { LocaleKit } from '../../client/i18n.ts';
import { MeasureChart } from './MeasureChart.tsx';
import { createSegments } from './segments-store.ts';

/** Chart points with each check-in's interval as the band. */
export const bandPoints = (checkIns: readonly CheckIn[]): ChartPoint[] =>
  checkIns.map((c) => ({ date: c.date, value: c.value, low: c.interval?.low ?? null, high: c.interval?.high ?? null }));

/** One series per segment that has values, named by the segment (its id until the names arrive). */
export function segmentSeries(checkIns: readonly CheckIn[], names: ReadonlyMap<string, string>): ChartSeries[] {
  const by = new Map<string, { date: string; value: number }[]>();
  for (const c of checkIns)
    for (const s of c.segments) by.set(s.segmentId, [...(by.get(s.segmentId) ?? []), { date: c.date, value: s.value }]);
  return [...by]
    .map(([id, points]) => ({ label: names.get(id) ?? id, points }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function SampleChart(props: { kit: LocaleKit; measure: Measure; checkIns: CheckIn[] }) {
  const segmented = () => props.checkIns.some((c) => c.segments.length > 0);
  const [segments] = createSegments(() => (segmented() ? props.measure.id : ''));
  const names = createMemo(() => new Map((segmented() ? (segments() ?? []) : []).map((s) => [s.id, s.name])));
  const series = createMemo(() => (segmented() && segments() ? segmentSeries(props.checkIns, names()) : []));
  return (
    <MeasureChart
      kit={props.kit}
      measure={props.measure}
      checkIns={props.checkIns}
      points={bandPoints(props.checkIns)}
      series={series()}
    />
  );
}
