// The KPI library's integrity: every entry complete in both languages, keys unique and known,
// counterweights pointing at real entries, and the values the schemas accept.
import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../../../src/i18n/en.ts';
import { sv } from '../../../src/i18n/sv.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import type { KpiKey } from '../../../src/domain/measurement-terms.ts';
import {
  KPI_LIBRARY,
  counterweightGuardDefaults,
  findKpi,
  kpi,
  libraryMeasureDefaults,
} from '../../../src/domain/kpi-library.ts';
import { INFLUENCES, KPI_KEYS, QUALITY_LEVELS, SAMPLE_KINDS } from '../../../src/domain/measurement-terms.ts';
import { DIRECTIONS, FREQUENCIES, UNITS, measureInput } from '../../../src/domain/schemas.ts';

const texts = ['name', 'definition', 'formula', 'dataSource'] as const;

describe('KPI library', () => {
  it('has one entry per key, in the order of KPI_KEYS, with unique keys', () => {
    expect(KPI_LIBRARY.map((k) => k.key)).toEqual([...KPI_KEYS]);
    expect(new Set(KPI_LIBRARY.map((k) => k.key)).size).toBe(KPI_LIBRARY.length);
    expect(KPI_LIBRARY.length).toBe(20);
  });

  it('covers the measures the issue names', () => {
    for (const key of [
      'aht',
      'after_contact_work',
      'service_level',
      'answer_rate',
      'abandonment_rate',
      'asa',
      'fcr',
      'csat',
      'nps',
      'ces',
      'contacts_per_hour',
      'upsell_value',
      'enps',
      'phone_queue',
      'email_backlog',
      'email_backlog_age',
      'unnecessary_transfers',
      'expert_transfers',
      'complaints',
      'qa_compliance',
    ])
      expect(findKpi(key), key).toBeDefined();
  });

  it('writes every text in English and in every language module, non-empty and actually translated', async () => {
    for (const l of LOCALES) {
      const kpiTexts = (await l.load()).kpi;
      for (const k of KPI_LIBRARY)
        for (const t of texts) {
          expect(k[t].trim().length, `${k.key}.${t}.en`).toBeGreaterThan(2);
          expect(kpiTexts[k.key][t].trim().length, `${k.key}.${t}.${l.code}`).toBeGreaterThan(2);
          if (t !== 'name' && l.code !== 'en')
            expect(kpiTexts[k.key][t], `${k.key}.${t} is not translated into ${l.code}`).not.toBe(k[t]);
        }
    }
    // Same-named entries are the acronyms Swedish keeps (NPS).
    expect(KPI_LIBRARY.filter((k) => sv.kpi[k.key].name === k.name).map((k) => k.key)).toEqual(['nps']);
  });

  it('uses only valid units, directions, frequencies, influence rings, quality levels and sample kinds', () => {
    for (const k of KPI_LIBRARY) {
      expect(UNITS, k.key).toContain(k.unit);
      expect(DIRECTIONS, k.key).toContain(k.direction);
      expect(FREQUENCIES, k.key).toContain(k.frequency);
      expect(INFLUENCES, k.key).toContain(k.influence);
      expect(k.qualityLevels.length, k.key).toBeGreaterThan(0);
      for (const l of k.qualityLevels) expect(QUALITY_LEVELS, k.key).toContain(l);
      expect(new Set(k.qualityLevels).size).toBe(k.qualityLevels.length);
      if (k.sampleKind !== null) expect(SAMPLE_KINDS, k.key).toContain(k.sampleKind);
    }
  });

  it('points every counterweight at an existing entry other than itself', () => {
    for (const k of KPI_LIBRARY)
      for (const c of k.counterweights) {
        expect(KPI_KEYS, `${k.key} → ${c}`).toContain(c);
        expect(c).not.toBe(k.key);
      }
  });

  it('gives every gameable entry a counterweight and an explanation in both languages', () => {
    const gameable = KPI_LIBRARY.filter((k) => k.gameable).map((k) => k.key);
    expect(gameable).toEqual([
      'aht',
      'service_level',
      'asa',
      'contacts_per_hour',
      'unnecessary_transfers',
      'expert_transfers',
    ]);
    for (const k of KPI_LIBRARY) {
      if (k.gameable) {
        expect(k.counterweights.length, k.key).toBeGreaterThan(0);
        expect(k.gamingRisk?.length, k.key).toBeGreaterThan(20);
        expect(sv.kpi[k.key].gamingRisk?.length, k.key).toBeGreaterThan(20);
      } else expect([k.gamingRisk, sv.kpi[k.key].gamingRisk], k.key).toEqual([null, null]);
    }
  });

  it('pairs the ones the seeds pair: AHT with FCR/CSAT, contacts per hour with CSAT/QA, the two transfers, speed of answer with FCR/abandonment', () => {
    expect(kpi('aht').counterweights).toEqual(['fcr', 'csat']);
    expect(kpi('contacts_per_hour').counterweights).toEqual(['csat', 'qa_compliance']);
    expect(kpi('unnecessary_transfers').counterweights).toEqual(['expert_transfers']);
    expect(kpi('expert_transfers').counterweights).toEqual(['unnecessary_transfers']);
    expect(kpi('asa').counterweights).toEqual(['abandonment_rate', 'fcr']);
  });

  it('marks the survey measures as sample-based with the right statistics and unit', () => {
    const surveys = Object.fromEntries(KPI_LIBRARY.filter((k) => k.survey).map((k) => [k.key, k.sampleKind]));
    expect(surveys).toEqual({ csat: 'share', nps: 'nps', ces: 'score', enps: 'nps', qa_compliance: 'share' });
    for (const k of KPI_LIBRARY) {
      if (k.sampleKind === 'nps') expect(k.unit, k.key).toBe('score');
      if (k.sampleKind === 'share') expect(k.unit, k.key).toBe('%');
    }
  });

  it('makes the service level a compound measure: 80 % within 20 s', () => {
    const sl = kpi('service_level');
    expect(sl).toMatchObject({ unit: '%', direction: 'keep_above', typicalTarget: 80, thresholdSeconds: 20 });
    for (const k of KPI_LIBRARY) if (k.key !== 'service_level') expect(k.thresholdSeconds, k.key).toBeNull();
  });

  it('gives lower-is-better measures a decreasing direction', () => {
    for (const key of [
      'aht',
      'after_contact_work',
      'abandonment_rate',
      'asa',
      'phone_queue',
      'email_backlog',
      'email_backlog_age',
      'unnecessary_transfers',
      'complaints',
    ] as const)
      expect(kpi(key).direction, key).toBe('decrease');
    for (const key of [
      'answer_rate',
      'fcr',
      'csat',
      'nps',
      'contacts_per_hour',
      'upsell_value',
      'enps',
      'expert_transfers',
      'qa_compliance',
    ] as const)
      expect(kpi(key).direction, key).toBe('increase');
  });

  it('fills a valid measure once the organisation adds baseline, target and dates', () => {
    for (const k of KPI_LIBRARY)
      for (const [locale, m] of [
        ['en', en],
        ['sv', sv],
      ] as const) {
        const keep = k.direction === 'keep_above' || k.direction === 'keep_below';
        const down = k.direction === 'decrease';
        const draft = {
          ...libraryMeasureDefaults(k, m.kpi[k.key]),
          baseline: 50,
          baselineDate: '2026-01-01',
          targetDate: '2026-12-31',
          ...(keep ? {} : { target: down ? 40 : 60 }),
        };
        const r = measureInput.safeParse(draft);
        expect(r.success, `${k.key} ${locale}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
        expect(r.data?.name).toBe(m.kpi[k.key].name);
        expect(r.data?.libraryKey).toBe(k.key);
      }
  });

  it('builds a one-click guard for every suggested counterweight that has a typical level', () => {
    const watched = { name: 'AHT', baselineDate: '2026-01-01', targetDate: '2026-06-30', frequency: 'weekly' as const };
    const lang = (m: Messages, key: KpiKey) => ({ texts: m.kpi[key], guardPurpose: m.library.guardPurpose });
    const fcr = counterweightGuardDefaults(kpi('fcr'), watched, lang(sv, 'fcr'));
    expect(fcr).toMatchObject({
      libraryKey: 'fcr',
      direction: 'keep_above',
      baseline: 80,
      target: 80,
      frequency: 'weekly',
      baselineDate: '2026-01-01',
      targetDate: '2026-06-30',
      name: 'Lösning vid första kontakt (FCR)',
    });
    expect(fcr.purpose).toMatch(/^Motvikt till "AHT"/);
    expect(measureInput.safeParse(fcr).success).toBe(true);
    const abandon = counterweightGuardDefaults(kpi('abandonment_rate'), watched, lang(en, 'abandonment_rate'));
    expect(abandon).toMatchObject({ direction: 'keep_below', target: 5 });
    // Transfers have no typical level: the user must give baseline and target.
    expect(
      measureInput.safeParse(counterweightGuardDefaults(kpi('expert_transfers'), watched, lang(en, 'expert_transfers')))
        .success,
    ).toBe(false);
  });
});
