"""Domain logic on the QGIS core API: no widgets, no iface."""
