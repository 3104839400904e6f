// `npm start` (scripts/start.ts --no-build) on a database file that is not what it should be:
// it refuses to start with one clear paragraph, and leaves the file as it was.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'tiller-dbstart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs start.ts until it exits or says it is running (then stops it). */
function start(file: string): Promise<{ code: number | null; output: string; running: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/start.ts', '--no-build'], {
      cwd: root,
      env: { ...process.env, LIBSQL_URL: `file:${file}`, TILLER_DEMO: 'on', PORT: '0' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => {
      output += d;
    });
    const timer = setInterval(() => {
      if (output.includes('Tiller is running')) process.kill(-child.pid!, 'SIGTERM');
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, output, running: output.includes('Tiller is running') });
    });
  });
}

function expectRefused(run: { code: number | null; output: string; running: boolean }, file: string) {
  expect(run.running, run.output).toBe(false);
  expect(run.code).not.toBe(0);
  expect(run.output).toContain(file);
  // One paragraph, no stack trace.
  expect(run.output.trim().split('\n').length, run.output).toBeLessThanOrEqual(6);
  expect(run.output).not.toMatch(/^\s+at /m);
}

describe('start on an unusable database file', () => {
  it('a 0-byte file is refused, not re-seeded with the demo', async () => {
    const file = path.join(dir, 'empty.db');
    writeFileSync(file, '');
    const run = await start(file);
    expectRefused(run, file);
    expect(run.output).toMatch(/empty/i);
    expect(run.output).toMatch(/backup/i);
    expect(statSync(file).size).toBe(0);
  }, 60_000);

  it('a file that is not SQLite is refused with the same kind of message', async () => {
    const file = path.join(dir, 'garbage.db');
    writeFileSync(file, 'this is not a database\n'.repeat(400));
    const before = readFileSync(file);
    const run = await start(file);
    expectRefused(run, file);
    expect(run.output).toMatch(/not a (Tiller|SQLite) database/i);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 60_000);

  it('a SQLite header over a damaged body is refused without a stack', async () => {
    const file = path.join(dir, 'corrupt.db');
    const page = Buffer.alloc(8192, 0x5a);
    Buffer.from('SQLite format 3\0').copy(page);
    writeFileSync(file, page);
    const run = await start(file);
    expectRefused(run, file);
  }, 60_000);

  it('a database that cannot be written (immutable file) is refused at start with a clear message', async () => {
    const file = path.join(dir, 'readonly.db');
    // A good database first.
    const ok = await start(file);
    expect(ok.running, ok.output).toBe(true);
    // Tests run as root, for whom chmod does not stop writes; an immutable file does.
    execFileSync('chattr', ['+i', file]);
    try {
      const run = await start(file);
      expectRefused(run, file);
      expect(run.output).toMatch(/cannot be written/i);
    } finally {
      execFileSync('chattr', ['-i', file]);
    }
  }, 90_000);
});
