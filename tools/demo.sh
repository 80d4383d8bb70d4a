#!/usr/bin/env bash
# The demo: the plugin's algorithms run headless through qgis_process on the embedded Dunkirk
# sample territory, as an analyst would run them. Runs inside a QGIS root (see `make demo`).
set -euo pipefail
cd /src
OUT=out
PROFILE=$(mktemp -d)
export QGIS_PLUGINPATH=/src/build QGIS_CUSTOM_CONFIG_PATH=$PROFILE QT_QPA_PLATFORM=offscreen
mkdir -p $OUT
run() { echo "+ qgis_process run $*"; qgis_process run "$@" 2>&1 | grep -vE "^(QStandardPaths|$)" | sed 's/^/    /'; }

qgis_process plugins enable ite_qgis >/dev/null 2>&1
echo "== 1. The Dunkirk sample territory (sites, resources, known flows), Lambert-93"
run ite:sampleterritory -- CRS=EPSG:2154 OUTPUT=$OUT/dunkirk.gpkg

echo "== 2. Validate the inventory"
run ite:validateinventory -- "SITES=$OUT/dunkirk.gpkg|layername=sites" \
  "RESOURCES=$OUT/dunkirk.gpkg|layername=resources" "FLOWS=$OUT/dunkirk.gpkg|layername=flows" \
  REPORT=$OUT/validation_report.csv

echo "== 3. Import the same inventory from one long spreadsheet-style CSV (lon/lat columns)"
python3 - <<'PY'
import pandas as pd
root = "build/ite_qgis/resources/samples/dunkirk/"
sites = pd.read_csv(root + "sites.csv", dtype=str)
resources = pd.read_csv(root + "resources.csv", dtype=str)
long = resources.merge(sites, on="site_id", suffixes=("", "_site"))
long.to_csv("out/dunkirk_inventory_long.csv", sep=";", index=False)
PY
run ite:importinventory -- INPUT_FILE=$OUT/dunkirk_inventory_long.csv SOURCE_CRS=EPSG:4326 \
  TARGET_CRS=EPSG:2154 SITES=$OUT/imported_sites.gpkg RESOURCES=$OUT/imported_resources.gpkg \
  REJECTED=$OUT/imported_rejected.csv

G="$OUT/dunkirk.gpkg"
echo "== 4. Candidate synergies (declared and knowledge-based) inside transport-cost radii"
run ite:findsynergies -- "SITES=$G|layername=sites" "RESOURCES=$G|layername=resources" \
  SYNERGIES=$OUT/synergies.gpkg

echo "== 5. The best set of synergies within the quantities available and needed (LP, HiGHS)"
run ite:allocatesynergies -- SYNERGIES=$OUT/synergies.gpkg "RESOURCES=$G|layername=resources" \
  CHOSEN=$OUT/synergies_allocated.gpkg RESIDUAL=$OUT/residual.csv

echo "== 6. Waste heat: DH potential areas on the synthetic heat grid, then source-to-area links"
run ite:dhpotentialareas -- INPUT=build/ite_qgis/resources/samples/dunkirk/heat_demand_synthetic.asc \
  OUTPUT=$OUT/dh_areas.gpkg
run ite:wasteheatdh -- "SOURCES=$G|layername=sites" "RESOURCES=$G|layername=resources" \
  AREAS=$OUT/dh_areas.gpkg LINKS=$OUT/dh_links.gpkg SUMMARY=$OUT/dh_sources.csv

echo "== 7. Flow map of the existing exchanges (curved, width by quantity, colour by family)"
run ite:flowmap -- "FLOWS=$G|layername=flows" "SITES=$G|layername=sites" OUTPUT=$OUT/flow_map.gpkg

echo "== 8. Territorial metabolism: table and Sankey diagram (with the allocated synergies)"
run ite:metabolism -- "SITES=$G|layername=sites" "RESOURCES=$G|layername=resources" \
  "FLOWS=$G|layername=flows" SYNERGIES=$OUT/synergies_allocated.gpkg \
  OUTPUT=$OUT/metabolism.csv SANKEY=$OUT/metabolism_sankey.svg

echo "== 9. The synergy map, A3 landscape PDF (public: confidential sites protected)"
run ite:exportsynergymap -- "SITES=$G|layername=sites" SYNERGIES=$OUT/synergies.gpkg \
  "RESOURCES=$G|layername=resources" "FLOWS=$G|layername=flows" DH_AREAS=$OUT/dh_areas.gpkg \
  DH_LINKS=$OUT/dh_links.gpkg OUTPUT=$OUT/dunkirk_synergy_map.pdf

echo "== 10. The HTML report of the territory (public)"
run ite:report -- "SITES=$G|layername=sites" "RESOURCES=$G|layername=resources" \
  "FLOWS=$G|layername=flows" SYNERGIES=$OUT/synergies.gpkg DH_LINKS=$OUT/dh_links.gpkg \
  "TITLE=Dunkirk: industrial and territorial ecology" OUTPUT=$OUT/dunkirk_report.html

echo "== 11. Public tables for a spreadsheet (XLSX)"
run ite:exporttables -- "SITES=$G|layername=sites" "RESOURCES=$G|layername=resources" \
  "FLOWS=$G|layername=flows" SYNERGIES=$OUT/synergies.gpkg FORMAT=1 OUTPUT=$OUT/public_tables

rm -rf "$PROFILE"
echo
echo "Demo results are in the repository's out/ folder:"
ls -1 $OUT | sed 's/^/  /'
