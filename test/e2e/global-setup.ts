// Builds the site once for every browser-test file (unless dist/ is already built from the current
// sources); each file then starts its own server (scripts/start.ts --no-build) on its own empty
// database.
import path from 'node:path';
import { buildIsCurrent, buildSite } from '../../scripts/build-site.ts';

export default function setup() {
  const root = path.resolve(import.meta.dirname, '../..');
  if (buildIsCurrent(root)) return;
  const build = buildSite(root);
  if (!build.ok) throw new Error(`astro build failed:\n${build.output}`);
}
