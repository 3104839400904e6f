import { describe, expect, it } from 'vitest';
import {
  SESSION_COOKIE,
  cameOverHttps,
  clearedSessionCookie,
  parseCookies,
  readSessionToken,
  serializeCookie,
  sessionCookie,
} from '../../../src/server/cookies.ts';

const token = 'A'.repeat(40) + '_-9';

describe('parseCookies', () => {
  it('reads pairs, trims, decodes, and keeps the first of a repeated name', () => {
    const c = parseCookies(' a=1; b = two%20words ; a=3; c="quoted"');
    expect([...c]).toEqual([
      ['a', '1'],
      ['b', 'two words'],
      ['c', 'quoted'],
    ]);
  });

  it.each([null, undefined, '', ';;;', '=novalue', 'noequals'])('nothing usable in %j', (h) => {
    expect(parseCookies(h).size).toBe(0);
  });

  it('skips a value that is not valid percent-encoding', () => {
    expect([...parseCookies('bad=%E0%A4%A; good=1')]).toEqual([['good', '1']]);
  });
});

describe('serializeCookie', () => {
  it('writes the attributes', () => {
    expect(serializeCookie('n', 'v w', { maxAgeSeconds: 60, secure: true })).toBe(
      'n=v%20w; Path=/; Max-Age=60; SameSite=Lax; HttpOnly; Secure',
    );
    expect(
      serializeCookie('n', 'v', {
        maxAgeSeconds: -5,
        secure: false,
        httpOnly: false,
        sameSite: 'Strict',
        path: '/api',
      }),
    ).toBe('n=v; Path=/api; Max-Age=0; SameSite=Strict');
  });

  it('refuses a name that would break the header', () => {
    expect(() => serializeCookie('a;b', 'v', { maxAgeSeconds: 1, secure: false })).toThrow();
  });

  it('round-trips through parseCookies', () => {
    const value = 'x=y; z%';
    const header = serializeCookie('k', value, { maxAgeSeconds: 1, secure: false }).split(';')[0]!;
    expect(parseCookies(header).get('k')).toBe(value);
  });
});

describe('the session cookie', () => {
  const req = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

  it('is HttpOnly, SameSite=Lax, Path=/, with Max-Age; Secure only over https', () => {
    expect(sessionCookie(req('http://localhost/api/session'), token, 604800)).toBe(
      `${SESSION_COOKIE}=${token}; Path=/; Max-Age=604800; SameSite=Lax; HttpOnly`,
    );
    expect(sessionCookie(req('https://tiller.example/api/session'), token, 10)).toMatch(/; HttpOnly; Secure$/);
    expect(sessionCookie(req('http://internal/api/session', { 'x-forwarded-proto': 'https' }), token, 10)).toMatch(
      /; Secure$/,
    );
    expect(clearedSessionCookie(req('http://localhost/'))).toBe(
      `${SESSION_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly`,
    );
  });

  it('knows https from the URL or the first x-forwarded-proto', () => {
    expect(cameOverHttps(req('https://a/'))).toBe(true);
    expect(cameOverHttps(req('http://a/', { 'x-forwarded-proto': 'https, http' }))).toBe(true);
    expect(cameOverHttps(req('http://a/', { 'x-forwarded-proto': 'http' }))).toBe(false);
    expect(cameOverHttps(req('http://a/'))).toBe(false);
  });

  it('reads only a well-formed token (43 base64url characters)', () => {
    expect(readSessionToken(req('http://a/', { cookie: `other=1; ${SESSION_COOKIE}=${token}` }))).toBe(token);
    for (const bad of [token.slice(1), token + 'A', token.replace('A', '.'), '', "' OR 1=1 --"])
      expect(readSessionToken(req('http://a/', { cookie: `${SESSION_COOKIE}=${encodeURIComponent(bad)}` }))).toBeNull();
    expect(readSessionToken(req('http://a/'))).toBeNull();
  });
});
