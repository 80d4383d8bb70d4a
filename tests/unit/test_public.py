"""Public copies of a territory: confidential names, quantities and points never come out."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from ite_qgis.core.publishing.public import (
    class_label,
    escape_cell,
    escape_frame,
    protect_territory,
    round_to_class,
)
from ite_qgis.core.samples.dunkirk import sample_territory


@pytest.fixture(scope="module")
def dunkirk():
    return sample_territory()


def test_round_to_class_representatives():
    values = [0, 1, 1.9, 2, 4.99, 5, 12, 2000, 30_000, 150_000, 300_000_000, -60_000, np.nan]
    expected = [0, 1.4, 1.4, 3.2, 3.2, 7.1, 14, 3200, 32_000, 140_000, 320_000_000, -71_000,
                np.nan]  # fmt: skip
    np.testing.assert_allclose(round_to_class(values), expected, rtol=1e-12)
    assert class_label(32_000.0) == "~32,000"
    assert class_label(1.4) == "~1.4"


def test_round_figures_never_survive():
    # Declared quantities are round; no round figure is a class representative.
    for decade in range(0, 10):
        for mantissa in (1, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10):
            value = mantissa * 10.0**decade
            assert round_to_class([value])[0] != value


def test_confidential_sites_renamed_moved_and_reidentified(dunkirk):
    sites, resources, flows = dunkirk
    public = protect_territory(sites, resources, flows, radius_m=1000.0, seed=7)
    secret = sites[sites["confidential"] == 1]
    assert sorted(secret["site_id"]) == ["DK16", "DK17", "DK19"]
    out = public.sites
    assert len(out) == len(sites)
    # Names: sector and number, no trace of the company.
    for _, row in secret.iterrows():
        for column in ("name", "operator", "address"):
            assert not out[column].astype(str).str.contains(row[column], regex=False).any()
    assert set(public.public_ids.values()) == {"site-001", "site-002", "site-003"}
    hidden = out[out["site_id"].isin(public.public_ids.values())]
    assert "Manufacture of beverages (1)" in set(hidden["name"])
    # Points moved by 300 m to 1 km (metres: the sample is in Lambert-93).
    moved = shapely.distance(hidden.geometry.to_numpy(), secret.geometry.to_numpy())
    assert ((moved >= 299.0) & (moved <= 1000.001)).all()
    # Public sites untouched; the input frame unchanged.
    open_rows = out["confidential"] == 0
    assert out.loc[open_rows, "name"].equals(sites.loc[open_rows, "name"])
    assert out.loc[open_rows].geometry.geom_equals(sites.loc[open_rows].geometry).all()
    assert sites.loc[sites["site_id"] == "DK17", "name"].item() == "Minakem Dunkerque Production"
    # Same seed, same points; another seed, other points.
    again = protect_territory(sites, seed=7).sites
    other = protect_territory(sites, seed=8).sites
    assert again.geometry.geom_equals(out.geometry).all()
    assert not other.geometry.geom_equals(out.geometry).all()


def test_confidential_quantities_rounded_and_ids_mapped(dunkirk):
    sites, resources, _flows = dunkirk
    public = protect_territory(sites, resources)
    out = public.resources
    secret = (resources["confidential"] == 1) | resources["site_id"].isin(["DK16", "DK17", "DK19"])
    exact = set(resources.loc[secret, "quantity"])
    assert not exact & set(out.loc[secret, "quantity"])
    np.testing.assert_array_equal(out.loc[~secret, "quantity"], resources.loc[~secret, "quantity"])
    assert not out["site_id"].isin(["DK16", "DK17", "DK19"]).any()
    assert (out.loc[secret, "description"] == "").all()
    assert public.confidential_resources == set(resources.loc[secret, "resource_id"])


def test_the_code_suggested_flag_stays_in_public_copies(dunkirk):
    # Whether a code was guessed says how far to trust it, and nothing about a company: public
    # copies keep the flag on every row, protected or not.
    sites, resources, _flows = dunkirk
    flagged = resources.assign(code_suggested=np.arange(len(resources)) % 2)
    out = protect_territory(sites, flagged).resources
    np.testing.assert_array_equal(out["code_suggested"], flagged["code_suggested"])


def test_lines_touching_a_confidential_site(dunkirk):
    sites, _resources, _flows = dunkirk
    public = protect_territory(sites, radius_m=800.0, seed=1)
    points = sites.set_index("site_id").geometry
    lines = gpd.GeoDataFrame(
        {
            "supplier_site": ["DK01", "DK17", "DK02"],
            "receiver_site": ["DK16", "DK01", "DK03"],
            "supplier_name": ["a", "b", "c"],
            "receiver_name": ["d", "e", "f"],
            "quantity": [123_456.0, 2000.0, 5000.0],
            "net_benefit_eur_yr": [98_765.0, 40_000.0, 1000.0],
            "distance_m": [1000.0, 2000.0, 3000.0],
        },
        geometry=shapely.linestrings(
            [
                [points["DK01"].coords[0], points["DK16"].coords[0]],
                [points["DK17"].coords[0], points["DK01"].coords[0]],
                [points["DK02"].coords[0], points["DK03"].coords[0]],
            ]
        ),
        crs=sites.crs,
    )
    out = public.protect_lines(
        lines, "supplier_site", "receiver_site", name_cols=("supplier_name", "receiver_name")
    )
    assert list(out["quantity"]) == [140_000.0, 3200.0, 5000.0]
    assert list(out["net_benefit_eur_yr"]) == [71_000.0, 32_000.0, 1000.0]
    assert out.loc[0, "receiver_site"] == public.public_ids["DK16"]
    assert out.loc[1, "supplier_name"].startswith("Manufacture of basic pharmaceutical")
    assert out.loc[2, "supplier_name"] == "c"
    # The line now ends at the public point, not at the company's gate.
    end = shapely.get_coordinates(out.geometry[0])[-1]
    moved = public.sites.set_index("site_id").geometry[public.public_ids["DK16"]]
    assert shapely.Point(end).distance(moved) < 1e-6
    assert shapely.Point(end).distance(points["DK16"]) > 200.0
    assert out.geometry[2].equals(lines.geometry[2])
    assert lines.loc[0, "quantity"] == 123_456.0  # input untouched


def test_geographic_sites_moved_in_metres(dunkirk):
    sites, _resources, _flows = dunkirk
    lonlat = sites.to_crs(4326)
    out = protect_territory(lonlat, radius_m=1000.0, seed=3).sites
    assert out.crs.equals(lonlat.crs)
    shift = out.to_crs(2154).geometry.distance(sites.geometry, align=False)
    secret = (sites["confidential"] == 1).to_numpy()
    assert ((shift[secret] > 299.0) & (shift[secret] < 1001.0)).all()
    assert (shift[~secret] < 1e-3).all()


def test_formula_cells_escaped():
    assert escape_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert escape_cell("+33 3 28") == "'+33 3 28"
    assert escape_cell("-2") == "'-2"
    assert escape_cell("@SUM(A1)") == "'@SUM(A1)"
    assert escape_cell("Steel slag") == "Steel slag"
    assert escape_cell(-2.0) == -2.0
    frame = pd.DataFrame({"name": ["=1+1", "ok", None], "quantity": [-1.0, 2.0, 3.0]})
    out = escape_frame(frame)
    assert list(out["name"]) == ["'=1+1", "ok", None]
    assert list(out["quantity"]) == [-1.0, 2.0, 3.0]
    assert frame.loc[0, "name"] == "=1+1"


def test_dh_link_keeps_its_area_end_and_loses_the_path_to_the_gate(dunkirk):
    sites, _resources, _flows = dunkirk
    public = protect_territory(sites, radius_m=1000.0, seed=2)
    gate = sites.set_index("site_id").geometry["DK16"]
    x, y = gate.x, gate.y
    links = gpd.GeoDataFrame(
        {
            "source_id": ["DK16", "DK01"],
            "source_name": ["Air Liquide air separation units", "ArcelorMittal"],
            "area_id": ["A1", "A1"],
            "heat_delivered_mwh_yr": [60_000.0, 110_000.0],
        },
        geometry=[
            shapely.LineString([(x, y), (x + 300, y), (x + 5000, y + 5000)]),
            shapely.LineString([(x + 100, y), (x + 5000, y + 5000)]),
        ],
        crs=sites.crs,
    )
    out = public.protect_dh_links(links)
    coords = shapely.get_coordinates(out.geometry[0])
    assert len(coords) == 2  # the vertex 300 m from the gate is gone
    assert tuple(coords[-1]) == (x + 5000, y + 5000)
    assert shapely.Point(coords[0]).distance(gate) > 299.0
    assert out.loc[0, "source_name"].startswith("Manufacture of chemicals")
    assert out.loc[0, "heat_delivered_mwh_yr"] == 71_000.0
    assert out.loc[1, "heat_delivered_mwh_yr"] == 110_000.0
    assert out.geometry[1].equals(links.geometry[1])


def test_dh_link_from_a_resource_row_of_a_confidential_site(dunkirk):
    sites, resources, _flows = dunkirk
    public = protect_territory(sites, resources, radius_m=1000.0, seed=4)
    gate = sites.set_index("site_id").geometry["DK16"]
    links = gpd.GeoDataFrame(
        {"source_id": ["R054"], "source_name": ["Air Liquide - intercoolers"],
         "area_id": ["A1"], "heat_delivered_mwh_yr": [60_000.0]},
        geometry=[shapely.LineString([(gate.x, gate.y), (gate.x + 4000, gate.y)])],
        crs=sites.crs,
    )
    out = public.protect_dh_links(links)
    start = shapely.Point(shapely.get_coordinates(out.geometry[0])[0])
    assert start.distance(gate) > 299.0
    moved = public.sites.set_index("site_id").geometry[public.public_ids["DK16"]]
    assert start.distance(moved) < 1e-6
    assert "Air Liquide" not in out.loc[0, "source_name"]
    assert out.loc[0, "heat_delivered_mwh_yr"] == 71_000.0
    assert list(out.columns) == list(links.columns)
