"""Find people, organisations and groups, and join the names one document uses for each."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from explorer.extract.lexicon import (
    GROUP_MODIFIERS,
    GROUP_NOUNS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    QUALIFIED_NOUNS,
    TITLE_MODIFIERS,
    TITLES,
)
from explorer.extract.model import ActorMention
from explorer.extract.sentences import ABBREVIATIONS

_TOKEN = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][A-Za-z'’\-]*\.?|[A-Z]{2,}|@[A-Za-z]+)"
_RUN = re.compile(_TOKEN + r"(?:[ \t]+(?:(?:of|and|for|the|de|van|von|&)[ \t]+)?" + _TOKEN + r")*")
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
_NOT_ACRONYMS = frozenset(
    # Page furniture, clock times and time zones are written in capitals but name no one.
    "UPDATE UPDATED NEWS PHOTO VIDEO BREAKING OK AM PM TV II III IV PDF AP UTC GMT BST CET CEST EST EDT CST CDT "
    "MST MDT PST PDT IST AEST CCTV FIR GDP COVID HIV AIDS DNA ATM GPS SUV VIP FAQ URL US USA UK CEO CFO IT".split()
)
_DEFINITION = re.compile(r"\(\s*[\"“']?([A-Z]{2,6})[\"”']?\s*\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_UPPER = re.compile(r"[A-Z]")
_ALPHA = re.compile(r"[A-Za-z]")
# What may stand right before a group noun: a capitalised run ("NASA", "Save Our Parks") or modifiers ("federal").
_PREFIX = re.compile(
    r"(?:(?P<proper>(?-i:"
    + _RUN.pattern
    + r")[ \t]+)|(?P<mods>(?:(?:"
    + "|".join(sorted((re.escape(m) for m in GROUP_MODIFIERS), key=len, reverse=True))
    + r")[ \t]+){1,2}))\Z",
    re.IGNORECASE,
)
# A group noun followed by one of these is a modifier ("police report"), not an actor.
_HEADS = frozenset("chief commissioner leader leaders representative".split())
_NOMINAL_FOLLOWERS = frozenset(
    [
        "report",
        "reports",
        "services",
        "service",
        "department",
        "station",
        "chief",
        "commissioner",
        "division",
        "headquarters",
        "protection",
        "assistance",
        "response",
        "presence",
        "policy",
        "policies",
        "camp",
        "cycle",
        "leader",
        "leaders",
        "movement",
        "office",
        "membership",
        "representing",
        "representative",
        "hall",
    ]
)
# Capitalised words that name institutions, documents and places, never a person's name.
NOT_PERSON_WORDS = frozenset(
    "constitution amendment clause act law bill states kingdom republic street avenue road park square hall "
    "building center centre tower bridge river island airport station county city state protection".split()
)
_COREFERENCE = re.compile(r"(?:the|The)\s+(?P<title>[a-z]+)(?![A-Za-z])")
_SPACES = re.compile(r"\s+")


def _clean_token(token: str) -> str:
    """Drop a sentence's full stop from a token unless it belongs to it (U.S., Gov., the initial in "Ann P. Lee")."""
    if token.endswith(".") and token.count(".") == 1 and token.lower() not in TITLES and len(token) > 2:
        return token[:-1]
    return token


def _is_acronym(token: str) -> bool:
    return bool(_ACRONYM.match(token)) and token not in _NOT_ACRONYMS


def _has_lowercase(token: str) -> bool:
    return any(ch.islower() for ch in token)


def _split_tokens(run: str, start: int) -> list[tuple[str, int, int]]:
    tokens = []
    for match in re.finditer(r"\S+", run):
        word = _clean_token(match.group(0))
        tokens.append((word, start + match.start(), start + match.start() + len(word)))
    return tokens


def _strip_edges(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop leading words that are not names, and trailing connectors and possessives."""
    while tokens and (tokens[0][0].lower() in NOT_NAMES or tokens[0][0].lower() in ("of", "and", "for", "the")):
        tokens = tokens[1:]
    while tokens and (tokens[-1][0].lower() in ("of", "and", "for", "the", "&", "de", "van", "von", "i")):
        tokens = tokens[:-1]
    if tokens:
        word, s, e = tokens[-1]
        for suffix in ("'s", "’s", "'", "’"):
            if word.endswith(suffix) and len(word) > len(suffix):
                tokens[-1] = (word[: -len(suffix)], s, e - len(suffix))
                break
    return tokens


def _title_split(tokens: list[tuple[str, int, int]]) -> int:
    """Index of the first name token after a leading title ("Deputy Chief Ann Lee" -> 2), else 0."""
    last_title = -1
    for index, (word, _s, _e) in enumerate(tokens[:-1]):
        lowered = word.lower()
        if lowered in TITLES:
            last_title = index
        elif lowered not in TITLE_MODIFIERS and last_title >= 0:
            break
    return last_title + 1


def _person_tokens(tokens: list[tuple[str, int, int]]) -> bool:
    """Two to four capitalised words with lower-case letters: the shape of a personal name."""
    words = [w for w, _s, _e in tokens]
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower() in NOT_NAMES or w.lower() in ORGANISATION_WORDS or w.lower() in NOT_PERSON_WORDS for w in words):
        return False
    return all(_has_lowercase(w) or re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words) and _has_lowercase(words[-1])


_SPEECH_AFTER = re.compile(
    r",?\s+(?:who|said|says|told|tells|wrote|writes|added|adds|argued|explained|tweeted|asked|replied)\b"
    r"|,\s+\d{1,3},"  # an age: "Margaret Ellison, 61,"
    r"|,\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,3}[a-z\-]+,"  # an appositive: "Jo Park, a council member,"
    r"|,\s+(?:a|an|the)?\s*(?:[a-z\-]+\s+){0,2}(?:"
    + "|".join(sorted((re.escape(t) for t in TITLES if t.isalpha()), key=len, reverse=True))
    + r")\b"
)
_SPEECH_BEFORE = re.compile(r"(?:said|says|according to|by|wrote|told|asked)\s+$")


def _speaks(text: str, start: int, end: int) -> bool:
    """A bare name that acts like a person: it speaks, or a role follows it ("Ann Lee, president of")."""
    return bool(_SPEECH_AFTER.match(text, end) or _SPEECH_BEFORE.search(text[max(0, start - 20) : start]))


def _preceding_title(text: str, start: int) -> str | None:
    """A lower-case title just before a name ("attorney Maria Soto"), with its modifiers."""
    words = re.findall(r"[A-Za-z.\-]+", text[max(0, start - 40) : start])
    if not words or words[-1].lower() not in TITLES:
        return None
    taken = [words[-1]]
    for word in reversed(words[:-1]):
        if word.lower() in TITLE_MODIFIERS:
            taken.insert(0, word)
        else:
            break
    return " ".join(taken)


def _classify_run(text: str, tokens: list[tuple[str, int, int]]) -> ActorMention | None:
    """Turn one capitalised run into an actor, or None when it names nothing we know how to keep."""
    split = _title_split(tokens)
    if split and len(tokens) - split >= 1:
        name_tokens = tokens[split:]
        title_words = " ".join(w for w, _s, _e in tokens[:split])
        if _person_tokens(name_tokens) or (len(name_tokens) == 1 and _has_lowercase(name_tokens[0][0])):
            return _mention(text, name_tokens, "person", tokens[0][1], title_words)
    words = [w for w, _s, _e in tokens]
    if any(w.lower() in ORGANISATION_WORDS for w in words) or any(_is_acronym(w) for w in words):
        if len(words) == 1 and not _is_acronym(words[0]):
            return None
        return _mention(text, tokens, "organisation", tokens[0][1], None)
    if _person_tokens(tokens):
        title = _preceding_title(text, tokens[0][1])
        supported = title is not None or _speaks(text, tokens[0][1], tokens[-1][2])
        return _mention(text, tokens, "person" if supported else "unconfirmed", tokens[0][1], title)
    if len(tokens) == 1 and _has_lowercase(words[0]) and words[0].lower() not in NOT_NAMES:
        acting = _acts(text, tokens[0][2]) or _BRAND.match(words[0]) is not None
        return _mention(
            text, tokens, "acting" if acting else "name", tokens[0][1], _preceding_title(text, tokens[0][1])
        )
    return None


_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*$")  # "NetSpan", "QuickPay": a company's name
_ACTS = re.compile(
    r"\s+(?:said|says|told|announced|confirmed|denied|reported|added|tweeted|stated|wrote|warned|urged|apologised"
    r"|apologized|admitted|blamed|accused|claimed|insisted|grounded|halted|suspended|cancelled|canceled)\b"
)


def _acts(text: str, end: int) -> bool:
    """A lone name that speaks or decides: the subject of such a verb right after it ("United said")."""
    return _ACTS.match(text, end) is not None


def _mention(
    text: str, tokens: list[tuple[str, int, int]], kind: str, surface_start: int, title: str | None
) -> ActorMention:
    start, end = tokens[0][1], tokens[-1][2]
    name = _SPACES.sub(" ", text[start:end])
    return ActorMention(name, kind, surface_start, end, text[surface_start:end], title)


_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _runs(text: str, start: int, end: int) -> Iterable[list[tuple[str, int, int]]]:
    """Capitalised runs, split at month and weekday names and after a possessive ("Denver's FAA")."""
    for match in _RUN.finditer(text, start, end):
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "@#"):
            continue
        piece: list[tuple[str, int, int]] = []
        for token in _split_tokens(match.group(0), match.start()):
            if token[0].lower().rstrip(".") in _CALENDAR_WORDS:
                if piece:
                    yield piece
                piece = []
                continue
            piece.append(token)
            raw_end = match.start() + len(match.group(0))
            ends_sentence = (
                token[2] < raw_end
                and text[token[2]] == "."
                and token[0][-1:] != "."
                and token[0].lower() not in ABBREVIATIONS
                and len(token[0]) > 1
            )
            if token[0].endswith(("'s", "’s")) or ends_sentence:
                yield piece
                piece = []
        if piece:
            yield piece


def _is_headline(region: str) -> bool:
    """A Title Case line (most words capitalised, no full stop): capitals there say nothing about names."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", region)
    if len(words) < 5 or region.rstrip().endswith((".", "?", "!", '"', "”")):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.75 * len(words)


def _groups(text: str, start: int, end: int, shouting: bool) -> list[ActorMention]:
    found = []
    for match in _WORD.finditer(text, start, end):
        noun = match.group(0)
        canonical = GROUP_NOUNS.get(noun.lower())
        if canonical is None or not (noun.islower() or (noun[0].isupper() and noun[1:].islower())):
            continue
        if noun[0].isupper() and re.match(r"[ \t]+[A-Z]", text[match.end() : match.end() + 3]):
            continue  # "Police Chief", "Police Bureau": part of a name, not a group
        follower = re.match(r"[ \t]+([a-z\-]+)", text[match.end() : match.end() + 30])
        window_start = max(start, match.start() - 80)
        before = _PREFIX.search(text[window_start : match.start()])
        prefix = _group_prefix(before, noun, shouting) if before else ""
        nominal = follower is not None and follower.group(1) in _NOMINAL_FOLLOWERS
        led = follower is not None and follower.group(1) in _HEADS and prefix[:1].isupper()
        if nominal and not led:
            continue  # "police report"; but "the Mumbai police chief" speaks for the Mumbai police
        if follower and follower.group(1) in ("officer", "officers") and canonical == "police":
            canonical = "police officers"
        name = f"{prefix} {canonical}".strip()
        surface_start = window_start + before.start() if prefix and before else match.start()
        found.append(ActorMention(name, "group", surface_start, match.end(), text[surface_start : match.end()]))
    return found


def _group_prefix(match: re.Match[str], noun: str, shouting: bool) -> str:
    """The words before a group noun that say whose group it is ("FAA", "federal", "Denver")."""
    if match["proper"] and not shouting:
        words = [w for w in match["proper"].split() if w.lower() not in NOT_NAMES or _is_acronym(w)]
        words = [_clean_token(w) for w in words]
        if words and all(w[0].isupper() for w in words) and not any(w.endswith(("'s", "’s")) for w in words):
            return " ".join(words)
        return ""
    if match["mods"]:
        kept = ("federal", "local", "state", "city", "riot", "national", "county", "off-duty", "police")
        mods = [m.lower() for m in match["mods"].split() if m.lower() in kept]
        if "police" in mods and noun.lower() not in ("officer", "officers"):
            mods.remove("police")
        return " ".join(mods)
    return ""


def _split_coordinated(tokens: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """ "Anna Reyes and Tom Blake" is two people; "Immigration and Customs Enforcement" stays one body."""
    if any(w.lower() in ORGANISATION_WORDS for w, _s, _e in tokens):
        return [tokens]
    parts: list[list[tuple[str, int, int]]] = [[]]
    for token in tokens:
        if token[0] in ("and", "&"):
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if p]


_LISTED_BEFORE = re.compile(r"((?:[A-Z][A-Za-z'’\-]*,[ \t]+)+)$")


def _shared_head(text: str, tokens: list[tuple[str, int, int]]) -> list[ActorMention] | None:
    """ "Delta, United and American Airlines": three airlines sharing the last one's head noun.

    Only a plural organisation word is shared ("airlines", "banks"), and only with single words.
    """
    words = [w for w, _s, _e in tokens]
    if len(words) < 4 or words[1] not in ("and", "&") or not words[-1].endswith("s"):
        return None
    if words[-1].lower()[:-1] not in ORGANISATION_WORDS and words[-1].lower() not in ORGANISATION_WORDS:
        return None
    if any(w.lower() in ORGANISATION_WORDS for w in words[2:-1]):
        return None
    head = words[-1]
    found = [_mention(text, tokens[2:], "organisation", tokens[2][1], None)]
    bare = [tokens[0]]
    listed = _LISTED_BEFORE.search(text, max(0, tokens[0][1] - 80), tokens[0][1])
    if listed is not None:
        at = listed.start()
        for word in re.findall(r"[^,\s]+", listed.group(1)):
            at = text.index(word, at)
            bare.append((word, at, at + len(word)))
            at += len(word)
    for word, start, end in bare:
        found.append(ActorMention(f"{word} {head}", "organisation", start, end, text[start:end], None))
    return sorted(found, key=lambda a: a.start)


def _names_a_place(tokens: list[tuple[str, int, int]]) -> bool:
    """ "Elm Street Park", "Harbour Toll Gate": a name that ends in a place word is a place, not an actor."""
    return len(tokens) > 1 and tokens[-1][0].lower() in PLACE_WORDS


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def _qualifies(text: str, end: int) -> bool:
    """A name right before a noun it only qualifies ("a Jones supporter", "Rovers fans")."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) in QUALIFIED_NOUNS


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
    """Actors named in ``text[start:end]``, in order, each with its surface span.

    >>> [(a.name, a.kind, a.title) for a in find_actors("Mayor Ana Ruiz met protesters.")]
    [('Ana Ruiz', 'person', 'Mayor'), ('protesters', 'group', None)]
    """
    end = len(text) if end is None else end
    region = text[start:end]
    shouting = len(_UPPER.findall(region)) > 0.6 * max(1, len(_ALPHA.findall(region)))
    shouting = shouting or _is_headline(region)
    groups = _groups(text, start, end, shouting)
    found: list[ActorMention] = []
    for tokens in _runs(text, start, end):
        tokens = _strip_edges(tokens)
        if not tokens or shouting:
            continue
        if any(g.start <= tokens[0][1] < g.end for g in groups):
            continue  # the run is the modifier of a group ("FAA employees")
        shared = _shared_head(text, tokens)
        if shared is not None:
            found.extend(shared)
            continue
        for part in _split_coordinated(tokens):
            if _names_a_place(part) or _qualifies(text, part[-1][2]):
                continue
            mention = _classify_run(text, part)
            if mention is not None:
                found.append(mention)
    found.extend(groups)
    return sorted(found, key=lambda m: (m.start, -m.end))


def find_definitions(text: str) -> dict[str, str]:
    """Acronyms the text defines, mapped to their long form: "Federal Aviation Administration (FAA)"."""
    defined: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        acronym = match.group(1)
        before = text[max(0, match.start() - 120) : match.start()].rstrip()
        runs = list(_RUN.finditer(before))
        if not runs or runs[-1].end() < len(before):
            continue
        tokens = _strip_edges(_split_tokens(runs[-1].group(0), 0))
        long_form = " ".join(w for w, _s, _e in tokens)
        if long_form and long_form != acronym and _initials_fit(long_form, acronym):
            defined.setdefault(acronym, long_form)
    return defined


def _initials_fit(long_form: str, acronym: str) -> bool:
    """The acronym's letters appear in order among the long form's capitals."""
    capitals = iter(ch for ch in long_form if ch.isupper())
    return all(letter in capitals for letter in acronym)


@dataclass(frozen=True)
class ActorIndex:
    """What one document says of its actors, built once: who is confirmed a person, surnames, titles, acronyms.

    Every mention's actors are named against it, so naming is linear in the document's length.
    """

    confirmed: frozenset[str]
    by_surname: Mapping[str, frozenset[str]]
    titles: Mapping[str, str]
    by_title: Mapping[str, frozenset[str]]
    definitions: Mapping[str, str]

    @property
    def expanded(self) -> dict[str, str]:
        """Acronym -> "Long Form (ACR)"."""
        return {acr: f"{long} ({acr})" for acr, long in self.definitions.items()}


def index_actors(actors: list[ActorMention], definitions: Mapping[str, str]) -> ActorIndex:
    """The document's actor index from every actor it names and the acronyms it defines."""
    confirmed = _confirmed_people(actors)
    by_surname: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    for person in actors:
        if person.name in confirmed and len(person.name.split()) >= 2:
            by_surname.setdefault(person.name.split()[-1], set()).add(person.name)
            if person.title:
                titles.setdefault(person.name, person.title)
    by_title: dict[str, set[str]] = {}
    for name, title in titles.items():
        by_title.setdefault(title.split()[-1].lower(), set()).add(name)
    return ActorIndex(
        frozenset(confirmed), {k: frozenset(v) for k, v in by_surname.items()}, titles,
        {k: frozenset(v) for k, v in by_title.items()}, dict(definitions),
    )  # fmt: skip


def canonical_actors(actors: list[ActorMention], index: ActorIndex) -> list[ActorMention]:
    """Name each mention as the document names it in full: surnames join full names, acronyms expand."""
    expanded = index.expanded
    long_forms = {long: f"{long} ({acr})" for acr, long in index.definitions.items()}
    out = []
    for actor in actors:
        if actor.kind == "unconfirmed":
            if actor.name not in index.confirmed:
                continue
            actor = ActorMention(actor.name, "person", actor.start, actor.end, actor.surface, actor.title)
        out.append(_canonical(actor, index, expanded, long_forms))
    return [a for a in out if a is not None]


def _confirmed_people(actors: list[ActorMention]) -> set[str]:
    """Full names the document treats as people: titled, speaking, or later called by surname alone."""
    lone = {a.name for a in actors if a.kind in ("name", "acting")}
    confirmed = set()
    for actor in actors:
        if actor.kind == "person" or (actor.kind == "unconfirmed" and actor.name.split()[-1] in lone):
            confirmed.add(actor.name)
    return confirmed


def _canonical(
    actor: ActorMention, index: ActorIndex, expanded: dict[str, str], long_forms: dict[str, str]
) -> ActorMention | None:
    name, kind, title = actor.name, actor.kind, actor.title
    if kind in ("person", "name", "acting"):
        full = index.by_surname.get(name.split()[-1], frozenset())
        if len(name.split()) == 1:
            if len(full) > 1 or (not full and kind != "acting"):
                return None  # several people's surname, or a lone capitalised word that does nothing here
            if full:
                name, kind = next(iter(full)), "person"
            else:
                kind = "organisation"  # a lone name that acts and is no one's surname: a company, a body
        title = title or index.titles.get(name)
    aliases_seen = {actor.surface.strip(), actor.name}
    if kind == "organisation":
        name = expanded.get(name, long_forms.get(name, name))
        for acronym, long in index.definitions.items():
            if name == f"{long} ({acronym})":
                aliases_seen |= {acronym, long}  # so a bare acronym elsewhere finds this actor
    aliases = tuple(sorted(aliases_seen - {name}))
    return ActorMention(name, kind, actor.start, actor.end, actor.surface, title, aliases)


def resolve_coreference(text: str, start: int, end: int, index: ActorIndex) -> list[ActorMention]:
    """ "the mayor" names the one person the document gives that title, when there is exactly one."""
    found = []
    for match in _COREFERENCE.finditer(text, start, end):
        names = index.by_title.get(match["title"], frozenset())
        if len(names) == 1 and match["title"] in TITLES:
            name = next(iter(names))
            found.append(ActorMention(name, "person", match.start(), match.end(), match.group(0), match["title"]))
    return found


def likely_same_person(a_name: str, a_title: str | None, b_name: str, b_title: str | None) -> bool:
    """Two spellings of one person: near-identical surnames and the same first name or title.

    String similarity alone cannot tell a typo from another person, so support is required.

    >>> likely_same_person("Maria Sotomayor", None, "Maria Sotomayer", None)
    True
    >>> likely_same_person("John Smith", None, "Jane Smith", None)
    False
    """
    a_parts, b_parts = a_name.split(), b_name.split()
    if a_name == b_name:
        return True
    if len(a_parts) < 2 or len(b_parts) < 2:
        return False
    surnames_close = fuzz.ratio(a_parts[-1].lower(), b_parts[-1].lower()) >= 85
    same_first = a_parts[0].lower() == b_parts[0].lower()
    same_title = bool(a_title and b_title and a_title.split()[-1].lower() == b_title.split()[-1].lower())
    return surnames_close and (same_first or (same_title and a_parts[0][0] == b_parts[0][0]))
