// The vocabulary of customer-service measurement (issue 4), kept apart from the KPI library's
// texts so that the schemas (loaded by every form) can validate against it cheaply.

/** Whether the front line can move a measure: inside the circle, on its edge, or outside (seed 001). */
export const INFLUENCES = ['direct', 'partial', 'none'] as const;
export type Influence = (typeof INFLUENCES)[number];

/** The three levels of quality (seed 003): technical, spirit, easy access to information. */
export const QUALITY_LEVELS = ['technical', 'spirit', 'access'] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];

/**
 * How a measure's value comes from a sample, which decides its statistics:
 * `nps` — computed from promoter/passive/detractor counts, margin in points;
 * `share` — a percentage k of n, Wilson interval;
 * `score` — a mean score (e.g. CES 1–7); n is recorded, no interval is computed.
 */
export const SAMPLE_KINDS = ['nps', 'share', 'score'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

/** Stable keys of the built-in KPI library (src/domain/kpi-library.ts has one entry per key). */
export const KPI_KEYS = [
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
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** The languages the library's texts are written in: every language of LOCALES. */
export { LOCALE_CODES as LIBRARY_LOCALES, type Locale as LibraryLocale } from '../i18n/locales.ts';

/** Default minimum number of answers before a survey value is treated as evidence (seed 002). */
export const DEFAULT_MIN_SAMPLE = 30;
