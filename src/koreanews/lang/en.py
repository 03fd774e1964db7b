"""English (en): the data koreanews uses for English articles.

Sections follow the pipeline stages; each stage owns its section.
"""

from __future__ import annotations

from ._profile import LanguageProfile, ReportingVerb

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
    r"(?:article|story|text) continues (?:below|after)(?: (?:the )?(?:advertisement|ad|video))?",
    r"advertisement[ \t]*[-–—:][ \t]*(?:scroll|continue)\b.{0,40}|supported by",
    r"\(?(?:read|see|watch|listen) (?:more|also|next|now)\b.{0,200}",
    r"(?:related|recommended|more on this story|more from\b.{0,40})(?: articles?| stories)?:?",
    r"more (?:news|stories) (?:from|about|in|on)\b[^\n.!?]{0,60}",
    r"(?:(?:story|written|words|text|posted) )?by\s+<NAME>(?:,?\s+(?:and|&)\s+<NAME>)?"
    r"(?:[ \t]+on[ \t]+<DATE>)?"
    r"(?:(?:,|[ \t]+[|–—•·-]|[ \t]+in\b)\s*(?-i:[A-Z0-9]).{0,40})?"
    r"(?:\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)?",
    # "Jane Doe, Seoul correspondent", "Jane Doe, staff writer"
    r"<NAME>[ \t]*[,·•|][ \t]+(?:[\w-]+[ \t]+){0,2}?(?:correspondent|reporter|editor|writer"
    r"|contributor|bureau chief)s?(?:[ \t]+(?:in|for|at)[ \t]+[^\n]{0,30}[^.!?:;,\s])?",
    # "From our correspondent in Seoul", "By our foreign staff", "By The Associated Press"
    r"(?:from|by) (?:our|an?) (?:own )?(?:[\w-]+ )?(?:correspondents?|reporters?|staff"
    r"(?: writers?| reporters?)?|editors?|writers?)(?:[ \t,]+[^\n]{0,60}[^.!?:;,\s])?",
    r"by (?:the )?(?:associated press|press association|reuters|afp|agence france-presse|yonhap"
    r"(?: news agency)?|bloomberg|ap)(?:[ \t,]+[^\n]{0,40}[^.!?:;,\s])?",
    r".{1,80} contributed to this (?:report|story|article)\.?",
    # "Associated Press writers Tom Reed and Sam Lee contributed.", "... contributed reporting."
    r"[^\n]{0,40}\b(?:writers?|reporters?|correspondents?) [^\n]{1,80} contributed\.?"
    r"|[^\n]{1,80} contributed reporting\b[^\n]{0,40}",
    # a staff title alone: "Staff Reporter", "Senior Correspondent"
    r"(?:staff|senior|chief|political|foreign|diplomatic|security|business) (?:reporter|writer"
    r"|correspondent|editor)s?",
    r"(?:this (?:article|story) (?:was|first) (?:originally )?(?:published|appeared)\b).{0,150}",
    r"(?:tags|topics|filed under)\s*:.{0,200}|related coverage|all rights reserved\.?|tags|topics",
    r"click here\b.{0,100}|subscribe(?: now| today| here)?",
    r"(?:updated|posted|published)?\s*\d+ (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago",
    r"our standards:.{0,100}",
    r"(?:image|media) (?:copyright|caption)\b.{0,150}",
    r"(?:follow|like) (?:us|<NAME>|@\w+) on (?:twitter|facebook|instagram|x|linkedin)\b.{0,80}",
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b.{0,300}",
    r"(?:source|sources|via)\s*:\s*.{1,80}",
    r"(?:(?:last )?(?:modified|updated|published|posted)|first published)(?: on| at|[ \t]*:)?"
    r"\s(?=.{0,60}\d).{0,100}[^.!?]",
    r"reblogged this on\b.{0,100}|fill in your details below\b.{0,100}|connecting to %s",
    r"you are commenting using your\b.{0,100}|notify me of (?:new|follow-up)\b.{0,100}",
    r"this site uses akismet\b.{0,100}|(?:facebook|twitter|google|wordpress\.com) photo",
    r"\d{1,3}\.\s*<NAME> (?:says|said|wrote|replied):",
    r"(?:share|share this|share (?:this|the|full) (?:article|story))(?: on| via| with)?(?:[ ,:]*"
    r"(?:facebook|twitter|whatsapp|linkedin|e-?mail|reddit|x)\b)*:?",
    r"(?:click|tap) to (?:share|email|print)\b.{0,80}",
    r"(?:sign up|subscribe)\b.{0,120}(?:newsletter|inbox|free)\b.{0,120}",
    r"\d+ min(?:ute)?s? read",
    r"loading\.{0,3}|like this:?|like loading\.{0,3}|email this|print this(?: article)?",
    r"video|photos?|watch|breaking(?: news)?|live updates?|exclusive|opinion|analysis",
    # link lines: "SEE ALSO: ...", "RELATED: ...", "More: ..."
    r"(?:related|more|also read|must read|don't miss|recommended|trending|top stories|most read"
    r"|popular|latest|explore more)\s*:.{1,200}",
    # page furniture: navigation, account and site links
    r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer)|skip navigation"
    r"|switch to the (?:desktop|mobile) (?:site|version)|(?:view|go to) (?:the )?(?:desktop|mobile)"
    r" (?:site|version)|toggle navigation|menu|search|sign in|log in|log out|register"
    r"|close|back to top|home|most popular|most read|most viewed|editor's picks"
    r"|in case you missed it"
    r"|sponsored by\b.{0,60}|paid (?:post|content)|partner content|advertisement feature",
    # video players and embeds: "Play video", "Media playback is unsupported on your device"
    r"(?:play|replay|watch|pause|mute|unmute) (?:the )?video|now playing|up next|video player"
    r"|media playback is (?:unsupported|not supported)\b.{0,60}|duration:?\s*\d{1,2}:\d{2}"
    r"|(?:video|media|image) caption\s*:?.{0,150}",
    # cookie walls and blocked embeds
    r"(?:to (?:view|see|watch|play) this (?:content|video|tweet|post|embed|media)\b.{0,150})"
    r"|(?:this (?:content|video|embed|tweet|post) (?:is|was|has been|cannot|can ?not"
    r"|isn't)\b.{0,150})"
    r"|(?:we use cookies|(?:accept|manage|allow) (?:all )?cookies|cookie (?:settings|policy"
    r"|preferences))\b.{0,200}",
    r"(?:this (?:web)?site|[\w.-]+) uses cookies\b.{0,200}",
    # newsletter, typo and tip lines
    r"get (?:[^\n]{1,60}?)(?:in|to|delivered to) your inbox\b.{0,80}",
    r"(?:spotted|found|notice[d]?|see) an? (?:typo|error|mistake)\b.{0,150}"
    r"|(?:got|have) a (?:news )?(?:tip|story)\?.{0,120}",
    # social widgets
    r"(?:connect|follow|share)(?: with)?(?: us| me| \w+)? (?:on|via) (?:linked ?in|twitter|facebook"
    r"|instagram|whatsapp|x|e-?mail)\b.{0,40}",
    r"image source\b.{0,100}|continue reading(?: the main story| below)?\.?|related topics"
    r"|listen to (?:this|the) (?:article|story)\b.{0,40}|save (?:article|story)|print|listen"
    r"|newsletter|more news|latest (?:videos|stories|news)|related articles",
    # share, link and reading widgets; "read next" and "about the author" headers
    r"copy (?:this )?link|link copied|close share panel|read more about sharing\.?"
    r"|these are external links and will open in a new window\.?|x \(twitter\)|tumblr|tweet|pin"
    r"|save|(?:print|email|share) this (?:page|article|story)|advertisement \d{1,2}"
    r"|latest [\w ]{1,30} (?:stories|news|videos)|don't miss|top stories|watch live"
    r"|report an? (?:typo|error|correction)|read the full (?:story|article)|read next"
    r"|(?:what|more) to read next|you (?:might|may) also (?:like|be interested in)"
    r"|about (?:the|this) (?:author|story|article|reporter)|find out more|read the latest"
    r"|follow us|(?:email|contact|follow) the (?:author|reporter|writer)"
    r"|reading time:? \d{1,3} min(?:ute)?s?",
    r"get the latest\b.{0,80}\b(?:delivered|inbox|daily|app)\b.{0,60}",
    # the site's footer and comment widgets: "Terms of Use", "Privacy Policy", "View comments"
    r"sections|(?:reuters|ap|afp|bloomberg|yonhap) staff"
    r"|terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice|settings)"
    r"|cookie policy|contact us|about us|download (?:our|the) app|embed"
    # blog and theme furniture: "- Advertisement -", "Cancel reply", "Popular Posts"
    r"|[-–—]+[ \t]*advertisement[ \t]*[-–—]+|tweet on twitter|cancel reply|spread the love"
    r"|you must be logged in to post a comment\.?|no comments(?: yet)?|search for:?"
    r"|editor(?:'s|s)? picks|popular (?:posts|categor(?:y|ies))|(?:related|recent|popular) posts"
    r"|categories|archives|(?:previous|next) (?:post|article|story)[ \t]*[^\n.!?]{1,150}"
    r"|(?:show|view|hide|load) (?:all )?comments|please enable javascript\b.{0,80}",
    # a reporter's handle: "Jane Doe on Twitter: @janedoe"
    r"[^\n@]{1,60}? on (?:twitter|instagram|threads|bluesky)\s*:?\s*@\w+",
    # a wire service's notice: "This material may not be published, broadcast, rewritten or
    # redistributed."
    r"this material may not be (?:published|reproduced)\b.{0,120}",
    r"(?:copyright )?\d{4} (?:the )?(?:associated press|reuters|afp|bloomberg)\b.{0,150}",
    # news-site widgets: ad placeholders, video errors, save and comment prompts
    # blog and site navigation: "Posted in News", "Bookmark the permalink.", "Next Post →"
    r"(?:posted in|filed under|categories:?)[ \t]+[^\n.!?]{1,100}|bookmark the permalink\.?"
    r"|[←«‹<]?[ \t]*(?:previous|next|older|newer) (?:post|article|story|entry)[ \t]*[→»›>]?"
    r"|trending(?: now| stories| topics)?"
    r"|recommended (?:from|for you|videos?|reading)\b[^\n.!?]{0,40}",
    r"article content|breadcrumb trail links|join the conversation|suggest a correction"
    r"|this advertisement has not loaded yet\b.{0,100}|we apologi[sz]e, but this video has failed"
    r"\b.{0,80}|you can save this article\b.{0,200}|share this (?:story|page)\s*:?.{0,200}"
    r"|more from (?:the )?author|related (?:stories|internet links|articles)"
    r"|save my name, e-?mail\b.{0,150}|you have entered an incorrect e-?mail address!?",
    # a broadcast note: "First broadcast on Radio 4's Today programme on 8 March 2013."
    r"(?:this \w+ was )?first (?:broadcast|aired|shown) (?:on|in|by)\b.{0,150}",
    # the site's disclaimer: "The BBC is not responsible for the content of external sites."
    r"[^\n]{1,44}? (?:is|are) not responsible for the content of external\b.{0,150}",
)
BOILERPLATE_PREFIXES: tuple[str, ...] = (
    # a photo credit before the lead: "PHOTO: AFP The council ...", "Photo by Jane Doe The ..."
    r"(?:photo(?:graph)?|picture|image)s?(?:\s*:|\s+(?:by|courtesy(?: of)?))\s*<CREDIT>"
    r"<SENTENCE_START>",
)
BOILERPLATE_SUFFIXES: tuple[str, ...] = (
    r"\(?read more\)?",
    r"(?<=[.!?\"”’'»])[ \t]*source\s*:\s*<CREDIT>",
    r"\((?:additional )?(?:reporting|writing|editing) by\b[^()]{0,300}\)",
    r"\(?(?:photo(?:graph)?|picture|image)s?(?:\s*:|\s+(?:by|courtesy(?: of)?))\s*<CREDIT>\)?",
    # a picture's credit or caption label after the last sentence: "... said. Image copyright
    # Reuters", "... Image caption Residents watch the news"
    r"(?<=[.!?\"”’'])[ \t]*(?:image|media|video) (?:copyright|caption|source)\b[^\n]{0,200}",
)
CAPTION_LINES: tuple[str, ...] = (
    r"(?:.{0,300}[\s(])?\(?(?:photo(?:graph)?|picture|image|file photo|credit)s?"
    r"(?:\s*:|\s+(?:by|courtesy(?: of)?))\s*<CREDIT>\)?",
    # "... Credit: Jane Doe for The Courier", "... (Courtesy of the Mill Lane Club)"
    r"(?:.{0,300}[\s(])?credit:\s*<LETTERS_NAME>(?:\s+for\s+<CREDIT>)?",
    r"(?:.{0,300}[.!?][\"”’']?\s+)?\(courtesy(?: of)?\s+(?:the\s+)?<CREDIT>\)",
    # an agency's photo credit in parentheses: "(AP Photo/Jane Doe, File)"
    r"(?:.{0,300}[\s.(])?\((?:[\w.-]+ )?photo(?: ?/[^()\n]{1,60})?\)",
    # a credit alone: "Courtesy of Jane Doe"
    r"courtesy(?: of)?\s+(?:the\s+)?<CREDIT>",
)
BOILERPLATE_TAIL: tuple[str, ...] = (
    r"leave a (?:reply|comment)(?: cancel reply)?",
    r"(?:\d+|one|no|two|three) (?:comments?|thoughts?|responses?|replies) (?:on|to)\b.{0,300}",
    r"(?:\d+ )?comments?(?: \(\d+\))?:?",
    r"(?:post|add|write) a comment\b.{0,40}",
    r"please enter your (?:comment|name|e-?mail)\b.{0,40}|comments are closed\.?",
    r"your e-?mail address will not be published\b.{0,100}",
    r"this page is best viewed in\b.{0,600}",
)
#: Section labels of English-language news sites, alone on a line or a few together
#: ("World", "US news | Politics").
_SECTION = (
    r"(?:world|uk|us|u\.s\.|politics|business|economy|markets|money|sports?|football|culture"
    r"|arts|entertainment|media|opinion|comment|science|tech|technology|health|environment"
    r"|climate|asia(?:[- ]pacific)?|europe|americas|africa|middle east|australia|news|world news"
    r"|uk news|us news|global|national|local|lifestyle|travel|video|live|analysis|features"
    r"|investigations?|korea|north korea|south korea|home|latest news|top stories)"
)
SECTION_LABELS: tuple[str, ...] = (
    _SECTION + r"(?:[ \t]*(?:[/|•·>›»,&-]|and)[ \t]*" + _SECTION + r"){0,4}",
)
HEADING_LABELS: tuple[str, ...] = (
    r"(?:live(?: updates?)?|video|watch|listen|photos?|gallery|in pictures|podcast)"
    r"[ \t]*(?:[:|]|[–—]|-(?=[ \t]))[ \t]*",
    r"(?-i:LIVE|VIDEO|WATCH)[ \t]+(?=(?-i:[A-Z]))",
    # a wire service's labels: "(LEAD)", "(2nd LD)", "(URGENT)"
    r"\((?-i:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|News Focus|Yonhap Interview)\)[ \t]*",
)
STAMP_WORDS: tuple[str, ...] = (
    r"(?:(?:last|first)[ \t]+)?(?:published|updated|posted|modified|edited|today|yesterday)"
    r"(?:[ \t]+(?:on|at))?[ \t]*:?",
    r"(?:on|at|et|edt|est|gmt|bst|utc|cet|kst)\b",
    r"(?:an?|one|\d{1,3}) (?:minutes?|hours?|days?|weeks?|months?|years?) ago",
    r"\d{1,3} min(?:ute)?s? read",
)
CAPTION_MARKERS: tuple[str, ...] = (
    r",[ \t]+(?:(?:second|third|far|top|bottom|front|back)[ \t]+)?(?:from[ \t]+)?(?:left|right"
    r"|center|centre)(?:[ \t]+row)?,",
    r"\((?:left|right|center|centre|l|r|c|l-r|l to r|from left|from right|top|bottom|pictured"
    r"|file photo|inset)\)",
    # "in this undated photo", "in this photo released by KCNA", "in a file picture taken on"
    r"in (?:this|a) (?:[\w.,]+ ){0,5}?(?:photo|picture|image|handout)\b",
    r"(?:photo|picture|image) (?:released|provided|distributed|taken|made available) (?:by|on)\b",
    # a line that opens with "File photo", "This photo, taken on ...", "This undated image"
    r"(?<![^\n])(?:file|this(?: undated| file)?) (?:photo|picture|image)\b",
    # AP's file photos: "FILE - In this 2019 photo, ..."
    r"(?-i:FILE)[ \t]*[-–—][ \t]",
)
VOWELLESS_WORDS = ("tv", "pc", "cd", "dvd", "sms", "mp", "mps", "ps", "st", "vs", "km", "kg",
                   "mm", "cm", "ml", "mph", "nhs", "hq", "bbc", "cnn", "nbc", "cbs", "nyt")
SENTENCE_OPENERS = (
    "still", "yet", "instead", "indeed", "moreover", "furthermore", "nevertheless", "although",
    "though", "before", "despite", "until", "unless", "once", "some", "many", "most", "several",
    "few", "both", "each", "every", "another", "other", "even", "only", "nearly", "almost",
    "around", "among", "within", "through", "following", "amid", "for", "more", "such", "asked",
    "speaking", "officials", "residents", "critics", "supporters", "police", "experts",
)
LINK_LABELS: tuple[str, ...] = (
    r"(?:read|see|watch) (?:more|also|next)(?: on| about)?:?",
    r"(?:related )?(?:topics|tags)|more about:?|(?:topics|tags):",
    r"(?:related|recommended|more on this story|more from\b.{0,40})(?: articles?| stories"
    r"| coverage| content)?:?",
    r"more (?:news|stories) (?:from|about|in|on)\b[^\n.!?]{0,60}",
    # headers of lists of other stories: "Trending Stories", "You might also like"
    r"(?:also|must) read|don't miss|trending(?: now| stories)?|top stories|most (?:read|popular"
    r"|viewed)|latest (?:news|stories|headlines)|more (?:news|stories|headlines)|read next"
    r"|(?:what|more) to read next|you (?:might|may) also like|editor's picks|in other news:?",
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

def _verb(
    lemma: str, *forms: str, bare: tuple[str, ...] = (), addressee: bool = False
) -> ReportingVerb:
    return ReportingVerb(lemma, (lemma, *forms), bare_clause=bare, addressee=addressee)


#: Every reporting verb once, with the forms a cue takes; the stages read the lists
#: computed from these.  ``bare``: the forms that take a clause without "that" ("said it
#: would"); ``addressee``: an addressee may come before that clause ("told reporters the").
REPORTING_VERBS = (
    _verb("say", "says", "said", "saying", bare=("say", "says", "said", "saying")),
    _verb("tell", "tells", "told", "telling", addressee=True),
    _verb("add", "adds", "added", "adding", bare=("adds", "added", "adding")),
    _verb("ask", "asks", "asked"),
    _verb("write", "writes", "wrote", "written", bare=("writes", "wrote")),
    _verb("state", "states", "stated", "stating", bare=("states", "stated")),
    _verb("explain", "explains", "explained", "explaining"),
    _verb("comment", "comments", "commented"),
    _verb("affirm", "affirms", "affirmed"),
    _verb("reply", "replies", "replied"),
    _verb("announce", "announces", "announced"),
    _verb("warn", "warns", "warned", bare=("warns", "warned")),
    _verb("insist", "insists", "insisted", "insisting", bare=("insists", "insisted")),
    _verb("claim", "claims", "claimed", bare=("claims", "claimed")),
    _verb("tweet", "tweets", "tweeted"),
    _verb("note", "notes", "noted", "noting", bare=("notes", "noted")),
    _verb("report", "reports", "reported"),
    _verb("declare", "declares", "declared", "declaring"),
    _verb("vow", "vows", "vowed"),
    _verb("promise", "promises", "promised"),
    _verb("reiterate", "reiterates", "reiterated"),
    _verb("caution", "cautions", "cautioned"),
    _verb("argue", "argues", "argued", "arguing", bare=("argues", "argued", "arguing")),
    _verb("acknowledge", "acknowledges", "acknowledged"),
    _verb("admit", "admits", "admitted"),
    _verb("confirm", "confirms", "confirmed"),
    _verb("stress", "stresses", "stressed"),
    _verb("threaten", "threatens", "threatened"),
    _verb("speculate", "speculates", "speculated", bare=("speculates", "speculated")),
    _verb("suggest", "suggests", "suggested"),
    _verb("deny", "denies", "denied"),
    _verb("predict", "predicts", "predicted", bare=("predicts", "predicted")),
    _verb("urge", "urges", "urged"),
    _verb("emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"),
    _verb("reaffirm", "reaffirms", "reaffirmed", "reaffirming"),
    _verb("recall", "recalls", "recalled"),
    _verb("respond", "responds", "responded"),
    _verb("decry", "decries", "decried"),
    _verb("liken", "likens", "likened"),
    _verb("quote", "quotes", "quoted"),
    _verb("complain", "complains", "complained"),
    _verb("observe", "observes", "observed"),
    _verb("conclude", "concludes", "concluded"),
    _verb("maintain", "maintains", "maintained"),
    _verb("contend", "contends", "contended"),
    _verb("allege", "alleges", "alleged"),
    _verb("posit", "posits", "posited"),
    _verb("hail", "hails", "hailed"),
    _verb("continue", "continues", "continued"),
    _verb("remark", "remarks", "remarked", "remarking"),
    _verb("assert", "asserts", "asserted", "asserting", bare=("asserts", "asserted")),
    _verb("answer", "answers", "answered"),
    _verb("lament", "laments", "lamented"),
    _verb("proclaim", "proclaims", "proclaimed"),
    _verb("exclaim", "exclaims", "exclaimed"),
    _verb("joke", "jokes", "joked"),
    _verb("quip", "quips", "quipped"),
    _verb("shout", "shouts", "shouted"),
    _verb("yell", "yells", "yelled"),
    _verb("concede", "concedes", "conceded"),
    _verb("boast", "boasts", "boasted"),
    _verb("pledge", "pledges", "pledged"),
    _verb("retort", "retorts", "retorted"),
    _verb("mock", "mocks", "mocked"),
    _verb("scoff", "scoffs", "scoffed"),
    _verb("chant", "chants", "chanted", "chanting"),
    _verb("interject", "interjects", "interjected"),
    _verb("retaliate", "retaliates", "retaliated"),
    _verb("vent", "vents", "vented"),
)

ACCORDING_TO = ("according to",)
AFTER_QUOTE_CUES: tuple[str, ...] = ()
SUBORDINATORS = (
    "after", "because", "since", "while", "although",
    "though", "once", "until", "unless", "whereas",
)
COMPLEMENTIZERS = ("that",)
CUE_PHRASES = (
    r"(?:referred|refers|refer|referring) to",
    r"(?:described|describes|describe|describing) (?:\w+ ){0,3}as",
    r"(?:called|calls|call)(?= (?:\w+ ){0,3}(?:[“\"‘']|(?:an?|the) ))",
    r"(?:went|goes|go) on to say",
    r"(?:pointed|points|point) out",
    r"(?:shot|shoots|fired|fires) back",
)
CUE_PHRASE_STARTS = (
    "referred", "refers", "refer", "referring", "described", "describes", "describe",
    "describing", "called", "calls", "call", "went", "goes", "go", "pointed", "points",
    "point", "shot", "shoots", "fired", "fires",
)
SAY_OBJECTS = (
    "goodbye", "farewell", "hello", "sorry", "thanks", "thank", "yes", "no", "nothing",
    "something", "little", "much", "more", "grace", "prayers", "cheese",
)
PRESENTER_PHRASES = (r"(?:so|that is what|this is what) (?:says|said|writes|wrote)",)
#: Addressee verbs that are no reporting verb of their own (see REPORTING_VERBS).
ADDRESSEE_VERBS = ("assured", "assures", "reminded", "reminds")
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
NAME_POSSESSIVES = ("people", "children", "women", "men")
OPENER_VERB_ENDINGS = ("ing",)
ADVERB_ENDINGS = (
    "ally", "ingly", "edly", "ously", "ively", "ently", "antly", "ately", "fully", "ably", "ibly",
)
IMPERSONAL_SUBJECTS = ("it", "there", "this")
THING_PRONOUNS = ("it",)
NOUN_MARKERS = (
    "after", "despite", "amid", "following", "of", "with", "without", "new", "recent",
    "earlier", "media", "news", "press", "unconfirmed", "these", "those", "such",
)
NOUN_FORMS = (
    "report", "reports", "claim", "claims", "comment", "comments", "call", "calls", "note",
    "notes", "tweet", "tweets", "vow", "vows", "promise", "promises", "state", "states",
    "warning", "warnings", "quote", "quotes", "reply", "replies", "answer", "answers",
)
SPEECH_NOUNS = (
    "words", "threat", "threats", "promise", "pledge", "call", "warning", "claim", "remark",
    "remarks", "statement", "message", "description", "tweet", "vow", "description",
)
ADVERBIAL_HEADS = (
    "week", "weeks", "month", "months", "year", "years", "day", "days", "weekend", "morning",
    "afternoon", "evening", "night", "time", "summer", "winter", "spring", "autumn",
    "hour", "hours", "minute", "minutes", "moment", "moments",
)
CLAUSE_AUXILIARIES = (
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can",
    "may", "might", "must", "should", "shall", "did", "does", "do",
)
PASSIVE_AUXILIARIES = ("was", "were", "is", "are", "been", "be")
AGENT_PREPOSITIONS = ("by",)
SOURCE_PRONOUNS = ("them", "us", "me")
VERB_ENDINGS = ("s", "ed")
NON_PARTICIPLE_ENDINGS = ("ing",)
NON_VERB_ENDINGS = ("ss", "ous", "us", "is")
IRREGULAR_VERBS = (
    "went", "came", "met", "took", "made", "gave", "began", "saw", "knew", "felt", "left",
    "held", "kept", "ran", "won", "lost", "fell", "rose", "sent", "spoke", "broke", "brought",
    "built", "bought", "chose", "drew", "drove", "fought", "flew", "forgot", "found", "got",
    "grew", "heard", "hit", "hurt", "led", "let", "meant", "paid", "put", "quit", "read",
    "set", "shot", "shut", "sought", "spent", "stood", "struck", "taught", "thought", "threw",
    "understood", "wore", "wrote", "go", "come", "make", "take", "get", "give", "want",
    "need", "seem", "remain", "become", "became", "lie", "lay", "sat", "sit", "stand",
)

# -- entities -----------------------------------------------------------------

TITLES = (
    "president", "vice president", "vice-president", "prime minister", "minister", "secretary",
    "leader", "king", "queen", "general", "ambassador", "spokesman", "spokeswoman",
    "spokesperson", "mayor", "dictator", "chancellor", "senator", "governor", "gov",
    "coach", "mr", "mrs", "ms", "dr", "prof",
    "premier", "emperor", "prince", "princess", "admiral", "envoy", "chairman", "chairwoman",
    "chair", "director", "ceo", "professor", "researcher", "analyst", "diplomat", "negotiator",
    "adviser", "advisor", "representative", "congressman", "congresswoman", "lawmaker",
    "commander", "colonel", "lieutenant", "captain", "sergeant", "pope", "judge", "manager",
    "foreign minister", "defence minister", "defense minister", "unification minister",
    "defense secretary", "defence secretary", "secretary of state", "secretary of defense",
    "secretary-general", "secretary general", "national security adviser", "supreme leader",
    "chief of staff", "counterpart", "predecessor", "successor", "head coach", "striker",
    "goalkeeper", "midfielder", "defender", "player", "minister of foreign affairs",
    "crown prince", "first lady", "candidate", "nominee", "justice", "prosecutor", "bishop",
    "cardinal", "journalist", "correspondent", "officer", "deputy", "press secretary",
    "undersecretary", "under secretary", "special envoy", "special representative",
    "expert", "specialist", "scholar", "historian", "economist", "fellow", "senior fellow",
    "sheriff", "deputy sheriff", "police chief", "fire chief", "attorney", "lawyer",
    "attorney general", "district attorney", "commissioner", "superintendent", "inspector",
    "detective", "actor", "actress", "singer", "author", "writer", "founder", "owner",
    "editor", "editor-in-chief", "anchor", "reporter", "councillor", "councilman",
    "councilwoman", "assemblyman", "assemblywoman", "mp", "mep", "chief executive",
    "speaker", "whip", "majority leader", "minority leader", "pastor", "reverend",
    "recorder", "treasurer", "clerk", "strategist", "pollster", "host",
    "consultant", "scientist", "political scientist", "commentator", "columnist", "activist",
    "organizer", "operative", "pundit", "lobbyist", "physician", "surgeon", "teacher",
    "rabbi", "imam", "priest", "sociologist", "psychologist", "lecturer", "co-founder",
    "executive", "coordinator",
)

#: Prepositions of place: a name of particles after one is a place ("in Den Bosch").
PLACE_PREPOSITIONS = ("in", "to", "from", "near")
#: A reported clause may open with one ("said several people were hurt").
CLAUSE_QUANTIFIERS = (
    "such", "these", "those", "some", "many", "most", "all", "both", "several", "more",
    "any", "much", "nearly", "almost", "few", "fewer", "less", "half", "each", "every",
    "none", "nobody", "everyone", "everybody", "someone", "somebody",
)
QUANTIFIER_STOPS = (
    "when", "whether", "if", "where", "how", "why", "who", "which", "that", "because",
    "while", "before", "after", "to", "and", "or", "but",
)

#: Nouns that, capitalised before a name, make it the name of an event or operation.
EVENT_NOUNS = (
    "operation", "project", "festival", "campaign", "hurricane", "storm", "typhoon",
)

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}

UNNAMED_SOURCES = (
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "analysts",
    "analyst", "experts", "expert", "officials", "official", "media", "observers", "aides",
    "aide", "diplomats", "diplomat", "critics", "insiders", "people", "residents", "witnesses",
    "authorities", "ministry", "government", "researchers", "scientists", "journalists",
    "reporters", "newspaper", "newspapers", "military", "someone", "many", "some", "others",
    "lawmakers", "legislators", "agency", "broadcaster", "regime", "administration",
    "police", "prosecutors", "investigators", "organizers", "organisers", "officers",
    "troops", "soldiers", "students", "fans", "voters", "defectors", "activists", "leaders",
    "supporter", "supporters", "backers", "allies", "insider", "donors", "staffer", "staffers",
    "surrogates",
)

#: A party member without a name ("an Iowa Democrat"); unnamed only as the phrase's head.
UNNAMED_HEADS = ("democrat", "republican", "independent", "conservative", "liberal")

NAME_PARTICLES = ("van", "de", "der", "von", "da", "di", "del", "la", "le", "bin", "al")

NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")

HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady")

TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "pres": "president", "prof": "professor", "lt": "lieutenant", "col": "colonel",
    "capt": "captain", "sgt": "sergeant", "adm": "admiral", "amb": "ambassador",
    "dr": "doctor", "supt": "superintendent", "insp": "inspector", "cmdr": "commander",
}

ROLE_MODIFIERS = (
    "former", "ex", "acting", "deputy", "vice", "top", "new", "current", "then", "outgoing",
    "incoming", "senior", "chief", "supreme", "first", "second", "late", "special", "assistant",
    "associate", "young", "younger", "elder", "older", "powerful", "controversial", "veteran",
    "conservative", "liberal", "communist", "interim", "head", "official", "state-run",
    "majority", "minority",
)

GIVEN_NAMES = (
    "Abraham", "Adam", "Alan", "Alex", "Alice", "Amy", "Andrew", "Ashton", "Barbara", "Betsy",
    "Beto", "Bernie", "Brett", "Carol", "Catherine", "Cory", "Dan", "Debbie", "Diana", "Edward",
    "Elizabeth", "Emma", "Gary", "Gina", "Greg", "Helen", "Ian", "Jack", "Jason", "Jeremy",
    "Jerry", "Jessica", "Jill", "Joan", "Jon", "Jonathan", "Josh", "Julia", "Karen", "Katie",
    "Kelly", "Ken", "Larry", "Linda", "Marco", "Margaret", "Matt", "Maxine", "Megan", "Mick",
    "Mitt", "Nathan", "Nick", "Nicholas", "Patrick", "Pete", "Phil", "Philip", "Rachel",
    "Randy", "Rick", "Roger", "Ron", "Rupert", "Ruth", "Ryan", "Sam", "Samuel", "Sandra",
    "Simon", "Stephanie", "Ted", "Terry", "Tim", "Timothy", "Todd", "Tucker", "Victoria",
    "Walter", "Wendy", "Will", "Zach",
)

NON_NAMES = (
    "according", "breaking", "update", "updated", "live", "exclusive", "video",
    "photo", "photos", "read", "more", "opinion", "analysis", "news", "world", "politics",
    "business", "sport", "sports", "here", "there", "yes", "no", "per", "despite", "while",
    "though", "although", "however", "meanwhile", "still", "even", "since", "after", "before",
    "during", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "hours",
    "key", "points", "sister", "brother", "father", "mother", "god", "jesus", "allah",
    "christmas", "easter", "ramadan", "olympics", "olympic", "games", "winter", "summer",
    "twitter", "facebook", "instagram", "youtube", "tiktok", "google", "internet", "state",
    "west", "east", "north", "south", "northern", "southern", "western", "eastern", "western",
    "communist", "democrats", "republicans", "democratic", "republican", "democrat", "says",
    "said",
    "one", "two", "three", "everyone", "nobody", "someone", "both", "american", "americans",
    "briton", "frenchman", "spaniard", "koreans", "japanese", "chinese", "russians",
    # sentence adverbs: capitalised only because they open a sentence ("Yet Smith is ...")
    "yet", "instead", "indeed", "moreover", "furthermore", "nevertheless", "nonetheless",
    "thus", "hence", "besides", "otherwise", "perhaps", "maybe", "certainly", "clearly",
    "obviously", "ultimately", "finally", "eventually", "initially", "apparently", "likewise",
    "similarly", "notably", "overall", "unfortunately", "fortunately", "separately",
    "additionally", "consequently", "specifically", "increasingly", "privately", "publicly",
)

CONJUNCTIONS = ("and", "&")

#: Public services that speak as themselves: "Police said", "the army said" (FORMAT.md:
#: an organisation that is itself the subject is the speaker).
INSTITUTION_NOUNS = ("police", "army", "military", "navy", "coastguard")

ORGANISATION_NOUNS = (
    "agency", "firm", "company", "newspaper", "paper", "broadcaster", "network", "channel",
    "daily", "outlet", "website", "site", "group", "carrier", "maker", "manufacturer",
    "bank", "party", "organisation", "organization", "think-tank", "think", "tank", "club",
    "team", "university", "magazine", "tabloid", "giant", "conglomerate", "startup",
)

ORGANISATION_HEADS = (
    "university", "agency", "army", "navy", "party", "post", "times", "news", "hotel",
    "force", "forces", "council", "ministry", "department", "bank", "group", "corporation",
    "company", "inc", "ltd", "co", "corp", "institute", "center", "centre", "commission",
    "committee", "federation", "union", "parliament", "congress", "senate", "government",
    "cabinet", "cup", "games", "olympics", "foundation", "association", "fc", "media", "tv",
    "radio", "journal", "herald", "telegraph", "review", "tribune", "daily", "weekly",
    "network", "service", "office", "court", "command", "guard", "police", "school", "college",
    "academy", "administration", "assembly", "league", "club", "association",
    "industries", "industry", "holdings", "electronics", "motors", "airlines", "airways",
    "enterprises", "partners", "systems", "technologies", "shipbuilding", "engineering",
    "chemical", "chemicals", "bureau", "directorate", "secretariat", "embassy",
    "mission", "board", "authority", "alliance", "coalition", "movement", "front", "watch",
    # sectors that end company names ("Duke Energy", "Acme Pharmaceuticals")
    "energy", "pharmaceuticals", "insurance", "telecom", "telecommunications", "petroleum",
    "logistics", "communications", "entertainment", "studios", "laboratories", "therapeutics",
    "biosciences", "utilities",
)

PLACE_WORDS = (
    "mount", "mt", "lake", "river", "sea", "ocean", "island", "islands", "peninsula", "street",
    "avenue", "square", "airport", "base", "province", "county", "city", "zone", "border",
    "district", "valley", "bay", "strait", "bluffs", "state", "park",
)

GENDERED_NOUNS = {
    "sister": "f", "mother": "f", "daughter": "f", "wife": "f", "woman": "f", "queen": "f",
    "spokeswoman": "f", "princess": "f", "mrs": "f", "ms": "f", "miss": "f", "lady": "f",
    "aunt": "f", "grandmother": "f", "widow": "f", "first lady": "f", "chairwoman": "f",
    "congresswoman": "f", "actress": "f",
    "brother": "m", "father": "m", "son": "m", "husband": "m", "man": "m", "king": "m",
    "spokesman": "m", "prince": "m", "mr": "m", "sir": "m", "lord": "m", "uncle": "m",
    "grandfather": "m", "emperor": "m", "pope": "m", "chairman": "m", "congressman": "m",
}

SOURCE_PREPOSITIONS = ("for", "of", "at", "from", "with", "in", "within", "close")

DEFINITE_DETERMINERS = ("the", "this", "that")

INDEFINITE_DETERMINERS = ("a", "an", "another")

SUBJECT_PRONOUNS = ("he", "she")
#: A fragment's paragraph refers to the run's speaker by one of these.
RUN_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f", "it": "n", "its": "n",
}

BYLINE_OPENERS = (
    r"by",
    r"from\s+our\s+(?:own\s+)?(?:correspondent|reporter|staff)",
    r"reporting\s+by",
)

PLURAL_SUFFIXES = ("s",)

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
    reporting_verbs=REPORTING_VERBS,
    according_to=ACCORDING_TO,
    after_quote_cues=AFTER_QUOTE_CUES,
    complementizers=COMPLEMENTIZERS,
    subordinators=SUBORDINATORS,
    term_markers_before=TERM_MARKERS_BEFORE,
    term_markers_after=TERM_MARKERS_AFTER,
    cue_phrases=CUE_PHRASES,
    cue_phrase_starts=CUE_PHRASE_STARTS,
    say_objects=SAY_OBJECTS,
    addressee_verbs=ADDRESSEE_VERBS,
    presenter_phrases=PRESENTER_PHRASES,
    verb_second=VERB_SECOND,
    source_stop_words=SOURCE_STOP_WORDS,
    determiners=DETERMINERS,
    relative_pronouns=RELATIVE_PRONOUNS,
    auxiliaries=AUXILIARIES,
    inversion_particles=INVERSION_PARTICLES,
    possessive_suffixes=POSSESSIVE_SUFFIXES,
    name_possessives=NAME_POSSESSIVES,
    adverb_endings=ADVERB_ENDINGS,
    opener_verb_endings=OPENER_VERB_ENDINGS,
    impersonal_subjects=IMPERSONAL_SUBJECTS,
    thing_pronouns=THING_PRONOUNS,
    question_marks=("?",),
    interview_question_marks=("?",),
    affiliation_particles=("of", "von"),
    question_cues=("asked", "asks", "pressed", "presses", "wondered", "wonders", "questioned"),
    noun_markers=NOUN_MARKERS,
    noun_forms=NOUN_FORMS,
    speech_nouns=SPEECH_NOUNS,
    adverbial_heads=ADVERBIAL_HEADS,
    clause_auxiliaries=CLAUSE_AUXILIARIES,
    passive_auxiliaries=PASSIVE_AUXILIARIES,
    agent_prepositions=AGENT_PREPOSITIONS,
    source_pronouns=SOURCE_PRONOUNS,
    verb_endings=VERB_ENDINGS,
    non_participle_endings=NON_PARTICIPLE_ENDINGS,
    non_verb_endings=NON_VERB_ENDINGS,
    irregular_verbs=IRREGULAR_VERBS,
    titles=TITLES,
    pronouns=PRONOUNS,
    unnamed_sources=UNNAMED_SOURCES,
    unnamed_heads=UNNAMED_HEADS,
    name_particles=NAME_PARTICLES,
    name_suffixes=NAME_SUFFIXES,
    honorifics=HONORIFICS,
    title_abbreviations=TITLE_ABBREVIATIONS,
    role_modifiers=ROLE_MODIFIERS,
    given_names=GIVEN_NAMES,
    non_names=NON_NAMES,
    conjunctions=CONJUNCTIONS,
    organisation_nouns=ORGANISATION_NOUNS,
    institution_nouns=INSTITUTION_NOUNS,
    organisation_heads=ORGANISATION_HEADS,
    place_words=PLACE_WORDS,
    gendered_nouns=GENDERED_NOUNS,
    source_prepositions=SOURCE_PREPOSITIONS,
    definite_determiners=DEFINITE_DETERMINERS,
    indefinite_determiners=INDEFINITE_DETERMINERS,
    subject_pronouns=SUBJECT_PRONOUNS,
    run_pronouns=RUN_PRONOUNS,
    byline_openers=BYLINE_OPENERS,
    plural_suffixes=PLURAL_SUFFIXES,
    event_nouns=EVENT_NOUNS,
    place_prepositions=PLACE_PREPOSITIONS,
    clause_quantifiers=CLAUSE_QUANTIFIERS,
    quantifier_stops=QUANTIFIER_STOPS,
    quantifier_verb_endings=("ed",),
)
