"""Helpers of the QGIS tests: ``qgis_process`` as a user runs it, and a feedback recorder."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from qgis.core import QgsProcessingFeedback

BUILD = Path(__file__).resolve().parents[2] / "build"


def qgis_process(
    *args: str,
    config: Path,
    plugin_path: Path | None = BUILD,
    env_extra=None,
    check: bool = True,
    timeout: int = 300,
) -> subprocess.CompletedProcess:
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)  # the plugin must be found the way QGIS finds it
    if plugin_path is not None:
        env["QGIS_PLUGINPATH"] = str(plugin_path)
    env.update(env_extra or {})
    result = subprocess.run(
        ["qgis_process", *args], env=env, capture_output=True, text=True, timeout=timeout
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"qgis_process {' '.join(args)} failed ({result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result


def run_json(algorithm: str, config: Path, **parameters) -> dict:
    args = [f"--{k}={v}" for k, v in parameters.items()]
    result = qgis_process("--json", "run", algorithm, *args, config=config)
    return json.loads(result.stdout)


class LogFeedback(QgsProcessingFeedback):
    """Feedback that keeps what the algorithm told the user."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)
