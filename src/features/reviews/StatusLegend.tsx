// What the six statuses mean, folded away until asked for, with a link to the full rules.
import { For } from 'solid-js';
import { STATUSES } from '../../domain/status.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import type { LocaleKit } from '../../components/i18n.ts';

export function StatusLegend(props: { kit: LocaleKit }) {
  const { t, href } = props.kit;
  return (
    <details class="status-legend no-print">
      <summary>{t.reviews.legendTitle}</summary>
      <dl>
        <For each={STATUSES}>
          {(s) => (
            <div>
              <dt><StatusBadge status={s} kit={props.kit} /></dt>
              <dd>{t.reviews.statusMeaning[s]}</dd>
            </div>
          )}
        </For>
      </dl>
      <p><a href={href('/help/status/')}>{t.reviews.help.title}</a></p>
    </details>
  );
}
