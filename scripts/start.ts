// `npm start`: a production-like local run. Prepares the database, builds the static site, then
// serves dist/ and the functions together through NetlifyDev behind node:http (no netlify-cli).
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NetlifyDev } from '@netlify/dev';
import { prepareDatabase } from './prepare-db.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

await prepareDatabase({ demo: process.env.TILLER_DEMO !== 'off' });

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const address = `http://${host}:${port}`;
const dev = new NetlifyDev({
  projectRoot: root,
  serverAddress: address,
  edgeFunctions: { enabled: false },
  database: { enabled: false },
  images: { enabled: false },
  geolocation: { enabled: false },
  aiGateway: { enabled: false },
});
await dev.start();

const server = createServer(async (req, res) => {
  try {
    const match = await dev.handleAndIntrospectNodeRequest(req);
    const response = match?.response ?? new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res);
    else res.end();
  } catch (e) {
    console.error(e);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal error');
  }
});

server.listen(port, host, () => console.log(`Tiller is running at ${address}/`));

const stop = async () => {
  server.close();
  await dev.stop().catch(() => {});
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
