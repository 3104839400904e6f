// The one typed client every island uses to talk to /api. Errors arrive as ApiError carrying
// the problem+json body, so forms can show each field's message next to the field.
import type { z } from 'zod';
import type { BinEntry } from '../domain/bin.ts';
import type {
  CheckIn,
  Department,
  DepartmentWithSummary,
  Goal,
  GoalIndex,
  InfluenceView,
  Measure,
  MeasureWithProgress,
  ScopedTree,
  Tree,
  Vision,
} from '../domain/types.ts';
import type { checkInInput, goalFields, measureFields } from '../domain/schemas.ts';
import type {
  actionFields,
  carryOverInput,
  checkInPatch,
  goalCloseInput,
  goalReopenInput,
  reviewFields,
  reviewItemInput,
} from '../domain/review-schemas.ts';
import type { Action, Agenda, CarryOverResult, DueList, Review, ReviewItem, Timeline } from '../domain/reviews.ts';
import type { checkInSampleInput, suggestedCounterweightInput } from '../domain/schemas.ts';
import type {
  CounterweightFix,
  CounterweightPreview,
  CounterweightWarning,
  KpiDefinition,
  MeasurePair,
  Practice,
  QualitySpread,
  Segment,
} from '../domain/types.ts';
import type { KpiKey, LibraryLocale } from '../domain/measurement-terms.ts';
import type {
  ApiToken,
  AuditPage,
  AuditQuery,
  CreatedApiToken,
  CreatedInvite,
  Invite,
  InviteAcceptInput,
  inviteInput,
  SessionUser,
  TokenInput,
  User,
  UserPatch,
} from '../domain/accounts.ts';
import { chunks } from '../domain/id-lists.ts';
import { DEFAULT_LOCALE, documentLocale, localePath, messages, type Locale } from '../i18n/index.ts';
import { renderSaid, type SaidParts } from '../domain/problem.ts';

const isParts = (v: unknown): v is SaidParts =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as SaidParts).code === 'string' &&
  typeof ((v as SaidParts).params ?? {}) === 'object';

/** The API's coded message in the page's language; its English when this page does not know the code. */
function inPageLanguage(parts: unknown, english: string): string {
  return (
    (isParts(parts) && renderSaid(messages(pageLocale()).problems, { code: parts.code, params: parts.params ?? {} })) ||
    english
  );
}

/** The field errors of a problem body in the page's language, from `errorCodes` beside the English `errors`. */
function fieldMessages(body: Record<string, unknown>): Record<string, string[]> {
  const english = (body.errors as Record<string, string[]> | undefined) ?? {};
  const codes = (body.errorCodes as Record<string, unknown[]> | undefined) ?? {};
  return Object.fromEntries(
    Object.entries(english).map(([field, list]) => [
      field,
      list.map((text, i) => inPageLanguage(codes[field]?.[i], text)),
    ]),
  );
}
import type { ImportOptionsInput } from '../domain/import/options.ts';
import type { ImportField } from '../domain/import/fields.ts';
import type { DateFormat, DecimalMark, PercentScale } from '../domain/import/values.ts';
import type { Change, Question, RowError, Summary } from '../server/import.ts';
import type { Delimiter, Encoding, FileFormat } from '../server/import-file.ts';

/** The machine-readable `code` of a problem (e.g. `meeting_in_future`), when the API sent one. */
export const problemCode = (e: unknown): string | null =>
  e instanceof ApiError && typeof e.body.code === 'string' ? e.body.code : null;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly errors: Record<string, string[]>;
  readonly body: Record<string, unknown>;
  /** Seconds to wait, from a 429's Retry-After (null otherwise). */
  readonly retryAfter: number | null;
  constructor(status: number, body: Record<string, unknown>, retryAfter: number | null = null) {
    // The API speaks English beside a code; the person reads the code in the page's language.
    const english = typeof body.detail === 'string' ? body.detail : String(body.title ?? `HTTP ${status}`);
    super(inPageLanguage(typeof body.code === 'string' ? { code: body.code, params: body.params } : null, english));
    this.status = status;
    this.title = String(body.title ?? `HTTP ${status}`);
    this.errors = fieldMessages(body);
    this.body = body;
    this.retryAfter = retryAfter;
  }
}

/** The language of the current page; English outside a browser. */
export const pageLocale = (): Locale => documentLocale() ?? DEFAULT_LOCALE;

/** The sign-in page in the current page's language, with `next` = where the person is now. */
export function signInUrl(
  next = globalThis.location ? location.pathname + location.search + location.hash : '/',
): string {
  return `${localePath(pageLocale(), '/sign-in/')}?next=${encodeURIComponent(next)}`;
}

/**
 * Accounts (issue 5): a 401 means the session is gone (or never was). In the browser the person
 * is sent to sign in, and back here afterwards; the call then never settles, so the page keeps
 * showing "Loading…" instead of an error while the browser navigates. Calls that expect a 401
 * themselves (who am I, signing in) pass `signInOn401: false`.
 */
function sendToSignIn(): boolean {
  if (!globalThis.location || !globalThis.document) return false;
  if (/\/sign-in\/?$/.test(location.pathname)) return false;
  location.assign(signInUrl());
  return true;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  opts: { signInOn401?: boolean } = {},
): Promise<T> {
  // A FormData body goes as multipart/form-data: the browser writes the boundary into the header.
  const form = body instanceof FormData;
  const res = await fetch(`/api${path}`, {
    method,
    headers:
      body === undefined || form
        ? { accept: 'application/json' }
        : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({ title: res.statusText }));
  if (res.status === 401 && opts.signInOn401 !== false && sendToSignIn()) return new Promise<T>(() => {});
  if (!res.ok) {
    const wait = Number(res.headers.get('retry-after'));
    throw new ApiError(
      res.status,
      data as Record<string, unknown>,
      res.headers.has('retry-after') && Number.isFinite(wait) ? wait : null,
    );
  }
  return data as T;
}
const noSignIn = { signInOn401: false };

const q = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};
const enc = encodeURIComponent;

/** What POST /api/import answers: the file as read, how it was mapped, and what importing would do. */
export interface ImportAnswer {
  file: {
    name: string | null;
    format: FileFormat;
    encoding: Encoding | null;
    delimiter: Delimiter | null;
    sheets: string[];
    sheet: string | null;
    headers: string[];
    rows: number;
  };
  /** The first rows' cells, by column (dates as yyyy-mm-dd). */
  sample: (string | number | boolean | null)[][];
  mapping: (ImportField | null)[];
  decimal: DecimalMark | null;
  dateFormats: DateFormat[];
  dateFormat: DateFormat | null;
  percentScale: PercentScale | null;
  questions: Question[];
  errors: RowError[];
  changes: Change[];
  summary: Summary;
  smallSamples: number;
  imported: boolean;
}
export type ImportRequest = Omit<ImportOptionsInput, 'dryRun'> & { dryRun: boolean };

/** What forms send: the schema's input (defaults may be left out). */
export type GoalDraft = z.input<typeof goalFields>;
export type MeasureDraft = z.input<typeof measureFields>;
export type CheckInDraft = z.input<typeof checkInInput>;
// Reviews (issue 3): what the review forms send.
export type ReviewDraft = z.input<typeof reviewFields>;
export type ReviewItemDraft = z.input<typeof reviewItemInput>;
export type ActionDraft = z.input<typeof actionFields>;
export type CarryOverDraft = z.input<typeof carryOverInput>;
export type GoalCloseDraft = z.input<typeof goalCloseInput>;
export type GoalReopenDraft = z.input<typeof goalReopenInput>;
export type CheckInPatchDraft = z.input<typeof checkInPatch>;

// ---------- measurement (issue 4) ----------
/** A check-in with its sample: the value may be left out when counts, k of n or segments give it. */
export type SampledCheckInDraft = z.input<typeof checkInSampleInput>;
/** A measure from the KPI library: the library fills what is not sent (texts in `locale`, default en). */
export type LibraryMeasureDraft = Partial<MeasureDraft> & { libraryKey: KpiKey; locale?: LibraryLocale };
/** The one-click counterweight: which suggestion (default the first) and any field to override. */
export type SuggestedCounterweightDraft = z.input<typeof suggestedCounterweightInput>;
/** Accounts (issue 5): an invite as the admin's form sends it (departments may be left out). */
export type InviteDraft = z.input<typeof inviteInput>;

export const api = {
  tree: () => request<Tree>('GET', '/tree'),
  /** One part of the tree: a goal's subtree (with its ancestors as context), a department, a period (`all`, `2026`, `2026-Q4`), the first `depth` levels. */
  treePart: (part: { goal?: string; department?: string; period?: string; depth?: number }) =>
    request<ScopedTree>('GET', `/tree${q(part)}`),
  vision: {
    get: () => request<Vision>('GET', '/vision'),
    put: (v: { statement: string; horizonYear: number; version?: number }) => request<Vision>('PUT', '/vision', v),
  },
  departments: {
    list: () => request<Department[]>('GET', '/departments'),
    /** Every department with its goals counted by status on `today` (send the person's local date). */
    summaries: (today?: string) => request<DepartmentWithSummary[]>('GET', `/department-summaries${q({ today })}`),
    create: (name: string) => request<Department>('POST', '/departments', { name }),
    rename: (id: string, name: string, version: number) =>
      request<Department>('PATCH', `/departments/${enc(id)}`, { name, version }),
    remove: (id: string, version?: number) => request<void>('DELETE', `/departments/${enc(id)}${q({ version })}`),
  },
  goals: {
    get: (id: string) => request<Goal>('GET', `/goals/${enc(id)}`),
    /** Goals by id (`ids`) and/or the goals that continue them (`carriedFrom`); at most 100 ids per list. */
    list: (filter: { departmentId?: string; ids?: string[]; carriedFrom?: string[] } = {}) =>
      request<Goal[]>(
        'GET',
        `/goals${q({ departmentId: filter.departmentId, ids: filter.ids?.join(','), carriedFrom: filter.carriedFrom?.join(',') })}`,
      ),
    /** These goals, and the goals that continue them, however many (MAX_IDS per request). */
    withSuccessors: async (ids: readonly string[]): Promise<Goal[]> =>
      (
        await Promise.all(
          chunks(ids).flatMap((part) => [api.goals.list({ ids: part }), api.goals.list({ carriedFrom: part })]),
        )
      ).flat(),
    /** Goals by name for pickers (every one, a department's, or open ones), with their measures when `measures`. */
    index: (filter: { departmentId?: string; state?: 'open'; measures?: boolean } = {}) =>
      request<GoalIndex>(
        'GET',
        `/goal-index${q({ departmentId: filter.departmentId, state: filter.state, measures: filter.measures ? 1 : undefined })}`,
      ),
    /** The names of these goals and measures (unknown ones are left out), in requests of at most MAX_IDS ids each. */
    names: async (ids: { goalIds?: readonly string[]; measureIds?: readonly string[] }): Promise<GoalIndex> => {
      const ask = (key: 'goalIds' | 'measureIds') =>
        chunks(ids[key] ?? []).map((part) => request<GoalIndex>('GET', `/goal-names${q({ [key]: part.join(',') })}`));
      const parts = await Promise.all([...ask('goalIds'), ...ask('measureIds')]);
      return { goals: parts.flatMap((p) => p.goals), measures: parts.flatMap((p) => p.measures) };
    },
    create: (g: GoalDraft) => request<Goal>('POST', '/goals', g),
    update: (id: string, patch: Partial<GoalDraft> & { version: number }) =>
      request<Goal>('PATCH', `/goals/${enc(id)}`, patch),
    remove: (id: string, opts: { children?: 'reparent' | 'delete'; version?: number } = {}) =>
      request<void>('DELETE', `/goals/${enc(id)}${q(opts)}`),
    measures: (id: string) => request<MeasureWithProgress[]>('GET', `/goals/${enc(id)}/measures`),
    addMeasure: (goalId: string, m: MeasureDraft) => request<Measure>('POST', `/goals/${enc(goalId)}/measures`, m),
  },
  measures: {
    get: (id: string) => request<MeasureWithProgress>('GET', `/measures/${enc(id)}`),
    update: (id: string, patch: Partial<MeasureDraft> & { version: number }) =>
      request<Measure>('PATCH', `/measures/${enc(id)}`, patch),
    remove: (id: string, version?: number) => request<void>('DELETE', `/measures/${enc(id)}${q({ version })}`),
    checkIns: (id: string) => request<CheckIn[]>('GET', `/measures/${enc(id)}/check-ins`),
    addCheckIn: (id: string, c: CheckInDraft) => request<CheckIn>('POST', `/measures/${enc(id)}/check-ins`, c),
  },
  checkIns: {
    remove: (id: string, version?: number) => request<void>('DELETE', `/check-ins/${enc(id)}${q({ version })}`),
    get: (id: string) => request<CheckIn>('GET', `/check-ins/${enc(id)}`),
    /** value, date and/or note, with the version read (409 when stale). */
    update: (id: string, patch: CheckInPatchDraft) => request<CheckIn>('PATCH', `/check-ins/${enc(id)}`, patch),
  },
  // ---------- measurement (issue 4) ----------
  kpiLibrary: {
    list: () => request<KpiDefinition[]>('GET', '/kpi-library'),
    /** Creates a measure from a library entry; any field sent overrides the library's. */
    addMeasure: (goalId: string, draft: LibraryMeasureDraft) =>
      request<Measure>('POST', `/goals/${enc(goalId)}/measures`, draft),
  },
  samples: {
    /** Records a check-in with its sample (NPS counts, k of n) or per-segment values; the answer carries margin/interval/noise. */
    addCheckIn: (measureId: string, c: SampledCheckInDraft) =>
      request<CheckIn>('POST', `/measures/${enc(measureId)}/check-ins`, c),
  },
  counterweights: {
    list: (measureId: string) => request<MeasureWithProgress[]>('GET', `/measures/${enc(measureId)}/counterweights`),
    add: (measureId: string, counterweightId: string) =>
      request<MeasurePair>('POST', `/measures/${enc(measureId)}/counterweights`, { counterweightId }),
    remove: (measureId: string, otherId: string) =>
      request<void>('DELETE', `/measures/${enc(measureId)}/counterweights/${enc(otherId)}`),
    /** The one-click fix of a warning: pairs (or creates from the library and pairs) the suggested counterweight. */
    /** What the fix would do, writing nothing: existing measures to pair instead, and the measure it would create. */
    preview: (measureId: string, libraryKey: KpiKey, locale: LibraryLocale) =>
      request<CounterweightPreview>(
        'GET',
        `/measures/${enc(measureId)}/suggested-counterweight${q({ libraryKey, locale })}`,
      ),
    fix: (measureId: string, draft: SuggestedCounterweightDraft = {}) =>
      request<CounterweightFix>('POST', `/measures/${enc(measureId)}/suggested-counterweight`, draft),
    warnings: (goalId: string) => request<CounterweightWarning[]>('GET', `/goals/${enc(goalId)}/warnings`),
  },
  segments: {
    list: (measureId: string) => request<Segment[]>('GET', `/measures/${enc(measureId)}/segments`),
    create: (measureId: string, name: string) =>
      request<Segment>('POST', `/measures/${enc(measureId)}/segments`, { name }),
    get: (id: string) => request<Segment>('GET', `/segments/${enc(id)}`),
    rename: (id: string, name: string, version: number) =>
      request<Segment>('PATCH', `/segments/${enc(id)}`, { name, version }),
    remove: (id: string, version?: number) => request<void>('DELETE', `/segments/${enc(id)}${q({ version })}`),
  },
  practices: {
    list: (goalId: string) => request<Practice[]>('GET', `/goals/${enc(goalId)}/practices`),
    create: (goalId: string, p: { text: string; position?: number }) =>
      request<Practice>('POST', `/goals/${enc(goalId)}/practices`, p),
    get: (id: string) => request<Practice>('GET', `/practices/${enc(id)}`),
    /** Changes the text and/or moves it to `position` (0-based; the others shift). */
    update: (id: string, patch: { text?: string; position?: number; version: number }) =>
      request<Practice>('PATCH', `/practices/${enc(id)}`, patch),
    remove: (id: string, version?: number) => request<void>('DELETE', `/practices/${enc(id)}${q({ version })}`),
  },
  /** Spread of measures over quality levels and influence rings: all, or one goal's subtree. */
  /** The influence circle: open goals' measures of a department (or all) with their status on `today`. */
  influence: (opts: { departmentId?: string; today?: string } = {}) =>
    request<InfluenceView>('GET', `/influence${q(opts)}`),
  qualityLevels: (goalId?: string) => request<QualitySpread>('GET', `/quality-levels${q({ goalId })}`),
  // ---------- reviews (issue 3) ----------
  reviews: {
    /** Newest meeting first. */
    list: (filter: { state?: 'open' | 'closed'; departmentId?: string } = {}) =>
      request<Review[]>('GET', `/reviews${q(filter)}`),
    create: (r: ReviewDraft) => request<Review>('POST', '/reviews', r),
    /** The review with its agenda: live while open, the frozen snapshot once closed (`agenda.frozen`). */
    get: (id: string) => request<Agenda>('GET', `/reviews/${enc(id)}`),
    update: (id: string, patch: Partial<ReviewDraft> & { version: number }) =>
      request<Review>('PATCH', `/reviews/${enc(id)}`, patch),
    /** Open reviews only (a closed one answers 409). */
    remove: (id: string, version?: number) => request<void>('DELETE', `/reviews/${enc(id)}${q({ version })}`),
    /** Notes and status override of one goal in the review (replaces both; `status: null` = no override; send `version` once the item exists). */
    putItem: (id: string, goalId: string, item: ReviewItemDraft) =>
      request<ReviewItem>('PUT', `/reviews/${enc(id)}/items/${enc(goalId)}`, item),
    actions: (id: string) => request<Action[]>('GET', `/reviews/${enc(id)}/actions`),
    addAction: (id: string, a: ActionDraft) => request<Action>('POST', `/reviews/${enc(id)}/actions`, a),
    /**
     * Freezes the agenda, closes the review and advances the reviewed goals' review dates; returns the frozen agenda.
     * A meeting dated after today closes only with `moveMeetingDateToToday` (409 `meeting_in_future` otherwise).
     */
    close: (id: string, version?: number, opts: { moveMeetingDateToToday?: boolean } = {}) =>
      request<Agenda>('POST', `/reviews/${enc(id)}/close`, { ...(version === undefined ? {} : { version }), ...opts }),
    /** Where the Markdown summary is served (text/markdown); `download` adds a file name. */
    exportUrl: (id: string, download = false, locale?: Locale) =>
      `/api/reviews/${enc(id)}/export.md${q({ download: download ? 1 : undefined, locale: locale === DEFAULT_LOCALE ? undefined : locale })}`,
    exportMarkdown: async (id: string): Promise<string> => {
      const res = await fetch(`/api/reviews/${enc(id)}/export.md`, { headers: { accept: 'text/markdown' } });
      if (!res.ok)
        throw new ApiError(
          res.status,
          (await res.json().catch(() => ({ title: res.statusText }))) as Record<string, unknown>,
        );
      return res.text();
    },
  },
  actions: {
    get: (id: string) => request<Action>('GET', `/actions/${enc(id)}`),
    /** On a closed review's action only `state` may change (e.g. marking a carried action done). */
    update: (id: string, patch: Partial<ActionDraft> & { version: number }) =>
      request<Action>('PATCH', `/actions/${enc(id)}`, patch),
    remove: (id: string, version?: number) => request<void>('DELETE', `/actions/${enc(id)}${q({ version })}`),
  },
  goalLifecycle: {
    /** Next-period goal linked to this one; measures re-baselined on their latest values; this goal becomes `carried`. */
    carryOver: (goalId: string, c: CarryOverDraft) =>
      request<CarryOverResult>('POST', `/goals/${enc(goalId)}/carry-over`, c),
    close: (goalId: string, c: GoalCloseDraft) => request<Goal>('POST', `/goals/${enc(goalId)}/close`, c),
    /** Admins: opens a closed goal again, with the reason (kept in the audit log); 409 while a carried goal's successor exists. */
    reopen: (goalId: string, r: GoalReopenDraft) => request<Goal>('POST', `/goals/${enc(goalId)}/reopen`, r),
  },
  /** Goals to review within 14 days or overdue, stale measures, overdue actions. Send the user's local date as `today`. */
  due: (opts: { today?: string; departmentId?: string } = {}) => request<DueList>('GET', `/due${q(opts)}`),
  /** Goals by department for a Gantt view; `period` (2027-Q1, 2027-H1, 2027, 2027-03) or `from`/`to` (overlap). */
  timeline: (opts: { departmentId?: string; from?: string; to?: string; period?: string; today?: string } = {}) =>
    request<Timeline>('GET', `/timeline${q(opts)}`),
  // ---------- accounts (issue 5) ----------
  session: {
    /** Who is signed in; 401 (an ApiError, no redirect) when nobody is. */
    get: () => request<SessionUser>('GET', '/session', undefined, noSignIn),
    /** 401 "E-mail or password is wrong."; 429 with `retryAfter` (seconds) after too many failures. */
    signIn: (email: string, password: string) =>
      request<SessionUser>('POST', '/session', { email, password }, noSignIn),
    signOut: () => request<void>('DELETE', '/session', undefined, noSignIn),
  },
  users: {
    list: () => request<User[]>('GET', '/users'),
    get: (id: string) => request<User>('GET', `/users/${enc(id)}`),
    /** Creates an invite; the answer's `link` (with its secret) is shown this once. */
    invite: (i: InviteDraft) => request<CreatedInvite>('POST', '/users', i),
    /** Role, departments, name, active (deactivating ends the person's sessions); 409 for the last admin. */
    update: (id: string, patch: UserPatch) => request<User>('PATCH', `/users/${enc(id)}`, patch),
  },
  invites: {
    /** Pending invites (admins). */
    list: () => request<Invite[]>('GET', '/invites'),
    /** What an invite link is for, without using it: 404 unknown, 410 used, withdrawn or expired. */
    lookup: (token: string) =>
      request<Pick<Invite, 'email' | 'role' | 'departmentIds' | 'expiresAt'>>(
        'GET',
        `/invites/${enc(token)}`,
        undefined,
        noSignIn,
      ),
    /** Creates the account and signs in. `email` only when the invite names none (a setup link). */
    accept: (a: InviteAcceptInput) => request<SessionUser>('POST', '/invites/accept', a, noSignIn),
    withdraw: (id: string) => request<void>('DELETE', `/invites/${enc(id)}`),
  },
  tokens: {
    /** Admins: every token; editors: their own. */
    list: () => request<ApiToken[]>('GET', '/tokens'),
    /** The secret (`tlr_…`) is in this answer only. */
    create: (t: TokenInput) => request<CreatedApiToken>('POST', '/tokens', t),
    revoke: (id: string) => request<void>('DELETE', `/tokens/${enc(id)}`),
  },
  /** Admins: deleted goals (30 days), restore one (with everything under it) or purge it. */
  bin: {
    list: () => request<BinEntry[]>('GET', '/bin'),
    restore: (id: string, opts: { toTopLevel?: boolean } = {}) =>
      request<BinEntry>('POST', `/bin/${enc(id)}/restore`, opts),
    purge: (id: string) => request<void>('DELETE', `/bin/${enc(id)}`),
  },
  /**
   * A spreadsheet to import (multipart/form-data). A dry run answers what would happen; a real
   * import with any bad row or open question is a 422 whose body has `importErrors`.
   */
  importFile: (file: Blob, options: ImportRequest) => {
    const form = new FormData();
    form.set('file', file);
    form.set('options', JSON.stringify(options));
    return request<ImportAnswer>('POST', '/import', form);
  },
  /** The audit log, newest first (admins: all, filtered; others: one goal's history with `goalId`). */
  audit: (query: Partial<Omit<AuditQuery, 'limit' | 'cursor'>> & { limit?: number; cursor?: string | number } = {}) =>
    request<AuditPage>('GET', `/audit${q(query)}`),
};
