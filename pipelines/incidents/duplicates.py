"""Exact and near-duplicate articles: normalised-text hashes, word shingles, MinHash signatures and LSH bands.

Each article that copies another points at the earliest article of its duplicate group (by published_date, then
article_id), so the answer does not depend on the order the articles arrive in.
"""

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date

import numpy as np
import polars as pl

SHINGLE_WORDS = 4
NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs above a Jaccard of about 0.42 become candidates with high probability
NEAR_DUPLICATE_JACCARD = 0.5
_ROWS = NUM_PERM // BANDS
_PRIME = (1 << 61) - 1
_MAX_HASH = (1 << 32) - 1
_NON_WORD = re.compile(r"[^\w]+")


def _permutation_parameters() -> tuple[np.ndarray, np.ndarray]:
    # Derived from a hash rather than a random generator so that signatures never change across numpy versions,
    # which matters because signatures may be stored and compared across partitions and years.
    def number(label: str) -> int:
        return int.from_bytes(hashlib.blake2b(label.encode(), digest_size=4).digest(), "big") | 1

    a = np.array([number(f"minhash-a-{i}") for i in range(NUM_PERM)], dtype=np.uint64)
    b = np.array([number(f"minhash-b-{i}") for i in range(NUM_PERM)], dtype=np.uint64)
    return a, b


_A, _B = _permutation_parameters()


def normalise(text: str) -> str:
    """Lowercase words separated by single spaces: quotes, dashes, punctuation and spacing no longer count."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return _NON_WORD.sub(" ", folded).strip()


def exact_key(text: str) -> str:
    """Hash of the normalised text: equal keys mean the same words in the same order."""
    return hashlib.sha256(normalise(text).encode()).hexdigest()[:16]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The text's runs of `size` consecutive words (the whole text when it is shorter)."""
    words = normalise(text).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """MinHash signature: NUM_PERM unsigned 32-bit minima; equal positions estimate the shingles' Jaccard."""
    values = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "big") for s in shingles(text)]
    if not values:
        return np.full(NUM_PERM, _MAX_HASH, dtype=np.uint64)
    hashed = np.array(values, dtype=np.uint64)
    # a and x are below 2**32, so a*x + b stays inside 64 bits and the modulo is exact.
    permuted = ((np.outer(hashed, _A) + _B) % _PRIME) & _MAX_HASH
    return permuted.min(axis=0)


def signature_bytes(text: str) -> bytes:
    """The signature as 128 big-endian 32-bit values (512 bytes), the form stored beside each article."""
    return signature(text).astype(">u4").tobytes()


def signature_from_bytes(stored: bytes) -> np.ndarray:
    return np.frombuffer(stored, dtype=">u4").astype(np.uint64)


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    return float(np.mean(first == second))


def band_keys(sig: np.ndarray) -> list[str]:
    """One key per LSH band; two articles sharing any key are candidates (store these to compare across days)."""
    return [
        f"{band}:" + hashlib.blake2b(sig[band * _ROWS : (band + 1) * _ROWS].tobytes(), digest_size=8).hexdigest()
        for band in range(BANDS)
    ]


def _buckets(keys: Iterable[Iterable[str]]) -> list[list[int]]:
    """Article positions sharing a key (the exact hash or an LSH band): the candidates for being copies."""
    buckets: dict[str, list[int]] = {}
    for index, article_keys in enumerate(keys):
        for key in article_keys:
            buckets.setdefault(key, []).append(index)
    return [members for members in buckets.values() if len(members) > 1]


def _link_copies(buckets: list[list[int]], similar: Callable[[int, int], bool], groups: "_Groups") -> None:
    """Unions every candidate pair that is `similar`, skipping pairs already in one group: the groups come out as if
    every pair had been compared, but a bucket of hundreds of copies of one story costs one comparison per copy
    instead of one per pair."""
    for members in buckets:
        by_group: dict[int, list[int]] = {}
        for b in members:
            for root, group in list(by_group.items()):
                if groups.find(root) == groups.find(b):
                    continue
                for a in group:
                    if similar(a, b):
                        groups.union(a, b)
                        break
            merged: dict[int, list[int]] = {}
            for group in [*by_group.values(), [b]]:
                merged.setdefault(groups.find(group[0]), []).extend(group)
            by_group = merged


class _Groups:
    """Union-find over article positions."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _earliest_key(published: date | None, collected: date | None, article_id: str) -> tuple[int, date, date, str]:
    # Published the same day: the page collected first is the original (a re-scrape the next day is the copy).
    return (published is None, published or date.min, collected or date.min, article_id)


def fingerprint(text: str) -> tuple[bytes, str | None]:
    """What copy detection needs of a text, computed once where the text is cleaned: its `signature_bytes` and its
    `exact_key` (None when the text has no words, which never makes it a copy)."""
    return signature_bytes(text), exact_key(text) if normalise(text) else None


def _fingerprints(rows: pl.DataFrame) -> tuple[list[np.ndarray], list[str | None]]:
    # Stored fingerprints (columns minhash and exact_key) are reused; only articles without them are hashed here.
    texts = rows["text"].to_list()
    stored = "minhash" in rows.columns and "exact_key" in rows.columns
    stored_signatures = rows["minhash"].to_list() if stored else [None] * rows.height
    stored_keys = rows["exact_key"].to_list() if stored else [None] * rows.height
    signatures, keys = [], []
    for text, stored_signature, stored_key in zip(texts, stored_signatures, stored_keys, strict=True):
        if stored_signature is None:
            stored_signature, stored_key = fingerprint(text or "")
        signatures.append(signature_from_bytes(stored_signature))
        keys.append(stored_key)
    return signatures, keys


def find_duplicates(articles: pl.DataFrame, threshold: float = NEAR_DUPLICATE_JACCARD) -> pl.DataFrame:
    """For every article (columns article_id, published_date, text, and optionally partition_date and the stored
    `fingerprint` of the text as minhash and exact_key, in which case text may be null): `duplicate_of`,
    the earliest article of its duplicate group (by published_date, then partition_date, then article_id) or null for
    that earliest one and for unique articles; `similarity` to it (1.0 when exact).

    Two articles are duplicates when their normalised texts are equal or their estimated shingle Jaccard reaches
    `threshold`; groups are closed transitively, so a copy of a copy points at the first original.
    """
    if "partition_date" not in articles.columns:
        articles = articles.with_columns(partition_date=pl.lit(None, dtype=pl.Date))
    fingerprints = [name for name in ("minhash", "exact_key") if name in articles.columns]
    rows = articles.select("article_id", "published_date", "partition_date", "text", *fingerprints)
    rows = rows.unique("article_id")
    rows = rows.sort("article_id")
    ids = rows["article_id"].to_list()
    published = rows["published_date"].to_list()
    collected = rows["partition_date"].to_list()
    signatures, exact = _fingerprints(rows)
    has_words = [key is not None for key in exact]
    groups = _Groups(len(ids))

    def similar(a: int, b: int) -> bool:
        if not (has_words[a] and has_words[b]):
            return False
        return exact[a] == exact[b] or estimated_jaccard(signatures[a], signatures[b]) >= threshold

    # A generator: 33 keys an article are bucketed as they are made, never held for the whole window at once.
    buckets = _buckets([f"exact:{k}", *band_keys(s)] for k, s in zip(exact, signatures, strict=True))
    _link_copies(buckets, similar, groups)
    members: dict[int, list[int]] = {}
    for index in range(len(ids)):
        members.setdefault(groups.find(index), []).append(index)
    original_of = {}
    for group in members.values():
        first = min(group, key=lambda i: _earliest_key(published[i], collected[i], ids[i]))
        for index in group:
            original_of[index] = first
    return pl.DataFrame(
        {
            "article_id": ids,
            "duplicate_of": [ids[original_of[i]] if original_of[i] != i else None for i in range(len(ids))],
            "similarity": [
                None if original_of[i] == i
                else 1.0 if exact[i] == exact[original_of[i]]
                else estimated_jaccard(signatures[i], signatures[original_of[i]])
                for i in range(len(ids))
            ],
        },
        schema={"article_id": pl.String, "duplicate_of": pl.String, "similarity": pl.Float64},
    )
