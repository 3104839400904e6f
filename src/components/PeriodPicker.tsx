// The period a page shows (overview, department): the current quarter by default, a year, or all.
// The choice lives in the URL (?period=2026-Q4 | 2026 | all), so a link shows the same goals.
import { createSignal, For } from 'solid-js';
import { periodContaining } from '../domain/cadence.ts';
import { periodChoiceLabel, periodOptions, readPeriodChoice, type PeriodChoice } from '../domain/period-filter.ts';
import type { LocaleKit } from '../client/i18n.ts';
import { localToday } from '../client/local-today.ts';

/** The period from the URL, as a signal that the picker updates (and writes back to the URL). */
export function usePeriod() {
  const today = localToday();
  const fromUrl = () => (typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('period'));
  const [period, setPeriodSignal] = createSignal<PeriodChoice>(readPeriodChoice(fromUrl(), today));
  const setPeriod = (p: PeriodChoice) => {
    setPeriodSignal(p);
    const url = new URL(location.href);
    url.searchParams.set('period', periodChoiceLabel(p));
    history.replaceState(history.state, '', url);
  };
  return { period, setPeriod, today };
}

export function PeriodPicker(props: {
  kit: LocaleKit;
  period: PeriodChoice;
  today: string;
  onChange: (p: PeriodChoice) => void;
  shown: number;
  total: number;
}) {
  const tp = () => props.kit.t.goals.period;
  const current = () => periodContaining(props.today, 'quarter').label;
  const name = (p: PeriodChoice) =>
    p === 'all'
      ? tp().all
      : p.kind === 'year'
        ? tp().year(p.label)
        : p.label === current()
          ? tp().thisQuarter(p.label)
          : p.label;
  const options = () => periodOptions(props.today, props.period);
  return (
    <div class="period-picker">
      <label>
        {tp().label}{' '}
        <select
          name="period"
          value={periodChoiceLabel(props.period)}
          onChange={(e) => props.onChange(readPeriodChoice(e.currentTarget.value, props.today))}
        >
          <For each={options()}>{(p) => <option value={periodChoiceLabel(p)}>{name(p)}</option>}</For>
        </select>
      </label>
      <span class="meta" aria-live="polite">
        {tp().shown(props.shown, props.total)}
      </span>
    </div>
  );
}
