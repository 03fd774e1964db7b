"""The scoring rules of the gold FORMAT.md, on tiny hand-made gold/prediction pairs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

from koreanews import (
    Article,
    Block,
    BlockKind,
    Entity,
    Evidence,
    GoldFormatError,
    NewsDate,
    Quote,
    QuoteKind,
    Span,
    evaluate,
    load_gold,
)
from koreanews.evaluate import GoldArticle, Score, format_table, score_article, score_evidence

NOWHERE = Span(0, 0)
MAY_2020 = NewsDate(2020, 5)


def gold(
    quotes: Sequence[dict[str, Any]] = (),
    *,
    date: str | None = "2020-05",
    headings: Sequence[str] = (),
    boilerplate: Sequence[str] = (),
    people: Sequence[str] = (),
    lang: str = "nl",
    id: str = "g1",
    text: str = " date 2020-05 x",
    annotated: Sequence[str] | None = None,
) -> GoldArticle:
    return GoldArticle(
        id=id,
        lang=lang,
        text=text,
        date=date,
        headings=tuple(headings),
        boilerplate=tuple(boilerplate),
        quotes=tuple(quotes),
        people=tuple(people),
        annotated=None if annotated is None else tuple(annotated),
    )


def q(text: str, kind: str = "direct", speaker: str | None = None) -> dict[str, Any]:
    return {"text": text, "kind": kind, "speaker": speaker, "cue": None}


def pred(
    quotes: Sequence[tuple[str, str, str | None]] = (),
    *,
    date: NewsDate | None = MAY_2020,
    headings: Sequence[str] = (),
    boilerplate: Sequence[str] = (),
    captions: Sequence[str] = (),
    people: Sequence[str] = (),
    headline: str | None = None,
    paragraphs: Sequence[str] = (),
) -> Article:
    blocks = [Block(BlockKind.HEADLINE, headline, NOWHERE)] if headline else []
    blocks += [Block(BlockKind.HEADING, h, NOWHERE) for h in headings]
    blocks += [Block(BlockKind.PARAGRAPH, t, NOWHERE) for t in paragraphs]
    blocks += [Block(BlockKind.BOILERPLATE, b, NOWHERE) for b in boilerplate]
    blocks += [Block(BlockKind.CAPTION, c, NOWHERE) for c in captions]
    return Article(
        text="",
        lang="nl",
        date=date,
        blocks=blocks,
        quotes=[
            Quote(text, QuoteKind(kind), NOWHERE, speaker=None if who is None else Entity(who))
            for text, kind, who in quotes
        ],
        entities=[Entity(name) for name in people],
    )


# -- quotes -----------------------------------------------------------------


def test_quote_text_normalisation() -> None:
    g = gold([q("We zijn klaar voor overleg."), q("Dat  zien\nwe  wel")])
    p = pred(
        [("  We zijn klaar voor overleg ", "direct", None), ("Dat zien we wel!?", "partial", None)]
    )
    s = score_article(g, p)
    assert (s.quote_tp, s.quote_pred, s.quote_gold) == (2, 2, 2)


def test_inner_punctuation_and_case_still_count() -> None:
    g = gold([q("We zijn, zegt hij, klaar"), q("Klaar")])
    p = pred([("We zijn zegt hij klaar", "direct", None), ("klaar", "direct", None)])
    s = score_article(g, p)
    assert s.quote_tp == 0
    m = s.measures()
    assert (m["quote_precision"], m["quote_recall"], m["quote_f1"]) == (0.0, 0.0, 0.0)


def test_only_direct_and_partial_count() -> None:
    g = gold([q("een", "direct"), q("twee", "partial"), q("drie", "indirect")])
    p = pred([("een", "partial", None), ("twee", "direct", None), ("drie", "direct", None)])
    s = score_article(g, p)
    # Kinds are not compared inside direct+partial; an indirect gold is not a target.
    assert (s.quote_tp, s.quote_pred, s.quote_gold) == (2, 3, 2)


def test_terms_are_neither_rewarded_nor_penalised() -> None:
    g = gold([q("Vrede", "direct", "Kim Jong-un"), q("zonnepolitiek", "term")])
    p = pred([("Vrede", "direct", "Kim Jong-un"), ("zonnepolitiek", "direct", None)])
    s = score_article(g, p)
    assert (s.quote_tp, s.quote_pred, s.quote_gold) == (1, 1, 1)
    # A predicted term is never a direct or partial prediction.
    s2 = score_article(g, pred([("Vrede", "term", None), ("zonnepolitiek", "term", None)]))
    assert (s2.quote_tp, s2.quote_pred, s2.quote_gold) == (0, 0, 1)


def test_matching_is_one_to_one() -> None:
    g = gold([q("Nee"), q("Nee")])
    s = score_article(g, pred([("Nee", "direct", None)]))
    assert (s.quote_tp, s.quote_pred, s.quote_gold) == (1, 1, 2)
    s = score_article(gold([q("Nee")]), pred([("Nee", "direct", None)] * 3))
    assert (s.quote_tp, s.quote_pred, s.quote_gold) == (1, 3, 1)


@pytest.mark.parametrize(
    ("gold_speaker", "pred_speaker", "ok"),
    [
        ("Moon Jae-in", "Moon Jae-in", True),
        ("Moon Jae-in", "moon jae-in", True),
        ("Moon Jae-in", "Moon", False),
        (None, None, True),
        (None, "Moon Jae-in", False),
        ("Moon Jae-in", None, False),
    ],
)
def test_speaker_accuracy(gold_speaker: str | None, pred_speaker: str | None, ok: bool) -> None:
    s = score_article(
        gold([q("Wij willen praten", speaker=gold_speaker)]),
        pred([("Wij willen praten", "direct", pred_speaker)]),
    )
    assert s.quote_tp == 1
    assert s.speaker_ok == int(ok)
    assert s.measures()["speaker_accuracy"] == (1.0 if ok else 0.0)


def test_speaker_accuracy_is_over_matched_quotes_only() -> None:
    s = score_article(
        gold([q("een", speaker="Park"), q("twee", speaker="Lee")]),
        pred([("een", "direct", "Park"), ("iets anders", "direct", "Lee")]),
    )
    assert (s.quote_tp, s.speaker_ok) == (1, 1)
    assert s.measures()["speaker_accuracy"] == 1.0


# -- indirect speech ----------------------------------------------------------


def test_indirect_half_the_gold_words() -> None:
    clause = "de gesprekken in het voorjaar beginnen"  # six words
    g = gold([q(clause, "indirect", "Pence")])
    half = pred([("Gesprekken het voorjaar", "indirect", "pence")])  # three of six
    less = pred([("de gesprekken", "indirect", "Pence")])  # two of six
    s = score_article(g, half)
    assert (s.indirect_tp, s.indirect_pred, s.indirect_gold, s.indirect_speaker_ok) == (1, 1, 1, 1)
    assert score_article(g, less).indirect_tp == 0


def test_indirect_longer_prediction_still_matches() -> None:
    g = gold([q("de markt groeit", "indirect", None)])
    p = pred([("volgens de minister de markt groeit snel dit jaar", "indirect", "Minister")])
    s = score_article(g, p)
    assert (s.indirect_tp, s.indirect_speaker_ok) == (1, 0)
    m = s.measures()
    assert (m["indirect_precision"], m["indirect_recall"]) == (1.0, 1.0)


def test_indirect_and_direct_are_scored_apart() -> None:
    g = gold([q("de markt groeit", "indirect")])
    s = score_article(g, pred([("de markt groeit", "direct", None)]))
    assert (s.indirect_tp, s.indirect_gold, s.quote_pred, s.quote_gold) == (0, 1, 1, 0)


# -- kind, cue and span precision of matched quotes --------------------------------


def said(
    text: str,
    kind: str = "direct",
    speaker: str | None = None,
    cue: str | None = None,
    evidence: Evidence | None = None,
) -> Quote:
    return Quote(
        text,
        kind,
        NOWHERE,
        speaker=None if speaker is None else Entity(speaker),
        cue=cue,
        evidence=evidence,
    )


def with_quotes(*quotes: Quote) -> Article:
    return Article(text="", lang="nl", date=MAY_2020, quotes=quotes)


def test_kind_accuracy_over_matched_direct_and_partial_quotes() -> None:
    g = gold([q("een", "direct"), q("twee", "partial"), q("drie", "direct"), q("vier")])
    p = pred([("een", "direct", None), ("twee", "direct", None), ("drie", "partial", None)])
    s = score_article(g, p)
    assert (s.quote_tp, s.kind_ok) == (3, 1)
    assert s.measures()["kind_accuracy"] == pytest.approx(1 / 3)
    # quote F1 does not see it
    assert s.measures()["quote_precision"] == 1.0


@pytest.mark.parametrize(
    ("gold_cue", "pred_cue", "ok"),
    [
        ("zegt", "zegt", True),
        ("Zegt", "zegt", True),
        ("laat weten", "laat  weten", True),
        ("according to", "according", True),  # one holds the other as a whole word
        ("said", "told reporters he said", True),
        ("zegt", "zeg", False),  # not a whole word
        ("aldus", "zegt", False),
        (":", ":", True),
        (None, None, True),
        (None, "zegt", False),
        ("zegt", None, False),
        ("", None, True),  # an empty cue is none
    ],
)
def test_cue_accuracy(gold_cue: str | None, pred_cue: str | None, ok: bool) -> None:
    g = gold([q("Wij willen praten") | {"cue": gold_cue}])
    s = score_article(g, with_quotes(said("Wij willen praten", cue=pred_cue)))
    assert (s.cue_n, s.cue_ok) == (1, int(ok))


def test_cue_accuracy_counts_indirect_quotes_and_not_terms() -> None:
    g = gold(
        [
            q("de markt groeit", "indirect") | {"cue": "zegt"},
            q("Ja") | {"cue": "aldus"},
            q("zonnepolitiek", "term"),
        ]
    )
    p = with_quotes(
        said("de markt groeit", "indirect", cue="zei"),
        said("Ja", cue="aldus"),
        said("zonnepolitiek", "term"),
    )
    s = score_article(g, p)
    assert (s.cue_n, s.cue_ok) == (2, 1)
    assert s.measures()["cue_accuracy"] == 0.5


def test_indirect_span_precision() -> None:
    clause = "de markt groeit dit jaar"  # five words
    g = gold([q(clause, "indirect"), q("de prijzen stijgen", "indirect")])
    p = with_quotes(
        # runs on into the reporter's next sentence: 5 of its 11 words are in the clause
        # (its second "de" is not: the gold clause has one)
        said(f"{clause}. Het ministerie meldt dat de export", "indirect"),
        said("de prijzen stijgen", "indirect"),  # exact: 3 of 3
    )
    s = score_article(g, p)
    assert s.indirect_tp == 2
    assert (s.indirect_words, s.indirect_words_in_gold) == (14, 8)
    assert s.measures()["indirect_span_precision"] == pytest.approx(8 / 14)
    # indirect precision and recall do not see it
    assert s.measures()["indirect_f1"] == 1.0


def test_a_repeated_word_counts_as_often_as_the_gold_clause_has_it() -> None:
    g = gold([q("de markt groeit", "indirect")])
    s = score_article(g, with_quotes(said("de markt groeit en de de de", "indirect")))
    assert (s.indirect_words, s.indirect_words_in_gold) == (7, 3)


# -- records annotated for some fields only --------------------------------------


def test_a_record_is_measured_only_on_what_it_annotated() -> None:
    g = attrs.evolve(
        gold([q("Ja", speaker="Kim")], headings=[], people=[]), annotated=("date", "quotes")
    )
    p = pred([("Ja", "direct", "Kim")], headings=["Kop"], boilerplate=["Foto"], people=["Kim"])
    s = score_article(g, p)
    assert (s.quote_tp, s.speaker_ok, s.date_ok, s.date_n, s.articles) == (1, 1, 1, 1, 1)
    # the empty lists of the other fields were never annotated: nothing is wrong there
    assert (s.heading_pred, s.boiler_pred, s.people_pred) == (0, 0, 0)
    m = s.measures()
    assert (m["heading_precision"], m["boilerplate_precision"], m["people_precision"]) == (
        None,
        None,
        None,
    )
    # without the list, the same prediction costs heading, boilerplate and people precision
    full = score_article(attrs.evolve(g, annotated=None), p).measures()
    assert (full["heading_precision"], full["people_precision"]) == (0.0, 0.0)


def test_a_record_without_quotes_annotated_counts_no_quotes() -> None:
    g = attrs.evolve(gold([q("Ja")], headings=["Kop"]), annotated=("headings",))
    p = pred([("Nee", "direct", None)], headings=["Kop"], date=None)
    s = score_article(g, p)
    assert (s.quote_pred, s.quote_gold, s.date_n) == (0, 0, 0)
    assert s.heading_tp == 1
    assert s.measures()["date_accuracy"] is None
    assert score_evidence(g, with_quotes(said("Ja"))).matched == 0


def test_load_gold_reads_and_checks_annotated(tmp_path: Path) -> None:
    record = {"id": "a", "text": "x", "quotes": [], "annotated": ["date", "quotes"]}
    (loaded,) = load_gold(_write(tmp_path / "a.jsonl", [record]))
    assert loaded.annotated == ("date", "quotes")
    assert loaded.measures("quotes")
    assert not loaded.measures("people")
    with pytest.raises(GoldFormatError, match="annotated"):
        load_gold(_write(tmp_path / "b.jsonl", [record | {"annotated": ["quotse"]}]))
    with pytest.raises(GoldFormatError, match="annotated"):
        load_gold(_write(tmp_path / "c.jsonl", [record | {"annotated": "quotes"}]))


def test_polnear_records_skip_what_was_not_annotated(gold_dir: Path) -> None:
    dev = gold_dir / "polnear" / "dev.jsonl"
    if not dev.is_file():
        pytest.skip("no PolNeAR dev file")
    records = load_gold(dev)[:3]
    assert all(r.annotated == ("date", "quotes") for r in records)
    report = evaluate(records)
    m = report.overall.measures()
    assert m["quote_f1"] is not None
    assert (m["heading_precision"], m["boilerplate_recall"], m["people_precision"]) == (
        None,
        None,
        None,
    )


# -- speakers per rule and per resolver ------------------------------------------


def test_speakers_are_counted_per_rule_and_resolver() -> None:
    g = gold(
        [
            q("een", speaker="Kim"),
            q("twee", speaker="Kim"),
            q("drie", speaker="Lee"),
            q("de markt groeit", "indirect", "Park"),
            q("ongezien", speaker="Moon"),
        ]
    )
    after = Evidence("nl:after-quote", "surname", 0.9)
    colon = Evidence("nl:colon", "exact", 0.8)
    p = with_quotes(
        said("een", speaker="Kim", evidence=after),
        said("twee", speaker="Lee", evidence=after),
        said("drie", speaker="Lee", evidence=colon),
        said("de markt groeit", "indirect", "Park", evidence=Evidence(None, "run", 0.5)),
        said("niet in de gold", speaker="Moon", evidence=colon),  # not matched: not counted
    )
    score = score_evidence(g, p)
    assert score.matched == 4
    assert score.rows("rule") == [
        ("nl:after-quote", 2, 0.5, 0.25),
        ("(none)", 1, 1.0, 0.25),
        ("nl:colon", 1, 1.0, 0.25),
    ]
    assert score.rows("resolver") == [
        ("surname", 2, 0.5, 0.25),
        ("exact", 1, 1.0, 0.25),
        ("run", 1, 1.0, 0.25),
    ]
    data = score.to_dict()
    assert data["rules"]["nl:after-quote"] == {"n": 2, "precision": 0.5, "recall": 0.25}
    assert data["matched"] == 4
    assert (score + score).rows("rule")[0] == ("nl:after-quote", 4, 0.5, 0.25)


def test_without_evidence_there_is_one_none_row() -> None:
    records = [gold([q("ja", speaker="Kim"), q("nee")], text="A")]
    answers = {"A": with_quotes(said("ja", speaker="Kim"), said("nee", speaker="Kim"))}
    report = evaluate(records, parser=answers.__getitem__)
    assert report.evidence.rows("rule") == [("(none)", 2, 0.5, 0.5)]
    assert report.evidence.rows("resolver") == [("(none)", 2, 0.5, 0.5)]
    data = report.to_dict()["evidence"]
    assert data["overall"]["rules"] == {"(none)": {"n": 2, "precision": 0.5, "recall": 0.5}}
    assert data["by_lang"]["nl"]["matched"] == 2
    table = format_table(report)
    main, _, second = table.partition("speakers of matched quotes (2)")
    assert "kind        accuracy" in main
    assert "articles" in main
    lines = second.splitlines()
    assert any(line.split() == ["(none)", "2", "0.500", "0.500"] for line in lines)
    assert [line.split()[0] for line in lines if line.endswith("recall")] == ["rule", "resolver"]


# -- date, headings, boilerplate, people ------------------------------------------


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "ok"),
    [
        ("2018-02", NewsDate(2018, 2), 1),
        ("2018-02", NewsDate(2018, 2, 14), 0),
        ("2018-02-14", NewsDate(2018, 2, 14), 1),
        (None, None, 1),
        (None, NewsDate(2018, 2), 0),
        ("2018-02", None, 0),
    ],
)
def test_date_exact_match(gold_date: str | None, pred_date: NewsDate | None, ok: int) -> None:
    assert score_article(gold(date=gold_date), pred(date=pred_date)).date_ok == ok


def test_headings_are_a_multiset_with_collapsed_whitespace() -> None:
    g = gold(headings=["Strikt  afzijdig", "Nieuws", "Nieuws"])
    p = pred(headings=["Strikt afzijdig", "Nieuws", "Sport", "Strikt afzijdig"])
    s = score_article(g, p)
    assert (s.heading_tp, s.heading_pred, s.heading_gold) == (2, 4, 3)
    m = s.measures()
    assert m["heading_precision"] == 0.5
    assert m["heading_recall"] == pytest.approx(2 / 3)


def test_boilerplate_gold_inside_prediction_counts_both_ways() -> None:
    g = gold(boilerplate=["Lees verder na de advertentie"])
    p = pred(boilerplate=["Lees verder na de advertentie  Foto: AP"])
    s = score_article(g, p)
    assert (s.boiler_found, s.boiler_gold, s.boiler_ok, s.boiler_pred) == (1, 1, 1, 1)


def test_boilerplate_prediction_inside_gold_counts_for_precision_only() -> None:
    g = gold(boilerplate=["Lees ook: Seoul kiest een nieuwe burgemeester"])
    p = pred(boilerplate=["Lees ook:", "Het weer"])
    s = score_article(g, p)
    assert (s.boiler_found, s.boiler_gold) == (0, 1)
    assert (s.boiler_ok, s.boiler_pred) == (1, 2)
    m = s.measures()
    assert (m["boilerplate_precision"], m["boilerplate_recall"]) == (0.5, 0.0)


def test_captions_count_as_boilerplate() -> None:
    s = score_article(gold(boilerplate=["Foto: AFP"]), pred(captions=["Foto: AFP"]))
    assert (s.boiler_found, s.boiler_ok, s.boiler_pred) == (1, 1, 1)


HEADLINED = " date 2020-05 LIVE: Seoul kiest  nieuwe burgemeester\nDe stad stemt."


@pytest.mark.parametrize(
    ("predicted", "ok"),
    [
        ("Seoul kiest nieuwe burgemeester", 1),
        ("LIVE: Seoul kiest nieuwe burgemeester", 0),
        (None, 0),
    ],
)
def test_headline_accuracy(predicted: str | None, ok: int) -> None:
    g = gold(text=HEADLINED, headings=["Seoul kiest  nieuwe burgemeester"], boilerplate=["LIVE:"])
    s = score_article(g, pred(headline=predicted))
    assert (s.headline_ok, s.headline_gold) == (ok, 1)
    assert s.measures()["headline_accuracy"] == ok


def test_headline_accuracy_skips_a_first_heading_below_the_lead() -> None:
    text = " date 2020-05 De stad stemt.\n\nEen nieuwe burgemeester\n\nHij begint maandag."
    s = score_article(gold(text=text, headings=["Een nieuwe burgemeester"]), pred())
    assert s.headline_gold == 0
    assert s.measures()["headline_accuracy"] is None
    # nor a record whose headings were not annotated
    g = gold(text=HEADLINED, headings=["LIVE: Seoul"], annotated=["date", "quotes"])
    assert score_article(g, pred()).headline_gold == 0


def test_quotes_lost_to_boilerplate() -> None:
    g = gold(
        [q("We stemmen", speaker="Kim"), q("dat het kan", "indirect"), q("Kiesdag", "term")],
    )
    p = pred(boilerplate=['Lees ook: "We stemmen", zegt Kim'], captions=["Kiesdag is vrij"])
    s = score_article(g, p)
    assert (s.lost_quotes, s.lost_checked) == (1, 2)
    assert s.measures()["quotes_lost"] == 1
    # printed twice, once in the text: not lost
    p = pred(boilerplate=['"We stemmen"'], paragraphs=['"We stemmen", zegt Kim.'])
    assert score_article(g, p).lost_quotes == 0
    # a record that says its boilerplate was not annotated skips the measure
    g = gold([q("We stemmen")], annotated=["date", "quotes"])
    m = score_article(g, pred(boilerplate=["We stemmen"])).measures()
    assert m["quotes_lost"] is None


def test_quotes_lost_is_a_count_in_the_table() -> None:
    records = [gold([q("ja")], id="a", text="A")]
    report = evaluate(records, parser=lambda _: pred(boilerplate=["ja"]))
    table = format_table(report)
    (row,) = [line for line in table.splitlines() if "quotes lost" in line]
    assert row.split()[-2:] == ["1", "1"]
    assert "headline    accuracy" in table


def test_people_case_insensitive() -> None:
    s = score_article(gold(people=["Kim Yo-jong", "Mike Pence"]), pred(people=["kim yo-jong"]))
    assert (s.people_tp, s.people_pred, s.people_gold) == (1, 1, 2)


def test_measures_without_denominators_are_none() -> None:
    m = score_article(gold(), pred()).measures()
    assert m["quote_precision"] is None
    assert m["quote_f1"] is None
    assert m["heading_recall"] is None
    assert m["date_accuracy"] == 1.0


def test_f1_is_zero_when_nothing_is_predicted() -> None:
    m = score_article(
        gold([q("Ja"), q("dat het kan", "indirect")], headings=["Kop"]), pred()
    ).measures()
    assert (m["quote_precision"], m["quote_recall"], m["quote_f1"]) == (None, 0.0, 0.0)
    assert (m["indirect_precision"], m["indirect_f1"]) == (None, 0.0)
    assert m["heading_f1"] == 0.0
    # Nothing to find: F1 is undefined even when something was predicted.
    m = score_article(gold(), pred([("Ja", "direct", None)])).measures()
    assert (m["quote_precision"], m["quote_recall"], m["quote_f1"]) == (0.0, None, None)


def test_scores_add_up() -> None:
    a = Score(quote_tp=1, quote_pred=2, articles=1)
    b = Score(quote_tp=2, quote_pred=2, quote_gold=4, articles=1)
    total = a + b
    assert (total.quote_tp, total.quote_pred, total.quote_gold, total.articles) == (3, 4, 4, 2)


# -- evaluate(), the table and gold files --------------------------------------


def test_evaluate_per_language_and_overall() -> None:
    records = [
        gold([q("ja")], id="a", lang="nl", text="A"),
        gold([q("yes")], id="b", lang="en", text="B"),
    ]
    answers = {"A": pred([("ja", "direct", None)]), "B": pred([("no", "direct", None)])}
    report = evaluate(records, parser=answers.__getitem__)
    assert list(report.by_lang) == ["en", "nl"]
    assert report.by_lang["nl"].quote_tp == 1
    assert report.by_lang["en"].quote_tp == 0
    assert report.overall.measures()["quote_recall"] == 0.5
    assert set(report.by_article) == {"a", "b"}
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["overall"]["quote_precision"] == 0.5
    table = format_table(report)
    header = table.splitlines()[0].split()
    assert header[-3:] == ["en", "nl", "all"]
    assert "date        accuracy" in table


def _write(path: Path, records: Sequence[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_load_gold(tmp_path: Path) -> None:
    record = {
        "id": "x1",
        "lang": "en",
        "text": ' date 2020-05 "Yes," she said.',
        "date": "2020-05",
        "quotes": [q("Yes", speaker=None)],
    }
    path = _write(tmp_path / "g.jsonl", [record, record | {"id": "x2", "annotated": ["quotes"]}])
    loaded = load_gold(path)
    assert [r.id for r in loaded] == ["x1", "x2"]
    assert [r.annotated for r in loaded] == [None, ("quotes",)]
    assert loaded[0].headings == ()
    assert loaded[0].quotes[0]["text"] == "Yes"


def test_load_gold_reports_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "", "quotes": []}\n\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    assert (info.value.path, info.value.line) == (str(path), 3)
    _write(path, [{"id": "a", "text": ""}])
    with pytest.raises(GoldFormatError, match="quotes"):
        load_gold(path)
    with pytest.raises(GoldFormatError, match="cannot read"):
        load_gold(tmp_path / "missing.jsonl")


def test_shared_gold_loads(gold_dir: Path) -> None:
    for path in sorted(gold_dir.glob("*.jsonl")):
        records = load_gold(path)
        assert records, path
        assert all(r.lang in ("nl", "en") for r in records)


def test_example_gold_file_is_consistent(examples_dir: Path) -> None:
    """examples/gold: every annotated string is in its article, as FORMAT.md asks."""
    records = load_gold(examples_dir / "gold" / "examples.jsonl")
    assert {r.lang for r in records} == {"nl", "en"}
    for record in records:
        assert record.text == (examples_dir.parent / str(record.source)).read_text("utf-8")
        for string in (*record.headings, *record.boilerplate, *record.people):
            assert string in record.text, (record.id, string)
        for quote in record.quotes:
            assert quote["kind"] in ("direct", "partial", "indirect", "term")
            for paragraph in quote["text"].split("\n"):
                assert paragraph in record.text, (record.id, paragraph)
