// `npm start` itself (scripts/start.ts --no-build, API only) over real sockets: the sign-in limit
// is keyed on the socket's address, and a refused oversized body leaves the connection usable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { addUser, startApp, type RunningApp } from '../../e2e/app.ts';
import { SIGN_IN_LIMITS } from '../../../src/server/rate-limit.ts';
import { TEST_PASSWORD } from '../sign-in.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
  await addUser(app, { email: 'viewer@example.com', password: TEST_PASSWORD, role: 'viewer' });
}, 120_000);
afterAll(() => app?.stop());

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with node:http, so the local address and the agent (connection) can be chosen. */
type SendOptions = {
  path: string;
  method: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  localAddress?: string;
  agent?: http.Agent;
};
const send = (opts: SendOptions) => sendTo(app.url, opts);

function sendTo(base: string, opts: SendOptions): Promise<Reply> {
  const url = new URL(opts.path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: opts.method,
        localAddress: opts.localAddress,
        agent: opts.agent,
        headers: { origin: base, 'content-type': 'application/json', ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const signIn = (email: string, password: string, extra: Partial<Parameters<typeof send>[0]> = {}) =>
  send({ path: '/api/session', method: 'POST', body: JSON.stringify({ email, password }), ...extra });

describe('sign-in limit per client address under npm start', () => {
  it('20 failures from other addresses do not lock out a viewer at 127.0.0.1; a rotating header does not bypass it', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.address.max; i++) {
      const r = await signIn(`nobody${i}@example.com`, 'wrong password here', { localAddress: '127.0.0.2' });
      expect(r.status, r.body).toBe(401);
    }
    // 127.0.0.2 is now blocked, whatever address it claims in a header.
    for (let i = 0; i < 5; i++) {
      const r = await signIn(`more${i}@example.com`, 'wrong password here', {
        localAddress: '127.0.0.2',
        headers: { 'x-nf-client-connection-ip': `198.51.100.${i + 1}` },
      });
      expect(r.status, r.body).toBe(429);
    }
    expect((await signIn('viewer@example.com', TEST_PASSWORD, { localAddress: '127.0.0.2' })).status).toBe(429);
    // The viewer at another address signs in.
    const ok = await signIn('viewer@example.com', TEST_PASSWORD, { localAddress: '127.0.0.1' });
    expect(ok.status, ok.body).toBe(201);
  }, 120_000);
});

describe('oversized bodies on a keep-alive connection', () => {
  it.each([1, 3])(
    'after a %i MB body is refused with 413, the next write on the same agent is executed',
    async (mb) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (let round = 0; round < 3; round++) {
          const big = Buffer.alloc(mb * 1024 * 1024, 'a');
          const refused = await send({
            path: '/api/session',
            method: 'POST',
            body: big,
            agent,
            localAddress: '127.0.0.3',
          });
          expect(refused.status).toBe(413);
          expect(refused.headers['content-type']).toMatch(/problem\+json/);
          const started = Date.now();
          const next = await signIn('viewer@example.com', TEST_PASSWORD, { agent, localAddress: '127.0.0.3' });
          expect(next.status, next.body).toBe(201);
          expect(Date.now() - started).toBeLessThan(3000);
        }
      } finally {
        agent.destroy();
      }
    },
    120_000,
  );
});

describe('a database made unwritable while Tiller runs', () => {
  it('answers writes with 503 "The database cannot be written" and stays up', async () => {
    const own = await startApp();
    const files = ['', '-wal', '-shm']
      .map((s) => own.databaseUrl.replace(/^file:/, '') + s)
      .filter((f) => existsSync(f));
    try {
      await addUser(own, { email: 'ro@example.com', password: TEST_PASSWORD, role: 'viewer' });
      const at = (path: string, extra: Partial<Parameters<typeof send>[0]> = {}) =>
        sendTo(own.url, { path, method: 'GET', ...extra });
      expect(
        (
          await at('/api/session', {
            method: 'POST',
            body: JSON.stringify({ email: 'ro@example.com', password: TEST_PASSWORD }),
          })
        ).status,
      ).toBe(201);
      // Tests run as root, for whom chmod does not stop writes; the immutable flag does.
      execFileSync('chattr', ['+i', ...files]);
      for (let i = 0; i < 3; i++) {
        const w = await at('/api/session', {
          method: 'POST',
          body: JSON.stringify({ email: 'ro@example.com', password: TEST_PASSWORD }),
        });
        expect(w.status, w.body).toBe(503);
        expect(w.headers['content-type']).toMatch(/problem\+json/);
        expect(JSON.parse(w.body).title).toBe('The database cannot be written');
      }
      // Still up: a read answers.
      expect((await at('/api/session')).status).toBeLessThan(500);
      expect(own.output()).not.toMatch(/SIGBUS/);
    } finally {
      execFileSync('chattr', ['-i', ...files]);
      await own.stop();
    }
  }, 120_000);
});
