"""FollowTheMoney export, built with the followthemoney library so the output is valid by construction.

Each article becomes an ``Article`` (the proof of what is said), each global entity a
``Person`` / ``Organization`` / ``LegalEntity`` (``ftm_schemas.yaml``), each donation a
``Payment`` whose ``purpose`` records the pledge status, roles ``Directorship`` / ``Employment``
/ ``Membership``, and other links ``UnknownLink``. Every link carries the evidence sentence in
``description``, the article URL in ``sourceUrl`` and the Article in ``proof``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import IO, Any

import yaml

from rasd.errors import RasdError
from rasd.query import iter_entities, iter_facts
from rasd.store import Store

_STATUS = {
    "pledged": "pledged donation (تعهد)",
    "given": "donation given",
    "planned": "planned donation",
    "raised": "funds raised",
}


@cache
def schema_table() -> dict[str, Any]:
    with (resources.files("rasd.export") / "ftm_schemas.yaml").open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError:
        raise RasdError("the FtM export needs followthemoney (pip install followthemoney)") from None
    return model


def entity_id(gid: int) -> str:
    return f"rasd-entity-{gid}"


def article_id(aid: str) -> str:
    return f"rasd-article-{aid}"


def _fits(model: Any, schema: str, prop: str, value_schema: str) -> bool:
    rng = model.get(schema).get(prop).range
    return bool(model.get(value_schema).is_a(rng))


def iter_proxies(store: Store) -> Iterator[Any]:
    """Every FtM entity of the knowledge base: articles, entities, then links."""
    model = _model()
    table = schema_table()
    for aid, url, title, published, lang in store.conn.execute(
        "SELECT id, url, title, published, language FROM articles ORDER BY seq"
    ).fetchall():
        art = model.make_entity("Article")
        art.id = article_id(aid)
        art.add("title", title or aid)
        art.add("sourceUrl", url, quiet=True)
        art.add("publishedAt", published, quiet=True)
        art.add("language", "ara" if lang == "ar" else lang, quiet=True)
        art.add("fileName", aid)
        yield art
    schemas: dict[int, str] = {}
    for ent in iter_entities(store):
        schema = table["entities"].get(ent["type"], "LegalEntity")
        schemas[ent["id"]] = schema
        proxy = model.make_entity(schema)
        proxy.id = entity_id(ent["id"])
        proxy.add("name", ent["name"])
        if ent["name_latin"]:
            proxy.add("alias", ent["name_latin"])
        proxy.add("alias", ent["names"])
        proxy.add("weakAlias", ent["aliases"])
        kind = "anonymous source" if ent["type"] == "ANON" else ent["type"]
        proxy.add("description", f"rasd {kind}; named in {ent['articles']} article(s)")
        proxy.add("sourceUrl", [s["url"] for s in ent["sources"] if s["url"]], quiet=True)
        yield proxy
    for fact in iter_facts(store):
        link = _link(model, table, fact, schemas)
        if link is not None:
            yield link


def _link(model: Any, table: dict[str, Any], fact: dict[str, Any], schemas: dict[int, str]) -> Any:
    subj, obj = fact["subject"], fact["object"]
    if subj is None or obj is None or subj["id"] not in schemas or obj["id"] not in schemas:
        return None  # quotes, or a fact missing an end: nothing to draw
    s_schema, o_schema = schemas[subj["id"]], schemas[obj["id"]]
    ftype = fact["type"]
    summary: list[str] = []
    if ftype == "donation":
        schema = "Payment"
    elif ftype == "role":
        schema = table["roles"].get(fact.get("role") or "", "UnknownLink")
    elif ftype == "membership":
        schema = "Membership"
    else:
        schema = "UnknownLink"
    a, b = table["ends"][schema]
    if schema != "UnknownLink" and not (
        _fits(model, schema, a, s_schema) and _fits(model, schema, b, o_schema)
    ):
        schema = "UnknownLink"
        a, b = table["ends"][schema]
    proxy = model.make_entity(schema)
    proxy.id = f"rasd-fact-{fact['id']}"
    proxy.add(a, entity_id(subj["id"]))
    proxy.add(b, entity_id(obj["id"]))
    if ftype == "donation":
        status = fact.get("status") or ""
        proxy.add("purpose", _STATUS.get(status, f"donation ({status})" if status else "donation"))
        proxy.add("programme", status or None, quiet=True)
        amount = fact.get("amount") or {}
        value = amount.get("min") if amount.get("min") is not None else amount.get("max")
        if value is not None:
            proxy.add("amount", str(value))
        proxy.add("currency", amount.get("currency"), quiet=True)
        if amount.get("text"):
            lo, hi = amount.get("min"), amount.get("max")
            bounds = f"min {lo if lo is not None else '?'}, max {hi if hi is not None else 'open'}"
            summary.append(
                f"amount: {amount['text']} ({bounds}{', approximate' if amount.get('approximate') else ''})"
            )
    elif ftype == "role":
        proxy.add("role", fact.get("role"), quiet=True)
    elif ftype == "support":
        proxy.add("role", "supports" if fact.get("stance") in (None, "for") else "opposes")
    elif ftype == "fundraiser":
        proxy.add("role", "hosted a fundraiser for")
        if fact.get("year"):
            proxy.add("date", str(fact["year"]))
    elif ftype == "membership" and schema == "UnknownLink":
        proxy.add("role", "member")
    if schema == "UnknownLink" and ftype == "role":
        summary.append(f"role: {fact.get('role')}")
    if fact.get("attribution"):
        summary.append(f"according to: {fact['attribution']}")
    summary.append(f"rasd fact type: {ftype}; extracted because: {fact.get('reason') or '-'}")
    proxy.add("summary", "; ".join(summary))
    proxy.add("description", fact["evidence"]["sentence"])
    src = fact["source"]
    proxy.add("sourceUrl", src.get("url"), quiet=True)
    proxy.add("recordId", str(fact["id"]))
    proxy.add("proof", article_id(src["article"]))
    return proxy


def write_ftm(store: Store, out: IO[str]) -> int:
    """Write FtM entities as JSON lines (the format ``ftm`` tools read); returns how many."""
    n = 0
    for proxy in iter_proxies(store):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
