"""Whether a clause tells an event, of what kind, and the words two reports of it are compared by.

An event is something that happened: a past-tense verb of action ("stormed", "fled", "were
arrested") or an event noun after "there was". Not events: forecasts and plans ("will appear",
"is expected to"), ongoing states and tallies ("the death toll rose to 140", "remained closed").
"""

from __future__ import annotations

import itertools
import re

from explorer.extract.lexicon import (
    EVENT_FAMILIES,
    EVENT_KINDS,
    EVENT_NOUNS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    NOT_EVENTS_ED,
    OCCURRENCE_WORDS,
    STOP_WORDS,
    TIME_WORDS,
)

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|911")
_CALL_FOR_HELP = re.compile(r"(?i)\b(?:call(?:ed|s|ing)?|dial(?:ed|led)?)\s+(?:\w+\s+){0,2}(?:911|police|for help)")
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
# A clause that plans or predicts: what it tells has not happened.
_FORECAST = re.compile(
    r"(?i)(?<![A-Za-z])(?:will|shall|'ll|may|might|could|would|should|must|plans? to|planning to|intends? to"
    r"|is expected to|are expected to|expects? to|is set to|are set to|is scheduled to|are scheduled to|is due to"
    r"|are due to|is going to|are going to|is to|are to|hopes? to|aims? to|wants? to"
    r"|(?:is|are) (?:also |being |strongly )?(?:urged|advised|asked|encouraged|told) to)(?![A-Za-z])"
)
# A clause about a quantity or a state that goes on, not an event.
_STATE = re.compile(
    r"(?i)(?<![A-Za-z])(?:death[- ]toll|toll|the number of|numbers?|figures?|tally|count|total)\s+(?:\w+\s+){0,3}"
    r"(?:rose|reached|stood|climbed|crossed|inched|increased|jumped|was|were|is|had|has)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:continued|continues|continue|kept|remained|remains|remain|still)\s+(?:\w+\s+)?\w+ing\b"
    r"|(?<![A-Za-z])(?:remained|remains|stayed)\s+(?:closed|open|shut|in place|under)"
    r"|(?<![A-Za-z])believed to have been|(?<![A-Za-z])(?:has|have) been (?:\w+ing|seeing)\b"
    r"|(?<![A-Za-z])it\s+(?:is|was|has\s+been)\s+(?:a|an|one|two|three|four|five|six|ten|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:today\s+)?since\b"
    r"|(?<![A-Za-z])(?:confirmed|reported|feared) (?:dead|killed|missing|injured) so far\b"
    r"|(?<![A-Za-z])found (?:themselves|himself|herself|itself)\b"
    r"|(?<![A-Za-z])(?:is|are) (?:also |still |now )?affected\b"
    r"|(?<![A-Za-z])(?:we|I)\s+(?:are|am|'re|'m)\s+(?:still\s+|now\s+)?\w+ing\b"
)
_THERE_WAS = re.compile(r"(?i)\bthere (?:was|were|has been|had been)\s+(?:a|an|another|two|three|several|more)?\s*"
                        r"(?:\w+\s+)?(?P<noun>[a-z]+)")  # fmt: skip


def words(text: str) -> list[str]:
    """The words of a text, lower-cased."""
    return [w.lower() for w in WORD.findall(text)]


def stem(word: str) -> str:
    """A crude English stem, enough to make "protesting" and "protested" agree."""
    word = word.lower().strip("'’")
    for suffix in ("ations", "ation", "ings", "ing", "ers", "ed", "es", "er", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def happened(word: str) -> bool:
    """A past-tense verb that narrates an event ("resigned", "fled"), not a description ("based")."""
    if word in OCCURRENCE_WORDS or word in IRREGULAR_PAST:
        return True
    return len(word) >= 5 and word.endswith("ed") and word not in NOT_EVENTS_ED


def event_kind(text: str) -> str | None:
    """The kind of event a clause states, or None when it states no event at all.

    The earliest kind word decides; a statement verb yields to an earlier plain event
    ("knocked out power …, officials warned" is not a statement). Month names are never verbs.
    """
    # A capitalised month name is the month ("15 March"), never the verb.
    found = [w.lower() for w in WORD.findall(text) if not (w[0].isupper() and w.lower() in _MONTH_NAMES)]
    if _CALL_FOR_HELP.search(text):
        return "call for help"
    positions = {w: i for i, w in reversed(list(enumerate(found)))}
    best: tuple[int, str] | None = None
    for kind, lexicon in EVENT_KINDS:
        hits = [positions[w] for w in lexicon if w in positions]
        if hits and (best is None or min(hits) < best[0]):
            best = (min(hits), kind)
    past = next((i for i, w in enumerate(found) if happened(w)), None)
    if past is None and (noun := _THERE_WAS.search(text)) and noun["noun"] in EVENT_NOUNS:
        past = 0
    if best is not None:
        if best[1] == "statement" and past is not None and past < best[0]:
            return "other"
        return best[1]
    return "other" if past is not None else None


def speaks_of_plans(text: str) -> bool:
    """True when the words hold a cue of the future ("will", "would", "plans to", "is expected to")."""
    return _FORECAST.search(text) is not None


def is_forecast(text: str) -> bool:
    """True when a clause plans or predicts ("will appear in court", "is expected to resign").

    Only when the plan comes before any past event in the clause: "said on Monday that they will
    appear" is a statement that was made.
    """
    cue = _FORECAST.search(text)
    if cue is None:
        return False
    told = (m for m in WORD.finditer(text) if happened(m.group(0).lower()) or m.group(0).lower() in _STATEMENT_WORDS)
    past = next(told, None)
    return past is None or cue.start() < past.start()


_PRESENT_PERFECT = re.compile(
    r"(?i)(?<![A-Za-z])(?:has|have)(?:\s+(?:now|just|also|reportedly|officially|allegedly))?(?:\s+been)?"
    r"\s+(?P<verb>[a-z]+)\b"
)
_NOT_NEWS = re.compile(
    r"(?i)\b(?:long|always|often|never|repeatedly|ever|since|already|previously|yet|years|decades|still|so far|to date|in the past)\b"
)


_MAX_SUBJECT_WORDS = 14
_NOT_A_LEDE = re.compile(
    r"(?i)[,;:\"“”(]|\b(?:which|that|who|whom|whose|where|when|if|whether|because|after|before|says?|said|we|i|you)\b"
)
_QUANTITY = re.compile(
    r"(?i)\d|\b(?:more than|over|at least|around|about|nearly|almost|up to|some|many|hundreds|thousands|dozens"
    r"|scores|several|few|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b"
)
_FOR_A_TIME = re.compile(
    r"(?i)\bfor\s+(?:[\w-]+\s+){0,3}(?:minute|hour|day|week|month|year|decade|stretch|period|spell)s?\b"
)
_PRONOUN_SUBJECTS = frozenset("he she it they his her its their this these those".split())
_PENALTIES = frozenset("banned suspended jailed sentenced imprisoned barred fined expelled grounded".split())
# Verbs whose present perfect judges or describes ("has been accused", "has been called a hero") or asks.
_NOT_NEWS_VERBS = frozenset(
    "asked told urged advised known found come gone become seen heard said accused criticised criticized praised"
    " described called linked blamed".split()
)


def _opens_with_pronoun(subject: str) -> bool:
    words = subject.split(maxsplit=1)
    return bool(words) and words[0].lower() in _PRONOUN_SUBJECTS


def present_perfect(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """A present-perfect event ("has been evacuated", "have broken through") in ``text[start:end]``.

    Breaking news tells the day's events in the present perfect, with no date words; a clause that
    says how long or how often ("has long been", "have been since") is not news of the day.
    """
    end = len(text) if end is None else end
    match = _PRESENT_PERFECT.search(text, start, end)
    if match is None or _NOT_NEWS.search(text, start, end):
        return None
    subject = text[start : match.start()]
    if len(subject.split()) > _MAX_SUBJECT_WORDS or _NOT_A_LEDE.search(subject):
        return None  # only a lede's main clause tells the day's news
    if _opens_with_pronoun(subject):
        return None  # a lede names who acted; "they have", "his men have" go on from earlier lines
    verb = match["verb"].lower()
    if _FOR_A_TIME.search(text, match.end(), end) and verb not in _PENALTIES:
        return None  # "have complained for weeks" goes on; "have been banned for a year" happened today
    if verb in _NOT_NEWS_VERBS or _QUANTITY.search(subject):
        return None  # "more than 300 people have been injured", "200 troops have been deployed": counts
    if verb in IRREGULAR_PARTICIPLES or (happened(verb) and verb not in IRREGULAR_PAST) or verb in EVENT_FAMILIES:
        return match
    return None


# A quotation, or the end of one whose opening mark was trimmed off with the clause's edge.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|^[^“”\"]*”")


def unquoted(text: str) -> str:
    """A clause without the words it quotes, when what is left reports speech ("…,” said the mayor on Monday).

    The tense and mood of a quotation are the speaker's: "we will act," said X on Tuesday is a
    statement made on Tuesday, not a plan.
    """
    rest = _QUOTED.sub(" ", text)
    if rest == text or not any(w.lower() in _STATEMENT_WORDS for w in WORD.findall(rest)):
        return text
    return rest


def is_state(text: str) -> bool:
    """True when a clause reports a tally or a state that goes on, not an event."""
    return _STATE.search(text) is not None


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "@CityPolice", "#SaveTheRiver": the words of a handle


def terms_of(text: str) -> tuple[str, ...]:
    """Content-word stems of a passage, and the event families its words belong to, to compare two reports.

    A family ("§collapse" for collapsed, snapped, gave way) lets two outlets that tell one event
    in other words agree on what happened.
    """
    seen: dict[str, None] = {}
    for word in words(_CAMEL.sub(" ", text)):
        if word in STOP_WORDS or word in TIME_WORDS or len(word) < 3:
            continue
        seen.setdefault(stem(word), None)
        family = EVENT_FAMILIES.get(word)
        if family is not None:
            seen.setdefault("§" + family, None)
    return tuple(seen)


_AUXILIARIES = frozenset("was were had been has have is are be being did do does got get".split())
_STATEMENT_WORDS = next(lexicon for kind, lexicon in EVENT_KINDS if kind == "statement")
MAIN_EVENT_MARK = "¶"
_LIGHT_VERBS = frozenset("forced began started tried attempted continued decided agreed managed refused moved".split())


def main_event(text: str) -> str | None:
    """What happened in a clause, as one key: the family of its first event word ("flee" for fled, escaped).

    A reporting verb ("said") counts only when the clause tells no other event, so "police said
    protesters stormed the building" is a storming.
    """
    found = [w.lower() for w in WORD.findall(text) if not (w[0].isupper() and w.lower() in _MONTH_NAMES)]
    # A passive verb tells the event better than the noun before it ("the protest was disbanded").
    for before, word in itertools.pairwise(found):
        if before in ("was", "were") and word in EVENT_FAMILIES:
            return EVENT_FAMILIES[word]
    # A light verb hands the event to the verb it governs ("were forced to close", "began marching").
    for i, word in enumerate(found[:-2]):
        if word in _LIGHT_VERBS:
            governed = found[i + 2] if found[i + 1] == "to" else found[i + 1]
            if governed in EVENT_FAMILIES:
                return EVENT_FAMILIES[governed]
    # A past verb of a family tells the event better than a noun of another before it ("gunmen stormed").
    verb = next((w for w in found if w in EVENT_FAMILIES and happened(w)), None)
    if verb is not None:
        return EVENT_FAMILIES[verb]
    said = None
    for word in found:
        if word in _AUXILIARIES or word in STOP_WORDS:
            continue
        if word in _STATEMENT_WORDS:
            said = said or "say"
            continue
        if word in EVENT_FAMILIES or happened(word) or any(word in lexicon for _kind, lexicon in EVENT_KINDS):
            return EVENT_FAMILIES.get(word, stem(word))
    return said
