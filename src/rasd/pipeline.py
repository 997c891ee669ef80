"""The stages of one article: read → analyse → recognise → resolve in document → extract facts.

Each stage is a plain function, so the CLI, the store, tests and batch jobs share this code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rasd.contract import Article, Extraction, Span
from rasd.text.money import MoneySpan, find_amounts


def recognise_entities(text: str) -> list[Span]:
    """Named-entity spans from the trained recogniser (PERSON, ORG, GPE, LOC, MISC).

    Attached proclitics never belong to a name: "وبول سينجر" → "بول سينجر", "لمجلس الشيوخ" →
    "مجلس الشيوخ" (names that begin with those letters, وول ستريت, stay whole).
    """
    from rasd.ner import recognise
    from rasd.ner.normal import normalise_word
    from rasd.ner.pipeline import _hashtag_view, load_model
    from rasd.text.prefixes import strip_name_prefix

    listed = _known_name_word()
    lexicon = load_model().lexicon
    spans = recognise(text)
    view = _hashtag_view(text)  # the words of "#وزارة_الأوقاف" as the recogniser read them
    # a word that follows another inside a name ("إدوارد بالادور") has no particle attached: the
    # same word opening a name elsewhere ("لبالادور" → "بالادور") is not cut again
    inner = {normalise_word(w) for s in spans for w in view[s.start : s.end].split()[1:]}
    # a word the text writes both bare and after a conjunction و ("وانج يلين", "ووانج يلين") begins
    # with its own و: "وقال وانج يلين" names وانج, not انج
    words = set(view.split())
    doubled = {w[1:] for w in words if w.startswith("وو") and w[1:] in words}

    def known(form: str) -> bool:
        return listed(form) or normalise_word(form) in inner or form in doubled

    out = []
    for span in spans:
        start, end = strip_name_prefix(view, span.start, span.end, known)
        if start != span.start and end > start and _more_common_whole(span.text, start - span.start, lexicon):
            start = span.start  # "على بكين": the news writes بكين (Beijing) more often than كين
        if start != span.start and end > start:
            span = Span(start, end, span.label, text[start:end], span.source, span.score)
        parts = span.text.split()
        if (
            span.label == "ORG"
            and len(parts) >= 2
            and normalise_word(parts[-1]) in _TO_THE_PRESS
            and normalise_word(parts[0]).removeprefix("ال") not in _PRESS_BODIES
        ):
            # "وقالت الشرطة الفيدرالية للصحفيين": to whom the body spoke, not its name (but "الاتحاد
            # الدولي للصحفيين" is a union of journalists)
            cut = span.text.rstrip()[: -len(parts[-1])].rstrip()
            span = Span(span.start, span.start + len(cut), span.label, cut, span.source, span.score)
        at = [w for w in re.finditer(r"\S+", span.text)]
        k = next((k for k in range(2, len(at)) if normalise_word(at[k].group()) in _PERSON_DESCRIPTIONS), None)
        if span.label == "ORG" and k is not None:
            # "رئيس الجمعية التونسية لعلوم الزكاة الخبير المحاسب فلان": the head's profession, no part of
            # the body's name
            cut = span.text[: at[k - 1].end()]
            span = Span(span.start, span.start + len(cut), span.label, cut, span.source, span.score)
        parts = span.text.split()
        if span.label == "ORG" and len(parts) >= 3 and normalise_word(parts[-1]) in _RANKS:
            # "نائب القائد العام للحرس الثوري الإيراني العميد فلان": the rank of the one named next
            cut = span.text.rstrip()[: -len(parts[-1])].rstrip()
            span = Span(span.start, span.start + len(cut), span.label, cut, span.source, span.score)
            parts = span.text.split()
        if span.label == "ORG" and len(parts) >= 3 and normalise_word(parts[0]) == "العام" and parts[1].startswith("لل"):
            # "القائد العام للحرس الثوري": العام ends the title, the body starts after it (after لل, as
            # "للكونغرس" gives "كونغرس", named "الكونغرس")
            lead = len(span.text) - len(span.text[len(parts[0]) :].lstrip()) + 2
            span = Span(span.start + lead, span.end, span.label, span.text[lead:], span.source, span.score)
        out.append(span)
    # "وقال المحامي والفقيه الدستوري فلان": definite words alone tagged a person right before a person's
    # name are that person's title, not a second person
    return [
        s
        for k, s in enumerate(out)
        if not (
            s.label == "PERSON"
            and k + 1 < len(out)
            and out[k + 1].label == "PERSON"
            and not text[s.end : out[k + 1].start].strip()
            and all(w.startswith(("ال", "وال")) for w in s.text.split())
        )
    ]


_RANKS = frozenset(("العميد", "اللواء", "العقيد", "المشير", "الجنرال"))
# professions written before a person's name, after the body he heads (normalised)
_PERSON_DESCRIPTIONS = frozenset(
    ("الخبير", "الخبيره", "المحامي", "المحاميه", "الاستاذ", "الاستاذه", "الدكتور", "الدكتوره", "الاعلامي", "الاعلاميه")
)
_TO_THE_PRESS = frozenset(("للصحفيين", "للصحافيين", "للصحفيات", "للاعلاميين"))
# bodies whose name may end with the press ("الاتحاد الدولي للصحفيين", "نقابة المحررين للصحفيين")
_PRESS_BODIES = frozenset("اتحاد نقابه جمعيه رابطه هيئه منظمه لجنه مركز نادي صندوق مؤسسه شبكه".split())


def _more_common_whole(name: str, cut: int, lexicon: dict) -> bool:
    """Whether the first word of ``name`` is more frequent in the raw news than what is left of it
    without its first ``cut`` characters (the particles): then the letters are the name's own."""
    from rasd.ner.normal import normalise_word

    first = name.split(maxsplit=1)[0]
    if cut >= len(first):
        return False  # "لـ LinkedIn": the particle stands alone
    whole = lexicon.get(normalise_word(first))
    rest = lexicon.get(normalise_word(first[cut:]))
    rest_freq = rest.freq if rest is not None else 0
    if whole is not None and whole.gaz and whole.freq >= 5 and 2 * whole.freq >= rest_freq:
        return True  # a listed name word in its own right, about as common: "بلاي بوي" (not ب + لاي)
    return whole is not None and whole.freq > rest_freq


@cache
def _known_name_word() -> Callable[[str], bool]:
    """Words the recogniser's name lists know as person names (بليك stays whole in وبليك)."""
    from rasd.ner.normal import normalise_word
    from rasd.ner.pipeline import load_model

    lexicon = load_model().lexicon

    def known(form: str) -> bool:
        info = lexicon.get(normalise_word(form))
        return info is not None and info.gaz == "PP"

    return known


def find_values(
    text: str, published: str | None = None, amounts: list[MoneySpan] | None = None
) -> list[Span]:
    """MONEY, DATE and TIME spans from the text layer's parsers (``amounts``: already found money)."""
    import datetime as dt

    from rasd.text.dates import find_dates

    pub = None
    if published:
        try:
            pub = dt.date.fromisoformat(published[:10])
        except ValueError:
            pub = None
    if amounts is None:
        amounts = find_amounts(text)
    values = [Span(a.start, a.end, "MONEY", a.text, "rule:money") for a in amounts]
    for d in find_dates(text, pub):
        label = "TIME" if d.kind == "time" else "DATE"
        values.append(Span(d.start, d.end, label, d.text, "rule:date"))
    values.sort(key=lambda s: (s.start, -s.end))
    return values


def extract_article(article: Article) -> Extraction:
    """Run every stage on one article and return the extraction contract."""
    from rasd.facts import extract_facts
    from rasd.resolve.document import build_entities, without_regions

    text = article.text
    amounts = find_amounts(text)
    values = find_values(text, article.published, amounts)
    # a currency word inside an amount ("مليون دولار") or a month inside a date ("4 أبريل (نيسان)") is
    # not a named entity
    spans = [
        s for s in recognise_entities(text) if not any(v.start <= s.start and s.end <= v.end for v in values)
    ]
    doc = build_entities(text, spans)
    facts = extract_facts(text, doc, amounts)
    entities, facts = without_regions(doc.entities, facts)
    return Extraction(article=article, entities=entities, facts=facts, values=values)
