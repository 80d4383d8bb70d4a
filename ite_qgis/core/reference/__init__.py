"""Reference data shipped with the plugin, read once and shared by every analysis.

The resource catalogue and its compatibility rules (``catalogue``), NACE Rev. 2 codes (``nace``),
the knowledge base of documented exchanges (``knowledge``), the economic defaults and formulas
(``economics``) and the code lists of the territory's drop-downs (``code_lists``). Imports only
``common``.
"""
