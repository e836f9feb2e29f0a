"""Benchmark cases, one module per algorithm; see benchmarks/common.py."""
