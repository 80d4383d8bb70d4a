"""Reading users' CSV, TXT and XLSX inventories as text, with the row numbers they see."""

from __future__ import annotations

import datetime as dt
import hashlib

import openpyxl
import pytest

from ite_qgis.core.territory.input_table import TableError, list_sheets, read_table


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_latin1_semicolon_csv_with_decimal_commas_and_empty_lines(tmp_path):
    path = tmp_path / "inventaire.csv"
    text = (
        "site;nom;secteur;quantité\r\n"
        "\r\n"
        "S1;Aciérie du Nord;Sidérurgie;1 234,5\r\n"
        ";;;\r\n"
        'S2;"Verrerie; Arques";Verre;12,5\r\n'
        "\r\n"
        "S3;Papeterie;Papier;0,75\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    before = _digest(path)
    read = read_table(path)
    assert _digest(path) == before
    assert read.encoding == "cp1252"
    assert read.separator == ";"
    assert read.decimal == ","
    assert list(read.frame.columns) == ["site", "nom", "secteur", "quantité"]
    assert read.frame["secteur"].tolist() == ["Sidérurgie", "Verre", "Papier"]
    assert read.frame["nom"].tolist() == ["Aciérie du Nord", "Verrerie; Arques", "Papeterie"]
    assert read.frame["quantité"].tolist() == ["1 234,5", "12,5", "0,75"]
    assert read.source_rows.tolist() == [3, 5, 7]
    assert "Skipped 3 empty lines" in read.notes
    assert read.bad_rows.empty


def test_utf8_bom_comma_csv_with_a_quoted_line_break(tmp_path):
    path = tmp_path / "sites.csv"
    text = 'id,name,qty\n1,"Plant, north",3.5\n2,"two\nlines",4\n\n3, spaced ,5\n'
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    read = read_table(path)
    assert read.encoding == "utf-8-sig"
    assert read.separator == ","
    assert read.decimal == "."
    assert list(read.frame.columns) == ["id", "name", "qty"]  # no BOM left in the first name
    assert read.frame["name"].tolist() == ["Plant, north", "two\nlines", "spaced"]
    # the second record spans lines 3-4; the empty line 5 is skipped
    assert read.source_rows.tolist() == [2, 3, 6]


def test_plain_utf8_tab_and_pipe_files(tmp_path):
    tab = tmp_path / "export.txt"
    tab.write_text("code\tlibellé\n10 02 02\tlaitier\n", encoding="utf-8")
    read = read_table(tab)
    assert (read.encoding, read.separator) == ("utf-8", "\t")
    assert read.frame.iloc[0].tolist() == ["10 02 02", "laitier"]
    pipe = tmp_path / "export.csv"
    pipe.write_text("a|b|c\n1|2|3\n4|5|6\n", encoding="utf-8")
    assert read_table(pipe).separator == "|"


def test_rows_longer_than_the_header_are_set_apart(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("site,quantity\nS1,12,5\nS2,7\nS3\nS4,8,\n", encoding="utf-8")
    read = read_table(path)
    assert read.frame["site"].tolist() == ["S2", "S3", "S4"]
    assert read.frame["quantity"].tolist() == ["7", "", "8"]
    assert read.source_rows.tolist() == [3, 4, 5]
    assert read.bad_rows["row"].tolist() == [2]
    assert read.bad_rows["raw"].tolist() == ["S1,12,5"]
    assert "has 3 values but the header has 2 columns" in read.bad_rows["reason"].iloc[0]


def test_unnamed_columns(tmp_path):
    path = tmp_path / "unnamed.csv"
    path.write_text("site;;qty;\nS1;note;3;\nS2;;4;\n", encoding="utf-8")
    read = read_table(path)
    assert list(read.frame.columns) == ["site", "column_2", "qty"]
    assert any("Column 2 has no header" in note for note in read.notes)


def test_xlsx_keeps_excel_row_numbers_and_text(tmp_path):
    path = tmp_path / "inventory.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sites"
    sheet["A3"], sheet["B3"], sheet["C3"], sheet["D3"] = "site", "qty", "since", "name"
    for cell, value in {
        "A4": "S1",
        "B4": 1200,
        "C4": dt.date(2024, 3, 1),
        "D4": " Aciérie ",
    }.items():
        sheet[cell] = value
    sheet["A6"], sheet["B6"], sheet["D6"] = "S2", 12.5, "Sidérurgie"
    second = workbook.create_sheet("Flux")
    second.append(["code", "t"])
    second.append(["10 02 02", 3])
    workbook.save(path)
    before = _digest(path)

    read = read_table(path)
    assert _digest(path) == before
    assert read.sheet == "Sites"
    assert read.frame["qty"].tolist() == ["1200", "12.5"]
    assert read.frame["since"].tolist() == ["2024-03-01", ""]
    assert read.frame["name"].tolist() == ["Aciérie", "Sidérurgie"]
    assert read.source_rows.tolist() == [4, 6]
    assert list_sheets(path) == ["Sites", "Flux"]

    flux = read_table(path, sheet="Flux")
    assert flux.frame.to_dict("list") == {"code": ["10 02 02"], "t": ["3"]}
    assert flux.source_rows.tolist() == [2]
    assert read_table(path, sheet=1).sheet == "Flux"
    with pytest.raises(TableError, match="no sheet 'Nope'"):
        read_table(path, sheet="Nope")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n  \n\n", "is empty"),
        ("separators.csv", b";;;\n;;\n", "is empty"),
        ("binary.csv", b"\x00\x01\x02\x03abc\x00", "not a text table"),
        ("workbook.csv", b"PK\x03\x04rest-of-a-zip", "not a text table"),
        ("dup.csv", b"site;name;site\n1;a;2\n", "repeats the column names 'site'"),
        ("notes.doc", b"hello", "unsupported file type '.doc'"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "save the sheet as .xlsx"),
        ("fake.xlsx", b"not a zip", "cannot be read"),
    ],
)
def test_unreadable_files_raise_clear_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TableError, match=message):
        read_table(path)


def test_missing_file(tmp_path):
    with pytest.raises(TableError, match="File not found"):
        read_table(tmp_path / "nowhere.csv")
    assert issubclass(TableError, ValueError)


def test_title_lines_above_the_header(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "Inventaire EIT - zone portuaire\nexport du 01/03/2024\n\nsite;qty\nS1;3\nS2;4\n",
        encoding="utf-8",
    )
    read = read_table(path, header_row=3)
    assert list(read.frame.columns) == ["site", "qty"]
    assert read.separator == ";"
    assert read.source_rows.tolist() == [5, 6]
