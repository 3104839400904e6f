// Swedish for every English message of the API and the shared schemas (see problems.ts).
export const PROBLEMS_SV: Readonly<Record<string, string>> = {
  // ---------- fields (src/domain/schemas.ts) ----------
  'Enter a complete date: day, month and year.': 'Ange ett fullständigt datum: år, månad och dag.',
  'Remove the invisible NUL character.': 'Ta bort det osynliga NUL-tecknet.',
  'Remove the broken character (half of a character pair).': 'Ta bort det trasiga tecknet (halva ett teckenpar).',
  'The database is read-only or full at the moment; nothing was saved. Try again later, or tell whoever runs Tiller.':
    'Databasen är skrivskyddad eller full just nu; inget sparades. Försök igen senare, eller kontakta den som driver Tiller.',
  'To restore, stop Tiller and copy your latest backup of the database over {}. To start over with a new, empty database instead, move the file aside (for example to {}.broken) and start again.':
    'Stoppa Tiller och kopiera din senaste säkerhetskopia av databasen över {0} för att återställa. Vill du i stället börja om med en ny, tom databas: flytta undan filen (till exempel till {1}.broken) och starta igen.',
  'The database file {} cannot be written ({}): it, or its folder, is read-only or immutable, or the disk is full. Tiller will not start on it, as every change and sign-in would fail. Make the file and its folder writable for the user running Tiller (check \\`lsattr\\` for the immutable flag and \\`df\\` for free space), then start again.':
    'Databasfilen {0} går inte att skriva till ({1}): filen eller dess mapp är skrivskyddad eller oföränderlig, eller så är disken full. Tiller startar inte på den, eftersom varje ändring och inloggning skulle misslyckas. Gör filen och mappen skrivbara för användaren som kör Tiller (se \\`lsattr\\` för flaggan immutable och \\`df\\` för ledigt utrymme) och starta igen.',
  'Use visible characters, not only spaces or invisible ones.': 'Använd synliga tecken, inte bara mellanslag eller osynliga tecken.',
  'Use more than one character repeated.': 'Använd mer än ett och samma tecken upprepat.',
  'This password is on a list of common or leaked passwords: choose another.': 'Lösenordet finns på en lista över vanliga eller läckta lösenord: välj ett annat.',
  'Required.': 'Obligatoriskt.',
  'At most {} characters.': 'Högst {0} tecken.',
  'Enter a number.': 'Ange ett tal.',
  'Enter a finite number.': 'Ange ett ändligt tal.',
  'Send the version you read.': 'Skicka den version du läste.',
  'Enter a year such as 2030.': 'Ange ett år, till exempel 2030.',
  'Choose one of {}.': 'Välj ett av {0}.',
  'Unknown field(s): {}.': 'Okända fält: {0}.',
  'The due date must be after the start date.': 'Slutdatumet måste vara efter startdatumet.',
  'The review date cannot be before the start date.': 'Uppföljningsdatumet kan inte vara före startdatumet.',
  'The review date must not be after the due date: the period’s review would miss the goal.':
    'Uppföljningsdatumet får inte vara efter slutdatumet: då kommer målet inte med på periodens uppföljning.',
  'The weight must be above 0.': 'Vikten måste vara över 0.',
  'Unknown library key.': 'Okänt mått i KPI-biblioteket.',
  'Choose from {}.': 'Välj bland {0}.',
  'Send a list of quality levels.': 'Skicka en lista med kvalitetsnivåer.',
  'Name each quality level once.': 'Ange varje kvalitetsnivå en gång.',
  'Send true or false.': 'Skicka true eller false.',
  'Choose one of {}, or null.': 'Välj ett av {0}, eller null.',
  'Enter a whole number.': 'Ange ett heltal.',
  'At least 1.': 'Minst 1.',
  'The threshold must be above 0 seconds.': 'Tidsgränsen måste vara över 0 sekunder.',
  'Required for this direction.': 'Obligatoriskt för den här riktningen.',
  'The target equals the baseline: there is nothing to measure progress against.':
    'Målvärdet är lika med utgångsvärdet: det finns inget att mäta framsteg mot.',
  'An increasing measure needs a target above its baseline.': 'Ett mått som ska öka behöver ett målvärde över utgångsvärdet.',
  'A decreasing measure needs a target below its baseline.': 'Ett mått som ska minska behöver ett målvärde under utgångsvärdet.',
  'The upper bound must be above the lower bound.': 'Den övre gränsen måste vara över den undre.',
  'The target date must be after the baseline date.': 'Måldatumet måste vara efter utgångsdatumet.',
  'A survey measure needs a sample kind (nps, share or score).': 'Ett enkätmått behöver en typ av stickprov (nps, share eller score).',
  'An NPS is in points from −100 to 100: use the unit score.': 'Ett NPS anges i poäng från −100 till 100: använd enheten score.',
  'A share is a percentage: use the unit %.': 'En andel är en procentsats: använd enheten %.',
  'A check-in cannot be dated in the future.': 'En avstämning kan inte dateras i framtiden.',
  'Choose reparent or delete.': 'Välj reparent (flytta upp) eller delete (ta bort).',
  'Cannot be negative.': 'Kan inte vara negativt.',
  'A volume cannot be negative.': 'En volym kan inte vara negativ.',
  'Send a list of segments.': 'Skicka en lista med segment.',
  'Send at least one segment.': 'Skicka minst ett segment.',

  // ---------- reviews (src/domain/review-schemas.ts) ----------
  'Write a period such as 2027-Q1 (quarter), 2027-H1 (half year), 2027 (year) or 2027-03 (month).':
    'Skriv en period som 2027-Q1 (kvartal), 2027-H1 (halvår), 2027 (år) eller 2027-03 (månad).',
  'Send a list of names.': 'Skicka en lista med namn.',
  'At most 100 attendees.': 'Högst 100 deltagare.',
  'The meeting date must lie inside {} ({} to {}).': 'Mötesdatumet måste ligga inom {0} ({1} till {2}).',
  "This review's meeting is dated {}, after today ({}). Close it on or after the meeting date, or move the meeting to today and close it now (moveMeetingDateToToday: true).":
    'Mötet är satt till {0}, efter i dag ({1}). Avsluta det på mötesdagen eller senare, eller flytta mötet till i dag och avsluta det nu.',
  'The meeting has not taken place yet.': 'Mötet har inte hållits än.',
  'Today ({}) is before the {} period begins ({}), so the meeting cannot move to today; close the review once the period has begun.':
    'I dag ({0}) är före periodens början för {1} ({2}), så mötet kan inte flyttas till i dag. Avsluta uppföljningen när perioden har börjat.',
  'Today lies outside the review’s period.': 'I dag ligger utanför uppföljningens period.',
  'Choose open or closed.': 'Välj open (öppen) eller closed (stängd).',
  'Choose one of {}, or null for no override.': 'Välj ett av {0}, eller null för att inte sätta någon status.',
  'Give a reason for overriding the computed status.': 'Ange ett skäl till att ändra den beräknade statusen.',
  'Send either a period or from/to, not both.': 'Skicka antingen en period eller from/to, inte båda.',
  'The end must not be before the start.': 'Slutet får inte vara före början.',

  // ---------- accounts (src/domain/accounts.ts) ----------
  'At most 254 characters.': 'Högst 254 tecken.',
  'Enter an e-mail address such as name@example.com.': 'Ange en e-postadress, till exempel namn@example.com.',
  'Use at least {} characters.': 'Använd minst {0} tecken.',
  'At most 120 characters.': 'Högst 120 tecken.',
  'Choose one of: {}.': 'Välj ett av: {0}.',
  'At most 100 departments.': 'Högst 100 avdelningar.',
  'Use true or false.': 'Använd true eller false.',
  'Choose at least one measure.': 'Välj minst ett mått.',
  'At most 200 measures.': 'Högst 200 mått.',
  'Use the nextCursor of the previous page.': 'Använd nextCursor från föregående sida.',

  // ---------- samples and segments (src/domain/measurement.ts) ----------
  'The {} give {}; leave the value out or send {}.': 'Uppgifterna ger {1}; utelämna värdet eller skicka {2}.',
  'Required: an NPS is computed from the counts of promoters (9–10), passives (7–8) and detractors (0–6).':
    'Obligatoriskt: ett NPS beräknas från antalet ambassadörer (9–10), passiva (7–8) och kritiker (0–6).',
  'Required with the other counts.': 'Obligatoriskt tillsammans med de andra antalen.',
  'Enter at least one answer.': 'Ange minst ett svar.',
  'The counts add up to {}, not {}: the sample size is their sum.': 'Antalen blir tillsammans {0}, inte {1}: stickprovets storlek är deras summa.',
  'An NPS is computed from the counts for the whole measure; record it without segments.':
    'Ett NPS beräknas från antalen för hela måttet; registrera det utan segment.',
  'Only an NPS measure takes promoter, passive and detractor counts.': 'Bara ett NPS-mått tar emot antal ambassadörer, passiva och kritiker.',
  'Only a share measure takes successes (k of n).': 'Bara ett andelsmått tar emot antal som uppfyller kriteriet (k av n).',
  'Required with successes: k of how many?': 'Obligatoriskt tillsammans med antal som uppfyller kriteriet: k av hur många?',
  'Cannot be more than the sample size ({}).': 'Kan inte vara fler än stickprovets storlek ({0}).',
  'Send either k of n or segments, not both.': 'Skicka antingen k av n eller segment, inte båda.',
  'This segment appears twice.': 'Det här segmentet förekommer två gånger.',
  'This measure has no segment with this id.': 'Måttet har inget segment med det här id:t.',
  'At least one segment needs a volume above 0.': 'Minst ett segment behöver en volym över 0.',
  'A share lies between 0 and {}.': 'En andel ligger mellan 0 och {0}.',
  'A sample of {} is below the minimum sample of {} for this measure: it would be stored and marked as below minimum sample, but would not set progress or status. Send acceptSmallSample: true to save it anyway.':
    'Ett urval på {0} är under måttets minsta urval på {1}: avstämningen sparas och märks ”under minsta urval”, men styr inte utfall eller status. Skicka acceptSmallSample: true för att spara den ändå.',
  'Required: a survey measure records how many answered (n).': 'Obligatoriskt: ett enkätmått registrerar hur många som svarade (n).',
  'This value is computed from the promoter, passive and detractor counts; record a new check-in instead.':
    'Värdet är beräknat från antalet ambassadörer, passiva och kritiker; registrera en ny avstämning i stället.',
  'This value is computed from k of n; record a new check-in instead.': 'Värdet är beräknat från k av n; registrera en ny avstämning i stället.',
  'This value is computed from its segments; record a new check-in instead.': 'Värdet är beräknat från segmenten; registrera en ny avstämning i stället.',

  // ---------- access and accounts (src/server) ----------
  'Sign in to use Tiller.': 'Logga in för att använda Tiller.',
  'The API token is unknown, revoked, or its creator no longer has access.':
    'API-nyckeln är okänd eller spärrad, eller så har den som skapade den inte längre behörighet.',
  'Your role does not allow this.': 'Din roll tillåter inte detta.',
  'An API token can only add check-ins to the measures it was created for.': 'En API-nyckel kan bara lägga till avstämningar för de mått den skapades för.',
  'This request did not come from a Tiller page (its Origin is missing or foreign).':
    'Begäran kom inte från en sida i Tiller (dess Origin saknas eller är främmande).',
  'This route has no access rule yet, so nobody may use it.': 'Den här adressen har ingen behörighetsregel ännu, så ingen får använda den.',
  'A department does not exist.': 'En avdelning finns inte.',
  'No department has id {}.': 'Ingen avdelning har id {0}.',
  'An account with this e-mail address exists.': 'Det finns redan ett konto med den här e-postadressen.',
  'Tiller needs at least one active admin: make someone else admin first.': 'Tiller behöver minst en aktiv administratör: gör någon annan till administratör först.',
  'This is the last active admin.': 'Det här är den sista aktiva administratören.',
  'An active account has this e-mail address.': 'Ett aktivt konto har den här e-postadressen.',
  'This invite link is not valid. Ask an admin for a new one.': 'Inbjudningslänken är inte giltig. Be en administratör om en ny.',
  'This invite link was used already. Sign in, or ask an admin for a new link.': 'Inbjudningslänken är redan använd. Logga in, eller be en administratör om en ny länk.',
  'This invite link has expired or was withdrawn. Ask an admin for a new one.': 'Inbjudningslänken har gått ut eller dragits tillbaka. Be en administratör om en ny.',
  'Enter your e-mail address.': 'Ange din e-postadress.',
  'An account with this e-mail address exists: sign in instead.': 'Det finns redan ett konto med den här e-postadressen: logga in i stället.',
  'An account exists.': 'Ett konto finns redan.',
  'This invite link was used already.': 'Inbjudningslänken är redan använd.',
  'This invite was used; deactivate the account instead.': 'Inbjudan är redan använd; inaktivera kontot i stället.',
  'A measure does not exist.': 'Ett mått finns inte.',
  'No measure has id {}.': 'Inget mått har id {0}.',
  'You can create tokens only for measures of your own departments.': 'Du kan bara skapa nycklar för mått i dina egna avdelningar.',
  "Not one of your departments' measures: {}.": 'Inte mått i dina avdelningar: {0}.',
  'You can revoke only the tokens you created.': 'Du kan bara spärra nycklar som du själv har skapat.',
  'Your role does not allow this change.': 'Din roll tillåter inte den här ändringen.',
  'These open sub-goals belong to departments you cannot edit, so they cannot move to the new goal: {}. Carry the goal without them (subGoals: "mine"): they stay under this goal, linked to the new one, and their departments can move them.':
    'De här pågående delmålen tillhör avdelningar som du inte kan redigera och kan därför inte flyttas till det nya målet: {0}. För över målet utan dem: de ligger kvar under det här målet, som länkar till det nya, och deras avdelningar kan flytta dem.',
  'Some sub-goals belong to departments you cannot edit.': 'Några delmål tillhör avdelningar som du inte kan redigera.',
  'This change also touches a department you cannot edit (for example sub-goals of another department); nothing was saved.':
    'Ändringen berör också en avdelning som du inte kan redigera (till exempel delmål i en annan avdelning); inget sparades.',
  'E-mail or password is wrong.': 'E-postadressen eller lösenordet är fel.',
  'Too many failed sign-ins. Try again in {} minute(s).': 'För många misslyckade inloggningar. Försök igen om {0} minut(er).',
  'Nobody is signed in.': 'Ingen är inloggad.',

  // ---------- the hierarchy (src/server) ----------
  'Some fields are missing or wrong.': 'Några fält saknas eller är fel.',
  'Another department has this name.': 'En annan avdelning har det här namnet.',
  'No department has this id.': 'Ingen avdelning har det här id:t.',
  'No goal has this id.': 'Inget mål har det här id:t.',
  'The department “{}” of this goal (or of one of its sub-goals) was deleted, so it cannot be restored. Create the goal again in another department, or purge it.':
    'Avdelningen ”{0}” som målet (eller något av dess delmål) hörde till har tagits bort, så målet kan inte återställas. Skapa målet på nytt i en annan avdelning, eller töm det ur papperskorgen.',
  'The goal it was under (“{}”) was deleted. Restore it as a top-level goal instead, or purge it.':
    'Målet det låg under (”{0}”) har tagits bort. Återställ det som ett mål på översta nivån i stället, eller töm det ur papperskorgen.',
  'No measure has this id.': 'Inget mått har det här id:t.',
  'A goal cannot be moved under itself or one of its own sub-goals.': 'Ett mål kan inte flyttas under sig självt eller något av sina egna delmål.',
  'The goal refers to something that cannot be used.': 'Målet hänvisar till något som inte kan användas.',
  'This goal has {} sub-goal(s). Choose to move them up a level (children=reparent) or delete them too (children=delete).':
    'Målet har {0} delmål. Välj att flytta upp dem en nivå (children=reparent) eller ta bort dem också (children=delete).',
  'Send the version you read to change the vision.': 'Skicka den version du läste för att ändra visionen.',
  'Required to change the vision.': 'Obligatoriskt för att ändra visionen.',

  // ---------- reviews and goal lifecycle (src/server) ----------
  'This goal was already carried over into a next-period goal; carry over or close that one instead.':
    'Målet är redan överfört till ett mål för nästa period; för över eller avsluta det nya målet i stället.',
  'This goal was already closed as {}.': 'Målet är redan avslutat.',
  'The goal “{}” was closed as {} on {}, so it is read-only. An admin can reopen it.':
    'Målet ”{0}” avslutades den {2} och kan inte längre ändras. En administratör kan öppna det igen.',
  'The goal “{}” was carried over into the next period on {}, so it is read-only. An admin can reopen it.':
    'Målet ”{0}” fördes över till nästa period den {1} och kan inte längre ändras. En administratör kan öppna det igen.',
  'This goal is open: there is nothing to reopen.': 'Målet är öppet, så det finns inget att öppna igen.',
  'This goal is continued in “{}”. Reopening it beside that goal would count the same goal twice: delete that goal first, or change that one instead.':
    'Målet fortsätter i ”{0}”. Öppnas det igen bredvid det målet räknas samma mål två gånger: ta bort det målet först, eller ändra i det i stället.',
  'The goal is {}.': 'Målet är avslutat.',
  'The review is closed.': 'Uppföljningsmötet är avslutat.',
  'The review refers to something that cannot be used.': 'Uppföljningsmötet hänvisar till något som inte kan användas.',
  'Send the version you read to change this review item.': 'Skicka den version du läste för att ändra den här punkten.',
  'Required once the item exists.': 'Obligatoriskt när punkten redan finns.',
  'The action refers to something that cannot be used.': 'Åtgärden hänvisar till något som inte kan användas.',
  'This review is about one department’s goals; choose a goal of that department.':
    'Det här uppföljningsmötet gäller en avdelnings mål; välj ett mål i den avdelningen.',
  'This goal belongs to another department than the review.': 'Målet hör till en annan avdelning än mötet.',
  'This action belongs to the {} review, which is closed: only its state (open or done) can still change.':
    'Åtgärden hör till uppföljningen {0}, som är avslutad: bara dess läge (öppen eller klar) kan fortfarande ändras.',
  'Cannot change once the review is closed.': 'Kan inte ändras när uppföljningsmötet är avslutat.',

  // ---------- measurement (src/server) ----------
  'The check-in names a segment this measure does not have.': 'Avstämningen anger ett segment som måttet inte har.',
  'The sample is smaller than this measure\'s minimum; confirm to save it anyway.': 'Urvalet är mindre än måttets minimum; bekräfta för att spara det ändå.',
  'These two measures are already paired as counterweights.': 'De här två måtten är redan motvikter till varandra.',
  'Already paired.': 'Redan parade.',
  'A measure cannot be its own counterweight.': 'Ett mått kan inte vara sin egen motvikt.',
  'Choose another measure: a measure cannot keep itself honest.': 'Välj ett annat mått: ett mått kan inte hålla sig självt ärligt.',
  'The counterweight refers to a measure that does not exist.': 'Motvikten hänvisar till ett mått som inte finns.',
  'This measure is not a library measure with a suggested counterweight; pair it with a measure of your choice instead.':
    'Måttet är inte ett biblioteksmått med en föreslagen motvikt; para det med ett valfritt mått i stället.',
  'The measure to pair is not one on the suggested library key.': 'Måttet att para ihop är inte ett av måtten på det föreslagna biblioteksmåttet.',
  'Choose one of the measures the preview offers.': 'Välj ett av måtten som förhandsvisningen erbjuder.',
  'Choose one of the suggested counterweights.': 'Välj en av de föreslagna motvikterna.',
  'Suggested for this measure: {}.': 'Föreslagna för det här måttet: {0}.',
  'This measure already has a segment with this name.': 'Måttet har redan ett segment med det här namnet.',
  'Already used on this measure.': 'Används redan på det här måttet.',

  // ---------- requests (src/server/http.ts, rows.ts, functions) ----------
  'No {} has this id.': 'Det finns inget med det här id:t.',
  'No API route has this path.': 'Ingen del av API:t har den här sökvägen.',
  'Use {}.': 'Använd {0}.',
  'Send the body as application/json.': 'Skicka innehållet som application/json.',
  'The request body is not valid JSON.': 'Innehållet är inte giltig JSON.',
  'Send at most {} KB.': 'Skicka högst {0} kB.',
  'Something with this name already exists.': 'Något med det här namnet finns redan.',
  'This refers to something missing, or something else still refers to it.': 'Det här hänvisar till något som saknas, eller så hänvisar något annat fortfarande hit.',
  'The database is busy; try again.': 'Databasen är upptagen; försök igen.',
  'Something went wrong on our side; nothing was saved.': 'Något gick fel hos oss; inget sparades.',
  'This {} was changed since you read it. Reload to see the latest version, then apply your change again.':
    'Detta har ändrats sedan du läste det. Ladda om för att se den senaste versionen och gör sedan din ändring igen.',
  'Stale version.': 'Inaktuell version.',
  'Send 0 or 1.': 'Skicka 0 eller 1.',
};
