"""Check and tidy the Arabic and Sorani wording against docs/glossary.md.

    python scripts/glossary.py check   # every non-chosen term, stray diacritic or split unit, exit 1 if any
    python scripts/glossary.py tidy    # the mechanical fixes: strip diacritics, no-break space before units

docs/glossary.md section 15 is a machine-readable table: per language, regular expressions of
the non-chosen variants of a term (``avoid``) and of the phrases where such a form is right after
all (``except``), and the allow-list of words that may keep Arabic diacritics (tashkeel). The
checks run on every translation of i18n/*.ts and every line of the Arabic and Sorani guides
(docs/ar, docs/ckb, docs/training/ar, docs/training/ckb). ``tidy`` does only what needs no
judgement; a wrong term must be reworded by a person (gender and number agree with it).
"""

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Pattern, Tuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.translations import LANGUAGES, _write_ts, messages, ts_path  # noqa: E402

GLOSSARY = ROOT / "docs" / "glossary.md"
# Arabic harakat, tanwin, shadda, sukun and the superscript alef.
TASHKEEL = re.compile("[\u064b-\u0652\u0670]")
ARABIC_WORD = re.compile(r"[\u0600-\u06FF]+")
NBSP = "\u00a0"
# A number or a placeholder, an ordinary space, a unit: the space must not break (glossary §14).
SPLIT_UNIT = re.compile(r"([0-9}]) (m²|km²|m|ha|%)(?!\w)")
CODE_SPAN = re.compile(r"(`[^`]*`)")

Texts = Dict[Tuple[str, str], str]


@dataclass(frozen=True)
class TermRule:
    """One row of the glossary's checked-terms table."""

    key: str
    language: str
    chosen: str
    avoid: Tuple[Pattern, ...]
    allowed: Tuple[Pattern, ...]

    def hits(self, text: str) -> List[str]:
        """The avoided forms found in ``text``, with a few letters of context each."""
        for pattern in self.allowed:
            text = pattern.sub(lambda m: "·" * len(m.group(0)), text)
        found = []
        for pattern in self.avoid:
            for match in pattern.finditer(text):
                start, end = max(match.start() - 12, 0), match.end() + 12
                found.append(f"«{match.group(0)}» in …{text[start:end]}…")
        return found


def _cells(line: str) -> List[str]:
    """Cells of a markdown table row; ``\\|`` inside a cell is a literal bar."""
    inner = line.strip()[1:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def _table(header: str) -> List[List[str]]:
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(header))
    rows = []
    for line in lines[start + 2 :]:
        if not line.strip().startswith("|"):
            break
        rows.append(_cells(line))
    return rows


def _patterns(cell: str) -> Tuple[Pattern, ...]:
    return tuple(re.compile(code) for code in re.findall(r"`([^`]+)`", cell))


def term_rules() -> List[TermRule]:
    return [
        TermRule(key, language, chosen, _patterns(avoid), _patterns(allowed))
        for key, language, chosen, avoid, allowed in _table("| key | lang | chosen | avoid | except |")
    ]


def tashkeel_allowed() -> Tuple[str, ...]:
    return tuple(row[0] for row in _table("| allowed word | why |"))


def translations(language: str) -> Texts:
    """(context, source) -> translation of every finished message of ``language``."""
    return {key: text for key, (text, _) in messages(ts_path(language)).items() if text}


def guide_files(language: str) -> List[Path]:
    folders = (ROOT / "docs" / language, ROOT / "docs" / "training" / language)
    return [path for folder in folders for path in sorted(folder.glob("*.md"))]


def guide_lines(language: str) -> Texts:
    """(file, line number) -> line of the guides of ``language``, inline code blanked out."""
    texts = {}
    for path in guide_files(language):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            texts[(str(path.relative_to(ROOT)), str(number))] = CODE_SPAN.sub("``", line)
    return texts


def term_violations(language: str, texts: Texts) -> List[str]:
    rules = [rule for rule in term_rules() if rule.language == language]
    return [
        f"[{where}] {what[:70]!r}: {rule.key} → use {rule.chosen}: {hit}"
        for (where, what), text in texts.items()
        for rule in rules
        for hit in rule.hits(text)
    ]


def tashkeel_violations(texts: Texts) -> List[str]:
    allowed = set(tashkeel_allowed())
    problems = []
    for (where, what), text in texts.items():
        words = sorted({w for w in ARABIC_WORD.findall(text) if TASHKEEL.search(w) and w not in allowed})
        if words:
            problems.append(f"[{where}] {what[:70]!r}: diacritics in {' '.join(words)}")
    return problems


def violations(language: str) -> List[str]:
    found = []
    for texts in (translations(language), guide_lines(language)):
        found += term_violations(language, texts) + tashkeel_violations(texts)
    return found


def tidy_text(text: str, language: str) -> str:
    """``text`` without diacritics (Arabic; allow-listed words get their allowed form) and with
    no-break spaces before units."""
    if language == "ar":
        allowed = {TASHKEEL.sub("", word): word for word in tashkeel_allowed()}

        def plain(match: "re.Match") -> str:
            base = TASHKEEL.sub("", match.group(0))
            return allowed.get(base, base) if TASHKEEL.search(match.group(0)) else match.group(0)

        text = ARABIC_WORD.sub(plain, text)
    return SPLIT_UNIT.sub(rf"\1{NBSP}\2", text)


def tidy() -> int:
    """Apply tidy_text to the translations and to the guides (outside code); the number of changed texts."""
    changed = 0
    for language in LANGUAGES:
        path = ts_path(language)
        tree = ET.parse(path)
        for translation in tree.getroot().iter("translation"):
            if translation.text and tidy_text(translation.text, language) != translation.text:
                translation.text = tidy_text(translation.text, language)
                changed += 1
        _write_ts(tree, path)
        for guide in guide_files(language):
            old = guide.read_text(encoding="utf-8")
            lines = []
            for line in old.split("\n"):
                parts = CODE_SPAN.split(line)
                lines.append("".join(p if i % 2 else tidy_text(p, language) for i, p in enumerate(parts)))
            new = "\n".join(lines)
            if new != old:
                guide.write_text(new, encoding="utf-8")
                changed += 1
    return changed


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "tidy":
        print(f"{tidy()} texts tidied")
        sys.exit(0)
    if command == "check":
        total = 0
        for lang in LANGUAGES:
            found = violations(lang)
            total += len(found)
            print(f"== {lang}: {len(found)}")
            print("\n".join(found))
        sys.exit(1 if total else 0)
    sys.exit(__doc__)
