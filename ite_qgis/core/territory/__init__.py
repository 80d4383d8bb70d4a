"""The territory model and getting a company inventory into it.

The fields of the sites, resources and flows tables (``schema``); reading a user's CSV or XLSX
(``input_table``); which column is which (``inventory_columns``); site locations (``locate``);
resource entries (``inventory_resources``); the import itself (``inventory_import``); and the
checks of a territory before analysis (``inventory_checks``).
"""
