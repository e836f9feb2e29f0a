"""IMSMA export readers: one module per format, all yielding the records of records.py."""
