"""The GPU teacher's silver tags (tools/ner_teacher/): `python -m rasd.ner.train --teacher-tags` reads them."""

from __future__ import annotations

import gzip
from pathlib import Path

from shared_data import need_shared

from rasd.ner.train import read_teacher_tags, silver_candidates

TEACHER_TAGS = Path(__file__).resolve().parents[2] / "tools" / "ner_teacher" / "teacher_tags.tsv.gz"

LABELS = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}


def test_teacher_tags_are_well_formed_bio():
    assert TEACHER_TAGS.exists()
    rows = 0
    with gzip.open(TEACHER_TAGS, "rt", encoding="utf-8") as fh:
        for row in fh:
            li, s, e, tags, conf = row.rstrip("\n").split("\t")
            seq = tags.split(" ")
            assert len(seq) == int(e) - int(s) and 6 <= len(seq) <= 60, row[:80]
            assert set(seq) <= LABELS, row[:80]
            # an inside tag always continues a name of its own type
            for prev, cur in zip(["O", *seq], seq, strict=False):
                assert not cur.startswith("I-") or prev[2:] == cur[2:], row[:80]
            assert 0.0 <= float(conf) <= 1.0
            rows += 1
    assert rows == 50_000


def test_teacher_tags_cover_every_silver_candidate():
    need_shared("data", "arabic_news_raw", "ant_multisource.txt.xz")
    from rasd.ner import data

    cands = silver_candidates(data.shared_dir())
    tagged = read_teacher_tags(TEACHER_TAGS)
    assert len(cands) == 50_000
    for li, s, e, words in cands:
        tags, _ = tagged[li, s, e]
        assert len(tags) == len(words)
    # the tags name things: a good share of the candidates hold a person, place or organisation
    named = sum(any(t != "O" for t in tagged[c[:3]][0]) for c in cands)
    assert named > 25_000
