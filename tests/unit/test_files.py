"""Files written whole or not at all (core.common.files), as a user finds them on disk."""

from __future__ import annotations

import os
import stat

import pytest

from ite_qgis.core.common.files import replaced_at_end, write_text


def test_a_written_file_has_the_permissions_of_a_file_the_user_creates(tmp_path):
    mask = os.umask(0o022)
    os.umask(mask)
    path = write_text(tmp_path / "report.html", "<p>é</p>")
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask  # not mkstemp's private 0600
    assert path.read_text(encoding="utf-8") == "<p>é</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_failed_write_leaves_neither_the_file_nor_a_temporary_one(tmp_path):
    target = tmp_path / "sankey.svg"
    with pytest.raises(RuntimeError), replaced_at_end(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []
