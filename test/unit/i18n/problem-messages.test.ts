// What the API and the shared schemas say is a code with values (src/domain/problem.ts); every
// language module has a message for every code (the type makes a missing one a compile error).
// This reads the source the way a translator would: every code the source can produce must have
// a message, no message may be left that nothing says, and no English sentence may be written
// where a code belongs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkInInput, fieldErrors, measureInput } from '../../../src/domain/schemas.ts';
import { decodeSaid, sayIn, says } from '../../../src/domain/problem.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { en } from '../../../src/i18n/en.ts';
import { sv } from '../../../src/i18n/sv.ts';

const root = path.resolve(import.meta.dirname, '../../..');
function filesIn(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(path.join(dir, e.name)) : /\.(ts|tsx|mts)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}
/** Everything that can say something: the app's source and the functions, not the language modules. */
const SOURCES = [...filesIn('src'), ...filesIn('netlify/functions')].filter((f) => !f.startsWith('src/i18n/'));
const source = (f: string) =>
  readFileSync(path.join(root, f), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');
const code = SOURCES.map(source).join('\n');
const CODES = Object.keys(en.problems);

describe('problem codes', () => {
  it('finds what the source says (the scan itself works)', () => {
    const said = new Set([...code.matchAll(/says\(\s*'([^']+)'/g)].map((m) => m[1]!));
    expect(said.size).toBeGreaterThan(150);
    expect(said).toContain('input.required');
    expect(said).toContain('goal.dueBeforeStart');
  });

  it('has an English message for every code the source says', () => {
    const said = [...code.matchAll(/says\(\s*'([^']+)'/g)].map((m) => m[1]!);
    expect(said.filter((c) => !CODES.includes(c))).toEqual([]);
  });

  it('has no message that nothing says', () => {
    expect(CODES.filter((c) => !code.includes(`'${c}'`))).toEqual([]);
  });

  it('writes no English sentence where a code belongs: Problem details, zod messages, field errors', () => {
    const SENTENCE =
      /(new Problem\([^,]+,\s*'[^']*',\s*|problemResponse\([^,]+,\s*'[^']*',\s*|\{ error: |message: )(['`])[A-Z][^'`]*[.?!]\2/g;
    const found = SOURCES.flatMap((f) => [...source(f).matchAll(SENTENCE)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('has a message in every language for every code (a module is complete)', async () => {
    for (const l of LOCALES) {
      const problems = (await l.load()).problems;
      expect(Object.keys(problems).sort(), l.code).toEqual([...CODES].sort());
    }
  });
});

describe('rendering a code', () => {
  it('round-trips a code with its values', () => {
    const said = says('input.tooLong', { max: 200 });
    expect(decodeSaid(said)).toEqual({ code: 'input.tooLong', params: { max: 200 } });
    expect(sayIn(en.problems, said)).toBe('At most 200 characters.');
    expect(sayIn(sv.problems, said)).toBe('Högst 200 tecken.');
  });

  it('uses the language’s plural forms', () => {
    expect(sayIn(en.problems, says('signIn.tooMany', { minutes: 1 }))).toBe(
      'Too many failed sign-ins. Try again in 1 minute.',
    );
    expect(sayIn(sv.problems, says('signIn.tooMany', { minutes: 15 }))).toBe(
      'För många misslyckade inloggningar. Försök igen om 15 minuter.',
    );
  });

  it('keeps text that is no code as it is', () => {
    expect(sayIn(sv.problems, 'Something entirely new.')).toBe('Something entirely new.');
    expect(decodeSaid('Too small: expected number to be >=1')).toBeNull();
  });

  it('gives every zod issue of the shared schemas a code, field by field', () => {
    const r = measureInput.safeParse({
      name: '',
      unit: '%',
      direction: 'increase',
      baseline: 10,
      target: 10,
      baselineDate: '2026-01-01',
      targetDate: '2026-12-31',
      extra: 1,
    });
    expect(r.success).toBe(false);
    const errors = fieldErrors(r.error!);
    for (const list of Object.values(errors)) for (const m of list) expect(decodeSaid(m), m).not.toBeNull();
    expect(errors.name!.map((m) => sayIn(sv.problems, m))).toEqual(['Obligatoriskt.']);
    expect(errors.target!.map((m) => sayIn(sv.problems, m))).toEqual([
      'Målvärdet är lika med utgångsvärdet: det finns inget att mäta framsteg mot.',
    ]);
    expect(errors._!.map((m) => sayIn(en.problems, m))).toEqual(['Unknown field: extra.']);
    const future = checkInInput.safeParse({ value: 1, date: '2999-01-01' });
    expect(fieldErrors(future.error!).date!.map((m) => sayIn(sv.problems, m))).toEqual([
      'En avstämning kan inte dateras i framtiden.',
    ]);
    // zod's own checks (no message of ours) get a code too.
    const bare = z.object({ n: z.number().max(100), s: z.string() }).safeParse({ n: 1000, s: 1 });
    const bareErrors = fieldErrors(bare.error!);
    expect(bareErrors.n!.map((m) => sayIn(sv.problems, m))).toEqual(['Högst 100.']);
    expect(bareErrors.s!.map((m) => decodeSaid(m)?.code)).toEqual(['input.invalid']);
  });
});
