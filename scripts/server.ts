// `npm start`: a production-like local run. Prepares the database, builds the static site when
// its sources changed since the last build, then serves dist/ (with netlify.toml's headers and
// redirects, through Netlify's own engines: static-site.ts) and the functions (in this process,
// routed by their config.path) behind node:http, compressed as Netlify compresses. No
// netlify-cli.
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { prepareDatabase } from './prepare-db.ts';
import { loadFunctions } from './functions.ts';
import { buildIsCurrent, buildSite } from './build-site.ts';
import { createResponder } from './compression.ts';
import { staticSite } from './static-site.ts';
import { closeDatabase } from '../src/server/db.ts';
import { DatabaseUnusable } from '../src/server/db-health.ts';
import { API_HEADERS } from '../src/server/http.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const { demoUsers } = await prepareDatabase({
  demo: process.env.TILLER_DEMO !== 'off',
  setupOrigin: `http://${host}:${port}`,
}).catch(refuseStart);

/** A database that cannot be used stops the start with its one-paragraph message, no stack. */
function refuseStart(e: unknown): never {
  if (!(e instanceof DatabaseUnusable)) throw e;
  console.error(e.message);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) build();

/**
 * Builds the site quietly, unless dist/ holds a build of exactly the current sources: its output
 * goes to build.log, and to the screen only when it fails.
 */
function build() {
  if (buildIsCurrent(root)) {
    console.log('The site in dist/ is built from the current sources: not rebuilding.');
    return;
  }
  const log = path.join(root, 'build.log');
  console.log(`Building the site (about a minute; output in ${path.relative(process.cwd(), log) || log}) …`);
  const run = buildSite(root);
  writeFileSync(log, run.output);
  if (!run.ok) {
    console.error(run.output.split('\n').slice(-40).join('\n'));
    console.error(`The site did not build (exit ${run.status}); the whole output is in ${log}.`);
    process.exit(run.status ?? 1);
  }
}

const address = `http://${host}:${port}`;
const site = staticSite(root);
const functions = await loadFunctions(path.join(root, 'netlify/functions'));
const send = createResponder();

const server = createServer(async (req, res) => {
  if (refuseMethod(req, res)) return;
  try {
    const api = req.url?.startsWith('/api/') ?? false;
    const response =
      (api ? await functions(toRequest(req), clientIp(req)) : await site(toRequest(req, { body: false }))) ??
      new Response('Not found', {
        status: 404,
        headers: { ...API_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
      });
    discardUnreadBody(req);
    await send(req, res, response, { staticFile: !api });
  } catch (e) {
    console.error(e);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal error');
  }
});

/** The socket's address, as Netlify's context.ip; never a header the client could set. */
function clientIp(req: import('node:http').IncomingMessage): string | undefined {
  return req.socket.remoteAddress?.replace(/^::ffff:/, '');
}

/** Bodies beyond this are not read to the end: the connection is closed instead. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/**
 * A function that answered without reading the whole body (413) left the rest in the socket,
 * and the next request on that keep-alive connection would wait behind it. Read it away (from
 * the node stream, not into the web stream nobody reads any more), up to a limit.
 */
function discardUnreadBody(req: import('node:http').IncomingMessage) {
  if (req.complete || req.readableEnded) return;
  let read = 0;
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read > DRAIN_LIMIT) req.socket.destroy();
  });
  req.resume();
}

/**
 * TRACE, CONNECT and methods no route knows get 405 here: a fetch Request cannot even be built
 * for TRACE, and a stack in the log for every such probe would let anyone flood it.
 */
function refuseMethod(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): boolean {
  if (KNOWN_METHODS.has(req.method ?? '')) return false;
  const body = JSON.stringify({
    type: 'about:blank',
    status: 405,
    title: 'Method not allowed',
    detail: `${req.method} is not served.`,
  });
  res.writeHead(405, {
    ...API_HEADERS,
    allow: [...KNOWN_METHODS].join(', '),
    'content-type': 'application/problem+json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(body);
  req.resume();
  return true;
}
const KNOWN_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** `body: false`: the static site reads no body, and leaves it for discardUnreadBody. */
function toRequest(req: import('node:http').IncomingMessage, opts = { body: true }): Request {
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  const hasBody = opts.body && method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', address), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

server.listen(port, host, () => {
  if (demoUsers.length) {
    console.log("\nDemo sign-ins (the demo organisation's people; deactivate them before you share this site):");
    const width = Math.max(...demoUsers.map((u) => u.email.length));
    for (const u of demoUsers) console.log(`  ${u.email.padEnd(width)}  ${u.password.padEnd(22)}  ${u.name}`);
    console.log('');
  }
  console.log(`Tiller is running at ${address}/`);
  if (process.env.TILLER_AUTH === 'off')
    console.warn(
      'Sign-in is OFF (TILLER_AUTH=off): anyone who reaches this address can change everything. Never do this on a shared site.',
    );
});

const stop = async () => {
  server.close();
  await closeDatabase().catch(() => {});
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
