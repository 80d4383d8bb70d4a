"""Which user column holds which field, and what users' words for values mean.

Inventories come with headers in English or French ('SIRET', 'Raison sociale', 'Code NAF',
'Quantité (t/an)', 'X_L93') and values such as 'offre', 'besoin', 'oui', 'en projet'. This module
holds the field names of the territory model (docs/architecture.md, Territory model) and the
words users give them.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

SITE_FIELDS = (
    "site_id",
    "name",
    "operator",
    "address",
    "nace",
    "status",
    "employees",
    "confidential",
)
RESOURCE_FIELDS = (
    "resource_id",
    "site_id",
    "direction",
    "resource",
    "description",
    "quantity",
    "unit",
    "temperature_c",
    "hours_per_year",
    "cost_eur_per_unit",
    "confidential",
    "code_suggested",
)
FIELDS = (
    "site_id",
    "name",
    "operator",
    "address",
    "nace",
    "status",
    "employees",
    "confidential",
    "resource_id",
    "direction",
    "resource",
    "description",
    "quantity",
    "unit",
    "temperature_c",
    "hours_per_year",
    "cost_eur_per_unit",
    "x",
    "y",
    "wkt",
    "join_key",
)


def _words(text: str) -> tuple[str, ...]:
    """A tuple of the space-separated words of ``text`` (keeps long alias lists compact)."""
    return tuple(text.split())


# Column names users give each field (English and French), written as norm() leaves them.
_ALIASES: dict[str, tuple[str, ...]] = {
    "site_id": _words(
        "site_id id_site siteid site site_code code_site siret siren "
        "id_etablissement code_etablissement facility_id plant_id installation_id "
        "code_aiot aiot code_s3ic s3ic id identifiant"
    ),
    "name": _words(
        "name site_name sitename nom nom_site nom_du_site raison_sociale entreprise "
        "company company_name companyname etablissement nom_etablissement "
        "denomination facility_name plant_name societe nom_entreprise"
    ),
    "operator": _words(
        "operator operateur exploitant companyname groupe group owner "
        "proprietaire parent_company gestionnaire"
    ),
    "address": _words("address adresse addr adresse_postale street rue full_address"),
    "nace": _words(
        "nace nace_code code_nace nace_rev2 nace_rev_2 naf code_naf naf_code ape "
        "code_ape ape_code naf_ape code_naf_ape activity_code code_activite"
    ),
    "status": _words("status statut etat state"),
    "employees": _words(
        "employees effectif effectifs staff headcount salaries nb_salaries "
        "nombre_salaries employes workforce jobs emplois"
    ),
    "confidential": _words("confidential confidentiel confidentialite private prive secret"),
    "resource_id": _words("resource_id id_resource ressource_id id_ressource flux_id id_flux"),
    "direction": _words(
        "direction sens offre_demande offre_besoin supply_demand type_flux "
        "entree_sortie in_out input_output role"
    ),
    "resource": _words(
        "resource ressource resource_code code_ressource flux flow code_dechet "
        "code_dechets ewc ewc_code code_ewc ced code_ced low list_of_waste "
        "waste_code matiere material"
    ),
    "description": _words(
        "description libelle designation desc label detail commentaire "
        "comment remarks nature description_ressource"
    ),
    "quantity": _words(
        "quantity quantite qty qte amount quantite_annuelle tonnage gisement valeur value"
    ),
    "unit": _words("unit unite units unites uom unit_of_measure unite_de_mesure"),
    "temperature_c": _words(
        "temperature_c temperature temp temp_c temperature_degc niveau_de_temperature t_c t_degc"
    ),
    "hours_per_year": _words(
        "hours_per_year hours heures heures_par_an heures_an h_an h_yr "
        "operating_hours load_hours running_hours heures_de_fonctionnement "
        "duree_de_fonctionnement full_load_hours"
    ),
    "cost_eur_per_unit": _words(
        "cost_eur_per_unit cost cout cout_unitaire unit_cost price prix "
        "prix_unitaire cost_eur cout_eur eur_per_unit"
    ),
    "x": _words(
        "x lon long lng longitude x_l93 x_lambert93 x_lambert_93 xl93 coord_x easting "
        "x_coord coordonnee_x"
    ),
    "y": _words(
        "y lat latitude y_l93 y_lambert93 y_lambert_93 yl93 coord_y northing y_coord coordonnee_y"
    ),
    "wkt": _words("wkt geom geometry geometrie the_geom wkt_geom shape geom_wkt"),
    "join_key": _words(
        "join_key code_insee insee code_commune parcel_id id_parcelle parcelle zone_id key cle"
    ),
}
# Fields whose column names often carry a qualifier after the word: "quantite_annuelle_t".
_PREFIXABLE = ("quantity", "temperature_c", "hours_per_year", "cost_eur_per_unit", "employees")

_DIRECTION_VALUES = {
    "supply": _words(
        "supply supplies offer offre output out sortie sortant fourniture fournit "
        "source production produit excedent surplus disponible gisement rejet s o"
    ),
    "demand": _words(
        "demand demande need needs besoin besoins input in entree entrant "
        "consommation consumption sink puits requirement d b"
    ),
}

_STATUS_VALUES = {
    "existing": _words(
        "existing existant existante en_service actif active operating "
        "operational in_operation en_activite current"
    ),
    "planned": _words("planned prevu prevue projet en_projet planifie future futur project"),
    "candidate": _words("candidate candidat potentiel potentielle potential"),
}

_FLAG_VALUES = {
    1: _words("1 yes y oui o true vrai x confidential confidentiel"),
    0: _words("0 no n non false faux public"),
}


def norm(text: object) -> str:
    """Lower-case ASCII words joined by '_': 'Quantité (t/an)' -> 'quantite_t_an'."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def norm_series(values: pd.Series) -> pd.Series:
    """:func:`norm` over a Series, computed once per distinct value."""
    uniques = pd.unique(values)
    return values.map({u: norm(u) for u in uniques})


def guess_columns(columns: list[str], exclude: tuple[str, ...] = ()) -> dict[str, str | None]:
    """Which of the user's ``columns`` holds each field of :data:`FIELDS` (None: none found).

    Exact matches of a known name come first, then names with a qualifier in brackets
    ('Quantité (t/an)'), then, for numeric fields, names that start with a known name
    ('quantite_annuelle_tonnes'). Each column is used once. ``exclude`` lists fields not to
    guess.
    """
    columns = [str(c) for c in columns]
    exact = {c: norm(c) for c in columns}
    bracketless = {c: norm(re.sub(r"[(\[].*?[)\]]", " ", c)) for c in columns}
    result: dict[str, str | None] = {name: None for name in FIELDS}
    used: set[str] = set()

    def claim(field_name: str, test) -> None:
        if result[field_name] is not None or field_name in exclude:
            return
        for alias in _ALIASES[field_name]:
            for column in columns:
                if column not in used and test(column, alias):
                    result[field_name] = column
                    used.add(column)
                    return

    for field_name in FIELDS:
        claim(field_name, lambda c, a: exact[c] == a)
    for field_name in FIELDS:
        claim(field_name, lambda c, a: bracketless[c] == a)
    for field_name in _PREFIXABLE:
        claim(field_name, lambda c, a: len(a) >= 4 and exact[c].startswith(a + "_"))
    return result


def normalise_directions(values: pd.Series) -> pd.Series:
    """'supply', 'demand' or None for each value (English and French words accepted)."""
    lookup = {alias: d for d, aliases in _DIRECTION_VALUES.items() for alias in aliases}
    return norm_series(values.astype(object).where(values.notna(), "")).map(lookup)


def normalise_statuses(values: pd.Series) -> pd.Series:
    """'existing', 'planned', 'candidate' or None for each value."""
    lookup = {alias: s for s, aliases in _STATUS_VALUES.items() for alias in aliases}
    return norm_series(values.astype(object).where(values.notna(), "")).map(lookup)


def normalise_flags(values: pd.Series) -> pd.Series:
    """1, 0 or NaN for each value of a yes/no column ('oui', 'x', 'false'...)."""
    lookup = {alias: v for v, aliases in _FLAG_VALUES.items() for alias in aliases}
    return norm_series(values.astype(object).where(values.notna(), "")).map(lookup)
