"""Ingest: read sources → extract each article → store it, one transaction per article.

An article that cannot be read or extracted is skipped with a one-line reason (and recorded in
the store's ``skipped`` table); it never stops the run or touches what is already stored.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.contract import Article, Extraction
from rasd.errors import RasdError
from rasd.read import count_articles, iter_sources
from rasd.store import Store

Extractor = Callable[[Article], Extraction]


@dataclass
class IngestSummary:
    read: int = 0  # articles read successfully from the sources
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    entities: int = 0  # document entities stored in this run
    merged: int = 0  # of which attached to an entity known from another article
    facts: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "new": self.new,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "skipped": [{"source": s, "reason": r} for s, r in self.skipped],
            "entities": self.entities,
            "merged": self.merged,
            "facts": self.facts,
            "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted,
        }

    def lines(self, max_reasons: int = 10) -> list[str]:
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        out = [
            f"articles read: {self.read} (new {self.new}, replaced {self.replaced}, unchanged {self.unchanged}),"
            f" skipped: {len(self.skipped)}",
            f"stored: {self.entities} entities ({self.merged} matched an earlier article), {self.facts} facts",
            f"time: {self.seconds:.1f} s ({rate:.1f} articles/s)",
        ]
        for source, reason in self.skipped[:max_reasons]:
            out.append(f"  skipped {source}: {reason}" if source not in reason else f"  skipped: {reason}")
        if len(self.skipped) > max_reasons:
            out.append(f"  … and {len(self.skipped) - max_reasons} more (see the 'skipped' table)")
        if self.interrupted:
            out.append("interrupted: every article finished before the interruption is stored")
        return out


def default_extractor() -> Extractor:
    try:
        from rasd.pipeline import extract_article
    except ImportError as exc:
        raise RasdError(f"the extraction pipeline is not available ({exc})") from None
    return extract_article


def check_extraction(ext: Extraction) -> str | None:
    """Why an extraction breaks the contract (offsets, references), or None if it is sound.

    Offsets are the provenance of every stored fact, so an article whose offsets do not point at
    its text is skipped rather than stored wrong.
    """
    text = ext.article.text
    ids = {e.id for e in ext.entities}
    if len(ids) != len(ext.entities):
        return "duplicate entity ids"
    for e in ext.entities:
        for m in e.mentions:
            if not (0 <= m.start <= m.end <= len(text)) or text[m.start : m.end] != m.text:
                return f"mention {m.text!r} of {e.id} does not match the text at {m.start}:{m.end}"
    for f in ext.facts:
        ev = f.evidence
        if not (0 <= ev.start <= ev.end <= len(text)):
            return f"{f.type} fact evidence {ev.start}:{ev.end} is outside the text"
    return None


def ingest(
    paths: Iterable[str],
    store: Store,
    extract: Extractor | None = None,
    force: bool = False,
    progress: bool | None = None,
    on_saved: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths`` into ``store``; returns what happened.

    ``force`` re-extracts articles whose text is already stored (after a pipeline upgrade).
    ``progress``: None shows a bar only when standard error is a terminal.
    """
    paths = list(paths)
    summary = IngestSummary()
    started = time.perf_counter()
    extract_fn = extract or default_extractor()
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress_bar(count_articles(paths) if show else None, show)
    try:
        for item in iter_sources(paths):
            bar.update(1)
            if item.article is None:
                _skip(store, summary, item.source, item.error or "unreadable")
                continue
            art = item.article
            summary.read += 1
            try:
                if not force and store.is_unchanged(art, item.source, item.same_source_same_article):
                    summary.unchanged += 1
                    continue
                ext = extract_fn(art)
            except RasdError as exc:
                _skip(store, summary, item.source, str(exc))
                continue
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
                _skip(store, summary, item.source, f"extraction failed: {type(exc).__name__}: {exc}")
                continue
            problem = check_extraction(ext)
            if problem:
                _skip(store, summary, item.source, f"extraction broke the contract: {problem}")
                continue
            try:
                res = store.save_extraction(ext, item.source, item.same_source_same_article, force=force)
            except (sqlite3.IntegrityError, TypeError, ValueError) as exc:
                _skip(store, summary, item.source, f"could not store: {exc}")
                continue
            except sqlite3.OperationalError as exc:  # disk full, locked: stop, keep what is stored
                raise RasdError(f"cannot write to the knowledge base: {exc}") from None
            if res.status == "unchanged":
                summary.unchanged += 1
                continue
            summary.new += res.status == "new"
            summary.replaced += res.status == "replaced"
            summary.entities += res.entities
            summary.merged += res.merged
            summary.facts += res.facts
            if on_saved is not None:
                on_saved(summary.new + summary.replaced)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        bar.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _skip(store: Store, summary: IngestSummary, source: str, reason: str) -> None:
    summary.skipped.append((source, reason))
    try:
        store.record_skip(source, reason)
    except sqlite3.Error:
        pass  # the summary still reports it


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int | None, show: bool) -> Any:
    if not show:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoBar()
    return tqdm(total=total, file=sys.stderr, unit=" articles", dynamic_ncols=True, mininterval=0.5)
