"""The SQLite knowledge base: open, save one article's extraction, merge and split entities.

One transaction per article: a crash (Ctrl-C, kill -9, power cut) leaves every finished article
complete and none half-written. WAL mode lets readers (``rasd show``, datasette) run during an
ingest.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.contract import Amount, Article, Entity, Extraction, Fact
from rasd.errors import RasdError
from rasd.store.matching import (
    RESOLVABLE_TYPES,
    Decision,
    Matcher,
    NameGroups,
    NameInfo,
    cross_article_decision,
    default_matcher,
    exact_key,
    normalise_name,
)
from rasd.store.schema import migrate

# Which contract arguments are a fact's two ends; the typed columns subject_*/object_* hold them.
FACT_ENDS: dict[str, tuple[str, str | None]] = {
    "role": ("subject", "object"),
    "donation": ("donor", "recipient"),
    "support": ("subject", "object"),
    "fundraiser": ("host", "beneficiary"),
    "membership": ("member", "group"),
    "quote": ("speaker", None),
}
MAX_CANDIDATES = 5  # matcher calls per document entity (the most similar, most-cited candidates first)
CACHE_SIZE = 200_000


def default_db_path() -> Path:
    """``$RASD_DB`` if set, else ``rasd.db`` in the user's data directory."""
    env = os.environ.get("RASD_DB")
    if env:
        return Path(env).expanduser()
    try:
        from platformdirs import user_data_dir

        base = Path(user_data_dir("rasd", appauthor=False))
    except ImportError:
        base = Path.home() / ".local" / "share" / "rasd"
    return base / "rasd.db"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class SaveResult:
    status: str  # "new", "replaced", "unchanged"
    article_id: str
    entities: int = 0
    facts: int = 0
    merged: int = 0  # document entities attached to an entity seen in an earlier article


def _amount_fields(value: Any) -> tuple[float | None, float | None, str | None, str | None, int | None]:
    if isinstance(value, Amount):
        return value.min, value.max, value.currency, value.text, int(value.approximate)
    if isinstance(value, dict):
        return (
            value.get("min"),
            value.get("max"),
            value.get("currency"),
            value.get("text"),
            int(bool(value.get("approximate"))),
        )
    return None, None, None, None, None


def _json_default(value: Any) -> Any:
    if hasattr(value, "to_json"):
        return value.to_json()
    raise TypeError(f"cannot store {type(value).__name__} in fact args")


class Store:
    """A rasd knowledge base in one SQLite file."""

    def __init__(self, path: str | Path, matcher: Matcher | None = None, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise RasdError(f"no knowledge base at {str(self.path)!r}; run 'rasd ingest' first")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=30000")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise RasdError(f"cannot open knowledge base {str(self.path)!r}: {exc}") from None
        except OSError as exc:
            raise RasdError(f"cannot open knowledge base {str(self.path)!r}: {exc.strerror}") from None
        self.matcher = matcher or default_matcher()
        self._groups: NameGroups | None = None
        self._key_cache: dict[tuple[str, str, str | None], set[str]] = {}
        self._decision_cache: dict[tuple[Any, ...], Decision] = {}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # ---- articles -------------------------------------------------------------------------

    def find_existing(
        self, article_id: str, url: str | None, source: str | None, text_hash: str
    ) -> tuple[str, str] | None:
        """(stored id, stored hash) of the article this one is a version of, if any.

        Identity is the id, else the URL, else the file it came from; identical text under
        another identity counts as the same article (a re-post), so it is not stored twice.
        """
        conn = self.conn
        row = conn.execute("SELECT id, content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and url:
            row = conn.execute("SELECT id, content_hash FROM articles WHERE url = ?", (url,)).fetchone()
        if row is None and source:
            row = conn.execute("SELECT id, content_hash FROM articles WHERE source = ?", (source,)).fetchone()
        if row is None:
            row = conn.execute(
                "SELECT id, content_hash FROM articles WHERE content_hash = ? LIMIT 1", (text_hash,)
            ).fetchone()
        return (row[0], row[1]) if row else None

    def is_unchanged(
        self, article: Article, source: str | None = None, source_identifies: bool = False
    ) -> bool:
        """True when this exact text is already stored (so extracting it again would change nothing)."""
        text_hash = content_hash(article.text)
        found = self.find_existing(article.id, article.url, source if source_identifies else None, text_hash)
        return found is not None and found[1] == text_hash

    def save_extraction(
        self, ext: Extraction, source: str | None = None, source_identifies: bool = False, force: bool = False
    ) -> SaveResult:
        """Store one article with its entities, mentions, values and facts, in one transaction.

        ``source`` is where it was read from; when ``source_identifies`` (a one-article file) an
        article already stored from that source is an older version of this one. ``force``
        replaces even an identical text (a re-extraction after a pipeline upgrade).
        """
        art = ext.article
        text_hash = content_hash(art.text)
        with self.transaction():
            existing = self.find_existing(art.id, art.url, source if source_identifies else None, text_hash)
            if existing and existing[1] == text_hash and not force:
                return SaveResult("unchanged", existing[0])
            status = "new"
            if existing:
                self._delete_article(existing[0])
                status = "replaced"
            result = self._insert(ext, source, text_hash)
            result.status = status
            return result

    def _insert(self, ext: Extraction, source: str | None, text_hash: str) -> SaveResult:
        conn = self.conn
        art = ext.article
        n_mentions = sum(len(e.mentions) for e in ext.entities)
        conn.execute(
            "INSERT INTO articles (id, url, title, published, language, source, content_hash, text,"
            " n_entities, n_mentions, n_facts) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                art.id,
                art.url,
                art.title,
                art.published,
                art.language,
                source,
                text_hash,
                art.text,
                len(ext.entities),
                n_mentions,
                len(ext.facts),
            ),
        )
        local_to_row: dict[str, int] = {}
        local_to_global: dict[str, int] = {}
        touched: set[int] = set()
        merged = 0
        mention_rows: list[tuple[Any, ...]] = []
        for ent in ext.entities:
            cur = conn.execute(
                "INSERT INTO doc_entities (article_id, local_id, type, name, name_latin, aliases)"
                " VALUES (?,?,?,?,?,?)",
                (
                    art.id,
                    ent.id,
                    ent.type,
                    ent.name,
                    ent.name_latin,
                    json.dumps(ent.aliases, ensure_ascii=False),
                ),
            )
            doc_row = int(cur.lastrowid or 0)
            local_to_row[ent.id] = doc_row
            gid, was_merged = self._attach(doc_row, ent)
            conn.execute("UPDATE doc_entities SET entity_id = ? WHERE id = ?", (gid, doc_row))
            merged += was_merged
            local_to_global[ent.id] = gid
            touched.add(gid)
            mention_rows.extend((art.id, doc_row, m.start, m.end, m.text) for m in ent.mentions)
        conn.executemany(
            'INSERT INTO mentions (article_id, doc_entity_id, start, "end", text) VALUES (?,?,?,?,?)',
            mention_rows,
        )
        conn.executemany(
            'INSERT INTO article_values (article_id, type, start, "end", text) VALUES (?,?,?,?,?)',
            [(art.id, v.label, v.start, v.end, v.text) for v in ext.values],
        )
        conn.executemany(
            "INSERT INTO facts (article_id, type, args, subject_doc, object_doc, attribution_doc,"
            " subject_id, object_id, role, stance, status, amount_min, amount_max, currency, amount_text,"
            " approximate, year, quote, evidence_start, evidence_end, sentence, reason)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [self._fact_row(art.id, f, local_to_row, local_to_global) for f in ext.facts],
        )
        self._refresh_entities(touched, article_delta=1)
        return SaveResult("new", art.id, len(ext.entities), len(ext.facts), merged)

    @staticmethod
    def _fact_row(
        article_id: str, fact: Fact, local_to_row: dict[str, int], local_to_global: dict[str, int]
    ) -> tuple[Any, ...]:
        a = fact.args
        subj_key, obj_key = FACT_ENDS.get(fact.type, ("subject", "object"))
        subj = a.get(subj_key)
        obj = a.get(obj_key) if obj_key else None
        subj = subj if isinstance(subj, str) else None
        obj = obj if isinstance(obj, str) else None
        amin, amax, cur, atext, approx = _amount_fields(a.get("amount"))
        year = a.get("year")
        quote = a.get("text") if fact.type == "quote" else None
        args = json.dumps(a, ensure_ascii=False, default=_json_default)
        return (
            article_id,
            fact.type,
            args,
            local_to_row.get(subj) if subj else None,
            local_to_row.get(obj) if obj else None,
            local_to_row.get(fact.attribution) if fact.attribution else None,
            local_to_global.get(subj) if subj else None,
            local_to_global.get(obj) if obj else None,
            a.get("role"),
            a.get("stance"),
            a.get("status"),
            amin,
            amax,
            cur,
            atext,
            approx,
            int(year)
            if isinstance(year, int | float) or (isinstance(year, str) and year.isdigit())
            else None,
            quote,
            fact.evidence.start,
            fact.evidence.end,
            fact.evidence.sentence,
            fact.reason or "",
        )

    def _delete_article(self, article_id: str) -> None:
        """Remove an article's rows and its share of the global entities (inside a transaction)."""
        conn = self.conn
        docs = conn.execute(
            "SELECT id, entity_id, name, aliases FROM doc_entities WHERE article_id = ?", (article_id,)
        ).fetchall()
        conn.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM article_values WHERE article_id = ?", (article_id,))
        conn.executemany("DELETE FROM merges WHERE doc_entity_id = ?", [(d[0],) for d in docs])
        conn.execute("DELETE FROM doc_entities WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        touched = {d[1] for d in docs if d[1] is not None}
        for _doc_id, gid, name, aliases in docs:
            for n, _alias in [(name, 0), *((x, 1) for x in json.loads(aliases or "[]"))]:
                conn.execute(
                    "UPDATE entity_names SET count = count - 1 WHERE entity_id = ? AND name = ?", (gid, n)
                )
        conn.executemany(
            "DELETE FROM entity_names WHERE entity_id = ? AND count <= 0", [(g,) for g in touched]
        )
        self._refresh_entities(touched, article_delta=-1)

    # ---- global entities ------------------------------------------------------------------

    @property
    def groups(self) -> NameGroups:
        if self._groups is None:
            rows = self.conn.execute(
                "SELECT judgement, left_type, left_name, right_type, right_name FROM judgements ORDER BY id"
            ).fetchall()
            self._groups = NameGroups(rows)
        return self._groups

    def _entity_info(self, gid: int) -> NameInfo:
        row = self.conn.execute("SELECT type, name, name_latin FROM entities WHERE id = ?", (gid,)).fetchone()
        full: list[str] = []
        short: list[str] = []
        for name, is_alias in self.conn.execute(
            "SELECT name, is_alias FROM entity_names WHERE entity_id = ? ORDER BY is_alias, count DESC LIMIT 20",
            (gid,),
        ):
            if name != row[1]:
                (short if is_alias else full).append(name)
        return NameInfo(row[0], row[1], short, row[2], full)

    def _entity_norms(self, gid: int) -> list[tuple[str, str]]:
        return [
            (t, n)
            for t, n in self.conn.execute(
                "SELECT e.type, n.name_norm FROM entity_names n JOIN entities e ON e.id = n.entity_id"
                " WHERE n.entity_id = ?",
                (gid,),
            )
        ]

    def _attach(self, doc_row: int, ent: Entity) -> tuple[int, int]:
        """Attach a document entity to a global entity (existing or new); record why. -> (id, merged?)

        Order: a user's judgement; then an entity with exactly the same normalised full name; then
        candidates sharing a blocking key, decided by the matcher (best score wins). Each path
        writes its reason to ``merges``.
        """
        conn = self.conn
        info = NameInfo(ent.type, ent.name, [a for a in ent.aliases if a != ent.name], ent.name_latin)
        if ent.type not in RESOLVABLE_TYPES:
            gid = self._new_entity(info, set())
            self._record_merge(
                doc_row, gid, "new", None, f"{ent.type} entities are never merged across articles"
            )
            self._add_names(gid, info)
            return gid, 0
        key = (ent.type, normalise_name(ent.name))
        groups = self.groups
        # 1. a user's judgement wins over the matcher
        group = groups.group(key) if not groups.empty else set()
        if len(group) > 1:
            found: list[tuple[int, str]] = []
            for gtype, gnorm in group:
                row = conn.execute(
                    "SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id"
                    " WHERE n.name_norm = ? AND e.type = ? AND e.merged_into IS NULL ORDER BY e.id LIMIT 1",
                    (gnorm, gtype),
                ).fetchone()
                if row:
                    found.append((int(row[0]), gnorm))
            if found:
                gid, gnorm = min(found)
                self._record_merge(
                    doc_row, gid, "judgement", 1.0, f"user judged '{ent.name}' the same as '{gnorm}'"
                )
                self._add_names(gid, info, self._keys(info))
                return gid, 1
        keys = self._keys(info)
        rejected: list[str] = []
        # 2. the same normalised full name, same type: no need to ask the matcher
        exact = exact_key(ent.type, ent.name)
        for (gid,) in conn.execute(
            "SELECT k.entity_id FROM entity_keys k JOIN entities e ON e.id = k.entity_id"
            " WHERE k.key = ? AND e.merged_into IS NULL AND e.type = ? ORDER BY e.n_articles DESC, e.id LIMIT 5",
            (exact, ent.type),
        ).fetchall():
            blocked = groups.blocked(key, self._entity_norms(gid)) if not groups.empty else None
            if blocked is not None:
                rejected.append(f"user judged not the same as '{blocked[1]}'")
                continue
            self._record_merge(doc_row, gid, "match", 1.0, f"same normalised name ('{key[1]}')")
            self._add_names(gid, info, keys)
            return int(gid), 1
        # 3. candidates sharing a blocking key, decided by the matcher
        best: tuple[float, int, str] | None = None
        closest: tuple[float, str] | None = None
        if keys:
            marks = ",".join("?" * len(keys))
            cands = conn.execute(
                f"SELECT k.entity_id, COUNT(*) AS shared FROM entity_keys k JOIN entities e ON e.id = k.entity_id"
                f" WHERE k.key IN ({marks}) AND e.merged_into IS NULL AND e.type = ?"
                f" GROUP BY k.entity_id ORDER BY shared DESC, e.n_articles DESC, k.entity_id LIMIT {MAX_CANDIDATES}",
                (*sorted(keys), ent.type),
            ).fetchall()
            for gid, _shared in cands:
                if not groups.empty:
                    blocked = groups.blocked(key, self._entity_norms(gid))
                    if blocked is not None:
                        rejected.append(f"user judged not the same as '{blocked[1]}'")
                        continue
                cand = self._entity_info(gid)
                decision = self._decide(info, cand)
                if decision.same and (best is None or decision.score > best[0]):
                    best = (decision.score, int(gid), f"'{ent.name}' ~ '{cand.name}': {decision.reason}")
                elif (
                    not decision.same
                    and decision.score > 0
                    and (closest is None or decision.score > closest[0])
                ):
                    closest = (decision.score, f"closest: '{cand.name}' [{gid}]: {decision.reason}")
        if best is not None:
            score, gid, reason = best
            self._record_merge(doc_row, gid, "match", score, reason)
            self._add_names(gid, info, keys)
            return gid, 1
        gid = self._new_entity(info, keys)
        notes = rejected[:3] + ([closest[1]] if closest else [])
        why = "no earlier entity matched" + (f" ({'; '.join(notes)})" if notes else "")
        self._record_merge(doc_row, gid, "new", None, why)
        self._add_names(gid, info)
        return gid, 0

    def _keys(self, info: NameInfo) -> set[str]:
        sig = (info.type, info.name, info.name_latin)
        keys = self._key_cache.get(sig)
        if keys is None:
            if len(self._key_cache) > CACHE_SIZE:
                self._key_cache.clear()
            keys = self._key_cache[sig] = self.matcher.keys(info)
        return keys

    def _decide(self, doc: NameInfo, cand: NameInfo) -> Decision:
        """The matcher's decision, cached: the same pair of names recurs across many articles."""
        sig = (doc.type, doc.name, doc.name_latin, cand.name, tuple(cand.other_names), cand.name_latin)
        decision = self._decision_cache.get(sig)
        if decision is None:
            if len(self._decision_cache) > CACHE_SIZE:
                self._decision_cache.clear()
            decision = self._decision_cache[sig] = cross_article_decision(
                doc, cand, self.matcher.decide(doc, cand)
            )
        return decision

    def _new_entity(self, info: NameInfo, keys: set[str]) -> int:
        cur = self.conn.execute(
            "INSERT INTO entities (type, name, name_latin) VALUES (?,?,?)",
            (info.type, info.name, info.name_latin),
        )
        gid = int(cur.lastrowid or 0)
        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?,?)", [(k, gid) for k in keys]
        )
        return gid

    def _add_names(self, gid: int, info: NameInfo, keys: set[str] | None = None) -> None:
        rows = [(gid, info.name, normalise_name(info.name), 0)]
        rows += [(gid, a, normalise_name(a), 1) for a in info.aliases if a and a != info.name]
        self.conn.executemany(
            "INSERT INTO entity_names (entity_id, name, name_norm, is_alias, count) VALUES (?,?,?,?,1)"
            " ON CONFLICT (entity_id, name) DO UPDATE SET count = count + 1, is_alias = min(is_alias, excluded.is_alias)",
            rows,
        )
        if keys:
            self.conn.executemany(
                "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?,?)", [(k, gid) for k in keys]
            )
        if info.name_latin:
            self.conn.execute(
                "UPDATE entities SET name_latin = ? WHERE id = ? AND name_latin IS NULL",
                (info.name_latin, gid),
            )

    def _record_merge(
        self, doc_row: int | None, gid: int, kind: str, score: float | None, reason: str
    ) -> None:
        self.conn.execute(
            "INSERT INTO merges (doc_entity_id, entity_id, kind, score, reason) VALUES (?,?,?,?,?)",
            (doc_row, gid, kind, score, reason),
        )

    def _refresh_entities(self, ids: set[int], article_delta: int | None = None) -> None:
        """Update display name and article count; drop entities no article mentions any more.

        ``article_delta`` (+1 after inserting an article, -1 after deleting one) avoids counting
        a popular entity's articles again for every new article; None recounts (merge, split).
        """
        conn = self.conn
        for gid in ids:
            if article_delta is None:
                n = conn.execute(
                    "SELECT COUNT(DISTINCT article_id) FROM doc_entities WHERE entity_id = ?", (gid,)
                ).fetchone()[0]
            else:
                n = (
                    conn.execute("SELECT n_articles FROM entities WHERE id = ?", (gid,)).fetchone()[0]
                    + article_delta
                )
            if n <= 0:
                conn.execute("DELETE FROM entity_names WHERE entity_id = ?", (gid,))
                conn.execute("DELETE FROM entity_keys WHERE entity_id = ?", (gid,))
                conn.execute("UPDATE entities SET merged_into = NULL WHERE merged_into = ?", (gid,))
                conn.execute("DELETE FROM entities WHERE id = ?", (gid,))
                continue
            conn.execute(
                "UPDATE entities SET n_articles = ?, name = coalesce((SELECT name FROM entity_names"
                " WHERE entity_id = ? ORDER BY is_alias, count DESC, length(name) DESC, name LIMIT 1), name)"
                " WHERE id = ?",
                (n, gid, gid),
            )

    def _rebuild_names_and_keys(self, gid: int) -> None:
        """Recompute an entity's names and blocking keys from its document entities (after merge/split)."""
        conn = self.conn
        conn.execute("DELETE FROM entity_names WHERE entity_id = ?", (gid,))
        conn.execute("DELETE FROM entity_keys WHERE entity_id = ?", (gid,))
        rows = conn.execute(
            "SELECT type, name, name_latin, aliases FROM doc_entities WHERE entity_id = ?", (gid,)
        ).fetchall()
        for etype, name, latin, aliases in rows:
            info = NameInfo(etype, name, [a for a in json.loads(aliases or "[]") if a != name], latin)
            self._add_names(gid, info, self.matcher.keys(info))
        self._refresh_entities({gid})

    # ---- user judgements ------------------------------------------------------------------

    def resolve_entity(self, ref: str) -> int:
        """A global entity id from a user's reference: an id (``42``) or a name (``جورج سوروس``)."""
        conn = self.conn
        ref = ref.strip()
        if ref.isdigit():
            gid: int | None = int(ref)
            seen: set[int] = set()
            while gid is not None and gid not in seen:
                seen.add(gid)
                row = conn.execute("SELECT merged_into FROM entities WHERE id = ?", (gid,)).fetchone()
                if row is None:
                    raise RasdError(f"no entity with id {ref}")
                if row[0] is None:
                    return gid
                gid = int(row[0])
            raise RasdError(f"no entity with id {ref}")
        norm = normalise_name(ref)
        rows = conn.execute(
            "SELECT e.id, e.name, e.type, e.n_articles, min(n.is_alias) AS alias FROM entity_names n"
            " JOIN entities e ON e.id = n.entity_id WHERE n.name_norm = ? AND e.merged_into IS NULL"
            " GROUP BY e.id ORDER BY alias, e.n_articles DESC, e.id",
            (norm,),
        ).fetchall()
        if not rows:
            raise RasdError(f"no entity named {ref!r} in the knowledge base (try 'rasd search')")
        if len(rows) > 1 and rows[0][3:] == rows[1][3:]:
            options = ", ".join(f"{r[0]} ({r[1]}, {r[2]})" for r in rows[:5])
            raise RasdError(f"{ref!r} names several entities: {options}; give an id")
        return int(rows[0][0])

    def merge(self, ref_a: str, ref_b: str, note: str | None = None) -> int:
        """Record that A and B are the same and merge them now; returns the surviving id."""
        a, b = self.resolve_entity(ref_a), self.resolve_entity(ref_b)
        if a == b:
            return a
        keep, gone = min(a, b), max(a, b)
        conn = self.conn
        with self.transaction():
            ta, na = conn.execute("SELECT type, name FROM entities WHERE id = ?", (a,)).fetchone()
            tb, nb = conn.execute("SELECT type, name FROM entities WHERE id = ?", (b,)).fetchone()
            conn.execute(
                "INSERT INTO judgements (judgement, left_type, left_name, right_type, right_name, note)"
                " VALUES ('same', ?, ?, ?, ?, ?)",
                (ta, na, tb, nb, note),
            )
            # names of the absorbed entity, so replay finds them even after its articles change
            for (other,) in conn.execute(
                "SELECT DISTINCT name FROM doc_entities WHERE entity_id = ? AND name != ?", (gone, nb)
            ).fetchall():
                conn.execute(
                    "INSERT INTO judgements (judgement, left_type, left_name, right_type, right_name, note)"
                    " VALUES ('same', ?, ?, ?, ?, 'name of merged entity')",
                    (tb, nb, tb, other),
                )
            self._move(gone, keep)
            conn.execute("UPDATE entities SET merged_into = ? WHERE id = ?", (keep, gone))
            conn.execute("UPDATE entities SET merged_into = ? WHERE merged_into = ?", (keep, gone))
            conn.execute("DELETE FROM entity_names WHERE entity_id = ?", (gone,))
            conn.execute("DELETE FROM entity_keys WHERE entity_id = ?", (gone,))
            conn.execute("UPDATE entities SET n_articles = 0 WHERE id = ?", (gone,))
            self._rebuild_names_and_keys(keep)
            self._record_merge(
                None, keep, "user_merge", 1.0, f"user merged {gone} ('{nb}') into {keep} ('{na}')"
            )
            conn.execute("UPDATE merges SET other_entity_id = ? WHERE id = last_insert_rowid()", (gone,))
        self._groups = None
        return keep

    def _move(self, src: int, dst: int, doc_ids: list[int] | None = None) -> None:
        conn = self.conn
        if doc_ids is None:
            doc_ids = [r[0] for r in conn.execute("SELECT id FROM doc_entities WHERE entity_id = ?", (src,))]
        rows = [(dst, d) for d in doc_ids]
        conn.executemany("UPDATE doc_entities SET entity_id = ? WHERE id = ?", rows)
        conn.executemany("UPDATE facts SET subject_id = ? WHERE subject_doc = ?", rows)
        conn.executemany("UPDATE facts SET object_id = ? WHERE object_doc = ?", rows)

    def split(self, ref: str, name: str | None = None, note: str | None = None) -> list[int]:
        """Split off the documents that call the entity ``name`` (or every distinct name); returns new ids."""
        gid = self.resolve_entity(ref)
        conn = self.conn
        etype, ename = conn.execute("SELECT type, name FROM entities WHERE id = ?", (gid,)).fetchone()
        docs = conn.execute("SELECT id, name FROM doc_entities WHERE entity_id = ?", (gid,)).fetchall()
        by_norm: dict[str, list[tuple[int, str]]] = {}
        for doc_id, dname in docs:
            by_norm.setdefault(normalise_name(dname), []).append((doc_id, dname))
        if name is not None:
            wanted = normalise_name(name)
            if wanted not in by_norm:
                known = ", ".join(sorted({d[1] for d in docs})[:10])
                raise RasdError(f"entity {gid} ('{ename}') is never called {name!r}; its names: {known}")
            if len(by_norm) == 1:
                raise RasdError(f"entity {gid} has only the name {name!r}; nothing to split")
            parts = [wanted]
        else:
            if len(by_norm) < 2:
                raise RasdError(f"entity {gid} ('{ename}') has only one name; nothing to split")
            keep_norm = normalise_name(ename)
            parts = [n for n in sorted(by_norm) if n != keep_norm]
        new_ids: list[int] = []
        with self.transaction():
            for norm in parts:
                docs_here = by_norm[norm]
                split_name = docs_here[0][1]
                others = {d[1] for n, ds in by_norm.items() if n != norm for d in ds}
                for other in sorted(others):
                    conn.execute(
                        "INSERT INTO judgements (judgement, left_type, left_name, right_type, right_name, note)"
                        " VALUES ('not_same', ?, ?, ?, ?, ?)",
                        (etype, split_name, etype, other, note),
                    )
                # a split contradicts earlier 'same' judgements between these names
                for other in others:
                    conn.execute(
                        "DELETE FROM judgements WHERE judgement = 'same' AND ((left_name = ? AND right_name = ?)"
                        " OR (left_name = ? AND right_name = ?))",
                        (split_name, other, other, split_name),
                    )
                new = self._new_entity(NameInfo(etype, split_name), set())
                self._move(gid, new, [d[0] for d in docs_here])
                self._rebuild_names_and_keys(new)
                self._record_merge(
                    None, new, "user_split", None, f"user split '{split_name}' off entity {gid}"
                )
                new_ids.append(new)
            self._rebuild_names_and_keys(gid)
        self._groups = None
        return new_ids

    # ---- whole-store operations -----------------------------------------------------------

    def rebuild_resolution(self) -> dict[str, int]:
        """Resolve every document entity again, in ingest order, with the current matcher.

        Global ids are reassigned; user judgements (kept by name) are replayed, so merges and
        splits a user made survive. Use after the matcher improves. One transaction.
        """
        conn = self.conn
        with self.transaction():
            docs = conn.execute(
                "SELECT d.id, d.local_id, d.type, d.name, d.name_latin, d.aliases FROM doc_entities d"
                " JOIN articles a ON a.id = d.article_id ORDER BY a.seq, d.id"
            ).fetchall()
            for table in ("entity_keys", "entity_names", "entities"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM merges")  # ids are reassigned; judgements keep the user's history
            conn.execute("UPDATE doc_entities SET entity_id = NULL")
            self._groups = None
            self._decision_cache.clear()
            article_of = dict(conn.execute("SELECT id, article_id FROM doc_entities").fetchall())
            counts: dict[int, set[str]] = {}
            merged = 0
            for doc_id, local, etype, name, latin, aliases in docs:
                ent = Entity(local, etype, name, latin, json.loads(aliases or "[]"))
                gid, was_merged = self._attach(doc_id, ent)
                merged += was_merged
                conn.execute("UPDATE doc_entities SET entity_id = ? WHERE id = ?", (gid, doc_id))
                counts.setdefault(gid, set()).add(article_of[doc_id])
            conn.executemany(
                "UPDATE entities SET n_articles = ? WHERE id = ?", [(len(a), g) for g, a in counts.items()]
            )
            conn.execute(
                "UPDATE facts SET subject_id = (SELECT entity_id FROM doc_entities WHERE id = facts.subject_doc),"
                " object_id = (SELECT entity_id FROM doc_entities WHERE id = facts.object_doc)"
            )
            self._refresh_entities(set(counts), article_delta=0)
        return {"documents": len(docs), "entities": len(counts), "merged": merged}

    def counts(self) -> dict[str, int]:
        conn = self.conn
        return {
            "articles": conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
            "entities": conn.execute(
                "SELECT COUNT(*) FROM entities WHERE merged_into IS NULL AND n_articles > 0"
            ).fetchone()[0],
            "facts": conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0],
            "mentions": conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0],
            "judgements": conn.execute("SELECT COUNT(*) FROM judgements").fetchone()[0],
        }

    def record_skip(self, source: str, reason: str) -> None:
        self.conn.execute("INSERT INTO skipped (source, reason) VALUES (?, ?)", (source, reason))

    def check(self) -> list[str]:
        """Consistency problems, if any: integrity, orphans, per-article counts."""
        conn = self.conn
        problems: list[str] = []
        res = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if res != "ok":
            problems.append(f"integrity_check: {res}")
        checks = {
            "facts without article": "SELECT COUNT(*) FROM facts f LEFT JOIN articles a ON a.id = f.article_id"
            " WHERE a.id IS NULL",
            "mentions without article": "SELECT COUNT(*) FROM mentions m LEFT JOIN articles a"
            " ON a.id = m.article_id WHERE a.id IS NULL",
            "doc entities without article": "SELECT COUNT(*) FROM doc_entities d LEFT JOIN articles a"
            " ON a.id = d.article_id WHERE a.id IS NULL",
            "doc entities without entity": "SELECT COUNT(*) FROM doc_entities d LEFT JOIN entities e"
            " ON e.id = d.entity_id WHERE e.id IS NULL",
            "articles with missing facts": "SELECT COUNT(*) FROM articles a WHERE a.n_facts !="
            " (SELECT COUNT(*) FROM facts f WHERE f.article_id = a.id)",
            "articles with missing mentions": "SELECT COUNT(*) FROM articles a WHERE a.n_mentions !="
            " (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id)",
            "articles with missing entities": "SELECT COUNT(*) FROM articles a WHERE a.n_entities !="
            " (SELECT COUNT(*) FROM doc_entities d WHERE d.article_id = a.id)",
            "facts pointing at a merged-away entity": "SELECT COUNT(*) FROM facts f JOIN entities e"
            " ON e.id = f.subject_id WHERE e.merged_into IS NOT NULL",
        }
        for label, sql in checks.items():
            n = conn.execute(sql).fetchone()[0]
            if n:
                problems.append(f"{label}: {n}")
        return problems
