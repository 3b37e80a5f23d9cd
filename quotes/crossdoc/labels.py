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
* ``ORG_HEADS``: the last word of an organisation's name ("White House", "Justice Department"; "team", the
  institution noun of ``DESCRIBED_ORGS``, for a sports team: "Australian Olympic Team").
* ``GROUP_HEADS``: plural nouns naming a group ("Democrats", "Pennsylvania Republicans", "officials").
* ``HEADLINE_WORDS``: words that only a Title Case headline capitalises inside a name: prepositions,
  articles, auxiliaries (``HEADLINE_FUNCTION_WORDS``, person names only) and the headline verbs of the pile
  (``HEADLINE_VERBS``, any name: "Calls", "Compares", "Slams").
* ``DEMONYMS``, ``DEMONYM_PLURALS``: state and country demonyms (GPO Style Manual 2016, 5.23 and chapter 17),
  US Census race and ethnicity groups and Pew's religious traditions, in the plural groups.
* ``FACILITY_HEADS``, ``DOCUMENT_HEADS``, ``EVENT_HEADS``: head nouns of ACE 2005 FAC/LOC names and of
  OntoNotes EVENT/LAW names, and polls and studies: no speaker.
* ``COUNTRIES``: GPO Style Manual chapter 17 short forms, less those that are common names of people.
* ``RELIGIOUS_ADJECTIVES``: Pew Religious Landscape Study traditions and the US Census Hispanic-origin terms, as
  adjectives: alone (like a lone ``DEMONYMS`` word) no one's name ("Muslim", "Romanian").
* ``POLLSTERS``: FiveThirtyEight's pollster ratings (2016), the firms whose names end in no organisation word.
* ``CUT_ENDS``, ``LOWER_OPENERS``, ``DISTRIBUTIVES``, ``RELATIVES``: closed English word classes (prepositions,
  articles and conjunctions that cannot end a name; sentence adverbs; distributive determiners; relative pronouns).
* ``DETERMINERS``, ``QUANTITIES``, ``POSTMODIFIERS``, ``PEOPLE_NOUNS``, ``DESCRIBED_ORGS``: closed English
  word classes and the institution nouns among ``ORG_HEADS``, for reading a description's head noun; with
  ``quotes/data``'s role and group nouns (derived from PolNeAR train) and its common lower-case words.
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

# people of a state or country: before a name a label ("Vermonter Bernie Sanders", "German Chancellor Angela
# Merkel"), in the plural a group ("Iowans", "Germans"). The US states' demonyms as the GPO Style Manual
# (2016, 5.23) gives them, and the English demonyms of the world's countries and large regions (GPO Style
# Manual, chapter 17, "Principal foreign countries": the adjective/noun column); demonyms that are also
# common surnames or given names ("Cuban", "French", "English", "Roman", "Welsh") are left out.
_STATE_DEMONYMS = """
alabamian alaskan arizonan arkansan californian coloradan connecticuter delawarean floridian georgian hawaiian
idahoan illinoisan indianan iowan kansan kentuckian louisianian mainer marylander michigander minnesotan
mississippian missourian montanan nebraskan nevadan new-hampshirite new-jerseyan new-mexican new-yorker
north-carolinian north-dakotan ohioan oklahoman oregonian pennsylvanian rhode-islander south-carolinian
south-dakotan tennessean texan utahn vermonter virginian washingtonian west-virginian wisconsinite wyomingite
carolinian dakotan hoosier
"""
_COUNTRY_DEMONYMS = """
afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese bolivian
bosnian botswanan brazilian bruneian bulgarian burkinabe burmese burundian cambodian cameroonian canadian
chadian chilean colombian congolese costa-rican croatian cypriot czech danish djiboutian dominican ecuadorian
egyptian salvadoran eritrean estonian ethiopian fijian filipino finnish gabonese gambian ghanaian greek
guatemalan guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian iraqi israeli
italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz laotian latvian
lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian malian
maltese mauritanian mauritian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese
nepali nicaraguan nigerien nigerian norwegian omani pakistani palestinian panamanian paraguayan peruvian
polish portuguese qatari romanian russian rwandan samoan saudi senegalese serbian sierra-leonean singaporean
slovak slovenian somali spaniard sri-lankan sudanese surinamese swede swedish syrian taiwanese tajik
tanzanian thai togolese tongan trinidadian tunisian turk turkish turkmen ugandan ukrainian emirati uruguayan
uzbek venezuelan vietnamese yemeni zambian zimbabwean chinese swiss british scottish german
african asian european latin-american middle-eastern caribbean arab kurd kurdish pashtun sunni shiite
"""
DEMONYMS = frozenset((_STATE_DEMONYMS + _COUNTRY_DEMONYMS).split())

# the plural of a demonym names a group ("Iowans", "Germans", "New Yorkers"); -ese, -ish, -ch and -ss forms
# have none ("the Chinese"), and adjectives only ("Danish", "Polish") none either; "middle-eastern",
# "kyrgyz" and the like give plurals no one writes, which match nothing
_NO_PLURAL = ("ese", "ish", "ch", "ss", "ic", "i", "ai")
DEMONYM_PLURALS = frozenset(  # the last word's plural: "Yorkers" of "New Yorkers"
    d.rsplit("-", 1)[-1] + "s" for d in DEMONYMS if not d.endswith(_NO_PLURAL) or d in ("saudi", "iraqi", "israeli", "pakistani", "kuwaiti", "omani", "qatari", "yemeni", "bahraini", "emirati", "somali", "bangladeshi", "azerbaijani", "nepali")
) | frozenset({"swedes", "spaniards", "turks", "kurds", "arabs", "sunnis", "shiites", "dutch"}) | frozenset(
    # US Census race and ethnicity categories, in the plural ("Latinos", "Hispanics")
    "latinos latinas hispanics blacks whites asian-americans african-americans".split()) | frozenset(
    # adherents of the religious traditions of Pew's Religious Landscape Study, in the plural ("Catholics")
    "catholics protestants evangelicals christians mormons muslims jews baptists methodists lutherans".split())

# the last word of a place or building's name: a facility, not a speaker ("Trump Tower", "National Mall",
# "Indiana Statehouse"). The head nouns of ACE 2005's FAC entity type (Building-Grounds, Subarea-Facility,
# Path: buildings, monuments, grounds, streets, bridges); heads that also name the institution inside
# (school, hospital, church, hotel, casino, airport) stay organisations, and heads that are common surnames
# (park, hill, street) are left out.
FACILITY_HEADS = frozenset("""
tower towers mall statehouse capitol building buildings bridge stadium arena avenue boulevard highway
monument memorial cemetery square village apartments tunnel pier
island islands county peninsula coast
""".split())  # the last line: ACE's LOC and GPE heads that no surname ends in ("Staten Island", "Orange County")

# the last word of a document's name: a poll or a study is what a speaker publishes, not a speaker
# ("Quinnipiac Poll"); its pollster is the speaker
DOCUMENT_HEADS = frozenset("poll polls survey surveys study studies".split())

# the last word of an event's or a law's name (OntoNotes EVENT and LAW types): no speaker ("Iraq War",
# "Affordable Care Act")
EVENT_HEADS = frozenset("war wars election elections debate debates scandal crisis revolution act bill amendment".split())

# the world's countries (GPO Style Manual, chapter 17, "Principal foreign countries", short forms): a country
# that speaks is its government, typed organisation like "United States" ("Ethiopia said"); countries that are
# also common names of people (Jordan, Israel, Chad) are left out, and given names are checked at use
COUNTRIES = frozenset(c.replace("_", " ") for c in """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina_faso burma burundi cambodia cameroon canada chile china colombia congo costa_rica croatia cuba
cyprus czech_republic denmark djibouti dominican_republic ecuador egypt el_salvador eritrea estonia ethiopia
fiji finland france gabon gambia germany ghana greece guatemala guinea guyana haiti honduras hungary iceland
india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea north_korea
south_korea kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania luxembourg macedonia
madagascar malawi malaysia mali malta mauritania mauritius mexico moldova mongolia montenegro morocco
mozambique myanmar namibia nepal netherlands new_zealand nicaragua niger nigeria norway oman pakistan panama
paraguay peru philippines poland portugal qatar romania russia rwanda saudi_arabia senegal serbia
sierra_leone singapore slovakia slovenia somalia south_africa south_sudan spain sri_lanka sudan suriname
sweden switzerland syria taiwan tajikistan tanzania thailand togo tunisia turkey turkmenistan uganda ukraine
united_arab_emirates united_kingdom uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe britain
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
judge sheriff councilman councilwoman congressman congresswoman assemblyman assemblywoman committeeman
committeewoman alderman alderwoman selectman selectwoman state u.s. us federal national first lady
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
federation cabinet parliament assembly embassy army navy force forces police guard council watch
state facebook twitter hotel resort club plaza casino airlines airport school hospital church
enforcement prevention protection sox program programme conference pollster team
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

# function words a headline capitalises; organisation names hold them too ("Bank of America", "Doctors
# Without Borders"), so they mark a headline inside a person's name only
HEADLINE_FUNCTION_WORDS = frozenset("""
of under to for with on in at by from about over against into onto upon after before between among through
during without within toward towards is are was were be been has have had will would can could should may
might must does do did just why how what who when where
""".split())

# the headline verbs of the pile: inside any name, person's or organisation's, they mark a headline
# ("Hillary Clinton Reassures House Democrats", typed a group for its last word)
HEADLINE_VERBS = frozenset("""
says said calls called compares compared slams slammed blasts blasted rips ripped
hits bashes attacks attacked warns warned urges urged vows vowed defends defended denies denied claims
claimed admits admitted accuses accused mocks mocked praises praised endorses endorsed tells told asks
responds responded explains reveals revealed sees wants thinks gets goes
makes takes gives knows needs plans pushes rejects rallies wins loses leads trails leaves joins backs supports
opposes faces fires hires meets visits unveils announces launches drops signs questions dismisses doubles
touts predicts suggests insists jabs taunts trolls rejects refuses reassures tries agrees
""".split())

HEADLINE_WORDS = HEADLINE_FUNCTION_WORDS | HEADLINE_VERBS

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


# ---- descriptions ("the candidate", "a Treasury official", "the poll"): what their head noun names ----------
# Determiners and possessives that open a description; the definite ones refer back to someone the article
# already named ("the candidate", "his father"): an unresolved mention, like a pronoun (closed word class).
DETERMINERS = frozenset("the a an his her their its this that these those our my your one some many several".split())
DEFINITE = frozenset("the his her their its this that these those our my your".split())

# quantities that head a partitive ("19 percent of voters", "half of them"): the noun after "of" is the head
QUANTITIES = frozenset("""
percent percentage half third quarter fifth majority minority plurality most many some all none few several
number share portion rest lot lots dozen dozens hundreds thousands millions each both either neither any
one two three four five six seven eight nine ten
""".split())

# words that end a description's head and start what follows it: prepositions, relatives, participles
POSTMODIFIERS = frozenset("""
of in on at for from with to about by over under among after before during since than like who whom whose which
that where when taken given written known seen shown released issued published made sent posted quoted cited
""".split())

# nouns for people that no role list holds (closed class of English collective and kin nouns)
PEOPLE_NOUNS = frozenset("""
people person persons women woman men man children child kids kid family families crowd crowds audience audiences
public police staff friend friends neighbor neighbors neighbour neighbours parent parents son sons daughter
daughters wife husband mother father brother sister relative relatives colleague colleagues ally allies rival
rivals source sources insider insiders official officials employee employees staffer staffers aide aides
delegate delegates voter voters resident residents member members caller callers worker workers student students
veteran veterans patient patients victim victims survivor survivors witness witnesses fan fans guest guests
spokesperson spokespeople representative representatives
""".split())

# institutions a description may name without a proper name ("the company", "an agency"): the collective nouns
# of organisations among ORG_HEADS, less the names of publications and documents ("report", "post", "times")
DESCRIBED_ORGS = frozenset("""
campaign company firm office board party administration court agency panel committee commission department
ministry government council team organization organisation group union association institute university college
school church media network station newspaper outlet bureau service army military regime embassy consulate
legislature parliament congress senate caucus coalition alliance foundation charity nonprofit establishment
country countries nation nations governments
""".split())


# ---- issue 14, round 3: what the name itself tells ---------------------------------------------------------
# a lone religious or ethnic adjective is no one's name ("Muslim", like "Romanian" among DEMONYMS): the adherents
# of Pew's Religious Landscape Study traditions and the US Census Hispanic-origin adjectives, singular; words that
# are also given names ("Christian", "Latina") are checked against the SSA list at use and kept
RELIGIOUS_ADJECTIVES = frozenset("""
muslim christian catholic protestant evangelical mormon jewish hindu buddhist sikh baptist methodist lutheran
presbyterian episcopalian orthodox sunni shiite islamic hispanic latino latina
""".split())

# lower-case function words that cannot end a name: a capitalised name ending in one was cut short by the
# extractor ("American Civil Liberties Union of", "Center for"); English prepositions, articles and conjunctions
# (closed word classes), written in lower case as a name's inner words are
CUT_ENDS = frozenset("of for and or nor the a an to in on at by with from &".split())

# lower-case sentence adverbs and conjunctions that open a description without belonging to it ("even her fellow
# cast members", "also the campaign"): the adverbs and coordinators among OPENERS that modify no noun
LOWER_OPENERS = frozenset("even also and but or so then still especially notably including plus yet".split())

# distributive determiners: "each candidate" is every one of several people, a group label, not one person
DISTRIBUTIVES = frozenset("each every any either neither".split())

# relative pronouns: what follows a description's head from one of them on is a clause about it, not its name
# ("one of those advisers, who spoke on the condition of anonymity")
RELATIVES = frozenset("who whom whose which that".split())

# polling firms whose names end in no organisation word: FiveThirtyEight's pollster ratings (2016 edition, the
# firms of the election this pile covers); firm names that are a person's surname alone ("Zogby", "Selzer") left
# out, since the person speaks under them too
POLLSTERS = frozenset(p.replace("_", " ") for p in """
ipsos yougov surveyusa rasmussen_reports public_policy_polling morning_consult mason-dixon harris_interactive
latino_decisions gravis_marketing opinion_savvy epic-mra mitchell_research landmark_communications
remington_research magellan_strategies field_research
""".split())
