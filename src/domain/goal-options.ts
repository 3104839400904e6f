// What the goal form offers and guesses: the "Under" choices as an indented tree with each goal's
// department, a filter over them, and default dates. Pure: `today` is a parameter.
import type { Department, Goal } from './types.ts';

export interface ParentOption {
  value: string;
  /** The goal's title indented by level, with its department: "  ↳ Cut AHT — Customer Service". */
  label: string;
  depth: number;
  title: string;
  department: string;
}

/** Goals in tree order (parents before their sub-goals, siblings by title), minus `excluded`. */
export function parentOptions(
  goals: readonly Goal[],
  departments: readonly Department[],
  excluded: ReadonlySet<string> = new Set(),
): ParentOption[] {
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const ids = new Set(goals.map((g) => g.id));
  const children = new Map<string | null, Goal[]>();
  for (const g of goals) {
    const key = g.parentGoalId !== null && ids.has(g.parentGoalId) ? g.parentGoalId : null;
    children.set(key, [...(children.get(key) ?? []), g]);
  }
  for (const list of children.values()) list.sort((a, b) => a.title.localeCompare(b.title));
  const out: ParentOption[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const g of children.get(parent) ?? []) {
      if (excluded.has(g.id)) continue; // its subtree goes with it
      const department = names.get(g.departmentId) ?? '';
      const indent = depth === 0 ? '' : `${'\u00a0\u00a0\u00a0'.repeat(depth - 1)}↳\u00a0`;
      out.push({
        value: g.id,
        label: `${indent}${g.title}${department ? ` — ${department}` : ''}`,
        depth,
        title: g.title,
        department,
      });
      walk(g.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The options whose title or department contains every word of `query` (any case); the selected one always stays. */
export function filterParentOptions(options: readonly ParentOption[], query: string, selected = ''): ParentOption[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...options];
  return options.filter(
    (o) => o.value === selected || words.every((w) => `${o.title} ${o.department}`.toLocaleLowerCase().includes(w)),
  );
}

/** The calendar quarter around `today`: its first and last day. */
export function currentQuarter(today: string): { startDate: string; dueDate: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  const end = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return { startDate: `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`, dueDate: end };
}

/** A new goal's dates: its parent's period, else the current quarter. */
export function defaultGoalDates(
  parent: Pick<Goal, 'startDate' | 'dueDate'> | null,
  today: string,
): { startDate: string; dueDate: string } {
  return parent ? { startDate: parent.startDate, dueDate: parent.dueDate } : currentQuarter(today);
}

/** Whether a sub-goal's due date falls after its parent's (a warning, not an error). */
export const endsAfterParent = (dueDate: string, parent: Pick<Goal, 'dueDate'> | null) =>
  parent !== null && /^\d{4}-\d{2}-\d{2}$/.test(dueDate) && dueDate > parent.dueDate;
