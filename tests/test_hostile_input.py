"""What the loader says about hostile and broken input: the real cause, with the row, field or layer.

The corpus (test_corpus.py) checks counts and reason codes of 200+ cases; these tests read the
messages and the values that were loaded.
"""

from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from mineaction_qgis.core.imsma.loader import LoadError, load_files
from tests.corpus.generator import HEADER, csv_text, form, maxml, point_row, square_rows
from tests.test_import_integration import RecordingFeedback

ARABIC = "حقل ألغام قرب القرية"


def rejected(gpkg: Path) -> dict:
    layer = QgsVectorLayer(f"{gpkg}|layername=rejected", "rejected", "ogr")
    return {feature["source_ref"]: feature["message"] for feature in layer.getFeatures()}


def descriptions(gpkg: Path) -> dict:
    layer = QgsVectorLayer(f"{gpkg}|layername=points", "points", "ogr")
    return {feature["point_id"]: feature["description"] for feature in layer.getFeatures()}


def test_entity_declarations_are_refused_as_such(tmp_path):
    path = tmp_path / "xxe.xml"
    path.write_text(
        maxml(
            [form("Land-1", extra="<hazardname>&xxe;</hazardname>")],
            '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        )
    )
    with pytest.raises(LoadError, match="declares the XML entity 'xxe'.*never resolved"):
        load_files([str(path)], str(tmp_path / "out.gpkg"))
    assert not (tmp_path / "out.gpkg").exists()


def test_a_multiline_value_keeps_the_row_numbers_and_an_unbalanced_quote_names_its_rows(tmp_path):
    rows = square_rows() + [point_row("44.105", "34.105", "RP-1", desc="first line\nsecond line")]
    rows += [point_row("444", "34.1", "RP-2"), point_row("44.106", "34.106", "RP-3")]
    text = csv_text(rows)  # header line 1, vertices 2-5, RP-1 on lines 6-7, RP-2 on line 8
    path = tmp_path / "multiline.csv"
    path.write_text(text, encoding="utf-8")
    load_files([str(path)], str(tmp_path / "a.gpkg"))
    assert list(rejected(tmp_path / "a.gpkg")) == ["row 8"]
    assert descriptions(tmp_path / "a.gpkg")["RP-1"] == "first line\nsecond line"

    lines = text.split("\r\n")
    lines[5] = lines[5] + ',"unclosed'  # RP-1's description opens a quote that never closes
    path.write_text("\r\n".join(lines), encoding="utf-8")
    load_files([str(path)], str(tmp_path / "b.gpkg"))
    messages = rejected(tmp_path / "b.gpkg")
    assert list(messages) == ["row 6"]
    assert (
        "unbalanced quote" in messages["row 6"] and "up to row 9" in messages["row 6"]
    )  # RP-1 spans lines 6-7, RP-2 and RP-3 swallowed


def test_one_bad_byte_in_utf8_is_reported_on_its_row_and_arabic_stays_readable(tmp_path):
    rows = square_rows() + [
        point_row("44.105", "34.105", "RP-1", desc=ARABIC),
        point_row("44.106", "34.106", "RP-2", desc="mine " + ARABIC),
    ]
    data = csv_text(rows).encode("utf-8").replace(b"mine", b"m\xe9ne")
    path = tmp_path / "stray.csv"
    path.write_bytes(data)
    feedback = RecordingFeedback()
    load_files([str(path)], str(tmp_path / "out.gpkg"), feedback=feedback)
    loaded = descriptions(tmp_path / "out.gpkg")
    assert loaded["RP-1"] == ARABIC and loaded["RP-2"].endswith(ARABIC)
    assert any("row 7, column PointDesc" in text and "UTF-8" in text for text in feedback.warnings)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_excel_unicode_text_is_read(tmp_path, encoding):
    path = tmp_path / "unicode.txt"
    path.write_bytes(
        csv_text(square_rows() + [point_row("٤٤٫١٠٥", "٣٤٫١٠٥", "RP-1", desc=ARABIC)], "\t").encode(encoding)
    )
    result = load_files([str(path)], str(tmp_path / "out.gpkg"))
    assert result.counts.points == 5 and descriptions(tmp_path / "out.gpkg")["RP-1"] == ARABIC


def test_an_oversize_value_is_cut_with_a_warning(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        csv_text(square_rows() + [point_row("44.105", "34.105", "RP-1", desc="x" * 1_500_000)]), encoding="utf-8"
    )
    feedback = RecordingFeedback()
    result = load_files([str(path)], str(tmp_path / "out.gpkg"), feedback=feedback)
    assert result.counts.points == 5 and len(descriptions(tmp_path / "out.gpkg")["RP-1"]) == 32768
    assert any("row 6, column PointDesc" in text and "1500000" in text for text in feedback.warnings)


def test_the_workbook_sheet_and_row_of_the_header_are_said(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Cover"
    book.active.append(["Directorate of Mine Action, hazard export"])
    sheet = book.create_sheet("Points")
    sheet.append(["Exported 2024-01-01"])
    sheet.append([])
    sheet.append(HEADER)
    for row in square_rows():
        sheet.append(row)
    path = tmp_path / "cover.xlsx"
    book.save(str(path))
    feedback = RecordingFeedback()
    result = load_files([str(path)], str(tmp_path / "out.gpkg"), feedback=feedback)
    assert result.counts.points == 4
    assert any("sheet 'Points', row 3" in text for text in feedback.infos + feedback.warnings)
    layer = QgsVectorLayer(f"{tmp_path / 'out.gpkg'}|layername=points", "points", "ogr")
    assert sorted(feature["source_ref"] for feature in layer.getFeatures()) == ["row 4", "row 5", "row 6", "row 7"]


def test_zero_zero_and_far_away_points_are_warned_with_their_rows(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(
        csv_text(square_rows() + [point_row("0", "0", "RP-0"), point_row("-70.1", "-30.2", "RP-9")]), encoding="utf-8"
    )
    feedback = RecordingFeedback()
    result = load_files([str(path)], str(tmp_path / "out.gpkg"), feedback=feedback)
    assert result.counts.points == 6 and result.counts.rejected == 0
    assert any("latitude 0, longitude 0" in text and "row 6" in text for text in feedback.warnings)
    assert any("outside Iraq" in text and "row 7" in text for text in feedback.warnings)


def test_a_typo_in_degrees_is_not_called_projected(tmp_path):
    path = tmp_path / "typo.csv"
    path.write_text(csv_text(square_rows() + [point_row("200.5", "34.1", "RP-1")]), encoding="utf-8")
    load_files([str(path)], str(tmp_path / "out.gpkg"))
    message = rejected(tmp_path / "out.gpkg")["row 6"]
    assert "outside -180..180" in message and "projected" not in message


def test_a_too_deep_form_is_rejected_and_the_others_loaded(tmp_path):
    nest = "<a>" * 5000 + "x" + "</a>" * 5000
    path = tmp_path / "deep.xml"
    path.write_text(maxml([form("Land-1"), form("Land-2", extra=f"<note>{nest}</note>"), form("Land-3")]))
    result = load_files([str(path)], str(tmp_path / "out.gpkg"))
    assert result.counts.hazards == 2 and result.counts.reasons["nesting_too_deep"] == 5
    assert "nested more than 64 levels" in rejected(tmp_path / "out.gpkg")["FieldReport[2]"]


def test_many_damaged_values_are_listed_twenty_then_counted(tmp_path):
    rows = square_rows() + [
        point_row("44.105", f"34.{100 + n}", f"RP-{n}", desc=f"{ARABIC} m\u00e9ne") for n in range(30)
    ]
    path = tmp_path / "damaged.csv"
    path.write_bytes(csv_text(rows).encode("utf-8").replace("\u00e9".encode("utf-8"), b"\xe9"))
    feedback = RecordingFeedback()
    result = load_files([str(path)], str(tmp_path / "out.gpkg"), feedback=feedback)
    assert result.counts.points == 34
    listed = [text for text in feedback.warnings if "not valid UTF-8 was replaced" in text]
    assert len(listed) == 20 and any("10 more values" in text for text in feedback.warnings)
