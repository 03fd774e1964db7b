"""English (en): the data koreanews uses for English articles.

Sections follow the pipeline stages; each stage owns its section.
"""

from __future__ import annotations

from ._profile import LanguageProfile

# -- dates --------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)

# -- blocks -------------------------------------------------------------------

BOILERPLATE_LINES: tuple[str, ...] = (
    r"advertisement",
    r"read more\b.*",
    r"leave a reply",
)
BOILERPLATE_PREFIXES: tuple[str, ...] = ()
BOILERPLATE_SUFFIXES: tuple[str, ...] = ()
CAPTION_LINES: tuple[str, ...] = ()

FUNCTION_WORDS = (
    "the", "a", "an", "and", "or", "but", "that", "this", "these", "those", "of", "in", "on",
    "to", "with", "for", "at", "by", "from", "about", "as", "into", "over", "after",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "not", "also", "it", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "its", "who", "which", "what", "when", "where", "there",
)

# -- sentences ----------------------------------------------------------------

ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt",
    "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.n",
    "u.k", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "n", "mt",
)

# -- quotes -------------------------------------------------------------------

APOSTROPHE_WORDS = (
    "'s", "'t", "'re", "'ve", "'ll", "'d", "'m", "n't", "'em", "'n'", "o'clock", "'cause",
)

# -- attribution --------------------------------------------------------------

SPEECH_VERBS = (
    "say", "says", "said", "saying",
    "tell", "tells", "told",
    "add", "adds", "added",
    "ask", "asks", "asked",
    "write", "writes", "wrote", "written",
    "state", "states", "stated",
    "explain", "explains", "explained",
    "comment", "comments", "commented",
    "affirm", "affirms", "affirmed",
    "reply", "replies", "replied",
    "announce", "announces", "announced",
    "warn", "warns", "warned",
    "insist", "insists", "insisted",
    "claim", "claims", "claimed",
    "tweet", "tweets", "tweeted",
    "note", "notes", "noted", "noting",
    "report", "reports", "reported",
    "declare", "declares", "declared",
    "vow", "vows", "vowed",
    "promise", "promises", "promised",
    "reiterate", "reiterates", "reiterated",
    "caution", "cautions", "cautioned",
    "argue", "argues", "argued",
    "acknowledge", "acknowledges", "acknowledged",
    "admit", "admits", "admitted",
    "confirm", "confirms", "confirmed",
)

SEPARABLE_VERBS: dict[str, tuple[str, ...]] = {}

ACCORDING_TO = ("according to",)
AFTER_QUOTE_CUES: tuple[str, ...] = ()
COMPLEMENTIZERS = ("that",)

# -- entities -----------------------------------------------------------------

TITLES = (
    "president", "vice president", "vice-president", "prime minister", "minister", "secretary",
    "leader", "king", "queen", "general", "ambassador", "spokesman", "spokeswoman",
    "spokesperson", "mayor", "dictator", "chancellor", "senator", "governor", "gov",
    "coach", "mr", "mrs", "ms", "dr", "prof",
)

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}

UNNAMED_SOURCES = (
    "spokesman", "spokeswoman", "spokesperson", "source", "sources", "analysts", "analyst",
    "experts", "officials", "official", "media", "observers", "aides", "diplomats",
)

NAME_PARTICLES = ("van", "de", "der", "von", "da", "di", "del", "la", "le", "bin", "al")

PROFILE = LanguageProfile(
    code="en",
    name="English",
    months=MONTHS,
    weekdays=WEEKDAYS,
    boilerplate_lines=BOILERPLATE_LINES,
    boilerplate_prefixes=BOILERPLATE_PREFIXES,
    boilerplate_suffixes=BOILERPLATE_SUFFIXES,
    caption_lines=CAPTION_LINES,
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    apostrophe_words=APOSTROPHE_WORDS,
    speech_verbs=SPEECH_VERBS,
    separable_verbs=SEPARABLE_VERBS,
    according_to=ACCORDING_TO,
    after_quote_cues=AFTER_QUOTE_CUES,
    complementizers=COMPLEMENTIZERS,
    titles=TITLES,
    pronouns=PRONOUNS,
    unnamed_sources=UNNAMED_SOURCES,
    name_particles=NAME_PARTICLES,
)
