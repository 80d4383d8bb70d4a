"""GDAL errors as Python exceptions inside a block, whatever the rest of QGIS chose.

GDAL's Python bindings raise exceptions or return error codes depending on a process-wide
switch that QGIS and other plugins share. ``raising()`` turns exceptions on for the ``gdal``,
``ogr`` and ``osr`` modules inside a ``with`` block and puts the previous setting back after it:
``ExceptionMgr`` where the GDAL has it (3.7 and newer), the same by hand before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager


@contextmanager
def _switched_on(module) -> Iterator[None]:
    was_on = module.GetUseExceptions()
    module.UseExceptions()
    try:
        yield
    finally:
        if not was_on:
            module.DontUseExceptions()


@contextmanager
def raising() -> Iterator[None]:
    """GDAL, OGR and OSR calls in the block raise RuntimeError on failure."""
    from osgeo import gdal, ogr, osr

    with ExitStack() as stack:
        for module in (gdal, ogr, osr):
            if hasattr(module, "ExceptionMgr"):
                stack.enter_context(module.ExceptionMgr(useExceptions=True))
            else:
                stack.enter_context(_switched_on(module))
        yield
