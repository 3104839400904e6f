// Compresses `npm start`'s answers as Netlify's edge does: brotli or gzip by the request's
// Accept-Encoding, for text types only, with `Vary: Accept-Encoding`. Static files are compressed
// once per content and kept in memory (with an ETag, so a revalidation is a 304); API answers are
// compressed as they stream.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** HTML, CSS, JS, JSON (problem+json too), SVG, XML, Markdown, plain text. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[\w.-]+\+(json|xml))|image\/svg\+xml)/i;

/**
 * Brotli's quality 5 is about as fast as gzip and 8 % smaller; 11 is 10 % smaller again but
 * takes seconds per megabyte, too slow for a first request.
 */
const BROTLI = {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
  },
};

export function compressible(contentType: string | null): boolean {
  return contentType !== null && COMPRESSIBLE.test(contentType);
}

/** The encoding to answer with: brotli when accepted, else gzip, else none (`q=0` refuses). */
export function negotiate(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wants = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  return wants('br') ? 'br' : wants('gzip') ? 'gzip' : undefined;
}

function compressStream(encoding: Encoding): zlib.BrotliCompress | zlib.Gzip {
  return encoding === 'br' ? zlib.createBrotliCompress(BROTLI) : zlib.createGzip();
}

function compressBuffer(encoding: Encoding, data: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (e: Error | null, out: Buffer) => (e ? reject(e) : resolve(out));
    if (encoding === 'br') zlib.brotliCompress(data, BROTLI, done);
    else zlib.gzip(data, done);
  });
}

function withVary(headers: Headers) {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) headers.set('vary', `${vary}, Accept-Encoding`);
}

function writeHead(res: ServerResponse, status: number, headers: Headers) {
  res.writeHead(status, Object.fromEntries(headers));
}

/** Streams to the client; a client that went away mid-answer is no error of the server's. */
async function stream(res: ServerResponse, ...streams: [Readable, ...NodeJS.ReadWriteStream[]]) {
  try {
    await pipeline([...streams, res]);
  } catch (e) {
    if (!res.destroyed) throw e;
  }
}

/**
 * Sends `response` on `res`. `staticFile`: the response is a file of the site, whose compressed
 * forms are cached by content; otherwise it is a function's answer, compressed as it streams.
 */
export function createResponder() {
  const cache = new Map<string, Promise<Buffer>>();
  const cached = (key: string, encoding: Encoding, data: Buffer) => {
    let entry = cache.get(`${key} ${encoding}`);
    if (!entry) {
      entry = compressBuffer(encoding, data);
      cache.set(`${key} ${encoding}`, entry);
      entry.catch(() => cache.delete(`${key} ${encoding}`));
    }
    return entry;
  };

  return async function send(
    req: IncomingMessage,
    res: ServerResponse,
    response: Response,
    opts: { staticFile: boolean },
  ): Promise<void> {
    const headers = new Headers(response.headers);
    const textual = compressible(headers.get('content-type'));
    if (textual) withVary(headers);
    const encoding =
      textual && !headers.has('content-encoding') ? negotiate(req.headers['accept-encoding']) : undefined;
    if (!response.body || (!encoding && !opts.staticFile)) {
      writeHead(res, response.status, headers);
      if (response.body) await stream(res, Readable.fromWeb(response.body as WebReadableStream));
      else res.end();
      return;
    }

    if (opts.staticFile) {
      const data = Buffer.from(await response.arrayBuffer());
      const key = createHash('sha256').update(data).digest('base64url').slice(0, 22);
      const tag = encoding ? `"${key}-${encoding}"` : `"${key}"`;
      headers.set('etag', tag);
      if (response.status === 200 && matches(req.headers['if-none-match'], key)) {
        headers.delete('content-length');
        headers.delete('content-type');
        writeHead(res, 304, headers);
        res.end();
        return;
      }
      const body = encoding ? await cached(key, encoding, data) : data;
      if (encoding) headers.set('content-encoding', encoding);
      headers.set('content-length', String(body.length));
      writeHead(res, response.status, headers);
      res.end(body);
      return;
    }

    headers.delete('content-length');
    headers.set('content-encoding', encoding!);
    writeHead(res, response.status, headers);
    await stream(res, Readable.fromWeb(response.body as WebReadableStream), compressStream(encoding!));
  };
}

/** If-None-Match names this content (in any of its encodings), or is `*`. */
function matches(ifNoneMatch: string | undefined, key: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === `"${key}"` || tag === `"${key}-br"` || tag === `"${key}-gzip"`;
  });
}
