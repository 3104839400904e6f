// The one typed client every island uses to talk to /api. Errors arrive as ApiError carrying
// the problem+json body, so forms can show each field's message next to the field.
import type { z } from 'zod';
import type { CheckIn, Department, Goal, Measure, MeasureWithProgress, Tree, Vision } from '../domain/types.ts';
import type { checkInInput, goalFields, measureFields } from '../domain/schemas.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly errors: Record<string, string[]>;
  readonly body: Record<string, unknown>;
  constructor(status: number, body: Record<string, unknown>) {
    super(typeof body.detail === 'string' ? body.detail : String(body.title ?? `HTTP ${status}`));
    this.status = status;
    this.title = String(body.title ?? `HTTP ${status}`);
    this.errors = (body.errors as Record<string, string[]> | undefined) ?? {};
    this.body = body;
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({ title: res.statusText }));
  if (!res.ok) throw new ApiError(res.status, data as Record<string, unknown>);
  return data as T;
}

const q = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};
const enc = encodeURIComponent;

/** What forms send: the schema's input (defaults may be left out). */
export type GoalDraft = z.input<typeof goalFields>;
export type MeasureDraft = z.input<typeof measureFields>;
export type CheckInDraft = z.input<typeof checkInInput>;

export const api = {
  tree: () => request<Tree>('GET', '/tree'),
  vision: {
    get: () => request<Vision>('GET', '/vision'),
    put: (v: { statement: string; horizonYear: number; version?: number }) => request<Vision>('PUT', '/vision', v),
  },
  departments: {
    list: () => request<Department[]>('GET', '/departments'),
    create: (name: string) => request<Department>('POST', '/departments', { name }),
    rename: (id: string, name: string, version: number) => request<Department>('PATCH', `/departments/${enc(id)}`, { name, version }),
    remove: (id: string, version?: number) => request<void>('DELETE', `/departments/${enc(id)}${q({ version })}`),
  },
  goals: {
    get: (id: string) => request<Goal>('GET', `/goals/${enc(id)}`),
    create: (g: GoalDraft) => request<Goal>('POST', '/goals', g),
    update: (id: string, patch: Partial<GoalDraft> & { version: number }) => request<Goal>('PATCH', `/goals/${enc(id)}`, patch),
    remove: (id: string, opts: { children?: 'reparent' | 'delete'; version?: number } = {}) =>
      request<void>('DELETE', `/goals/${enc(id)}${q(opts)}`),
    measures: (id: string) => request<MeasureWithProgress[]>('GET', `/goals/${enc(id)}/measures`),
    addMeasure: (goalId: string, m: MeasureDraft) => request<Measure>('POST', `/goals/${enc(goalId)}/measures`, m),
  },
  measures: {
    get: (id: string) => request<MeasureWithProgress>('GET', `/measures/${enc(id)}`),
    update: (id: string, patch: Partial<MeasureDraft> & { version: number }) => request<Measure>('PATCH', `/measures/${enc(id)}`, patch),
    remove: (id: string, version?: number) => request<void>('DELETE', `/measures/${enc(id)}${q({ version })}`),
    checkIns: (id: string) => request<CheckIn[]>('GET', `/measures/${enc(id)}/check-ins`),
    addCheckIn: (id: string, c: CheckInDraft) => request<CheckIn>('POST', `/measures/${enc(id)}/check-ins`, c),
  },
  checkIns: {
    remove: (id: string, version?: number) => request<void>('DELETE', `/check-ins/${enc(id)}${q({ version })}`),
  },
};
