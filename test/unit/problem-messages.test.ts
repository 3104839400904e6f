// The English messages of the API and the shared schemas, shown in Swedish on Swedish pages
// (src/i18n/problems.ts). The catalog must cover every message the source can produce, so this
// reads the source the way a translator would: every sentence-like string literal in the files
// that write messages, with each `${…}` written `{}`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInInput, fieldErrors, measureInput } from '../../src/domain/schemas.ts';
import { localizeFieldErrors, localizeProblem } from '../../src/i18n/problems.ts';
import { PROBLEMS_SV } from '../../src/i18n/problems-sv.ts';

const root = path.resolve(import.meta.dirname, '../..');
const inDir = (dir: string, ext: RegExp) => readdirSync(path.join(root, dir)).filter((f) => ext.test(f)).map((f) => path.join(dir, f));
/** Where messages are written: the shared schemas and sample rules, the server, the functions. */
const SOURCES = [
  'src/domain/schemas.ts',
  'src/domain/review-schemas.ts',
  'src/domain/accounts.ts',
  'src/domain/measurement.ts',
  ...inDir('src/server', /\.ts$/),
  ...inDir('netlify/functions', /\.mts$/),
];

function messagesIn(file: string): string[] {
  const code = readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');
  const found: string[] = [];
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    const text = (m[1] ?? m[2])!.replace(/\\'/g, "'");
    // A message is a sentence: a capital first, a full stop (or ? !) last. SQL is not.
    if (!/^[A-Z][^\n]*[.?!]$/.test(text) || /^(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA|WHERE)\b/.test(text)) continue;
    found.push(text.replace(/\$\{[^}]*\}/g, '{}'));
  }
  return found;
}

const inSource = new Set(SOURCES.flatMap(messagesIn));

describe('the Swedish catalog of API and schema messages', () => {
  it('finds the messages (the scan itself works)', () => {
    expect(inSource.size).toBeGreaterThan(100);
    expect(inSource).toContain('Required.');
    expect(inSource).toContain('At most {} characters.');
    expect(inSource).toContain('This goal has {} sub-goal(s). Choose to move them up a level (children=reparent) or delete them too (children=delete).');
  });

  it('has Swedish for every message in the source', () => {
    const missing = [...inSource].filter((m) => PROBLEMS_SV[m] === undefined);
    expect(missing).toEqual([]);
  });

  it('has no entry the source no longer writes', () => {
    const unused = Object.keys(PROBLEMS_SV).filter((m) => !inSource.has(m));
    expect(unused).toEqual([]);
  });

  it('keeps every value a Swedish text refers to, and refers to no value that is not there', () => {
    for (const [en, sv] of Object.entries(PROBLEMS_SV)) {
      const slots = en.split('{}').length - 1;
      for (const ref of sv.matchAll(/\{(\d+)\}/g)) expect(Number(ref[1]), `${en} → ${sv}`).toBeLessThan(slots);
      expect(sv, en).not.toContain('{}');
    }
  });
});

describe('localizeProblem', () => {
  it('leaves English as it is', () => {
    expect(localizeProblem('Required.', 'en')).toBe('Required.');
  });

  it('translates exact messages', () => {
    expect(localizeProblem('Required.', 'sv')).toBe('Obligatoriskt.');
    expect(localizeProblem('Your role does not allow this.', 'sv')).toBe('Din roll tillåter inte detta.');
  });

  it('translates messages with values, keeping the values', () => {
    expect(localizeProblem('At most 200 characters.', 'sv')).toBe('Högst 200 tecken.');
    expect(localizeProblem('The meeting date must lie inside 2027-Q1 (2027-01-01 to 2027-03-31).', 'sv')).toBe(
      'Mötesdatumet måste ligga inom 2027-Q1 (2027-01-01 till 2027-03-31).',
    );
    expect(localizeProblem('Too many failed sign-ins. Try again in 15 minute(s).', 'sv')).toBe('För många misslyckade inloggningar. Försök igen om 15 minut(er).');
  });

  it('prefers the more specific template', () => {
    expect(localizeProblem('Choose one of nps, share, score, or null.', 'sv')).toBe('Välj ett av nps, share, score, eller null.');
    expect(localizeProblem('Choose one of daily, weekly.', 'sv')).toBe('Välj ett av daily, weekly.');
  });

  it('leaves out English words the Swedish does not use', () => {
    expect(localizeProblem('The counts give 12; leave the value out or send 12.', 'sv')).toBe('Uppgifterna ger 12; utelämna värdet eller skicka 12.');
  });

  it('keeps what it does not know', () => {
    expect(localizeProblem('Something entirely new.', 'sv')).toBe('Something entirely new.');
  });

  it('translates what the shared schemas say about a form, field by field', () => {
    const r = measureInput.safeParse({ name: '', unit: '%', direction: 'increase', baseline: 10, target: 10, baselineDate: '2026-01-01', targetDate: '2026-12-31' });
    expect(r.success).toBe(false);
    const sv = localizeFieldErrors(fieldErrors(r.error!), 'sv');
    expect(sv.name).toEqual(['Obligatoriskt.']);
    expect(sv.target).toEqual(['Målvärdet är lika med utgångsvärdet: det finns inget att mäta framsteg mot.']);
    const future = checkInInput.safeParse({ value: 1, date: '2999-01-01' });
    expect(localizeFieldErrors(fieldErrors(future.error!), 'sv').date).toEqual(['En avstämning kan inte dateras i framtiden.']);
  });
});
