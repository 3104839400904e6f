// Timeline → Mermaid `gantt` text (issue 3). Pure: no I/O, no DOM, no clock (`today` comes in the
// timeline). One section per department, each goal a bar from its start to its due date, its next
// review date a milestone, and today a vertical line.
//
// Security and parsing: every name is user text. Gantt task names end at the first `:` and the
// task data after it ends at `#` or `;`; `%` starts a comment; a line that begins with a keyword
// (`title`, `section`, `click`, `dateFormat` …) or a date is read as that. So names are written
// with Mermaid entity codes (`escapeLabel` from the hierarchy diagram: `:` → `#58;`, `#` → `#35;`,
// `;` → `#59;`, `%` → `#37;`, `<` → `#lt;` …), which Mermaid decodes back to the same characters
// when it renders (as text, never markup); no space before the `:`, so the name is exactly the text), and a name that would start like a keyword, a digit or
// `%` gets its first character encoded too. Task ids are generated (`g0`, `m0`, `today`), never
// taken from the data. No `click` directives (securityLevel 'strict'): map clicks through `tasks`.
import { goalTone, type Status, type Tone } from '../domain/status.ts';
import type { Timeline, TimelineGoal } from '../domain/reviews.ts';
import { escapeLabel } from './hierarchy.ts';

export interface TimelineLabels {
  /** The vertical line's label, e.g. 'Today'. */
  today: string;
  /** A review milestone's label for a goal, e.g. (title) => `Review: ${title}`. */
  review: (goalTitle: string) => string;
  /** A goal's status mark before its name, e.g. '✕' (colour alone is never the signal). */
  mark?: (tone: Tone) => string;
}

export interface GanttTask {
  kind: 'goal' | 'review' | 'today';
  /** The goal it belongs to; null for the today line. */
  goalId: string | null;
  /** A goal bar's status (or closed outcome): the client colours the bar with TONE_COLOURS. */
  tone?: Tone;
}

export interface Gantt {
  /** Mermaid source. */
  text: string;
  /** Mermaid task id (`g0`, `m0`, `today`) → what it is. */
  tasks: Record<string, GanttTask>;
  /** Goal bars drawn. */
  goalCount: number;
  /** True when goals were left out to stay within `maxGoals` (see `omitted` and `nextOffset`). */
  truncated: boolean;
  /** Goals not drawn (before `offset` and after this page). */
  omitted: number;
  /** The `offset` of the next page, or null on the last page. */
  nextOffset: number | null;
}

export interface GanttOptions {
  /** At most this many goal bars (each with at most one review milestone). Default MAX_GANTT_GOALS. */
  maxGoals?: number;
  /** Skip this many goals (in department order, then the timeline's order) to page through a big timeline. */
  offset?: number;
  /** Clip bars and milestones to the timeline's window (`from`/`to`) so a quarter view is not stretched by year-long goals. Default true. */
  clip?: boolean;
  /** d3 time format of the axis. Default `%Y-%m-%d`. */
  axisFormat?: string;
  /** Distance between axis ticks, e.g. `1week` or `1month` (Mermaid's `tickInterval`); default: Mermaid's choice. */
  tickInterval?: string;
}

export const MAX_GANTT_GOALS = 60;
/** Longest goal name in a bar, in characters (code points). */
export const MAX_GANTT_LABEL_CHARS = 60;

// A task or milestone line that starts with one of these (any case) is read as a directive;
// a leading digit could be read as a date, a leading `%` as a comment.
const RESERVED_START =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|accdescription|section|click|call|href|[0-9%])/i;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

function shorten(text: string, max: number): string {
  const clean = text.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length <= max
    ? clean
    : chars
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}

/** User text as a gantt task or section name: one line, entity-encoded, never starting like a keyword. */
export function escapeGanttName(text: string, max = MAX_GANTT_LABEL_CHARS): string {
  const short = shorten(text, max);
  let out = escapeLabel(short);
  if (out === '') return '#8203;'; // zero-width space: Mermaid needs some text
  if (RESERVED_START.test(out)) {
    const first = out.codePointAt(0)!;
    out = `#${first};${out.slice(String.fromCodePoint(first).length)}`;
  }
  return out;
}

function tags(g: TimelineGoal): string[] {
  const out: string[] = [];
  const bad: readonly Status[] = ['off_track', 'missed'];
  if (bad.includes(g.status)) out.push('crit');
  if (g.status === 'at_risk') out.push('active');
  if (g.state !== 'open' || g.status === 'achieved') out.push('done');
  return out;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);
const SAFE_AXIS = /^[%a-zA-Z0-9 .,/\-]{1,40}$/;
const SAFE_TICKS = /^[1-9][0-9]{0,2}(?:day|week|month)$/;

/** Draws one page of the timeline as a Mermaid gantt chart. Linear in the timeline's size. */
export function timelineGantt(timeline: Timeline, labels: TimelineLabels, options: GanttOptions = {}): Gantt {
  const max = Number.isFinite(options.maxGoals) ? Math.max(1, Math.floor(options.maxGoals!)) : MAX_GANTT_GOALS;
  const offset = Number.isFinite(options.offset) ? Math.max(0, Math.floor(options.offset!)) : 0;
  const clip = options.clip ?? true;
  const axis = options.axisFormat !== undefined && SAFE_AXIS.test(options.axisFormat) ? options.axisFormat : '%Y-%m-%d';
  const from = clip ? timeline.from : null;
  const to = clip ? timeline.to : null;

  const all = timeline.departments.flatMap((d) => d.goals.map((g) => ({ dept: d, goal: g })));
  const page = all.slice(offset, offset + max);
  const tasks: Record<string, GanttTask> = {};
  const lines = [
    'gantt',
    `  dateFormat YYYY-MM-DD`,
    `  axisFormat ${axis}`,
    '  inclusiveEndDates',
    '  todayMarker off',
  ];
  if (options.tickInterval !== undefined && SAFE_TICKS.test(options.tickInterval))
    lines.splice(3, 0, `  tickInterval ${options.tickInterval}`);

  let section: string | null = null;
  page.forEach(({ dept, goal }, i) => {
    if (dept.id !== section) {
      section = dept.id;
      lines.push(`  section ${escapeGanttName(dept.name)}`);
    }
    let start = goal.startDate;
    let end = goal.dueDate;
    if (from !== null) start = later(start, from);
    if (to !== null) end = earlier(end, to);
    if (end < start) end = start; // cannot happen for goals that overlap the window; keeps Mermaid happy anyway
    const id = `g${offset + i}`;
    const tone = goalTone(goal.state, goal.status);
    tasks[id] = { kind: 'goal', goalId: goal.id, tone };
    const name = labels.mark ? `${labels.mark(tone)} ${goal.title}` : goal.title;
    lines.push(`  ${escapeGanttName(name)}:${[...tags(goal), id, start, end].join(', ')}`);
    const review = goal.state === 'open' ? goal.nextReviewDate : null;
    if (review !== null && (from === null || review >= from) && (to === null || review <= to)) {
      const mid = `m${offset + i}`;
      tasks[mid] = { kind: 'review', goalId: goal.id };
      lines.push(`  ${escapeGanttName(labels.review(goal.title))}:milestone, ${mid}, ${review}, 0d`);
    }
  });
  if (page.length && (from === null || timeline.today >= from) && (to === null || timeline.today <= to)) {
    tasks.today = { kind: 'today', goalId: null };
    lines.push(`  ${escapeGanttName(labels.today)}:vert, today, ${timeline.today}, 0d`);
  }
  const end = offset + page.length;
  return {
    text: `${lines.join('\n')}\n`,
    tasks,
    goalCount: page.length,
    truncated: page.length < all.length,
    omitted: all.length - page.length,
    nextOffset: end < all.length ? end : null,
  };
}
