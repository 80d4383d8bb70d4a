"""Property tests (issue 16): territories with random bad values, through Processing.

Hypothesis spoils a small part of the Dunkirk sample row by row (null, empty and duplicate ids,
text and non-finite, negative or missing quantities, empty and missing geometries) and runs the
synergy, siting, heat, metabolism and report algorithms on it. Whatever it draws, a run ends with a
result or with a ``QgsProcessingException`` that is a message, never another exception (which
Processing wraps as a traceback in the message).
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import bad_inputs as bi
import pandas as pd
import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from qgis.core import QgsProcessingException

N_SITES = 12  # the first sites of the sample and their resources: small, quick runs

SITE_SPOILERS = ("none", "null_id", "empty_id", "duplicate_id", "empty_geometry",
                 "null_geometry")
RESOURCE_SPOILERS = ("none", "null_id", "duplicate_id", "null_site", "unknown_site",
                     "text_spaces", "text_comma", "text_exponent", "text_word", "empty_text",
                     "inf", "minus_inf", "huge", "negative", "null_quantity")
QUANTITY_TEXT = {"text_spaces": "1 900 000", "text_comma": "12,5", "text_exponent": "1.5e3",
                 "text_word": "beaucoup", "empty_text": ""}
QUANTITY_NUMBER = {"inf": math.inf, "minus_inf": -math.inf, "huge": 1e308, "negative": -250.0,
                   "null_quantity": None}

# algorithm -> its parameters on the spoiled sites/resources and the base's other layers.
RUNS = {
    "findsynergies": lambda s, r, base, out: {
        "SITES": s, "RESOURCES": r, "SYNERGIES": str(out / "synergies.gpkg")},
    "sitingpotential": lambda s, r, base, out: {
        "SITES": s, "RESOURCES": r, "NEEDS": "ewc:100202=500000 t/yr", "CELL_SIZE": 1000.0,
        "NET_BENEFIT": str(out / "benefit.tif"), "PLACES": str(out / "places.gpkg"),
        "SUPPLIERS": str(out / "suppliers.gpkg")},
    "wasteheatdh": lambda s, r, base, out: {
        "SOURCES": s, "RESOURCES": r, "AREAS": str(base["dh_areas"]),
        "LINKS": str(out / "links.gpkg"), "SUMMARY": str(out / "summary.gpkg")},
    "metabolism": lambda s, r, base, out: {
        "SITES": s, "RESOURCES": r, "FLOWS": str(base["flows"]),
        "SYNERGIES": str(base["synergies"]), "OUTPUT": str(out / "metabolism.gpkg"),
        "SANKEY": str(out / "sankey.svg")},
    "report": lambda s, r, base, out: {
        "SITES": s, "RESOURCES": r, "FLOWS": str(base["flows"]),
        "SYNERGIES": str(base["synergies"]), "DH_LINKS": str(base["dh_links"]),
        "OUTPUT": str(out / "report.html")},
}

# algorithm -> what escapes today (xfail strict: remove the mark once it holds).
XFAIL: dict[str, str] = {
}


@pytest.fixture(scope="module")
def territory(plugin, tmp_path_factory):
    base = bi.build_base(tmp_path_factory.mktemp("property_base"), bi.run_processing)
    sites = pyogrio.read_dataframe(base["sites"]).iloc[:N_SITES].reset_index(drop=True)
    resources = pyogrio.read_dataframe(base["resources"], read_geometry=False)
    resources = resources[resources["site_id"].isin(sites["site_id"])].reset_index(drop=True)
    return base, sites, resources


def _spoil_sites(sites, spoilers):
    sites = sites.copy()
    sites["site_id"] = sites["site_id"].astype(object)
    geometries = list(sites.geometry)
    for row, spoiler in enumerate(spoilers):
        if spoiler == "null_id":
            sites.loc[row, "site_id"] = None
        elif spoiler == "empty_id":
            sites.loc[row, "site_id"] = ""
        elif spoiler == "duplicate_id":
            sites.loc[row, "site_id"] = sites.loc[(row + 1) % len(sites), "site_id"]
        elif spoiler == "empty_geometry":
            geometries[row] = shapely.from_wkt("POINT EMPTY")
        elif spoiler == "null_geometry":
            geometries[row] = None
    return sites.set_geometry(geometries, crs=sites.crs)


def _spoil_resources(resources, spoilers):
    resources = resources.copy()
    for column in ("resource_id", "site_id"):
        resources[column] = resources[column].astype(object)
    quantity = list(resources["quantity"].astype(float))
    as_text = any(s in QUANTITY_TEXT for s in spoilers)
    for row, spoiler in enumerate(spoilers):
        if spoiler == "null_id":
            resources.loc[row, "resource_id"] = None
        elif spoiler == "duplicate_id":
            resources.loc[row, "resource_id"] = resources.loc[0, "resource_id"]
        elif spoiler == "null_site":
            resources.loc[row, "site_id"] = None
        elif spoiler == "unknown_site":
            resources.loc[row, "site_id"] = "NOWHERE"
        elif spoiler in QUANTITY_TEXT:
            quantity[row] = QUANTITY_TEXT[spoiler]
        elif spoiler in QUANTITY_NUMBER:
            quantity[row] = QUANTITY_NUMBER[spoiler]
    if as_text:
        quantity = [v if isinstance(v, str) or v is None else f"{v:g}" for v in quantity]
    resources["quantity"] = pd.Series(quantity, dtype=object if as_text else float)
    return resources


def _territories(n_sites, n_resources):
    return st.tuples(
        st.lists(st.sampled_from(SITE_SPOILERS), min_size=n_sites, max_size=n_sites),
        st.lists(st.sampled_from(RESOURCE_SPOILERS), min_size=n_resources,
                 max_size=n_resources),
    )


@pytest.mark.parametrize(
    "algorithm",
    [pytest.param(a, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[a])] if a in XFAIL
                  else []) for a in RUNS],
)
def test_no_other_exception_escapes(territory, algorithm):
    base, sites, resources = territory

    # No shrinking: the first failing territory is reported as drawn (a shrink takes minutes).
    @settings(max_examples=20, deadline=None, derandomize=True, database=None,
              phases=[Phase.explicit, Phase.generate],
              suppress_health_check=[HealthCheck.too_slow])
    @given(_territories(len(sites), len(resources)))
    def run_on(spoilers):
        site_spoilers, resource_spoilers = spoilers
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            (folder / "out").mkdir()
            sites_path, resources_path = folder / "sites.gpkg", folder / "resources.gpkg"
            pyogrio.write_dataframe(_spoil_sites(sites, site_spoilers), sites_path,
                                    layer="sites", geometry_type="Point")
            pyogrio.write_dataframe(pd.DataFrame(_spoil_resources(resources, resource_spoilers)),
                                    resources_path, layer="resources")
            parameters = RUNS[algorithm](str(sites_path), str(resources_path), base,
                                         folder / "out")
            try:
                bi.run_processing(f"ite:{algorithm}", parameters, bi.RecordingFeedback())
            except QgsProcessingException as error:
                assert "Traceback" not in str(error), "escaped: " + bi.escaped(str(error))

    run_on()
