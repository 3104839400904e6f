// What the pages other than the overview, a department page and a goal page download from the
// API (gzip bytes) for the generated organisation, before (when they read the whole tree) and
// now (their light reads), each beside the whole tree's size measured in the same run. Every
// answer comes from the real function handlers on a real database file.
import { gzipSync } from 'node:zlib';
import type { AuditPage } from '../../src/domain/accounts.ts';
import { chunks } from '../../src/domain/id-lists.ts';
import type { Department, Goal, Tree } from '../../src/domain/types.ts';
import { mentionedIds } from '../../src/features/accounts/audit-format.ts';
import { useDatabase } from '../../src/server/db.ts';
import { seedGenerated } from '../../db/seed/generate.ts';
import { dropDatabase, kb, loadFunction, tempDatabase, type FnHandler, type Reporter } from './lib.ts';
import { BIG } from './tree.ts';

/** Goals on the review agenda whose next-period section is weighed (the agenda bench's size). */
const AGENDA_GOALS = 300;

export default async function pages(r: Reporter) {
  const db = await tempDatabase('pages');
  await seedGenerated(db.client, BIG);
  useDatabase(db.client);
  const fn = Object.fromEntries(
    await Promise.all(
      [
        'tree',
        'tokens',
        'users',
        'departments',
        'audit',
        'goal',
        'goals',
        'goal-index',
        'goal-names',
        'department-summaries',
        'influence',
      ].map(async (n) => [n, await loadFunction(n)] as const),
    ),
  ) as Record<string, FnHandler>;

  /** GETs `path` as the admin; the body's size raw and gzip. */
  async function get(
    name: string,
    path: string,
    params?: Record<string, string>,
  ): Promise<{ text: string; gzip: number }> {
    const res = await fn[name]!(
      new Request(`http://localhost${path}`, { headers: db.headers }),
      params ? { params } : undefined,
    );
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return { text, gzip: gzipSync(text).length };
  }
  const sum = (parts: { gzip: number }[]) => parts.reduce((n, p) => n + p.gzip, 0);

  const tree = await get('tree', '/api/tree');
  const whole = JSON.parse(tree.text) as Tree;
  const anchor = { name: `GET /api/tree, ${BIG.goals} goals`, value: kb(tree.gzip) };

  // The audit log needs entries that mention goals: change some goals through the API.
  for (const g of whole.goals.slice(0, 60)) {
    const res = await fn.goal!(
      new Request(`http://localhost/api/goals/${g.id}`, {
        method: 'PATCH',
        headers: { ...db.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ owner: 'Bench owner', version: g.version }),
      }),
      { params: { id: g.id } },
    );
    if (res.status !== 200) throw new Error(`PATCH goal answered ${res.status}: ${await res.text()}`);
  }

  const [tokens, users, departments, audit] = await Promise.all([
    get('tokens', '/api/tokens'),
    get('users', '/api/users'),
    get('departments', '/api/departments'),
    get('audit', '/api/audit?limit=50'),
  ]);
  const entries = (JSON.parse(audit.text) as AuditPage).entries;
  const ids = mentionedIds(entries);
  const names = await Promise.all([
    ...chunks(ids.goalIds).map((p) => get('goal-names', `/api/goal-names?goalIds=${p.join(',')}`)),
    ...chunks(ids.measureIds).map((p) => get('goal-names', `/api/goal-names?measureIds=${p.join(',')}`)),
  ]);
  const firstDepartment = (JSON.parse(departments.text) as Department[])[0]!;
  // A review's next period: its goals and their successors, MAX_IDS ids per request.
  const agenda = whole.goals.slice(0, AGENDA_GOALS).map((g) => g.id);
  const nextPeriod = await Promise.all(
    chunks(agenda).flatMap((p) => [
      get('goals', `/api/goals?ids=${p.join(',')}`),
      get('goals', `/api/goals?carriedFrom=${p.join(',')}`),
    ]),
  );
  if (nextPeriod.flatMap((p) => JSON.parse(p.text) as Goal[]).length < agenda.length)
    throw new Error('the next period missed goals');

  const rows: { page: string; before: { gzip: number }[]; after: { gzip: number }[]; note: string }[] = [
    {
      page: 'tokens (admin)',
      before: [tokens, tree, users],
      after: [tokens, departments, users, await get('goal-names', '/api/goal-names')],
      note: 'departments closed; the tokens’ measure names (none here)',
    },
    {
      page: `tokens (admin), ${firstDepartment.name} opened`,
      before: [tokens, tree, users],
      after: [
        tokens,
        departments,
        users,
        await get('goal-index', `/api/goal-index?departmentId=${firstDepartment.id}&measures=1`),
      ],
      note: 'one department’s goals and measures',
    },
    {
      page: 'audit log (admin, first 50 entries)',
      before: [users, tree, audit],
      after: [users, departments, audit, ...names],
      note: `names of ${ids.goalIds.length} goals, ${ids.measureIds.length} measures`,
    },
    {
      page: 'measure page: pairing picker',
      before: [tree],
      after: [
        departments,
        await get('goal-index', `/api/goal-index?departmentId=${firstDepartment.id}&state=open&measures=1`),
      ],
      note: 'the measure’s department’s open goals and measures',
    },
    {
      page: 'team page (whole organisation)',
      before: [tree],
      after: [departments, await get('influence', '/api/influence')],
      note: 'every open goal’s measure: name, ring, progress, status',
    },
    {
      page: `team page (${firstDepartment.name})`,
      before: [tree],
      after: [departments, await get('influence', `/api/influence?departmentId=${firstDepartment.id}`)],
      note: 'one department’s measures',
    },
    {
      page: 'departments list',
      before: [tree],
      after: [await get('department-summaries', '/api/department-summaries')],
      note: 'counts by status computed on the server',
    },
    {
      page: `review: next period (${AGENDA_GOALS} goals)`,
      before: [tree],
      after: nextPeriod,
      note: `${nextPeriod.length} requests of ≤ 100 ids`,
    },
  ];
  for (const row of rows) {
    const before = sum(row.before);
    const after = sum(row.after);
    r.add({
      name: `API bytes, ${row.page}: before`,
      value: kb(before),
      unit: 'KB gzip',
      anchor,
      note: 'read the whole tree',
    });
    r.add({
      name: `API bytes, ${row.page}: now`,
      value: kb(after),
      unit: 'KB gzip',
      anchor,
      goal: '≪ the whole tree',
      note: row.note,
    });
  }
  r.detail(
    'bytes',
    Object.fromEntries(rows.map((row) => [row.page, { before: sum(row.before), after: sum(row.after) }])),
  );
  dropDatabase(db);
}
