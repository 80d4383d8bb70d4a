"""French for the messages added on the branch append (merged into ite_qgis_fr.ts by the lead)."""

TRANSLATIONS = {
    (
        "outputs",
        "{output} would be appended to the layer {layer}, which is also the input {input}: "
        "choose another layer to append to.",
    ): "{output} serait ajouté à la couche {layer}, qui est aussi l'entrée {input} : "
    "choisissez une autre couche où ajouter.",
}
