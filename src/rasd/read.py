"""Reading articles from files and standard input, with clear errors for bad input.

Original text is kept exactly as read (after UTF-8 decoding); nothing is normalised here.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import lzma
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rasd.contract import Article
from rasd.errors import RasdError

MAX_BYTES = 20 * 1024 * 1024  # one article; a 50 MB "article" is a mistake, not news
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\uFB50-\uFDFF\uFE70-\uFEFC]")
_LETTER = re.compile(r"[^\W\d_]")


def decode_utf8(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 or raise a one-line error naming the first bad byte."""
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise RasdError(f"cannot read {name!r}: binary file (NUL byte at {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise RasdError(f"cannot read {name!r}: not UTF-8 (byte 0x{bad:02x} at {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def check_arabic(text: str, name: str, min_share: float = 0.3) -> None:
    """Refuse empty or non-Arabic text: at least ``min_share`` of its letters must be Arabic."""
    if not text.strip():
        raise RasdError(f"cannot read {name!r}: empty input")
    letters = _LETTER.findall(text[:200_000])
    if not letters:
        raise RasdError(f"cannot read {name!r}: no text (no letters found)")
    arabic = sum(1 for ch in letters if _ARABIC_LETTER.match(ch))
    share = arabic / len(letters)
    if share < min_share:
        raise RasdError(
            f"cannot read {name!r}: not Arabic text ({share:.0%} of letters are Arabic; rasd reads Arabic news)"
        )


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """Read a path (or '-' for standard input) with size and existence checks."""
    if path == "-":
        data, name = sys.stdin.buffer.read(max_bytes + 1), "<stdin>"
    else:
        try:
            data, name = _read_path(path, max_bytes), path
        except OSError as exc:  # a name too long, an unreadable parent folder, an I/O error
            raise RasdError(f"cannot read {path!r}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise RasdError(f"cannot read {name!r}: input too large (more than {max_bytes / 1e6:.0f} MB)")
    return data, name


def _read_path(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    if not p.exists():
        raise RasdError(f"cannot read {path!r}: no such file")
    if p.is_dir():
        raise RasdError(f"cannot read {path!r}: is a directory")
    if not os.access(p, os.R_OK):
        raise RasdError(f"cannot read {path!r}: permission denied")
    size = p.stat().st_size
    if size > max_bytes:
        raise RasdError(
            f"cannot read {path!r}: file too large ({size / 1e6:.1f} MB; one article may be at most "
            f"{max_bytes / 1e6:.0f} MB — split corpora into JSONL)"
        )
    with p.open("rb") as fh:
        return fh.read(max_bytes + 1)


def article_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_text_article(path: str, published: str | None = None) -> Article:
    """Read one plain-text article. Raises RasdError with a one-line message on bad input."""
    data, name = read_bytes(path)
    if not data:
        raise RasdError(f"cannot read {name!r}: empty input")
    text = decode_utf8(data, name)
    check_arabic(text, name)
    return Article(id=article_id(text), text=text, published=published)


# ---- HTML pages, JSONL corpora, folders --------------------------------------------------------

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".jsonl.xz", ".ndjson.gz", ".ndjson.xz")


@dataclass
class SourceItem:
    """One article read from a source, or the reason it could not be read.

    ``source`` names where it came from (``corpus.jsonl:17``); ``same_source_same_article`` is
    true for one-article files, whose path identifies the article across edits.
    """

    source: str
    article: Article | None = None
    error: str | None = None
    same_source_same_article: bool = False


def source_kind(path: str) -> str | None:
    """'text', 'html' or 'jsonl' from the file name; None for files rasd does not read."""
    low = path.lower()
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def parse_html(html: str, name: str, url: str | None = None) -> Article:
    """The main text of an HTML page (boilerplate removed) with its title, date and URL.

    Uses trafilatura; the page's own metadata (og:url, canonical link, date meta tags) wins over
    nothing, and ``url`` (where it was fetched from) wins over the page's claim.
    """
    try:
        import trafilatura
    except ImportError:
        raise RasdError(
            f"cannot read {name!r}: reading HTML needs trafilatura (pip install trafilatura)"
        ) from None
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - a parser failure is bad input, not a crash
        raise RasdError(f"cannot read {name!r}: HTML could not be parsed ({type(exc).__name__})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise RasdError(f"cannot read {name!r}: no article text found in the HTML page")
    check_arabic(text, name)
    published = getattr(doc, "date", None) or None
    return Article(
        id=article_id(text),
        text=text,
        url=url or getattr(doc, "url", None) or None,
        title=getattr(doc, "title", None) or None,
        published=published,
    )


def read_html_article(path: str) -> Article:
    """Read one HTML page from a file. Raises RasdError with a one-line message on bad input."""
    data, name = read_bytes(path)
    if not data.strip():
        raise RasdError(f"cannot read {name!r}: empty input")
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise RasdError(f"cannot read {name!r}: binary file (NUL byte at {nul})")
    try:
        html = data.decode("utf-8")
    except UnicodeDecodeError:
        html = data.decode("cp1256", errors="replace")  # older Arabic sites; trafilatura re-checks meta
    return parse_html(html, name)


def parse_jsonl_record(line: str, name: str) -> Article:
    """One JSONL line ``{"id", "url", "title", "published", "text"}`` as an Article (only text is required)."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RasdError(f"{name}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise RasdError(f"{name}: expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RasdError(f"{name}: no 'text' field with the article's text")
    check_arabic(text, name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise RasdError(f"{name}: text is not valid Unicode (a lone surrogate)") from None

    def field(key: str, *alts: str) -> str | None:
        for k in (key, *alts):
            v = record.get(k)
            if v is not None and v != "":
                return str(v)
        return None

    published = field("published", "date")
    if published is not None:
        try:
            published = dt.date.fromisoformat(published[:10]).isoformat()
        except ValueError:
            published = None  # a date rasd cannot read is left out, not stored half-parsed
    ident = record.get("id")
    if ident is not None and not isinstance(ident, (str, int)):
        raise RasdError(f"{name}: 'id' must be a string or a number")
    for key in ("url", "title"):
        value = field(key)
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise RasdError(f"{name}: {key!r} is not valid Unicode (a lone surrogate)") from None
    return Article(
        id=field("id") or article_id(text),
        text=text,
        url=field("url"),
        title=field("title"),
        published=published,
        language=field("language") or "ar",
    )


def _open_text_lines(path: str) -> TextIO:
    low = path.lower()
    if low.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="strict")
    if low.endswith(".xz"):
        return lzma.open(path, "rt", encoding="utf-8", errors="strict")
    return open(path, encoding="utf-8", errors="strict")  # noqa: SIM115 - closed by the caller


def iter_jsonl(path: str) -> Iterator[SourceItem]:
    """Articles of a JSONL corpus, streamed; a bad line is reported and skipped, not fatal."""
    p = Path(path)
    if not p.exists():
        yield SourceItem(path, error=f"cannot read {path!r}: no such file")
        return
    try:
        fh = _open_text_lines(path)
    except OSError as exc:
        yield SourceItem(path, error=f"cannot read {path!r}: {exc.strerror or exc}")
        return
    with fh:
        lineno = 0
        while True:
            try:
                line = fh.readline()
            except UnicodeDecodeError as exc:
                # the rest of a file whose bytes are not UTF-8 cannot be split into lines safely
                yield SourceItem(
                    f"{path}:{lineno + 1}", error=f"{path}:{lineno + 1}: not UTF-8 ({exc.reason})"
                )
                return
            except (OSError, EOFError, lzma.LZMAError) as exc:
                yield SourceItem(f"{path}:{lineno + 1}", error=f"{path}: cannot decompress ({exc})")
                return
            if not line:
                return
            lineno += 1
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                yield SourceItem(where, parse_jsonl_record(line, where))
            except RasdError as exc:
                yield SourceItem(where, error=str(exc))


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                yield Path(root) / f


def iter_sources(paths: Iterable[str]) -> Iterator[SourceItem]:
    """Every article under ``paths``: text files, HTML pages, JSONL corpora and folders of them.

    Nothing here raises for bad input: each problem is an item with an ``error`` (one line), so a
    caller can skip it and go on.
    """
    for path in paths:
        p = Path(path)
        try:
            is_dir = path != "-" and p.is_dir()
        except OSError as exc:  # a name too long, an unreadable parent folder
            yield SourceItem(path, error=f"cannot read {path!r}: {exc.strerror or exc}")
            continue
        if is_dir:
            for child in _walk(p):
                kind = source_kind(child.name)
                if kind is None:
                    yield SourceItem(
                        str(child), error=f"cannot read {str(child)!r}: not a .txt, .html or .jsonl file"
                    )
                    continue
                yield from _read_one(str(child), kind)
        else:
            yield from _read_one(path, source_kind(path) or "text")


def _read_one(path: str, kind: str) -> Iterator[SourceItem]:
    if kind == "jsonl":
        yield from iter_jsonl(path)
        return
    try:
        source = path if path == "-" else str(Path(path).resolve())
        art = read_html_article(path) if kind == "html" else read_text_article(path)
    except OSError as exc:
        yield SourceItem(path, error=f"cannot read {path!r}: {exc.strerror or exc}")
        return
    except RasdError as exc:
        yield SourceItem(path, error=str(exc))
        return
    yield SourceItem(source, art, same_source_same_article=path != "-")


def count_articles(paths: Iterable[str]) -> int | None:
    """A quick upper bound of how many articles ``paths`` hold (for a progress bar), or None."""
    total = 0
    for path in paths:
        p = Path(path)
        if path == "-":
            return None
        try:
            files = list(_walk(p)) if p.is_dir() else [p]
        except OSError:
            continue
        for f in files:
            kind = source_kind(f.name)
            if kind == "jsonl":
                if f.name.lower().endswith((".gz", ".xz")):
                    return None
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    continue
            else:
                total += 1
    return total
