"""Questions to the knowledge base: who is X, who gave to whom, who gave most, where is Y named.

Every answer is plain data (dicts and lists, JSON-ready) carrying its sources: the article (id,
URL, title, date) and the sentence each fact was read from. Formatting for the terminal is in
``format_*`` functions, in Arabic.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from rasd.errors import RasdError
from rasd.store import Store
from rasd.store.matching import normalise_name

FACT_SQL = """
SELECT f.id, f.type, f.subject_id, s.name, s.type, f.object_id, o.name, o.type, f.role, f.stance, f.status,
       f.amount_min, f.amount_max, f.currency, f.amount_text, f.approximate, f.year, f.quote,
       f.evidence_start, f.evidence_end, f.sentence, f.reason,
       a.id, a.url, a.title, a.published, att.name, a.source
FROM facts f
JOIN articles a ON a.id = f.article_id
LEFT JOIN entities s ON s.id = f.subject_id
LEFT JOIN entities o ON o.id = f.object_id
LEFT JOIN doc_entities att ON att.id = f.attribution_doc
"""


def fact_dict(row: sqlite3.Row | tuple[Any, ...]) -> dict[str, Any]:
    """One row of FACT_SQL as a JSON-ready fact with its ends, evidence and source."""
    (
        fid,
        ftype,
        sid,
        sname,
        stype,
        oid,
        oname,
        otype,
        role,
        stance,
        status,
        amin,
        amax,
        cur,
        atext,
        approx,
        year,
        quote,
        ev_s,
        ev_e,
        sentence,
        reason,
        aid,
        url,
        title,
        published,
        attribution,
        source,
    ) = tuple(row)
    out: dict[str, Any] = {
        "id": fid,
        "type": ftype,
        "subject": {"id": sid, "name": sname, "type": stype} if sid is not None else None,
        "object": {"id": oid, "name": oname, "type": otype} if oid is not None else None,
    }
    if role is not None:
        out["role"] = role
    if stance is not None:
        out["stance"] = stance
    if ftype == "donation":
        out["status"] = status
        out["amount"] = (
            {
                "min": _num(amin),
                "max": _num(amax),
                "currency": cur,
                "text": atext,
                "approximate": bool(approx),
            }
            if (amin is not None or amax is not None or atext)
            else None
        )
    if year is not None:
        out["year"] = year
    if quote is not None:
        out["quote"] = quote
    out["attribution"] = attribution
    out["evidence"] = {"start": ev_s, "end": ev_e, "sentence": sentence}
    out["source"] = {"article": aid, "url": url, "title": title, "published": published, "file": source}
    out["reason"] = reason
    return out


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def iter_facts(store: Store) -> Iterator[dict[str, Any]]:
    """Every fact in the store, streamed, in id order."""
    yield from (fact_dict(r) for r in store.conn.execute(FACT_SQL + " ORDER BY f.id"))


def iter_entities(store: Store, max_sources: int = 20) -> Iterator[dict[str, Any]]:
    """Every live global entity with its names and (up to ``max_sources``) source articles."""
    conn = store.conn
    names: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for gid, name, alias in conn.execute(
        "SELECT entity_id, name, is_alias FROM entity_names ORDER BY entity_id, is_alias, count DESC, name"
    ):
        names[gid].append((name, alias))
    for gid, etype, name, latin, n in conn.execute(
        "SELECT id, type, name, name_latin, n_articles FROM entities"
        " WHERE merged_into IS NULL AND n_articles > 0 ORDER BY id"
    ).fetchall():
        sources = [
            {"article": a, "url": u}
            for a, u in conn.execute(
                "SELECT DISTINCT a.id, a.url FROM doc_entities d JOIN articles a ON a.id = d.article_id"
                " WHERE d.entity_id = ? ORDER BY a.published DESC, a.id LIMIT ?",
                (gid, max_sources),
            )
        ]
        yield {
            "id": gid,
            "type": etype,
            "name": name,
            "name_latin": latin,
            "names": [n for n, a in names.get(gid, []) if not a and n != name],
            "aliases": [n for n, a in names.get(gid, []) if a and n != name],
            "articles": n,
            "sources": sources,
        }


def find_entity(store: Store, ref: str) -> int:
    """An entity id from an id or a name; a unique partial name match is accepted too."""
    try:
        return store.resolve_entity(ref)
    except RasdError as exact_error:
        if ref.strip().isdigit() or "several" in str(exact_error):
            raise
        norm = normalise_name(ref)
        if not norm:
            raise
        rows = store.conn.execute(
            "SELECT DISTINCT e.id, e.name, e.type, e.n_articles FROM entity_names n JOIN entities e"
            " ON e.id = n.entity_id WHERE n.name_norm LIKE ? AND e.merged_into IS NULL AND e.n_articles > 0"
            " ORDER BY e.n_articles DESC, e.id LIMIT 6",
            (f"%{norm}%",),
        ).fetchall()
        if len(rows) == 1:
            return int(rows[0][0])
        if rows:
            options = ", ".join(f"{r[0]} ({r[1]}, {r[2]})" for r in rows[:5])
            raise RasdError(
                f"{ref!r} matches several entities: {options}; give an id or a full name"
            ) from None
        raise


def profile(store: Store, ref: str) -> dict[str, Any]:
    """Everything known about one entity, each fact with its source sentence and article."""
    conn = store.conn
    gid = find_entity(store, ref)
    etype, name, latin, n_articles = conn.execute(
        "SELECT type, name, name_latin, n_articles FROM entities WHERE id = ?", (gid,)
    ).fetchone()
    names = [
        {"name": n, "alias": bool(a), "count": c}
        for n, a, c in conn.execute(
            "SELECT name, is_alias, count FROM entity_names WHERE entity_id = ? ORDER BY is_alias, count DESC, name",
            (gid,),
        )
    ]
    facts = [
        fact_dict(r)
        for r in conn.execute(
            FACT_SQL + " WHERE f.subject_id = ? OR f.object_id = ? ORDER BY a.published, f.id", (gid, gid)
        )
    ]

    def pick(ftype: str, side: str) -> list[dict[str, Any]]:
        return [f for f in facts if f["type"] == ftype and (f[side] or {}).get("id") == gid]

    articles = [
        {"id": a, "url": u, "title": t, "published": p, "file": src}
        for a, u, t, p, src in conn.execute(
            "SELECT DISTINCT a.id, a.url, a.title, a.published, a.source FROM doc_entities d JOIN articles a"
            " ON a.id = d.article_id WHERE d.entity_id = ? ORDER BY a.published, a.id",
            (gid,),
        )
    ]
    matches = [
        {"kind": k, "score": s, "reason": r}
        for k, s, r in conn.execute(
            "SELECT m.kind, m.score, m.reason FROM merges m LEFT JOIN doc_entities d ON d.id = m.doc_entity_id"
            " WHERE (d.entity_id = ? OR (m.doc_entity_id IS NULL AND m.entity_id = ?)) AND m.kind != 'new'"
            " ORDER BY m.id",
            (gid, gid),
        )
    ]
    return {
        "id": gid,
        "type": etype,
        "name": name,
        "name_latin": latin,
        "names": names,
        "articles_count": n_articles,
        "roles": pick("role", "subject"),
        "role_holders": pick("role", "object"),
        "gave": pick("donation", "subject"),
        "received": pick("donation", "object"),
        "supports": pick("support", "subject"),
        "supported_by": pick("support", "object"),
        "fundraisers_hosted": pick("fundraiser", "subject"),
        "fundraisers_for": pick("fundraiser", "object"),
        "memberships": pick("membership", "subject"),
        "members": pick("membership", "object"),
        "quotes": pick("quote", "subject"),
        "articles": articles,
        "matches": matches,
    }


def donations(
    store: Store, to: str | None = None, from_: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Donation facts, newest article first, optionally to and/or from one entity."""
    where = ["f.type = 'donation'"]
    params: list[Any] = []
    if to:
        where.append("f.object_id = ?")
        params.append(find_entity(store, to))
    if from_:
        where.append("f.subject_id = ?")
        params.append(find_entity(store, from_))
    sql = FACT_SQL + " WHERE " + " AND ".join(where) + " ORDER BY a.published DESC, f.id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [fact_dict(r) for r in store.conn.execute(sql, params)]


def top(store: Store, kind: str, limit: int = 10) -> list[dict[str, Any]]:
    """The biggest donors or recipients: donation count and totals per currency.

    The same pledge reported by several articles (same donor, recipient, amount and status) is
    counted once; ``articles`` says how many articles reported it.
    """
    if kind not in ("donors", "recipients"):
        raise RasdError(f"top: expected 'donors' or 'recipients', not {kind!r}")
    side, other = ("subject_id", "object_id") if kind == "donors" else ("object_id", "subject_id")
    rows = store.conn.execute(
        f"SELECT f.{side}, e.name, e.type, f.{other}, f.amount_min, f.amount_max, f.currency, f.status, f.article_id"
        f" FROM facts f JOIN entities e ON e.id = f.{side} WHERE f.type = 'donation'"
    ).fetchall()
    seen: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    info: dict[int, tuple[str, str]] = {}
    for gid, name, etype, oth, amin, amax, cur, status, aid in rows:
        info[gid] = (name, etype)
        seen[(gid, oth, amin, amax, cur, status)].add(aid)
    agg: dict[int, dict[str, Any]] = {}
    for (gid, _oth, amin, _amax, cur, _status), arts in seen.items():
        a = agg.setdefault(
            gid,
            {
                "id": gid,
                "name": info[gid][0],
                "type": info[gid][1],
                "donations": 0,
                "totals": {},
                "articles": set(),
            },
        )
        a["donations"] += 1
        a["articles"] |= arts
        if amin is not None and cur:
            a["totals"][cur] = a["totals"].get(cur, 0) + amin
    out = []
    for a in agg.values():
        a["articles"] = len(a["articles"])
        a["totals"] = {c: _num(v) for c, v in sorted(a["totals"].items())}
        out.append(a)
    out.sort(key=lambda a: (-max(a["totals"].values(), default=0), -a["donations"], a["id"]))
    return out[:limit]


def search(store: Store, text: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Entities whose names contain ``text``, facts whose sentence contains it, articles that mention it."""
    if not text.strip():
        raise RasdError("search: give some text to look for")
    conn = store.conn
    norm = normalise_name(text)
    entities = [
        {"id": i, "name": n, "type": t, "articles": c}
        for i, n, t, c in conn.execute(
            "SELECT DISTINCT e.id, e.name, e.type, e.n_articles FROM entity_names n JOIN entities e"
            " ON e.id = n.entity_id WHERE n.name_norm LIKE ? AND e.merged_into IS NULL AND e.n_articles > 0"
            " ORDER BY e.n_articles DESC, e.id LIMIT ?",
            (f"%{norm}%", limit),
        )
    ]
    facts = [
        fact_dict(r)
        for r in conn.execute(
            FACT_SQL + " WHERE instr(f.sentence, ?) > 0 ORDER BY f.id LIMIT ?", (text, limit)
        )
    ]
    articles: list[dict[str, Any]] = []
    words = re.findall(r"[^\W_]+", text)
    if words:
        query = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        try:
            rows = conn.execute(
                "SELECT a.id, a.url, a.title, a.published, snippet(articles_fts, 1, '«', '»', '…', 12)"
                " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError:
            rows = []
        articles = [{"id": i, "url": u, "title": t, "published": p, "snippet": s} for i, u, t, p, s in rows]
    return {"entities": entities, "facts": facts, "articles": articles}


# ---- terminal output (Arabic) ----------------------------------------------------------------

_STATUS_AR = {"pledged": "تعهّد", "given": "قدّم", "planned": "يعتزم", "raised": "جمع"}
_TYPE_AR = {
    "PERSON": "شخص",
    "ORG": "منظمة",
    "GPE": "كيان جغرافي سياسي",
    "LOC": "مكان",
    "MISC": "أخرى",
    "ANON": "مصدر مجهول",
}


def format_amount(amount: dict[str, Any] | None) -> str:
    if not amount:
        return "مبلغ غير محدد"
    lo, hi, cur = amount.get("min"), amount.get("max"), amount.get("currency") or ""
    if lo is not None and hi is not None and lo != hi:
        figure = f"{lo:,}–{hi:,} {cur}"
    elif lo is not None and hi is None and not amount.get("approximate"):
        figure = f"{lo:,}+ {cur}"
    elif lo is not None:
        figure = f"{'~' if amount.get('approximate') else ''}{lo:,} {cur}"
    else:
        figure = ""
    text = amount.get("text") or ""
    return f"{text} ({figure.strip()})" if text and figure else (text or figure.strip())


@cache
def _role_titles() -> dict[str, str]:
    """role code → its first Arabic title in rasd/data/facts/roles.yaml (ceo → الرئيس التنفيذي)."""
    try:
        import yaml

        with (resources.files("rasd") / "data" / "facts" / "roles.yaml").open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except (OSError, ImportError, ValueError):
        return {}
    out: dict[str, str] = {}
    for item in data.get("titles", []) if isinstance(data, dict) else []:
        if isinstance(item, dict) and item.get("role") and item.get("phrase") and not item.get("direction"):
            out.setdefault(str(item["role"]), str(item["phrase"]))
    return out


def role_label(role: str | None) -> str:
    title = _role_titles().get(role or "")
    return f"{title} ({role})" if title else str(role)


def _source_line(f: dict[str, Any]) -> str:
    src = f["source"]
    where = src.get("url") or src.get("file") or src.get("article")
    date = f" {src['published']}" if src.get("published") else ""
    return f"      المصدر: {where}{date}\n      الدليل: {f['evidence']['sentence']}"


def _name(side: dict[str, Any] | None) -> str:
    return f"{side['name']} [{side['id']}]" if side else "؟"


def format_fact_line(f: dict[str, Any]) -> str:
    t = f["type"]
    if t == "donation":
        status = _STATUS_AR.get(f.get("status") or "", f.get("status") or "")
        head = f"{_name(f['subject'])} ← {status} بالتبرع بـ {format_amount(f.get('amount'))} ← {_name(f['object'])}"
    elif t == "role":
        head = f"{_name(f['subject'])}: {role_label(f.get('role'))} — {_name(f['object'])}"
    elif t == "support":
        stance = "يدعم" if f.get("stance") in (None, "for") else "يعارض"
        head = f"{_name(f['subject'])} {stance} {_name(f['object'])}"
    elif t == "fundraiser":
        year = f" ({f['year']})" if f.get("year") else ""
        head = f"{_name(f['subject'])} جمع تبرعات لـ {_name(f['object'])}{year}"
    elif t == "membership":
        head = f"{_name(f['subject'])} عضو في {_name(f['object'])}"
    elif t == "quote":
        head = f"{_name(f['subject'])} قال: «{f.get('quote') or ''}»"
    else:
        head = f"{t}: {_name(f['subject'])} → {_name(f['object'])}"
    return f"  • {head}\n{_source_line(f)}"


def format_profile(p: dict[str, Any]) -> str:
    latin = f" ({p['name_latin']})" if p.get("name_latin") else ""
    lines = [f"{p['name']}{latin} — {_TYPE_AR.get(p['type'], p['type'])} [{p['id']}]"]
    others = [n["name"] for n in p["names"] if n["name"] != p["name"]]
    if others:
        lines.append("الأسماء الأخرى: " + "، ".join(others))
    lines.append(f"ورد في {p['articles_count']} مقال")
    sections = [
        ("المناصب", "roles"),
        ("أصحاب المناصب فيها", "role_holders"),
        ("التبرعات المقدَّمة", "gave"),
        ("التبرعات المتلقّاة", "received"),
        ("مواقفه (دعم أو معارضة)", "supports"),
        ("مواقف الآخرين منه", "supported_by"),
        ("جمع تبرعات", "fundraisers_hosted"),
        ("جُمعت له تبرعات", "fundraisers_for"),
        ("العضويات", "memberships"),
        ("الأعضاء", "members"),
        ("أقوال", "quotes"),
    ]
    for label, key in sections:
        if p[key]:
            lines.append(f"{label}:")
            lines.extend(format_fact_line(f) for f in p[key])
    lines.append("المقالات:")
    for a in p["articles"]:
        title = a.get("title") or a["id"]
        lines.append(
            f"  • {title} — {a.get('url') or a['id']}{' ' + a['published'] if a.get('published') else ''}"
        )
    if p["matches"]:
        lines.append("لماذا دُمجت الأسماء:")
        lines.extend(
            f"  • {m['reason']}" + (f" ({m['score']:.2f})" if m["score"] is not None else "")
            for m in p["matches"][:10]
        )
    return "\n".join(lines) + "\n"


def format_facts(facts: list[dict[str, Any]], empty: str = "لا توجد تبرعات مسجلة") -> str:
    if not facts:
        return empty + "\n"
    return "\n".join(format_fact_line(f) for f in facts) + "\n"


def format_top(rows: list[dict[str, Any]], kind: str) -> str:
    if not rows:
        return "لا توجد تبرعات مسجلة\n"
    head = "أكبر المتبرعين" if kind == "donors" else "أكبر المتلقّين"
    lines = [f"{head}:"]
    for i, r in enumerate(rows, 1):
        totals = "، ".join(f"{v:,} {c}" for c, v in r["totals"].items()) or "مبالغ غير محددة"
        lines.append(
            f"{i:>3}. {r['name']} [{r['id']}] — {r['donations']} تبرع، {totals} (من {r['articles']} مقال)"
        )
    return "\n".join(lines) + "\n"


def format_search(res: dict[str, list[dict[str, Any]]]) -> str:
    lines: list[str] = []
    if res["entities"]:
        lines.append("الكيانات:")
        lines.extend(
            f"  • {e['name']} [{e['id']}] — {_TYPE_AR.get(e['type'], e['type'])}، {e['articles']} مقال"
            for e in res["entities"]
        )
    if res["facts"]:
        lines.append("الوقائع:")
        lines.extend(format_fact_line(f) for f in res["facts"])
    if res["articles"]:
        lines.append("المقالات:")
        lines.extend(f"  • {a.get('title') or a['id']} — {a['snippet']}" for a in res["articles"])
    return ("\n".join(lines) if lines else "لا نتائج") + "\n"
