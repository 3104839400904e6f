// Segments (issue 4): the channels or teams a measure is split by. A check-in recorded by segment
// stores each segment's value and volume; the check-in's value is their volume-weighted mean.
import type { Segment } from '../domain/types.ts';
import type { Sql } from './db.ts';
import { Problem, notFound } from './http.ts';
import { all, checkVersion, newId, nowIso, one, updateVersioned } from './rows.ts';
import { audit } from './audit.ts';
import { says } from '../domain/problem.ts';

const SELECT = `SELECT id, measure_id AS measureId, name, version, created_at AS createdAt, updated_at AS updatedAt FROM segments`;

async function assertMeasure(sql: Sql, measureId: string) {
  if (!(await one(sql, 'SELECT 1 AS ok FROM measures WHERE id = ?', [measureId]))) throw notFound('Measure');
}

/** A measure's segments in the order they were added (404 for an unknown measure). */
export async function listSegments(sql: Sql, measureId: string): Promise<Segment[]> {
  await assertMeasure(sql, measureId);
  return all<Segment>(sql, `${SELECT} WHERE measure_id = ? ORDER BY created_at, rowid`, [measureId]);
}

export const findSegment = (sql: Sql, id: string) => one<Segment>(sql, `${SELECT} WHERE id = ?`, [id]);

export async function getSegment(sql: Sql, id: string): Promise<Segment> {
  const s = await findSegment(sql, id);
  if (!s) throw notFound('Segment');
  return s;
}

async function assertNameFree(sql: Sql, measureId: string, name: string, exceptId = '') {
  const clash = await one(
    sql,
    'SELECT 1 AS ok FROM segments WHERE measure_id = ? AND name = ? COLLATE NOCASE AND id <> ?',
    [measureId, name, exceptId],
  );
  if (clash)
    throw new Problem(409, 'Name already used', says('segment.nameTaken'), { name: [says('segment.nameTakenField')] });
}

export async function createSegment(sql: Sql, measureId: string, name: string): Promise<Segment> {
  await assertMeasure(sql, measureId);
  await assertNameFree(sql, measureId, name);
  const id = newId();
  const now = nowIso();
  await sql.execute({
    sql: 'INSERT INTO segments (id, measure_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    args: [id, measureId, name, now, now],
  });
  const created = (await findSegment(sql, id))!;
  await audit(sql, { action: 'create', entity: 'segment', entityId: id, measureId, after: created });
  return created;
}

export async function renameSegment(sql: Sql, id: string, name: string, version: number): Promise<Segment> {
  const s = await getSegment(sql, id);
  await assertNameFree(sql, s.measureId, name, id);
  const updated = await updateVersioned(sql, {
    table: 'segments',
    what: 'Segment',
    id,
    version,
    columns: { name },
    reread: () => findSegment(sql, id),
  });
  await audit(sql, {
    action: 'update',
    entity: 'segment',
    entityId: id,
    measureId: s.measureId,
    before: s,
    after: updated,
  });
  return updated;
}

/** Deletes a segment no check-in has a value for (409 otherwise: the history would lose part of its roll-up). */
export async function deleteSegment(sql: Sql, id: string, version?: number): Promise<void> {
  const s = await getSegment(sql, id);
  checkVersion('Segment', s, version);
  const used = await one<{ n: number }>(sql, 'SELECT count(*) AS n FROM check_in_segments WHERE segment_id = ?', [id]);
  if (used && used.n > 0)
    throw new Problem(
      409,
      'Segment has check-ins',
      says('segment.hasCheckIns', { name: s.name, count: used.n }),
      undefined,
      { checkInCount: used.n },
    );
  await audit(sql, { action: 'delete', entity: 'segment', entityId: id, measureId: s.measureId, before: s });
  await sql.execute({ sql: 'DELETE FROM segments WHERE id = ?', args: [id] });
}
