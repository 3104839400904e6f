// What a deletion removes, and the bin it goes to. Deleting a goal or a measure also removes, by
// ON DELETE CASCADE, its measures, check-ins (with their segment values), segments, practices,
// pairs and token scopes, and unlinks review actions and carried-over goals (ON DELETE SET NULL).
// `readRemoved` reads those rows before the delete so that every one gets its audit row with its
// before values, in the delete's transaction. A deleted goal's rows are also kept for 30 days in
// `deleted_goals` (0011_bin.sql) as they were, so that a restore puts back exactly the same rows.
import type { InValue } from '@libsql/client';
import type { BinEntry, BinContents } from '../domain/bin.ts';
import { actorId, actorLabel, SYSTEM } from '../domain/roles.ts';
import { currentActorContext } from './actor-context.ts';
import { audit, recordAudit } from './audit.ts';
import { clock } from './clock.ts';
import { assertClosedGoalsUntouched } from './closed-goals.ts';
import { getDatabase, inWriteTurn, type Sql } from './db.ts';
import { notFound, Problem } from './http.ts';
import { all, one } from './rows.ts';
import { says } from '../domain/problem.ts';

export const BIN_DAYS = 30;

type Row = Record<string, InValue>;

/** The rows a deletion removes or unlinks, table by table, as stored (columns as in the schema). */
export interface Removed {
  goals: Row[];
  measures: Row[];
  segments: Row[];
  check_ins: Row[];
  check_in_segments: Row[];
  practices: Row[];
  measure_pairs: Row[];
  api_token_measures: Row[];
  /** Review actions about a removed goal: their goal_id becomes NULL. */
  action_links: { id: string; goal_id: string }[];
  /** Goals carried over from a removed goal: their carried_from_goal_id becomes NULL. */
  carried_links: { id: string; carried_from_goal_id: string }[];
}

/** Tables in the order a restore inserts them (parents first). */
const INSERT_ORDER = [
  'goals',
  'measures',
  'segments',
  'check_ins',
  'check_in_segments',
  'practices',
  'measure_pairs',
  'api_token_measures',
] as const;

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Reads what deleting these goals (with everything under them: pass the whole subtree) or these measures removes. */
export async function readRemoved(sql: Sql, gone: { goalIds?: string[]; measureIds?: string[] }): Promise<Removed> {
  const goalIds = gone.goalIds ?? [];
  const g = goalIds.length ? goalIds : [null];
  const goals = goalIds.length
    ? await all<Row>(sql, `SELECT * FROM goals WHERE id IN (${marks(g.length)}) ORDER BY rowid`, g)
    : [];
  const measures = await all<Row>(
    sql,
    `SELECT * FROM measures WHERE goal_id IN (${marks(g.length)}) OR id IN (${marks((gone.measureIds ?? []).length || 1)}) ORDER BY rowid`,
    [...g, ...((gone.measureIds ?? []).length ? gone.measureIds! : [null])],
  );
  const m = measures.length ? measures.map((r) => r.id as string) : [null];
  const inM = `IN (${marks(m.length)})`;
  const [segments, checkIns, practices, pairs, tokens, actions, carried] = await Promise.all([
    all<Row>(sql, `SELECT * FROM segments WHERE measure_id ${inM} ORDER BY rowid`, m),
    all<Row>(sql, `SELECT * FROM check_ins WHERE measure_id ${inM} ORDER BY rowid`, m),
    all<Row>(sql, `SELECT * FROM practices WHERE goal_id IN (${marks(g.length)}) ORDER BY rowid`, g),
    all<Row>(sql, `SELECT * FROM measure_pairs WHERE measure_id ${inM} OR counterweight_id ${inM} ORDER BY rowid`, [
      ...m,
      ...m,
    ]),
    all<Row>(sql, `SELECT * FROM api_token_measures WHERE measure_id ${inM} ORDER BY token_id, measure_id`, m),
    all<{ id: string; goal_id: string }>(
      sql,
      `SELECT id, goal_id FROM actions WHERE goal_id IN (${marks(g.length)}) ORDER BY rowid`,
      g,
    ),
    all<{ id: string; carried_from_goal_id: string }>(
      sql,
      `SELECT id, carried_from_goal_id FROM goals WHERE carried_from_goal_id IN (${marks(g.length)}) AND id NOT IN (${marks(g.length)}) ORDER BY rowid`,
      [...g, ...g],
    ),
  ]);
  const c = checkIns.length ? checkIns.map((r) => r.id as string) : [null];
  const checkInSegments = await all<Row>(
    sql,
    `SELECT * FROM check_in_segments WHERE check_in_id IN (${marks(c.length)}) ORDER BY check_in_id, segment_id`,
    c,
  );
  return {
    goals,
    measures,
    segments,
    check_ins: checkIns,
    check_in_segments: checkInSegments,
    practices,
    measure_pairs: pairs,
    api_token_measures: tokens,
    action_links: actions,
    carried_links: carried,
  };
}

/**
 * One audit row for every row the cascade removes (measures, check-ins, segment values, segments,
 * practices, pairs, token scopes) and every link it clears, with the row as it was. The goals and
 * measures named in the request are audited (and checked) by their repository; `skip` names them.
 * The permission and closed-goal checks were made there for the whole subtree, so these rows are
 * written as they are, by the same actor.
 */
export async function auditRemoved(sql: Sql, r: Removed, skip: { measureIds?: string[] } = {}): Promise<void> {
  const { actor } = currentActorContext();
  const skipped = new Set(skip.measureIds ?? []);
  const goalDept = new Map<string, string>();
  for (const g of r.goals) goalDept.set(g.id as string, g.department_id as string);
  const measureGoal = new Map<string, string>();
  for (const m of r.measures) measureGoal.set(m.id as string, m.goal_id as string);
  const missing = [...new Set([...measureGoal.values()].filter((id) => !goalDept.has(id)))];
  if (missing.length)
    for (const row of await all<{ id: string; d: string }>(
      sql,
      `SELECT id, department_id AS d FROM goals WHERE id IN (${marks(missing.length)})`,
      missing,
    ))
      goalDept.set(row.id, row.d);
  const checkInMeasure = new Map(r.check_ins.map((c) => [c.id as string, c.measure_id as string]));
  const write = (entity: string, entityId: string, goalId: string | undefined, before: unknown, action = 'delete') =>
    recordAudit(
      sql,
      actor,
      {
        action,
        entity,
        entityId,
        goalId: goalId ?? null,
        departmentId: goalId ? (goalDept.get(goalId) ?? null) : null,
        before,
      },
      clock(),
    );
  for (const m of r.measures)
    if (!skipped.has(m.id as string)) await write('measure', m.id as string, m.goal_id as string, m);
  for (const s of r.segments) await write('segment', s.id as string, measureGoal.get(s.measure_id as string), s);
  for (const c of r.check_ins) await write('check_in', c.id as string, measureGoal.get(c.measure_id as string), c);
  for (const cs of r.check_in_segments)
    await write(
      'check_in_segment',
      `${cs.check_in_id}:${cs.segment_id}`,
      measureGoal.get(checkInMeasure.get(cs.check_in_id as string) ?? ''),
      cs,
    );
  for (const p of r.practices) await write('practice', p.id as string, p.goal_id as string, p);
  for (const p of r.measure_pairs)
    await write(
      'measure_pair',
      p.id as string,
      measureGoal.get(p.measure_id as string) ?? measureGoal.get(p.counterweight_id as string),
      p,
    );
  for (const t of r.api_token_measures)
    await write('api_token_measure', `${t.token_id}:${t.measure_id}`, measureGoal.get(t.measure_id as string), t);
  for (const a of r.action_links)
    await recordAudit(sql, actor, {
      action: 'update',
      entity: 'action',
      entityId: a.id,
      before: { goalId: a.goal_id },
      after: { goalId: null },
    });
  for (const c of r.carried_links)
    await recordAudit(sql, actor, {
      action: 'update',
      entity: 'goal',
      entityId: c.id,
      goalId: c.id,
      before: { carriedFromGoalId: c.carried_from_goal_id },
      after: { carriedFromGoalId: null },
    });
}

// ---------- the bin ----------
const contentsOf = (r: Removed): BinContents => ({
  goals: r.goals.length,
  measures: r.measures.length,
  checkIns: r.check_ins.length,
  practices: r.practices.length,
  pairs: r.measure_pairs.length,
});

/** Puts a deleted goal (`rootId`, with the removed rows under it) in the bin. Call before the DELETE. */
export async function putInBin(sql: Sql, rootId: string, removed: Removed): Promise<void> {
  const root = removed.goals.find((g) => g.id === rootId);
  if (!root) return;
  const { actor } = currentActorContext();
  const dep = await one<{ name: string }>(sql, 'SELECT name FROM departments WHERE id = ?', [
    root.department_id as string,
  ]);
  const parent = root.parent_goal_id
    ? await one<{ title: string }>(sql, 'SELECT title FROM goals WHERE id = ?', [root.parent_goal_id as string])
    : null;
  await sql.execute({
    sql: `INSERT INTO deleted_goals (id, title, department_id, department_name, parent_goal_id, parent_title, deleted_at, deleted_by, deleted_by_id, contents, snapshot)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      rootId,
      root.title as string,
      root.department_id as string,
      dep?.name ?? '',
      (root.parent_goal_id as string | null) ?? null,
      parent?.title ?? null,
      clock().toISOString(),
      actorLabel(actor),
      actorId(actor),
      JSON.stringify(contentsOf(removed)),
      JSON.stringify(removed),
    ],
  });
}

const cutoff = () => new Date(clock().getTime() - BIN_DAYS * 86_400_000).toISOString();

/** A bin row as stored: the entry's columns, its contents still JSON text. */
type BinRow = Omit<BinEntry, 'purgeAt' | 'contents'> & { contents: string };

const BIN_COLUMNS = `id, title, department_id AS departmentId, department_name AS departmentName, parent_goal_id AS parentGoalId,
  parent_title AS parentTitle, deleted_at AS deletedAt, deleted_by AS deletedBy, contents`;

const toEntry = ({
  id,
  title,
  departmentId,
  departmentName,
  parentGoalId,
  parentTitle,
  deletedAt,
  deletedBy,
  contents,
}: BinRow): BinEntry => ({
  id,
  title,
  departmentId,
  departmentName,
  parentGoalId,
  parentTitle,
  deletedAt,
  deletedBy,
  purgeAt: new Date(Date.parse(deletedAt) + BIN_DAYS * 86_400_000).toISOString(),
  contents: JSON.parse(contents) as BinContents,
});

/** The bin, newest first. What has been there for more than 30 days is purged first. */
export async function listBin(sql: Sql): Promise<BinEntry[]> {
  await expireBin();
  const rows = await all<BinRow>(
    sql,
    `SELECT ${BIN_COLUMNS} FROM deleted_goals WHERE deleted_at >= ? ORDER BY deleted_at DESC, rowid DESC`,
    [cutoff()],
  );
  return rows.map(toEntry);
}

/** Purges what has been in the bin for more than 30 days, in its own transaction (listing is a read). */
export async function expireBin(): Promise<number> {
  const db = await getDatabase();
  return inWriteTurn(async () => {
    const tx = await db.transaction('write');
    try {
      const n = await purgeExpired(tx);
      await tx.commit();
      return n;
    } finally {
      tx.close();
    }
  });
}

/** Removes what has been in the bin for more than 30 days, each audited as the system's purge. */
async function purgeExpired(sql: Sql): Promise<number> {
  const old = await all<BinRow>(sql, `SELECT ${BIN_COLUMNS} FROM deleted_goals WHERE deleted_at < ?`, [cutoff()]);
  for (const r of old) {
    await sql.execute({ sql: 'DELETE FROM deleted_goals WHERE id = ?', args: [r.id] });
    await recordAudit(
      sql,
      SYSTEM,
      {
        action: 'purge',
        entity: 'deleted_goal',
        entityId: r.id,
        departmentId: r.departmentId,
        goalId: r.id,
        before: toEntry(r),
      },
      clock(),
    );
  }
  return old.length;
}

/** A deleted goal still in the bin (not yet 30 days there). */
async function getBinned(sql: Sql, id: string): Promise<BinRow & { snapshot: string }> {
  const r = await one<BinRow & { snapshot: string }>(
    sql,
    `SELECT ${BIN_COLUMNS}, snapshot FROM deleted_goals WHERE id = ? AND deleted_at >= ?`,
    [id, cutoff()],
  );
  if (!r) throw notFound('Deleted goal');
  return r;
}

/** Purges one deleted goal for good (admins). */
export async function purgeBinned(sql: Sql, id: string): Promise<void> {
  const r = await getBinned(sql, id);
  await sql.execute({ sql: 'DELETE FROM deleted_goals WHERE id = ?', args: [id] });
  await audit(sql, {
    action: 'purge',
    entity: 'deleted_goal',
    entityId: id,
    departmentId: r.departmentId,
    goalId: id,
    before: toEntry(r),
  });
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function insertRow(sql: Sql, table: string, row: Row, orIgnore = false): Promise<void> {
  const cols = Object.keys(row);
  await sql.execute({
    sql: `INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO ${table} (${cols.map(quote).join(', ')}) VALUES (${marks(cols.length)})`,
    args: cols.map((c) => row[c] ?? null),
  });
}

/**
 * Puts a deleted goal back with everything under it, as it was. Refused (409) when its
 * department or the goal it was under is gone: `toTopLevel` restores it as a top-level goal.
 * Pairs and token scopes come back only where their other side still exists.
 */
export async function restoreBinned(sql: Sql, id: string, opts: { toTopLevel?: boolean } = {}): Promise<BinEntry> {
  const binned = await getBinned(sql, id);
  const removed = JSON.parse(binned.snapshot) as Removed;
  const departmentIds = [...new Set(removed.goals.map((g) => g.department_id as string))];
  const present = new Set(
    (
      await all<{ id: string }>(
        sql,
        `SELECT id FROM departments WHERE id IN (${marks(departmentIds.length)})`,
        departmentIds,
      )
    ).map((d) => d.id),
  );
  const goneDepartments = departmentIds.filter((d) => !present.has(d));
  if (goneDepartments.length)
    throw new Problem(
      409,
      'Department no longer exists',
      says('bin.department_gone', { departmentName: binned.departmentName }),
      undefined,
      { departmentIds: goneDepartments },
    );
  const root = removed.goals.find((g) => g.id === id)!;
  if (
    root.parent_goal_id &&
    !(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [root.parent_goal_id as string]))
  ) {
    if (!opts.toTopLevel)
      throw new Problem(
        409,
        'Parent goal no longer exists',
        says('bin.parent_gone', { parentTitle: binned.parentTitle ?? '' }),
        undefined,
        { canRestoreToTopLevel: true },
      );
    root.parent_goal_id = null;
  }
  // Nothing is added under a closed goal (it is read-only until an admin reopens it).
  if (root.parent_goal_id)
    await assertClosedGoalsUntouched(sql, {
      action: 'create',
      entity: 'goal',
      entityId: id,
      after: { parentGoalId: root.parent_goal_id },
    });
  // Restored as they were: the same ids, versions and timestamps.
  const measureIds = new Set(removed.measures.map((m) => m.id as string));
  // Parents before their sub-goals (a sub-goal may be older than the goal it was moved under).
  const order: Row[] = [];
  const placed = new Set<string>();
  while (order.length < removed.goals.length) {
    const next = removed.goals.filter(
      (g) => !placed.has(g.id as string) && (g.id === id || placed.has(g.parent_goal_id as string)),
    );
    if (!next.length) break;
    for (const g of next) (order.push(g), placed.add(g.id as string));
  }
  removed.goals = order;
  for (const table of INSERT_ORDER) {
    let rows = removed[table];
    if (table === 'measure_pairs') {
      const others = rows
        .flatMap((p) => [p.measure_id as string, p.counterweight_id as string])
        .filter((m) => !measureIds.has(m));
      const existing = new Set(
        others.length
          ? (
              await all<{ id: string }>(sql, `SELECT id FROM measures WHERE id IN (${marks(others.length)})`, others)
            ).map((m) => m.id)
          : [],
      );
      rows = rows.filter((p) =>
        [p.measure_id, p.counterweight_id].every((m) => measureIds.has(m as string) || existing.has(m as string)),
      );
    }
    if (table === 'api_token_measures') {
      const tokens = [...new Set(rows.map((t) => t.token_id as string))];
      const existing = new Set(
        tokens.length
          ? (
              await all<{ id: string }>(sql, `SELECT id FROM api_tokens WHERE id IN (${marks(tokens.length)})`, tokens)
            ).map((t) => t.id)
          : [],
      );
      rows = rows.filter((t) => existing.has(t.token_id as string));
    }
    // A pair whose other measure has since been paired again would break the one-pair rule: left out.
    for (const row of rows) await insertRow(sql, table, row, table === 'measure_pairs');
  }
  for (const a of removed.action_links)
    await sql.execute({
      sql: 'UPDATE actions SET goal_id = ? WHERE id = ? AND goal_id IS NULL',
      args: [a.goal_id, a.id],
    });
  for (const c of removed.carried_links)
    await sql.execute({
      sql: 'UPDATE goals SET carried_from_goal_id = ? WHERE id = ? AND carried_from_goal_id IS NULL',
      args: [c.carried_from_goal_id, c.id],
    });
  await sql.execute({ sql: 'DELETE FROM deleted_goals WHERE id = ?', args: [id] });
  // Audited (and checked: restoring under a closed goal is refused) goal by goal, then the rows under them.
  for (const g of removed.goals)
    await audit(sql, {
      action: 'restore',
      entity: 'goal',
      entityId: g.id as string,
      departmentId: g.department_id as string,
      goalId: g.id as string,
      after: g,
    });
  const { actor } = currentActorContext();
  const goalDept = new Map(removed.goals.map((g) => [g.id as string, g.department_id as string]));
  const measureGoal = new Map(removed.measures.map((m) => [m.id as string, m.goal_id as string]));
  const put = (entity: string, entityId: string, goalId: string | undefined, after: unknown) =>
    recordAudit(
      sql,
      actor,
      {
        action: 'restore',
        entity,
        entityId,
        goalId: goalId ?? null,
        departmentId: goalId ? (goalDept.get(goalId) ?? null) : null,
        after,
      },
      clock(),
    );
  for (const m of removed.measures) await put('measure', m.id as string, m.goal_id as string, m);
  for (const c of removed.check_ins) await put('check_in', c.id as string, measureGoal.get(c.measure_id as string), c);
  for (const p of removed.practices) await put('practice', p.id as string, p.goal_id as string, p);
  return toEntry(binned);
}
