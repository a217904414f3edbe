"""General English word lists the extraction stages share: titles, organisations, groups, events."""

from __future__ import annotations

# Titles that precede a person's name. Multi-word titles are matched before their last word.
TITLES = frozenset(
    """
    admiral ambassador attorney capt. captain ceo chair chairman chairwoman chancellor chief col. colonel
    commissioner congressman congresswoman councillor councilman councilor councilwoman deputy det. detective
    director dr. editor founder gen. general gov. governor inspector judge justice lawyer lieutenant lt. major
    manager mayor minister mr. mrs. ms. officer owner pastor president president-elect prof. professor
    prosecutor rep. reporter representative rev. reverend secretary sen. senator sergeant sgt. sheriff spokesman
    spokesperson spokeswoman superintendent trooper vice-president archbishop batsman bishop bowler brigadier cardinal coach commander constable defender driver emir envoy goalkeeper imam king lawmaker legislator magistrate midfielder pilot player pope premier prince princess queen rabbi sheikh skipper striker vice-skipper actor actress singer star
    """.split()
)

# Words that may stand before a title and belong to it ("Police Chief", "Deputy Chief", "Union attorney").
TITLE_MODIFIERS = frozenset(
    """
    acting assistant attorney chief city county deputy district executive federal fire former general interim
    police press prime state union vice
    """.split()
)

# Words that make a capitalised name an organisation.
ORGANISATION_WORDS = frozenset(
    """
    administration agency alliance army assembly association authority bank board bureau campaign center centre
    church club co. coalition college commission committee company congress corp corp. corporation council court
    department dept. enforcement federation force forces foundation gazette government group guard herald
    hospital house inc inc. institute journal league legislature llc ltd ministry movement navy network news
    office organisation organization parliament party patrol police post press project radio school senate
    service services society television times tribune tv union university week airline airlines airways broadcaster cabinet channel embassy fund holdings international media nations secretariat systems technologies tribunal trust
    """.split()
)

# Nouns that name a group of people, mapped to the plural used as the group's name.
# The last word of a place's name: a place is where something happened, never who did it.
PLACE_WORDS = frozenset(
    """
    park square street st. avenue ave. road rd. boulevard lane bridge station airport stadium arena beach river
    lake mountain mount island valley plaza gate tollgate estate hotel mosque cathedral temple synagogue
    highway motorway freeway
    """.split()
)
# Nouns a name only qualifies ("a Jones supporter", "Rovers fans"): the name is not the actor there.
QUALIFIED_NOUNS = frozenset(
    "supporter supporters voter voters loyalist loyalists critic critics ally allies fan fans follower followers "
    "era years impersonator lookalike".split()
)

GROUP_NOUNS: dict[str, str] = {
    "protester": "protesters", "protesters": "protesters", "protestor": "protesters", "protestors":
    "protesters", "demonstrator": "demonstrators", "demonstrators": "demonstrators", "activist": "activists",
    "activists": "activists", "police": "police", "officer": "officers", "officers": "officers", "cops":
    "police", "employee": "employees", "employees": "employees", "agent": "agents", "agents": "agents",
    "worker": "workers", "workers": "workers", "resident": "residents", "residents": "residents", "student":
    "students", "students": "students", "union": "union", "soldier": "soldiers", "soldiers": "soldiers",
    "troops": "troops", "firefighters": "firefighters", "deputies": "deputies", "officials": "officials",
    "official": "officials", "journalists": "journalists", "supporters": "supporters", "volunteers":
    "volunteers", "crowd": "crowd", "mob": "mob", "staff": "staff", "immigrants": "immigrants", "migrants":
    "migrants", "lawmakers": "lawmakers", "prosecutors": "prosecutors", "investigators": "investigators",
    "witnesses": "witnesses", "customers": "customers", "owners": "owners", "members": "members", "authorities":
    "authorities", "counter-protesters": "counter-protesters", "guards": "guards", "teachers": "teachers",
    "nurses": "nurses", "doctors": "doctors", "voters": "voters", "attacker": "attackers", "attackers": "attackers",
    "gunman": "gunman", "gunmen": "gunmen", "militant": "militants", "militants": "militants", "terrorist":
    "terrorists", "terrorists": "terrorists", "assailant": "assailants", "assailants": "assailants", "commandos":
    "commandos", "fans": "fans", "jury": "jury", "occupiers": "occupiers", "rioters":
    "rioters", "looters": "looters", "crowds": "crowds", "passengers": "passengers", "travellers": "travellers",
    "travelers": "travelers", "players": "players", "mourners": "mourners", "survivors": "survivors", "rescuers":
    "rescuers", "paramedics": "paramedics", "marchers": "marchers", "insurgents":
    "insurgents", "rebels": "rebels", "inmates": "inmates", "prisoners": "prisoners", "refugees": "refugees",
    "civilians": "civilians", "senators": "senators", "legislators": "legislators", "jurors": "jurors",
    "detectives": "detectives", "ministers": "ministers", "villagers": "villagers", "farmers": "farmers",
    "youths": "youths", "hostages": "hostages", "captives": "captives", "mps": "MPs", "lawyers": "lawyers", "judges": "judges", "sharpshooters": "sharpshooters",
    "commando": "commandos", "worshippers": "worshippers", "motorists": "motorists", "pilgrims": "pilgrims",
}  # fmt: skip

# Lower-case words that may modify a group noun ("federal police", "local residents").
GROUP_MODIFIERS = frozenset(
    """
    agency angry armed city city's county federal foreign international local many masked national off-duty
    other police riot several some state three two undercover union
    """.split()
)

# Words that look like names at the start of a capitalised run but are not ("The", "When", "Southwest").
NOT_NAMES = frozenset(
    """
    a about according after again against all already also although among an and another anyway april as at
    august because before besides both but by central click dear december despite during each earlier east
    eastern even every external february first follow for fort friday from furthermore great greater he hence
    her here his how however i if in including indeed instead internal into it its january july
    june just lake las last later like local los lower madam many march may maybe meanwhile members mister
    monday more moreover most mount mt. much my nevertheless new next no nonetheless north northeast northern
    northwest not november now october of officials old on once one only or other otherwise our over per perhaps
    photo please port read related saint san santa saturday search second september several share she sign since
    sir so some source south southeast southern southwest st. still such sunday thank thanks that the their then
    there therefore these they third this those though three through thursday thus today toward towards tuesday
    twice two under unlike until update updated upon upper via we wednesday west western what whatever when
    where which while who whose why with within without yesterday yet you your
    """.split()
)

# Event words (verb forms and event nouns) by incident kind; the earliest in a clause decides.
EVENT_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("reopening", frozenset("reopen reopened reopening reopens resumed".split())),
    ("closure", frozenset("close closed closes closure shut shutdown shuttered suspended".split())),
    ("arrest", frozenset("arrest arrested arrests booked detained detains handcuffed jailed".split())),
    (
        "police action",
        frozenset("cleared disbanded dispersed evicted raid raided removed seized sweep swept tear-gassed".split()),
    ),
    (
        "violence",
        frozenset(
            "assault assaulted attacked beat beaten clash clashed fought hit injured killed punched shot skirmish skirmishes stabbed threw".split()
        ),
    ),
    (
        "legal action",
        frozenset(
            "cease-and-desist charged complaint convicted desist filed indicted lawsuit letter litigation petition ruled ruling sentenced subpoenaed sued pleaded pled acquitted appealed testified".split()
        ),
    ),
    (
        "protest",
        frozenset(
            "began begun blockaded camped demonstration demonstrations march marched occupied picketed protest protested protesting protests rallied rally started".split()
        ),
    ),
    ("meeting", frozenset("convened hearing meet meeting met summit".split())),
    (
        "statement",
        frozenset(
            "accused announced announces claimed declared denied email emailed pledged replied responded said says stated statement told tweeted urged vowed warned writes wrote".split()
        ),
    ),
)

# Words that show something happened, beyond the kind lexicons (generic occurrences).
OCCURRENCE_WORDS = frozenset(
    """
    abandoned arrived began begun broke called died drew emerged ended erupted faced faces followed forced grew
    happened harassed issued launched left occurred opened released reported sent showed signed
    spread started surrounded threatened took
    """.split()
)

# Function words left out of the terms used to compare two reports of one incident.
STOP_WORDS = frozenset(
    """
    a about according after again against all also an and any are as at be because been before being between but
    by can could did do does down during each for from further had has have he her here his how i in into is it
    its just may me might must my no not now of off on once only or other our out over own said same says she
    should since so some such than that the their them then there these they this those through to too until up
    very was we were what when where which while who whom why will with would you your
    """.split()
)

# Words about when, not what: left out of the terms two reports are compared by, since the dates are
# compared on their own (and two outlets rarely date an event in the same words).
TIME_WORDS = frozenset(
    """
    january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
    tomorrow morning afternoon evening night midnight noon day days week weeks weekend month months year years
    hour hours minute minutes last next earlier later early late mid ago previous following recent recently
    first second time times a.m p.m gmt utc
    """.split()
)

# Irregular past forms that state that something happened.
IRREGULAR_PAST = frozenset(
    """
    went came made gave took met began broke fell rose won lost ran fled hit shot sent left held brought built
    caught found got kept led paid put saw sold spoke stood struck threw wrote drove flew fought hid hung let
    quit rang rode sat set shook shut slid spent spread stole stuck swept swore tore withdrew overtook upheld
    overrode undertook forbade bore bit blew dealt dug drew fed felt forgave froze grew laid lit meant rebuilt
    """.split()
)

# Past participles that do not end in -ed ("has broken", "have been taken").
IRREGULAR_PARTICIPLES = frozenset(
    """
    arisen beaten begun bitten blown broken brought built caught chosen come done drawn driven eaten fallen
    fled flown forbidden forgiven fought found frozen given gone grown held hidden hit hung kept laid led left
    let lost made met paid put ridden risen run seen sent set shaken shot shut sold spoken spent spread stolen
    struck stuck sworn swept taken thrown torn upheld withdrawn won written
    """.split()
)

# Words ending in -ed that describe rather than narrate ("based", "alleged", "dated").
NOT_EVENTS_ED = frozenset(
    """
    based alleged related dated located scheduled expected supposed concerned interested aged named titled
    entitled listed united limited detailed needed wanted liked loved hoped used red bed shed seed need feed
    speed indeed proceed exceed succeed hundred kindred sacred wicked naked rugged ragged skilled talented
    advanced reserved reputed renowned crowded tired worried pleased surprised shocked excited bored
    qualified experienced considered required involved owned operated affiliated associated armed masked
    """.split()
)

# Nouns of events, for clauses like "there was a shooting".
EVENT_NOUNS = frozenset(
    """
    attack attacks blast blasts clash clashes collapse crash crashes explosion explosions fire fires fight fighting
    gunfire incident incidents outage protest protests raid riot riots shooting shootings stampede storm strike
    strikes violence looting arson bombing bombings earthquake flood floods fire blaze
    """.split()
)

# Words that tell one kind of event in other words: two reports that use different ones still agree on
# what happened ("the bridge collapsed" / "the bridge snapped").
EVENT_FAMILIES: dict[str, str] = {
    word: family
    for family, members in {
        "collapse": "collapse collapsed collapses collapsing snapped snap gave caved crumbled",
        "arrest": "arrest arrested arrests detained detain custody apprehended nabbed",
        "charge": "charge charged charges indicted indictment",
        "sentence": "sentence sentenced sentencing jailed imprisonment imprisoned prison",
        "death": "killed kill killing killings dead death deaths died die dies fatal slain slaying murdered murder",
        "shoot": "shot shoot shooting shootings gunfire gunman gunmen fired opened",
        "storm": "stormed storm storming entered broke breached invaded overran",
        "fire": "fire fires blaze ablaze burn burned burnt torch torched arson alight flames",
        "protest": "protest protests protested protesting protesters rally rallied march marched demonstration demonstrators",
        "flee": "fled flee flees fleeing escaped escape",
        "resign": "resigned resign resignation quit stepped",
        "ban": "ban banned bans suspended suspension barred",
        "outage": "outage outages crashed crash glitch disrupted disruption grounded",
        "earthquake": "earthquake quake temblor tremor struck",
        "siege": "siege besieged standoff",
        # not "clear" nor "close": as adjectives ("made it clear", "close to") they tell no event
        "clear": "cleared sweep swept disperse dispersed evict evicted remove removed disband disbanded dismantle"
        " dismantled abandon abandoned vacate vacated closed",
        "plead": "plead pleaded pled plea",
        "apologise": "apologise apologize apologised apologized apology apologises apologizes sorry",
    }.items()
    for word in members.split()
}

# The place (and agency) a wire story was filed from, opening its first paragraph: "NAIROBI, June 25 – ",
# "RIVERTON, Ont. (Reuters) - ", the underscore some agencies print for a dash ("CITY (AP)_ ").
WIRE_DATELINE = (
    r"(?:[A-Z][A-Z .'’\-]{2,}|[A-Z][a-z]+)(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z. ]+\))?\s*[:—–\-_]+\s"
)
