"""Update i18n/*.ts from the .py and .ui sources and compile them to .qm.

    python scripts/translations.py update    # pylupdate5 -noobsolete, keeps translations
    python scripts/translations.py compile   # lrelease -> i18n/*.qm
    python scripts/translations.py status    # count unfinished / obsolete entries
    python scripts/translations.py set ar file.json   # apply {"Context": {"source": "translation"}}
    python scripts/translations.py todo ar   # print unfinished entries as that JSON shape

pylupdate5 silently skips a ``tr(...)``/``translate(...)`` call whose last argument
is followed by a comma, the "magic trailing comma" ``ruff format`` adds when it puts
each argument on its own line; so pylupdate5 reads copies of the sources without
those commas (line numbers kept). It also takes f-strings literally:
tests/test_translations.py checks every call against what pylupdate5 extracted.
"""

import io
import shutil
import subprocess
import sys
import tempfile
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mineaction_qgis.i18n import ENGLISH, SUPPORTED

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = tuple(code for code in SUPPORTED if code != ENGLISH)  # the .ts files: every language but the source
PYLUPDATE = "pylupdate5"
LRELEASE = "/usr/lib/qt5/bin/lrelease"


def sources() -> List[Path]:
    """Every .py and .ui file of the plugin package, sorted."""
    package = ROOT / "mineaction_qgis"
    return sorted(p for p in package.rglob("*") if p.suffix in (".py", ".ui") and "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"mineaction_qgis_{language}.ts"


def without_trailing_commas(source: str) -> str:
    """``source`` with every comma that directly closes a call or literal removed.

    Only the comma characters go (replaced by a space), so every line keeps its number and
    pylupdate5's locations stay true.
    """
    lines = source.splitlines(keepends=True)
    tokens = [
        token
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
    ]
    commas = [
        token.start
        for token, following in zip(tokens, tokens[1:])
        if token.string == "," and following.string in (")", "]", "}")
    ]
    for row, col in reversed(commas):
        line = lines[row - 1]
        lines[row - 1] = line[:col] + " " + line[col + 1 :]
    return "".join(lines)


def run_pylupdate(ts_file: Path) -> None:
    """Merge the sources' messages into ``ts_file`` (created if missing), dropping obsolete ones.

    pylupdate5 runs in a temporary copy of the tree laid out like the real one (sources without
    trailing commas, the .ts file in i18n/), so the locations it writes are the real relative paths.
    """
    with tempfile.TemporaryDirectory() as folder:
        copy_root = Path(folder)
        files = []
        for path in sources():
            relative = path.relative_to(ROOT)
            target = copy_root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".py":
                target.write_text(without_trailing_commas(path.read_text(encoding="utf-8")), encoding="utf-8")
            else:
                shutil.copy(path, target)
            files.append(str(relative))
        work_ts = copy_root / I18N.name / ts_file.name
        work_ts.parent.mkdir(exist_ok=True)
        if ts_file.exists():
            shutil.copy(ts_file, work_ts)
        subprocess.run(
            [PYLUPDATE, "-noobsolete", *files, "-ts", str(work_ts.relative_to(copy_root))],
            cwd=copy_root,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copy(work_ts, ts_file)


def set_language(ts_file: Path, language: str) -> None:
    """pylupdate5 writes no language attribute; lrelease and Qt Linguist want one."""
    text = ts_file.read_text(encoding="utf-8")
    if '<TS version="2.1">' in text:
        text = text.replace('<TS version="2.1">', f'<TS version="2.1" language="{language}">', 1)
        ts_file.write_text(text, encoding="utf-8")


def messages(ts_file: Path) -> Dict[Tuple[str, str], Tuple[str, str]]:
    """(context, source) -> (translation text, translation type) of a .ts file."""
    result = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            result[(name, message.findtext("source") or "")] = (
                (translation.text or "") if translation is not None else "",
                translation.get("type", "") if translation is not None else "unfinished",
            )
    return result


def update() -> None:
    I18N.mkdir(exist_ok=True)
    for language in LANGUAGES:
        run_pylupdate(ts_path(language))
        set_language(ts_path(language), language)


def compile_qm() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)


def set_translations(language: str, json_file: Path) -> int:
    """Fill translations of ``language`` from a JSON {context: {source: translation}}."""
    import json

    wanted = json.loads(Path(json_file).read_text(encoding="utf-8"))
    ts_file = ts_path(language)
    tree = ET.parse(ts_file)
    applied = 0
    for context in tree.getroot().iter("context"):
        by_source = wanted.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = by_source.get(message.findtext("source") or "")
            if text:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                applied += 1
    _write_ts(tree, ts_file)
    return applied


def _write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def todo(language: str) -> dict:
    """Unfinished entries of ``language`` as {context: {source: ""}}."""
    result: dict = {}
    for (context, source), (text, kind) in messages(ts_path(language)).items():
        if kind == "unfinished" or not text:
            result.setdefault(context, {})[source] = ""
    return result


def status() -> int:
    bad = 0
    for language in LANGUAGES:
        entries = messages(ts_path(language))
        unfinished = [src for (ctx, src), (text, kind) in entries.items() if kind == "unfinished" or not text]
        obsolete = [src for (ctx, src), (text, kind) in entries.items() if kind in ("obsolete", "vanished")]
        print(f"{language}: {len(entries)} messages, {len(unfinished)} unfinished, {len(obsolete)} obsolete")
        bad += len(unfinished) + len(obsolete)
    return 1 if bad else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
        sys.exit(status())
    if command == "compile":
        compile_qm()
        sys.exit(0)
    if command == "status":
        sys.exit(status())
    if command == "set":
        print(f"{set_translations(sys.argv[2], Path(sys.argv[3]))} translations applied")
        sys.exit(status())
    if command == "todo":
        import json

        print(json.dumps(todo(sys.argv[2]), ensure_ascii=False, indent=1))
        sys.exit(0)
    sys.exit(__doc__)
