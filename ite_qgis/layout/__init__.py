"""Print layouts and report export."""
