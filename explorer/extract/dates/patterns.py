"""Regular-expression parts of English date expressions, shared by the rules."""

from __future__ import annotations

import re

from explorer.extract.lexicon import IRREGULAR_PAST

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])(?!:\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
WEEKDAY_SHORT_NAMES = r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
WEEKDAY_SHORT = r"(?:" + WEEKDAY_SHORT_NAMES + r")\.?"
NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a|an)"
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
# A clock time: "5 p.m.", "10:05", "6:49 PM", "05.55 EST".
CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)|\d{1,2}[:.]\d\d(?:\s*[AP]M)?)(?:\s+[A-Z]{2,4}T?\b)?"

# Lead words that belong to the expression when they stand right before it ("on Monday", "in June").
LEAD_ALTERNATIVES = (
    r"[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Bb]eginning|[Ss]tarting|[Tt]hrough|[Tt]hroughout|[Bb]y|[Uu]ntil"
    r"|[Bb]efore|[Aa]fter|[Ff]or"
)
LEAD_WORDS = r"(?:" + LEAD_ALTERNATIVES + r")\s+"

# Words before a date that make it a bound of the event, not its date ("before June 17", "since March").
BOUND_WORDS = re.compile(
    r"(?<![A-Za-z])(?:before|after|until|till|by|since|no later than|as of|as early as|ahead of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# Words that put a clause in the future: a date after them points forward.
FUTURE_CUE = re.compile(
    r"(?<![A-Za-z])(?:will|shall|'ll|plans? to|planned for|is set to|are set to|set to|is expected|are expected"
    r"|expects? to|is due to|are due to|is scheduled|are scheduled|scheduled to|upcoming|would|payable|effective"
    r"|expire|expires|(?:this )?coming|to meet|to resume)(?![A-Za-z])",
    re.IGNORECASE,
)
# "was scheduled", "had been expected to": a plan in the past, not a future.
PAST_PLAN = re.compile(r"(?<![A-Za-z])(?:was|were|had been|had)\s+(?:originally\s+)?(?:scheduled|expected|set|due)",
                       re.IGNORECASE)  # fmt: skip
# A past-tense clause: an auxiliary of the past, an irregular past form, or a verb in -ed.
PAST_CUE = re.compile(
    r"(?<![A-Za-z])(?:was|were|had|did|said|told|"
    + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
    + r"|[a-z]{3,}ed)(?![A-Za-z])"
)
# Where a clause ends, for reading its tense: quotation marks, semicolons, colons, dashes, conjunctions.
# (Full stops inside a sentence are abbreviations: "Jan. 3".)
CLAUSE_BREAK = re.compile(r"[;:!?\"“”,]|(?<![A-Za-z])['‘’](?![A-Za-z])|\s[—–-]\s|\s(?:and|but|while|whereas)\s")
