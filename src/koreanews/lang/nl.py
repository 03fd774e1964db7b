"""Dutch (nl): the data koreanews uses for Dutch articles.

Sections follow the pipeline stages; each stage owns its section.
"""

from __future__ import annotations

from ._profile import LanguageProfile

# -- dates --------------------------------------------------------------------

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "di", "wo", "do", "vr", "za", "zo",
)

# -- blocks -------------------------------------------------------------------

BOILERPLATE_LINES: tuple[str, ...] = (
    r"lees verder na de advertentie",
    r"lees (ook|meer|verder)\b.*",
)
BOILERPLATE_PREFIXES: tuple[str, ...] = ()
BOILERPLATE_SUFFIXES: tuple[str, ...] = ()
CAPTION_LINES: tuple[str, ...] = ()

FUNCTION_WORDS = (
    "de", "het", "een", "en", "of", "maar", "dat", "die", "dit", "deze", "van", "in", "op",
    "te", "met", "voor", "aan", "bij", "naar", "om", "uit", "over", "door", "tot", "als",
    "is", "zijn", "was", "waren", "heeft", "hebben", "had", "wordt", "werd", "worden",
    "zal", "zou", "kan", "moet", "niet", "ook", "nog", "wel", "er", "hij", "zij", "ze",
    "we", "wij", "ik", "je", "u", "hun", "haar", "zich", "wat", "wie", "waar", "toen",
)

# -- sentences ----------------------------------------------------------------

ABBREVIATIONS = (
    "dhr", "mevr", "mr", "dr", "drs", "ir", "ing", "prof", "mgr", "st", "blz", "bv", "bijv",
    "o.a", "d.w.z", "m.a.w", "i.p.v", "nl", "enz", "etc", "ca", "resp", "jl", "nr", "vs",
)

# -- quotes -------------------------------------------------------------------

APOSTROPHE_WORDS = (
    "'s", "'t", "'n", "zo'n", "m'n", "z'n", "d'r", "'r", "'k", "'m", "'ns",
)

# -- attribution --------------------------------------------------------------

SPEECH_VERBS = (
    "zegt", "zei", "zeiden", "zeggen", "gezegd",
    "stelt", "stelde", "stelden", "gesteld",
    "verklaart", "verklaarde", "verklaarden", "verklaard",
    "benadrukt", "benadrukte", "benadrukten",
    "vervolgt", "vervolgde",
    "meldt", "meldde", "meldden", "gemeld",
    "bericht", "berichtte", "berichtten",
    "schrijft", "schreef", "schreven", "geschreven",
    "twittert", "twitterde", "tweette",
    "reageert", "reageerde", "reageerden", "gereageerd",
    "vraagt", "vroeg", "vroegen", "gevraagd",
    "antwoordt", "antwoordde", "geantwoord",
    "beaamt", "beaamde",
    "beklemtoont", "beklemtoonde",
    "bevestigt", "bevestigde", "bevestigd",
    "beweert", "beweerde", "beweerd",
    "concludeert", "concludeerde",
    "constateert", "constateerde",
    "erkent", "erkende", "erkend",
    "noemt", "noemde", "genoemd",
    "onderstreept", "onderstreepte",
    "vertelt", "vertelde", "vertelden", "verteld",
    "waarschuwt", "waarschuwde", "gewaarschuwd",
    "roept", "riep",
    "kondigt", "kondigde",
    "verkondigt", "verkondigde",
)

SEPARABLE_VERBS = {
    "geeft": ("aan", "mee", "toe"), "gaf": ("aan", "mee", "toe"),
    "licht": ("toe",), "lichtte": ("toe",),
    "merkt": ("op",), "merkte": ("op",),
    "maakt": ("bekend",), "maakte": ("bekend",),
    "houdt": ("vol",), "hield": ("vol",),
    "deelt": ("mee",), "deelde": ("mee",),
    "voegt": ("toe",), "voegde": ("toe",),
    "laat": ("weten",), "liet": ("weten",),
    "kondigt": ("aan",), "kondigde": ("aan",),
}

ACCORDING_TO = ("volgens",)
AFTER_QUOTE_CUES = ("aldus",)
COMPLEMENTIZERS = ("dat",)

# -- entities -----------------------------------------------------------------

TITLES = (
    "president", "vicepresident", "vice-president", "premier", "minister", "staatssecretaris",
    "leider", "koning", "koningin", "generaal", "ambassadeur", "woordvoerder", "woordvoerster",
    "burgemeester", "dictator", "secretaris-generaal", "kanselier", "senator", "gouverneur",
    "buitenlandminister", "dhr", "mevrouw", "meneer",
)

PRONOUNS = {"hij": "m", "zij": "f", "ze": "f", "hem": "m", "haar": "f"}

UNNAMED_SOURCES = (
    "woordvoerder", "woordvoerster", "bron", "bronnen", "analisten", "analist", "experts",
    "deskundigen", "media", "functionaris", "ingewijden", "waarnemers", "medewerker",
)

NAME_PARTICLES = ("van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op")

PROFILE = LanguageProfile(
    code="nl",
    name="Dutch",
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
