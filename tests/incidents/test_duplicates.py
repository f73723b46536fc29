"""Exact and near-duplicate articles: who copies whom, whatever order the articles come in."""

import itertools
import random
from datetime import date

import polars as pl

from pipelines.incidents.duplicates import (
    NEAR_DUPLICATE_JACCARD,
    band_keys,
    estimated_jaccard,
    exact_key,
    find_duplicates,
    fingerprint,
    signature,
    signature_bytes,
    signature_from_bytes,
)
from pipelines.incidents.evaluate import articles_frame, detected_copies, duplicate_scores
from pipelines.incidents.labelled import load_reports

REPORTS = {r["id"]: r for r in load_reports()}


def articles(*rows: tuple[str, str, str]) -> pl.DataFrame:
    return pl.DataFrame(
        {"article_id": [r[0] for r in rows], "published_date": [date.fromisoformat(r[1]) for r in rows],
         "text": [r[2] for r in rows]}
    )  # fmt: skip


def duplicate_of(frame: pl.DataFrame) -> dict[str, str | None]:
    found = find_duplicates(frame)
    return dict(zip(found["article_id"].to_list(), found["duplicate_of"].to_list(), strict=True))


def test_syndicated_copy_points_at_the_earlier_original_in_either_input_order():
    original, copy = REPORTS["bg-01"], REPORTS["bg-05"]
    rows = [("z-original", "2024-01-04", original["text"]), ("a-copy", "2024-01-05", copy["text"])]
    assert duplicate_of(articles(*rows)) == {"z-original": None, "a-copy": "z-original"}
    assert duplicate_of(articles(*reversed(rows))) == {"z-original": None, "a-copy": "z-original"}


def test_same_day_copies_point_at_the_smallest_article_id():
    text = REPORTS["mg-02"]["text"]
    assert duplicate_of(articles(("b", "2024-06-29", text), ("a", "2024-06-29", text))) == {"a": None, "b": "a"}


def test_case_spacing_and_punctuation_changes_are_exact_duplicates():
    assert exact_key("Five men died, police said.") == exact_key("five  men died , Police said")
    found = find_duplicates(articles(("a", "2024-02-20", REPORTS["ky-01"]["text"]),
                                     ("b", "2024-02-20", REPORTS["ky-03"]["text"])))
    assert found.filter(pl.col("article_id") == "b")["similarity"].item() == 1.0


def test_reworded_reports_of_the_seed_strike_are_separate_sources_not_copies():
    rows = [(i, REPORTS[i]["published_date"], REPORTS[i]["text"]) for i in ("bg-01", "bg-02", "bg-03", "bg-04")]
    assert set(duplicate_of(articles(*rows)).values()) == {None}


def test_copy_of_a_copy_points_at_the_first_original():
    text = REPORTS["om-02"]["text"]
    edited = text.replace("appealed for blood donors", "called on residents to donate blood")
    twice = edited.replace("Sunday", "Sunday afternoon")
    rows = [("c", "2024-09-17", twice), ("b", "2024-09-16", edited), ("a", "2024-09-15", text)]
    assert duplicate_of(articles(*rows)) == {"a": None, "b": "a", "c": "a"}


def test_empty_texts_are_never_duplicates_of_each_other():
    assert duplicate_of(articles(("a", "2024-01-01", ""), ("b", "2024-01-01", "  "))) == {"a": None, "b": None}


def test_signature_values_are_pinned_because_stored_signatures_must_stay_comparable():
    assert signature("A drone strike killed four militia members in Baghdad on Thursday.")[:3].tolist() == [
        305541546, 112621609, 232517628,
    ]


def test_every_labelled_copy_and_nothing_else_is_detected():
    reports = load_reports()
    scores = duplicate_scores(reports, detected_copies(reports))
    assert (scores.precision, scores.recall) == (1.0, 1.0)
    assert articles_frame(reports).height == len(reports)


def test_many_copies_of_a_few_stories_group_as_if_every_pair_were_compared():
    """Hundreds of copies share LSH buckets; comparing each copy with one member per group must give the groups that
    comparing every candidate pair gives."""
    rng = random.Random(3)
    words = [f"w{i}" for i in range(400)]
    stories = [" ".join(rng.choice(words) for _ in range(120)) for _ in range(4)]
    texts = [f"{stories[i % 4]} desk note {i} {' '.join(rng.choice(words) for _ in range(rng.randint(0, 60)))}"
             for i in range(160)] + [" ".join(rng.choice(words) for _ in range(80)) for _ in range(20)]
    articles = pl.DataFrame({"article_id": [f"a{i:03d}" for i in range(len(texts))],
                             "published_date": [date(2024, 1, 4)] * len(texts), "text": texts})
    found = dict(find_duplicates(articles).select("article_id", "duplicate_of").iter_rows())
    assert set(found.values()) - {None}  # there are copies to find

    signatures = [signature(t) for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in itertools.combinations(range(len(texts)), 2):
        shares_a_band = set(band_keys(signatures[a])) & set(band_keys(signatures[b]))
        if shares_a_band and estimated_jaccard(signatures[a], signatures[b]) >= NEAR_DUPLICATE_JACCARD:
            parent[root(a)] = root(b)
    expected_groups = {}
    for i in range(len(texts)):
        expected_groups.setdefault(root(i), set()).add(f"a{i:03d}")
    found_groups = {}
    for article_id, original in found.items():
        found_groups.setdefault(original or article_id, set()).add(article_id)
    assert sorted(map(sorted, found_groups.values())) == sorted(map(sorted, expected_groups.values()))


def test_stored_fingerprints_give_the_same_copies_without_the_texts():
    frame = articles_frame(load_reports())
    stored = [fingerprint(text) for text in frame["text"]]
    without_text = frame.with_columns(
        minhash=pl.Series([minhash for minhash, _ in stored], dtype=pl.Binary),
        exact_key=pl.Series([key for _, key in stored], dtype=pl.String),
        text=pl.lit(None, dtype=pl.String),
    )
    assert find_duplicates(without_text).sort("article_id").equals(find_duplicates(frame).sort("article_id"))
    assert (signature_from_bytes(signature_bytes("a b c d e")) == signature("a b c d e")).all()
