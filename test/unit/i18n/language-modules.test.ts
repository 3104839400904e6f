// Every language module satisfies the English one, the contract: the same keys everywhere, and
// no message uses a value the English message is not given. The type already makes a missing
// key a compile error; this also walks the modules at run time, for every entry of LOCALES, and
// shows that a new language (here a stand-in built from English) needs nothing but its module.
import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../../../src/i18n/en.ts';
import { LOCALES, LOCALE_CODES, localeInfo } from '../../../src/i18n/locales.ts';
import { localeStaticPaths } from '../../../src/i18n/routes.ts';
import { formatters } from '../../../src/i18n/index.ts';
import { parseNumber } from '../../../src/client/forms.ts';

/** Every leaf of a module by dotted path: texts and message functions. */
function leaves(value: unknown, at = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'string' || typeof value === 'function' || value === null) out.set(at, value);
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value as object))
      for (const [p, x] of leaves(v, at ? `${at}.${k}` : k)) out.set(p, x);
  return out;
}

/**
 * The values a message reads: the properties of its one `params` object (problem messages, read
 * through a proxy), or its positional arguments.
 */
function valuesRead(fn: unknown): string[] {
  const f = fn as (...args: unknown[]) => string;
  if (f.length === 1 && /^\(?p\)?\s*=>/.test(f.toString())) {
    const read = new Set<string>();
    try {
      f(new Proxy({}, { get: (_, k) => (typeof k === 'string' && read.add(k), 2) }));
      return [...read].sort();
    } catch {
      // A positional argument named p (a period, a percentage) that is used as a value.
    }
  }
  return Array.from({ length: f.length }, (_, i) => `argument ${i + 1}`);
}

function contractProblems(module: Messages): string[] {
  const english = leaves(en);
  const other = leaves(module);
  const problems: string[] = [];
  for (const key of english.keys()) if (!other.has(key)) problems.push(`missing ${key}`);
  for (const key of other.keys()) if (!english.has(key)) problems.push(`not in English: ${key}`);
  for (const [key, e] of english) {
    const o = other.get(key);
    if (typeof e !== typeof o && !(e === null || o === null))
      problems.push(`${key}: ${typeof o}, English has ${typeof e}`);
    if (typeof e === 'function' && typeof o === 'function') {
      const extra = valuesRead(o).filter((v) => !valuesRead(e).includes(v));
      if (extra.length) problems.push(`${key} uses ${extra.join(', ')}, which English does not give it`);
    }
  }
  return problems;
}

describe('language modules', () => {
  it('are listed once, in LOCALES, with distinct codes, native names and Intl tags', () => {
    expect(new Set(LOCALE_CODES).size).toBe(LOCALES.length);
    expect(new Set(LOCALES.map((l) => l.name)).size).toBe(LOCALES.length);
    for (const l of LOCALES) expect(Intl.NumberFormat.supportedLocalesOf(l.tag), l.code).toEqual([l.tag]);
    expect(LOCALES[0].code).toBe('en');
  });

  it('every module satisfies the English contract: same keys, no value English does not give', async () => {
    for (const l of LOCALES) expect(contractProblems(await l.load()), l.code).toEqual([]);
  });

  it('the check can fail: a missing key, an extra key and an invented value are caught', () => {
    const { problems: _dropped, ...rest } = en;
    const broken = rest as unknown as Messages;
    const withValue = {
      ...en,
      common: { ...en.common, confirmDelete: (name: string, extra: string) => `${name} ${extra}` },
    } as unknown as Messages;
    expect(contractProblems(broken).some((p) => p.startsWith('missing problems.'))).toBe(true);
    expect(contractProblems({ ...en, extra: 'x' } as unknown as Messages)).toEqual(['not in English: extra']);
    expect(contractProblems(withValue)).toEqual([
      'common.confirmDelete uses argument 2, which English does not give it',
    ]);
    const readsMore = {
      ...en,
      problems: { ...en.problems, 'input.tooLong': (p: { max: number; min: number }) => `${p.min}–${p.max}` },
    } as unknown as Messages;
    expect(contractProblems(readsMore)).toEqual(['problems.input.tooLong uses min, which English does not give it']);
  });

  it('routes every page once per language: the first at the root, the others under their code', () => {
    expect(localeStaticPaths().map((p) => p.params.lang ?? '/')).toEqual(['/', ...LOCALE_CODES.slice(1)]);
  });
});

describe('numbers and dates per language', () => {
  it('formats with the language’s marks: decimal comma and no-break space in Swedish', () => {
    const en = formatters('en');
    const sv = formatters('sv');
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(sv.number(1234.5)).toBe('1\u00a0234,5');
    expect(en.percent(0.5)).toBe('50%');
    expect(sv.percent(0.5)).toBe('50\u00a0%');
    expect(sv.value(84.5, '%')).toBe('84,5 %');
    for (const code of ['fi', 'nb'] as const) {
      expect(formatters(code).number(1234.5), code).toBe('1\u00a0234,5');
      expect(formatters(code).percent(0.5), code).toBe('50\u00a0%');
    }
  });

  it('writes dates as each language does', () => {
    expect(formatters('en').date('2027-03-31')).toBe('31 Mar 2027');
    expect(formatters('sv').date('2027-03-31')).toBe('2027-03-31');
    expect(formatters('fi').date('2027-03-31')).toBe('31.3.2027');
    expect(formatters('nb').date('2027-03-31')).toBe('31.3.2027');
    expect(localeInfo('sv').tag).toBe('sv-SE');
  });

  it('parses what people type in each language', () => {
    expect(parseNumber('3,5', 'sv')).toBe(3.5);
    expect(parseNumber('1 234,5', 'sv')).toBe(1234.5);
    expect(parseNumber('1\u00a0234,5', 'sv')).toBe(1234.5);
    expect(parseNumber('3.5', 'sv')).toBe(3.5); // typed from habit
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('74,5', 'en')).toBe(74.5); // a Nordic decimal on an English page
    expect(parseNumber('72,5', 'fi')).toBe(72.5);
    expect(parseNumber('1 234,5', 'nb')).toBe(1234.5);
    expect(parseNumber('−12', 'sv')).toBe(-12);
    expect(parseNumber('  ', 'sv')).toBeNull();
    expect(parseNumber('abc', 'en')).toBeNaN();
  });
});
