"""Validation rules, one module per family of rules; this package's registry finds them.

Rule codes are stable API: users filter issue layers on them and the ``RULES``
parameter of ``mineaction:validatehazards`` takes them. Adding a rule is adding one
class (a subclass of ``RecordRule``, ``PairRule`` or ``LayerRule`` with a ``code``)
to the module of its family, or a new module here: every module of this package is
scanned, families in the order of ``FAMILIES`` (others after them, by name), rules
in the order they are written.
"""

import importlib
import pkgutil
from typing import Dict, List

from mineaction_qgis.core.validation.rules.base import LayerRule, PairRule, RecordRule, Rule

FAMILIES = ("geometry", "topology", "attributes", "areas", "dates", "location", "communities")
NOT_RULE_MODULES = {"base"}


def _discover() -> List[Rule]:
    names = [info.name for info in pkgutil.iter_modules(__path__) if info.name not in NOT_RULE_MODULES]
    names.sort(key=lambda name: (FAMILIES.index(name) if name in FAMILIES else len(FAMILIES), name))
    rules: List[Rule] = []
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        for value in vars(module).values():  # definition order
            if (
                isinstance(value, type)
                and issubclass(value, (RecordRule, PairRule, LayerRule))
                and value.__module__ == module.__name__
                and value.code
            ):
                rules.append(value())
    return rules


ALL_RULES: List[Rule] = _discover()

RULE_CODES: List[str] = [rule.code for rule in ALL_RULES]


def rule_by_code() -> Dict[str, Rule]:
    return {rule.code: rule for rule in ALL_RULES}


__all__ = ["ALL_RULES", "RULE_CODES", "rule_by_code", "Rule", "RecordRule", "PairRule", "LayerRule"]
