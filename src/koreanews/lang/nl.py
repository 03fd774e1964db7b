"""Dutch (nl): the data koreanews uses for Dutch articles.

Sections follow the pipeline stages; each stage owns its section.
"""

from __future__ import annotations

import attrs

from ._profile import LanguageProfile, ReportingVerb

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

#: A reporter's role, also in compounds ("buitenlandredactie", "Azië-correspondent").
_ROLE = (
    r"[\w-]*(?:correspondent|redacteur|redactrice|redactie|verslaggever|verslaggeefster"
    r"|medewerker|medewerkster|journalist|reporter|fotograaf)(?:e|en|s)?"
)
#: "Van onze correspondent", "Door een onzer verslaggevers", "Door onze buitenlandredactie".
_BYLINE_ROLE = r"(?:van|door) (?:onze|een onzer|een|de) (?:eigen )?" + _ROLE
BOILERPLATE_LINES: tuple[str, ...] = (
    r"(?:lees|kijk) verder na de (?:advertentie|reclame)",
    # "Tekst gaat verder onder de advertentie", "Het artikel gaat verder na de reclame"
    r"(?:(?:de )?tekst|(?:het )?artikel|(?:het )?verhaal|(?:lees|kijk)) (?:gaat )?verder"
    r" (?:onder|na|onder de|na de) (?:advertentie|reclame|video|foto)",
    r"advertentie|reclame|gesponsord(?: bericht)?",
    r"(?:lees|bekijk|kijk|luister) (?:ook|meer|hier|verder)\b.{0,200}",
    r"lees het (?:hele|volledige) (?:verhaal|artikel|interview)\b.{0,100}"
    r"|dit (?:artikel|stuk|verhaal) is (?:gratis|alleen voor abonnees)\b.{0,100}"
    r"|deze (?:video|inhoud|content|tweet|post) is (?:niet (?:meer )?|niet langer )?beschikbaar"
    r"\b.{0,80}",
    r"meer (?:over|nieuws over)\b.{0,100}|gerelateerd(?:e artikelen)?:?",
    r"meer nieuws (?:uit|van|in|rond)\b[^\n.!?]{0,100}|meer nieuws|nieuwsbrief|luister|print"
    r"|(?:laatste|meer) (?:video's|artikelen)|advertentie \d{1,2}|link kopiëren"
    r"|kopieer (?:de )?link"
    r"|over (?:de|deze) (?:auteur|redacteur|verslaggever)|(?:mail|volg|contact) (?:de|met de)"
    r" (?:auteur|redactie|redacteur|verslaggever)|tip (?:de|onze) redactie|niet te missen"
    r"|(?:lees|bekijk) (?:het )?(?:volledige|hele) (?:artikel|verhaal)",
    # the site's footer and comment widgets: "Privacybeleid", "Bekijk reacties"
    r"privacy(?:beleid|verklaring|instellingen)|cookie(?:beleid|verklaring|instellingen)"
    r"|(?:algemene )?(?:gebruiks|algemene )?voorwaarden|colofon|adverteren|contact(?:eer ons)?"
    r"|download (?:onze|de) app|(?:bekijk|toon|verberg|lees) (?:alle )?reacties"
    r"|(?:het )?laatste nieuws|populair|niet te missen|[-–—]+[ \t]*advertentie[ \t]*[-–—]+",
    # a note on the author: "Dit artikel is geschreven door Ria Kok"
    r"dit (?:artikel|stuk|verhaal|bericht) (?:is|werd) (?:geschreven|gemaakt) door\b[^\n.!?]{1,80}"
    r"\.?",
    r"bron(?:nen)?\s*:\s*<CREDIT>(?:\s*[,/&][ \t]*<CREDIT>){0,3}(?:\s+\d{1,5})?",
    r"redactie|\((?:door|tekst|bron)\s*:?\s*[^()\n]{1,60}\)",
    # "Door Jan Smit", "Door Jan Smit, correspondent Azië", "Door Jan Smit | Belga",
    # "Door NU.nl/ANP"
    r"(?:door|tekst|redactie|bewerkt door|geschreven door)\s*:?\s+(?:<NAME>|<CREDIT>)"
    r"(?:\s+(?:en|&)\s+<NAME>)?"
    r"(?:(?:,|[ \t]+[|–—•·-])[ \t]*[^\n]{0,40}[^.!?:;,\s])?",
    # "Jan Smit, correspondent in Tokio", "Els Maes, onze verslaggeefster"
    r"<NAME>,[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _ROLE + r"(?:[ \t]+[^\n]{0,30}[^.!?:;,\s])?",
    # "Van onze correspondent Pieter Janssens", "Door onze buitenlandredactie", "Door een
    # onzer verslaggevers": a role word, then a name or place, and no final punctuation.
    _BYLINE_ROLE + r"(?:[ \t,]+[^\n]{0,60}[^.!?:;,\s])?",
    r"(?:dit (?:artikel|stuk|bericht) (?:verscheen|is) (?:eerder|ook|oorspronkelijk)\b).{0,150}",
    r"(?:tags|onderwerpen|trefwoorden)\s*:.{0,200}|alle rechten voorbehouden\.?"
    r"|tags|onderwerpen|trefwoorden|gerelateerde onderwerpen",
    r"klik hier\b.{0,100}",
    r"(?:bijgewerkt|geplaatst|gepubliceerd)?\s*\d+ (?:minuten|minuut|uur|dagen|dag|weken) geleden",
    # (not a sentence glued after it: "Gepubliceerd: 4 mei 2021 De gemeente heeft ...")
    r"(?:(?:laatst )?(?:gepubliceerd|geplaatst|bijgewerkt|aangepast)(?:\s+(?:op|om))?"
    r"|laatste update)\b(?![^\n]*[^\W\d_]{2}[.!?](?:[ \t]|$)).{0,120}",
    r"(?:gratis|verder|direct) (?:verder )?lezen\b.{0,400}",
    r"(?:gratis|onbeperkt) (?:onbeperkt |gratis )?(?:toegang|lezen)\b.{0,200}",
    r"(?:schrijf je in|abonneer je|meld je aan|ontvang)\b.{0,80}"
    r"(?:nieuwsbrief|mailbox|gratis)\b.{0,200}",
    r"(?:deel|delen)(?: dit (?:artikel|bericht))?(?:(?: via| op)?[ ,]*"
    r"(?:facebook|twitter|whatsapp|linkedin|e-?mail|x)\b)*:?",
    r"(?:volg|like) (?:ons|<NAME>) op (?:twitter|facebook|instagram|x|linkedin)\b.{0,80}",
    # a comment counter ("Geen reactie" alone can head a section)
    r"(?:\d+|één|een) reacties?|geen reacties",
    r"\d+ min(?:uten)? leestijd|leestijd:? \d+ min(?:uten)?",
    r"video|foto'?s|fotoreeks|liveblog|update|exclusief",
    # page furniture: navigation, account and site links
    r"(?:ga |spring )?naar (?:de )?(?:hoofd)?(?:inhoud|content|navigatie|zoekfunctie)"
    r"|(?:sla|skip) (?:de )?(?:navigatie )?over\b.{0,40}"
    r"|(?:naar de )?(?:desktop|mobiele) ?(?:versie|site)"
    r"|[←«‹<]?[ \t]*(?:vorig|volgend)e? (?:artikel|bericht|verhaal)[ \t]*[→»›>]?"
    r"|menu|zoeken|inloggen|uitloggen|registreren|sluiten|terug naar (?:boven|home|het overzicht)"
    r"|word abonnee|abonneer(?: nu)?|net binnen|meest gelezen|meest bekeken|uitgelicht"
    r"|ook interessant:?|advertorial|partnercontent|in samenwerking met\b.{0,60}",
    # video players and embeds: "Bekijk de video", "Video afspelen", "Duur: 2:31"
    r"(?:video|fragment) (?:afspelen|bekijken|speler)|speel (?:de )?video af"
    r"|(?:volgende|vorige) video|(?:bekijk|kijk|luister)(?: hier)?(?: naar)?"
    r" (?:de |deze |onze |het )?(?:video|beelden|fotoreeks|foto'?s|reportage|uitzending"
    r"|podcast|fragment)\b.{0,150}|duur:?\s*\d{1,2}:\d{2}",
    # cookie walls and blocked embeds
    r"(?:om|voor) (?:deze|die|de) (?:inhoud|content|video|tweet|post|media)\b.{0,60}"
    r"\bcookies?\b.{0,120}"
    r"|(?:beheer|accepteer|wijzig) (?:je |uw )?cookie\S{0,12}(?:\s.{0,80})?",
    # a cookie notice: "Wij gebruiken cookies ...", "Deze website maakt gebruik van cookies."
    r"(?:wij|we|deze (?:web)?site|(?:[\w.-]+ )?gebruikt|[\w.-]+ maakt)\b[^\n]{0,40}?"
    r"\bcookies\b.{0,200}",
    # newsletter, typo and tip lines: "De krant in je mailbox?", "Taalfout gezien? Mail ..."
    r"[^\n]{0,40}?\bin (?:uw|je|jouw) (?:mailbox|inbox)\b.{0,60}",
    r"(?:heb|hebt|zag|ziet|zie) (?:u|je|jij) een (?:taal|type|spel|schrijf)?fout\b.{0,150}"
    r"|(?:tips?|nieuwstips?)(?: voor de redactie)?\s*\?.{0,120}",
    # social widgets (often in English on Dutch pages too)
    r"(?:connect|volg|follow|deel|share)(?: ons| us| \w+)? (?:on|op|via) (?:linked ?in|twitter"
    r"|facebook|instagram|whatsapp|x|e-?mail)\b.{0,40}",
    # read-aloud, save and print buttons; paid-content labels
    r"(?:luister naar|beluister) (?:dit|het) (?:artikel|bericht)\b.{0,40}|lees voor|voorlezen"
    r"|(?:artikel )?(?:bewaren|bewaard|opslaan|opgeslagen|printen|kopieer link|link gekopieerd)"
    r"|premium|plus"
    r"|volg (?:het nieuws|alles|het laatste nieuws) (?:over|rond)\b.{0,80}",
    # a broadcast note: "Eerder uitgezonden op NPO 1"
    r"(?:dit \w+ (?:werd|is) )?(?:eerder|voor het eerst) uitgezonden\b.{0,120}",
)
BOILERPLATE_PREFIXES: tuple[str, ...] = (
    # a byline before a dateline or a dash: "Van onze correspondent Jan Smit SEOUL - ..."
    _BYLINE_ROLE + r"(?:[ \t]+(?:in|uit)\b)?(?:[ \t]+<NAME>)?"
    r"(?=[ \t]+(?:[/|•·–—-][ \t]|(?-i:[A-Z]{2,})\b))",
    r"bron\s*:\s*<CREDIT>\s+\d{1,5}",
    r"bron\s*:\s*<CREDIT><SENTENCE_START>",
    r"(?:lees|kijk) verder na de advertentie",
    # a photo credit before the lead: "Foto: ANP De gemeente ...", "Beeld Ria Kok De ..."
    r"(?:foto|beeld)\s*:?\s*<CREDIT><SENTENCE_START>",
)
BOILERPLATE_SUFFIXES: tuple[str, ...] = (
    r"\(?(?:lees|klik) (?:meer|verder|hier)\)?",
    r"(?<=[.!?\"”’'»])[ \t]*bron\s*:\s*<CREDIT>(?:[ \t]+\d{1,5})?",
    r"\(?(?:foto|beeld)\s*:\s*<CREDIT>\)?",
    r"\((?:foto|beeld)\s+<CREDIT>\)",
)
CAPTION_LINES: tuple[str, ...] = (
    r"(?:.{0,300}[\s(])?\(?(?:foto|foto's|beeld|afbeelding|archieffoto)\s*:\s*<CREDIT>\)?",
    # "(foto Belga)", "(beeld ANP)"
    r"(?:.{0,300}[\s(])?\((?:foto|beeld|archieffoto)\s+<CREDIT>\)",
    r"(?:.{0,300}[.!?]\s+)?(?-i:Beeld|Foto|BEELD|FOTO)\s+<CREDIT>",
)
BOILERPLATE_TAIL: tuple[str, ...] = (
    r"(?:plaats|schrijf|laat) (?:een|je) reactie(?: achter)?\b.{0,80}",
    # "12 reacties", "Reacties (3)", "Reacties op ...", "Reacties:" ("Reacties" alone can head
    # a section with what people said)
    r"(?:\d+ reacties?|reacties? \(\d+\))(?: op\b.{0,200})?:?|reacties?(?: op\b.{1,200}|:)",
    r"reageer(?: op dit (?:artikel|bericht))?:?",
    r"(?:uw|je) e-?mailadres wordt niet gepubliceerd\b.{0,100}|vul (?:je|uw) naam in\b.{0,40}",
)
#: Section labels of Dutch and Flemish news sites, alone on a line or a few together
#: ("Binnenland", "Nieuws / Buitenland").
_SECTION = (
    r"(?:binnenland|buitenland|politiek|economie|financieel|geld|sport|voetbal|cultuur|media"
    r"|opinie|wetenschap|tech|technologie|gezondheid|regio|nieuws|wereld|europa|azië|amerika"
    r"|afrika|show|entertainment|lifestyle|achtergrond|columns?|commentaar|analyse|interview"
    r"|reportage|podcast|koningshuis|klimaat|onderwijs|justitie|misdaad|verkeer|weer|home"
    r"|binnen- en buitenland|nieuws uit de regio|het laatste nieuws|nieuwsoverzicht)"
)
SECTION_LABELS: tuple[str, ...] = (
    _SECTION + r"(?:[ \t]*(?:[/|•·>›»,&-]|en)[ \t]*" + _SECTION + r"){0,4}",
)
HEADING_LABELS: tuple[str, ...] = (
    r"(?:live(?:blog)?|video|kijk|luister|foto'?s|fotoreeks|fotospecial|podcast)"
    r"[ \t]*(?:[:|]|[–—]|-(?=[ \t]))[ \t]*",
    r"(?-i:LIVE|VIDEO|LIVEBLOG)[ \t]+(?=(?-i:[A-Z]))",
)
STAMP_WORDS: tuple[str, ...] = (
    r"(?:laatst[ \t]+)?(?:gepubliceerd|geplaatst|bijgewerkt|gewijzigd|aangepast)"
    r"(?:[ \t]+(?:op|om))?[ \t]*:?",
    r"(?:publicatie|laatste update|update"
    r"|geüpdatet|online|redactie|vandaag|gisteren|eergisteren)(?:[ \t]+(?:op|om))?[ \t]*:?",
    r"(?:op|om|uur|u)\b",
    r"\d{1,3} (?:minuten|minuut|uur|dagen|dag|weken|week|maanden) geleden",
    r"(?:leestijd:? )?\d{1,3} min(?:uten|uut)?(?: leestijd)?",
)
CAPTION_MARKERS: tuple[str, ...] = (
    r"\((?:links|rechts|midden|l|r|m|v\.?l\.?n\.?r\.?|vlnr|op de foto|archiefbeeld|archieffoto)\)",
    r",[ \t]+(?:(?:tweede|derde|uiterst) )?(?:links|rechts|midden)(?: op de foto)?,",
    r"v\.l\.n\.r\.",
    r"(?:archief)?(?:foto|beeld)s? ter illustratie\b",
    # a line that opens with "Archiefbeeld" or "Archieffoto"
    r"(?<![^\n])(?:archief|illustratie)(?:beeld|foto)\b",
)
VOWELLESS_WORDS = ("tv", "pc", "cd", "dvd", "sms", "gsm", "wc", "bv", "nv", "btw", "hst", "pvv",
                   "ps", "st", "vs", "zn", "km", "kg", "mm", "cm", "ml", "mln", "mld", "mrd")
SENTENCE_OPENERS = (
    "toch", "daarom", "bovendien", "inmiddels", "verder", "daarnaast", "daarna", "daarbij",
    "sindsdien", "zowel", "ruim", "bijna", "vooral", "ondertussen", "omdat", "nadat", "hoewel",
    "terwijl", "doordat", "wanneer", "zodra", "ondanks", "vanwege", "dankzij", "zelfs", "pas",
    "daar", "hier", "eind", "begin", "eerst", "sommige", "enkele", "weinig", "iedereen",
    "niemand", "iemand", "elke", "ieder", "alleen", "nooit", "altijd", "misschien", "wellicht",
    "waarschijnlijk", "uiteindelijk", "vanaf", "vanuit", "behalve", "binnen", "rond", "ook",
    "toen", "vorig", "afgelopen", "komende", "maandag", "dinsdag", "woensdag", "donderdag",
    "vrijdag", "zaterdag", "zondag", "dit", "dat", "die", "wie", "waarom", "hoe", "welke",
)
LINK_LABELS: tuple[str, ...] = (
    r"(?:lees|bekijk|kijk|luister) (?:ook|meer|verder)(?: over)?:?",
    r"(?:gerelateerde )?(?:onderwerpen|tags|trefwoorden):?|ook interessant:?",
    r"meer (?:over|nieuws|artikelen)(?: over)?(?: dit onderwerp)?:?|gerelateerd(?:e artikelen)?:?",
    # "Meer nieuws uit Dorpen": the local news under it
    r"meer nieuws (?:uit|van|in|rond) [^\n.!?]{1,40}",
    # headers of lists of other stories: "Meest gelezen", "Net binnen"
    r"meest (?:gelezen|bekeken)|net binnen|uitgelicht|meer nieuws|laatste nieuws|populair"
    r"|niet te missen|ook interessant(?: voor jou)?:?",
)

FUNCTION_WORDS = (
    "de", "het", "een", "en", "of", "maar", "dat", "die", "dit", "deze", "van", "in", "op",
    "te", "met", "voor", "aan", "bij", "naar", "om", "uit", "over", "door", "tot", "als",
    "is", "zijn", "was", "waren", "heeft", "hebben", "had", "wordt", "werd", "worden",
    "zal", "zou", "kan", "moet", "niet", "ook", "nog", "wel", "er", "hij", "zij", "ze",
    "we", "wij", "ik", "je", "u", "hun", "haar", "zich", "wat", "wie", "waar", "toen",
    "volgens", "veel", "na", "tegen", "sinds", "zonder", "onder", "tijdens", "dan", "al",
    "alle", "geen", "men", "mijn", "ons", "onze", "zo", "want", "dus", "nu", "vandaag",
    "gisteren", "intussen", "echter", "eerder", "later", "vorige", "volgende",
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
TERM_MARKERS_BEFORE = (
    "zogenaamde", "zogenaamd", "zogeheten", "zgn.", "zgn", "getiteld", "genaamd", "het woord",
    "de term", "het begrip", "de naam", "de bijnaam", "de titel", "operatie", "het boek",
    "de film", "de serie", "het programma", "de campagne", "de hashtag",
)
TERM_MARKERS_AFTER = ("bijnaam", "noemde men", "zoals hij genoemd wordt")

# -- attribution --------------------------------------------------------------

def _verb(
    lemma: str, *forms: str, particles: tuple[str, ...] = (), optional: bool = False
) -> ReportingVerb:
    return ReportingVerb(lemma, forms, particles=particles, particle_optional=optional)


#: Every reporting verb once, with the forms a cue takes; separable verbs with their
#: particles ("deelt ... mee").  The stages read the lists computed from these.
REPORTING_VERBS = (
    _verb("zeggen", "zegt", "zei", "zeiden", "zeggen", "gezegd"),
    _verb("stellen", "stelt", "stelde", "stelden", "gesteld", "stellen"),
    _verb("verklaren", "verklaart", "verklaarde", "verklaarden", "verklaard", "verklaren"),
    _verb("benadrukken", "benadrukt", "benadrukte", "benadrukten", "benadrukken"),
    _verb("vervolgen", "vervolgt", "vervolgde"),
    _verb("melden", "meldt", "meldde", "meldden", "gemeld", "melden"),
    _verb("berichten", "bericht", "berichtte", "berichtten"),
    _verb("schrijven", "schrijft", "schreef", "schreven", "geschreven", "schrijven"),
    _verb("twitteren", "twittert", "twitterde", "twitterden", "getwitterd", "twitteren"),
    _verb("tweeten", "tweet", "tweette", "tweetten", "getweet"),
    _verb("reageren", "reageert", "reageerde", "reageerden", "gereageerd", "reageren"),
    _verb("vragen", "vraagt", "vroeg", "vroegen", "gevraagd", "vragen"),
    _verb("antwoorden", "antwoordt", "antwoordde", "geantwoord", "antwoorden"),
    _verb("beamen", "beaamt", "beaamde"),
    _verb("beklemtonen", "beklemtoont", "beklemtoonde"),
    _verb("bevestigen", "bevestigt", "bevestigde", "bevestigd", "bevestigen", "bevestigden"),
    _verb("beweren", "beweert", "beweerde", "beweerd", "beweren", "beweerden"),
    _verb("concluderen", "concludeert", "concludeerde", "concluderen"),
    _verb("constateren", "constateert", "constateerde"),
    _verb("erkennen", "erkent", "erkende", "erkend", "erkennen", "erkenden"),
    _verb("noemen", "noemt", "noemde", "genoemd", "noemen", "noemden"),
    _verb("omschrijven", "omschrijft", "omschreef", "omschreven", "omschrijven"),
    _verb("vergelijken", "vergelijkt", "vergeleek", "vergeleken", "vergelijken"),
    _verb("onderstrepen", "onderstreept", "onderstreepte", "onderstrepen"),
    _verb("vertellen", "vertelt", "vertelde", "vertelden", "verteld", "vertellen"),
    _verb("waarschuwen", "waarschuwt", "waarschuwde", "gewaarschuwd", "waarschuwen",
          "waarschuwden"),
    _verb("roepen", "roept", "riep"),
    # "riep de bewoners en ondernemers op om ...": an appeal, with its particle
    _verb("oproepen", "roept", "riep", "roepen", "riepen", particles=("op",)),
    _verb("aankondigen", "kondigt", "kondigde", "aangekondigd", particles=("aan",), optional=True),
    _verb("verkondigen", "verkondigt", "verkondigde"),
    _verb("verzekeren", "verzekert", "verzekerde", "verzekeren"),
    _verb("herhalen", "herhaalt", "herhaalde"),
    _verb("preciseren", "preciseert", "preciseerde"),
    _verb("betogen", "betoogt", "betoogde"),
    _verb("ontkennen", "ontkent", "ontkende", "ontkennen"),
    _verb("beloven", "belooft", "beloofde"),
    _verb("dreigen", "dreigt", "dreigde", "dreigen"),
    _verb("eisen", "eist", "eiste", "eisen", "eisten"),
    _verb("verwachten", "verwacht", "verwachtte", "verwachten"),
    _verb("hopen", "hoopt", "hoopte", "hopen"),
    _verb("vrezen", "vreest", "vreesde", "vrezen"),
    _verb("denken", "denkt", "dacht", "dachten"),
    _verb("geloven", "gelooft", "geloofde", "geloofden"),
    _verb("menen", "meent", "meende", "menen"),
    _verb("vinden", "vindt", "vond", "vonden", "vinden"),
    _verb("oordelen", "oordeelt", "oordeelde"),
    _verb("prijzen", "geprezen"),
    _verb("verwijten", "verwijt", "verweet", particles=("toe",), optional=True),
    _verb("citeren", "citeert", "citeerde"),
    _verb("uiten", "uitte"),
    # separable: a cue only with the particle ("gaf ... aan", "wijst erop dat")
    _verb("aangeven", "geeft", "gaf", "geven", "gaven", particles=("aan",)),
    _verb("meegeven", "geeft", "gaf", particles=("mee",)),
    _verb("toegeven", "geeft", "gaf", "geven", "gaven", particles=("toe",)),
    _verb("toelichten", "licht", "lichtte", "lichten", "lichtten", particles=("toe",)),
    _verb("opmerken", "merkt", "merkte", "merken", "merkten", particles=("op",)),
    _verb("bekendmaken", "maakt", "maakte", "maken", "maakten", particles=("bekend",)),
    _verb("volhouden", "houdt", "hield", "houden", "hielden", particles=("vol",)),
    _verb("meedelen", "deelt", "deelde", "delen", "deelden", particles=("mee",)),
    _verb("toevoegen", "voegt", "voegde", "voegen", "voegden", particles=("toe",)),
    _verb(
        "laten weten", "laat", "liet", "laten", "lieten",
        particles=("weten", "merken", "optekenen", "blijken"),
    ),
    _verb("uitspreken", "spreekt", "sprak", "spreken", "spraken", particles=("uit",)),
    _verb("wijzen op", "wijst", "wees", "wijzen", "wezen", particles=("op",)),
    _verb("aanvoeren", "voert", "voerde", particles=("aan",)),
)


def _joined(verb: ReportingVerb) -> ReportingVerb:
    """*verb* with the forms of a separable verb written as one word in a subordinate
    clause ("die toevoegde dat", "nadat hij aangaf"): the finite forms (no infinitive or
    plural present, which read as nouns: "uitspraken"), with the particle before them."""
    if " " in verb.lemma:
        return verb  # "laten weten", "wijzen op": the particle stays a word of its own
    forms = tuple(
        particle + form
        for particle in verb.particles
        if verb.lemma.startswith(particle)
        for form in verb.forms
        if not form.startswith(particle)
        and (not form.endswith("en") or form.endswith(("den", "ten")))
    )
    return attrs.evolve(verb, joined=forms) if forms else verb

ACCORDING_TO = ("volgens",)
AFTER_QUOTE_CUES = ("aldus",)
SUBORDINATORS = (
    "nadat", "omdat", "zodat", "doordat", "voordat",
    "totdat", "terwijl", "hoewel", "zodra", "wanneer",
)
COMPLEMENTIZERS = ("dat",)
#: "vroeg de verdachte of hij ...", "vraagt zich af of ...": a reported question.
QUESTION_COMPLEMENTIZERS = ("of",)
QUESTION_VERBS = ("vraagt", "vroeg", "vroegen", "vragen", "gevraagd")
CUE_PHRASES = (
    r"(?:spreekt|sprak|spreken|spraken) van",
    r"(?:had|heeft|hebben|hadden) het over",
    r"(?:gaf|geeft|gaven|geven)(?: \w+)? te kennen",
    r"(?:gaf|geeft) als (?:reactie|antwoord)",
    r"(?:zo )?(?:klonk|klinkt) het",
    r"luidt? het",
)
CUE_PHRASE_STARTS = (
    "spreekt", "sprak", "spreken", "spraken", "had", "heeft", "hebben", "hadden", "gaf", "geeft",
    "gaven", "geven", "zo", "klonk", "klinkt", "luidt", "luid",
)
VERB_SECOND = True
PARTICLE_PREFIXES = ("er", "daar", "hier")
PRESENTER_PHRASES = (r"aan het woord (?:is|was)", r"dat (?:zegt|zei|schrijft|schreef)")
CLAUSE_PRESENTERS = (
    r"(?:dat|dit) (?:zegt|zeggen|zei|zeiden|schrijft|schrijven|schreef|schreven|meldt|melden"
    r"|meldde|meldden|bericht|berichten|berichtte|berichtten)",
)
SOURCE_STOP_WORDS = (
    "tegen", "in", "op", "aan", "bij", "tijdens", "na", "voor", "met", "over", "vanuit",
    "uit", "naar", "door", "om", "sinds", "volgens", "vanaf", "namens", "zonder", "onder",
    "verder", "ook", "nog", "daarover", "daarop", "daarbij", "daarom", "dan", "echter",
    "vandaag", "gisteren", "morgen", "eerder", "later", "nu", "al", "wel", "niet", "geen",
    "dat", "die", "en", "maar", "of", "want", "toen", "zo", "er", "hier", "daar", "eens",
    "graag", "opnieuw", "vervolgens", "daarnaast", "bovendien", "intussen", "inmiddels",
    "daarna", "nadien", "eind", "begin", "uiteindelijk", "aanvankelijk", "onlangs",
    "recentelijk", "destijds", "tegelijkertijd", "desondanks", "daarmee", "daardoor",
    "hierop", "hierna", "straks", "zojuist", "meteen", "overigens", "misschien",
    "zelf", "namelijk", "immers", "alleen", "ondertussen", "vorige", "afgelopen", "deze",
    "dit", "als", "toch", "juist", "vooral", "nogmaals", "tevens", "eveneens", "kort",
    "eerst", "laatst", "vanochtend", "vanmiddag", "vanavond", "vannacht", "gisteravond",
    "zegt", "zei", "heeft", "had", "is", "was", "wordt", "werd", "zich", "het",
    "hetzelfde", "dezelfde", "zelfde", "ander", "andere",
)
DETERMINERS = (
    "de", "het", "een", "'t", "zijn", "haar", "hun", "diens", "wiens", "deze", "dit",
    "onze", "ons",
)
RELATIVE_PRONOUNS = ("die", "wie")
AUXILIARIES = (
    "heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "wil", "wilde",
    "zal", "zou", "zouden", "kan", "kon", "moet", "moest", "laat", "liet",
)
INVERSION_PARTICLES = ("zo",)
POSSESSIVE_SUFFIXES = ("'s", "’s")
IMPERSONAL_SUBJECTS = ("het", "men", "dit", "dat")
NOUN_MARKERS = (
    "na", "ondanks", "volgens", "van", "met", "zonder", "door", "nieuwe", "eerdere", "dit",
    "dat", "deze", "die", "zijn", "haar", "hun",
)
NOUN_FORMS = ("bericht", "berichten", "vraag", "antwoord", "verwijt", "eis", "eisen")
SPEECH_NOUNS = (
    "woorden", "uitspraak", "uitspraken", "dreigement", "belofte", "oproep", "waarschuwing",
    "verklaring", "boodschap", "kritiek", "tweet", "bewering", "woordkeuze",
)
ADVERBIAL_HEADS = (
    "week", "weken", "maand", "maanden", "jaar", "jaren", "dag", "dagen", "keer", "weekend",
    "ochtend", "middag", "avond", "nacht", "eeuw", "zomer", "winter", "lente", "herfst",
)
CLAUSE_AUXILIARIES = (
    "heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "wil", "wilde",
    "willen", "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet",
    "moeten", "moest", "moesten", "wordt", "worden", "werd", "werden", "mag", "mocht",
)
PASSIVE_AUXILIARIES = ("wordt", "worden", "werd", "werden")
AGENT_PREPOSITIONS = ("door",)
SOURCE_PRONOUNS = ("hen", "hun", "mij", "ons", "jou", "u")
VERB_ENDINGS = ("t", "de", "te", "den", "ten")
IRREGULAR_VERBS = (
    "ging", "gingen", "kwam", "kwamen", "zag", "zagen", "nam", "namen", "gaf", "gaven",
    "bleef", "bleven", "liep", "liepen", "viel", "vielen", "sprak", "spraken", "lag", "lagen",
    "zat", "zaten", "stond", "stonden", "vond", "vonden", "won", "wonnen", "verloor",
    "verloren", "schoot", "schoten", "vloog", "vlogen", "trok", "trokken", "bracht", "brachten",
    "dacht", "dachten", "hield", "hielden", "kreeg", "kregen", "wist", "wisten", "gaan",
    "komen", "doen", "staan", "blijven", "liggen", "zitten",
)

# -- entities -----------------------------------------------------------------

TITLES = (
    "president", "vicepresident", "vice-president", "premier", "vicepremier", "minister",
    "staatssecretaris", "leider", "partijleider", "koning", "koningin", "keizer", "prins",
    "prinses", "kroonprins", "kroonprinses", "minister-president", "ministerpresident",
    "vertegenwoordiger", "kandidaat", "lijsttrekker", "schepen", "gedeputeerde", "rechter",
    "procureur", "officier", "bisschop", "kardinaal", "journalist", "correspondent",
    "deskundige", "expert", "specialist", "kenner", "analist", "politicoloog", "historicus",
    "generaal", "admiraal", "ambassadeur", "gezant", "woordvoerder", "woordvoerster",
    "burgemeester", "dictator", "secretaris-generaal", "kanselier", "senator", "gouverneur",
    "buitenlandminister", "staatshoofd", "regeringsleider", "topman", "topvrouw", "voorzitter",
    "fractievoorzitter", "commissaris", "bondscoach", "coach", "trainer", "hoogleraar",
    "professor", "onderzoeker", "ceo", "directeur", "topdiplomaat", "diplomaat",
    "onderhandelaar", "adviseur", "veiligheidsadviseur", "paus", "opperbevelhebber",
    "bevelhebber", "kolonel", "ambtgenoot", "collega", "voorganger", "opvolger",
    "minister van buitenlandse zaken", "minister van defensie", "minister van binnenlandse zaken",
    "minister van financiën", "minister van justitie", "minister van eenmaking",
    "opperste leider", "speciaal gezant", "dhr", "mevrouw", "meneer",
    "hoofdredacteur", "redacteur", "verslaggever", "verslaggeefster", "presentator",
    "presentatrice", "kamerlid", "tweede-kamerlid", "europarlementariër", "parlementslid",
    "raadslid", "gemeenteraadslid", "statenlid", "wethouder", "dijkgraaf", "gouverneur",
    "officier van justitie", "advocaat", "advocate", "raadsman", "raadsvrouw", "advocaat-generaal",
    "procureur-generaal", "hoofdofficier", "politiechef", "korpschef", "hoofdcommissaris",
    "rechercheur", "teamleider", "bestuurder", "bestuursvoorzitter", "directrice", "manager",
    "oprichter", "eigenaar", "ondernemer", "rector", "decaan", "dominee", "pastoor", "imam",
    "econoom", "socioloog", "criminoloog", "viroloog", "epidemioloog", "psycholoog", "jurist",
    "huisarts", "arts", "aanvoerder", "doelman", "keeper", "middenvelder", "verdediger",
    "aanvaller", "spits", "international", "ploegleider", "sportdirecteur", "technisch directeur",
    "schrijver", "schrijfster", "auteur", "regisseur", "acteur", "actrice", "zanger",
    "zangeres", "kunstenaar", "fotograaf", "voorvrouw", "minister van sociale zaken",
    "premier van vlaanderen", "vlaams minister-president", "vakbondsbestuurder",
    "vakbondsleider", "parlementariër", "bewindsman", "bewindsvrouw", "burgervader",
    "oefenmeester",
)

PRONOUNS = {"hij": "m", "zij": "f", "ze": "f", "hem": "m", "haar": "f"}

UNNAMED_SOURCES = (
    "actievoerder", "actievoerster", "demonstrant", "demonstrante", "vakbondsman",
    "vakbondsvrouw", "buurman", "buurvrouw", "omwonende", "omwonenden", "ooggetuige",
    "woordvoerder", "woordvoerster", "woordvoerders", "bron", "bronnen", "analisten", "analist",
    "experts", "expert", "deskundigen", "deskundige", "media", "functionaris", "functionarissen",
    "ingewijden", "ingewijde", "waarnemers", "waarnemer", "medewerker", "medewerkers",
    "ambtenaar", "ambtenaren", "diplomaten", "diplomaat", "critici", "kenners", "insiders",
    "politici", "officials", "militairen", "onderzoekers", "wetenschappers", "getuigen",
    "inwoners", "bewoners", "journalisten", "kranten", "krant", "ministerie", "regering",
    "autoriteiten", "leger", "staatsmedia", "staatstelevisie", "persbureau", "persagentschap",
    "mensen", "iemand", "men", "velen", "sommigen", "anderen", "politie", "justitie",
    "parket", "brandweer", "onderzoekers", "agenten", "soldaten", "studenten", "fans",
    "kiezers", "overlopers", "activisten", "leiders", "organisatoren",
)

NAME_PARTICLES = (
    "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "’t", "‘t", "in", "op", "vander",
    "vanden", "vande", "d'", "el", "al", "ben", "bin", "ibn", "abu", "ould",
    # foreign names in Dutch and Flemish news: "Elio Di Rupo", "Ursula von der Leyen",
    # "Luiz Inácio Lula da Silva", "José dos Santos"
    "di", "da", "del", "della", "dos", "das", "du", "von",
)

HONORIFICS = ("dhr", "mevr", "mevrouw", "meneer", "mr", "mrs", "ms", "dr", "drs", "ir", "prof")

TITLE_ABBREVIATIONS = {
    "prof": "professor", "gen": "generaal", "dr": "dokter",
    # words that stand for a title already given ("de parlementariër" after "Kamerlid X")
    "parlementariër": "kamerlid", "bewindsman": "minister", "bewindsvrouw": "minister",
    "burgervader": "burgemeester", "oefenmeester": "trainer",
    "minister-president": "premier", "ministerpresident": "premier",
}

ROLE_MODIFIERS = (
    "oud", "ex", "vice", "voormalig", "voormalige", "waarnemend", "waarnemende", "demissionair",
    "demissionaire", "nieuwe", "nieuw", "huidige", "toenmalige", "toenmalig", "hoge", "hoogste",
    "opperste", "eerste", "tweede", "vorige", "kersverse", "scheidend", "scheidende", "interim",
    "plaatsvervangend", "plaatsvervangende", "speciaal", "speciale", "jonge", "jongere",
    "oudere", "machtige", "omstreden", "communistische", "conservatieve", "liberale",
)

GIVEN_NAMES = (
    "Jan", "Piet", "Pieter", "Bart", "Mark", "Martin", "Geert", "Sigrid", "Wopke", "Hugo",
    "Kajsa", "Caroline", "Joost", "Jesse", "Frans", "Koen", "Elio", "Charles", "Alexander",
    "Willem", "Ruud", "Herman", "Guy", "Yves", "Sophie", "Hadja", "Theo", "Paul", "Hans",
    "Karel", "Maxime", "Annelies", "Kees", "Wim", "Jeroen", "Rob", "Gerrit", "Johan", "Stef",
    "Lieven", "Petra", "Tinne", "Hilde", "Freya", "Zuhal", "Meyrem", "Vincent", "Dirk", "Tom",
    "Bert", "Lodewijk", "Henk", "Gert", "Thierry", "Lilianne", "Dilan", "Pieter", "Rutger",
    "Femke", "Esther", "Ank", "Jet", "Job", "Sander", "Stijn", "Maarten", "Ivo", "Joris",
    "Marc", "Luc", "Eric", "Erik", "Fleur", "Anne", "Sven", "Kris", "Peter", "Jacques",
    "Wouter", "Conner", "Filip", "Mathilde", "Beatrix", "Amalia", "Jozef", "Els", "Inge",
)

NON_NAMES = (
    "volgens", "aldus", "ook", "toch", "maar", "want", "dus", "zo", "nu", "daarom", "daarna",
    "eerder", "later", "vervolgens", "bovendien", "intussen", "ondertussen", "inmiddels",
    "volgens", "tijdens", "sinds", "na", "voor", "bij", "met", "zonder", "onder", "tegen",
    "afgelopen", "vorige", "vandaag", "gisteren", "morgen", "wel", "niet", "geen", "alle",
    "veel", "weinig", "meer", "enkele", "beide", "twee", "drie", "bron", "foto", "video",
    "lees", "update", "live", "breaking", "exclusief", "interview", "reactie", "analyse",
    "opinie", "column", "nieuws", "binnenland", "buitenland", "politiek", "economie", "sport",
    "wie", "wat", "waarom", "hoe", "waar", "wanneer", "welke", "zus", "broer", "vader",
    "moeder", "mijnheer", "god", "jezus", "allah", "kerstmis", "pasen", "ramadan",
    "olympische", "winterspelen", "spelen", "zomerspelen", "twitter", "facebook", "instagram",
    "youtube", "tiktok", "google", "internet", "spanjaard", "amerikaan", "fransman",
    "nederlander", "belg", "koreaan", "noord-koreaan", "zuid-koreaan", "japanner", "chinees",
    "rus", "brit", "duitser", "een", "één", "iedereen", "niemand", "beiden",
    # adverbs and conjunctions that open sentences
    "alleen", "nadien", "terwijl", "daarnaast", "ondanks", "hoewel", "omdat", "doordat",
    "zodat", "nadat", "voordat", "zodra", "indien", "tenzij", "sindsdien", "daardoor",
    "daarbij", "daarmee", "daarop", "daarentegen", "waardoor", "waarbij", "verder", "vooral",
    "zelfs", "slechts", "pas", "ruim", "bijna", "ongeveer", "opnieuw", "eindelijk",
    "uiteindelijk", "binnenkort", "straks", "soms", "vaak", "altijd", "nooit", "meestal",
    "misschien", "waarschijnlijk", "natuurlijk", "helaas", "gelukkig", "kortom", "evenals",
    "zowel", "dankzij", "vanwege", "wegens", "naast", "tussen", "binnen", "buiten", "vanaf",
    "vanuit", "tegenover", "eerst", "tenslotte", "iets", "niets", "alles", "elke", "ieder",
    "hier", "daar", "nergens", "overal", "steeds", "weer", "toen", "dan", "echter", "immers",
    "wellicht", "zeker", "tenminste", "althans", "tot", "zij", "wij", "jullie",
    # regional adjectives, written with a capital ("Brabants", "Vlaams")
    "vlaams", "waals", "brussels", "brabants", "limburgs", "fries", "gronings", "drents",
    "gelders", "zeeuws", "hollands", "twents", "antwerps", "gents",
    # adjectives of towns, written with a capital ("Brugse zege", "Haagse politiek")
    "brugse", "haagse", "amsterdamse", "rotterdamse", "utrechtse", "antwerpse", "gentse",
    "brusselse", "leuvense", "mechelse", "luikse", "oostendse", "kortrijkse", "hasseltse",
    "genkse", "eindhovense", "tilburgse", "bredase", "nijmeegse", "arnhemse",
    "maastrichtse", "leidse", "delftse", "haarlemse", "zwolse", "groningse", "enschedese",
    "almeerse", "zaanse", "dordtse", "amersfoortse", "apeldoornse", "venlose", "heerlense",
)

CONJUNCTIONS = ("en", "&")

ORGANISATION_NOUNS = (
    "persbureau", "persagentschap", "nieuwsagentschap", "staatspersbureau",
    "staatspersagentschap", "agentschap", "krant", "dagblad", "zender", "staatszender",
    "omroep", "tv-zender", "televisiezender", "bedrijf", "concern", "firma", "fabrikant",
    "bank", "partij", "organisatie", "website", "nieuwssite", "blad", "tijdschrift",
    "weekblad", "denktank", "ngo", "club", "ploeg", "universiteit", "actiegroep",
    "belangengroep", "vakbond", "stichting", "vereniging", "gemeente", "corporatie",
    "hogeschool", "school", "basisschool", "restaurant", "café", "zorgcentrum",
    "verpleeghuis", "ziekenhuis", "moskee", "kerk", "museum", "theater", "camping",
    "boerderij", "supermarkt", "bioscoop", "kinderdagverblijf",
)

#: Prepositions of place: a name of particles after one is a place ("in Den Bosch").
PLACE_PREPOSITIONS = ("in", "naar", "uit", "te", "vanuit", "nabij")

#: Nouns that, capitalised before a name, make it the name of an event or operation.
EVENT_NOUNS = (
    "operatie", "actie", "project", "festival", "campagne", "orkaan", "storm", "zaak",
    "proces", "dossier", "plan",
)

ORGANISATION_HEADS = (
    "universiteit", "university", "agency", "agentschap", "army", "leger", "party", "partij",
    "post", "times", "news", "nieuws", "hotel", "force", "council", "raad", "ministerie",
    "bank", "group", "groep", "corporation", "company", "inc", "ltd", "nv", "bv", "instituut",
    "institute", "centrum", "center", "centre", "commissie", "comité", "federatie", "bond",
    "unie", "union", "krijgsmacht", "parlement", "congres", "senaat", "regering", "kabinet",
    "cup", "beker", "spelen", "games", "olympics", "stichting", "vereniging", "fc", "media",
    "tv", "radio", "krant", "dagblad", "journal", "herald", "telegraph", "review",
    "industries", "holding", "ambassade", "bureau", "directie", "secretariaat", "alliantie",
    "coalitie", "beweging", "front", "vakbond", "fractie", "academie", "hogeschool",
    "rechtbank", "politie", "dienst", "inlichtingendienst", "assemblee", "vergadering",
    "airport", "fonds", "gmbh", "vzw", "bvba", "plc", "llc",
)

PLACE_WORDS = (
    "zee", "oceaan", "rivier", "berg", "eiland", "schiereiland", "straat", "plein", "luchthaven",
    "basis", "luchtmachtbasis", "provincie", "stad", "mount", "mt", "lake", "river", "sea",
    "island", "zone", "grens", "district", "wijk", "woonwijk", "buurt", "dorp", "stadsdeel",
    "stadion", "sporthal", "theater", "camping", "winkelcentrum",
)

GENDERED_NOUNS = {
    "zus": "f", "zuster": "f", "moeder": "f", "dochter": "f", "vrouw": "f", "echtgenote": "f",
    "koningin": "f", "woordvoerster": "f", "prinses": "f", "topvrouw": "f", "mevrouw": "f",
    "mevr": "f", "tante": "f", "grootmoeder": "f", "weduwe": "f", "first lady": "f",
    "broer": "m", "vader": "m", "zoon": "m", "man": "m", "echtgenoot": "m", "koning": "m",
    "woordvoerder": "m", "prins": "m", "topman": "m", "meneer": "m", "dhr": "m", "oom": "m",
    "grootvader": "m", "keizer": "m", "paus": "m", "actievoerder": "m", "actievoerster": "f",
    "demonstrant": "m", "demonstrante": "f", "vakbondsman": "m", "vakbondsvrouw": "f",
    "buurman": "m", "buurvrouw": "f",
}

SOURCE_PREPOSITIONS = ("van", "bij", "voor", "uit", "namens", "rond", "binnen")

DEFINITE_DETERMINERS = ("de", "het", "deze", "die", "dat")

SUBJECT_PRONOUNS = ("hij", "zij", "ze")

#: Institutions named by a common noun: "de politie meldt" is the police's.
INSTITUTION_NOUNS = (
    "politie", "brandweer", "justitie", "gemeente", "provincie", "rechtbank",
    "marechaussee", "douane", "kustwacht", "veiligheidsregio", "ambulancedienst",
)

#: Parties, broadcasters, papers and public bodies of Dutch and Flemish news whose
#: names read like a person's: never people.
KNOWN_ORGANISATIONS = (
    # parties
    "GroenLinks", "ChristenUnie", "Volt", "Denk", "Vooruit", "Groen", "Open Vld",
    "Vlaams Belang", "Ecolo", "Les Engagés", "Forum voor Democratie", "Partij voor de Dieren",
    "BoerBurgerBeweging", "Nieuw Sociaal Contract",
    # media
    "De Standaard", "De Morgen", "Het Nieuwsblad", "Het Laatste Nieuws", "Het Belang van Limburg",
    "Gazet van Antwerpen", "De Tijd", "Knack", "Humo", "Trouw", "Volkskrant", "de Volkskrant",
    "Telegraaf", "De Telegraaf", "Parool", "Het Parool", "Nieuwsuur", "Pointer", "Zembla",
    "EenVandaag", "Omroep Max", "Belga", "Villamedia",
    # public bodies and companies
    "Rijkswaterstaat", "Staatsbosbeheer", "Defensie", "Justitie", "Prorail", "Schiphol",
    "Eneco", "Vattenfall", "Essent", "Ziggo", "Proximus", "Telenet", "Bpost", "Infrabel",
    "Fluvius", "Sciensano", "Philips", "Shell", "Unilever", "Heineken", "Albert Heijn", "Jumbo",
    "Lidl", "Aldi", "Colruyt", "Delhaize", "Rabobank", "Belfius",
    # one-word names that no shape tells from a surname: charities, network operators,
    # insurers, transport companies, clubs
    "Greenpeace", "Natuurmonumenten", "Oxfam", "Unicef", "Cordaid", "Stedin", "Enexis",
    "Liander", "Alliander", "Vitens", "Evides", "Waternet", "Gasunie", "Achmea", "Aegon",
    "Randstad", "Ahold", "Arriva", "Connexxion", "Qbuzz", "Keolis", "Transavia", "Coolblue",
    "Vitesse", "Feyenoord", "Sparta", "Heracles", "Unizo", "Voka", "Agoria", "Bol.com",
)

#: Nationality and regional nouns that, capitalised after "de", stand for the person
#: named before ("de Belg", "de Noor"); those ending in -er or -aar need no entry.
DEMONYM_WORDS = (
    "belg", "amerikaan", "noor", "fransman", "française", "brit", "spanjaard", "italiaan",
    "zweed", "deen", "fin", "pool", "rus", "chinees", "koreaan", "marokkaan", "turk",
    "braziliaan", "argentijn", "mexicaan", "portugees", "kroaat", "serviër", "iraniër",
    "canadees", "australiër", "vlaming", "waal", "fries", "zeeuw", "tukker", "drent",
    "nederlandse", "belgische", "duitse", "franse", "britse", "amerikaanse",
)

#: Generic nouns that stand for the one organisation named just before: "de vakbond"
#: after "de FNV", "de club" after "Ajax".
GENERIC_ORGANISATION_NOUNS = (
    "vakbond", "bond", "krant", "dagblad", "omroep", "zender", "club", "ploeg", "partij",
    "bedrijf", "concern", "firma", "fabrikant", "organisatie", "stichting", "vereniging",
    "actiegroep", "belangengroep", "bank", "website", "nieuwssite", "weekblad", "blad",
    "persbureau", "nieuwsagentschap", "denktank", "universiteit",
)

BYLINE_OPENERS = (
    r"(?:van|door)\s+(?:onze|onzen|een)(?:\s+\w+)?\s+(?:correspondent|correspondente|"
    r"redacteur|redactrice|verslaggever|verslaggeefster|medewerker|medewerkster|"
    r"reporter|journalist|journaliste)",
    r"(?:bewerkt\s+|geschreven\s+)?door\s*:?",
    r"tekst(?:\s+en\s+foto's)?\s*:?",
)

ORGANISATION_SUFFIXES = (
    "raad", "ministerie", "partij", "commissie", "leger", "universiteit", "agentschap",
    "instituut", "persbureau", "krijgsmacht", "comité", "federatie", "bond", "dienst",
    "beheer", "inspectie", "bank", "omroep", "corporatie", "maatschappij", "planbureau",
    "fonds", "werk", "zorg", "wacht", "bescherming", "hulp", "defensie", "groep",
    "autoriteit", "waterschap", "kerk",
)

#: Street and place endings of compounds ("Wilhelminalaan", "Clausbrug", "Coenschool").
PLACE_SUFFIXES = (
    "laan", "straat", "plein", "gracht", "kade", "singel", "steeg", "dreef", "brug", "markt",
    "plantsoen", "tunnel", "school", "ziekenhuis", "kazerne", "stadion",
)

PLURAL_SUFFIXES = ("en", "s", "ici", "ers")

PROFILE = LanguageProfile(
    code="nl",
    name="Dutch",
    months=MONTHS,
    weekdays=WEEKDAYS,
    boilerplate_lines=BOILERPLATE_LINES,
    boilerplate_prefixes=BOILERPLATE_PREFIXES,
    boilerplate_suffixes=BOILERPLATE_SUFFIXES,
    caption_lines=CAPTION_LINES,
    boilerplate_tail=BOILERPLATE_TAIL,
    link_labels=LINK_LABELS,
    section_labels=SECTION_LABELS,
    heading_labels=HEADING_LABELS,
    stamp_words=STAMP_WORDS,
    caption_markers=CAPTION_MARKERS,
    vowelless_words=VOWELLESS_WORDS,
    sentence_openers=SENTENCE_OPENERS,
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    apostrophe_words=APOSTROPHE_WORDS,
    reporting_verbs=tuple(_joined(verb) for verb in REPORTING_VERBS),
    according_to=ACCORDING_TO,
    after_quote_cues=AFTER_QUOTE_CUES,
    complementizers=COMPLEMENTIZERS,
    question_complementizers=QUESTION_COMPLEMENTIZERS,
    question_verbs=QUESTION_VERBS,
    subordinators=SUBORDINATORS,
    term_markers_before=TERM_MARKERS_BEFORE,
    term_markers_after=TERM_MARKERS_AFTER,
    cue_phrases=CUE_PHRASES,
    phrase_source_prepositions=("bij",),
    cue_phrase_starts=CUE_PHRASE_STARTS,
    verb_second=VERB_SECOND,
    particle_prefixes=PARTICLE_PREFIXES,
    presenter_phrases=PRESENTER_PHRASES,
    clause_presenters=CLAUSE_PRESENTERS,
    source_stop_words=SOURCE_STOP_WORDS,
    determiners=DETERMINERS,
    relative_pronouns=RELATIVE_PRONOUNS,
    auxiliaries=AUXILIARIES,
    inversion_particles=INVERSION_PARTICLES,
    possessive_suffixes=POSSESSIVE_SUFFIXES,
    impersonal_subjects=IMPERSONAL_SUBJECTS,
    noun_markers=NOUN_MARKERS,
    noun_forms=NOUN_FORMS,
    speech_nouns=SPEECH_NOUNS,
    adverbial_heads=ADVERBIAL_HEADS,
    clause_auxiliaries=CLAUSE_AUXILIARIES,
    passive_auxiliaries=PASSIVE_AUXILIARIES,
    agent_prepositions=AGENT_PREPOSITIONS,
    source_pronouns=SOURCE_PRONOUNS,
    verb_endings=VERB_ENDINGS,
    infinitive_markers=("te",),
    infinitive_endings=("n",),
    infinitive_openers=("om",),
    infinitive_exceptions=("dreigt", "dreigde", "dreigden", "dreigen"),
    institution_nouns=INSTITUTION_NOUNS,
    generic_organisation_nouns=GENERIC_ORGANISATION_NOUNS,
    plural_pronouns=("ze", "zij"),
    demonym_endings=("er", "aar", "se"),
    demonym_words=DEMONYM_WORDS,
    known_organisations=KNOWN_ORGANISATIONS,
    age_noun=r"\d+-jarige",
    plural_verb_endings=("en",),
    relay_phrases=(
        "op basis van", "op gezag van", "met een beroep op", "zich baserend op",
        "onder verwijzing naar",
    ),
    irregular_verbs=IRREGULAR_VERBS,
    titles=TITLES,
    pronouns=PRONOUNS,
    unnamed_sources=UNNAMED_SOURCES,
    name_particles=NAME_PARTICLES,
    place_particles=("in", "op", "te"),
    affiliation_particles=("van", "von"),
    interview_question_marks=("?",),
    honorifics=HONORIFICS,
    title_abbreviations=TITLE_ABBREVIATIONS,
    role_modifiers=ROLE_MODIFIERS,
    given_names=GIVEN_NAMES,
    non_names=NON_NAMES,
    conjunctions=CONJUNCTIONS,
    organisation_nouns=ORGANISATION_NOUNS,
    organisation_heads=ORGANISATION_HEADS,
    place_words=PLACE_WORDS,
    gendered_nouns=GENDERED_NOUNS,
    source_prepositions=SOURCE_PREPOSITIONS,
    definite_determiners=DEFINITE_DETERMINERS,
    subject_pronouns=SUBJECT_PRONOUNS,
    byline_openers=BYLINE_OPENERS,
    plural_suffixes=PLURAL_SUFFIXES,
    organisation_suffixes=ORGANISATION_SUFFIXES,
    place_suffixes=PLACE_SUFFIXES,
    event_nouns=EVENT_NOUNS,
    place_prepositions=PLACE_PREPOSITIONS,
)
