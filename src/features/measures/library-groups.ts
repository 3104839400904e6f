// How the KPI library is shown in the "Add measure" flow: grouped by the question each measure
// answers (seed 001: choose the KPI by the question), searchable by name in the reader's language,
// and turned into the measure form's starting values. Pure; the library itself comes from the API.
import type { MeasureDraft } from '../../client/api.ts';
import type { KpiKey } from '../../domain/measurement-terms.ts';
import type { KpiDefinition, KpiTexts } from '../../domain/types.ts';

export const LIBRARY_GROUPS = ['access', 'efficiency', 'resolution', 'voice', 'sales'] as const;
export type LibraryGroup = (typeof LIBRARY_GROUPS)[number];

/** Every library key in exactly one group (checked by a unit test). */
export const GROUP_OF: Record<KpiKey, LibraryGroup> = {
  service_level: 'access',
  answer_rate: 'access',
  abandonment_rate: 'access',
  asa: 'access',
  phone_queue: 'access',
  email_backlog: 'access',
  email_backlog_age: 'access',
  aht: 'efficiency',
  after_contact_work: 'efficiency',
  contacts_per_hour: 'efficiency',
  fcr: 'resolution',
  unnecessary_transfers: 'resolution',
  expert_transfers: 'resolution',
  complaints: 'resolution',
  qa_compliance: 'resolution',
  csat: 'voice',
  nps: 'voice',
  ces: 'voice',
  enps: 'voice',
  upsell_value: 'sales',
};

/** Lower-case, without accents, so "atgard" finds "åtgärd" and "nojd" finds "nöjd". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The entries whose name (in the reader's language, `texts`) contains every word of the query, in library order and
 * grouped. Empty groups are left out; an empty query keeps everything.
 */
export function searchLibrary(
  library: readonly KpiDefinition[],
  query: string,
  texts: Readonly<Record<KpiKey, KpiTexts>>,
): { group: LibraryGroup; entries: KpiDefinition[] }[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hits = library.filter((k) => {
    const name = fold(texts[k.key].name);
    return words.every((w) => name.includes(w));
  });
  return LIBRARY_GROUPS.map((group) => ({ group, entries: hits.filter((k) => GROUP_OF[k.key] === group) })).filter(
    (g) => g.entries.length > 0,
  );
}

/**
 * The measure form's starting values from a library entry, as the server would fill them
 * (src/domain/kpi-library.ts libraryMeasureDefaults): name and purpose in the reader's language,
 * unit, direction, frequency, influence ring, quality levels, sampling and the service-level
 * threshold; the target too when the entry is a "keep above/below" level (80 % within 20 s).
 * Baseline, target and dates belong to the organisation and are left to the user.
 */
export function draftFromLibrary(entry: KpiDefinition, texts: KpiTexts): Partial<MeasureDraft> {
  const keep = entry.direction === 'keep_above' || entry.direction === 'keep_below';
  return {
    libraryKey: entry.key,
    name: texts.name,
    unit: entry.unit,
    direction: entry.direction,
    frequency: entry.frequency,
    purpose: texts.definition,
    influence: entry.influence,
    qualityLevels: [...entry.qualityLevels],
    survey: entry.survey,
    sampleKind: entry.sampleKind,
    thresholdSeconds: entry.thresholdSeconds,
    ...(keep && entry.typicalTarget !== null ? { target: entry.typicalTarget } : {}),
  };
}
