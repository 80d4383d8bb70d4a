"""French for the messages of branch vdocs (documents and maps on bad input, no non-finite
number in an output); applied with tools/ts_fill.py."""

TRANSLATIONS = {
    ("exporttables", "{table}: {count} numbers are not finite (infinite) and are written as empty cells."):
        "{table} : {count} nombres ne sont pas finis (infinis) et sont écrits comme des cellules vides.",
    ("flowmap", "No flow has a quantity that is a finite number."):
        "Aucun flux n'a une quantité qui soit un nombre fini.",
    ("flowmap", "The sites layer is empty: it has no feature to place the flows' ends."):
        "La couche des sites est vide : elle n'a aucune entité où placer les extrémités des flux.",
    ("flowmap", "{count} flows have a quantity that is not a finite number (infinite, or too large once converted) and are left out: {rows}"):
        "{count} flux ont une quantité qui n'est pas un nombre fini (infinie, ou trop grande une fois convertie) et sont écartés : {rows}",
    ("inputlayers", "The sites layer"):
        "La couche des sites",
    ("inputlayers", "{what} is empty: it has no feature."):
        "{what} est vide : elle n'a aucune entité.",
    ("metabolism", "The quantities add up to more than a number can hold: check the inputs for absurd quantities."):
        "Les quantités totalisent plus qu'un nombre ne peut contenir : vérifiez que les données ne contiennent pas de quantités aberrantes.",
    ("metabolism", "{count} candidate synergies have an infinite quantity and are not counted."):
        "{count} synergies candidates ont une quantité infinie et ne sont pas comptées.",
    ("metabolism", "{count} links of the diagram add up to more than a number can hold and are not drawn."):
        "{count} liens du diagramme totalisent plus qu'un nombre ne peut contenir et ne sont pas dessinés.",
    ("metabolism", "{count} sites declare quantities whose sum is too large to be a number; they are left out: {sites}"):
        "{count} sites déclarent des quantités dont la somme est trop grande pour être un nombre ; ils sont écartés : {sites}",
    ("sankey", "The quantities add up to more than a number can hold: nothing is drawn."):
        "Les quantités totalisent plus qu'un nombre ne peut contenir : rien n'est dessiné.",
}
