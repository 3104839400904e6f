// Every refused request: the right status, application/problem+json, the named field, and a
// database exactly as it was (every write runs in one transaction, so a refusal leaves nothing).
import { describe, expect, it } from 'vitest';
import { latestTodayAnywhere } from '../../src/domain/schemas.ts';
import visionFn from '../../netlify/functions/vision.mts';
import treeFn from '../../netlify/functions/tree.mts';
import departmentsFn from '../../netlify/functions/departments.mts';
import departmentFn from '../../netlify/functions/department.mts';
import goalsFn from '../../netlify/functions/goals.mts';
import goalFn from '../../netlify/functions/goal.mts';
import goalMeasuresFn from '../../netlify/functions/goal-measures.mts';
import measureFn from '../../netlify/functions/measure.mts';
import measureCheckInsFn from '../../netlify/functions/measure-check-ins.mts';
import checkInFn from '../../netlify/functions/check-in.mts';
import {
  call,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  goalBody,
  measureBody,
  snapshot,
  type ApiResult,
  type Handler,
} from './helpers.ts';

const db = await freshDatabase();

// The fixture every case refers to (created before the table is built, so ids can be inlined).
await call(visionFn, 'PUT', '/api/vision', { body: { statement: 'Vision', horizonYear: 2030 } });
const dept = await createDepartment('Owner of goals');
const emptyDept = await createDepartment('No goals');
const root = await createGoal(dept.id, { title: 'Root' });
const child = await createGoal(dept.id, { title: 'Child', parentGoalId: root.id });
const grandchild = await createGoal(dept.id, { title: 'Grandchild', parentGoalId: child.id });
const measure = await createMeasure(root.id);
const checkIn = await createCheckIn(measure.id, 15);

const tomorrowAnywhere = new Date(Date.parse(latestTodayAnywhere()) + 86_400_000).toISOString().slice(0, 10);
const MISSING = '00000000-0000-4000-8000-000000000000';

interface Case {
  name: string;
  fn: Handler;
  method: string;
  path: string;
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  status: number;
  /** The field `errors` must name. */
  field?: string;
  /** Further checks on the response. */
  also?: (res: ApiResult) => void;
}

const goalPath = (id: string) => ({ path: `/api/goals/${id}`, params: { id } });
const measurePath = (id: string) => ({ path: `/api/measures/${id}`, params: { id } });
const measuresOf = (id: string) => ({ path: `/api/goals/${id}/measures`, params: { id } });
const checkInsOf = (id: string) => ({ path: `/api/measures/${id}/check-ins`, params: { id } });
const deptPath = (id: string) => ({ path: `/api/departments/${id}`, params: { id } });
const postMeasure = (overrides: Record<string, unknown>) => ({
  fn: goalMeasuresFn,
  method: 'POST',
  ...measuresOf(root.id),
  body: measureBody(overrides),
});
const postCheckIn = (body: unknown) => ({ fn: measureCheckInsFn, method: 'POST', ...checkInsOf(measure.id), body });
const postGoal = (overrides: Record<string, unknown>) => ({
  fn: goalsFn,
  method: 'POST',
  path: '/api/goals',
  body: goalBody(dept.id, overrides),
});
const patchGoal = (id: string, body: unknown) => ({ fn: goalFn, method: 'PATCH', ...goalPath(id), body });
const allows = (allow: string) => (res: ApiResult) => expect(res.headers.get('allow')).toBe(allow);

const cases: Case[] = [
  // ---------- transport: JSON, media type, size ----------
  {
    name: 'malformed JSON (POST)',
    fn: departmentsFn,
    method: 'POST',
    path: '/api/departments',
    rawBody: '{"name": "Sales"',
    status: 400,
  },
  {
    name: 'malformed JSON (PATCH)',
    ...patchGoal(root.id, undefined),
    rawBody: "{ title: 'x', version: 1 }",
    status: 400,
  },
  { name: 'empty JSON body', fn: visionFn, method: 'PUT', path: '/api/vision', rawBody: '', status: 400 },
  {
    name: 'JSON null body',
    fn: departmentsFn,
    method: 'POST',
    path: '/api/departments',
    rawBody: 'null',
    status: 400,
    field: '_',
  },
  { name: 'JSON array body', ...postGoal({}), body: [goalBody(dept.id)], status: 400, field: '_' },
  { name: 'text/plain content type', ...postGoal({}), headers: { 'content-type': 'text/plain' }, status: 415 },
  {
    name: 'form content type',
    fn: departmentsFn,
    method: 'POST',
    path: '/api/departments',
    body: { name: 'Form' },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 415,
  },
  {
    name: 'JSON sent without a content type',
    fn: visionFn,
    method: 'PUT',
    path: '/api/vision',
    body: { statement: 'x', horizonYear: 2030, version: 1 },
    headers: { 'content-type': '' },
    status: 415,
  },
  { name: 'body over 64 KB', ...postGoal({ description: 'x'.repeat(70_000) }), status: 413 },
  { name: 'body over 64 KB in bytes, not characters', ...postGoal({ description: 'é'.repeat(33_000) }), status: 413 },
  {
    name: 'declared content-length over 64 KB',
    fn: departmentsFn,
    method: 'POST',
    path: '/api/departments',
    body: { name: 'Liar' },
    headers: { 'content-length': '70000' },
    status: 413,
  },

  // ---------- unknown and missing fields ----------
  {
    name: 'unknown field on a department',
    fn: departmentsFn,
    method: 'POST',
    path: '/api/departments',
    body: { name: 'Sales', colour: 'red' },
    status: 400,
    field: '_',
    also: (r) => expect(r.body.errors._.join()).toContain('colour'),
  },
  {
    name: 'unknown field on a goal',
    ...postGoal({ progress: 1 }),
    status: 400,
    field: '_',
    also: (r) => expect(r.body.errors._.join()).toContain('progress'),
  },
  {
    name: 'server-owned field in a goal PATCH',
    ...patchGoal(root.id, { createdAt: '2020-01-01T00:00:00Z', version: 1 }),
    status: 400,
    field: '_',
  },
  { name: 'unknown field on a measure', ...postMeasure({ owner: 'x' }), status: 400, field: '_' },
  {
    name: 'unknown field on a check-in',
    ...postCheckIn({ value: 1, date: '2025-01-01', measureId: measure.id }),
    status: 400,
    field: '_',
  },
  {
    name: 'missing department name',
    fn: departmentsFn,
    method: 'POST',
    path: '/api/departments',
    body: {},
    status: 400,
    field: 'name',
  },
  {
    name: 'blank department name',
    fn: departmentsFn,
    method: 'POST',
    path: '/api/departments',
    body: { name: '  ' },
    status: 400,
    field: 'name',
  },
  {
    name: 'missing goal fields',
    fn: goalsFn,
    method: 'POST',
    path: '/api/goals',
    body: {},
    status: 400,
    field: 'title',
    also: (r) =>
      expect(Object.keys(r.body.errors)).toEqual(
        expect.arrayContaining(['title', 'departmentId', 'startDate', 'dueDate']),
      ),
  },
  {
    name: 'missing measure fields',
    fn: goalMeasuresFn,
    method: 'POST',
    ...measuresOf(root.id),
    body: {},
    status: 400,
    field: 'name',
    also: (r) =>
      expect(Object.keys(r.body.errors)).toEqual(
        expect.arrayContaining(['name', 'unit', 'direction', 'baseline', 'baselineDate', 'targetDate']),
      ),
  },
  {
    name: 'missing check-in fields',
    ...postCheckIn({}),
    status: 400,
    field: 'value',
    also: (r) => expect(r.body.errors.date).toBeDefined(),
  },
  { name: 'goal PATCH without version', ...patchGoal(root.id, { title: 'x' }), status: 400, field: 'version' },
  {
    name: 'department PATCH without version',
    fn: departmentFn,
    method: 'PATCH',
    ...deptPath(emptyDept.id),
    body: { name: 'x' },
    status: 400,
    field: 'version',
  },
  {
    name: 'measure PATCH without version',
    fn: measureFn,
    method: 'PATCH',
    ...measurePath(measure.id),
    body: { name: 'x' },
    status: 400,
    field: 'version',
  },
  { name: 'title too long', ...postGoal({ title: 'x'.repeat(201) }), status: 400, field: 'title' },
  // SQLite would store a NUL but read the text back cut short at it: refused, not truncated.
  { name: 'NUL character in a goal title', ...postGoal({ title: 'before\u0000after' }), status: 400, field: 'title' },
  {
    name: 'NUL character in a check-in note',
    ...postCheckIn({ value: 1, date: '2025-01-01', note: 'a\u0000b' }),
    status: 400,
    field: 'note',
  },
  // A lone surrogate (a JSON \uD800 escape) would be stored as U+FFFD without notice: refused.
  {
    name: 'lone high surrogate in a goal title',
    ...postGoal({ title: 'before\uD800after' }),
    status: 400,
    field: 'title',
  },
  {
    name: 'lone low surrogate at the end of a check-in note',
    ...postCheckIn({ value: 1, date: '2025-01-01', note: 'ab\uDC00' }),
    status: 400,
    field: 'note',
  },

  // ---------- goal dates ----------
  {
    name: 'dueDate before startDate',
    ...postGoal({ startDate: '2025-06-01', dueDate: '2025-05-31' }),
    status: 400,
    field: 'dueDate',
  },
  {
    name: 'dueDate equal to startDate',
    ...postGoal({ startDate: '2025-06-01', dueDate: '2025-06-01' }),
    status: 400,
    field: 'dueDate',
  },
  {
    name: 'dueDate before startDate via PATCH',
    ...patchGoal(root.id, { dueDate: '2024-12-31', version: 1 }),
    status: 400,
    field: 'dueDate',
  },
  { name: 'reviewDate before startDate', ...postGoal({ reviewDate: '2024-12-01' }), status: 400, field: 'reviewDate' },
  { name: 'a date that does not exist', ...postGoal({ startDate: '2025-02-30' }), status: 400, field: 'startDate' },
  { name: 'a date in another format', ...postGoal({ dueDate: '31/12/2025' }), status: 400, field: 'dueDate' },

  // ---------- measure targets ----------
  {
    name: 'target equal to baseline (increase)',
    ...postMeasure({ baseline: 50, target: 50 }),
    status: 400,
    field: 'target',
  },
  {
    name: 'target equal to baseline (decrease)',
    ...postMeasure({ direction: 'decrease', baseline: 420, target: 420 }),
    status: 400,
    field: 'target',
  },
  {
    name: 'decrease with target above baseline',
    ...postMeasure({ direction: 'decrease', baseline: 360, target: 420 }),
    status: 400,
    field: 'target',
  },
  { name: 'increase without target', ...postMeasure({ target: null }), status: 400, field: 'target' },
  {
    name: 'keep_above without target',
    ...postMeasure({ direction: 'keep_above', target: undefined }),
    status: 400,
    field: 'target',
  },
  {
    name: 'range with targetLow equal to targetHigh',
    ...postMeasure({ direction: 'range', targetLow: 5, targetHigh: 5 }),
    status: 400,
    field: 'targetHigh',
  },
  {
    name: 'range with targetLow above targetHigh',
    ...postMeasure({ direction: 'range', targetLow: 9, targetHigh: 3 }),
    status: 400,
    field: 'targetHigh',
  },
  {
    name: 'range without targetLow',
    ...postMeasure({ direction: 'range', targetHigh: 3 }),
    status: 400,
    field: 'targetLow',
  },
  {
    name: 'target equal to baseline via PATCH',
    fn: measureFn,
    method: 'PATCH',
    ...measurePath(measure.id),
    body: { target: 10, version: 1 },
    status: 400,
    field: 'target',
  },
  {
    name: 'targetDate before baselineDate',
    ...postMeasure({ baselineDate: '2025-06-01', targetDate: '2025-01-01' }),
    status: 400,
    field: 'targetDate',
  },
  { name: 'unknown unit', ...postMeasure({ unit: 'parsecs' }), status: 400, field: 'unit' },
  { name: 'unknown direction', ...postMeasure({ direction: 'sideways' }), status: 400, field: 'direction' },
  { name: 'zero weight', ...postMeasure({ weight: 0 }), status: 400, field: 'weight' },
  { name: 'baseline as text', ...postMeasure({ baseline: '10' }), status: 400, field: 'baseline' },

  // ---------- references (422) ----------
  { name: 'unknown departmentId', ...postGoal({ departmentId: MISSING }), status: 422, field: 'departmentId' },
  {
    name: 'unknown departmentId via PATCH',
    ...patchGoal(child.id, { departmentId: MISSING, version: 1 }),
    status: 422,
    field: 'departmentId',
  },
  { name: 'unknown parentGoalId', ...postGoal({ parentGoalId: MISSING }), status: 422, field: 'parentGoalId' },
  {
    name: 'unknown parentGoalId via PATCH',
    ...patchGoal(child.id, { parentGoalId: MISSING, version: 1 }),
    status: 422,
    field: 'parentGoalId',
  },
  {
    name: 'unknown departmentId and parentGoalId together',
    ...postGoal({ departmentId: MISSING, parentGoalId: MISSING }),
    status: 422,
    field: 'departmentId',
    also: (r) => expect(r.body.errors.parentGoalId).toBeDefined(),
  },
  {
    name: 'moving a goal under its own grandchild',
    ...patchGoal(root.id, { parentGoalId: grandchild.id, version: 1 }),
    status: 422,
    field: 'parentGoalId',
  },
  {
    name: 'moving a goal under its own child',
    ...patchGoal(root.id, { parentGoalId: child.id, version: 1 }),
    status: 422,
    field: 'parentGoalId',
  },
  {
    name: 'moving a goal under itself',
    ...patchGoal(child.id, { parentGoalId: child.id, version: 1 }),
    status: 422,
    field: 'parentGoalId',
  },

  // ---------- check-ins ----------
  {
    name: 'check-in dated tomorrow everywhere',
    ...postCheckIn({ value: 1, date: tomorrowAnywhere }),
    status: 400,
    field: 'date',
  },
  {
    name: 'check-in dated far in the future',
    ...postCheckIn({ value: 1, date: '2999-01-01' }),
    status: 400,
    field: 'date',
  },
  { name: 'check-in value as text', ...postCheckIn({ value: '12', date: '2025-01-01' }), status: 400, field: 'value' },
  { name: 'check-in value null', ...postCheckIn({ value: null, date: '2025-01-01' }), status: 400, field: 'value' },
  { name: 'check-in value true', ...postCheckIn({ value: true, date: '2025-01-01' }), status: 400, field: 'value' },
  {
    name: 'check-in value overflowing to Infinity',
    ...postCheckIn(undefined),
    rawBody: '{"value": 1e999, "date": "2025-01-01"}',
    status: 400,
    field: 'value',
  },

  // ---------- methods (405) ----------
  {
    name: 'DELETE the goal list',
    fn: goalsFn,
    method: 'DELETE',
    path: '/api/goals',
    status: 405,
    also: allows('GET, POST'),
  },
  {
    name: 'PUT a goal',
    ...patchGoal(root.id, { title: 'x', version: 1 }),
    method: 'PUT',
    status: 405,
    also: allows('GET, PATCH, DELETE'),
  },
  {
    name: 'POST to a measure',
    fn: measureFn,
    method: 'POST',
    ...measurePath(measure.id),
    body: measureBody(),
    status: 405,
  },
  {
    name: 'PATCH the department list',
    fn: departmentsFn,
    method: 'PATCH',
    path: '/api/departments',
    body: { name: 'x' },
    status: 405,
  },
  {
    name: 'DELETE the vision',
    fn: visionFn,
    method: 'DELETE',
    path: '/api/vision',
    status: 405,
    also: allows('GET, PUT'),
  },
  { name: 'POST the tree', fn: treeFn, method: 'POST', path: '/api/tree', body: {}, status: 405, also: allows('GET') },
  {
    name: 'PUT a check-in',
    fn: checkInFn,
    method: 'PUT',
    path: `/api/check-ins/${checkIn.id}`,
    params: { id: checkIn.id },
    body: { value: 1 },
    status: 405,
    also: allows('GET, PATCH, DELETE'),
  },

  // ---------- unknown ids (404) ----------
  { name: 'GET an unknown goal', fn: goalFn, method: 'GET', ...goalPath(MISSING), status: 404 },
  { name: 'PATCH an unknown goal', ...patchGoal(MISSING, { title: 'x', version: 1 }), status: 404 },
  { name: 'DELETE an unknown goal', fn: goalFn, method: 'DELETE', ...goalPath(MISSING), status: 404 },
  { name: 'GET an unknown department', fn: departmentFn, method: 'GET', ...deptPath(MISSING), status: 404 },
  {
    name: 'PATCH an unknown department',
    fn: departmentFn,
    method: 'PATCH',
    ...deptPath(MISSING),
    body: { name: 'x', version: 1 },
    status: 404,
  },
  { name: 'DELETE an unknown department', fn: departmentFn, method: 'DELETE', ...deptPath(MISSING), status: 404 },
  { name: 'GET an unknown measure', fn: measureFn, method: 'GET', ...measurePath(MISSING), status: 404 },
  {
    name: 'PATCH an unknown measure',
    fn: measureFn,
    method: 'PATCH',
    ...measurePath(MISSING),
    body: { name: 'x', version: 1 },
    status: 404,
  },
  { name: 'DELETE an unknown measure', fn: measureFn, method: 'DELETE', ...measurePath(MISSING), status: 404 },
  { name: 'measures of an unknown goal', fn: goalMeasuresFn, method: 'GET', ...measuresOf(MISSING), status: 404 },
  {
    name: 'a measure for an unknown goal',
    fn: goalMeasuresFn,
    method: 'POST',
    ...measuresOf(MISSING),
    body: measureBody(),
    status: 404,
  },
  {
    name: 'check-ins of an unknown measure',
    fn: measureCheckInsFn,
    method: 'GET',
    ...checkInsOf(MISSING),
    status: 404,
  },
  {
    name: 'a check-in for an unknown measure',
    fn: measureCheckInsFn,
    method: 'POST',
    ...checkInsOf(MISSING),
    body: { value: 1, date: '2025-01-01' },
    status: 404,
  },
  {
    name: 'DELETE an unknown check-in',
    fn: checkInFn,
    method: 'DELETE',
    path: `/api/check-ins/${MISSING}`,
    params: { id: MISSING },
    status: 404,
  },
  { name: 'an id that tries SQL', fn: goalFn, method: 'GET', ...goalPath("' OR '1'='1"), status: 404 },

  // ---------- conflicts (409) ----------
  {
    name: 'deleting a department that owns goals',
    fn: departmentFn,
    method: 'DELETE',
    ...deptPath(dept.id),
    status: 409,
    also: (r) => expect(r.body.goalCount).toBe(3),
  },
  {
    name: 'deleting a goal with children without a choice',
    fn: goalFn,
    method: 'DELETE',
    ...goalPath(root.id),
    status: 409,
    field: 'children',
    also: (r) => expect(r.body.childCount).toBe(1),
  },
  {
    name: 'duplicate department name',
    fn: departmentsFn,
    method: 'POST',
    path: '/api/departments',
    body: { name: 'no GOALS' },
    status: 409,
    field: 'name',
  },
  { name: 'stale goal version', ...patchGoal(child.id, { title: 'x', version: 7 }), status: 409, field: 'version' },
  {
    name: 'stale measure version',
    fn: measureFn,
    method: 'PATCH',
    ...measurePath(measure.id),
    body: { name: 'x', version: 2 },
    status: 409,
    field: 'version',
  },
  {
    name: 'stale department version',
    fn: departmentFn,
    method: 'PATCH',
    ...deptPath(emptyDept.id),
    body: { name: 'x', version: 2 },
    status: 409,
    field: 'version',
  },
  {
    name: 'stale vision version',
    fn: visionFn,
    method: 'PUT',
    path: '/api/vision',
    body: { statement: 'x', horizonYear: 2030, version: 2 },
    status: 409,
    field: 'version',
  },
  {
    name: 'stale version on DELETE',
    fn: goalFn,
    method: 'DELETE',
    path: `/api/goals/${grandchild.id}?version=3`,
    params: { id: grandchild.id },
    status: 409,
    field: 'version',
  },

  // ---------- query strings ----------
  {
    name: 'unknown children choice',
    fn: goalFn,
    method: 'DELETE',
    path: `/api/goals/${root.id}?children=orphan`,
    params: { id: root.id },
    status: 400,
    field: 'children',
  },
  {
    name: 'non-numeric version on DELETE',
    fn: measureFn,
    method: 'DELETE',
    path: `/api/measures/${measure.id}?version=latest`,
    params: { id: measure.id },
    status: 400,
    field: 'version',
  },
  {
    name: 'unknown query parameter on DELETE',
    fn: checkInFn,
    method: 'DELETE',
    path: `/api/check-ins/${checkIn.id}?force=1`,
    params: { id: checkIn.id },
    status: 400,
    field: '_',
  },
  {
    name: 'empty departmentId filter',
    fn: goalsFn,
    method: 'GET',
    path: '/api/goals?departmentId=',
    status: 400,
    field: 'departmentId',
  },
];

// HEAD is no refused request: it is GET without the body, with GET's status and headers.
describe('HEAD', () => {
  it('answers a goal like GET, with no body', async () => {
    const get = await call(goalFn, 'GET', goalPath(root.id).path, { params: goalPath(root.id).params });
    const head = await call(goalFn, 'HEAD', goalPath(root.id).path, { params: goalPath(root.id).params });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.contentType).toBe(get.contentType);
    expect(head.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('refused requests', () => {
  it.each(cases)('$name → $status', async (c) => {
    const before = await snapshot(db);
    const { fn, method, path, status, field, also, ...opts } = c;
    const res = await call(fn, method, path, opts);
    expectProblem(res, status, field);
    expect(res.headers.get('cache-control')).toBe('no-store');
    also?.(res);
    expect(await snapshot(db)).toEqual(before);
  });

  it('left the fixture exactly as it was created', async () => {
    const goals = (await db.execute('SELECT id, parent_goal_id AS p, version FROM goals ORDER BY title')).rows.map(
      (r) => [r.id, r.p, r.version],
    );
    expect(goals).toEqual([
      [child.id, root.id, 1],
      [grandchild.id, child.id, 1],
      [root.id, null, 1],
    ]);
  });
});
