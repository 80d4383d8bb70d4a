"""The synergy explorer on a PostGIS territory: the team shares one review, kept in the schema's
``synergy_reviews`` table, against a real PostgreSQL + PostGIS server (no mock).

The territory is created by ite:createterritory with its roles; its synergies are written into
the schema by ite:findsynergies (a ``postgis:`` destination). Each person opens the explorer on
the synergies with their own login role: anna and marc (facilitators), ines (analyst).
"""

from __future__ import annotations

import pytest
from postgis_helpers import add_logins, destination, load_dunkirk
from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

SCHEMA = "review"
USERS = {"rv_anna": "facilitator", "rv_marc": "facilitator", "rv_ines": "analyst"}
PASSWORD = "pw-Review-1"


@pytest.fixture(scope="module")
def territory(plugin, pg_connection, postgres_server):
    import processing

    from ite_qgis.qgis_bridge.postgis import connection_uri, layer_uri

    load_dunkirk(pg_connection, SCHEMA)
    uri = connection_uri(pg_connection)
    inputs = {name: QgsVectorLayer(layer_uri(uri, SCHEMA, name), name, "postgres")
              for name in ("sites", "resources")}
    processing.run("ite:findsynergies", {
        "SITES": inputs["sites"], "RESOURCES": inputs["resources"],
        "SYNERGIES": destination(uri, SCHEMA, "synergies")})
    add_logins(postgres_server, PASSWORD,
               {user: f"{SCHEMA}_{kind}" for user, kind in USERS.items()})
    admin = postgres_server.connect()
    with admin.cursor() as cursor:
        cursor.execute(f"SELECT synergy_id FROM {SCHEMA}.synergies ORDER BY synergy_id")
        ids = [str(row[0]) for row in cursor.fetchall()]
    admin.close()
    assert len(ids) > 20
    return ids


def _layer(pg_connection, user):
    """The synergies table as ``user`` adds it to QGIS."""
    from ite_qgis.qgis_bridge.postgis import connection_uri

    uri = QgsDataSourceUri(connection_uri(pg_connection).connectionInfo(False))
    uri.setUsername(user)
    uri.setPassword(PASSWORD)
    uri.setDataSource(SCHEMA, "synergies", "geom")
    layer = QgsVectorLayer(uri.uri(False), f"synergies ({user})", "postgres")
    assert layer.isValid()
    return layer


@pytest.fixture
def open_explorer(qtbot, pg_connection, territory):
    """Opens the explorer as a user, on their own layer of the synergies."""
    from ite_qgis.gui.synergy_explorer import SynergyExplorerDock

    opened = []

    def _open(user):
        layer = _layer(pg_connection, user)
        QgsProject.instance().addMapLayer(layer)
        dock = SynergyExplorerDock(None)
        qtbot.addWidget(dock)
        dock.set_layer(layer)
        assert dock.layer is layer and dock.model.rowCount() == layer.featureCount()
        opened.append((dock, layer))
        return dock

    yield _open
    for dock, layer in opened:
        dock.cleanup()
        QgsProject.instance().removeMapLayer(layer.id())


def _select(dock, synergy_id) -> int:
    feature = next(dock.layer.getFeatures(f"synergy_id = {int(synergy_id)}"))
    assert dock.select_fid(feature.id())
    return feature.id()


def _shown(dock, synergy_id):
    """(status, comment) the explorer shows for a synergy."""
    _select(dock, synergy_id)
    return dock.status_combo.currentData(), dock.comment_edit.text()


def _rows(postgres_server, sql, params=None):
    admin = postgres_server.connect()
    with admin.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    admin.close()
    return rows


def _review(postgres_server, synergy_id):
    return _rows(postgres_server, f"SELECT status, comment, row_version, reviewed_by FROM "
                                  f"{SCHEMA}.synergy_reviews WHERE synergy_id = %s", (synergy_id,))


def _history(postgres_server, synergy_id):
    return _rows(postgres_server, f"SELECT changed_by, action, new_values->>'status', "
                                  f"new_values->>'comment' FROM {SCHEMA}.history "
                                  "WHERE table_name = 'synergy_reviews' AND row_id = %s "
                                  "ORDER BY history_id", (synergy_id,))


def test_a_review_is_saved_for_the_team_and_seen_by_a_colleague(open_explorer, territory,
                                                                   postgres_server):
    synergy = territory[0]
    anna = open_explorer("rv_anna")
    assert anna.shared_label.isVisibleTo(anna)
    assert f"{SCHEMA}.synergy_reviews" in anna.shared_label.text()
    _select(anna, synergy)
    assert anna.status_combo.isEnabled() and anna.save_comment_button.isEnabled()
    assert anna.set_status("accepted")
    anna.comment_edit.setText("Both plants agree; O'Brien's visit on Monday")
    assert anna.save_comment()
    assert "synergy_reviews" in anna.message.text()
    assert _review(postgres_server, synergy) == [
        ("accepted", "Both plants agree; O'Brien's visit on Monday", 2, "rv_anna")]
    assert _history(postgres_server, synergy) == [
        ("rv_anna", "insert", "accepted", None),
        ("rv_anna", "update", "accepted", "Both plants agree; O'Brien's visit on Monday")]
    # Nothing was written into the synergies layer itself.
    assert not anna.layer.isEditable() and "status" not in anna.layer.fields().names()
    # A colleague who opens the explorer sees the review, in the table and the review row.
    marc = open_explorer("rv_marc")
    row = marc.model.row_of(_select(marc, synergy))
    assert marc.model.status(row) == "accepted"
    assert _shown(marc, synergy) == ("accepted", "Both plants agree; O'Brien's visit on Monday")
    index = marc.proxy.mapFromSource(marc.model.index(row, 0))
    assert marc.proxy.data(index) == "Accepted"
    # Accepting into flows counts the shared review.
    assert _select(marc, synergy) in marc.model.accepted()


def test_two_facilitators_reviewing_different_synergies_both_keep_them(qtbot, open_explorer,
                                                                        territory,
                                                                        postgres_server):
    first, second = territory[1], territory[2]
    anna, marc = open_explorer("rv_anna"), open_explorer("rv_marc")
    _select(anna, first)
    _select(marc, second)
    assert anna.set_status("to_discuss")
    assert marc.set_status("rejected")
    assert _review(postgres_server, first)[0][:2] == ("to_discuss", None)
    assert _review(postgres_server, second)[0][:2] == ("rejected", None)
    # Each save brings back the others' reviews; "Reload reviews" too.
    assert _shown(marc, first)[0] == "to_discuss"
    assert _shown(anna, second)[0] == "candidate"  # read before marc saved
    assert anna.refresh_button.isVisibleTo(anna)
    qtbot.mouseClick(anna.refresh_button, Qt.MouseButton.LeftButton)
    assert _shown(anna, second)[0] == "rejected"
    assert _history(postgres_server, first) == [("rv_anna", "insert", "to_discuss", None)]
    assert _history(postgres_server, second) == [("rv_marc", "insert", "rejected", None)]


@pytest.mark.parametrize("reviewed_before", [False, True])
def test_the_same_synergy_the_second_save_is_refused_naming_the_row(
        open_explorer, territory, postgres_server, reviewed_before):
    synergy = territory[4 if reviewed_before else 3]
    if reviewed_before:  # the row exists when both open the explorer (the trigger's check)
        earlier = open_explorer("rv_anna")
        _select(earlier, synergy)
        assert earlier.set_status("to_discuss")
    anna, marc = open_explorer("rv_anna"), open_explorer("rv_marc")
    _select(anna, synergy)
    _select(marc, synergy)
    anna.comment_edit.setText("Anna's note")
    assert anna.save_comment()
    marc.comment_edit.setText("Marc's note")
    assert not marc.save_comment()
    message = marc.message.text()
    assert f"The row {synergy} of synergy_reviews" in message and "refused" in message
    assert "Traceback" not in message and "INSERT" not in message
    assert _review(postgres_server, synergy)[0][1] == "Anna's note"
    # Marc's explorer now shows what the database holds; his next save goes through.
    assert _shown(marc, synergy)[1] == "Anna's note"
    assert marc.set_status("accepted")
    saved = _review(postgres_server, synergy)[0]
    assert saved[:2] == ("accepted", "Anna's note") and saved[3] == "rv_marc"
    actions = [(who, action) for who, action, _s, _c in _history(postgres_server, synergy)]
    assert actions[-2:] == [("rv_anna", "update" if reviewed_before else "insert"),
                            ("rv_marc", "update")]


def test_an_analyst_sees_the_review_and_cannot_save(open_explorer, territory, postgres_server):
    synergy = territory[5]
    anna = open_explorer("rv_anna")
    _select(anna, synergy)
    assert anna.set_status("accepted")
    before = _review(postgres_server, synergy)
    ines = open_explorer("rv_ines")
    assert _shown(ines, synergy)[0] == "accepted"
    text = ines.shared_label.text()
    assert ines.shared_label.isVisibleTo(ines) and "not change it" in text and SCHEMA in text
    assert not ines.status_combo.isEnabled() and not ines.save_comment_button.isEnabled()
    assert "not change it" in ines.status_combo.toolTip()
    assert not ines.set_status("rejected")
    assert "not change it" in ines.message.text()
    # Even past the explorer's check, the database refuses, and the explorer says so.
    ines.model.shared.writable = True
    assert not ines.set_status("rejected")
    assert "permission denied" in ines.message.text()
    assert _review(postgres_server, synergy) == before


def test_comments_are_stored_as_text(open_explorer, territory, postgres_server):
    synergy = territory[6]
    evil = f"x'); DROP TABLE {SCHEMA}.synergy_reviews; -- $$ \\' ERROR: no"
    anna = open_explorer("rv_anna")
    _select(anna, synergy)
    anna.comment_edit.setText(evil)
    assert anna.save_comment()
    assert _review(postgres_server, synergy)[0][1] == evil.strip()
    assert _rows(postgres_server, f"SELECT count(*) FROM {SCHEMA}.synergy_reviews")[0][0] >= 6


def test_a_layer_outside_a_territory_keeps_its_review_in_the_layer(qtbot, pg_connection,
                                                                   territory, postgres_server):
    """A synergies table in a schema without synergy_reviews: the review goes into the layer's
    edit buffer, as for a GeoPackage."""
    from ite_qgis.gui.synergy_explorer import SynergyExplorerDock
    from ite_qgis.qgis_bridge.postgis import connection_uri

    admin = postgres_server.connect()
    with admin.cursor() as cursor:
        cursor.execute("CREATE SCHEMA plain")
        cursor.execute(f"CREATE TABLE plain.synergies AS SELECT * FROM {SCHEMA}.synergies")
        cursor.execute("ALTER TABLE plain.synergies ADD PRIMARY KEY (synergy_id)")
    admin.close()
    uri = QgsDataSourceUri(connection_uri(pg_connection).connectionInfo(False))
    uri.setDataSource("plain", "synergies", "geom", "", "synergy_id")
    layer = QgsVectorLayer(uri.uri(False), "plain synergies", "postgres")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    dock = SynergyExplorerDock(None)
    qtbot.addWidget(dock)
    try:
        dock.set_layer(layer)
        assert dock.model.shared is None and not dock.shared_label.isVisibleTo(dock)
        assert not dock.refresh_button.isVisibleTo(dock)
        _select(dock, territory[0])
        assert dock.set_status("accepted")
        assert layer.isEditable() and "status" in layer.fields().names()
        assert "Ctrl+Z" in dock.message.text()
        layer.rollBack()
    finally:
        dock.cleanup()
        QgsProject.instance().removeMapLayer(layer.id())
