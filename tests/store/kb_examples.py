"""Hand-built extractions of real Arabic news text, so store and export tests do not depend on the
pipeline. Offsets are found in the text, so ``text[start:end] == mention.text`` always holds.

Texts: the seed article (examples/seed-article.ar.txt) and two ANT-corpus articles (Apache-2.0,
../shared/data/arabic_news_raw/ant_multisource.txt.xz, lines 6238 and 6244), shortened.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rasd.contract import Amount, Article, Entity, Evidence, Extraction, Fact, Mention, Span

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = (ROOT / "examples" / "seed-article.ar.txt").read_text(encoding="utf-8")

FACEBOOK_TEXT = (
    "حذف حسابات فيسبوك لن يوقف تتبعها لك! . علت الأصوات المطالبة بـ #حذف_حسابات_فيسبوك في الفترة الماضية"
    " منذ فضيحتها الأخيرة حول التفريط ببيانات الملفات الشخصية للمستخدمين لشركة #كامبريدج_ أناليتيكا"
    " Cambridge Analytica. وأعلن العديد من الشخصيات العامة والمشاهير ممن لهم الكثير من المتابعين على"
    " فيسبوك عن رغبتهم في إزالة ملفاتهم التعريفية وصفحاتهم من فيسبوك (على الرغم من عدم تنفيذ بعضهم لذلك"
    " بالفعل مثل إيلون ماسك الرئيس التنفيذي والمؤسس لشركة تيسلا Tesla للسيارات الكهربائية)."
    " وكان #مارك_زوكربيرغ رئيس مجلس إدارة فيسبوك قد أدلى بشهادته أمام الكونغرس الأمريكي الأسبوع الماضي."
)

ROCKET_TEXT = (
    'شاهد إطلاق "أقوى صاروخ" حاملاً سيارة للفضاء . أطلقت شركة "سبيس إكس" بنجاح صاروخها فالكون هيفي،'
    " أقوى صاروخ في العالم، إلى الفضاء في أول اختبار لإطلاقه لتضع بذلك الشركة الخاصة المملوكة للملياردير"
    " إيلون ماسك حجر زاوية جديد في مسيرتها. وانطلق الصاروخ مخترقاً السماء الزرقاء الصافية الثلاثاء من موقع"
    " لإطلاق الصواريخ بولاية فلوريدا الأميركية بدأت منه البعثات الفضائية إلى القمر."
)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The sentence (between . ! ? or newlines) that contains [start, end)."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    s = left + 1
    while s < len(text) and text[s] in " \n":
        s += 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return s, e, text[s:e]


def build(
    text: str,
    entities: list[tuple[str, str, str, list[str], str | None]],
    facts: list[tuple[str, dict[str, Any], str]],
    article_id: str,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Extraction:
    """entities: (local id, type, name, surface forms, latin); facts: (type, args, evidence phrase)."""
    ents: list[Entity] = []
    for local, etype, name, surfaces, latin in entities:
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for surface in sorted(set([name, *surfaces]), key=len, reverse=True):
            for m in re.finditer(re.escape(surface), text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), surface))
        assert mentions, f"{name!r} not in text"
        mentions.sort(key=lambda x: x.start)
        aliases = [s for s in surfaces if s != name]
        ents.append(Entity(local, etype, name, latin, aliases, mentions))
    out_facts: list[Fact] = []
    for ftype, args, phrase in facts:
        i = text.find(phrase)
        assert i >= 0, f"evidence {phrase!r} not in text"
        s, e, sent = sentence_around(text, i, i + len(phrase))
        attribution = args.pop("attribution", None)
        out_facts.append(Fact(ftype, args, Evidence(s, e, sent), attribution, f"test: {phrase}"))
    values = []
    for m in re.finditer(r"\d+ مليون دولار|مائة مليون دولار|سبعة أرقام", text):
        values.append(Span(m.start(), m.end(), "MONEY", m.group(), "rule:money"))
    art = Article(id=article_id, text=text, url=url, title=title, published=published)
    return Extraction(art, ents, out_facts, values)


def seed_extraction(article_id: str = "seed", text: str = SEED_TEXT) -> Extraction:
    return build(
        text,
        [
            ("e1", "PERSON", "مارك لاسري", ["لاسري"], "Marc Lasry"),
            ("e2", "ORG", "Avenue Capital", [], None),
            ("e3", "PERSON", "إيلون ماسك", ["ماسك"], "Elon Musk"),
            ("e4", "ORG", "حملة ترامب", [], None),
            ("e5", "PERSON", "كامالا هاريس", ["هاريس", "كامالا"], "Kamala Harris"),
            ("e6", "PERSON", "دونالد ترامب", [], "Donald Trump"),
            ("e7", "PERSON", "ريد هوفمان", ["هوفمان"], "Reid Hoffman"),
            ("e8", "PERSON", "هيلاري كلينتون", [], "Hillary Clinton"),
            ("e9", "ORG", "تيسلا", [], "Tesla"),
            ("e10", "ANON", "أحد مديري الصناديق", [], None),
            ("e11", "ORG", "واشنطن بوست", [], "Washington Post"),
            ("e12", "ORG", "اللجنة المالية لهاريس", [], None),
            ("e13", "PERSON", "بلير إيفرون", ["إيفرون"], "Blair Effron"),
        ],
        [
            (
                "role",
                {"subject": "e1", "object": "e2", "role": "ceo"},
                "الرئيس التنفيذي لشركة Avenue Capital",
            ),
            ("role", {"subject": "e3", "object": "e9", "role": "founder"}, "مؤسس شركة تيسلا إيلون ماسك"),
            (
                "donation",
                {
                    "donor": "e3",
                    "recipient": "e4",
                    "amount": Amount(100_000_000, None, "USD", "أكثر من مائة مليون دولار"),
                    "status": "pledged",
                },
                "وقد تعهد ماسك شخصيًا بالتبرع",
            ),
            (
                "donation",
                {"donor": "e7", "recipient": "e5", "amount": None, "status": "pledged"},
                "وتعهده بالتبرع بالمال لحملتها",
            ),
            (
                "fundraiser",
                {"host": "e1", "beneficiary": "e8", "year": 2016},
                "لجمع التبرعات لهيلاري كلينتون",
            ),
            ("membership", {"member": "e13", "group": "e12"}, "جزءًا من اللجنة المالية لهاريس"),
            ("support", {"subject": "e7", "object": "e5", "stance": "for"}, "تحويل دعمه من بايدن إلى هاريس"),
            (
                "quote",
                {
                    "speaker": "e10",
                    "text": "وول ستريت لا تحب طبيعة ترامب المتهورة وافتقاره إلى القدرة على التنبؤ",
                },
                "وقال أحد مديري الصناديق",
            ),
        ],
        article_id,
        url="https://example.org/seed",
        title="وول ستريت تحشد لهاريس",
        published="2024-07-24",
    )


def facebook_extraction(article_id: str = "ant-6238") -> Extraction:
    return build(
        FACEBOOK_TEXT,
        [
            ("e1", "ORG", "فيسبوك", [], "Facebook"),
            ("e2", "PERSON", "إيلون ماسك", [], "Elon Musk"),
            ("e3", "ORG", "تيسلا", ["Tesla"], "Tesla"),
            ("e4", "PERSON", "مارك زوكربيرغ", ["مارك_زوكربيرغ"], "Mark Zuckerberg"),
            ("e5", "ORG", "Cambridge Analytica", [], None),
        ],
        [
            ("role", {"subject": "e2", "object": "e3", "role": "ceo"}, "إيلون ماسك الرئيس التنفيذي"),
            ("role", {"subject": "e4", "object": "e1", "role": "chair"}, "رئيس مجلس إدارة فيسبوك"),
        ],
        article_id,
        url="https://example.org/ant-6238",
        title="حذف حسابات فيسبوك لن يوقف تتبعها لك!",
        published="2018-04-18",
    )


def rocket_extraction(article_id: str = "ant-6244") -> Extraction:
    return build(
        ROCKET_TEXT,
        [
            ("e1", "ORG", "سبيس إكس", [], "SpaceX"),
            ("e2", "PERSON", "إيلون ماسك", [], "Elon Musk"),
            ("e3", "GPE", "فلوريدا", [], "Florida"),
        ],
        [("role", {"subject": "e2", "object": "e1", "role": "owner"}, "المملوكة للملياردير إيلون ماسك")],
        article_id,
        url="https://example.org/ant-6244",
        title="شاهد إطلاق أقوى صاروخ",
        published="2018-02-07",
    )


GAZETTEER = [
    ("PERSON", "إيلون ماسك", ["ماسك"]),
    ("PERSON", "مارك لاسري", ["لاسري"]),
    ("PERSON", "كامالا هاريس", ["هاريس"]),
    ("PERSON", "دونالد ترامب", ["ترامب"]),
    ("PERSON", "ريد هوفمان", ["هوفمان"]),
    ("PERSON", "جو بايدن", ["بايدن"]),
    ("ORG", "واشنطن بوست", []),
    ("ORG", "تيسلا", []),
    ("ORG", "Lazard", []),
]


def gazetteer_extract(article: Article) -> Extraction:
    """A tiny stand-in for the pipeline (for store tests that must not depend on it): known names
    become entities; a sentence with 'بالتبرع' and two of them becomes a donation fact."""
    text = article.text
    ents: list[Entity] = []
    spans: list[tuple[int, int, str]] = []  # (start, end, local id)
    taken: list[tuple[int, int]] = []
    for etype, name, short in GAZETTEER:
        mentions = []
        for surface in [name, *short]:
            for m in re.finditer(re.escape(surface), text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), surface))
        if mentions:
            local = f"e{len(ents) + 1}"
            mentions.sort(key=lambda x: x.start)
            ents.append(Entity(local, etype, name, None, list(short), mentions))
            spans.extend((m.start, m.end, local) for m in mentions)
    spans.sort()
    facts: list[Fact] = []
    for m in re.finditer(r"[^.!?\n]*بالتبرع[^.!?\n]*[.!?]?", text):
        inside = [local for s, e, local in spans if m.start() <= s and e <= m.end()]
        ordered = list(dict.fromkeys(inside))
        if len(ordered) >= 2:
            facts.append(
                Fact(
                    "donation",
                    {"donor": ordered[0], "recipient": ordered[1], "amount": None, "status": "pledged"},
                    Evidence(m.start(), m.end(), m.group()),
                    None,
                    "test gazetteer: بالتبرع",
                )
            )
    return Extraction(article, ents, facts, [])


def seed_paragraphs() -> list[str]:
    return [p for p in SEED_TEXT.split("\n\n") if len(p) > 60]


def synthetic_corpus(n: int) -> list[dict[str, str]]:
    """``n`` distinct articles, each three different paragraphs of the seed article."""
    import itertools
    import random

    paras = seed_paragraphs()
    combos = list(itertools.combinations(range(len(paras)), 3))
    random.Random(7).shuffle(combos)
    out = []
    for i, combo in enumerate(combos):
        if i >= n:
            break
        out.append(
            {
                "id": f"syn-{i}",
                "url": f"https://example.org/syn/{i}",
                "text": "\n\n".join(paras[j] for j in combo),
            }
        )
    return out
