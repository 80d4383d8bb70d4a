"""What leaves the territory: public copies and table exports.

Public copies that protect what a company did not agree to share (``public``) and the tables
written as CSV or XLSX, safe in a spreadsheet (``exports``).
"""
