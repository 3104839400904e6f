// Writes queue up in one process: reads are answered meanwhile, and writes that share a commit
// (group commit) are still each all or nothing.
import { describe, expect, it } from 'vitest';
import measureCheckInsFn from '../../../netlify/functions/measure-check-ins.mts';
import sessionFn from '../../../netlify/functions/session.mts';
import { call, createDepartment, createGoal, createMeasure, freshDatabase } from '../helpers.ts';
import { createTestUser } from '../sign-in.ts';
import { createSession } from '../../../src/server/identity.ts';
import { SESSION_COOKIE } from '../../../src/server/cookies.ts';

const db = await freshDatabase();
const QUEUE = 40;

const postCheckIn = (measureId: string, value: number) =>
  call(measureCheckInsFn, 'POST', `/api/measures/${measureId}/check-ins`, {
    params: { id: measureId },
    body: { value, date: '2025-03-01', note: '' },
  });

const countOf = async (sql: string, args: string[]) => Number((await db.execute({ sql, args })).rows[0]![0]);

describe('the write queue', () => {
  it("a new client's GET /api/session is answered before a long queue of check-in POSTs has drained", async () => {
    const goal = await createGoal((await createDepartment()).id);
    const measure = await createMeasure(goal.id);
    const viewer = await createTestUser('viewer');
    // A session whose last-seen time is due for a refresh (a write of its own, queued behind the others).
    const { token } = await createSession(db, viewer.id, new Date(Date.now() - 10 * 60_000));
    const events: string[] = [];
    const posts = Array.from({ length: QUEUE }, (_, i) =>
      postCheckIn(measure.id, i).then((res) => {
        events.push('post');
        return res.status;
      }),
    );
    // The GET arrives once the queue has formed, as a request from the network would: a later turn of the event loop.
    const session = new Promise<number>((resolve) => setImmediate(resolve as () => void)).then(async () => {
      const res = await call(sessionFn, 'GET', '/api/session', {
        anonymous: true,
        headers: { cookie: `${SESSION_COOKIE}=${token}` },
      });
      events.push('session');
      return res;
    });
    const answered = await session;
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ id: viewer.id, role: 'viewer' });
    expect(await Promise.all(posts)).toEqual(Array(QUEUE).fill(201));
    // Answered while check-ins were still waiting for their turn, not after the last of them.
    const at = events.indexOf('session');
    expect(events.slice(at + 1)).toContain('post');
    expect(await countOf('SELECT count(*) FROM check_ins WHERE measure_id = ?', [measure.id])).toBe(QUEUE);
  });

  it('writes sharing a commit are each all or nothing: one refused halfway leaves nothing, the others are kept', async () => {
    const department = await createDepartment();
    const open = await createMeasure((await createGoal(department.id)).id);
    const closedGoal = await createGoal(department.id);
    const closed = await createMeasure(closedGoal.id);
    await db.execute({
      sql: "UPDATE goals SET state = 'achieved', closed_at = ? WHERE id = ?",
      args: [new Date().toISOString(), closedGoal.id],
    });
    const auditBefore = await countOf('SELECT count(*) FROM audit_log WHERE entity = ?', ['check_in']);
    // The closed goal's check-in is inserted before the audit row refuses it (409): its savepoint must undo it.
    const statuses = await Promise.all(
      Array.from({ length: 11 }, (_, i) =>
        (i === 5 ? postCheckIn(closed.id, 1) : postCheckIn(open.id, i)).then((res) => res.status),
      ),
    );
    expect(statuses).toEqual([201, 201, 201, 201, 201, 409, 201, 201, 201, 201, 201]);
    expect(await countOf('SELECT count(*) FROM check_ins WHERE measure_id = ?', [closed.id])).toBe(0);
    expect(await countOf('SELECT count(*) FROM check_ins WHERE measure_id = ?', [open.id])).toBe(10);
    expect(await countOf('SELECT count(*) FROM audit_log WHERE entity = ?', ['check_in'])).toBe(auditBefore + 10);
  });
});
