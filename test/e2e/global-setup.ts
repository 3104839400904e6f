// Builds the site once for every browser-test file; each file then starts its own server
// (scripts/start.ts --no-build) on its own empty database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default function setup() {
  const root = path.resolve(import.meta.dirname, '../..');
  // Vitest sets NODE_ENV=test, under which Vite resolves Solid's development build: test what ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
}
