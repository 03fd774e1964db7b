"""Person names: Korean name normalisation, comparison keys and surnames.

Korean names are written family name first, the given name hyphenated, spaced
or joined, with varying capitals: "Kim Jong-un", "Kim Jong Un", "Kim Jong-Un",
"Kim Jongun" and even "Kim-Jong-un" are one person.
:func:`normalise_korean_name` maps all of them to one form, :func:`name_key`
gives a comparison key for any name, and :func:`same_person` tells whether two
names can refer to the same person ("Pence" and "Mike Pence").

>>> normalise_korean_name("Kim Jong Un") == normalise_korean_name("Kim Jong-un")
True
>>> normalise_korean_name("Kim Jongun")
'Kim Jongun'
>>> name_key("Ri Yong Ho") == name_key("Ri Yong-ho")
True
>>> same_person("Pence", "Mike Pence"), same_person("Kim Yo-jong", "Kim Jong-un")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import attrs

__all__ = [
    "COMMON_GIVEN_NAMES",
    "FAMILY_NAME_FIRST",
    "FEMALE_GIVEN_NAMES",
    "MALE_GIVEN_NAMES",
    "KoreanName",
    "is_korean_syllables",
    "name_key",
    "normalise_korean_name",
    "parse_korean_name",
    "same_person",
    "surname_keys",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Family names of Korea (South and North romanisations) and a few of China,
#: written before the given name.
FAMILY_NAME_FIRST: frozenset[str] = _words(
    """
    Kim Gim Lee Yi Ri Rhee Rhie Park Pak Bak Choi Choe Choy Chey Jung Jeong Chung Chong
    Kang Gang Cho Jo Joh Yoon Yun Jang Chang Lim Im Rim Han Oh O Seo Suh So Shin Sin Kwon
    Gwon Hwang Ahn An Song Jeon Jun Chun Cheon Hong Yoo Yu Ryu Ryoo Ko Koh Go Moon Mun Yang
    Ryang Son Sohn Bae Pae Baek Paek Paik Heo Hur Ho Nam Noh Roh No Ro Ha Kwak Sung Seong
    Cha Joo Ju Chu Choo Woo U Min Na Ra Jin Chin Ji Chi Um Eom Won Chae Pyo Byun Byeon
    Pyon Gil Kil Yeo Do Tak Ban Pang Bang Gong Kong Maeng Hyun Hyeon Goh Seok Sok Ok Myung
    Myong Wang Pyun Yeom Yom Hahm Ham Kye Gye Jeung Tae Sun Kal Gal Ma Yuk Bong Pong Sim Shim
    Yeon Yon Hyon Jegal Namgung Sagong Seonwoo Xi Li Hu Wen Mao Deng Zhou Zhang Liu Chen
    Wang Zhao Huang Jiang
    """
)

#: Common given names across languages (per-language lists live in the language profiles).
COMMON_GIVEN_NAMES: frozenset[str] = _words(
    """
    Mike Michael Donald Joe Joseph Barack Hillary Bill George John James Jim Rex Mark Marco
    Nikki Kamala Antony Anthony Jake Lloyd Rex Steve Steven Stephen Sean Sarah Susan Robert
    Bob Richard Thomas Tom David Daniel Peter Paul Andrew Chris Christopher Matthew Jeff
    Jeffrey Kevin Brian Eric Scott Doug Douglas Ted Dennis Jimmy Jared Ivanka Melania Nancy
    Chuck Mitch Lindsey Elizabeth Mary Anne Ann Jane Kate Emily Laura Lisa Jennifer Michelle
    Victor Vladimir Sergei Sergey Dmitry Boris Angela Olaf Emmanuel Theresa Justin Antonio
    Kofi Alejandro Philippe Francois François Jean Pierre Jacques Shinzo Taro Fumio
    Yoshihide Yoshimasa Junichiro Yukio Naoto Fumio Toshimitsu Itsunori Jens Ursula Charles
    William Harry Leon Ben Benjamin Martin Alexander Frank Hans Karl Carl Max Henry
    Ronald Gerald Harold Jerome Madeleine Condoleezza Colin Dick Rudy Rudolph Samantha Nikolai
    Hassan Ali Mohammed Muhammad Recep Narendra Rodrigo Ferdinand Joko Jacinda Malcolm Tony
    Gordon Keir Rishi Liz Volodymyr
    """
)

#: Further given names common in Dutch, Flemish and international news, with gender (names
#: that are also common words or places, "Hoop", "Jordan", "Florence", are left out).
_MORE_FEMALE = _words(
    """
    Aafke Aaltje Adriana Agnes Aisha Alexandra Alida Amber Amina Anita Anja Anke Anna
    Annemarie Annemieke Anneke Annet Annette Annick Annika Annie Anouk Antje Ariane Astrid
    Barbara Bea Beatrice Bianca Birgit Brenda Bregje Bridget Brigitte Britt Carla Carlijn
    Carmen Carolien Caroline Cathy Cecile Charlotte Chantal Christa Christel Christina
    Christine Claire Clara Claudia Conny Corine Corinne Cynthia Daniëlle Danielle Daphne
    Debby Denise Diana Dianne Dominique Dorien Doris Dorothy Edith Eline Elise Elisabeth
    Ellen Els Elsa Elske Emily Emine Erica Erika Esmee Eva Evelien Evelyn Fatima Fatma
    Fenna Francesca Francine Frederike Gabriëlle Gabriela Gerda Geertje Gertrude Gisela
    Greet Greta Gwen Hanna Hannah Hanneke Heleen Helga Hélène Henriette Hester Hilde Ilse
    Ina Ineke Ingrid Iris Irene Isabel Isabelle Jacqueline Janet Janine Jeanette Jeanine
    Jennifer Jessica Jolanda Joke Josephine Julia Juliette Karina Katja Katrien Kirsten
    Lara Lena Liesbeth Lieke Lilian Linda Lisa Lisette Lucia Lucy Machteld Madelon Maria
    Marieke Mariëtte Marianne Marie Marina Marion Marja Marjan Marjolein Marleen Marloes
    Marsha Martha Martina Mathilde Meryem Mieke Milou Miranda Mirjam Monica Monique Nadia
    Nadine Nancy Naomi Natalie Nathalie Nicole Nina Noor Nora Olga Paula Pauline Petra Pia
    Priscilla Rachel Rebecca Renate Rianne Rita Ria Rosa Rosalie Ruth Sabine Sandra Sanne
    Sara Saskia Silvia Simone Sofie Sonja Sophia Stephanie Susanne Suzanne Tamara Tanja
    Tessa Thea Trudy Ulla Valerie Vera Veronique Wendy Wilma Yasmina Yasmine Yvonne Zeynep
    Zoë
    """
)
_MORE_MALE = _words(
    """
    Aad Abdel Abdelkader Adam Adrian Adriaan Ahmed Alain Albert Alex Alexandre Alfred Ali
    Andreas André Andries Antoine Arie Arjen Arjan Arnold Arnoud Arthur Bas Bastiaan
    Bernard Bernd Bert Bob Boudewijn Bram Brent Bruno Carlos Casper Cees Christiaan
    Christophe Claude Coen Cor Cornelis Danny Daan Dave Dick Diederik Dimitri
    Dirk Dolf Dominic Dries Edwin Eddy Edgar Eduard Emiel Emile Erwin Ewout Felix Ferdinand
    Floris Francis Frank Frederik Gerard Gerben Gerrit Gert-Jan Gijs Gilles Gustaaf Guus
    Hamza Harold Hendrik Henri Hidde Hubert Huib Ibrahim Jaap Jacob Jakob Jannes
    Jasper Jelle Jens Jeroen Jochem Joep Johannes Jonas Jonathan Joop Jordi Jorg Joris Jos
    José Julien Jurgen Jürgen Karim Kevin Kobe Laurens Lars Leo Leon Lennart Louis Lucas
    Ludo Luuk Maarten Marco Mario Marius Martijn Mathieu Mathijs Matthias Maurice Mehmet
    Melvin Menno Michel Michiel Milan Mohamed Mustafa Nick Nico Niels Noah Olivier Omar
    Oscar Otto Pascal Patrick Paolo Pim Quinten Rafael Ramon Raymond Rémy René Rick Rik
    Roberto Robin Roel Roland Ronald Roy Ruben Rudi Rudolf Sam Sebastiaan Sebastian Sem
    Serge Sjoerd Simon Stan Stefan Teun Thijs Thomas Tim Timo Tijs Tobias Twan Walter
    Wessel Wilfried Wilco Wouter Xavier Yannick Yusuf Youssef Zakaria
    """
)

#: Given names that tell a woman; used to resolve "she" and "zij".
FEMALE_GIVEN_NAMES: frozenset[str] = _MORE_FEMALE | _words(
    """
    Hillary Nikki Kamala Sarah Susan Mary Anne Ann Jane Kate Emily Laura Lisa Jennifer
    Michelle Angela Theresa Ursula Elizabeth Nancy Lindsey Ivanka Melania Madeleine
    Condoleezza Samantha Jacinda Liz Margaret Victoria Caroline Sophie Sigrid Kajsa Hadja
    Annelies Petra Tinne Hilde Freya Zuhal Meyrem Dilan Femke Esther Ank Jet Fleur Mathilde
    Beatrix Amalia Els Inge Lilianne Alice Amy Barbara Betsy Carol Catherine Debbie Diana Emma
    Gina Helen Jessica Jill Joan Julia Karen Katie Kelly Linda Maxine Megan Rachel Ruth Sandra
    Stephanie Wendy Astrid Kristi Tulsi Marine Giorgia Yoko Yuriko Sanae
    """
)

#: Given names that tell a man; used to resolve "he" and "hij".
MALE_GIVEN_NAMES: frozenset[str] = _MORE_MALE | _words(
    """
    Mike Michael Donald Joe Joseph Barack Bill George John James Jim Rex Mark Marco Antony
    Anthony Jake Lloyd Steve Steven Stephen Sean Robert Bob Richard Thomas Tom David Daniel
    Peter Paul Andrew Chris Christopher Matthew Jeff Jeffrey Kevin Brian Eric Scott Doug
    Douglas Ted Dennis Jimmy Jared Chuck Mitch Victor Vladimir Sergei Sergey Dmitry Boris Olaf
    Emmanuel Justin Antonio Kofi Alejandro Philippe Francois François Jean Pierre Jacques
    Shinzo Taro Fumio Yoshihide Jens Charles William Harry Leon Ben Benjamin Martin Alexander
    Frank Hans Karl Carl Max Henry Ronald Gerald Harold Jerome Colin Dick Rudy Nikolai Hassan
    Mohammed Muhammad Recep Narendra Rodrigo Ferdinand Joko Malcolm Tony Gordon Keir Rishi
    Volodymyr Jan Piet Pieter Bart Geert Wopke Hugo Joost Jesse Frans Koen Elio Willem Ruud
    Herman Guy Yves Theo Hans Karel Kees Wim Jeroen Rob Gerrit Johan Stef Lieven Vincent Dirk
    Bert Lodewijk Henk Gert Thierry Rutger Job Sander Stijn Maarten Ivo Joris Marc Luc Erik
    Sven Kris Wouter Conner Filip Jozef
    """
)


def _census_names(
    name: str = "given_names.tsv",
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(all, female, male) first names of the 1990 US Census list shipped in
    ``koreanews/data/given_names.tsv`` (public domain; built by
    ``tools/build_given_names.py``), or of another list in that shape: the names
    common in the Netherlands, Belgium, Germany, France, Poland, Turkey and the Arab
    world in ``given_names_world.tsv`` (GNU FDL; built by
    ``tools/build_world_given_names.py``)."""
    from importlib.resources import files

    text = files("koreanews").joinpath("data").joinpath(name).read_text("utf-8")
    every: set[str] = set()
    female: set[str] = set()
    male: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, sex = line.partition("\t")
        every.add(name)
        if sex == "f":
            female.add(name)
        elif sex == "m":
            male.add(name)
    return frozenset(every), frozenset(female), frozenset(male)


# Korean family names that are English given names too ("Kim", "Lee") stay family names.
_CENSUS, _CENSUS_FEMALE, _CENSUS_MALE = (s - FAMILY_NAME_FIRST for s in _census_names())
# The hand-kept lists decide where they and the census disagree.
COMMON_GIVEN_NAMES = COMMON_GIVEN_NAMES | _CENSUS
FEMALE_GIVEN_NAMES = FEMALE_GIVEN_NAMES | (_CENSUS_FEMALE - MALE_GIVEN_NAMES)
MALE_GIVEN_NAMES = MALE_GIVEN_NAMES | (_CENSUS_MALE - FEMALE_GIVEN_NAMES)
# The names of the Dutch language area and of its larger migrant groups ("Joost",
# "Lotte", "Mehmet", "Fatima", "Tomasz") come last: both lists above decide a sex.
_WORLD, _WORLD_FEMALE, _WORLD_MALE = (
    s - FAMILY_NAME_FIRST for s in _census_names("given_names_world.tsv")
)
_GENDERED = FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES
COMMON_GIVEN_NAMES = COMMON_GIVEN_NAMES | _WORLD
FEMALE_GIVEN_NAMES = FEMALE_GIVEN_NAMES | (_WORLD_FEMALE - _GENDERED - _CENSUS)
MALE_GIVEN_NAMES = MALE_GIVEN_NAMES | (_WORLD_MALE - _GENDERED - _CENSUS)

_SYLLABLE = (
    r"(?:wh|[ckgtp]h|kk|tt|pp|ss|jj|ch|sh|ts|[gkndtrlmbpsjhfvz])?"
    r"[yw]?(?:ae|eo|eu|oe|ui|oo|ee|ou|ei|ai|a|e|i|o|u)"
    r"(?:ng|nh|hn|lk|ck|n|m|l|k|p|t|r|b|g|h)?"
)
_ONE = re.compile(_SYLLABLE)
_TWO = re.compile(f"(?:{_SYLLABLE}){{2}}")
_ONE_OR_TWO = re.compile(f"(?:{_SYLLABLE}){{1,2}}")
_SPACE = re.compile(r"\s+")
_INITIAL = re.compile(r"[^\W\d_]\.?")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_PARTICLES = _words(
    "van de der den ter ten te het 't in op von da di del della la le du des bin al el dos das"
    " vander vanden vande"
)


def is_korean_syllables(word: str, count: int | None = None) -> bool:
    """True when *word* reads as *count* romanised Korean syllables (1 or 2 when None).

    >>> is_korean_syllables("jongun", 2), is_korean_syllables("Yong"), is_korean_syllables("Avenue")
    (True, True, False)
    """
    w = word.casefold()
    if count == 1:
        return _ONE.fullmatch(w) is not None
    if count == 2:
        return _TWO.fullmatch(w) is not None
    return _ONE_OR_TWO.fullmatch(w) is not None


@attrs.frozen
class KoreanName:
    """A Korean name split into family name and given-name syllables."""

    family: str
    #: The given name's syllables as written ("Jong", "un").
    syllables: tuple[str, ...]

    @property
    def given(self) -> str:
        """The given name in the usual hyphenated form ("Jong-un")."""
        parts = [s.lower() for s in self.syllables]
        return "-".join(parts).capitalize()

    @property
    def key(self) -> str:
        """A comparison key: family and given name joined, lower case ("kim jongun")."""
        return f"{self.family.casefold()} {''.join(self.syllables).casefold()}"


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold()  # nothing to strip: no Python-level work per character
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _clean(name: str) -> str:
    name = _POSSESSIVE.sub("", _SPACE.sub(" ", name.strip()))
    if "’" in name or "‘" in name:  # "van ’t Oever" is "van 't Oever"
        name = name.replace("’", "'").replace("‘", "'")
    return name


@lru_cache(maxsize=8192)
def parse_korean_name(name: str) -> KoreanName | None:
    """Split a Korean name into family name and syllables, or None when it is not one.

    Accepts "Kim Jong-un", "Kim Jong Un", "Kim Jong-Un", "Kim Jongun" and
    "Kim-Jong-un"; the family name must be a known one (:data:`FAMILY_NAME_FIRST`).

    >>> parse_korean_name("Shin Tae Yong").given
    'Tae-yong'
    >>> parse_korean_name("Mike Pence") is None
    True
    """
    name = _clean(name)
    if " " in name:
        family, _, rest = name.partition(" ")
        parts = rest.replace("-", " ").split(" ")
    else:
        pieces = name.split("-")
        if len(pieces) < 2:
            return None
        family, parts = pieces[0], pieces[1:]
    if family not in FAMILY_NAME_FIRST and family.capitalize() not in FAMILY_NAME_FIRST:
        return None
    if not parts or len(parts) > 2 or not parts[0][:1].isupper():
        return None
    if len(parts) == 1:
        if not is_korean_syllables(parts[0], 2):
            return None
        return KoreanName(family, (parts[0],))
    if not all(p and is_korean_syllables(p, 1) for p in parts):
        return None
    return KoreanName(family, (parts[0], parts[1]))


def normalise_korean_name(name: str) -> str:
    """One form for every spelling of a Korean name: family name and joined given name.

    "Kim Jong-un", "Kim Jong Un", "Kim Jong-Un", "Kim Jongun" and "Kim-Jong-un"
    all give ``"Kim Jongun"``.  A name that is not Korean comes back with its
    spaces collapsed and a possessive ``'s`` removed.

    >>> normalise_korean_name("Kim Jong-Un")
    'Kim Jongun'
    >>> normalise_korean_name("Mike  Pence")
    'Mike Pence'
    """
    korean = parse_korean_name(name)
    if korean is None:
        return _clean(name)
    given = "".join(korean.syllables).lower().capitalize()
    return f"{korean.family.capitalize()} {given}"


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """A comparison key for any person name: case, accents, middle initials and
    Korean spelling folded.

    >>> name_key("Kim Jong Un") == name_key("kim jong-un")
    True
    >>> name_key("Alejandro Cao de Benós")
    'alejandro cao de benos'
    >>> name_key("Donald J. Trump") == name_key("Donald Trump")
    True
    """
    korean = parse_korean_name(name)
    if korean is None and name.islower():
        # The Korean pattern reads capitals; a key folds case, so try the capitalised form.
        korean = parse_korean_name(name.title())
    if korean is not None:
        return _fold(korean.key)
    words = _clean(name).split(" ")
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]]
    return _fold(" ".join(words))


@lru_cache(maxsize=8192)
def surname_keys(name: str) -> tuple[str, ...]:
    """Keys of the shorter forms that can stand for *name* in the same article.

    For a Korean name: the family name and the given name alone ("kim",
    "yojong"); otherwise every tail of the name that starts with a capital or a
    particle ("bart de wever" -> "de wever", "wever").

    >>> surname_keys("Kim Yo-jong")
    ('kim', 'yojong')
    >>> surname_keys("Bart De Wever")
    ('de wever', 'wever')
    """
    korean = parse_korean_name(name)
    if korean is not None:
        return (_fold(korean.family), _fold("".join(korean.syllables)))
    words = _clean(name).split(" ")
    keys: list[str] = []
    for i in range(1, len(words)):
        if words[i - 1].casefold() in _PARTICLES and words[i - 1][:1].islower():
            continue  # "Cao de Benós": "de Benós" alone is not used, "Benós" is
        keys.append(_fold(" ".join(words[i:])))
    return tuple(keys)


def same_person(a: str, b: str) -> bool:
    """True when names *a* and *b* can refer to the same person.

    Equal keys (Korean spellings folded) or one name a surname form of the other.

    >>> same_person("Kim Jong Un", "Kim Jong-un"), same_person("De Wever", "Bart De Wever")
    (True, True)
    """
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    return ka in surname_keys(b) or kb in surname_keys(a)
