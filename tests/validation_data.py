"""Small hazard registers with known answers for the validation tests, written as GeoPackages.

Coordinates are WGS 84 / UTM 38N metres near the zone's central meridian (45° E,
about 33.4° N, Baghdad), where the UTM scale factor is 0.9996: an area A m² on the
grid is A / 0.9996² ≈ 1.0008·A m² on the ellipsoid, which lets the tests compute
expected areas by hand, independently of the plugin's Measurer.
"""

from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from mineaction_qgis.core.common.model import GOVERNORATE_LAYER, HAZARD_LAYER

UTM = "EPSG:32638"
X0, Y0 = 500_000.0, 3_700_000.0
K0 = 0.9996  # UTM scale factor on the central meridian


def ellipsoid_from_grid(area: float) -> float:
    """Ellipsoidal m² of a small polygon near the central meridian from its grid m²."""
    return area / (K0 * K0)


def box(x: float, y: float, w: float, h: float) -> str:
    """WKT of a rectangle with lower-left corner (X0 + x, Y0 + y)."""
    x1, y1, x2, y2 = X0 + x, Y0 + y, X0 + x + w, Y0 + y + h
    return f"POLYGON(({x1} {y1}, {x2} {y1}, {x2} {y2}, {x1} {y2}, {x1} {y1}))"


def hazard(hazard_id: Optional[str], wkt: Optional[str], **attributes) -> Dict:
    values = {"hazard_id": hazard_id, "status": "Open", "classification": "SHA", "governorate": "Baghdad"}
    values.update(attributes)
    values["wkt"] = wkt
    return values


def write_layer(
    path: Path,
    name: str,
    fields: QgsFields,
    rows: Sequence[Dict],
    crs: str = UTM,
    wkb_type=QgsWkbTypes.Type.MultiPolygon,
) -> str:
    """Write ``rows`` (attribute dicts with a 'wkt' key) to a GeoPackage layer; its URI."""
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, wkb_type, QgsCoordinateReferenceSystem(crs))
    features = []
    for row in rows:
        feature = QgsFeature(fields)
        for key, value in row.items():
            if key != "wkt" and fields.lookupField(key) >= 0:
                feature[key] = value
        if row.get("wkt"):
            feature.setGeometry(QgsGeometry.fromWkt(row["wkt"]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error == QgsVectorFileWriter.WriterError.NoError, message
    return f"{path}|layername={name}"


def write_hazards(path: Path, rows: Sequence[Dict], crs: str = UTM, fields: Optional[QgsFields] = None) -> str:
    return write_layer(path, "hazards", fields or HAZARD_LAYER.qgs_fields(), rows, crs)


def governorates(path: Path) -> str:
    """Two governorates side by side: Baghdad west of X0 + 5000, Diyala east of it, 10 km tall."""
    rows = [
        {"name": "Baghdad", "name_ar": "بغداد", "wkt": box(-5000, -5000, 10000, 10000)},
        {"name": "Diyala", "name_ar": "ديالى", "wkt": box(5000, -5000, 10000, 10000)},
    ]
    return write_layer(path, "governorates", GOVERNORATE_LAYER.qgs_fields(), rows)


def clean_rows() -> List[Dict]:
    """Six valid, separate hazards with correct attributes and areas: no rule fires."""
    rows = []
    for index in range(6):
        x, y = (index % 3) * 300.0, (index // 3) * 300.0
        grid = 100.0 * 150.0
        rows.append(
            hazard(
                f"Land-{index + 1}",
                box(x, y, 100, 150),
                estimated_area_m2=round(ellipsoid_from_grid(grid)),
                classification="CHA" if index % 2 else "SHA",
                status="Worked On" if index == 3 else "Open",
            )
        )
    rows.append(hazard("Land-7", box(6000, 0, 200, 200), governorate="Diyala", estimated_area_m2=40_000.0))
    return rows


def layer(uri: str) -> QgsVectorLayer:
    result = QgsVectorLayer(uri, "test", "ogr")
    assert result.isValid(), uri
    return result


def findings(issue_uri: str, rule: Optional[str] = None) -> List[Dict]:
    """Features of an issue layer as dicts (attributes + 'wkt'), optionally of one rule."""
    result = []
    for feature in layer(issue_uri).getFeatures():
        if rule and feature["rule"] != rule:
            continue
        row = {name: feature[name] for name in feature.fields().names()}
        row["wkt"] = feature.geometry().asWkt() if feature.hasGeometry() else ""
        row["geometry"] = QgsGeometry(feature.geometry())
        result.append(row)
    return result


def pairs_of(rows: List[Dict]) -> List[Tuple[str, str]]:
    return sorted((r["hazard_id"], r["rule"]) for r in rows)


def run_validation(
    run_alg, folder: Path, rows: Sequence[Dict], crs: str = UTM, **parameters
) -> Tuple[Dict, List[Dict]]:
    """Write ``rows`` as hazards, validate them, return (results, findings)."""
    path = folder / "register.gpkg"
    uri = write_hazards(path, rows, crs)
    params = {"INPUT": uri, "OUTPUT": str(folder / "issues.gpkg")}
    params.update(parameters)
    results = run_alg("mineaction:validatehazards", params)
    return results, findings(results["OUTPUT"])
