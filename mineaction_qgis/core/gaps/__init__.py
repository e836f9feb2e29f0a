"""Clearance gap analysis: the land each hazard still has to release, the release parts outside their hazard, the
accounts and report, and overlaps between task orders."""
