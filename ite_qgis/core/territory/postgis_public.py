"""The public views of a PostGIS territory: the rules of ``core.publishing.public`` in SQL.

``public_sites``, ``public_resources`` and ``public_flows`` show what the plugin's public
outputs show, computed by PostgreSQL from the base tables each time they are read:

* a confidential site is named "<division title> (n)", numbered per title in site_id order, its
  operator and address blanked, its ``site_id`` replaced by ``site-001``, ``site-002``... (in
  site_id order), in every view that refers to it;
* its employees, and the quantities and costs of its resource rows and of any row flagged
  confidential, are replaced by the representative of their 1-2-5 class (``ite_round_to_class``,
  the same arithmetic as ``round_to_class``); a protected resource row loses its description;
* its point moves in a direction and by a share of the radius (30 % to 100 %) fixed for the
  site and the seed of ``public_settings``. PostgreSQL has no BLAKE2 digest, so the direction
  comes from SHA-256 and the moved point is not the one a Python export draws: the rule is the
  same, the place is not (a public map from the plugin and one from the views differ there);
* a flow with a confidential end gets the public ids, a rounded quantity, and its line moved to
  the public points, the inner vertices near the true point dropped.

``public_resources`` keeps ``code_suggested``, as the plugin's public copies keep every column:
it says how far a code can be trusted and tells nothing about a company.

The views are owned by the creator, who alone reads the base tables through them; they are
``security_barrier`` views, so a function a reader passes in a WHERE clause never sees a row
before the view has protected it.
"""

from __future__ import annotations

from ..common.i18n import translate
from ..reference.defaults import DISPLACEMENT_RADIUS_M
from .postgis_schema import check_schema, ident, literal

# Share of the radius a confidential point moves at least: core.publishing.public's
# MIN_SHIFT_SHARE (a domain may not import another; tests/unit/test_postgis_sql.py checks).
MIN_SHIFT_SHARE = 0.3
PUBLIC_VIEWS = ("public_sites", "public_resources", "public_flows")
# Pure functions the public views call: their readers need EXECUTE on them.
PUBLIC_FUNCTIONS = ("ite_round_to_class(double precision)",
                    "ite_displace(geometry, text, double precision, integer)",
                    "ite_redraw(geometry, geometry, geometry, geometry, geometry, "
                    "double precision)")


def functions_sql(s: str) -> list[str]:
    """The class rounding, displacement and line redrawing functions."""
    share = float(MIN_SHIFT_SHARE)
    return [
        f"""CREATE FUNCTION {ident(s, 'ite_round_to_class')}(x double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp AS $body$
  SELECT CASE
    WHEN x IS NULL OR x = 0 OR x = 'NaN'::float8 THEN x
    WHEN x IN ('Infinity'::float8, '-Infinity'::float8) THEN 'NaN'::float8
    WHEN d >= 308 AND m >= 2 THEN 'NaN'::float8
    ELSE sign(x) * (CASE WHEN m < 2 THEN 1.4 WHEN m < 5 THEN 3.2 ELSE 7.1 END)::float8
         * power(10::float8, d)
  END
  FROM (SELECT d, least(greatest(abs(x) / power(10::float8, d), 1::float8),
                        9.999999999999998::float8) AS m
        FROM (SELECT CASE WHEN x IS NULL OR x = 0 OR x IN ('NaN'::float8, 'Infinity'::float8,
                '-Infinity'::float8) THEN 0 ELSE floor(log(abs(x))) END AS d) AS a) AS b
$body$""",
        f"""CREATE FUNCTION {ident(s, 'ite_displace')}(g geometry, key text,
  radius_m double precision, seed integer)
RETURNS geometry LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, public, pg_temp AS $body$
  SELECT CASE WHEN g IS NULL OR ST_IsEmpty(g) OR radius_m <= 0 THEN g ELSE
    ST_SetSRID(ST_MakePoint(ST_X(c) + share * cos(angle) * radius_m,
                            ST_Y(c) + share * sin(angle) * radius_m), ST_SRID(g)) END
  FROM (SELECT ST_Centroid(g) AS c,
          2 * pi() * (SELECT sum(get_byte(h, i)::float8 * power(2::float8, 8 * i))
                      FROM generate_series(0, 7) AS i) / power(2::float8, 64) AS angle,
          {share} + (1 - {share}) * sqrt((SELECT sum(get_byte(h, 8 + i)::float8
                      * power(2::float8, 8 * i)) FROM generate_series(0, 7) AS i)
                      / power(2::float8, 64)) AS share
        FROM (SELECT sha256(convert_to(seed::text || ':' || key, 'UTF8')) AS h) AS digest) AS d
$body$""",
        f"""CREATE FUNCTION {ident(s, 'ite_redraw')}(line geometry, from_true geometry,
  from_public geometry, to_true geometry, to_public geometry, radius_m double precision)
RETURNS geometry LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, public, pg_temp AS $body$
  SELECT CASE WHEN line IS NULL OR ST_IsEmpty(line)
              OR GeometryType(line) <> 'LINESTRING' THEN line ELSE
    (SELECT ST_MakeLine(array_agg(point ORDER BY n)) FROM (
       SELECT n, CASE WHEN n = 1 AND from_true IS NOT NULL THEN from_public
                      WHEN n = last AND to_true IS NOT NULL THEN to_public
                      ELSE ST_PointN(line, n) END AS point
       FROM (SELECT generate_series(1, ST_NPoints(line)) AS n, ST_NPoints(line) AS last) AS v
       WHERE n = 1 OR n = last OR NOT (
         coalesce(ST_DWithin(ST_PointN(line, n), from_true, radius_m * 1.0001), false)
         OR coalesce(ST_DWithin(ST_PointN(line, n), to_true, radius_m * 1.0001), false))
     ) AS kept) END
$body$""",
    ]


def _masks_sql(s: str) -> str:
    """site_masks: each site, whether it is protected, its public id and name (internal)."""
    fallback = literal(translate("public", "Confidential site"))
    return f"""CREATE VIEW {ident(s, 'site_masks')} AS
WITH flagged AS (
  SELECT site.site_id, site.geom, coalesce(site.confidential, 0) <> 0 AS secret,
         coalesce(division.title, {fallback}) AS sector
  FROM {ident(s, 'sites')} AS site
  LEFT JOIN {ident(s, 'nace_codes')} AS code
    ON code.code = CASE length(regexp_replace(coalesce(site.nace, ''), '[^0-9]', '', 'g'))
         WHEN 4 THEN regexp_replace(regexp_replace(site.nace, '[^0-9]', '', 'g'),
                                    '^(..)(..)$', '\\1.\\2')
         WHEN 3 THEN regexp_replace(regexp_replace(site.nace, '[^0-9]', '', 'g'),
                                    '^(..)(.)$', '\\1.\\2')
         ELSE regexp_replace(coalesce(site.nace, ''), '[^0-9]', '', 'g') END
  LEFT JOIN {ident(s, 'nace_divisions')} AS division ON division.code = left(code.code, 2)
)
SELECT site_id, secret, geom,
  CASE WHEN secret THEN 'site-' || lpad(position::text, greatest(3, length(position::text)), '0')
  END AS public_id,
  CASE WHEN secret THEN sector || ' (' || rank_in_sector || ')' END AS public_name
FROM (SELECT flagged.*,
        row_number() OVER (PARTITION BY secret ORDER BY site_id COLLATE "C") AS position,
        row_number() OVER (PARTITION BY secret, sector ORDER BY site_id COLLATE "C")
          AS rank_in_sector
      FROM flagged) AS numbered"""


def views_sql(schema_name: str, srid: int) -> list[str]:
    """The settings of the public copy, the functions, and the three public views."""
    s = check_schema(schema_name)
    masks, settings = ident(s, "site_masks"), ident(s, "public_settings")
    barrier = "WITH (security_barrier = true)"
    return [
        f"CREATE TABLE {settings} (one boolean PRIMARY KEY DEFAULT true CHECK (one), "
        f"radius_m double precision NOT NULL DEFAULT {float(DISPLACEMENT_RADIUS_M)} "
        f"CHECK (radius_m >= 0), seed integer NOT NULL DEFAULT 0)",
        f"INSERT INTO {settings} DEFAULT VALUES",
        *functions_sql(s),
        _masks_sql(s),
        f"""CREATE VIEW {ident(s, 'public_sites')} {barrier} AS
SELECT coalesce(m.public_id, site.site_id) AS site_id,
  CASE WHEN m.secret THEN m.public_name ELSE site.name END AS name,
  CASE WHEN m.secret THEN '' ELSE site.operator END AS operator,
  CASE WHEN m.secret THEN '' ELSE site.address END AS address,
  site.nace, site.status,
  CASE WHEN m.secret THEN {ident(s, 'ite_round_to_class')}(site.employees)
       ELSE site.employees END AS employees,
  site.confidential,
  CASE WHEN m.secret THEN {ident(s, 'ite_displace')}(site.geom, site.site_id, p.radius_m, p.seed)
       ELSE site.geom END::geometry(Point, {int(srid)}) AS geom
FROM {ident(s, 'sites')} AS site JOIN {masks} AS m USING (site_id) CROSS JOIN {settings} AS p""",
        f"""CREATE VIEW {ident(s, 'public_resources')} {barrier} AS
SELECT r.resource_id, coalesce(m.public_id, r.site_id) AS site_id, r.direction, r.resource,
  CASE WHEN hidden THEN '' ELSE r.description END AS description,
  CASE WHEN hidden THEN {ident(s, 'ite_round_to_class')}(r.quantity) ELSE r.quantity END
    AS quantity,
  r.unit, r.temperature_c, r.hours_per_year,
  CASE WHEN hidden THEN {ident(s, 'ite_round_to_class')}(r.cost_eur_per_unit)
       ELSE r.cost_eur_per_unit END AS cost_eur_per_unit,
  r.confidential, r.code_suggested
FROM {ident(s, 'resources')} AS r LEFT JOIN {masks} AS m USING (site_id),
  LATERAL (SELECT coalesce(r.confidential, 0) <> 0 OR coalesce(m.secret, false) AS hidden) AS h""",
        f"""CREATE VIEW {ident(s, 'public_flows')} {barrier} AS
SELECT f.flow_id, coalesce(a.public_id, f.from_site) AS from_site,
  coalesce(b.public_id, f.to_site) AS to_site, f.resource,
  CASE WHEN hidden THEN {ident(s, 'ite_round_to_class')}(f.quantity) ELSE f.quantity END
    AS quantity,
  f.unit, f.status, f.year,
  CASE WHEN hidden THEN {ident(s, 'ite_redraw')}(f.geom,
      CASE WHEN a.secret THEN a.geom END, ps_a.geom, CASE WHEN b.secret THEN b.geom END,
      ps_b.geom, p.radius_m) ELSE f.geom END::geometry(LineString, {int(srid)}) AS geom
FROM {ident(s, 'flows')} AS f CROSS JOIN {settings} AS p
  LEFT JOIN {masks} AS a ON a.site_id = f.from_site
  LEFT JOIN {masks} AS b ON b.site_id = f.to_site
  LEFT JOIN LATERAL (SELECT {ident(s, 'ite_displace')}(a.geom, a.site_id, p.radius_m, p.seed)
                     AS geom) AS ps_a ON true
  LEFT JOIN LATERAL (SELECT {ident(s, 'ite_displace')}(b.geom, b.site_id, p.radius_m, p.seed)
                     AS geom) AS ps_b ON true,
  LATERAL (SELECT coalesce(a.secret, false) OR coalesce(b.secret, false) AS hidden) AS h""",
    ]
