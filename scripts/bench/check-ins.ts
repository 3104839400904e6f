// Check-ins: POST and GET of one check-in against the measure's existing check-ins (must be
// constant), a burst of POSTs through the real handler against a raw INSERT loop on the same file,
// and how long a new client's GET /api/session waits while that burst is queued.
import type { Client } from '@libsql/client';
import { useDatabase } from '../../src/server/db.ts';
import { createUser } from '../../src/server/accounts.ts';
import { SESSION_COOKIE } from '../../src/server/cookies.ts';
import { createSession } from '../../src/server/identity.ts';
import { countingClient } from '../../test/integration/helpers.ts';
import {
  dropDatabase,
  loadFunction,
  median,
  ms,
  percentile,
  time,
  tempDatabase,
  type FnHandler,
  type Reporter,
} from './lib.ts';

const LEVELS = [0, 1_000, 5_000, 20_000];
const BURST = 1_000;
const CONCURRENCY = 50;
/** Burst and raw loop, interleaved, this many times each; the median rate counts. */
const ROUNDS = 3;

type Send = (
  fn: FnHandler,
  method: string,
  url: string,
  params: Record<string, string>,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Response>;

/** `n` check-ins of one measure straight into the table (one transaction), on dates spread over two years. */
async function seedCheckIns(client: Client, measureId: string, n: number): Promise<void> {
  const now = new Date().toISOString();
  const day0 = Date.parse('2024-01-01T00:00:00Z');
  const stmts = Array.from({ length: n }, (_, i) => ({
    sql: 'INSERT INTO check_ins (id, measure_id, value, date, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    args: [
      crypto.randomUUID(),
      measureId,
      10 + (i % 17),
      new Date(day0 + (i % 700) * 86_400_000).toISOString().slice(0, 10),
      '',
      now,
      now,
    ],
  }));
  for (let i = 0; i < stmts.length; i += 5_000) await client.batch(stmts.slice(i, i + 5_000), 'write');
}

/** Runs `jobs` calls of `job` with at most `concurrency` at a time; ms taken. */
async function burst(jobs: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs) await job(next++);
    }),
  );
  return performance.now() - t0;
}

export default async function checkIns(r: Reporter) {
  const [departmentsFn, goalsFn, goalMeasuresFn, measureCheckInsFn, checkInFn, sessionFn] = await Promise.all([
    loadFunction('departments'),
    loadFunction('goals'),
    loadFunction('goal-measures'),
    loadFunction('measure-check-ins'),
    loadFunction('check-in'),
    loadFunction('session'),
  ]);
  const db = await tempDatabase('check-ins');
  useDatabase(db.client);
  const send: Send = async (fn, method, url, params, body, headers = db.headers) => {
    const res = await fn(
      new Request(`http://localhost${url}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params },
    );
    if (res.status >= 300)
      throw new Error(`${method} ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return res;
  };
  const created = async (res: Promise<Response>) => (await (await res).json()) as { id: string };
  const department = await created(send(departmentsFn, 'POST', '/api/departments', {}, { name: 'Bench' }));
  const goal = await created(
    send(
      goalsFn,
      'POST',
      '/api/goals',
      {},
      { title: 'Bench goal', departmentId: department.id, startDate: '2024-01-01', dueDate: '2026-12-31' },
    ),
  );
  const newMeasure = (name: string) =>
    created(
      send(
        goalMeasuresFn,
        'POST',
        `/api/goals/${goal.id}/measures`,
        { id: goal.id },
        {
          name,
          unit: 'count',
          direction: 'increase',
          baseline: 10,
          baselineDate: '2024-01-01',
          target: 30,
          targetDate: '2026-12-31',
        },
      ),
    );
  const today = new Date().toISOString().slice(0, 10);
  const post = (measureId: string) =>
    send(
      measureCheckInsFn,
      'POST',
      `/api/measures/${measureId}/check-ins`,
      { id: measureId },
      { value: 12, date: today, note: 'bench' },
    );

  // ---------- POST and GET against the number of existing check-ins ----------
  const p50 = { post: [] as number[], get: [] as number[] };
  for (const n of LEVELS) {
    const m = await newMeasure(`Level ${n}`);
    await seedCheckIns(db.client, m.id, n);
    const tPost = await time(() => post(m.id).then((res) => res.text()));
    // A check-in in the middle of the history, so it has one before it to be compared with.
    const middle = (
      await db.client.execute({
        sql: 'SELECT id FROM check_ins WHERE measure_id = ? ORDER BY date LIMIT 1 OFFSET ?',
        args: [m.id, n >> 1],
      })
    ).rows[0]![0] as string;
    const tGet = await time(() =>
      send(checkInFn, 'GET', `/api/check-ins/${middle}`, { id: middle }).then((res) => res.text()),
    );
    p50.post.push(ms(tPost.median));
    p50.get.push(ms(tGet.median));
    r.add({
      name: `POST /api/measures/{id}/check-ins (${n} existing)`,
      value: ms(tPost.median),
      p95: ms(tPost.p95),
      unit: 'ms',
      goal: 'constant in the number of check-ins',
    });
    r.add({
      name: `GET /api/check-ins/{id} (${n} existing)`,
      value: ms(tGet.median),
      p95: ms(tGet.p95),
      unit: 'ms',
      goal: 'constant in the number of check-ins',
    });
  }
  r.detail('p50ByLevel', { levels: LEVELS, ...p50 });

  // ---------- statements per POST ----------
  const counting = countingClient(db.client);
  useDatabase(counting.client);
  const counted = await newMeasure('Counted');
  await post(counted.id); // the first check-in of a measure is not the typical one
  counting.reset();
  await post(counted.id);
  const statements = counting.count();
  useDatabase(db.client);
  r.add({
    name: 'statements per check-in POST',
    value: statements,
    unit: 'statements',
    note: 'every execute and batch statement, the sign-in check included; BEGIN/COMMIT not counted',
  });

  // ---------- a burst of POSTs vs a raw autocommit INSERT loop; a new client's session meanwhile ----------
  const viewer = await createUser(
    db.client,
    { email: 'viewer@example.com', name: 'Viewer', role: 'viewer', password: 'bench password' },
    { type: 'system', label: 'bench' },
  );
  // New clients: sessions whose last-seen time is due for a refresh, made before any burst (a
  // write of the bench's own outside the write turns would race the burst for the lock).
  const tokens: string[] = [];
  let used = 0;
  for (let i = 0; i < 300; i++)
    tokens.push((await createSession(db.client, viewer.id, new Date(Date.now() - 10 * 60_000))).token);
  /** One new client's GET /api/session, due at `due` (performance.now()); ms from then to its answer. */
  const sessionGet = async (due = performance.now()): Promise<number> => {
    const token = tokens[used++ % tokens.length]!;
    const res = await send(sessionFn, 'GET', '/api/session', {}, undefined, { cookie: `${SESSION_COOKIE}=${token}` });
    await res.text();
    return performance.now() - due;
  };
  const idle = await time(() => sessionGet(), 20, 2);

  const rates = { handler: [] as number[], raw: [] as number[] };
  const during: number[] = [];
  const rawMeasure = await newMeasure('Raw loop');
  for (let round = 0; round < ROUNDS; round++) {
    const m = await newMeasure(`Burst ${round}`);
    let done = false;
    const elapsed = burst(BURST, CONCURRENCY, async () => void (await post(m.id).then((res) => res.text()))).finally(
      () => (done = true),
    );
    // While the burst runs: a new client asks who it is, one request at a time, every 50 ms.
    const probes = (async () => {
      while (!done) {
        // Measured from when the request was due, so time spent waiting for the event loop counts.
        const due = performance.now() + 50;
        await new Promise((resolve) => setTimeout(resolve, 50));
        // Recorded even when it only ran after the burst: then it waited for all of it.
        during.push(await sessionGet(due));
      }
    })();
    rates.handler.push(BURST / ((await elapsed) / 1000));
    await probes;
    // The anchor: the same number of rows, one autocommit INSERT each, on the same file.
    const now = new Date().toISOString();
    const t0 = performance.now();
    for (let i = 0; i < BURST; i++)
      await db.client.execute({
        sql: 'INSERT INTO check_ins (id, measure_id, value, date, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        args: [crypto.randomUUID(), rawMeasure.id, 12, today, 'bench', now, now],
      });
    rates.raw.push(BURST / ((performance.now() - t0) / 1000));
  }
  const handlerRate = median(rates.handler);
  const rawRate = median(rates.raw);
  r.detail('burst', { rounds: ROUNDS, rates, sessionDuringMs: during.map(ms) });
  r.add({
    name: `${BURST} check-in POSTs at concurrency ${CONCURRENCY}`,
    value: Math.round(handlerRate),
    unit: '/s',
    anchor: { name: 'raw autocommit INSERT loop, same file', value: Math.round(rawRate) },
    goal: '≥ 0.5× raw',
    note: `median of ${ROUNDS} interleaved rounds`,
  });
  const sorted = [...during].sort((a, b) => a - b);
  r.add({
    name: 'GET /api/session of a new client during the burst',
    ...(during.length ? { value: ms(median(during)), p95: ms(percentile(sorted, 0.95)) } : {}),
    unit: 'ms',
    anchor: { name: 'same GET, idle', value: ms(idle.median) },
    goal: 'reads never wait behind the write queue',
    note: `${during.length} probes, from when each was due`,
  });
  dropDatabase(db);
}
