// A department review takes items and actions about its own department's goals only: a Customer
// Service editor could add a CS goal's item or action to the Accounts review, and the Accounts
// editor could then neither change that action nor close their own review. Organisation-wide
// reviews take any goal.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Action, Review } from '../../../src/domain/reviews.ts';
import type { Goal } from '../../../src/domain/types.ts';
import reviewsFn from '../../../netlify/functions/reviews.mts';
import reviewItemFn from '../../../netlify/functions/review-item.mts';
import reviewActionsFn from '../../../netlify/functions/review-actions.mts';
import reviewCloseFn from '../../../netlify/functions/review-close.mts';
import actionFn from '../../../netlify/functions/action.mts';
import { call, createDepartment, createGoal, expectProblem, freshDatabase } from '../helpers.ts';
import { BOOKKEEPING, signIn, snapshotAll } from '../sign-in.ts';

await freshDatabase();

describe('items and actions of a department review stay in its department', () => {
  let cs: { id: string };
  let accounts: { id: string };
  let csGoal: Goal;
  let accGoal: Goal;
  let review: Review;
  let orgReview: Review;
  let csEditor: Record<string, string>;
  let accEditor: Record<string, string>;

  beforeAll(async () => {
    cs = await createDepartment('Customer Service');
    accounts = await createDepartment('Accounts');
    csGoal = await createGoal(cs.id, { title: 'Raise FCR' });
    accGoal = await createGoal(accounts.id, { title: 'Fewer invoice errors' });
    const r = await call<Review>(reviewsFn, 'POST', '/api/reviews', {
      body: {
        period: '2025-q1',
        meetingDate: '2025-03-31',
        forum: 'leadership_review',
        departmentId: accounts.id,
        attendees: [],
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    review = r.body;
    const o = await call<Review>(reviewsFn, 'POST', '/api/reviews', {
      body: {
        period: '2025-q1',
        meetingDate: '2025-03-30',
        forum: 'leadership_review',
        departmentId: null,
        attendees: [],
      },
    });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    orgReview = o.body;
    csEditor = await signIn('editor', [cs.id]);
    accEditor = await signIn('editor', [accounts.id]);
  });

  const addItem = (reviewId: string, goalId: string, headers?: Record<string, string>) =>
    call(reviewItemFn, 'PUT', `/api/reviews/${reviewId}/items/${goalId}`, {
      params: { id: reviewId, goalId },
      body: { notes: 'From another department', status: null, reason: '' },
      ...(headers ? { headers } : {}),
    });
  const addAction = (reviewId: string, goalId: string | null, headers?: Record<string, string>) =>
    call<Action>(reviewActionsFn, 'POST', `/api/reviews/${reviewId}/actions`, {
      params: { id: reviewId },
      body: { goalId, kind: 'action', text: 'Look into it', owner: '', dueDate: null, state: 'open' },
      ...(headers ? { headers } : {}),
    });

  it('refuses another department’s goal as an item (422 on goalId), writing nothing', async () => {
    for (const headers of [csEditor, undefined]) {
      const before = await snapshotAll([...BOOKKEEPING]);
      expectProblem(await addItem(review.id, csGoal.id, headers), 422, 'goalId');
      expect(await snapshotAll([...BOOKKEEPING])).toEqual(before);
    }
  });

  it('refuses another department’s goal on an action (422 on goalId), writing nothing', async () => {
    for (const headers of [csEditor, undefined]) {
      const before = await snapshotAll([...BOOKKEEPING]);
      expectProblem(await addAction(review.id, csGoal.id, headers), 422, 'goalId');
      expect(await snapshotAll([...BOOKKEEPING])).toEqual(before);
    }
  });

  it('refuses moving an action to another department’s goal', async () => {
    const a = await addAction(review.id, accGoal.id, accEditor);
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const before = await snapshotAll([...BOOKKEEPING]);
    const moved = await call(actionFn, 'PATCH', `/api/actions/${a.body.id}`, {
      params: { id: a.body.id },
      body: { goalId: csGoal.id, version: a.body.version },
    });
    expectProblem(moved, 422, 'goalId');
    expect(await snapshotAll([...BOOKKEEPING])).toEqual(before);
  });

  it('an organisation-wide review takes any department’s goal', async () => {
    expect((await addItem(orgReview.id, csGoal.id)).status).toBe(201);
    expect((await addItem(orgReview.id, accGoal.id)).status).toBe(201);
    expect((await addAction(orgReview.id, csGoal.id)).status).toBe(201);
  });

  it('the Accounts editor adds their own item and action and closes their review', async () => {
    expect((await addItem(review.id, accGoal.id, accEditor)).status).toBe(201);
    const a = await addAction(review.id, null, accEditor);
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const current = await call<Review>(reviewsFn, 'GET', `/api/reviews?departmentId=${accounts.id}`, {
      headers: accEditor,
    });
    const version = (current.body as unknown as Review[]).find((r) => r.id === review.id)!.version;
    const closed = await call(reviewCloseFn, 'POST', `/api/reviews/${review.id}/close`, {
      params: { id: review.id },
      body: { version },
      headers: accEditor,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  });
});
