// The KPI library in Norwegian Bokmål, keyed by library key (the English and Swedish live in
// src/domain/kpi-library.ts). Terms follow glossary.ts: indikator, servicenivå, kundetilfredshet.
import type { KpiTexts } from './kpi-texts.ts';

export const KPI_NB: KpiTexts = {
  entries: {
    aht: {
      name: 'Gjennomsnittlig behandlingstid (AHT)',
      definition: 'Den gjennomsnittlige tiden én behandlet henvendelse tar: samtale- eller skrivetid, ventetid på vent og etterarbeid.',
      formula: '(samlet samtaletid + samlet tid på vent + samlet etterarbeid) ÷ antall behandlede henvendelser.',
      dataSource: 'Telefoni-/ACD-systemet eller kundesenterplattformen, per kø og per kundebehandler.',
      gamingRisk:
        'Henvendelser kan avsluttes for tidlig eller kunden stresses; tiden som spares, kommer tilbake som gjentatte henvendelser. Følg den sammen med løst ved første kontakt eller CSAT.',
    },
    after_contact_work: {
      name: 'Etterarbeidstid (ACW)',
      definition: 'Den gjennomsnittlige tiden en kundebehandler bruker på å avslutte en henvendelse etter at kunden er borte: notater, skjemaer, oppfølgingsoppgaver.',
      formula: 'Samlet etterarbeidstid ÷ antall behandlede henvendelser.',
      dataSource: 'ACD-systemets etterarbeidsstatus («wrap-up») i telefoni- eller kundesenterplattformen.',
      gamingRisk: null,
    },
    service_level: {
      name: 'Servicenivå',
      definition: 'Andelen innkommende henvendelser som besvares innen en tidsgrense, f.eks. «80 % innen 20 s». Både tidsgrensen og målandelen er en del av indikatoren.',
      formula:
        'Henvendelser besvart innen tidsgrensen ÷ innkommende henvendelser × 100. Tapte henvendelser regnes som innkommende, men ikke besvart i tide; oppgi det hvis svært korte avbrudd holdes utenfor.',
      dataSource: 'Køstatistikken i telefoni-/ACD-systemet (per intervall, kø og kanal).',
      gamingRisk:
        'Raske svar er lette å oppnå ved å skynde kundene av linjen så neste anrop rekker å bli besvart, eller ved å holde tapte anrop utenfor. Følg den sammen med tapte anrop og løst ved første kontakt.',
    },
    answer_rate: {
      name: 'Svarprosent',
      definition: 'Andelen innkommende henvendelser som i det hele tatt når frem til en kundebehandler.',
      formula: 'Besvarte henvendelser ÷ innkommende henvendelser × 100.',
      dataSource: 'Køstatistikken i telefoni-/ACD-systemet.',
      gamingRisk: null,
    },
    abandonment_rate: {
      name: 'Andel tapte anrop',
      definition: 'Andelen innkommende henvendelser der kunden legger på eller forlater køen før en kundebehandler svarer.',
      formula: 'Tapte henvendelser ÷ innkommende henvendelser × 100 (oppgi om avbrudd i løpet av de første sekundene holdes utenfor).',
      dataSource: 'Køstatistikken i telefoni-/ACD-systemet; chatplattformer rapporterer avbrutte chatter på samme måte.',
      gamingRisk: null,
    },
    asa: {
      name: 'Gjennomsnittlig svartid (ASA)',
      definition: 'Den gjennomsnittlige tiden kunder som fikk svar, ventet i køen før en kundebehandler svarte.',
      formula: 'Samlet ventetid for besvarte henvendelser ÷ antall besvarte henvendelser. Kunder som ga opp, er ikke med.',
      dataSource: 'Køstatistikken i telefoni-/ACD-systemet.',
      gamingRisk:
        'ASA teller bare kundene som fikk svar: den blir bedre når de som har ventet lengst, gir opp, og når samtaler forseres. Følg den sammen med tapte anrop og løst ved første kontakt.',
    },
    fcr: {
      name: 'Løst ved første kontakt (FCR)',
      definition:
        'Andelen henvendelser der kundens sak løses ved første kontakt, uten ny henvendelse om samme sak innen en fastsatt periode (f.eks. 7 dager).',
      formula:
        'Henvendelser uten ny henvendelse om samme sak innen perioden ÷ alle behandlede henvendelser × 100; eller «ja»-svar på «Ble saken din løst?» ÷ alle svar × 100.',
      dataSource: 'Saksbehandlings- eller CRM-systemet (gjentatte henvendelser per kunde og årsak), eller en kort undersøkelse etter kontakten.',
      gamingRisk: null,
    },
    csat: {
      name: 'Kundetilfredshet (CSAT)',
      definition: 'Andelen spurte kunder som svarer 4 eller 5 på et tilfredshetsspørsmål fra 1 til 5 som sendes rett etter kontakten.',
      formula: 'Svar 4–5 ÷ alle svar × 100 (k av n).',
      dataSource: 'En undersøkelse etter kontakten (SMS, e-post eller IVR) knyttet til henvendelsen, så svarene kan deles opp per kanal og team.',
      gamingRisk: null,
    },
    nps: {
      name: 'Net Promoter Score (NPS)',
      definition: 'Hvor sannsynlig det er at kundene anbefaler oss, spurt på en skala fra 0 til 10: ambassadører svarer 9–10, passive 7–8, kritikere 0–6.',
      formula: '% ambassadører − % kritikere, fra −100 til +100. Feilmarginen på 95 %-nivå er 1,96 · √((p + d − (p − d)²) ÷ n), med p og d som andeler.',
      dataSource: 'En undersøkelse på e-post eller SMS noen dager etter kontakten eller kjøpet; registrer antall ambassadører, passive og kritikere.',
      gamingRisk: null,
    },
    ces: {
      name: 'Kundeinnsats (CES)',
      definition:
        'Hvor enkelt kundene syntes det var å få saken sin ordnet, som gjennomsnittet av svarene på «Selskapet gjorde det enkelt for meg å ordne saken min» på en skala fra 1 til 7 (7 = helt enig).',
      formula: 'Summen av svarene ÷ antall svar (et gjennomsnitt; registrer n sammen med det).',
      dataSource: 'En undersøkelse med ett spørsmål rett etter kontakten.',
      gamingRisk: null,
    },
    contacts_per_hour: {
      name: 'Behandlede henvendelser per time',
      definition:
        'Hvor mange henvendelser en kundebehandler eller et team behandler per innlogget time. Passer bedre for utgående arbeid og teamplanlegging enn for å vurdere enkeltpersoner.',
      formula: 'Behandlede henvendelser ÷ innloggede timer (tilgjengelig + opptatt).',
      dataSource: 'Kundesenterplattformen: behandlede henvendelser og kundebehandlernes statustider.',
      gamingRisk:
        'Flere henvendelser per time er lett å oppnå ved å skynde seg eller velge enkle henvendelser; kvaliteten ryker først. Følg den sammen med CSAT eller etterlevelse av kvalitetssikringen.',
    },
    upsell_value: {
      name: 'Verdi av mersalg og kryssalg',
      definition: 'Verdien som skapes ved å tilby et relevant tillegg eller en oppgradering i servicehenvendelser, per kundeforhold.',
      formula: 'Ordreverdien av tillegg og oppgraderinger solgt i servicehenvendelser ÷ antall kundeforhold (eller behandlede henvendelser) i perioden.',
      dataSource: 'Ordre- eller CRM-systemet, med salget koblet til servicehenvendelsen.',
      gamingRisk: null,
    },
    enps: {
      name: 'Medarbeidertilfredshet (eNPS)',
      definition: 'Hvor sannsynlig det er at de ansatte anbefaler arbeidsplassen, på en skala fra 0 til 10: ambassadører 9–10, passive 7–8, kritikere 0–6.',
      formula: '% ambassadører − % kritikere, fra −100 til +100; les den sammen med antall svar.',
      dataSource: 'En anonym pulsundersøkelse blant alle ansatte.',
      gamingRisk: null,
    },
    phone_queue: {
      name: 'Telefonkø',
      definition: 'Antall innringere som venter i køen, f.eks. på dagens topp eller som gjennomsnitt over åpningstiden.',
      formula: 'Innringere i køen på valgt tidspunkt (eller gjennomsnittet av øyeblikksbilder per intervall).',
      dataSource: 'Sanntids- og intervallstatistikken i telefoni-/ACD-systemet.',
      gamingRisk: null,
    },
    email_backlog: {
      name: 'E-postkø',
      definition: 'Antall kunde-e-poster (eller nettskjemaer) som ennå ikke er besvart.',
      formula: 'Åpne, ubesvarte e-postsaker på måletidspunktet.',
      dataSource: 'Saksbehandlings- eller e-postsystemet.',
      gamingRisk: null,
    },
    email_backlog_age: {
      name: 'Alder på e-postkøen',
      definition: 'Hvor lenge de ubesvarte e-postene har ventet: alderen på den eldste, eller gjennomsnittsalderen.',
      formula: 'Nå − ankomsttidspunktet for den eldste åpne e-posten (eller gjennomsnittet for alle åpne e-poster), i timer.',
      dataSource: 'Saksbehandlings- eller e-postsystemet.',
      gamingRisk: null,
    },
    unnecessary_transfers: {
      name: 'Unødvendige viderekoblinger',
      definition: 'Viderekoblinger som mottakende team merker som «kunne vært løst i førstelinjen». Hver av dem får kunden til å vente to ganger.',
      formula: 'Antall viderekoblinger merket som unødvendige i perioden (eller ÷ behandlede henvendelser × 100 som andel).',
      dataSource: 'Viderekoblingskoder i telefoni- eller saksbehandlingssystemet, satt av mottakende team.',
      gamingRisk:
        'Å telle viderekoblinger alene belønner kundebehandlere for å beholde saker de burde sende videre. Par «reduser unødvendige viderekoblinger» med «øk nyttige viderekoblinger til eksperter» i samme periode.',
    },
    expert_transfers: {
      name: 'Viderekoblinger til eksperter',
      definition: 'Viderekoblinger som ekspertteamet merker som «riktig å sende hit»: komplekse saker som når den som kan løse dem, i samme henvendelse.',
      formula: 'Antall viderekoblinger merket som nyttige av ekspertteamet i perioden.',
      dataSource: 'Viderekoblingskoder i telefoni- eller saksbehandlingssystemet, satt av ekspertteamet.',
      gamingRisk: 'Å øke viderekoblinger til eksperter alene belønner å sende videre saker førstelinjen kunne ha løst. Følg den sammen med unødvendige viderekoblinger.',
    },
    complaints: {
      name: 'Klager',
      definition: 'Klager fra kunder i alle kanaler. Mange oppstår utenfor kundeservice (feil på fakturaer, ordrer eller leveranser).',
      formula: 'Antall saker registrert som klager i perioden, merket med årsak.',
      dataSource: 'Saksbehandlings- eller CRM-systemet (klagekategori og årsakskode).',
      gamingRisk: null,
    },
    qa_compliance: {
      name: 'Etterlevelse av kvalitetssikringen',
      definition:
        'Andelen kontakter i utvalget (avlyttede samtaler, leste e-poster og chatter) der kundebehandleren fulgte alle arbeidsmåtene på målets kvalitetssikringsskjema.',
      formula: 'Kontakter i utvalget der alle arbeidsmåter ble fulgt ÷ kontakter i utvalget × 100 (k av n).',
      dataSource: 'Samtalelytting og innholdsoppfølging med kvalitetssikringsskjemaet, fordelt på kundebehandlere, kanaler og tider på døgnet.',
      gamingRisk: null,
    },
  },
  guardPurpose: (name, def) => `Motvekt til «${name}»: den skal holde seg mens den andre forbedres. ${def}`,
};
