"""Processing provider ``ite`` and one small file per algorithm in ``algorithms/``."""
