// A whole review meeting through the real handlers on a real database: create → agenda → record
// a check-in → override with a reason → add actions → close → the snapshot survives later
// check-ins and edits → review dates advanced → the next review carries the open action.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Agenda, AgendaItem, Action, ReviewItem, Review, Timeline } from '../../../src/domain/reviews.ts';
import type { Goal } from '../../../src/domain/types.ts';
import reviewsFn from '../../../netlify/functions/reviews.mts';
import reviewFn from '../../../netlify/functions/review.mts';
import reviewItemFn from '../../../netlify/functions/review-item.mts';
import reviewActionsFn from '../../../netlify/functions/review-actions.mts';
import reviewCloseFn from '../../../netlify/functions/review-close.mts';
import reviewExportFn from '../../../netlify/functions/review-export.mts';
import actionFn from '../../../netlify/functions/action.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import goalCloseFn from '../../../netlify/functions/goal-close.mts';
import timelineFn from '../../../netlify/functions/timeline.mts';
import checkInFn from '../../../netlify/functions/check-in.mts';
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
import { asAdmin } from '../sign-in.ts';

const db = await freshDatabase();

const getAgenda = async (id: string) => {
  const res = await call<Agenda>(reviewFn, 'GET', `/api/reviews/${id}`, { params: { id } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const itemOf = (a: Agenda, goalId: string): AgendaItem => {
  const hit = a.departments.flatMap((d) => d.items).find((i) => i.goal.id === goalId);
  if (!hit) throw new Error(`goal ${goalId} is not on the agenda`);
  return hit;
};
const goalIdsOf = (a: Agenda) => a.departments.flatMap((d) => d.items.map((i) => i.goal.id));
const getGoal = async (id: string) => (await call<Goal>(goalFn, 'GET', `/api/goals/${id}`, { params: { id } })).body;

async function createReview(body: Record<string, unknown>): Promise<Review> {
  const res = await call<Review>(reviewsFn, 'POST', '/api/reviews', { body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('a review meeting from start to finish', () => {
  let cs: { id: string };
  let accounts: { id: string };
  let g1: Goal; // customer service, due for review on 2025-03-31
  let g2: Goal; // customer service, not due until June
  let g3: Goal; // accounts, no review date: monthly from its start → due 2025-01-01
  let g4: Goal; // accounts, under g3
  let closedGoal: Goal;
  let m1: { id: string };

  beforeAll(async () => {
    cs = await createDepartment('Customer service');
    accounts = await createDepartment('Accounts');
    g1 = await createGoal(cs.id, {
      title: 'Raise FCR',
      owner: 'Ana',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-03-31',
    });
    g2 = await createGoal(cs.id, {
      title: 'Later goal',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-06-30',
    });
    g3 = await createGoal(accounts.id, {
      title: 'Fewer invoice errors',
      startDate: '2024-12-01',
      dueDate: '2025-11-30',
      reviewCadence: 'monthly',
    });
    g4 = await createGoal(accounts.id, {
      title: 'Check invoices twice',
      parentGoalId: g3.id,
      startDate: '2025-01-01',
      dueDate: '2025-06-30',
      reviewDate: '2025-03-15',
    });
    closedGoal = await createGoal(cs.id, {
      title: 'Old goal',
      startDate: '2024-01-01',
      dueDate: '2024-12-31',
      reviewDate: '2025-01-15',
    });
    const closed = await call(goalCloseFn, 'POST', `/api/goals/${closedGoal.id}/close`, {
      params: { id: closedGoal.id },
      body: { outcome: 'achieved', comment: 'Done last year' },
    });
    expect(closed.status).toBe(200);

    m1 = await createMeasure(g1.id, {
      name: 'FCR',
      unit: '%',
      baseline: 10,
      target: 20,
      baselineDate: '2025-01-01',
      targetDate: '2025-12-31',
    });
    await createCheckIn(m1.id, 12, '2025-02-15', 'January data');
    const m4 = await createMeasure(g4.id, {
      name: 'Errors per 1,000 invoices',
      direction: 'keep_below',
      baseline: 9,
      target: 5,
      baselineDate: '2025-01-01',
      targetDate: '2025-06-30',
    });
    await createCheckIn(m4.id, 4, '2025-03-01');
  });

  it('runs the meeting, freezes it at close and carries the open action into the next review', async () => {
    // ---- create ----
    const review = await createReview({
      period: '2025-q1',
      meetingDate: '2025-03-31',
      forum: 'leadership_review',
      attendees: ['Ana Berg', 'Bo Ek'],
    });
    expect(review).toEqual({
      id: expect.any(String),
      period: '2025-Q1',
      periodStart: '2025-01-01',
      periodEnd: '2025-03-31',
      meetingDate: '2025-03-31',
      forum: 'leadership_review',
      departmentId: null,
      attendees: ['Ana Berg', 'Bo Ek'],
      notes: '',
      state: 'open',
      closedAt: null,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const listed = await call<Review[]>(reviewsFn, 'GET', '/api/reviews');
    expect(listed.body.map((r) => r.id)).toContain(review.id);

    // ---- the agenda fills itself ----
    let agenda = await getAgenda(review.id);
    expect(agenda.frozen).toBe(false);
    expect(agenda.asOf).toBe('2025-03-31');
    expect(agenda.departments.map((d) => d.name)).toEqual(['Accounts', 'Customer service']);
    expect(agenda.departments[0]!.items.map((i) => i.goal.title)).toEqual([
      'Check invoices twice',
      'Fewer invoice errors',
    ]);
    expect(goalIdsOf(agenda)).not.toContain(g2.id); // not due until June
    expect(goalIdsOf(agenda)).not.toContain(closedGoal.id); // closed before the review
    expect(agenda.summary.goals).toBe(3);

    let item = itemOf(agenda, g1.id);
    expect(item.goal).toMatchObject({
      title: 'Raise FCR',
      owner: 'Ana',
      nextReviewDate: '2025-03-31',
      reviewCadence: 'quarterly',
      state: 'open',
    });
    // 89 of 364 days: expected ≈ 0.245; progress 0.2 is within 0.1 → on track.
    expect(item.progress).toBeCloseTo(0.2);
    expect(item.expected).toBeCloseTo(89 / 364);
    expect(item.computedStatus).toBe('on_track');
    expect(item.status).toBe('on_track');
    expect(item.override).toBeNull();
    expect(item.item).toBeNull();
    expect(item.changes).toEqual({ since: '2025-01-01', previousReview: null, progressDelta: null, checkInCount: 1 });
    expect(item.measures).toHaveLength(1);
    expect(item.measures[0]).toMatchObject({
      name: 'FCR',
      latest: { value: 12, date: '2025-02-15', note: 'January data' },
      previousValue: null,
      checkInsSinceCount: 1,
      status: 'on_track',
    });
    const g3item = itemOf(agenda, g3.id);
    expect(g3item.goal.nextReviewDate).toBe('2025-01-01'); // monthly from its start
    expect(g3item.goal.reviewDate).toBeNull();
    expect(itemOf(agenda, g4.id).goal.parentTitle).toBe('Fewer invoice errors');
    // g3 rolls up g4's keep-below measure (met): a maintain goal, on track until its due date.
    expect(g3item).toMatchObject({ progress: 1, computedStatus: 'on_track' });

    // ---- record a fresh check-in during the meeting ----
    await createCheckIn(m1.id, 13, '2025-03-30', 'Fresh figure');
    agenda = await getAgenda(review.id);
    item = itemOf(agenda, g1.id);
    expect(item.progress).toBeCloseTo(0.3);
    expect(item.measures[0]!.latest).toMatchObject({ value: 13, date: '2025-03-30' });
    expect(item.measures[0]!.checkInsSince.map((c) => c.value)).toEqual([13, 12]);
    expect(item.changes.checkInCount).toBe(2);

    // ---- override the status, with a reason; notes ----
    const put = await call<ReviewItem>(reviewItemFn, 'PUT', `/api/reviews/${review.id}/items/${g1.id}`, {
      params: { id: review.id, goalId: g1.id },
      body: { notes: 'Supplier late; see action.', status: 'at_risk', reason: 'The new IVR ships in May, not April.' },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(put.body).toMatchObject({
      goalId: g1.id,
      reviewId: review.id,
      version: 1,
      override: { status: 'at_risk', reason: 'The new IVR ships in May, not April.' },
    });
    // Once it exists, the version is required and checked.
    const noVersion = await call(reviewItemFn, 'PUT', `/api/reviews/${review.id}/items/${g1.id}`, {
      params: { id: review.id, goalId: g1.id },
      body: { notes: 'x' },
    });
    expectProblem(noVersion, 400, 'version');
    expectProblem(
      await call(reviewItemFn, 'PUT', `/api/reviews/${review.id}/items/${g1.id}`, {
        params: { id: review.id, goalId: g1.id },
        body: { notes: 'x', version: 7 },
      }),
      409,
      'version',
    );
    agenda = await getAgenda(review.id);
    item = itemOf(agenda, g1.id);
    expect(item).toMatchObject({
      computedStatus: 'on_track',
      status: 'at_risk',
      override: { status: 'at_risk', reason: 'The new IVR ships in May, not April.' },
      notes: 'Supplier late; see action.',
      item: { id: put.body.id, version: 1 },
    });
    expect(agenda.summary.byStatus.at_risk).toBe(1);

    // ---- decisions and actions ----
    const action = await call<Action>(reviewActionsFn, 'POST', `/api/reviews/${review.id}/actions`, {
      params: { id: review.id },
      body: { text: 'Call the IVR supplier', owner: 'Bo Ek', dueDate: '2025-04-15', goalId: g1.id },
    });
    expect(action.status, JSON.stringify(action.body)).toBe(201);
    expect(action.body).toMatchObject({
      kind: 'action',
      state: 'open',
      doneAt: null,
      reviewId: review.id,
      goalId: g1.id,
      version: 1,
    });
    const decision = await call<Action>(reviewActionsFn, 'POST', `/api/reviews/${review.id}/actions`, {
      params: { id: review.id },
      body: { text: 'Keep the quarterly rhythm', kind: 'decision' },
    });
    expect(decision.status).toBe(201);
    const edited = await call<Action>(actionFn, 'PATCH', `/api/actions/${decision.body.id}`, {
      params: { id: decision.body.id },
      body: { owner: 'Leadership', version: 1 },
    });
    expect(edited.body).toMatchObject({ owner: 'Leadership', text: 'Keep the quarterly rhythm', version: 2 });
    agenda = await getAgenda(review.id);
    expect(itemOf(agenda, g1.id).actions.map((a) => a.text)).toEqual(['Call the IVR supplier']);
    expect(agenda.generalActions.map((a) => a.text)).toEqual(['Keep the quarterly rhythm']);
    expect(
      (await call<Action[]>(reviewActionsFn, 'GET', `/api/reviews/${review.id}/actions`, { params: { id: review.id } }))
        .body,
    ).toHaveLength(2);

    // ---- close: one transaction ----
    const closed = await call<Agenda>(reviewCloseFn, 'POST', `/api/reviews/${review.id}/close`, {
      params: { id: review.id },
      body: {},
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const frozen = closed.body;
    expect(frozen.frozen).toBe(true);
    expect(frozen.review).toMatchObject({ state: 'closed', closedAt: expect.any(String), version: 2 });
    const frozenG1 = itemOf(frozen, g1.id);
    expect(frozenG1).toMatchObject({
      status: 'at_risk',
      computedStatus: 'on_track',
      notes: 'Supplier late; see action.',
      advancedReviewDate: '2025-06-30',
    });
    expect(frozenG1.progress).toBeCloseTo(0.3);
    expect(frozenG1.actions.map((a) => a.text)).toEqual(['Call the IVR supplier']);
    // Read back: the same record.
    expect(await getAgenda(review.id)).toEqual(frozen);

    // Each reviewed goal's next review date moved by its cadence (capped at its due date).
    expect((await getGoal(g1.id)).reviewDate).toBe('2025-06-30');
    expect((await getGoal(g3.id)).reviewDate).toBe('2025-04-01'); // monthly from 2025-01-01, first after 03-31
    expect((await getGoal(g4.id)).reviewDate).toBe('2025-06-15');
    expect((await getGoal(g2.id)).reviewDate).toBe('2025-06-30'); // not on the agenda: untouched
    expect(itemOf(frozen, g3.id).advancedReviewDate).toBe('2025-04-01');

    // ---- later check-ins and edits never change the record ----
    const later = await createCheckIn(m1.id, 19, '2025-04-10', 'April');
    const renamed = await call(goalFn, 'PATCH', `/api/goals/${g1.id}`, {
      params: { id: g1.id },
      body: { title: 'Raise FCR to 20 %', version: (await getGoal(g1.id)).version },
    });
    expect(renamed.status).toBe(200);
    const patched = await call(checkInFn, 'PATCH', `/api/check-ins/${later.id}`, {
      params: { id: later.id },
      body: { note: 'April (corrected)', version: 1 },
    });
    expect(patched.body).toMatchObject({ note: 'April (corrected)', value: 19, version: 2 });
    expect(await getAgenda(review.id)).toEqual(frozen);

    // ---- a closed review refuses every write, with a clear 409, and nothing changes ----
    const before = await snapshot(db);
    const refusals = [
      await call(reviewItemFn, 'PUT', `/api/reviews/${review.id}/items/${g1.id}`, {
        params: { id: review.id, goalId: g1.id },
        body: { notes: 'late', version: 1 },
      }),
      await call(reviewActionsFn, 'POST', `/api/reviews/${review.id}/actions`, {
        params: { id: review.id },
        body: { text: 'Too late' },
      }),
      await call(reviewFn, 'PATCH', `/api/reviews/${review.id}`, {
        params: { id: review.id },
        body: { notes: 'x', version: 2 },
      }),
      await call(reviewFn, 'DELETE', `/api/reviews/${review.id}`, { params: { id: review.id } }),
      await call(reviewCloseFn, 'POST', `/api/reviews/${review.id}/close`, { params: { id: review.id }, body: {} }),
      await call(actionFn, 'PATCH', `/api/actions/${action.body.id}`, {
        params: { id: action.body.id },
        body: { text: 'Rewritten', version: 1 },
      }),
      await call(actionFn, 'DELETE', `/api/actions/${action.body.id}`, { params: { id: action.body.id } }),
    ];
    for (const res of refusals) {
      expectProblem(res, 409);
      expect(res.body.title).toBe('Review is closed');
      expect(res.body.detail).toMatch(/2025-Q1 review/);
    }
    expect(await snapshot(db)).toEqual(before);

    // ---- the next review ----
    const next = await createReview({
      period: '2025-Q2',
      meetingDate: '2025-06-30',
      forum: 'leadership_review',
      attendees: ['Ana Berg'],
    });
    let nextAgenda = await getAgenda(next.id);
    expect(nextAgenda.carriedActions.map((a) => a.text)).toEqual(['Call the IVR supplier']);
    expect(nextAgenda.carriedActions[0]).toMatchObject({
      reviewPeriod: '2025-Q1',
      reviewMeetingDate: '2025-03-31',
      reviewForum: 'leadership_review',
      goalTitle: 'Raise FCR to 20 %',
    });
    // Decisions are recorded, not followed up: only actions are carried.
    const n1 = itemOf(nextAgenda, g1.id);
    expect(n1.override).toBeNull(); // the Q1 override expired with this review
    expect(n1.status).toBe(n1.computedStatus);
    expect(n1.changes.previousReview).toMatchObject({
      id: review.id,
      period: '2025-Q1',
      meetingDate: '2025-03-31',
      status: 'at_risk',
      override: { status: 'at_risk' },
    });
    expect(n1.changes.previousReview!.progress).toBeCloseTo(0.3);
    expect(n1.changes.since).toBe('2025-03-31');
    expect(n1.changes.progressDelta).toBeCloseTo(0.6);
    expect(n1.measures[0]).toMatchObject({ previousValue: 13, checkInsSinceCount: 1 });
    expect(n1.measures[0]!.checkInsSince.map((c) => c.note)).toEqual(['April (corrected)']);
    expect(goalIdsOf(nextAgenda)).toContain(g2.id); // due 2025-06-30 now

    // Marking the carried action done in the next meeting is allowed (only its state can change).
    const done = await call<Action>(actionFn, 'PATCH', `/api/actions/${action.body.id}`, {
      params: { id: action.body.id },
      body: { state: 'done', version: 1 },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({
      state: 'done',
      doneAt: expect.any(String),
      text: 'Call the IVR supplier',
      version: 2,
    });
    nextAgenda = await getAgenda(next.id);
    // Still listed in this meeting (done since it began), now ticked.
    expect(nextAgenda.carriedActions.map((a) => [a.text, a.state])).toEqual([['Call the IVR supplier', 'done']]);
    // …and the Q1 record still shows it open, as it was at close.
    expect(itemOf(await getAgenda(review.id), g1.id).actions[0]!.state).toBe('open');

    // ---- the timeline shows the Q1 override until the goal's next review is held ----
    const tl = await call<Timeline>(timelineFn, 'GET', '/api/timeline?today=2025-05-01');
    const tg = tl.body.departments.flatMap((d) => d.goals).find((g) => g.id === g1.id)!;
    expect(tg).toMatchObject({
      status: 'at_risk',
      override: { status: 'at_risk', reviewId: review.id, meetingDate: '2025-03-31' },
    });

    // ---- Markdown export of the frozen record ----
    const md = await reviewExportFn(
      new Request(`http://localhost/api/reviews/${review.id}/export.md`, { headers: await asAdmin() }),
      {
        params: { id: review.id },
      },
    );
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    const text = await md.text();
    expect(text).toMatch(/^# Review 2025-Q1: Leadership review\n/);
    expect(text).toContain('## Customer service');
    expect(text).toContain('### Raise FCR\n'); // the title as it was at close
    expect(text).toContain(
      '**At risk**, overridden (computed: On track); reason: The new IVR ships in May, not April.',
    );
    expect(text).toContain('- [ ] Call the IVR supplier (Owner: Bo Ek; due 2025-04-15)');
  });
});
