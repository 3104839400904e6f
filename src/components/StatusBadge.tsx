// Status (issue 3): a goal's or measure's progress judged against the time elapsed, shown as a
// badge with colour, a shape and the word, never colour alone. The shape (○ ● ▲ ▼ ★ ✕) is
// decorative; the word carries the meaning, and the tooltip says how it was judged.
// Statuses are computed on the client from the tree with src/domain/status.ts and the user's
// local date, so the overview, the outline and the goal page agree with the review agenda.
import { Show } from 'solid-js';
import { assessMeasure, assessWholeTree, goalTone, type Assessment, type Status, type Tone } from '../domain/status.ts';
import type { GoalState } from '../domain/schemas.ts';
import type { GoalWithProgress, MeasureWithProgress, Tree } from '../domain/types.ts';
import type { LocaleKit } from '../client/i18n.ts';
import { localToday } from '../client/local-today.ts';
import { STATE_ICONS, STATUS_ICONS } from '../client/status-icons.ts';

/** Every goal's and measure's assessment, computed once per tree object and day. */
const cache = new WeakMap<Tree, { today: string; result: ReturnType<typeof assessWholeTree> }>();

export function treeAssessment(tree: Tree, today: string = localToday()): ReturnType<typeof assessWholeTree> {
  const hit = cache.get(tree);
  if (hit && hit.today === today) return hit.result;
  const result = assessWholeTree(tree, today);
  cache.set(tree, { today, result });
  return result;
}

/** A goal's tone from the tree (its outcome once closed, else its status), for bars and nodes. */
export function goalToneIn(
  tree: Tree,
  goal: Pick<GoalWithProgress, 'id' | 'state'>,
  today: string = localToday(),
): Tone {
  return goalTone(goal.state, treeAssessment(tree, today).goals.get(goal.id)?.status ?? 'not_started');
}

/** A measure's tone: its status judged on its own dates. */
export function measureTone(measure: MeasureWithProgress, today: string = localToday()): Status {
  return assessMeasure(measure, measure.latest, today).status;
}

/** The tooltip: what the status means for these numbers. */
function explain(kit: LocaleKit, status: Status, a?: Pick<Assessment, 'progress' | 'expected'> | null): string {
  const r = kit.t.reviews;
  const meaning = r.statusMeaning[status];
  if (!a || a.progress === null) return meaning;
  return `${meaning} ${r.progressVsExpected(kit.fmt.percent(a.progress), kit.fmt.percent(a.expected))}`;
}

/** A status as a badge. `override` marks a status set by hand in a review (with its reason). */
export function StatusBadge(props: {
  status: Status;
  kit: LocaleKit;
  assessment?: Pick<Assessment, 'progress' | 'expected'> | null;
  override?: { reason: string; computed: Status } | null;
  compact?: boolean;
}) {
  const r = () => props.kit.t.reviews;
  const title = () =>
    props.override
      ? `${r().overriddenTitle(r().status[props.override.computed], props.override.reason)}`
      : explain(props.kit, props.status, props.assessment);
  return (
    <span
      class={`status-badge status-${props.status}`}
      classList={{ overridden: !!props.override, compact: !!props.compact }}
      title={title()}
    >
      <span class="status-icon" aria-hidden="true">
        {STATUS_ICONS[props.status]}
      </span>
      <span class="status-text">{r().status[props.status]}</span>
      <Show when={props.override}>
        <span class="status-override"> ({r().overridden})</span>
      </Show>
    </span>
  );
}

/** A closed or carried goal: its outcome instead of a status. */
export function GoalStateBadge(props: { state: Exclude<GoalState, 'open'>; kit: LocaleKit; comment?: string }) {
  return (
    <span class={`status-badge state-${props.state}`} title={props.comment || undefined}>
      <span class="status-icon" aria-hidden="true">
        {STATE_ICONS[props.state]}
      </span>
      <span class="status-text">{props.kit.t.reviews.goalState[props.state]}</span>
    </span>
  );
}

/** A goal's badge from the tree: its outcome once closed, else its computed status. */
export function GoalStatusBadge(props: { tree: Tree; goal: GoalWithProgress; kit: LocaleKit; compact?: boolean }) {
  const a = () => treeAssessment(props.tree).goals.get(props.goal.id) ?? null;
  return (
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
      <Show when={a()}>
        {(x) => <StatusBadge status={x().status} assessment={x()} kit={props.kit} compact={props.compact} />}
      </Show>
    </Show>
  );
}

/** A measure's badge, judged on its own dates (baseline date → target date). */
export function MeasureStatusBadge(props: { measure: MeasureWithProgress; kit: LocaleKit; compact?: boolean }) {
  const a = () => assessMeasure(props.measure, props.measure.latest, localToday());
  return <StatusBadge status={a().status} assessment={a()} kit={props.kit} compact={props.compact} />;
}
