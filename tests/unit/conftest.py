"""Shared fixtures for the pure-core unit tests (no QGIS)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


def shared_data_dir() -> Path | None:
    """The shared test-data folder: $ITE_SHARED_DATA, else <repo>/../shared/data, else
    /shared/data (where tools/qgis-env mounts it); None when none exists."""
    candidates = []
    if os.environ.get("ITE_SHARED_DATA"):
        candidates.append(Path(os.environ["ITE_SHARED_DATA"]))
    candidates += [REPO_ROOT.parent / "shared" / "data", Path("/shared/data")]
    for path in candidates:
        if path.is_dir():
            return path
    return None


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Path of the shared test data; skips the test when it is absent."""
    path = shared_data_dir()
    if path is None:
        pytest.skip("shared test data not found (set ITE_SHARED_DATA or mount ../shared/data)")
    return path


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """Root folder of the repository (the one holding ite_qgis/ and resources/)."""
    return REPO_ROOT
