"""The whole pipeline on the founding example, scored as benchmarks/facts_eval.py scores it (issue 4's bar)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shared_data import need_shared

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from facts_eval import map_entities, prf, score, system_facts  # noqa: E402

from rasd.contract import Article  # noqa: E402
from rasd.pipeline import extract_article  # noqa: E402


def test_seed_article_fact_f1_meets_the_bar() -> None:
    gold = json.loads(need_shared("examples", "seed-article.gold.json").read_text(encoding="utf-8"))
    result = extract_article(Article(id="seed", text=gold["text"])).to_json()
    counts, missed, spurious = score(system_facts(result, map_entities(result, gold)), gold["facts"])
    tp = sum(v for (_, k), v in counts.items() if k == "tp")
    fp = sum(v for (_, k), v in counts.items() if k == "fp")
    fn = sum(v for (_, k), v in counts.items() if k == "fn")
    _, _, f1 = prf(tp, fp, fn)
    assert f1 >= 0.90, f"seed fact F1 {f1:.3f}; missed {missed}; spurious {spurious}"


def test_every_named_person_and_organisation_of_the_seed_is_an_entity() -> None:
    gold = json.loads(need_shared("examples", "seed-article.gold.json").read_text(encoding="utf-8"))
    result = extract_article(Article(id="seed", text=gold["text"])).to_json()
    found = set(map_entities(result, gold).values())
    wanted = {e["key"] for e in gold["entities"] if e["type"] in ("PERSON", "ORG")}
    assert wanted - found == set()
