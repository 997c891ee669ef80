"""Build a document from a real sentence and the names a perfect recogniser would mark in it."""

from __future__ import annotations

from rasd.contract import Fact, Span
from rasd.facts import extract_facts
from rasd.resolve.document import Document, build_entities, spans_for_names


def spans_for(text: str, names: dict[str, str]) -> list[Span]:
    return spans_for_names(text, list(names.items()), source="test")


def facts_of(text: str, names: dict[str, str]) -> tuple[Document, list[Fact]]:
    doc = build_entities(text, spans_for(text, names))
    return doc, extract_facts(text, doc)


def readable(doc: Document, facts: list[Fact]) -> set[tuple]:
    """Facts as tuples of entity names, easy to assert on."""
    name = {e.id: e.name for e in doc.entities}
    out = set()
    for f in facts:
        row: list = [f.type]
        for k, v in f.args.items():
            if k in ("amount",):
                row.append(None if v is None else (v.min, v.max, v.currency))
            elif isinstance(v, str) and v in name:
                row.append(name[v])
            else:
                row.append(v)
        out.add(tuple(row))
    return out
