"""Menu, toolbar, docks and dialogs (thin: they open Processing algorithms)."""
