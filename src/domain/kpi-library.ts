// The built-in library of customer-service measures (issue 4): typed data in the code, in English
// and Swedish. Creating a measure from a library entry fills its fields; the user can change any
// of them. Pure data and lookups, no I/O.
import type { Direction, Frequency, Unit } from './schemas.ts';
import type { Influence, KpiKey, LibraryLocale, QualityLevel, SampleKind } from './measurement-terms.ts';

/** A text in every language the library is written in. */
export interface Translated {
  en: string;
  sv: string;
}

export interface KpiDefinition {
  /** Stable identifier, stored on measures created from this entry (`libraryKey`). */
  key: KpiKey;
  name: Translated;
  /** What the measure is, in one or two sentences. */
  definition: Translated;
  /** How it is computed, in words. */
  formula: Translated;
  /** Where the numbers usually come from. */
  dataSource: Translated;
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
  gamingRisk: Translated | null;
}

export const KPI_LIBRARY: readonly KpiDefinition[] = [
  {
    key: 'aht',
    name: { en: 'Average handling time (AHT)', sv: 'Genomsnittlig hanteringstid (AHT)' },
    definition: {
      en: 'The average time one handled contact takes: talk (or writing) time, hold time and after-contact work.',
      sv: 'Den genomsnittliga tid en hanterad kontakt tar: samtals- eller skrivtid, parkerad tid och efterarbete.',
    },
    formula: {
      en: '(total talk time + total hold time + total after-contact work) ÷ number of handled contacts.',
      sv: '(total samtalstid + total parkerad tid + totalt efterarbete) ÷ antal hanterade kontakter.',
    },
    dataSource: {
      en: 'The telephony/ACD or contact-centre platform, per queue and per agent.',
      sv: 'Telefoni-/ACD-systemet eller kontaktcenterplattformen, per kö och per medarbetare.',
    },
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
    gamingRisk: {
      en: 'Contacts can be cut short or the customer rushed; the time saved comes back as repeat contacts. Follow it with first-contact resolution or CSAT.',
      sv: 'Kontakter kan avslutas för tidigt eller kunden stressas; den sparade tiden kommer tillbaka som återkontakter. Följ den tillsammans med lösning vid första kontakt eller CSAT.',
    },
  },
  {
    key: 'after_contact_work',
    name: { en: 'After-contact work (ACW)', sv: 'Efterarbetstid (ACW)' },
    definition: {
      en: 'The average time an agent spends finishing a contact after the customer has gone: notes, forms, follow-up tasks.',
      sv: 'Den genomsnittliga tid en medarbetare lägger på att avsluta en kontakt efter att kunden lämnat: anteckningar, formulär, uppföljande uppgifter.',
    },
    formula: {
      en: 'Total after-contact work time ÷ number of handled contacts.',
      sv: 'Total efterarbetstid ÷ antal hanterade kontakter.',
    },
    dataSource: {
      en: 'The ACD "wrap-up" or "not ready after call" state in the telephony/contact-centre platform.',
      sv: 'ACD-systemets efterarbetsstatus ("wrap-up") i telefoni- eller kontaktcenterplattformen.',
    },
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
    name: { en: 'Service level', sv: 'Servicenivå' },
    definition: {
      en: 'The share of offered contacts answered within a threshold, e.g. "80 % within 20 s". The threshold and the target share are both part of the measure.',
      sv: 'Andelen inkommande kontakter som besvaras inom en tidsgräns, t.ex. "80 % inom 20 s". Både tidsgränsen och målandelen är en del av måttet.',
    },
    formula: {
      en: 'Contacts answered within the threshold ÷ contacts offered × 100. Abandoned contacts count as offered and not answered in time; state it if very short abandons are left out.',
      sv: 'Kontakter besvarade inom tidsgränsen ÷ inkommande kontakter × 100. Tappade kontakter räknas som inkommande men inte besvarade i tid; ange det om mycket korta avbrott räknas bort.',
    },
    dataSource: {
      en: 'The telephony/ACD queue statistics (per interval, queue and channel).',
      sv: 'Köstatistiken i telefoni-/ACD-systemet (per intervall, kö och kanal).',
    },
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
    gamingRisk: {
      en: 'Answering fast is easy to reach by hurrying customers off the line so the next call is answered, or by leaving abandoned calls out. Follow it with abandonment and first-contact resolution.',
      sv: 'Snabba svar kan nås genom att skynda på kunderna så att nästa samtal hinner besvaras, eller genom att räkna bort tappade samtal. Följ den tillsammans med tappade samtal och lösning vid första kontakt.',
    },
  },
  {
    key: 'answer_rate',
    name: { en: 'Answer rate', sv: 'Svarsfrekvens' },
    definition: {
      en: 'The share of offered contacts that reach an agent at all.',
      sv: 'Andelen inkommande kontakter som över huvud taget når en medarbetare.',
    },
    formula: {
      en: 'Answered contacts ÷ offered contacts × 100.',
      sv: 'Besvarade kontakter ÷ inkommande kontakter × 100.',
    },
    dataSource: {
      en: 'The telephony/ACD queue statistics.',
      sv: 'Köstatistiken i telefoni-/ACD-systemet.',
    },
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
    name: { en: 'Abandonment rate', sv: 'Andel tappade samtal' },
    definition: {
      en: 'The share of offered contacts where the customer hangs up or leaves the queue before reaching an agent.',
      sv: 'Andelen inkommande kontakter där kunden lägger på eller lämnar kön innan en medarbetare svarar.',
    },
    formula: {
      en: 'Abandoned contacts ÷ offered contacts × 100 (state whether abandons within the first few seconds are excluded).',
      sv: 'Tappade kontakter ÷ inkommande kontakter × 100 (ange om avbrott under de första sekunderna räknas bort).',
    },
    dataSource: {
      en: 'The telephony/ACD queue statistics; chat platforms report abandoned chats the same way.',
      sv: 'Köstatistiken i telefoni-/ACD-systemet; chattplattformar redovisar avbrutna chattar på samma sätt.',
    },
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
    name: { en: 'Average speed of answer (ASA)', sv: 'Genomsnittlig svarstid (ASA)' },
    definition: {
      en: 'The average time answered customers waited in the queue before reaching an agent.',
      sv: 'Den genomsnittliga tid som besvarade kunder väntade i kön innan en medarbetare svarade.',
    },
    formula: {
      en: 'Total waiting time of answered contacts ÷ number of answered contacts. Customers who gave up are not in it.',
      sv: 'Total väntetid för besvarade kontakter ÷ antal besvarade kontakter. Kunder som gav upp ingår inte.',
    },
    dataSource: {
      en: 'The telephony/ACD queue statistics.',
      sv: 'Köstatistiken i telefoni-/ACD-systemet.',
    },
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
    gamingRisk: {
      en: 'ASA counts only the customers who were answered: it improves when the ones who waited longest give up, and when calls are rushed. Follow it with abandonment and first-contact resolution.',
      sv: 'ASA räknar bara de kunder som fick svar: den förbättras när de som väntat längst ger upp och när samtal forceras. Följ den tillsammans med tappade samtal och lösning vid första kontakt.',
    },
  },
  {
    key: 'fcr',
    name: { en: 'First-contact resolution (FCR)', sv: 'Lösning vid första kontakt (FCR)' },
    definition: {
      en: "The share of contacts that resolve the customer's matter in the first contact, with no repeat contact about the same matter within a set window (e.g. 7 days).",
      sv: 'Andelen kontakter där kundens ärende löses vid första kontakten, utan ny kontakt i samma ärende inom en bestämd period (t.ex. 7 dagar).',
    },
    formula: {
      en: 'Contacts without a repeat contact on the same matter within the window ÷ all handled contacts × 100; or "yes" answers to "Was your matter resolved?" ÷ all answers × 100.',
      sv: 'Kontakter utan återkontakt i samma ärende inom perioden ÷ alla hanterade kontakter × 100; eller "ja"-svar på "Blev ditt ärende löst?" ÷ alla svar × 100.',
    },
    dataSource: {
      en: 'The case or CRM system (repeat contacts by customer and reason), or a short survey after the contact.',
      sv: 'Ärende- eller CRM-systemet (återkontakter per kund och orsak), eller en kort enkät efter kontakten.',
    },
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
    name: { en: 'Customer satisfaction (CSAT)', sv: 'Kundnöjdhet (CSAT)' },
    definition: {
      en: 'The share of surveyed customers who answer 4 or 5 on a 1–5 satisfaction question sent right after the contact.',
      sv: 'Andelen tillfrågade kunder som svarar 4 eller 5 på en nöjdhetsfråga från 1 till 5 som skickas direkt efter kontakten.',
    },
    formula: {
      en: 'Answers 4–5 ÷ all answers × 100 (k of n).',
      sv: 'Svar 4–5 ÷ alla svar × 100 (k av n).',
    },
    dataSource: {
      en: 'A post-contact survey (SMS, e-mail or IVR) linked to the contact, so answers can be split by channel and team.',
      sv: 'En enkät efter kontakten (sms, e-post eller IVR) kopplad till kontakten, så att svaren kan delas upp per kanal och team.',
    },
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
    name: { en: 'Net Promoter Score (NPS)', sv: 'Net Promoter Score (NPS)' },
    definition: {
      en: 'How likely customers are to recommend us, asked on a 0–10 scale: promoters answer 9–10, passives 7–8, detractors 0–6.',
      sv: 'Hur troligt det är att kunderna rekommenderar oss, på en skala 0–10: ambassadörer svarar 9–10, passiva 7–8 och kritiker 0–6.',
    },
    formula: {
      en: '% promoters − % detractors, from −100 to +100. Its 95 % margin of error is 1.96 · √((p + d − (p − d)²) ÷ n) with p and d as shares.',
      sv: '% ambassadörer − % kritiker, från −100 till +100. Felmarginalen på 95 % är 1,96 · √((p + d − (p − d)²) ÷ n) där p och d är andelar.',
    },
    dataSource: {
      en: 'A survey by e-mail or SMS some days after the contact or purchase; record the number of promoters, passives and detractors.',
      sv: 'En enkät via e-post eller sms några dagar efter kontakten eller köpet; registrera antalet ambassadörer, passiva och kritiker.',
    },
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
    name: { en: 'Customer effort score (CES)', sv: 'Kundansträngning (CES)' },
    definition: {
      en: 'How easy customers found it to get their matter handled, as the mean answer to "The company made it easy for me to handle my issue" on a 1–7 scale (7 = strongly agree).',
      sv: 'Hur enkelt kunderna tyckte att det var att få sitt ärende hanterat, som medelvärdet av svaren på "Företaget gjorde det enkelt för mig att hantera mitt ärende" på en skala 1–7 (7 = instämmer helt).',
    },
    formula: {
      en: 'Sum of the answers ÷ number of answers (a mean score; record n with it).',
      sv: 'Summan av svaren ÷ antal svar (ett medelvärde; registrera n tillsammans med det).',
    },
    dataSource: {
      en: 'A one-question survey right after the contact.',
      sv: 'En enkät med en fråga direkt efter kontakten.',
    },
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
    name: { en: 'Contacts handled per hour', sv: 'Hanterade kontakter per timme' },
    definition: {
      en: 'How many contacts an agent or team handles per logged-in hour. Better suited to outbound work and team planning than to judging individuals.',
      sv: 'Hur många kontakter en medarbetare eller ett team hanterar per inloggad timme. Passar bättre för utgående arbete och bemanningsplanering än för att bedöma enskilda.',
    },
    formula: {
      en: 'Handled contacts ÷ logged-in (available + busy) hours.',
      sv: 'Hanterade kontakter ÷ inloggade timmar (tillgänglig + upptagen tid).',
    },
    dataSource: {
      en: 'The contact-centre platform: handled contacts and agent state times.',
      sv: 'Kontaktcenterplattformen: hanterade kontakter och medarbetarnas statustider.',
    },
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
    gamingRisk: {
      en: 'More contacts per hour is easy to reach by rushing or by picking easy contacts; quality falls first. Follow it with CSAT or quality-assurance compliance.',
      sv: 'Fler kontakter per timme nås lätt genom att forcera eller välja enkla kontakter; kvaliteten sjunker först. Följ den tillsammans med CSAT eller efterlevnad av kvalitetsformuläret.',
    },
  },
  {
    key: 'upsell_value',
    name: { en: 'Upsell and cross-sell value', sv: 'Mer- och korsförsäljning' },
    definition: {
      en: 'The value added by offering a relevant add-on or upgrade in service contacts, per customer relationship.',
      sv: 'Det värde som tillförs genom att erbjuda ett relevant tillägg eller en uppgradering i servicekontakter, per kundrelation.',
    },
    formula: {
      en: 'Order value of add-ons and upgrades sold in service contacts ÷ number of customer relationships (or handled contacts) in the period.',
      sv: 'Ordervärdet av tillägg och uppgraderingar sålda i servicekontakter ÷ antal kundrelationer (eller hanterade kontakter) under perioden.',
    },
    dataSource: {
      en: 'The order or CRM system, with sales tagged to the service contact.',
      sv: 'Order- eller CRM-systemet, med försäljningen kopplad till servicekontakten.',
    },
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
    name: { en: 'Employee satisfaction (eNPS)', sv: 'Medarbetarnöjdhet (eNPS)' },
    definition: {
      en: 'How likely employees are to recommend the workplace, on a 0–10 scale: promoters 9–10, passives 7–8, detractors 0–6.',
      sv: 'Hur troligt det är att medarbetarna rekommenderar arbetsplatsen, på en skala 0–10: ambassadörer 9–10, passiva 7–8, kritiker 0–6.',
    },
    formula: {
      en: '% promoters − % detractors, from −100 to +100; read it with the number of answers.',
      sv: '% ambassadörer − % kritiker, från −100 till +100; läs det tillsammans med antalet svar.',
    },
    dataSource: {
      en: 'An anonymous pulse survey of all staff.',
      sv: 'En anonym pulsmätning bland all personal.',
    },
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
    name: { en: 'Phone queue', sv: 'Telefonkö' },
    definition: {
      en: 'The number of callers waiting in the queue, e.g. at the daily peak or as an average over the opening hours.',
      sv: 'Antalet uppringare som väntar i kön, t.ex. vid dagens topp eller som medelvärde under öppettiden.',
    },
    formula: {
      en: 'Callers in the queue at the chosen time (or the average of interval snapshots).',
      sv: 'Antal uppringare i kön vid den valda tidpunkten (eller medelvärdet av mätningar per intervall).',
    },
    dataSource: {
      en: 'The telephony/ACD real-time and interval statistics.',
      sv: 'Realtids- och intervallstatistiken i telefoni-/ACD-systemet.',
    },
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
    name: { en: 'E-mail backlog', sv: 'E-postkö' },
    definition: {
      en: 'The number of customer e-mails (or web forms) not yet answered.',
      sv: 'Antalet kundmejl (eller webbformulär) som ännu inte besvarats.',
    },
    formula: {
      en: 'Open, unanswered e-mail cases at the time of measuring.',
      sv: 'Öppna, obesvarade e-postärenden vid mättillfället.',
    },
    dataSource: {
      en: 'The case or e-mail handling system.',
      sv: 'Ärende- eller e-posthanteringssystemet.',
    },
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
    name: { en: 'E-mail backlog age', sv: 'Ålder på e-postkön' },
    definition: {
      en: 'How long the unanswered e-mails have waited: the age of the oldest one, or the average age.',
      sv: 'Hur länge de obesvarade mejlen har väntat: åldern på det äldsta, eller medelåldern.',
    },
    formula: {
      en: 'Now − arrival time of the oldest open e-mail (or the mean over all open e-mails), in hours.',
      sv: 'Nu − ankomsttiden för det äldsta öppna mejlet (eller medelvärdet över alla öppna mejl), i timmar.',
    },
    dataSource: {
      en: 'The case or e-mail handling system.',
      sv: 'Ärende- eller e-posthanteringssystemet.',
    },
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
    name: { en: 'Unnecessary transfers', sv: 'Onödiga kopplingar' },
    definition: {
      en: 'Transfers the receiving team marks as "could have been solved at first line". Each one makes the customer wait twice.',
      sv: 'Kopplingar som den mottagande gruppen markerar som "kunde ha lösts i första linjen". Varje sådan låter kunden vänta två gånger.',
    },
    formula: {
      en: 'Number of transfers marked unnecessary in the period (or ÷ handled contacts × 100 as a rate).',
      sv: 'Antal kopplingar markerade som onödiga under perioden (eller ÷ hanterade kontakter × 100 som andel).',
    },
    dataSource: {
      en: 'Transfer codes in the telephony or case system, set by the receiving team.',
      sv: 'Kopplingskoder i telefoni- eller ärendesystemet, satta av den mottagande gruppen.',
    },
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
    gamingRisk: {
      en: 'Counting transfers alone rewards agents for keeping matters they should pass on. Pair "cut unnecessary transfers" with "raise beneficial transfers to experts" over the same period.',
      sv: 'Att bara räkna kopplingar belönar medarbetare som behåller ärenden de borde lämna vidare. Para "minska onödiga kopplingar" med "öka nyttiga kopplingar till experter" under samma period.',
    },
  },
  {
    key: 'expert_transfers',
    name: { en: 'Transfers to experts', sv: 'Kopplingar till experter' },
    definition: {
      en: 'Transfers the expert team marks as "right to send here": complex matters that reach the person who can solve them in the same contact.',
      sv: 'Kopplingar som expertgruppen markerar som "rätt att skicka hit": komplexa ärenden som når den som kan lösa dem i samma kontakt.',
    },
    formula: {
      en: 'Number of transfers marked beneficial by the expert team in the period.',
      sv: 'Antal kopplingar som expertgruppen markerat som nyttiga under perioden.',
    },
    dataSource: {
      en: 'Transfer codes in the telephony or case system, set by the expert team.',
      sv: 'Kopplingskoder i telefoni- eller ärendesystemet, satta av expertgruppen.',
    },
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
    gamingRisk: {
      en: 'Raising transfers to experts alone rewards passing on matters the first line could solve. Follow it with unnecessary transfers.',
      sv: 'Att bara öka kopplingar till experter belönar att lämna vidare ärenden som första linjen kunde lösa. Följ den tillsammans med onödiga kopplingar.',
    },
  },
  {
    key: 'complaints',
    name: { en: 'Complaints', sv: 'Klagomål' },
    definition: {
      en: 'Complaints received from customers in every channel. Many start outside customer service (wrong invoices, orders or deliveries).',
      sv: 'Klagomål från kunder i alla kanaler. Många uppstår utanför kundservice (felaktiga fakturor, order eller leveranser).',
    },
    formula: {
      en: 'Number of cases registered as complaints in the period, tagged by cause.',
      sv: 'Antal ärenden registrerade som klagomål under perioden, märkta med orsak.',
    },
    dataSource: {
      en: 'The case or CRM system (complaint category and cause code).',
      sv: 'Ärende- eller CRM-systemet (klagomålskategori och orsakskod).',
    },
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
    name: { en: 'Quality-assurance compliance', sv: 'Efterlevnad av kvalitetsformuläret' },
    definition: {
      en: "The share of sampled contacts (listened calls, read e-mails and chats) in which the agent followed every practice on the goal's quality-assurance form.",
      sv: 'Andelen stickprovskontakter (medlyssnade samtal, lästa mejl och chattar) där medarbetaren följde alla arbetssätt på målets kvalitetsformulär.',
    },
    formula: {
      en: 'Sampled contacts that met every practice ÷ contacts sampled × 100 (k of n).',
      sv: 'Stickprovskontakter som uppfyllde alla arbetssätt ÷ antal kontakter i stickprovet × 100 (k av n).',
    },
    dataSource: {
      en: 'Call listening and content monitoring with the quality-assurance form, spread over agents, channels and times of day.',
      sv: 'Medlyssning och innehållsgranskning med kvalitetsformuläret, spridd över medarbetare, kanaler och tider på dygnet.',
    },
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

/**
 * The measure fields a library entry fills, with texts in `locale`. Baseline, target and dates
 * belong to the organisation and are left to the user, except the target of a "keep above/below"
 * entry (service level: 80 % within 20 s), which is the entry's typical level.
 */
export function libraryMeasureDefaults(entry: KpiDefinition, locale: LibraryLocale) {
  return {
    libraryKey: entry.key,
    name: entry.name[locale],
    unit: entry.unit,
    direction: entry.direction,
    frequency: entry.frequency,
    purpose: entry.definition[locale],
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

const GUARD_PURPOSE: Record<LibraryLocale, (measureName: string, definition: string) => string> = {
  en: (name, def) => `Counterweight to "${name}": it must hold while that one improves. ${def}`,
  sv: (name, def) => `Motvikt till "${name}": den ska hålla medan den andra förbättras. ${def}`,
};

/**
 * A counterweight created in one click: a guard that keeps the entry above (or below) its typical
 * level over the same period as the measure it watches. Null fields (no typical level for a count)
 * must come from the user.
 */
export function counterweightGuardDefaults(
  entry: KpiDefinition,
  watched: { name: string; baselineDate: string; targetDate: string; frequency: Frequency },
  locale: LibraryLocale,
) {
  const level = entry.typicalTarget;
  return {
    ...libraryMeasureDefaults(entry, locale),
    purpose: GUARD_PURPOSE[locale](watched.name, entry.definition[locale]),
    frequency: watched.frequency,
    baselineDate: watched.baselineDate,
    targetDate: watched.targetDate,
    ...(level === null
      ? {}
      : { direction: higherIsBetter(entry.direction) ? ('keep_above' as const) : ('keep_below' as const), baseline: level, target: level }),
  };
}
