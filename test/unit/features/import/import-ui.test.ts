// The import page's saved mappings and the export links: pure helpers of the UI.
import { describe, expect, it } from 'vitest';
import { mappingKey, savedMapping, saveMapping } from '../../../../src/features/import/mapping-memory.ts';
import { exportHref } from '../../../../src/client/export-link.ts';
import { importMessage } from '../../../../src/features/import/messages.ts';
import { en } from '../../../../src/i18n/en.ts';
import { sv } from '../../../../src/i18n/sv.ts';
import { fi } from '../../../../src/i18n/fi.ts';
import { nb } from '../../../../src/i18n/nb.ts';
import type { Messages } from '../../../../src/i18n/en.ts';

const CATALOGS = { en: en as unknown as Messages, sv, fi, nb };
const messages = (l: keyof typeof CATALOGS) => CATALOGS[l];

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    size: () => m.size,
  };
};

describe('saved import mappings', () => {
  it('are keyed by the kind and the header row in order', () => {
    expect(mappingKey('goals', ['Mål', 'Ägare'])).toBe(mappingKey('goals', [' Mål', 'Ägare ']));
    expect(mappingKey('goals', ['Mål', 'Ägare'])).not.toBe(mappingKey('goals', ['Ägare', 'Mål']));
    expect(mappingKey('goals', ['Mål'])).not.toBe(mappingKey('checkIns', ['Mål']));
  });
  it('come back for the same headers only, and only when they still fit', () => {
    const store = memory();
    saveMapping(store, 'goals', ['Avdelning', 'Mål', 'Frekvens'], ['department', 'goalTitle', null]);
    const known = ['department', 'goalTitle', 'frequency'];
    expect(savedMapping(store, 'goals', ['Avdelning', 'Mål', 'Frekvens'], known)).toEqual([
      'department',
      'goalTitle',
      null,
    ]);
    expect(savedMapping(store, 'goals', ['Avdelning', 'Mål'], known)).toBeNull();
    expect(savedMapping(store, 'checkIns', ['Avdelning', 'Mål', 'Frekvens'], known)).toBeNull();
    // A field this version no longer has: the saved mapping is ignored rather than sent.
    expect(savedMapping(store, 'goals', ['Avdelning', 'Mål', 'Frekvens'], ['department'])).toBeNull();
    store.setItem(mappingKey('goals', ['A']), '{not json');
    expect(savedMapping(store, 'goals', ['A'], known)).toBeNull();
  });
});

describe('export links', () => {
  it('carry the format, the CSV flavour, language, day and the non-empty filters', () => {
    const href = exportHref('goals', {
      format: 'csv',
      csv: 'english',
      lang: 'sv',
      today: '2027-03-31',
      filters: { departmentId: 'd1', period: '2027-Q1', measureId: '' },
    });
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/api/export/goals');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'csv',
      csv: 'english',
      lang: 'sv',
      today: '2027-03-31',
      departmentId: 'd1',
      period: '2027-Q1',
    });
  });
  it('default CSV to the local Excel, and leave the flavour out of XLSX', () => {
    expect(
      new URL(exportHref('due', { format: 'csv', lang: 'fi', today: '2027-01-02' }), 'http://x').searchParams.get(
        'csv',
      ),
    ).toBe('local');
    expect(
      new URL(
        exportHref('audit', { format: 'xlsx', lang: 'nb', today: '2027-01-02', filters: { action: 'delete' } }),
        'http://x',
      ).searchParams.has('csv'),
    ).toBe(false);
    expect(
      exportHref('audit', { format: 'xlsx', lang: 'en', today: '2027-01-02', filters: { action: 'delete' } }),
    ).toContain('action=delete');
  });
});

describe('bad-row messages', () => {
  it('speak the page’s language, with the row’s values', () => {
    expect(
      importMessage(messages('sv'), { code: 'import.notDate', params: { example: '31.3.2027' }, message: '' }),
    ).toBe('Inte ett datum i formatet 31.3.2027.');
    expect(
      importMessage(messages('fi'), { code: 'import.noColumn', params: { field: 'goalTitle' }, message: '' }),
    ).toBe('Mitään saraketta ei tuoda kenttään ”Tavoite”, jota tämäntyyppinen tiedosto tarvitsee.');
    expect(importMessage(messages('nb'), { code: 'import.conflictMeasure', params: { row: 4 }, message: '' })).toBe(
      'Rad 4 beskriver allerede denne indikatoren for målet.',
    );
    expect(importMessage(messages('en'), { code: 'import.someday', params: {}, message: 'As the server says.' })).toBe(
      'As the server says.',
    );
  });
  it('exist in every language for every code the import sends', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('../../../../src/server/import.ts', import.meta.url), 'utf8'),
    );
    const codes = [...new Set([...source.matchAll(/'(import\.[a-zA-Z]+)'/g)].map((m) => m[1]!))];
    expect(codes.length).toBeGreaterThan(15);
    const params = {
      example: 'zq1',
      value: 'zq2',
      choices: 'zq3',
      name: 'zq4',
      department: 'zq5',
      id: 'zq6',
      title: 'zq7',
      row: 3,
      field: 'owner',
      message: 'Required.',
    };
    for (const locale of ['en', 'sv', 'fi', 'nb'] as const)
      for (const code of codes)
        expect(importMessage(messages(locale), { code, params, message: 'FALLBACK' }), `${locale} ${code}`).not.toBe(
          'FALLBACK',
        );
  });
});
