"""What every capability stands on: the canonical schema (model), values, numbers, text, dates, geometry, measures,
coordinates, styles, the HTML report, logging and layers."""
