"""Count phrases and the (low, best, high) they must give; high None means open-ended."""

NUMBERS: list[tuple[tuple[int, int, int | None], list[str]]] = [
    ((1200, 1200, 1200), ["1,200", "1200", "one thousand two hundred"]),
    ((21, 21, 21), ["twenty-one", "twenty one", "21"]),
    ((105, 105, 105), ["one hundred and five", "a hundred and five", "105"]),
    ((12, 12, 12), ["a dozen", "twelve", "12"]),
    ((6, 6, 6), ["half a dozen", "six"]),
    ((12, 12, None), ["dozens"]),
    ((10, 10, None), ["tens"]),
    ((20, 20, None), ["scores"]),
    ((100, 100, None), ["hundreds"]),
    ((1000, 1000, None), ["thousands"]),
    ((7, 7, None), ["at least 7", "at least seven", "more than seven", "over 7", "no fewer than seven", "7+"]),
    ((1, 10, 10), ["up to 10", "up to ten", "as many as ten"]),
    ((5, 5, 8), ["5 to 8", "five to eight", "between five and eight", "5-8"]),
    ((40, 50, 50), ["nearly 50", "almost fifty"]),
    ((16, 20, 24), ["about 20", "around twenty", "approximately 20", "some 20"]),
    ((1500000, 1500000, 1500000), ["1.5 million"]),
    ((2, 3, 5), ["a few", "a handful of"]),
]
