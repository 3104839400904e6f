// The npm registry reachable from our machines lacks the non-Linux builds of
// @astrojs/compiler-binding 0.5.x, so `npm install` here leaves them out of package-lock.json
// and `npm ci` then refuses the lock. This adds the entries a full registry would record
// (optional and restricted by os/cpu, so never fetched on Linux). Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages: Record<string, Record<string, unknown>> = lock.packages;
const binding = packages['node_modules/@astrojs/compiler-binding'];
if (!binding) throw new Error('@astrojs/compiler-binding is not in the lock');

const platforms: Record<string, { cpu: string[]; os?: string[]; libc?: string[] }> = {
  'android-arm64': { cpu: ['arm64'], os: ['android'] },
  'darwin-arm64': { cpu: ['arm64'], os: ['darwin'] },
  'darwin-x64': { cpu: ['x64'], os: ['darwin'] },
  'linux-arm64-gnu': { cpu: ['arm64'], os: ['linux'], libc: ['glibc'] },
  'linux-arm64-musl': { cpu: ['arm64'], os: ['linux'], libc: ['musl'] },
  'linux-x64-gnu': { cpu: ['x64'], os: ['linux'], libc: ['glibc'] },
  'linux-x64-musl': { cpu: ['x64'], os: ['linux'], libc: ['musl'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { cpu: ['arm64'], os: ['win32'] },
  'win32-x64-msvc': { cpu: ['x64'], os: ['win32'] },
};
const added: string[] = [];
for (const [name, target] of Object.entries(platforms)) {
  const key = `node_modules/@astrojs/compiler-binding-${name}`;
  if (packages[key]) continue;
  packages[key] = { version: binding.version, ...target, license: 'MIT', optional: true, engines: binding.engines };
  added.push(key);
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(added.length ? `Added ${added.join(', ')}` : 'The lock already lists every platform.');
