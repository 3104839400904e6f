// What the goal page shows of reviews: the status (computed from the tree on the user's date, or
// the override set in the goal's latest review, shown as such until its next review), the review
// cadence, and the goal's period: carried over / closed, or the controls to end it.
import { createResource, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { can } from './permissions.ts';
import type { GoalOutcome } from '../../domain/review-schemas.ts';
import type { GoalWithProgress, Tree } from '../../domain/types.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { localToday } from '../../client/local-today.ts';
import { GoalStateBadge, StatusBadge, treeAssessment } from '../../components/StatusBadge.tsx';
import type { GoalState } from '../../domain/schemas.ts';
import { GoalLifecycle, GoalLinks } from './GoalLifecycle.tsx';

/** Status badge, cadence and any active override: for the goal page's header. */
export function GoalStatusLine(props: { kit: LocaleKit; tree: Tree; goal: GoalWithProgress }) {
  const { t, href } = props.kit;
  const r = t.reviews;
  const assessed = () => treeAssessment(props.tree).goals.get(props.goal.id) ?? null;
  // The override lives with the goal's latest closed review: the timeline of its department carries it.
  const [override] = createResource(
    () => (props.goal.state === 'open' ? props.goal.departmentId : null),
    async (departmentId) => {
      const tl = await api.timeline({ departmentId, today: localToday() });
      return tl.departments.flatMap((d) => d.goals).find((g) => g.id === props.goal.id)?.override ?? null;
    },
  );
  return (
    <div class="status-line">
      <Show
        when={props.goal.state === 'open'}
        fallback={
          <GoalStateBadge
            state={props.goal.state as Exclude<GoalState, 'open'>}
            kit={props.kit}
            comment={props.goal.closedComment}
          />
        }
      >
        <Show when={assessed()}>
          {(a) => (
            <Show
              when={override.latest}
              fallback={<StatusBadge status={a().status} assessment={a()} kit={props.kit} />}
            >
              {(o) => (
                <StatusBadge
                  status={o().status}
                  kit={props.kit}
                  override={{ reason: o().reason, computed: a().status }}
                />
              )}
            </Show>
          )}
        </Show>
      </Show>
      <span class="meta">{r.cadence[props.goal.reviewCadence]}</span>
      <a class="meta" href={href('/help/status/')}>
        {r.help.title}
      </a>
      <GoalLinks
        kit={props.kit}
        goal={props.goal}
        successor={successor(props.tree, props.goal.id)}
        predecessor={predecessor(props.tree, props.goal)}
      />
      <Show when={override.latest && assessed()}>
        <p class="override-note">
          {r.activeOverride(
            props.kit.fmt.date(override.latest!.meetingDate),
            r.status[override.latest!.status],
            r.status[assessed()!.status],
            override.latest!.reason,
          )}{' '}
          <a href={href('/review/', override.latest!.reviewId)}>{r.meeting}</a>
        </p>
      </Show>
    </div>
  );
}

// A part of the tree names the goals carried from and into its goals in its context.
const known = (tree: Tree) => [...tree.goals, ...(tree.context ?? [])];
const successor = (tree: Tree, id: string) => known(tree).find((g) => g.carriedFromGoalId === id) ?? null;
const predecessor = (tree: Tree, goal: GoalWithProgress) =>
  goal.carriedFromGoalId ? (known(tree).find((g) => g.id === goal.carriedFromGoalId) ?? null) : null;

/** The goal's period: how it ended, where it continues, or the controls to end it. */
export function GoalPeriodPanel(props: { kit: LocaleKit; tree: Tree; goal: GoalWithProgress; refresh: () => void }) {
  const r = props.kit.t.reviews;
  const editable = () => can('write', props.goal.departmentId);
  const suggested = (): GoalOutcome => {
    const s = treeAssessment(props.tree).goals.get(props.goal.id)?.status;
    return s === 'missed' ? 'missed' : 'achieved';
  };
  return (
    <Show when={props.goal.state !== 'open' || editable()}>
      <section aria-labelledby="period-heading" class="card goal-period">
        <h2 id="period-heading">{r.periodHeading}</h2>
        <GoalLifecycle
          kit={props.kit}
          goal={props.goal}
          links={false}
          successor={successor(props.tree, props.goal.id)}
          reopenable
          suggested={suggested()}
          editable={editable()}
          onChanged={props.refresh}
        />
      </section>
    </Show>
  );
}
