// The demo organisation's texts in Swedish, Finnish and Norwegian Bokmål, keyed by the English
// text in demo.ts (vision, department names, goal titles and descriptions, measure names and
// purposes, check-in notes, segment names, practices). People's names stay as they are: the demo
// company is Nordic already. Every entry has all three languages (the type); test/unit/
// translations.test.ts checks that every English string demo.ts uses has an entry and that no
// entry is left over. `TILLER_DEMO_LOCALE` chooses the language when the demo is seeded.
export const DEMO_TEXT_LOCALES = ['sv', 'fi', 'nb'] as const;
export type DemoTextLocale = (typeof DEMO_TEXT_LOCALES)[number];
export type DemoTranslation = { readonly [L in DemoTextLocale]: string };

export const DEMO_TEXT: Readonly<Record<string, DemoTranslation>> = {
  // ---------- vision and departments ----------
  'To be recognised as the leader in customer service and satisfaction in our market': {
    sv: 'Att bli erkänd som ledande inom kundservice och kundnöjdhet på vår marknad',
    fi: 'Olla tunnustettu markkinamme johtaja asiakaspalvelussa ja asiakastyytyväisyydessä',
    nb: 'Å bli anerkjent som ledende innen kundeservice og kundetilfredshet i vårt marked',
  },
  'Customer Service': { sv: 'Kundtjänst', fi: 'Asiakaspalvelu', nb: 'Kundeservice' },
  Sales: { sv: 'Försäljning', fi: 'Myynti', nb: 'Salg' },
  Accounts: { sv: 'Ekonomi', fi: 'Taloushallinto', nb: 'Økonomi' },
  Logistics: { sv: 'Logistik', fi: 'Logistiikka', nb: 'Logistikk' },
  'Quality & Training': { sv: 'Kvalitet och utbildning', fi: 'Laatu ja koulutus', nb: 'Kvalitet og opplæring' },

  // ---------- complaints ----------
  'Cut customer complaints by 15 %': {
    sv: 'Minska kundklagomålen med 15 %',
    fi: 'Vähennetään asiakkaiden reklamaatioita 15 %',
    nb: 'Redusere kundeklager med 15 %',
  },
  'Complaints are the clearest sign that something failed before the customer called. Most of ours start outside the contact centre (wrong invoices, wrong orders, late deliveries), so every department owns a part of this goal.':
    {
      sv: 'Klagomål är det tydligaste tecknet på att något gick fel innan kunden ringde. De flesta av våra uppstår utanför kundtjänst (felaktiga fakturor, felaktiga order, sena leveranser), så varje avdelning äger en del av målet.',
      fi: 'Reklamaatio on selvin merkki siitä, että jokin meni pieleen jo ennen kuin asiakas soitti. Suurin osa meidän reklamaatioistamme syntyy asiakaspalvelun ulkopuolella (virheelliset laskut, väärät tilaukset, myöhästyneet toimitukset), joten jokainen osasto omistaa osan tästä tavoitteesta.',
      nb: 'Klager er det tydeligste tegnet på at noe gikk galt før kunden ringte. De fleste av våre oppstår utenfor kundeservice (feil på fakturaer, feil i ordrer, sene leveranser), så hver avdeling eier en del av dette målet.',
    },
  'Complaints received per month': {
    sv: 'Inkomna klagomål per månad',
    fi: 'Saapuneet reklamaatiot kuukaudessa',
    nb: 'Mottatte klager per måned',
  },
  'The headline number leadership follows in the quarterly review. Counted from every channel in the case system, so a complaint by e-mail counts the same as one by phone.':
    {
      sv: 'Huvudtalet som ledningen följer på kvartalsuppföljningen. Räknas från alla kanaler i ärendesystemet, så ett klagomål via e-post räknas lika som ett via telefon.',
      fi: 'Pääluku, jota johto seuraa neljännesvuosikatselmoinnissa. Lasketaan tiketöintijärjestelmän kaikista kanavista, joten sähköpostireklamaatio lasketaan samoin kuin puhelimitse tullut.',
      nb: 'Hovedtallet ledelsen følger i kvartalsgjennomgangen. Telles fra alle kanaler i saksbehandlingssystemet, så en klage på e-post teller like mye som en på telefon.',
    },
  'January invoicing run had a price-list error.': {
    sv: 'Januarifaktureringen hade ett fel i prislistan.',
    fi: 'Tammikuun laskutusajossa oli hinnastovirhe.',
    nb: 'Januarfaktureringen hadde en feil i prislisten.',
  },
  'Summer staffing: slower replies caused repeat complaints.': {
    sv: 'Sommarbemanning: långsammare svar gav upprepade klagomål.',
    fi: 'Kesämiehitys: hitaammat vastaukset aiheuttivat uusintareklamaatioita.',
    nb: 'Sommerbemanning: tregere svar førte til gjentatte klager.',
  },

  // ---------- delivery ----------
  'Cut order-to-delivery time by 5 %': {
    sv: 'Korta tiden från order till leverans med 5 %',
    fi: 'Lyhennetään tilauksesta toimitukseen kuluvaa aikaa 5 %',
    nb: 'Korte ned tiden fra ordre til levering med 5 %',
  },
  'Customers judge us on when the parcel arrives, not on when we answered the phone. Late deliveries come back to the contact centre as "where is my order?" calls.':
    {
      sv: 'Kunderna bedömer oss efter när paketet kommer, inte efter när vi svarade i telefon. Sena leveranser kommer tillbaka till kundtjänst som ”var är min order?”-samtal.',
      fi: 'Asiakkaat arvioivat meitä sen mukaan, milloin paketti saapuu, eivät sen mukaan, milloin vastasimme puhelimeen. Myöhästyneet toimitukset palaavat asiakaspalveluun ”missä tilaukseni on?” -puheluina.',
      nb: 'Kundene vurderer oss etter når pakken kommer, ikke etter når vi svarte på telefonen. Sene leveranser kommer tilbake til kundeservice som «hvor er ordren min?»-anrop.',
    },
  'Average order-to-delivery time': {
    sv: 'Genomsnittlig tid från order till leverans',
    fi: 'Keskimääräinen aika tilauksesta toimitukseen',
    nb: 'Gjennomsnittlig tid fra ordre til levering',
  },
  'Hours from order confirmation to delivery scan, all orders. The number customers feel; it tells us whether the work in Sales and the warehouse reaches the customer.':
    {
      sv: 'Timmar från orderbekräftelse till leveransskanning, alla order. Talet som kunderna märker; det visar om arbetet i försäljningen och på lagret når kunden.',
      fi: 'Tunnit tilausvahvistuksesta toimituksen skannaukseen, kaikki tilaukset. Luku, jonka asiakas tuntee; se kertoo, näkyykö myynnin ja varaston työ asiakkaalle asti.',
      nb: 'Timer fra ordrebekreftelse til leveringsskanning, alle ordrer. Tallet kundene merker; det viser om arbeidet i salg og på lageret når frem til kunden.',
    },
  'Carrier capacity shortage in July.': {
    sv: 'Kapacitetsbrist hos transportören i juli.',
    fi: 'Kuljetusyhtiön kapasiteettipula heinäkuussa.',
    nb: 'Kapasitetsmangel hos transportøren i juli.',
  },

  // ---------- resolve ----------
  "Make every contact resolve the customer's whole need": {
    sv: 'Låt varje kontakt lösa kundens hela behov',
    fi: 'Jokainen kontakti ratkaisee asiakkaan koko tarpeen',
    nb: 'La hver kontakt løse hele kundens behov',
  },
  'Quality first: what must happen in each contact so that the customer does not need to come back. Handling-time targets are set only once this is clear.':
    {
      sv: 'Kvalitet först: vad som måste hända i varje kontakt för att kunden inte ska behöva höra av sig igen. Mål för hanteringstid sätts först när det är klart.',
      fi: 'Laatu ensin: mitä jokaisessa kontaktissa on tapahduttava, jotta asiakkaan ei tarvitse ottaa uudelleen yhteyttä. Käsittelyaikatavoitteet asetetaan vasta, kun tämä on selvä.',
      nb: 'Kvalitet først: hva som må skje i hver kontakt, så kunden ikke trenger å ta kontakt igjen. Mål for behandlingstid settes først når dette er klart.',
    },
  'First-contact resolution (FCR)': {
    sv: 'Lösning vid första kontakt (FCR)',
    fi: 'Ratkaisu ensimmäisellä yhteydenotolla (FCR)',
    nb: 'Løst ved første kontakt (FCR)',
  },
  'Share of contacts where the customer did not come back about the same matter within 7 days. Agents influence it directly, so teams follow it in the weekly meeting.':
    {
      sv: 'Andel kontakter där kunden inte hörde av sig igen i samma ärende inom 7 dagar. Medarbetarna påverkar det direkt, så teamen följer det på veckomötet.',
      fi: 'Niiden kontaktien osuus, joissa asiakas ei ottanut samasta asiasta uudelleen yhteyttä 7 päivän kuluessa. Asiakasneuvojat vaikuttavat siihen suoraan, joten tiimit seuraavat sitä viikkopalaverissa.',
      nb: 'Andelen henvendelser der kunden ikke tok kontakt igjen om samme sak innen 7 dager. Kundebehandlerne påvirker den direkte, så teamene følger den på ukemøtet.',
    },
  'Net Promoter Score (NPS)': {
    sv: 'Net Promoter Score (NPS)',
    fi: 'Suositteluindeksi (NPS)',
    nb: 'Net Promoter Score (NPS)',
  },
  'Whether customers would recommend us, asked by e-mail a week after the contact. About 400 answers a quarter give a margin of roughly ±7 points, so only a change that lasts over several quarters counts.':
    {
      sv: 'Om kunderna skulle rekommendera oss, frågat via e-post en vecka efter kontakten. Omkring 400 svar per kvartal ger en felmarginal på ungefär ±7 poäng, så bara en förändring som håller i sig över flera kvartal räknas.',
      fi: 'Suosittelisivatko asiakkaat meitä, kysyttynä sähköpostilla viikko yhteydenoton jälkeen. Noin 400 vastausta vuosineljänneksessä antaa noin ±7 pisteen virhemarginaalin, joten vain useamman vuosineljänneksen ajan jatkuva muutos on merkitsevä.',
      nb: 'Om kundene ville anbefalt oss, spurt på e-post en uke etter kontakten. Rundt 400 svar i kvartalet gir en feilmargin på omtrent ±7 poeng, så bare en endring som varer over flere kvartaler, teller.',
    },
  'E-mail survey a week after the contact.': {
    sv: 'E-postenkät en vecka efter kontakten.',
    fi: 'Sähköpostikysely viikko yhteydenoton jälkeen.',
    nb: 'E-postundersøkelse en uke etter kontakten.',
  },
  'Up three points, but within the ±7-point margin: not yet a trend.': {
    sv: 'Upp tre poäng, men inom felmarginalen på ±7 poäng: ännu ingen trend.',
    fi: 'Nousua kolme pistettä, mutta ±7 pisteen virhemarginaalin sisällä: ei vielä trendi.',
    nb: 'Opp tre poeng, men innenfor feilmarginen på ±7 poeng: ennå ingen trend.',
  },
  'NPS after chat contacts (pilot)': {
    sv: 'NPS efter chattkontakter (pilot)',
    fi: 'NPS chat-kontaktien jälkeen (pilotti)',
    nb: 'NPS etter chathenvendelser (pilot)',
  },
  'The chat pilot asks the same question after chat contacts. Few chats are answered yet, so each month is read with its margin: below 30 answers it is not evidence.':
    {
      sv: 'Chattpiloten ställer samma fråga efter chattkontakter. Ännu besvaras få chattar, så varje månad läses med sin felmarginal: under 30 svar är det inga belägg.',
      fi: 'Chat-pilotissa kysytään sama kysymys chat-kontaktien jälkeen. Vastauksia tulee vielä vähän, joten jokainen kuukausi luetaan virhemarginaalinsa kanssa: alle 30 vastausta ei ole näyttöä.',
      nb: 'Chatpiloten stiller det samme spørsmålet etter chathenvendelser. Foreløpig kommer det få svar, så hver måned leses med feilmarginen: under 30 svar er ikke bevis.',
    },
  'First month of the pilot.': {
    sv: 'Pilotens första månad.',
    fi: 'Pilotin ensimmäinen kuukausi.',
    nb: 'Pilotens første måned.',
  },
  'Survey link moved to the end of the chat: more answers.': {
    sv: 'Enkätlänken flyttad till slutet av chatten: fler svar.',
    fi: 'Kyselylinkki siirrettiin chatin loppuun: enemmän vastauksia.',
    nb: 'Lenken til undersøkelsen flyttet til slutten av chatten: flere svar.',
  },
  'Customer satisfaction after the contact (CSAT)': {
    sv: 'Kundnöjdhet efter kontakten (CSAT)',
    fi: 'Asiakastyytyväisyys yhteydenoton jälkeen (CSAT)',
    nb: 'Kundetilfredshet etter kontakten (CSAT)',
  },
  'Share of 4–5 answers to the one-question survey sent right after the contact. Tells how the contact felt to the customer, which call length cannot.':
    {
      sv: 'Andel svar 4–5 på enkäten med en fråga som skickas direkt efter kontakten. Visar hur kontakten kändes för kunden, vilket samtalslängden inte kan.',
      fi: 'Vastausten 4–5 osuus heti yhteydenoton jälkeen lähetettävässä yhden kysymyksen kyselyssä. Kertoo, miltä kontakti asiakkaasta tuntui, mitä puhelun pituus ei kerro.',
      nb: 'Andelen svar 4–5 på undersøkelsen med ett spørsmål som sendes rett etter kontakten. Viser hvordan kontakten føltes for kunden, noe samtalelengden ikke kan.',
    },

  // ---------- access ----------
  'Answer customers quickly on every channel': {
    sv: 'Svara kunderna snabbt i alla kanaler',
    fi: 'Vastataan asiakkaille nopeasti kaikissa kanavissa',
    nb: 'Svare kundene raskt i alle kanaler',
  },
  'Customers we keep waiting call again, write instead, or leave. Phone and e-mail are followed together so that one channel is not emptied at the expense of the other.':
    {
      sv: 'Kunder som får vänta ringer igen, skriver i stället eller lämnar oss. Telefon och e-post följs upp tillsammans så att den ena kanalen inte töms på den andras bekostnad.',
      fi: 'Odottamaan jätetyt asiakkaat soittavat uudelleen, kirjoittavat tai lähtevät. Puhelinta ja sähköpostia seurataan yhdessä, jotta yhtä kanavaa ei tyhjennetä toisen kustannuksella.',
      nb: 'Kunder som må vente, ringer igjen, skriver i stedet eller forsvinner. Telefon og e-post følges opp sammen, så én kanal ikke tømmes på bekostning av den andre.',
    },
  'Service level: calls answered within 20 s': {
    sv: 'Servicenivå: samtal besvarade inom 20 s',
    fi: 'Palvelutaso: 20 sekunnissa vastatut puhelut',
    nb: 'Servicenivå: anrop besvart innen 20 s',
  },
  '"80 % answered within 20 s": calls answered within 20 seconds ÷ calls offered; abandoned calls count as not answered in time. Guards against losing customers to long queues.':
    {
      sv: '”80 % besvarade inom 20 s”: samtal besvarade inom 20 sekunder ÷ inkommande samtal; tappade samtal räknas som inte besvarade i tid. Skyddar mot att vi tappar kunder på grund av långa köer.',
      fi: '”80 % vastattu 20 sekunnissa”: 20 sekunnissa vastatut puhelut ÷ saapuneet puhelut; keskeytyneet puhelut lasketaan ajoissa vastaamattomiksi. Suojaa siltä, että menetämme asiakkaita pitkien jonojen takia.',
      nb: '«80 % besvart innen 20 s»: anrop besvart innen 20 sekunder ÷ innkommende anrop; tapte anrop regnes som ikke besvart i tide. Beskytter mot at vi mister kunder på grunn av lange køer.',
    },
  'Midsummer weeks under-staffed.': {
    sv: 'Underbemannat under midsommarveckorna.',
    fi: 'Juhannusviikoilla alimiehitys.',
    nb: 'Underbemannet i ukene rundt sankthans.',
  },
  'Holiday month; two temporary agents still in training.': {
    sv: 'Semestermånad; två vikarier fortfarande under upplärning.',
    fi: 'Lomakuukausi; kaksi sijaista vielä perehdytyksessä.',
    nb: 'Feriemåned; to vikarer fortsatt under opplæring.',
  },
  'Answer rate': { sv: 'Svarsfrekvens', fi: 'Vastausprosentti', nb: 'Svarprosent' },
  "Share of offered calls that reach an agent at all. Incoming volume is outside the agents' circle, so leadership follows this one rather than the teams.":
    {
      sv: 'Andel inkommande samtal som över huvud taget når en medarbetare. Inkommande volym ligger utanför medarbetarnas påverkanscirkel, så det är ledningen snarare än teamen som följer detta mått.',
      fi: 'Niiden saapuneiden puheluiden osuus, jotka ylipäätään tavoittavat asiakasneuvojan. Saapuva määrä on asiakasneuvojien vaikutuspiirin ulkopuolella, joten tätä mittaria seuraa johto eivätkä tiimit.',
      nb: 'Andelen innkommende anrop som i det hele tatt når frem til en kundebehandler. Innkommende volum ligger utenfor kundebehandlernes påvirkningssirkel, så det er ledelsen og ikke teamene som følger denne.',
    },
  'Below 80 for the first time this year.': {
    sv: 'Under 80 för första gången i år.',
    fi: 'Alle 80 ensimmäistä kertaa tänä vuonna.',
    nb: 'Under 80 for første gang i år.',
  },
  'Phone queue at the 10:00 peak': {
    sv: 'Telefonkö vid toppen kl. 10',
    fi: 'Puhelinjono klo 10 ruuhkahuipussa',
    nb: 'Telefonkø ved toppen kl. 10',
  },
  'Callers waiting at the morning peak, weekly average. Followed in the daily huddle: a long queue at 10:00 is the first sign of under-staffing that day.':
    {
      sv: 'Väntande inringare vid förmiddagstoppen, veckomedel. Följs på det dagliga teammötet: en lång kö kl. 10 är första tecknet på underbemanning den dagen.',
      fi: 'Jonossa odottavat soittajat aamupäivän ruuhkahuipussa, viikon keskiarvo. Seurataan päivittäisessä tiimipalaverissa: pitkä jono klo 10 on ensimmäinen merkki päivän alimiehityksestä.',
      nb: 'Innringere som venter ved formiddagstoppen, ukesnitt. Følges på det daglige tavlemøtet: en lang kø kl. 10 er det første tegnet på underbemanning den dagen.',
    },
  'E-mail backlog older than one working day': {
    sv: 'E-postkö äldre än en arbetsdag',
    fi: 'Yli työpäivän vanhat vastaamattomat sähköpostit',
    nb: 'E-postkø eldre enn én arbeidsdag',
  },
  'Customers fall back on e-mail when the phone queue is long; an old backlog turns into repeat contacts and complaints later.':
    {
      sv: 'Kunderna skriver e-post när telefonkön är lång; en gammal e-postkö blir senare till återkontakter och klagomål.',
      fi: 'Asiakkaat siirtyvät sähköpostiin, kun puhelinjono on pitkä; vanha sähköpostijono muuttuu myöhemmin uusintayhteydenotoiksi ja reklamaatioiksi.',
      nb: 'Kundene går over til e-post når telefonkøen er lang; en gammel e-postkø blir senere til gjentatte henvendelser og klager.',
    },
  'Still above 150; weekend shifts proposed for November.': {
    sv: 'Fortfarande över 150; helgpass föreslagna för november.',
    fi: 'Yhä yli 150; marraskuulle ehdotettu viikonloppuvuoroja.',
    nb: 'Fortsatt over 150; helgevakter foreslått for november.',
  },

  // ---------- people ----------
  'Keep a team that wants to stay and grow': {
    sv: 'Behåll ett team som vill stanna och utvecklas',
    fi: 'Pidetään tiimi, joka haluaa jäädä ja kehittyä',
    nb: 'Beholde et team som vil bli og utvikle seg',
  },
  'Engaged agents give better service. Staff are measured on what they can influence, and get the training and support that every goal needs.':
    {
      sv: 'Engagerade medarbetare ger bättre service. Personalen mäts på det den kan påverka och får den utbildning och det stöd som varje mål behöver.',
      fi: 'Sitoutuneet asiakasneuvojat palvelevat paremmin. Henkilöstöä mitataan asioilla, joihin se voi vaikuttaa, ja se saa koulutuksen ja tuen, jota jokainen tavoite tarvitsee.',
      nb: 'Engasjerte kundebehandlere gir bedre service. De ansatte måles på det de kan påvirke, og får opplæringen og støtten hvert mål trenger.',
    },
  'Employee satisfaction': { sv: 'Medarbetarnöjdhet', fi: 'Henkilöstön tyytyväisyys', nb: 'Medarbeidertilfredshet' },
  'Quarterly pulse survey of all contact-centre staff, 1–5. Read with its response rate: a score from a dozen answers is not evidence.':
    {
      sv: 'Kvartalsvis pulsenkät till all personal i kundtjänst, 1–5. Läses tillsammans med svarsfrekvensen: ett värde från ett dussin svar är inga belägg.',
      fi: 'Neljännesvuosittainen pulssikysely koko asiakaspalvelun henkilöstölle, 1–5. Luetaan yhdessä vastausprosentin kanssa: tusinan vastauksen tulos ei ole näyttöä.',
      nb: 'Kvartalsvis pulsundersøkelse blant alle ansatte i kundeservice, 1–5. Leses sammen med svarprosenten: et tall fra et dusin svar er ikke bevis.',
    },
  'Response rate 81 % (68 of 84).': {
    sv: 'Svarsfrekvens 81 % (68 av 84).',
    fi: 'Vastausprosentti 81 % (68/84).',
    nb: 'Svarprosent 81 % (68 av 84).',
  },
  'Response rate 79 % (67 of 85).': {
    sv: 'Svarsfrekvens 79 % (67 av 85).',
    fi: 'Vastausprosentti 79 % (67/85).',
    nb: 'Svarprosent 79 % (67 av 85).',
  },
  'Response rate 86 % (74 of 86).': {
    sv: 'Svarsfrekvens 86 % (74 av 86).',
    fi: 'Vastausprosentti 86 % (74/86).',
    nb: 'Svarprosent 86 % (74 av 86).',
  },

  // ---------- invoices ----------
  'Reduce invoice-error complaints by 20 % within three months': {
    sv: 'Minska klagomålen på felaktiga fakturor med 20 % inom tre månader',
    fi: 'Vähennetään laskuvirheistä johtuvia reklamaatioita 20 % kolmessa kuukaudessa',
    nb: 'Redusere klager på fakturafeil med 20 % innen tre måneder',
  },
  'Wrong invoices cause about a quarter of all complaints, and the contact centre can only apologise for them. Fixing price and address errors at the source stops the complaint before it is made.':
    {
      sv: 'Felaktiga fakturor står för ungefär en fjärdedel av alla klagomål, och kundtjänst kan bara be om ursäkt för dem. Att rätta pris- och adressfel vid källan stoppar klagomålet innan det uppstår.',
      fi: 'Virheelliset laskut aiheuttavat noin neljänneksen kaikista reklamaatioista, eikä asiakaspalvelu voi muuta kuin pahoitella niitä. Kun hinta- ja osoitevirheet korjataan niiden syntylähteellä, reklamaatiota ei edes synny.',
      nb: 'Feil på fakturaer står for omtrent en fjerdedel av alle klager, og kundeservice kan bare beklage dem. Å rette pris- og adressefeil ved kilden stopper klagen før den oppstår.',
    },
  'Complaints about invoice errors per month': {
    sv: 'Klagomål på felaktiga fakturor per månad',
    fi: 'Laskuvirhereklamaatiot kuukaudessa',
    nb: 'Klager på fakturafeil per måned',
  },
  'Complaints tagged "invoice" in the case system. Tells Accounts directly how many customers its errors reach.': {
    sv: 'Klagomål märkta ”faktura” i ärendesystemet. Visar ekonomiavdelningen direkt hur många kunder dess fel når.',
    fi: 'Tiketöintijärjestelmässä luokalla ”lasku” merkityt reklamaatiot. Kertoo taloushallinnolle suoraan, kuinka moneen asiakkaaseen sen virheet osuvat.',
    nb: 'Klager merket «faktura» i saksbehandlingssystemet. Viser økonomiavdelingen direkte hvor mange kunder feilene deres når.',
  },
  'Price-list import fixed on 12 October; the effect shows from November.': {
    sv: 'Prislisteimporten rättad den 12 oktober; effekten syns från november.',
    fi: 'Hinnaston tuonti korjattiin 12.10.; vaikutus näkyy marraskuusta alkaen.',
    nb: 'Importen av prislisten rettet 12. oktober; effekten vises fra november.',
  },

  // ---------- order entry ----------
  'Raise order-entry accuracy in Sales by 15 % by year end': {
    sv: 'Öka träffsäkerheten i orderregistreringen hos försäljningen med 15 % till årets slut',
    fi: 'Parannetaan myynnin tilausten kirjaamisen tarkkuutta 15 % vuoden loppuun mennessä',
    nb: 'Øke nøyaktigheten i ordreregistreringen i salg med 15 % innen årets slutt',
  },
  'A wrong item, price or address at order entry becomes a wrong delivery, a wrong invoice and then a complaint. Sales owns the first step of that chain.':
    {
      sv: 'En felaktig artikel, ett felaktigt pris eller en felaktig adress vid orderregistreringen blir en felaktig leverans, en felaktig faktura och sedan ett klagomål. Försäljningen äger det första steget i den kedjan.',
      fi: 'Väärä tuote, hinta tai osoite tilausta kirjattaessa muuttuu vääräksi toimitukseksi, virheelliseksi laskuksi ja lopulta reklamaatioksi. Myynti omistaa ketjun ensimmäisen vaiheen.',
      nb: 'Feil vare, pris eller adresse ved ordreregistrering blir til feil levering, feil faktura og deretter en klage. Salg eier det første leddet i den kjeden.',
    },
  'Orders entered without error': {
    sv: 'Order registrerade utan fel',
    fi: 'Virheettömästi kirjatut tilaukset',
    nb: 'Ordrer registrert uten feil',
  },
  'Orders that needed no correction after entry, from the order system audit log. Every corrected order is a complaint we may have prevented.':
    {
      sv: 'Order som inte behövde rättas efter registreringen, enligt ordersystemets ändringslogg. Varje rättad order är ett klagomål vi kan ha förhindrat.',
      fi: 'Tilaukset, joita ei tarvinnut korjata kirjaamisen jälkeen, tilausjärjestelmän muutoslokista. Jokainen korjattu tilaus on reklamaatio, jonka olemme ehkä estäneet.',
      nb: 'Ordrer som ikke måtte rettes etter registrering, fra endringsloggen i ordresystemet. Hver rettet ordre er en klage vi kanskje har forhindret.',
    },

  // ---------- quarter end ----------
  'Cut order processing before quarter end from three days to two': {
    sv: 'Korta orderhanteringen före kvartalsslut från tre dagar till två',
    fi: 'Lyhennetään tilausten käsittely ennen vuosineljänneksen loppua kolmesta päivästä kahteen',
    nb: 'Korte ned ordrebehandlingen før kvartalsslutt fra tre dager til to',
  },
  "The quarter-end rush is when delivery promises break. This is the warehouse's share of the order-to-delivery time.":
    {
      sv: 'Det är i kvartalsslutsrushen som leveranslöftena spricker. Det här är lagrets del av tiden från order till leverans.',
      fi: 'Vuosineljänneksen lopun ruuhkassa toimituslupaukset pettävät. Tämä on varaston osuus tilauksesta toimitukseen kuluvasta ajasta.',
      nb: 'Det er i rushet før kvartalsslutt at leveringsløftene ryker. Dette er lagerets del av tiden fra ordre til levering.',
    },
  'Order processing time in the last two weeks of a quarter': {
    sv: 'Orderhanteringstid under kvartalets två sista veckor',
    fi: 'Tilausten käsittelyaika vuosineljänneksen kahdella viimeisellä viikolla',
    nb: 'Ordrebehandlingstid de to siste ukene i kvartalet',
  },
  'Working days from order to dispatch during the quarter-end peak; the rest of the year already runs at under two days.':
    {
      sv: 'Arbetsdagar från order till utleverans under kvartalsslutstoppen; resten av året ligger redan under två dagar.',
      fi: 'Työpäivät tilauksesta lähetykseen vuosineljänneksen lopun ruuhkassa; muuna aikana vuodesta päästään jo alle kahteen päivään.',
      nb: 'Arbeidsdager fra ordre til utsending under toppen før kvartalsslutt; resten av året ligger allerede under to dager.',
    },
  'Extra picking shift from week 24.': {
    sv: 'Extra plockpass från vecka 24.',
    fi: 'Ylimääräinen keräilyvuoro viikosta 24 alkaen.',
    nb: 'Ekstra plukkskift fra uke 24.',
  },

  // ---------- transfers ----------
  'Cut unnecessary transfers by 10 % in six months': {
    sv: 'Minska onödiga kopplingar med 10 % på sex månader',
    fi: 'Vähennetään tarpeettomia siirtoja 10 % kuudessa kuukaudessa',
    nb: 'Redusere unødvendige viderekoblinger med 10 % på seks måneder',
  },
  'Paired with "Raise beneficial transfers to experts by 5 %": counting transfers alone would reward agents for keeping calls they should pass on.':
    {
      sv: 'I par med ”Öka nyttiga kopplingar till experter med 5 %”: att bara räkna kopplingar skulle belöna medarbetare för att behålla samtal de borde koppla vidare.',
      fi: 'Parina tavoitteen ”Lisätään hyödyllisiä siirtoja asiantuntijoille 5 %” kanssa: pelkkä siirtojen laskeminen palkitsisi asiakasneuvojia siitä, että he pitävät puhelut, jotka pitäisi siirtää eteenpäin.',
      nb: 'I par med «Øke nyttige viderekoblinger til eksperter med 5 %»: å telle viderekoblinger alene ville belønnet kundebehandlere for å beholde samtaler de burde sende videre.',
    },
  'Unnecessary transfers per month': {
    sv: 'Onödiga kopplingar per månad',
    fi: 'Tarpeettomat siirrot kuukaudessa',
    nb: 'Unødvendige viderekoblinger per måned',
  },
  'Transfers the receiving team marks "could have been solved at first line". Each one makes the customer wait twice.':
    {
      sv: 'Kopplingar som det mottagande teamet markerar ”kunde ha lösts i första linjen”. Varje sådan får kunden att vänta två gånger.',
      fi: 'Siirrot, jotka vastaanottava tiimi merkitsee ”olisi voitu ratkaista ensimmäisellä linjalla”. Jokainen niistä pakottaa asiakkaan odottamaan kahdesti.',
      nb: 'Viderekoblinger som mottakende team merker «kunne vært løst i førstelinjen». Hver av dem får kunden til å vente to ganger.',
    },
  'Raise beneficial transfers to experts by 5 %': {
    sv: 'Öka nyttiga kopplingar till experter med 5 %',
    fi: 'Lisätään hyödyllisiä siirtoja asiantuntijoille 5 %',
    nb: 'Øke nyttige viderekoblinger til eksperter med 5 %',
  },
  'The complement of cutting unnecessary transfers, over the same six months: a customer with a complex matter should reach the expert who can solve it in the same contact.':
    {
      sv: 'Motsvarigheten till att minska onödiga kopplingar, under samma sex månader: en kund med ett komplicerat ärende ska nå den expert som kan lösa det i samma kontakt.',
      fi: 'Tarpeettomien siirtojen vähentämisen vastinpari samalle kuuden kuukauden jaksolle: monimutkaisen asian kanssa soittavan asiakkaan pitää tavoittaa samassa yhteydenotossa asiantuntija, joka osaa ratkaista sen.',
      nb: 'Motstykket til å redusere unødvendige viderekoblinger, i de samme seks månedene: en kunde med en kompleks sak skal nå eksperten som kan løse den, i samme henvendelse.',
    },
  'Beneficial transfers to experts per month': {
    sv: 'Nyttiga kopplingar till experter per månad',
    fi: 'Hyödylliset siirrot asiantuntijoille kuukaudessa',
    nb: 'Nyttige viderekoblinger til eksperter per måned',
  },
  'Transfers the expert team marks "right to send here". A fall would mean agents hold on to matters they cannot solve.':
    {
      sv: 'Kopplingar som expertteamet markerar ”rätt att skicka hit”. En minskning skulle betyda att medarbetarna håller kvar ärenden de inte kan lösa.',
      fi: 'Siirrot, jotka asiantuntijatiimi merkitsee ”oikein tänne ohjattu”. Lasku tarkoittaisi, että asiakasneuvojat pitävät asioita, joita he eivät osaa ratkaista.',
      nb: 'Viderekoblinger som ekspertteamet merker «riktig å sende hit». Et fall ville bety at kundebehandlerne holder på saker de ikke kan løse.',
    },

  // ---------- whole situation ----------
  "Map the customer's whole situation in every contact": {
    sv: 'Kartlägg kundens hela situation i varje kontakt',
    fi: 'Kartoitetaan asiakkaan koko tilanne jokaisessa kontaktissa',
    nb: 'Kartlegge kundens hele situasjon i hver kontakt',
  },
  'The practices on our quality-assurance form: map the whole situation with open questions, and offer the add-on that adds value ("would you like it?"). This is what FCR is built from.':
    {
      sv: 'Arbetssätten i vårt kvalitetsformulär: kartlägg hela situationen med öppna frågor och erbjud tillägget som ger värde (”vill du ha det?”). Det är av detta som FCR byggs.',
      fi: 'Laadunvarmistuslomakkeemme toimintatavat: kartoita koko tilanne avoimilla kysymyksillä ja tarjoa lisäarvoa tuova lisäpalvelu (”haluaisitko sen?”). Tästä FCR rakentuu.',
      nb: 'Arbeidsmåtene på kvalitetssikringsskjemaet vårt: kartlegg hele situasjonen med åpne spørsmål, og tilby tillegget som gir verdi («vil du ha det?»). Det er dette FCR bygges av.',
    },
  'Listened calls where the whole situation was mapped': {
    sv: 'Avlyssnade samtal där hela situationen kartlades',
    fi: 'Kuunnellut puhelut, joissa koko tilanne kartoitettiin',
    nb: 'Avlyttede samtaler der hele situasjonen ble kartlagt',
  },
  'Scored on the quality-assurance form from at least 60 listened calls a month across all teams, so that a handful of calls does not decide the share.':
    {
      sv: 'Bedöms med kvalitetsformuläret utifrån minst 60 avlyssnade samtal i månaden från alla team, så att en handfull samtal inte avgör andelen.',
      fi: 'Arvioidaan laadunvarmistuslomakkeella vähintään 60 kuukaudessa kuunnellusta puhelusta kaikista tiimeistä, jotta kourallinen puheluita ei ratkaise osuutta.',
      nb: 'Vurderes med kvalitetssikringsskjemaet ut fra minst 60 avlyttede samtaler i måneden fra alle team, så en håndfull samtaler ikke avgjør andelen.',
    },
  'Contacts where a relevant add-on was offered': {
    sv: 'Kontakter där ett relevant tillägg erbjöds',
    fi: 'Kontaktit, joissa tarjottiin sopivaa lisäpalvelua',
    nb: 'Kontakter der et relevant tillegg ble tilbudt',
  },
  'Offering what adds value is part of solving the whole need; the same listened calls show whether the agent asked.': {
    sv: 'Att erbjuda det som ger värde är en del av att lösa hela behovet; samma avlyssnade samtal visar om medarbetaren frågade.',
    fi: 'Lisäarvoa tuovan tarjoaminen on osa koko tarpeen ratkaisemista; samat kuunnellut puhelut näyttävät, kysyikö asiakasneuvoja.',
    nb: 'Å tilby det som gir verdi, er en del av å løse hele behovet; de samme avlyttede samtalene viser om kundebehandleren spurte.',
  },

  // ---------- one view ----------
  'Give agents one view of billing and customer history': {
    sv: 'Ge medarbetarna en samlad vy över fakturering och kundhistorik',
    fi: 'Annetaan asiakasneuvojille yksi näkymä laskutukseen ja asiakashistoriaan',
    nb: 'Gi kundebehandlerne ett samlet bilde av fakturering og kundehistorikk',
  },
  'Easy access to information is the third level of quality: an agent who sees the invoice, the order and every earlier contact on one screen can solve the matter without a call-back.':
    {
      sv: 'Enkel tillgång till information är kvalitetens tredje nivå: en medarbetare som ser fakturan, ordern och alla tidigare kontakter på en skärm kan lösa ärendet utan att ringa tillbaka.',
      fi: 'Tiedon helppo saatavuus on laadun kolmas taso: asiakasneuvoja, joka näkee laskun, tilauksen ja kaikki aiemmat yhteydenotot yhdellä näytöllä, voi ratkaista asian ilman takaisinsoittoa.',
      nb: 'Enkel tilgang til informasjon er det tredje kvalitetsnivået: en kundebehandler som ser fakturaen, ordren og alle tidligere henvendelser på én skjerm, kan løse saken uten å ringe tilbake.',
    },
  'Contacts handled in the unified customer view': {
    sv: 'Kontakter hanterade i den samlade kundvyn',
    fi: 'Yhtenäisessä asiakasnäkymässä käsitellyt yhteydenotot',
    nb: 'Henvendelser behandlet i det samlede kundebildet',
  },
  'Rollout measure: contacts where the agent worked in the new view instead of switching between billing and CRM. First reading at the end of November.':
    {
      sv: 'Införandemått: kontakter där medarbetaren arbetade i den nya vyn i stället för att växla mellan fakturering och CRM. Första avläsning i slutet av november.',
      fi: 'Käyttöönoton mittari: yhteydenotot, joissa asiakasneuvoja työskenteli uudessa näkymässä sen sijaan, että olisi vaihdellut laskutuksen ja CRM:n välillä. Ensimmäinen lukema marraskuun lopussa.',
      nb: 'Innføringsindikator: henvendelser der kundebehandleren jobbet i det nye bildet i stedet for å veksle mellom fakturering og CRM. Første måling i slutten av november.',
    },

  // ---------- handling time ----------
  'Bring handling time down without hurting resolution': {
    sv: 'Sänk hanteringstiden utan att försämra lösningsgraden',
    fi: 'Lyhennetään käsittelyaikaa heikentämättä ratkaisuastetta',
    nb: 'Få ned behandlingstiden uten at det går ut over løsningsgraden',
  },
  'Set only after the quality goals: a shorter call counts only while FCR and CSAT hold. Most of the saving should come from after-call work, through better templates.':
    {
      sv: 'Sätts först efter kvalitetsmålen: ett kortare samtal räknas bara så länge FCR och CSAT håller. Det mesta av besparingen ska komma från efterarbetet, genom bättre mallar.',
      fi: 'Asetetaan vasta laatutavoitteiden jälkeen: lyhyempi puhelu lasketaan vain, jos FCR ja CSAT pysyvät. Suurin osa säästöstä tulee jälkikäsittelystä paremmilla pohjilla.',
      nb: 'Settes først etter kvalitetsmålene: en kortere samtale teller bare så lenge FCR og CSAT holder seg. Det meste av besparelsen skal komme fra etterarbeidet, gjennom bedre maler.',
    },
  'Average handling time (AHT)': {
    sv: 'Genomsnittlig hanteringstid (AHT)',
    fi: 'Keskimääräinen käsittelyaika (AHT)',
    nb: 'Gjennomsnittlig behandlingstid (AHT)',
  },
  'Talk, hold and after-call work per answered call. Read with FCR: time cut by rushing customers comes back as repeat calls.':
    {
      sv: 'Samtalstid, parkerad tid och efterarbete per besvarat samtal. Läses tillsammans med FCR: tid som sparas genom att stressa kunderna kommer tillbaka som återuppringningar.',
      fi: 'Puheaika, pitoaika ja jälkikäsittely vastattua puhelua kohden. Luetaan yhdessä FCR:n kanssa: asiakkaita hoputtamalla säästetty aika palaa uusintapuheluina.',
      nb: 'Samtaletid, tid på vent og etterarbeid per besvart anrop. Leses sammen med FCR: tid spart ved å skynde på kundene kommer tilbake som gjentatte anrop.',
    },
  Phone: { sv: 'Telefon', fi: 'Puhelin', nb: 'Telefon' },
  Chat: { sv: 'Chatt', fi: 'Chat', nb: 'Chat' },
  'E-mail': { sv: 'E-post', fi: 'Sähköposti', nb: 'E-post' },
  'After-call work': { sv: 'Efterarbete', fi: 'Jälkikäsittely', nb: 'Etterarbeid' },
  "Inside the agents' circle of influence: templates and system shortcuts move it directly. Followed in the weekly team meeting.":
    {
      sv: 'Inom medarbetarnas påverkanscirkel: mallar och genvägar i systemet påverkar det direkt. Följs på det veckovisa teammötet.',
      fi: 'Asiakasneuvojien vaikutuspiirin sisällä: pohjat ja järjestelmän pikatoiminnot vaikuttavat siihen suoraan. Seurataan viikoittaisessa tiimipalaverissa.',
      nb: 'Innenfor kundebehandlernes påvirkningssirkel: maler og snarveier i systemet påvirker den direkte. Følges på det ukentlige teammøtet.',
    },
  'New case-note templates live from 2 June.': {
    sv: 'Nya mallar för ärendeanteckningar i drift från 2 juni.',
    fi: 'Uudet muistiinpanopohjat käytössä 2.6. alkaen.',
    nb: 'Nye maler for saksnotater i bruk fra 2. juni.',
  },

  // ---------- billing queue ----------
  'Keep billing-queue handling time between 5 and 6 minutes': {
    sv: 'Håll hanteringstiden i fakturakön mellan 5 och 6 minuter',
    fi: 'Pidetään laskutusjonon käsittelyaika 5–6 minuutissa',
    nb: 'Holde behandlingstiden i fakturakøen mellom 5 og 6 minutter',
  },
  'Billing questions need time to explain the invoice: below five minutes we see repeat calls, above six the queue grows.':
    {
      sv: 'Fakturafrågor kräver tid för att förklara fakturan: under fem minuter ser vi återuppringningar, över sex växer kön.',
      fi: 'Laskukysymyksissä laskun selittäminen vie aikaa: alle viidessä minuutissa tulee uusintapuheluita, yli kuudessa jono kasvaa.',
      nb: 'Fakturaspørsmål krever tid til å forklare fakturaen: under fem minutter ser vi gjentatte anrop, over seks vokser køen.',
    },
  'Average handling time, billing queue': {
    sv: 'Genomsnittlig hanteringstid, fakturakön',
    fi: 'Keskimääräinen käsittelyaika, laskutusjono',
    nb: 'Gjennomsnittlig behandlingstid, fakturakøen',
  },
  'A band rather than "lower is better": too short means the customer\'s question was not fully answered.': {
    sv: 'Ett intervall snarare än ”lägre är bättre”: för kort betyder att kundens fråga inte besvarades helt.',
    fi: 'Vaihteluväli eikä ”pienempi on parempi”: liian lyhyt tarkoittaa, ettei asiakkaan kysymykseen vastattu kunnolla.',
    nb: 'Et intervall heller enn «lavere er bedre»: for kort betyr at kundens spørsmål ikke ble fullt ut besvart.',
  },

  // ---------- feedback ----------
  'Give every agent a monthly feedback session': {
    sv: 'Ge varje medarbetare ett återkopplingssamtal i månaden',
    fi: 'Jokaiselle asiakasneuvojalle palautekeskustelu kuukausittain',
    nb: 'Gi hver kundebehandler en tilbakemeldingssamtale hver måned',
  },
  'Feedback on listened calls is how the quality practices spread. Training and support are part of every goal, not an extra.':
    {
      sv: 'Återkoppling på avlyssnade samtal är hur kvalitetsarbetssätten sprids. Utbildning och stöd är en del av varje mål, inget extra.',
      fi: 'Kuunneltujen puheluiden palaute on se tapa, jolla laadun toimintatavat leviävät. Koulutus ja tuki kuuluvat jokaiseen tavoitteeseen, eivät ole lisä.',
      nb: 'Tilbakemelding på avlyttede samtaler er måten kvalitetsarbeidsmåtene spres på. Opplæring og støtte er en del av hvert mål, ikke noe ekstra.',
    },
  'Agents who had a feedback session this month': {
    sv: 'Medarbetare som haft ett återkopplingssamtal denna månad',
    fi: 'Asiakasneuvojat, joilla oli palautekeskustelu tässä kuussa',
    nb: 'Kundebehandlere som har hatt en tilbakemeldingssamtale denne måneden',
  },
  'An agent without a session has no picture of how their contacts are going, and no say in what the KPIs mean.': {
    sv: 'En medarbetare utan samtal har ingen bild av hur kontakterna går och inget att säga till om när det gäller vad nyckeltalen betyder.',
    fi: 'Asiakasneuvojalla, jolla ei ole palautekeskustelua, ei ole käsitystä siitä, miten hänen kontaktinsa sujuvat, eikä sananvaltaa siihen, mitä mittarit tarkoittavat.',
    nb: 'En kundebehandler uten samtale har ikke noe bilde av hvordan henvendelsene går, og ikke noe å si om hva nøkkeltallene betyr.',
  },
  'Holiday month; sessions moved to August.': {
    sv: 'Semestermånad; samtalen flyttade till augusti.',
    fi: 'Lomakuukausi; keskustelut siirrettiin elokuulle.',
    nb: 'Feriemåned; samtalene flyttet til august.',
  },

  // ---------- price check ----------
  'Check customer prices before invoices are sent': {
    sv: 'Kontrollera kundpriserna innan fakturorna skickas',
    fi: 'Tarkistetaan asiakashinnat ennen laskujen lähettämistä',
    nb: 'Kontrollere kundeprisene før fakturaene sendes',
  },
  'A second check of contract prices on every invoice over the agreed limit, before the invoice run.': {
    sv: 'En andra kontroll av avtalspriserna på varje faktura över den överenskomna gränsen, före faktureringskörningen.',
    fi: 'Sopimushintojen toinen tarkistus jokaiseen sovitun rajan ylittävään laskuun ennen laskutusajoa.',
    nb: 'En ekstra kontroll av avtaleprisene på hver faktura over den avtalte grensen, før faktureringskjøringen.',
  },
  'Invoices credited after sending': {
    sv: 'Fakturor som krediterats efter utskick',
    fi: 'Lähettämisen jälkeen hyvitetyt laskut',
    nb: 'Fakturaer kreditert etter utsending',
  },
  'Every credit note is an invoice the customer had to question. The check should stop most of them before the invoice leaves.':
    {
      sv: 'Varje kreditfaktura är en faktura som kunden var tvungen att ifrågasätta. Kontrollen ska stoppa de flesta innan fakturan går iväg.',
      fi: 'Jokainen hyvityslasku on lasku, jota asiakas joutui kyseenalaistamaan. Tarkistuksen pitäisi pysäyttää useimmat ennen kuin lasku lähtee.',
      nb: 'Hver kreditnota er en faktura kunden måtte stille spørsmål ved. Kontrollen skal stoppe de fleste før fakturaen går ut.',
    },

  // ---------- checklist ----------
  'Use the order checklist on every phone order': {
    sv: 'Använd orderchecklistan vid varje telefonorder',
    fi: 'Käytetään tilauksen tarkistuslistaa jokaisessa puhelintilauksessa',
    nb: 'Bruke ordresjekklisten ved hver telefonordre',
  },
  'Read back item, quantity, price and delivery address before confirming. Introduced with training in October.': {
    sv: 'Läs upp artikel, antal, pris och leveransadress innan du bekräftar. Infördes med utbildning i oktober.',
    fi: 'Lue tuote, määrä, hinta ja toimitusosoite ääneen ennen vahvistamista. Otettiin käyttöön koulutuksen kanssa lokakuussa.',
    nb: 'Les opp vare, antall, pris og leveringsadresse før du bekrefter. Innført med opplæring i oktober.',
  },
  'Phone orders with the checklist completed': {
    sv: 'Telefonorder med ifylld checklista',
    fi: 'Puhelintilaukset, joissa tarkistuslista käytiin läpi',
    nb: 'Telefonordrer med utfylt sjekkliste',
  },
  'Shows whether the checklist is used at all before we judge whether it improves accuracy.': {
    sv: 'Visar om checklistan används över huvud taget innan vi bedömer om den förbättrar träffsäkerheten.',
    fi: 'Näyttää, käytetäänkö tarkistuslistaa ylipäätään, ennen kuin arvioimme, parantaako se tarkkuutta.',
    nb: 'Viser om sjekklisten brukes i det hele tatt, før vi vurderer om den gjør ordrene mer nøyaktige.',
  },

  // ---------- transfer training ----------
  'Train first-line agents on the 20 most-transferred questions': {
    sv: 'Utbilda första linjen i de 20 oftast kopplade frågorna',
    fi: 'Koulutetaan ensimmäisen linjan asiakasneuvojat 20 useimmin siirrettyyn kysymykseen',
    nb: 'Lære opp førstelinjen i de 20 spørsmålene som oftest viderekobles',
  },
  'Most unnecessary transfers concern the same twenty questions; a short course lets first line answer them.': {
    sv: 'De flesta onödiga kopplingar gäller samma tjugo frågor; en kort kurs gör att första linjen kan svara på dem.',
    fi: 'Useimmat tarpeettomat siirrot koskevat samoja kahtakymmentä kysymystä; lyhyt kurssi antaa ensimmäiselle linjalle valmiudet vastata niihin.',
    nb: 'De fleste unødvendige viderekoblinger gjelder de samme tjue spørsmålene; et kort kurs gjør at førstelinjen kan svare på dem.',
  },
  'First-line agents trained': {
    sv: 'Utbildade medarbetare i första linjen',
    fi: 'Koulutetut ensimmäisen linjan asiakasneuvojat',
    nb: 'Kundebehandlere i førstelinjen som har fått opplæring',
  },
  'Training is what makes the transfer goals reachable; this shows whether it has reached everyone.': {
    sv: 'Utbildningen är det som gör kopplingsmålen nåbara; det här visar om den har nått alla.',
    fi: 'Koulutus tekee siirtotavoitteista saavutettavia; tämä näyttää, onko se tavoittanut kaikki.',
    nb: 'Opplæringen er det som gjør målene for viderekoblinger oppnåelige; dette viser om den har nådd alle.',
  },

  // ---------- pre-pick ----------
  'Pre-pick the 50 best-selling items before each quarter end': {
    sv: 'Förplocka de 50 mest sålda artiklarna före varje kvartalsslut',
    fi: 'Kerätään 50 myydyintä tuotetta valmiiksi ennen jokaisen vuosineljänneksen loppua',
    nb: 'Forhåndsplukke de 50 mest solgte varene før hver kvartalsslutt',
  },
  'Stock for the most common orders is picked and packed in the week before the quarter-end rush.': {
    sv: 'Varor till de vanligaste ordrarna plockas och packas veckan före kvartalsslutsrushen.',
    fi: 'Yleisimpien tilausten tuotteet kerätään ja pakataan viikolla ennen vuosineljänneksen lopun ruuhkaa.',
    nb: 'Varer til de vanligste ordrene plukkes og pakkes uken før rushet ved kvartalsslutt.',
  },
  'Quarter-end orders shipped from pre-picked stock': {
    sv: 'Kvartalsslutsorder som skickats från förplockat lager',
    fi: 'Valmiiksi kerätystä varastosta lähetetyt vuosineljänneksen lopun tilaukset',
    nb: 'Ordrer ved kvartalsslutt sendt fra forhåndsplukket lager',
  },
  'The lever behind the two-day processing goal: the more orders leave from pre-picked stock, the shorter the peak.': {
    sv: 'Hävstången bakom målet om två dagars orderhantering: ju fler order som går från förplockat lager, desto kortare topp.',
    fi: 'Kahden päivän käsittelytavoitteen taustalla oleva vipu: mitä useampi tilaus lähtee valmiiksi kerätystä varastosta, sitä lyhyempi ruuhka.',
    nb: 'Spaken bak målet om to dagers ordrebehandling: jo flere ordrer som går fra forhåndsplukket lager, desto kortere topp.',
  },

  // ---------- practices ----------
  "Map the customer's whole situation with open questions before proposing a solution.": {
    sv: 'Kartlägg kundens hela situation med öppna frågor innan du föreslår en lösning.',
    fi: 'Kartoita asiakkaan koko tilanne avoimilla kysymyksillä ennen kuin ehdotat ratkaisua.',
    nb: 'Kartlegg kundens hele situasjon med åpne spørsmål før du foreslår en løsning.',
  },
  'Look at billing, orders and earlier contacts before answering, so nothing is missed.': {
    sv: 'Titta på fakturering, order och tidigare kontakter innan du svarar, så att inget missas.',
    fi: 'Katso laskutus, tilaukset ja aiemmat yhteydenotot ennen kuin vastaat, jotta mitään ei jää huomaamatta.',
    nb: 'Se på fakturering, ordrer og tidligere henvendelser før du svarer, så ingenting blir oversett.',
  },
  'Check with the customer that the whole matter is solved before ending the contact.': {
    sv: 'Stäm av med kunden att hela ärendet är löst innan du avslutar kontakten.',
    fi: 'Varmista asiakkaalta, että koko asia on ratkaistu, ennen kuin lopetat kontaktin.',
    nb: 'Sjekk med kunden at hele saken er løst før du avslutter kontakten.',
  },
  "Map the customer's whole situation with open questions.": {
    sv: 'Kartlägg kundens hela situation med öppna frågor.',
    fi: 'Kartoita asiakkaan koko tilanne avoimilla kysymyksillä.',
    nb: 'Kartlegg kundens hele situasjon med åpne spørsmål.',
  },
  'Offer the add-on that adds value, and ask: would you like it?': {
    sv: 'Erbjud tillägget som ger värde och fråga: vill du ha det?',
    fi: 'Tarjoa lisäarvoa tuovaa lisäpalvelua ja kysy: haluaisitko sen?',
    nb: 'Tilby tillegget som gir verdi, og spør: vil du ha det?',
  },
  'Summarise what happens next, and when.': {
    sv: 'Sammanfatta vad som händer härnäst och när.',
    fi: 'Kerro yhteenvetona, mitä seuraavaksi tapahtuu ja milloin.',
    nb: 'Oppsummer hva som skjer videre, og når.',
  },
};

/** `english` (a text of demo.ts) in `locale`; English itself when the locale is English. */
export function demoText(locale: DemoTextLocale | 'en', english: string): string {
  if (locale === 'en') return english;
  const t = DEMO_TEXT[english];
  if (!t) throw new Error(`The demo text "${english}" has no ${locale} translation in db/seed/demo-text.ts.`);
  return t[locale];
}

/** The demo's language from `TILLER_DEMO_LOCALE` (unset: English); any other value is refused by name. */
export function demoLocale(value: string | undefined): DemoTextLocale | 'en' {
  if (!value || value === 'en') return 'en';
  if ((DEMO_TEXT_LOCALES as readonly string[]).includes(value)) return value as DemoTextLocale;
  throw new Error(`TILLER_DEMO_LOCALE=${value} is not a demo language: use en, ${DEMO_TEXT_LOCALES.join(', ')}.`);
}
