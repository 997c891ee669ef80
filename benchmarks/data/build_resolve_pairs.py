"""Build ``resolve_pairs.csv``: labelled name pairs (same / not same) for ``benchmarks/resolve.py``.

    .venv/bin/python benchmarks/data/build_resolve_pairs.py

Only names are copied, never article text. Columns:
``source, split, type_a, name_a, type_b, name_b, same, note``.

Sources (the ``source`` column):

* ``articles`` — annotated articles (``shared/examples``): names of one entity → positive pairs;
  names of different same-type entities in one article → negatives (all pairs sharing a
  token, plus every pair of persons); PERSON vs ORG pairs sharing a token → negatives.
  ``split``: seed + d001–d010 = dev, d011–d020 = test.
* ``translit`` — single names Arabic ~ Latin from the Google (Apache-2.0) and Wikidata (CC0)
  transliteration held-out splits (eval/wd_arabic_16 = dev, test/wd_arabic_20 = test). The
  shipped model is retrained on train+dev, so only the ``test`` rows are names it never saw;
  read the ``test`` figures for translit/fullname/variant. Negatives: an Arabic name against the Latin of a
  different name with a close spelling (never listed as a spelling of it anywhere in the data).
* ``fullname`` — two-word person names composed from those words: same person across
  scripts (positive); same surname with another given name, or same given name with another
  surname (negatives, the hard cases); surname alone vs full name (positive, ``note``
  says so).
* ``variant`` — Arabic spellings derived by labelled rules (hamza, ta marbuta, alef maqsura,
  ج/غ, a dropped or added long vowel, an attached و/ل/ب, harakat) → positives.
"""

from __future__ import annotations

import csv
import itertools
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rasd.resolve.normalise import name_tokens, normalise_arabic  # noqa: E402
from rasd.resolve.phonetic import similarity  # noqa: E402
from rasd.resolve.translit_train import read_google, read_wikidata, shared_root  # noqa: E402

OUT = Path(__file__).resolve().parent / "resolve_pairs.csv"
FIELDS = ["source", "split", "type_a", "name_a", "type_b", "name_b", "same", "note"]
Row = dict[str, str]


def row(source: str, split: str, ta: str, a: str, tb: str, b: str, same: bool, note: str) -> Row:
    return {
        "source": source, "split": split, "type_a": ta, "name_a": a,
        "type_b": tb, "name_b": b, "same": "1" if same else "0", "note": note,
    }


def article_rows(examples: Path) -> list[Row]:
    rows: list[Row] = []
    files = [examples / "seed-article.gold.json", *sorted((examples / "dev").glob("d*.json"))]
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc_id = doc["id"]
        split = "test" if doc_id.startswith("d") and int(doc_id[1:]) > 10 else "dev"
        entities = [e for e in doc["entities"] if e["type"] in {"PERSON", "ORG", "GPE", "LOC"}]
        for e in entities:
            for a, b in itertools.combinations(e["names"], 2):
                rows.append(row("articles", split, e["type"], a, e["type"], b, True, f"{doc_id}:{e['key']}"))
        for e1, e2 in itertools.combinations(entities, 2):
            for a, b in itertools.product(e1["names"], e2["names"]):
                share = bool(set(name_tokens(a)) & set(name_tokens(b)))
                same_type = e1["type"] == e2["type"] or {e1["type"], e2["type"]} <= {"GPE", "LOC"}
                if same_type and (share or e1["type"] == "PERSON"):
                    note = "shares a word" if share else "different persons"
                    rows.append(row("articles", split, e1["type"], a, e2["type"], b, False, f"{doc_id}: {note}"))
                elif not same_type and share:
                    rows.append(row("articles", split, e1["type"], a, e2["type"], b, False, f"{doc_id}: type differs"))
    return rows


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


def translit_rows(words: list[tuple[str, str]], all_spellings: dict[str, set[str]], split: str,
                  rng: random.Random, n: int) -> list[Row]:
    rows: list[Row] = []
    sample = rng.sample(words, min(n, len(words)))
    latin_pool = sorted({la for _, la in words})
    by_first: dict[str, list[str]] = defaultdict(list)
    for la in latin_pool:
        by_first[la[:2]].append(la)
    for ar, la in sample:
        rows.append(row("translit", split, "PERSON", ar, "PERSON", _title(la), True, "same name across scripts"))
        # Hard negative: a different name whose Latin is close to this one's.
        known = all_spellings.get(normalise_arabic(ar), set())
        close = [
            x for x in by_first[la[:2]]
            if x != la and x not in known and similarity(x, la) >= 0.6
            and normalise_arabic(ar) not in {normalise_arabic(a2) for a2 in latin_to_arabic.get(x, ())}
            and all(similarity(x, k) < 0.8 for k in known | {la})
        ]
        if close:
            other = rng.choice(close)
            rows.append(row("translit", split, "PERSON", ar, "PERSON", _title(other), False, "close but different name"))
    return rows


latin_to_arabic: dict[str, set[str]] = defaultdict(set)


def fullname_rows(words: list[tuple[str, str]], split: str, rng: random.Random, n: int) -> list[Row]:
    rows: list[Row] = []
    for _ in range(n):
        (g1a, g1l), (s1a, s1l), (g2a, g2l), (s2a, s2l) = rng.sample(words, 4)
        if g1l == g2l or s1l == s2l or normalise_arabic(g1a) == normalise_arabic(g2a):
            continue
        full_ar, full_la = f"{g1a} {s1a}", f"{_title(g1l)} {_title(s1l)}"
        rows.append(row("fullname", split, "PERSON", full_ar, "PERSON", full_la, True, "full name across scripts"))
        rows.append(row("fullname", split, "PERSON", full_ar, "PERSON", s1a, True, "surname only (Arabic)"))
        rows.append(row("fullname", split, "PERSON", full_ar, "PERSON", f"{g2a} {s1a}", False, "same surname, other given name"))
        rows.append(row("fullname", split, "PERSON", full_ar, "PERSON", f"{_title(g2l)} {_title(s1l)}", False,
                        "same surname, other given name, across scripts"))
        rows.append(row("fullname", split, "PERSON", full_ar, "PERSON", f"{g1a} {s2a}", False, "same given name, other surname"))
        rows.append(row("fullname", split, "PERSON", full_la, "ORG", full_la, False, "person vs organisation"))
    return rows


VARIANT_RULES: list[tuple[str, str, str]] = [
    ("hamza", "^ا", "أ"), ("hamza", "^أ", "ا"), ("hamza", "^إ", "ا"),
    ("ta marbuta", "ة$", "ه"), ("ta marbuta", "ه$", "ة"), ("alef maqsura", "ي$", "ى"),
    ("jim/ghayn", "ج", "غ"), ("jim/ghayn", "غ", "ج"),
    ("long vowel dropped", "(?<=.)ا(?=.)", ""), ("long vowel dropped", "(?<=.)ي(?=.)", ""),
    ("attached prefix", "^", "و"), ("attached prefix", "^", "ل"),
    ("harakat", "(?<=^.)", "\u064e"),
]


def variant_rows(words: list[tuple[str, str]], split: str, rng: random.Random, n: int) -> list[Row]:
    import re

    rows: list[Row] = []
    for _ in range(n):
        (ga, _), (sa, _) = rng.sample(words, 2)
        full = f"{ga} {sa}"
        rule, pattern, repl = rng.choice(VARIANT_RULES)
        target = rng.choice([0, 1])
        parts = [ga, sa]
        changed = re.sub(pattern, repl, parts[target], count=1)
        if changed == parts[target]:
            continue
        parts[target] = changed
        rows.append(row("variant", split, "PERSON", full, "PERSON", " ".join(parts), True, f"rule: {rule}"))
    return rows


def main() -> int:
    shared = shared_root()
    data = shared / "data"
    rng = random.Random(20261126)
    all_pairs = (
        read_google(data / "google_ar2en_transliteration" / "ar2en.txt")
        + read_wikidata(data / "wikidata_en_ar_names_coling2018" / "wd_arabic.normalized.aligned.tokens")
    )
    all_spellings: dict[str, set[str]] = defaultdict(set)
    for ar, la, _ in all_pairs:
        all_spellings[ar].add(la)
        latin_to_arabic[la].add(ar)
    rows = article_rows(shared / "examples")
    for split, google_file, wd_file in (("dev", "ar2en-eval.txt", "wd_arabic_16"), ("test", "ar2en-test.txt", "wd_arabic_20")):
        words = [(a, la) for a, la, _ in read_google(data / "google_ar2en_transliteration" / google_file)]
        words += [(a, la) for a, la, _ in read_wikidata(data / "wikidata_en_ar_names_coling2018" / wd_file)]
        words = sorted(set(words))
        rows += translit_rows(words, all_spellings, split, rng, 400)
        rows += fullname_rows(words, split, rng, 150)
        rows += variant_rows(words, split, rng, 300)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["source"], r["same"])] += 1
    print(f"wrote {OUT} ({len(rows)} rows): " + ", ".join(f"{s} same={v}: {c}" for (s, v), c in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
