"""A small bilingual gazetteer: countries, places and organisations of the region.

Every entry has a stable :attr:`~GazetteerEntry.id` (``"gpe:north-korea"``,
``"org:kcna"``), so a Dutch and an English article about the same event can be
compared: "Noord-Korea", "North Korea" and "DPRK" all carry the id
``gpe:north-korea``.  A capital is a place of its own ("Pyongyang" is
``gpe:pyongyang``), never a mention of its country, even where it stands for the
government ("Pyongyang warned ..."); :attr:`GazetteerEntry.country` links it to
its country.

The entries are data (:data:`ENTRIES`); :func:`lookup` finds the entry a phrase
names, :func:`find_all` finds every gazetteer name in a text, and
:func:`country_of_adjective` maps a nationality adjective ("Zuid-Koreaanse",
"North Korean") to a country id.

>>> lookup("de VS").id
'gpe:united-states'
>>> lookup("the Korean Central News Agency").id
'org:kcna'
>>> country_of_adjective("Noord-Koreaanse")
'gpe:north-korea'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import attrs

from .models import EntityKind, Span

__all__ = [
    "ENTRIES",
    "PEOPLE",
    "GazetteerEntry",
    "GazetteerMatch",
    "country_of_adjective",
    "entry",
    "find_all",
    "first_words",
    "is_metonym",
    "is_place_name",
    "known_person",
    "known_surname",
    "lookup",
    "match_at",
]


def _tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class GazetteerEntry:
    """One country, place or organisation, with its names in both languages."""

    #: Stable identifier: ``gpe:...`` for countries and places, ``org:...`` for organisations.
    id: str
    kind: EntityKind = attrs.field(converter=EntityKind)
    #: Dutch names, the usual one first.
    nl: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: English names, the usual one first.
    en: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: Abbreviations, matched case-sensitively ("VS", "US", "U.S.", "KCNA").
    abbreviations: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: Names that stand for the entry by metonymy ("Pyongyang" for North Korea).
    metonyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: Nationality adjectives in either language ("Noord-Koreaanse", "North Korean").
    adjectives: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: For a city, the id of its country ("gpe:seoul" -> ``"gpe:south-korea"``): a city is a
    #: place of its own, never a mention of its country, even where it stands for the
    #: country's government ("Seoul said").
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the entry: Dutch, English, abbreviations and metonyms."""
        return self.nl + self.en + self.abbreviations + self.metonyms

    def name_in(self, lang: str) -> str:
        """The usual name in *lang* (``"nl"`` or ``"en"``)."""
        names = self.nl if lang == "nl" else self.en
        return (names or self.en or self.nl or self.abbreviations)[0]


@attrs.frozen
class GazetteerMatch:
    """A gazetteer name found in a text."""

    entry: GazetteerEntry
    span: Span
    #: The name as written.
    text: str
    #: True when the name is a metonym ("Pyongyang" for North Korea).
    metonym: bool = False


_P = EntityKind.PLACE
_O = EntityKind.ORGANISATION

#: The gazetteer, as data.
ENTRIES: tuple[GazetteerEntry, ...] = (
    # -- countries of the region and their capitals as metonyms ---------------
    GazetteerEntry(
        "gpe:north-korea",
        _P,
        nl=("Noord-Korea", "Democratische Volksrepubliek Korea", "Noord Korea"),
        en=(
            "North Korea",
            "Democratic People's Republic of Korea",
            "Democratic People’s Republic of Korea",
            "N. Korea",
            "N.Korea",
        ),
        abbreviations=("DPRK", "DVK", "DVRK"),
        adjectives=(
            "Noord-Koreaanse",
            "Noord-Koreaans",
            "North Korean",
            "N. Korean",
            "N Korean",
        ),
    ),
    GazetteerEntry(
        "gpe:south-korea",
        _P,
        nl=("Zuid-Korea", "Republiek Korea", "Zuid Korea"),
        en=("South Korea", "Republic of Korea", "S. Korea", "S.Korea"),
        abbreviations=("ROK",),
        adjectives=("Zuid-Koreaanse", "Zuid-Koreaans", "South Korean", "S. Korean", "S Korean"),
    ),
    GazetteerEntry(
        "gpe:korea",
        _P,
        nl=("Korea",),
        en=("Korea",),
        adjectives=("Koreaanse", "Koreaans", "Korean"),
    ),
    GazetteerEntry(
        "gpe:united-states",
        _P,
        nl=("Verenigde Staten", "Verenigde Staten van Amerika", "Amerika"),
        en=("United States", "United States of America", "America"),
        abbreviations=("VS", "US", "U.S.", "USA", "U.S.A."),
        adjectives=("Amerikaanse", "Amerikaans", "American", "US", "U.S."),
    ),
    GazetteerEntry(
        "gpe:japan",
        _P,
        nl=("Japan",),
        en=("Japan",),
        adjectives=("Japanse", "Japans", "Japanese"),
    ),
    GazetteerEntry(
        "gpe:china",
        _P,
        nl=("China", "Volksrepubliek China"),
        en=("China", "People's Republic of China", "People’s Republic of China"),
        abbreviations=("PRC",),
        adjectives=("Chinese", "Chinees"),
    ),
    GazetteerEntry(
        "gpe:russia",
        _P,
        nl=("Rusland", "Russische Federatie"),
        en=("Russia", "Russian Federation"),
        adjectives=("Russische", "Russisch", "Russian"),
    ),
    GazetteerEntry(
        "gpe:taiwan",
        _P,
        nl=("Taiwan",),
        en=("Taiwan",),
        adjectives=("Taiwanese", "Taiwanees"),
    ),
    GazetteerEntry("gpe:mongolia", _P, nl=("Mongolië",), en=("Mongolia",)),
    GazetteerEntry(
        "gpe:vietnam",
        _P,
        nl=("Vietnam",),
        en=("Vietnam", "Viet Nam"),
        adjectives=("Vietnamese", "Vietnamees"),
    ),
    GazetteerEntry("gpe:singapore", _P, nl=("Singapore",), en=("Singapore",)),
    GazetteerEntry("gpe:hong-kong", _P, nl=("Hongkong", "Hong Kong"), en=("Hong Kong",)),
    GazetteerEntry("gpe:philippines", _P, nl=("Filipijnen",), en=("Philippines",)),
    GazetteerEntry(
        "gpe:indonesia",
        _P,
        nl=("Indonesië",),
        en=("Indonesia",),
        adjectives=("Indonesische", "Indonesian"),
    ),
    GazetteerEntry("gpe:india", _P, nl=("India",), en=("India",), adjectives=("Indiase", "Indian")),
    GazetteerEntry("gpe:iran", _P, nl=("Iran",), en=("Iran",), adjectives=("Iraanse", "Iranian")),
    GazetteerEntry("gpe:iraq", _P, nl=("Irak",), en=("Iraq",)),
    GazetteerEntry("gpe:syria", _P, nl=("Syrië",), en=("Syria",)),
    GazetteerEntry("gpe:israel", _P, nl=("Israël",), en=("Israel",)),
    GazetteerEntry(
        "gpe:ukraine",
        _P,
        nl=("Oekraïne",),
        en=("Ukraine",),
        adjectives=("Oekraïense", "Ukrainian"),
    ),
    GazetteerEntry("gpe:crimea", _P, nl=("Krim",), en=("Crimea",)),
    GazetteerEntry(
        "gpe:united-kingdom",
        _P,
        nl=("Verenigd Koninkrijk", "Groot-Brittannië", "Engeland"),
        en=("United Kingdom", "Britain", "Great Britain", "England"),
        abbreviations=("UK", "U.K."),
        adjectives=("Britse", "Brits", "British", "Engelse"),
    ),
    GazetteerEntry(
        "gpe:france",
        _P,
        nl=("Frankrijk",),
        en=("France",),
        adjectives=("Franse", "Frans", "French"),
    ),
    GazetteerEntry(
        "gpe:germany",
        _P,
        nl=("Duitsland",),
        en=("Germany",),
        adjectives=("Duitse", "Duits", "German"),
    ),
    GazetteerEntry(
        "gpe:spain",
        _P,
        nl=("Spanje",),
        en=("Spain",),
        adjectives=("Spaanse", "Spaans", "Spanish"),
    ),
    GazetteerEntry(
        "gpe:belgium",
        _P,
        nl=("België",),
        en=("Belgium",),
        adjectives=("Belgische", "Belgisch", "Belgian"),
    ),
    GazetteerEntry(
        "gpe:netherlands",
        _P,
        nl=("Nederland",),
        en=("Netherlands", "Holland"),
        adjectives=("Nederlandse", "Nederlands", "Dutch"),
    ),
    # -- capitals: places of their own, linked to their country --------------
    GazetteerEntry(
        "gpe:pyongyang",
        _P,
        nl=("Pyongyang", "Pyeongyang"),
        en=("Pyongyang", "Pyeongyang"),
        country="gpe:north-korea",
    ),
    GazetteerEntry(
        "gpe:seoul", _P, nl=("Seoel", "Seoul"), en=("Seoul",), country="gpe:south-korea"
    ),
    GazetteerEntry(
        "gpe:washington",
        _P,
        nl=("Washington", "Washington D.C.", "Washington DC"),
        en=("Washington", "Washington D.C.", "Washington DC"),
        country="gpe:united-states",
    ),
    GazetteerEntry("gpe:tokyo", _P, nl=("Tokio", "Tokyo"), en=("Tokyo",), country="gpe:japan"),
    GazetteerEntry(
        "gpe:beijing", _P, nl=("Peking", "Beijing"), en=("Beijing", "Peking"), country="gpe:china"
    ),
    GazetteerEntry("gpe:moscow", _P, nl=("Moskou",), en=("Moscow",), country="gpe:russia"),
    GazetteerEntry("gpe:taipei", _P, nl=("Taipei",), en=("Taipei",), country="gpe:taiwan"),
    GazetteerEntry("gpe:hanoi", _P, nl=("Hanoi",), en=("Hanoi",), country="gpe:vietnam"),
    GazetteerEntry("gpe:kyiv", _P, nl=("Kyiv", "Kiev"), en=("Kyiv", "Kiev"), country="gpe:ukraine"),
    GazetteerEntry("gpe:london", _P, nl=("Londen",), en=("London",), country="gpe:united-kingdom"),
    GazetteerEntry("gpe:paris", _P, nl=("Parijs",), en=("Paris",), country="gpe:france"),
    GazetteerEntry("gpe:berlin", _P, nl=("Berlijn",), en=("Berlin",), country="gpe:germany"),
    GazetteerEntry("gpe:madrid", _P, nl=("Madrid",), en=("Madrid",), country="gpe:spain"),
    GazetteerEntry("gpe:brussels", _P, nl=("Brussel",), en=("Brussels",), country="gpe:belgium"),
    GazetteerEntry(
        "gpe:the-hague", _P, nl=("Den Haag",), en=("The Hague",), country="gpe:netherlands"
    ),
    GazetteerEntry(
        "gpe:europe",
        _P,
        nl=("Europa",),
        en=("Europe",),
        adjectives=("Europese", "Europees", "European"),
    ),
    GazetteerEntry("gpe:asia", _P, nl=("Azië",), en=("Asia",), adjectives=("Aziatische", "Asian")),
    # -- places of the region ---------------------------------------------------
    GazetteerEntry("gpe:pyeongchang", _P, nl=("Pyeongchang",), en=("Pyeongchang", "PyeongChang")),
    GazetteerEntry("gpe:panmunjom", _P, nl=("Panmunjom",), en=("Panmunjom", "Panmunjeom")),
    GazetteerEntry("gpe:kaesong", _P, nl=("Kaesong",), en=("Kaesong",)),
    GazetteerEntry("gpe:busan", _P, nl=("Busan",), en=("Busan", "Pusan")),
    GazetteerEntry("gpe:guam", _P, nl=("Guam",), en=("Guam",)),
    GazetteerEntry("gpe:hawaii", _P, nl=("Hawaï", "Hawaii"), en=("Hawaii",)),
    GazetteerEntry("gpe:new-york", _P, nl=("New York",), en=("New York",)),
    GazetteerEntry(
        "gpe:korean-peninsula",
        _P,
        nl=("Koreaans Schiereiland",),
        en=("Korean Peninsula", "Korean peninsula"),
    ),
    GazetteerEntry("gpe:yellow-sea", _P, nl=("Gele Zee",), en=("Yellow Sea",)),
    GazetteerEntry("gpe:sea-of-japan", _P, nl=("Japanse Zee",), en=("Sea of Japan", "East Sea")),
    # -- international organisations -----------------------------------------------
    GazetteerEntry(
        "org:united-nations",
        _O,
        nl=("Verenigde Naties",),
        en=("United Nations",),
        abbreviations=("VN", "UN", "U.N."),
    ),
    GazetteerEntry(
        "org:un-security-council",
        _O,
        nl=("VN-Veiligheidsraad", "VN-veiligheidsraad", "Veiligheidsraad"),
        en=("UN Security Council", "U.N. Security Council", "Security Council"),
    ),
    GazetteerEntry("org:nato", _O, nl=("NAVO",), en=("NATO", "Nato")),
    GazetteerEntry(
        "org:european-union",
        _O,
        nl=("Europese Unie",),
        en=("European Union",),
        abbreviations=("EU",),
    ),
    GazetteerEntry(
        "org:iaea",
        _O,
        nl=("Internationaal Atoomenergieagentschap",),
        en=("International Atomic Energy Agency",),
        abbreviations=("IAEA",),
    ),
    # -- governments, armies and parties ---------------------------------------------
    GazetteerEntry("org:white-house", _O, nl=("Witte Huis",), en=("White House",)),
    GazetteerEntry("org:pentagon", _O, nl=("Pentagon",), en=("Pentagon",)),
    GazetteerEntry(
        "org:state-department",
        _O,
        nl=("State Department",),
        en=("State Department", "Department of State"),
    ),
    GazetteerEntry("org:kremlin", _O, nl=("Kremlin",), en=("Kremlin",)),
    GazetteerEntry(
        "org:jcs-south-korea",
        _O,
        nl=("Zuid-Koreaanse generale staf",),
        en=("Joint Chiefs of Staff",),
        abbreviations=("JCS",),
    ),
    GazetteerEntry(
        "org:unification-ministry",
        _O,
        nl=("ministerie van Eenmaking",),
        en=("Unification Ministry", "Ministry of Unification"),
    ),
    GazetteerEntry("org:blue-house", _O, nl=("Blauwe Huis",), en=("Blue House",)),
    GazetteerEntry("org:downing-street", _O, nl=("Downing Street",), en=("Downing Street",)),
    GazetteerEntry(
        "org:kpa",
        _O,
        nl=("Koreaanse Volksleger", "Noord-Koreaanse Volksleger"),
        en=(
            "Korean People's Army",
            "Korean People’s Army",
            "North Korean People's Army",
            "North Korean People’s Army",
        ),
        abbreviations=("KPA",),
        # descriptions that stand for the army (never its canonical name)
        metonyms=(
            "Noord-Koreaanse leger",
            "Noord-Koreaanse krijgsmacht",
            "North Korean army",
            "North Korean Army",
            "North Korean military",
        ),
    ),
    GazetteerEntry(
        "org:workers-party",
        _O,
        nl=("Arbeiderspartij",),
        en=(
            "Workers' Party of Korea",
            "Workers’ Party of Korea",
            "Workers' Party",
            "Workers’ Party",
        ),
        abbreviations=("WPK",),
    ),
    # -- news agencies and media -----------------------------------------------------
    GazetteerEntry(
        "org:kcna",
        _O,
        nl=("Koreaans Centraal Persagentschap",),
        en=("Korean Central News Agency",),
        abbreviations=("KCNA",),
    ),
    GazetteerEntry("org:kctv", _O, en=("Korean Central Television",), abbreviations=("KCTV",)),
    GazetteerEntry("org:rodong-sinmun", _O, nl=("Rodong Sinmun",), en=("Rodong Sinmun",)),
    GazetteerEntry("org:yonhap", _O, nl=("Yonhap",), en=("Yonhap", "Yonhap News Agency")),
    GazetteerEntry("org:reuters", _O, nl=("Reuters",), en=("Reuters",)),
    GazetteerEntry(
        "org:afp",
        _O,
        nl=("Agence France-Presse",),
        en=("Agence France-Presse",),
        abbreviations=("AFP",),
    ),
    GazetteerEntry(
        "org:ap", _O, nl=("Associated Press",), en=("Associated Press",), abbreviations=("AP",)
    ),
    GazetteerEntry("org:belga", _O, nl=("Belga",), en=("Belga",)),
    GazetteerEntry("org:anp", _O, nl=("ANP",), en=("ANP",)),
    GazetteerEntry("org:dpa", _O, abbreviations=("DPA", "dpa")),
    GazetteerEntry("org:cnn", _O, abbreviations=("CNN",)),
    GazetteerEntry("org:bbc", _O, abbreviations=("BBC",)),
    GazetteerEntry("org:nhk", _O, abbreviations=("NHK",)),
    GazetteerEntry("org:xinhua", _O, nl=("Xinhua",), en=("Xinhua",)),
    GazetteerEntry("org:washington-post", _O, nl=("Washington Post",), en=("Washington Post",)),
    GazetteerEntry("org:new-york-times", _O, nl=("New York Times",), en=("New York Times",)),
    GazetteerEntry("org:guardian", _O, nl=("The Guardian",), en=("The Guardian",)),
    GazetteerEntry("org:nk-news", _O, en=("NK News",)),
    GazetteerEntry("org:kyodo", _O, nl=("Kyodo",), en=("Kyodo", "Kyodo News")),
    GazetteerEntry("org:tass", _O, nl=("TASS", "Tass"), en=("TASS", "Tass")),
    GazetteerEntry("org:bloomberg", _O, nl=("Bloomberg",), en=("Bloomberg",)),
    GazetteerEntry("org:wsj", _O, nl=("Wall Street Journal",), en=("Wall Street Journal",)),
    GazetteerEntry("org:fox-news", _O, en=("Fox News",)),
    *(
        GazetteerEntry(f"org:{a.lower()}", _O, abbreviations=(a,))
        for a in ("NBC", "CBS", "ABC", "NPR", "CNBC", "KBS", "MBC", "SBS", "JTBC")
    ),
    GazetteerEntry("org:chosun-ilbo", _O, nl=("Chosun Ilbo",), en=("Chosun Ilbo",)),
    GazetteerEntry("org:joongang-ilbo", _O, nl=("JoongAng Ilbo",), en=("JoongAng Ilbo",)),
    GazetteerEntry("org:korea-herald", _O, nl=("Korea Herald",), en=("Korea Herald",)),
    GazetteerEntry("org:korea-times", _O, nl=("Korea Times",), en=("Korea Times",)),
    GazetteerEntry("org:hankyoreh", _O, nl=("Hankyoreh",), en=("Hankyoreh",)),
    *(
        GazetteerEntry(f"org:{a.lower()}", _O, abbreviations=(a,))
        for a in ("NOS", "RTL", "VRT", "VTM", "RTBF", "BNR")
    ),
    GazetteerEntry("org:de-standaard", _O, nl=("De Standaard",)),
    GazetteerEntry("org:de-morgen", _O, nl=("De Morgen",)),
    GazetteerEntry("org:de-tijd", _O, nl=("De Tijd",)),
    GazetteerEntry("org:de-telegraaf", _O, nl=("De Telegraaf",)),
    GazetteerEntry("org:de-volkskrant", _O, nl=("De Volkskrant", "de Volkskrant", "Volkskrant")),
    GazetteerEntry("org:nrc", _O, nl=("NRC", "NRC Handelsblad")),
    GazetteerEntry("org:trouw", _O, nl=("Trouw",)),
    GazetteerEntry(
        "org:het-laatste-nieuws", _O, nl=("Het Laatste Nieuws",), abbreviations=("HLN",)
    ),
    GazetteerEntry("org:het-nieuwsblad", _O, nl=("Het Nieuwsblad",)),
    GazetteerEntry("org:het-parool", _O, nl=("Het Parool",)),
    GazetteerEntry("org:algemeen-dagblad", _O, nl=("Algemeen Dagblad",), abbreviations=("AD",)),
    # -- companies of the region ------------------------------------------------------
    GazetteerEntry(
        "org:samsung",
        _O,
        nl=("Samsung", "Samsung Electronics"),
        en=("Samsung", "Samsung Electronics"),
    ),
    GazetteerEntry("org:hyundai", _O, nl=("Hyundai",), en=("Hyundai", "Hyundai Motor")),
    *(
        GazetteerEntry(f"org:{a.lower()}", _O, abbreviations=(a,))
        for a in ("LG", "SK", "POSCO", "KEPCO")
    ),
    GazetteerEntry("org:kia", _O, nl=("Kia",), en=("Kia",)),
    GazetteerEntry("org:lotte", _O, nl=("Lotte",), en=("Lotte",)),
    GazetteerEntry("org:naver", _O, nl=("Naver",), en=("Naver",)),
    GazetteerEntry("org:kakao", _O, nl=("Kakao",), en=("Kakao",)),
    GazetteerEntry("org:huawei", _O, nl=("Huawei",), en=("Huawei",)),
    GazetteerEntry("org:toyota", _O, nl=("Toyota",), en=("Toyota",)),
    GazetteerEntry("org:siemens", _O, nl=("Siemens",), en=("Siemens",)),
    GazetteerEntry("org:38-north", _O, en=("38 North",)),
)

_R = EntityKind.PERSON

#: Well-known people of the region's news, with stable ids.  Their surnames alone
#: are recognised as persons; the name used is still the one the article writes.
PEOPLE: tuple[GazetteerEntry, ...] = (
    GazetteerEntry("per:kim-jong-un", _R, en=("Kim Jong-un", "Kim Jong Un")),
    GazetteerEntry("per:kim-yo-jong", _R, en=("Kim Yo-jong", "Kim Yo Jong")),
    GazetteerEntry("per:kim-jong-il", _R, en=("Kim Jong-il", "Kim Jong Il")),
    GazetteerEntry("per:kim-il-sung", _R, en=("Kim Il-sung", "Kim Il Sung")),
    GazetteerEntry("per:ri-yong-ho", _R, en=("Ri Yong-ho", "Ri Yong Ho")),
    GazetteerEntry("per:choe-son-hui", _R, en=("Choe Son-hui", "Choe Son Hui")),
    GazetteerEntry("per:kim-yong-chol", _R, en=("Kim Yong-chol", "Kim Yong Chol")),
    GazetteerEntry("per:moon-jae-in", _R, en=("Moon Jae-in", "Moon Jae In")),
    GazetteerEntry("per:yoon-suk-yeol", _R, en=("Yoon Suk-yeol", "Yoon Suk Yeol")),
    GazetteerEntry("per:park-geun-hye", _R, en=("Park Geun-hye", "Park Geun Hye")),
    GazetteerEntry("per:lee-jae-myung", _R, en=("Lee Jae-myung", "Lee Jae Myung")),
    GazetteerEntry("per:kang-kyung-wha", _R, en=("Kang Kyung-wha", "Kang Kyung Wha")),
    GazetteerEntry("per:ban-ki-moon", _R, en=("Ban Ki-moon",)),
    GazetteerEntry("per:donald-trump", _R, en=("Donald Trump", "Donald J. Trump")),
    GazetteerEntry("per:joe-biden", _R, en=("Joe Biden",)),
    GazetteerEntry("per:barack-obama", _R, en=("Barack Obama",)),
    GazetteerEntry("per:mike-pence", _R, en=("Mike Pence",)),
    GazetteerEntry("per:mike-pompeo", _R, en=("Mike Pompeo",)),
    GazetteerEntry("per:rex-tillerson", _R, en=("Rex Tillerson",)),
    GazetteerEntry("per:john-bolton", _R, en=("John Bolton",)),
    GazetteerEntry("per:james-mattis", _R, en=("James Mattis",)),
    GazetteerEntry("per:antony-blinken", _R, en=("Antony Blinken",)),
    GazetteerEntry("per:shinzo-abe", _R, en=("Shinzo Abe",)),
    GazetteerEntry("per:fumio-kishida", _R, en=("Fumio Kishida",)),
    GazetteerEntry("per:xi-jinping", _R, en=("Xi Jinping",)),
    GazetteerEntry("per:vladimir-putin", _R, nl=("Vladimir Poetin",), en=("Vladimir Putin",)),
    GazetteerEntry("per:antonio-guterres", _R, en=("António Guterres", "Antonio Guterres")),
    GazetteerEntry("per:mark-rutte", _R, en=("Mark Rutte",)),
)

_DETERMINERS = ("de ", "het ", "the ", "een ", "a ", "an ")


_SPACES_AND_HYPHENS = re.compile(r"[\s-]+")


def _person_key(name: str) -> str:
    return _SPACES_AND_HYPHENS.sub("", name.casefold())


@lru_cache(maxsize=1)
def _people_index() -> tuple[dict[str, GazetteerEntry], dict[str, GazetteerEntry]]:
    full: dict[str, GazetteerEntry] = {}
    last: dict[str, GazetteerEntry] = {}
    for e in PEOPLE:
        for name in e.names:
            full.setdefault(_person_key(name), e)
            words = name.split(" ")
            korean = words[0] in ("Kim", "Ri", "Choe", "Moon", "Yoon", "Park", "Lee", "Kang", "Ban")
            if not korean and len(words) > 1:
                last.setdefault(words[-1].casefold(), e)
    return full, last


_KNOWN_PEOPLE: dict[str, GazetteerEntry | None] = {}


def known_person(name: str) -> GazetteerEntry | None:
    """The :data:`PEOPLE` entry for a full name in any spelling ("Kim Jong Un"), or None."""
    if name in _KNOWN_PEOPLE:
        return _KNOWN_PEOPLE[name]  # names recur: cached
    found = _people_index()[0].get(_person_key(name))
    if len(_KNOWN_PEOPLE) > 50_000:
        _KNOWN_PEOPLE.clear()
    _KNOWN_PEOPLE[name] = found
    return found


def known_surname(word: str) -> GazetteerEntry | None:
    """The :data:`PEOPLE` entry whose (non-Korean) surname is *word* ("Trump"), or None."""
    return _people_index()[1].get(word.casefold())


_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def _abbreviation_forms(value: str) -> bool:
    return sum(c.isupper() for c in value) >= max(2, len(value.replace(".", "")) - 1)


@lru_cache(maxsize=1)
def _indexes() -> tuple[
    dict[str, GazetteerEntry], dict[str, GazetteerEntry], set[str], dict[str, str], re.Pattern[str]
]:
    exact: dict[str, GazetteerEntry] = {}
    folded: dict[str, GazetteerEntry] = {}
    metonyms: set[str] = set()
    adjectives: dict[str, str] = {}
    forms: list[str] = []
    for e in ENTRIES:
        for name in e.names:
            exact.setdefault(name, e)
            forms.append(name)
            if not _abbreviation_forms(name) and name not in e.abbreviations:
                folded.setdefault(name.casefold(), e)
        metonyms.update(e.metonyms)
        for adj in e.adjectives:
            adjectives.setdefault(adj.casefold(), e.id)
    forms.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    return exact, folded, metonyms, adjectives, pattern


@lru_cache(maxsize=1)
def _by_id() -> dict[str, GazetteerEntry]:
    return {e.id: e for e in (*ENTRIES, *PEOPLE)}


def entry(entry_id: str) -> GazetteerEntry:
    """The entry with *entry_id*; raises :class:`KeyError` when there is none."""
    return _by_id()[entry_id]


_LOOKUPS: dict[str, GazetteerEntry | None] = {}


def lookup(phrase: str) -> GazetteerEntry | None:
    """The entry *phrase* names ("de VS", "the White House", "Pyongyang"), or None.

    A leading article and a possessive ``'s`` are ignored; full names match
    case-insensitively, abbreviations only as written.
    """
    if phrase in _LOOKUPS:
        return _LOOKUPS[phrase]  # phrases recur: the same names, article after article
    exact, folded, _, _, _ = _indexes()
    name = phrase.strip()
    low = name.casefold()
    for det in _DETERMINERS:
        if low.startswith(det):
            name = name[len(det) :].lstrip()
            low = name.casefold()
            break
    name = _POSSESSIVE.sub("", name)
    found = exact.get(name) or folded.get(name.casefold())
    if len(_LOOKUPS) > 50_000:
        _LOOKUPS.clear()
    _LOOKUPS[phrase] = found
    return found


def is_metonym(name: str) -> bool:
    """True when *name* is a metonym in the gazetteer ("Pyongyang", "Washington")."""
    return name in _indexes()[2]


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    from importlib.resources import files

    text = files("koreanews").joinpath("data").joinpath("places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_place_name(name: str) -> bool:
    """True for the name of a US state or a larger city ("Texas", "Hilversum", "Lagos").

    Besides the gazetteer's entries: US states, the cities of the Netherlands and
    Belgium with at least 15,000 inhabitants and the cities of the world with at least a
    million (GeoNames data, CC BY 4.0, built into ``koreanews/data/places.txt`` by
    ``tools/build_places.py``).  The entities stage takes such a name for no person
    unless a given name, a title or an apposition says otherwise.
    """
    return name in _place_names()


def country_of_adjective(word: str) -> str | None:
    """The country id of a nationality adjective ("Amerikaanse" -> ``gpe:united-states``)."""
    return _indexes()[3].get(word.casefold())


_FIRST_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[tuple[str, GazetteerEntry, bool], ...]]:
    """First word -> (name, entry, metonym) of every name it starts, longest name first."""
    exact, _, metonyms, _, _ = _indexes()
    index: dict[str, list[str]] = {}
    for e in ENTRIES:
        for name in e.names:
            m = _FIRST_WORD.match(name)
            if m is not None:
                word = _POSSESSIVE.sub("", m.group(0).rstrip("-"))
                index.setdefault(word, []).append(name)
    return {
        w: tuple((f, exact[f], f in metonyms) for f in sorted(set(forms), key=len, reverse=True))
        for w, forms in index.items()
    }


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first words of every gazetteer name (what :func:`match_at` can start on)."""
    return frozenset(_by_first_word())


def _name_at(text: str, start: int, word: str) -> tuple[str, GazetteerEntry, bool] | None:
    """(name, entry, metonym) of the longest gazetteer name in *text* at *start*, or None:
    :func:`match_at` without building the match (the entities stage calls it per word)."""
    forms = _by_first_word().get(word)
    if forms is None:
        return None
    n = len(text)
    for found in forms:
        form = found[0]
        if text.startswith(form, start):
            end = start + len(form)
            if end < n and (text[end].isalnum() or text[end] in "-_"):
                continue
            return found
    return None


def match_at(text: str, start: int, word: str) -> GazetteerMatch | None:
    """The longest gazetteer name in *text* at *start*, where the word *word* begins.

    *word* is the first word without a possessive ``'s`` ("Korea" in "Korea's").

    A fast alternative to :func:`find_all` for a caller that has already split
    the text into words.
    """
    found = _name_at(text, start, word)
    if found is None:
        return None
    form, entry, metonym = found
    return GazetteerMatch(entry, Span(start, start + len(form)), form, metonym)


def find_all(text: str, start: int = 0, end: int | None = None) -> Iterator[GazetteerMatch]:
    """Every gazetteer name in ``text[start:end]``, longest match first, left to right."""
    exact, _, metonyms, _, pattern = _indexes()
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        name = m.group(0)
        yield GazetteerMatch(exact[name], Span(m.start(), m.end()), name, name in metonyms)
