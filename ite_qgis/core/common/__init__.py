"""What every domain of the core uses, and nothing domain-specific.

Translation of messages (``i18n``), numbers in the reader's language (``numbers``), files written
whole or not at all (``files``), metric CRSs (``crs``), quantities and units (``units``), names
shown for codes (``labels``), per-row reasons (``reasons``), GDAL errors as exceptions
(``gdal_errors``) and the check of third-party packages (``dependencies``). Imports no other
subpackage of the core.
"""
