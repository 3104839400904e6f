// How a real `npm start` server sends what it serves: brotli or gzip by Accept-Encoding for static
// files and API answers (the bytes decompress to exactly the file / the same JSON), nothing for a
// client that accepts neither, `Vary: Accept-Encoding`, hashed /_astro/* files immutable for a
// year while pages are revalidated (ETag, 304).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asAdmin, startApp, type RunningApp } from './app.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');
let app: RunningApp;
let auth: Record<string, string>;

/** The largest script of the build: the one where compression matters most. */
const script = readdirSync(path.join(dist, '_astro'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ f, size: statSync(path.join(dist, '_astro', f)).size }))
  .sort((a, b) => b.size - a.size)[0]!.f;

beforeAll(async () => {
  app = await startApp();
  auth = await asAdmin(app);
});
afterAll(async () => {
  await app?.stop();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose Accept-Encoding the test chooses (fetch would add and undo its own). */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${url}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (r: Raw) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;
const varies = (r: Raw) =>
  String(r.headers.vary ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase());

describe('static files', () => {
  const file = () => readFileSync(path.join(dist, '_astro', script));

  test.each([
    ['br', 'gzip, deflate, br', 'br'],
    ['gzip', 'gzip, deflate', 'gzip'],
    ['br preferred over gzip whatever the order', 'br;q=0.5, gzip', 'br'],
    ['gzip when br is refused', 'br;q=0, gzip', 'gzip'],
  ])('a script comes %s-compressed and decompresses to the file', async (_, accept, encoding) => {
    const res = await get(`/_astro/${script}`, { 'accept-encoding': accept });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(varies(res)).toContain('accept-encoding');
    expect(res.body.length).toBeLessThan(file().length);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(decode(res).equals(file())).toBe(true);
  });

  test('a client that accepts no compression gets the file as it is', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const res = await get(`/_astro/${script}`, headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(varies(res)).toContain('accept-encoding');
      expect(res.body.equals(file())).toBe(true);
    }
  });

  test('hashed /_astro/* files are immutable for a year; pages are revalidated', async () => {
    const asset = await get(`/_astro/${script}`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/', { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).not.toMatch(/immutable/);
    expect(page.headers['cache-control']).toMatch(/max-age=0/);
    expect(decode(page).equals(readFileSync(path.join(dist, 'index.html')))).toBe(true);
    // The security headers of netlify.toml still apply to both.
    for (const r of [asset, page]) expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  test('a page revalidated with its ETag is a 304 without a body', async () => {
    const first = await get('/', { 'accept-encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"/);
    const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    const otherTag = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': '"something-else"' });
    expect(otherTag.status).toBe(200);
  });
});

describe('API answers', () => {
  test.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
  ])('a JSON answer comes %s-compressed and decodes to the same JSON', async (accept, encoding) => {
    const plain = await get('/api/departments', auth);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(varies(plain)).toContain('accept-encoding');
    const packed = await get('/api/departments', { ...auth, 'accept-encoding': accept });
    expect(packed.status).toBe(200);
    expect(packed.headers['content-type']).toMatch(/^application\/json/);
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(varies(packed)).toContain('accept-encoding');
    expect(JSON.parse(decode(packed).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  });

  test('a problem answer is compressed too and keeps its status', async () => {
    const res = await get('/api/reviews?state=nonsense', { ...auth, 'accept-encoding': 'br' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['content-encoding']).toBe('br');
    expect((JSON.parse(decode(res).toString('utf8')) as { status: number }).status).toBe(400);
  });
});
