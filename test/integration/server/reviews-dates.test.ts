// Dates in reviews and carry-overs: a meeting planned for later judges goals as of today, a review
// cannot be closed before its meeting date without moving the meeting to today, and a carry-over
// never strands an editor on other departments' sub-goals or dates a review after the due date.
import { afterEach, describe, expect, it } from 'vitest';
import type { Agenda, CarryOverResult, Review } from '../../../src/domain/reviews.ts';
import type { Goal } from '../../../src/domain/types.ts';
import reviewsFn from '../../../netlify/functions/reviews.mts';
import reviewFn from '../../../netlify/functions/review.mts';
import reviewCloseFn from '../../../netlify/functions/review-close.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import goalCarryOverFn from '../../../netlify/functions/goal-carry-over.mts';
import { setClock } from '../../../src/server/clock.ts';
import {
  call,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  snapshot,
} from '../helpers.ts';
import { signIn } from '../sign-in.ts';

const db = await freshDatabase();
const today = (date: string) => setClock(() => new Date(`${date}T10:00:00.000Z`));
afterEach(() => setClock(null));

const auditRows = async (action: string, entityId: string) =>
  (
    await db.execute({
      sql: 'SELECT before, after FROM audit_log WHERE action = ? AND entity_id = ?',
      args: [action, entityId],
    })
  ).rows;
const auditCount = async () => Number((await db.execute('SELECT count(*) AS n FROM audit_log')).rows[0]!.n);
const getGoal = async (id: string) => (await call<Goal>(goalFn, 'GET', `/api/goals/${id}`, { params: { id } })).body;
/** Read by a session started "today" (the file's admin session would have expired after a jump of months). */
const getAgenda = async (id: string) => {
  const res = await call<Agenda>(reviewFn, 'GET', `/api/reviews/${id}`, {
    params: { id },
    headers: await signIn('viewer'),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const createReview = async (body: Record<string, unknown>) => {
  const res = await call<Review>(reviewsFn, 'POST', '/api/reviews', { body: { forum: 'department_review', ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};

describe('the agenda of a meeting planned for later', () => {
  it('judges goals as of today until the meeting date has come, then as of the meeting date', async () => {
    const d = await createDepartment('Planning ahead');
    const goal = await createGoal(d.id, {
      title: 'Fewer repeat calls',
      startDate: '2026-10-01',
      dueDate: '2027-02-28',
      reviewDate: '2027-02-15',
    });
    const m = await createMeasure(goal.id, {
      baseline: 0,
      target: 100,
      baselineDate: '2026-10-01',
      targetDate: '2027-02-28',
    });
    await createCheckIn(m.id, 50, '2026-11-30');
    const review = await createReview({ period: '2027-Q1', meetingDate: '2027-03-20', departmentId: d.id });

    today('2026-12-01');
    const planned = await getAgenda(review.id);
    expect(planned.asOf).toBe('2026-12-01');
    const item = planned.departments[0]!.items.find((i) => i.goal.id === goal.id)!;
    // Half way there after 60 of 150 days: on track today, not "missed" because February is past the meeting.
    expect(item.computedStatus).toBe('on_track');
    expect(item.measures[0]!.status).toBe('on_track');

    // Once the meeting date has passed, the agenda judges as of the meeting: the goal is past its due date.
    today('2027-03-25');
    const held = await getAgenda(review.id);
    expect(held.asOf).toBe('2027-03-20');
    expect(held.departments[0]!.items.find((i) => i.goal.id === goal.id)!.computedStatus).toBe('missed');
  });
});

describe('closing a review before its meeting date', () => {
  it('is refused without moving the meeting, and writes nothing', async () => {
    const d = await createDepartment('Early closers');
    await createGoal(d.id, { startDate: '2026-10-01', dueDate: '2026-12-31', reviewDate: '2026-12-01' });
    const review = await createReview({ period: '2026-12', meetingDate: '2026-12-15', departmentId: d.id });
    today('2026-12-01');
    const before = await snapshot(db);
    const audits = await auditCount();
    for (const body of [{}, { version: review.version }, { moveMeetingDateToToday: false }]) {
      const res = await call(reviewCloseFn, 'POST', `/api/reviews/${review.id}/close`, {
        params: { id: review.id },
        body,
      });
      expectProblem(res, 409, 'meetingDate');
      expect(res.body).toMatchObject({ code: 'meeting_in_future', meetingDate: '2026-12-15', today: '2026-12-01' });
      expect(res.body.detail).toContain('2026-12-15');
    }
    expect(await snapshot(db)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('moves the meeting to today and closes in one step when asked, audited', async () => {
    const d = await createDepartment('Moved meeting');
    const goal = await createGoal(d.id, {
      startDate: '2026-10-01',
      dueDate: '2026-12-31',
      reviewDate: '2026-11-30',
      reviewCadence: 'monthly',
    });
    const review = await createReview({ period: '2026-12', meetingDate: '2026-12-15', departmentId: d.id });
    today('2026-12-01');
    const res = await call<Agenda>(reviewCloseFn, 'POST', `/api/reviews/${review.id}/close`, {
      params: { id: review.id },
      body: { version: review.version, moveMeetingDateToToday: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.review).toMatchObject({ state: 'closed', meetingDate: '2026-12-01' });
    expect(res.body.asOf).toBe('2026-12-01');
    expect(res.body.departments[0]!.items.map((i) => i.goal.id)).toEqual([goal.id]);
    const rows = await auditRows('meeting_moved', review.id);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(String(rows[0]!.before))).toEqual({ meetingDate: '2026-12-15' });
    expect(JSON.parse(String(rows[0]!.after))).toMatchObject({ meetingDate: '2026-12-01' });
    expect(await auditRows('close', review.id)).toHaveLength(1);
    // The frozen record keeps its date later on.
    today('2027-02-01');
    expect((await getAgenda(review.id)).asOf).toBe('2026-12-01');
  });

  it('cannot move the meeting before its period begins', async () => {
    const review = await createReview({ period: '2027-Q1', meetingDate: '2027-01-15' });
    today('2026-12-01');
    const before = await snapshot(db);
    const res = await call(reviewCloseFn, 'POST', `/api/reviews/${review.id}/close`, {
      params: { id: review.id },
      body: { moveMeetingDateToToday: true },
    });
    expectProblem(res, 422, 'meetingDate');
    expect(res.body).toMatchObject({ code: 'period_not_started', periodStart: '2027-01-01' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('closes a review whose meeting date has come as before, without moving it', async () => {
    const review = await createReview({ period: '2026-11', meetingDate: '2026-11-20' });
    today('2026-12-01');
    const res = await call<Agenda>(reviewCloseFn, 'POST', `/api/reviews/${review.id}/close`, {
      params: { id: review.id },
      body: { moveMeetingDateToToday: true },
    });
    expect(res.status).toBe(200);
    expect([res.body.review.meetingDate, res.body.asOf]).toEqual(['2026-11-20', '2026-11-20']);
    expect(await auditRows('meeting_moved', review.id)).toHaveLength(0);
  });
});

describe('carrying a goal with sub-goals of other departments', () => {
  it('tells an editor which sub-goals cannot move, and carries only theirs when asked', async () => {
    const [mine, theirs] = [await createDepartment('Customer care'), await createDepartment('Billing')];
    const old = await createGoal(mine.id, {
      title: 'Fewer complaints',
      startDate: '2026-10-01',
      dueDate: '2026-12-31',
      reviewCadence: 'quarterly',
    });
    const ownKid = await createGoal(mine.id, {
      title: 'Call back within a day',
      parentGoalId: old.id,
      startDate: '2026-10-01',
      dueDate: '2027-06-30',
    });
    const otherKid = await createGoal(theirs.id, {
      title: 'Correct invoices',
      parentGoalId: old.id,
      startDate: '2026-10-01',
      dueDate: '2027-06-30',
    });
    const editor = await signIn('editor', [mine.id]);
    const body = { startDate: '2027-01-01', dueDate: '2027-03-31', comment: 'Continue in Q1', version: old.version };

    const before = await snapshot(db);
    const refused = await call(goalCarryOverFn, 'POST', `/api/goals/${old.id}/carry-over`, {
      params: { id: old.id },
      headers: editor,
      body,
    });
    expectProblem(refused, 409, 'subGoals');
    expect(refused.body.code).toBe('sub_goals_not_movable');
    expect(refused.body.subGoals).toEqual([
      {
        id: otherKid.id,
        title: 'Correct invoices',
        departmentId: theirs.id,
        departmentName: 'Billing',
        reason: 'other_department',
      },
    ]);
    expect(refused.body.detail).toContain('“Correct invoices” (Billing)');
    expect(await snapshot(db)).toEqual(before);

    const res = await call<CarryOverResult>(goalCarryOverFn, 'POST', `/api/goals/${old.id}/carry-over`, {
      params: { id: old.id },
      headers: editor,
      body: { ...body, subGoals: 'mine' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.movedSubGoalIds).toEqual([ownKid.id]);
    expect(res.body.keptSubGoalIds).toEqual([otherKid.id]);
    expect(res.body.from.state).toBe('carried');
    expect((await getGoal(ownKid.id)).parentGoalId).toBe(res.body.goal.id);
    // The other department's goal is untouched: same parent, same version.
    expect(await getGoal(otherKid.id)).toEqual(otherKid);
    // Quarterly from 1 January would be 1 April, after the due date: the period's last month instead.
    expect(res.body.goal.reviewDate).toBe('2027-03-01');
    expect(res.body.goal.reviewDate! <= res.body.goal.dueDate).toBe(true);
  });

  it('an admin carries every sub-goal along, and "mine" then keeps none back', async () => {
    const [a, b] = [await createDepartment(), await createDepartment()];
    const old = await createGoal(a.id, { startDate: '2026-10-01', dueDate: '2026-12-31' });
    const otherKid = await createGoal(b.id, { parentGoalId: old.id, startDate: '2026-10-01', dueDate: '2027-06-30' });
    const res = await call<CarryOverResult>(goalCarryOverFn, 'POST', `/api/goals/${old.id}/carry-over`, {
      params: { id: old.id },
      body: { startDate: '2027-01-01', dueDate: '2027-03-31', subGoals: 'mine' },
    });
    expect(res.status).toBe(201);
    expect([res.body.movedSubGoalIds, res.body.keptSubGoalIds]).toEqual([[otherKid.id], []]);
  });

  it('refuses a chosen review date after the new due date', async () => {
    const d = await createDepartment();
    const old = await createGoal(d.id, { startDate: '2026-10-01', dueDate: '2026-12-31' });
    const before = await snapshot(db);
    const res = await call(goalCarryOverFn, 'POST', `/api/goals/${old.id}/carry-over`, {
      params: { id: old.id },
      body: { startDate: '2027-01-01', dueDate: '2027-03-31', reviewDate: '2027-04-01' },
    });
    expectProblem(res, 400, 'reviewDate');
    expect(await snapshot(db)).toEqual(before);
  });
});
