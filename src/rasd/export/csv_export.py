"""CSV export: a folder with articles.csv, entities.csv and facts.csv (one row per fact, with names)."""

from __future__ import annotations

import csv
from pathlib import Path

from rasd.export.json_export import article_rows
from rasd.query import iter_entities, iter_facts
from rasd.store import Store

ENTITY_COLUMNS = ["id", "type", "name", "name_latin", "other_names", "aliases", "articles"]
FACT_COLUMNS = [
    "id",
    "type",
    "subject_id",
    "subject",
    "object_id",
    "object",
    "role",
    "stance",
    "status",
    "amount_min",
    "amount_max",
    "currency",
    "amount_text",
    "approximate",
    "year",
    "quote",
    "attribution",
    "sentence",
    "evidence_start",
    "evidence_end",
    "article",
    "url",
    "title",
    "published",
    "reason",
]


def write_csv(store: Store, folder: Path) -> dict[str, int]:
    """Write the three CSV files (UTF-8 with BOM, so spreadsheet programs show Arabic); row counts."""
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    arts = article_rows(store)
    with (folder / "articles.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(arts[0]) if arts else ["id"])
        w.writeheader()
        w.writerows(arts)
    counts["articles"] = len(arts)
    with (folder / "entities.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=ENTITY_COLUMNS)
        w.writeheader()
        n = 0
        for e in iter_entities(store, max_sources=0):
            w.writerow(
                {
                    "id": e["id"],
                    "type": e["type"],
                    "name": e["name"],
                    "name_latin": e["name_latin"],
                    "other_names": " | ".join(e["names"]),
                    "aliases": " | ".join(e["aliases"]),
                    "articles": e["articles"],
                }
            )
            n += 1
        counts["entities"] = n
    with (folder / "facts.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FACT_COLUMNS)
        w.writeheader()
        n = 0
        for f in iter_facts(store):
            amount = f.get("amount") or {}
            subj, obj, src = f["subject"] or {}, f["object"] or {}, f["source"]
            w.writerow(
                {
                    "id": f["id"],
                    "type": f["type"],
                    "subject_id": subj.get("id"),
                    "subject": subj.get("name"),
                    "object_id": obj.get("id"),
                    "object": obj.get("name"),
                    "role": f.get("role"),
                    "stance": f.get("stance"),
                    "status": f.get("status"),
                    "amount_min": amount.get("min"),
                    "amount_max": amount.get("max"),
                    "currency": amount.get("currency"),
                    "amount_text": amount.get("text"),
                    "approximate": amount.get("approximate"),
                    "year": f.get("year"),
                    "quote": f.get("quote"),
                    "attribution": f.get("attribution"),
                    "sentence": f["evidence"]["sentence"],
                    "evidence_start": f["evidence"]["start"],
                    "evidence_end": f["evidence"]["end"],
                    "article": src["article"],
                    "url": src["url"],
                    "title": src["title"],
                    "published": src["published"],
                    "reason": f.get("reason"),
                }
            )
            n += 1
        counts["facts"] = n
    return counts
