// One part of the tree, for the pages that show only that part: a goal's subtree, a department's
// goals, the first levels. Pure. The roll-ups are not recomputed here: every goal keeps the
// progress the whole (period) tree gave it, and a goal whose sub-goals are left out carries their
// folds (`hidden`), so `foldGoals`/`assessTree` over the part give each goal exactly the numbers
// and status it has in the whole tree.
import { SUPERSEDED_STATES, foldGoals, type GoalFold } from './progress.ts';
import type { GoalWithProgress, ScopedTree, Tree } from './types.ts';

export interface TreeScope {
  /** A goal and everything below it (its ancestors come as context, for breadcrumbs). */
  goalId?: string;
  /** A department's top goals (its goals whose parent belongs to another department or the vision) and what lies below them. */
  departmentId?: string;
  /** Levels to send, the top goals being level 1; deeper sub-goals are counted, not sent. */
  depth?: number;
}

/** The scope's top goals, in the tree's order. */
export function scopeRoots<G extends Pick<GoalWithProgress, 'id' | 'parentGoalId' | 'departmentId'>>(
  goals: readonly G[],
  scope: TreeScope,
): G[] {
  if (scope.goalId !== undefined) return goals.filter((g) => g.id === scope.goalId);
  const byId = new Map(goals.map((g) => [g.id, g]));
  if (scope.departmentId !== undefined) {
    const d = scope.departmentId;
    return goals.filter(
      (g) => g.departmentId === d && (g.parentGoalId === null || byId.get(g.parentGoalId)?.departmentId !== d),
    );
  }
  return goals.filter((g) => g.parentGoalId === null || !byId.has(g.parentGoalId));
}

/**
 * The part of `tree` the scope selects. `tree` is the whole tree or the tree of a period
 * (treeForPeriod); `whole` is the unfiltered tree, where ancestors and the goals counted in every
 * period are found.
 */
export function scopeTree(tree: Tree, scope: TreeScope, whole: Tree = tree): ScopedTree {
  const children = new Map<string, GoalWithProgress[]>();
  for (const g of tree.goals) {
    if (g.parentGoalId === null) continue;
    const list = children.get(g.parentGoalId);
    if (list) list.push(g);
    else children.set(g.parentGoalId, [g]);
  }
  const depth = scope.depth ?? Infinity;
  // Breadth first, so a goal reached both as a top goal and further down is on its shallowest level.
  const level = new Map<string, number>();
  let frontier = scopeRoots(tree.goals, scope);
  for (const g of frontier) level.set(g.id, 1);
  for (let n = 1; n < depth && frontier.length; n++) {
    const next: GoalWithProgress[] = [];
    for (const g of frontier)
      for (const c of children.get(g.id) ?? []) if (!level.has(c.id)) (level.set(c.id, n + 1), next.push(c));
    frontier = next;
  }
  let folds: Map<string, GoalFold> | null = null;
  const foldOf = (id: string) =>
    (folds ??= foldGoals(tree.goals, tree.measures).goals).get(id) ?? {
      progress: null,
      hasData: false,
      reach: false,
      maintain: false,
    };
  const goals: GoalWithProgress[] = [];
  for (const g of tree.goals) {
    if (!level.has(g.id)) continue;
    const below = (children.get(g.id) ?? []).filter((c) => !level.has(c.id));
    if (!below.length) goals.push(g);
    else
      goals.push({
        ...g,
        hidden: {
          count: below.length,
          folds: below.filter((c) => !SUPERSEDED_STATES.has(c.state)).map((c) => foldOf(c.id)),
        },
      });
  }

  const measures = tree.measures.filter((m) => level.has(m.goalId));
  const measureIds = new Set(measures.map((m) => m.id));
  const pairs = tree.pairs.filter((p) => measureIds.has(p.measureId) || measureIds.has(p.counterweightId));
  // The other side of each pair, named and shown on the goal page.
  const paired = new Set(pairs.flatMap((p) => [p.measureId, p.counterweightId]).filter((id) => !measureIds.has(id)));
  const pairedMeasures = tree.measures.filter((m) => paired.has(m.id));

  const wholeById = new Map(whole.goals.map((g) => [g.id, g]));
  const context = new Map<string, GoalWithProgress>();
  const addContext = (id: string | null) => {
    const g = id === null ? undefined : wholeById.get(id);
    if (g && !level.has(g.id)) context.set(g.id, g);
  };
  for (const g of goals) {
    if (level.get(g.id) === 1)
      for (
        let p = g.parentGoalId, guard = 0;
        p !== null && guard < wholeById.size;
        p = wholeById.get(p)?.parentGoalId ?? null, guard++
      )
        addContext(p);
    addContext(g.carriedFromGoalId);
  }
  for (const g of whole.goals) if (g.carriedFromGoalId !== null && level.has(g.carriedFromGoalId)) addContext(g.id);
  for (const m of pairedMeasures) addContext(m.goalId);

  const count = (list: readonly GoalWithProgress[]) =>
    scope.goalId !== undefined
      ? countSubtree(list, scope.goalId)
      : scope.departmentId !== undefined
        ? list.filter((g) => g.departmentId === scope.departmentId).length
        : list.length;

  return {
    vision: tree.vision,
    progress: tree.progress,
    departments: tree.departments,
    goals,
    measures: [...measures, ...pairedMeasures],
    pairs,
    warnings: tree.warnings.filter((w) => level.has(w.goalId)),
    context: [...context.values()],
    goalCount: { inPeriod: count(tree.goals), total: count(whole.goals) },
  };
}

/** Goals in the subtree under `rootId` (the root included; 0 when it is not in the list). */
function countSubtree(goals: readonly Pick<GoalWithProgress, 'id' | 'parentGoalId'>[], rootId: string): number {
  const children = new Map<string, string[]>();
  for (const g of goals) {
    if (g.parentGoalId === null) continue;
    const list = children.get(g.parentGoalId);
    if (list) list.push(g.id);
    else children.set(g.parentGoalId, [g.id]);
  }
  if (!goals.some((g) => g.id === rootId)) return 0;
  let n = 0;
  const stack = [rootId];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    n++;
    stack.push(...(children.get(id) ?? []));
  }
  return n;
}
