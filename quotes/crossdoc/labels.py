"""Small word lists for cleaning speaker names in the cross-article pass, with where each comes from.

The linking pass reads names that any extractor (or a hand-made quotes file) wrote, so it cleans them
itself rather than trusting the extraction-time lists in ``quotes/data/``. Every list is lower case
and matched on the folded word (``textnorm.fold``, dots kept: "sen." and "sen" are both listed).

Provenance:

* ``PRONOUNS``: the English personal, demonstrative and indefinite pronouns (any grammar); never a name.
* ``OPENERS``: sentence openers (conjunctions, connective adverbs, wh-words, prepositions, auxiliaries,
  time words) that a capitalised first word of a sentence drags into a name ("So", "Once", "Also",
  "Meanwhile Trump", "What Mr. Obama", "Neither Donald J. Trump"); compiled by hand from the closed
  word classes of English and checked against the 2016 PolNeAR pile's speaker names.
* ``PARTIES``: US and common foreign party labels and their members ("Republican", "Democrat", "GOP").
* ``STATES``: the 50 US states, D.C., and their AP-style abbreviations (AP Stylebook), as labels
  before a name ("Vermont Sen. Bernie Sanders", "Fla. Gov. Jeb Bush").
* ``TITLES``: title and office words before a name (nameparser's own titles cover "Mr.", "Dr.";
  these add US political offices and the newsroom labels "rival", "donor", "nominee" ...).
* ``ORG_HEADS``: the last word of an organisation's name ("White House", "Justice Department").
* ``GROUP_HEADS``: plural nouns naming a group ("Democrats", "Pennsylvania Republicans", "officials").
* ``HEADLINE_WORDS``: words that only a Title Case headline capitalises inside a name: prepositions,
  articles, auxiliaries and the headline verbs of the pile ("Calls", "Compares", "Slams").
"""

from __future__ import annotations

PRONOUNS = frozenset("""
i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself
we us our ours ourselves they them their theirs themselves one someone somebody anyone anybody everyone
everybody nobody none no-one who whom whose which that this these those other others another both each either
neither all some many few several most such
""".split())

OPENERS = frozenset("""
so once also now meanwhile but and or nor then when what whatever whenever while after before since because if
as yet still even only instead indeed however plus though although like unlike why how where who whom whose which
here there thus hence moreover furthermore later earlier today yesterday tonight tomorrow last next just perhaps
maybe already again rather nevertheless nonetheless otherwise therefore especially notably clearly obviously
apparently separately similarly likewise actually recently previously currently eventually initially originally
soon finally first second third ultimately well oh sure yes no not never always sometimes often asked told said
says speaking according with without for from to in on at by of under over about against between among during
through until upon despite amid thanks did does do is was are were has had have will would could should can may
might must let see look consider remember imagine take enter meet watch read listen note
neither either both another every each all some many few most much more less other others such
one two three four five six seven eight nine ten eleven twelve super
beyond besides absent whether year years impeach unlike including
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december
""".split())

# title words that, inside a name, end the label part: what follows is the person ("White House Press Secretary
# Josh Earnest", "Senate Minority Leader Harry Reid", "UN Ambassador John Bolton"), whatever type it came with
INNER_TITLES = frozenset("""
sen. sen senator rep. rep representative gov. gov governor president secretary speaker leader whip chairman
chairwoman mayor ambassador spokesman spokeswoman spokesperson director commissioner justice judge minister
chancellor ag a.g. nominee candidate adviser advisor aide strategist donor rival attorney congressman
congresswoman
""".split())

# people of a state, before a name ("Vermonter Bernie Sanders")
DEMONYMS = frozenset("""
vermonter texan floridian californian ohioan new-yorker virginian georgian marylander michigander minnesotan
iowan kansan nevadan arizonan oregonian coloradan utahn alaskan hawaiian kentuckian tennessean carolinian
""".split())

PARTIES = frozenset("""
republican republicans democrat democrats democratic gop independent independents libertarian green
conservative liberal progressive socialist tory labour
""".split())

STATES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
wisconsin wyoming carolina dakota jersey hampshire
ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo. mont.
neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. vt. va. wash. w.va. wis. wyo.
d.c.
""".split()) | frozenset({
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
    "south carolina", "south dakota", "west virginia",
})

# state names and titles that are also given names: one alone before one more word is kept ("Virginia Foxx",
# "Dean Baquet", "Major Garrett"); nameparser still reads "Judge Curiel" as a title and a surname
GIVEN_NAME_LABELS = frozenset({
    "georgia", "virginia", "indiana", "carolina", "montana", "dakota", "washington",
    "dean", "major", "king", "prince", "judge", "justice", "general", "chief", "host", "star", "sterling", "queen",
})

TITLES = frozenset("""
ag a.g. sen. sen senator senators rep. rep reps. representative representatives gov. gov governor governors lt. lt
president presidents vice secretary sec. attorney general gen. speaker house senate majority minority leader
whip chairman chairwoman chair chief mayor former ex then-candidate candidate candidates nominee nominees
presumptive presidential hopeful frontrunner front-runner rival rivals opponent challenger incumbent donor
billionaire businessman businesswoman mogul magnate tycoon real-estate reality star host anchor pundit
strategist adviser advisor aide spokesman spokeswoman spokesperson director commissioner ambassador justice
judge sheriff councilman councilwoman congressman congresswoman assemblyman state u.s. us federal first lady
supreme court minister prime premier chancellor king queen prince pope rev. reverend dr. mr. mrs. ms. miss
sir lord dame pastor bishop cardinal rabbi imam gen general col. colonel maj. major capt. captain sgt. admiral
adm. professor prof. dean author writer columnist commentator economist analyst activist lawyer attorney
candidate self-described fellow top senior junior longtime veteran outgoing incoming acting interim
actor actress singer comedian rapper filmmaker producer musician novelist poet artist coach player
quarterback athlete chef designer model comic dj
""".split())

ORG_HEADS = frozenset("""
house department ministry committee commission campaign party administration congress senate court agency
bureau council office government service services university college institute institution foundation
center centre association organization organisation union inc. inc corp. corp company co. corporation group
pac fund network times post journal news magazine press tribune herald review report gazette channel
television radio bank board authority caucus coalition alliance movement project trust society league
federation cabinet parliament assembly embassy army navy force forces police guard council watch tower
state facebook twitter hotel resort club plaza casino airlines airport school hospital church
enforcement prevention protection sox program programme conference pollster act
""".split())

# a first word that makes the name an organisation's ("Team Clinton": the campaign)
ORG_LEADS = frozenset({"team", "camp", "friends"})

# organisations the pile's "persons" name alone: platforms and news outlets (checked against the PolNeAR pile)
ORG_NAMES = frozenset("""
twitter facebook google youtube instagram reuters cnn msnbc nbc abc cbs npr pbs bloomberg breitbart politico
axios isis isil gop fbi cia nsa nato telemundo univision gallup
""".split())

GROUP_HEADS = frozenset("""
democrats republicans conservatives liberals progressives independents libertarians americans voters officials
supporters critics analysts experts leaders members aides advisers advisors lawmakers legislators senators
representatives delegates donors activists protesters protestors residents citizens people workers employees
staffers staff sources observers economists pollsters strategists insiders evangelicals immigrants
saudis israelis iraqis iranians afghans pakistanis palestinians syrians russians mexicans europeans canadians
""".split())

HEADLINE_WORDS = frozenset("""
of under to for with on in at by from about over against into onto upon after before between among through
during without within toward towards is are was were be been has have had will would can could should may
might must does do did says said calls called compares compared slams slammed blasts blasted rips ripped
hits bashes attacks attacked warns warned urges urged vows vowed defends defended denies denied claims
claimed admits admitted accuses accused mocks mocked praises praised endorses endorsed tells told asks
responds responded explains reveals revealed just why how what who when where sees wants thinks gets goes
makes takes gives knows needs plans pushes rejects rallies wins loses leads trails leaves joins backs supports
opposes faces fires hires meets visits unveils announces launches drops signs questions dismisses doubles
touts predicts suggests insists jabs taunts trolls rejects refuses reassures tries agrees
""".split())

# given names ending in -ing: a leading capitalised -ing word is otherwise a gerund ("Injecting Clinton")
ING_GIVEN_NAMES = frozenset({"irving", "sterling", "channing", "manning", "fleming", "harding", "browning", "ewing", "king"})

# English hypocorisms: one given name in two forms ("Joe Biden" = "Joseph R. Biden Jr.", "Chuck Grassley" =
# "Charles E. Grassley"). The common pairs of US news (US Social Security naming practice, by hand); a
# nickname shared by two given names (Al: Albert, Alan) is left out.
NICKNAMES = {
    "joe": "joseph", "joey": "joseph", "bill": "william", "billy": "william", "will": "william", "willie": "william",
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "mike": "michael", "mick": "michael",
    "jim": "james", "jimmy": "james", "jamie": "james", "tom": "thomas", "tommy": "thomas", "chuck": "charles",
    "charlie": "charles", "dick": "richard", "rick": "richard", "rich": "richard", "ricky": "richard",
    "dave": "david", "steve": "steven", "stephen": "steven", "chris": "christopher", "nick": "nicholas",
    "tony": "anthony", "ted": "edward", "ed": "edward", "eddie": "edward", "ned": "edward", "dan": "daniel",
    "danny": "daniel", "ben": "benjamin", "sam": "samuel", "matt": "matthew", "pat": "patrick", "ron": "ronald",
    "don": "donald", "donny": "donald", "greg": "gregory", "jeff": "jeffrey", "geoff": "geoffrey", "ken": "kenneth",
    "larry": "lawrence", "jerry": "gerald", "andy": "andrew", "drew": "andrew", "fred": "frederick",
    "freddy": "frederick", "hank": "henry", "harry": "henry", "jack": "john", "johnny": "john", "jon": "jonathan",
    "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth", "kate": "katherine", "kathy": "katherine",
    "cathy": "catherine", "sue": "susan", "meg": "margaret", "peggy": "margaret", "nancy": "ann",
    "bernie": "bernard", "newt": "newton", "mitch": "mitchell", "tim": "timothy", "doug": "douglas",
    "phil": "philip", "ray": "raymond", "walt": "walter", "jen": "jennifer", "jenny": "jennifer", "debbie": "deborah",
}
