"""Shortcuts of the extraction's hot paths must change only their cost: every rule family skipped for a sentence
finds nothing in it, and the faster forms of place and actor matching find what the plain forms find."""

import csv
import json
import re
import unicodedata
from datetime import date
from pathlib import Path

from pipelines.extraction import actors, casualties, dates, event_types, places
from pipelines.extraction.events import split_sentences
from pipelines.extraction.screen import Family, compile

CORPUS = Path(__file__).resolve().parents[2] / "pipelines" / "extraction" / "corpus" / "incidents.jsonl"


def _sentences() -> list[str]:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
    return [sentence for text in texts for _, sentence in split_sentences(text)]


def test_family_passes_a_text_holding_any_members_word_and_only_then():
    family = Family([compile(r"\bkilled\b", re.I), compile(r"\bwounded\s+\d+", re.I)])
    assert family.may_match("Two were KILLED.")
    assert family.may_match("gunmen wounded 3")
    assert not family.may_match("Talks resumed on Monday.")


def test_family_without_needles_for_every_member_never_skips():
    # r"\d+ dead" has only a two-letter literal: nothing safe to screen the family by
    family = Family([compile(r"\bkilled\b", re.I), re.compile(r"\d+\s+\w+")])
    assert family.needles is None
    assert family.may_match("Talks resumed on Monday.")


def test_skipped_sentences_hold_no_casualty_type_or_date():
    # The rule families are what find_mentions, classify and find_dates skip by: where the family screen says no,
    # the unscreened rules must find nothing either.
    sentences = _sentences()
    rules = {
        casualties._STATEMENTS: [p.pattern for p in casualties._STATEMENTS_PATTERNS],
        event_types._ANY_RULE: [p.pattern for p, _ in event_types._RULES],
        dates._ANY_DATE: [p.pattern for p in (dates._EXPLICIT, dates._WEEKDAY, *(p for p, _ in dates._RELATIVE))],
    }
    skipped = 0
    for family, bare in rules.items():
        for sentence in sentences:
            if not family.may_match(sentence):
                skipped += 1
                assert not any(pattern.search(sentence) for pattern in bare), sentence
    assert skipped > 100  # the screens do skip sentences of a real corpus
    assert casualties.find_mentions("Talks between the two parties resumed in Geneva.") == []
    assert event_types.classify("Talks between the two parties resumed in Geneva.") is None
    assert dates.find_dates("Talks between the two parties resumed in Geneva.", date(2024, 2, 1)) == []


def _plain_fold(text: str) -> str:
    if text.isascii():
        return text.replace("'", "").replace("`", "")
    decomposed = unicodedata.normalize("NFKD", text.translate(places._FOLD))
    return places._APOSTROPHES.sub("", decomposed.translate(places._DROP_COMBINING))


def test_fold_of_a_long_text_equals_character_by_character_folding():
    texts = ["Ṣanʿāʾ and Mosul’s “old city” — Łódź, Ærøskøbing, İstanbul, ıncı, straße. " * 3]
    texts += ["".join(chr(c) for c in range(start, start + 300)) for start in range(0, 0x3000, 300)]
    for text in texts:
        assert places.fold(text) == _plain_fold(text)
    assert places.fold("Kāmyārān said ‘no’ " * 5).startswith("Kamyaran said no ")


def test_group_pattern_matches_like_one_plain_alternation():
    # The pattern before names were grouped by first letter: longest first, acronyms in capitals only.
    with places._GROUPS_TSV.open(encoding="utf-8") as handle:
        names = [places.fold(row["name"]) for row in csv.DictReader(handle, delimiter="\t")]
    bodies = []
    for name in sorted(dict.fromkeys(names), key=len, reverse=True):
        body = r"[\s\-]+".join(re.escape(part) for part in re.split(r"[\s\-]+", name))
        bodies.append(body if name.upper() != name else f"(?-i:{body})")
    plain = re.compile(r"(?<![\w\-])(?i:" + "|".join(bodies) + r")(?![\w\-])")
    pattern, _ = places._gazetteer().groups
    variants = [v for n in names for v in (n, n.lower(), n.upper(), n.replace(" ", "-"), "x" + n, n + "s")]
    text = " ".join(f"the {v} and {v}, {v}.{v}" for v in variants)
    found = [m.span() for m in pattern.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert len(found) > len(names)  # names in any case, acronyms in capitals, never inside other words


def test_subject_search_starts_no_later_than_its_first_match():
    for sentence in [*_sentences(), "Masked armed men from the village stormed a school", "No people here."]:
        start = actors._subject_start(sentence)
        first = actors._SUBJECT_RE.pattern.search(sentence)
        assert first is None or first.start() >= start, sentence
    assert actors._subject_start("Later on, dozens of armed men attacked the town") == len("Later on, ")
