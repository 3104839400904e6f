// The static site's build, for `npm start` and the browser tests: `astro build` into dist/, which
// then records the digest of the sources it was built from. A later start rebuilds only when that
// digest no longer matches (a file changed, was added or deleted). Astro empties dist/ at the
// start of every build, so a failed or interrupted build leaves no record and the next start
// builds again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the build reads, besides node_modules (which package-lock.json stands for). */
const SOURCES = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'netlify.toml',
];
/** Where the digest is recorded, inside the output it describes. */
export const BUILD_RECORD = path.join('dist', '.tiller-build.json');

/**
 * A digest of every source file's path and content (and .env files, which Astro reads), and of
 * the Node version. Contents, not modification times: a checkout that rewrites files with the
 * same bytes is still current, and an edit that keeps the time is not.
 */
export function sourceDigest(root: string): string {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  const envFiles = readdirSync(root).filter((f) => f.startsWith('.env'));
  const visit = (rel: string) => {
    const abs = path.join(root, rel);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (!stat) hash.update(`absent ${rel}\n`);
    else if (stat.isDirectory()) for (const name of readdirSync(abs).sort()) visit(`${rel}/${name}`);
    else if (stat.isFile()) hash.update(`file ${rel} ${stat.size}\n`).update(readFileSync(abs));
  };
  for (const rel of [...SOURCES, ...envFiles.sort()]) visit(rel);
  return hash.digest('hex');
}

/** The digest dist/ was built from, or undefined when it has no complete build. */
export function builtFrom(root: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(root, BUILD_RECORD), 'utf8')) as { sources?: string }).sources;
  } catch {
    return undefined;
  }
}

export function buildIsCurrent(root: string): boolean {
  return builtFrom(root) === sourceDigest(root);
}

/**
 * Runs `astro build` (production mode, as deployed) and, when it succeeds, records the digest of
 * the sources as they were when it started (an edit during the build makes the next start build
 * again).
 */
export function buildSite(root: string): { ok: boolean; status: number | null; output: string } {
  const digest = sourceDigest(root);
  rmSync(path.join(root, BUILD_RECORD), { force: true });
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    // Under NODE_ENV=test (Vitest) Vite would resolve Solid's development build: build what ships.
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
  const ok = run.status === 0;
  if (ok)
    writeFileSync(
      path.join(root, BUILD_RECORD),
      `${JSON.stringify({ sources: digest, builtAt: new Date().toISOString() })}\n`,
    );
  return { ok, status: run.status, output };
}
