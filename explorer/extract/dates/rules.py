"""The date forms, one rule each: a core pattern that starts with a month, digit or keyword (fast to scan
for), optional lead words before it, and the resolver that turns it into an interval.

Overlapping matches keep the longest; at equal length the earlier rule wins, so the order matters
only for ties.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from explorer.extract.dates import absolute, periods, relative
from explorer.extract.dates.context import Context
from explorer.extract.dates.hit import Hit, Resolved
from explorer.extract.dates.patterns import (
    CLOCK,
    DAY,
    LEAD_ALTERNATIVES,
    LEAD_WORDS,
    MONTH,
    NUM,
    ORDINAL,
    PART_OF_DAY,
    WEEKDAY,
    YEAR,
)

Resolver = Callable[[Hit, Context], Resolved | None]


@dataclass(frozen=True)
class Rule:
    """One date form."""

    kind: str
    core: re.Pattern[str]
    resolver: Resolver
    before: re.Pattern[str] | None = None
    required: bool = False
    hints: tuple[str, ...] = ()
    """Lower-case words without which the rule cannot match: a text without any skips the scan."""
    not_after: re.Pattern[str] | None = None
    """Words that, right before the core, mean it is no date here ("Mary June")."""


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _before(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Words right before a core match; they must start a word (not end "reconstructi-on")."""
    return re.compile(r"(?<![A-Za-z])(?:" + pattern + r")\Z", flags)


_LEAD = _before(LEAD_WORDS)
_WEEKDAY_LEAD = _before(
    r"(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Bb]y|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter|[Ff]rom)\s+)?"
    r"(?:(?:[Tt]he\s+)?(?P<rel>[Ll]ast|[Pp]ast|[Pp]revious|[Tt]his(?: coming)?|[Nn]ext|[Cc]oming)\s+)?"
)
_LEAD_THE = _before(r"(?:" + LEAD_WORDS + r")?the\s+|" + LEAD_WORDS)
_PART = r"(?P<part>[Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate|the (?:end|beginning|start|middle) of)"
_YEAR_ONLY = r"(?P<y>1[89]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-\d|'s|s\b)"
_BARE_MONTH = r"(?P<m>January|February|April|June|July|August|September|October|November|December)"
_TIME_WORDS = PART_OF_DAY + r"|day|night"
_SPELLED_TENS = r"ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen" \
    r"|sixteen|seventeen|eighteen|nineteen"  # fmt: skip
_UNIT_WORDS = r"one|two|three|four|five|six|seven|eight|nine"

RULES: list[Rule] = [
    # ranges of days
    Rule("absolute", _c(
        r"(?P<m1>" + MONTH + r")\s+(?P<d1>" + DAY + r")(?:,?\s+(?P<y1>" + YEAR
        + r"))?\s*(?:-|–|—|to|through|until)\s*(?:(?P<m2>" + MONTH + r")\s+)?(?P<d2>" + DAY
        + r")(?:,?\s+(?P<y2>" + YEAR + r"))?"), absolute.date_range, _LEAD),
    Rule("absolute", _c(
        r"(?P<d1>" + DAY + r")\s+(?P<m1>" + MONTH + r")(?:,?\s+(?P<y1>" + YEAR
        + r"))?\s*(?:-|–|—|to|through|until)\s*(?P<d2>" + DAY + r")\s+(?P<m2>" + MONTH
        + r")(?:,?\s+(?P<y2>" + YEAR + r"))?"), absolute.date_range, _LEAD),
    Rule("absolute", _c(
        r"[Bb]etween\s+(?P<m1>" + MONTH + r")\s+(?P<d1>" + DAY + r")(?:,?\s+(?P<y1>" + YEAR
        + r"))?\s+and\s+(?:(?P<m2>" + MONTH + r")\s+)?(?P<d2>" + DAY + r")(?:,?\s+(?P<y2>" + YEAR + r"))?"),
        absolute.date_range, hints=("between",)),
    # a weekday with the date it falls on: the date wins, and ties the weekday for the rest of the text
    Rule("absolute", _c(
        r"(?P<w>" + WEEKDAY + r")(?:,|,?\s+the)?\s+(?:(?P<m>" + MONTH + r")\s+(?P<d>" + DAY + r")|(?P<d_>" + DAY
        + r")(?:\s+of)?\s+(?P<m_>" + MONTH + r"))(?:,?\s+(?P<y>" + YEAR + r"))?"),
        absolute.weekday_and_date, _before(r"(?:[Oo]n|[Ee]arly|[Ll]ate)\s+")),
    Rule("absolute", _c(r"(?P<w>" + WEEKDAY + r")\s*\((?P<m>" + MONTH + r")\s+(?P<d>" + DAY + r")\)"),
         absolute.weekday_and_date, _before(r"[Oo]n\s+")),
    # full dates
    Rule("absolute", _c(r"(?P<m>" + MONTH + r")\s+(?P<d>" + DAY + r"),?\s+(?P<y>" + YEAR + r")"),
         absolute.full_date, _LEAD),
    Rule("absolute", _c(r"(?P<d>" + DAY + r")\s+(?:of\s+)?(?P<m>" + MONTH + r"),?\s+(?P<y>" + YEAR + r")"),
         absolute.full_date, _LEAD_THE),
    Rule("absolute", _c(r"(?P<y>" + YEAR + r")-(?P<mo>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)(?!\d)"), absolute.iso_date,
         _LEAD),
    Rule("absolute", _c(r"(?P<mo>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])"),
         absolute.numeric_date, _LEAD),
    # a month and day without a year
    Rule("relative", _c(r"(?P<m>" + MONTH + r")\s+(?P<d>" + DAY + r")(?!,?\s*\d)"), absolute.month_day, _LEAD),
    Rule("relative", _c(r"(?P<d>" + DAY + r")\s+(?:of\s+)?(?P<m>" + MONTH + r")"), absolute.month_day, _LEAD_THE),
    # parts of months, months
    Rule("relative", _c(r"(?P<m>" + MONTH + r")(?:,?\s+(?P<y>" + YEAR + r"))?"), absolute.part_of_month,
         _before(r"(?:" + LEAD_WORDS + r"|[Aa]t\s+)?" + _PART + r"[- ]?"), required=True),
    Rule("absolute", _c(r"(?P<m>" + MONTH + r"),?\s+(?P<y>" + YEAR + r")"), absolute.month, _LEAD),
    Rule("relative", _c(r"(?P<m>" + MONTH + r")\s+(?P<yrel>this|last|next)\s+year(?![A-Za-z'’])"), absolute.month,
         _LEAD),
    Rule("relative", _c(r"(?P<m>" + MONTH + r")(?!\.?\s*\d)"), absolute.month,
         _before(r"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)|[Ee]arlier in|[Ll]ater in|" + LEAD_ALTERNATIVES + r")\s+"),
         required=True),
    Rule("relative", _c(_BARE_MONTH + r"(?![A-Za-z])(?!\.?\s*\d)(?!\s+[A-Z])"), absolute.month,
         not_after=re.compile(r"(?:[A-Z][A-Za-z'’\-]*|[.!?:\"“]|^)\s*\Z")),
    # years
    Rule("absolute", _c(r"(?P<y>" + YEAR + r")"), absolute.part_of_year,
         _before(r"(?:[Ii]n\s+)?(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[- ]"), required=True),
    Rule("absolute", _c(
        r"(?:[Bb]etween\s+(?P<y1>" + YEAR + r")\s+and|[Ff]rom\s+(?P<y1b>" + YEAR + r")\s+(?:to|until|through))\s+"
        r"(?P<y2>" + YEAR + r")"), absolute.year_range, hints=("between", "from")),
    Rule("absolute", _c(r"(?:[Ff]iscal|FISCAL)(?:\s+year)?\s+(?P<y>" + YEAR + r")"), periods.fiscal_year,
         hints=("fiscal",)),
    Rule("relative", _c(r"(?:the|its|their)\s+(?:current\s+|new\s+)?fiscal\s+year(?!\s+(?:ended|ending))",
                        re.IGNORECASE), periods.fiscal_year, hints=("fiscal",)),
    Rule("absolute", _c(
        r"(?:(?:the\s+)?end\s+of\s+(?:(?P<y>" + YEAR + r")|(?:the|this)\s+year)|(?:the\s+)?year[- ]end(?![A-Za-z])"
        r"|(?:the\s+)?year's\s+end)", re.IGNORECASE), absolute.year_end, _LEAD, hints=("end",)),
    Rule("absolute", _c(r"(?:(?P<m>" + MONTH + r")\s+)?(?:the\s+year\s+)?(?:nineteen[- ](?P<t>" + _SPELLED_TENS
                        + r")(?:[- ](?P<u>" + _UNIT_WORDS + r"))?|(?P<millennium>two thousand)(?:\s+and)?"
                        r"(?:\s+(?P<mu>" + _UNIT_WORDS + r"))?(?!\s+(?:years?|people|dollars)))(?![A-Za-z])",
                        re.IGNORECASE), periods.spelled_year, hints=("nineteen", "two thousand")),
    Rule("absolute", _c(_YEAR_ONLY), absolute.year, _LEAD, required=True),
    Rule("absolute", _c(r"(?<![\w$#.,/-])" + _YEAR_ONLY), absolute.year,
         not_after=re.compile(r"(?<![A-Za-z])(?!(?:" + MONTH + r"))[A-Z][a-z]+\s+\Z")),  # "Orion 1980" is a name
    # quarters
    Rule("relative", _c(
        r"(?:(?:the|its|a|an|this|that)\s+)?(?:(?:flat|weak|strong|disappointing|latest|seasonally slow|comparable)\s+)?"
        r"(?:(?P<y>(?:19|20)\d\d)\s+|(?P<yrel>this|last|next)\s+year's\s+|(?P<ya>year-ago|year-earlier)\s+)?"
        r"(?:(?:fiscal|calendar)[- ])?(?P<ord>" + ORDINAL + r")[- ](?:fiscal[- ])?quarter(?!s|-century|-to)(?![A-Za-z])"
        r"(?:\s+of\s+(?P<y2>(?:19|20)\d\d))?(?P<ago>\s+a year (?:ago|earlier))?", re.IGNORECASE),
        periods.ordinal_quarter, hints=("quarter",)),
    Rule("relative", _c(
        r"(?:the|this|that|its)\s+(?P<adj>(?:(?:latest|current|same|comparable|most recent|recent|just-ended|fiscal)\s+)*)"
        r"(?P<unit>quarter|period)(?![-A-Za-z])(?P<ago>\s+a year (?:ago|earlier)|\s+last year)?", re.IGNORECASE),
        periods.quarter_anaphora, hints=("quarter", "period")),
    Rule("relative", _c(
        r"(?:the\s+)?(?:(?:comparable|same|corresponding)\s+)?(?:year-ago|year-earlier|(?P<y>(?:19|20)\d\d))\s+"
        r"(?:(?P<ord>first|second|third|fourth)\s+)?(?:fiscal\s+)?(?:quarter|period)(?![-A-Za-z])"
        r"|last year's\s+(?:(?P<ord_>first|second|third|fourth)\s+)?quarter(?![A-Za-z])", re.IGNORECASE),
        periods.year_ago_quarter, hints=("quarter", "period")),
    Rule("relative", _c(r"(?:a|one) year (?:ago|earlier)(?![A-Za-z])|year-(?:ago|earlier)(?!\s+(?:quarter|period))",
                        re.IGNORECASE), periods.year_ago, hints=("year",)),
    # holidays
    Rule("relative", _c(
        r"(?P<name>New Year['’]s (?:Day|Eve)|Valentine['’]s Day|St\.? Patrick['’]s Day|May Day|Independence Day"
        r"|the Fourth of July|Bastille Day|Halloween|Guy Fawkes Night|Bonfire Night|Veterans Day|Remembrance Day"
        r"|Armistice Day|Christmas Eve|Christmas Day|Christmas|Boxing Day|Thanksgiving(?: Day)?|Labor Day"
        r"|Memorial Day|Martin Luther King Day|Presidents['’]? Day|Easter(?: Sunday| Monday)?|Good Friday)"
        r"(?:,?\s+(?P<y>" + YEAR + r"))?(?![A-Za-z])"), periods.holiday, _LEAD,
        hints=("new year", "valentine", "patrick", "may day", "independence", "fourth of july", "bastille", "halloween",
               "fawkes", "bonfire", "veterans", "remembrance", "armistice", "christmas", "boxing", "thanksgiving",
               "labor day", "memorial day", "luther king", "presidents", "easter", "good friday")),
    # weekdays and weekends
    Rule("relative", _c(r"(?P<w>" + WEEKDAY + r")\s+(?:and|or|to|through|until|-|–)\s+(?P<w2>" + WEEKDAY + r")(?!s)"),
         relative.weekday_pair, _WEEKDAY_LEAD),
    Rule("relative", _c(r"(?P<w>" + WEEKDAY + r")(?!s)(?:\s+" + PART_OF_DAY + r")?"), relative.weekday,
         _WEEKDAY_LEAD),
    Rule("relative", _c(r"(?P<rel>last|this|next|the)\s+weekend(?![A-Za-z])", re.IGNORECASE), relative.weekend,
         _before(r"(?:over|at|on|during)\s+", re.IGNORECASE), hints=("weekend",)),
    # counted from the document date
    Rule("relative", _c(
        r"(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night"
        r"|(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]he previous) (?:morning|afternoon|evening|week|month|year)"
        r"|[Ee]arlier (?:this (?:week|month|year)|today|yesterday)|[Ll]ater (?:this (?:week|month|year)|today|yesterday)"
        r"|(?:[Aa] )?(?:few |couple of )?(?:hours|minutes) ago)(?![A-Za-z])"), relative.from_document,
        _before(r"(?:[Ee]arlier |[Ll]ater )?"),
        hints=("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening", "week",
               "month", "year", "ago")),
    Rule("relative", _c(
        r"(?:(?:the\s+)?(?:current|full|entire|past|previous)\s+year|the\s+year|(?:earlier|later) in the year)"
        r"(?![-'’A-Za-z])(?!\s+(?:ended|ending|earlier|ago|before|end|to|through|of\b))",
        re.IGNORECASE), periods.this_year, hints=("year",)),
    Rule("relative", _c(r"(?P<unit>days?|weeks?|months?|years?)\s+ago(?![A-Za-z])", re.IGNORECASE), relative.ago,
         _before(r"(?:(?P<exactly>[Ee]xactly|[Pp]recisely)\s+)?(?:(?:nearly|almost|about|some|roughly|more than|over)\s+)?"
                 r"(?P<n>" + NUM + r")\s+", re.IGNORECASE), required=True, hints=("ago",)),
    # counted from the story's day
    Rule("narrative", _c(
        r"(?:(?:[Tt]he )?(?:[Nn]ext|[Ff]ollowing|[Pp]revious) (?:day|morning|afternoon|evening|night)"
        r"|[Tt]he day (?:after|before)|(?:[Aa]|[Oo]ne) day (?:later|after|earlier)"
        r"|(?:[Ll]ater|[Ee]arlier) (?:that|in the) (?:day|morning|afternoon|evening|night)"
        r"|[Tt]hat (?:same )?(?:day|night|evening|afternoon|morning)|[Tt]he same day|[Hh]ours later"
        r"|(?:[Ss]hortly|[Ss]oon|[Mm]oments|[Mm]inutes) after(?:wards?(?![A-Za-z])|(?=[,.;]))|[Mm]oments later"
        r"|[Mm]inutes later"
        r"|[Ss]hortly (?:before|after) midnight|[Ll]ate (?:that|in the) (?:day|night|evening))(?![A-Za-z])"),
        relative.from_story,
        hints=("next", "following", "previous", "the day", "day later", "day after", "day earlier", "that", "same day",
               "hours later", "in the", "after", "later", "eve", "midnight")),
    Rule("narrative", _c(r"(?P<unit>hours?|days?|weeks?) (?:later|earlier|after)(?![A-Za-z])"), relative.from_story,
         _before(r"(?:a few|several|some|(?P<n>" + NUM + r"))\s+", re.IGNORECASE), required=True),
    Rule("narrative", _c(r"(?:from|between)\s+" + CLOCK + r"\s+(?:to|until|till|and)\s+" + CLOCK, re.IGNORECASE),
         relative.from_story, hints=("from", "between")),
    Rule("narrative", _c(r"(?:at|about|around|shortly after|shortly before|just after|just before)\s+" + CLOCK
                         + r"(?:\s+(?:local time|" + _TIME_WORDS + r"))?", re.IGNORECASE), relative.from_story,
         hints=("at", "about", "around", "shortly", "just")),
    Rule("relative", _c(r"(?:later|earlier) that year|that (?:same )?year|the same year|the following year"
                        r"|the next year", re.IGNORECASE), relative.story_year, hints=("year",)),
]  # fmt: skip
