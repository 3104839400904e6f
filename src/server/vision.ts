import type { Vision } from '../domain/types.ts';
import type { VisionInput } from '../domain/schemas.ts';
import type { Sql } from './db.ts';
import { Problem } from './http.ts';
import { newId, nowIso, one, stale, updateVersioned } from './rows.ts';
import { audit } from './audit.ts';
import { says } from '../domain/problem.ts';

const SELECT = `SELECT id, statement, horizon_year AS horizonYear, version, created_at AS createdAt, updated_at AS updatedAt FROM vision`;

export const getVision = (sql: Sql) => one<Vision>(sql, `${SELECT} LIMIT 1`, []);

/** The organisation has one vision: the first PUT creates it, later PUTs need its version. */
export async function putVision(sql: Sql, input: VisionInput): Promise<{ vision: Vision; created: boolean }> {
  const existing = await getVision(sql);
  if (!existing) {
    const id = newId();
    const now = nowIso();
    await sql.execute({
      sql: 'INSERT INTO vision (id, statement, horizon_year, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      args: [id, input.statement, input.horizonYear, now, now],
    });
    const vision = (await getVision(sql))!;
    await audit(sql, { action: 'create', entity: 'vision', entityId: id, departmentId: null, after: vision });
    return { vision, created: true };
  }
  if (input.version === undefined)
    throw new Problem(400, 'Invalid input', says('vision.version'), { version: [says('vision.versionField')] });
  if (input.version !== existing.version) throw stale('Vision', existing);
  const vision = await updateVersioned(sql, {
    table: 'vision',
    what: 'Vision',
    id: existing.id,
    version: input.version,
    columns: { statement: input.statement, horizon_year: input.horizonYear },
    reread: () => getVision(sql),
  });
  await audit(sql, {
    action: 'update',
    entity: 'vision',
    entityId: existing.id,
    departmentId: null,
    before: existing,
    after: vision,
  });
  return { vision, created: false };
}
