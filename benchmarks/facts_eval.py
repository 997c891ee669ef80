"""Fact-level precision/recall/F1 of `rasd extract` against the annotated articles.

Reads ../shared/examples/seed-article.gold.json and ../shared/examples/dev/*.json (never copied
into the repository). Scoring (issue 4): entities match by type and any normalised name or Latin
name; a fact matches by type and both arguments (support also by stance); a donation also needs
its minimum amount within 5%; a quote needs the gold fragment inside the extracted quotation.

    python benchmarks/facts_eval.py            # end to end: rasd's recogniser + rules
    python benchmarks/facts_eval.py --oracle   # gold entity names as the recogniser (rules alone)
    python benchmarks/facts_eval.py -v         # list missed and spurious facts

The last line is the summary.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.contract import Article, Span  # noqa: E402
from rasd.resolve.document import spans_for_names  # noqa: E402
from rasd.text.normalise import normalise  # noqa: E402

SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
TYPES = ("role", "donation", "support", "fundraiser", "membership", "quote")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def key(s: str) -> str:
    return " ".join(_PUNCT.sub(" ", normalise(s).casefold()).split())


def oracle_spans(text: str, gold: dict) -> list[Span]:
    """Every occurrence of every gold name, as a perfect recogniser would give."""
    names = [(n, e["type"]) for e in gold["entities"] if e["type"] != "ANON" for n in e["names"]]
    return spans_for_names(text, names, source="oracle")


def map_entities(result: dict, gold: dict) -> dict[str, str]:
    """System entity id → gold entity key (type and any normalised name agree)."""
    index: dict[tuple[str, str], str] = {}
    for g in gold["entities"]:
        for n in g["names"]:
            index[(g["type"], key(n))] = g["key"]
    out = {}
    for e in result["entities"]:
        etype = "GPE" if e["type"] == "LOC" else e["type"]
        names = [e["name"], *e.get("aliases", [])] + ([e["name_latin"]] if e.get("name_latin") else [])
        for n in names:
            k = index.get((etype, key(n)))
            if k is None and etype == "ANON":
                for (t, gk), gkey in index.items():
                    if t == "ANON" and (gk in key(n) or key(n) in gk):
                        k = gkey
            if k is not None:
                out[e["id"]] = k
                break
    return out


ARGS = {
    "role": ("subject", "object"),
    "donation": ("donor", "recipient"),
    "support": ("subject", "object"),
    "fundraiser": ("host", "beneficiary"),
    "membership": ("member", "group"),
    "quote": ("speaker",),
}


def system_facts(result: dict, emap: dict[str, str]) -> list[dict]:
    out = []
    for f in result["facts"]:
        g = {"type": f["type"]}
        for a in ARGS[f["type"]]:
            v = f.get(a)
            g[a] = None if v is None else emap.get(v, f"?{v}")
        if f["type"] == "donation":
            g["amount_min"] = (f.get("amount") or {}).get("min")
        if f["type"] == "support":
            g["stance"] = f["stance"]
        if f["type"] == "quote":
            g["text"] = f["text"]
        out.append(g)
    return out


def matches(s: dict, g: dict) -> bool:
    if s["type"] != g["type"]:
        return False
    for a in ARGS[s["type"]]:
        if s[a] != g.get(a):
            return False
    if s["type"] == "donation":
        lo, glo = s.get("amount_min"), g.get("amount_min")
        if (lo is None) != (glo is None):
            return False
        if lo is not None and abs(lo - glo) > 0.05 * abs(glo):
            return False
    if s["type"] == "support" and s.get("stance") != g.get("stance"):
        return False
    if s["type"] == "quote" and key(g["text_contains"]) not in key(s["text"]):
        return False
    return True


def score(sys_facts: list[dict], gold_facts: list[dict]) -> tuple[Counter, list, list]:
    counts: Counter = Counter()
    used = [False] * len(gold_facts)
    spurious = []
    for s in sys_facts:
        hit = next((i for i, g in enumerate(gold_facts) if not used[i] and matches(s, g)), None)
        if hit is None:
            counts[(s["type"], "fp")] += 1
            spurious.append(s)
        else:
            used[hit] = True
            counts[(s["type"], "tp")] += 1
    missed = [g for i, g in enumerate(gold_facts) if not used[i]]
    for g in missed:
        counts[(g["type"], "fn")] += 1
    return counts, missed, spurious


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(golds: list[dict], oracle: bool, verbose: bool) -> Counter:
    from rasd.facts import extract_facts
    from rasd.pipeline import extract_article
    from rasd.resolve.document import build_entities

    total: Counter = Counter()
    for gold in golds:
        art = Article(id=gold["id"], text=gold["text"])
        if oracle:
            doc = build_entities(art.text, oracle_spans(art.text, gold))
            facts = extract_facts(art.text, doc)
            from rasd.contract import Extraction

            result = Extraction(art, doc.entities, facts).to_json(explain=True)
        else:
            result = extract_article(art).to_json(explain=True)
        emap = map_entities(result, gold)
        counts, missed, spurious = score(system_facts(result, emap), gold["facts"])
        total.update(counts)
        if verbose:
            tp = sum(v for (t, k), v in counts.items() if k == "tp")
            print(f"--- {gold['id']}: tp={tp} missed={len(missed)} spurious={len(spurious)}")
            for g in missed:
                print("   MISSED  ", json.dumps(g, ensure_ascii=False))
            for s in spurious:
                print("   SPURIOUS", json.dumps(s, ensure_ascii=False))
    return total


def report(name: str, counts: Counter) -> float:
    print(f"{name}:")
    print(f"  {'type':<11} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for t in TYPES:
        tp, fp, fn = counts[(t, "tp")], counts[(t, "fp")], counts[(t, "fn")]
        p, r, f = prf(tp, fp, fn)
        print(f"  {t:<11} {p:6.3f} {r:6.3f} {f:6.3f}  {tp:3d} {fp:3d} {fn:3d}")
    tp = sum(v for (t, k), v in counts.items() if k == "tp")
    fp = sum(v for (t, k), v in counts.items() if k == "fp")
    fn = sum(v for (t, k), v in counts.items() if k == "fn")
    p, r, f = prf(tp, fp, fn)
    print(f"  {'overall':<11} {p:6.3f} {r:6.3f} {f:6.3f}  {tp:3d} {fp:3d} {fn:3d}")
    return f


def report_splits(label: str, data: Path, summary: str, verbose: bool) -> int:
    """Score a benchmark's tuning/ and heldout/ folders of annotated articles (``verbose`` lists the tuning
    set's misses only) and print the summary line: '<summary> [end to end]: tuning F1 … | held-out F1 …'."""
    scores = []
    for name in ("tuning", "heldout"):
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((data / name).glob("*.json"))]
        scores.append(report(f"{label}, {name} ({len(golds)} articles)", evaluate(golds, False, verbose and name == "tuning")))
    print(f"{summary} [end to end]: tuning F1 {scores[0]:.3f} | held-out F1 {scores[1]:.3f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", action="store_true", help="use gold entity names instead of the recogniser")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious facts")
    args = ap.parse_args()
    seed_path = SHARED / "examples" / "seed-article.gold.json"
    if not seed_path.exists():
        print(f"facts_eval: needs {seed_path} (../shared beside the checkout)")
        return 2
    seed = json.loads(seed_path.read_text(encoding="utf-8"))
    dev = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((SHARED / "examples" / "dev").glob("d*.json"))
    ]
    mode = "oracle entities" if args.oracle else "end to end"
    f_seed = report(f"seed article ({mode})", evaluate([seed], args.oracle, args.verbose))
    f_dev = (
        report(f"dev articles, {len(dev)} ({mode})", evaluate(dev, args.oracle, args.verbose)) if dev else 0.0
    )
    print(f"facts_eval [{mode}]: seed F1 {f_seed:.3f} (bar 0.90) | dev F1 {f_dev:.3f} (bar 0.75)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
