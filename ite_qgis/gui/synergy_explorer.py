"""The "Synergy explorer" dock: review the candidate synergies of a layer with the companies.

Pick a synergy layer; sort and filter its candidates; select one to zoom to the pair, flash both
sites and read why it was proposed (rule, evidence, economics); mark it candidate / to discuss /
accepted / rejected with a comment (stored in the layer, undo-able with Ctrl+Z; for a PostGIS
layer of a territory schema, saved at once in the schema's ``synergy_reviews`` so the team
shares one review); turn the accepted ones into planned flows in one action.

The dock takes a map canvas, so it works in a bare test window as in QGIS; the QGIS interface is
used only when given (messages in the message bar).
"""

from __future__ import annotations

from html import escape

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import assets
from ..core.common.i18n import translate
from ..core.common.labels import INFERRED
from ..core.common.numbers import number
from ..core.synergies.evidence import knowledge_evidence
from ..core.territory.postgis_review import read_only_message, saved_message, shared_message
from . import project_layers
from .synergy_model import (
    FID_ROLE,
    STATUSES,
    SynergyFilterModel,
    SynergyTableModel,
    accept_into_flows,
    family_label,
    match_kind_label,
    set_review,
    status_label,
)

_LAYER_FILTER = getattr(Qgis, "LayerFilter", QgsMapLayerProxyModel)
# Room left around a pair when zooming to it, as a share of its extent.
ZOOM_MARGIN = 1.6
# An extent no smaller than this (map units) around a pair of nearly coincident sites.
MIN_ZOOM_EXTENT = 500.0


def _number_text(value, digits: int = 0) -> str:
    return "" if value is None else number(value, digits)


def _list_html(items: list[tuple[str, list[str]]]) -> str:
    """An HTML list of (text, sub-items) pairs, every text escaped."""
    cells = []
    for text, sub in items:
        inner = "".join(f"<li>{escape(line)}</li>" for line in sub)
        cells.append(f"<li>{escape(text)}" + (f"<ul>{inner}</ul>" if inner else "") + "</li>")
    return "<ul>" + "".join(cells) + "</ul>"


class SynergyExplorerDock(QDockWidget):
    OBJECT_NAME = "iteSynergyExplorer"

    def __init__(self, canvas, iface=None, parent=None):
        super().__init__(translate("synergyexplorer", "Synergy explorer"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self.canvas = canvas
        self.iface = iface
        self.current_fid: int | None = None
        self.last_flash: tuple[str, list] | None = None  # what was flashed, for the record
        self.model = SynergyTableModel(self)
        self.proxy = SynergyFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        project = QgsProject.instance()
        project.layersAdded.connect(self._refresh_layer_lists)
        project.layersRemoved.connect(self._refresh_layer_lists)
        self._refresh_layer_lists()
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(self._after_change)
        self.layer_combo.layerChanged.connect(self.set_layer)
        self.set_layer(self.layer_combo.currentLayer())

    # ---- widgets
    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(self._build_filters(body))
        self.count_label = QLabel(body)
        layout.addWidget(self.count_label)
        layout.addWidget(self._build_table_and_review(body), 1)
        layout.addLayout(self._build_flows_row(body))
        layout.addLayout(self._build_shared_row(body))
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.setWidget(body)
        self._connect_controls()
        self._set_review_enabled(False)

    def _build_filters(self, body: QWidget) -> QFormLayout:
        """The synergy layer and the filters: family, match kind, status, distance, benefit."""
        top = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(body)
        self.layer_combo.setFilters(_LAYER_FILTER.LineLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        top.addRow(translate("synergyexplorer", "Synergy layer"), self.layer_combo)
        self.family_combo = QComboBox(body)
        self.match_combo = QComboBox(body)
        self.status_filter = QComboBox(body)
        self.status_filter.addItem(translate("synergyexplorer", "All statuses"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.max_distance = QDoubleSpinBox(body)
        self.max_distance.setRange(0.0, 100000.0)
        self.max_distance.setDecimals(1)
        self.max_distance.setSuffix(" km")
        self.max_distance.setSpecialValueText(translate("synergyexplorer", "Any"))
        self.min_benefit = QDoubleSpinBox(body)
        self.min_benefit.setRange(-1e12, 1e12)
        self.min_benefit.setDecimals(0)
        self.min_benefit.setSingleStep(10000.0)
        self.min_benefit.setValue(self.min_benefit.minimum())
        self.min_benefit.setSpecialValueText(translate("synergyexplorer", "Any"))
        self.min_benefit.setSuffix(" " + translate("synergyexplorer", "EUR/yr"))
        filters = QHBoxLayout()
        filters.addWidget(self.family_combo)
        filters.addWidget(self.match_combo)
        filters.addWidget(self.status_filter)
        top.addRow(translate("synergyexplorer", "Show"), filters)
        limits = QHBoxLayout()
        limits.addWidget(QLabel(translate("synergyexplorer", "Distance at most"), body))
        limits.addWidget(self.max_distance)
        limits.addWidget(QLabel(translate("synergyexplorer", "Net benefit at least"), body))
        limits.addWidget(self.min_benefit)
        top.addRow(limits)
        return top

    def _build_table_and_review(self, body: QWidget) -> QSplitter:
        """The table of synergies over the details of the current one and its review."""
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.table = QTableView(splitter)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(
            self.model.column_of("net_benefit_eur_yr"), Qt.SortOrder.DescendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        details = QWidget(splitter)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.details = QTextBrowser(details)
        self.details.setOpenLinks(False)
        details_layout.addWidget(self.details)
        review = QHBoxLayout()
        review.addWidget(QLabel(translate("synergyexplorer", "Status"), details))
        self.status_combo = QComboBox(details)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        review.addWidget(self.status_combo)
        self.comment_edit = QLineEdit(details)
        self.comment_edit.setPlaceholderText(translate("synergyexplorer", "Comment"))
        review.addWidget(self.comment_edit, 1)
        self.save_comment_button = QPushButton(translate("synergyexplorer", "Save comment"))
        review.addWidget(self.save_comment_button)
        details_layout.addLayout(review)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _build_flows_row(self, body: QWidget) -> QHBoxLayout:
        """The flows layer and the button that accepts synergies into it."""
        flows_row = QHBoxLayout()
        flows_row.addWidget(QLabel(translate("synergyexplorer", "Flows layer"), body))
        self.flows_combo = QgsMapLayerComboBox(body)
        self.flows_combo.setFilters(_LAYER_FILTER.LineLayer)
        self.flows_combo.setAllowEmptyLayer(True)
        flows_row.addWidget(self.flows_combo, 1)
        self.accept_button = QPushButton(
            QIcon(str(assets.icon_path("accept_flows.svg"))),
            translate("synergyexplorer", "Accept into flows"),
            body,
        )
        self.accept_button.setToolTip(
            translate(
                "synergyexplorer",
                "Add every accepted synergy to the flows layer as a planned flow (one undo step)."
            )
        )
        flows_row.addWidget(self.accept_button)
        return flows_row

    def _build_shared_row(self, body: QWidget) -> QHBoxLayout:
        """Where a shared review is kept, and a button that reads the team's latest saves."""
        row = QHBoxLayout()
        self.shared_label = QLabel(body)
        self.shared_label.setWordWrap(True)
        row.addWidget(self.shared_label, 1)
        self.refresh_button = QPushButton(translate("synergyexplorer", "Reload reviews"), body)
        self.refresh_button.setToolTip(
            translate("synergyexplorer", "Read again the statuses and comments the team saved.")
        )
        row.addWidget(self.refresh_button)
        for widget in (self.shared_label, self.refresh_button):
            widget.setVisible(False)
        return row

    def _connect_controls(self) -> None:
        for combo in (self.family_combo, self.match_combo, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.max_distance.valueChanged.connect(self._apply_filters)
        self.min_benefit.valueChanged.connect(self._apply_filters)
        self.status_combo.activated.connect(self._status_chosen)
        self.save_comment_button.clicked.connect(self.save_comment)
        self.comment_edit.returnPressed.connect(self.save_comment)
        self.accept_button.clicked.connect(self.accept_into_flows)
        self.refresh_button.clicked.connect(self.model.reload)

    def _refresh_layer_lists(self, *_) -> None:
        """Offer only the line layers with the synergy (resp. flow) fields."""
        project = QgsProject.instance()
        lines = [lay for lay in project.mapLayers().values() if isinstance(lay, QgsVectorLayer)]
        for combo, role in ((self.layer_combo, "synergies"), (self.flows_combo, "flows")):
            chosen = combo.currentLayer()
            combo.setExceptedLayerList(
                [lay for lay in lines if not project_layers.has_role(lay, role)]
            )
            best = project_layers.layers_with_role(role)
            if (chosen is None or not project_layers.has_role(chosen, role)) and best:
                combo.setLayer(best[0])

    # ---- layer and filters
    def set_layer(self, layer) -> None:
        if layer is not None and not project_layers.has_role(layer, "synergies"):
            layer = None
        if layer is not self.layer_combo.currentLayer():
            self.layer_combo.setLayer(layer)  # comes back here through layerChanged
            return
        self.current_fid = None
        self.model.set_layer(layer)
        self._show_shared()

    def _show_shared(self) -> None:
        """Say where the review is kept when the team shares it, and whether it may be changed."""
        shared = self.model.shared
        text = ""
        if shared is not None:
            text = (shared_message if shared.writable else read_only_message)(shared.schema)
        self.shared_label.setText(text)
        for widget in (self.shared_label, self.refresh_button):
            widget.setVisible(shared is not None)
        for widget in (self.status_combo, self.comment_edit, self.save_comment_button):
            widget.setToolTip(text if shared is not None and not shared.writable else "")

    @property
    def layer(self):
        return self.model.layer

    def _fill_choice(self, combo: QComboBox, values, label) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(label(""), "")
        for value in values:
            combo.addItem(label(value), value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _after_reset(self) -> None:
        self._fill_choice(
            self.family_combo,
            self.model.distinct("family"),
            lambda v: family_label(v) if v else translate("synergyexplorer", "All families"),
        )
        self._fill_choice(
            self.match_combo,
            self.model.distinct("match_kind"),
            lambda v: match_kind_label(v) if v else translate("synergyexplorer", "All matches"),
        )
        self._apply_filters()
        if self.current_fid is not None and self.model.row_of(self.current_fid) is not None:
            self.select_fid(self.current_fid, move_map=False)
        else:
            self.current_fid = None
            self._show_details(None)

    def _apply_filters(self, *_) -> None:
        distance = self.max_distance.value()
        benefit = self.min_benefit.value()
        self.proxy.set_filters(
            family=self.family_combo.currentData() or "",
            match_kind=self.match_combo.currentData() or "",
            status=self.status_filter.currentData() or "",
            max_distance_m=distance * 1000.0 if distance > self.max_distance.minimum() else None,
            min_net_benefit_eur_yr=benefit if benefit > self.min_benefit.minimum() else None,
        )
        self.count_label.setText(
            translate("synergyexplorer", "{shown} of {total} synergies shown").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    # ---- selection
    def select_fid(self, fid: int, move_map: bool = True) -> bool:
        """Select the row of feature ``fid`` (when it passes the filters)."""
        row = self.model.row_of(fid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._move_map = move_map
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        self._move_map = True
        self.table.scrollTo(index)
        return True

    _move_map = True

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            self.current_fid = None
            self._show_details(None)
            return
        fid = self.proxy.data(current, FID_ROLE)
        moved = fid != self.current_fid
        self.current_fid = fid
        self._show_details(fid)
        if moved and self._move_map:
            self.zoom_and_flash(fid)

    def zoom_and_flash(self, fid: int) -> None:
        layer = self.layer
        feature = layer.getFeature(fid)
        layer.selectByIds([fid])
        if self.canvas is None or not feature.hasGeometry():
            return
        project = QgsProject.instance()
        to_canvas = QgsCoordinateTransform(
            layer.crs(), self.canvas.mapSettings().destinationCrs(), project
        )
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_canvas)
        extent = geometry.boundingBox()
        extent.scale(ZOOM_MARGIN)
        if max(extent.width(), extent.height()) < MIN_ZOOM_EXTENT:
            extent.grow(MIN_ZOOM_EXTENT / 2.0)
        self.canvas.setExtent(extent)
        self.canvas.refresh()
        sites = self._sites_layer()
        site_ids = [feature["supplier_site"], feature["receiver_site"]]
        if sites is not None:
            request = QgsFeatureRequest().setFilterExpression(
                QgsExpression.createFieldEqualityExpression("site_id", site_ids[0])
                + " OR "
                + QgsExpression.createFieldEqualityExpression("site_id", site_ids[1])
            )
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            fids = [f.id() for f in sites.getFeatures(request)]
            if fids:
                self.canvas.flashFeatureIds(sites, fids)
                self.last_flash = ("sites", sorted(fids))
                return
        # No sites layer: flash the ends of the synergy line.
        line = feature.geometry().asPolyline() or [p for part in
                                                   feature.geometry().asMultiPolyline()
                                                   for p in part]  # fmt: skip
        ends = [QgsGeometry.fromPointXY(line[0]), QgsGeometry.fromPointXY(line[-1])]
        self.canvas.flashGeometries(ends, layer.crs())
        self.last_flash = ("ends", [p.asPoint() for p in ends])

    def _sites_layer(self):
        candidates = project_layers.layers_with_role("sites")
        return candidates[0] if candidates else None

    def _site_names(self, site_ids) -> dict:
        sites = self._sites_layer()
        if sites is None or "name" not in sites.fields().names():
            return {}
        expression = " OR ".join(
            QgsExpression.createFieldEqualityExpression("site_id", i) for i in site_ids if i
        )
        request = QgsFeatureRequest().setFilterExpression(expression)
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        return {f["site_id"]: f["name"] for f in sites.getFeatures(request)}

    # ---- details
    def _set_review_enabled(self, enabled: bool) -> None:
        for widget in (self.status_combo, self.comment_edit, self.save_comment_button):
            widget.setEnabled(enabled)

    def _after_change(self, top_left, bottom_right, *_) -> None:
        if self.current_fid is None:
            return
        row = self.model.row_of(self.current_fid)
        if row is not None and top_left.row() <= row <= bottom_right.row():
            self._show_details(self.current_fid)

    def _show_details(self, fid) -> None:
        row = self.model.row_of(fid) if fid is not None else None
        if row is None:
            self.details.setHtml(
                "<p>"
                + escape(translate("synergyexplorer", "Select a synergy to see why it was "
                                                      "proposed."))
                + "</p>"
            )  # fmt: skip
            self._set_review_enabled(False)
            return
        record = self.model.record(row)
        self.details.setHtml(self.details_html(record))
        self._set_review_enabled(self.model.can_review())
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(self.status_combo.findData(self.model.status(row)))
        self.status_combo.blockSignals(False)
        if not self.comment_edit.hasFocus():
            self.comment_edit.setText(record.get("comment") or "")

    def details_html(self, record: dict) -> str:
        """Why the synergy was proposed: the pair, the rule and its evidence, the economics."""
        names = self._site_names([record.get("supplier_site"), record.get("receiver_site")])

        def site(site_id):
            name = names.get(site_id)
            return escape(f"{name} ({site_id})" if name else str(site_id))

        unit = record.get("unit") or ""
        rows = []

        def add(label: str, value: str) -> None:
            if value:
                rows.append(f"<tr><td>{escape(label)}</td><td align='right'>{escape(value)}"
                            "</td></tr>")  # fmt: skip

        kind = record.get("match_kind") or ""
        # (line, sub-lines) of the "why" list.
        why: list[tuple[str, list[str]]] = [
            (translate("synergyexplorer", "Match: {kind}").format(kind=match_kind_label(kind)), []),
            (translate("synergyexplorer", "Rule: {rule}").format(rule=record.get("rule") or "-"),
             []),
        ]  # fmt: skip
        if kind == INFERRED:
            # Score, documented exchanges and catalogue rules, worded as in the report.
            why.extend(knowledge_evidence(record))
        else:
            why.append(
                (translate("synergyexplorer", "Evidence: the receiver declared this need"), [])
            )
        distance, limit = record.get("distance_m"), record.get("max_distance_m")
        if distance is not None:
            why.append((
                translate(
                    "synergyexplorer", "Distance {d} km, within the limit of {limit} km"
                ).format(d=_number_text(distance / 1000.0, 1),
                         limit=_number_text((limit or 0.0) / 1000.0, 1)),
                [],
            ))  # fmt: skip
        add(translate("synergyexplorer", "Quantity"),
            f"{_number_text(record.get('quantity'))} {unit}".strip())
        add(translate("synergyexplorer", "Avoided cost (EUR/yr)"),
            _number_text(record.get("avoided_cost_eur_yr")))
        add(translate("synergyexplorer", "Transport cost (EUR/yr)"),
            _number_text(record.get("transport_cost_eur_yr")))
        add(translate("synergyexplorer", "Net benefit (EUR/yr), upper bound")
            if kind == INFERRED
            else translate("synergyexplorer", "Net benefit (EUR/yr)"),
            _number_text(record.get("net_benefit_eur_yr")))
        add(translate("synergyexplorer", "CO2 avoided (t/yr)"),
            _number_text(record.get("co2_avoided_t_yr"), 1))
        add(translate("synergyexplorer", "Rank among the supply's candidates"),
            str(record.get("rank") or ""))  # fmt: skip
        resource = record.get("resource") or ""
        if record.get("demand_resource") and record.get("demand_resource") != resource:
            resource = f"{resource} → {record['demand_resource']}"
        why_title = translate("synergyexplorer", "Why it was proposed")
        economics_title = translate("synergyexplorer", "Economics")
        return (
            f"<h3>{site(record.get('supplier_site'))} → {site(record.get('receiver_site'))}</h3>"
            f"<p><b>{escape(resource)}</b> ({escape(family_label(record.get('family') or ''))})"
            "</p>"
            f"<p><b>{escape(why_title)}</b></p>"
            + _list_html(why)
            + f"<p><b>{escape(economics_title)}</b></p>"
            + "<table cellspacing='2'>" + "".join(rows) + "</table>"
        )

    # ---- review
    def _status_chosen(self, _index: int) -> None:
        self.set_status(self.status_combo.currentData())

    def set_status(self, status: str) -> bool:
        if self.current_fid is None:
            return False
        return self._review(status=status)

    def save_comment(self) -> bool:
        if self.current_fid is None:
            return False
        return self._review(comment=self.comment_edit.text().strip())

    def _review(self, **values) -> bool:
        if self.model.shared is not None:
            return self._review_shared(**values)
        ok = set_review(self.layer, self.current_fid, **values)
        if not ok:
            self.show_message(
                translate("synergyexplorer", "The layer {layer} cannot be edited.").format(
                    layer=self.layer.name()
                ),
                Qgis.MessageLevel.Warning,
            )
        else:
            self.show_message(
                translate(
                    "synergyexplorer",
                    "Saved in the layer's edits: Ctrl+Z undoes it; save the layer to keep it."
                )
            )
        return ok

    def _review_shared(self, **values) -> bool:
        """Save in the territory's synergy_reviews; a refusal (someone else saved the same
        review, a read-only role) is said in the explorer and the message bar."""
        shared = self.model.shared
        if not self.model.can_review():
            self.show_message(read_only_message(shared.schema), Qgis.MessageLevel.Warning)
            return False
        reason = self.model.save_shared(self.current_fid, **values)
        if reason:
            self.show_message(reason, Qgis.MessageLevel.Warning)
            return False
        self.show_message(saved_message(shared.schema))
        return True

    def accept_into_flows(self) -> int:
        """Turn every accepted synergy into a planned flow of the chosen flows layer."""
        flows = self.flows_combo.currentLayer()
        if self.layer is None or flows is None or not project_layers.has_role(flows, "flows"):
            self.show_message(
                translate("synergyexplorer", "Choose a flows layer first."),
                Qgis.MessageLevel.Warning,
            )
            return 0
        fids = self.model.accepted()
        if not fids:
            self.show_message(
                translate("synergyexplorer", "No synergy is marked as accepted."),
                Qgis.MessageLevel.Warning,
            )
            return 0
        try:
            added, skipped = accept_into_flows(self.layer, flows, fids)
        except RuntimeError as error:
            self.show_message(str(error), Qgis.MessageLevel.Critical)
            return 0
        self.show_message(
            translate(
                "synergyexplorer",
                "{added} planned flows added to {layer}; {skipped} already there."
            ).format(added=added, layer=flows.name(), skipped=skipped),
            Qgis.MessageLevel.Success,
        )
        if self.canvas is not None:
            self.canvas.refresh()
        return added

    def show_message(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        self.message.setText(text)
        if self.iface is not None and level != Qgis.MessageLevel.Info:
            self.iface.messageBar().pushMessage(
                translate("synergyexplorer", "Synergy explorer"), text, level, 6
            )

    def cleanup(self) -> None:
        """Disconnect from the project before the dock is deleted (plugin unload)."""
        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved):
            try:
                signal.disconnect(self._refresh_layer_lists)
            except (TypeError, RuntimeError):
                pass
        self.model.set_layer(None)
