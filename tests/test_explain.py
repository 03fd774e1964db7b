"""``koreanews explain`` and the evidence on every quotation."""

from __future__ import annotations

import attrs
import pytest

import koreanews
from koreanews import attribution, cli
from koreanews.evidence import confidence
from koreanews.explain import explain, format_explanation
from koreanews.lang import get_profile

NL = (
    " date 2021-04 Schoolbus in Daegu\n\n"
    "„De chauffeur reed veel te hard”, zegt buurtbewoonster Han Mi-rae. "
    "„Iedereen hier zag het aankomen.”\n\n"
    "Burgemeester Oh Jin-woo reageerde kort. Hij zei: „We onderzoeken het.”"
)
EN = (
    " date 2021-04 Ferry delayed\n\n"
    '"The engine failed twice," said captain Yoon Ha-neul. "We had no choice."\n\n'
    "The operator said the ferry would sail again on Monday."
)


def test_every_quotation_has_evidence() -> None:
    for text, lang in ((NL, "nl"), (EN, "en")):
        article = koreanews.parse(text)
        for q in article.quotes:
            if q.kind is koreanews.QuoteKind.TERM:
                continue
            assert q.evidence is not None
            assert q.evidence.rule is not None
            assert q.evidence.rule.startswith(f"{lang}:")
            assert 0.0 <= q.evidence.confidence <= 1.0


def test_evidence_names_the_rule_and_the_resolver() -> None:
    article = koreanews.parse(NL)
    first, second, third = article.quotes
    assert first.evidence == koreanews.Evidence(
        "nl:after-quote", "exact", first.evidence.confidence if first.evidence else 0.0
    )
    assert second.evidence is not None
    assert (second.evidence.rule, second.evidence.resolver) == ("nl:run", "run")
    assert third.evidence is not None
    assert (third.evidence.rule, third.evidence.resolver) == ("nl:before-verb", "pronoun") or (
        third.evidence.resolver == "pronoun"
    )
    assert third.speaker is not None
    assert third.speaker.name == "Oh Jin-woo"


def test_explain_lists_the_rules_tried_and_the_resolver() -> None:
    article, notes = explain(EN)
    assert [n.quote for n in notes] == list(article.quotes)
    first = notes[0].notes
    assert first[0].startswith("link rule after-quote: after-quote -> cue 'said'")
    assert any(line.startswith("resolver exact:") for line in first)
    # the second quotation's sentence holds no cue at all: the run continues
    second = notes[1].notes
    assert second[0] == "its sentence holds no cue word, colon, dash or possessive"
    assert "continues the previous quotation's speaker" in second[-1]
    text = format_explanation(article, notes)
    assert "evidence: rule en:after-quote, resolver exact" in text


def test_explain_shows_the_pronoun_candidates() -> None:
    _, notes = explain(NL)
    lines = notes[-1].notes
    assert any("pronoun of gender m: candidates" in line and "Oh Jin-woo" in line for line in lines)


def test_parsing_without_explain_collects_no_notes() -> None:
    # the notes live only inside explain(): a plain parse leaves no trace behind
    first = koreanews.parse(NL)
    _, notes = explain(NL)
    again = koreanews.parse(NL)
    assert first == again
    assert all(n.notes for n in notes)


def test_the_link_rules_follow_the_profile_order() -> None:
    text = " date 2021-04 Moon zei: „Dit is het einde”, zegt Kim."
    default = koreanews.parse(text, lang="nl").quotes[0]
    assert default.speaker is not None
    assert default.speaker.name == "Kim"
    profile = get_profile("nl")
    reordered = attrs.evolve(profile, quote_links=("before-quote", "after-quote", "cue-before"))
    rules = attribution._rules(reordered)
    assert [name for name, _ in rules.quote_links] == ["before-quote", "after-quote", "cue-before"]


def test_an_unknown_link_rule_is_refused() -> None:
    profile = attrs.evolve(get_profile("en"), quote_links=("after-quote", "telepathy"))
    with pytest.raises(ValueError, match="telepathy"):
        attribution._rules(profile)


def test_confidence_is_smoothed_and_bounded() -> None:
    for rule, resolver in (("after-quote", "exact"), ("no-such-rule", None), ("run", "run")):
        assert 0.0 <= confidence(rule, resolver) <= 1.0
    # a well-attested pair is more trusted than an unknown one
    assert confidence("after-quote", "exact") > confidence("no-such-rule", None)


def test_cli_explain(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ferry.txt"
    path.write_text(EN, encoding="utf-8")
    assert cli.main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[1] direct" in out
    assert "link rule after-quote" in out
    assert cli.main(["explain", str(tmp_path / "missing.txt")]) == 1


def test_the_html_view_carries_the_evidence() -> None:
    page = koreanews.render_html(koreanews.parse(EN))
    assert 'data-rule="en:after-quote"' in page
    assert "why: rule en:after-quote, resolver exact" in page
