"""Pooling: clusters by hand, hub location and truck-km by hand."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.synergies.pooling import pooling_opportunities, weighted_geometric_median

X0, Y0 = 3_800_000.0, 3_000_000.0  # LAEA Europe (EPSG:3035), metres


def points(coords: dict[str, tuple[float, float]], crs: int = 3035) -> gpd.GeoDataFrame:
    ids = list(coords)
    return gpd.GeoDataFrame(
        {"site_id": ids},
        geometry=gpd.points_from_xy(
            [X0 + coords[i][0] for i in ids], [Y0 + coords[i][1] for i in ids]
        ),
        crs=crs,
    )


def rows(*items: tuple[str, str, str, float, str]) -> pd.DataFrame:
    return pd.DataFrame(items, columns=["site_id", "direction", "resource", "quantity", "unit"])


def test_chained_sites_form_one_cluster_and_isolated_sites_none():
    sites = points(
        {"A": (0, 0), "B": (3_000, 0), "C": (6_000, 0), "D": (50_000, 0), "E": (0, 1_000)}
    )
    resources = rows(
        ("A", "supply", "ewc:150101", 10, "t/yr"),
        ("B", "supply", "ewc:150101", 10, "t/yr"),
        ("C", "supply", "15 01 01", 10, "t/yr"),
        ("D", "supply", "ewc:150101", 10, "t/yr"),
        ("E", "supply", "ewc:150102", 10, "t/yr"),  # another waste: not pooled with A
        ("E", "demand", "ewc:150101", 10, "t/yr"),  # other direction: not pooled with A
    )
    result = pooling_opportunities(sites, resources, radius_m=3_500)
    assert len(result.clusters) == 1
    cluster = result.clusters.iloc[0]
    assert (cluster["resource"], cluster["direction"]) == ("ewc:150101", "supply")
    assert cluster["member_sites"] == "A, B, C" and cluster["n_sites"] == 3
    assert cluster["total_quantity"] == 30
    assert sorted(result.members["site_id"]) == ["A", "B", "C"]
    # Equal weights on a line: the hub is the middle site.
    assert cluster.geometry.x == pytest.approx(X0 + 3_000, abs=0.5)
    assert cluster.geometry.y == pytest.approx(Y0, abs=0.5)
    # A smaller radius breaks the chain.
    assert pooling_opportunities(sites, resources, radius_m=2_500).clusters.empty


def test_hub_is_the_weighted_geometric_median():
    # On a line, the weighted median: weight 5 at 3 km outweighs 1 + 1.
    x = np.array([0.0, 1_000.0, 3_000.0])
    hx, hy = weighted_geometric_median(
        x, np.zeros(3), np.array([1.0, 1.0, 5.0]), np.zeros(3, dtype=int), 1
    )
    assert hx[0] == pytest.approx(3_000.0, abs=0.5) and hy[0] == pytest.approx(0.0, abs=1e-6)
    # Square with equal weights: the centre; two clusters solved in the same call.
    x = np.array([0.0, 10.0, 10.0, 0.0, 0.0, 0.0, 4.0])
    y = np.array([0.0, 0.0, 10.0, 10.0, 0.0, 3.0, 0.0])
    label = np.array([0, 0, 0, 0, 1, 1, 1])
    hx, hy = weighted_geometric_median(x, y, np.ones(7), label, 2)
    assert (hx[0], hy[0]) == pytest.approx((5.0, 5.0), abs=1e-3)
    # Triangle with all angles below 120 degrees: the Fermat point, where the unit vectors to
    # the three corners sum to zero.
    ux, uy = x[4:] - hx[1], y[4:] - hy[1]
    norm = np.hypot(ux, uy)
    assert abs((ux / norm).sum()) < 1e-3 and abs((uy / norm).sum()) < 1e-3


def test_truck_km_saved_for_a_shared_collection_service():
    sites = points({"A": (0, 0), "B": (1_000, 0)})
    treatment = points({"T": (0, 20_000), "far": (90_000, 0)})
    resources = rows(
        ("A", "demand", "service:waste-collection", 12, "count/yr"),
        ("B", "demand", "service:waste-collection", 12, "count/yr"),
    )
    cluster = pooling_opportunities(
        sites, resources, radius_m=2_000, treatment_sites=treatment
    ).clusters.iloc[0]
    ab_t = math.hypot(1_000, 20_000)
    separate_km = 12 * 2 * (20_000 + ab_t) / 1000
    # One round T -> A -> B -> T twelve times a year.
    pooled_km = 12 * (20_000 + 1_000 + ab_t) / 1000
    assert cluster["separate_truck_km_yr"] == pytest.approx(separate_km)
    assert cluster["pooled_truck_km_yr"] == pytest.approx(pooled_km)
    assert cluster["truck_km_saved_yr"] == pytest.approx(separate_km - pooled_km)
    assert cluster["truck_km_saved_yr"] == pytest.approx(468.29975, abs=1e-4)
    assert cluster["rounds_yr"] == 12


def test_nested_rounds_when_frequencies_differ():
    sites = points({"A": (0, 0), "B": (1_000, 0)})
    treatment = points({"T": (0, 20_000)})
    resources = rows(
        ("A", "demand", "service:waste-collection", 52, "count/yr"),
        ("B", "demand", "service:waste-collection", 12, "count/yr"),
    )
    cluster = pooling_opportunities(
        sites, resources, radius_m=2_000, treatment_sites=treatment
    ).clusters.iloc[0]
    ab_t = math.hypot(1_000, 20_000)
    # 12 rounds through both sites, 40 more to A alone.
    pooled_km = (12 * (20_000 + 1_000 + ab_t) + 40 * 2 * 20_000) / 1000
    assert cluster["pooled_truck_km_yr"] == pytest.approx(pooled_km)
    assert cluster["separate_truck_km_yr"] == pytest.approx((52 * 40_000 + 12 * 2 * ab_t) / 1000)


def test_truck_km_for_waste_by_the_tonne():
    sites = points({"A": (0, 0), "B": (1_000, 0)})
    treatment = points({"T": (0, 20_000)})
    resources = rows(
        ("A", "supply", "ewc:150101", 30, "t/yr"), ("B", "supply", "ewc:150101", 10, "t/yr")
    )
    cluster = pooling_opportunities(
        sites, resources, radius_m=2_000, payload_t=20, treatment_sites=treatment
    ).clusters.iloc[0]
    ab_t = math.hypot(1_000, 20_000)
    # Alone: A ships a full and a part load, B one part load. Pooled: A's full load goes
    # straight, the two 10 t part loads share one round T -> A -> B -> T.
    separate_m = 2 * 40_000 + 1 * 2 * ab_t
    pooled_m = 1 * 40_000 + 1 * (20_000 + 1_000 + ab_t)
    assert cluster["separate_truck_km_yr"] == pytest.approx(separate_m / 1000)
    assert cluster["pooled_truck_km_yr"] == pytest.approx(pooled_m / 1000)
    assert cluster["truck_km_saved_yr"] == pytest.approx(39.024984, abs=1e-5)
    assert cluster["rounds_yr"] == 2


def test_without_treatment_sites_the_hub_is_the_destination():
    sites = points({"A": (0, 0), "B": (2_000, 0), "C": (1_000, 1_000)})
    resources = rows(*[(s, "demand", "service:group-purchasing", 4, "count/yr") for s in "ABC"])
    cluster = pooling_opportunities(sites, resources, radius_m=2_500).clusters.iloc[0]
    hub_x, hub_y = cluster.geometry.x - X0, cluster.geometry.y - Y0
    d = [math.hypot(px - hub_x, py - hub_y) for px, py in [(0, 0), (2_000, 0), (1_000, 1_000)]]
    assert cluster["separate_truck_km_yr"] == pytest.approx(4 * 2 * sum(d) / 1000)
    assert 0 < cluster["truck_km_saved_yr"] < cluster["separate_truck_km_yr"]


def test_piped_resources_get_no_truck_km_with_a_catalogue():
    sites = points({"A": (0, 0), "B": (1_000, 0)})
    resources = rows(("A", "supply", "co2", 1000, "t/yr"), ("B", "supply", "co2", 500, "t/yr"))
    result = pooling_opportunities(sites, resources, catalogue=load_catalogue())
    assert result.clusters["n_sites"].item() == 2
    assert np.isnan(result.clusters["truck_km_saved_yr"].item())
    assert any("Truck-km" in note for note in result.notes)


def test_geographic_sites_are_reprojected():
    sites = points({"A": (0, 0), "B": (3_000, 0)}).to_crs(4326)
    resources = rows(
        ("A", "supply", "ewc:150101", 5, "t/yr"), ("B", "supply", "ewc:150101", 5, "t/yr")
    )
    result = pooling_opportunities(sites, resources, radius_m=3_100)
    assert len(result.clusters) == 1
    assert result.members["distance_to_hub_m"].sum() == pytest.approx(3_000, rel=0.005)
    assert any("reprojected" in note for note in result.notes)
