// Small answers computed on the server from the tree, with the same domain code the pages use on
// a whole tree (src/domain/status.ts, department-summary.ts): a page gets its counts, not the tree.
import { departmentSummaries } from '../domain/department-summary.ts';
import { assessMeasure, assessWholeTree } from '../domain/status.ts';
import type { DepartmentWithSummary, InfluenceView } from '../domain/types.ts';
import type { Sql } from './db.ts';
import { getDepartment } from './departments.ts';
import { readTree } from './tree.ts';

/** Every department with its goals counted by status (a closed goal by its outcome) and its progress, on `today`. */
export async function readDepartmentSummaries(sql: Sql, today: string): Promise<DepartmentWithSummary[]> {
  const tree = await readTree(sql);
  const summaries = departmentSummaries(tree.goals, assessWholeTree(tree, today));
  return tree.departments.map((d) => ({ ...d, summary: summaries.get(d.id) ?? null }));
}

/**
 * The influence circle: the measures of a department's (or every) open goal, each with its ring,
 * progress and status on `today`, and the titles of their goals.
 */
export async function readInfluence(sql: Sql, today: string, departmentId: string | null): Promise<InfluenceView> {
  if (departmentId !== null) await getDepartment(sql, departmentId);
  const tree = await readTree(sql);
  // Open goals only: a closed or carried goal's measures are no longer followed.
  const goals = tree.goals.filter(
    (g) => g.state === 'open' && (departmentId === null || g.departmentId === departmentId),
  );
  const ids = new Set(goals.map((g) => g.id));
  const measures = tree.measures.filter((m) => ids.has(m.goalId));
  const used = new Set(measures.map((m) => m.goalId));
  return {
    departmentId,
    goals: goals.filter((g) => used.has(g.id)).map((g) => ({ id: g.id, title: g.title })),
    measures: measures.map((m) => ({
      id: m.id,
      name: m.name,
      goalId: m.goalId,
      influence: m.influence,
      progress: m.latest ? m.progress : null,
      status: assessMeasure(m, m.latest, today).status,
    })),
  };
}
