"""Read a user's inventory table (CSV, TXT, TSV or XLSX) as text, keeping the row numbers.

Every cell is kept as stripped text: nothing is guessed about types here, so that the import can
say precisely which cell of which row is wrong. ``source_rows`` holds, for each data row, the
line number the user sees in a text editor (CSV) or the row number Excel shows (XLSX), header
included, so rejection reasons point at the right place even after empty lines were skipped.
The input file is only ever opened for reading.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..common.i18n import translate

TEXT_EXTENSIONS = (".csv", ".txt", ".tsv", ".tab")
EXCEL_EXTENSIONS = (".xlsx", ".xlsm")
SEPARATORS = (",", ";", "\t", "|")
_SAMPLE_LINES = 64
_BINARY_MAGIC = {
    b"PK\x03\x04": "zip",  # xlsx, ods, or any zip renamed
    b"%PDF": "pdf",
    b"\xd0\xcf\x11\xe0": "ole",  # legacy .xls / .doc
    b"SQLite format 3": "sqlite",  # GeoPackage
}


class TableError(ValueError):
    """A table cannot be read at all; the message is translated and says why."""


@dataclass
class TableRead:
    """A table read as text.

    ``frame``: one str column per header cell, RangeIndex, '' for empty cells.
    ``source_rows``: the 1-based line (CSV) or row (XLSX) number of each frame row.
    ``bad_rows``: rows that could not be split into the header's columns (``row``, ``reason``,
    ``raw``); they are not in ``frame`` and belong in the REJECTED output.
    """

    frame: pd.DataFrame
    encoding: str | None
    separator: str | None
    decimal: str
    source_rows: pd.Series
    notes: list[str] = field(default_factory=list)
    bad_rows: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame({"row": [], "reason": [], "raw": []})
    )
    sheet: str | None = None


def read_table(
    path: str | Path,
    *,
    sheet: str | int | None = None,
    encoding: str | None = None,
    separator: str | None = None,
    header_row: int | None = None,
) -> TableRead:
    """Read ``path`` as a table of text cells.

    CSV/TXT/TSV: the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 or
    Latin-1) and the separator (``,`` ``;`` tab ``|``) are detected unless given. XLSX: the first
    sheet, or ``sheet`` (name or 0-based position). Fully empty lines are skipped; row numbers
    stay those of the file. Raises :class:`TableError` for a missing, empty, binary or
    unsupported file and for a header with duplicate names. ``header_row`` (1-based line or
    row number) skips title lines above the header: the header is the first non-empty row at
    or after it.
    """
    path = Path(path)
    if not path.is_file():
        raise TableError(translate("tables", "File not found: {path}").format(path=path))
    suffix = path.suffix.lower()
    if suffix in EXCEL_EXTENSIONS:
        return _read_excel(path, sheet, header_row or 1)
    if suffix in TEXT_EXTENSIONS:
        return _read_text(path, encoding, separator, header_row or 1)
    if suffix in (".xls", ".ods"):
        raise TableError(
            translate(
                "tables", "{name}: {suffix} files cannot be read; save the sheet as .xlsx or .csv"
            ).format(name=path.name, suffix=suffix)
        )
    raise TableError(
        translate(
            "tables", "{name}: unsupported file type '{suffix}' (use .csv, .txt, .tsv or .xlsx)"
        ).format(name=path.name, suffix=suffix or "?")
    )


def list_sheets(path: str | Path) -> list[str]:
    """Names of the sheets of an XLSX workbook, in order."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(Path(path), read_only=True)
    except Exception as error:  # zipfile.BadZipFile, KeyError, InvalidFileException...
        raise _unreadable(Path(path), error) from error
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


# --- text files -------------------------------------------------------------------------------


def _read_text(
    path: Path, encoding: str | None, separator: str | None, header_row: int
) -> TableRead:
    data = path.read_bytes()
    if not data.strip():
        raise TableError(translate("tables", "{name} is empty").format(name=path.name))
    encoding = encoding or _detect_encoding(path, data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise _unreadable(path, error) from error
    text = text.lstrip("\ufeff")
    if separator is None:
        separator = _detect_separator("\n".join(text.splitlines()[header_row - 1 :]))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    records: list[list[str]] = []
    starts: list[int] = []
    previous_line = 0
    empty_lines = 0
    try:
        for record in reader:
            start = previous_line + 1
            previous_line = reader.line_num
            if start < header_row:
                continue
            if not any(cell.strip() for cell in record):
                empty_lines += 1
                continue
            records.append(record)
            starts.append(start)
    except csv.Error as error:
        raise _unreadable(path, error) from error
    if not records:
        raise TableError(translate("tables", "{name} is empty").format(name=path.name))
    header, body, rows = records[0], records[1:], starts[1:]
    read = _assemble(path, header, body, rows, separator)
    read.encoding = encoding
    read.decimal = _detect_decimal(read.frame, separator)
    shown = {"\t": translate("tables", "tab")}.get(separator, separator)
    read.notes.insert(
        0,
        translate(
            "tables",
            "Read {rows} rows and {columns} columns from {name} (encoding "
            "{encoding}, separator '{separator}', decimal mark '{decimal}')"
        ).format(
            rows=len(read.frame),
            columns=read.frame.shape[1],
            name=path.name,
            encoding=encoding,
            separator=shown,
            decimal=read.decimal,
        ),
    )
    if empty_lines:
        read.notes.append(translate("tables", "Skipped {n} empty lines").format(n=empty_lines))
    return read


def _detect_encoding(path: Path, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    for magic in _BINARY_MAGIC:
        if head.startswith(magic):
            raise _binary(path)
    controls = sum(head.count(bytes([c])) for c in (*range(0, 9), *range(14, 32)))
    if b"\x00" in head or controls > max(2, len(head) // 100):
        raise _binary(path)
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # Excel on Windows saves "CSV" in the ANSI code page, Windows-1252 in western Europe.
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _detect_separator(text: str) -> str:
    """The candidate that splits the first lines into the same number (>= 2) of fields."""
    lines = [line for line in text.splitlines() if line.strip()][:_SAMPLE_LINES]
    best, best_score = ",", (0.0, 0)
    for candidate in SEPARATORS:
        counts = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        if not counts or counts[0] < 2:
            continue
        consistency = sum(count == counts[0] for count in counts) / len(counts)
        score = (consistency, counts[0])
        if score > best_score:
            best, best_score = candidate, score
    return best


_COMMA_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:[ .\u00a0\u202f]\d{3})*,\d+$|^[+-]?\d+,\d+$")
_DOT_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:[ ,\u00a0\u202f]\d{3})*\.\d+$|^[+-]?\d+\.\d+$")


def _detect_decimal(frame: pd.DataFrame, separator: str | None) -> str:
    """',' when more cells look like '12,5' than like '12.5' (never with a comma separator)."""
    if separator == "," or frame.empty:
        return "."
    cells = pd.Series(frame.to_numpy().ravel()[:200_000])
    commas = int(cells.str.match(_COMMA_NUMBER).sum())
    dots = int(cells.str.match(_DOT_NUMBER).sum())
    return "," if commas > dots else "."


# --- Excel ------------------------------------------------------------------------------------


def _read_excel(path: Path, sheet: str | int | None, header_row: int) -> TableRead:
    head = path.read_bytes()[:8]
    if not head:
        raise TableError(translate("tables", "{name} is empty").format(name=path.name))
    if not head.startswith(b"PK\x03\x04"):
        raise _unreadable(path, translate("tables", "not an .xlsx workbook"))
    sheets = list_sheets(path)
    if sheet is None:
        sheet = 0
    if isinstance(sheet, int):
        if not 0 <= sheet < len(sheets):
            raise TableError(
                translate("tables", "{name} has no sheet number {n}").format(
                    name=path.name, n=sheet + 1
                )
            )
        sheet_name = sheets[sheet]
    else:
        if sheet not in sheets:
            raise TableError(
                translate("tables", "{name} has no sheet '{sheet}' (sheets: {sheets})").format(
                    name=path.name, sheet=sheet, sheets=", ".join(sheets)
                )
            )
        sheet_name = sheet
    try:
        raw = pd.read_excel(
            path, sheet_name=sheet_name, header=None, dtype=object, engine="openpyxl"
        )
    except Exception as error:  # openpyxl raises many types on corrupt workbooks
        raise _unreadable(path, error) from error
    # pandas keeps leading empty rows, so position + 1 is the row number Excel shows.
    cells = raw.apply(lambda column: column.map(_cell_text)) if not raw.empty else raw
    texts = cells.to_numpy(dtype=object) if not raw.empty else np.empty((0, 0), dtype=object)
    non_empty = [
        i for i in range(header_row - 1, texts.shape[0]) if any(str(c).strip() for c in texts[i])
    ]
    if not non_empty:
        raise TableError(
            translate("tables", "Sheet '{sheet}' of {name} is empty").format(
                sheet=sheet_name, name=path.name
            )
        )
    header = [str(c) for c in texts[non_empty[0]]]
    body = [[str(c) for c in texts[i]] for i in non_empty[1:]]
    rows = [i + 1 for i in non_empty[1:]]
    read = _assemble(path, header, body, rows, None)
    read.sheet = sheet_name
    read.decimal = "."
    read.notes.insert(
        0,
        translate(
            "tables", "Read {rows} rows and {columns} columns from sheet '{sheet}' of {name}"
        ).format(
            rows=len(read.frame), columns=read.frame.shape[1], sheet=sheet_name, name=path.name
        ),
    )
    skipped = texts.shape[0] - len(non_empty) - non_empty[0]  # empty rows below the header
    if skipped:
        read.notes.append(translate("tables", "Skipped {n} empty rows").format(n=skipped))
    return read


def _cell_text(value: object) -> str:
    """An Excel cell as the text a user would type: 1200 not 1200.0, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if np.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (_dt.datetime, pd.Timestamp)):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if value is pd.NaT:
        return ""
    return str(value)


# --- shared -----------------------------------------------------------------------------------


def _assemble(
    path: Path,
    header: list[str],
    body: list[list[str]],
    rows: list[int],
    separator: str | None,
) -> TableRead:
    """Frame from header and records: names checked, short rows padded, overlong rows set apart."""
    notes: list[str] = []
    names = [name.strip().lstrip("\ufeff") for name in header]
    width = len(names)
    padded: list[list[str]] = []
    kept_rows: list[int] = []
    bad: list[tuple[int, str, str]] = []
    bad_template = translate(
        "tables",
        "this row has {n} values but the header has {m} columns (is there a "
        "separator inside an unquoted value, e.g. a decimal comma?)"
    )
    joiner = separator or " | "
    for record, row in zip(body, rows, strict=True):
        if len(record) > width:
            extra = record[width:]
            if any(cell.strip() for cell in extra):
                bad.append((row, bad_template.format(n=len(record), m=width), joiner.join(record)))
                continue
            record = record[:width]
        elif len(record) < width:
            record = record + [""] * (width - len(record))
        padded.append(record)
        kept_rows.append(row)
    frame = pd.DataFrame(padded, columns=range(width), dtype=object)
    if frame.empty:
        frame = pd.DataFrame({i: pd.Series([], dtype=object) for i in range(width)})
    for column in frame.columns:
        frame[column] = frame[column].astype(str).str.strip()

    # Columns without a header: dropped when empty, otherwise given a name.
    keep, final_names = [], []
    for position, name in enumerate(names):
        if name:
            keep.append(position)
            final_names.append(name)
        elif (frame[position] != "").any():
            generated = f"column_{position + 1}"
            notes.append(
                translate("tables", "Column {n} has no header; it was named '{name}'").format(
                    n=position + 1, name=generated
                )
            )
            keep.append(position)
            final_names.append(generated)
    frame = frame[keep]
    frame.columns = final_names
    seen: dict[str, int] = {}
    duplicates = []
    for name in final_names:
        seen[name] = seen.get(name, 0) + 1
        if seen[name] == 2:
            duplicates.append(name)
    if duplicates:
        raise TableError(
            translate(
                "tables",
                "{name}: the header repeats the column names {names}; rename "
                "them so that each is unique"
            ).format(name=path.name, names=", ".join("'" + d + "'" for d in duplicates))
        )
    if not final_names:
        raise TableError(translate("tables", "{name} has no header row").format(name=path.name))
    bad_rows = pd.DataFrame(bad, columns=["row", "reason", "raw"])
    bad_rows["row"] = bad_rows["row"].astype(int)
    if bad:
        notes.append(
            translate(
                "tables", "{n} rows have more values than the header and were set apart"
            ).format(n=len(bad))
        )
    frame = frame.reset_index(drop=True)
    return TableRead(
        frame=frame,
        encoding=None,
        separator=separator,
        decimal=".",
        source_rows=pd.Series(kept_rows, dtype=int, name="row"),
        notes=notes,
        bad_rows=bad_rows,
    )


def _binary(path: Path) -> TableError:
    return TableError(
        translate(
            "tables",
            "{name} is not a text table (it looks like a binary file; an Excel "
            "workbook must end in .xlsx)"
        ).format(name=path.name)
    )


def _unreadable(path: Path, error: object) -> TableError:
    return TableError(
        translate("tables", "{name} cannot be read: {error}").format(name=path.name, error=error)
    )
