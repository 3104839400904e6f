// The digest that decides whether `npm start` must rebuild: it changes with any change, addition or
// removal of a source file, and not with a file's modification time alone.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { sourceDigest } from '../../../scripts/build-site.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tiller-digest-'));
  mkdirSync(path.join(root, 'src/pages'), { recursive: true });
  writeFileSync(path.join(root, 'src/pages/index.astro'), '<p>one</p>');
  writeFileSync(path.join(root, 'package-lock.json'), '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('the same sources give the same digest, whatever their times', () => {
  const before = sourceDigest(root);
  utimesSync(path.join(root, 'src/pages/index.astro'), new Date(2001, 0, 1), new Date(2001, 0, 1));
  expect(sourceDigest(root)).toBe(before);
});

test.each([
  ['a changed file', () => writeFileSync(path.join(root, 'src/pages/index.astro'), '<p>two</p>')],
  ['an added file', () => writeFileSync(path.join(root, 'src/pages/new.astro'), '')],
  [
    'an added public file',
    () => (mkdirSync(path.join(root, 'public')), writeFileSync(path.join(root, 'public/robots.txt'), '')),
  ],
  ['a deleted file', () => rmSync(path.join(root, 'src/pages/index.astro'))],
  [
    'a renamed file',
    () => (
      rmSync(path.join(root, 'src/pages/index.astro')),
      writeFileSync(path.join(root, 'src/pages/home.astro'), '<p>one</p>')
    ),
  ],
  ['a changed lockfile', () => writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}')],
  ['a new .env file', () => writeFileSync(path.join(root, '.env'), 'X=1')],
  ['a changed netlify.toml', () => writeFileSync(path.join(root, 'netlify.toml'), '')],
])('%s changes the digest', (_, change) => {
  const before = sourceDigest(root);
  change();
  expect(sourceDigest(root)).not.toBe(before);
});
