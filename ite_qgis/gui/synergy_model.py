"""The synergy explorer's table: the candidate synergies of a layer, and their review.

``SynergyTableModel`` mirrors the features of a synergy layer (``ite:findsynergies`` output) as
rows; ``SynergyFilterModel`` sorts them by the raw values and filters them. The review (status
and comment) is written into the layer through its edit buffer, one edit command per change, so
that QGIS's undo (Ctrl+Z) takes it back and the table follows. A PostGIS synergies layer of a
territory schema keeps its review in the schema's ``synergy_reviews`` table instead, shared by
the team (``qgis_bridge.synergy_review``): each change is saved there at once.
"""

from __future__ import annotations

import uuid

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QVariant

from ..core.common.families import family_label
from ..core.common.i18n import translate
from ..core.common.labels import match_kind_label
from ..core.common.numbers import number
from ..core.territory.postgis_review import review_key
from ..qgis_bridge.synergy_review import SharedReview, shared_review

STATUS_FIELD, COMMENT_FIELD = "status", "comment"
# Stored values, in English whatever the user's language (expressions and filters rely on them).
STATUSES = ("candidate", "to_discuss", "accepted", "rejected")
FLOW_STATUS = "planned"  # accepted synergy -> planned flow (docs/architecture.md, Territory model)
SORT_ROLE = Qt.ItemDataRole.UserRole
FID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def status_label(status: str) -> str:
    labels = {
        "candidate": translate("synergyexplorer", "Candidate"),
        "to_discuss": translate("synergyexplorer", "To discuss"),
        "accepted": translate("synergyexplorer", "Accepted"),
        "rejected": translate("synergyexplorer", "Rejected"),
    }
    return labels.get(status, status)


def _columns():
    """(field, header) of the table, in order."""
    return (
        (STATUS_FIELD, translate("synergyexplorer", "Status")),
        ("supplier_site", translate("synergyexplorer", "Supplier")),
        ("receiver_site", translate("synergyexplorer", "Receiver")),
        ("resource", translate("synergyexplorer", "Resource")),
        ("family", translate("synergyexplorer", "Family")),
        ("match_kind", translate("synergyexplorer", "Match")),
        ("distance_m", translate("synergyexplorer", "Distance (km)")),
        ("quantity", translate("synergyexplorer", "Quantity")),
        ("net_benefit_eur_yr", translate("synergyexplorer", "Net benefit (EUR/yr)")),
        ("co2_avoided_t_yr", translate("synergyexplorer", "CO2 avoided (t/yr)")),
        (COMMENT_FIELD, translate("synergyexplorer", "Comment")),
    )


def _value(value):
    """A Python value for a QGIS attribute (NULL becomes None)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def _number(value) -> float | None:
    value = _value(value)
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


class SynergyTableModel(QAbstractTableModel):
    """One row per feature of a synergy layer; status and comment editable through the layer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer: QgsVectorLayer | None = None
        self.columns = _columns()
        self.records: list[dict] = []
        self.fids: list[int] = []
        self._row_of: dict[int, int] = {}
        self.shared: SharedReview | None = None  # the team's review in a PostGIS territory
        self._own: list[tuple] = []  # (status, comment) of each row in the layer itself

    # ---- the layer
    def set_layer(self, layer: QgsVectorLayer | None) -> None:
        if self.layer is not None:
            for signal, slot in self._signals(self.layer):
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):
                    pass
        self.layer = layer
        if layer is not None:
            for signal, slot in self._signals(layer):
                signal.connect(slot)
        self.shared = shared_review(layer)
        self.reload()

    def _signals(self, layer):
        return (
            (layer.attributeValueChanged, self._value_changed),
            (layer.updatedFields, self.reload),
            (layer.featureAdded, self.reload),
            (layer.featuresDeleted, self.reload),
            (layer.afterRollBack, self.reload),
            (layer.afterCommitChanges, self.reload),
            (layer.willBeDeleted, self._layer_deleted),
        )

    def _layer_deleted(self) -> None:
        self.layer = None
        self.shared = None
        self.reload()

    def reload(self, *_) -> None:
        self.beginResetModel()
        self.records, self.fids = [], []
        if self.layer is not None:
            names = self.layer.fields().names()
            for feature in self.layer.getFeatures():
                values = map(_value, feature.attributes())
                self.records.append(dict(zip(names, values, strict=True)))
                self.fids.append(feature.id())
        self._row_of = {fid: row for row, fid in enumerate(self.fids)}
        self._own = [(r.get(STATUS_FIELD), r.get(COMMENT_FIELD)) for r in self.records]
        if self.shared is not None:
            self.shared.refresh()
            self._apply_shared()
        self.endResetModel()

    # ---- the team's review (PostGIS territory)
    def _apply_shared(self) -> None:
        """Show each row's shared review (the layer's own values where there is none)."""
        if self.shared is None:
            return
        reviews = self.shared.reviews
        for record, own in zip(self.records, self._own, strict=True):
            found = reviews.get(review_key(record.get("synergy_id")))
            status, comment = (found.status, found.comment) if found is not None else own
            record[STATUS_FIELD], record[COMMENT_FIELD] = status, comment

    def can_review(self) -> bool:
        """Whether the review may be changed here (not for a read-only database role)."""
        return self.shared is None or self.shared.writable

    def save_shared(self, fid: int, status=None, comment=None) -> str:
        """Save a row's review in the territory; "" when saved, else the reason it was not.
        Either way the table then shows the reviews as the database holds them."""
        row = self._row_of.get(fid)
        key = review_key(self.records[row].get("synergy_id")) if row is not None else None
        if self.shared is None or key is None:
            return translate("synergyreview", "This synergy has no synergy_id to review.")
        if status is not None and status not in STATUSES:
            raise ValueError(status)
        reason = self.shared.save(key, status=status, comment=comment)
        self._apply_shared()
        if self.records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.records) - 1, len(self.columns) - 1))
        return reason

    def accepted(self) -> list[int]:
        """The features marked accepted, as the table shows them."""
        if self.shared is None:
            return accepted_fids(self.layer)
        return [fid for fid, r in zip(self.fids, self.records, strict=True)
                if r.get(STATUS_FIELD) == "accepted"]

    def _value_changed(self, fid: int, index: int, value) -> None:
        row = self._row_of.get(fid)
        if row is None or self.layer is None:
            return
        name = self.layer.fields().at(index).name()
        if self.shared is not None and name in (STATUS_FIELD, COMMENT_FIELD):
            return  # the table shows the team's review, not the layer's fields
        self.records[row][name] = _value(value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # ---- Qt model
    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.columns[section][1]
        return None

    def status(self, row: int) -> str:
        return self.records[row].get(STATUS_FIELD) or "candidate"

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        field = self.columns[index.column()][0]
        if role == FID_ROLE:
            return self.fids[index.row()]
        if field == STATUS_FIELD:
            value = self.status(index.row())
        else:
            value = record.get(field)
        if role == SORT_ROLE:
            if field == STATUS_FIELD:
                return STATUSES.index(value) if value in STATUSES else len(STATUSES)
            if field in _NUMERIC:
                figure = _number(value)
                return figure if figure is not None else float("-inf")
            return "" if value is None else str(value)
        if role == _EDIT and field in (STATUS_FIELD, COMMENT_FIELD):
            return value or ""
        if role == _DISPLAY:
            return self._display(field, value, record)
        if role == _TOOLTIP and field in ("family", "match_kind", "resource"):
            return record.get("rule") or None
        if role == _ALIGN and field in _NUMERIC:
            return int(_RIGHT)
        return None

    @staticmethod
    def _display(field: str, value, record: dict):
        if value is None:
            return ""
        if field == STATUS_FIELD:
            return status_label(value)
        if field == "family":
            return family_label(value)
        if field == "match_kind":
            return match_kind_label(value)
        if field == "distance_m":
            return number(value / 1000.0, 1)
        if field == "quantity":
            return f"{number(value)} {record.get('unit') or ''}".strip()
        if field in ("net_benefit_eur_yr", "co2_avoided_t_yr"):
            return number(value)
        return str(value)

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()][0] in (STATUS_FIELD, COMMENT_FIELD) \
                and self.can_review():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=_EDIT):  # noqa: N802
        if not index.isValid() or role != _EDIT:
            return False
        field = self.columns[index.column()][0]
        fid = self.fids[index.row()]
        if self.shared is not None and field in (STATUS_FIELD, COMMENT_FIELD):
            values = {"status" if field == STATUS_FIELD else "comment": value}
            return self.can_review() and not self.save_shared(fid, **values)
        if field == STATUS_FIELD:
            return set_review(self.layer, fid, status=value)
        if field == COMMENT_FIELD:
            return set_review(self.layer, fid, comment=value)
        return False

    # ---- helpers for the dock
    def row_of(self, fid: int) -> int | None:
        return self._row_of.get(fid)

    def record(self, row: int) -> dict:
        return self.records[row]

    def column_of(self, field: str) -> int:
        return [name for name, _ in self.columns].index(field)

    def distinct(self, field: str) -> list[str]:
        return sorted({r.get(field) for r in self.records if r.get(field)})


_NUMERIC = {"distance_m", "quantity", "net_benefit_eur_yr", "co2_avoided_t_yr"}


class SynergyFilterModel(QSortFilterProxyModel):
    """Sorts by raw values (numbers as numbers) and keeps the rows that pass every filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.family = ""  # "" keeps every value
        self.match_kind = ""
        self.status = ""
        self.max_distance_m: float | None = None
        self.min_net_benefit_eur_yr: float | None = None

    def set_filters(self, **filters) -> None:
        for name, value in filters.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        model = self.sourceModel()
        record = model.record(source_row)
        if self.family and record.get("family") != self.family:
            return False
        if self.match_kind and record.get("match_kind") != self.match_kind:
            return False
        if self.status and model.status(source_row) != self.status:
            return False
        if self.max_distance_m is not None:
            distance = _number(record.get("distance_m"))
            if distance is None or distance > self.max_distance_m:
                return False
        if self.min_net_benefit_eur_yr is not None:
            benefit = _number(record.get("net_benefit_eur_yr"))
            if benefit is None or benefit < self.min_net_benefit_eur_yr:
                return False
        return True


# --------------------------------------------------------------------------------------------
# Writing the review and the flows through the edit buffers (undo-able)


def _editable(layer: QgsVectorLayer) -> bool:
    return layer is not None and (layer.isEditable() or layer.startEditing())


def _text_field(name: str) -> QgsField:
    if Qgis.versionInt() >= 33800:  # QVariant types are deprecated from QGIS 3.38
        from qgis.PyQt.QtCore import QMetaType

        return QgsField(name, QMetaType.Type.QString, "string", 254)
    return QgsField(name, QVariant.String, "string", 254)


def ensure_review_fields(layer: QgsVectorLayer) -> bool:
    """Add the ``status`` and ``comment`` text fields when missing (one undo-able command)."""
    names = set(layer.fields().names())
    missing = [name for name in (STATUS_FIELD, COMMENT_FIELD) if name not in names]
    if not missing:
        return True
    if not _editable(layer):
        return False
    layer.beginEditCommand(translate("synergyexplorer", "Add review fields"))
    ok = all(layer.addAttribute(_text_field(name)) for name in missing)
    if not ok:
        layer.destroyEditCommand()
        return False
    layer.endEditCommand()
    return True


def set_review(layer: QgsVectorLayer, fid: int, status=None, comment=None) -> bool:
    """Store a synergy's status and/or comment, as one edit command of the layer."""
    if layer is None:
        return False
    if status is not None and status not in STATUSES:
        raise ValueError(status)
    if not ensure_review_fields(layer):
        return False
    changes = {STATUS_FIELD: status, COMMENT_FIELD: comment}
    fields = layer.fields()
    current = layer.getFeature(fid)
    changes = {
        fields.indexOf(name): value
        for name, value in changes.items()
        if value is not None and _value(current[name]) != value
    }
    if not changes:
        return True
    text = (
        translate("synergyexplorer", "Synergy status")
        if fields.indexOf(STATUS_FIELD) in changes
        else translate("synergyexplorer", "Synergy comment")
    )
    layer.beginEditCommand(text)
    ok = all(layer.changeAttributeValue(fid, index, value) for index, value in changes.items())
    if not ok:
        layer.destroyEditCommand()
        return False
    layer.endEditCommand()
    return True


def accepted_fids(layer: QgsVectorLayer) -> list[int]:
    if layer is None or STATUS_FIELD not in layer.fields().names():
        return []
    return [f.id() for f in layer.getFeatures() if _value(f[STATUS_FIELD]) == "accepted"]


def accept_into_flows(synergies: QgsVectorLayer, flows: QgsVectorLayer, fids) -> tuple[int, int]:
    """Add one ``planned`` flow per synergy of ``fids`` to ``flows``, in one edit command.

    A synergy whose supplier, receiver and resource already have a flow in the layer is skipped
    (accepting twice does not duplicate it). Returns (flows added, synergies skipped).
    """
    existing = {
        (_value(f["from_site"]), _value(f["to_site"]), _value(f["resource"]))
        for f in flows.getFeatures()
    }
    transform = QgsCoordinateTransform(synergies.crs(), flows.crs(), QgsProject.instance())
    names = set(flows.fields().names())
    new_features: list[QgsFeature] = []
    skipped = 0
    for synergy in synergies.getFeatures(list(fids)):
        key = (synergy["supplier_site"], synergy["receiver_site"], synergy["resource"])
        if key in existing:
            skipped += 1
            continue
        existing.add(key)
        geometry = synergy.geometry()
        geometry.transform(transform)
        values = {
            "flow_id": "F-" + str(uuid.uuid4()),
            "from_site": key[0],
            "to_site": key[1],
            "resource": key[2],
            "quantity": _value(synergy["quantity"]),
            "unit": _value(synergy["unit"]),
            "status": FLOW_STATUS,
        }
        attributes = {
            flows.fields().indexOf(name): value for name, value in values.items() if name in names
        }
        new_features.append(
            QgsVectorLayerUtils.createFeature(
                flows, geometry, attributes, flows.createExpressionContext()
            )
        )
    if not new_features:
        return 0, skipped
    if not _editable(flows):
        raise RuntimeError(
            translate("synergyexplorer", "The layer {layer} cannot be edited.").format(
                layer=flows.name()
            )
        )
    flows.beginEditCommand(translate("synergyexplorer", "Accept synergies into flows"))
    if not flows.addFeatures(new_features):
        flows.destroyEditCommand()
        raise RuntimeError(
            translate("synergyexplorer", "The flows could not be added to {layer}.").format(
                layer=flows.name()
            )
        )
    flows.endEditCommand()
    return len(new_features), skipped
