"""GEXF export (Gephi) via networkx: entities are nodes, facts with two ends are edges."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from rasd.errors import RasdError
from rasd.query import iter_entities, iter_facts
from rasd.store import Store


def build_graph(store: Store) -> Any:
    """A MultiDiGraph: one node per entity in a fact, one edge per fact (subject → object)."""
    try:
        import networkx as nx
    except ImportError:
        raise RasdError("the GEXF export needs networkx (pip install networkx)") from None
    graph = nx.MultiDiGraph()
    entities = {e["id"]: e for e in iter_entities(store, max_sources=0)}
    for f in iter_facts(store):
        s, o = f["subject"], f["object"]
        if s is None or o is None or s["id"] not in entities or o["id"] not in entities:
            continue
        for end in (s["id"], o["id"]):
            if end not in graph:
                e = entities[end]
                graph.add_node(
                    str(end),
                    label=e["name"],
                    type=e["type"],
                    name_latin=e["name_latin"] or "",
                    articles=e["articles"],
                )
        amount = f.get("amount") or {}
        graph.add_edge(
            str(s["id"]),
            str(o["id"]),
            key=f"fact-{f['id']}",
            label=f["type"],
            kind=f["type"],
            role=f.get("role") or "",
            status=f.get("status") or "",
            amount_min=float(amount["min"]) if amount.get("min") is not None else 0.0,
            currency=amount.get("currency") or "",
            sentence=f["evidence"]["sentence"],
            url=f["source"]["url"] or "",
            article=f["source"]["article"],
        )
    return graph


def write_gexf(store: Store, out: Path | IO[bytes]) -> tuple[int, int]:
    """Write the graph; returns (nodes, edges)."""
    import networkx as nx

    graph = build_graph(store)
    nx.write_gexf(graph, out)
    return graph.number_of_nodes(), graph.number_of_edges()
