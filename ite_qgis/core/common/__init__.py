"""What every domain of the core uses, and nothing domain-specific.

The languages the plugin speaks and the translation of messages (``i18n``), numbers in the
reader's language (``numbers``), files written whole or not at all (``files``), metric CRSs
(``crs``), quantities and units (``units``), the seven resource families (``families``), names
shown for match kinds (``labels``), ids used twice (``ids``), per-row reasons (``reasons``), GDAL
errors as exceptions (``gdal_errors``) and the check of third-party packages (``dependencies``).
Imports no other subpackage of the core.
"""
