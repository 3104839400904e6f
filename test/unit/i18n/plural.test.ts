import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pluralFor } from '../../../src/i18n/plural.ts';
import { en } from '../../../src/i18n/en.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';

describe('plurals', () => {
  it('chooses the form by the language and writes the number in its digits', () => {
    const p = pluralFor('sv-SE');
    expect([0, 1, 2, 1234].map((n) => p(n, { one: '# mål', other: '# mål' }))).toEqual([
      '0 mål',
      '1 mål',
      '2 mål',
      '1\u00a0234 mål',
    ]);
    const e = pluralFor('en-GB');
    expect([0, 1, 2, 1234].map((n) => e(n, { one: '# goal', other: '# goals' }))).toEqual([
      '0 goals',
      '1 goal',
      '2 goals',
      '1,234 goals',
    ]);
  });

  it('leaves no "(s)" in a catalog: every count-bearing message has its forms', () => {
    for (const file of LOCALE_CODES.map((code) => `${code}.ts`)) {
      const source = readFileSync(new URL(`../../../src/i18n/${file}`, import.meta.url), 'utf8');
      expect(source.match(/\p{L}\((s|en|er|ar|na)\)/gu), file).toBeNull();
    }
    expect(en.measurement.hiddenOutside(1)).toBe('1 measure outside the circle is hidden in the huddle view.');
    expect(en.measurement.hiddenOutside(3)).toBe('3 measures outside the circle are hidden in the huddle view.');
    expect(en.goals.hasChildren(1)).toBe('This goal has a sub-goal. What should happen to it?');
  });
});
