"""Queries and their commands: show, donations, top, search, merge, split; and datasette opens the store."""

from __future__ import annotations

import json
from pathlib import Path

import kb_examples as examples
import pytest

from rasd import query
from rasd.cli_kb import main
from rasd.errors import RasdError
from rasd.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_profile_has_roles_money_and_sources(filled: Store) -> None:
    p = query.profile(filled, "إيلون ماسك")
    assert p["type"] == "PERSON" and p["name_latin"] == "Elon Musk"
    assert sorted(r["role"] for r in p["roles"]) == ["ceo", "founder", "owner"]
    (gave,) = p["gave"]
    assert gave["object"]["name"] == "حملة ترامب"
    assert gave["amount"]["min"] == 100_000_000 and gave["status"] == "pledged"
    assert gave["source"]["url"] == "https://example.org/seed"
    assert len(p["articles"]) == 3
    assert all(m["reason"] for m in p["matches"])
    lasry = query.profile(filled, "لاسري")  # a short name finds the person too
    assert lasry["name"] == "مارك لاسري"
    assert lasry["fundraisers_hosted"][0]["object"]["name"] == "هيلاري كلينتون"
    committee = query.profile(filled, "اللجنة المالية لهاريس")
    assert committee["members"][0]["subject"]["name"] == "بلير إيفرون"
    anon = query.profile(filled, "أحد مديري الصناديق")
    assert anon["quotes"][0]["quote"].startswith("وول ستريت لا تحب")


def test_show_command_text_and_json(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "مارك لاسري", "--db", str(filled.path))
    assert code == 0
    assert out.startswith("مارك لاسري (Marc Lasry) — شخص")
    assert "المناصب:" in out and "Avenue Capital" in out and "الدليل:" in out
    code, out, _ = run(capsys, "show", "مارك لاسري", "--db", str(filled.path), "--format", "json")
    assert json.loads(out)["roles"][0]["object"]["name"] == "Avenue Capital"
    code, _, err = run(capsys, "show", "جيف بيزوس", "--db", str(filled.path))
    assert code == 1 and err.startswith("rasd: no entity named 'جيف بيزوس'")


def test_missing_store_is_a_readable_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "top", "donors", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no knowledge base at" in err and "rasd ingest" in err


def test_donations_filters(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(query.donations(filled)) == 2
    (to_harris,) = query.donations(filled, to="كامالا هاريس")
    assert to_harris["subject"]["name"] == "ريد هوفمان" and to_harris["amount"] is None
    assert query.donations(filled, from_="ريد هوفمان", to="حملة ترامب") == []
    code, out, _ = run(capsys, "donations", "--from", "إيلون ماسك", "--db", str(filled.path))
    assert code == 0
    assert "تعهّد بالتبرع بـ أكثر من مائة مليون دولار (100,000,000+ USD)" in out
    code, out, _ = run(
        capsys, "donations", "--to", "حملة ترامب", "--format", "json", "--db", str(filled.path)
    )
    assert [d["subject"]["name"] for d in json.loads(out)] == ["إيلون ماسك"]


def test_top_counts_a_pledge_reported_twice_once(filled: Store) -> None:
    # another outlet repeats Musk's pledge: two reports, one pledge
    cut = examples.SEED_TEXT.index("وقد تعهد ماسك")
    repost = examples.build(
        examples.SEED_TEXT[cut:],
        [("e1", "PERSON", "إيلون ماسك", ["ماسك"], "Elon Musk"), ("e2", "ORG", "حملة ترامب", [], None)],
        [
            (
                "donation",
                {
                    "donor": "e1",
                    "recipient": "e2",
                    "amount": examples.Amount(100_000_000, None, "USD", "أكثر من مائة مليون دولار"),
                    "status": "pledged",
                },
                "وقد تعهد ماسك شخصيًا بالتبرع",
            )
        ],
        "repost",
        url="https://example.org/repost",
    )
    filled.save_extraction(repost)
    (top,) = [t for t in query.top(filled, "donors") if t["name"] == "إيلون ماسك"]
    assert top["donations"] == 1 and top["articles"] == 2 and top["totals"] == {"USD": 100_000_000}
    assert query.top(filled, "donors")[0]["name"] == "إيلون ماسك"
    assert query.top(filled, "recipients")[0]["name"] == "حملة ترامب"
    with pytest.raises(RasdError):
        query.top(filled, "lobbyists")


def test_search_finds_entities_facts_and_articles(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    res = query.search(filled, "تيسلا")
    assert [e["name"] for e in res["entities"]] == ["تيسلا"]
    assert len(res["facts"]) == 2 and len(res["articles"]) == 2
    code, out, _ = run(capsys, "search", "مائة مليون دولار", "--db", str(filled.path))
    assert code == 0 and "وقد تعهد ماسك" in out
    code, out, _ = run(capsys, "search", "صاروخ", "--format", "json", "--db", str(filled.path))
    assert json.loads(out)["articles"][0]["id"] == "ant-6244"


def test_merge_and_split_commands(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(filled.path)
    code, out, _ = run(
        capsys, "merge", "كامالا هاريس", "اللجنة المالية لهاريس", "--db", db, "--note", "تجربة"
    )
    assert code == 0 and out.startswith("merged:")
    harris = filled.resolve_entity("كامالا هاريس")
    assert filled.resolve_entity("اللجنة المالية لهاريس") == harris
    code, out, _ = run(capsys, "split", str(harris), "--name", "اللجنة المالية لهاريس", "--db", db)
    assert code == 0 and out.startswith("split:")
    assert filled.resolve_entity("اللجنة المالية لهاريس") != harris
    judgements = filled.conn.execute("SELECT judgement FROM judgements ORDER BY id").fetchall()
    assert ("not_same",) in judgements
    code, _, err = run(capsys, "split", str(harris), "--db", db)
    assert code == 1 and "only one name" in err


def test_store_opens_in_datasette(filled: Store) -> None:
    datasette_app = pytest.importorskip("datasette.app")
    import asyncio

    async def check() -> None:
        ds = datasette_app.Datasette([str(filled.path)], immutables=[])
        db = ds.get_database()
        tables = set(await db.table_names())
        assert {"articles", "entities", "facts", "judgements", "merges"} <= tables
        assert "donations" in set(await db.view_names())
        resp = await ds.client.get(f"/{db.name}/donations.json?_shape=array")
        assert resp.status_code == 200
        assert any(r["donor"] == "إيلون ماسك" for r in resp.json())
        resp = await ds.client.get(f"/{db.name}/articles.json?_search=تيسلا&_shape=array")
        assert resp.status_code == 200 and len(resp.json()) == 2

    asyncio.run(check())


def test_rebuild_entities_command(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    before = filled.counts()
    code, out, _ = run(capsys, "rebuild-entities", "--db", str(filled.path))
    assert code == 0 and out.startswith("resolved ")
    assert filled.counts() == before
    assert query.profile(filled, "إيلون ماسك")["articles_count"] == 3
