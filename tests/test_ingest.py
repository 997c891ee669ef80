"""Ingest: many sources into one store; bad input skipped with reasons; re-ingest; crash safety."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "store"))

import kb_examples as examples  # noqa: E402

from rasd.contract import Article, Extraction  # noqa: E402
from rasd.ingest import check_extraction, ingest  # noqa: E402
from rasd.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def pipeline_works() -> bool:
    try:
        from rasd.pipeline import extract_article

        extract_article(Article("probe", examples.seed_paragraphs()[6]))
    except Exception:  # noqa: BLE001 - the pipeline is built concurrently; skip until it runs
        return False
    return True


def write_jsonl(path: Path, records: list[dict[str, str]], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[1:1] = extra_lines
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def failing_on(marker: str):  # type: ignore[no-untyped-def]
    def extract(article: Article) -> Extraction:
        if marker in article.text:
            raise ValueError("tokeniser crashed")
        return examples.gazetteer_extract(article)

    return extract


def test_bad_input_is_skipped_and_the_rest_stored(tmp_path: Path) -> None:
    records = examples.synthetic_corpus(12)
    corpus = write_jsonl(tmp_path / "c.jsonl", records, ('{"id": "cut", "text": "قالت', '{"id": "empty"}'))
    crash = records[5]["text"].split("\n\n")[0]
    # the 6th article's first paragraph crashes the extractor; only articles containing it fail
    with Store(tmp_path / "kb.db") as store:
        summary = ingest([str(corpus)], store, extract=failing_on(crash), progress=False)
        failed = sum(1 for r in records if crash in r["text"])
        assert summary.read == 12
        assert summary.new == 12 - failed
        reasons = [r for _, r in summary.skipped]
        assert len(reasons) == 2 + failed
        assert any("not valid JSON" in r for r in reasons)
        assert any("extraction failed: ValueError: tokeniser crashed" in r for r in reasons)
        assert store.counts()["articles"] == 12 - failed
        assert store.conn.execute("SELECT COUNT(*) FROM skipped").fetchone()[0] == 2 + failed
        assert store.check() == []
        assert summary.facts == store.counts()["facts"] > 0


def test_reingest_changes_nothing_and_edits_replace(tmp_path: Path) -> None:
    records = examples.synthetic_corpus(10)
    corpus = write_jsonl(tmp_path / "c.jsonl", records)
    text_file = tmp_path / "seed.txt"
    text_file.write_text(examples.SEED_TEXT, encoding="utf-8")
    with Store(tmp_path / "kb.db") as store:
        first = ingest(
            [str(corpus), str(text_file)], store, extract=examples.gazetteer_extract, progress=False
        )
        assert first.new == 11
        dump = list(store.conn.iterdump())
        again = ingest(
            [str(corpus), str(text_file)], store, extract=examples.gazetteer_extract, progress=False
        )
        assert (again.new, again.replaced, again.unchanged) == (0, 0, 11)
        assert list(store.conn.iterdump()) == dump
        # the outlet edits article syn-3 (same id, new text) and the text file is edited in place
        records[3]["text"] = records[3]["text"].replace("ماسك", "إيلون ماسك", 1) + "\n\nشاركها."
        write_jsonl(corpus, records)
        text_file.write_text(examples.SEED_TEXT.replace("\n\nشاركها.", ""), encoding="utf-8")
        third = ingest(
            [str(corpus), str(text_file)], store, extract=examples.gazetteer_extract, progress=False
        )
        assert (third.new, third.replaced, third.unchanged) == (0, 2, 9)
        assert store.counts()["articles"] == 11
        stored = store.conn.execute("SELECT text FROM articles WHERE id = 'syn-3'").fetchone()[0]
        assert stored.endswith("شاركها.")
        assert store.check() == []


def test_an_extraction_with_wrong_offsets_is_not_stored(tmp_path: Path) -> None:
    def off_by_one(article: Article) -> Extraction:
        ext = examples.gazetteer_extract(article)
        for e in ext.entities:
            for m in e.mentions:
                m.start += 1
                m.end += 1
        return ext

    corpus = write_jsonl(tmp_path / "c.jsonl", examples.synthetic_corpus(3))
    with Store(tmp_path / "kb.db") as store:
        summary = ingest([str(corpus)], store, extract=off_by_one, progress=False)
        assert summary.new == 0 and len(summary.skipped) == 3
        assert "does not match the text" in summary.skipped[0][1]
    assert check_extraction(examples.gazetteer_extract(Article("x", examples.SEED_TEXT))) is None


KILL_SCRIPT = """
import signal, sys, time
# a job started in the background by a shell inherits SIGINT ignored: Ctrl-C must reach this one
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.path.insert(0, {examples_dir!r})
import kb_examples as examples
from rasd.ingest import ingest
from rasd.store import Store

def slow(article):
    time.sleep({delay})  # let the test catch it mid-run
    return examples.gazetteer_extract(article)

store = Store({db!r})
summary = ingest([{corpus!r}], store, extract=slow, progress=False)
print(summary.new, flush=True)
"""


def _committed(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _kill_when(proc: subprocess.Popen[bytes], db: Path, at_least: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = _committed(db)
        if n >= at_least:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return n
        if proc.poll() is not None:
            pytest.fail(
                f"ingest finished before it could be killed: {proc.stderr.read() if proc.stderr else ''!r}"
            )
        time.sleep(0.02)
    proc.kill()
    pytest.fail("ingest made no progress")


def _assert_consistent(db: Path) -> int:
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.check() == []  # every article has all its entities, mentions, facts; no orphans
        return int(store.counts()["articles"])


def test_sigkill_mid_ingest_leaves_a_consistent_store(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", examples.synthetic_corpus(300))
    db = tmp_path / "kb.db"
    script = tmp_path / "run.py"
    script.write_text(
        KILL_SCRIPT.format(examples_dir=str(ROOT / "tests" / "store"), db=str(db), corpus=str(corpus), delay=0.01),
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _kill_when(proc, db, at_least=25)
    stored = _assert_consistent(db)
    assert 25 <= stored < 300
    # running it again completes the corpus; finished articles are not redone
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) == 300 - stored
    assert _assert_consistent(db) == 300


def test_sigkill_of_the_rasd_command(tmp_path: Path) -> None:
    if not pipeline_works():
        pytest.skip("the extraction pipeline does not run yet")
    corpus = write_jsonl(tmp_path / "c.jsonl", examples.synthetic_corpus(400))
    db = tmp_path / "kb.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "rasd", "ingest", str(corpus), "--db", str(db), "--no-progress"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _kill_when(proc, db, at_least=10, timeout=240)
    stored = _assert_consistent(db)
    assert stored < 400
    done = subprocess.run(cmd + ["--format", "json"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["unchanged"] == stored and summary["new"] + len(summary["skipped"]) == 400 - stored
    assert _assert_consistent(db) == summary["store"]["articles"]


def test_ingest_command_with_the_real_pipeline(tmp_path: Path) -> None:
    if not pipeline_works():
        pytest.skip("the extraction pipeline does not run yet")
    from rasd.cli_kb import main

    db = tmp_path / "kb.db"
    assert (
        main(["ingest", str(ROOT / "examples" / "seed-article.ar.txt"), "--db", str(db), "--no-progress"])
        == 0
    )
    with Store(db) as store:
        counts = store.counts()
        assert counts["articles"] == 1 and counts["entities"] > 5 and counts["facts"] > 0
        assert store.check() == []
        text = store.conn.execute("SELECT text FROM articles").fetchone()[0]
        for start, end, surface in store.conn.execute('SELECT start, "end", text FROM mentions'):
            assert text[start:end] == surface


def test_force_re_extracts_stored_articles(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", examples.synthetic_corpus(4))
    with Store(tmp_path / "kb.db") as store:
        ingest([str(corpus)], store, extract=examples.gazetteer_extract, progress=False)
        facts = store.counts()["facts"]
        forced = ingest([str(corpus)], store, extract=examples.gazetteer_extract, progress=False, force=True)
        assert (forced.new, forced.replaced, forced.unchanged) == (0, 4, 0)
        assert store.counts()["articles"] == 4 and store.counts()["facts"] == facts
        assert store.check() == []


def test_ctrl_c_stops_cleanly_with_a_summary(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", examples.synthetic_corpus(300))
    db = tmp_path / "kb.db"
    script = tmp_path / "run.py"
    script.write_text(
        # slower articles (300 × 0.05 s) so that a busy machine cannot finish before the Ctrl-C lands
        KILL_SCRIPT.format(examples_dir=str(ROOT / "tests" / "store"), db=str(db), corpus=str(corpus), delay=0.05)
        + "print(summary.interrupted, flush=True)\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while _committed(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    new, interrupted = out.decode().split()
    assert interrupted == "True"
    assert _assert_consistent(db) == int(new)
