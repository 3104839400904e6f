// Counts of the overview's quality balance: measures per quality level (a measure counts once per
// level it carries), untagged measures, levels with none, and measures per influence ring. The same
// counts as qualitySpread in src/domain/measurement.ts, kept here so the overview's JavaScript does
// not carry the KPI library's texts that module imports.
import { INFLUENCES, QUALITY_LEVELS, type Influence, type QualityLevel } from '../../domain/measurement-terms.ts';
import type { Measure } from '../../domain/types.ts';

export function spread(measures: readonly Pick<Measure, 'qualityLevels' | 'influence'>[]) {
  const levels = Object.fromEntries(QUALITY_LEVELS.map((l) => [l, 0])) as Record<QualityLevel, number>;
  const influence = Object.fromEntries(INFLUENCES.map((i) => [i, 0])) as Record<Influence, number>;
  let untagged = 0;
  for (const m of measures) {
    if (m.qualityLevels.length === 0) untagged++;
    for (const l of new Set(m.qualityLevels)) levels[l]++;
    influence[m.influence]++;
  }
  return {
    total: measures.length,
    levels,
    influence,
    untagged,
    missing: QUALITY_LEVELS.filter((l) => levels[l] === 0),
  };
}
