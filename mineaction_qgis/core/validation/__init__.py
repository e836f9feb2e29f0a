"""Validation of hazard areas: the engine, the rules (one module per family), fixing, the issue layers and the
report."""
