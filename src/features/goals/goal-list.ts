// The goal form's parent picker offers every goal, while the pages load only part of the tree:
// the plain goal list is fetched when a form opens, not with the page.
import { createResource } from 'solid-js';
import { api } from '../../client/api.ts';

export function useGoalList(open: () => boolean) {
  const [goals, { refetch }] = createResource(
    () => open() || null,
    () => api.goals.list(),
  );
  return Object.assign(goals, { refetch });
}
