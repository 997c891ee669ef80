"""Exports of the knowledge base: FollowTheMoney, JSON, CSV and GEXF (one module per format)."""

from __future__ import annotations

FORMATS = ("ftm", "json", "csv", "gexf")
