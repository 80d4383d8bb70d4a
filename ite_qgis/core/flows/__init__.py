"""Material and energy flows: lines for maps, the territorial metabolism and its Sankey diagram.

Flow lines from a flow table, synergies or DH links (``flowlines``), the metabolism by resource
family and sector (``metabolism``) and the Sankey diagram as standalone SVG (``sankey``).
"""
