"""The long help of every algorithm, in English and French, ends with what it does with bad
input (issue 16): what it refuses, repairs and leaves out, in a well-formed HTML fragment."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import ite_qgis
from ite_qgis import assets

ALGORITHMS = Path(ite_qgis.__file__).resolve().parent / "processing" / "algorithms"
SECTION = {"en": "Bad input", "fr": "Données incorrectes"}
VOID = {"br", "hr", "img", "meta", "link", "input", "wbr"}


def algorithm_names() -> list[str]:
    """The ``NAME`` of every algorithm class, read from the sources (no QGIS needed)."""
    names = []
    for path in sorted(ALGORITHMS.glob("*.py")):
        names += re.findall(r'^\s+NAME = "([a-z]+)"$', path.read_text(encoding="utf-8"), re.M)
    return names


class _Tags(HTMLParser):
    """Checks that every element is closed, in order; keeps the text of each h3 and the number
    of list items after the last one."""

    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []
        self.headings: list[str] = []
        self.items_after_last_heading = 0
        self._in_h3 = False

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.open.append(tag)
        if tag == "h3":
            self.headings.append("")
            self.items_after_last_heading = 0
            self._in_h3 = True
        elif tag == "li":
            self.items_after_last_heading += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
            return
        self.open.pop()
        self._in_h3 = self._in_h3 and tag != "h3"

    def handle_data(self, data):
        if self._in_h3:
            self.headings[-1] += data


def _parsed(name: str, language: str) -> _Tags:
    parser = _Tags()
    parser.feed(assets.help_path(name, language).read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_every_algorithm_is_found():
    names = algorithm_names()
    assert len(names) >= 15 and "findsynergies" in names and "report" in names


@pytest.mark.parametrize("language", sorted(SECTION))
@pytest.mark.parametrize("name", algorithm_names())
def test_help_ends_with_what_the_algorithm_does_with_bad_input(name, language):
    path = assets.help_path(name, language)
    assert path.is_file(), f"no help file {path}"
    parser = _parsed(name, language)
    assert parser.errors == [] and parser.open == [], (parser.errors, parser.open)
    assert parser.headings, "no section at all"
    assert parser.headings[-1].strip() == SECTION[language], parser.headings
    assert parser.headings.count(SECTION[language]) == 1
    assert parser.items_after_last_heading >= 2, "the section says too little"


@pytest.mark.parametrize("name", algorithm_names())
def test_french_bad_input_section_says_as_much_as_the_english(name):
    english, french = _parsed(name, "en"), _parsed(name, "fr")
    assert french.items_after_last_heading == english.items_after_last_heading
