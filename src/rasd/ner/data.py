"""Readers for the annotated corpora in ../shared/data, mapped to the ANERcorp tag set.

Every reader returns sentences as lists of ``(word, tag)`` with tags in
``{O, B-PERS, I-PERS, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC}``.
NewsFANE and ANERCorp_Benajiba.txt are deliberately absent: they contain ANERcorp test text.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

Sentence = list[tuple[str, str]]

# WikiFANE fine classes -> ANERcorp coarse types. Groups of people ("العرب") and nationalities are
# not names in ANERcorp; celestial bodies, vehicles, weapons, food, drugs are not tagged there either.
WIKIFANE_MAP: dict[str, str] = {
    **{
        c: "PERS"
        for c in (
            "Politician Religious_PER Artist Other_PER Scientist Businessperson Engineer Lawyer "
            "Athlete Police"
        ).split()
    },
    **{
        c: "ORG"
        for c in (
            "Commercial Non-Governmental Government Educational Media Sports Religious_ORG "
            "Entertainment Medical-Science"
        ).split()
    },
    **{
        c: "LOC"
        for c in (
            "Population-Center Nation State-or-Province County-or-District GPE-Cluster Continent "
            "Water-Body Land-Region-Natural"
        ).split()
    },
    **{
        c: "MISC"
        for c in "Building-Grounds Airport Path Subarea-Facility Book Movie Software Hardware Sound".split()
    },
}


def shared_dir() -> Path:
    """../shared beside the checkout, or $RASD_SHARED."""
    env = os.environ.get("RASD_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def read_conll(path: Path) -> list[Sentence]:
    """Token-per-line files (space or tab before the tag), blank line between sentences."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8-sig") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n").replace("\u200e", "").replace("\u200f", "")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
            word = parts[0].strip()
            tag = parts[-1].strip() if len(parts) > 1 else "O"
            if word:
                cur.append((word, tag))
    if cur:
        sents.append(cur)
    return sents


def _map_tags(sent: Sentence, mapping: dict[str, str]) -> Sentence:
    out: Sentence = []
    prev = "O"
    for word, tag in sent:
        if tag[:2] in ("B-", "I-") and tag[2:] in mapping:
            ty = mapping[tag[2:]]
            bio = tag[0]
            # A fine-class change inside one coarse entity would otherwise merge two entities.
            if bio == "I" and prev[2:] != ty:
                bio = "B"
            new = f"{bio}-{ty}"
        else:
            new = "O"
        out.append((word, new))
        prev = new
    return out


def camel_train(shared: Path | None = None) -> list[Sentence]:
    return read_conll((shared or shared_dir()) / "data/anercorp_camel/ANERCorp_CamelLab_train.txt")


def camel_test(shared: Path | None = None) -> list[Sentence]:
    return read_conll((shared or shared_dir()) / "data/anercorp_camel/ANERCorp_CamelLab_test.txt")


def wikifane(shared: Path | None = None) -> list[Sentence]:
    path = (
        shared or shared_dir()
    ) / "data/wikifane_newsfane_gold/WikiFANE_2014_Gold_standard/WikiFANE_Gold_2014_500K.txt"
    return [_map_tags(s, WIKIFANE_MAP) for s in read_conll(path)]


def aqmar(shared: Path | None = None) -> list[Sentence]:
    folder = (shared or shared_dir()) / "data/aqmar"
    mapping = {"PER": "PERS", "LOC": "LOC", "ORG": "ORG", "-ORG": "ORG"}
    out: list[Sentence] = []
    for path in sorted(folder.glob("*.txt")):
        for sent in read_conll(path):
            fixed = []
            for w, t in sent:
                if t[:2] in ("B-", "I-") and t[2:].startswith("MIS"):
                    t = t[:2] + "MISC"
                fixed.append((w, t))
            out.append(_map_tags(fixed, {**mapping, "MISC": "MISC"}))
    return out


# news articles annotated with their entity names (the dev README's conventions) -> ANERcorp types
NEWS_TYPES = {"PERSON": "PERS", "ORG": "ORG", "GPE": "LOC"}


_PARTICLES = re.compile(r"(?:[وف]?(?:[بلك]|ال|لل|بال|كال)?|[وف])ـ?")


def _whole(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` ends a word and starts one, or follows only attached particles (وبـ, لل)."""
    if b < len(text) and (text[b].isalnum() or text[b] == "_"):
        return False
    k = a
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "ـ"):
        k -= 1
    return _PARTICLES.fullmatch(text[k:a]) is not None


def news_sentences(paths: list[Path], whole_words: bool = False) -> list[Sentence]:
    """Sentences of news articles whose entities are listed by name (``{"text", "entities": [{"type",
    "names"}]}``, as benchmarks/data/ant_fresh/ and tools/ner_news/ hold them), each name tagged
    wherever it occurs in the text, longest names first.

    A token is in a name when it ends inside one (a particle attached before the name is allowed:
    وتونس), or else when it starts in one (so a suffix is allowed when nothing precedes the name in
    the token: تونسية).

    With ``whole_words`` a name is tagged only where it ends a token and starts one, perhaps after
    attached particles (وتونس, لحزب الله): تونسية, الرياضة and مصروفاتها then stay O, as the news
    conventions want (a nationality is no place).
    """
    import json

    from rasd.ner.pipeline import _sentences
    from rasd.text.tokens import tokenize

    out: list[Sentence] = []
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = doc["text"]
        toks = tokenize(text)
        taken = [False] * len(text)
        occ: list[tuple[int, int, str]] = []
        for e in doc["entities"]:
            ty = NEWS_TYPES.get(e["type"])
            if ty is None:
                continue
            for name in e["names"]:
                if len(name) >= 2:
                    occ.extend(
                        (m.start(), m.end(), ty)
                        for m in re.finditer(re.escape(name), text)
                        if not whole_words or _whole(text, m.start(), m.end())
                    )
        occ.sort(key=lambda x: -(x[1] - x[0]))
        spans = []
        for a, b, ty in occ:
            if not any(taken[a:b]):
                taken[a:b] = [True] * (b - a)
                spans.append((a, b, ty))
        tags: list[str] = []
        for i, t in enumerate(toks):
            hit = next(((a, b, ty) for a, b, ty in spans if a < t.end <= b), None)
            if hit is None:
                hit = next(((a, b, ty) for a, b, ty in spans if a <= t.start < b), None)
            if hit is None:
                tags.append("O")
                continue
            a, _, ty = hit
            inside = i > 0 and toks[i - 1].end > a and tags[-1][2:] == ty
            tags.append(("I-" if inside else "B-") + ty)
        out.extend([(toks[k].text, tags[k]) for k in range(s, e)] for s, e in _sentences(text, toks))
    return out
