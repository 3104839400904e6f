// Every refused review request: the right status, problem+json, the named field, and a database
// exactly as it was.
import { describe, expect, it } from 'vitest';
import { latestTodayAnywhere } from '../../../src/domain/schemas.ts';
import type { Action, Review } from '../../../src/domain/reviews.ts';
import reviewsFn from '../../../netlify/functions/reviews.mts';
import reviewFn from '../../../netlify/functions/review.mts';
import reviewItemFn from '../../../netlify/functions/review-item.mts';
import reviewActionsFn from '../../../netlify/functions/review-actions.mts';
import reviewCloseFn from '../../../netlify/functions/review-close.mts';
import reviewExportFn from '../../../netlify/functions/review-export.mts';
import actionFn from '../../../netlify/functions/action.mts';
import goalCloseFn from '../../../netlify/functions/goal-close.mts';
import goalCarryOverFn from '../../../netlify/functions/goal-carry-over.mts';
import dueFn from '../../../netlify/functions/due.mts';
import timelineFn from '../../../netlify/functions/timeline.mts';
import checkInFn from '../../../netlify/functions/check-in.mts';
import goalMeasuresFn from '../../../netlify/functions/goal-measures.mts';
import measureCheckInsFn from '../../../netlify/functions/measure-check-ins.mts';
import {
  call,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  snapshot,
  type ApiResult,
  type Handler,
} from '../helpers.ts';

const db = await freshDatabase();

const dept = await createDepartment('Customer service');
const goal = await createGoal(dept.id, { startDate: '2025-01-01', dueDate: '2025-12-31', reviewDate: '2025-03-31' });
const measure = await createMeasure(goal.id);
const checkIn = await createCheckIn(measure.id, 12, '2025-02-01');
// An NPS measure (issue 4) whose check-in value is computed from counts.
const nps = (
  await call(goalMeasuresFn, 'POST', `/api/goals/${goal.id}/measures`, {
    params: { id: goal.id },
    body: { libraryKey: 'nps', baseline: 18, target: 30, baselineDate: '2025-01-01', targetDate: '2025-12-31' },
  })
).body as { id: string };
const npsCheckIn = (
  await call(measureCheckInsFn, 'POST', `/api/measures/${nps.id}/check-ins`, {
    params: { id: nps.id },
    body: { date: '2025-03-01', promoters: 25, passives: 15, detractors: 10 },
  })
).body as { id: string; value: number };
const review = (
  await call<Review>(reviewsFn, 'POST', '/api/reviews', {
    body: { period: '2025-Q1', meetingDate: '2025-03-20', forum: 'department_review' },
  })
).body;
const action = (
  await call<Action>(reviewActionsFn, 'POST', `/api/reviews/${review.id}/actions`, {
    params: { id: review.id },
    body: { text: 'Do it' },
  })
).body;
await call(reviewItemFn, 'PUT', `/api/reviews/${review.id}/items/${goal.id}`, {
  params: { id: review.id, goalId: goal.id },
  body: { notes: 'n' },
});
const MISSING = '00000000-0000-4000-8000-000000000000';
const tomorrowAnywhere = new Date(Date.parse(latestTodayAnywhere()) + 86_400_000).toISOString().slice(0, 10);

interface Case {
  name: string;
  fn: Handler;
  method: string;
  path: string;
  params?: Record<string, string>;
  body?: unknown;
  status: number;
  field?: string;
  also?: (res: ApiResult) => void;
}

const newReview = (over: Record<string, unknown>) => ({
  fn: reviewsFn,
  method: 'POST',
  path: '/api/reviews',
  body: { period: '2025-Q2', meetingDate: '2025-05-10', forum: 'leadership_review', attendees: ['Ana'], ...over },
});
const onReview = { params: { id: review.id } };
const item = (body: unknown, goalId = goal.id) => ({
  fn: reviewItemFn,
  method: 'PUT',
  path: `/api/reviews/${review.id}/items/${goalId}`,
  params: { id: review.id, goalId },
  body,
});
const newAction = (body: unknown) => ({
  fn: reviewActionsFn,
  method: 'POST',
  path: `/api/reviews/${review.id}/actions`,
  ...onReview,
  body,
});
const patchAction = (body: unknown) => ({
  fn: actionFn,
  method: 'PATCH',
  path: `/api/actions/${action.id}`,
  params: { id: action.id },
  body,
});
const carry = (body: unknown, id = goal.id) => ({
  fn: goalCarryOverFn,
  method: 'POST',
  path: `/api/goals/${id}/carry-over`,
  params: { id },
  body,
});
const closeGoal = (body: unknown, id = goal.id) => ({
  fn: goalCloseFn,
  method: 'POST',
  path: `/api/goals/${id}/close`,
  params: { id },
  body,
});

const CASES: Case[] = [
  // ---------- reviews ----------
  { name: 'period that does not parse (Q5)', ...newReview({ period: '2025-Q5' }), status: 400, field: 'period' },
  { name: 'period in words', ...newReview({ period: 'next quarter' }), status: 400, field: 'period' },
  { name: 'period month 13', ...newReview({ period: '2025-13' }), status: 400, field: 'period' },
  { name: 'period missing', ...newReview({ period: undefined }), status: 400, field: 'period' },
  { name: 'period not a string', ...newReview({ period: 2025 }), status: 400, field: 'period' },
  {
    name: 'meeting date outside the period',
    ...newReview({ meetingDate: '2025-07-01' }),
    status: 400,
    field: 'meetingDate',
    also: (r) => expect(r.body.errors.meetingDate[0]).toMatch(/inside 2025-Q2 \(2025-04-01 to 2025-06-30\)/),
  },
  {
    name: 'meeting date one day before the period',
    ...newReview({ meetingDate: '2025-03-31' }),
    status: 400,
    field: 'meetingDate',
  },
  {
    name: 'meeting date that does not exist',
    ...newReview({ meetingDate: '2025-02-30', period: '2025-Q1' }),
    status: 400,
    field: 'meetingDate',
  },
  { name: 'unknown forum', ...newReview({ forum: 'coffee' }), status: 400, field: 'forum' },
  { name: 'attendees not a list', ...newReview({ attendees: 'Ana, Bo' }), status: 400, field: 'attendees' },
  { name: 'blank attendee', ...newReview({ attendees: ['Ana', '  '] }), status: 400, field: 'attendees.1' },
  { name: 'unknown department', ...newReview({ departmentId: MISSING }), status: 422, field: 'departmentId' },
  { name: 'unknown field on a review', ...newReview({ agenda: [] }), status: 400, field: '_' },
  {
    name: 'PATCH review: meeting date outside its period',
    fn: reviewFn,
    method: 'PATCH',
    path: `/api/reviews/${review.id}`,
    ...onReview,
    body: { meetingDate: '2025-04-02', version: 1 },
    status: 400,
    field: 'meetingDate',
  },
  {
    name: 'PATCH review: period that excludes the meeting date',
    fn: reviewFn,
    method: 'PATCH',
    path: `/api/reviews/${review.id}`,
    ...onReview,
    body: { period: '2025-Q3', version: 1 },
    status: 400,
    field: 'meetingDate',
  },
  {
    name: 'PATCH review: stale version',
    fn: reviewFn,
    method: 'PATCH',
    path: `/api/reviews/${review.id}`,
    ...onReview,
    body: { notes: 'x', version: 9 },
    status: 409,
    field: 'version',
  },
  {
    name: 'PATCH review: no version',
    fn: reviewFn,
    method: 'PATCH',
    path: `/api/reviews/${review.id}`,
    ...onReview,
    body: { notes: 'x' },
    status: 400,
    field: 'version',
  },
  {
    name: 'DELETE review: stale version',
    fn: reviewFn,
    method: 'DELETE',
    path: `/api/reviews/${review.id}?version=3`,
    ...onReview,
    status: 409,
    field: 'version',
  },
  {
    name: 'GET unknown review',
    fn: reviewFn,
    method: 'GET',
    path: `/api/reviews/${MISSING}`,
    params: { id: MISSING },
    status: 404,
  },
  {
    name: 'unknown list filter',
    fn: reviewsFn,
    method: 'GET',
    path: '/api/reviews?state=archived',
    status: 400,
    field: 'state',
  },
  {
    name: 'close: stale version',
    fn: reviewCloseFn,
    method: 'POST',
    path: `/api/reviews/${review.id}/close`,
    ...onReview,
    body: { version: 5 },
    status: 409,
    field: 'version',
  },
  {
    name: 'close: unknown field',
    fn: reviewCloseFn,
    method: 'POST',
    path: `/api/reviews/${review.id}/close`,
    ...onReview,
    body: { force: true },
    status: 400,
    field: '_',
  },
  {
    name: 'close: unknown review',
    fn: reviewCloseFn,
    method: 'POST',
    path: `/api/reviews/${MISSING}/close`,
    params: { id: MISSING },
    body: {},
    status: 404,
  },
  {
    name: 'export: unknown review',
    fn: reviewExportFn,
    method: 'GET',
    path: `/api/reviews/${MISSING}/export.md`,
    params: { id: MISSING },
    status: 404,
  },
  { name: 'PUT the review list', fn: reviewsFn, method: 'PUT', path: '/api/reviews', body: {}, status: 405 },

  // ---------- items ----------
  { name: 'override without a reason', ...item({ status: 'off_track', version: 1 }), status: 400, field: 'reason' },
  {
    name: 'override with a blank reason',
    ...item({ status: 'off_track', reason: '   ', version: 1 }),
    status: 400,
    field: 'reason',
  },
  {
    name: 'override to an unknown status',
    ...item({ status: 'fine', reason: 'x', version: 1 }),
    status: 400,
    field: 'status',
  },
  { name: 'item: stale version', ...item({ notes: 'x', version: 4 }), status: 409, field: 'version' },
  { name: 'item: unknown goal', ...item({ notes: 'x' }, MISSING), status: 404 },
  {
    name: 'item: unknown review',
    fn: reviewItemFn,
    method: 'PUT',
    path: `/api/reviews/${MISSING}/items/${goal.id}`,
    params: { id: MISSING, goalId: goal.id },
    body: { notes: 'x' },
    status: 404,
  },
  { name: 'item: notes with NUL', ...item({ notes: 'a\u0000b', version: 1 }), status: 400, field: 'notes' },

  // ---------- actions ----------
  { name: 'action without text', ...newAction({ owner: 'Bo' }), status: 400, field: 'text' },
  { name: 'action with blank text', ...newAction({ text: '  \n ' }), status: 400, field: 'text' },
  {
    name: 'action with an impossible due date',
    ...newAction({ text: 'x', dueDate: '2025-13-01' }),
    status: 400,
    field: 'dueDate',
  },
  { name: 'action in an unknown state', ...newAction({ text: 'x', state: 'closed' }), status: 400, field: 'state' },
  { name: 'action about an unknown goal', ...newAction({ text: 'x', goalId: MISSING }), status: 422, field: 'goalId' },
  {
    name: 'action on an unknown review',
    fn: reviewActionsFn,
    method: 'POST',
    path: `/api/reviews/${MISSING}/actions`,
    params: { id: MISSING },
    body: { text: 'x' },
    status: 404,
  },
  { name: 'PATCH action: text emptied', ...patchAction({ text: '', version: 1 }), status: 400, field: 'text' },
  { name: 'PATCH action: stale', ...patchAction({ state: 'done', version: 2 }), status: 409, field: 'version' },
  { name: 'PATCH action: unknown goal', ...patchAction({ goalId: MISSING, version: 1 }), status: 422, field: 'goalId' },
  {
    name: 'PATCH unknown action',
    fn: actionFn,
    method: 'PATCH',
    path: `/api/actions/${MISSING}`,
    params: { id: MISSING },
    body: { text: 'x', version: 1 },
    status: 404,
  },

  // ---------- goal lifecycle ----------
  { name: 'close a goal without a comment', ...closeGoal({ outcome: 'missed' }), status: 400, field: 'comment' },
  {
    name: 'close a goal with an unknown outcome',
    ...closeGoal({ outcome: 'carried', comment: 'x' }),
    status: 400,
    field: 'outcome',
  },
  {
    name: 'close a goal: stale version',
    ...closeGoal({ outcome: 'missed', comment: 'x', version: 9 }),
    status: 409,
    field: 'version',
  },
  { name: 'close an unknown goal', ...closeGoal({ outcome: 'missed', comment: 'x' }, MISSING), status: 404 },
  {
    name: 'carry over: due before start',
    ...carry({ startDate: '2026-01-01', dueDate: '2025-12-31' }),
    status: 400,
    field: 'dueDate',
  },
  {
    name: 'carry over: review date before the new start',
    ...carry({ startDate: '2026-01-01', dueDate: '2026-12-31', reviewDate: '2025-12-01' }),
    status: 400,
    field: 'reviewDate',
  },
  {
    name: 'carry over: unknown cadence',
    ...carry({ startDate: '2026-01-01', dueDate: '2026-12-31', reviewCadence: 'weekly' }),
    status: 400,
    field: 'reviewCadence',
  },
  { name: 'carry over: no dates', ...carry({}), status: 400, field: 'startDate' },
  {
    name: 'carry over an unknown goal',
    ...carry({ startDate: '2026-01-01', dueDate: '2026-12-31' }, MISSING),
    status: 404,
  },

  // ---------- check-ins ----------
  {
    name: 'check-in moved into the future',
    fn: checkInFn,
    method: 'PATCH',
    path: `/api/check-ins/${checkIn.id}`,
    params: { id: checkIn.id },
    body: { date: tomorrowAnywhere, version: 1 },
    status: 400,
    field: 'date',
  },
  {
    name: 'check-in value not a number',
    fn: checkInFn,
    method: 'PATCH',
    path: `/api/check-ins/${checkIn.id}`,
    params: { id: checkIn.id },
    body: { value: '12', version: 1 },
    status: 400,
    field: 'value',
  },
  {
    name: 'check-in: stale version',
    fn: checkInFn,
    method: 'PATCH',
    path: `/api/check-ins/${checkIn.id}`,
    params: { id: checkIn.id },
    body: { value: 3, version: 2 },
    status: 409,
    field: 'version',
  },
  {
    name: 'check-in: measureId cannot change',
    fn: checkInFn,
    method: 'PATCH',
    path: `/api/check-ins/${checkIn.id}`,
    params: { id: checkIn.id },
    body: { measureId: MISSING, version: 1 },
    status: 400,
    field: '_',
  },
  {
    name: 'check-in: typing over a value computed from NPS counts',
    fn: checkInFn,
    method: 'PATCH',
    path: `/api/check-ins/${npsCheckIn.id}`,
    params: { id: npsCheckIn.id },
    body: { value: 50, version: 1 },
    status: 400,
    field: 'value',
    also: (r) => expect(r.body.errors.value[0]).toMatch(/computed from the promoter/),
  },
  {
    name: 'GET unknown check-in',
    fn: checkInFn,
    method: 'GET',
    path: `/api/check-ins/${MISSING}`,
    params: { id: MISSING },
    status: 404,
  },

  // ---------- due and timeline ----------
  {
    name: 'due: today not a date',
    fn: dueFn,
    method: 'GET',
    path: '/api/due?today=tomorrow',
    status: 400,
    field: 'today',
  },
  { name: 'due: unknown parameter', fn: dueFn, method: 'GET', path: '/api/due?days=30', status: 400, field: '_' },
  {
    name: 'timeline: period that does not parse',
    fn: timelineFn,
    method: 'GET',
    path: '/api/timeline?period=2025-Q9',
    status: 400,
    field: 'period',
  },
  {
    name: 'timeline: window end before start',
    fn: timelineFn,
    method: 'GET',
    path: '/api/timeline?from=2025-06-01&to=2025-01-01',
    status: 400,
    field: 'to',
  },
  {
    name: 'timeline: period and from together',
    fn: timelineFn,
    method: 'GET',
    path: '/api/timeline?period=2025&from=2025-01-01',
    status: 400,
    field: 'period',
  },
  {
    name: 'timeline: bad date',
    fn: timelineFn,
    method: 'GET',
    path: '/api/timeline?from=2025-02-30',
    status: 400,
    field: 'from',
  },
];

describe('refused review requests change nothing', () => {
  it.each(CASES)('$name → $status', async (c) => {
    const before = await snapshot(db);
    const res = await call(c.fn, c.method, c.path, { params: c.params, body: c.body });
    expectProblem(res, c.status, c.field);
    c.also?.(res);
    expect(await snapshot(db)).toEqual(before);
  });

  it('the fixture is intact and writable afterwards (the refusals were not for lack of data)', async () => {
    const ok = await call(reviewFn, 'PATCH', `/api/reviews/${review.id}`, {
      ...onReview,
      body: { notes: 'fine', version: 1 },
    });
    expect(ok.status).toBe(200);
    expect(
      (
        await call(checkInFn, 'PATCH', `/api/check-ins/${checkIn.id}`, {
          params: { id: checkIn.id },
          body: { value: 3, version: 1 },
        })
      ).status,
    ).toBe(200);
    const npsNote = await call(checkInFn, 'PATCH', `/api/check-ins/${npsCheckIn.id}`, {
      params: { id: npsCheckIn.id },
      body: { note: 'Q1 survey', value: npsCheckIn.value, version: 1 },
    });
    expect(npsNote.status, JSON.stringify(npsNote.body)).toBe(200);
    expect(npsNote.body).toMatchObject({ note: 'Q1 survey', value: 30, promoters: 25 });
    const goalClosed = await call(goalCloseFn, 'POST', `/api/goals/${goal.id}/close`, {
      params: { id: goal.id },
      body: { outcome: 'missed', comment: 'Too ambitious' },
    });
    expect(goalClosed.status).toBe(200);
    // A closed goal refuses closing and carrying over again.
    const before = await snapshot(db);
    const again = await call(goalCloseFn, 'POST', `/api/goals/${goal.id}/close`, {
      params: { id: goal.id },
      body: { outcome: 'dropped', comment: 'x' },
    });
    expectProblem(again, 409, 'state');
    expect(again.body.detail).toMatch(/already closed as missed/);
    expectProblem(
      await call(goalCarryOverFn, 'POST', `/api/goals/${goal.id}/carry-over`, {
        params: { id: goal.id },
        body: { startDate: '2026-01-01', dueDate: '2026-12-31' },
      }),
      409,
      'state',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
