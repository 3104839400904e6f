// Reading and writing cookies, and the session cookie's settings. No I/O.

/** Cookie header → name/value pairs; the first occurrence of a name wins, malformed pairs are skipped. */
export function parseCookies(header: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (!name || out.has(name)) continue;
    try {
      out.set(name, decodeURIComponent(value));
    } catch {
      // A value that is not valid percent-encoding is nobody's session.
    }
  }
  return out;
}

export interface CookieOptions {
  maxAgeSeconds: number;
  secure: boolean;
  httpOnly?: boolean;
  sameSite?: 'Lax' | 'Strict';
  path?: string;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function serializeCookie(name: string, value: string, opts: CookieOptions): string {
  if (!TOKEN.test(name)) throw new Error(`Invalid cookie name: ${name}`);
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${opts.path ?? '/'}`,
    `Max-Age=${Math.max(0, Math.floor(opts.maxAgeSeconds))}`,
    `SameSite=${opts.sameSite ?? 'Lax'}`,
  ];
  if (opts.httpOnly ?? true) parts.push('HttpOnly');
  if (opts.secure) parts.push('Secure');
  return parts.join('; ');
}

// ---------- the session cookie ----------
export const SESSION_COOKIE = 'tiller_session';
/** 32 random bytes in base64url: exactly 43 characters of this alphabet. */
export const SESSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Whether the request reached us over https (directly, or through Netlify's / a proxy's TLS). */
export function cameOverHttps(req: Request): boolean {
  if (new URL(req.url).protocol === 'https:') return true;
  const forwarded = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https';
}

/** The session token the browser sent, if it looks like one (anything else is ignored unread). */
export function readSessionToken(req: Request): string | null {
  const value = parseCookies(req.headers.get('cookie')).get(SESSION_COOKIE);
  return value && SESSION_TOKEN.test(value) ? value : null;
}

export const sessionCookie = (req: Request, token: string, maxAgeSeconds: number) =>
  serializeCookie(SESSION_COOKIE, token, { maxAgeSeconds, secure: cameOverHttps(req) });

export const clearedSessionCookie = (req: Request) =>
  serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: cameOverHttps(req) });
