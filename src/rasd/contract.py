"""The extraction contract (../shared/ARCHITECTURE.md): what `rasd extract --format json` prints.

Every offset is a character offset into the ORIGINAL article text, so that
``article.text[m.start:m.end] == m.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "MISC", "ANON")
VALUE_TYPES = ("MONEY", "DATE", "TIME")
FACT_TYPES = ("role", "donation", "support", "fundraiser", "membership", "quote")
DONATION_STATUSES = ("pledged", "given", "planned", "raised")


@dataclass(frozen=True)
class Span:
    """A labelled stretch of the original text (an entity mention or a value)."""

    start: int
    end: int
    label: str
    text: str
    source: str = "model"  # who found it: "model", "rule:<name>", "gazetteer"
    score: float = 1.0


@dataclass
class Mention:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    id: str
    type: str
    name: str
    name_latin: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "name_latin": self.name_latin,
            "aliases": list(self.aliases),
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass
class Evidence:
    start: int
    end: int
    sentence: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Amount:
    min: float | None
    max: float | None
    currency: str | None
    text: str
    approximate: bool = False
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "min": _num(self.min),
            "max": _num(self.max),
            "currency": self.currency,
            "text": self.text,
        }
        if self.approximate:
            out["approximate"] = True
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


@dataclass
class Fact:
    """One fact. ``args`` holds the type-specific fields (subject/object, donor/recipient…)."""

    type: str
    args: dict[str, Any]
    evidence: Evidence
    attribution: str | None = None
    reason: str = ""

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        for k, v in self.args.items():
            out[k] = v.to_json() if isinstance(v, Amount) else v
        out["evidence"] = self.evidence.to_json()
        out["attribution"] = self.attribution
        if explain:
            out["reason"] = self.reason
        return out


@dataclass
class Article:
    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    language: str = "ar"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "language": self.language,
        }


@dataclass
class Extraction:
    article: Article
    entities: list[Entity]
    facts: list[Fact]
    values: list[Span] = field(default_factory=list)  # MONEY / DATE / TIME

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        return {
            "article": self.article.to_json(),
            "entities": [e.to_json() for e in self.entities],
            "values": [
                {"type": v.label, "start": v.start, "end": v.end, "text": v.text} for v in self.values
            ],
            "facts": [f.to_json(explain) for f in self.facts],
        }
