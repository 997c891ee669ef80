"""The knowledge base: schema, saving articles, re-ingesting, cross-article entities, judgements."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import kb_examples as examples
import pytest

from rasd.errors import RasdError
from rasd.store import SCHEMA_VERSION, Store, default_db_path
from rasd.store.matching import Decision, Matcher, NameInfo, normalise_name


def entity_id(store: Store, name: str) -> int:
    return store.resolve_entity(name)


def test_schema_is_versioned_and_in_wal_mode(store: Store) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    again = Store(store.path)  # reopening applies nothing twice
    assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    again.close()


def test_a_store_from_a_newer_rasd_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(RasdError, match="newer than this rasd"):
        Store(path)


def test_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("هذا ليس ملف قاعدة بيانات\n" * 100, encoding="utf-8")
    with pytest.raises(RasdError, match="cannot open knowledge base"):
        Store(path)


def test_default_path_honours_rasd_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RASD_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("RASD_DB")
    assert default_db_path().name == "rasd.db"


def test_saving_the_seed_article_keeps_offsets_and_typed_columns(store: Store) -> None:
    ext = examples.seed_extraction()
    res = store.save_extraction(ext, source="examples/seed-article.ar.txt")
    assert res.status == "new" and res.entities == 13 and res.facts == 8
    conn = store.conn
    text = conn.execute("SELECT text FROM articles WHERE id = 'seed'").fetchone()[0]
    assert text == examples.SEED_TEXT
    for start, end, surface in conn.execute('SELECT start, "end", text FROM mentions'):
        assert text[start:end] == surface
    row = conn.execute(
        "SELECT donor, recipient, amount_min, amount_max, currency, status, sentence FROM donations"
        " WHERE donor = 'إيلون ماسك'"
    ).fetchone()
    assert row[:6] == ("إيلون ماسك", "حملة ترامب", 100_000_000, None, "USD", "pledged")
    assert row[6].startswith("وقد تعهد ماسك شخصيًا بالتبرع")
    args = json.loads(conn.execute("SELECT args FROM facts WHERE type = 'donation' LIMIT 1").fetchone()[0])
    assert args["amount"]["text"] == "أكثر من مائة مليون دولار"
    quote = conn.execute("SELECT quote FROM facts WHERE type = 'quote'").fetchone()[0]
    assert quote.startswith("وول ستريت لا تحب")
    year = conn.execute("SELECT year FROM facts WHERE type = 'fundraiser'").fetchone()[0]
    assert year == 2016
    assert store.check() == []


def test_reingesting_the_same_article_changes_nothing(store: Store) -> None:
    store.save_extraction(examples.seed_extraction())
    before = store.counts()
    dump = list(store.conn.iterdump())
    res = store.save_extraction(examples.seed_extraction())
    assert res.status == "unchanged"
    assert store.counts() == before
    assert list(store.conn.iterdump()) == dump


def test_a_changed_article_replaces_its_old_facts(store: Store) -> None:
    store.save_extraction(examples.seed_extraction())
    # the outlet corrected the article: the last paragraph (Hoffman's pledge) is gone
    cut = examples.SEED_TEXT.index("وكان هوفمان، على وجه الخصوص")
    new = examples.build(
        examples.SEED_TEXT[:cut],
        [("e1", "PERSON", "مارك لاسري", ["لاسري"], "Marc Lasry"), ("e2", "ORG", "Avenue Capital", [], None)],
        [("role", {"subject": "e1", "object": "e2", "role": "ceo"}, "الرئيس التنفيذي لشركة Avenue Capital")],
        "seed",
    )
    res = store.save_extraction(new)
    assert res.status == "replaced"
    conn = store.conn
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM doc_entities").fetchone()[0] == 2
    # entities only the old version mentioned are gone, with their names
    with pytest.raises(RasdError):
        store.resolve_entity("ريد هوفمان")
    assert conn.execute("SELECT COUNT(*) FROM entity_names WHERE name = 'ريد هوفمان'").fetchone()[0] == 0
    assert store.check() == []


def test_same_url_new_text_is_a_new_version(store: Store) -> None:
    store.save_extraction(examples.rocket_extraction("a1"))
    ext = examples.rocket_extraction("a2")  # another id, same URL, slightly different text
    ext.article.text = ext.article.text + " "
    assert store.save_extraction(ext).status == "replaced"
    assert store.conn.execute("SELECT id FROM articles").fetchall() == [("a2",)]


def test_one_person_across_three_articles_is_one_entity(filled: Store) -> None:
    conn = filled.conn
    musk = entity_id(filled, "إيلون ماسك")
    n_articles, name = conn.execute("SELECT n_articles, name FROM entities WHERE id = ?", (musk,)).fetchone()
    assert (n_articles, name) == (3, "إيلون ماسك")
    reasons = conn.execute(
        "SELECT m.kind, m.reason FROM merges m JOIN doc_entities d ON d.id = m.doc_entity_id"
        " WHERE d.entity_id = ? ORDER BY m.id",
        (musk,),
    ).fetchall()
    assert [k for k, _ in reasons] == ["new", "match", "match"]
    assert all(r for _, r in reasons)  # every decision has a reason a user can read
    # facts from every article point at the one global entity
    roles = conn.execute("SELECT role FROM facts WHERE subject_id = ? AND type = 'role'", (musk,)).fetchall()
    assert sorted(r[0] for r in roles) == ["ceo", "founder", "owner"]
    tesla = entity_id(filled, "تيسلا")
    assert conn.execute("SELECT n_articles FROM entities WHERE id = ?", (tesla,)).fetchone()[0] == 2


def test_different_people_sharing_a_first_name_stay_apart(filled: Store) -> None:
    assert entity_id(filled, "مارك لاسري") != entity_id(filled, "مارك زوكربيرغ")


def test_anonymous_sources_are_never_merged(store: Store) -> None:
    store.save_extraction(examples.seed_extraction("a"))
    repost = examples.seed_extraction("b", examples.SEED_TEXT + "\nشاركها.")
    repost.article.url = "https://example.org/repost"
    store.save_extraction(repost)
    anon = store.conn.execute("SELECT COUNT(*) FROM entities WHERE type = 'ANON'").fetchone()[0]
    assert anon == 2


def _short_name_article(article_id: str, extra: str = "", name: str = "ماسك") -> examples.Extraction:
    """The seed article's pledge sentence, where Musk is only 'ماسك' (or another spelling)."""
    text = f"وقد تعهد {name} شخصيًا بالتبرع بأكثر من مائة مليون دولار لحملة ترامب خلال الأشهر المقبلة." + extra
    return examples.build(
        text,
        [("e1", "PERSON", name, [], None), ("e2", "ORG", "حملة ترامب", [], None)],
        [
            (
                "donation",
                {"donor": "e1", "recipient": "e2", "status": "pledged"},
                f"تعهد {name} شخصيًا بالتبرع",
            )
        ],
        article_id,
    )


def test_user_merge_is_recorded_and_replayed_on_ingest(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db", matcher=Matcher(use_resolver=False))
    store.save_extraction(examples.seed_extraction())
    store.save_extraction(_short_name_article("short"))
    full, short = entity_id(store, "إيلون ماسك"), entity_id(store, "ماسك")
    assert full != short  # the exact-name fallback does not merge a bare surname
    kept = store.merge("إيلون ماسك", "ماسك")
    assert kept == min(full, short)
    assert entity_id(store, "ماسك") == kept
    assert entity_id(store, str(max(full, short))) == kept  # the old id redirects
    given = store.conn.execute(
        "SELECT COUNT(*) FROM facts WHERE type = 'donation' AND subject_id = ?", (kept,)
    ).fetchone()[0]
    assert given == 2
    judged = store.conn.execute("SELECT judgement, left_name, right_name FROM judgements").fetchall()
    assert ("same", "إيلون ماسك", "ماسك") in judged
    # the short article changes: its 'ماسك' is re-resolved and the judgement still holds
    store.save_extraction(_short_name_article("short", " وفقًا لحملتها."))
    assert entity_id(store, "ماسك") == kept
    # a new article naming 'ماسك' joins too, with the judgement as its reason
    store.save_extraction(_short_name_article("short-2", " شاركها."))
    reason = store.conn.execute(
        "SELECT m.reason FROM merges m JOIN doc_entities d ON d.id = m.doc_entity_id"
        " WHERE d.article_id = 'short-2' AND d.name = 'ماسك'"
    ).fetchone()[0]
    assert "user judged" in reason
    assert store.check() == []
    store.close()


class FirstNameMatcher(Matcher):
    """A deliberately eager matcher: same type and the same first word is 'the same'."""

    def __init__(self, score: float = 0.95) -> None:
        super().__init__(use_resolver=False)
        self.score = score

    def keys(self, info: NameInfo) -> set[str]:
        return {f"{info.type}|first={normalise_name(info.name).split()[0]}"}

    def decide(self, doc: NameInfo, candidate: NameInfo) -> Decision:
        first = {normalise_name(n).split()[0] for n in [candidate.name, *candidate.other_names]}
        same = doc.type == candidate.type and normalise_name(doc.name).split()[0] in first
        return Decision(same, self.score if same else 0.0, "same first name")


def test_user_split_blocks_the_matcher_on_later_ingests(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db", matcher=FirstNameMatcher())
    store.save_extraction(examples.seed_extraction())
    store.save_extraction(_short_name_article("short", name="إيلون مسك"))  # a real variant spelling
    musk = entity_id(store, "إيلون ماسك")
    assert entity_id(store, "إيلون مسك") == musk  # the eager matcher merged them
    (new,) = store.split(str(musk), name="إيلون مسك")
    assert entity_id(store, "إيلون مسك") == new != musk
    assert (
        store.conn.execute("SELECT COUNT(*) FROM judgements WHERE judgement = 'not_same'").fetchone()[0] >= 1
    )
    # a later article with the other spelling stays apart from 'إيلون ماسك'
    store.save_extraction(_short_name_article("short-2", " شاركها.", name="إيلون مسك"))
    doc_entity = store.conn.execute(
        "SELECT entity_id FROM doc_entities WHERE article_id = 'short-2' AND name = 'إيلون مسك'"
    ).fetchone()[0]
    assert doc_entity == new
    # and the judgement holds even against the matcher: the new spelling entity is never offered
    store.save_extraction(_short_name_article("short-3", " وفقًا لحملتها.", name="إيلون مسك"))
    assert store.check() == []
    store.close()


def test_partial_names_and_weak_scores_are_not_merged_across_articles(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db", matcher=FirstNameMatcher())
    store.save_extraction(examples.seed_extraction())
    # 'مارك' alone (first name only) shares the eager matcher's key with 'مارك لاسري'
    store.save_extraction(_short_name_article("short", name="مارك"))
    assert entity_id(store, "مارك") != entity_id(store, "مارك لاسري")
    reason = store.conn.execute(
        "SELECT m.reason FROM merges m JOIN doc_entities d ON d.id = m.doc_entity_id WHERE d.article_id = 'short'"
        " AND d.name = 'مارك'"
    ).fetchone()[0]
    assert reason.startswith("no earlier entity matched (closest: 'مارك لاسري'")
    assert "a one-word name merges across articles only when spelled the same" in reason
    store.close()
    weak = Store(tmp_path / "weak.db", matcher=FirstNameMatcher(score=0.85))
    weak.save_extraction(examples.seed_extraction())
    weak.save_extraction(_short_name_article("short", name="إيلون مسك"))
    assert entity_id(weak, "إيلون مسك") != entity_id(weak, "إيلون ماسك")
    weak.close()


def test_split_errors_are_readable(filled: Store) -> None:
    with pytest.raises(RasdError, match="only one name"):
        filled.split("إيلون ماسك")
    with pytest.raises(RasdError, match="never called"):
        filled.split("إيلون ماسك", name="جيف بيزوس")
    with pytest.raises(RasdError, match="no entity named"):
        filled.merge("جيف بيزوس", "إيلون ماسك")


def test_rebuild_replays_judgements(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db", matcher=Matcher(use_resolver=False))
    for ext in (examples.seed_extraction(), examples.facebook_extraction(), _short_name_article("short")):
        store.save_extraction(ext)
    store.merge("إيلون ماسك", "ماسك")
    before = store.counts()
    result = store.rebuild_resolution()
    assert result["documents"] == store.conn.execute("SELECT COUNT(*) FROM doc_entities").fetchone()[0]
    assert store.counts() == before
    musk = store.resolve_entity("إيلون ماسك")
    assert store.resolve_entity("ماسك") == musk  # the user's merge came back
    given = store.conn.execute(
        "SELECT COUNT(*) FROM facts WHERE type = 'donation' AND subject_id = ?", (musk,)
    )
    assert given.fetchone()[0] == 2
    assert store.check() == []
    store.close()
