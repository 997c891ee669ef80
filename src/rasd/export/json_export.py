"""JSON export: one document with the articles, the global entities and every fact with its source."""

from __future__ import annotations

import json
from typing import IO, Any

from rasd import __version__
from rasd.query import iter_entities, iter_facts
from rasd.store import SCHEMA_VERSION, Store


def article_rows(store: Store) -> list[dict[str, Any]]:
    cols = (
        "id",
        "url",
        "title",
        "published",
        "language",
        "content_hash",
        "n_entities",
        "n_facts",
        "ingested_at",
    )
    return [
        dict(zip(cols, r, strict=True))
        for r in store.conn.execute(f"SELECT {', '.join(cols)} FROM articles ORDER BY seq")
    ]


def write_json(store: Store, out: IO[str]) -> int:
    """Write {"articles", "entities", "facts"}; returns the number of facts written.

    Facts are streamed so a large store is not held in memory twice.
    """
    out.write('{"rasd": ' + json.dumps({"version": __version__, "schema": SCHEMA_VERSION}) + ",\n")
    out.write(' "articles": ' + json.dumps(article_rows(store), ensure_ascii=False) + ",\n")
    out.write(' "entities": [')
    for i, ent in enumerate(iter_entities(store)):
        out.write(("," if i else "") + "\n  " + json.dumps(ent, ensure_ascii=False))
    out.write('\n ],\n "facts": [')
    n = 0
    for n, fact in enumerate(iter_facts(store), 1):
        out.write(("," if n > 1 else "") + "\n  " + json.dumps(fact, ensure_ascii=False))
    out.write("\n ]\n}\n")
    return n
