"""Synergies between sites: who could take whose output, and which set of exchanges to pursue.

Candidate synergies inside transport-cost radii (``synergy``), the allocation that maximises the
net benefit under the quantities (``allocation``), pooling of the same waste or need
(``pooling``) and the headline indicators of a set of synergy lines (``indicators``).
"""
