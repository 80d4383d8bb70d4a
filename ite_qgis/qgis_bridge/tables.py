"""Output folders and files of the document algorithms, checked before anything is written.

(The layers of a document are read by :mod:`ite_qgis.processing.input_readers`, each through
its kind's check in :mod:`ite_qgis.core.validation.documents`.)"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsProcessingException

from ..core.common.i18n import translate


def writable_folder(folder: str | Path) -> Path:
    """``folder``, created when missing, after checking it can be written."""
    folder = Path(folder)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK):
        raise QgsProcessingException(
            translate("tables", "Cannot write into {folder}: choose a folder you can write "
                      "to.").format(folder=folder)
        )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def writable_destination(output: str) -> Path:
    """``output`` as a path whose folder exists and can be written."""
    path = Path(output)
    writable_folder(path.parent)
    return path
