"""Entity recall and precision of `rasd extract` on news articles annotated for their entities only.

ANERcorp (benchmarks/ner_anercorp.py) is 2006 newswire with its own conventions; rasd reads today's
political news. benchmarks/data/ner_news/ holds 64 ANT news articles (Apache-2.0; see its README)
that helper agents annotated blind on 2026-11-26 (seventh session) with every PERSON, ORG and GPE
they name, by the entity conventions of ../shared/examples/dev/README.md. Nobody read rasd's errors
on them: they are a test set, never tuned on and never trained on (the news tagger's training data is
tools/ner_news/ and the fact-tuning articles).

Scoring is the fact benchmark's entity mapping (facts_eval.map_entities): a gold entity is found
when some extracted entity has its type (LOC counts as GPE) and one of its names, after
normalisation; an extracted PERSON/ORG/GPE entity is right when it maps to a gold entity. Precision
is a lower bound: the annotators left out bodies the conventions call vague, and some extracted
names the annotators would accept in another spelling count as wrong.

    python benchmarks/ner_news.py [-v]     # -v lists the misses and the unmatched entities

The last line is the summary.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts_eval as F  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "ner_news"
TYPES = ("PERSON", "ORG", "GPE")


def main() -> int:
    from rasd.contract import Article
    from rasd.pipeline import extract_article

    verbose = "-v" in sys.argv
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.json"))]
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    made: Counter[str] = Counter()
    for gold in golds:
        result = extract_article(Article(id=gold["id"], text=gold["text"])).to_json()
        emap = F.map_entities(result, gold)
        hit = set(emap.values())
        for e in gold["entities"]:
            total[e["type"]] += 1
            found[e["type"]] += e["key"] in hit
            if verbose and e["key"] not in hit:
                print(f"  MISSED    {gold['id']} {e['type']} {' | '.join(e['names'][:3])}")
        for e in result["entities"]:
            etype = "GPE" if e["type"] == "LOC" else e["type"]
            if etype in TYPES:
                made[etype] += 1
                right[etype] += e["id"] in emap
                if verbose and e["id"] not in emap:
                    print(f"  UNMATCHED {gold['id']} {etype} {e['name']}")
    print(f"{len(golds)} articles, {sum(total.values())} gold entities")
    print(f"  {'type':8} {'recall':>8} {'precision':>10}")
    for t in TYPES:
        print(f"  {t:8} {found[t] / max(total[t], 1):8.3f} {right[t] / max(made[t], 1):10.3f}")
    r = sum(found.values()) / max(sum(total.values()), 1)
    p = sum(right.values()) / max(sum(made.values()), 1)
    print(f"ner_news [end to end]: entity recall {r:.3f} | precision {p:.3f} | {len(golds)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
