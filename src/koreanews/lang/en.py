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
    r"advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?",
    r"\(?(?:read|see|watch|listen) (?:more|also|next|now)\b.{0,200}",
    r"(?:related|recommended|more on this story|more from\b.{0,40})(?: articles?| stories)?:?",
    r"by\s+<NAME>(?:,?\s+(?:and|&)\s+<NAME>)?(?:,\s*(?-i:[A-Z]).{0,40})?",
    r"(?:follow|like) (?:us|<NAME>|@\w+) on (?:twitter|facebook|instagram|x|linkedin)\b.{0,80}",
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b.{0,300}",
    r"(?:source|sources|via)\s*:\s*.{1,80}",
    r"(?:last (?:modified|updated)|(?:modified|updated|published|posted)(?: on| at|:))"
    r"\s.{0,60}\d.{0,40}",
    r"reblogged this on\b.{0,100}|fill in your details below\b.{0,100}|connecting to %s",
    r"you are commenting using your\b.{0,100}|notify me of (?:new|follow-up)\b.{0,100}",
    r"this site uses akismet\b.{0,100}|(?:facebook|twitter|google|wordpress\.com) photo",
    r"\d{1,3}\.\s*<NAME> (?:says|said|wrote|replied):",
    r"(?:share|share this|share this (?:article|story))(?: on| via)?(?:[ ,:]*"
    r"(?:facebook|twitter|whatsapp|linkedin|e-?mail|reddit|x)\b)*:?",
    r"(?:click|tap) to (?:share|email|print)\b.{0,80}",
    r"(?:sign up|subscribe)\b.{0,120}(?:newsletter|inbox|free)\b.{0,120}",
    r"\d+ min(?:ute)?s? read",
    r"loading\.{0,3}|like this:?|like loading\.{0,3}|email this|print this(?: article)?",
    r"video|photos?|watch|breaking(?: news)?|live updates?|exclusive|opinion|analysis",
)
BOILERPLATE_PREFIXES: tuple[str, ...] = ()
BOILERPLATE_SUFFIXES: tuple[str, ...] = (
    r"\(?read more\)?",
    r"\((?:additional )?(?:reporting|writing|editing) by\b[^()]{0,300}\)",
    r"(?:photo(?:graph)?|picture|image)\s*:\s*<CREDIT>",
)
CAPTION_LINES: tuple[str, ...] = (
    r"(?:.{0,300}\s)?(?:photo(?:graph)?|picture|image|file photo|credit)s?\s*:\s*<CREDIT>",
)
BOILERPLATE_TAIL: tuple[str, ...] = (
    r"leave a (?:reply|comment)(?: cancel reply)?",
    r"(?:\d+|one|no|two|three) (?:comments?|thoughts?|responses?|replies) (?:on|to)\b.{0,300}",
    r"(?:\d+ )?comments?(?: \(\d+\))?:?",
    r"(?:post|add|write) a comment\b.{0,40}",
)

FUNCTION_WORDS = (
    "the", "a", "an", "and", "or", "but", "that", "this", "these", "those", "of", "in", "on",
    "to", "with", "for", "at", "by", "from", "about", "as", "into", "over", "after",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "not", "also", "it", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "its", "who", "which", "what", "when", "where", "there",
    "per", "according", "last", "next", "earlier", "later", "then", "now", "today",
    "yesterday", "meanwhile", "however", "if", "so", "than", "because", "while", "since",
    "under", "during", "without", "against", "our", "my", "your", "no", "all",
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
TERM_MARKERS_BEFORE = (
    "so-called", "so called", "dubbed", "titled", "entitled", "named", "the word", "the term",
    "the phrase", "the name", "the nickname", "the title", "operation", "the book",
    "the film", "the movie", "the series", "the show", "the campaign", "the hashtag",
)
TERM_MARKERS_AFTER = ("nickname", "moniker", "label")

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
    "stress", "stresses", "stressed",
    "threaten", "threatens", "threatened",
    "speculate", "speculates", "speculated",
    "suggest", "suggests", "suggested",
    "deny", "denies", "denied",
    "predict", "predicts", "predicted",
    "urge", "urges", "urged",
    "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised",
    "reaffirm", "reaffirms", "reaffirmed", "reaffirming",
    "recall", "recalls", "recalled",
    "respond", "responds", "responded",
    "decry", "decries", "decried",
    "liken", "likens", "likened",
    "quote", "quotes", "quoted",
    "complain", "complains", "complained",
    "observe", "observes", "observed",
    "conclude", "concludes", "concluded",
    "maintain", "maintains", "maintained",
    "contend", "contends", "contended",
    "allege", "alleges", "alleged",
)

SEPARABLE_VERBS: dict[str, tuple[str, ...]] = {}

ACCORDING_TO = ("according to",)
AFTER_QUOTE_CUES: tuple[str, ...] = ()
COMPLEMENTIZERS = ("that",)
CUE_PHRASES = (
    r"(?:referred|refers|refer|referring) to",
    r"(?:described|describes|describe|describing) (?:\w+ )?as",
    r"(?:called|calls|call) (?:\w+ )?(?:an?|the)",
    r"(?:went|goes|go) on to say",
)
BARE_CLAUSE_VERBS = (
    "say", "says", "said", "added", "adds", "speculated", "speculates", "claimed", "claims",
    "insisted", "insists", "argued", "argues", "warned", "warns", "wrote", "writes", "noted",
    "notes", "stated", "states", "predicted", "predicts",
)
VERB_SECOND = False
SOURCE_STOP_WORDS = (
    "to", "on", "in", "at", "during", "after", "before", "with", "from", "about", "of", "for",
    "by", "into", "over", "under", "that", "who", "which", "whom", "whose", "and", "but",
    "or", "also", "later", "today", "yesterday", "earlier", "then", "again", "too", "as",
    "while", "when", "because", "although", "though", "if", "per", "according",
    "however", "meanwhile", "now", "still", "just", "once", "recently", "previously",
    "separately", "further", "simply", "repeatedly", "publicly", "privately", "last", "this",
    "next", "has", "have", "had", "is", "was", "were", "are", "will", "would", "said", "says",
    "it", "there", "not", "never", "even", "only", "so",
)
DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "our", "this", "another")
RELATIVE_PRONOUNS = ("who", "which")
AUXILIARIES = (
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can",
    "did", "does", "do", "also", "later", "then", "again", "once", "simply", "further",
)
INVERSION_PARTICLES = ("so",)
POSSESSIVE_SUFFIXES = ("'s", "’s")
IMPERSONAL_SUBJECTS = ("it", "there", "this")
NOUN_MARKERS = (
    "after", "despite", "amid", "following", "of", "with", "without", "new", "recent",
    "earlier", "media", "news", "press", "unconfirmed", "these", "those", "such",
)

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
    boilerplate_tail=BOILERPLATE_TAIL,
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    apostrophe_words=APOSTROPHE_WORDS,
    speech_verbs=SPEECH_VERBS,
    separable_verbs=SEPARABLE_VERBS,
    according_to=ACCORDING_TO,
    after_quote_cues=AFTER_QUOTE_CUES,
    complementizers=COMPLEMENTIZERS,
    term_markers_before=TERM_MARKERS_BEFORE,
    term_markers_after=TERM_MARKERS_AFTER,
    cue_phrases=CUE_PHRASES,
    bare_clause_verbs=BARE_CLAUSE_VERBS,
    verb_second=VERB_SECOND,
    source_stop_words=SOURCE_STOP_WORDS,
    determiners=DETERMINERS,
    relative_pronouns=RELATIVE_PRONOUNS,
    auxiliaries=AUXILIARIES,
    inversion_particles=INVERSION_PARTICLES,
    possessive_suffixes=POSSESSIVE_SUFFIXES,
    impersonal_subjects=IMPERSONAL_SUBJECTS,
    noun_markers=NOUN_MARKERS,
    titles=TITLES,
    pronouns=PRONOUNS,
    unnamed_sources=UNNAMED_SOURCES,
    name_particles=NAME_PARTICLES,
)
