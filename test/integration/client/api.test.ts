// The typed client's review methods against the real functions (routed by their config.path, as
// Netlify does) on a real database: the UI calls exactly these.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, api } from '../../../src/client/api.ts';
import { loadFunctions } from '../../../scripts/functions.ts';
import { createCheckIn, createDepartment, createGoal, createMeasure, freshDatabase } from '../helpers.ts';
import { asAdmin } from '../sign-in.ts';

await freshDatabase();
const realFetch = globalThis.fetch;

beforeAll(async () => {
  const handle = await loadFunctions(path.resolve(import.meta.dirname, '../../../netlify/functions'));
  const admin = await asAdmin();
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    // As the signed-in browser would send it: the session cookie and its own Origin.
    const headers = new Headers(init?.headers);
    for (const [k, v] of Object.entries(admin)) headers.set(k, v);
    const req = new Request(new URL(String(input), 'http://localhost'), { ...init, headers });
    return (await handle(req)) ?? new Response('not found', { status: 404 });
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('api.reviews & co. through the real routes', () => {
  it('runs a meeting with the client: create, agenda, item, action, close, export, next review, due, timeline', async () => {
    const d = await createDepartment('Client dept');
    const g = await createGoal(d.id, {
      title: 'Client goal',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-03-31',
    });
    const m = await createMeasure(g.id);
    const c = await createCheckIn(m.id, 14, '2025-03-01');

    const review = await api.reviews.create({
      period: '2025-Q1',
      meetingDate: '2025-03-31',
      forum: 'department_review',
      departmentId: d.id,
      attendees: ['Ana'],
    });
    expect((await api.reviews.list({ state: 'open', departmentId: d.id })).map((r) => r.id)).toEqual([review.id]);
    const agenda = await api.reviews.get(review.id);
    expect(agenda.departments[0]!.items[0]!.goal.title).toBe('Client goal');

    const edited = await api.checkIns.update(c.id, { value: 15, version: c.version });
    expect(edited.value).toBe(15);
    expect((await api.checkIns.get(c.id)).version).toBe(2);

    const item = await api.reviews.putItem(review.id, g.id, {
      notes: 'Fine',
      status: 'at_risk',
      reason: 'Staff shortage',
    });
    await api.reviews.putItem(review.id, g.id, {
      notes: 'Fine, really',
      status: 'at_risk',
      reason: 'Staff shortage',
      version: item.version,
    });
    const bad = await api.reviews
      .putItem(review.id, g.id, { status: 'off_track', version: 2 })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ApiError);
    expect((bad as ApiError).status).toBe(400);
    expect((bad as ApiError).errors.reason).toBeDefined();

    const action = await api.reviews.addAction(review.id, {
      text: 'Hire two agents',
      owner: 'Bo',
      dueDate: '2025-04-30',
      goalId: g.id,
    });
    const renamed = await api.actions.update(action.id, { text: 'Hire three agents', version: action.version });
    expect((await api.actions.get(action.id)).text).toBe('Hire three agents');
    expect(await api.reviews.actions(review.id)).toHaveLength(1);

    const frozen = await api.reviews.close(review.id, 1);
    expect(frozen.frozen).toBe(true);
    expect(frozen.departments[0]!.items[0]).toMatchObject({ status: 'at_risk', notes: 'Fine, really' });
    const closedAgain = await api.reviews.close(review.id).catch((e: unknown) => e);
    expect((closedAgain as ApiError).status).toBe(409);
    expect((closedAgain as ApiError).title).toBe('Review is closed');

    const md = await api.reviews.exportMarkdown(review.id);
    expect(md).toContain('### Client goal');
    expect(api.reviews.exportUrl(review.id, true)).toBe(`/api/reviews/${review.id}/export.md?download=1`);

    const next = await api.reviews.create({
      period: '2025-Q2',
      meetingDate: '2025-06-30',
      forum: 'department_review',
      departmentId: d.id,
    });
    expect((await api.reviews.get(next.id)).carriedActions.map((a) => a.text)).toEqual(['Hire three agents']);
    await api.actions.update(action.id, { state: 'done', version: renamed.version });
    await api.reviews.remove(next.id, 1);

    const due = await api.due({ today: '2025-06-25', departmentId: d.id });
    expect(due.goals.map((x) => x.goal.id)).toEqual([g.id]);
    const tl = await api.timeline({ departmentId: d.id, period: '2025', today: '2025-05-01' });
    expect(tl.departments[0]!.goals[0]).toMatchObject({
      id: g.id,
      status: 'at_risk',
      override: { reason: 'Staff shortage' },
    });

    const carried = await api.goalLifecycle.carryOver(g.id, { startDate: '2026-01-01', dueDate: '2026-12-31' });
    expect(carried.goal.carriedFromGoalId).toBe(g.id);
    const closedGoal = await api.goalLifecycle.close(carried.goal.id, {
      outcome: 'dropped',
      comment: 'Merged into another goal',
    });
    expect(closedGoal.state).toBe('dropped');
  });
});
