"""The typed container for everything koreanews knows about one language.

A :class:`LanguageProfile` is pure data: word lists and regular expressions.
The pipeline stages read it and never branch on the language code, so adding
a language means writing one module in :mod:`koreanews.lang` and registering it.
Sections (dates, blocks, sentences, quotes, attribution, entities) mirror the
pipeline stages that use them.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["LanguageProfile", "ReportingVerb"]


def _frozen_words(words: object) -> frozenset[str]:
    if isinstance(words, str):
        raise TypeError("expected a collection of words, not one string")
    return frozenset(str(w) for w in words)  # type: ignore[attr-defined]


def _forms(words: object) -> tuple[str, ...]:
    if isinstance(words, str):
        raise TypeError("expected a collection of forms, not one string")
    return tuple(str(w) for w in words)  # type: ignore[attr-defined]


@attrs.frozen
class ReportingVerb:
    """A reporting verb, entered once: its lemma, every form a cue can take, and how it
    reports.

    >>> ReportingVerb("meedelen", ("deelt", "deelde"), particles=("mee",)).separable
    True
    """

    #: The dictionary form ("zeggen", "say", "meedelen").
    lemma: str
    #: Every inflected form that can stand as the cue, lower case ("zegt", "zei", "said").
    forms: tuple[str, ...] = attrs.field(converter=_forms)
    #: Separable particles that complete a split verb ("deelt ... mee"); empty for others.
    particles: tuple[str, ...] = attrs.field(default=(), converter=_forms)
    #: With particles: whether the verb is a cue without its particle too ("kondigt ...").
    particle_optional: bool = False
    #: The forms that take a reported clause without a complementizer ("said it would
    #: ..."); empty where the complementizer is obligatory.
    bare_clause: tuple[str, ...] = attrs.field(default=(), converter=_forms)
    #: Takes an addressee before a bare clause ("told reporters the talks would resume").
    addressee: bool = False
    #: Forms written as one word with the particle, in a subordinate clause ("die
    #: toevoegde dat"): cues of their own, without a particle after them.
    joined: tuple[str, ...] = attrs.field(default=(), converter=_forms)

    @property
    def separable(self) -> bool:
        """True when the verb is a cue only with one of its particles."""
        return bool(self.particles) and not self.particle_optional


def derived_verb_lists(
    verbs: tuple[ReportingVerb, ...],
) -> tuple[frozenset[str], dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """The word lists the stages read, computed from the reporting verbs: (speech verbs,
    separable verbs: form -> particles, bare-clause verbs, addressee verbs)."""
    speech: set[str] = set()
    separable: dict[str, tuple[str, ...]] = {}
    bare: set[str] = set()
    addressee: set[str] = set()
    for v in verbs:
        if not v.separable:
            speech.update(v.forms)
        speech.update(v.joined)
        if v.particles:
            for form in v.forms:
                known = separable.get(form, ())
                separable[form] = known + tuple(p for p in v.particles if p not in known)
        bare.update(v.bare_clause)
        if v.addressee:
            addressee.update(v.forms)
    return frozenset(speech), separable, frozenset(bare), frozenset(addressee)


@attrs.frozen
class LanguageProfile:
    """Everything koreanews knows about one language, as data."""

    #: ISO 639-1 code ("nl").
    code: str
    #: English name of the language ("Dutch").
    name: str

    # -- dates -------------------------------------------------------------
    #: Month names and abbreviations, lower case, without a final dot -> 1..12.
    months: Mapping[str, int] = attrs.field(factory=dict)
    #: Weekday names and abbreviations, lower case.
    weekdays: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- blocks ------------------------------------------------------------
    #: Regular expressions that match a whole line of boilerplate (case-insensitive).
    boilerplate_lines: tuple[str, ...] = ()
    #: Regular expressions for boilerplate glued to the start of a block.
    boilerplate_prefixes: tuple[str, ...] = ()
    #: Regular expressions for boilerplate glued to the end of a block.
    boilerplate_suffixes: tuple[str, ...] = ()
    #: Regular expressions that match a whole line that is a photo caption or credit.
    caption_lines: tuple[str, ...] = ()
    #: Regular expressions for a whole line that opens a comment or share section:
    #: that line and everything after it are boilerplate ("Leave a Reply").
    boilerplate_tail: tuple[str, ...] = ()
    #: Regular expressions for a whole line that announces links ("Lees ook", "Related"):
    #: the headline-like lines right after it are boilerplate too.
    link_labels: tuple[str, ...] = ()
    #: Regular expressions for a whole line that is a section label of the site
    #: ("Buitenland", "World news"): page furniture above the headline, where a one-word
    #: line would otherwise be taken for the title.
    section_labels: tuple[str, ...] = ()
    #: Regular expressions for a label glued to the start of a heading, separator included
    #: ("LIVE: ", "VIDEO | "): split off the headline; in the body the labelled line is a
    #: video or live-blog title, page furniture.
    heading_labels: tuple[str, ...] = ()
    #: Regular expressions for the words of a date or time stamp line other than dates and
    #: times ("Gewijzigd op", "Last updated", "Posted:"); the block stage reads such a
    #: line token by token ("10 mei 2021 08:40Gewijzigd op 11 mei 2021 09:12").
    stamp_words: tuple[str, ...] = ()
    #: Regular expressions found in a photo caption and nowhere else: where the people in
    #: the picture stand (", left,", "(links)").  A short line with one is a caption.
    caption_markers: tuple[str, ...] = ()
    #: Lower-case words without a vowel that are words, not reporter initials ("tv", "sms"):
    #: a short vowel-less token after a headline is otherwise taken as initials ("mvdb").
    vowelless_words: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Lower-case adverbs, conjunctions and quantifiers that open a sentence besides the
    #: function words ("toch", "daarom", "however", "several"): capitalised before a
    #: lower-case word after a few words, the first sentence of a paragraph starts there
    #: and the words before it are a subheading glued to it ("Geen alternatief Toch wil ...").
    sentence_openers: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: The block patterns above may use placeholders that the block stage expands:
    #: ``<NAME>`` (one to four capitalised name words), ``<CREDIT>`` (a photo or
    #: agency credit such as ``AP/Getty Images``), ``<DATE>`` (a date with a month
    #: name or in digits, in any supported language) and ``<TIME>`` (``02u14``, ``21:24``).
    #: Frequent lower-case function words; a run of text with many of them is a sentence.
    function_words: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- sentences ---------------------------------------------------------
    #: Abbreviations (lower case, without the final dot) after which a sentence goes on.
    abbreviations: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- quotes ------------------------------------------------------------
    #: Words written with an apostrophe that are never quotation marks ("zo'n", "'s").
    apostrophe_words: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Words just before a quotation that make it a name or title, not speech ("zogenaamde").
    term_markers_before: tuple[str, ...] = ()
    #: Words just after a quotation that make it a name or title ("nickname").
    term_markers_after: tuple[str, ...] = ()

    # -- attribution -------------------------------------------------------
    #: The reporting verbs, each entered once by its lemma with its forms and particles.
    #: :attr:`speech_verbs`, :attr:`separable_verbs`, :attr:`bare_clause_verbs` and
    #: :attr:`addressee_verbs` are computed from them (and may add words of their own).
    reporting_verbs: tuple[ReportingVerb, ...] = ()
    #: Every inflected form of the reporting verbs ("zegt", "zei", "said", "says").
    speech_verbs: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Separable reporting verbs: finite form -> particles that complete it ("geeft" -> "aan").
    separable_verbs: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: Multi-word cues that introduce a source ("volgens", "according to").
    according_to: tuple[str, ...] = ()
    #: Cues that follow the quote and precede the source ("aldus").
    after_quote_cues: tuple[str, ...] = ()
    #: Subordinating conjunctions that open a clause of their own, whose subject a cue in it
    #: takes ("nadat hij had getweet: ...", "after he wrote: ...").
    subordinators: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Words that open a reported clause ("dat", "that").
    complementizers: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Words that open a reported question ("of" in "vroeg of ...", "whether"), read only
    #: after one of :attr:`question_verbs` and before a subject.
    question_complementizers: frozenset[str] = attrs.field(
        factory=frozenset, converter=_frozen_words
    )
    #: Lower-case reporting verb forms that report a question ("vroeg", "vraagt").
    question_verbs: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Regular expressions (case-insensitive, matched at word starts) for reporting cues of
    #: several words that work like a reporting verb ("spreekt van", "referred to").
    cue_phrases: tuple[str, ...] = ()
    #: The words a match of :attr:`cue_phrases` can start with (its letters before the
    #: first space, lower case): a sentence without one of them is not searched for cue
    #: phrases.  Empty: every sentence is searched.
    cue_phrase_starts: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Prepositions after a cue phrase that introduce its source ("„…”, klinkt het bij de
    #: vakbond"): the source is the phrase after them.
    phrase_source_prepositions: frozenset[str] = attrs.field(
        factory=frozenset, converter=_frozen_words
    )
    #: Verbs after which a reported clause may follow without a complementizer
    #: ("said it would ..."); empty where the complementizer is obligatory.
    bare_clause_verbs: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Words that, right after such a verb, are what is said, not the start of a
    #: reported clause ("said goodbye to", "says sorry for").
    say_objects: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Largest share of a reported clause that may be in quotation marks for it to count as
    #: indirect speech as well: a clause whose subject stands outside the marks ("zei dat de
    #: twee „...”", "said the U.S. “...”") is both; one that is all quotation is not.
    max_quoted_share: float = 0.95
    #: Prefixes fused with the particle of a separable verb ("er" in "wijst erop dat").
    particle_prefixes: tuple[str, ...] = ()
    #: Regular expressions (case-insensitive) for a sentence opening that names the speaker
    #: of the quotation just before it ("Aan het woord is ...").
    presenter_phrases: tuple[str, ...] = ()
    #: Regular expressions (case-insensitive, at a sentence start) for a sentence that
    #: names the source of the sentence before it, which has no quotation marks:
    #: "Noord-Korea vuurde een raket af. Dat meldt het leger." makes the first sentence
    #: indirect speech of "het leger".
    clause_presenters: tuple[str, ...] = ()
    #: Verbs whose addressee comes before a reported clause without complementizer
    #: ("told reporters the talks would resume").
    addressee_verbs: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: True where the finite verb comes second and the subject follows it after a fronted
    #: adverbial ("Eerder stelde de VS dat ...").
    verb_second: bool = False
    #: Lower-case words that end a source phrase: prepositions, adverbs, conjunctions.
    source_stop_words: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Articles and possessives that may open a source phrase ("de", "the").
    determiners: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Relative pronouns ("die", "who"): the source is the phrase before them.
    relative_pronouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Auxiliary verbs between a source and its cue ("heeft", "has").
    auxiliaries: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: The link rules that give a quotation its cue, in the order they are tried:
    #: ``"after-quote"`` ('"...", zei hij', '"...," the agency said', '" - X'),
    #: ``"before-quote"`` ('Moon: "..."', 'zegt Pence: "..."', 'stated, "..."'),
    #: ``"cue-before"`` (the nearest cue before it in its sentence), ``"cue-after"`` (the
    #: nearest cue after it).  See :doc:`/speakers`.
    quote_links: tuple[str, ...] = ("after-quote", "before-quote", "cue-before", "cue-after")
    #: The same for a fragment (a partial quotation), which belongs to its own clause first.
    partial_quote_links: tuple[str, ...] = ("cue-before", "after-quote", "cue-after")
    #: Marks that end a question ("?").  A quotation without a cue that opens a paragraph
    #: right after a paragraph that ends with a question whose cue is one of
    #: :attr:`question_cues`, asked by someone other than the speaker of the quotation
    #: before the question, is that other party's answer (rule ``"answer"``); empty:
    #: quotations after a question continue the run as any other.
    question_marks: tuple[str, ...] = ()
    #: Marks that end the question of an interviewer: a quotation with no cue that opens
    #: the block after one (rule ``"interview"``) is the interviewee's answer; empty: no
    #: interview rule.
    interview_question_marks: tuple[str, ...] = ()
    #: Lower-case cue words that ask a question ("asked", "vroeg"); see :attr:`question_marks`.
    question_cues: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Words that may stand between a quotation and an inverted cue ("zo" in "zo zei hij").
    inversion_particles: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Possessive endings; a source phrase starts after one ("N. Korea's Kim" -> "Kim").
    possessive_suffixes: tuple[str, ...] = ()
    #: Endings of a verb form that may open a sentence right before a name ("Watching
    #: Smith speak, ...", "Joining Smith were ..."): a capitalised sentence opener with
    #: one is no part of the name when the article also writes the name without it.
    opener_verb_endings: tuple[str, ...] = ()
    #: Endings of adverbs that may open a sentence right before a name ("Interestingly
    #: Blocher said"): a capitalised sentence opener with one is no part of a name.
    adverb_endings: tuple[str, ...] = ()
    #: Lower-case words whose possessive belongs to a name instead of naming an owner
    #: ("People's" in "People's Daily", "Ministry of the People's Security").
    name_possessives: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Articles that introduce someone new ("a", "een"): "a senior adviser said" is an
    #: unnamed source, not the person given that role before.
    indefinite_determiners: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Pronouns that, as the subject of a cue, refer back to the organisation quoted
    #: just before ("It said the talks would resume."); else they name no source.
    thing_pronouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Subjects that name no source ("it was announced", "er werd gemeld").
    impersonal_subjects: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Words after which a reporting word is a noun, not a cue ("after reports that").
    noun_markers: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Reporting words that are also nouns ("reports", "bericht"): after a noun marker they
    #: are nouns.
    noun_forms: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Nouns for something said; a possessive before one names the source of the quotation
    #: after it ("Trump's threat to "totally destroy"").
    speech_nouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Nouns that end a fronted time adverbial ("week" in "Vorige week zei ..."): the
    #: phrase is no subject.
    adverbial_heads: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Finite auxiliaries and copulas that show a clause has its own verb ("had", "zou").
    clause_auxiliaries: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Passive auxiliaries: "werd ... genoemd", "was called": the subject is no source.
    passive_auxiliaries: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Prepositions that introduce the agent of a passive ("door", "by"): the source.
    agent_prepositions: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Object pronouns that may follow "volgens"/"according to" ("hen", "them").
    source_pronouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Endings of finite verbs: a clause before a final cue ("..., Seoul says") must hold a
    #: verb to be reported speech ("tests", "warned"); empty: every clause counts.
    verb_endings: tuple[str, ...] = ()
    #: Finite forms of frequent irregular verbs, which no verb ending shows ("went", "ging").
    irregular_verbs: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Endings that make a word with a verb ending no verb after all ("dangerous", "crisis").
    non_verb_endings: tuple[str, ...] = ()
    #: Endings of verb forms that are no passive participle ("reaffirming").
    non_participle_endings: tuple[str, ...] = ()
    #: The infinitive marker of a reported infinitive clause ("te" in "zei de beslissing
    #: te betreuren"); empty: no such clauses are read.
    infinitive_markers: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Endings of the infinitive after the marker ("betreuren"; not "te laat").
    infinitive_endings: tuple[str, ...] = ()
    #: Words that may open an infinitive clause before the marker ("om ... te").
    infinitive_openers: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Institutions named by a common noun that speak as themselves when they are the
    #: subject ("de politie meldt", "the police said"): the source is the institution,
    #: not an unnamed one; a spokesperson of theirs stays unnamed.
    institution_nouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Names of organisations common in the language's news that read like a person's
    #: ("Vooruit", "Groen", "Open Vld"), as written.
    known_organisations: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Endings of demonyms that, after a lower-case definite article, stand for the person
    #: named just before ("de Tilburger", "de Asser"), lower case.
    demonym_endings: tuple[str, ...] = ()
    #: Demonyms and nationality nouns without such an ending ("belg", "noor"), lower case.
    demonym_words: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: A regular expression for an age used as a noun after a definite article ("de
    #: 67-jarige"): the person a pronoun there would mean.
    age_noun: str = ""
    #: Subject pronouns that are plural next to a plural verb ("ze spraken van", "zeiden
    #: zij"): then they mean a group, an unnamed source.
    plural_pronouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Endings of the plural forms of reporting verbs and auxiliaries ("zeiden", "hebben").
    plural_verb_endings: tuple[str, ...] = ()
    #: Generic nouns that, after a definite determiner, stand for the one organisation
    #: named just before ("de vakbond" after "de FNV", "het dagblad" after a paper).
    generic_organisation_nouns: frozenset[str] = attrs.field(
        factory=frozenset, converter=_frozen_words
    )
    #: Phrases after a source that name where its words come from ("meldt Yonhap op
    #: basis van KCNA"): the speaker is the one named after the phrase.
    relay_phrases: tuple[str, ...] = ()
    #: Cue forms whose infinitive is no reported speech ("dreigt te mislukken").
    infinitive_exceptions: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- entities ----------------------------------------------------------
    #: Titles and roles that can stand before a name or for a person ("president").
    titles: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Personal pronouns that can refer back to a speaker: pronoun -> "m", "f" or "n".
    pronouns: Mapping[str, str] = attrs.field(factory=dict)
    #: Head nouns of unnamed sources ("woordvoerder", "analisten", "spokesman").
    unnamed_sources: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Words that make a source unnamed only as its last word ("an Iowa Democrat", but
    #: not "Republican nominee Jan Smit").
    unnamed_heads: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Lower-case particles inside names ("van", "de", "der").
    name_particles: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Particles that are also prepositions of place: before a capitalised word (or
    #: alone) they end a name instead of continuing it ("Jan Smit in Hilversum", "Mahdi
    #: in De Zevende Dag"; but "Sophie in 't Veld").
    place_particles: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Particles that are also the preposition of belonging: after a name and before an
    #: organisation they end the name ("Hoekstra van Philips", "Smith of Acme"), unless
    #: the words after them are a name of their own ("Ursula von der Leyen").
    affiliation_particles: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Generational suffixes after a full name, lower case without the dot ("jr", "iii"):
    #: no part of the name ("Harry B. Harris Jr." is Harry B. Harris).
    name_suffixes: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Honorifics before a name, lower case without the dot ("mr", "dhr", "mevrouw").
    honorifics: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Abbreviated titles (lower case, no dot) -> the title they stand for ("gov" -> "governor").
    title_abbreviations: Mapping[str, str] = attrs.field(factory=dict)
    #: Words that may stand before a title without being a name ("former", "waarnemend").
    role_modifiers: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Common given names of the language's news (a capitalised word after one is a surname).
    given_names: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Capitalised words that are never names, lower case ("breaking", "volgens").
    non_names: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Coordinating words between two names ("en", "and").
    conjunctions: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Nouns that make the name after them an organisation ("persbureau", "firm").
    organisation_nouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Last words of organisation names, lower case ("universiteit", "agency", "army").
    organisation_heads: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Words that make a capitalised sequence a place, lower case ("mount", "river").
    place_words: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Nouns that tell a person's gender in an apposition or role: noun -> "m" or "f".
    gendered_nouns: Mapping[str, str] = attrs.field(factory=dict)
    #: Prepositions that link an unnamed source to whom it works for ("van", "for").
    source_prepositions: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Definite articles and demonstratives: a role after one ("de woordvoerder") refers
    #: back to the person given that role, where an indefinite one is an unnamed source.
    definite_determiners: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Pronouns that can be the subject of a sentence ("hij", "she").
    subject_pronouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Regular expressions (case-insensitive) for the opening of a byline line before the
    #: author's name ("Van onze correspondent", "By"); the name after one is no person of
    #: the story.
    byline_openers: tuple[str, ...] = ()
    #: Endings of compound words that make a capitalised word an organisation
    #: ("veiligheidsraad", "defensieministerie"); empty where organisations are not compounds.
    organisation_suffixes: tuple[str, ...] = ()
    #: Endings of compound words that make a capitalised word a street, square, bridge
    #: or other place named after someone ("Wilhelminalaan", "Clausbrug"), never a
    #: person's name, even after a title ("Koningin Wilhelminalaan").
    place_suffixes: tuple[str, ...] = ()
    #: Plural endings of common nouns ("s", "en"): a sentence-initial capitalised word with
    #: one that no name supports ("Critics said", "Critici zeggen") is no person.
    plural_suffixes: tuple[str, ...] = ()
    #: Nouns that, capitalised before a name, make it the name of an event or operation
    #: ("Operatie Alfa", "Operation Desert Storm"), never a person, lower case.
    event_nouns: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Prepositions of place: a name made of particles and a word after one is a place
    #: ("in Den Bosch", "naar De Panne"), lower case.
    place_prepositions: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Quantifiers and demonstratives that open a reported clause with no "that" after a
    #: reporting verb ("said several people were hurt", "said such reports were false"),
    #: lower case; a number opens one too ("said 12 people were hurt").  The clause needs a
    #: finite verb before a punctuation mark or one of :attr:`quantifier_stops` ("said more
    #: when asked whether ...": an object, no clause).
    clause_quantifiers: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    quantifier_stops: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Endings of a finite verb after a quantified subject besides the auxiliaries and
    #: :attr:`irregular_verbs` ("ed": "said several people died"; not the "s" of plurals).
    quantifier_verb_endings: tuple[str, ...] = ()
    #: Personal and possessive pronouns by which prose refers to a person: pronoun ->
    #: "m", "f" or "n" (an organisation).  A quotation with no cue in a new paragraph
    #: continues the person quoted before it only where the prose names them or holds
    #: one of these of their gender (a fragment: its paragraph up to the end of its
    #: sentence, 'Smit went on to praise the "steady hand"', 'her call for "..."'; a
    #: full quotation: the prose since the quotation before); else it has no speaker.
    #: Empty: every such quotation continues the speaker before it.
    run_pronouns: Mapping[str, str] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        if not self.reporting_verbs:
            return
        speech, separable, bare, addressee = derived_verb_lists(self.reporting_verbs)
        setattr_ = object.__setattr__
        setattr_(self, "speech_verbs", self.speech_verbs | speech)
        setattr_(self, "separable_verbs", {**separable, **self.separable_verbs})
        setattr_(self, "bare_clause_verbs", self.bare_clause_verbs | bare)
        setattr_(self, "addressee_verbs", self.addressee_verbs | addressee)
