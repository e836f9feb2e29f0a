"""Steps of `make demo`, run in name order; see scripts/demo.py."""
