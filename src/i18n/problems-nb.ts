// Norwegian Bokmål for every English message of the API and the shared schemas (see problems.ts);
// the same keys as problems-sv.ts, with each interpolated part as {0}, {1}… (test/unit/translations.test.ts).
export const PROBLEMS_NB: Readonly<Record<string, string>> = {
  // ---------- fields (src/domain/schemas.ts) ----------
  'Enter a complete date: day, month and year.': 'Skriv inn en fullstendig dato: dag, måned og år.',
  'Remove the invisible NUL character.': 'Fjern det usynlige NUL-tegnet.',
  'Remove the broken character (half of a character pair).': 'Fjern det ødelagte tegnet (halvparten av et tegnpar).',
  'The database is read-only or full at the moment; nothing was saved. Try again later, or tell whoever runs Tiller.':
    'Databasen er skrivebeskyttet eller full akkurat nå; ingenting ble lagret. Prøv igjen senere, eller si fra til den som drifter Tiller.',
  'To restore, stop Tiller and copy your latest backup of the database over {}. To start over with a new, empty database instead, move the file aside (for example to {}.broken) and start again.':
    'For å gjenopprette: stopp Tiller og kopier den siste sikkerhetskopien av databasen over {0}. Vil du heller begynne på nytt med en ny, tom database, flytter du filen til side (for eksempel til {1}.broken) og starter igjen.',
  'The database file {} cannot be written ({}): it, or its folder, is read-only or immutable, or the disk is full. Tiller will not start on it, as every change and sign-in would fail. Make the file and its folder writable for the user running Tiller (check \\`lsattr\\` for the immutable flag and \\`df\\` for free space), then start again.':
    'Det går ikke å skrive til databasefilen {0} ({1}): filen eller mappen er skrivebeskyttet eller uforanderlig, eller disken er full. Tiller starter ikke på den, fordi hver endring og innlogging ville mislykkes. Gjør filen og mappen skrivbare for brukeren som kjører Tiller (se \\`lsattr\\` for immutable-flagget og \\`df\\` for ledig plass), og start igjen.',
  'Use visible characters, not only spaces or invisible ones.': 'Bruk synlige tegn, ikke bare mellomrom eller usynlige tegn.',
  'Use more than one character repeated.': 'Bruk mer enn ett og samme tegn gjentatt.',
  'This password is on a list of common or leaked passwords: choose another.': 'Passordet står på en liste over vanlige eller lekkede passord: velg et annet.',
  'Required.': 'Påkrevd.',
  'At most {} characters.': 'Høyst {0} tegn.',
  'Enter a number.': 'Skriv inn et tall.',
  'Enter a finite number.': 'Skriv inn et endelig tall.',
  'Send the version you read.': 'Send versjonen du leste.',
  'Enter a year such as 2030.': 'Skriv inn et år, for eksempel 2030.',
  'Choose one of {}.': 'Velg en av {0}.',
  'Unknown field(s): {}.': 'Ukjente felt: {0}.',
  'The due date must be after the start date.': 'Fristen må være etter startdatoen.',
  'The review date cannot be before the start date.': 'Gjennomgangsdatoen kan ikke være før startdatoen.',
  'The review date must not be after the due date: the period’s review would miss the goal.':
    'Gjennomgangsdatoen kan ikke være etter fristen: da kommer ikke målet med i periodens gjennomgang.',
  'The weight must be above 0.': 'Vekten må være over 0.',
  'Unknown library key.': 'Ukjent indikator i KPI-biblioteket.',
  'Choose from {}.': 'Velg blant {0}.',
  'Send a list of quality levels.': 'Send en liste med kvalitetsnivåer.',
  'Name each quality level once.': 'Oppgi hvert kvalitetsnivå bare én gang.',
  'Send true or false.': 'Send true eller false.',
  'Choose one of {}, or null.': 'Velg en av {0}, eller null.',
  'Enter a whole number.': 'Skriv inn et heltall.',
  'At least 1.': 'Minst 1.',
  'The threshold must be above 0 seconds.': 'Tidsgrensen må være over 0 sekunder.',
  'Required for this direction.': 'Påkrevd for denne retningen.',
  'The target equals the baseline: there is nothing to measure progress against.':
    'Målverdien er lik utgangsverdien: det finnes ingenting å måle fremdrift mot.',
  'An increasing measure needs a target above its baseline.': 'En indikator som skal øke, trenger en målverdi over utgangsverdien.',
  'A decreasing measure needs a target below its baseline.': 'En indikator som skal reduseres, trenger en målverdi under utgangsverdien.',
  'The upper bound must be above the lower bound.': 'Den øvre grensen må være over den nedre.',
  'The target date must be after the baseline date.': 'Måldatoen må være etter datoen for utgangsverdien.',
  'A survey measure needs a sample kind (nps, share or score).': 'En undersøkelsesindikator trenger en utvalgstype (nps, share eller score).',
  'An NPS is in points from −100 to 100: use the unit score.': 'NPS oppgis i poeng fra −100 til 100: bruk enheten score.',
  'A share is a percentage: use the unit %.': 'En andel er en prosentandel: bruk enheten %.',
  'A check-in cannot be dated in the future.': 'En måling kan ikke dateres frem i tid.',
  'Choose reparent or delete.': 'Velg reparent (flytt opp) eller delete (slett).',
  'Cannot be negative.': 'Kan ikke være negativt.',
  'A volume cannot be negative.': 'Et volum kan ikke være negativt.',
  'Send a list of segments.': 'Send en liste med segmenter.',
  'Send at least one segment.': 'Send minst ett segment.',
  'Choose en or sv.': 'Velg en eller sv.',

  // ---------- reviews (src/domain/review-schemas.ts) ----------
  'Write a period such as 2027-Q1 (quarter), 2027-H1 (half year), 2027 (year) or 2027-03 (month).':
    'Skriv en periode som 2027-Q1 (kvartal), 2027-H1 (halvår), 2027 (år) eller 2027-03 (måned).',
  'Send a list of names.': 'Send en liste med navn.',
  'At most 100 attendees.': 'Høyst 100 deltakere.',
  'The meeting date must lie inside {} ({} to {}).': 'Møtedatoen må ligge innenfor {0} ({1} til {2}).',
  "This review's meeting is dated {}, after today ({}). Close it on or after the meeting date, or move the meeting to today and close it now (moveMeetingDateToToday: true).":
    'Møtet er datert {0}, etter i dag ({1}). Avslutt gjennomgangen på møtedagen eller senere, eller flytt møtet til i dag og avslutt den nå.',
  'The meeting has not taken place yet.': 'Møtet har ikke funnet sted ennå.',
  'Today ({}) is before the {} period begins ({}), so the meeting cannot move to today; close the review once the period has begun.':
    'I dag ({0}) er før perioden {1} begynner ({2}), så møtet kan ikke flyttes til i dag. Avslutt gjennomgangen når perioden har begynt.',
  'Today lies outside the review’s period.': 'I dag ligger utenfor gjennomgangens periode.',
  'Choose open or closed.': 'Velg open (åpen) eller closed (avsluttet).',
  'Choose one of {}, or null for no override.': 'Velg en av {0}, eller null for ikke å sette status manuelt.',
  'Give a reason for overriding the computed status.': 'Oppgi en begrunnelse for å overstyre den beregnede statusen.',
  'Send either a period or from/to, not both.': 'Send enten en periode eller from/to, ikke begge.',
  'The end must not be before the start.': 'Slutten kan ikke være før starten.',

  // ---------- accounts (src/domain/accounts.ts) ----------
  'At most 254 characters.': 'Høyst 254 tegn.',
  'Enter an e-mail address such as name@example.com.': 'Skriv inn en e-postadresse, for eksempel navn@example.com.',
  'Use at least {} characters.': 'Bruk minst {0} tegn.',
  'At most 120 characters.': 'Høyst 120 tegn.',
  'Choose one of: {}.': 'Velg en av: {0}.',
  'At most 100 departments.': 'Høyst 100 avdelinger.',
  'Use true or false.': 'Bruk true eller false.',
  'Choose at least one measure.': 'Velg minst én indikator.',
  'At most 200 measures.': 'Høyst 200 indikatorer.',
  'Use the nextCursor of the previous page.': 'Bruk nextCursor fra forrige side.',

  // ---------- samples and segments (src/domain/measurement.ts) ----------
  'The {} give {}; leave the value out or send {}.': 'Opplysningene gir {1}; utelat verdien eller send {2}.',
  'Required: an NPS is computed from the counts of promoters (9–10), passives (7–8) and detractors (0–6).':
    'Påkrevd: NPS beregnes fra antall ambassadører (9–10), passive (7–8) og kritikere (0–6).',
  'Required with the other counts.': 'Påkrevd sammen med de andre antallene.',
  'Enter at least one answer.': 'Skriv inn minst ett svar.',
  'The counts add up to {}, not {}: the sample size is their sum.': 'Antallene blir til sammen {0}, ikke {1}: utvalgsstørrelsen er summen av dem.',
  'An NPS is computed from the counts for the whole measure; record it without segments.':
    'NPS beregnes fra antallene for hele indikatoren; registrer den uten segmenter.',
  'Only an NPS measure takes promoter, passive and detractor counts.': 'Bare en NPS-indikator tar imot antall ambassadører, passive og kritikere.',
  'Only a share measure takes successes (k of n).': 'Bare en andelsindikator tar imot antall som oppfyller kriteriet (k av n).',
  'Required with successes: k of how many?': 'Påkrevd sammen med antall som oppfyller kriteriet: k av hvor mange?',
  'Cannot be more than the sample size ({}).': 'Kan ikke være flere enn utvalgsstørrelsen ({0}).',
  'Send either k of n or segments, not both.': 'Send enten k av n eller segmenter, ikke begge.',
  'This segment appears twice.': 'Dette segmentet forekommer to ganger.',
  'This measure has no segment with this id.': 'Indikatoren har ikke noe segment med denne id-en.',
  'At least one segment needs a volume above 0.': 'Minst ett segment må ha et volum over 0.',
  'A share lies between 0 and {}.': 'En andel ligger mellom 0 og {0}.',
  'A sample of {} is below the minimum sample of {} for this measure: it would be stored and marked as below minimum sample, but would not set progress or status. Send acceptSmallSample: true to save it anyway.':
    'Et utvalg på {0} er under indikatorens minste utvalg på {1}: målingen lagres og merkes «under minste utvalg», men styrer verken fremdrift eller status. Send acceptSmallSample: true for å lagre den likevel.',
  'Required: a survey measure records how many answered (n).': 'Påkrevd: en undersøkelsesindikator registrerer hvor mange som svarte (n).',
  'This value is computed from the promoter, passive and detractor counts; record a new check-in instead.':
    'Verdien er beregnet fra antall ambassadører, passive og kritikere; registrer en ny måling i stedet.',
  'This value is computed from k of n; record a new check-in instead.': 'Verdien er beregnet fra k av n; registrer en ny måling i stedet.',
  'This value is computed from its segments; record a new check-in instead.': 'Verdien er beregnet fra segmentene; registrer en ny måling i stedet.',

  // ---------- access and accounts (src/server) ----------
  'Sign in to use Tiller.': 'Logg inn for å bruke Tiller.',
  'The API token is unknown, revoked, or its creator no longer has access.':
    'API-nøkkelen er ukjent eller tilbakekalt, eller den som opprettet den, har ikke lenger tilgang.',
  'Your role does not allow this.': 'Rollen din tillater ikke dette.',
  'An API token can only add check-ins to the measures it was created for.': 'En API-nøkkel kan bare legge til målinger på indikatorene den ble opprettet for.',
  'This request did not come from a Tiller page (its Origin is missing or foreign).':
    'Forespørselen kom ikke fra en side i Tiller (Origin mangler eller er fremmed).',
  'This route has no access rule yet, so nobody may use it.': 'Denne adressen har ingen tilgangsregel ennå, så ingen kan bruke den.',
  'A department does not exist.': 'En avdeling finnes ikke.',
  'No department has id {}.': 'Ingen avdeling har id {0}.',
  'An account with this e-mail address exists.': 'Det finnes allerede en konto med denne e-postadressen.',
  'Tiller needs at least one active admin: make someone else admin first.': 'Tiller trenger minst én aktiv administrator: gjør en annen til administrator først.',
  'This is the last active admin.': 'Dette er den siste aktive administratoren.',
  'An active account has this e-mail address.': 'En aktiv konto har denne e-postadressen.',
  'This invite link is not valid. Ask an admin for a new one.': 'Invitasjonslenken er ikke gyldig. Be en administrator om en ny.',
  'This invite link was used already. Sign in, or ask an admin for a new link.': 'Invitasjonslenken er allerede brukt. Logg inn, eller be en administrator om en ny lenke.',
  'This invite link has expired or was withdrawn. Ask an admin for a new one.': 'Invitasjonslenken har utløpt eller er trukket tilbake. Be en administrator om en ny.',
  'Enter your e-mail address.': 'Skriv inn e-postadressen din.',
  'An account with this e-mail address exists: sign in instead.': 'Det finnes allerede en konto med denne e-postadressen: logg inn i stedet.',
  'An account exists.': 'Det finnes allerede en konto.',
  'This invite link was used already.': 'Invitasjonslenken er allerede brukt.',
  'This invite was used; deactivate the account instead.': 'Invitasjonen er allerede brukt; deaktiver kontoen i stedet.',
  'A measure does not exist.': 'En indikator finnes ikke.',
  'No measure has id {}.': 'Ingen indikator har id {0}.',
  'You can create tokens only for measures of your own departments.': 'Du kan bare opprette nøkler for indikatorer i dine egne avdelinger.',
  "Not one of your departments' measures: {}.": 'Ikke indikatorer i dine avdelinger: {0}.',
  'You can revoke only the tokens you created.': 'Du kan bare tilbakekalle nøkler du selv har opprettet.',
  'Your role does not allow this change.': 'Rollen din tillater ikke denne endringen.',
  'These open sub-goals belong to departments you cannot edit, so they cannot move to the new goal: {}. Carry the goal without them (subGoals: "mine"): they stay under this goal, linked to the new one, and their departments can move them.':
    'Disse åpne delmålene tilhører avdelinger du ikke kan redigere, og kan derfor ikke flyttes til det nye målet: {0}. Overfør målet uten dem: de blir liggende under dette målet, som lenker til det nye, og avdelingene deres kan flytte dem.',
  'Some sub-goals belong to departments you cannot edit.': 'Noen delmål tilhører avdelinger du ikke kan redigere.',
  'This change also touches a department you cannot edit (for example sub-goals of another department); nothing was saved.':
    'Endringen berører også en avdeling du ikke kan redigere (for eksempel delmål i en annen avdeling); ingenting ble lagret.',
  'E-mail or password is wrong.': 'E-postadressen eller passordet er feil.',
  'Too many failed sign-ins. Try again in {} minute(s).': 'For mange mislykkede innlogginger. Prøv igjen om {0} minutt(er).',
  'Nobody is signed in.': 'Ingen er logget inn.',

  // ---------- the hierarchy (src/server) ----------
  'Some fields are missing or wrong.': 'Noen felt mangler eller er feil.',
  'Another department has this name.': 'En annen avdeling har dette navnet.',
  'No department has this id.': 'Ingen avdeling har denne id-en.',
  'No goal has this id.': 'Ingen mål har denne id-en.',
  'The department “{}” of this goal (or of one of its sub-goals) was deleted, so it cannot be restored. Create the goal again in another department, or purge it.':
    'Avdelingen «{0}» som målet (eller et av delmålene) hørte til, er slettet, så målet kan ikke gjenopprettes. Opprett målet på nytt i en annen avdeling, eller slett det for godt.',
  'The goal it was under (“{}”) was deleted. Restore it as a top-level goal instead, or purge it.':
    'Målet det lå under («{0}»), er slettet. Gjenopprett det som et mål på øverste nivå i stedet, eller slett det for godt.',
  'No measure has this id.': 'Ingen indikator har denne id-en.',
  'A goal cannot be moved under itself or one of its own sub-goals.': 'Et mål kan ikke flyttes under seg selv eller et av sine egne delmål.',
  'The goal refers to something that cannot be used.': 'Målet viser til noe som ikke kan brukes.',
  'This goal has {} sub-goal(s). Choose to move them up a level (children=reparent) or delete them too (children=delete).':
    'Målet har {0} delmål. Velg om de skal flyttes opp ett nivå (children=reparent) eller slettes også (children=delete).',
  'Send the version you read to change the vision.': 'Send versjonen du leste, for å endre visjonen.',
  'Required to change the vision.': 'Påkrevd for å endre visjonen.',

  // ---------- reviews and goal lifecycle (src/server) ----------
  'This goal was already carried over into a next-period goal; carry over or close that one instead.':
    'Målet er allerede overført til et mål for neste periode; overfør eller avslutt det nye målet i stedet.',
  'This goal was already closed as {}.': 'Målet er allerede avsluttet.',
  'The goal “{}” was closed as {} on {}, so it is read-only. An admin can reopen it.':
    'Målet «{0}» ble avsluttet {2} og kan ikke lenger endres. En administrator kan gjenåpne det.',
  'The goal “{}” was carried over into the next period on {}, so it is read-only. An admin can reopen it.':
    'Målet «{0}» ble overført til neste periode {1} og kan ikke lenger endres. En administrator kan gjenåpne det.',
  'This goal is open: there is nothing to reopen.': 'Målet er åpent, så det er ingenting å gjenåpne.',
  'This goal is continued in “{}”. Reopening it beside that goal would count the same goal twice: delete that goal first, or change that one instead.':
    'Målet fortsetter i «{0}». Gjenåpnes det ved siden av det målet, telles samme mål to ganger: slett det målet først, eller endre det i stedet.',
  'The goal is {}.': 'Målet er avsluttet.',
  'The review is closed.': 'Gjennomgangen er avsluttet.',
  'The review refers to something that cannot be used.': 'Gjennomgangen viser til noe som ikke kan brukes.',
  'Send the version you read to change this review item.': 'Send versjonen du leste, for å endre dette punktet.',
  'Required once the item exists.': 'Påkrevd når punktet allerede finnes.',
  'The action refers to something that cannot be used.': 'Tiltaket viser til noe som ikke kan brukes.',
  'This review is about one department’s goals; choose a goal of that department.':
    'Denne gjennomgangen gjelder én avdelings mål; velg et mål i den avdelingen.',
  'This goal belongs to another department than the review.': 'Målet hører til en annen avdeling enn gjennomgangen.',
  'This action belongs to the {} review, which is closed: only its state (open or done) can still change.':
    'Tiltaket hører til gjennomgangen {0}, som er avsluttet: bare tilstanden (åpen eller utført) kan fortsatt endres.',
  'Cannot change once the review is closed.': 'Kan ikke endres når gjennomgangen er avsluttet.',

  // ---------- measurement (src/server) ----------
  'The check-in names a segment this measure does not have.': 'Målingen oppgir et segment som indikatoren ikke har.',
  'The sample is smaller than this measure\'s minimum; confirm to save it anyway.': 'Utvalget er mindre enn indikatorens minstekrav; bekreft for å lagre det likevel.',
  'These two measures are already paired as counterweights.': 'Disse to indikatorene er allerede motvekter til hverandre.',
  'Already paired.': 'Allerede paret.',
  'A measure cannot be its own counterweight.': 'En indikator kan ikke være sin egen motvekt.',
  'Choose another measure: a measure cannot keep itself honest.': 'Velg en annen indikator: en indikator kan ikke holde seg selv ærlig.',
  'The counterweight refers to a measure that does not exist.': 'Motvekten viser til en indikator som ikke finnes.',
  'This measure is not a library measure with a suggested counterweight; pair it with a measure of your choice instead.':
    'Indikatoren er ikke en bibliotekindikator med en foreslått motvekt; par den med en valgfri indikator i stedet.',
  'The measure to pair is not one on the suggested library key.': 'Indikatoren som skal pares, er ikke den foreslåtte bibliotekindikatoren.',
  'Choose one of the measures the preview offers.': 'Velg en av indikatorene som forhåndsvisningen tilbyr.',
  'Choose one of the suggested counterweights.': 'Velg en av de foreslåtte motvektene.',
  'Suggested for this measure: {}.': 'Foreslått for denne indikatoren: {0}.',
  'This measure already has a segment with this name.': 'Indikatoren har allerede et segment med dette navnet.',
  'Already used on this measure.': 'Brukes allerede på denne indikatoren.',

  // ---------- requests (src/server/http.ts, rows.ts, functions) ----------
  'No {} has this id.': 'Det finnes ingenting med denne id-en.',
  'No API route has this path.': 'Ingen del av API-et har denne stien.',
  'Use {}.': 'Bruk {0}.',
  'Send the body as application/json.': 'Send innholdet som application/json.',
  'The request body is not valid JSON.': 'Innholdet er ikke gyldig JSON.',
  'Send at most {} KB.': 'Send høyst {0} kB.',
  'Something with this name already exists.': 'Noe med dette navnet finnes allerede.',
  'This refers to something missing, or something else still refers to it.': 'Dette viser til noe som mangler, eller noe annet viser fortsatt hit.',
  'The database is busy; try again.': 'Databasen er opptatt; prøv igjen.',
  'Something went wrong on our side; nothing was saved.': 'Noe gikk galt hos oss; ingenting ble lagret.',
  'This {} was changed since you read it. Reload to see the latest version, then apply your change again.':
    'Dette er endret siden du leste det. Last inn på nytt for å se den nyeste versjonen, og gjør så endringen din igjen.',
  'Stale version.': 'Utdatert versjon.',
  'Send 0 or 1.': 'Send 0 eller 1.',
  'Send en or sv.': 'Send en eller sv.',
};
