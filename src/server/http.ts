// The one wrapper every function goes through: authorise → parse → validate → run in a
// transaction → map errors to application/problem+json. Authorisation is here, in one place:
// src/server/access.ts (who is asking, CSRF) with the rules of src/server/policy.ts.
import { ZodError, type z } from 'zod';
import { fieldErrors, type SaidErrors } from '../domain/schemas.ts';
import type { Actor } from '../domain/roles.ts';
import { getDatabase, inWriteTransaction, type Sql } from './db.ts';
import { admit, authorizeWrite, type Refusal } from './access.ts';
import { runAs } from './actor-context.ts';
import { isUnwritable } from './db-health.ts';
import { decodeSaid, sayIn, says, type Said, type SaidParts } from '../domain/problem.ts';
import { en } from '../i18n/en.ts';

/** THE switch for sign-in and role enforcement on every route (see src/server/access.ts). */
export { setAuthEnforcement, authEnforcement } from './access.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export type { SaidErrors };

/** A coded message in English, the API's language (src/i18n/en.ts); text that is no code stays as it is. */
export const english = (said: Said | string): string => sayIn(en.problems, said);

/** An error the user can act on; becomes a problem+json response with this status. */
export class Problem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: Said;
  readonly errors: SaidErrors | undefined;
  readonly extra: Record<string, unknown> | undefined;
  constructor(status: number, title: string, detail: Said, errors?: SaidErrors, extra?: Record<string, unknown>) {
    super(english(detail));
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.extra = extra;
  }
}

export const notFound = (what: string) =>
  new Problem(404, `${what} not found`, says('request.notFound', { what: what.toLowerCase() }));

const partsOf = (said: Said): SaidParts => decodeSaid(said) ?? { code: 'input.invalid', params: {} };

/**
 * The problem+json body: `code` and `params` say what happened (the UI renders them in the
 * page's language), `detail` is the same in English for API users; each field error likewise,
 * in `errors` (English) and `errorCodes` (the codes, in the same order).
 */
export function problemResponse(
  status: number,
  title: string,
  detail: Said,
  errors?: SaidErrors,
  extra?: Record<string, unknown>,
) {
  const { code, params } = partsOf(detail);
  const body = {
    type: 'about:blank',
    status,
    title,
    detail: english(detail),
    code,
    params,
    ...(errors && {
      errors: Object.fromEntries(Object.entries(errors).map(([k, list]) => [k, list.map(english)])),
      errorCodes: Object.fromEntries(Object.entries(errors).map(([k, list]) => [k, list.map(partsOf)])),
    }),
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export const noContent = () => new Response(null, { status: 204 });

/** Validates with a zod schema; a failure becomes 400 with one entry per bad field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Problem(400, 'Invalid input', says('request.invalidInput'), fieldErrors(result.error));
  return result.data;
}

export interface RequestContext {
  req: Request;
  url: URL;
  params: Record<string, string>;
  /** The parsed JSON body (POST/PUT/PATCH), not yet validated. */
  body: unknown;
  /** A transaction for writes, the plain client for reads. */
  sql: Sql;
  /** Who is asking: a signed-in user, an API token, or anonymous (src/domain/roles.ts). */
  actor: Actor;
  /** The client's address as Netlify reports it (context.ip), when known. */
  ip: string | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type MethodHandler = (ctx: RequestContext) => Promise<Response | unknown>;
/** The second argument of a Functions v2 handler; only `params` and `ip` are used. */
export interface FunctionContext {
  params?: Record<string, string | undefined>;
  ip?: string;
}

const WRITES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WITH_BODY: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Headers of every API response, set here once: none of them is a page, so nothing in them may
 * be sniffed into HTML, run a script or be framed (the page CSP of netlify.toml is for pages).
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'same-origin',
};

/** The same response with the API headers; a HEAD answer keeps every header and drops the body. */
export function apiResponse(res: Response, method: string): Response {
  const headers = new Headers(res.headers);
  for (const [k, v] of Object.entries(API_HEADERS)) headers.set(k, v);
  return new Response(method === 'HEAD' ? null : res.body, { status: res.status, statusText: res.statusText, headers });
}

/** The answer to an /api path no function serves (also netlify/functions/api-not-found.mts). */
export const apiNotFound = (req: Request) =>
  apiResponse(problemResponse(404, 'Not found', says('request.noRoute')), req.method);

export interface RouteOptions {
  /** A larger request body limit for the few routes that take whole documents (a restore, a file). */
  maxBodyBytes?: number;
  /** The body is multipart/form-data (a file upload): `body` is its FormData. */
  form?: boolean;
  /** The refusal of a body over the limit, when the route can say it better than "at most N KB". */
  tooLarge?: () => Problem;
}

export function route(methods: Partial<Record<Method, MethodHandler>>, options: RouteOptions = {}) {
  const handle = handler(methods, {
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    form: options.form ?? false,
    tooLarge: options.tooLarge,
  });
  return async (req: Request, context?: FunctionContext): Promise<Response> => {
    // HEAD is GET without the body, on every route that has GET.
    if (req.method === 'HEAD' && methods.GET) {
      const get = new Request(req.url, { method: 'GET', headers: req.headers });
      return apiResponse(await handle(get, context), 'HEAD');
    }
    return apiResponse(await handle(req, context), req.method);
  };
}

interface BodyRules {
  maxBodyBytes: number;
  form: boolean;
  tooLarge: (() => Problem) | undefined;
}

function handler(methods: Partial<Record<Method, MethodHandler>>, rules: BodyRules) {
  return async (req: Request, context?: FunctionContext): Promise<Response> => {
    const run = methods[req.method as Method];
    if (!run) {
      const allow = Object.keys(methods).join(', ');
      const res = problemResponse(405, 'Method not allowed', says('request.methodNotAllowed', { allow }));
      res.headers.set('allow', allow);
      return res;
    }
    try {
      const params = Object.fromEntries(
        Object.entries(context?.params ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      const db = await getDatabase();
      // Who is asking, before anything is read: 401/403 here never parse a body.
      const access = await admit(db, req);
      if (access.refused) return refused(access);
      const scope = { actor: access.actor, enforce: access.enforce };
      const body = WITH_BODY.has(req.method) ? await readBody(req, rules) : undefined;
      const base = { req, url: new URL(req.url), params, body, actor: access.actor, ip: context?.ip };
      if (!WRITES.has(req.method)) return toResponse(await runAs(scope, () => run({ ...base, sql: db })));
      // Every write is all or nothing: a refused or failed request leaves nothing behind.
      const result = await inWriteTransaction(db, async (tx) => {
        // What the write touches is checked inside its transaction, against the rows it will change.
        const denied = await authorizeWrite(access, { sql: tx, params, body, url: base.url });
        if (denied) throw new Problem(denied.status, denied.title, denied.detail);
        return runAs(scope, () => run({ ...base, sql: tx }));
      });
      return toResponse(result);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

const refused = (r: Refusal) => problemResponse(r.status, r.title, r.detail);

function toResponse(result: unknown): Response {
  return result instanceof Response ? result : json(result);
}

async function readBody(req: Request, rules: BodyRules): Promise<unknown> {
  const type = req.headers.get('content-type') ?? '';
  const refuse = () => (rules.tooLarge ?? (() => tooLarge(rules.maxBodyBytes)))();
  if (rules.form) {
    if (!/^multipart\/form-data\b/i.test(type))
      throw new Problem(415, 'Unsupported media type', says('request.formMediaType'));
    if (Number(req.headers.get('content-length') ?? 0) > rules.maxBodyBytes) throw refuse();
    const bytes = await req.arrayBuffer();
    if (bytes.byteLength > rules.maxBodyBytes) throw refuse();
    try {
      return await new Response(bytes, { headers: { 'content-type': type } }).formData();
    } catch {
      throw new Problem(400, 'Malformed form data', says('request.malformedForm'));
    }
  }
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type))
    throw new Problem(415, 'Unsupported media type', says('request.mediaType'));
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > rules.maxBodyBytes) throw refuse();
  const text = await req.text();
  if (Buffer.byteLength(text) > rules.maxBodyBytes) throw refuse();
  try {
    return JSON.parse(text);
  } catch {
    throw new Problem(400, 'Malformed JSON', says('request.malformedJson'));
  }
}

const tooLarge = (limit: number) =>
  new Problem(413, 'Request body too large', says('request.tooLarge', { kb: limit / 1024 }));

function errorResponse(e: unknown): Response {
  if (e instanceof Problem) return problemResponse(e.status, e.title, e.detail, e.errors, e.extra);
  if (e instanceof ZodError) return problemResponse(400, 'Invalid input', says('request.invalidInput'), fieldErrors(e));
  const code = (e as { code?: string } | null)?.code ?? '';
  // Safety nets: the handlers check these first, but the database has the last word.
  if (code.includes('CONSTRAINT_UNIQUE')) return problemResponse(409, 'Already exists', says('request.unique'));
  if (code.includes('CONSTRAINT_FOREIGNKEY'))
    return problemResponse(409, 'Still referenced', says('request.foreignKey'));
  if (code.includes('SQLITE_BUSY')) return problemResponse(503, 'Busy', says('request.busy'));
  // The file or disk refused the write (read-only, full, I/O): nothing was saved, the server stays up.
  if (isUnwritable(e)) {
    console.error(`The database cannot be written (${code})`);
    return problemResponse(503, 'The database cannot be written', says('request.unwritable'));
  }
  console.error('Unexpected error', e);
  return problemResponse(500, 'Unexpected error', says('request.unexpected'));
}
