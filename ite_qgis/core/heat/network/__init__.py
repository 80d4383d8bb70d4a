"""A district heating network laid along the streets, from heat sources to sinks.

* ``street_graph``: the street lines as a graph of straight segments, noded at intersections,
  small gaps closed, parts reported;
* ``service_pipes``: sources and sinks joined to the street at the foot of the perpendicular to
  the nearest segment, which is split there;
* ``steiner``: the trench layout, a Steiner tree over the street graph (heuristic with an
  improvement step; an exact MILP for small graphs, to check it);
* ``sizing``: design load by simultaneity, pipe size (DN), heat loss and cost per metre;
* ``network``: the entry point :func:`dh_network`.
"""
