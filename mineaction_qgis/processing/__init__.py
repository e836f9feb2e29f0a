"""Processing provider and one algorithm per module."""
