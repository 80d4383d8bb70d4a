"""Reference data shipped with the plugin, read once and shared by every analysis.

The resource catalogue and its compatibility rules (``catalogue``), NACE Rev. 2 codes (``nace``),
the knowledge base of documented exchanges (``knowledge``) and the economic defaults and formulas
(``economics``). Imports only ``common``.
"""
