"""The `rasd` command end to end: the contract on the example, and one clear line for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "seed-article.ar.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run(
        [sys.executable, "-m", "rasd", *args], input=stdin, capture_output=True, env=env, timeout=300
    )


@pytest.fixture(scope="module")
def example_json() -> dict:
    proc = run("extract", str(EXAMPLE), "--format", "json", "--explain")
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def test_contract_shape(example_json: dict) -> None:
    assert set(example_json) >= {"article", "entities", "facts"}
    assert example_json["article"]["language"] == "ar"
    for e in example_json["entities"]:
        assert e["id"] and e["type"] in ("PERSON", "ORG", "GPE", "LOC", "MISC", "ANON") and e["mentions"]
    types = {f["type"] for f in example_json["facts"]}
    assert types <= {"role", "donation", "support", "fundraiser", "membership", "quote"}
    assert {"role", "donation", "quote"} <= types


def test_every_offset_points_into_the_original(example_json: dict) -> None:
    original = EXAMPLE.read_text(encoding="utf-8")
    for e in example_json["entities"]:
        for m in e["mentions"]:
            assert original[m["start"] : m["end"]] == m["text"]
    for v in example_json["values"]:
        assert original[v["start"] : v["end"]] == v["text"]
    for f in example_json["facts"]:
        ev = f["evidence"]
        assert original[ev["start"] : ev["end"]] == ev["sentence"]
        assert f.get("reason"), "every fact says why it was extracted"
        if f["type"] == "donation" and f["amount"]:
            a = f["amount"]
            assert original[a["start"] : a["end"]] == a["text"]


def test_fact_arguments_are_entities(example_json: dict) -> None:
    ids = {e["id"] for e in example_json["entities"]}
    for f in example_json["facts"]:
        for k in (
            "subject",
            "object",
            "donor",
            "recipient",
            "host",
            "beneficiary",
            "member",
            "group",
            "speaker",
        ):
            if f.get(k) is not None:
                assert f[k] in ids


def test_stdin_and_text_summary() -> None:
    proc = run("extract", "-", stdin=EXAMPLE.read_bytes())
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "الوقائع" in out and "الدليل" in out


def test_help_documents_every_option() -> None:
    out = run("extract", "--help").stdout.decode()
    for opt in ("--format", "--explain", "--published", "--id", "--url", "PATH"):
        assert opt in out


def _one_line_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("rasd: ")
    return lines[0]


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert "empty" in _one_line_error(run("extract", str(p)))


def test_whitespace_only_file(tmp_path: Path) -> None:
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n \t ", encoding="utf-8")
    assert "empty" in _one_line_error(run("extract", str(p)))


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary" in _one_line_error(run("extract", str(p)))


def test_invalid_utf8(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("قال".encode() + b" \xff\xfe caf\xe9")
    line = _one_line_error(run("extract", str(p)))
    assert "not UTF-8" in line and "0xff" in line


def test_windows_1256_arabic(tmp_path: Path) -> None:
    p = tmp_path / "cp1256.txt"
    p.write_bytes("قالت مصادر إن التبرعات بلغت مليون دولار".encode("cp1256"))
    assert "not UTF-8" in _one_line_error(run("extract", str(p)))


def test_huge_file(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        chunk = ("قال مصدر إن التبرعات بلغت مليون دولار. " * 1000).encode()
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    assert "too large" in _one_line_error(run("extract", str(p)))


def test_non_arabic_text(tmp_path: Path) -> None:
    p = tmp_path / "english.txt"
    p.write_text("Wall Street donors held a call to raise money for Kamala Harris. " * 20, encoding="utf-8")
    assert "not Arabic" in _one_line_error(run("extract", str(p)))


def test_missing_path(tmp_path: Path) -> None:
    assert "no such file" in _one_line_error(run("extract", str(tmp_path / "nope.txt")))


def test_directory_path(tmp_path: Path) -> None:
    assert "directory" in _one_line_error(run("extract", str(tmp_path)))


def test_bad_published_date() -> None:
    assert "not a date" in _one_line_error(run("extract", str(EXAMPLE), "--published", "yesterday"))


def test_name_too_long(tmp_path: Path) -> None:
    assert "too long" in _one_line_error(run("extract", str(tmp_path / ("a" * 300))))


def test_absurd_amount_is_not_money_and_json_stays_valid(tmp_path: Path) -> None:
    p = tmp_path / "nines.txt"
    p.write_text(
        "تبرع جورج سوروس بأكثر من " + "9" * 400 + " مليون دولار للحزب الديمقراطي في الانتخابات.",
        encoding="utf-8",
    )
    proc = run("extract", str(p), "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)  # strict JSON: no Infinity
    assert all(v["type"] != "MONEY" for v in data["values"])


def test_case_folding_keeps_offsets(tmp_path: Path) -> None:
    # ß casefolds to two letters: offsets found on a folded copy must still point into the original
    p = tmp_path / "strasse.txt"
    text = "قال رجل الأعمال مارك تومسون إن الصندوق نما في شارع Straße ßßßß.\nوأضاف تومسون أن التبرعات زادت.\n"
    p.write_text(text, encoding="utf-8")
    proc = run("extract", str(p), "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    for e in json.loads(proc.stdout)["entities"]:
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
