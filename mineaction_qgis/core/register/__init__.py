"""The register shared by many officers: history of monthly imports (history.py) and the PostGIS store (postgis.py)."""
