// The built-in library of customer-service measures (issue 4): typed data in the code, its texts
// in English here; every other language module has them by library key (`kpi`, typed by
// KpiTexts). Creating a measure from a library entry fills its fields; the user can change any of
// them. Pure data and lookups, no I/O.
import type { Direction, Frequency, Unit } from './schemas.ts';
import type { Influence, KpiKey, QualityLevel, SampleKind } from './measurement-terms.ts';

/** The texts of one library entry in one language. */
export interface KpiTexts {
  name: string;
  definition: string;
  formula: string;
  dataSource: string;
  gamingRisk: string | null;
}

export interface KpiDefinition {
  /** Stable identifier, stored on measures created from this entry (`libraryKey`). */
  key: KpiKey;
  name: string;
  /** What the measure is, in one or two sentences. */
  definition: string;
  /** How it is computed, in words. */
  formula: string;
  /** Where the numbers usually come from. */
  dataSource: string;
  unit: Unit;
  /** The usual direction of a goal on this measure (lower is better → decrease / keep_below). */
  direction: Direction;
  /** How often it is typically followed up. */
  frequency: Frequency;
  /** Default ring of the influence circle: can the front line move it directly, partly, or not? */
  influence: Influence;
  qualityLevels: readonly QualityLevel[];
  /** Sample-based (a survey or sampled contacts): every check-in must record n. */
  survey: boolean;
  /** Which statistics apply (NPS margin, Wilson interval for a share, none for a mean score). */
  sampleKind: SampleKind | null;
  /** A common target level in the industry, used as the default of a "keep above/below" guard. */
  typicalTarget: number | null;
  /** Service level only: the answer threshold in seconds ("80 % within 20 s"). */
  thresholdSeconds: number | null;
  /** Library keys of the measures that keep this one honest. */
  counterweights: readonly KpiKey[];
  /** Easy to game when measured alone: a goal measuring it without a counterweight gets a warning. */
  gameable: boolean;
  /** How it is gamed when measured alone, and what the counterweight catches. */
  gamingRisk: string | null;
}

export const KPI_LIBRARY: readonly KpiDefinition[] = [
  {
    key: 'aht',
    name: 'Average handling time (AHT)',
    definition: 'The average time one handled contact takes: talk (or writing) time, hold time and after-contact work.',
    formula: '(total talk time + total hold time + total after-contact work) ÷ number of handled contacts.',
    dataSource: 'The telephony/ACD or contact-centre platform, per queue and per agent.',
    unit: 's',
    direction: 'decrease',
    frequency: 'weekly',
    influence: 'partial',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: ['fcr', 'csat'],
    gameable: true,
    gamingRisk:
      'Contacts can be cut short or the customer rushed; the time saved comes back as repeat contacts. Follow it with first-contact resolution or CSAT.',
  },
  {
    key: 'after_contact_work',
    name: 'After-contact work (ACW)',
    definition:
      'The average time an agent spends finishing a contact after the customer has gone: notes, forms, follow-up tasks.',
    formula: 'Total after-contact work time ÷ number of handled contacts.',
    dataSource: 'The ACD "wrap-up" or "not ready after call" state in the telephony/contact-centre platform.',
    unit: 's',
    direction: 'decrease',
    frequency: 'weekly',
    influence: 'direct',
    qualityLevels: ['technical', 'access'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: ['qa_compliance'],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'service_level',
    name: 'Service level',
    definition:
      'The share of offered contacts answered within a threshold, e.g. "80 % within 20 s". The threshold and the target share are both part of the measure.',
    formula:
      'Contacts answered within the threshold ÷ contacts offered × 100. Abandoned contacts count as offered and not answered in time; state it if very short abandons are left out.',
    dataSource: 'The telephony/ACD queue statistics (per interval, queue and channel).',
    unit: '%',
    direction: 'keep_above',
    frequency: 'daily',
    influence: 'partial',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: 'share',
    typicalTarget: 80,
    thresholdSeconds: 20,
    counterweights: ['abandonment_rate', 'fcr'],
    gameable: true,
    gamingRisk:
      'Answering fast is easy to reach by hurrying customers off the line so the next call is answered, or by leaving abandoned calls out. Follow it with abandonment and first-contact resolution.',
  },
  {
    key: 'answer_rate',
    name: 'Answer rate',
    definition: 'The share of offered contacts that reach an agent at all.',
    formula: 'Answered contacts ÷ offered contacts × 100.',
    dataSource: 'The telephony/ACD queue statistics.',
    unit: '%',
    direction: 'increase',
    frequency: 'daily',
    influence: 'none',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: 'share',
    typicalTarget: 80,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'abandonment_rate',
    name: 'Abandonment rate',
    definition:
      'The share of offered contacts where the customer hangs up or leaves the queue before reaching an agent.',
    formula:
      'Abandoned contacts ÷ offered contacts × 100 (state whether abandons within the first few seconds are excluded).',
    dataSource: 'The telephony/ACD queue statistics; chat platforms report abandoned chats the same way.',
    unit: '%',
    direction: 'decrease',
    frequency: 'daily',
    influence: 'none',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: 'share',
    typicalTarget: 5,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'asa',
    name: 'Average speed of answer (ASA)',
    definition: 'The average time answered customers waited in the queue before reaching an agent.',
    formula:
      'Total waiting time of answered contacts ÷ number of answered contacts. Customers who gave up are not in it.',
    dataSource: 'The telephony/ACD queue statistics.',
    unit: 's',
    direction: 'decrease',
    frequency: 'daily',
    influence: 'partial',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: null,
    typicalTarget: 30,
    thresholdSeconds: null,
    counterweights: ['abandonment_rate', 'fcr'],
    gameable: true,
    gamingRisk:
      'ASA counts only the customers who were answered: it improves when the ones who waited longest give up, and when calls are rushed. Follow it with abandonment and first-contact resolution.',
  },
  {
    key: 'fcr',
    name: 'First-contact resolution (FCR)',
    definition:
      "The share of contacts that resolve the customer's matter in the first contact, with no repeat contact about the same matter within a set window (e.g. 7 days).",
    formula:
      'Contacts without a repeat contact on the same matter within the window ÷ all handled contacts × 100; or "yes" answers to "Was your matter resolved?" ÷ all answers × 100.',
    dataSource: 'The case or CRM system (repeat contacts by customer and reason), or a short survey after the contact.',
    unit: '%',
    direction: 'increase',
    frequency: 'monthly',
    influence: 'direct',
    qualityLevels: ['spirit', 'access'],
    survey: false,
    sampleKind: 'share',
    typicalTarget: 80,
    thresholdSeconds: null,
    counterweights: ['aht'],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'csat',
    name: 'Customer satisfaction (CSAT)',
    definition:
      'The share of surveyed customers who answer 4 or 5 on a 1–5 satisfaction question sent right after the contact.',
    formula: 'Answers 4–5 ÷ all answers × 100 (k of n).',
    dataSource:
      'A post-contact survey (SMS, e-mail or IVR) linked to the contact, so answers can be split by channel and team.',
    unit: '%',
    direction: 'increase',
    frequency: 'monthly',
    influence: 'direct',
    qualityLevels: ['technical', 'spirit'],
    survey: true,
    sampleKind: 'share',
    typicalTarget: 80,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'nps',
    name: 'Net Promoter Score (NPS)',
    definition:
      'How likely customers are to recommend us, asked on a 0–10 scale: promoters answer 9–10, passives 7–8, detractors 0–6.',
    formula:
      '% promoters − % detractors, from −100 to +100. Its 95 % margin of error is 1.96 · √((p + d − (p − d)²) ÷ n) with p and d as shares.',
    dataSource:
      'A survey by e-mail or SMS some days after the contact or purchase; record the number of promoters, passives and detractors.',
    unit: 'score',
    direction: 'increase',
    frequency: 'quarterly',
    influence: 'partial',
    qualityLevels: ['technical', 'spirit'],
    survey: true,
    sampleKind: 'nps',
    typicalTarget: 30,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'ces',
    name: 'Customer effort score (CES)',
    definition:
      'How easy customers found it to get their matter handled, as the mean answer to "The company made it easy for me to handle my issue" on a 1–7 scale (7 = strongly agree).',
    formula: 'Sum of the answers ÷ number of answers (a mean score; record n with it).',
    dataSource: 'A one-question survey right after the contact.',
    unit: 'score',
    direction: 'increase',
    frequency: 'monthly',
    influence: 'partial',
    qualityLevels: ['access', 'technical'],
    survey: true,
    sampleKind: 'score',
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'contacts_per_hour',
    name: 'Contacts handled per hour',
    definition:
      'How many contacts an agent or team handles per logged-in hour. Better suited to outbound work and team planning than to judging individuals.',
    formula: 'Handled contacts ÷ logged-in (available + busy) hours.',
    dataSource: 'The contact-centre platform: handled contacts and agent state times.',
    unit: 'count',
    direction: 'increase',
    frequency: 'daily',
    influence: 'direct',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: ['csat', 'qa_compliance'],
    gameable: true,
    gamingRisk:
      'More contacts per hour is easy to reach by rushing or by picking easy contacts; quality falls first. Follow it with CSAT or quality-assurance compliance.',
  },
  {
    key: 'upsell_value',
    name: 'Upsell and cross-sell value',
    definition:
      'The value added by offering a relevant add-on or upgrade in service contacts, per customer relationship.',
    formula:
      'Order value of add-ons and upgrades sold in service contacts ÷ number of customer relationships (or handled contacts) in the period.',
    dataSource: 'The order or CRM system, with sales tagged to the service contact.',
    unit: 'currency',
    direction: 'increase',
    frequency: 'monthly',
    influence: 'direct',
    qualityLevels: ['spirit'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: ['csat', 'complaints'],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'enps',
    name: 'Employee satisfaction (eNPS)',
    definition:
      'How likely employees are to recommend the workplace, on a 0–10 scale: promoters 9–10, passives 7–8, detractors 0–6.',
    formula: '% promoters − % detractors, from −100 to +100; read it with the number of answers.',
    dataSource: 'An anonymous pulse survey of all staff.',
    unit: 'score',
    direction: 'increase',
    frequency: 'quarterly',
    influence: 'partial',
    qualityLevels: ['technical'],
    survey: true,
    sampleKind: 'nps',
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'phone_queue',
    name: 'Phone queue',
    definition:
      'The number of callers waiting in the queue, e.g. at the daily peak or as an average over the opening hours.',
    formula: 'Callers in the queue at the chosen time (or the average of interval snapshots).',
    dataSource: 'The telephony/ACD real-time and interval statistics.',
    unit: 'count',
    direction: 'decrease',
    frequency: 'daily',
    influence: 'partial',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'email_backlog',
    name: 'E-mail backlog',
    definition: 'The number of customer e-mails (or web forms) not yet answered.',
    formula: 'Open, unanswered e-mail cases at the time of measuring.',
    dataSource: 'The case or e-mail handling system.',
    unit: 'count',
    direction: 'decrease',
    frequency: 'daily',
    influence: 'partial',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: ['email_backlog_age'],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'email_backlog_age',
    name: 'E-mail backlog age',
    definition: 'How long the unanswered e-mails have waited: the age of the oldest one, or the average age.',
    formula: 'Now − arrival time of the oldest open e-mail (or the mean over all open e-mails), in hours.',
    dataSource: 'The case or e-mail handling system.',
    unit: 'h',
    direction: 'decrease',
    frequency: 'daily',
    influence: 'partial',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: ['email_backlog'],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'unnecessary_transfers',
    name: 'Unnecessary transfers',
    definition:
      'Transfers the receiving team marks as "could have been solved at first line". Each one makes the customer wait twice.',
    formula: 'Number of transfers marked unnecessary in the period (or ÷ handled contacts × 100 as a rate).',
    dataSource: 'Transfer codes in the telephony or case system, set by the receiving team.',
    unit: 'count',
    direction: 'decrease',
    frequency: 'monthly',
    influence: 'direct',
    qualityLevels: ['spirit', 'access'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: ['expert_transfers'],
    gameable: true,
    gamingRisk:
      'Counting transfers alone rewards agents for keeping matters they should pass on. Pair "cut unnecessary transfers" with "raise beneficial transfers to experts" over the same period.',
  },
  {
    key: 'expert_transfers',
    name: 'Transfers to experts',
    definition:
      'Transfers the expert team marks as "right to send here": complex matters that reach the person who can solve them in the same contact.',
    formula: 'Number of transfers marked beneficial by the expert team in the period.',
    dataSource: 'Transfer codes in the telephony or case system, set by the expert team.',
    unit: 'count',
    direction: 'increase',
    frequency: 'monthly',
    influence: 'direct',
    qualityLevels: ['spirit'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: ['unnecessary_transfers'],
    gameable: true,
    gamingRisk:
      'Raising transfers to experts alone rewards passing on matters the first line could solve. Follow it with unnecessary transfers.',
  },
  {
    key: 'complaints',
    name: 'Complaints',
    definition:
      'Complaints received from customers in every channel. Many start outside customer service (wrong invoices, orders or deliveries).',
    formula: 'Number of cases registered as complaints in the period, tagged by cause.',
    dataSource: 'The case or CRM system (complaint category and cause code).',
    unit: 'count',
    direction: 'decrease',
    frequency: 'monthly',
    influence: 'none',
    qualityLevels: ['technical'],
    survey: false,
    sampleKind: null,
    typicalTarget: null,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
  {
    key: 'qa_compliance',
    name: 'Quality-assurance compliance',
    definition:
      "The share of sampled contacts (listened calls, read e-mails and chats) in which the agent followed every practice on the goal's quality-assurance form.",
    formula: 'Sampled contacts that met every practice ÷ contacts sampled × 100 (k of n).',
    dataSource:
      'Call listening and content monitoring with the quality-assurance form, spread over agents, channels and times of day.',
    unit: '%',
    direction: 'increase',
    frequency: 'monthly',
    influence: 'direct',
    qualityLevels: ['spirit'],
    survey: true,
    sampleKind: 'share',
    typicalTarget: 90,
    thresholdSeconds: null,
    counterweights: [],
    gameable: false,
    gamingRisk: null,
  },
];

const BY_KEY: ReadonlyMap<string, KpiDefinition> = new Map(KPI_LIBRARY.map((k) => [k.key, k]));

/** The library entry with this key, or undefined. */
export function findKpi(key: string): KpiDefinition | undefined {
  return BY_KEY.get(key);
}

/** The library entry with this key (the key is known to be valid). */
export function kpi(key: KpiKey): KpiDefinition {
  const k = BY_KEY.get(key);
  if (!k) throw new Error(`No KPI library entry ${key}`);
  return k;
}

/** Whether a higher value is better for this direction. */
export const higherIsBetter = (d: Direction) => d === 'increase' || d === 'keep_above';

/** The English texts of every entry, by key: the `kpi` of src/i18n/en.ts, the contract of the other languages. */
export const KPI_TEXTS_EN = Object.fromEntries(
  KPI_LIBRARY.map((k) => [
    k.key,
    { name: k.name, definition: k.definition, formula: k.formula, dataSource: k.dataSource, gamingRisk: k.gamingRisk },
  ]),
) as Record<KpiKey, KpiTexts>;

/** A library entry's texts in a language and how that language words a counterweight's purpose. */
export interface KpiLanguage {
  texts: KpiTexts;
  guardPurpose: (measureName: string, definition: string) => string;
}

/**
 * The measure fields a library entry fills, with its texts in the reader's language. Baseline, target and dates
 * belong to the organisation and are left to the user, except the target of a "keep above/below"
 * entry (service level: 80 % within 20 s), which is the entry's typical level.
 */
export function libraryMeasureDefaults(entry: KpiDefinition, texts: KpiTexts = entry) {
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
    ...((entry.direction === 'keep_above' || entry.direction === 'keep_below') && entry.typicalTarget !== null
      ? { target: entry.typicalTarget }
      : {}),
  };
}

/**
 * A counterweight created in one click: a guard that keeps the entry above (or below) its typical
 * level over the same period as the measure it watches. Null fields (no typical level for a count)
 * must come from the user.
 */
export function counterweightGuardDefaults(
  entry: KpiDefinition,
  watched: { name: string; baselineDate: string; targetDate: string; frequency: Frequency },
  lang: KpiLanguage,
) {
  const level = entry.typicalTarget;
  return {
    ...libraryMeasureDefaults(entry, lang.texts),
    purpose: lang.guardPurpose(watched.name, lang.texts.definition),
    frequency: watched.frequency,
    baselineDate: watched.baselineDate,
    targetDate: watched.targetDate,
    ...(level === null
      ? {}
      : {
          direction: higherIsBetter(entry.direction) ? ('keep_above' as const) : ('keep_below' as const),
          baseline: level,
          target: level,
        }),
  };
}
