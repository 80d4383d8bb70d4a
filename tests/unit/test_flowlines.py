"""Flow lines: arc geometry, lanes, sums and widths (pure core)."""

import numpy as np
import pandas as pd
import pytest
import shapely

from ite_qgis.core.flows.flowlines import (
    FlowError,
    build_flow_map,
    flow_geometries,
    lanes,
    legend_quantity,
    widths_mm,
)
from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.samples.dunkirk import sample_territory


def test_arcs_both_ways_meet_only_at_the_sites():
    a, b = np.array([[0.0, 0.0]]), np.array([[1000.0, 300.0]])
    there = flow_geometries(a, b)[0]
    back = flow_geometries(b, a)[0]
    common = shapely.intersection(there, back)
    assert shapely.get_num_coordinates(common) == 2  # the two sites only
    assert shapely.length(common) == 0
    # Bends to the right of travel: from (0,0) east-north-east, the arc passes south of the chord.
    middle = shapely.get_coordinates(there)[len(shapely.get_coordinates(there)) // 2]
    assert middle[1] < 150.0


def test_lanes_and_nested_arcs_and_straight_offsets():
    lane, count, reverse = lanes(np.array(["A", "A", "B", "C"]), np.array(["B", "B", "A", "D"]))
    assert lane.tolist() == [0, 1, 0, 0] and count.tolist() == [2, 2, 1, 1]
    assert reverse.tolist() == [True, True, True, False]
    start = np.array([[0.0, 0.0]] * 2)
    end = np.array([[1000.0, 0.0]] * 2)
    arcs = flow_geometries(start, end, lane=np.array([0, 1]), count=np.array([2, 2]))
    assert not shapely.crosses(arcs[0], arcs[1])
    assert shapely.length(arcs[1]) > shapely.length(arcs[0])
    straight = flow_geometries(start, end, shape="straight", lane=np.array([0, 1]),
                               count=np.array([2, 2]), spacing_m=50.0)
    assert shapely.distance(straight[0], straight[1]) == pytest.approx(50.0)
    ys = shapely.get_coordinates(straight)[:, 1]
    assert sorted(set(ys.round(6))) == [-25.0, 25.0]  # centred on the chord


def test_widths_proportional_per_unit_family():
    widths = widths_mm(np.array([100.0, 50.0, 10.0, 4.0, 1.0]),
                       np.array(["mass", "mass", "energy", "energy", "mass"]), 6.0, 0.4)
    assert widths.tolist() == pytest.approx([6.0, 3.0, 6.0, 2.4, 0.4])


def test_legend_quantities_in_gwh_and_t():
    labels = legend_quantity(pd.Series([110_000.0, 750_000.0]), pd.Series(["energy", "mass"]))
    assert labels["quantity_label"].tolist() == ["110 GWh/yr", "750,000 t/yr"]
    assert labels["size_class"].tolist() == ["100\u20131,000 GWh/yr", "100,000\u20131,000,000 t/yr"]


def test_aggregation_sums_per_pair_family_and_unit():
    sites, _, flows = sample_territory()
    doubled = pd.concat([flows, flows.assign(flow_id=flows["flow_id"] + "b")], ignore_index=True)
    result = build_flow_map(doubled, sites, load_catalogue(), mode="aggregate")
    lines = result.lines
    assert len(lines) == 28 and (lines["n_flows"] == 2).all()
    assert lines["quantity_norm"].sum() == pytest.approx(2 * flows["quantity"].sum())
    offset = build_flow_map(doubled, sites, load_catalogue())
    assert len(offset.lines) == 56 and set(offset.lines["lane"]) == {0, 1, 2, 3}  # DK01-DK06


def test_unknown_sites_are_listed():
    sites, _, flows = sample_territory()
    flows = flows.assign(to_site=flows["to_site"].replace({"DK09": "DK99"}))
    with pytest.raises(FlowError, match="not in the sites layer: DK99"):
        build_flow_map(flows, sites, load_catalogue())


def test_flows_of_a_site_without_a_point_are_left_out_and_named():
    sites, _, flows = sample_territory()
    sites.loc[sites["site_id"] == "DK09", "geometry"] = None
    result = build_flow_map(flows, sites, load_catalogue())
    touching = ((flows["from_site"] == "DK09") | (flows["to_site"] == "DK09")).sum()
    assert 0 < touching and len(result.lines) == len(flows) - touching
    assert any("without a point" in note and "DK09" in note for note in result.notes)
