// What each view exports: its rows built from the same reads and the same domain code as the page
// (the tree and `assessTree`, the agenda, the timeline, the due list, the audit log), so a number,
// a status and a date in a download are the ones on the screen. Headers and words are in the
// reader's language; values stay values (progress in per cent as a number, dates as dates).
import type { Messages } from '../i18n/en.ts';
import { assessTree } from '../domain/status.ts';
import { readPeriodChoice, treeForPeriod } from '../domain/period-filter.ts';
import type { AuditQuery } from '../domain/accounts.ts';
import type { Sql } from './db.ts';
import { listAudit } from './audit.ts';
import { readDue } from './due.ts';
import { findMeasure, listCheckIns } from './measures.ts';
import { readAgenda } from './reviews.ts';
import { readTimeline } from './timeline.ts';
import { readTree } from './tree.ts';
import { notFound } from './http.ts';
import type { Cell, ExportColumn, XlsxSheet } from './export-writers.ts';

export const EXPORT_VIEWS = ['goals', 'check-ins', 'review', 'timeline', 'due', 'audit'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export interface ExportFile {
  /** The download's name without extension. */
  name: string;
  /** One sheet per table; a CSV holds the first (or the one asked for). */
  sheets: XlsxSheet[];
}

type Columns = Messages['exports']['columns'];
const pct = (x: number | null | undefined): Cell => (x === null || x === undefined ? null : Math.round(x * 1000) / 10);

function sheet(
  name: string,
  t: Columns,
  keys: readonly (keyof Columns)[],
  kinds: Partial<Record<keyof Columns, ExportColumn['kind']>>,
  rows: AsyncIterable<Cell[]>,
): XlsxSheet {
  const columns = keys.map((k) => ({ header: t[k], kind: kinds[k] ?? 'text' }));
  return { name, columns, rows };
}

async function* from<T>(items: Iterable<T> | Promise<Iterable<T>>, row: (item: T) => Cell[]): AsyncIterable<Cell[]> {
  for (const item of await items) yield row(item);
}

const DATE = 'date' as const;
const NUMBER = 'number' as const;

export interface GoalsOptions {
  departmentId?: string | undefined;
  period?: string | undefined;
  today: string;
}

/** The overview's goals (or one department's), in the period shown, with progress and status. */
export async function goalsExport(sql: Sql, t: Messages, o: GoalsOptions): Promise<ExportFile> {
  const tree = treeForPeriod(await readTree(sql), readPeriodChoice(o.period ?? null, o.today));
  const latest = new Map(tree.measures.filter((m) => m.latest).map((m) => [m.id, m.latest!]));
  const assessed = assessTree(tree.goals, tree.measures, latest, o.today);
  const department = new Map(tree.departments.map((d) => [d.id, d.name]));
  const title = new Map(tree.goals.map((g) => [g.id, g.title]));
  const measures = new Map<string, number>();
  for (const m of tree.measures) measures.set(m.goalId, (measures.get(m.goalId) ?? 0) + 1);
  if (o.departmentId && !department.has(o.departmentId)) throw notFound('Department');
  const goals = tree.goals.filter((g) => !o.departmentId || g.departmentId === o.departmentId);
  const c = t.exports.columns;
  const keys = [
    'department',
    'goal',
    'parentGoal',
    'owner',
    'startDate',
    'dueDate',
    'reviewDate',
    'state',
    'status',
    'progress',
    'expected',
    'measures',
    'goalId',
  ] as const;
  return {
    name: o.departmentId ? `${t.exports.files.goals}-${department.get(o.departmentId)}` : t.exports.files.goals,
    sheets: [
      sheet(
        t.exports.sheets.goals,
        c,
        keys,
        { startDate: DATE, dueDate: DATE, reviewDate: DATE, progress: NUMBER, expected: NUMBER, measures: NUMBER },
        from(goals, (g) => {
          const a = assessed.goals.get(g.id);
          return [
            department.get(g.departmentId) ?? '',
            g.title,
            g.parentGoalId ? (title.get(g.parentGoalId) ?? '') : '',
            g.owner,
            g.startDate,
            g.dueDate,
            g.reviewDate,
            t.reviews.goalState[g.state],
            a ? t.reviews.status[a.status] : '',
            pct(a?.hasData ? a.progress : null),
            pct(a?.expected),
            measures.get(g.id) ?? 0,
            g.id,
          ];
        }),
      ),
    ],
  };
}

/** A measure's check-ins, newest first, with n, margin and interval as the measure page shows them. */
export async function checkInsExport(sql: Sql, t: Messages, measureId: string): Promise<ExportFile> {
  const m = await findMeasure(sql, measureId);
  if (!m) throw notFound('Measure');
  const c = t.exports.columns;
  const keys = [
    'date',
    'value',
    'unit',
    'sampleSize',
    'margin',
    'intervalLow',
    'intervalHigh',
    'counted',
    'promoters',
    'passives',
    'detractors',
    'note',
    'checkInId',
  ] as const;
  const numbers = {
    value: NUMBER,
    sampleSize: NUMBER,
    margin: NUMBER,
    intervalLow: NUMBER,
    intervalHigh: NUMBER,
    promoters: NUMBER,
    passives: NUMBER,
    detractors: NUMBER,
  };
  return {
    name: `${t.exports.files.checkIns}-${m.name}`,
    sheets: [
      sheet(
        t.exports.sheets.checkIns,
        c,
        keys,
        { date: DATE, ...numbers },
        from(listCheckIns(sql, measureId), (ci) => [
          ci.date,
          ci.value,
          m.unit,
          ci.sampleSize,
          ci.margin,
          ci.interval?.low ?? null,
          ci.interval?.high ?? null,
          ci.belowMinSample ? t.exports.no : t.exports.yes,
          ci.promoters,
          ci.passives,
          ci.detractors,
          ci.note,
          ci.id,
        ]),
      ),
    ],
  };
}

/** A review's agenda (live while open, the frozen record once closed) and its decisions and actions. */
export async function reviewExport(sql: Sql, t: Messages, reviewId: string, today: string): Promise<ExportFile> {
  const agenda = await readAgenda(sql, reviewId, today);
  const c = t.exports.columns;
  const items = agenda.departments.flatMap((d) => d.items.map((item) => ({ department: d.name, item })));
  const agendaKeys = [
    'department',
    'goal',
    'owner',
    'dueDate',
    'status',
    'computedStatus',
    'overrideReason',
    'progress',
    'expected',
    'progressChange',
    'checkInsSince',
    'notes',
    'goalId',
  ] as const;
  const goalTitle = new Map(items.map(({ item }) => [item.goal.id, item.goal.title]));
  const actions = [...items.flatMap(({ item }) => item.actions ?? []), ...agenda.generalActions];
  const actionKeys = ['kind', 'text', 'owner', 'dueDate', 'actionState', 'goal'] as const;
  return {
    name: `${t.exports.files.agenda}-${agenda.review.period}`,
    sheets: [
      sheet(
        t.exports.sheets.agenda,
        c,
        agendaKeys,
        { dueDate: DATE, progress: NUMBER, expected: NUMBER, progressChange: NUMBER, checkInsSince: NUMBER },
        from(items, ({ department, item }) => [
          department,
          item.goal.title,
          item.goal.owner,
          item.goal.dueDate,
          t.reviews.status[item.status],
          t.reviews.status[item.computedStatus],
          item.override?.reason ?? '',
          pct(item.progress),
          pct(item.expected),
          item.changes.progressDelta === null ? null : Math.round(item.changes.progressDelta * 1000) / 10,
          item.changes.checkInCount,
          item.notes,
          item.goal.id,
        ]),
      ),
      sheet(
        t.exports.sheets.actions,
        c,
        actionKeys,
        { dueDate: DATE },
        from(actions, (a) => [
          t.exports.actionKinds[a.kind],
          a.text,
          a.owner,
          a.dueDate,
          t.exports.actionStates[a.state],
          a.goalId ? (goalTitle.get(a.goalId) ?? '') : '',
        ]),
      ),
    ],
  };
}

export async function timelineExport(
  sql: Sql,
  t: Messages,
  o: {
    departmentId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    period?: string | undefined;
    today: string;
  },
): Promise<ExportFile> {
  const timeline = await readTimeline(sql, o);
  const c = t.exports.columns;
  const rows = timeline.departments.flatMap((d) => d.goals.map((g) => ({ department: d.name, g })));
  const keys = [
    'department',
    'goal',
    'owner',
    'startDate',
    'dueDate',
    'nextReview',
    'state',
    'status',
    'progress',
    'goalId',
  ] as const;
  return {
    name: t.exports.files.timeline,
    sheets: [
      sheet(
        t.exports.sheets.timeline,
        c,
        keys,
        { startDate: DATE, dueDate: DATE, nextReview: DATE, progress: NUMBER },
        from(rows, ({ department, g }) => [
          department,
          g.title,
          g.owner,
          g.startDate,
          g.dueDate,
          g.nextReviewDate,
          t.reviews.goalState[g.state],
          t.reviews.status[g.status],
          pct(g.progress),
          g.id,
        ]),
      ),
    ],
  };
}

/** The due list as one table: reviews coming up or overdue, measures waiting for a check-in, overdue actions. */
export async function dueExport(sql: Sql, t: Messages, today: string, departmentId?: string): Promise<ExportFile> {
  const due = await readDue(sql, today, departmentId);
  const c = t.exports.columns;
  const k = t.exports.dueKinds;
  const rows: Cell[][] = [
    ...due.goals.map((g) => [
      k.review,
      g.departmentName,
      g.goal.title,
      '',
      g.nextReviewDate,
      g.daysUntil,
      g.goal.owner,
    ]),
    ...due.staleMeasures.map((m) => [
      k.stale,
      m.departmentName,
      m.goalTitle,
      m.name,
      m.dueSince,
      -m.daysOverdue,
      m.lastCheckIn ?? '',
    ]),
    ...due.overdueActions.map((a) => [
      k.action,
      '',
      a.goalTitle ?? '',
      '',
      a.dueDate,
      null,
      `${a.text}${a.owner ? ` (${a.owner})` : ''}`,
    ]),
  ];
  const keys = ['item', 'department', 'goal', 'measure', 'date', 'days', 'detail'] as const;
  return {
    name: t.exports.files.due,
    sheets: [
      sheet(
        t.exports.sheets.due,
        c,
        keys,
        { date: DATE, days: NUMBER },
        from(rows, (r) => r),
      ),
    ],
  };
}

/** The audit log with its filters, newest first, read a page at a time (never all of it at once). */
export function auditExport(sql: Sql, t: Messages, q: Omit<AuditQuery, 'limit' | 'cursor'>): ExportFile {
  const c = t.exports.columns;
  const keys = ['at', 'actor', 'action', 'entity', 'entityId', 'department', 'goalId', 'before', 'after'] as const;
  async function* rows(): AsyncIterable<Cell[]> {
    let cursor: number | undefined;
    for (;;) {
      const page = await listAudit(sql, { ...q, limit: 200, ...(cursor ? { cursor } : {}) });
      for (const e of page.entries)
        yield [
          e.at,
          e.actor.label,
          e.action,
          e.entity,
          e.entityId,
          e.departmentId,
          e.goalId,
          e.before === null ? '' : JSON.stringify(e.before),
          e.after === null ? '' : JSON.stringify(e.after),
        ];
      if (!page.nextCursor) return;
      cursor = Number(page.nextCursor);
    }
  }
  return { name: t.exports.files.audit, sheets: [sheet(t.exports.sheets.audit, c, keys, {}, rows())] };
}
