"""French of the messages added by the voutputs branch (all-or-nothing outputs, issue 16)."""

TRANSLATIONS = {
    ("outputs", "Could not put the outputs in place ({error}); none of them was written and "
     "the existing files are unchanged. Is one of them open in another program?"):
        "Impossible de mettre les sorties en place ({error}) : aucune n'a été écrite et les "
        "fichiers existants sont inchangés. L'un d'eux est-il ouvert dans un autre programme ?",
    ("outputs", "Cannot write into {folder}: it is not a folder. Choose another destination "
     "for {output}."):
        "Impossible d'écrire dans {folder} : ce n'est pas un dossier. Choisissez une autre "
        "destination pour {output}.",
    ("outputs", "Cannot write into the folder {folder} ({error}): choose another folder for "
     "{output}."):
        "Impossible d'écrire dans le dossier {folder} ({error}) : choisissez un autre dossier "
        "pour {output}.",
    ("outputs", "{output}: {path} is a folder; choose a file name."):
        "{output} : {path} est un dossier ; choisissez un nom de fichier.",
    ("outputs", "{output}: the existing file {path} cannot be replaced ({error}). It may be "
     "read-only or open in another program."):
        "{output} : le fichier existant {path} ne peut pas être remplacé ({error}). Il est "
        "peut-être en lecture seule ou ouvert dans un autre programme.",
    ("outputs", "{output} and {other} are the same file {path}: choose two different files."):
        "{output} et {other} sont le même fichier {path} : choisissez deux fichiers différents.",
    ("outputs", "{output} is the file {path}, which is also the input {input}: writing it would "
     "replace the input and every layer in it. Choose another file."):
        "{output} est le fichier {path}, qui est aussi l'entrée {input} : l'écrire remplacerait "
        "cette entrée et toutes ses couches. Choisissez un autre fichier.",
    ("frames", "{output}, column {column}: infinite values written as NULL: {count}."):
        "{output}, colonne {column} : valeurs infinies écrites comme NULL : {count}.",
}
