"""Reading sources: plain text (unchanged behaviour), HTML pages, JSONL corpora, folders."""

from __future__ import annotations

import gzip
import json
import lzma
from pathlib import Path

import pytest

from rasd.errors import RasdError
from rasd.read import (
    article_id,
    count_articles,
    iter_sources,
    parse_jsonl_record,
    read_html_article,
    read_text_article,
    source_kind,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed-article.ar.txt"

# Paragraphs of an invented news article inside a page with navigation, a sidebar and a footer.
PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>كرول يتعهد بالتبرع لحملة هولت | أخبار</title>
<meta property="og:title" content="كرول يتعهد بالتبرع لحملة هولت">
<meta property="og:url" content="https://news.example.org/2024/07/kroll-pledge">
<meta property="article:published_time" content="2024-07-24T10:00:00+00:00">
</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/politics">سياسة</a> | <a href="/economy">اقتصاد</a></nav>
<article>
<h1>كرول يتعهد بالتبرع لحملة هولت</h1>
<p>إن جهود مصارف لندن لدعم هارلو تضع المستثمرين في مواجهة أثرياء قطاع التقنية البارزين مثل مؤسس شركة
نوفاترون إيثان كرول ورجال الأعمال المغامرين مارتن أولدمان ودانيال ريكس الذين تعهدوا بدعمهم في الاتجاه الآخر
وأيدوا تذكرة هولت-دالتون.</p>
<p>وقد تعهد كرول شخصيًا بالتبرع بأكثر من مائة مليون دولار لحملة هولت خلال الأشهر المقبلة.</p>
<p>وقالت مصادر في حي المال لصحيفة الغد إنهم يرون أن كاموليا تؤيد المزيد من التنظيم والضرائب الأعلى،
لكنها اكتسبت الدعم لتبدو أكثر استقرارا وموثوقية من منافسها المحافظ في الترشح.</p>
</article>
<aside>الأكثر قراءة: أسعار الذهب اليوم</aside>
<footer>جميع الحقوق محفوظة © 2024</footer>
</body></html>
"""


def test_plain_text_reading_is_unchanged(tmp_path: Path) -> None:
    art = read_text_article(str(SEED))
    assert art.text == SEED.read_text(encoding="utf-8")
    assert art.id == article_id(art.text)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xd9\x82\xff")
    with pytest.raises(RasdError, match="not UTF-8"):
        read_text_article(str(bad))


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "kroll.html"
    page.write_text(PAGE, encoding="utf-8")
    art = read_html_article(str(page))
    assert "وقد تعهد كرول شخصيًا بالتبرع بأكثر من مائة مليون دولار لحملة هولت" in art.text
    assert "جميع الحقوق محفوظة" not in art.text  # footer
    assert "الرئيسية" not in art.text  # navigation
    assert art.title and "كرول يتعهد بالتبرع" in art.title
    assert art.url == "https://news.example.org/2024/07/kroll-pledge"
    assert art.published == "2024-07-24"


def test_html_without_arabic_text_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "en.html"
    body = "<p>" + "Kroll pledged more than one hundred million dollars to the Holt campaign. " * 5 + "</p>"
    page.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    with pytest.raises(RasdError, match="not Arabic"):
        read_html_article(str(page))


def _corpus_lines() -> list[str]:
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if len(p) > 80]
    return [
        json.dumps(
            {
                "id": "a1",
                "url": "https://e.org/1",
                "title": "هارلو",
                "published": "2024-07-24",
                "text": paragraphs[0],
            },
            ensure_ascii=False,
        ),
        '{"id": "broken", "text": "قالت مصادر',  # cut off mid-line
        json.dumps({"id": "a2", "text": paragraphs[1]}, ensure_ascii=False),
        json.dumps({"id": "no-text", "title": "بلا نص"}, ensure_ascii=False),
        "",
        json.dumps({"id": "english", "text": "Kroll pledged more than one hundred million dollars."}),
        json.dumps({"text": paragraphs[2], "date": "2024-07-25T08:00:00Z"}, ensure_ascii=False),
    ]


def test_jsonl_bad_lines_are_skipped_with_reasons(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(_corpus_lines()) + "\n", encoding="utf-8")
    items = list(iter_sources([str(corpus)]))
    good = [i.article for i in items if i.article]
    bad = {i.source.rsplit(":", 1)[1]: i.error for i in items if i.error}
    assert [a.id for a in good[:2]] == ["a1", "a2"]
    assert good[0].url == "https://e.org/1" and good[0].published == "2024-07-24"
    assert good[2].id == article_id(good[2].text) and good[2].published == "2024-07-25"
    assert set(bad) == {"2", "4", "6"}
    assert "not valid JSON" in bad["2"]
    assert "no 'text' field" in bad["4"]
    assert "not Arabic" in bad["6"]
    assert all("\n" not in e for e in bad.values())
    assert count_articles([str(corpus)]) == 6  # non-empty lines: an upper bound for the progress bar


@pytest.mark.parametrize("suffix,opener", [(".jsonl.gz", gzip.open), (".jsonl.xz", lzma.open)])
def test_compressed_jsonl(tmp_path: Path, suffix: str, opener: object) -> None:
    path = tmp_path / f"corpus{suffix}"
    with opener(path, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
        fh.write("\n".join(_corpus_lines()) + "\n")
    assert sum(1 for i in iter_sources([str(path)]) if i.article) == 3


def test_jsonl_record_errors_name_the_line() -> None:
    with pytest.raises(RasdError, match=r"c\.jsonl:3: expected a JSON object"):
        parse_jsonl_record("[1, 2]", "c.jsonl:3")


def test_folders_are_walked(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "sub" / "corpus.jsonl").write_text("\n".join(_corpus_lines()), encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    items = list(iter_sources([str(tmp_path)]))
    assert sum(1 for i in items if i.article) == 4
    skipped = [i.error for i in items if i.error and "photo.jpg" in i.error]
    assert skipped and "not a .txt, .html or .jsonl file" in skipped[0]
    assert not any(".DS_Store" in (i.error or "") for i in items)
    seed = next(i for i in items if i.source.endswith("seed.txt"))
    assert seed.same_source_same_article  # a file is its own identity across edits


def test_missing_paths_are_items_not_exceptions(tmp_path: Path) -> None:
    items = list(iter_sources([str(tmp_path / "nope.txt"), str(tmp_path / "nope.jsonl")]))
    assert [i.article for i in items] == [None, None]
    assert all("no such file" in (i.error or "") for i in items)


def test_source_kind() -> None:
    assert source_kind("a/b.JSONL") == "jsonl"
    assert source_kind("x.jsonl.xz") == "jsonl"
    assert source_kind("page.htm") == "html"
    assert source_kind("a.txt") == "text"
    assert source_kind("a.pdf") is None


def test_jsonl_lone_surrogate_and_bad_fields_are_one_line_errors() -> None:
    from rasd.errors import RasdError
    from rasd.read import parse_jsonl_record

    good = (
        '{"text": "تبرع زيد لحزب العمال بمبلغ مليون دولار في الانتخابات الأخيرة", "published": "not-a-date"}'
    )
    assert parse_jsonl_record(good, "x:1").published is None
    with pytest.raises(RasdError, match="lone surrogate"):
        parse_jsonl_record('{"text": "تبرع زيد لحزب العمال بمبلغ كبير جدا في الانتخابات \\ud800"}', "x:2")
    with pytest.raises(RasdError, match="'id'"):
        parse_jsonl_record(
            '{"id": {"a": 1}, "text": "تبرع زيد لحزب العمال بمبلغ كبير جدا في الانتخابات"}', "x:3"
        )


def test_binary_html_is_refused(tmp_path) -> None:
    from rasd.errors import RasdError
    from rasd.read import read_html_article

    p = tmp_path / "bin.html"
    p.write_bytes(b"\x00\x01\x02<html>\xff\xfe")
    with pytest.raises(RasdError, match="binary"):
        read_html_article(str(p))
