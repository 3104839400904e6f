// The review agenda of an open review with many goals due: the server's answer beside a raw read of
// the same rows, and the review page in Chromium (DOM size and time to usable).
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { useDatabase } from '../../src/server/db.ts';
import { GOAL_COLUMNS } from '../../src/server/goals.ts';
import { seedGenerated } from '../../db/seed/generate.ts';
import {
  ROOT,
  dropDatabase,
  kb,
  loadFunction,
  median,
  ms,
  tempDatabase,
  timePair,
  type FnHandler,
  type Reporter,
  type TempDatabase,
} from './lib.ts';

const AGENDA_GOALS = 300;
const BROWSER_RUNS = 5;

/**
 * The anchor: the rows the agenda is built from (its goals, their measures and every check-in of
 * them, the review's and the previous review's items, the actions), read with plain SELECTs by
 * id in one batch, each table as one JSON text (the fastest way out of libSQL, as the agenda reads),
 * and written back out as one JSON body. No windows, no joins, no domain logic: what any endpoint
 * serving these rows must at least do.
 */
function rawRead(db: TempDatabase, goalIds: string[], reviewIds: string[]) {
  const ids = JSON.stringify(goalIds);
  const reviews = JSON.stringify(reviewIds);
  const json = (cols: string, from: string) =>
    `SELECT json_group_array(json_object(${cols
      .split(',')
      .map((c) => `'${c.trim()}', ${c.trim()}`)
      .join(', ')})) FROM ${from}`;
  const goalCols = GOAL_COLUMNS.split(',')
    .map((c) => c.trim().split(/\s+/)[0]!)
    .join(', ');
  const measureCols =
    'id, goal_id, name, unit, direction, baseline, baseline_date, target, target_low, target_high, target_date, frequency, weight, sample_kind, min_sample, created_at';
  const checkInCols =
    'id, measure_id, value, date, note, sample_size, promoters, passives, detractors, successes, created_at';
  return async () => {
    const rs = await db.client.batch(
      [
        { sql: json(goalCols, 'goals WHERE id IN (SELECT value FROM json_each(?))'), args: [ids] },
        { sql: json(measureCols, 'measures WHERE goal_id IN (SELECT value FROM json_each(?))'), args: [ids] },
        {
          sql: json(
            checkInCols,
            'check_ins WHERE measure_id IN (SELECT id FROM measures WHERE goal_id IN (SELECT value FROM json_each(?)))',
          ),
          args: [ids],
        },
        {
          sql: json(
            'id, review_id, goal_id, notes, override_status, override_reason, frozen_progress, frozen_status',
            'review_items WHERE review_id IN (SELECT value FROM json_each(?))',
          ),
          args: [reviews],
        },
        {
          sql: json(
            'id, review_id, goal_id, kind, text, owner, due_date, state, done_at',
            'actions WHERE review_id IN (SELECT value FROM json_each(?))',
          ),
          args: [reviews],
        },
      ],
      'read',
    );
    return JSON.stringify(rs.map((r) => JSON.parse(String(r.rows[0]![0]))));
  };
}

/**
 * GET /api/reviews/{id} for an open review whose agenda holds AGENDA_GOALS goals (4 measures and
 * 3 check-ins each), with an earlier closed review of the same goals so the "changed since" parts
 * have data. Everything goes through the real handlers except the bulk seed.
 */
export default async function agenda(r: Reporter) {
  const { addDays, periodContaining } = await import('../../src/domain/cadence.ts');
  const [reviewsFn, reviewFn, closeFn] = await Promise.all([
    loadFunction('reviews'),
    loadFunction('review'),
    loadFunction('review-close'),
  ]);
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
    return (
      JSON.parse(
        await send(reviewsFn, 'POST', '/api/reviews', {}, { period, meetingDate, forum: 'leadership_review' }),
      ) as { id: string }
    ).id;
  };
  const previous = await openReview(earlier);
  await send(closeFn, 'POST', `/api/reviews/${previous}/close`, { id: previous }, {});
  const id = await openReview(today);
  const first = JSON.parse(await send(reviewFn, 'GET', `/api/reviews/${id}`, { id })) as {
    summary: { goals: number };
    departments: { items: { goal: { id: string } }[] }[];
  };
  const goalIds = first.departments.flatMap((d) => d.items.map((i) => i.goal.id));
  const goals = first.summary.goals;
  const t = await timePair(
    () => send(reviewFn, 'GET', `/api/reviews/${id}`, { id }),
    rawRead(db, goalIds, [id, previous]),
  );
  r.add({
    name: `GET /api/reviews/{id} (agenda of ${goals} goals, ${goals * 4} measures)`,
    value: ms(t.figure.median),
    p95: ms(t.figure.p95),
    unit: 'ms',
    anchor: { name: 'raw read of the same rows', value: ms(t.anchor.median) },
    goal: '≤ 1.5× raw',
    note: `${kb(Buffer.byteLength(t.figure.last))} KB, ${kb(gzipSync(t.figure.last).length)} KB gzip (raw: ${kb(Buffer.byteLength(t.anchor.last))} KB); open review, earlier closed review of the same goals`,
  });
  db.client.close();
  try {
    await browserFigures(r, db, id, goals);
  } finally {
    dropDatabase(db);
  }
}

// ---------- the review page in Chromium ----------
/**
 * Records, in the page, when the review's API answer arrived (its resource entry's responseEnd)
 * and when the page became usable: the first agenda item's heading link is in the DOM and the
 * main thread is free again (a task queued at that moment has run, so a click would be handled).
 * The DOM size is counted at that moment (elements; Lighthouse's "DOM size" counts the same).
 */
const PROBE = `(() => {
  const probe = (window.__agendaProbe = {});
  const seen = () => document.querySelector('.agenda-item h3 a');
  const mo = new MutationObserver(() => {
    if (probe.shown || !seen()) return;
    probe.shown = performance.now();
    mo.disconnect();
    setTimeout(() => {
      probe.usable = performance.now();
      probe.elements = document.getElementsByTagName('*').length;
      const api = performance.getEntriesByType('resource').find((e) => /\\/api\\/reviews\\/[^/]+$/.test(new URL(e.name).pathname));
      probe.answered = api ? api.responseEnd : null;
    }, 0);
  });
  mo.observe(document, { childList: true, subtree: true });
})()`;

async function browserFigures(r: Reporter, db: TempDatabase, reviewId: string, goals: number) {
  const port = 14105;
  const url = `http://127.0.0.1:${port}`;
  // Builds the site when it is not current (as `npm start` does), serving the bench's database.
  const server = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, LIBSQL_URL: db.url, TILLER_DEMO: 'off', PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (log.includes('Tiller is running')) (clearInterval(timer), resolve());
        else if (server.exitCode !== null) (clearInterval(timer), reject(new Error(`The app stopped:\n${log}`)));
      }, 200);
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      await context.addCookies([
        { name: db.headers.cookie!.split('=')[0]!, value: db.headers.cookie!.split('=').slice(1).join('='), url },
      ]);
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      const samples: { usable: number; elements: number; nodes: number }[] = [];
      for (let i = 0; i < BROWSER_RUNS + 1; i++) {
        await page.goto(`${url}/review/?id=${reviewId}`);
        await page.waitForFunction(
          () => (window as unknown as { __agendaProbe: { usable?: number } }).__agendaProbe.usable !== undefined,
          null,
          { timeout: 120_000 },
        );
        const p = await page.evaluate(() => {
          const probe = (
            window as unknown as { __agendaProbe: { usable: number; answered: number | null; elements: number } }
          ).__agendaProbe;
          return { usable: probe.usable - (probe.answered ?? probe.usable), elements: probe.elements };
        });
        const nodes = await page.evaluate(() => {
          let n = 0;
          const walk = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
          while (walk.nextNode()) n++;
          return n;
        });
        if (i > 0) samples.push({ ...p, nodes }); // the first load warms the server and the cache
      }
      const usable = median(samples.map((s) => s.usable));
      r.add({
        name: `Review page, ${goals} goals: DOM elements at first paint`,
        value: Math.round(median(samples.map((s) => s.elements))),
        unit: 'elements',
        goal: '≤ 10,000',
        note: `${Math.round(median(samples.map((s) => s.nodes)))} nodes of every kind (text included) once idle; Chromium, 1366 px`,
      });
      r.add({
        name: `Review page, ${goals} goals: API answer → usable`,
        value: ms(usable),
        unit: 'ms',
        note: `usable = the first item's heading link is shown and the main thread is free; median of ${BROWSER_RUNS} loads`,
      });
      r.detail('browserSamples', samples);
    } finally {
      await browser.close();
    }
  } finally {
    if (server.exitCode === null) process.kill(-server.pid!, 'SIGTERM');
  }
}
