"""All-or-nothing file outputs of a Processing run.

The mechanism, one for every algorithm (``processing.base.IteAlgorithm.processAlgorithm`` runs
each ``compute`` inside it):

1. **Checked before anything is written.** Every file destination the user chose (a layer or
   table sink, a raster, a document: HTML, PDF, PNG, SVG, CSV, XLSX, a territory GeoPackage) is
   checked up front: what exists of its folder is a folder (not a file), the run can create
   files in it, an existing file there can be opened for writing (not read-only, not locked by
   another program), it is not a folder, no two outputs are the same file, and it is not one of
   the run's input files. Any of these stops the run with a translated message before a single
   byte is written. A missing folder is created (as the document writers always did), and
   deleted again if the run fails.
2. **Written under a staging folder.** Each file destination is redirected to the same file name
   inside a hidden staging folder made beside it (``.ite-XXXXXXXX`` in the destination's folder,
   hence on the same file system): Processing creates its sinks there (``parameterAsSink`` makes
   the file at once), documents and side files (a shapefile's .dbf, .prj...) are written there
   too, and the file names inside are the final ones (a GeoPackage's layer is named after its
   file, as without staging).
3. **Renamed together at the end.** When ``compute`` has returned, every staged entry is renamed
   over its destination (an existing file is first renamed aside, then deleted once all are in
   place). If any rename fails, the ones already made are undone and the replaced files put
   back: either all the outputs of the run are in place, or none is and the previous files are
   untouched. The results, the layers Processing loads on completion and the layers already
   opened from a staged file are pointed at the final paths.
4. **Nothing left behind.** When ``compute`` raises (or is cancelled), the staging folders are
   deleted with all they hold; the destinations were never touched.

Output equal to an input: Processing replaces a GeoPackage or shapefile destination as a whole
file (its sinks create the file anew), so an output that is the same file as any input (same
resolved path, whichever layer of a GeoPackage is read) is refused: writing it would destroy the
input and every other layer in it.

Appended outputs (Processing's "Append to Layer…": an output layer definition with a field
mapping, whose sink is the existing layer's URI such as ``ogr:/path/t.gpkg|layername=sites`` or
``postgres:…``) are neither staged nor checked as new files: QGIS writes them in place, through
its field-mapping sink, as the run goes. They are therefore **not all-or-nothing**: a run that
fails after writing them leaves the rows it appended. An append into a layer the run reads
(same file and layer, or same database table) is refused before anything is written; an append
into another layer of an input GeoPackage is allowed (only that layer is written).

Not staged: temporary outputs (Processing's own new file in its temporary folder), memory layers
and database or provider destinations (``memory:``, ``postgres:``, ``ogr:``...), and folder
destinations (``ite:exporttables``: its files are renamed together by
``core.publishing.exports.write_tables``; the folder is only checked). A run killed outright
(not cancelled) may leave a hidden ``.ite-`` staging folder beside its destination.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsDataProvider,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFolderDestination,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
)

from ..core.common.i18n import translate

STAGING_PREFIX = ".ite-"
_PROVIDER_URI = re.compile(r"^([A-Za-z][A-Za-z0-9_]+):")  # memory:, postgres:, ogr:...
_TEMPORARY = "TEMPORARY_OUTPUT"
# Parameter types whose value may be a file the run reads.
_INPUT_TYPES = {"source", "vector", "raster", "multilayer", "file", "layer", "mesh", "pointcloud"}


@dataclass
class _Staged:
    name: str  # the parameter
    target: Path  # the file the user chose
    staging: Path | None  # the hidden folder beside it where the run writes


def _destination_text(value, context) -> str | None:
    """The destination string of a destination parameter's value (None when not given)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = _property_text(value, context)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _property_text(value: QgsProperty, context) -> str:
    """A property's text: its static value, or its expression evaluated (PyQGIS returns
    (text, ok) there)."""
    if value.propertyType() == QgsProperty.Type.StaticProperty:
        return str(value.staticValue() or "")
    text = value.valueAsString(context.expressionContext(), "")
    return text[0] if isinstance(text, tuple) else text


def _ogr_form(value: QgsProcessingOutputLayerDefinition, context):
    """An append destination as Processing can open it: QGIS's "Append to Layer…" gives a
    GeoPackage or shapefile layer by its plain source (``/path/t.gpkg|layername=sites``), which
    QGIS 3.40 then takes for a new file name (it adds ``.gpkg`` and fails); its ``ogr:`` form
    opens the layer. Other destinations are returned as they are."""
    text = _destination_text(value, context) or ""
    if not text or _provider_uri(text) or not os.path.isfile(text.split("|", 1)[0]):
        return value
    copy = QgsProcessingOutputLayerDefinition(value)
    copy.sink = QgsProperty.fromValue("ogr:" + text)
    return copy


def is_append(value) -> bool:
    """Whether a destination parameter's value appends to an existing layer (Processing's
    "Append to Layer…": an output layer definition with a field mapping)."""
    return isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping()


def _provider_uri(text: str) -> bool:
    """Whether a destination string is a provider URI (``memory:``, ``postgres:dbname=…``,
    ``ogr:/path/t.gpkg|layername=x``...) rather than a file name."""
    match = _PROVIDER_URI.match(text)
    if match is None:
        return False
    key = match.group(1)
    return key in _known_providers() or not text[match.end():].startswith(("/", "\\"))


def _known_providers() -> set[str]:
    return set(QgsProviderRegistry.instance().providerList()) | {"memory", "postgis"}


def _layer_identity(text: str | None) -> tuple | None:
    """(file or database, layer or table) of a provider URI such as ``ogr:/p/t.gpkg|layername=x``
    or ``postgres:dbname=… table="s"."t"``; None when it names neither."""
    if not text or not _provider_uri(text):
        return None
    key, uri = text.split(":", 1)
    key = "postgres" if key == "postgis" else key
    parts = QgsProviderRegistry.instance().decodeUri(key, uri)
    if parts.get("path"):
        path = os.path.realpath(os.path.abspath(parts["path"]))
        return path, parts.get("layerName") or ""
    if parts.get("table"):
        database = tuple(str(parts.get(k) or "") for k in ("service", "host", "port", "dbname"))
        return database, f"{parts.get('schema') or ''}.{parts['table']}"
    return None


def _source_path(source) -> Path | None:
    """The file of an input source (:meth:`RunOutputs._input_source`); None for a layer that
    is not in a file."""
    if isinstance(source, str):
        return Path(os.path.abspath(source.split("|", 1)[0]))
    parts = QgsProviderRegistry.instance().decodeUri(source.providerType(), source.source())
    return Path(os.path.abspath(parts["path"])) if parts.get("path") else None


def _source_identity(source) -> tuple | None:
    """The (file or database, layer or table) of an input source."""
    if isinstance(source, str):
        return _layer_identity("ogr:" + source)
    return _layer_identity(f"{source.providerType()}:{source.source()}")


def _same_layer(a: tuple, b: tuple) -> bool:
    """Same file or database, and the same layer (a file without a layer name is its only or
    first layer: counted as the same)."""
    return a[0] == b[0] and (a[1] == b[1] or not a[1] or not b[1])


def _file_path(text: str | None) -> Path | None:
    """The file of a destination string naming a plain file; None for temporary outputs,
    memory layers and provider URIs."""
    if not text or text == _TEMPORARY or _provider_uri(text):
        return None
    return Path(os.path.abspath(os.path.expanduser(text.split("|", 1)[0])))


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.realpath(a) == os.path.realpath(b) or (
            a.exists() and b.exists() and os.path.samefile(a, b)
        )
    except OSError:
        return False


def _message(error: OSError) -> str:
    return error.strerror or str(error)


class RunOutputs:
    """The file outputs of one run: :meth:`stage` before ``compute``, :meth:`commit` after it,
    :meth:`discard` always (see the module docstring)."""

    def __init__(self, algorithm, context, feedback=None):
        self.algorithm = algorithm
        self.context = context
        self.feedback = feedback
        self.staged: list[_Staged] = []
        self._asides: list[Path] = []
        self._created: list[Path] = []  # folders that did not exist before the run
        self._committed = False

    # -- before the run

    def stage(self, parameters: dict) -> dict:
        """Check every destination (raises QgsProcessingException) and return the parameters
        with each file destination redirected into its staging folder."""
        inputs = self._input_files(parameters)
        plans, appended = [], {}
        for definition in self.algorithm.destinationParameterDefinitions():
            name = definition.name()
            value = parameters.get(name, definition.defaultValue())
            if is_append(value):
                self._check_append(definition, value, parameters)
                appended[name] = _ogr_form(value, self.context)
                continue
            path = _file_path(_destination_text(value, self.context))
            if path is None:
                continue
            label = definition.description()
            if isinstance(definition, QgsProcessingParameterFolderDestination):
                self._created += _missing_folder(path, label, probe=True)
                continue
            _missing_folder(path.parent, label)
            _check_file_output(path, label)
            for other_label, other in plans:
                if _same(other, path):
                    raise QgsProcessingException(_twice_message(label, other_label, path))
            for input_label, input_path in inputs:
                if _same(input_path, path):
                    raise QgsProcessingException(_input_message(label, input_label, path))
            plans.append((label, path))
            self.staged.append(_Staged(name, path, None))
        redirected = dict(parameters, **appended)
        for staged in self.staged:
            label = self._label(staged.name)
            self._created += _make_folder(staged.target.parent, label)
            staged.staging = _make_staging(staged.target, label)
            redirected[staged.name] = _redirect(parameters.get(staged.name), staged, self.context)
        return redirected

    def _check_append(self, definition, value, parameters: dict) -> None:
        """Refuse an append into a layer the run reads (the run would read the rows it
        writes)."""
        target = _layer_identity(_destination_text(value, self.context))
        if target is None:
            return
        for input_label, identity in self._input_layers(parameters):
            if _same_layer(target, identity):
                raise QgsProcessingException(
                    translate(
                        "outputs",
                        "{output} would be appended to the layer {layer}, which is also the "
                        "input {input}: choose another layer to append to."
                    ).format(output=definition.description(), layer=target[1] or target[0],
                             input=input_label)
                )

    def _label(self, name: str) -> str:
        return self.algorithm.parameterDefinition(name).description()

    def _inputs(self, parameters: dict):
        """(parameter description, source) of every input the run reads: a file's source
        string (``/p/t.gpkg|layername=x``) or a map layer."""
        for definition in self.algorithm.parameterDefinitions():
            if definition.isDestination() or definition.type() not in _INPUT_TYPES:
                continue
            value = parameters.get(definition.name())
            for item in value if isinstance(value, (list, tuple)) else [value]:
                source = self._input_source(item)
                if source is not None:
                    yield definition.description(), source

    def _input_source(self, value):
        """The file source string or the map layer of an input value; None for neither."""
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source
        if isinstance(value, QgsProperty):
            value = _property_text(value, self.context)
        if hasattr(value, "dataProvider"):
            return value
        if not isinstance(value, str) or not value:
            return None
        if os.path.isfile(value.split("|", 1)[0]):
            return value
        return QgsProcessingUtils.mapLayerFromString(value, self.context, False)

    def _input_files(self, parameters: dict) -> list[tuple[str, Path]]:
        """(parameter description, file) of every file the run reads."""
        found = [(label, _source_path(source)) for label, source in self._inputs(parameters)]
        return [(label, path) for label, path in found if path is not None]

    def _input_layers(self, parameters: dict) -> list[tuple[str, tuple]]:
        """(parameter description, layer identity) of every layer the run reads."""
        found = [(label, _source_identity(source)) for label, source in self._inputs(parameters)]
        return [(label, identity) for label, identity in found if identity is not None]

    # -- after the run

    def commit(self, results: dict | None) -> dict | None:
        """Rename every staged entry over its destination, all or none; the results and the
        layers to load pointed at the final paths."""
        done: list[tuple[Path, Path, Path | None]] = []
        try:
            for staged in self.staged:
                for entry in sorted(staged.staging.iterdir()):
                    final = staged.target.parent / entry.name
                    aside = None
                    if final.exists() or final.is_symlink():
                        aside = self._aside(final)
                        os.replace(final, aside)
                    done.append((entry, final, aside))
                    os.replace(entry, final)
        except OSError as error:
            _undo(done)
            raise QgsProcessingException(
                translate(
                    "outputs",
                    "Could not put the outputs in place ({error}); none of them was written and "
                    "the existing files are unchanged. Is one of them open in another program?"
                ).format(error=_message(error))
            ) from error
        for _entry, _final, aside in done:
            if aside is not None:
                _remove(aside)
        self._committed = True
        self._repoint()
        return _fixed(results, self._fix) if results is not None else results

    def _aside(self, final: Path) -> Path:
        folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=final.parent))
        self._asides.append(folder)
        return folder / final.name

    def _fix(self, text: str) -> str:
        for staged in self.staged:
            text = text.replace(
                str(staged.staging) + os.sep, str(staged.target.parent) + os.sep
            )
        return text

    def _repoint(self) -> None:
        """The layers to load on completion, and the layers opened from staged files, at the
        final paths."""
        if not self.staged:
            return
        layers = self.context.layersToLoadOnCompletion()
        if any(self._fix(key) != key for key in layers):
            self.context.setLayersToLoadOnCompletion(
                {self._fix(key): _renewed(details) if self._fix(key) != key else details
                 for key, details in layers.items()}
            )  # fmt: skip
        for layer in self.context.temporaryLayerStore().mapLayers().values():
            source = layer.source()
            if self._fix(source) != source:
                layer.setDataSource(
                    self._fix(source), layer.name(), layer.providerType(),
                    QgsDataProvider.ProviderOptions(),
                )  # fmt: skip

    def discard(self) -> None:
        """Delete the staging folders and what is left in them (everything, after a failure),
        and, after a failure, the folders the run created for its outputs."""
        folders = [s.staging for s in self.staged if s.staging is not None] + self._asides
        if not self._committed:
            folders += self._created
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
        self._asides, self._created = [], []


def _renewed(details):
    """A copy of a layer's load details for its new key, with a new post-processor: the context
    deletes the one of the key it drops (QgsProcessingContext.setLayersToLoadOnCompletion), so
    the post-processor is cloned (ours have ``clone()``; one without is left out)."""
    renewed = QgsProcessingContext.LayerDetails(details.name, details.project, details.outputName)
    for attribute in ("forceName", "groupName", "layerSortKey", "layerTypeHint"):
        setattr(renewed, attribute, getattr(details, attribute))
    clone = getattr(details.postProcessor(), "clone", None)
    if clone is not None:
        renewed.setPostProcessor(clone())
    return renewed


def _fixed(results: dict, fix) -> dict:
    return {key: fix(value) if isinstance(value, str) else value for key, value in results.items()}


def _undo(done) -> None:
    """Put back what a failed commit moved, last first."""
    for entry, final, aside in reversed(done):
        try:
            if not entry.exists():  # renamed into place: back into the staging folder
                os.replace(final, entry)
            if aside is not None:
                os.replace(aside, final)
        except OSError:
            continue


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _redirect(value, staged: _Staged, context):
    """The destination parameter's value with its file inside the staging folder."""
    text = _destination_text(value, context) or ""
    suffix = text.split("|", 1)[1] if "|" in text else None
    moved = str(staged.staging / staged.target.name) + (f"|{suffix}" if suffix else "")
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        copy = QgsProcessingOutputLayerDefinition(value)
        copy.sink = QgsProperty.fromValue(moved)
        return copy
    return moved


def _make_staging(target: Path, label: str) -> Path:
    try:
        return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=target.parent))
    except OSError as error:
        raise QgsProcessingException(_unwritable_message(label, target.parent, error)) from error


def _missing_folder(folder: Path, label: str, probe: bool = False) -> list[Path]:
    """[the outermost missing folder of ``folder``] ([] when it exists), after checking that
    what exists of it is a folder (and, with ``probe``, that the run can create files there)."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise QgsProcessingException(_not_folder_message(label, existing))
    if probe:
        try:
            os.rmdir(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=existing))
        except OSError as error:
            raise QgsProcessingException(_unwritable_message(label, existing, error)) from error
    if existing == folder:
        return []
    return [existing / folder.relative_to(existing).parts[0]]


def _make_folder(folder: Path, label: str) -> list[Path]:
    """Create ``folder`` when missing; [its outermost created folder] or []."""
    missing = _missing_folder(folder, label)
    if missing:
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            raise QgsProcessingException(_unwritable_message(label, folder, error)) from error
    return missing


def _check_file_output(path: Path, label: str) -> None:
    if path.is_dir():
        raise QgsProcessingException(
            translate(
                "outputs", "{output}: {path} is a folder; choose a file name."
            ).format(output=label, path=path)
        )
    if path.exists():
        try:
            with open(path, "r+b"):
                pass
        except OSError as error:
            raise QgsProcessingException(
                translate(
                    "outputs",
                    "{output}: the existing file {path} cannot be replaced ({error}). It may be "
                    "read-only or open in another program."
                ).format(output=label, path=path, error=_message(error))
            ) from error


def _not_folder_message(label: str, path: Path) -> str:
    return translate(
        "outputs",
        "Cannot write into {folder}: it is not a folder. Choose another destination for {output}."
    ).format(output=label, folder=path)


def _unwritable_message(label: str, folder: Path, error: OSError) -> str:
    return translate(
        "outputs",
        "Cannot write into the folder {folder} ({error}): choose another folder for {output}."
    ).format(output=label, folder=folder, error=_message(error))


def _twice_message(label: str, other: str, path: Path) -> str:
    return translate(
        "outputs", "{output} and {other} are the same file {path}: choose two different files."
    ).format(output=label, other=other, path=path)


def _input_message(label: str, input_label: str, path: Path) -> str:
    return translate(
        "outputs",
        "{output} is the file {path}, which is also the input {input}: writing it would replace "
        "the input and every layer in it. Choose another file."
    ).format(output=label, input=input_label, path=path)
