"""The founding example's little-known surnames, kept out of what rasd ships.

rasd must find the people of ``../shared/examples/seed-article.ar.txt`` from context, as it finds the
held-out articles' people, never from a row learnt for their name. A surname counts as little known
when the raw news vocabulary of the neural tagger ranks it past ``RARE_RANK`` or lacks it (a world
leader's name, which the news knows, stays). Read at training time only; nothing here runs when rasd
extracts.
"""

from __future__ import annotations

import json
from pathlib import Path

RARE_RANK = 60_000  # a vocabulary rank past which a word is one the news hardly knows
VOCAB = Path(__file__).resolve().parent / "ner_neural" / "model" / "vocab.txt"


def rare_surnames(shared: Path) -> list[str] | None:
    """The last words, as written, of the founding example's people whose names the news hardly knows;
    None when the example is absent (a user's machine without ../shared)."""
    from rasd.ner_neural.text import norm_word
    from rasd.text.normalise import normalise

    gold_path = shared / "examples" / "seed-article.gold.json"
    if not gold_path.exists():
        return None
    rank = {w: i for i, w in enumerate(VOCAB.read_text(encoding="utf-8").split("\n"))}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out: list[str] = []
    for e in gold["entities"]:
        if e["type"] != "PERSON":
            continue
        for name in e["names"]:
            if name.isascii():
                continue
            last = name.split()[-1]
            key = norm_word(normalise(last))
            if len(key) >= 5 and rank.get(key, RARE_RANK) >= RARE_RANK and last not in out:
                out.append(last)
    return out
