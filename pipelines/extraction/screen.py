"""Screened patterns: a compiled regex behind a cheap test of whether it can match at all.

Most of the extraction rules are large case-insensitive alternations ("killed|dead|died|slain|..."), tried at every
position of every sentence, and most sentences hold none of their words. `screened(pattern)` reads the pattern's
syntax tree for literal strings of which every match must contain one (its required words: "kill", "dead",
"slain"...) and puts plain substring tests for them, on the lower-cased text, in front of the pattern.
When none of them is in the text the pattern cannot match and is not run; otherwise it runs as before. Results are
therefore identical to the bare pattern's; only their cost changes. A pattern with no usable required word (every
literal optional, or only one- or two-letter ones) is returned as it is.

A `Family` screens a group of patterns at once (a module's casualty rules, its event-type rules): when a sentence
holds none of the words any of them requires, the whole group is passed over with one test instead of one per
pattern. It may be tested on the text before the rules blank asides out of it ("killed any hope" turned into
spaces): blanking only puts spaces where characters were, and no needle holds a space, so a needle found in the
blanked text is in the original text too.
"""

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

# re's own parser (the one re.compile uses), so that the syntax tree is exactly what the pattern matches.
from re import _constants as _sre  # noqa: PLC2701
from re import _parser as _sre_parse  # noqa: PLC2701

Needles = frozenset[str]
_SHORTEST_NEEDLE = 3  # shorter required strings ("a", "of") are in nearly every sentence: no screen is worth it

# With IGNORECASE, re matches a letter by its simple lower-case mapping and a few extra equivalences (dotless "ı"
# for "i", long "ſ" for "s"). str.lower() uses the full mapping, which differs only for "İ" (to "i" + a combining
# dot). Mapping these three first makes the lowered text hold the lower-case form of every letter re would match.
_CASE_FIXES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_ODD_CASE = re.compile("[İıſ]")


@lru_cache(maxsize=1024)  # one sentence is screened for some sixty patterns in a row
def case_folded(text: str) -> str:
    """The text lower-cased the way re compares letters under IGNORECASE, one character for one."""
    if text.isascii() or _ODD_CASE.search(text) is None:
        return text.lower()
    return text.translate(_CASE_FIXES).lower()


def required_needles(pattern: re.Pattern[str]) -> Needles | None:
    """Lower-case strings at least one of which occurs in any text the pattern matches somewhere in (None: no
    such set worth testing)."""
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, AttributeError):
        return None
    needles = _sequence(list(tree))
    if not needles or min(_selectivity(n) for n in needles) < _SHORTEST_NEEDLE:
        return None
    # A needle that contains another adds nothing to an any-of test.
    return frozenset(n for n in needles if not any(m != n and m in n for m in needles))


def _sequence(items: list) -> Needles | None:
    """Needles of a sequence of items: each literal run is one option, so is each item's own set; every match
    contains all of them, so the most selective one is kept."""
    options: list[Needles] = []
    run = ""
    for op, arg in items:
        if op is _sre.LITERAL and arg < 128:
            run += chr(arg).lower()
            continue
        endings = _literal_branches(op, arg)
        if run and endings is not None:
            # re factors common prefixes out of alternatives ("wh(?:ich|o|ose)"): put them back together
            options.append(frozenset(run + ending for ending in endings))
            run = ""
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        own = _item(op, arg)
        if own:
            options.append(own)
    if run:
        options.append(frozenset({run}))
    if not options:
        return None
    return max(options, key=lambda o: (min(_selectivity(n) for n in o), -len(o)))


def _selectivity(needle: str) -> int:
    # Digits count double: "19" and "20" (years) are rarer in prose than two-letter words such as "in".
    return len(needle) + sum(ch.isdigit() for ch in needle)


def _literal_branches(op, arg) -> list[str] | None:
    """The alternatives of a branch made of plain (ASCII) literals only, else None."""
    if op is not _sre.BRANCH:
        return None
    endings = []
    for branch in arg[1]:
        if not all(o is _sre.LITERAL and a < 128 for o, a in branch):
            return None
        endings.append("".join(chr(a).lower() for _, a in branch))
    return endings


def _item(op, arg) -> Needles | None:
    if op is _sre.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op is _sre.ASSERT:  # a lookaround's text is in the searched text too (lookbehind or lookahead alike)
        return _sequence(list(arg[1]))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _, body = arg
        return _sequence(list(body)) if low >= 1 else None
    if op is _sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in arg[1]]
        if any(not b for b in branches):
            return None
        return frozenset().union(*branches)
    return None  # classes, anchors, negative lookarounds, back references: nothing they require is a literal


class Screened:
    """A compiled pattern with the same search/match/finditer/sub calls, skipped when its needles are absent."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], needles: Needles) -> None:
        self.pattern = pattern
        self.needles = tuple(sorted(needles))  # substring tests beat one alternation of them in re (measured)

    def may_match(self, text: str) -> bool:
        folded = case_folded(text)
        # A plain loop, not any(): this runs some sixty times per sentence, and any()'s generator costs more.
        for needle in self.needles:  # noqa: SIM110
            if needle in folded:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # may_match written out: search is the most frequent call, and a call less per pattern counts.
        folded = case_folded(text)
        for needle in self.needles:
            if needle in folded:
                return self.pattern.search(text, pos, endpos)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self.may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self.may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        folded = case_folded(text)
        for needle in self.needles:
            if needle in folded:
                return self.pattern.finditer(text, pos, endpos)
        return iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.may_match(text) else text


def screened(pattern: re.Pattern[str]) -> "Screened | re.Pattern[str]":
    """The pattern behind a screen of its required words, or the pattern itself when it has none worth testing."""
    needles = required_needles(pattern)
    return pattern if needles is None else Screened(pattern, needles)


def compile(pattern: str, flags: int = 0) -> "Screened | re.Pattern[str]":  # noqa: A001
    """re.compile, screened."""
    return screened(re.compile(pattern, flags))


class Family:
    """A screen for a group of patterns: False when none of them can match the text. Always True when one of them
    has no needles (it could match anything) or a needle holds whitespace (see the module docstring)."""

    __slots__ = ("needles",)

    def __init__(self, patterns: Iterable["Screened | re.Pattern[str]"]) -> None:
        needles: set[str] = set()
        for pattern in patterns:
            if not isinstance(pattern, Screened):
                needles = set()
                break
            needles.update(pattern.needles)
        if any(not needle.strip() or needle != "".join(needle.split()) for needle in needles):
            needles = set()
        # A needle that contains another adds nothing to an any-of test.
        kept = {n for n in needles if not any(m != n and m in n for m in needles)}
        self.needles: tuple[str, ...] | None = tuple(sorted(kept)) if kept else None

    def may_match(self, text: str) -> bool:
        if self.needles is None:
            return True
        folded = case_folded(text)
        for needle in self.needles:  # noqa: SIM110
            if needle in folded:
                return True
        return False
