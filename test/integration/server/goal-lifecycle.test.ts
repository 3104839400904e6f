// Next quarter: carry a goal over (new dates, measures re-baselined, history linked) or close it
// as achieved / missed / dropped with a comment. Plus "what is due" and the timeline.
import { describe, expect, it } from 'vitest';
import type { Action, CarryOverResult, DueList, Review, Timeline } from '../../../src/domain/reviews.ts';
import type { Goal, Measure, Tree } from '../../../src/domain/types.ts';
import goalFn from '../../../netlify/functions/goal.mts';
import goalCloseFn from '../../../netlify/functions/goal-close.mts';
import goalCarryOverFn from '../../../netlify/functions/goal-carry-over.mts';
import goalMeasuresFn from '../../../netlify/functions/goal-measures.mts';
import measureCheckInsFn from '../../../netlify/functions/measure-check-ins.mts';
import treeFn from '../../../netlify/functions/tree.mts';
import reviewsFn from '../../../netlify/functions/reviews.mts';
import reviewActionsFn from '../../../netlify/functions/review-actions.mts';
import dueFn from '../../../netlify/functions/due.mts';
import timelineFn from '../../../netlify/functions/timeline.mts';
import counterweightsFn from '../../../netlify/functions/measure-counterweights.mts';
import segmentsFn from '../../../netlify/functions/measure-segments.mts';
import goalPracticesFn from '../../../netlify/functions/goal-practices.mts';
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
const getGoal = async (id: string) => (await call<Goal>(goalFn, 'GET', `/api/goals/${id}`, { params: { id } })).body;

describe('carry-over', () => {
  it('creates the next-period goal, re-baselines its measures, moves open sub-goals and closes the old goal as carried', async () => {
    const d = await createDepartment('Carry');
    const parent = await createGoal(d.id, { title: 'Parent', startDate: '2025-01-01', dueDate: '2026-12-31' });
    const old = await createGoal(d.id, {
      title: 'Cut AHT',
      description: 'Shorter calls',
      owner: 'Ana',
      parentGoalId: parent.id,
      startDate: '2025-01-01',
      dueDate: '2025-06-30',
      reviewDate: '2025-06-30',
      reviewCadence: 'monthly',
    });
    const aht = await createMeasure(old.id, {
      name: 'AHT',
      unit: 's',
      direction: 'decrease',
      baseline: 400,
      target: 300,
      baselineDate: '2025-01-01',
      targetDate: '2025-06-30',
      weight: 2,
      purpose: 'Queue',
    });
    await createCheckIn(aht.id, 360, '2025-05-01');
    await createCheckIn(aht.id, 340, '2025-06-20');
    const fcr = await createMeasure(old.id, {
      name: 'FCR',
      unit: '%',
      baseline: 70,
      target: 80,
      baselineDate: '2025-01-01',
      targetDate: '2025-06-30',
    });
    await createCheckIn(fcr.id, 82, '2025-06-25'); // already past its target
    const keep = await createMeasure(old.id, {
      name: 'Backlog',
      direction: 'keep_below',
      baseline: 50,
      target: 40,
      baselineDate: '2025-01-01',
      targetDate: '2025-06-30',
    });
    const openKid = await createGoal(d.id, {
      title: 'Open kid',
      parentGoalId: old.id,
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
    });
    const closedKid = await createGoal(d.id, {
      title: 'Closed kid',
      parentGoalId: old.id,
      startDate: '2025-01-01',
      dueDate: '2025-03-31',
    });
    await call(goalCloseFn, 'POST', `/api/goals/${closedKid.id}/close`, {
      params: { id: closedKid.id },
      body: { outcome: 'achieved', comment: 'Done' },
    });

    const res = await call<CarryOverResult>(goalCarryOverFn, 'POST', `/api/goals/${old.id}/carry-over`, {
      params: { id: old.id },
      body: { startDate: '2025-07-01', dueDate: '2025-12-31', comment: 'Not there yet; continue in H2', version: 1 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { from, goal, measures, movedSubGoalIds } = res.body;
    expect(from).toMatchObject({
      id: old.id,
      state: 'carried',
      closedComment: 'Not there yet; continue in H2',
      closedAt: expect.any(String),
      version: 2,
    });
    expect(goal).toMatchObject({
      title: 'Cut AHT',
      description: 'Shorter calls',
      owner: 'Ana',
      departmentId: d.id,
      parentGoalId: parent.id,
      startDate: '2025-07-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-08-01', // monthly from the new start
      reviewCadence: 'monthly',
      state: 'open',
      carriedFromGoalId: old.id,
      version: 1,
    });
    expect(movedSubGoalIds).toEqual([openKid.id]);
    expect((await getGoal(openKid.id)).parentGoalId).toBe(goal.id);
    expect((await getGoal(closedKid.id)).parentGoalId).toBe(old.id);

    expect(measures.map((m) => [m.fromMeasureId, m.baseline, m.baselineFrom])).toEqual([
      [aht.id, 340, 'latest_check_in'],
      [fcr.id, 70, 'old_baseline'], // 82 already beats the target 80: nothing left to measure from there
      [keep.id, 50, 'old_baseline'], // never checked in
    ]);
    const copied = (
      await call<Measure[]>(goalMeasuresFn, 'GET', `/api/goals/${goal.id}/measures`, { params: { id: goal.id } })
    ).body;
    expect(copied.map((m) => m.id)).toEqual(measures.map((m) => m.measureId));
    expect(copied[0]).toMatchObject({
      name: 'AHT',
      unit: 's',
      direction: 'decrease',
      baseline: 340,
      baselineDate: '2025-07-01',
      target: 300,
      targetDate: '2025-12-31',
      weight: 2,
      purpose: 'Queue',
      version: 1,
    });
    expect(copied[2]).toMatchObject({ name: 'Backlog', direction: 'keep_below', target: 40 });
    // The new measures start without check-ins; the history stays on the old goal's measures.
    expect(
      (
        await call(measureCheckInsFn, 'GET', `/api/measures/${copied[0]!.id}/check-ins`, {
          params: { id: copied[0]!.id },
        })
      ).body,
    ).toEqual([]);
    expect(
      (await call(measureCheckInsFn, 'GET', `/api/measures/${aht.id}/check-ins`, { params: { id: aht.id } })).body,
    ).toHaveLength(2);

    // The tree no longer counts the carried goal in its parent's roll-up (its continuation does).
    const tree = (await call<Tree>(treeFn, 'GET', '/api/tree')).body;
    const parentProgress = tree.goals.find((g) => g.id === parent.id)!.progress;
    const newProgress = tree.goals.find((g) => g.id === goal.id)!.progress;
    expect(parentProgress).toBe(newProgress);

    // Closed goals refuse a second carry-over or a close.
    const before = await snapshot(db);
    const again = await call(goalCarryOverFn, 'POST', `/api/goals/${old.id}/carry-over`, {
      params: { id: old.id },
      body: { startDate: '2026-01-01', dueDate: '2026-06-30' },
    });
    expectProblem(again, 409, 'state');
    expect(again.body.detail).toMatch(/already carried over/);
    expectProblem(
      await call(goalCloseFn, 'POST', `/api/goals/${old.id}/close`, {
        params: { id: old.id },
        body: { outcome: 'dropped', comment: 'x' },
      }),
      409,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('carries the measurement context: pairs (inside the goal and to a measure elsewhere), segment names and practices', async () => {
    const d = await createDepartment('Context');
    const old = await createGoal(d.id, {
      title: 'Shorter calls, same resolution',
      startDate: '2025-01-01',
      dueDate: '2025-06-30',
    });
    const other = await createGoal(d.id, {
      title: 'Satisfied customers',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
    });
    // A library AHT: measured without a counterweight it would be flagged.
    const aht = await createMeasure(old.id, {
      libraryKey: 'aht',
      name: 'AHT',
      unit: 's',
      direction: 'decrease',
      baseline: 400,
      target: 300,
    });
    const fcr = await createMeasure(old.id, { name: 'FCR', unit: '%', baseline: 70, target: 80 });
    const csat = await createMeasure(other.id, { name: 'CSAT', unit: '%', baseline: 75, target: 85 });
    const finished = await createGoal(d.id, { title: 'Last year', startDate: '2024-01-01', dueDate: '2024-12-31' });
    const oldCsat = await createMeasure(finished.id, {
      name: 'CSAT 2024',
      unit: '%',
      baseline: 70,
      target: 75,
      baselineDate: '2024-01-01',
      targetDate: '2024-12-31',
    });
    const pair = (a: string, b: string) =>
      call(counterweightsFn, 'POST', `/api/measures/${a}/counterweights`, {
        params: { id: a },
        body: { counterweightId: b },
      });
    expect((await pair(aht.id, fcr.id)).status).toBe(201);
    expect((await pair(csat.id, fcr.id)).status).toBe(201);
    expect((await pair(oldCsat.id, fcr.id)).status).toBe(201);
    expect(
      (
        await call(goalCloseFn, 'POST', `/api/goals/${finished.id}/close`, {
          params: { id: finished.id },
          body: { outcome: 'achieved', comment: 'Done' },
        })
      ).status,
    ).toBe(200);
    for (const name of ['Phone', 'Chat'])
      expect(
        (await call(segmentsFn, 'POST', `/api/measures/${aht.id}/segments`, { params: { id: aht.id }, body: { name } }))
          .status,
      ).toBe(201);
    for (const text of ['Ask open questions', 'Summarise before closing'])
      expect(
        (
          await call(goalPracticesFn, 'POST', `/api/goals/${old.id}/practices`, {
            params: { id: old.id },
            body: { text },
          })
        ).status,
      ).toBe(201);

    const auditedBefore = Number(
      (
        await db.execute(
          "SELECT count(*) AS n FROM audit_log WHERE action = 'create' AND entity IN ('measure_pair', 'segment', 'practice')",
        )
      ).rows[0]!.n,
    );
    const res = await call<CarryOverResult>(goalCarryOverFn, 'POST', `/api/goals/${old.id}/carry-over`, {
      params: { id: old.id },
      body: { startDate: '2025-07-01', dueDate: '2025-12-31', comment: 'Continue' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const newOf = new Map(res.body.measures.map((m) => [m.fromMeasureId, m.measureId]));
    const [newAht, newFcr] = [newOf.get(aht.id)!, newOf.get(fcr.id)!];
    const partners = async (id: string) =>
      (await call<Measure[]>(counterweightsFn, 'GET', `/api/measures/${id}/counterweights`, { params: { id } })).body
        .map((m) => m.id)
        .sort();
    expect(await partners(newAht)).toEqual([newFcr]);
    // The pair with CSAT (an open goal) continues; the one with last year's closed goal does not.
    expect(await partners(newFcr)).toEqual([newAht, csat.id].sort());
    // The old measures keep their pairs: the carried goal's record is unchanged.
    expect(await partners(aht.id)).toEqual([fcr.id]);
    expect(await partners(fcr.id)).toEqual([aht.id, csat.id, oldCsat.id].sort());
    expect(await partners(csat.id)).toEqual([fcr.id, newFcr].sort());
    const segments = (
      await call<{ name: string }[]>(segmentsFn, 'GET', `/api/measures/${newAht}/segments`, { params: { id: newAht } })
    ).body;
    expect(segments.map((x) => x.name).sort()).toEqual(['Chat', 'Phone']);
    const practices = (
      await call<{ text: string; position: number }[]>(
        goalPracticesFn,
        'GET',
        `/api/goals/${res.body.goal.id}/practices`,
        { params: { id: res.body.goal.id } },
      )
    ).body;
    expect(practices.map((p) => p.text)).toEqual(['Ask open questions', 'Summarise before closing']);
    // No counterweight warning appears on the new goal (the old one had none either).
    const tree = (await call<Tree>(treeFn, 'GET', '/api/tree')).body;
    expect(tree.warnings.filter((w) => w.goalId === res.body.goal.id)).toEqual([]);
    // Each copy is recorded like a change by hand: 2 pairs, 2 segments, 2 practices.
    const auditedAfter = Number(
      (
        await db.execute(
          "SELECT count(*) AS n FROM audit_log WHERE action = 'create' AND entity IN ('measure_pair', 'segment', 'practice')",
        )
      ).rows[0]!.n,
    );
    expect(auditedAfter - auditedBefore).toBe(6);
  });

  it("an editor's carry-over does not continue a pair with another department's measure", async () => {
    const [a, b] = [await createDepartment('Editor side'), await createDepartment('Other side')];
    const old = await createGoal(a.id, { title: 'Fewer repeat calls', startDate: '2025-01-01', dueDate: '2025-06-30' });
    const theirs = await createGoal(b.id, { title: 'Their goal', startDate: '2025-01-01', dueDate: '2025-12-31' });
    const mine = await createMeasure(old.id, {
      name: 'Repeat calls',
      unit: 'count',
      direction: 'decrease',
      baseline: 100,
      target: 80,
    });
    const partner = await createMeasure(theirs.id, { name: 'Their CSAT', unit: '%', baseline: 75, target: 85 });
    expect(
      (
        await call(counterweightsFn, 'POST', `/api/measures/${mine.id}/counterweights`, {
          params: { id: mine.id },
          body: { counterweightId: partner.id },
        })
      ).status,
    ).toBe(201);

    const editor = await signIn('editor', [a.id]);
    const res = await call<CarryOverResult>(goalCarryOverFn, 'POST', `/api/goals/${old.id}/carry-over`, {
      params: { id: old.id },
      headers: editor,
      body: { startDate: '2025-07-01', dueDate: '2025-12-31', comment: 'Continue' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const newMine = res.body.measures[0]!.measureId;
    const partnersOf = async (id: string) =>
      (
        await call<Measure[]>(counterweightsFn, 'GET', `/api/measures/${id}/counterweights`, { params: { id } })
      ).body.map((m) => m.id);
    expect(await partnersOf(newMine)).toEqual([]);
    expect(await partnersOf(partner.id)).toEqual([mine.id]);
  });

  it('a goal can be carried again, each time linked to the one before', async () => {
    const d = await createDepartment('Chain');
    const q1 = await createGoal(d.id, { startDate: '2025-01-01', dueDate: '2025-03-31' });
    const q2 = (
      await call<CarryOverResult>(goalCarryOverFn, 'POST', `/api/goals/${q1.id}/carry-over`, {
        params: { id: q1.id },
        body: { startDate: '2025-04-01', dueDate: '2025-06-30', title: 'Renamed' },
      })
    ).body.goal;
    const q3 = (
      await call<CarryOverResult>(goalCarryOverFn, 'POST', `/api/goals/${q2.id}/carry-over`, {
        params: { id: q2.id },
        body: { startDate: '2025-07-01', dueDate: '2025-09-30' },
      })
    ).body.goal;
    // Quarterly from 1 April would be 1 July, after the due date: the period's last month instead.
    expect([q2.carriedFromGoalId, q2.title, q2.reviewDate]).toEqual([q1.id, 'Renamed', '2025-06-01']);
    expect([q3.carriedFromGoalId, q3.title]).toEqual([q2.id, 'Renamed']);
  });
});

describe('closing a goal', () => {
  it.each(['achieved', 'missed', 'dropped'] as const)(
    'closes as %s with the comment; the closed goal is read-only (409)',
    async (outcome) => {
      const d = await createDepartment();
      const g = await createGoal(d.id);
      const res = await call<Goal>(goalCloseFn, 'POST', `/api/goals/${g.id}/close`, {
        params: { id: g.id },
        body: { outcome, comment: `Closed as ${outcome}` },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        state: outcome,
        closedComment: `Closed as ${outcome}`,
        closedAt: expect.any(String),
        version: 2,
      });
      expectProblem(
        await call(goalFn, 'PATCH', `/api/goals/${g.id}`, {
          params: { id: g.id },
          body: { state: 'open', version: 2 },
        }),
        400,
        '_',
      );
      const edited = await call<Goal>(goalFn, 'PATCH', `/api/goals/${g.id}`, {
        params: { id: g.id },
        body: { description: 'Lessons learnt', version: 2 },
      });
      expectProblem(edited, 409);
      expect(edited.body).toMatchObject({ code: 'goal.closed', goalId: g.id });
      expect(await getGoal(g.id)).toMatchObject({ state: outcome, description: '', version: 2 });
    },
  );
});

describe('what is due', () => {
  it('lists goals to review within 14 days or overdue, stale measures and overdue actions', async () => {
    const d = await createDepartment('Due desk');
    const other = await createDepartment('Due elsewhere');
    await createGoal(d.id, {
      title: 'Overdue review',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-05-20',
    });
    await createGoal(d.id, {
      title: 'Review in 14 days',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-06-15',
    });
    const later = await createGoal(d.id, {
      title: 'Review in 15 days',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-06-16',
    });
    await createGoal(d.id, {
      title: 'No review date',
      startDate: '2025-03-01',
      dueDate: '2025-12-31',
      reviewCadence: 'quarterly',
    });
    const closed = await createGoal(d.id, {
      title: 'Closed',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-05-01',
    });
    // Its measure was added while it was open (a closed goal takes no new measures).
    await createMeasure(closed.id, { name: 'On a closed goal', frequency: 'daily', baselineDate: '2025-01-01' });
    await call(goalCloseFn, 'POST', `/api/goals/${closed.id}/close`, {
      params: { id: closed.id },
      body: { outcome: 'dropped', comment: 'x' },
    });
    const elsewhere = await createGoal(other.id, {
      title: 'Elsewhere',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-06-01',
    });

    const fresh = await createMeasure(later.id, {
      name: 'Fresh weekly',
      frequency: 'weekly',
      baselineDate: '2025-01-01',
    });
    await createCheckIn(fresh.id, 11, '2025-05-28');
    const staleWeekly = await createMeasure(later.id, {
      name: 'Stale weekly',
      frequency: 'weekly',
      baselineDate: '2025-01-01',
    });
    await createCheckIn(staleWeekly.id, 11, '2025-05-20');
    const never = await createMeasure(later.id, {
      name: 'Never checked in',
      frequency: 'monthly',
      baselineDate: '2025-04-15',
    });
    const notYet = await createMeasure(later.id, {
      name: 'Not yet due',
      frequency: 'monthly',
      baselineDate: '2025-05-10',
    });
    // The test's "today" is in 2025: these measures were created on their baseline dates.
    await db.execute({
      sql: "UPDATE measures SET created_at = baseline_date || 'T08:00:00.000Z' WHERE id IN (?, ?)",
      args: [never.id, notYet.id],
    });

    const review = (
      await call<Review>(reviewsFn, 'POST', '/api/reviews', {
        body: { period: '2025-Q1', meetingDate: '2025-03-01', forum: 'team_huddle', departmentId: d.id },
      })
    ).body;
    const late = (
      await call<Action>(reviewActionsFn, 'POST', `/api/reviews/${review.id}/actions`, {
        params: { id: review.id },
        body: { text: 'Late action', dueDate: '2025-05-31', goalId: later.id },
      })
    ).body;
    await call(reviewActionsFn, 'POST', `/api/reviews/${review.id}/actions`, {
      params: { id: review.id },
      body: { text: 'Due today', dueDate: '2025-06-01', goalId: later.id },
    });
    await call(reviewActionsFn, 'POST', `/api/reviews/${review.id}/actions`, {
      params: { id: review.id },
      body: { text: 'Done late', dueDate: '2025-05-01', state: 'done' },
    });
    await call(reviewActionsFn, 'POST', `/api/reviews/${review.id}/actions`, {
      params: { id: review.id },
      body: { text: 'A decision', kind: 'decision', dueDate: '2025-05-01' },
    });

    const res = await call<DueList>(dueFn, 'GET', `/api/due?today=2025-06-01&departmentId=${d.id}`);
    expect(res.status).toBe(200);
    const due = res.body;
    expect(due).toMatchObject({ today: '2025-06-01', horizon: '2025-06-15' });
    expect(due.goals.map((g) => [g.goal.title, g.nextReviewDate, g.daysUntil, g.overdue])).toEqual([
      ['Overdue review', '2025-05-20', -12, true],
      ['No review date', '2025-06-01', 0, false], // quarterly from 2025-03-01
      ['Review in 14 days', '2025-06-15', 14, false],
    ]);
    expect(due.goals[0]!.departmentName).toBe('Due desk');
    expect(due.staleMeasures.map((m) => [m.name, m.lastCheckIn, m.dueSince, m.daysOverdue])).toEqual(
      [
        ['Stale weekly', '2025-05-20', '2025-05-27', 5],
        ['Never checked in', null, '2025-05-15', 17],
      ].sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    );
    expect(due.staleMeasures[0]).toMatchObject({
      goalTitle: 'Review in 15 days',
      departmentName: 'Due desk',
      frequency: 'monthly',
    });
    expect(due.overdueActions.map((a) => a.id)).toEqual([late.id]);
    expect(due.overdueActions[0]).toMatchObject({ reviewPeriod: '2025-Q1', goalTitle: 'Review in 15 days' });

    // Without the department filter the other department's goal shows too.
    const all = (await call<DueList>(dueFn, 'GET', '/api/due?today=2025-06-01')).body;
    expect(all.goals.map((g) => g.goal.id)).toContain(elsewhere.id);
    // Without `today`, the server's date is used.
    const server = (await call<DueList>(dueFn, 'GET', '/api/due')).body;
    expect(server.today).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('the timeline', () => {
  it('groups goals by department, filters by department and window (overlap), and lists review meetings', async () => {
    const a = await createDepartment('Timeline A');
    const b = await createDepartment('Timeline B');
    const q1 = await createGoal(a.id, {
      title: 'Q1 goal',
      startDate: '2030-01-01',
      dueDate: '2030-03-31',
      reviewDate: '2030-02-15',
    });
    const year = await createGoal(a.id, { title: 'Year goal', startDate: '2030-01-01', dueDate: '2030-12-31' });
    const q3 = await createGoal(a.id, { title: 'Q3 goal', startDate: '2030-07-01', dueDate: '2030-09-30' });
    const bGoal = await createGoal(b.id, { title: 'B goal', startDate: '2030-02-01', dueDate: '2030-04-30' });
    await createMeasure(q1.id, { baselineDate: '2030-01-01', targetDate: '2030-03-31', baseline: 0, target: 100 });
    const review = (
      await call<Review>(reviewsFn, 'POST', '/api/reviews', {
        body: { period: '2030-Q1', meetingDate: '2030-03-20', forum: 'leadership_review' },
      })
    ).body;

    const res = await call<Timeline>(timelineFn, 'GET', `/api/timeline?period=2030-Q1&today=2030-02-01`);
    expect(res.status).toBe(200);
    const t = res.body;
    expect([t.from, t.to, t.today]).toEqual(['2030-01-01', '2030-03-31', '2030-02-01']);
    const names = t.departments.map((d) => [d.name, d.goals.map((g) => g.title)]);
    expect(names).toEqual([
      ['Timeline A', ['Q1 goal', 'Year goal']],
      ['Timeline B', ['B goal']],
    ]);
    const q1t = t.departments[0]!.goals[0]!;
    expect(q1t).toMatchObject({
      id: q1.id,
      startDate: '2030-01-01',
      dueDate: '2030-03-31',
      reviewDate: '2030-02-15',
      nextReviewDate: '2030-02-15',
      state: 'open',
      status: 'not_started',
      computedStatus: 'not_started',
      override: null,
      progress: null,
    });
    expect(t.departments[0]!.goals[1]).toMatchObject({ id: year.id, nextReviewDate: '2030-04-01' });
    expect(t.reviews.map((r) => r.id)).toContain(review.id);

    const onlyB = (
      await call<Timeline>(
        timelineFn,
        'GET',
        `/api/timeline?departmentId=${b.id}&from=2030-04-15&to=2030-08-01&today=2030-02-01`,
      )
    ).body;
    expect(onlyB.departments.map((d) => [d.name, d.goals.map((g) => g.id)])).toEqual([['Timeline B', [bGoal.id]]]);
    const window = (
      await call<Timeline>(timelineFn, 'GET', `/api/timeline?departmentId=${a.id}&from=2030-04-01&today=2030-02-01`)
    ).body;
    expect(window.departments[0]!.goals.map((g) => g.id)).toEqual([year.id, q3.id]);
    expect(window.reviews).toEqual([]);
    // A department without goals in the window still comes back when asked for by id.
    const empty = (
      await call<Timeline>(timelineFn, 'GET', `/api/timeline?departmentId=${b.id}&period=2031&today=2030-02-01`)
    ).body;
    expect(empty.departments).toEqual([{ id: b.id, name: 'Timeline B', goals: [] }]);
  });
});
