// The KPI library in Finnish, keyed by library key (the English and Swedish live in
// src/domain/kpi-library.ts). Terms follow glossary.ts: palvelutaso, vastausaika, käsittelyaika.
import type { KpiTexts } from './kpi-texts.ts';

export const KPI_FI: KpiTexts = {
  entries: {
    aht: {
      name: 'Keskimääräinen käsittelyaika (AHT)',
      definition: 'Yhden käsitellyn yhteydenoton keskimääräinen kesto: puhe- tai kirjoitusaika, pitoaika ja jälkikäsittely.',
      formula: '(puheaika yhteensä + pitoaika yhteensä + jälkikäsittelyaika yhteensä) ÷ käsiteltyjen yhteydenottojen määrä.',
      dataSource: 'Puhelin-/ACD-järjestelmä tai asiakaspalvelualusta, jonoittain ja asiakasneuvojittain.',
      gamingRisk:
        'Yhteydenottoja voi katkaista liian aikaisin tai asiakasta hoputtaa; säästetty aika palaa uusintayhteydenottoina. Seuraa sitä yhdessä ensimmäisellä yhteydenotolla ratkaistujen osuuden tai CSAT:n kanssa.',
    },
    after_contact_work: {
      name: 'Jälkikäsittelyaika (ACW)',
      definition: 'Keskimääräinen aika, jonka asiakasneuvoja käyttää yhteydenoton viimeistelyyn asiakkaan lähdettyä: muistiinpanot, lomakkeet, jatkotehtävät.',
      formula: 'Jälkikäsittelyaika yhteensä ÷ käsiteltyjen yhteydenottojen määrä.',
      dataSource: 'ACD-järjestelmän jälkikäsittelytila (”wrap-up”) puhelin- tai asiakaspalvelualustalla.',
      gamingRisk: null,
    },
    service_level: {
      name: 'Palvelutaso',
      definition: 'Aikarajan sisällä vastattujen osuus saapuneista yhteydenotoista, esim. ”80 % 20 sekunnissa”. Sekä aikaraja että tavoiteosuus kuuluvat mittariin.',
      formula:
        'Aikarajan sisällä vastatut ÷ saapuneet yhteydenotot × 100. Keskeytyneet yhteydenotot lasketaan saapuneiksi mutta ei ajoissa vastatuiksi; kerro, jos hyvin lyhyet keskeytykset jätetään pois.',
      dataSource: 'Puhelin-/ACD-järjestelmän jonotilastot (aikaväleittäin, jonoittain ja kanavittain).',
      gamingRisk:
        'Nopean vastaamisen saa helposti aikaan hoputtamalla asiakkaat pois linjalta, jotta seuraavaan puheluun ehditään vastata, tai jättämällä keskeytyneet puhelut pois. Seuraa sitä yhdessä luopumisprosentin ja ensimmäisellä yhteydenotolla ratkaistujen osuuden kanssa.',
    },
    answer_rate: {
      name: 'Vastausprosentti',
      definition: 'Niiden saapuneiden yhteydenottojen osuus, jotka ylipäätään tavoittavat asiakasneuvojan.',
      formula: 'Vastatut yhteydenotot ÷ saapuneet yhteydenotot × 100.',
      dataSource: 'Puhelin-/ACD-järjestelmän jonotilastot.',
      gamingRisk: null,
    },
    abandonment_rate: {
      name: 'Luopumisprosentti',
      definition: 'Niiden saapuneiden yhteydenottojen osuus, joissa asiakas katkaisee puhelun tai poistuu jonosta ennen kuin asiakasneuvoja vastaa.',
      formula: 'Keskeytyneet yhteydenotot ÷ saapuneet yhteydenotot × 100 (kerro, jätetäänkö ensimmäisten sekuntien aikana keskeytyneet pois).',
      dataSource: 'Puhelin-/ACD-järjestelmän jonotilastot; chat-alustat raportoivat keskeytyneet chatit samalla tavalla.',
      gamingRisk: null,
    },
    asa: {
      name: 'Keskimääräinen vastausaika (ASA)',
      definition: 'Keskimääräinen aika, jonka vastauksen saaneet asiakkaat jonottivat ennen kuin asiakasneuvoja vastasi.',
      formula: 'Vastattujen yhteydenottojen jonotusaika yhteensä ÷ vastattujen yhteydenottojen määrä. Jonosta luopuneet asiakkaat eivät ole mukana.',
      dataSource: 'Puhelin-/ACD-järjestelmän jonotilastot.',
      gamingRisk:
        'ASA laskee vain vastauksen saaneet asiakkaat: se paranee, kun pisimpään jonottaneet luopuvat ja kun puheluita hoputetaan. Seuraa sitä yhdessä luopumisprosentin ja ensimmäisellä yhteydenotolla ratkaistujen osuuden kanssa.',
    },
    fcr: {
      name: 'Ratkaisu ensimmäisellä yhteydenotolla (FCR)',
      definition:
        'Niiden yhteydenottojen osuus, joissa asiakkaan asia ratkeaa ensimmäisellä kerralla, eikä samasta asiasta tule uutta yhteydenottoa sovitun ajan (esim. 7 päivän) kuluessa.',
      formula:
        'Yhteydenotot, joista ei tule uusintayhteydenottoa samasta asiasta sovitun ajan kuluessa ÷ kaikki käsitellyt yhteydenotot × 100; tai ”kyllä”-vastaukset kysymykseen ”Ratkesiko asiasi?” ÷ kaikki vastaukset × 100.',
      dataSource: 'Tiketöinti- tai CRM-järjestelmä (uusintayhteydenotot asiakkaittain ja syittäin) tai lyhyt kysely yhteydenoton jälkeen.',
      gamingRisk: null,
    },
    csat: {
      name: 'Asiakastyytyväisyys (CSAT)',
      definition: 'Niiden kyselyyn vastanneiden asiakkaiden osuus, jotka vastaavat 4 tai 5 heti yhteydenoton jälkeen lähetettyyn tyytyväisyyskysymykseen asteikolla 1–5.',
      formula: 'Vastaukset 4–5 ÷ kaikki vastaukset × 100 (k/n).',
      dataSource: 'Yhteydenoton jälkeinen kysely (tekstiviesti, sähköposti tai IVR), joka on liitetty yhteydenottoon, jotta vastaukset voi jakaa kanavittain ja tiimeittäin.',
      gamingRisk: null,
    },
    nps: {
      name: 'Suositteluindeksi (NPS)',
      definition: 'Kuinka todennäköisesti asiakkaat suosittelisivat meitä, kysyttynä asteikolla 0–10: suosittelijat vastaavat 9–10, passiiviset 7–8, arvostelijat 0–6.',
      formula: 'Suosittelijoiden % − arvostelijoiden %, välillä −100…+100. Sen 95 %:n virhemarginaali on 1,96 · √((p + d − (p − d)²) ÷ n), kun p ja d ovat osuuksia.',
      dataSource: 'Sähköposti- tai tekstiviestikysely muutama päivä yhteydenoton tai oston jälkeen; kirjaa suosittelijoiden, passiivisten ja arvostelijoiden määrät.',
      gamingRisk: null,
    },
    ces: {
      name: 'Asioinnin vaivattomuus (CES)',
      definition:
        'Kuinka helpoksi asiakkaat kokivat asiansa hoitamisen: väittämän ”Yritys teki asiani hoitamisesta helppoa” vastausten keskiarvo asteikolla 1–7 (7 = täysin samaa mieltä).',
      formula: 'Vastausten summa ÷ vastausten määrä (keskiarvo; kirjaa n sen mukana).',
      dataSource: 'Yhden kysymyksen kysely heti yhteydenoton jälkeen.',
      gamingRisk: null,
    },
    contacts_per_hour: {
      name: 'Käsitellyt yhteydenotot tunnissa',
      definition:
        'Kuinka monta yhteydenottoa asiakasneuvoja tai tiimi käsittelee sisäänkirjautunutta tuntia kohden. Sopii paremmin lähtevään työhön ja tiimin suunnitteluun kuin yksilöiden arviointiin.',
      formula: 'Käsitellyt yhteydenotot ÷ sisäänkirjautuneet (vapaa + varattu) tunnit.',
      dataSource: 'Asiakaspalvelualusta: käsitellyt yhteydenotot ja asiakasneuvojien tila-ajat.',
      gamingRisk:
        'Tuntikohtaisten yhteydenottojen määrää on helppo kasvattaa kiirehtimällä tai valitsemalla helppoja yhteydenottoja; laatu kärsii ensimmäisenä. Seuraa sitä yhdessä CSAT:n tai laadunvarmistuksen toteutumisen kanssa.',
    },
    upsell_value: {
      name: 'Lisä- ja ristiinmyynnin arvo',
      definition: 'Arvo, joka syntyy tarjoamalla palvelukontakteissa sopivaa lisäpalvelua tai päivitystä, asiakassuhdetta kohden.',
      formula: 'Palvelukontakteissa myytyjen lisäpalveluiden ja päivitysten tilausarvo ÷ kauden asiakassuhteiden (tai käsiteltyjen yhteydenottojen) määrä.',
      dataSource: 'Tilaus- tai CRM-järjestelmä, jossa myynti on merkitty palvelukontaktiin.',
      gamingRisk: null,
    },
    enps: {
      name: 'Henkilöstön tyytyväisyys (eNPS)',
      definition: 'Kuinka todennäköisesti työntekijät suosittelisivat työpaikkaa, asteikolla 0–10: suosittelijat 9–10, passiiviset 7–8, arvostelijat 0–6.',
      formula: 'Suosittelijoiden % − arvostelijoiden %, välillä −100…+100; lue se yhdessä vastausten määrän kanssa.',
      dataSource: 'Koko henkilöstön anonyymi pulssikysely.',
      gamingRisk: null,
    },
    phone_queue: {
      name: 'Puhelinjono',
      definition: 'Jonossa odottavien soittajien määrä, esim. päivän ruuhkahuipussa tai keskiarvona aukioloajalta.',
      formula: 'Jonossa olevat soittajat valittuna ajankohtana (tai aikavälien tilannekuvien keskiarvo).',
      dataSource: 'Puhelin-/ACD-järjestelmän reaaliaikaiset ja aikavälitilastot.',
      gamingRisk: null,
    },
    email_backlog: {
      name: 'Sähköpostijono',
      definition: 'Vastaamattomien asiakassähköpostien (tai verkkolomakkeiden) määrä.',
      formula: 'Avoimet, vastaamattomat sähköpostitapaukset mittaushetkellä.',
      dataSource: 'Tiketöinti- tai sähköpostinkäsittelyjärjestelmä.',
      gamingRisk: null,
    },
    email_backlog_age: {
      name: 'Sähköpostijonon ikä',
      definition: 'Kuinka kauan vastaamattomat sähköpostit ovat odottaneet: vanhimman ikä tai keski-ikä.',
      formula: 'Nyt − vanhimman avoimen sähköpostin saapumisaika (tai kaikkien avointen sähköpostien keskiarvo), tunteina.',
      dataSource: 'Tiketöinti- tai sähköpostinkäsittelyjärjestelmä.',
      gamingRisk: null,
    },
    unnecessary_transfers: {
      name: 'Tarpeettomat siirrot',
      definition: 'Siirrot, jotka vastaanottava tiimi merkitsee ”olisi voitu ratkaista ensimmäisellä linjalla”. Jokainen niistä pakottaa asiakkaan odottamaan kahdesti.',
      formula: 'Tarpeettomiksi merkittyjen siirtojen määrä kaudella (tai osuutena: ÷ käsitellyt yhteydenotot × 100).',
      dataSource: 'Siirtokoodit puhelin- tai tiketöintijärjestelmässä, vastaanottavan tiimin merkitseminä.',
      gamingRisk:
        'Pelkkä siirtojen laskeminen palkitsee asiakasneuvojia siitä, että he pitävät asiat, jotka pitäisi siirtää eteenpäin. Yhdistä ”vähennä tarpeettomia siirtoja” ja ”lisää hyödyllisiä siirtoja asiantuntijoille” samalle kaudelle.',
    },
    expert_transfers: {
      name: 'Siirrot asiantuntijoille',
      definition: 'Siirrot, jotka asiantuntijatiimi merkitsee ”oikein tänne ohjattu”: monimutkaiset asiat, jotka päätyvät samassa yhteydenotossa sille, joka osaa ratkaista ne.',
      formula: 'Asiantuntijatiimin hyödyllisiksi merkitsemien siirtojen määrä kaudella.',
      dataSource: 'Siirtokoodit puhelin- tai tiketöintijärjestelmässä, asiantuntijatiimin merkitseminä.',
      gamingRisk: 'Pelkkä asiantuntijasiirtojen lisääminen palkitsee siirtämään eteenpäin asioita, jotka ensimmäinen linja voisi ratkaista. Seuraa sitä yhdessä tarpeettomien siirtojen kanssa.',
    },
    complaints: {
      name: 'Reklamaatiot',
      definition: 'Asiakkailta kaikissa kanavissa saadut reklamaatiot. Moni saa alkunsa asiakaspalvelun ulkopuolelta (virheelliset laskut, tilaukset tai toimitukset).',
      formula: 'Kaudella reklamaatioiksi kirjattujen tapausten määrä syyn mukaan luokiteltuna.',
      dataSource: 'Tiketöinti- tai CRM-järjestelmä (reklamaatioluokka ja syykoodi).',
      gamingRisk: null,
    },
    qa_compliance: {
      name: 'Laadunvarmistuksen toteutuminen',
      definition:
        'Niiden otokseen valittujen yhteydenottojen (kuunnellut puhelut, luetut sähköpostit ja chatit) osuus, joissa asiakasneuvoja noudatti jokaista tavoitteen laadunvarmistuslomakkeen toimintatapaa.',
      formula: 'Otoksen yhteydenotot, joissa jokainen toimintatapa toteutui ÷ otoksen yhteydenotot × 100 (k/n).',
      dataSource: 'Puheluiden kuuntelu ja sisällön seuranta laadunvarmistuslomakkeella, jaettuna asiakasneuvojien, kanavien ja vuorokaudenaikojen kesken.',
      gamingRisk: null,
    },
  },
  guardPurpose: (name, def) => `Vastapaino mittarille ”${name}”: sen on pysyttävä, kun toinen paranee. ${def}`,
};
