"""Columns handed to GDAL as one Arrow record batch (the Arrow C data interface), without pyarrow.

GDAL (3.8 and later) writes such a batch into any OGR layer with ``WriteArrowBatch``: one C++
loop for all rows, where pyogrio without pyarrow, or PyQGIS, make Python calls for every row
and field. The batch only points at numpy buffers that this object keeps alive; GDAL copies what
it needs during the call, so nothing outlives ``write``.

Formats used: ``l`` (int64), ``g`` (float64), ``U`` (large UTF-8 text), ``i`` (int32 codes into a
``U`` dictionary, for pandas categoricals), ``Z`` (large binary, for WKB geometries), each with an
optional validity bitmap for NULLs.
"""

from __future__ import annotations

import ctypes


class _Schema(ctypes.Structure):
    pass


class _Array(ctypes.Structure):
    pass


_SCHEMA_RELEASE = ctypes.CFUNCTYPE(None, ctypes.POINTER(_Schema))
_ARRAY_RELEASE = ctypes.CFUNCTYPE(None, ctypes.POINTER(_Array))

_Schema._fields_ = [
    ("format", ctypes.c_char_p),
    ("name", ctypes.c_char_p),
    ("metadata", ctypes.c_char_p),
    ("flags", ctypes.c_int64),
    ("n_children", ctypes.c_int64),
    ("children", ctypes.POINTER(ctypes.POINTER(_Schema))),
    ("dictionary", ctypes.POINTER(_Schema)),
    ("release", _SCHEMA_RELEASE),
    ("private_data", ctypes.c_void_p),
]
_Array._fields_ = [
    ("length", ctypes.c_int64),
    ("null_count", ctypes.c_int64),
    ("offset", ctypes.c_int64),
    ("n_buffers", ctypes.c_int64),
    ("n_children", ctypes.c_int64),
    ("buffers", ctypes.POINTER(ctypes.c_void_p)),
    ("children", ctypes.POINTER(ctypes.POINTER(_Array))),
    ("dictionary", ctypes.POINTER(_Array)),
    ("release", _ARRAY_RELEASE),
    ("private_data", ctypes.c_void_p),
]


# The memory is Python's: releasing only marks a structure released, as the interface requires.
@_SCHEMA_RELEASE
def _release_schema(schema):
    schema.contents.release = _SCHEMA_RELEASE()


@_ARRAY_RELEASE
def _release_array(array):
    array.contents.release = _ARRAY_RELEASE()


_NULLABLE = 2  # ARROW_FLAG_NULLABLE

_capsule = ctypes.pythonapi.PyCapsule_New
_capsule.restype = ctypes.py_object
_capsule.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p]


class ArrowBatch:
    """A record batch of ``length`` rows built column by column."""

    def __init__(self, length: int):
        self.length = length
        self._keep: list = []  # every buffer and structure GDAL will read
        self._schemas: list[_Schema] = []
        self._arrays: list[_Array] = []

    def _validity(self, missing):
        import numpy as np

        if missing is None or not missing.any():
            return None, 0
        return np.packbits(~missing, bitorder="little"), int(missing.sum())

    def _add(self, name: str, fmt: bytes, buffers: list, missing) -> None:
        bitmap, nulls = self._validity(missing)
        buffers = [bitmap, *buffers]
        pointers = (ctypes.c_void_p * len(buffers))(
            *[None if b is None else b.ctypes.data for b in buffers]
        )
        label = name.encode("utf-8")
        self._keep += [buffers, pointers, label]
        self._schemas.append(_Schema(format=fmt, name=label, flags=_NULLABLE,
                                     release=_release_schema))  # fmt: skip
        self._arrays.append(_Array(length=self.length, null_count=nulls, n_buffers=len(buffers),
                                   buffers=pointers, release=_release_array))  # fmt: skip

    def add_numbers(self, name: str, values, missing=None) -> None:
        """Integers (and booleans, as 0/1) as int64, floats as float64."""
        import numpy as np

        real = values.dtype.kind == "f"
        data = np.ascontiguousarray(values, dtype=np.float64 if real else np.int64)
        self._add(name, b"g" if real else b"l", [data], missing)

    def add_bytes(self, name: str, items: list, missing, *, text: bool = True,
                  lengths=None) -> None:  # fmt: skip
        """Variable-length values (``bytes``, empty where missing): UTF-8 text or binary.
        ``lengths`` (of the items) spares a pass over them when the caller knows them."""
        import numpy as np

        if lengths is None:
            lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
        offsets = np.zeros(len(items) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        data = np.frombuffer(b"".join(items) or b"\0", dtype=np.uint8)
        self._add(name, b"U" if text else b"Z", [offsets, data], missing)

    def add_dictionary(self, name: str, codes, words: list) -> None:
        """Text stored as codes into ``words`` (a pandas categorical; code -1 is NULL)."""
        import numpy as np

        missing = codes < 0
        words_batch = ArrowBatch(len(words))
        words_batch.add_bytes("words", words, np.zeros(len(words), dtype=bool))
        indices = np.where(missing, 0, codes).astype(np.int32)
        self._add(name, b"i", [indices], missing)
        self._schemas[-1].dictionary = ctypes.pointer(words_batch._schemas[0])
        self._arrays[-1].dictionary = ctypes.pointer(words_batch._arrays[0])
        self._keep.append(words_batch)

    def write(self, layer, options: list[str]) -> None:
        """Append the batch to an OGR layer (osgeo.ogr.Layer); raises RuntimeError on failure."""
        count = len(self._schemas)
        schema_children = (ctypes.POINTER(_Schema) * count)(*map(ctypes.pointer, self._schemas))
        array_children = (ctypes.POINTER(_Array) * count)(*map(ctypes.pointer, self._arrays))
        no_buffer = (ctypes.c_void_p * 1)(None)
        schema = _Schema(format=b"+s", name=b"", n_children=count, children=schema_children,
                         release=_release_schema)  # fmt: skip
        array = _Array(length=self.length, n_buffers=1, n_children=count, buffers=no_buffer,
                       children=array_children, release=_release_array)  # fmt: skip
        self._keep += [schema_children, array_children, no_buffer, schema, array]
        error = layer.WriteArrowSchemaAndArrowArrayCapsule(
            _capsule(ctypes.addressof(schema), b"arrow_schema", None),
            _capsule(ctypes.addressof(array), b"arrow_array", None),
            0,
            options,
        )
        if error:
            raise RuntimeError(f"OGR error {error} while writing an Arrow batch")
