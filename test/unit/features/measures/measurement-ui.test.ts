// The measurement UI's pure parts: the KPI library's groups, search and form defaults; the
// check-in form's live preview; the influence circle's geometry.
import { describe, expect, test } from 'vitest';
import { KPI_LIBRARY, libraryMeasureDefaults } from '../../../../src/domain/kpi-library.ts';
import { KPI_KEYS } from '../../../../src/domain/measurement-terms.ts';
import { en } from '../../../../src/i18n/en.ts';
import { sv } from '../../../../src/i18n/sv.ts';
import { measureInput } from '../../../../src/domain/schemas.ts';
import {
  GROUP_OF,
  LIBRARY_GROUPS,
  draftFromLibrary,
  fold,
  searchLibrary,
} from '../../../../src/features/measures/library-groups.ts';
import { previewSample, sampleModes, type MeasureSampling } from '../../../../src/features/measures/sample-preview.ts';
import { spread } from '../../../../src/features/measures/quality-spread.ts';
import { qualitySpread } from '../../../../src/domain/measurement.ts';
import {
  PILL,
  RING_LABEL,
  choose,
  layoutCircle,
  packRing,
  truncate,
  wrapLabel,
  type Point,
} from '../../../../src/features/influence/influence-layout.ts';

describe('KPI library in the measure form', () => {
  test('every library entry sits in exactly one non-empty group', () => {
    expect(Object.keys(GROUP_OF).sort()).toEqual([...KPI_KEYS].sort());
    for (const g of LIBRARY_GROUPS) expect(KPI_KEYS.filter((k) => GROUP_OF[k] === g).length, g).toBeGreaterThan(0);
  });

  test('search by name in the reader’s language, every word, accents folded', () => {
    const keys = (q: string, locale: 'en' | 'sv') =>
      searchLibrary(KPI_LIBRARY, q, { en, sv }[locale].kpi).flatMap((g) => g.entries.map((e) => e.key));
    expect(keys('', 'en')).toHaveLength(KPI_LIBRARY.length);
    expect(keys('handling', 'en')).toEqual(['aht']);
    expect(keys('handl', 'en')).toEqual(['aht', 'contacts_per_hour']); // AHT and contacts handled per hour
    expect(keys('hanteringstid', 'sv')).toEqual(['aht']);
    expect(keys('handling', 'sv')).toEqual([]); // Swedish readers search Swedish names
    expect(keys('kundnojdhet', 'sv')).toEqual(['csat']); // ö typed as o
    expect(keys('transfers expert', 'en')).toEqual(['expert_transfers']);
    expect(keys('  NPS ', 'en')).toContain('nps');
    expect(fold('Åtgärd ÖVER')).toBe('atgard over');
    // Groups come in their fixed order.
    expect(searchLibrary(KPI_LIBRARY, '', en.kpi).map((g) => g.group)).toEqual([...LIBRARY_GROUPS]);
  });

  test('the form starts from exactly what the server fills in, in both languages', () => {
    for (const entry of KPI_LIBRARY)
      for (const m of [en, sv])
        expect(draftFromLibrary(entry, m.kpi[entry.key]), entry.key).toEqual(
          libraryMeasureDefaults(entry, m.kpi[entry.key]),
        );
  });

  test('a library draft with the organisation’s baseline, target and dates is a valid measure', () => {
    const aht = KPI_LIBRARY.find((k) => k.key === 'aht')!;
    const ok = measureInput.safeParse({
      ...draftFromLibrary(aht, sv.kpi.aht),
      baseline: 420,
      target: 360,
      baselineDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
    expect(ok.success).toBe(true);
    expect(ok.data).toMatchObject({
      libraryKey: 'aht',
      unit: 's',
      direction: 'decrease',
      influence: 'partial',
      name: 'Genomsnittlig hanteringstid (AHT)',
    });
    // Service level: "80 % within 20 s" — both numbers come with it.
    const sl = draftFromLibrary(
      KPI_LIBRARY.find((k) => k.key === 'service_level')!,
      en.kpi.service_level,
    );
    expect(sl).toMatchObject({ target: 80, thresholdSeconds: 20, direction: 'keep_above', unit: '%' });
  });
});

describe('check-in preview', () => {
  const npsMeasure: MeasureSampling = { unit: 'score', survey: true, sampleKind: 'nps', minSample: 30 };
  const share: MeasureSampling = { unit: '%', survey: true, sampleKind: 'share', minSample: 30 };
  const plain: MeasureSampling = { unit: 's', survey: false, sampleKind: null, minSample: 30 };

  test('the form asks for what the measure is read from', () => {
    expect(sampleModes(npsMeasure, true)).toEqual(['nps']); // never per segment, never typed
    expect(sampleModes(share, false)).toEqual(['kOfN', 'valueN']);
    expect(sampleModes(share, true)).toEqual(['kOfN', 'valueN', 'segments']);
    expect(sampleModes({ ...share, sampleKind: 'score' }, false)).toEqual(['valueN']);
    expect(sampleModes(plain, false)).toEqual(['plain']);
    expect(sampleModes(plain, true)).toEqual(['plain', 'segments']);
  });

  test('NPS from counts: 25/15/10 → 30 ± 21.6 on 50 answers', () => {
    const p = previewSample(npsMeasure, 'nps', { promoters: 25, passives: 15, detractors: 10 });
    expect(p.value).toBe(30);
    expect(p.n).toBe(50);
    // 1.96 · √((0.5 + 0.2 − 0.3²) / 50) = 0.216489 → 21.65 points.
    expect(p.margin).toBeCloseTo(21.649, 3);
    expect(p.interval!.low).toBeCloseTo(8.351, 3);
    expect(p.interval!.high).toBeCloseTo(51.649, 3);
    expect(p.belowMin).toBe(false);
  });

  test('12 answers are below the minimum of 30; a change of 5 on 40 answers is within noise', () => {
    expect(previewSample(npsMeasure, 'nps', { promoters: 6, passives: 4, detractors: 2 }).belowMin).toBe(true);
    // Previous 30 ± 22 (8.4…51.6); now 35 from 40 answers overlaps it.
    const p = previewSample(
      npsMeasure,
      'nps',
      { promoters: 20, passives: 14, detractors: 6 },
      { low: 8.35, high: 51.65 },
    );
    expect(p.value).toBe(35);
    expect(p.withinNoise).toBe(true);
    // A jump to +90 on 50 answers does not overlap.
    expect(
      previewSample(npsMeasure, 'nps', { promoters: 46, passives: 3, detractors: 1 }, { low: 8.35, high: 51.65 })
        .withinNoise,
    ).toBe(false);
  });

  test('incomplete or impossible input gives no value', () => {
    expect(previewSample(npsMeasure, 'nps', { promoters: 3, passives: null, detractors: 1 }).value).toBeNull();
    expect(previewSample(npsMeasure, 'nps', { promoters: 0, passives: 0, detractors: 0 }).value).toBeNull();
    expect(previewSample(npsMeasure, 'nps', { promoters: 2.5, passives: 1, detractors: 1 }).value).toBeNull();
    expect(previewSample(share, 'kOfN', { successes: 11, sampleSize: 10 }).value).toBeNull();
    expect(previewSample(share, 'kOfN', { successes: 3, sampleSize: null }).value).toBeNull();
  });

  test('k of n: the share and its Wilson interval in per cent', () => {
    const none = previewSample(share, 'kOfN', { successes: 0, sampleSize: 10 });
    expect(none.value).toBe(0);
    expect(none.interval!.low).toBe(0);
    expect(none.interval!.high).toBeCloseTo(27.754, 2); // z² / (n + z²) = 3.8416 / 13.8416
    const p = previewSample(share, 'kOfN', { successes: 3, sampleSize: 10 });
    expect(p.value).toBe(30);
    expect(p.interval!.low).toBeCloseTo(10.7789, 3);
    expect(p.interval!.high).toBeCloseTo(60.3227, 3);
    expect(p.belowMin).toBe(true);
  });

  test('a typed share with n gets the same interval as k of n; a plain value none', () => {
    expect(previewSample(share, 'valueN', { value: 30, sampleSize: 10 }).interval!.low).toBeCloseTo(10.7789, 3);
    const sec = previewSample(plain, 'plain', { value: 380 });
    expect(sec).toMatchObject({ value: 380, interval: null, withinNoise: null, belowMin: false });
  });

  test('segments: the volume-weighted mean', () => {
    // (400·100 + 300·50) / 150 = 55 000 / 150 = 366.67 s
    const p = previewSample(plain, 'segments', {
      segments: [
        { value: 400, volume: 100 },
        { value: 300, volume: 50 },
        { value: null, volume: 10 },
      ],
    });
    expect(p.value).toBeCloseTo(366.667, 3);
    expect(previewSample(plain, 'segments', { segments: [{ value: 400, volume: 0 }] }).value).toBeNull();
  });
});

describe('quality balance', () => {
  test('counts each level once per measure, the untagged, the missing levels and the rings', () => {
    const s = spread([
      { qualityLevels: ['technical'], influence: 'partial' },
      { qualityLevels: ['technical', 'access', 'technical'], influence: 'direct' },
      { qualityLevels: [], influence: 'none' },
    ]);
    expect(s).toEqual({
      total: 3,
      levels: { technical: 2, spirit: 0, access: 1 },
      influence: { direct: 1, partial: 1, none: 1 },
      untagged: 1,
      missing: ['spirit'],
    });
    // The same counts as the API's (GET /api/quality-levels).
    const api = qualitySpread([
      { qualityLevels: ['technical'], influence: 'partial' },
      { qualityLevels: ['technical', 'access', 'technical'], influence: 'direct' },
      { qualityLevels: [], influence: 'none' },
    ]);
    expect({
      total: api.measures,
      levels: api.levels,
      influence: api.influence,
      untagged: api.untagged,
      missing: api.missing,
    }).toEqual(s);
  });
});

describe('influence circle geometry', () => {
  const corners = (p: Point) =>
    [-1, 1].flatMap((sx) => [-1, 1].map((sy) => ({ x: p.x + (sx * PILL.width) / 2, y: p.y + (sy * PILL.height) / 2 })));
  /** Distance from the centre to the nearest point of a pill. */
  const nearest = (p: Point) => {
    const dx = Math.max(0, Math.abs(p.x) - PILL.width / 2);
    const dy = Math.max(0, Math.abs(p.y) - PILL.height / 2);
    return Math.hypot(dx, dy);
  };
  const overlaps = (a: Point, b: Point) => Math.abs(a.x - b.x) < PILL.width && Math.abs(a.y - b.y) < PILL.height;

  function checkRing(inner: number, outer: number, slots: Point[]) {
    for (const p of slots) {
      for (const c of corners(p)) expect(Math.hypot(c.x, c.y), 'inside the outer circle').toBeLessThanOrEqual(outer);
      if (inner > 0) expect(nearest(p), 'clear of the inner circle').toBeGreaterThanOrEqual(inner);
      // The ring's label at its top stays readable.
      const labelTop = -outer + PILL.margin;
      const hitsLabel =
        Math.abs(p.x) < PILL.width / 2 + RING_LABEL.width / 2 &&
        p.y - PILL.height / 2 < labelTop + RING_LABEL.height &&
        p.y + PILL.height / 2 > labelTop;
      expect(hitsLabel, 'clear of the ring label').toBe(false);
    }
    for (let i = 0; i < slots.length; i++)
      for (let j = i + 1; j < slots.length; j++) expect(overlaps(slots[i]!, slots[j]!)).toBe(false);
  }

  test('pills sit wholly inside their ring, clear of the inner ring, the label and each other', () => {
    checkRing(0, 150, packRing(0, 150));
    checkRing(150, 260, packRing(150, 260));
    checkRing(260, 400, packRing(260, 400));
    expect(packRing(0, 200).length).toBeGreaterThan(3);
  });

  test('rings grow until their measures fit, one slot per measure', () => {
    for (const counts of [
      [0, 0, 0],
      [1, 1, 1],
      [4, 9, 6],
      [12, 3, 25],
      [30, 30, 30],
    ]) {
      const l = layoutCircle(counts);
      expect(l.slots.map((s) => s.length)).toEqual(counts);
      expect(l.radii).toHaveLength(3);
      for (let i = 1; i < 3; i++) expect(l.radii[i]!).toBeGreaterThan(l.radii[i - 1]!);
      l.slots.forEach((s, i) => checkRing(i === 0 ? 0 : l.radii[i - 1]!, l.radii[i]!, s));
      expect(l.extent).toBeGreaterThan(l.radii[2]!);
    }
    // The huddle view draws two rings.
    expect(layoutCircle([3, 5]).radii).toHaveLength(2);
  });

  test('few measures spread around a ring instead of crowding its top, in reading order', () => {
    const free = packRing(200, 320);
    const picked = choose(free, 4, false);
    expect(picked.some((p) => p.y > 0) && picked.some((p) => p.y < 0)).toBe(true);
    expect([...picked].sort((a, b) => a.y - b.y || a.x - b.x)).toEqual(picked);
    // The inner disc fills from its middle.
    expect(Math.abs(choose(packRing(0, 200), 1, true)[0]!.y)).toBeLessThanOrEqual(PILL.pitch);
  });

  test('long names are cut with an ellipsis', () => {
    expect(truncate('First-contact resolution (FCR)', 19)).toBe('First-contact reso…');
    expect([...truncate('First-contact resolution (FCR)', 19)]).toHaveLength(19);
    expect(truncate('NPS', 19)).toBe('NPS');
  });
});

describe('influence circle labels', () => {
  test('names wrap between words onto two lines; what does not fit ends with an ellipsis', () => {
    expect(wrapLabel('Answer rate', 24)).toEqual(['Answer rate']);
    expect(wrapLabel('First-contact resolution (FCR)', 24)).toEqual(['First-contact resolution', '(FCR)']);
    expect(wrapLabel('First-contact resolution (FCR)', 20)).toEqual(['First-contact', 'resolution (FCR)']);
    expect(wrapLabel('Customer satisfaction after the contact (CSAT)', 24)).toEqual([
      'Customer satisfaction',
      'after the contact (CSAT)',
    ]);
    const long = wrapLabel('Listened calls where the whole situation was mapped', 24);
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith('…')).toBe(true);
    expect(long.every((l) => [...l].length <= 24)).toBe(true);
    expect(wrapLabel('Supercalifragilisticexpialidocious-measure', 10)).toEqual(['Supercali…']);
  });
});
