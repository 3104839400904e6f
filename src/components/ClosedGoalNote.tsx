// The note every view of a closed goal shows where its edit controls would be: how and when it
// was closed, and that it is read-only (closed goals are a record; src/domain/closed-goals.ts).
import { Show } from 'solid-js';
import type { Goal } from '../domain/types.ts';
import type { LocaleKit } from '../client/i18n.ts';

export function ClosedGoalNote(props: { kit: LocaleKit; goal: Pick<Goal, 'state' | 'closedAt'>; explain?: boolean }) {
  const r = () => props.kit.t.reviews;
  const day = () => (props.goal.closedAt ? props.kit.fmt.date(props.goal.closedAt.slice(0, 10)) : '—');
  const text = () => {
    const s = props.goal.state;
    if (s === 'carried') return r().carriedReadOnly(day());
    return r().closedReadOnly(s === 'achieved' || s === 'missed' || s === 'dropped' ? r().outcomes[s] : s, day());
  };
  return (
    <Show when={props.goal.state !== 'open'}>
      <p class="closed-note" data-closed-note>
        <strong>{text()}</strong>
        <Show when={props.explain}>
          {' '}
          <span class="meta">{r().readOnlyWhy}</span>
        </Show>
      </p>
    </Show>
  );
}
