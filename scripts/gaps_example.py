"""Draw the worked example of the user guide's gaps page: docs/images/gaps-worked-example-<lang>.png.

    .venv/bin/python scripts/gaps_example.py

The example is the hazard HAZ-1 of tests/gaps_data.py (100 m × 100 m, four releases),
computed by core/gaps/analysis.py itself in UTM 38N, so the picture shows what the code does:
each piece is drawn in the colour of the release type it was credited to (the
symbology of resources/styles/activities.qml), labelled with the activity that holds
it; land a later release claimed again (re-release) is cross-hatched; the remaining
land is red.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.qgis_env import ROOT, start_qgis

SIZE = 600
MARGIN = 40
LABELS = {
    "en": {
        "cancelled": "cancelled",
        "reduced": "reduced",
        "cleared": "cleared",
        "remaining": "remaining",
        "re_release": "claimed again (re-release), not credited",
    },
    "ar": {
        "cancelled": "ملغاة",
        "reduced": "مخفَّضة",
        "cleared": "مطهَّرة",
        "remaining": "متبقية",
        "re_release": "مطالَب بها مرة ثانية (إفراج مكرر)، غير محتسبة",
    },
    "ckb": {
        "cancelled": "هەڵوەشێنراوە",
        "reduced": "کەمکراوە",
        "cleared": "پاککراوە",
        "remaining": "ماوە",
        "re_release": "دووبارە داواکراو (ئازادکردنی دووبارە)، نەژمێردراو",
    },
}
COLOURS = {"cancelled": "#7B3294", "reduced": "#2B83BA", "cleared": "#1A9641", "remaining": "#FF0000"}


def compute():
    """The accounts of HAZ-1: (credited pieces [(activity, type, geometry)], re-releases, remaining) in local metres."""
    from qgis.core import QgsCoordinateReferenceSystem

    from mineaction_qgis.core.gaps import analysis as gaps
    from tests import gaps_data as data

    crs = QgsCoordinateReferenceSystem(data.UTM)
    (hazard_id, parts, *_rest) = data.HAZARDS[0]
    hazard = gaps.Hazard(hazard_id, data.geometry(parts, data.UTM))
    releases = []
    for activity_id, link, kind, organisation, end, rings in data.RELEASES:
        if link == hazard_id and kind.lower() in gaps.RANK:
            releases.append(
                gaps.Release(
                    activity_id,
                    data.geometry(rings, data.UTM),
                    kind.lower(),
                    link,
                    organisation,
                    end.year(),
                    end_date=end.toString("yyyy-MM-dd"),
                )
            )
    outcome = gaps.compute([hazard], releases, crs)
    (result,) = outcome.hazards
    claimed = outcome.re_releases
    pieces = []
    for (
        release
    ) in releases:  # credited piece = its land in the hazard minus what others hold (the analysis's re-releases)
        piece = release.geometry.intersection(hazard.geometry)
        for item in claimed:
            if item.release is release:
                piece = piece.difference(item.geometry)
        pieces.append((release, piece))
    return hazard, pieces, claimed, result


def draw(language: str, output: Path) -> None:
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF

    hazard, pieces, re_releases, result = compute()
    labels = LABELS[language]
    box = hazard.geometry.boundingBox()
    scale = (SIZE - 2 * MARGIN) / max(box.width(), box.height())

    def point(p):
        return QPointF(MARGIN + (p.x() - box.xMinimum()) * scale, MARGIN + (box.yMaximum() - p.y()) * scale)

    def polygons(geometry):
        for part in geometry.asGeometryCollection():
            for ring in part.asPolygon()[:1]:
                yield QPolygonF([point(p) for p in ring])

    image = QImage(SIZE, SIZE + 150, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("Noto Sans Arabic" if language != "en" else "Noto Sans", 11)
    painter.setFont(font)
    for release, piece in pieces:
        colour = QColor(COLOURS[release.release_type])
        colour.setAlpha(110)
        painter.setPen(QPen(QColor(COLOURS[release.release_type]), 2))
        painter.setBrush(QBrush(colour))
        for polygon in polygons(piece):
            painter.drawPolygon(polygon)
        centre = point(piece.pointOnSurface().asPoint())
        painter.setPen(QPen(QColor("black")))
        painter.drawText(
            QRectF(centre.x() - 60, centre.y() - 18, 120, 36),
            Qt.AlignmentFlag.AlignCenter,
            f"{release.activity_id} {release.end_date[:4]}",
        )
    painter.setBrush(QBrush(QColor("black"), Qt.BrushStyle.DiagCrossPattern))
    painter.setPen(QPen(QColor("black"), 1, Qt.PenStyle.DashLine))
    for item in re_releases:
        for polygon in polygons(item.geometry):
            painter.drawPolygon(polygon)
    remaining = QColor(COLOURS["remaining"])
    remaining.setAlpha(128)
    painter.setBrush(QBrush(remaining))
    painter.setPen(QPen(QColor(COLOURS["remaining"]), 2))
    for polygon in polygons(result.remaining):
        painter.drawPolygon(polygon)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("black"), 3))
    for polygon in polygons(hazard.geometry):
        painter.drawPolygon(polygon)
    y = SIZE + 5
    for key in ("cleared", "reduced", "cancelled", "remaining", "re_release"):
        if key == "re_release":
            painter.setBrush(QBrush(QColor("black"), Qt.BrushStyle.DiagCrossPattern))
        else:
            colour = QColor(COLOURS[key])
            colour.setAlpha(128)
            painter.setBrush(QBrush(colour))
        painter.setPen(QPen(QColor("black"), 1))
        painter.drawRect(QRectF(MARGIN, y, 26, 20))
        painter.drawText(
            QRectF(MARGIN + 36, y - 2, SIZE - 2 * MARGIN - 36, 24),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            labels[key],
        )
        y += 28
    painter.end()
    output.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(output))


def main() -> None:
    start_qgis()
    for language in LABELS:
        target = ROOT / "docs" / "images" / f"gaps-worked-example-{language}.png"
        draw(language, target)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
