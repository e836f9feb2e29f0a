"""Bad-input corpus and fuzzer of the loader: generated, never committed as binaries (see generator.py)."""
