"""Where the shared register is: a QGIS connection name, a ``service=`` name or a ``postgresql://`` URI.

Credentials stay where the officer keeps them: in QGIS's authentication database (a QGIS
connection with an ``authcfg``), in a pg service file, or typed into a URI for one run.
They are expanded only in memory for the database driver; what the plugin prints, returns
or stores (``Target.label``, layer sources of service and QGIS connections) never holds a
password, and ``redact`` scrubs any text that might.

Public API::

    target = resolve_target("service=register")       # or "Register (office)" or "postgresql://u@h/db"
    connection = connect(target)                        # psycopg2 connection, RegisterError if refused
    source = layer_source(target, "register", "hazards")  # a QGIS data source for processing/QgsVectorLayer
"""

import re
from dataclasses import dataclass

from qgis.core import QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import model

_PASSWORD_PATTERNS = (
    (re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE), r"\1***"),
    (re.compile(r"(postgres(?:ql)?://[^:/@\s]*:)([^@\s]*)(@)", re.IGNORECASE), r"\1***\3"),
)


class RegisterError(RuntimeError):
    """The register cannot be reached, read or written; the message is translated and names what to do."""


def redact(text: str) -> str:
    """``text`` with every password of a connection string or URI replaced by ***."""
    for pattern, replacement in _PASSWORD_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


@dataclass(frozen=True)
class Target:
    """A resolved register location: ``dsn`` for the driver (may hold a password: never print it)."""

    text: str
    dsn: str
    uri: QgsDataSourceUri  # for QGIS layers: keeps authcfg/service rather than passwords where it can
    label: str  # safe to print and store


def _uri_from_dsn(dsn: str) -> QgsDataSourceUri:
    from psycopg2.extensions import parse_dsn

    parts = parse_dsn(dsn)
    uri = QgsDataSourceUri()
    if parts.get("service"):
        uri.setConnection(parts["service"], parts.get("dbname", ""), parts.get("user", ""), parts.get("password", ""))
    else:
        uri.setConnection(
            parts.get("host", ""),
            parts.get("port", "5432"),
            parts.get("dbname", ""),
            parts.get("user", ""),
            parts.get("password", ""),
        )
    return uri


def resolve_target(text: str) -> Target:
    """A Target from a ``postgresql://`` URI, a libpq ``service=``/key=value string, or a QGIS connection name."""
    text = (text or "").strip()
    if not text:
        raise RegisterError(
            QCoreApplication.translate(
                "RegisterConnection",
                "No register given: give a QGIS PostgreSQL connection name, service=NAME or a postgresql:// URI.",
            )
        )
    if re.match(r"^postgres(ql)?://", text, re.IGNORECASE) or "=" in text:
        try:
            uri = _uri_from_dsn(text)
        except Exception as error:  # psycopg2.ProgrammingError: the text is not a connection string
            raise RegisterError(
                QCoreApplication.translate(
                    "RegisterConnection", "'{register}' is not a PostgreSQL connection string: {error}"
                ).format(register=redact(text), error=redact(str(error)))
            ) from error
        return Target(text, text, uri, redact(text))
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(text) if metadata is not None else None
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        raise RegisterError(
            QCoreApplication.translate(
                "RegisterConnection",
                "There is no QGIS PostgreSQL connection named '{register}'. Create it in the Browser (PostgreSQL > "
                "New Connection), or give service=NAME or a postgresql:// URI.",
            ).format(register=text)
        )
    uri = QgsDataSourceUri(connection.uri())
    return Target(text, uri.connectionInfo(True), uri, text)


def connect(target: Target):
    """An open psycopg2 connection (autocommit off); RegisterError naming the register when refused."""
    import psycopg2

    try:
        return psycopg2.connect(target.dsn, application_name="mineaction_qgis")
    except psycopg2.Error as error:
        raise RegisterError(
            QCoreApplication.translate(
                "RegisterConnection", "Cannot connect to the register {register}: {error}"
            ).format(register=target.label, error=redact(str(error)).strip())
        ) from error


def layer_source(target: Target, schema: str, layer: str) -> str:
    """The QGIS data source (``postgres://`` + URI) of one register table, for Processing or QgsVectorLayer."""
    uri = QgsDataSourceUri(target.uri)
    definition = model.LAYERS.get(layer)
    has_geometry = definition is not None and definition.wkb_type != QgsWkbTypes.Type.NoGeometry
    uri.setDataSource(schema, layer, "geom" if has_geometry else "", "", "fid")
    if has_geometry:
        uri.setSrid("4326")
        uri.setWkbType(definition.wkb_type)
    return "postgres://" + uri.uri(False)
