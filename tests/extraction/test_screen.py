"""Screened patterns must find exactly what the bare patterns find: the screen only skips work."""

import json
import re
import string
from pathlib import Path

import pytest

from pipelines.extraction import actors, background, casualties, dates, event_types, incidents
from pipelines.extraction.screen import Screened, case_folded, required_needles, screened

CORPUS = Path(__file__).resolve().parents[2] / "pipelines" / "extraction" / "corpus" / "incidents.jsonl"


def test_case_folding_keeps_every_letter_re_would_match_case_insensitively():
    # Every character re.IGNORECASE matches to an ASCII letter must fold to that letter ("İ", "ı", "ſ", Kelvin "K").
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert len(case_folded(everything)) == len(everything)
    for letter in string.ascii_letters + string.digits:
        for matched in set(re.findall(letter, everything, re.IGNORECASE)):
            assert case_folded(matched) == letter.lower(), (letter, hex(ord(matched)))


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"\b(?:killed|dead)\b", {"killed", "dead"}),
        # re factors the "wh" out and the screen puts it back; "whose" contains "who", so it adds nothing
        (r",\s*wh(?:ich|o|ose)\b", {"which", "who"}),
        (r"\bshot\s+dead\b", {"shot"}),
        (r"(?<![\w-])(?:killed|died)(?![\w-])", {"killed", "died"}),
        (r"(?:\d+\s+)?people", {"people"}),
    ],
)
def test_required_needles(pattern, needles):
    assert required_needles(re.compile(pattern, re.IGNORECASE)) == needles


@pytest.mark.parametrize("pattern", [r"\b(?:kill(?:ed)?)?\s+\d+", r"(?!x)x", r"\bin\s+\w+", r"[A-Z]\w+"])
def test_no_screen_without_a_required_word_worth_testing(pattern):
    compiled = re.compile(pattern)
    assert screened(compiled) is compiled


def _screened_patterns() -> list[Screened]:
    found = []
    for module in (actors, background, casualties, dates, event_types, incidents):
        for value in vars(module).values():
            items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]
            for item in items:
                item = item[0] if isinstance(item, tuple) else item
                if isinstance(item, Screened):
                    found.append(item)
    return found


def test_screened_rules_find_what_the_bare_rules_find():
    patterns = _screened_patterns()
    assert len(patterns) > 80  # the rules of every dimension are screened
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += ["İSTANBUL: no one was hurt", "The ſtrike KILLED 3", ""]
    for pattern in patterns:
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.pattern.finditer(text)]
            assert pattern.sub("_", text) == pattern.pattern.sub("_", text)
