"""Atlas production: the per-page data, the turning-point tables, the layout and the book."""
