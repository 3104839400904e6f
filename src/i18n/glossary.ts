// The product's terms in every language: one word per concept, used the same way in the UI
// catalog, the problem messages, the KPI library, the export and the demo. Each term names the
// catalog message that shows it (`at`), and test/unit/translations.test.ts checks that the catalog
// says exactly this, so the glossary cannot drift from the pages.
//
// Usage notes, per language:
// - en: "check-in" is a recorded value of a measure (date, value, note); "review" is the meeting
//   and its record; "counterweight" is the measure that keeps another one honest.
// - sv: mått (measure), avstämning (check-in), uppföljning (review), motvikt, påverkanscirkel,
//   arbetssätt (practice); "mål" is always a goal, never a target value (målvärde).
// - fi: mittari (measure); lukema (check-in: the value read at a date), verb "kirjata lukema";
//   katselmointi (review), katselmointikokous (the meeting); vastapaino; vaikutuspiiri;
//   toimintatapa (practice); tavoite is the goal and tavoitetaso its target value; määräpäivä is the
//   due date. Asiakasneuvoja is the agent (seed 003), asiakaspalvelu the contact centre; palvelutaso,
//   vastausaika, käsittelyaika, laatu / tekninen laatu / asenne as in the seeds.
// - nb: mål (goal), delmål, indikator (measure; "mål" is taken by goals), måling (check-in, verb
//   "registrere en måling"), gjennomgang (review), gjennomgangsmøte, tidslinje, motvekt,
//   påvirkningssirkel, arbeidsmåte (practice); utgangsverdi → målverdi; frist (due date); tavlemøte
//   (team huddle); førstelinjen / kundebehandler (front line / agent); kundeservice,
//   kundetilfredshet, servicenivå. "Overføre" is kept for carrying a goal into the next period,
//   so a call transfer is a "viderekobling".
export const GLOSSARY_LOCALES = ['en', 'sv', 'fi', 'nb'] as const;
export type GlossaryLocale = (typeof GLOSSARY_LOCALES)[number];

export interface GlossaryEntry extends Readonly<Record<GlossaryLocale, string>> {
  /** The catalog message (a dotted path into en.ts) that shows the term. */
  readonly at: string;
}

export const GLOSSARY = {
  vision: { at: 'vision.title', en: 'Vision', sv: 'Vision', fi: 'Visio', nb: 'Visjon' },
  department: { at: 'goals.department', en: 'Department', sv: 'Avdelning', fi: 'Osasto', nb: 'Avdeling' },
  goal: { at: 'goals.goal', en: 'Goal', sv: 'Mål', fi: 'Tavoite', nb: 'Mål' },
  subGoal: { at: 'goals.rollUp.kind.goal', en: 'Sub-goal', sv: 'Delmål', fi: 'Alatavoite', nb: 'Delmål' },
  owner: { at: 'goals.owner', en: 'Owner', sv: 'Ansvarig', fi: 'Vastuuhenkilö', nb: 'Ansvarlig' },
  startDate: { at: 'goals.startDate', en: 'Start date', sv: 'Startdatum', fi: 'Alkamispäivä', nb: 'Startdato' },
  dueDate: { at: 'goals.dueDate', en: 'Due date', sv: 'Slutdatum', fi: 'Määräpäivä', nb: 'Frist' },
  period: { at: 'goals.period.label', en: 'Period', sv: 'Period', fi: 'Kausi', nb: 'Periode' },
  measure: { at: 'measures.measure', en: 'Measure', sv: 'Mått', fi: 'Mittari', nb: 'Indikator' },
  baseline: { at: 'measures.baseline', en: 'Baseline', sv: 'Utgångsvärde', fi: 'Lähtötaso', nb: 'Utgangsverdi' },
  target: { at: 'measures.target', en: 'Target', sv: 'Målvärde', fi: 'Tavoitetaso', nb: 'Målverdi' },
  progress: { at: 'common.progress', en: 'Progress', sv: 'Framsteg', fi: 'Edistyminen', nb: 'Fremdrift' },
  checkIn: { at: 'accounts.entities.check_in', en: 'check-in', sv: 'avstämning', fi: 'lukema', nb: 'måling' },
  review: { at: 'accounts.entities.review', en: 'review', sv: 'uppföljning', fi: 'katselmointi', nb: 'gjennomgang' },
  reviewMeeting: {
    at: 'reviews.meeting',
    en: 'Review meeting',
    sv: 'Uppföljningsmöte',
    fi: 'Katselmointikokous',
    nb: 'Gjennomgangsmøte',
  },
  action: { at: 'accounts.entities.action', en: 'action', sv: 'åtgärd', fi: 'toimenpide', nb: 'tiltak' },
  timeline: { at: 'reviews.timeline.title', en: 'Timeline', sv: 'Tidslinje', fi: 'Aikajana', nb: 'Tidslinje' },
  teamHuddle: {
    at: 'reviews.forum.team_huddle',
    en: 'Team huddle',
    sv: 'Teamavstämning',
    fi: 'Tiimipalaveri',
    nb: 'Tavlemøte',
  },
  counterweight: {
    at: 'accounts.entities.counterweight',
    en: 'counterweight',
    sv: 'motvikt',
    fi: 'vastapaino',
    nb: 'motvekt',
  },
  influenceCircle: {
    at: 'measurement.teamTitle',
    en: 'Influence circle',
    sv: 'Påverkanscirkel',
    fi: 'Vaikutuspiiri',
    nb: 'Påvirkningssirkel',
  },
  practice: { at: 'measurement.practice', en: 'Practice', sv: 'Arbetssätt', fi: 'Toimintatapa', nb: 'Arbeidsmåte' },
  qualityForm: {
    at: 'measurement.qaTitle',
    en: 'Quality-assurance form',
    sv: 'Kvalitetsformulär',
    fi: 'Laadunvarmistuslomake',
    nb: 'Kvalitetssikringsskjema',
  },
  kpiLibrary: {
    at: 'measurement.libraryTitle',
    en: 'KPI library',
    sv: 'KPI-bibliotek',
    fi: 'Mittarikirjasto',
    nb: 'KPI-bibliotek',
  },
  agent: { at: 'measurement.agent', en: 'Agent', sv: 'Medarbetare', fi: 'Asiakasneuvoja', nb: 'Kundebehandler' },
  // Statuses and closed-goal outcomes
  notStarted: {
    at: 'reviews.status.not_started',
    en: 'Not started',
    sv: 'Ej påbörjat',
    fi: 'Ei aloitettu',
    nb: 'Ikke startet',
  },
  onTrack: { at: 'reviews.status.on_track', en: 'On track', sv: 'I fas', fi: 'Aikataulussa', nb: 'I rute' },
  atRisk: { at: 'reviews.status.at_risk', en: 'At risk', sv: 'Risk', fi: 'Riskissä', nb: 'I faresonen' },
  offTrack: { at: 'reviews.status.off_track', en: 'Off track', sv: 'Efter plan', fi: 'Jäljessä', nb: 'Bak skjema' },
  achieved: { at: 'reviews.status.achieved', en: 'Achieved', sv: 'Uppnått', fi: 'Saavutettu', nb: 'Oppnådd' },
  missed: { at: 'reviews.status.missed', en: 'Missed', sv: 'Missat', fi: 'Ei saavutettu', nb: 'Ikke nådd' },
  dropped: { at: 'reviews.outcomes.dropped', en: 'Dropped', sv: 'Slopat', fi: 'Luovuttu', nb: 'Droppet' },
  carriedOver: { at: 'reviews.goalState.carried', en: 'Carried over', sv: 'Överfört', fi: 'Siirretty', nb: 'Overført' },
} as const satisfies Readonly<Record<string, GlossaryEntry>>;

export type GlossaryTerm = keyof typeof GLOSSARY;

/** One language's glossary: term → word. */
export const glossaryFor = (locale: GlossaryLocale): Readonly<Record<GlossaryTerm, string>> =>
  Object.fromEntries(Object.entries(GLOSSARY).map(([term, entry]) => [term, entry[locale]])) as Record<
    GlossaryTerm,
    string
  >;
