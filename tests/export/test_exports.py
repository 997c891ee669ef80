"""Exports: FollowTheMoney (validated by followthemoney itself), JSON, CSV, GEXF (read back by networkx)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasd.cli_kb import main
from rasd.store import Store


def test_ftm_entities_are_valid_followthemoney(filled: Store) -> None:
    ftm = pytest.importorskip("followthemoney")
    from rasd.export.ftm import write_ftm

    model = ftm.model
    buf = io.StringIO()
    n = write_ftm(filled, buf)
    records = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(records) == n
    ids = {r["id"] for r in records}
    for data in records:
        proxy = model.get_proxy(data, cleaned=False)  # raises on an unknown schema or property
        assert proxy.schema.validate(data) is None
        for prop in proxy.schema.required:
            assert proxy.get(prop), f"{data['schema']} {data['id']} lacks required {prop}"
        assert proxy.to_dict()["properties"] == model.get_proxy(proxy.to_dict()).to_dict()["properties"]
        # every reference points at an entity in the same export
        for prop, values in proxy.properties.items():
            if proxy.schema.get(prop).type.name == "entity":
                assert set(values) <= ids, (data["id"], prop)
    by_schema: dict[str, list[dict]] = {}
    for r in records:
        by_schema.setdefault(r["schema"], []).append(r)
    assert {
        "Article",
        "Person",
        "Organization",
        "Payment",
        "Directorship",
        "Membership",
        "UnknownLink",
    } <= set(by_schema)
    musk = next(r for r in by_schema["Person"] if r["properties"]["name"] == ["إيلون ماسك"])
    assert "Elon Musk" in musk["properties"]["alias"]
    pay = next(r for r in by_schema["Payment"] if r["properties"]["payer"] == [musk["id"]])
    props = pay["properties"]
    assert props["amount"] == ["100000000"] and props["currency"] == ["USD"]
    assert "pledged" in props["purpose"][0]
    assert props["description"][0].startswith("وقد تعهد ماسك شخصيًا بالتبرع")
    assert props["sourceUrl"] == ["https://example.org/seed"]
    assert "أكثر من مائة مليون دولار" in props["summary"][0]
    ceo = [r for r in by_schema["Directorship"] if r["properties"]["role"] == ["ceo"]]
    assert len(ceo) == 2  # Lasry at Avenue Capital, Musk at Tesla


def test_json_export_has_entities_and_sourced_facts(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "kb.json"
    assert main(["export", "--format", "json", "-o", str(out), "--db", str(filled.path)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["articles"]) == 3
    assert len(data["entities"]) == filled.counts()["entities"]
    assert len(data["facts"]) == filled.counts()["facts"]
    donation = next(f for f in data["facts"] if f["type"] == "donation" and f["amount"])
    assert donation["subject"]["name"] == "إيلون ماسك"
    assert donation["source"]["url"] == "https://example.org/seed"
    assert donation["evidence"]["sentence"].startswith("وقد تعهد ماسك")


def test_csv_export_folder(filled: Store, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    assert main(["export", "--format", "csv", "-o", str(folder), "--db", str(filled.path)]) == 0
    with (folder / "facts.csv").open(encoding="utf-8-sig", newline="") as fh:
        facts = list(csv.DictReader(fh))
    with (folder / "entities.csv").open(encoding="utf-8-sig", newline="") as fh:
        entities = list(csv.DictReader(fh))
    assert len(facts) == filled.counts()["facts"] and len(entities) == filled.counts()["entities"]
    row = next(r for r in facts if r["type"] == "donation" and r["amount_min"])
    assert (row["subject"], row["object"], row["currency"], row["status"]) == (
        "إيلون ماسك",
        "حملة ترامب",
        "USD",
        "pledged",
    )
    assert float(row["amount_min"]) == 100_000_000
    assert (folder / "articles.csv").exists()


def test_csv_without_a_folder_is_a_readable_error(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "--db", str(filled.path)]) == 1
    assert "rasd: export --format csv writes a folder" in capsys.readouterr().err


def test_gexf_reads_back_with_the_right_counts(filled: Store, tmp_path: Path) -> None:
    nx = pytest.importorskip("networkx")
    out = tmp_path / "kb.gexf"
    assert main(["export", "--format", "gexf", "-o", str(out), "--db", str(filled.path)]) == 0
    graph = nx.read_gexf(out)
    conn = filled.conn
    edges = conn.execute(
        "SELECT COUNT(*) FROM facts WHERE subject_id IS NOT NULL AND object_id IS NOT NULL"
    ).fetchone()[0]
    nodes = conn.execute(
        "SELECT COUNT(*) FROM (SELECT subject_id AS e FROM facts WHERE object_id IS NOT NULL AND subject_id IS NOT"
        " NULL UNION SELECT object_id FROM facts WHERE subject_id IS NOT NULL AND object_id IS NOT NULL)"
    ).fetchone()[0]
    assert graph.number_of_edges() == edges == 10  # 7 + 2 + 1 two-ended facts (the quote has one end)
    assert graph.number_of_nodes() == nodes
    musk = filled.resolve_entity("إيلون ماسك")
    assert graph.nodes[str(musk)]["label"] == "إيلون ماسك"
    kinds = sorted(d["kind"] for _, _, d in graph.out_edges(str(musk), data=True))
    assert kinds == ["donation", "role", "role", "role"]


def test_ftm_export_to_stdout(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("followthemoney")
    assert main(["export", "--format", "ftm", "--db", str(filled.path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line)["id"].startswith("rasd-") for line in lines)
