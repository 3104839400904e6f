// The accessible HTML outline of a goal tree: nested lists of links, usable with the keyboard
// and by screen readers, shown as soon as the data arrives (before Mermaid loads).
import { createMemo, For, Show } from 'solid-js';
import type { GoalWithProgress, Tree } from '../domain/types.ts';
import type { LocaleKit } from './i18n.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { GoalStatusBadge, goalToneIn } from './StatusBadge.tsx';

export function TreeOutline(props: { tree: Tree; roots: GoalWithProgress[]; kit: LocaleKit; label: string }) {
  const index = createMemo(() => {
    const children = new Map<string, GoalWithProgress[]>();
    const measureCount = new Map<string, number>();
    for (const g of props.tree.goals) {
      if (!g.parentGoalId) continue;
      const list = children.get(g.parentGoalId);
      if (list) list.push(g);
      else children.set(g.parentGoalId, [g]);
    }
    for (const m of props.tree.measures) measureCount.set(m.goalId, (measureCount.get(m.goalId) ?? 0) + 1);
    const departments = new Map(props.tree.departments.map((d) => [d.id, d.name]));
    return { children, measureCount, departments };
  });

  const Item = (p: { goal: GoalWithProgress }) => {
    const kids = () => index().children.get(p.goal.id) ?? [];
    return (
      <li>
        <div class="outline-row">
          <a href={props.kit.href('/goal/', p.goal.id)}>{p.goal.title}</a>
          <span class="meta">
            {index().departments.get(p.goal.departmentId)} · {props.kit.t.diagram.measuresSummary(index().measureCount.get(p.goal.id) ?? 0)}
          </span>
          <ProgressBar progress={p.goal.progress} tone={goalToneIn(props.tree, p.goal)} t={props.kit.t} fmt={props.kit.fmt} label={`${props.kit.t.common.progress}: ${p.goal.title}`} />
          <GoalStatusBadge tree={props.tree} goal={p.goal} kit={props.kit} compact />
        </div>
        <Show when={kids().length}>
          <ul>
            <For each={kids()}>{(k) => <Item goal={k} />}</For>
          </ul>
        </Show>
      </li>
    );
  };

  return (
    <nav class="outline" aria-label={props.label}>
      <ul>
        <For each={props.roots}>{(g) => <Item goal={g} />}</For>
      </ul>
    </nav>
  );
}
