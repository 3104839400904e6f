// Finnish for every English message of the API and the shared schemas (see problems.ts); the same
// keys as problems-sv.ts, with each interpolated part as {0}, {1}… (test/unit/translations.test.ts).
export const PROBLEMS_FI: Readonly<Record<string, string>> = {
  // ---------- fields (src/domain/schemas.ts) ----------
  'Enter a complete date: day, month and year.': 'Anna täydellinen päivämäärä: päivä, kuukausi ja vuosi.',
  'Remove the invisible NUL character.': 'Poista näkymätön NUL-merkki.',
  'Remove the broken character (half of a character pair).': 'Poista rikkinäinen merkki (puolikas merkkiparista).',
  'The database is read-only or full at the moment; nothing was saved. Try again later, or tell whoever runs Tiller.':
    'Tietokanta on tällä hetkellä vain luku -tilassa tai täynnä; mitään ei tallennettu. Yritä myöhemmin uudelleen tai ilmoita Tillerin ylläpitäjälle.',
  'To restore, stop Tiller and copy your latest backup of the database over {}. To start over with a new, empty database instead, move the file aside (for example to {}.broken) and start again.':
    'Palauta pysäyttämällä Tiller ja kopioimalla viimeisin tietokannan varmuuskopio tiedoston {0} päälle. Jos haluat aloittaa alusta uudella, tyhjällä tietokannalla, siirrä tiedosto sivuun (esimerkiksi nimelle {1}.broken) ja käynnistä uudelleen.',
  'The database file {} cannot be written ({}): it, or its folder, is read-only or immutable, or the disk is full. Tiller will not start on it, as every change and sign-in would fail. Make the file and its folder writable for the user running Tiller (check \\`lsattr\\` for the immutable flag and \\`df\\` for free space), then start again.':
    'Tietokantatiedostoon {0} ei voi kirjoittaa ({1}): tiedosto tai sen kansio on vain luku -tilassa tai muuttumaton, tai levy on täynnä. Tiller ei käynnisty sillä, koska jokainen muutos ja kirjautuminen epäonnistuisi. Anna Tilleriä ajavalle käyttäjälle kirjoitusoikeus tiedostoon ja kansioon (tarkista immutable-lippu komennolla \\`lsattr\\` ja vapaa tila komennolla \\`df\\`) ja käynnistä uudelleen.',
  'Use visible characters, not only spaces or invisible ones.': 'Käytä näkyviä merkkejä, ei pelkkiä välilyöntejä tai näkymättömiä merkkejä.',
  'Use more than one character repeated.': 'Käytä muutakin kuin yhtä toistettua merkkiä.',
  'This password is on a list of common or leaked passwords: choose another.': 'Salasana on yleisten tai vuotaneiden salasanojen listalla: valitse toinen.',
  'Required.': 'Pakollinen.',
  'At most {} characters.': 'Enintään {0} merkkiä.',
  'Enter a number.': 'Anna luku.',
  'Enter a finite number.': 'Anna äärellinen luku.',
  'Send the version you read.': 'Lähetä lukemasi versio.',
  'Enter a year such as 2030.': 'Anna vuosi, esimerkiksi 2030.',
  'Choose one of {}.': 'Valitse jokin näistä: {0}.',
  'Unknown field(s): {}.': 'Tuntemattomat kentät: {0}.',
  'The due date must be after the start date.': 'Määräpäivän on oltava alkamispäivän jälkeen.',
  'The review date cannot be before the start date.': 'Katselmointipäivä ei voi olla ennen alkamispäivää.',
  'The review date must not be after the due date: the period’s review would miss the goal.':
    'Katselmointipäivä ei saa olla määräpäivän jälkeen: muuten tavoite jäisi pois kauden katselmoinnista.',
  'The weight must be above 0.': 'Painon on oltava yli 0.',
  'Unknown library key.': 'Mittaria ei löydy mittarikirjastosta.',
  'Choose from {}.': 'Valitse näistä: {0}.',
  'Send a list of quality levels.': 'Lähetä luettelo laadun tasoista.',
  'Name each quality level once.': 'Mainitse jokainen laadun taso vain kerran.',
  'Send true or false.': 'Lähetä true tai false.',
  'Choose one of {}, or null.': 'Valitse jokin näistä: {0}, tai null.',
  'Enter a whole number.': 'Anna kokonaisluku.',
  'At least 1.': 'Vähintään 1.',
  'The threshold must be above 0 seconds.': 'Aikarajan on oltava yli 0 sekuntia.',
  'Required for this direction.': 'Pakollinen tälle suunnalle.',
  'The target equals the baseline: there is nothing to measure progress against.':
    'Tavoitetaso on sama kuin lähtötaso: edistymistä ei ole mihin verrata.',
  'An increasing measure needs a target above its baseline.': 'Kasvatettavan mittarin tavoitetason on oltava lähtötasoa suurempi.',
  'A decreasing measure needs a target below its baseline.': 'Pienennettävän mittarin tavoitetason on oltava lähtötasoa pienempi.',
  'The upper bound must be above the lower bound.': 'Ylärajan on oltava alarajaa suurempi.',
  'The target date must be after the baseline date.': 'Tavoitepäivän on oltava lähtötason päivän jälkeen.',
  'A survey measure needs a sample kind (nps, share or score).': 'Kyselymittari tarvitsee otoksen lajin (nps, share tai score).',
  'An NPS is in points from −100 to 100: use the unit score.': 'NPS ilmoitetaan pisteinä −100:sta 100:aan: käytä yksikköä score.',
  'A share is a percentage: use the unit %.': 'Osuus on prosenttiluku: käytä yksikköä %.',
  'A check-in cannot be dated in the future.': 'Lukemaa ei voi päivätä tulevaisuuteen.',
  'Choose reparent or delete.': 'Valitse reparent (siirrä ylemmäs) tai delete (poista).',
  'Cannot be negative.': 'Ei voi olla negatiivinen.',
  'A volume cannot be negative.': 'Määrä ei voi olla negatiivinen.',
  'Send a list of segments.': 'Lähetä luettelo segmenteistä.',
  'Send at least one segment.': 'Lähetä vähintään yksi segmentti.',
  'Choose en or sv.': 'Valitse en tai sv.',

  // ---------- reviews (src/domain/review-schemas.ts) ----------
  'Write a period such as 2027-Q1 (quarter), 2027-H1 (half year), 2027 (year) or 2027-03 (month).':
    'Kirjoita kausi muodossa 2027-Q1 (vuosineljännes), 2027-H1 (vuosipuolisko), 2027 (vuosi) tai 2027-03 (kuukausi).',
  'Send a list of names.': 'Lähetä luettelo nimistä.',
  'At most 100 attendees.': 'Enintään 100 osallistujaa.',
  'The meeting date must lie inside {} ({} to {}).': 'Kokouspäivän on oltava kaudella {0} ({1}–{2}).',
  "This review's meeting is dated {}, after today ({}). Close it on or after the meeting date, or move the meeting to today and close it now (moveMeetingDateToToday: true).":
    'Kokouksen päivä on {0}, tämän päivän ({1}) jälkeen. Sulje katselmointi kokouspäivänä tai sen jälkeen, tai siirrä kokous tähän päivään ja sulje se nyt.',
  'The meeting has not taken place yet.': 'Kokousta ei ole vielä pidetty.',
  'Today ({}) is before the {} period begins ({}), so the meeting cannot move to today; close the review once the period has begun.':
    'Tänään ({0}) on ennen kauden {1} alkua ({2}), joten kokousta ei voi siirtää tähän päivään. Sulje katselmointi, kun kausi on alkanut.',
  'Today lies outside the review’s period.': 'Tämä päivä on katselmoinnin kauden ulkopuolella.',
  'Choose open or closed.': 'Valitse open (avoin) tai closed (suljettu).',
  'Choose one of {}, or null for no override.': 'Valitse jokin näistä: {0}, tai null, jos tilaa ei aseteta käsin.',
  'Give a reason for overriding the computed status.': 'Perustele, miksi poikkeat lasketusta tilasta.',
  'Send either a period or from/to, not both.': 'Lähetä joko kausi tai from/to, ei molempia.',
  'The end must not be before the start.': 'Loppu ei saa olla ennen alkua.',

  // ---------- accounts (src/domain/accounts.ts) ----------
  'At most 254 characters.': 'Enintään 254 merkkiä.',
  'Enter an e-mail address such as name@example.com.': 'Anna sähköpostiosoite, esimerkiksi nimi@example.com.',
  'Use at least {} characters.': 'Käytä vähintään {0} merkkiä.',
  'At most 120 characters.': 'Enintään 120 merkkiä.',
  'Choose one of: {}.': 'Valitse jokin näistä: {0}.',
  'At most 100 departments.': 'Enintään 100 osastoa.',
  'Use true or false.': 'Käytä arvoa true tai false.',
  'Choose at least one measure.': 'Valitse vähintään yksi mittari.',
  'At most 200 measures.': 'Enintään 200 mittaria.',
  'Use the nextCursor of the previous page.': 'Käytä edellisen sivun nextCursor-arvoa.',

  // ---------- samples and segments (src/domain/measurement.ts) ----------
  'The {} give {}; leave the value out or send {}.': 'Annetuista tiedoista saadaan {1}; jätä arvo pois tai lähetä {2}.',
  'Required: an NPS is computed from the counts of promoters (9–10), passives (7–8) and detractors (0–6).':
    'Pakollinen: NPS lasketaan suosittelijoiden (9–10), passiivisten (7–8) ja arvostelijoiden (0–6) määristä.',
  'Required with the other counts.': 'Pakollinen muiden määrien kanssa.',
  'Enter at least one answer.': 'Anna vähintään yksi vastaus.',
  'The counts add up to {}, not {}: the sample size is their sum.': 'Määrien summa on {0}, ei {1}: otoskoko on niiden summa.',
  'An NPS is computed from the counts for the whole measure; record it without segments.':
    'NPS lasketaan koko mittarin määristä; kirjaa se ilman segmenttejä.',
  'Only an NPS measure takes promoter, passive and detractor counts.': 'Vain NPS-mittariin kirjataan suosittelijoiden, passiivisten ja arvostelijoiden määrät.',
  'Only a share measure takes successes (k of n).': 'Vain osuusmittariin kirjataan ehdon täyttävät (k/n).',
  'Required with successes: k of how many?': 'Pakollinen ehdon täyttävien kanssa: k kuinka monesta?',
  'Cannot be more than the sample size ({}).': 'Ei voi olla suurempi kuin otoskoko ({0}).',
  'Send either k of n or segments, not both.': 'Lähetä joko k/n tai segmentit, ei molempia.',
  'This segment appears twice.': 'Tämä segmentti on mukana kahdesti.',
  'This measure has no segment with this id.': 'Mittarilla ei ole segmenttiä, jolla on tämä tunniste.',
  'At least one segment needs a volume above 0.': 'Ainakin yhden segmentin määrän on oltava yli 0.',
  'A share lies between 0 and {}.': 'Osuus on välillä 0–{0}.',
  'A sample of {} is below the minimum sample of {} for this measure: it would be stored and marked as below minimum sample, but would not set progress or status. Send acceptSmallSample: true to save it anyway.':
    'Otos {0} on alle tämän mittarin vähimmäisotoksen {1}: lukema tallennettaisiin ja merkittäisiin ”alle vähimmäisotoksen”, mutta se ei vaikuttaisi edistymiseen eikä tilaan. Lähetä acceptSmallSample: true, jos haluat tallentaa sen silti.',
  'Required: a survey measure records how many answered (n).': 'Pakollinen: kyselymittariin kirjataan vastaajien määrä (n).',
  'This value is computed from the promoter, passive and detractor counts; record a new check-in instead.':
    'Arvo lasketaan suosittelijoiden, passiivisten ja arvostelijoiden määristä; kirjaa sen sijaan uusi lukema.',
  'This value is computed from k of n; record a new check-in instead.': 'Arvo lasketaan k/n-luvuista; kirjaa sen sijaan uusi lukema.',
  'This value is computed from its segments; record a new check-in instead.': 'Arvo lasketaan segmenteistä; kirjaa sen sijaan uusi lukema.',

  // ---------- access and accounts (src/server) ----------
  'Sign in to use Tiller.': 'Kirjaudu sisään käyttääksesi Tilleriä.',
  'The API token is unknown, revoked, or its creator no longer has access.':
    'API-tunniste on tuntematon tai mitätöity, tai sen luojalla ei ole enää käyttöoikeutta.',
  'Your role does not allow this.': 'Roolisi ei salli tätä.',
  'An API token can only add check-ins to the measures it was created for.': 'API-tunnisteella voi kirjata lukemia vain niihin mittareihin, joita varten se luotiin.',
  'This request did not come from a Tiller page (its Origin is missing or foreign).':
    'Pyyntö ei tullut Tillerin sivulta (sen Origin puuttuu tai on vieras).',
  'This route has no access rule yet, so nobody may use it.': 'Tälle osoitteelle ei ole vielä käyttöoikeussääntöä, joten kukaan ei voi käyttää sitä.',
  'A department does not exist.': 'Osastoa ei ole olemassa.',
  'No department has id {}.': 'Millään osastolla ei ole tunnistetta {0}.',
  'An account with this e-mail address exists.': 'Tällä sähköpostiosoitteella on jo tili.',
  'Tiller needs at least one active admin: make someone else admin first.': 'Tiller tarvitsee vähintään yhden aktiivisen ylläpitäjän: tee ensin joku muu ylläpitäjäksi.',
  'This is the last active admin.': 'Tämä on viimeinen aktiivinen ylläpitäjä.',
  'An active account has this e-mail address.': 'Tällä sähköpostiosoitteella on aktiivinen tili.',
  'This invite link is not valid. Ask an admin for a new one.': 'Kutsulinkki ei ole kelvollinen. Pyydä ylläpitäjältä uusi.',
  'This invite link was used already. Sign in, or ask an admin for a new link.': 'Kutsulinkki on jo käytetty. Kirjaudu sisään tai pyydä ylläpitäjältä uusi linkki.',
  'This invite link has expired or was withdrawn. Ask an admin for a new one.': 'Kutsulinkki on vanhentunut tai peruttu. Pyydä ylläpitäjältä uusi.',
  'Enter your e-mail address.': 'Anna sähköpostiosoitteesi.',
  'An account with this e-mail address exists: sign in instead.': 'Tällä sähköpostiosoitteella on jo tili: kirjaudu sisään.',
  'An account exists.': 'Tili on jo olemassa.',
  'This invite link was used already.': 'Kutsulinkki on jo käytetty.',
  'This invite was used; deactivate the account instead.': 'Kutsu on jo käytetty; poista sen sijaan tili käytöstä.',
  'A measure does not exist.': 'Mittaria ei ole olemassa.',
  'No measure has id {}.': 'Millään mittarilla ei ole tunnistetta {0}.',
  'You can create tokens only for measures of your own departments.': 'Voit luoda tunnisteita vain omien osastojesi mittareille.',
  "Not one of your departments' measures: {}.": 'Eivät ole osastojesi mittareita: {0}.',
  'You can revoke only the tokens you created.': 'Voit mitätöidä vain itse luomiasi tunnisteita.',
  'Your role does not allow this change.': 'Roolisi ei salli tätä muutosta.',
  'These open sub-goals belong to departments you cannot edit, so they cannot move to the new goal: {}. Carry the goal without them (subGoals: "mine"): they stay under this goal, linked to the new one, and their departments can move them.':
    'Nämä avoimet alatavoitteet kuuluvat osastoille, joita et voi muokata, joten niitä ei voi siirtää uuden tavoitteen alle: {0}. Siirrä tavoite ilman niitä: ne jäävät tämän tavoitteen alle, joka linkittää uuteen, ja niiden osastot voivat siirtää ne.',
  'Some sub-goals belong to departments you cannot edit.': 'Osa alatavoitteista kuuluu osastoille, joita et voi muokata.',
  'This change also touches a department you cannot edit (for example sub-goals of another department); nothing was saved.':
    'Muutos koskee myös osastoa, jota et voi muokata (esimerkiksi toisen osaston alatavoitteita); mitään ei tallennettu.',
  'E-mail or password is wrong.': 'Sähköpostiosoite tai salasana on väärin.',
  'Too many failed sign-ins. Try again in {} minute(s).': 'Liian monta epäonnistunutta kirjautumista. Yritä uudelleen {0} minuutin kuluttua.',
  'Nobody is signed in.': 'Kukaan ei ole kirjautuneena.',

  // ---------- the hierarchy (src/server) ----------
  'Some fields are missing or wrong.': 'Joitakin kenttiä puuttuu tai ne ovat virheellisiä.',
  'Another department has this name.': 'Toisella osastolla on jo tämä nimi.',
  'No department has this id.': 'Millään osastolla ei ole tätä tunnistetta.',
  'No goal has this id.': 'Millään tavoitteella ei ole tätä tunnistetta.',
  'The department “{}” of this goal (or of one of its sub-goals) was deleted, so it cannot be restored. Create the goal again in another department, or purge it.':
    'Osasto ”{0}”, jolle tavoite (tai jokin sen alatavoitteista) kuului, on poistettu, joten tavoitetta ei voi palauttaa. Luo tavoite uudelleen toiselle osastolle tai poista se lopullisesti.',
  'The goal it was under (“{}”) was deleted. Restore it as a top-level goal instead, or purge it.':
    'Tavoite, jonka alla se oli (”{0}”), on poistettu. Palauta se sen sijaan ylimmän tason tavoitteeksi tai poista se lopullisesti.',
  'No measure has this id.': 'Millään mittarilla ei ole tätä tunnistetta.',
  'A goal cannot be moved under itself or one of its own sub-goals.': 'Tavoitetta ei voi siirtää itsensä tai oman alatavoitteensa alle.',
  'The goal refers to something that cannot be used.': 'Tavoite viittaa johonkin, jota ei voi käyttää.',
  'This goal has {} sub-goal(s). Choose to move them up a level (children=reparent) or delete them too (children=delete).':
    'Tavoitteella on alatavoitteita ({0}). Valitse, siirretäänkö ne tasoa ylemmäs (children=reparent) vai poistetaanko nekin (children=delete).',
  'Send the version you read to change the vision.': 'Lähetä lukemasi versio, jotta voit muuttaa visiota.',
  'Required to change the vision.': 'Pakollinen vision muuttamiseen.',

  // ---------- reviews and goal lifecycle (src/server) ----------
  'This goal was already carried over into a next-period goal; carry over or close that one instead.':
    'Tavoite on jo siirretty seuraavan kauden tavoitteeksi; siirrä tai sulje sen sijaan se.',
  'This goal was already closed as {}.': 'Tavoite on jo suljettu.',
  'The goal “{}” was closed as {} on {}, so it is read-only. An admin can reopen it.':
    'Tavoite ”{0}” suljettiin {2}, joten sitä ei voi enää muuttaa. Ylläpitäjä voi avata sen uudelleen.',
  'The goal “{}” was carried over into the next period on {}, so it is read-only. An admin can reopen it.':
    'Tavoite ”{0}” siirrettiin seuraavalle kaudelle {1}, joten sitä ei voi enää muuttaa. Ylläpitäjä voi avata sen uudelleen.',
  'This goal is open: there is nothing to reopen.': 'Tavoite on avoin, joten avattavaa ei ole.',
  'This goal is continued in “{}”. Reopening it beside that goal would count the same goal twice: delete that goal first, or change that one instead.':
    'Tavoite jatkuu tavoitteessa ”{0}”. Jos se avattaisiin uudelleen sen rinnalle, sama tavoite laskettaisiin kahdesti: poista ensin se tavoite tai muuta sen sijaan sitä.',
  'The goal is {}.': 'Tavoite on suljettu.',
  'The review is closed.': 'Katselmointi on suljettu.',
  'The review refers to something that cannot be used.': 'Katselmointi viittaa johonkin, jota ei voi käyttää.',
  'Send the version you read to change this review item.': 'Lähetä lukemasi versio, jotta voit muuttaa tätä katselmoinnin kohtaa.',
  'Required once the item exists.': 'Pakollinen, kun kohta on jo olemassa.',
  'The action refers to something that cannot be used.': 'Toimenpide viittaa johonkin, jota ei voi käyttää.',
  'This review is about one department’s goals; choose a goal of that department.':
    'Tämä katselmointi koskee yhden osaston tavoitteita; valitse sen osaston tavoite.',
  'This goal belongs to another department than the review.': 'Tavoite kuuluu eri osastolle kuin katselmointi.',
  'This action belongs to the {} review, which is closed: only its state (open or done) can still change.':
    'Toimenpide kuuluu katselmointiin {0}, joka on suljettu: vain sen tilaa (avoin tai tehty) voi vielä muuttaa.',
  'Cannot change once the review is closed.': 'Ei voi muuttaa, kun katselmointi on suljettu.',

  // ---------- measurement (src/server) ----------
  'The check-in names a segment this measure does not have.': 'Lukemassa on segmentti, jota mittarilla ei ole.',
  'The sample is smaller than this measure\'s minimum; confirm to save it anyway.': 'Otos on pienempi kuin mittarin vähimmäisotos; vahvista, jos haluat tallentaa sen silti.',
  'These two measures are already paired as counterweights.': 'Nämä kaksi mittaria ovat jo toistensa vastapainoja.',
  'Already paired.': 'Pari on jo muodostettu.',
  'A measure cannot be its own counterweight.': 'Mittari ei voi olla oma vastapainonsa.',
  'Choose another measure: a measure cannot keep itself honest.': 'Valitse toinen mittari: mittari ei voi olla itsensä vastapaino.',
  'The counterweight refers to a measure that does not exist.': 'Vastapaino viittaa mittariin, jota ei ole olemassa.',
  'This measure is not a library measure with a suggested counterweight; pair it with a measure of your choice instead.':
    'Mittari ei ole kirjaston mittari, jolle on ehdotettu vastapainoa; muodosta sen sijaan pari valitsemasi mittarin kanssa.',
  'The measure to pair is not one on the suggested library key.': 'Parin mittari ei ole ehdotettu kirjaston mittari.',
  'Choose one of the measures the preview offers.': 'Valitse jokin esikatselun tarjoamista mittareista.',
  'Choose one of the suggested counterweights.': 'Valitse jokin ehdotetuista vastapainoista.',
  'Suggested for this measure: {}.': 'Ehdotetaan tälle mittarille: {0}.',
  'This measure already has a segment with this name.': 'Mittarilla on jo tämänniminen segmentti.',
  'Already used on this measure.': 'Käytössä jo tällä mittarilla.',

  // ---------- requests (src/server/http.ts, rows.ts, functions) ----------
  'No {} has this id.': 'Tällä tunnisteella ei löydy mitään.',
  'No API route has this path.': 'API:ssa ei ole tätä polkua.',
  'Use {}.': 'Käytä: {0}.',
  'Send the body as application/json.': 'Lähetä sisältö muodossa application/json.',
  'The request body is not valid JSON.': 'Pyynnön sisältö ei ole kelvollista JSONia.',
  'Send at most {} KB.': 'Lähetä enintään {0} kt.',
  'Something with this name already exists.': 'Tämänniminen on jo olemassa.',
  'This refers to something missing, or something else still refers to it.': 'Tämä viittaa johonkin puuttuvaan, tai jokin muu viittaa vielä tähän.',
  'The database is busy; try again.': 'Tietokanta on varattu; yritä uudelleen.',
  'Something went wrong on our side; nothing was saved.': 'Jokin meni vikaan meidän päässämme; mitään ei tallennettu.',
  'This {} was changed since you read it. Reload to see the latest version, then apply your change again.':
    'Tätä on muutettu sen jälkeen, kun luit sen. Lataa sivu uudelleen nähdäksesi uusimman version ja tee sitten muutoksesi uudelleen.',
  'Stale version.': 'Vanhentunut versio.',
  'Send 0 or 1.': 'Lähetä 0 tai 1.',
  'Send en or sv.': 'Lähetä en tai sv.',
};
