// The review agenda of an open review with many goals due.
import { gzipSync } from 'node:zlib';
import { useDatabase } from '../../src/server/db.ts';
import { seedGenerated } from '../../db/seed/generate.ts';
import { dropDatabase, kb, loadFunction, ms, tempDatabase, time, type FnHandler, type Reporter } from './lib.ts';

// ---------- the review agenda (issue 3) ----------
const AGENDA_GOALS = 300;

/**
 * GET /api/reviews/{id} for an open review whose agenda holds AGENDA_GOALS goals (4 measures and
 * 3 check-ins each), with an earlier closed review of the same goals so the "changed since" parts
 * have data. Everything goes through the real handlers except the bulk seed.
 */
export default async function agenda(r: Reporter) {
  const { addDays, periodContaining } = await import('../../src/domain/cadence.ts');
  const [reviewsFn, reviewFn, closeFn] = await Promise.all([loadFunction('reviews'), loadFunction('review'), loadFunction('review-close')]);
  const db = await tempDatabase('agenda');
  await seedGenerated(db.client, { goals: AGENDA_GOALS, measuresPerGoal: 4, checkInsPerMeasure: 3 });
  useDatabase(db.client);
  const send = async (fn: FnHandler, method: string, url: string, params: Record<string, string>, body?: unknown) => {
    const res = await fn(
      new Request(`http://localhost${url}`, {
        method,
        headers: { ...db.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params },
    );
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
    return text;
  };
  const today = new Date().toISOString().slice(0, 10);
  const earlier = addDays(today, -7);
  const openReview = async (meetingDate: string) => {
    await db.client.execute({ sql: 'UPDATE goals SET review_date = ?', args: [meetingDate] });
    const period = periodContaining(meetingDate, 'month').label;
    return (JSON.parse(await send(reviewsFn, 'POST', '/api/reviews', {}, { period, meetingDate, forum: 'leadership_review' })) as { id: string }).id;
  };
  const previous = await openReview(earlier);
  await send(closeFn, 'POST', `/api/reviews/${previous}/close`, { id: previous }, {});
  const id = await openReview(today);
  const t = await time(() => send(reviewFn, 'GET', `/api/reviews/${id}`, { id }));
  const goals = (JSON.parse(t.last) as { summary: { goals: number } }).summary.goals;
  r.add({
    name: `GET /api/reviews/{id} (agenda of ${goals} goals, ${goals * 4} measures)`,
    value: ms(t.median),
    p95: ms(t.p95),
    unit: 'ms',
    note: `${kb(Buffer.byteLength(t.last))} KB, ${kb(gzipSync(t.last).length)} KB gzip; open review, earlier closed review of the same goals`,
  });
  dropDatabase(db);
}

