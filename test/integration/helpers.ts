// Shared by the integration tests: a real temp-file libSQL database per test file, a way to call
// the real Netlify function handlers with real Requests, a whole-database snapshot, and factories.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client, InStatement, ResultSet, Transaction } from '@libsql/client';
import { afterAll, expect } from 'vitest';
import { openDatabase, rowsOf, useDatabase } from '../../src/server/db.ts';
import { migrate } from '../../src/server/migrate.ts';
import { asAdmin } from './sign-in.ts';
import type { CheckIn, Department, Goal, Measure } from '../../src/domain/types.ts';
import departmentsFn from '../../netlify/functions/departments.mts';
import goalsFn from '../../netlify/functions/goals.mts';
import goalMeasuresFn from '../../netlify/functions/goal-measures.mts';
import measureCheckInsFn from '../../netlify/functions/measure-check-ins.mts';

/** A Functions v2 handler as the functions export it. */
export type Handler = (req: Request, context?: { params?: Record<string, string>; ip?: string }) => Promise<Response>;

export const TABLES = [
  'vision',
  'departments',
  'goals',
  'measures',
  'check_ins',
  // measurement (issue 4)
  'measure_pairs',
  'segments',
  'check_in_segments',
  'practices',
  // reviews (issue 3)
  'reviews',
  'review_items',
  'actions',
] as const;
/** How each table's rows are ordered in a snapshot (tables without an `id` column). */
const SNAPSHOT_ORDER: Partial<Record<string, string>> = { check_in_segments: 'check_in_id, segment_id' };

/**
 * Opens a fresh migrated database in a temp file and points every handler at it.
 * Call once at the top level of a test file; the file is removed after the file's tests.
 */
export async function freshDatabase(): Promise<Client> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tiller-it-'));
  const client = await openDatabase(`file:${path.join(dir, 'test.db')}`);
  await migrate(client);
  useDatabase(client);
  // Sign-in is enforced: every call is an admin's unless the test says otherwise.
  setDefaultHeaders(await asAdmin());
  afterAll(() => {
    client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return client;
}

export interface CallOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (for malformed or oversized bodies). */
  rawBody?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  /** The client's address, as Netlify's context.ip. */
  ip?: string;
  /** Leave out the default headers (see setDefaultHeaders): a request from nobody. */
  anonymous?: boolean;
}

let defaultHeaders: Record<string, string> = {};
/**
 * Headers every `call` sends unless `anonymous` (its own `headers` win). With enforcement on:
 * `setDefaultHeaders(await asAdmin())` (test/integration/sign-in.ts) once per file.
 */
export function setDefaultHeaders(headers: Record<string, string>): void {
  defaultHeaders = headers;
}

export interface ApiResult<T = any> {
  status: number;
  contentType: string;
  headers: Headers;
  /** The parsed JSON body; null for an empty body. */
  body: T;
}

/** Calls a handler the way Netlify would: a real Request, route params in the context. */
export async function call<T = any>(
  handler: Handler,
  method: string,
  urlPath: string,
  opts: CallOptions = {},
): Promise<ApiResult<T>> {
  const hasBody = opts.body !== undefined || opts.rawBody !== undefined;
  const headers = new Headers(hasBody ? { 'content-type': 'application/json' } : {});
  for (const [k, v] of Object.entries({ ...(opts.anonymous ? {} : defaultHeaders), ...opts.headers }))
    headers.set(k, v);
  const req = new Request('http://localhost' + urlPath, {
    method,
    headers,
    body: hasBody ? (opts.rawBody ?? JSON.stringify(opts.body)) : undefined,
  });
  const res = await handler(req, { params: opts.params ?? {}, ...(opts.ip ? { ip: opts.ip } : {}) });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    headers: res.headers,
    body: text ? JSON.parse(text) : null,
  };
}

/** Asserts a problem+json response: status, content type, body shape and (optionally) the named field. */
export function expectProblem(res: ApiResult, status: number, field?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.contentType).toMatch(/^application\/problem\+json\b/);
  expect(res.body).toMatchObject({ status, title: expect.any(String) });
  // What happened is a code with its values (the UI renders it in its language) beside the English.
  expect(res.body, JSON.stringify(res.body)).toMatchObject({ code: expect.any(String), params: expect.any(Object) });
  if (res.body.errors)
    for (const [f, list] of Object.entries(res.body.errors as Record<string, string[]>))
      expect(res.body.errorCodes?.[f], `${f}: ${JSON.stringify(res.body)}`).toHaveLength(list.length);
  if (field !== undefined) {
    expect(res.body.errors, JSON.stringify(res.body)).toBeTypeOf('object');
    expect(res.body.errors[field], JSON.stringify(res.body.errors)).toEqual(
      expect.arrayContaining([expect.any(String)]),
    );
  }
}

/** Every row of every table, ordered by id: equal snapshots mean an unchanged database. */
export async function snapshot(client: Client): Promise<Record<string, unknown[]>> {
  const results = await client.batch(TABLES.map((t) => `SELECT * FROM ${t} ORDER BY ${SNAPSHOT_ORDER[t] ?? 'id'}`));
  return Object.fromEntries(TABLES.map((t, i) => [t, rowsOf(results[i]!)]));
}

export async function countRows(client: Client): Promise<Record<string, number>> {
  const results = await client.batch(TABLES.map((t) => `SELECT count(*) AS n FROM ${t}`));
  return Object.fromEntries(TABLES.map((t, i) => [t, Number(results[i]!.rows[0]![0])]));
}

// ---------- factories (through the real handlers) ----------
let seq = 0;
const unique = (prefix: string) => `${prefix} ${++seq}`;

function created<T>(res: ApiResult<T>, what: string): T {
  if (res.status !== 201) throw new Error(`Creating ${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createDepartment(name = unique('Department')): Promise<Department> {
  return created(await call<Department>(departmentsFn, 'POST', '/api/departments', { body: { name } }), 'department');
}

export const goalBody = (departmentId: string, overrides: Record<string, unknown> = {}) => ({
  title: unique('Goal'),
  departmentId,
  startDate: '2025-01-01',
  dueDate: '2025-12-31',
  ...overrides,
});

export async function createGoal(departmentId: string, overrides: Record<string, unknown> = {}): Promise<Goal> {
  return created(await call<Goal>(goalsFn, 'POST', '/api/goals', { body: goalBody(departmentId, overrides) }), 'goal');
}

export const measureBody = (overrides: Record<string, unknown> = {}) => ({
  name: unique('Measure'),
  unit: 'count',
  direction: 'increase',
  baseline: 10,
  baselineDate: '2025-01-01',
  target: 20,
  targetDate: '2025-12-31',
  ...overrides,
});

export async function createMeasure(goalId: string, overrides: Record<string, unknown> = {}): Promise<Measure> {
  return created(
    await call<Measure>(goalMeasuresFn, 'POST', `/api/goals/${goalId}/measures`, {
      params: { id: goalId },
      body: measureBody(overrides),
    }),
    'measure',
  );
}

export async function createCheckIn(
  measureId: string,
  value: number,
  date = '2025-03-01',
  note = '',
): Promise<CheckIn> {
  return created(
    await call<CheckIn>(measureCheckInsFn, 'POST', `/api/measures/${measureId}/check-ins`, {
      params: { id: measureId },
      body: { value, date, note },
    }),
    'check-in',
  );
}

// ---------- counting wrapper ----------
/**
 * Wraps a real client (not a mock): every `execute` counts 1, every `batch` counts its statements,
 * including inside transactions. Everything else goes straight to the real client.
 */
export function countingClient(real: Client): { client: Client; count: () => number; reset: () => void } {
  let n = 0;
  const wrapSql = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, prop) {
        const value = Reflect.get(obj, prop, obj) as unknown;
        if (typeof value !== 'function') return value;
        if (prop === 'execute')
          return (stmt: InStatement, ...rest: unknown[]): Promise<ResultSet> => {
            n += 1;
            return (value as (...a: unknown[]) => Promise<ResultSet>).call(obj, stmt, ...rest);
          };
        if (prop === 'batch')
          return (stmts: InStatement[], ...rest: unknown[]): Promise<ResultSet[]> => {
            n += stmts.length;
            return (value as (...a: unknown[]) => Promise<ResultSet[]>).call(obj, stmts, ...rest);
          };
        if (prop === 'transaction')
          return async (...args: unknown[]): Promise<Transaction> =>
            wrapSql(await (value as (...a: unknown[]) => Promise<Transaction>).apply(obj, args));
        return (value as (...a: unknown[]) => unknown).bind(obj);
      },
    });
  return { client: wrapSql(real), count: () => n, reset: () => (n = 0) };
}
