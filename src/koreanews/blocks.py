"""Split the article body into paragraphs, headings, boilerplate and captions.

The body (everything after the ``date`` header) is cut into lines; lines that
were hard-wrapped inside a sentence are joined again.  Each line then goes
through three steps:

1. *Glued boilerplate* is peeled off its start and end: a photo caption that
   ends in its credit in parentheses, datelines (``SEOUL (AFP) -``), dates and
   time stamps (with a comment counter and a place: ``17u28 0 Leuven``), a stamp
   read token by token (``Posted: 4 May 2021, 09:12``), bylines, credits and
   agencies before a sentence (``By Jane Doe The ...``, ``Foto: ANP De ...``),
   ``Bron: Belga 0``, reporter tags (``(ABC)``), ``(read more)``, photo credits.
2. The rest is classified: a whole line of boilerplate or a caption (patterns
   from the language profile plus a few language-neutral ones defined here),
   a heading (short, capitalised, no final punctuation), a paragraph, or a
   subheading glued to the start of a paragraph (``Reactie De verliezers ...``).
3. The position decides the rest: a short name line under the headline is a
   byline, heading-like lines after the last paragraph and a repeated headline
   are boilerplate, a long heading and a short blurb that end the article are a
   teaser, and a comment section ("Leave a Reply") ends the article.

The rules in brief:

* Whole-line boilerplate: ad markers, "Lees ook"/"Read more" links, bylines
  ("Door Jan Smit", "Van onze correspondent ...", "By Jane Doe, AP",
  "From our correspondent in Seoul"), dates and time stamps alone, sources,
  copyright and photo credits, share and comment widgets, bare counters, links,
  handles, all-capitals labels ("VIDEO").  Per-language patterns are data in the
  language profile; the language-neutral ones are defined here.
* Captions: a line ending in a credit ("Foto: AFP", "... Seoul. Kim Lee/AFP"); a
  sentence of a paragraph that repeats a caption's is cut out of the paragraph.
* Heading: a short capitalised line without final punctuation (at most 14 words
  in the body, 32 for the headline), not a run of function words (a quotation that
  fills the line may be); lines of that shape that follow each other are a list,
  not headings.  A subheading glued to a paragraph ends where a capitalised function
  word, sentence opener ("Toch", "Several") or a word the article writes in lower
  case elsewhere opens the first sentence.
* Headline zone (before the first paragraph): the first heading is the headline
  (a name-like line of a few words above it, such as the site's name, is a
  kicker); so is the first line over a byline or stamp line, however long (unless
  it ends in a full stop), and a heading glued to the lead, or to a dateline,
  byline or stamp before it.
  Metadata glued to its end is split off piece by piece: a date or stamp, a byline
  ("Door Ria Kok", a name after a closing quote or a question), the site's name
  after a bar, a word of boilerplate ("Redactie") or reporter initials.  Initials
  are a last token of two to five letters that is not a function word and either
  has no vowel ("mvdb", "kv"; listed vowel-less words such as "tv" excepted) or
  follows a closing quotation mark while the next line is a date or time stamp
  ("ADN"), or is in capitals over a date or time stamp and not written again in
  the article (an abbreviation such as "KLM" is).
* After a "Lees ook"/"Related" label up to three headline-like lines are links.

Every non-whitespace character of the body lies in exactly one block, and every
block's text is ``text[block.span.start:block.span.end]``.  The patterns of each
category are joined into one regular expression, compiled once per language; a
few language-neutral rules that read a whole line before they fail are kept apart
and tried only on lines that hold the character they need (a "|", a "/", a
closing parenthesis) or start like a date; the caption and glued-suffix rules
of the profile are tried only on lines that hold a word every match of them
holds, read from the parsed rules ("foto", "beeld"), or a character of a class
every match needs ("»" of a breadcrumb trail); the anchored whole-line rules are
tried only as far as the line's first character allows, read from the parsed rules
too.  The work is linear in the length of the text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from functools import cache
from itertools import islice, pairwise
from typing import Any

import attrs

from ._context import Context
from .lang import LanguageProfile, get_profile, supported_languages
from .models import Block, BlockKind, Span

__all__ = ["split_blocks"]

# The regular-expression parser of the standard library is private: the gates below are
# an optimisation only, and without it (another Python) every rule simply runs.
_sre_parser: Any
_sre_constants: Any
_sre_compiler: Any
try:
    if sys.version_info >= (3, 11):
        from re import _compiler as _sre_compiler
        from re import _constants as _sre_constants
        from re import _parser as _sre_parser
    else:  # pragma: no cover
        import sre_compile as _sre_compiler
        import sre_constants as _sre_constants
        import sre_parse as _sre_parser
except ImportError:  # pragma: no cover
    _sre_parser = _sre_constants = _sre_compiler = None

# -- language-neutral patterns -------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_DASH = r"(?:--?|–|—)"

#: A date with an optional time and an empty "()": "14 februari 2018, 09:12", "2018-02-14 ()".
_DATE_STAMP = r"<DATE>(?:[ \t]*[,|/•·–-]?[ \t]*(?:(?:om|at)[ \t]+)?<TIME>)?(?:[ \t]*\(\))?"
#: A line that is only a date or time stamp (the line under a headline on news sites).
_STAMP_LINES: tuple[str, ...] = (
    # time stamp, optionally followed by a comment counter: 02u14, 21:24, "00u00 0"
    r"<TIME>(?:[ \t]+\d{1,5})?",
    # a date alone, with an optional time and an empty "()" or counter
    _DATE_STAMP + r"(?:[ \t]+\d{1,5})?",
    # a day and month with a time: "4 mei 09:12", "May 4, 9:12 am"
    r"<DAY_MONTH>[ \t]*,?[ \t]*(?:(?:om|at)[ \t]+)?<TIME>",
    # a day and month alone: "4 mei", "May 4"
    "<DAY_MONTH>",
)

#: News and photo agencies, named the same in every language.
_AGENCIES = (
    r"(?:the )?(?:reuters|associated press|bloomberg|yonhap(?: news agency)?|belga|anp|afp|ap"
    r"|dpa|efe|kcna|novum|getty images|epa(?:-efe)?|xinhua|press association|pa media)"
)
#: Social networks and share buttons, named the same in every language.
_NETWORKS = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|mail|messenger|reddit|pinterest|telegram"
    r"|print|copy link|flipboard|bluesky|threads|instagram|tiktok|youtube|delicious|digg"
    r"|stumbleupon)"
)
#: Whole lines that are boilerplate whatever the language (and so are ``_STAMP_LINES``,
#: ``_PIPE_LINES`` and ``_SLASH_LINES``).
_NEUTRAL_LINES: tuple[str, ...] = (
    # a bare number (comment or share counter)
    r"\d{1,6}",
    # copyright and photo credit marks
    r"(?:©|ⓒ|Ⓒ|\(c\)[ \t]|copyright\b).{0,200}",
    # a link or promotion in square brackets
    r"\[[^\[\]\n]{1,300}\]",
    # a bare link, handle or hashtag
    r"(?:https?://|www\.)\S+",
    r"[@#]\w+(?:[ \t]+[@#]\w+){0,8}",
    # an e-mail address alone
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    # a news agency alone, or in parentheses (a reporter's name and the agency are
    # ``_AGENCY_BYLINES``): "(Belga)"
    rf"{_AGENCIES}|\({_AGENCIES}\)",
    # the signature of an embedded tweet: "— Kim (@kim) February 14, 2018"
    r"(?:—|–|-{1,2})[ \t]*[^\n]{1,80}\(@\w{1,30}\)[ \t]*<DATE>",
    # a single all-capitals word: section label or agency ("VIDEO", "HLN", "ANP /upday")
    rf"(?-i:[{_UPPER}][{_UPPER}0-9&]{{1,11}})(?:[ \t]*/[ \t]*\w+)?(?:\.{{2,3}}|…)?",
    # ... or in parentheses: "(END)", "(MORE)"
    rf"\((?-i:[{_UPPER}][{_UPPER}0-9&]{{1,11}})\)",
    # the site's address alone: "nu.nl", "www.example.com/nieuws"
    r"(?:[\w-]{1,40}\.){1,3}(?:nl|be|com|org|net|co\.uk|uk|eu|de|fr|news|info|tv)(?:/\S{0,80})?",
    # a dateline alone on its line: "SEOUL, June 19 (Yonhap) --", "LONDON (Reuters) -"
    "<DATELINE>",
    # a breadcrumb trail: "Home » News » Local", "Home > Nieuws"
    r"[^\n»›>]{1,30}(?:[ \t]*[»›>][ \t]*[^\n»›>]{1,30}){1,6}",
    # a row of share buttons: "Facebook Twitter WhatsApp E-mail", or one alone on its line
    rf"{_NETWORKS}(?:[ \t,|•·/]+{_NETWORKS}){{1,10}}",
    r"facebook|twitter|whatsapp|messenger|linkedin|e-?mail|pinterest|telegram|reddit|flipboard"
    r"|bluesky",
)

#: A dateline before the lead, in capitals or with an agency: "SEOUL -", "MOSCOW, July 7
#: (Reuters) -", "BRIDGEWATER, N.J. --", "Seoul (AFP) -", "HILVERSUM (ANP).".
_DATELINES: tuple[str, ...] = (
    rf"(?-i:(?:['’][sS]-)?[{_UPPER}][{_UPPER}'’.]{{2,}}(?:[ /-][{_UPPER}][{_UPPER}'’.]+){{0,3}})"
    rf"(?:,[ \t]+[^\n()–—]{{1,24}}?)?(?:[ \t]+\([^()\n]{{1,30}}\))?[ \t]+{_DASH}",
    rf"(?-i:[{_UPPER}][\w'’.-]+(?:[ ][{_UPPER}][\w'’.-]+){{0,2}})[ \t]+"
    rf"\((?-i:[{_UPPER}][\w/ .&-]{{1,25}})\)[ \t]+{_DASH}",
    rf"(?-i:[{_UPPER}][{_UPPER}'’.]{{2,}}(?:[ -][{_UPPER}][{_UPPER}'’.]+){{0,3}})[ \t]+"
    rf"\((?-i:[{_UPPER}][\w/ .&-]{{1,25}})\)[.:]",
)
#: A dateline in title case at the start of the first paragraph: "Brussel - De minister ...",
#: "Seoul, 3 mei (Belga) – ...".  Tried only on the lead, where nothing else starts so.
_LEAD_DATELINE = re.compile(
    rf"(?:(?-i:(?:'s|’s)-)?(?-i:[{_UPPER}][^\W\d_]+(?:[ /-][{_UPPER}][^\W\d_]+){{0,2}})"
    rf"(?:,[ \t]+[^\n,()–—-]{{1,25}}?)?(?:[ \t]+\([^()\n]{{1,30}}\))?"
    # or the agency alone: "(ANP) - De politie ..."
    rf"|\((?-i:[{_UPPER}][\w/ .&-]{{1,25}})\))[ \t]+{_DASH}"
    rf"(?=[ \t]+[\"“‘„'{_UPPER}])"
)
#: A news or photo agency glued to the start of the lead after other glued boilerplate
#: ("Bron: Belga 1 AFP Noord-Korea ..."), or alone after the last sentence of a caption.
_AGENCY = (
    r"(?:AFP|AP|ANP|Belga|BELGA|Reuters|REUTERS|EPA(?:-EFE)?|dpa|Yonhap(?: News)?|Xinhua|KCNA"
    r"|Getty(?: Images)?|Shutterstock|Bloomberg|Photo News|Hollandse Hoogte|ImageGlobe|Novum)"
)
_AGENCY_WORD = re.compile(_AGENCY)
_AGENCY_PREFIX = re.compile(rf"{_AGENCY}(?=[ \t]+[{_UPPER}])")
#: A caption that ends in its credit: "... in Seoul on Monday. Yonhap", "... AFP/Getty".
_AGENCY_TAIL = re.compile(
    rf"(?<=[.!?\"”’'])[ \t]+{_AGENCY}(?:[ \t]*/[ \t]*[\w .&-]{{1,30}}|[ \t]+via[ \t]+{_AGENCY})?"
    r"[ \t]*$"
)
#: A caption line ends in an agency within this many characters.
_AGENCY_TAIL_WINDOW = 60
#: A caption glued to the start of a paragraph ends within this many characters, before
#: a sentence of at least ``_GLUED_MIN_LEAD`` words that opens with a capital.
_CAPTION_WINDOW = 320
_GLUED_TEXT = re.compile(rf"[ \t]+[\"“„‘«']?[{_UPPER}](?:\S*[ \t]+){{5}}")
#: A line with a caption marker or an agency at its end is a caption up to this size.
_CAPTION_MAX_WORDS = 80
#: A caption that ends in a copyright mark and its credit: at most this many words before
#: the mark, at most this many in the credit.
_COPYRIGHT_CAPTION_MAX_WORDS = 30
_CREDIT_MAX_WORDS = 6
_CAPTION_MAX_SENTENCES = 3

# The rules below read the whole line before they fail; they are tried only on the lines
# that hold the character they need ("|", "/"), or that start like a date or time stamp.

#: A reporter's name and the agency: "Jane Doe, Associated Press", "Ria Kok / ANP" (tried
#: only on a short line with a separator).
_AGENCY_BYLINES: tuple[str, ...] = (
    rf"(?-i:[{_UPPER}])[^\W\d_]+(?:[ \t'’-][^\W\d_]+){{1,6}}[ \t]*[,/|][ \t]*{_AGENCIES}",
)
_AGENCY_BYLINE_MAX_CHARS = 80
_BYLINE_SEPARATOR = re.compile(r"[,/|]")
#: Metadata separated by pipes: "Gepubliceerd op | Views: 886 | Onderwerpen: X".
_PIPE_LINES: tuple[str, ...] = (
    r"[^|\n]{0,80}(?:\|[^|\n]{0,80}){2,8}",
    # a byline and the outlet: "Jane Doe | The Courier"
    r"<LETTERS_NAME>[ \t]*\|[ \t]*[^|\n]{1,40}",
)
#: A photo credit alone: "Jewel Samad/AFP/Getty Images".
_SLASH_LINES: tuple[str, ...] = (r"(?=[^/\n]{1,40}/)<CREDIT>(?:[ \t]+via[ \t]+<CREDIT>)?",)
#: Whole lines that are a photo caption ending in a credit with a slash ("AFP/Getty Images"),
#: or in a photographer and agency in parentheses or brackets, or after a bar, in either
#: order ("(Jane Doe/Getty Images)", "[Jane Doe/Al Jazeera]", "| Jane Doe/AP", "(ANP /
#: Ria Kok)"), after a sentence or a phrase.
_SLASH_CAPTIONS: tuple[str, ...] = (
    r"(?:.{0,300}[.!?][ \t]+)(?=[^/\n]{1,40}/)<CREDIT>",
    r"(?:.{0,300}[^\s(\[|][ \t]*[ \t|]?[ \t]*)?"
    r"(?:\(<SLASH_CREDIT>\)|\[<SLASH_CREDIT>\]|\|[ \t]*<SLASH_CREDIT>)",
)
#: A photographer and the agency, in either order: "Jane Doe/Getty Images", "ANP / Ria Kok".
_SLASH_CREDIT = r"(?:<LETTERS_NAME>[ \t]*/[ \t]*<CREDIT>|<CREDIT>[ \t]*/[ \t]*<LETTERS_NAME>)"

#: A copyright notice with a year inside a short line: "Krant © 2021 ...", "BBC © 2014 ..."
#: (tried only on a line with a copyright mark).
_COPYRIGHT_LINES: tuple[str, ...] = (r"[^\n©ⓒⒸ]{1,40}?(?:©|ⓒ|Ⓒ)[ \t]*\d{4}\b.{0,250}",)
#: Whole-line rules that start with a wildcard ("... in je mailbox?") are slow to fail;
#: they are kept apart and tried only on lines that hold a word every match needs.
_FLOATING = ("[^", ".", "(?:.")

#: After glued boilerplate: spaces, then a sentence that opens with a capitalised word
#: and a lower-case one ("De gemeente", "The council"), or with a quotation mark.
_SENTENCE_START = rf"(?=[ \t]+(?:(?-i:[{_UPPER}])[\w'’-]*[ \t]+(?-i:[^\W\d_{_UPPER}])|[\"“„‘«']))"
#: Boilerplate glued to the start of a line, before the article text: a dateline.
_NEUTRAL_PREFIXES: tuple[str, ...] = ("<DATELINE>",)
#: ... and before the first paragraph only: a byline ("By Jane Doe The council ...",
#: "Door Ria Kok, ANP De ..."); an agency ("ANP De ...").
_LEAD_PREFIXES: tuple[str, ...] = (
    r"(?:<BYLINE>)[ \t]+<LETTERS_NAMES>(?:,[ \t]+<CREDIT>)?<SENTENCE_START>",
    rf"(?-i:{_AGENCY})(?:[ \t]*/[ \t]*<CREDIT>)?<SENTENCE_START>",
)
#: A comment counter after a time stamp, then the place the story is about, before a
#: sentence that opens with one capitalised word and a lower-case one or with a quotation
#: mark: "17u28 0 Leuven De burgemeester ...".
_COUNTER_PLACE = (
    r"[ \t]+\d{1,5}(?:[ \t]+<PLACE>"
    rf"(?=[ \t]+(?:[\"“„‘«']|(?-i:[{_UPPER}])\S*[ \t]+(?-i:[^\W\d_{_UPPER}]))))?"
)
#: A date or time stamp glued to the start of a line (tried after ``_NEUTRAL_PREFIXES``).
_STAMP_PREFIXES: tuple[str, ...] = (
    # a date and time stamp with a counter (and a place) before the first sentence
    r"<DATE>[ \t]*[,|/•·–-]?[ \t]*(?:(?:om|at)[ \t]+)?<TIME>" + _COUNTER_PLACE,
    # a date or time stamp before the first sentence
    _DATE_STAMP,
    r"\d{1,2}(?:u|:)\d{2}(?:" + _COUNTER_PLACE + ")?",
)

#: Boilerplate glued to the end of a line, after the article text, in parentheses (tried
#: only on a line that ends in ")").
_CLOSING_SUFFIXES: tuple[str, ...] = (
    # reporter or agency tag after the last sentence: "... isoleren." (JBG)
    rf"(?<=[.!?\"”’'»)…])[ \t]*\((?-i:[{_UPPER}]{{2,5}}(?:/[{_UPPER}]{{2,5}})*)\)",
    # ... or an agency: "(Belga)", "(Reuters/AFP)"
    rf"(?<=[.!?\"”’'»…])[ \t]*\((?-i:[{_UPPER}][A-Za-z]{{1,10}}(?:/[{_UPPER}][A-Za-z]{{1,10}})*)\)",
)
#: The copyright marks that open ``_COPYRIGHT_SUFFIXES``.
_COPYRIGHT = "©ⓒⒸ"
_COPYRIGHT_MARK = re.compile(f"[{_COPYRIGHT}]")
#: A copyright glued to the end of a line (tried only on a line with a copyright mark).
_COPYRIGHT_SUFFIXES: tuple[str, ...] = (r"(?:©|ⓒ|Ⓒ)[ \t]*[^\n©]{1,80}",)

#: After a heading-like headline: a byline or date glued to its end.
_HEADLINE_SUFFIXES: tuple[str, ...] = (
    rf"[ \t]+{_DATE_STAMP}",
    # a Flemish time stamp: "... 02u14"
    r"[ \t]+\d{1,2}u\d{2}(?:[ \t]+\d{1,5})?",
    r"(?<=[\"”’'»])[ \t]+<NAME>",
    # a byline glued to a date: "... Jane Doe12 April 2021", "... By Jane Doe | 3 May 2021"
    rf"[ \t]+<LETTERS_NAME>(?=\d){_DATE_STAMP}",
    rf"[ \t]+(?:<BYLINE>)[ \t]+<NAME>[ \t]*[,|/•·–—-][ \t]*{_DATE_STAMP}",
    # a byline or reporter initials and a date with a time: "... Ria Kok 12/05/21 - 09u12"
    r"[ \t]+(?:<LETTERS_NAMES>|(?-i:[A-Z]{2,5}))[ \t]+<DATE>[ \t]*[,|/•·–-]?[ \t]*"
    r"(?:(?:om|at)[ \t]+)?<TIME>",
)
#: A byline alone glued to the end of a headline, its opener capitalised: "... Door Ria Kok",
#: "... By JANE HOLT", "... By Jane Holt, Reuters" (a lower-case "door" or "by" is text);
#: or the site's name after a bar, as in a page title: "... | Dorpsblad", "... | nu.nl".
_HEADLINE_BYLINES: tuple[str, ...] = (
    rf"[ \t]+(?=(?-i:[{_UPPER}]))(?:<BYLINE>)[ \t]+<LETTERS_NAMES>(?:,[ \t]+<CREDIT>)?",
    r"[ \t]+\|[ \t]*(?:<CREDIT>|(?:[\w-]{1,40}\.){1,3}[a-z]{2,4})",
)
#: The last word of a headline line, a candidate for reporter initials ("mvdb", "ADN",
#: "KAR/ADPW").
_LAST_TOKEN = re.compile(r"(?<=\S)[ \t]+([^\W\d_]{2,5}(?:(?:/|,[ \t]?)[^\W\d_]{2,5}){0,2})[ \t]*$")
_LAST_TOKEN_WINDOW = 20
#: The signature of an embedded post glued to the end of its text (tried only on a line
#: that holds "(@"): "... pic.twitter.com/x — Kim Lee (@kimlee) May 3, 2021".
_TWEET_SUFFIXES: tuple[str, ...] = (r"(?:—|–|-{1,2})[ \t]*[^\n—–]{1,80}\(@\w{1,30}\)[ \t]*<DATE>",)
_INITIALS_MIN_WORDS = 3
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")

_TERMINAL = frozenset(".!?…;,")
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘„«([‚"
_QUOTE_CLOSERS = "\"'”’» \t"
_CLOSERS_SPACE = _CLOSERS + " \t"
_OPENERS_SPACE = _OPENERS + " \t"
#: Punctuation around a word, stripped before it is looked up.
_WORD_PUNCTUATION = _OPENERS + _CLOSERS + ",:"
_QUOTE_ENDS = "\"'”’»"
_QUOTE_OPENS = "\"'“‘„«‚"
_WORD = re.compile(r"\S+")
#: A capitalised first word of letters, the first word of a glued subheading.
_FIRST_WORD = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:[-'’][^\W\d_]+)*(?=\s)")
#: A separator after glued metadata: "June 12, 2018 / Updated ...".
_SEPARATOR = re.compile(r"[ \t]+[/|•·–—-](?=[ \t])")
#: The signature line under an embedded post: "— Kim (@kim) June 12, 2018".
_SIGNATURE = re.compile(r"[—–]|-{1,2}[ \t]")
#: Line breaks: the ones :meth:`str.splitlines` knows, CR LF counted once.
_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
#: The trimmed text of one line: from its first to its last non-space character.
_CONTENT = re.compile("\\S(?:[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*\\S)?")
_ALPHA_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_DIGIT = re.compile(r"\d")
#: The space before a quotation that opens a paragraph after a glued subheading.
_OPENING_MARK = re.compile(r"[\"“„‘«']")
#: An opening quotation mark before a capital.
_OPENING_BEFORE_CAPITAL = re.compile(rf"[\"“„‘«'](?=[{_UPPER}])")
#: ... and the Dutch ",," (kept apart: a pattern that may open with a comma is slow to
#: search, so it is tried only on text that holds ",,").
_COMMAS_BEFORE_CAPITAL = re.compile(rf",,(?=[{_UPPER}])")
#: The space between two sentences of a paragraph (after "ab." or 'ab."').
_SENTENCE_CUT = re.compile(r"([.!?][\"”’'»]?)[ \t]+")
#: A repeated sentence has at least this many words, and comes back within this many.
_REPEAT_MIN_WORDS = 6
_REPEAT_WINDOW = 8
#: A quotation mark that can open a quotation (an apostrophe only before a word).
_QUOTE_MARK = re.compile(r"[\"“”„«»‘‚]|(?<!\w)'(?=\w)")
#: A colon that introduces a quotation: 'Kim: "We gaan door."'.
_COLON_QUOTE = re.compile(r":[ \t]*[\"“„«‘‚']")
#: What stands between the tokens of a stamp line.
_STAMP_GAP = re.compile(r"[\s,|/•·–—()-]*")
#: A short line that gives an e-mail address: "Tips? Mail naar tips@example.nl".
_EMAIL_LINE = re.compile(r"[^\n@]{0,100}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?[ \t]*(?:\)|[^\n@]{0,30})")
#: Two sentences on one line: a lower-case word ends, a capital follows.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}[.!?][\"”’']?[ \t]+[\"“‘'„(]?[^\W\d_]")

# Size limits (in words) for headings and labels.
_HEAD_MAX_WORDS = 32
_HEADING_MAX_WORDS = 14
_COLON_HEADING_MAX_WORDS = 5
_HEAD_QUESTION_MAX_WORDS = 16
_QUESTION_HEADING_MAX_WORDS = 8
_LABEL_MAX_WORDS = 5
_GLUED_MAX_WORDS = 5
_BYLINE_MAX_WORDS = 4
#: A heading of at most this many words above a headline longer by two is a label.
_KICKER_MAX_WORDS = 3
_KICKER_MIN_HEADLINE = 3
#: A headline glued to the lead has at least this many words; the lead at least this many.
_GLUED_MIN_WORDS = 3
#: A subheading glued before a quotation ends within this many characters.
_GLUED_SEARCH_CHARS = 80
#: A stamp line ("Posted: 4 Feb 2021, 09:12 | Updated ...") is at most this long.
_STAMP_MAX_CHARS = 160
_GLUED_MIN_LEAD = 6
#: A heading of at least this many words and a paragraph of at most this many that end
#: the article are a teaser (an embedded video's title and blurb).
_TEASER_MIN_WORDS = 6
_TEASER_MAX_WORDS = 30
#: Headline-like lines after a "Lees ook" label that are taken as links.
_MAX_LINKS = 3
#: Short topic lines after a "Meer over" label that are taken as links.
_MAX_TOPICS = 10
#: Longer lines are never a whole line of boilerplate (long widgets come after a tail marker).
_LINE_PATTERN_MAX_CHARS = 300
#: Glued boilerplate at the end of a line is at most this long; only that window is searched.
_SUFFIX_WINDOW = 360
_HEADLINE_SUFFIX_WINDOW = 80
#: At most this many pieces of metadata are split off the end of a headline, one by one.
_MAX_HEADLINE_SPLITS = 3
#: Every ``_HEADLINE_SUFFIXES`` match holds a digit (a date) or follows a closing quotation
#: mark.
_HEADLINE_SUFFIX_NEEDS = re.compile(r"[\d\"”’'»]")
#: A line ending like this ends in a sentence or quotation, not in glued boilerplate.
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{2}[.]|[!?\"”’'»,;:])[ \t]*$")


# -- compiled patterns per language --------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    # Longest first so that alternation prefers the longest word; ties in
    # alphabetical order so the compiled pattern is the same in every process.
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# -- cheap necessary conditions of a rule ---------------------------------------
#
# A case-insensitive alternation of rules that may match anywhere in a line (a caption
# ending in "Foto: AFP", a glued "(lees meer)") is slow to fail: the engine tries it
# at every place.  Read from the parsed rules at compile time, a set of words one of
# which every match holds ("foto", "beeld") is tested first with ``in`` on the
# lower-cased line; only a line that holds one is tried on the pattern, so the results
# are those of the pattern alone.  Under IGNORECASE an ASCII letter matches only its
# two cases and four other characters (İ, ı, ſ and the Kelvin sign): ``_lowered`` maps
# those onto ASCII letters, so only words of ASCII characters are taken.


def _lowered(text: str) -> str:
    """*text* lower-cased, with the odd cases of ASCII letters made ASCII ("ſ" -> "s")."""
    low = text.lower()
    if low.isascii():
        return low
    # "İ".lower() is "i" and a combining dot; "ı" and "ſ" stay as they are.
    return low.replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")


def _holds_any(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of the lower-case *words*, in any case."""
    return any(map(_lowered(text[start:end]).__contains__, words))


def _parsed(pattern: str) -> Any:
    return _sre_parser.parse(pattern, re.IGNORECASE).data


def _needed_words(items: Any) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of the parsed *items* holds."""
    c = _sre_constants
    options: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        found: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            found = _needed_words(av[-1])
        elif op is c.BRANCH:
            branches = [_needed_words(b) for b in av[1]]
            if None not in branches:
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found = _needed_words(av[2])
        elif op is c.IN:
            found = _needed_chars(av)
        if found:
            options.append(found)
    if not options:
        return None
    # The longest shortest word tells most lines apart.
    best = max(options, key=lambda words: (min(map(len, words)), -len(words)))
    # A word that holds another adds nothing ("archieffoto" after "foto").
    return frozenset(w for w in best if not any(v != w and v in w for v in best))


def _needed_chars(items: Any) -> frozenset[str] | None:
    """The characters of a parsed class of single characters ("[»›>]"), lower case, if
    each is an ASCII character or one without case (so a lower-cased line holds it
    whenever the line matches); None for ranges, categories and negated classes."""
    chars = set()
    for op, av in items:
        if op is not _sre_constants.LITERAL:
            return None
        char = chr(av)
        if not char.isascii() and not char.lower() == char.upper() == char.casefold() == char:
            return None
        chars.add(char.lower())
    return frozenset(chars) or None


def _gate(patterns: Iterable[str]) -> tuple[str, ...]:
    """Words one of which any match of the joined *patterns* holds; () when there are none."""
    words: set[str] = set()
    for pattern in patterns:
        try:
            needed = _needed_words(_parsed(pattern))
        except Exception:  # pragma: no cover - a private parser that changed: no gate
            return ()
        if not needed:
            return ()
        words |= needed
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


# -- rules tried by the first character of the line -----------------------------------
#
# A case-insensitive alternation of anchored whole-line rules is tried one rule after
# another at the line's start: most rules open with a word or a class of characters
# that the line's first character already rules out, but the engine enters each.  Read
# from the parsed rules at compile time, the characters each rule can start with (each
# character of ``_FIRST_CHARS`` tried on the rule's first item by the engine) decide
# which rules a line is tried on; a line that starts with another character is tried on
# every rule, and a rule whose start the reader cannot tell on every line, so the
# results are those of the one pattern.


def _starts(items: Any, flags: int) -> tuple[frozenset[str] | None, bool]:
    """The characters of ``_FIRST_CHARS`` a match of the parsed *items* can start with
    (None: any character), and whether the items can match the empty string."""
    c = _sre_constants
    out: set[str] = set()
    for op, av in items:
        first: frozenset[str] | None
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            return frozenset(out | _single(op, av, flags)), False
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero width: nothing read
        if op is c.SUBPATTERN:
            first, empty = _starts(av[-1], (flags | av[1]) & ~av[2])
        elif op is c.BRANCH:
            found: set[str] = set()
            empty = False
            for branch in av[1]:
                some, none = _starts(branch, flags)
                if some is None:
                    return None, True
                found |= some
                empty = empty or none
            first = frozenset(found)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            first, empty = _starts(av[2], flags)
            empty = empty or av[0] == 0
        else:
            return None, True
        if first is None:
            return None, True
        out |= first
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _single(op: Any, av: Any, flags: int) -> frozenset[str]:
    """The characters of ``_FIRST_CHARS`` that one parsed item reading one character
    matches, by the engine."""
    key = (op, repr(av), flags)
    found = _SINGLE.get(key)
    if found is None:
        state = _sre_parser.State()
        state.flags = flags
        item = _sre_compiler.compile(_sre_parser.SubPattern(state, [(op, av)]), flags)
        found = _SINGLE[key] = frozenset(c for c in _FIRST_CHARS if item.fullmatch(c) is not None)
    return found


_SINGLE: dict[tuple[Any, str, int], frozenset[str]] = {}
#: The first characters of a line that the rules are told apart by: ASCII, Latin-1 and
#: the typographic quotation marks, dashes and bullets.
_FIRST_CHARS = (*map(chr, range(256)), *"‘’‚‛“”„‟‹›–—•…")


class _ByFirstChar:
    """Anchored rules joined into one alternation, tried on a line only as far as the
    line's first character allows: ``fullmatch`` answers as the joined pattern does
    (whether there is a match; which match may differ)."""

    __slots__ = ("_every", "_flags", "_patterns", "_tried")

    def __init__(self, patterns: list[str], flags: int) -> None:
        self._patterns = patterns
        self._flags = flags
        each: list[Callable[[str, int, int], re.Match[str] | None]]
        try:
            parsed = [_sre_parser.parse(p, flags) for p in patterns]
            unicode = flags | re.UNICODE
            starts = [_starts(tree.data, unicode)[0] for tree in parsed]
            # compiled from the parsed rules, so that each rule is read once
            each = [_sre_compiler.compile(tree, flags).fullmatch for tree in parsed]
        except Exception:  # no private parser, or one that changed: every rule, always
            starts = [None] * len(patterns)
            each = [re.compile(p, flags).fullmatch for p in patterns]
        # Each rule on its own (together they cost what the joined pattern does to
        # compile) and, for each character of _FIRST_CHARS, the rules a line that starts
        # with it is tried on, one after the other; other lines are tried on every rule.
        self._every = tuple(each)
        self._tried = {
            char: tuple(each[i] for i, first in enumerate(starts) if first is None or char in first)
            for char in _FIRST_CHARS
        }

    def fullmatch(self, text: str, start: int, end: int) -> re.Match[str] | None:
        tried = self._tried.get(text[start], self._every) if start < end else self._every
        for rule in tried:
            m = rule(text, start, end)
            if m is not None:
                return m
        return None

    def joined(self) -> re.Pattern[str]:
        """The rules as one pattern, whose answers ``fullmatch`` gives."""
        return re.compile("|".join(self._patterns) or "(?!)", self._flags)


class _Gated:
    """Rules joined into one alternation for ``search``, each tried on a line only when
    the lower-cased line holds one of the words every match of that rule holds (its
    gate, read from the parsed rule; a rule without one is always tried): whether there
    is a match is what the joined pattern says (which match may differ), but a line is
    not searched for rules it cannot hold."""

    __slots__ = ("_flags", "_patterns", "_rules")

    def __init__(self, patterns: list[str], flags: int, gate_of: Any) -> None:
        self._patterns = patterns
        self._flags = flags
        self._rules = [(gate_of([p]), re.compile(p, flags).search) for p in patterns]

    def joined(self) -> re.Pattern[str]:
        """The rules as one pattern, whose answers ``search`` gives."""
        return re.compile("|".join(self._patterns) or "(?!)", self._flags)

    def search(self, text: str, start: int, end: int, low: str) -> re.Match[str] | None:
        """Search ``text[start:end]``, whose lower-cased text (``_lowered``) is *low*."""
        for words, rule in self._rules:
            if words is None or any(map(low.__contains__, words)):
                m = rule(text, start, end)
                if m is not None:
                    return m
        return None


@attrs.frozen
class _Patterns:
    """Everything the block stage matches, compiled for one article language.

    Each category of rules is one pattern, but for the rules that read a whole line
    before they fail: those are separate patterns, tried only where a cheap test
    (a character the match needs) passes; the results are those of one pattern.
    """

    #: Whole-line caption rules (tried first), and those that need a "/".
    captions: re.Pattern[str]
    slash_captions: re.Pattern[str]
    #: Words one of which every caption holds (found in the lower-cased line), if any.
    caption_words: tuple[str, ...] | None
    #: Whole-line boilerplate rules, and those that need a "|" or a "/".
    lines: _ByFirstChar
    #: Whole-line rules that open with a wildcard, the words one of which they need, and
    #: the copyright notices (tried on lines with a copyright mark).
    floating_lines: re.Pattern[str]
    floating_words: tuple[str, ...] | None
    copyright_lines: re.Pattern[str]
    pipe_lines: re.Pattern[str]
    agency_bylines: re.Pattern[str]
    slash_lines: re.Pattern[str]
    tail: re.Pattern[str] | None
    link_labels: re.Pattern[str] | None
    #: Glued prefixes; a line starting with a date or time is also tried on ``stamp_prefixes``;
    #: a line before the first paragraph on ``lead_prefixes``.
    prefixes: re.Pattern[str]
    lead_prefixes: re.Pattern[str]
    stamp_prefixes: re.Pattern[str]
    #: Glued suffixes, and those that need a final ")" or a copyright mark.
    suffixes: re.Pattern[str]
    #: Words one of which every glued suffix holds (in the lower-cased window), if any.
    suffix_words: tuple[str, ...] | None
    closing_suffixes: re.Pattern[str]
    copyright_suffixes: re.Pattern[str]
    headline_suffixes: re.Pattern[str]
    headline_bylines: re.Pattern[str]
    #: A byline word and a capitalised name: "Door Ria", "By JANE".
    byline_start: re.Pattern[str]
    #: A date or time stamp line (``_STAMP_LINES``), and the first character of one.
    stamp: re.Pattern[str]
    stamp_start: re.Pattern[str]
    function_words: frozenset[str]
    #: The function words and the other words that open a sentence ("toch", "several").
    openers: frozenset[str]
    #: Words that join two names: "and", "en", "&".
    conjunctions: frozenset[str]
    vowelless_words: frozenset[str]
    particles: frozenset[str]
    #: An embedded post's signature glued to the end of a line (tried on lines with "(@").
    tweet_suffixes: re.Pattern[str]
    #: Section labels above the headline; labels glued to the start of a heading.
    section_labels: re.Pattern[str] | None
    heading_labels: re.Pattern[str] | None
    #: The tokens of a stamp line: a date or time; a stamp word or a byline; a name.
    stamp_token: re.Pattern[str]
    stamp_words: re.Pattern[str]
    stamp_name: re.Pattern[str]
    #: Spaces, then a capitalised word and a lower-case one, or an opening quotation mark.
    sentence_start: re.Pattern[str]
    #: The author's name at the end of a headline line.
    author_end: re.Pattern[str]
    #: Caption markers (", left,") and the words one of which every marker holds.
    caption_markers: _Gated | None
    caption_marker_words: tuple[str, ...] | None
    #: Lower-case reporting words: a line with quotation marks and one of them is speech.
    speech_words: frozenset[str]


def _expander(profile: LanguageProfile) -> dict[str, str]:
    months: set[str] = set()
    weekdays: set[str] = set()
    for code in supported_languages():
        other = get_profile(code)
        months.update(other.months)
        weekdays.update(other.weekdays)
    month = _alternation(months)
    weekday = _alternation(weekdays)
    particles = _alternation(profile.name_particles) or "(?!)"
    capital_fw = _alternation(w.capitalize() for w in profile.function_words) or "(?!)"
    token = rf"[{_UPPER}][\w'’.&-]*"
    name = (
        rf"(?-i:(?!(?:{capital_fw})\b){token}"
        rf"(?:[ \t]+(?:{token}|(?:{particles})\b)){{0,3}})"
    )
    credit_word = rf"[{_UPPER}0-9][\w'’.&-]*(?:[ \t]*/[ \t]*[\w'’.&-]+){{0,6}}"
    credit = rf"(?-i:{credit_word}(?:[ \t]+(?:{credit_word}|/[\w'’.&-]+|(?:{particles})\b)){{0,5}})"
    date = (
        rf"(?:(?:{weekday})\.?,?[ \t]+)?"
        rf"(?:\d{{1,2}}\.?[ \t]+(?:{month})\.?,?[ \t]+\d{{4}}"
        rf"|(?:{month})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
        rf"|(?:{month})\.?[ \t]+\d{{4}}"
        r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}"
        r"|\d{4}年\d{1,2}月\d{1,2}日)"
    )
    time = (
        r"\d{1,2}(?:[:.]\d{2}|[uh]\d{2})(?:[ \t]*(?:uur|u|h|am|pm|a\.m\.|p\.m\.))?"
        rf"(?:[ \t]+(?-i:[{_UPPER}]{{2,4}}))?"
    )
    # The start of a date or time: a digit or the first three letters of a day or month
    # (anything, should a name be empty).
    names = months | weekdays
    stamp_start = (
        r"\d|" + _alternation(w[:3] for w in names) if months and weekdays and all(names) else ""
    )
    # Two name words of letters only, particles between: the byline glued to a date
    # ("Jane Doe12 April 2021"), where a longer name would eat a title-case headline.
    letters = rf"[{_UPPER}][^\W\d_]+(?:[-'’][^\W\d_]+)*"
    letters_name = rf"(?-i:{letters}(?:[ \t]+(?i:{particles})\b)*[ \t]+{letters})"
    byline = "|".join(f"(?:{b})" for b in profile.byline_openers) or "(?!)"
    # two or three such names: "Jane Doe and John Roe", "Ria Kok, Piet Dekker en Els Maes"
    conjunctions = _alternation(profile.conjunctions) or "(?!)"
    letters_names = rf"{letters_name}(?:(?:,|[ \t]+(?:{conjunctions}))[ \t]+{letters_name}){{0,2}}"
    # a day and month without a year: "4 mei", "May 4"
    day_month = (
        rf"(?:\d{{1,2}}\.?[ \t]+(?:{month})\.?|(?:{month})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
    )
    # one place name, no function word: "Leuven", "Sint-Truiden"
    place = rf"(?-i:(?!(?:{capital_fw})\b)[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)*)"
    return {
        # first: the placeholders that hold other placeholders
        "<DATELINE>": "|".join(f"(?:{d})" for d in _DATELINES),
        "<SLASH_CREDIT>": _SLASH_CREDIT,
        "<LETTERS_NAMES>": letters_names,
        "<LETTERS_NAME>": letters_name,
        "<DAY_MONTH>": day_month,
        "<SENTENCE_START>": _SENTENCE_START,
        "<BYLINE>": byline,
        "<NAME>": name,
        "<PLACE>": place,
        "<CREDIT>": credit,
        "<DATE>": date,
        "<TIME>": time,
        "<STAMP_START>": stamp_start,
    }


def _expand(pattern: str, placeholders: dict[str, str]) -> str:
    for key, value in placeholders.items():
        pattern = pattern.replace(key, value)
    return pattern


def _compile(patterns: Iterable[str], placeholders: dict[str, str], template: str) -> str:
    body = "|".join(f"(?:{_expand(p, placeholders)})" for p in patterns)
    return template.format(body or "(?!)")


@cache
def _patterns(code: str) -> _Patterns:
    profile = get_profile(code)
    ph = _expander(profile)
    flags = re.IGNORECASE
    tail = (
        re.compile(_compile(profile.boilerplate_tail, ph, "(?:{})"), flags)
        if profile.boilerplate_tail
        else None
    )
    link_labels = (
        re.compile(_compile(profile.link_labels, ph, "(?:{})"), flags)
        if profile.link_labels
        else None
    )

    def rules(patterns: Iterable[str], template: str = "(?:{})") -> re.Pattern[str]:
        return re.compile(_compile(patterns, ph, template), flags)

    every_line = (*profile.boilerplate_lines, *_NEUTRAL_LINES)
    floating = [p for p in every_line if p.startswith(_FLOATING)]
    anchored = [p for p in every_line if not p.startswith(_FLOATING)]

    def words(patterns: Iterable[str]) -> tuple[str, ...] | None:
        # A placeholder needs no word: read as any one character, it parses fast.
        return _gate(_expand(p, dict.fromkeys(ph, ".")) for p in patterns) or None

    return _Patterns(
        link_labels=link_labels,
        captions=rules(profile.caption_lines),
        slash_captions=rules(_SLASH_CAPTIONS),
        caption_words=words(profile.caption_lines),
        lines=_ByFirstChar([f"(?:{_expand(p, ph)})" for p in anchored], flags),
        floating_lines=rules(floating),
        floating_words=words(floating) if floating else None,
        copyright_lines=rules(_COPYRIGHT_LINES),
        pipe_lines=rules(_PIPE_LINES),
        agency_bylines=rules(_AGENCY_BYLINES),
        slash_lines=rules(_SLASH_LINES),
        tail=tail,
        prefixes=rules((*profile.boilerplate_prefixes, *_NEUTRAL_PREFIXES)),
        lead_prefixes=rules(_LEAD_PREFIXES),
        stamp_prefixes=rules(_STAMP_PREFIXES),
        suffixes=rules(profile.boilerplate_suffixes, r"(?:{})[ \t]*$"),
        suffix_words=words(profile.boilerplate_suffixes),
        closing_suffixes=rules(_CLOSING_SUFFIXES, r"(?:{})[ \t]*$"),
        copyright_suffixes=rules(_COPYRIGHT_SUFFIXES, r"(?:{})[ \t]*$"),
        stamp_start=rules([ph["<STAMP_START>"]]),
        headline_suffixes=re.compile(_compile(_HEADLINE_SUFFIXES, ph, r"(?:{})[ \t]*$"), flags),
        headline_bylines=rules(_HEADLINE_BYLINES, r"(?:{})[ \t]*$"),
        byline_start=rules([rf"(?:<BYLINE>)[ \t]*:?[ \t]+(?-i:[{_UPPER}])"]),
        stamp=re.compile(_compile(_STAMP_LINES, ph, "(?:{})"), flags),
        function_words=profile.function_words,
        openers=profile.function_words | profile.sentence_openers,
        conjunctions=frozenset(profile.conjunctions),
        vowelless_words=frozenset(w.lower() for w in profile.vowelless_words),
        particles=frozenset(p.lower() for p in profile.name_particles),
        tweet_suffixes=rules(_TWEET_SUFFIXES, r"(?:{})[ \t]*$"),
        section_labels=rules(profile.section_labels) if profile.section_labels else None,
        heading_labels=rules(profile.heading_labels) if profile.heading_labels else None,
        stamp_token=rules(["<DATE>", "<TIME>"]),
        stamp_words=rules(
            (*profile.stamp_words, r"(?:<BYLINE>)[ \t]+<NAME>", r"\(\)", r"\d{1,5}(?![\d:.])")
        ),
        stamp_name=rules(["<LETTERS_NAMES>"]),
        sentence_start=rules(["<SENTENCE_START>"]),
        author_end=rules([r"[ \t]+<LETTERS_NAMES>"], r"(?:{})[ \t]*$"),
        caption_markers=(
            _Gated([f"(?:{_expand(p, ph)})" for p in profile.caption_markers], flags, words)
            if profile.caption_markers
            else None
        ),
        caption_marker_words=words(profile.caption_markers) if profile.caption_markers else None,
        speech_words=_speech_words(profile),
    )


def _speech_words(profile: LanguageProfile) -> frozenset[str]:
    """The reporting verbs and cues of *profile*, lower case, one word each."""
    cues = (*profile.after_quote_cues, *profile.according_to)
    return frozenset(
        w.lower() for w in (*profile.speech_verbs, *(c.split()[0] for c in cues if c.split()))
    )


# -- segments ------------------------------------------------------------------


@attrs.define
class _Seg:
    """A block under construction (mutable, private)."""

    start: int
    end: int
    kind: BlockKind
    rule: str
    #: Index of the source line (unit); segments of one line share it.
    line: int
    #: Whether a blank line separates this line from the previous one.
    gap: bool = False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    part = text[start:end]
    core = part.strip()
    if not core:
        return end, end
    s = start + len(part) - len(part.lstrip())
    return s, s + len(core)


def _lines(text: str, start: int) -> list[tuple[int, int, bool]]:
    """Non-blank lines as trimmed (start, end, blank line before) triples."""
    out: list[tuple[int, int, bool]] = []
    prev = start
    for m in _CONTENT.finditer(text, start):
        s, e = m.span()
        # A blank line lies between when two or more line breaks separate the lines.
        between = text[prev:s]
        gap = (
            not out
            or between == "\n\n"
            or (between != "\n" and len(_BREAK.findall(text, prev, s)) > 1)
        )
        out.append((s, e, gap))
        prev = e
    return out


def _ends_open(text: str) -> bool:
    """True when a line stops in the middle of a sentence (no final punctuation)."""
    stripped = text.rstrip(_CLOSERS_SPACE)
    return bool(stripped) and stripped[-1] not in _TERMINAL and stripped[-1] != ":"


def _units(text: str, start: int) -> list[tuple[int, int, bool]]:
    """Lines, with hard-wrapped sentence continuations joined to their line."""
    units: list[tuple[int, int, bool]] = []
    for s, e, gap in _lines(text, start):
        if units and not gap and text[s].islower():
            ps, pe, pgap = units[-1]
            if _ends_open(text[ps:pe]) and len(text[ps:pe].split()) > _HEADING_MAX_WORDS // 2:
                units[-1] = (ps, e, pgap)
                continue
        units.append((s, e, gap))
    return units


# -- classification ------------------------------------------------------------


def _starts_capital(text: str) -> bool:
    # (",," opens a quotation in Dutch papers)
    core = text[2:] if text.startswith(",,") else text.lstrip(_OPENERS_SPACE)
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def _heading_like(text: str, pats: _Patterns, max_words: int) -> bool:
    """A short capitalised line without final punctuation (or a short label ending in ':')."""
    if not _starts_capital(text):
        return False
    stripped = text.rstrip(_QUOTE_CLOSERS)
    if not stripped:
        return False
    if _initial_end(stripped) and len(stripped.split()) <= _BYLINE_MAX_WORDS:
        # a name with an initial for a surname is no sentence: "Driekus N."
        stripped = stripped[:-1]
    last = stripped[-1]
    if last in "?!":
        # "Wat wil Kim?" can head a section; a quoted question is speech, not a heading.
        if text[0] in _OPENERS or len(text.split(maxsplit=_HEAD_QUESTION_MAX_WORDS + 1)) > (
            _HEAD_QUESTION_MAX_WORDS
        ):
            return False
        return _SENTENCE_BREAK.search(text) is None
    if last in _TERMINAL:
        return False
    words = text.split(maxsplit=max_words + 1)
    if len(words) > max_words:
        return False
    lowered = [w.strip(_WORD_PUNCTUATION).lower() for w in words]
    fw = sum(1 for w in lowered if w in pats.function_words)
    if last == ":":
        return len(words) <= _COLON_HEADING_MAX_WORDS and fw == 0
    if last in _TERMINAL or not _one_phrase(text):
        return False
    if len(words) > 6 and fw > 0.45 * len(words) and not _quoted_whole(text):
        # the words of a quotation after a colon are speech: "Coach: 'Dit was het niet'"
        colon = _COLON_QUOTE.search(text)
        if colon is None:
            return False
        fw = sum(
            1 for w in lowered[: len(text[: colon.start()].split())] if w in pats.function_words
        )
        return fw <= 0.45 * len(words)
    return True


def _quoted_whole(text: str) -> bool:
    """A line that is one quotation from its first to its last character, without a mark
    inside: a quotation printed as a headline or subheading ("'We hadden geen keus'")."""
    return (
        len(text) > 2
        and (text[0] in _QUOTE_OPENS or text.startswith(",,"))
        and text[-1] in _QUOTE_ENDS
        and _QUOTE_MARK.search(text, 1, len(text) - 1) is None
    )


def _one_phrase(text: str) -> bool:
    """No sentence ends inside *text*, but for a question or exclamation before the last
    phrase ("Wie wordt burgemeester? Drie kandidaten op een rij")."""
    brk = _SENTENCE_BREAK.search(text)
    return brk is None or (
        text[brk.start() + 2] in "?!" and not any(c in ".!?" for c in text[brk.end() :])
    )


def _label_like(text: str) -> bool:
    """A short lower-case line without final punctuation: a section label ("global politics")."""
    core = text.lstrip(_OPENERS)
    return (
        bool(core)
        and core[0].islower()
        and len(text.split()) <= _LABEL_MAX_WORDS
        and _ends_open(text)
    )


def _name_like(text: str, pats: _Patterns) -> bool:
    """Two to four capitalised words (particles allowed): a byline.

    A short description may follow after a comma ("Jan de Vries, correspondent Azië"), or
    where the reporter writes from ("Jane Doe in Seoul").
    """
    name, comma, role = text.partition(",")
    if comma and (not role.strip() or len(role.split()) > _BYLINE_MAX_WORDS + 1):
        return False
    name, at, place = name.partition(" in ")
    if at and not _names(place, pats, 1):
        return False
    # two names: "Jane Doe and John Roe"
    for word in pats.conjunctions:
        first, conj, second = name.partition(f" {word} ")
        if conj:
            return _names(first, pats, 2) and _names(second, pats, 2)
    return _names(name, pats, 2)


def _names(name: str, pats: _Patterns, least: int) -> bool:
    """*least* to four capitalised words, particles between."""
    words = name.split()
    if not least <= len(words) <= _BYLINE_MAX_WORDS or not words[0][:1].isupper():
        return False
    for w in words:
        if not _ALPHA_WORD.fullmatch(w):
            return False
        low = w.lower()
        if low in pats.particles:
            continue
        if not w[0].isupper() or low in pats.function_words:
            return False
    return True


def _glued_heading(text: str, pats: _Patterns, common: _Common | None = None) -> int:
    """Length of a subheading glued to the start of a paragraph, or 0.

    A glued subheading is one to five words without punctuation, followed by a
    capitalised function word or sentence opener that opens the paragraph's first
    sentence: ``Reactie De verliezers ...``.  Only a lower-case word after that opener
    lets the subheading hold function words (``Behind the camera The film's ...``).
    The opener may also be a word the article writes in lower case elsewhere (one of the
    *common* words, capitalised only where a sentence starts), after a subheading in
    sentence case that ends in a lower-case word: ``Hoge kosten Herstel zou ...``.
    """
    first = _FIRST_WORD.match(text)
    if first is None or first.group(0).lower() in pats.function_words:
        return 0
    # The first eleven words at most: a subheading of five, the opener and a few more.
    words = text.split(None, _GLUED_MAX_WORDS + 6)[: _GLUED_MAX_WORDS + 6]
    if len(words) < 6:
        return 0
    last = min(_GLUED_MAX_WORDS, len(words) - 3)
    # Without a capitalised function word or sentence opener to open the sentence there is
    # no subheading.
    for i in range(1, last + 1):
        opener = words[i]
        if opener[0].isupper() and (
            opener.lower() in pats.openers
            # (a common word: after a lower-case word, before another)
            or (
                common is not None
                and i >= 2
                and words[i - 1][0].islower()
                and words[i + 1][0].islower()
            )
        ):
            break
    else:
        return 0
    # A function word inside the subheading ("Behind the camera") is allowed only when
    # a lower-case word follows the opener ("The film's ...").
    inner_fw = False
    for k in range(1, last + 1):
        head = words[k - 1]
        if not _alpha_word(head):
            return 0
        if head.lower() in pats.function_words:
            if k == 1 or not head[0].islower():
                return 0
            inner_fw = True
            continue
        if k == 1 and not head[0].isupper():
            return 0
        opener, second = words[k], words[k + 1]
        if not (opener[0].isupper() and _alpha_word(opener)):
            continue
        if opener.lower() not in pats.openers:
            if (
                common is not None
                and k >= 2
                and not inner_fw
                and head[0].islower()
                and second[0].islower()
                and common.has(opener.lower())
            ):
                return next(islice(_WORD.finditer(text), k - 1, None)).end()
            continue
        if _particle_name(opener, second, pats):
            continue
        if (
            # a lower-case word or a number after the opener: "Toch wil ...", "In 1991 ..."
            second[0].islower()
            or second[0].isdigit()
            or (
                not inner_fw
                and _sentence_after_names(words[k + 1 : k + 5])
                # "Alexander De Croo": a particle before a capital opens a name, unless
                # the heading itself is in sentence case ("Nieuwe sancties De Amerikaanse ...").
                and (
                    opener.lower() not in pats.particles or any(w[0].islower() for w in words[1:k])
                )
            )
        ):
            return next(islice(_WORD.finditer(text), k - 1, None)).end()
    return 0


def _alpha_word(word: str) -> bool:
    """A word of letters, joined by hyphens or apostrophes ("Jong-un")."""
    return word.isalpha() or _ALPHA_WORD.fullmatch(word) is not None


@attrs.frozen
class _Common:
    """The article's text from *start*, asked which words it writes in lower case."""

    text: str
    start: int

    def has(self, word: str) -> bool:
        """Whether the lower-case *word* stands alone somewhere in the text (a plain search
        for the word after a space, then a look at the character after it)."""
        text, needle = self.text, " " + word
        at = text.find(needle, self.start)
        while at >= 0:
            after = at + len(needle)
            if after >= len(text) or not text[after].isalpha():
                return True
            at = text.find(needle, after)
        return False


def _heading_before_quote(text: str, pats: _Patterns) -> int:
    """Length of a subheading glued before a quotation that opens the paragraph, or 0:
    ``Geen bezoek "We hebben zeshonderd bewoners", zegt ...``.

    One to ``_GLUED_MAX_WORDS`` words of letters, the first capitalised and the last no
    function word, none a reporting word (``Kim zei "..."`` is a sentence), then an
    opening mark and a capital.
    """
    at = _quote_after_word(text, 0, min(len(text), _GLUED_SEARCH_CHARS))
    if at < 0:
        return 0
    words = text[:at].split()
    if (
        not 1 <= len(words) <= _GLUED_MAX_WORDS
        or len(text.split(None, _GLUED_MIN_LEAD + len(words))) <= _GLUED_MIN_LEAD + len(words)
        or not words[0][0].isupper()
        or any(not _ALPHA_WORD.fullmatch(w) for w in words)
        or words[-1].lower() in pats.function_words
        or any(w.lower() in pats.speech_words for w in words)
    ):
        return 0
    return _trim(text, 0, at)[1]


def _initial_end(text: str) -> bool:
    """Whether *text* ends in a capital initial: "Driekus N."."""
    return len(text) > 2 and text[-1] == "." and text[-2].isupper() and text[-3].isspace()


def _quote_after_word(text: str, start: int, end: int) -> int:
    """Offset of the first space before an opening quotation mark and a capital, after a
    word, in ``text[start:end]`` ('... populariteit "Noord-Korea ...'), or -1."""
    # The mark is found first (a search that opens with spaces tries every space).
    found = -1
    marks = [_OPENING_BEFORE_CAPITAL]
    if text.find(",,", start, end) >= 0:
        marks.append(_COMMAS_BEFORE_CAPITAL)
    for mark in marks:
        m = mark.search(text, start, end)
        while m is not None:
            at = m.start()
            while at > start and text[at - 1] in " \t":
                at -= 1
            if start < at < m.start() and text[at - 1].isalpha():
                found = at if found < 0 else min(found, at)
                break
            m = mark.search(text, m.end(), end)
    return found


def _particle_name(opener: str, second: str, pats: _Patterns) -> bool:
    """A capitalised particle that opens a name, not a sentence: "Van der Wal"."""
    return opener.lower() in pats.particles and second.lower() in pats.particles


def _glued_headline(text: str, pats: _Patterns) -> int:
    """Length of a headline glued to the start of the lead, or 0: "Boeren protesteren bij
    huis van minister De politie greep in ...".

    Three to ``_HEADING_MAX_WORDS`` words without a sentence end, then a capitalised
    function word followed by a lower-case word: the first sentence of the lead.
    """
    words = text.split(None, _HEADING_MAX_WORDS + 2)[: _HEADING_MAX_WORDS + 2]
    if len(words) < _HEADING_MAX_WORDS + 2 and len(text.split()) < _GLUED_MIN_LEAD + 3:
        return 0
    for k, word in enumerate(words[: _HEADING_MAX_WORDS + 1]):
        if k >= _GLUED_MIN_WORDS and k + 1 < len(words):
            second = words[k + 1]
            if (
                word[0].isupper()
                and word.isalpha()
                and word.lower() in pats.function_words
                and second[0].islower()
                and not _particle_name(word, second, pats)
                and not _title_run(words[k - 2 : k], pats)
            ):
                head = text[: next(islice(_WORD.finditer(text), k - 1, None)).end()]
                if _heading_like(head, pats, _HEADING_MAX_WORDS):
                    return len(head)
                return 0
        if word.rstrip(_CLOSERS)[-1:] in ".!?;:,":
            return 0
    return 0


def _headline_before_prefix(text: str, start: int, end: int, pats: _Patterns) -> int:
    """Where glued boilerplate starts after a headline glued to it at the start of the lead,
    or -1: "Zwembad gaat dicht DORPEN - De gemeente ...", "Pool to close By Jane Holt The
    council ...", "Zwembad gaat dicht 4 mei 2021 09:12 De gemeente ...".

    The headline is ``_GLUED_MIN_WORDS`` to ``_HEADING_MAX_WORDS`` words of heading shape;
    what follows it is a dateline, byline or stamp that the lead's prefix rules peel off.
    Only the first line of the article is tried, at its first words, so the work is small.
    """
    line_checked = False
    for k, m in enumerate(islice(_WORD.finditer(text, start, end), _HEADING_MAX_WORDS + 1)):
        at = m.start()
        first = text[at]
        if k < _GLUED_MIN_WORDS or not (first.isupper() or first.isdigit()):
            if text[at : m.end()].rstrip(_CLOSERS)[-1:] in _TERMINAL:
                return -1  # a sentence ends: no headline
            continue
        word = m.group(0)
        if not (
            # what the lead's prefixes open with: a dateline or agency in capitals, a date
            # or time, a label ("Bron:"), a byline ("By Jane")
            (word.isupper() and len(word) > 1)
            or first.isdigit()
            or word.endswith(":")
            or pats.stamp_start.match(text, at, end) is not None
            or pats.byline_start.match(text, at, end) is not None
        ):
            if word.rstrip(_CLOSERS)[-1:] in _TERMINAL:
                return -1
            continue
        if not line_checked:
            if (
                _heading_like(text[start:end], pats, _HEAD_MAX_WORDS)
                or _prefix(text, start, end, pats) > 0
            ):
                # the whole line is the headline (glued suffixes are split later), or the
                # line opens with glued boilerplate
                return -1
            line_checked = True
        head = text[start:at].rstrip()
        if (
            # a headline ends in a word that is no function word, no bracket open in it
            head.split()[-1].lower() not in pats.function_words
            and head.count("(") == head.count(")")
            and _prefix(text, at, end, pats) > at
            and _heading_like(head, pats, _HEADING_MAX_WORDS)
        ):
            return at
        if text[at : m.end()].rstrip(_CLOSERS)[-1:] in _TERMINAL:
            return -1
    return -1


def _title_run(words: list[str], pats: _Patterns) -> bool:
    """Capitalised words that are no particles: a title in title case ("De Wereld Draait
    Door") of which a capitalised function word after them is part."""
    return all(w[:1].isupper() and w.lower() not in pats.particles for w in words)


def _sentence_after_names(words: list[str]) -> bool:
    """One to three capitalised words, then a lower-case word: "The White House said"."""
    for i, word in enumerate(words):
        if word[0].islower():
            return i > 0
        if not word[0].isupper():
            return False
    return False


def _peel(
    text: str, start: int, end: int, pats: _Patterns, line: int, lead: bool = True
) -> tuple[list[_Seg], int, int, list[_Seg]]:
    """Strip glued boilerplate from both ends of a line; return (front, start, end, back).
    *lead*: no paragraph came before (a stamp read token by token is looked for only there).
    """
    front: list[_Seg] = []
    back: list[_Seg] = []
    for _ in range(4):
        rest = _prefix(text, start, end, pats, lead)
        if rest < 0 and front:
            # an agency credit after other glued boilerplate: "Bron: Belga 1 AFP De ..."
            m = _AGENCY_PREFIX.match(text, start, end)
            rest = -1 if m is None else m.end()
        if rest <= start:
            break
        if rest >= end or not text[rest].isspace():
            break
        sep = _SEPARATOR.match(text, rest, end)
        if sep is not None:
            rest = sep.end()
        s, e = _trim(text, rest, end)
        if s >= e or text[s].islower():
            break
        if front:
            front[-1].end = rest  # one block for what is glued together: "Bron: X 1 AFP"
        else:
            front.append(_Seg(start, rest, BlockKind.BOILERPLATE, "glued-prefix", line))
        start = s
    for _ in range(4):
        if _SENTENCE_END.search(text, max(start, end - 4), end):
            break
        m = _suffix(text, max(start, end - _SUFFIX_WINDOW), end, pats)
        if m is None:
            break
        s, e = _trim(text, m.start(), m.end())
        if s <= start or s >= e or text[s - 1].isalnum():
            break
        back.insert(0, _Seg(s, e, BlockKind.BOILERPLATE, "glued-suffix", line))
        end = _trim(text, start, s)[1]
    return front, start, end, back


def _prefix(text: str, start: int, end: int, pats: _Patterns, lead: bool = True) -> int:
    """The end of the glued prefix at *start* (the match of the first rule that matches
    there, else, before the first paragraph, a stamp read token by token), or -1."""
    m = pats.prefixes.match(text, start, end)
    if m is None and pats.stamp_start.match(text, start, end) is not None:
        m = pats.stamp_prefixes.match(text, start, end)
    if m is None and lead:
        m = pats.lead_prefixes.match(text, start, end)
    if m is not None:
        return m.end()
    if not lead or _DIGIT.search(text, start, min(end, start + _STAMP_MAX_CHARS)) is None:
        return -1
    return _stamp_prefix(text, start, end, pats)


def _stamp_prefix(text: str, start: int, end: int, pats: _Patterns) -> int:
    """The end of a stamp glued to the start of the lead, read token by token as
    :func:`_stamp_line` reads a line ("Ria Kok 4 mei 2021 09:12 De gemeente ...",
    "Posted: 4 May 2021, 09:12 The council ..."), or -1: at least one date or time, then
    a sentence that opens with a capitalised word and a lower-case one, or a quotation."""
    i = _after_stamp_name(text, start, end, pats)
    if i is None:
        if pats.stamp_start.match(text, start, end) is None:
            return -1  # no stamp opens so
        i = start
    i, stamped, ended = _read_stamp(text, i, end, pats, start + _STAMP_MAX_CHARS)
    if stamped and not ended and pats.sentence_start.match(text, i, end) is not None:
        return i
    return -1


def _after_stamp_name(text: str, start: int, end: int, pats: _Patterns) -> int | None:
    """Where a stamp's tokens start: *start* when a stamp word opens the text, after the
    author's name when one opens it without a byline word, else None."""
    if pats.stamp_words.match(text, start, end) is not None:
        return start
    m = pats.stamp_name.match(text, start, end)
    return None if m is None else m.end()


def _read_stamp(text: str, i: int, end: int, pats: _Patterns, limit: int) -> tuple[int, bool, bool]:
    """Read a stamp's tokens (dates, times and stamp words, with the separators between
    them) from *i* while *i* <= *limit*: the end of the last token read, whether a date
    or time was among them and whether only separators follow up to *end*.  Each step
    reads one token, so the work is linear."""
    stamped = False
    while i <= limit:
        j = _STAMP_GAP.match(text, i, end).end()  # type: ignore[union-attr]
        if j >= end:
            return i, stamped, True
        m = pats.stamp_token.match(text, j, end)
        if m is not None and m.end() > j:
            stamped = True
        else:
            m = pats.stamp_words.match(text, j, end)
            if m is None or m.end() <= j:
                return i, stamped, False
        i = m.end()
    return i, stamped, False


def _suffix(text: str, start: int, end: int, pats: _Patterns) -> re.Match[str] | None:
    """The glued suffix ending at *end* (a trimmed line end) that starts first.

    On a tie the first rule wins: the language's rules, then those in parentheses,
    then the copyright.
    """
    words = pats.suffix_words
    found = (
        pats.suffixes.search(text, start, end)
        if words is None or _holds_any(text, start, end, words)
        else None
    )
    if end > start and text[end - 1] == ")":
        m = pats.closing_suffixes.search(text, start, end)
        if m is not None and (found is None or m.start() < found.start()):
            found = m
    for mark in _COPYRIGHT:
        if text.find(mark, start, end) >= 0:
            m = pats.copyright_suffixes.search(text, start, end)
            if m is not None and (found is None or m.start() < found.start()):
                found = m
            break
    others = [_agency_tail(text, start, end)]
    if text.find("(@", start, end) >= 0:
        others.append(pats.tweet_suffixes.search(text, start, end))
    for m in others:
        if m is not None and (found is None or m.start() < found.start()):
            found = m
    return found


def _whole_line(text: str, start: int, end: int, pats: _Patterns, line: int) -> _Seg | None:
    """The line as one caption or boilerplate block, if a whole-line rule says so."""
    if end - start > _LINE_PATTERN_MAX_CHARS:
        if _caption_shaped(text, start, end, pats, None):
            return _Seg(start, end, BlockKind.CAPTION, "caption-shape", line)
        return None
    slash = text.find("/", start, end) >= 0
    low = _lowered(text[start:end])  # for the word gates, once per line
    words = pats.caption_words
    if (
        (words is None or any(map(low.__contains__, words)))
        and pats.captions.fullmatch(text, start, end) is not None
    ) or (slash and pats.slash_captions.fullmatch(text, start, end) is not None):
        return _Seg(start, end, BlockKind.CAPTION, "caption-line", line)
    floating = pats.floating_words
    if (
        pats.lines.fullmatch(text, start, end) is not None
        or (
            (floating is None or any(map(low.__contains__, floating)))
            and pats.floating_lines.fullmatch(text, start, end) is not None
        )
        or (
            _has_copyright(text, start, end)
            and pats.copyright_lines.fullmatch(text, start, end) is not None
        )
        or (slash and pats.slash_lines.fullmatch(text, start, end) is not None)
        or (
            end - start <= _AGENCY_BYLINE_MAX_CHARS
            and _BYLINE_SEPARATOR.search(text, start, end) is not None
            and pats.agency_bylines.fullmatch(text, start, end) is not None
        )
        or (
            text.find("|", start, end) >= 0
            and pats.pipe_lines.fullmatch(text, start, end) is not None
        )
        or (
            pats.stamp_start.match(text, start, end) is not None
            and pats.stamp.fullmatch(text, start, end) is not None
        )
    ):
        return _Seg(start, end, BlockKind.BOILERPLATE, "boilerplate-line", line)
    if (
        end - start <= _STAMP_MAX_CHARS
        and _DIGIT.search(text, start, end) is not None
        and _stamp_line(text, start, end, pats)
    ):
        return _Seg(start, end, BlockKind.BOILERPLATE, "stamp-line", line)
    if text.find("@", start, end) >= 0 and _EMAIL_LINE.fullmatch(text, start, end) is not None:
        return _Seg(start, end, BlockKind.BOILERPLATE, "contact-line", line)
    if _LATIN.search(text, start, end) is None:
        return _Seg(start, end, BlockKind.BOILERPLATE, "no-text", line)
    if _caption_shaped(text, start, end, pats, low) or (
        _has_copyright(text, start, end) and _copyright_caption(text, start, end, pats)
    ):
        return _Seg(start, end, BlockKind.CAPTION, "caption-shape", line)
    return None


def _copyright_caption(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """A photo caption of one sentence that ends in its credit after a copyright mark
    ("De laatste zwemmers verlaten het bad. © ANP", "The pool in 1968 © Jane Doe"): the
    credit has no year (a notice has one) and the sentence reports no speech."""
    mark = max(text.rfind(c, start, end) for c in _COPYRIGHT)
    if mark <= start:
        return False
    credit = text[mark + 1 : end]
    return (
        _DIGIT.search(credit) is None
        and len(credit.split()) <= _CREDIT_MAX_WORDS
        and len(text[start:mark].split(maxsplit=_COPYRIGHT_CAPTION_MAX_WORDS))
        <= _COPYRIGHT_CAPTION_MAX_WORDS
        and _SENTENCE_BREAK.search(text, start, mark) is None
        and not _reports(text, start, mark, pats)
    )


def _glued_caption(text: str, start: int, end: int, pats: _Patterns) -> int:
    """End of a photo caption glued to the start of a paragraph, or -1: a caption that
    ends in its credit in parentheses ("... on Monday. (Jane Doe/Getty Images)", "(Foto:
    ANP)") and reports no speech, then a sentence that opens with a capital."""
    limit = min(end, start + _CAPTION_WINDOW)
    close = text.find(")", start, limit)
    while close >= 0:
        after = close + 1
        if (
            after < end
            and text[after] in " \t"
            and _GLUED_TEXT.match(text, after, end) is not None
            and _whole_caption(text, start, after, pats)
            # reported speech, with or without quotation marks, stays text
            and not _reports(text, start, after, pats)
        ):
            return after
        close = text.find(")", after, limit)
    return -1


def _whole_caption(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether ``text[start:end]`` is a caption by the whole-line caption rules."""
    words = pats.caption_words
    return (
        (words is None or _holds_any(text, start, end, words))
        and pats.captions.fullmatch(text, start, end) is not None
    ) or (
        text.find("/", start, end) >= 0
        and pats.slash_captions.fullmatch(text, start, end) is not None
    )


def _stamp_line(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """A line of dates and times, stamp words ("Gewijzigd op", "Posted:"), a byline and
    separators, read token by token: "10 mei 2021 08:40Gewijzigd op 11 mei 2021 09:12",
    "Nov. 21, 2018 - 21:51 By Yonhap", "Jane Doe12 April 2021", "Posted: 4 Feb 2021, 09:12".

    The author's name may open the line without a byline word.  At least one date or
    time is needed.  Each step reads one token, so the work is linear.
    """
    i = _after_stamp_name(text, start, end, pats)
    _, stamped, ended = _read_stamp(text, start if i is None else i, end, pats, end)
    return stamped and ended


def _has_copyright(text: str, start: int, end: int) -> bool:
    return _COPYRIGHT_MARK.search(text, start, end) is not None


def _agency_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    """An agency after the last sentence of the line ("... on Monday. Yonhap")."""
    if end <= start or not text[end - 1].isalpha():
        return None
    return _AGENCY_TAIL.search(text, max(start, end - _AGENCY_TAIL_WINDOW), end)


def _caption_shaped(text: str, start: int, end: int, pats: _Patterns, low: str | None) -> bool:
    """A short line that says where the people in a picture stand (", left,"), or that
    ends in an agency after its last sentence ("... on Monday. Yonhap")."""
    if _agency_tail(text, start, end) is None:
        markers, words = pats.caption_markers, pats.caption_marker_words
        if markers is None:
            return False
        low = low or _lowered(text[start:end])
        if (words is not None and not any(map(low.__contains__, words))) or markers.search(
            text, start, end, low
        ) is None:
            return False
    if len(text[start:end].split(maxsplit=_CAPTION_MAX_WORDS)) > _CAPTION_MAX_WORDS:
        return False
    breaks = _SENTENCE_BREAK.finditer(text, start, end)
    return sum(1 for _ in islice(breaks, _CAPTION_MAX_SENTENCES)) < _CAPTION_MAX_SENTENCES


def _classify(
    text: str,
    start: int,
    end: int,
    pats: _Patterns,
    line: int,
    peeled: bool = True,
    head: bool = False,
    common: _Common | None = None,
) -> list[_Seg]:
    """Classify one line (glued boilerplate already peeled; whole-line rules already
    tried on the unpeeled line); *head*: no paragraph came before it; *common*: the
    words the article writes in lower case."""
    whole = _whole_line(text, start, end, pats, line) if peeled else None
    if whole is not None:
        return [whole]
    s = text[start:end]
    labelled = _labelled_heading(text, start, end, pats, line)
    if labelled:
        return labelled
    if _heading_like(s, pats, _HEAD_MAX_WORDS):
        return [_Seg(start, end, BlockKind.HEADING, "heading", line)]
    if _label_like(s):
        return [_Seg(start, end, BlockKind.BOILERPLATE, "label", line)]
    glued, rule = (
        _glued_heading(s, pats, common) or _heading_before_quote(s, pats),
        "glued-heading",
    )
    if head:
        # before the first paragraph, a heading glued to the lead is its headline, however
        # short ("Zwembad dicht De gemeente ...")
        glued, rule = glued or _glued_headline(s, pats), "glued-headline"
    if glued and s[:glued].rstrip()[-1] in "-–—":
        glued = 0  # a dateline ("Den Haag - De minister ..."), split off the lead later
    if glued:
        h_end = start + glued
        p_start, p_end = _trim(text, h_end, end)
        return [
            _Seg(start, h_end, BlockKind.HEADING, rule, line),
            _Seg(p_start, p_end, BlockKind.PARAGRAPH, "paragraph", line),
        ]
    return [_Seg(start, end, BlockKind.PARAGRAPH, "paragraph", line)]


def _labelled_heading(text: str, start: int, end: int, pats: _Patterns, line: int) -> list[_Seg]:
    """A heading behind a label such as "LIVE:" or "VIDEO |": the label, then the heading
    (decided by position later: the headline, or in the body a video title); else []."""
    if pats.heading_labels is None:
        return []
    m = pats.heading_labels.match(text, start, end)
    if m is None or m.end() >= end:
        return []
    h_start, h_end = _trim(text, m.end(), end)
    if h_start >= h_end or not _heading_like(text[h_start:h_end], pats, _HEAD_MAX_WORDS):
        return []
    label_end = _trim(text, start, h_start)[1]
    return [
        _Seg(start, label_end, BlockKind.BOILERPLATE, "heading-label", line),
        _Seg(h_start, h_end, BlockKind.HEADING, "labelled", line),
    ]


def _initials(text: str, seg: _Seg, nxt: _Seg | None, pats: _Patterns) -> int:
    """Start of reporter initials glued to the end of a headline ("... begint nu'' mvdb"), or -1.

    The last token of the headline is two to five letters, not a function word, and
    either has no vowel (and is no listed vowel-less word such as "tv"), or follows a
    closing quotation mark while the next line is a date or time stamp (then capitals
    such as "ADN" and tokens with a vowel are initials too), or is in capitals after a
    word that is no function word, with a date or time stamp as the next line, and is not
    written again in the article (an abbreviation such as "KLM" is).
    """
    m = _LAST_TOKEN.search(text, max(seg.start, seg.end - _LAST_TOKEN_WINDOW), seg.end)
    if m is None:
        return -1
    token = m.group(1)
    low = token.lower()
    if (
        low in pats.function_words
        or low in pats.vowelless_words
        or len(text[seg.start : m.start()].split()) < _INITIALS_MIN_WORDS
    ):
        return -1
    if token.islower() and _VOWELS.isdisjoint(low):
        return m.start(1)
    stamped = _stamped(text, seg, nxt, pats)
    if stamped and text[m.start() - 1] in _QUOTE_ENDS and (token.islower() or token.isupper()):
        return m.start(1)
    if stamped and "/" in token and token.isupper():
        return m.start(1)  # the initials of reporter and photographer: "KAR/ADPW"
    if (
        stamped
        and token.isupper()
        # an abbreviation in a headline is a name the article uses again ("Staking bij KLM",
        # "Kim bedreigt NAVO"); a reporter's initials are not written again
        and text.find(token, seg.end) < 0
        # (after a function word or a reporting word it is a name: "says KCNA")
        and (before := text[seg.start : m.start()].split()[-1].lower()) not in pats.function_words
        and before not in pats.speech_words
    ):
        return m.start(1)
    return -1


def _glued_label(text: str, seg: _Seg, nxt: _Seg | None, pats: _Patterns) -> int:
    """Start of a word of boilerplate glued to the end of a headline over a date or time
    line ("... dicht Redactie", "... dicht Belga"), or -1: the last word is a whole line of
    boilerplate by itself and follows no function word or reporting word."""
    if not _stamped(text, seg, nxt, pats):
        return -1
    at = text.rfind(" ", seg.start, seg.end) + 1
    before = text[seg.start : at].split()
    if before and before[-1].endswith(":"):
        # a label and its value: "Bron: Belga"
        at = text.rfind(" ", seg.start, at - 1) + 1
        before = before[:-1]
    if (
        at <= seg.start
        or len(before) < _INITIALS_MIN_WORDS
        or before[-1].lower() in pats.function_words
        or before[-1].lower() in pats.speech_words
        # (a word in capitals is an abbreviation or initials, see ``_initials``, unless it
        # is a news agency: "ANP")
        or (text[at : seg.end].isupper() and _AGENCY_WORD.fullmatch(text, at, seg.end) is None)
        or pats.lines.fullmatch(text, at, seg.end) is None
    ):
        return -1
    return at


def _stamped(text: str, seg: _Seg, nxt: _Seg | None, pats: _Patterns) -> bool:
    """Whether the line after *seg* is a date or time stamp (or a stamp glued to the
    lead on the headline's own line)."""
    return (
        nxt is not None
        and (nxt.line != seg.line or nxt.rule == "glued-prefix")
        and nxt.kind is BlockKind.BOILERPLATE
        and (pats.stamp.match(text, nxt.start, nxt.end) is not None or nxt.rule == "stamp-line")
    )


def _author(text: str, seg: _Seg, nxt: _Seg | None, pats: _Patterns) -> int:
    """Start of the author's name glued to the end of a headline over a date line
    ("Brandweer redt kat uit boom Sander De Wit" / "14/03/19 - 09u12"), or -1.

    The name is two capitalised words (particles between; two or three such names) after
    a lower-case word that is no function word, or after a question or exclamation mark:
    a name after "met" or "van" belongs to the headline.
    """
    if not _stamped(text, seg, nxt, pats):
        return -1
    m = pats.author_end.search(text, max(seg.start, seg.end - _HEADLINE_SUFFIX_WINDOW), seg.end)
    if m is None:
        return -1
    before = text[seg.start : m.start()].split()
    if len(before) >= _INITIALS_MIN_WORDS and before[-1][-1] in "?!":
        return _trim(text, m.start(), m.end())[0]  # "Gaat het bad dicht? Ria Kok"
    if (
        len(before) < _INITIALS_MIN_WORDS
        or not before[-1].isalpha()
        or not before[-1].islower()
        or before[-1] in pats.function_words
        or before[-1] in pats.particles
    ):
        return -1
    return _trim(text, m.start(), m.end())[0]


def _split_headline(text: str, seg: _Seg, nxt: _Seg | None, pats: _Patterns) -> list[_Seg]:
    """The headline and the metadata glued to its end, split off one piece after another
    ("... Ria Kok Bron: Belga")."""
    tail: list[_Seg] = []
    for _ in range(_MAX_HEADLINE_SPLITS):
        parts = _headline_split(text, seg, nxt, pats)
        if len(parts) == 1:
            break
        seg, tail = parts[0], [*parts[1:], *tail]
    return [seg, *tail]


def _headline_split(text: str, seg: _Seg, nxt: _Seg | None, pats: _Patterns) -> list[_Seg]:
    """Split a byline, date or reporter initials glued to the end of a headline."""
    window = max(seg.start, seg.end - _HEADLINE_SUFFIX_WINDOW)
    m = (
        pats.headline_suffixes.search(text, window, seg.end)
        # (the quotation mark may stand just before the window)
        if _HEADLINE_SUFFIX_NEEDS.search(text, max(0, window - 1), seg.end) is not None
        else None
    )
    rule = "headline-byline"
    if m is None:
        m = pats.headline_bylines.search(text, window, seg.end)
    stamp = _stamp_tail(text, window, seg.end, pats)
    if stamp >= 0 and (m is None or stamp < m.start()):
        s, e, rule = stamp, seg.end, "headline-stamp"
    elif m is not None:
        s, e = _trim(text, m.start(), m.end())
    else:
        s, e, rule = _initials(text, seg, nxt, pats), seg.end, "headline-initials"
        if s < 0:
            s, rule = _author(text, seg, nxt, pats), "headline-byline"
        if s < 0:
            s, rule = _glued_label(text, seg, nxt, pats), "headline-label"
        if s < 0:
            return [seg]
    h_start, h_end = _trim(text, seg.start, s)
    if h_start >= h_end:
        return [seg]
    return [
        _Seg(h_start, h_end, BlockKind.HEADING, seg.rule, seg.line, seg.gap),
        _Seg(s, e, BlockKind.BOILERPLATE, rule, seg.line),
    ]


def _stamp_tail(text: str, start: int, end: int, pats: _Patterns) -> int:
    """Start of a stamp line glued to the end of ``text[start:end]`` that opens with a
    capitalised stamp word or byline ("... Posted: 4 Feb 2021, 09:12", "... Gepubliceerd op
    3 mei 2021"), or -1.  The first such start wins (the longest stamp)."""
    if _DIGIT.search(text, start, end) is None:
        return -1
    for m in _WORD.finditer(text, start, end):
        at = m.start()
        if at == start or not text[at].isupper():
            continue
        word = pats.stamp_words.match(text, at, end)
        if word is not None and word.end() > at and _stamp_line(text, at, end, pats):
            return at
    return -1


def _resolve_title_over_byline(text: str, segs: list[_Seg], pats: _Patterns) -> None:
    """The first line of the article, over a byline or a date or time stamp line and
    before more text, is its headline whatever its shape ("Zwembad dicht. Raad zoekt
    alternatief" / "4 mei 2021, 09:12"): the lead does not stand over its byline.  It is
    one or two sentences of at most ``_HEAD_MAX_WORDS`` words, on a line of its own, that
    does not end in a full stop (a short first paragraph over a stamp stays text)."""
    first = next((i for i, seg in enumerate(segs) if seg.kind is not BlockKind.BOILERPLATE), None)
    if first is None or first + 2 >= len(segs):
        return
    seg, nxt = segs[first], segs[first + 1]
    if (
        seg.kind is not BlockKind.PARAGRAPH
        or seg.rule != "paragraph"
        or nxt.kind is not BlockKind.BOILERPLATE
        or nxt.line == seg.line
        or (first > 0 and segs[first - 1].line == seg.line)
        or not _starts_capital(text[seg.start : seg.end])
        or text[seg.start : seg.end].rstrip(_CLOSERS_SPACE)[-1:] in ".…;,:"
        or len(text[seg.start : seg.end].split(maxsplit=_HEAD_MAX_WORDS)) > _HEAD_MAX_WORDS
        or sum(1 for _ in islice(_SENTENCE_CUT.finditer(text, seg.start, seg.end), 2)) > 1
        or not _byline_or_stamp(text, nxt, pats)
        or not any(s.kind is BlockKind.PARAGRAPH for s in islice(segs, first + 2, None))
    ):
        return
    seg.kind, seg.rule = BlockKind.HEADING, "headline"


def _byline_or_stamp(text: str, seg: _Seg, pats: _Patterns) -> bool:
    """Whether the boilerplate *seg* is a byline or a date or time stamp line."""
    start, end = seg.start, seg.end
    return (
        seg.rule in ("stamp-line", "byline")
        or (
            pats.stamp_start.match(text, start, end) is not None
            and _stamp_line(text, start, end, pats)
        )
        or pats.byline_start.match(text, start, end) is not None
        # a stamp word and a number: "Updated 2 hours ago", "Bijgewerkt 1 uur geleden"
        or (
            _DIGIT.search(text, start, end) is not None
            and (m := pats.stamp_words.match(text, start, end)) is not None
            and m.end() > start
            and text[start].isalpha()
        )
    )


def _resolve_headings(text: str, segs: list[_Seg], pats: _Patterns) -> list[_Seg]:
    """Decide heading-like lines by position: headline zone, body, end of article."""
    out: list[_Seg] = []
    in_head = True
    seen_heading = False
    for i, seg in enumerate(segs):
        if seg.kind is BlockKind.PARAGRAPH:
            in_head = False
        if seg.kind is BlockKind.HEADING and seg.rule == "glued-headline" and in_head:
            # a headline glued to the lead may end in initials or a name too
            out.extend(_split_headline(text, seg, segs[i + 1] if i + 1 < len(segs) else None, pats))
            continue
        if seg.kind is not BlockKind.HEADING or seg.rule not in ("heading", "labelled"):
            out.append(seg)
            continue
        if seg.rule == "labelled" and not in_head:
            # "VIDEO | ..." in the body: the title of a video or live blog, not a subheading
            seg.kind, seg.rule = BlockKind.BOILERPLATE, "labelled-title"
            out.append(seg)
            continue
        if (
            in_head
            and pats.section_labels is not None
            and pats.section_labels.fullmatch(text, seg.start, seg.end) is not None
        ):
            seg.kind, seg.rule = BlockKind.BOILERPLATE, "section-label"
            out.append(seg)
            continue
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        if nxt is not None and not nxt.gap and _SIGNATURE.match(text, nxt.start):
            # The text of an embedded post, signed on the next line: speech, not a heading.
            seg.kind, seg.rule = BlockKind.PARAGRAPH, "paragraph"
            in_head = False
            out.append(seg)
            continue
        words = len(text[seg.start : seg.end].split())
        if in_head:
            if seen_heading and _name_like(text[seg.start : seg.end], pats):
                seg.kind, seg.rule = BlockKind.BOILERPLATE, "byline"
                out.append(seg)
                continue
            if not seen_heading and _kicker(
                text, seg, _after_labels(text, segs, i + 1, pats), pats
            ):
                seg.kind, seg.rule = BlockKind.BOILERPLATE, "kicker"
                out.append(seg)
                continue
            seen_heading = True
            seg.rule = "headline"
            out.extend(_split_headline(text, seg, nxt, pats))
            continue
        question = text[seg.start : seg.end].rstrip(_QUOTE_CLOSERS)[-1:] in "?!"
        if words > (_QUESTION_HEADING_MAX_WORDS if question else _HEADING_MAX_WORDS):
            seg.kind, seg.rule = BlockKind.PARAGRAPH, "paragraph"
        out.append(seg)
    _resolve_lists(out)
    _resolve_colon_lists(text, out)
    return out


def _kicker(text: str, seg: _Seg, nxt: _Seg | None, pats: _Patterns) -> bool:
    """A label of a few words right above a longer headline: the topic or section of the
    page ("Noord-Korea", "Oorlog in Oekraïne"), the site's name or the author's name.  A
    label is a name: every word capitalised but function words ("Storm treft kust" is a
    short headline over a standfirst)."""
    return (
        nxt is not None
        and all(
            w[:1].isupper() or not w[:1].isalpha() or w.lower() in pats.function_words
            for w in text[seg.start : seg.end].split()
        )
        and nxt.kind is BlockKind.HEADING
        and nxt.rule in ("heading", "labelled")
        and nxt.line != seg.line
        and (size := len(text[seg.start : seg.end].split())) <= _KICKER_MAX_WORDS
        # the headline is longer by two words at least, and has three at least
        and len(text[nxt.start : nxt.end].split(maxsplit=_KICKER_MAX_WORDS + 1))
        >= max(_KICKER_MIN_HEADLINE, size + 2)
        # a byline under a short headline: "Pool to Close" / "Jane Doe and John Roe"
        and not _name_like(text[nxt.start : nxt.end], pats)
    )


def _after_labels(text: str, segs: list[_Seg], i: int, pats: _Patterns) -> _Seg | None:
    """The first segment from *i* on that is no section label ("World") and no label glued
    before a heading ("LIVE:"): what a site's name above them stands over."""
    labels = pats.section_labels
    for seg in islice(segs, i, None):
        if seg.rule == "heading-label" or (
            seg.kind is BlockKind.HEADING
            and labels is not None
            and labels.fullmatch(text, seg.start, seg.end) is not None
        ):
            continue
        return seg
    return None


def _resolve_lists(segs: list[_Seg]) -> None:
    """Heading-like lines in the body that follow each other line by line are a list."""
    run: list[_Seg] = []
    for seg in [*segs, None]:
        listed = (
            seg is not None
            and seg.kind is BlockKind.HEADING
            and seg.rule == "heading"
            and (not run or (not seg.gap and seg.line != run[-1].line))
        )
        if listed and seg is not None:
            run.append(seg)
            continue
        if len(run) > 1:
            for item in run:
                item.kind, item.rule = BlockKind.PARAGRAPH, "list-item"
        run = (
            [seg]
            if seg is not None and seg.kind is BlockKind.HEADING and seg.rule == "heading"
            else []
        )


def _resolve_colon_lists(text: str, segs: list[_Seg]) -> None:
    """The short lines right under a paragraph that ends in a colon ("De maatregelen:")
    are the items of a list, not subheadings or labels, up to the next blank line."""
    after_colon = False
    for prev, seg in pairwise(segs):
        if seg.gap or seg.line == prev.line:
            after_colon = False
        if prev.kind is BlockKind.PARAGRAPH and text[prev.end - 1] == ":":
            after_colon = not seg.gap and seg.line != prev.line
        if after_colon and seg.rule in ("heading", "label"):
            seg.kind, seg.rule = BlockKind.PARAGRAPH, "list-item"


def _resolve_links(text: str, segs: list[_Seg], pats: _Patterns) -> None:
    """The headline-like lines after a "Lees ook" or "Related" label are links: up to
    ``_MAX_LINKS`` headlines, or up to ``_MAX_TOPICS`` short topics ("Meer over" a place)."""
    if pats.link_labels is None:
        return
    links_left = topics_left = 0
    for seg in segs:
        linked = seg.kind is BlockKind.HEADING or seg.rule == "list-item"
        short = linked and len(text[seg.start : seg.end].split()) <= _KICKER_MAX_WORDS
        if linked and (topics_left if short else links_left):
            seg.kind, seg.rule = BlockKind.BOILERPLATE, "link"
            if short:
                topics_left -= 1
            else:
                links_left -= 1
        elif seg.kind is not BlockKind.BOILERPLATE:
            links_left = topics_left = 0
        elif pats.link_labels.fullmatch(text, seg.start, seg.end) is not None:
            links_left, topics_left = _MAX_LINKS, _MAX_TOPICS


def _resolve_end(text: str, segs: list[_Seg]) -> None:
    """Repeated headlines and heading-like lines after the last paragraph are boilerplate."""
    headings: set[str] = set()
    longest = 0
    for seg in segs:
        if seg.kind is BlockKind.HEADING:
            value = " ".join(text[seg.start : seg.end].split())
            if value in headings:
                seg.kind, seg.rule = BlockKind.BOILERPLATE, "repeated-heading"
            headings.add(value)
            longest = max(longest, seg.end - seg.start)
        elif (
            seg.kind is BlockKind.PARAGRAPH
            and seg.end - seg.start <= 2 * longest
            and " ".join(text[seg.start : seg.end].split()) in headings
        ):
            seg.kind, seg.rule = BlockKind.BOILERPLATE, "repeated-heading"
    if not any(seg.kind is BlockKind.PARAGRAPH for seg in segs):
        return
    for seg in reversed(segs):
        if seg.kind is BlockKind.HEADING:
            seg.kind, seg.rule = BlockKind.BOILERPLATE, "trailing"
            continue
        if seg.kind is BlockKind.PARAGRAPH:
            value = text[seg.start : seg.end]
            if len(value.split()) <= 3 and value.rstrip().endswith(("...", "…")):
                seg.kind, seg.rule = BlockKind.BOILERPLATE, "trailing"
                continue
            break


def _resolve_teaser(text: str, segs: list[_Seg], pats: _Patterns) -> None:
    """A long heading and one short paragraph that end the article are the title and blurb
    of an embedded video or linked story, not a last section: a heading of at least
    ``_TEASER_MIN_WORDS`` words (a subheading is shorter), then at most
    ``_TEASER_MAX_WORDS`` words in at most two sentences; neither reports speech or
    holds a quotation mark."""
    content = [
        i for i, seg in enumerate(segs) if seg.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)
    ]
    if len(content) < 3:
        return
    head, blurb = segs[content[-2]], segs[content[-1]]
    if (
        head.kind is not BlockKind.HEADING
        or head.rule != "heading"
        or blurb.rule != "paragraph"
        or blurb.line == head.line
        or segs[content[-3]].kind is not BlockKind.PARAGRAPH
        or len(text[head.start : head.end].split()) < _TEASER_MIN_WORDS
        or len(text[blurb.start : blurb.end].split(maxsplit=_TEASER_MAX_WORDS)) > _TEASER_MAX_WORDS
        or sum(1 for _ in islice(_SENTENCE_CUT.finditer(text, blurb.start, blurb.end), 2)) > 1
        or _reports(text, blurb.start, blurb.end, pats)
        or _QUOTE_MARK.search(text, head.start, blurb.end) is not None
    ):
        return
    for seg in (head, blurb):
        seg.kind, seg.rule = BlockKind.BOILERPLATE, "teaser"


def _resolve_captions(text: str, segs: list[_Seg]) -> list[_Seg]:
    """A line repeated in the caption under it is part of the caption; join caption runs."""
    for i in range(len(segs) - 2, -1, -1):
        seg, nxt = segs[i], segs[i + 1]
        if (
            nxt.kind is BlockKind.CAPTION
            and not nxt.gap
            and seg.kind is not BlockKind.CAPTION
            and seg.line != nxt.line
            and text.startswith(text[seg.start : seg.end], nxt.start)
        ):
            seg.kind, seg.rule = BlockKind.CAPTION, "caption-line"
    out: list[_Seg] = []
    for seg in segs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind is BlockKind.CAPTION
            and seg.kind is BlockKind.CAPTION
            and not seg.gap
            and prev.line != seg.line
        ):
            prev.end = seg.end
            prev.line = seg.line
            continue
        out.append(seg)
    return out


def _resolve_lead(text: str, segs: list[_Seg]) -> list[_Seg]:
    """Split a dateline in title case off the first paragraph: "Brussel - De minister ..."."""
    for i, seg in enumerate(segs):
        if seg.kind is not BlockKind.PARAGRAPH:
            continue
        m = _LEAD_DATELINE.match(text, seg.start, seg.end)
        if m is None:
            return segs
        p_start, p_end = _trim(text, m.end(), seg.end)
        dateline = _Seg(
            seg.start, m.end(), BlockKind.BOILERPLATE, "lead-dateline", seg.line, seg.gap
        )
        lead = _Seg(p_start, p_end, seg.kind, seg.rule, seg.line)
        return [*segs[:i], dateline, lead, *segs[i + 1 :]]
    return segs


#: A sentence of a paragraph: segment index, start, end, whether it is the whole
#: paragraph, whether the paragraph holds an opening quotation mark.
_Sentence = tuple[int, int, int, bool, bool]


def _sentences(
    text: str, segs: list[_Seg], kind: BlockKind = BlockKind.PARAGRAPH
) -> list[_Sentence]:
    """The sentences of the paragraphs (or of the blocks of another *kind*)."""
    out: list[_Sentence] = []
    cut, mark = _SENTENCE_CUT.finditer, _OPENING_MARK.search
    for si, seg in enumerate(segs):
        if seg.kind is not kind:
            continue
        start = pos = seg.start
        marked = mark(text, start, seg.end) is not None
        for m in cut(text, start, seg.end):
            # a sentence ends after a word of two letters or more, not after "J." or "3."
            at = m.start()
            if at - 2 >= pos and text[at - 2 : at].isalpha():
                out.append((si, pos, m.end(1), False, marked))
                pos = m.end()
        out.append((si, pos, seg.end, pos == start, marked))
    return out


def _words_of(text: str, start: int, end: int) -> list[str]:
    return [w.lower() for w in _ALPHA_WORD.findall(text, start, end)]


def _in_order(words: list[str], later: list[str]) -> bool:
    """Whether *words* occur in *later* in the same order (other words between)."""
    rest = iter(later)
    return all(w in rest for w in words)


def _repeats(
    text: str, sents: list[_Sentence], pats: _Patterns, captions: frozenset[str] = frozenset()
) -> list[tuple[int, int, int]]:
    """The copies of sentences that are printed twice: a caption or pull quote glued into
    the text, as (segment index, start, end).

    A sentence of at least ``_REPEAT_MIN_WORDS`` words that comes back verbatim within
    ``_REPEAT_WINDOW`` sentences is a copy: the first one, unless only the second stands
    alone as a paragraph.  So is an unfinished sentence glued before a quotation
    ('... populariteit "Noord-Korea is ...') whose words a later sentence holds in order
    (the pull quote shortens the sentence it repeats), and a sentence of a paragraph that
    repeats a sentence of one of the *captions* (the caption glued into the text).  A
    sentence that reports speech
    (a reporting word: "zegt", "volgens", "said") is article text even when printed twice.
    """
    found: list[tuple[int, int, int]] = []
    seen: dict[str, int] = {}
    least = _REPEAT_MIN_WORDS - 1
    for k, (si, a, b, alone, marked) in enumerate(sents):
        key = text[a:b]
        if key.count(" ") < least:
            continue
        if key in captions and not _reports(text, a, b, pats):
            found.append((si, a, b))
            continue
        j = seen.get(key)
        seen[key] = k
        if j is not None and k - j <= _REPEAT_WINDOW and not _reports(text, a, b, pats):
            first = sents[j]
            copy = (si, a, b) if alone and not first[3] else first[:3]
            found.append(copy)
            continue
        frag = _quote_after_word(text, a, b) if marked else -1
        if frag < 0:
            continue
        words = _words_of(text, a, frag)
        if len(words) < _REPEAT_MIN_WORDS or not pats.speech_words.isdisjoint(words):
            continue
        for later in sents[k + 1 : k + 1 + _REPEAT_WINDOW]:
            if _in_order(words, _words_of(text, later[1], later[2])):
                found.append((si, a, frag))
                break
    return found


def _resolve_repeats(text: str, segs: list[_Seg], pats: _Patterns) -> list[_Seg]:
    """Cut the copies found by :func:`_repeats` out of their paragraphs."""
    cuts: dict[int, list[tuple[int, int]]] = {}
    captions = (
        frozenset(text[a:b] for _, a, b, _, _ in _sentences(text, segs, BlockKind.CAPTION))
        if any(seg.kind is BlockKind.CAPTION for seg in segs)
        else frozenset()
    )
    for si, a, b in _repeats(text, _sentences(text, segs), pats, captions):
        cuts.setdefault(si, []).append((a, b))
    if not cuts:
        return segs
    out: list[_Seg] = []
    for si, seg in enumerate(segs):
        if si not in cuts:
            out.append(seg)
            continue
        pos, first = seg.start, True
        for a, b in sorted(cuts[si]):
            if a < pos:
                continue
            for s, e, kind, rule in (
                (pos, a, seg.kind, seg.rule),
                (a, b, BlockKind.BOILERPLATE, "repeated-sentence"),
            ):
                s, e = _trim(text, s, e)
                if s < e:
                    out.append(_Seg(s, e, kind, rule, seg.line, seg.gap and first))
                    first = False
            pos = b
        s, e = _trim(text, pos, seg.end)
        if s < e:
            out.append(_Seg(s, e, seg.kind, seg.rule, seg.line, seg.gap and first))
    return out


def _promote_headline(segs: list[_Seg]) -> None:
    """The first heading above the first paragraph is the headline; the others there are
    subheadings (a standfirst)."""
    found = False
    for seg in segs:
        if seg.kind is BlockKind.PARAGRAPH:
            return
        if seg.kind is BlockKind.HEADING and seg.rule in ("headline", "glued-headline"):
            if found:
                seg.rule = "standfirst"
            else:
                seg.kind, found = BlockKind.HEADLINE, True


def _speech(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether ``text[start:end]`` holds a quotation with a reporting cue: quotation marks
    and a reporting word ("zegt", "said", "aldus", "according") or a colon before a mark."""
    if _QUOTE_MARK.search(text, start, end) is None:
        return False
    if _COLON_QUOTE.search(text, start, end) is not None:
        return True
    words = pats.speech_words
    return any(w.lower() in words for w in _ALPHA_WORD.findall(text, start, end))


def _reports(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether ``text[start:end]`` holds a reporting word or a quotation with a cue."""
    words = pats.speech_words
    return _COLON_QUOTE.search(text, start, end) is not None or any(
        w.lower() in words for w in _ALPHA_WORD.findall(text, start, end)
    )


def _keep_speech(text: str, segs: list[_Seg], pats: _Patterns) -> None:
    """Nothing is silently lost: boilerplate or a caption that holds a quotation with a
    reporting cue is article text after all (the quote stage reads only article text).

    Reader comments after a comment-section marker and the links after a "Lees ook"
    label are other people's words and other articles, and stay boilerplate.
    """
    labels = pats.link_labels
    for seg in segs:
        if (
            seg.kind in (BlockKind.BOILERPLATE, BlockKind.CAPTION)
            and seg.rule not in ("comments", "link")
            and (labels is None or labels.match(text, seg.start, seg.end) is None)
            and _speech(text, seg.start, seg.end, pats)
        ):
            seg.kind, seg.rule = BlockKind.PARAGRAPH, "speech-kept"


def split_blocks(ctx: Context) -> list[Block]:
    """Blocks covering every non-whitespace character of ``ctx.text[ctx.body_start:]``.

    >>> from koreanews._context import Context
    >>> from koreanews.lang import get_profile
    >>> text = "Nieuwe sancties\\n\\nSeoul besluit tot nieuwe maatregelen.\\n\\nBron: Belga"
    >>> [(b.kind.value, b.text) for b in split_blocks(Context(text, "nl", get_profile("nl")))]
    [('headline', 'Nieuwe sancties'), ('paragraph', 'Seoul besluit tot nieuwe maatregelen.'), \
('boilerplate', 'Bron: Belga')]
    """
    text = ctx.text
    pats = _patterns(ctx.profile.code)
    segs: list[_Seg] = []
    # headed: a heading or paragraph came before (no headline is glued to a later line)
    in_tail = lead_seen = headed = False
    common = _Common(text, ctx.body_start)
    for index, (start, end, gap) in enumerate(_units(text, ctx.body_start)):
        if not in_tail and pats.tail is not None and pats.tail.fullmatch(text, start, end):
            in_tail = True
        if in_tail:
            segs.append(_Seg(start, end, BlockKind.BOILERPLATE, "comments", index, gap))
            continue
        whole = _whole_line(text, start, end, pats, index)
        if whole is not None:
            whole.gap = gap
            segs.append(whole)
            continue
        cap = _glued_caption(text, start, end, pats)
        if cap > start:
            segs.append(_Seg(start, cap, BlockKind.CAPTION, "glued-caption", index, gap))
            start, gap = _trim(text, cap, end)[0], False
        if not headed:
            glued = _headline_before_prefix(text, start, end, pats)
            if glued > start:
                h_end = _trim(text, start, glued)[1]
                segs.append(_Seg(start, h_end, BlockKind.HEADING, "glued-headline", index, gap))
                start, gap = glued, False
        front, s, e, back = _peel(text, start, end, pats, index, not lead_seen)
        peeled = s != start or e != end
        # (a lead after a dateline has no headline glued to it)
        head = not front and not lead_seen
        line_segs = [*front, *_classify(text, s, e, pats, index, peeled, head, common), *back]
        line_segs[0].gap = gap
        lead_seen = lead_seen or any(seg.kind is BlockKind.PARAGRAPH for seg in line_segs)
        headed = lead_seen or any(seg.kind is BlockKind.HEADING for seg in line_segs)
        segs.extend(line_segs)
    segs = _resolve_headings(text, segs, pats)
    _resolve_title_over_byline(text, segs, pats)
    segs = _resolve_lead(text, segs)
    _resolve_links(text, segs, pats)
    _resolve_end(text, segs)
    _resolve_teaser(text, segs, pats)
    segs = _resolve_captions(text, segs)
    segs = _resolve_repeats(text, segs, pats)
    _promote_headline(segs)
    _keep_speech(text, segs, pats)
    lang = ctx.profile.code
    return [
        Block(
            seg.kind, text[seg.start : seg.end], Span(seg.start, seg.end), rule=f"{lang}:{seg.rule}"
        )
        for seg in segs
    ]
