// `npm start` builds the site only when its sources changed since the last successful build: on a
// copy of the project (so that the test may change its sources), a first start builds, a second
// one does not (build.log untouched), an added file makes the next start build again (and serve
// it), and a build that fails leaves no record that dist/ is current.
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUILD_RECORD } from '../../scripts/build-site.ts';
import { startApp } from './app.ts';

const root = path.resolve(import.meta.dirname, '../..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'tiller-start-'));
  for (const entry of [
    'src',
    'public',
    'scripts',
    'netlify',
    'db',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
    'netlify.toml',
  ])
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true, filter: (f) => !/\.db(-\w+)?$/.test(f) });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Starts the copy (building when it must), checks it answers, and stops it; its output. */
async function startCopy(): Promise<string> {
  const app = await startApp({ build: true, root: copy });
  try {
    expect((await fetch(`${app.url}/`)).status).toBe(200);
    return app.output();
  } finally {
    await app.stop();
  }
}

const BUILDING = 'Building the site';
const CURRENT = 'built from the current sources: not rebuilding';

test('a start rebuilds only when the sources changed', { timeout: 900_000 }, async () => {
  const first = await startCopy();
  expect(first).toContain(BUILDING);
  expect(existsSync(path.join(copy, BUILD_RECORD))).toBe(true);
  const log = path.join(copy, 'build.log');
  const builtAt = statSync(log).mtimeMs;

  const second = await startCopy();
  expect(second).toContain(CURRENT);
  expect(second).not.toContain(BUILDING);
  expect(statSync(log).mtimeMs).toBe(builtAt);

  const probe = `probe ${Date.now()}`;
  writeFileSync(path.join(copy, 'public', 'start-probe.txt'), probe);
  const app = await startApp({ build: true, root: copy });
  try {
    expect(app.output()).toContain(BUILDING);
    const res = await fetch(`${app.url}/start-probe.txt`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(probe);
  } finally {
    await app.stop();
  }

  // A page that cannot build: the start refuses, and dist/ is not taken for current afterwards.
  writeFileSync(
    path.join(copy, 'src', 'pages', 'start-probe-broken.astro'),
    "---\nimport missing from './no-such-module.ts';\n---\n<p>{missing}</p>\n",
  );
  const failed = await startApp({ build: true, root: copy }).then(
    async (a) => (await a.stop(), 'it started'),
    (e: Error) => e.message,
  );
  expect(failed).toContain('The site did not build');
  expect(existsSync(path.join(copy, BUILD_RECORD))).toBe(false);
});
