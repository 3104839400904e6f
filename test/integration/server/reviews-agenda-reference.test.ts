// The agenda's "since the previous review" parts on a generated organisation, checked against a
// straightforward reference computed from the raw rows in plain code: which previous review each
// goal had, the check-ins after it (or since the goal's start), their count, and the value at the
// previous review, and the check-in that counts (small samples left aside). Guards the query plan
// work on the agenda (materialised CTEs, index seeks per measure) against any change of output.
import { describe, expect, it } from 'vitest';
import type { Agenda, Review } from '../../../src/domain/reviews.ts';
import { MAX_CHECK_INS_SINCE } from '../../../src/domain/reviews.ts';
import { addDays, periodContaining } from '../../../src/domain/cadence.ts';
import { seedGenerated } from '../../../db/seed/generate.ts';
import reviewsFn from '../../../netlify/functions/reviews.mts';
import reviewFn from '../../../netlify/functions/review.mts';
import reviewCloseFn from '../../../netlify/functions/review-close.mts';
import { call, freshDatabase } from '../helpers.ts';

const db = await freshDatabase();

interface Row {
  [k: string]: string | number | null;
}
const rows = async (sql: string, args: (string | number)[] = []) =>
  (await db.execute({ sql, args })).rows as unknown as Row[];

async function openReview(meetingDate: string): Promise<Review> {
  const res = await call<Review>(reviewsFn, 'POST', '/api/reviews', {
    body: { period: periodContaining(meetingDate, 'month').label, meetingDate, forum: 'leadership_review' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('the agenda beside a reference computation', () => {
  it('has the same previous review, check-ins since, counts and previous values for every measure', async () => {
    await seedGenerated(db, { goals: 60, measuresPerGoal: 3, checkInsPerMeasure: 30 });
    // Some measures need 30 answers, and some check-ins have fewer: the newest may not count.
    await db.execute('UPDATE measures SET min_sample = 30 WHERE rowid % 3 = 0');
    await db.execute('UPDATE check_ins SET sample_size = CASE rowid % 4 WHEN 0 THEN 10 WHEN 1 THEN 50 END');
    const today = new Date().toISOString().slice(0, 10);
    // An earlier closed review of two thirds of the goals: the rest have never been reviewed
    // (their check-ins count from the goal's start).
    const earlierDate = addDays(today, -45);
    const goalIds = (await rows('SELECT id FROM goals ORDER BY id')).map((r) => String(r.id));
    const reviewed = goalIds.filter((_, i) => i % 3 !== 0);
    await db.execute({
      sql: 'UPDATE goals SET review_date = ?, start_date = min(start_date, ?)',
      args: [today, earlierDate],
    });
    await db.execute({
      sql: `UPDATE goals SET review_date = ? WHERE id IN (SELECT value FROM json_each(?))`,
      args: [earlierDate, JSON.stringify(reviewed)],
    });
    const earlier = await openReview(earlierDate);
    const closed = await call<Agenda>(reviewCloseFn, 'POST', `/api/reviews/${earlier.id}/close`, {
      params: { id: earlier.id },
      body: {},
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    await db.execute({ sql: 'UPDATE goals SET review_date = ?', args: [today] });
    const review = await openReview(today);

    const res = await call<Agenda>(reviewFn, 'GET', `/api/reviews/${review.id}`, { params: { id: review.id } });
    expect(res.status).toBe(200);
    const items = res.body.departments.flatMap((d) => d.items);
    expect(items.length).toBe(goalIds.length);

    // ---- the reference, from raw rows ----
    const prevItems = await rows(
      `SELECT ri.goal_id AS goalId, r.id AS reviewId, r.meeting_date AS meetingDate FROM review_items ri JOIN reviews r ON r.id = ri.review_id
        WHERE r.state = 'closed' AND r.id <> ? AND r.meeting_date <= ?`,
      [review.id, review.meetingDate],
    );
    const previousOf = new Map<string, Row>();
    for (const p of prevItems) {
      const seen = previousOf.get(String(p.goalId));
      if (!seen || String(p.meetingDate) > String(seen.meetingDate)) previousOf.set(String(p.goalId), p);
    }
    const goals = new Map((await rows('SELECT id, start_date AS startDate FROM goals')).map((g) => [String(g.id), g]));
    const checkIns = await rows(
      'SELECT id, measure_id AS measureId, value, date, created_at AS createdAt, sample_size AS sampleSize FROM check_ins',
    );
    const minSample = new Map(
      (await rows('SELECT id, min_sample AS minSample FROM measures')).map((m) => [
        String(m.id),
        m.minSample === null ? null : Number(m.minSample),
      ]),
    );
    const byMeasure = new Map<string, Row[]>();
    for (const c of checkIns) byMeasure.set(String(c.measureId), [...(byMeasure.get(String(c.measureId)) ?? []), c]);
    const newestFirst = (a: Row, b: Row) =>
      a.date === b.date
        ? String(b.createdAt).localeCompare(String(a.createdAt))
        : String(b.date).localeCompare(String(a.date));

    let withPrevious = 0;
    let truncated = 0;
    let smallSamples = 0;
    let sinceTotal = 0;
    for (const item of items) {
      const prev = previousOf.get(item.goal.id);
      expect(item.changes.previousReview?.id ?? null).toBe(prev ? prev.reviewId : null);
      if (prev) withPrevious++;
      const prevDate = prev ? String(prev.meetingDate) : null;
      const start = String(goals.get(item.goal.id)!.startDate);
      let count = 0;
      for (const m of item.measures) {
        const all = [...(byMeasure.get(m.id) ?? [])].sort(newestFirst);
        const since = all.filter((c) => (prevDate === null ? String(c.date) >= start : String(c.date) > prevDate));
        const before = prevDate === null ? [] : all.filter((c) => String(c.date) <= prevDate);
        expect(m.checkInsSinceCount, m.name).toBe(since.length);
        expect(m.checkInsSince.map((c) => c.date)).toEqual(since.slice(0, MAX_CHECK_INS_SINCE).map((c) => c.date));
        expect(m.checkInsSince.map((c) => c.value)).toEqual(since.slice(0, MAX_CHECK_INS_SINCE).map((c) => c.value));
        expect(m.previousValue).toBe(before[0]?.value ?? null);
        const min = minSample.get(m.id) ?? null;
        const counts = all.filter((c) => c.sampleSize === null || min === null || Number(c.sampleSize) >= min);
        expect(m.latest?.id ?? null, m.name).toBe(counts[0]?.id ?? null);
        if (all[0] && all[0] !== counts[0]) {
          expect(m.smallSample?.id).toBe(all[0].id);
          smallSamples++;
        } else expect(m.smallSample).toBeNull();
        if (since.length > MAX_CHECK_INS_SINCE) truncated++;
        count += since.length;
      }
      expect(item.changes.checkInCount).toBe(count);
      sinceTotal += count;
    }
    // The data exercises every branch: goals with and without a previous review, long and short lists.
    expect(withPrevious).toBe(reviewed.length);
    expect(withPrevious).toBeLessThan(items.length);
    expect(truncated).toBeGreaterThan(0);
    expect(smallSamples).toBeGreaterThan(0);
    expect(sinceTotal).toBeGreaterThan(0);
  });
});
