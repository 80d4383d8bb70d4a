"""The bad-input matrix (issue 16): every algorithm x every class of bad input, through Processing.

Each case runs one algorithm on the Dunkirk sample with one input spoiled (see bad_inputs.py), or
with an optional input left out, an output on an input, or an unwritable output. With the
plugin's French translator installed, it asserts what a user would check:

- the run ends with a ``QgsProcessingException`` whose message is one of the plugin's translated
  messages (never a traceback of another exception type), or with a correct result;
- the input files are unchanged (sha256);
- after a failure no output file is left behind;
- no ``nan``/``inf`` in any output file or in the log;
- on success the rows are accounted for: a spoiled row the clean run used is still in an output
  or named in the log, and what was spoiled is said (a warning, or a row of the report table).

Cases that still fail are marked ``xfail(strict=True)`` in ``XFAIL`` with what happens today;
remove a mark when its case passes (strict: a fixed case fails the run until its mark goes).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import bad_inputs as bi
import pytest
from bad_inputs import RecordingFeedback, escaped, run_processing
from qgis.core import QgsProcessingException

REPO = Path(__file__).resolve().parents[2]

# algorithm -> its inputs (parameter -> kind of bad_inputs.KINDS), optional inputs, outputs
# (parameter -> file or folder name), other parameters, and whether its outputs name input rows.
ALGORITHMS = {
    "createterritory": dict(inputs={}, outputs={"OUTPUT": "territory.gpkg"}),
    "sampleterritory": dict(inputs={}, outputs={"OUTPUT": "sample.gpkg"}),
    "importinventory": dict(
        inputs={"INPUT_FILE": "inventory"},
        outputs={"SITES": "sites.gpkg", "RESOURCES": "resources.gpkg",
                 "REJECTED": "rejected.gpkg"},
        extra={"SOURCE_CRS": "EPSG:4326", "TARGET_CRS": bi.CRS},
    ),
    "validateinventory": dict(
        inputs={"SITES": "sites", "RESOURCES": "resources", "FLOWS": "flows"},
        optional={"FLOWS"}, outputs={"REPORT": "report.gpkg"},
    ),
    "findsynergies": dict(
        inputs={"SITES": "sites", "RESOURCES": "resources"},
        outputs={"SYNERGIES": "synergies.gpkg"},
    ),
    "allocatesynergies": dict(
        inputs={"SYNERGIES": "synergies", "RESOURCES": "resources"},
        outputs={"CHOSEN": "chosen.gpkg", "RESIDUAL": "residual.gpkg"},
    ),
    "sitingpotential": dict(
        inputs={"SITES": "sites", "RESOURCES": "resources"},
        outputs={"NET_BENEFIT": "benefit.tif", "PLACES": "places.gpkg",
                 "SUPPLIERS": "suppliers.gpkg"},
        extra={"NEEDS": "ewc:100202=500000 t/yr", "CELL_SIZE": 1000.0},
    ),
    "poolingopportunities": dict(
        inputs={"SITES": "sites", "RESOURCES": "resources", "TREATMENT_SITES": "sites"},
        optional={"TREATMENT_SITES"},
        outputs={"CLUSTERS": "clusters.gpkg", "MEMBERS": "members.gpkg"},
    ),
    "heatdensitygrid": dict(
        inputs={"INPUT": "buildings"}, outputs={"OUTPUT": "density.tif"},
        extra={"DEMAND_FIELD": "demand_mwh"},
    ),
    "dhpotentialareas": dict(
        inputs={"INPUT": "raster"}, outputs={"OUTPUT": "areas.gpkg"},
        extra={"PIXEL_THRESHOLD": 200.0, "AREA_THRESHOLD": 5.0},
    ),
    "wasteheatdh": dict(
        inputs={"SOURCES": "sites", "RESOURCES": "resources", "AREAS": "dh_areas",
                "ROADS": "roads"},
        optional={"RESOURCES", "ROADS"},
        outputs={"LINKS": "links.gpkg", "SUMMARY": "summary.gpkg"},
        # the demand the matrix spoils (the default reads demand_with_closing_gwh_yr first)
        extra={"AREA_DEMAND_FIELD": "demand_gwh_yr"},
    ),
    "dhnetwork": dict(
        inputs={"SOURCES": "sites", "SINKS": "buildings", "ROADS": "roads"},
        outputs={"NETWORK": "network.gpkg", "SERVICES": "services.gpkg",
                 "SINK_STATUS": "sink_status.gpkg"},
        extra={"DEMAND_MWH_FIELD": "demand_mwh"},
    ),
    "flowmap": dict(
        inputs={"FLOWS": "flows", "SITES": "sites"}, optional={"SITES"},
        outputs={"OUTPUT": "flowmap.gpkg"},
    ),
    "metabolism": dict(
        inputs={"SITES": "sites", "RESOURCES": "resources", "FLOWS": "flows",
                "SYNERGIES": "synergies"},
        optional={"FLOWS", "SYNERGIES"},
        outputs={"OUTPUT": "metabolism.gpkg", "SANKEY": "sankey.svg"},
    ),
    "exportsynergymap": dict(
        inputs={"SITES": "sites", "SYNERGIES": "synergies", "RESOURCES": "resources",
                "FLOWS": "flows", "DH_AREAS": "dh_areas", "DH_LINKS": "dh_links",
                "HEAT_DENSITY": "raster"},
        optional={"RESOURCES", "FLOWS", "DH_AREAS", "DH_LINKS", "HEAT_DENSITY"},
        outputs={"OUTPUT": "map.svg"},
    ),
    "report": dict(
        inputs={"SITES": "sites", "RESOURCES": "resources", "FLOWS": "flows",
                "SYNERGIES": "synergies", "DH_LINKS": "dh_links"},
        optional={"RESOURCES", "FLOWS", "SYNERGIES", "DH_LINKS"},
        outputs={"OUTPUT": "report.html"},
    ),
    "exporttables": dict(
        inputs={"SITES": "sites", "RESOURCES": "resources", "FLOWS": "flows",
                "SYNERGIES": "synergies", "DH_LINKS": "dh_links"},
        optional={"RESOURCES", "FLOWS", "SYNERGIES", "DH_LINKS"},
        outputs={"OUTPUT": "tables"},
    ),
}

# Outputs that name what was wrong with the inputs, row by row (a word said in the output).
REPORTING_OUTPUTS = {"validateinventory": "REPORT", "importinventory": "REJECTED"}
# On success these classes must be said (a warning in the log or a row of a report output).
MUST_BE_SAID = {"empty", "wrong_geometry", "invalid_geometry", "null_ids", "duplicate_ids",
                "missing_required", "missing_optional", "non_finite", "swapped_coordinates",
                "multiband_raster"}
# ... except where nothing is lost: an export of the tables as they are, a flow map (no status),
# and an optional column the algorithm never reads (a third item names the input).
NOTHING_LOST = {
    ("exporttables", "missing_optional"), ("flowmap", "missing_optional"),
    ("allocatesynergies", "missing_optional", "SYNERGIES"),  # family: not used by the LP
    ("allocatesynergies", "missing_optional", "RESOURCES"),  # temperature_c: not used
    ("poolingopportunities", "missing_optional", "SITES"),  # nace: not used
    ("poolingopportunities", "missing_optional", "RESOURCES"),  # temperature_c: not used
    ("poolingopportunities", "missing_optional", "TREATMENT_SITES"),  # nace: not used
    ("sitingpotential", "missing_optional", "SITES"),  # nace: not used for needs as codes
    ("wasteheatdh", "missing_optional", "SOURCES"),  # nace: not used
    ("wasteheatdh", "missing_optional", "AREAS"),  # dwelling_eq: recomputed on purpose
    # temperature_c: read by the synergy and heat algorithms only; no document shows it
    ("report", "missing_optional", "RESOURCES"),
    ("exportsynergymap", "missing_optional", "RESOURCES"),
    ("metabolism", "missing_optional", "RESOURCES"),
}

# case id -> what happens today (xfail strict: remove the mark once the case passes).
XFAIL: dict[str, str] = {}


def _cases():
    cases = []
    for algorithm, spec in ALGORITHMS.items():
        inputs = spec["inputs"]
        found = [("clean", None)]
        for bad_class, kinds in bi.CLASSES.items():
            params = [p for p, kind in inputs.items() if kind in kinds]
            found += [(bad_class, p if len(params) > 1 else p + "!") for p in params]
        found += [("optional_left_out", p + "!" if len(spec.get("optional", ())) == 1 else p)
                  for p in sorted(spec.get("optional", ()))]
        if inputs:
            found.append(("output_is_input", None))
        found.append(("unwritable", None))
        for bad_class, param in found:
            name = f"{algorithm}-{bad_class}"
            if param and not param.endswith("!"):
                name += f"-{param}"
            param = param.rstrip("!") if param else None
            marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
            cases.append(pytest.param(algorithm, bad_class, param, id=name, marks=marks))
    return cases


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def french_run(plugin):
    """The plugin's French translator, installed for the whole module."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from ite_qgis import assets

    translator = QTranslator()
    assert translator.load(str(assets.qm_path("fr")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(scope="module")
def base(french_run, tmp_path_factory):
    return bi.build_base(tmp_path_factory.mktemp("base"), run_processing)


_CLEAN: dict[str, tuple] = {}  # algorithm -> (output text, number results, output row counts)


def _templates(tag: str) -> list[re.Pattern]:
    """The plugin's messages (sources or French translations) as patterns, placeholders free."""
    tree = ElementTree.parse(REPO / "i18n" / "ite_qgis_fr.ts")
    patterns = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if not translation or translation == source:
            continue
        text = source if tag == "source" else translation
        literal = re.sub(r"\{[^{}]*\}|%\d", "", text)
        if len(literal.strip()) < 12:
            continue
        parts = re.split(r"(\{[^{}]*\}|%\d)", text.strip())
        regex = "".join(".+?" if i % 2 else re.escape(p) for i, p in enumerate(parts))
        patterns.append(re.compile(regex, re.DOTALL))
    return patterns


_PATTERNS: dict[str, list] = {}


def is_translated(message: str) -> bool:
    """The message contains one of the plugin's French messages and none left in English."""
    if not _PATTERNS:
        _PATTERNS["fr"], _PATTERNS["en"] = _templates("translation"), _templates("source")
    french = any(p.search(message) for p in _PATTERNS["fr"])
    english = any(p.search(message) for p in _PATTERNS["en"])
    return french and not english


# ------------------------------------------------------------------ one case


def _prepare(base, algorithm, bad_class, param, tmp_path):
    spec = ALGORITHMS[algorithm]
    given, out = tmp_path / "in", tmp_path / "out"
    out.mkdir(parents=True)
    inputs = {p: c for p, c in zip(spec["inputs"], bi.copy_inputs(
        [base[k] for k in spec["inputs"].values()], given), strict=True)}
    variant = None
    if bad_class in bi.CLASSES:
        variant = bi.make_variant(base, spec["inputs"][param], bad_class, tmp_path / "bad")
        inputs[param] = variant.path
    if bad_class == "optional_left_out":
        del inputs[param]
    outputs = {name: out / file for name, file in spec["outputs"].items()}
    if bad_class == "output_is_input":
        outputs[next(iter(outputs))] = next(iter(inputs.values()))
    if bad_class == "unwritable":  # the last output under a regular file: cannot be created
        blocker = tmp_path / "blocker"
        blocker.write_text("a file, not a folder")
        name = list(outputs)[-1]
        outputs[name] = blocker / spec["outputs"][name]
    parameters = dict(spec.get("extra", {}))
    if algorithm in ("report", "exportsynergymap"):  # the run's language: French, not the UI's
        from ite_qgis.processing.base import RUN_LANGUAGES

        parameters["LANGUAGE"] = RUN_LANGUAGES.index("fr")
    parameters.update({name: str(path) for name, path in {**inputs, **outputs}.items()})
    return parameters, inputs, variant, out


def _outcome(parameters, algorithm):
    feedback = RecordingFeedback()
    try:
        result = run_processing(f"ite:{algorithm}", parameters, feedback)
    except QgsProcessingException as error:
        return None, str(error), feedback
    return result, None, feedback


def _figures(result, parameters, spec) -> tuple[dict, dict]:
    """The number results of a run and the row count of each vector output."""
    numbers = {k: v for k, v in result.items()
               if isinstance(v, (int, float)) and not isinstance(v, bool)}
    counts = {name: bi.feature_count(parameters[name]) for name, file in spec["outputs"].items()
              if file.endswith(".gpkg")}
    return numbers, counts


def _clean(base, algorithm, tmp_path) -> tuple:
    if algorithm not in _CLEAN:
        parameters, _, _, out = _prepare(base, algorithm, "clean", None, tmp_path / "clean")
        result, error, _ = _outcome(parameters, algorithm)
        assert error is None, error
        numbers, counts = _figures(result, parameters, ALGORITHMS[algorithm])
        _CLEAN[algorithm] = (bi.inspect_outputs(out)[1], numbers, counts)
    return _CLEAN[algorithm]


def _present(identifier, text) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(str(identifier))}(?![\w-])", text) is not None


@pytest.mark.parametrize(("algorithm", "bad_class", "param"), _cases())
def test_bad_input(base, algorithm, bad_class, param, tmp_path):
    parameters, inputs, variant, out = _prepare(base, algorithm, bad_class, param, tmp_path)
    hashes = {path: bi.sha256(path) for path in inputs.values()}
    result, error, feedback = _outcome(parameters, algorithm)

    assert {path: bi.sha256(path) for path in hashes} == hashes, "an input file was changed"
    assert bi.non_finite_in_text(feedback.text()) == [], "nan or inf in the log"
    if error is not None:  # every problem of a failure at once
        problems = []
        if "Traceback" in error:
            problems.append("another exception escaped: " + escaped(error))
        elif not is_translated(error):
            problems.append(f"the message is not a translated one: {error!r}")
        left = [p.name for p in bi.files_in(out)]
        if left:
            problems.append(f"outputs left behind after the failure: {left}")
        assert problems == [], " || ".join(problems)
        return
    assert bad_class != "unwritable", f"no refusal of an unwritable output: {result}"
    if bad_class == "output_is_input":  # accepted only if QGIS wrote it elsewhere (new suffix)
        written = {str(v) for v in result.values() if isinstance(v, str)}
        assert not written & {str(p) for p in inputs.values()}, f"no refusal: {result}"
    problems, output_text = bi.inspect_outputs(out)
    assert problems == [], "nan or inf in an output"
    said = bool(feedback.warnings) or (
        algorithm in REPORTING_OUTPUTS
        and bi.feature_count(parameters[REPORTING_OUTPUTS[algorithm]]) > 0
    )
    if bad_class in MUST_BE_SAID and not {(algorithm, bad_class),
                                          (algorithm, bad_class, param)} & NOTHING_LOST:
        assert said, f"{bad_class}: accepted without a word (no warning, no report row)"
    if variant is not None and variant.same_values:  # the numbers only written as text
        _, numbers, counts = _clean(base, algorithm, tmp_path)
        assert _figures(result, parameters, ALGORITHMS[algorithm]) == (
            pytest.approx(numbers, rel=1e-9), counts), "numbers written as text change the result"
    if variant is not None and not variant.ids_destroyed:
        clean = _clean(base, algorithm, tmp_path)[0]
        everything = output_text + "\n" + feedback.text()
        named = [i for i in variant.spoiled_ids if not str(i).isdigit()]  # "1" is everywhere
        lost = [i for i in named if _present(i, clean) and not _present(i, everything)]
        assert lost == [], f"rows dropped without a word: {lost}"
