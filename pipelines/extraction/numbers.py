"""Counts written in news prose ("1,200", "twenty-one", "dozens", "at least five") as (low, best, high) quantities.

Vague amounts follow ACLED's published practice: "tens" is 10, "dozens" 12, "hundreds" 100 (and by the same logic
"scores" 20, "thousands" 1000), always the most conservative reading. An unspecified plural ("several", "many",
"some", "a number of") is coded 10, the project's convention (pipelines/extraction/corpus/README.md), which follows
ACLED's default for reported but uncounted deaths; "a few" and "a handful" are 3. A qualifier such as "at
least" or "more than" keeps the stated number as the best estimate (ACLED: the most conservative figure) and leaves
the upper bound open (high None).
"""

import re
from dataclasses import dataclass, field

UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Nouns of quantity that stand in for a number ("a dozen", "a score of").
GROUP_NOUNS: dict[str, int] = {"dozen": 12, "score": 20, "couple": 2, "pair": 2}


@dataclass(frozen=True)
class Quantity:
    """A reported count. high None means open-ended ("at least 5", "dozens")."""

    low: int
    best: int
    high: int | None
    # "dozens", "several": a convention's figure, which a source's own count for the same dead replaces
    vague: bool = field(default=False, compare=False)

    @classmethod
    def exact(cls, n: int) -> "Quantity":
        return cls(n, n, n)

    def __add__(self, other: "Quantity") -> "Quantity":
        high = None if self.high is None or other.high is None else self.high + other.high
        return Quantity(self.low + other.low, self.best + other.best, high)


# Vague amounts: (low, best, high).
VAGUE: dict[str, Quantity] = {
    "tens": Quantity(10, 10, None, vague=True),
    "dozens": Quantity(12, 12, None, vague=True),
    "scores": Quantity(20, 20, None, vague=True),
    "hundreds": Quantity(100, 100, None, vague=True),
    "thousands": Quantity(1000, 1000, None, vague=True),
    "several": Quantity(3, 10, None, vague=True),
    "a few": Quantity(2, 3, 5),
    "few": Quantity(2, 3, 5),
    "some": Quantity(2, 10, None, vague=True),
    "a number of": Quantity(2, 10, None, vague=True),
    "many": Quantity(10, 10, None, vague=True),
    "numerous": Quantity(10, 10, None, vague=True),
    "a handful of": Quantity(2, 3, 5),
    "a couple of": Quantity(2, 2, 3),
    "a couple": Quantity(2, 2, 3),
    "a dozen": Quantity.exact(12),
    "half a dozen": Quantity.exact(6),
    "a score of": Quantity.exact(20),
}

_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s?(?:million|thousand))?"
_WORDS = rf"(?:a\s|an\s)?(?:{_NUMBER_WORD})(?:(?:[\s-]|\sand\s)(?:{_NUMBER_WORD}))*"
_VAGUE = "|".join(re.escape(k) for k in sorted(VAGUE, key=len, reverse=True))
# One bare number: digits, number words, or a vague amount. "a"/"an" alone is handled by callers that know a
# noun follows, since "a" is usually not a count.
BARE_NUMBER = rf"(?:{_DIGITS}|{_VAGUE}|{_WORDS})"

_OPEN_ABOVE = r"at\s+least|more\s+than|over|in\s+excess\s+of|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than"
_UP_TO = r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|under"
_NEAR = r"nearly|almost|close\s+to|just\s+under"
_ABOUT = r"about|around|approximately|roughly|some|an\s+estimated|estimated|at\s+around|circa|c\."
QUALIFIER = rf"(?:{_OPEN_ABOVE}|{_UP_TO}|{_NEAR}|{_ABOUT})"

# A full count phrase: optional qualifier, a number, optional range end or "+".
COUNT_PHRASE = (
    rf"(?:between\s+{BARE_NUMBER}\s+and\s+{BARE_NUMBER}"
    rf"|(?:{QUALIFIER}\s+)?{BARE_NUMBER}(?:\s*(?:to|-|–|or)\s*{BARE_NUMBER})?\+?)"
)
COUNT_RE = re.compile(rf"\b{COUNT_PHRASE}(?![\w])", re.IGNORECASE)


def words_to_int(text: str) -> int | None:
    """An integer from cardinal words ("one hundred and five", "twenty-one", "a thousand"); None if not one."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] in ("a", "an"):
        tokens = ["one", *tokens[1:]] if len(tokens) > 1 and tokens[1] in SCALES else tokens
        if tokens[0] in ("a", "an"):
            return None
    total = current = 0
    seen = False
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in SCALES:
            total += max(current, 1) * SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _bare_to_quantity(text: str) -> Quantity | None:
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in VAGUE:
        return VAGUE[t]
    digits = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s?(million|thousand)?", t)
    if digits:
        value = float(digits.group(1).replace(",", ""))
        value *= SCALES.get(digits.group(2) or "", 1)
        return Quantity.exact(int(value))
    value = words_to_int(t)
    return None if value is None else Quantity.exact(value)


def parse_count(text: str) -> Quantity | None:
    """The quantity a count phrase states ("at least 7", "between 5 and 8", "dozens", "a dozen"), or None."""
    t = re.sub(r"\s+", " ", text.strip().lower()).rstrip("+")
    between = re.fullmatch(rf"between ({BARE_NUMBER}) and ({BARE_NUMBER})", t)
    if between:
        return _range(between.group(1), between.group(2))
    qualifier = re.match(rf"({QUALIFIER})\s+", t)
    rest = t[qualifier.end() :] if qualifier else t
    base = _bare_to_quantity(rest)
    if base is None:
        ranged = re.fullmatch(rf"({BARE_NUMBER})\s*(?:to|-|–|or)\s*({BARE_NUMBER})", rest)
        base = _range(ranged.group(1), ranged.group(2)) if ranged else None
    if base is None:
        return None
    if text.strip().endswith("+"):
        base = Quantity(base.low, base.best, None)
    return _qualify(qualifier.group(1) if qualifier else None, base)


def _range(first: str, second: str) -> Quantity | None:
    low, high = _bare_to_quantity(first), _bare_to_quantity(second)
    if low is None or high is None:
        return None
    if high.best < low.best:
        return None
    # The lower end is the conservative best estimate, as ACLED codes disputed figures.
    return Quantity(low.best, low.best, high.high)


def _qualify(qualifier: str | None, base: Quantity) -> Quantity:
    if qualifier is None:
        return base
    q = re.sub(r"\s+", " ", qualifier)
    n = base.best
    if re.fullmatch(_OPEN_ABOVE, q):
        return Quantity(n, n, None)
    if re.fullmatch(_UP_TO, q):
        top = max(0, n - 1) if q in ("fewer than", "less than", "under") else n
        return Quantity(min(1, top), top, top)
    if re.fullmatch(_NEAR, q):
        return Quantity(max(0, int(n * 0.8)), n, n)
    return Quantity(max(0, int(n * 0.8)), n, None if base.high is None else int(round(n * 1.2)))


def find_counts(text: str) -> list[tuple[int, int, Quantity]]:
    """Every count phrase in text as (start, end, quantity), left to right."""
    found = []
    for match in COUNT_RE.finditer(text):
        quantity = parse_count(match.group(0))
        if quantity is not None:
            found.append((match.start(), match.end(), quantity))
    return found
