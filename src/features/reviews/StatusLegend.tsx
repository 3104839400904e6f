// What the six statuses mean, folded away until asked for, with a link to the full rules.
// `key`: a diagram's legend, every colour and mark it can show in one line (the statuses and a
// closed goal's outcomes), always visible, with the meanings folded beneath.
import { For, Show } from 'solid-js';
import { STATUSES } from '../../domain/status.ts';
import { GoalStateBadge, StatusBadge } from '../../components/StatusBadge.tsx';
import type { LocaleKit } from '../../client/i18n.ts';

export function StatusLegend(props: { kit: LocaleKit; diagram?: boolean }) {
  const { t, href } = props.kit;
  return (
    <div class="status-legend-wrap" data-legend>
      <Show when={props.diagram}>
        <p class="status-key" aria-label={t.reviews.legendKey}>
          <span class="meta">{t.reviews.legendKey}:</span>
          <For each={STATUSES}>{(s) => <StatusBadge status={s} kit={props.kit} compact />}</For>
          <GoalStateBadge state="dropped" kit={props.kit} />
          <GoalStateBadge state="carried" kit={props.kit} />
        </p>
      </Show>
      <details class="status-legend no-print">
        <summary>{t.reviews.legendTitle}</summary>
        <dl>
          <For each={STATUSES}>
            {(s) => (
              <div>
                <dt>
                  <StatusBadge status={s} kit={props.kit} />
                </dt>
                <dd>{t.reviews.statusMeaning[s]}</dd>
              </div>
            )}
          </For>
        </dl>
        <p>
          <a href={href('/help/status/')}>{t.reviews.help.title}</a>
        </p>
      </details>
    </div>
  );
}
