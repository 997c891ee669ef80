"""Build a document from a real sentence and the names a perfect recogniser would mark in it."""

from __future__ import annotations

from rasd.contract import Fact, Span
from rasd.facts import extract_facts
from rasd.resolve.document import Document, build_entities, name_pattern
from rasd.text.normalise import normalise_with_map


def spans_for(text: str, names: dict[str, str]) -> list[Span]:
    norm, offs = normalise_with_map(text)
    folded = norm.casefold()
    out: list[Span] = []
    taken: list[tuple[int, int]] = []
    for name, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        key = normalise_with_map(name)[0].casefold()
        for m in name_pattern(key).finditer(folded):
            g = 1 if m.group(1) is not None else 2
            s, e = offs[m.start(g)], offs[m.end(g) - 1] + 1
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            out.append(Span(s, e, label, text[s:e], "test"))
    return sorted(out, key=lambda s: s.start)


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
