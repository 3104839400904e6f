// A goal's period: its state (open, closed with an outcome, carried over), the links between a
// carried goal and the goal that continues it, and the two ways to end an open goal's period.
// Used on the goal page and in a closed review's "next period" list.
import { createSignal, lazy, Match, Show, Switch } from 'solid-js';
import type { GoalOutcome } from '../../domain/review-schemas.ts';
import type { CarryOverResult } from '../../domain/reviews.ts';
import type { Goal } from '../../domain/types.ts';
import type { GoalState } from '../../domain/schemas.ts';
import { GoalStateBadge } from '../../components/StatusBadge.tsx';
import type { LocaleKit } from '../../client/i18n.ts';
import { isAdmin } from './permissions.ts';
import { createInPlace, InPlaceForm } from '../../components/in-place.tsx';

const CarryOverForm = lazy(() => import('./GoalLifecycleForms.tsx').then((m) => ({ default: m.CarryOverForm })));
const CloseGoalForm = lazy(() => import('./GoalLifecycleForms.tsx').then((m) => ({ default: m.CloseGoalForm })));
const ReopenGoal = lazy(() => import('../goals/ReopenGoal.tsx').then((m) => ({ default: m.ReopenGoal })));

export interface LifecycleProps {
  kit: LocaleKit;
  goal: Goal;
  /** The next-period goal that continues this one (carriedFromGoalId = this goal). */
  successor?: Pick<Goal, 'id' | 'title' | 'startDate' | 'dueDate'> | null;
  /** The previous-period goal this one continues. */
  predecessor?: Pick<Goal, 'id' | 'title' | 'startDate' | 'dueDate'> | null;
  /** The outcome to preselect when closing (e.g. achieved when the status says so). */
  suggested?: GoalOutcome;
  /** Hide the explanation line (compact lists). */
  compact?: boolean;
  /** False hides the controls (a person who may not write this department's goals). Default true. */
  editable?: boolean;
  /** False leaves out the links to the previous and next period's goal (shown elsewhere). Default true. */
  links?: boolean;
  /** Offer admins to reopen a closed goal (the goal page). Default false. */
  reopenable?: boolean;
  onChanged: () => void;
}

/** Where the goal came from and where it went: links both ways. */
export function GoalLinks(props: Pick<LifecycleProps, 'kit' | 'goal' | 'successor' | 'predecessor'>) {
  const { t, fmt, href } = props.kit;
  const r = t.reviews;
  const span = (g: Pick<Goal, 'startDate' | 'dueDate'>) => t.goals.timeline(fmt.date(g.startDate), fmt.date(g.dueDate));
  return (
    <>
      <Show when={props.predecessor}>
        {(p) => (
          <p class="lifecycle-link">
            ← {r.continues} <a href={href('/goal/', p().id)}>{p().title}</a> <span class="meta">({span(p())})</span>
          </p>
        )}
      </Show>
      <Show when={!props.predecessor && props.goal.carriedFromGoalId}>
        {(id) => (
          <p class="lifecycle-link">
            ← <a href={href('/goal/', id())}>{r.continuesPrevious}</a>
          </p>
        )}
      </Show>
      <Show when={props.successor}>
        {(s) => (
          <p class="lifecycle-link">
            → {r.continuedIn} <a href={href('/goal/', s().id)}>{s().title}</a> <span class="meta">({span(s())})</span>
          </p>
        )}
      </Show>
    </>
  );
}

export function GoalLifecycle(props: LifecycleProps) {
  const { t, fmt, href } = props.kit;
  const r = t.reviews;
  const panel = createInPlace<'carry' | 'close'>(`lifecycle:${props.goal.id}`);
  const [carried, setCarried] = createSignal<CarryOverResult | null>(null);
  const closed = () => props.goal.state !== 'open';

  return (
    <div class="lifecycle">
      <Show when={closed()}>
        <p class="lifecycle-state">
          <GoalStateBadge state={props.goal.state as Exclude<GoalState, 'open'>} kit={props.kit} />
          <Show when={props.goal.closedAt}>
            {(at) => <span class="meta"> {r.closedOnDate(fmt.date(at().slice(0, 10)))}</span>}
          </Show>
        </p>
        <Show when={props.goal.closedComment}>
          <p class="description closed-comment">{props.goal.closedComment}</p>
        </Show>
      </Show>
      <Show when={closed() && props.reopenable && isAdmin()}>
        <ReopenGoal
          kit={props.kit}
          goal={props.goal}
          hasSuccessor={!!props.successor}
          onDone={() => props.onChanged()}
        />
      </Show>
      <Show when={props.links !== false}>
        <GoalLinks kit={props.kit} goal={props.goal} successor={props.successor} predecessor={props.predecessor} />
      </Show>
      <Show when={carried()}>
        {(c) => (
          <p class="form-message ok" role="status">
            {r.carriedDone} <a href={href('/goal/', c().goal.id)}>{r.openNewGoal(c().goal.title)}</a>
            <Show when={c().keptSubGoalIds?.length}>{(n) => <> {r.subGoalsKept(n())}</>}</Show>
          </p>
        )}
      </Show>
      <Show when={!closed() && props.editable !== false}>
        <Show when={!props.compact}>
          <p class="hint">{r.periodEndHint}</p>
        </Show>
        <Switch>
          <Match when={panel.current() === null}>
            <div class="actions">
              <button
                type="button"
                {...panel.opener('carry')}
                onClick={(e) => panel.open('carry', e)}
                aria-label={r.carryNamed(props.goal.title)}
              >
                {r.carry}
              </button>
              <button
                type="button"
                {...panel.opener('close')}
                onClick={(e) => panel.open('close', e)}
                aria-label={r.closeNamed(props.goal.title)}
              >
                {r.closeGoal}
              </button>
            </div>
          </Match>
          <Match when={panel.is('carry')}>
            <InPlaceForm onClose={panel.close}>
              <CarryOverForm
                kit={props.kit}
                goal={props.goal}
                onDone={(result) => {
                  setCarried(result);
                  panel.close();
                  props.onChanged();
                }}
                onCancel={panel.close}
              />
            </InPlaceForm>
          </Match>
          <Match when={panel.is('close')}>
            <InPlaceForm onClose={panel.close}>
              <CloseGoalForm
                kit={props.kit}
                goal={props.goal}
                suggested={props.suggested}
                onDone={() => {
                  panel.close();
                  props.onChanged();
                }}
                onCancel={panel.close}
              />
            </InPlaceForm>
          </Match>
        </Switch>
      </Show>
    </div>
  );
}
