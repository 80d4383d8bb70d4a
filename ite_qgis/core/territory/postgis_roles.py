"""Who sees what in a PostGIS territory, enforced by PostgreSQL: roles, grants, row-level security.

Four group roles per territory schema ``s`` (roles are shared by the whole server, hence the
prefix), which a database administrator grants to people (``GRANT s_analyst TO alice``):

* ``s_facilitator`` reads and edits every table;
* ``s_analyst`` reads every table, the history included, and edits nothing;
* tables the schema's owner adds later (outputs written there) are read by both and edited by
  the facilitators only (default privileges);
* ``s_public`` reads the public views only (``core.territory.postgis_public``), never a base
  table, the history or the settings of the public copy;
* ``s_company``, the group of the company roles: a company role (optional, one per company,
  listed in ``company_roles`` with its sites) reads and edits its own sites and their resource
  rows through row-level security, and everything else through the public views only.

Nothing in the schema is granted to PUBLIC, functions included. The views are owned by the
creator of the schema, so they read the base tables for their readers and show them only what
they protect. The history is written by a SECURITY DEFINER trigger: no role can write it.
"""

from __future__ import annotations

from .postgis_public import PUBLIC_FUNCTIONS, PUBLIC_VIEWS
from .postgis_schema import EDITED, check_identifier, check_schema, ident, literal

ROLE_KINDS = ("facilitator", "analyst", "public", "company")
BASE_TABLES = tuple(name for name, _key, _site, _geometry in EDITED)
LOOKUPS = ("catalogue_resources", "nace_codes")


def role_names(schema_name: str) -> dict[str, str]:
    """kind -> the role of that kind for the territory ``schema_name``."""
    s = check_schema(schema_name)
    return {kind: f"{s}_{kind}" for kind in ROLE_KINDS}


def _create_role(role: str, login: bool = False) -> str:
    kind = "LOGIN" if login else "NOLOGIN"
    return (f"DO $do$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = "
            f"{literal(role)}) THEN CREATE ROLE {ident(role)} {kind}; END IF; END $do$")


def _tables(s: str, names) -> str:
    return ", ".join(ident(s, name) for name in names)


def _grants(s: str, roles: dict[str, str]) -> list[str]:
    fac, ana, pub, com = (ident(roles[k]) for k in ROLE_KINDS)
    everyone = f"{fac}, {ana}, {pub}, {com}"
    functions = ", ".join(f"{ident(s)}.{f}" for f in PUBLIC_FUNCTIONS)
    return [
        f"REVOKE ALL ON SCHEMA {ident(s)} FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {ident(s)} FROM PUBLIC",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {ident(s)} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {ident(s)} TO {everyone}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_tables(s, BASE_TABLES)} TO {fac}",
        f"GRANT SELECT ON {_tables(s, BASE_TABLES)}, {_tables(s, ('history', 'site_history'))}"
        f" TO {fac}, {ana}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_tables(s, ('sites', 'resources'))} TO {com}",
        f"GRANT SELECT ON {ident(s, 'company_roles')} TO {com}, {fac}, {ana}",
        f"GRANT INSERT, UPDATE, DELETE ON {ident(s, 'company_roles')} TO {fac}",
        f"GRANT SELECT ON {_tables(s, LOOKUPS + PUBLIC_VIEWS)} TO {everyone}",
        f"GRANT EXECUTE ON FUNCTION {functions} TO {everyone}",
        # The identity sequences behind fid, for the roles that insert rows.
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {ident(s)} TO {fac}, {com}",
        _default_privileges(s, roles),
    ]


def _default_privileges(s: str, roles: dict[str, str]) -> str:
    """Tables the schema's owner adds later (outputs written with a ``postgis:`` destination,
    synergies to review): facilitators read and edit them, analysts read them, the public and
    company roles get nothing. Run by the owner or by an administrator alike."""
    fac, ana = ident(roles["facilitator"]), ident(roles["analyst"])
    grants = [f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {fac}",
              f"GRANT SELECT ON TABLES TO {ana}", f"GRANT USAGE ON SEQUENCES TO {fac}"]
    body = " ".join(
        f"EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA %I {grant}', owner, "
        f"{literal(s)});"
        for grant in grants
    )
    return (f"DO $do$ DECLARE owner text := (SELECT nspowner::regrole::text FROM "
            f"pg_catalog.pg_namespace WHERE nspname = {literal(s)}); BEGIN {body} END $do$")


def _policies(s: str, roles: dict[str, str]) -> list[str]:
    team = f"{ident(roles['facilitator'])}, {ident(roles['analyst'])}"
    company = ident(roles["company"])
    # The roles the current user acts as (itself or through membership), without erroring on a
    # company role that was dropped but is still listed.
    mine = ("role_name IN (SELECT rolname FROM pg_catalog.pg_roles "
            "WHERE pg_catalog.pg_has_role(oid, 'USAGE'))")
    own_sites = (f"site_id IN (SELECT c.site_id FROM {ident(s, 'company_roles')} AS c "
                 f"WHERE c.{mine})")
    statements = [
        f"ALTER TABLE {ident(s, 'company_roles')} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY team ON {ident(s, 'company_roles')} TO {team} USING (true) "
        "WITH CHECK (true)",
        f"CREATE POLICY own ON {ident(s, 'company_roles')} TO {company} USING ({mine})",
    ]
    for table in BASE_TABLES:
        statements += [
            f"ALTER TABLE {ident(s, table)} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY team ON {ident(s, table)} TO {team} USING (true) WITH CHECK (true)",
        ]
    for table in ("sites", "resources"):
        statements.append(
            f"CREATE POLICY own ON {ident(s, table)} TO {company} USING ({own_sites}) "
            f"WITH CHECK ({own_sites})"
        )
    return statements


def company_table_sql(schema_name: str) -> list[str]:
    """company_roles: which company role owns which site (part of the schema)."""
    s = check_schema(schema_name)
    return [
        f"CREATE TABLE {ident(s, 'company_roles')} ({ident('role_name')} text NOT NULL, "
        f"{ident('site_id')} text NOT NULL, PRIMARY KEY ({ident('role_name')}, "
        f"{ident('site_id')}))"
    ]


def roles_sql(schema_name: str, companies: dict[str, list[str]] | None = None) -> list[str]:
    """Create the roles (when missing), grant, and enforce row-level security. ``companies``:
    company role -> its site ids; each role is created, made a member of the company group and
    listed in company_roles."""
    s = check_schema(schema_name)
    roles = role_names(s)
    statements = [_create_role(role) for role in roles.values()]
    statements += _grants(s, roles) + _policies(s, roles)
    statements += company_sql(s, companies or {})
    return statements


def company_sql(schema_name: str, companies: dict[str, list[str]]) -> list[str]:
    """Company roles for ``companies`` (role -> site ids), members of the company group."""
    s = check_schema(schema_name)
    group = role_names(s)["company"]
    statements = []
    for role, sites in companies.items():
        check_identifier(role, None)
        statements += [_create_role(role), f"GRANT {ident(group)} TO {ident(role)}"]
        statements += [
            f"INSERT INTO {ident(s, 'company_roles')} VALUES ({literal(role)}, {literal(site)}) "
            "ON CONFLICT DO NOTHING"
            for site in sites
        ]
    return statements


def script(statements: list[str], header: str) -> str:
    """A SQL script for psql: a comment header, one statement per paragraph, in a transaction."""
    comment = "\n".join("-- " + line for line in header.splitlines())
    body = ";\n\n".join(statements)
    return f"{comment}\n\\set ON_ERROR_STOP on\nBEGIN;\n\n{body};\n\nCOMMIT;\n"
