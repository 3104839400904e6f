// The audit trail: who (user, API token or the system) changed what, when, and the values before
// and after. Written in the same transaction as the change, so a refused or failed write leaves
// no audit row either. The table refuses UPDATE and DELETE (triggers in 0004_accounts.sql).
//
// Repositories call `audit(sql, {...})` next to each write; it takes the actor from the request
// (src/server/actor-context.ts) and, while enforcement is on, refuses (403) a write the actor may
// not make — a second guard behind the route's rule that also catches what a request changes
// beyond its target (a deleted goal's sub-goals of another department). It is also the one guard
// of closed goals (src/server/closed-goals.ts): a change that writes to one is refused with 409.
import type { InValue } from '@libsql/client';
import type { AuditEntry, AuditPage, AuditQuery } from '../domain/accounts.ts';
import { actorId, actorLabel, can, departments, ORG, type Actor, type Target } from '../domain/roles.ts';
import { currentActorContext } from './actor-context.ts';
import { clock } from './clock.ts';
import { rowsOf, type Sql } from './db.ts';
import { Problem } from './http.ts';
import { goalOwner, measureOwner } from './ownership.ts';
import { closedGoalRefusal, closedGoalsGuard, type ClosedGoalsQuery } from './closed-goals.ts';
import { says } from '../domain/problem.ts';

export interface AuditInput {
  /** create, update, delete, or a verb of the domain (close, carry_over, revoke, …). */
  action: string;
  /** vision, department, goal, measure, check_in, user, invite, api_token, review, action, … */
  entity: string;
  entityId: string;
  /** The department the change belongs to; null for organisation-wide things. */
  departmentId?: string | null;
  /** The goal it belongs to, so the goal's page shows it in its history. */
  goalId?: string | null;
  /** The row before (null/absent for a create) and after (null/absent for a delete). */
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one audit row for `actor`. The one function that writes the log. With `unless`, the row is
 * written only if that query finds nothing (one statement); returns whether it was written.
 */
export async function recordAudit(
  sql: Sql,
  actor: Actor,
  entry: AuditInput,
  now: Date = clock(),
  unless?: ClosedGoalsQuery,
): Promise<boolean> {
  const rs = await sql.execute({
    sql: `INSERT INTO audit_log (at, actor_type, actor_id, actor_label, action, entity, entity_id, department_id, goal_id, before, after)
          SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${unless ? ` WHERE NOT EXISTS (${unless.sql})` : ''}`,
    args: [
      now.toISOString(),
      actor.type,
      actorId(actor),
      actorLabel(actor),
      entry.action,
      entry.entity,
      entry.entityId,
      entry.departmentId ?? null,
      entry.goalId ?? null,
      jsonOrNull(entry.before),
      jsonOrNull(entry.after),
      ...(unless?.args ?? []),
    ],
  });
  return rs.rowsAffected > 0;
}

const jsonOrNull = (v: unknown): InValue => (v === undefined || v === null ? null : JSON.stringify(v));

/** Entities that belong to the whole organisation: only admins change them. */
const ORG_ENTITIES: ReadonlySet<string> = new Set(['vision', 'department', 'user', 'invite']);

const departmentOf = (row: unknown): string | null => {
  const d = row !== null && typeof row === 'object' ? (row as { departmentId?: unknown }).departmentId : undefined;
  return typeof d === 'string' ? d : null;
};

/** What a recorded change touched, for `can`: its department, and a moved row's old and new one. */
export function auditTarget(entry: AuditInput): { action: 'write' | 'create_check_in'; target: Target } {
  if (entry.entity === 'check_in' && entry.action === 'create' && entry.departmentId) {
    const measureId = (entry.after as { measureId?: unknown } | null | undefined)?.measureId;
    if (typeof measureId === 'string')
      return { action: 'create_check_in', target: { kind: 'measure', measureId, departmentId: entry.departmentId } };
  }
  if (ORG_ENTITIES.has(entry.entity)) return { action: 'write', target: ORG };
  const touched = [entry.departmentId ?? null, departmentOf(entry.before), departmentOf(entry.after)].filter(
    (d): d is string => d !== null,
  );
  // Something that belongs to no department is organisation-wide.
  return { action: 'write', target: touched.length ? departments(...new Set(touched)) : ORG };
}

/**
 * Records a change made by the current request's actor (the system outside requests). Give
 * `goalId` or `measureId` instead of `departmentId` to have the department looked up (before a
 * delete, while the row still exists).
 */
export async function audit(sql: Sql, input: AuditInput & { measureId?: string }): Promise<void> {
  const { measureId, ...entry } = input;
  if (entry.departmentId === undefined) {
    const owner = measureId
      ? await measureOwner(sql, measureId)
      : entry.goalId
        ? await goalOwner(sql, entry.goalId)
        : null;
    if (owner) {
      entry.departmentId = owner.departmentId;
      entry.goalId ??= owner.goalId;
    }
  }
  const { actor, enforce } = currentActorContext();
  if (enforce) {
    const { action, target } = auditTarget(entry);
    if (!can(actor, action, target))
      throw new Problem(
        403,
        'Not allowed',
        target.kind === 'org' ? says('access.changeForbidden') : says('access.foreignDepartment'),
      );
  }
  // Closed goals are read-only for everyone, whether or not roles are enforced (409, nothing kept).
  const closed = await closedGoalsGuard(sql, entry);
  if (!(await recordAudit(sql, actor, entry, clock(), closed ?? undefined)))
    throw await closedGoalRefusal(sql, closed!);
}

// ---------- reading ----------
interface AuditRow {
  id: number;
  at: string;
  actorType: AuditEntry['actor']['type'];
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  departmentId: string | null;
  goalId: string | null;
  before: string | null;
  after: string | null;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/** A page of the log, newest first, filtered; `cursor` is the `nextCursor` of the page before. */
/** Admins read the whole log, filtered; everyone else one goal's history (goalId=, or entity=goal&entityId=). */
export function assertMayReadAudit(actor: Actor, q: Pick<AuditQuery, 'goalId' | 'entity' | 'entityId'>): void {
  const oneGoal = q.goalId !== undefined || (q.entity === 'goal' && q.entityId !== undefined);
  const admin = actor.type === 'system' || (actor.type === 'user' && actor.role === 'admin');
  if (!admin && !oneGoal) throw new Problem(403, 'Not allowed', says('audit.adminsOnly'));
}

export async function listAudit(sql: Sql, q: AuditQuery): Promise<AuditPage> {
  const where: string[] = [];
  const args: InValue[] = [];
  const add = (clause: string, value: InValue) => (where.push(clause), args.push(value));
  if (q.entity) add('entity = ?', q.entity);
  if (q.action) add('action = ?', q.action);
  if (q.entityId) add('entity_id = ?', q.entityId);
  if (q.goalId) add('goal_id = ?', q.goalId);
  if (q.actorId) add('actor_id = ?', q.actorId);
  if (q.departmentId) add('department_id = ?', q.departmentId);
  if (q.from) add('at >= ?', `${q.from}T00:00:00.000Z`);
  if (q.to) add('at < ?', nextDay(q.to));
  if (q.cursor) add('id < ?', q.cursor);
  const rs = await sql.execute({
    sql: `SELECT id, at, actor_type AS actorType, actor_id AS actorId, actor_label AS actorLabel, action, entity, entity_id AS entityId,
                 department_id AS departmentId, goal_id AS goalId, before, after
            FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
    args: [...args, q.limit + 1],
  });
  const rows = rowsOf<AuditRow>(rs);
  const page = rows.slice(0, q.limit);
  return {
    entries: page.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actor: { type: r.actorType, id: r.actorId, label: r.actorLabel },
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      departmentId: r.departmentId,
      goalId: r.goalId,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    })),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]!.id) : null,
  };
}
