// The Finnish and Norwegian Bokmål modules against the English one, leaf by leaf: UI texts, the
// problem messages by code, the KPI library, the Markdown export labels; then the demo
// organisation and the glossary. Same keys, same parameters, every value the English shows shown
// too, and nothing left in English by accident (test/unit/language-modules.test.ts checks the
// contract for every language; this checks the content of the two translated ones).
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { sv } from '../../../src/i18n/sv.ts';
import { fi } from '../../../src/i18n/fi.ts';
import { nb } from '../../../src/i18n/nb.ts';
import { KPI_LIBRARY } from '../../../src/domain/kpi-library.ts';
import { GLOSSARY, GLOSSARY_LOCALES } from '../../../src/i18n/glossary.ts';
import { DEMO_DEPARTMENTS, DEMO_GOALS, DEMO_PRACTICES, DEMO_VISION } from '../../../db/seed/demo.ts';
import { DEMO_TEXT, DEMO_TEXT_LOCALES, demoText } from '../../../db/seed/demo-text.ts';

type Tree = { readonly [key: string]: unknown };
type Fn = (...args: unknown[]) => unknown;

/** Every leaf of a message tree, by dotted path. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [p, v] of leaves(value, path)) out.set(p, v);
    else out.set(path, value);
  }
  return out;
}

/** A function's parameter names, from its source (types are stripped when the test runs). */
function parameterNames(fn: Fn): string[] {
  const src = fn.toString();
  const list = /^(?:async\s*)?(?:function\s*\w*\s*)?\(([^)]*)\)/.exec(src)?.[1] ?? /^(\w+)\s*=>/.exec(src)?.[1] ?? '';
  return list
    .split(',')
    .map((p) =>
      p
        .trim()
        .replace(/[=:].*$/, '')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * Arguments to call a message with: distinct marker strings (lower case, so `toLowerCase()`
 * keeps them) and distinct numbers, so the output shows which parameters it used. Parameters
 * with a fixed set of values get each of them in turn.
 */
const CHOICES: Record<string, readonly unknown[]> = {
  kind: ['year', 'half', 'quarter'],
  index: [1, 2],
};
/** The values a problem message reads from its one `params` object. */
function paramsRead(fn: Fn): string[] {
  const read = new Set<string>();
  fn(new Proxy({}, { get: (_, k) => (typeof k === 'string' && read.add(k), 2) }));
  return [...read];
}
/** Problem values that are English words for API users (an entity, a goal's state): a language words them itself. */
const ENGLISH_WORDS = new Set(['what', 'state']);
const NUMERIC =
  /^(n|count|minutes|points|year|days|goals|departments|direct|partial|none|position|total|from|to|min|max|sampleSize)$/;
function argumentSets(fn: Fn, path = ''): unknown[][] {
  const names = parameterNames(fn);
  if (path.startsWith('problems.') && names.length === 1) {
    const read = paramsRead(fn);
    const params = Object.fromEntries(
      read.map((k, i) => [k, ENGLISH_WORDS.has(k) ? 'goal' : NUMERIC.test(k) ? 17 + i * 10 : `zq${i}x`]),
    );
    const sets: unknown[][] = [[params]];
    for (const k of read)
      if (typeof params[k] === 'number') for (const n of [0, 1, 2, 5]) sets.push([{ ...params, [k]: n }]);
    return sets;
  }
  const base = names.map((name, i) =>
    name === 'c' ? { goals: 3, measures: 5, checkIns: 7, practices: 11, pairs: 13 } : (CHOICES[name]?.[0] ?? null),
  );
  const plain = names.map((name, i): unknown => base[i] ?? (NUMERIC.test(name) ? 17 + i * 10 : `zq${i}x`));
  const sets: unknown[][] = [plain];
  names.forEach((name, i) => {
    for (const choice of CHOICES[name] ?? []) sets.push(plain.map((a, j) => (j === i ? choice : a)));
    // Counts: also 0, 1 and 2, where plural forms and special cases ("today", "tomorrow") differ.
    if (typeof plain[i] === 'number' && !CHOICES[name])
      for (const n of [0, 1, 2, 5]) sets.push(plain.map((a, j) => (j === i ? n : a)));
  });
  // measureLabel: the full name is null when the shown name is not cut.
  if (names.includes('full')) sets.push(plain.map((a, j) => (names[j] === 'full' ? null : a)));
  return sets;
}

/** Shown the same as in English on purpose: product names, units, loanwords, pure formatting. */
const SAME_AS_ENGLISH: Record<'fi' | 'nb', ReadonlySet<string>> = {
  fi: new Set(['Tiller', '%', '—', '–', 'CSV', 'Excel (XLSX)']),
  nb: new Set([
    'Tiller',
    '%',
    'Status',
    'Forum',
    'Agenda',
    'Zoom',
    'Person',
    'Under',
    'segment',
    'Net Promoter Score (NPS)',
    'CSV',
    'Excel (XLSX)',
    'CSV for',
  ]),
};
/** Messages worded the same as in English in one language ("Zoom 100 %" in Norwegian). */
const SAME_PATHS: Record<'fi' | 'nb', ReadonlySet<string>> = {
  fi: new Set(),
  nb: new Set(['diagram.scale', 'importer.nav', 'importer.format', 'importer.problemHeader']),
};
/** Messages that are pure formatting of their arguments in every language. */
const FORMATTING_ONLY = new Set([
  'goals.timeline',
  'measurement.segmentFact',
  'measurement.npsValue',
  'measurement.nIs',
  'measurement.measureLabel',
  'reviews.title',
  'reviews.timeline.periodName',
  'diagram.moreBelow',
  'appName',
]);
const isIdentityAllowed = (locale: 'fi' | 'nb', path: string, value: string) =>
  FORMATTING_ONLY.has(path) ||
  SAME_PATHS[locale].has(path) ||
  SAME_AS_ENGLISH[locale].has(value) ||
  /^[\s\d%.,:;()+\-–—·=±<>/n]*$/.test(value);

/** The arguments a message shows, as they appear in its output (marker strings and counts, not choices like 'year'). */
const shown = (output: string, args: readonly unknown[]) =>
  args
    .flatMap((a) => (a !== null && typeof a === 'object' && !Array.isArray(a) ? Object.values(a) : [a]))
    .filter(
      (a): a is string | number =>
        ((typeof a === 'string' && a.startsWith('zq')) || typeof a === 'number') && output.includes(String(a)),
    )
    .map(String);

/** Checks a translated message tree against the English one. */
function checkTree(locale: 'fi' | 'nb', english: unknown, translated: unknown) {
  const enLeaves = leaves(english);
  const trLeaves = leaves(translated);
  expect([...trLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  const leftInEnglish: string[] = [];
  const lostArguments: string[] = [];
  for (const [path, enValue] of enLeaves) {
    const trValue = trLeaves.get(path);
    expect(typeof trValue, path).toBe(typeof enValue);
    if (typeof enValue === 'string') {
      expect((trValue as string).trim(), path).not.toBe('');
      if (trValue === enValue && !isIdentityAllowed(locale, path, enValue)) leftInEnglish.push(`${path}: ${enValue}`);
    } else if (typeof enValue === 'function') {
      const enFn = enValue as Fn;
      const trFn = trValue as Fn;
      expect(parameterNames(trFn), `${path} parameters`).toEqual(parameterNames(enFn));
      expect(trFn.length, `${path} arity`).toBe(enFn.length);
      for (const args of argumentSets(enFn, path)) {
        const enOut = String(enFn(...args));
        const trOut = trFn(...args);
        expect(typeof trOut, `${path}(${JSON.stringify(args)})`).toBe('string');
        expect((trOut as string).trim(), `${path}(${JSON.stringify(args)})`).not.toBe('');
        for (const a of shown(enOut, args))
          if (!(trOut as string).includes(a))
            lostArguments.push(`${path}(${JSON.stringify(args)}) drops ${a}: ${trOut}`);
        if (trOut === enOut && !isIdentityAllowed(locale, path, enOut))
          leftInEnglish.push(`${path}(${JSON.stringify(args)}): ${enOut}`);
      }
    }
  }
  expect(leftInEnglish, 'left in English').toEqual([]);
  expect(lostArguments, 'parameters the English shows').toEqual([]);
}

describe.each([
  ['fi', fi],
  ['nb', nb],
] as const)('the %s UI catalog', (locale, catalog) => {
  it('has exactly the English keys and parameters, with every shown parameter, and nothing left in English', () => {
    checkTree(locale, en, catalog);
  });

  it('differs from Swedish in its sentences (not a copy of the neighbour)', () => {
    const same = [...leaves(catalog)].filter(
      ([path, v]) => typeof v === 'string' && v.includes(' ') && v.length > 25 && leaves(sv).get(path) === v,
    );
    expect(same).toEqual([]);
  });
});

describe('the walk itself', () => {
  it('notices a missing key, a changed parameter, a dropped parameter and an English leftover', () => {
    const { appName: _, ...missing } = fi;
    expect(() => checkTree('fi', en, missing)).toThrow();
    expect(() =>
      checkTree('fi', en, { ...fi, vision: { ...fi.vision, horizon: (y: number, extra: string) => `${y}${extra}` } }),
    ).toThrow(/parameters/);
    expect(() =>
      checkTree('fi', en, {
        ...fi,
        common: { ...fi.common, confirmDelete: (name: string) => (name ? 'Poistetaanko?' : '') },
      }),
    ).toThrow(/parameters the English shows/);
    expect(() => checkTree('fi', en, { ...fi, common: { ...fi.common, save: en.common.save } })).toThrow(
      /left in English/,
    );
    expect(() => checkTree('fi', en, fi)).not.toThrow();
  });
});

describe.each([
  ['fi', fi],
  ['nb', nb],
] as const)('the %s KPI library and export labels', (locale, module) => {
  it('keeps the numbers of every KPI text (decimal comma aside)', () => {
    const digits = (s: string) => (s.match(/\d+/g) ?? []).sort();
    for (const entry of KPI_LIBRARY)
      for (const [field, english] of Object.entries(en.kpi[entry.key]))
        if (typeof english === 'string') {
          const value = (module.kpi[entry.key] as Record<string, string | null>)[field]!;
          expect(digits(value), `${entry.key}.${field} numbers`).toEqual(digits(english));
        }
  });

  it('writes the purpose of a one-click counterweight with both parts', () => {
    const purpose = module.library.guardPurpose('zq0x', 'zq1x');
    expect(purpose).toContain('zq0x');
    expect(purpose).toContain('zq1x');
  });

  it('counts check-ins in the export with the language’s plural forms', () => {
    expect(module.markdown.checkIns(1)).not.toBe(module.markdown.checkIns(2).replace('2', '1'));
  });
});

/** Every English text demo.ts writes into the database. */
function demoStrings(): Set<string> {
  const out = new Set<string>([DEMO_VISION.statement, ...DEMO_DEPARTMENTS]);
  for (const goal of DEMO_GOALS) {
    out.add(goal.title).add(goal.description);
    for (const m of goal.measures) {
      out.add(m.name).add(m.purpose);
      for (const [, , note] of m.checkIns) if (note) out.add(note);
      for (const name of m.segments?.names ?? []) out.add(name);
      for (const p of m.segments?.checkIns ?? []) if (p.note) out.add(p.note);
    }
  }
  for (const list of Object.values(DEMO_PRACTICES)) for (const text of list) out.add(text);
  return out;
}

describe('the demo organisation texts', () => {
  const strings = demoStrings();

  it('translate every text demo.ts writes, and nothing else', () => {
    expect(strings.size).toBeGreaterThan(100);
    expect([...strings].filter((s) => !(s in DEMO_TEXT))).toEqual([]);
    expect(Object.keys(DEMO_TEXT).filter((s) => !strings.has(s))).toEqual([]);
  });

  it('have every language, none left in English, and keep the numbers', () => {
    const allowed = new Set(['Net Promoter Score (NPS)', 'Chat']);
    const digits = (s: string): string[] => (s.match(/\d+/g) ?? []).sort();
    for (const [english, t] of Object.entries(DEMO_TEXT)) {
      for (const locale of DEMO_TEXT_LOCALES) {
        expect(t[locale].trim(), `${locale}: ${english}`).not.toBe('');
        if (!allowed.has(english)) expect(t[locale], `${locale}: ${english}`).not.toBe(english);
        // Every number stays ("10:00" may become "klo 10"; a date may gain its month, 12.10.).
        const kept = digits(t[locale]);
        expect(
          digits(english).filter((d) => d !== '00' && !kept.includes(d)),
          `${locale}: ${english} → ${t[locale]}`,
        ).toEqual([]);
      }
    }
  });

  it('keep measure names unique per language, as in English (counterweight pairs are found by name)', () => {
    const names = DEMO_GOALS.flatMap((g) => g.measures.map((m) => m.name));
    for (const locale of DEMO_TEXT_LOCALES)
      expect(new Set(names.map((n) => demoText(locale, n))).size).toBe(new Set(names).size);
  });

  it('refuse a text without a translation, and leave English as it is', () => {
    expect(demoText('en', 'Sales')).toBe('Sales');
    expect(demoText('fi', 'Sales')).toBe('Myynti');
    expect(() => demoText('nb', 'Not in the demo')).toThrow(/no nb translation/);
  });
});

describe('the glossary', () => {
  const catalogs = { en, sv, fi, nb } as const;
  it('says exactly what each catalog shows for the term', () => {
    for (const [term, entry] of Object.entries(GLOSSARY)) {
      for (const locale of GLOSSARY_LOCALES) {
        const shownText = entry.at.split('.').reduce<unknown>((node, key) => (node as Tree)[key], catalogs[locale]);
        expect(shownText, `${term} in ${locale} (${entry.at})`).toBe(entry[locale]);
      }
    }
  });
});
