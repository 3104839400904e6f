// Goals counted by status (closed ones by their outcome): a badge per status that occurs, with
// its count, in the order of the legend.
import { For, Show } from 'solid-js';
import { TONES, type Tone } from '../domain/status.ts';
import type { LocaleKit } from '../client/i18n.ts';
import { GoalStateBadge, StatusBadge } from './StatusBadge.tsx';

export function StatusCounts(props: { kit: LocaleKit; counts: Record<Tone, number>; label: string }) {
  const shown = () => TONES.filter((t) => props.counts[t] > 0);
  return (
    <ul class="status-counts" aria-label={props.label}>
      <For each={shown()}>
        {(tone) => (
          <li data-tone={tone}>
            <Show
              when={tone === 'dropped' || tone === 'carried' ? tone : null}
              fallback={<StatusBadge status={tone as Exclude<Tone, 'dropped' | 'carried'>} kit={props.kit} compact />}
            >
              {(s) => <GoalStateBadge state={s()} kit={props.kit} />}
            </Show>
            <span class="status-count">{props.counts[tone]}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
