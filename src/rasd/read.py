"""Reading articles from files and standard input, with clear errors for bad input.

Original text is kept exactly as read (after UTF-8 decoding); nothing is normalised here.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

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
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        name = path
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
            data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise RasdError(f"cannot read {name!r}: input too large (more than {max_bytes / 1e6:.0f} MB)")
    return data, name


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
