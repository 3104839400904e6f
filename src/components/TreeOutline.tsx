// The accessible HTML outline of a goal tree: nested lists of links, usable with the keyboard
// and by screen readers, shown as soon as the data arrives (before Mermaid loads). A page loads
// only the first levels: a goal whose sub-goals were left out (`hidden`) gets a button that
// loads its subtree (`load`) and opens it; every goal with sub-goals can be closed and opened.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import type { GoalWithProgress, Tree } from '../domain/types.ts';
import type { LocaleKit } from '../client/i18n.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { GoalStatusBadge, goalToneIn } from './StatusBadge.tsx';

export function TreeOutline(props: {
  tree: Tree;
  roots: GoalWithProgress[];
  kit: LocaleKit;
  label: string;
  /** Loads a goal's subtree (its first levels) when the outline opens a goal whose sub-goals were left out. */
  load?: (goalId: string) => Promise<Tree>;
}) {
  // Subtrees loaded on demand, by the goal they were opened at; a new tree (another period, a
  // save) starts again from what it holds.
  const [loaded, setLoaded] = createSignal<ReadonlyMap<string, Tree>>(new Map());
  createEffect(
    on(
      () => props.tree,
      () => setLoaded(new Map()),
      { defer: true },
    ),
  );
  const [closed, setClosed] = createSignal<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = createSignal<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = createSignal<ReadonlySet<string>>(new Set());
  const toggled = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  const index = createMemo(() => {
    const children = new Map<string, GoalWithProgress[]>();
    const measureCount = new Map<string, number>();
    // Each goal is judged (status, colour) within the tree it came with: the page's, or the
    // subtree loaded for it; both give every goal the whole tree's numbers.
    const treeOf = new Map<string, Tree>();
    const add = (tree: Tree, skip: string | null) => {
      for (const g of tree.goals) {
        if (g.id === skip) continue;
        treeOf.set(g.id, tree);
        if (!g.parentGoalId) continue;
        const list = children.get(g.parentGoalId);
        if (list) list.push(g);
        else children.set(g.parentGoalId, [g]);
      }
      for (const m of tree.measures)
        if (treeOf.get(m.goalId) === tree) measureCount.set(m.goalId, (measureCount.get(m.goalId) ?? 0) + 1);
    };
    add(props.tree, null);
    for (const [goalId, part] of loaded()) add(part, goalId);
    const departments = new Map(props.tree.departments.map((d) => [d.id, d.name]));
    return { children, measureCount, departments, treeOf };
  });

  async function open(goal: GoalWithProgress) {
    setClosed((s) => toggled(s, goal.id, false));
    if (!goal.hidden || loaded().has(goal.id) || !props.load || busy().has(goal.id)) return;
    setBusy((s) => toggled(s, goal.id, true));
    setFailed((s) => toggled(s, goal.id, false));
    try {
      const part = await props.load(goal.id);
      setLoaded((m) => new Map(m).set(goal.id, part));
    } catch {
      setFailed((s) => toggled(s, goal.id, true));
    } finally {
      setBusy((s) => toggled(s, goal.id, false));
    }
  }

  const Item = (p: { goal: GoalWithProgress }) => {
    const kit = props.kit;
    const tree = () => index().treeOf.get(p.goal.id) ?? props.tree;
    const kids = () => index().children.get(p.goal.id) ?? [];
    const count = () => kids().length || (p.goal.hidden?.count ?? 0);
    // Open unless closed by hand; a goal whose sub-goals are not loaded yet starts closed.
    const isOpen = () => !closed().has(p.goal.id) && kids().length > 0;
    const listId = `outline-${p.goal.id}`;
    return (
      <li>
        <div class="outline-row">
          <a href={kit.href('/goal/', p.goal.id)}>{p.goal.title}</a>
          <span class="meta">
            {index().departments.get(p.goal.departmentId)} ·{' '}
            {kit.t.diagram.measuresSummary(index().measureCount.get(p.goal.id) ?? 0)}
          </span>
          <ProgressBar
            progress={p.goal.progress}
            tone={goalToneIn(tree(), p.goal)}
            t={kit.t}
            fmt={kit.fmt}
            label={`${kit.t.common.progress}: ${p.goal.title}`}
          />
          <GoalStatusBadge tree={tree()} goal={p.goal} kit={kit} compact />
          <Show when={count() > 0}>
            <button
              type="button"
              class="outline-toggle"
              aria-expanded={isOpen()}
              aria-controls={isOpen() ? listId : undefined}
              aria-busy={busy().has(p.goal.id) || undefined}
              data-outline-toggle={p.goal.id}
              onClick={() => (isOpen() ? setClosed((s) => toggled(s, p.goal.id, true)) : void open(p.goal))}
            >
              <span aria-hidden="true">{isOpen() ? '▾' : '▸'}</span>{' '}
              {isOpen() ? kit.t.diagram.collapse(count()) : kit.t.diagram.expand(count())}
              <span class="visually-hidden"> {kit.t.diagram.ofGoal(p.goal.title)}</span>
            </button>
          </Show>
          <Show when={busy().has(p.goal.id)}>
            <span class="hint" aria-live="polite">
              {kit.t.common.loading}
            </span>
          </Show>
          <Show when={failed().has(p.goal.id)}>
            <span class="notice" role="alert">
              {kit.t.common.loadFailed}
            </span>
          </Show>
        </div>
        <Show when={isOpen()}>
          <ul id={listId}>
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
