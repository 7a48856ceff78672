"""The world-city table is data made from the pinned GeoNames package, never edited by hand."""

from __future__ import annotations

from briefgen.analyze import places


def test_city_table_is_what_the_pinned_geonames_package_gives():
    assert places.TABLE.read_text(encoding="utf-8") == places.build_table(), \
        "briefgen/data/cities.tsv is stale: run `python -m briefgen.analyze.places`"


def test_city_lookup():
    assert places.city_population("Kharkiv") > 1_000_000
    assert places.city_population("Sao Paulo") == places.city_population("São Paulo") > 10_000_000
    for word in ("Nice", "Reading", "Split", "Mobile", "Victoria"):  # ordinary words and first names
        assert places.city_population(word) == 0
    assert places.city_population("Qusayr") == 0  # under 100,000 people: the gazetteer's job
