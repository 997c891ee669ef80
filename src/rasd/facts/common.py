"""Shared reasoning for fact rules: who is the subject of a trigger, what is marked as a recipient,
which mentions are coordinated ("X، وY، وZ").

Arabic news sentences are verb-first (قال فانس، تبرع لوتنيك) as often as subject-first
(ديزني أوضحت), so a trigger's subject is looked for right after it, then right before it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rasd.contract import Fact
from rasd.facts.context import Sentence
from rasd.facts.vocab import word_set
from rasd.resolve.document import DocMention, Document
from rasd.text.normalise import normalise

_PUNCT_ONLY = re.compile(r"^[\s\W_]*$", re.UNICODE)
_QUOTE_CHARS = "“”\"«»„‟'"
# Gap words that keep two names in one list: و، بالإضافة إلى، فضلا عن، وكذلك
_LIST_JOINERS = ("و", "بالاضافه الي", "بالاضافه", "فضلا عن", "وكذلك", "كذلك", "ثم", "او")


@dataclass
class ArticleState:
    """What rules carry from sentence to sentence within one article."""

    doc: Document
    text: str
    role_objects: set[tuple[int, int]] = field(default_factory=set)
    role_holders: dict[tuple[int, int], DocMention] = field(default_factory=dict)  # title-first roles
    role_bodies: dict[tuple[int, int], DocMention] = field(default_factory=dict)  # their bodies' mentions
    last_subjects: list[DocMention] = field(default_factory=list)
    last_speaker: str | None = None
    last_speaker_at: int = -1  # where the sentence of the last speaker's quotation ends
    houses: set[str] | None = None  # the parliaments the article names (extract_mps), found once
    last_anon: str | None = None
    events: list[dict] = field(default_factory=list)
    last_donation: tuple[int, list[str]] | None = None
    last_donors: tuple[int, list[DocMention]] | None = None  # the donors of the last donation sentence
    last_list: int = -1  # the sentence whose list of givers and amounts was read last (a list may go on)
    facts: list[Fact] = field(default_factory=list)  # every fact found so far, quotes first
    # who works to oust or defeat people the text does not name yet ("تعمل على إقصاء أعضاء الفريق"):
    # sentence index and mention of each campaigner, for a later list of its targets
    campaigners: list[tuple[int, DocMention]] = field(default_factory=list)
    genders: dict[str, str] | None = None  # PERSON entity → "m" / "f" where the article says (person_gender)
    quotations: list[tuple[int, int]] | None = None  # the quoted passages' offsets, found once (support)
    sentences: list = field(default_factory=list)  # the article's sentences (quotes look back through them)


# titles and verbs before a name that say a man or a woman ("الرئيس فلان", "وقالت فلانة")
_MASCULINE_CUES = frozenset(
    normalise(w)
    for w in (
        "الرئيس رئيس الوزير وزير السيد الشيخ الأمير الملك زعيم الزعيم السفير المتحدث الناطق"
        " المستشار الدكتور الجنرال العقيد اللواء المرشح الأمين المدير مدير"
        " قال أكد أضاف أعلن أوضح أشار صرح ذكر اعتبر تابع كتب"
        " الصحفي الكاتب الناشط المحامي القاضي الإعلامي اللاعب المعارض الباحث رجل"
        " الأستاذ المهندس الطبيب التاجر المستثمر الملياردير"
    ).split()
)
_SPOKES_TITLES = frozenset(normalise(w) for w in "المتحدث المتحدثة الناطق الناطقة".split())
_FEMININE_CUES = frozenset(
    normalise(w)
    for w in (
        "الرئيسة رئيسة الوزيرة وزيرة السيدة الشيخة الأميرة الملكة زعيمة الزعيمة النائبة السفيرة"
        " المتحدثة الناطقة المستشارة الدكتورة المرشحة السناتورة الأمينة المديرة مديرة"
        " قالت أكدت أضافت أعلنت أوضحت أشارت صرحت ذكرت اعتبرت تابعت كتبت"
        " الأستاذة المهندسة الطبيبة المحامية الصحفية الكاتبة الناشطة الباحثة المستثمرة سيدة"
    ).split()
)


MINISTER_FORMS = frozenset(normalise(w) for w in "وزير وزيرة".split())
# nouns that head a construct whose second noun may be a title ("نائبة الرئيس", "زوجة الوزير")
_CONSTRUCT_HEADS = frozenset(
    normalise(w)
    for w in (
        "نائب نائبة زوج زوجة ابن ابنة نجل نجلة شقيق شقيقة أخ أخت والد والدة أرملة حرم مستشار مستشارة"
        " مساعد مساعدة سكرتير سكرتيرة ممثل ممثلة مبعوث مبعوثة متحدث متحدثة ناطق ناطقة مدير مديرة"
    ).split()
)


def person_gender(state: ArticleState, entity: str) -> str | None:
    """"m" or "f" when the title or verb right before the person's mentions says so (and never the
    other), else None. Computed once per article. (السناتور and النائب name women too: no cue.)"""
    if state.genders is None:
        votes: dict[str, set[str]] = {}
        for m in state.doc.mentions:
            if m.label != "PERSON" or m.source == "rule:title":
                continue  # (a bare title the document linked to a name says nothing of its own)
            raw4 = state.text[max(0, m.start - 50) : m.start].split()[-4:]
            raw3 = raw4[-3:]
            raw = raw3[-2:]
            before = normalise(raw[-1]).split() if raw else []
            if not before:
                continue
            if before[-1].endswith(("،", ",")) or before[-1] in ("،", ","):
                # "أكدت وزيرة السياحة والصناعات التقليدية، فلانة": a minister's title, her field, a comma
                phrase = [normalise(w) for w in state.text[max(0, m.start - 80) : m.start].split()[-6:]]
                heads = [k for k, x in enumerate(phrase) if conj_in(x, MINISTER_FORMS)]
                if heads and all(x.startswith(("ال", "وال")) for x in [y.strip("،,") for y in phrase[heads[0] + 1 :]] if x):
                    gender = "f" if phrase[heads[0]].endswith("ه") else "m"
                    votes.setdefault(m.entity, set()).add(gender)
                    continue
                # "المتحدث باسم الجبهة، فلان": a spokesperson's title, its body, a comma
                spoke = [k for k, x in enumerate(phrase) if x.lstrip("و") in _SPOKES_TITLES]
                if spoke and phrase[spoke[-1] + 1 : spoke[-1] + 2] == ["باسم"] and len(phrase) - spoke[-1] <= 5:
                    votes.setdefault(m.entity, set()).add("f" if phrase[spoke[-1]].endswith("ه") else "m")
                    continue
            w, last = before[0], raw[-1]
            head = normalise(raw[0]) if len(raw) == 2 else ""
            if (
                len(raw3) == 3
                and w.startswith("ال")
                and w.endswith("ي")
                and head.startswith("ال")
                and normalise(raw3[0]) in _MASCULINE_CUES
            ):
                w = normalise(raw3[0])  # "رئيس الوزراء الإسباني فلان": the title in construct, its country
                first = normalise(raw4[0]) if len(raw4) == 4 else ""
                if first in _CONSTRUCT_HEADS or (first[:1] in ("و", "ف") and first[1:] in _CONSTRUCT_HEADS):
                    continue  # "زوجة رئيس الوزراء الإسباني فلانة": the title is her husband's
            if head in _CONSTRUCT_HEADS or (head[:1] in ("و", "ف") and head[1:] in _CONSTRUCT_HEADS):
                continue  # "نائبة الرئيس فلانة", "زوج الملكة فلان": the title is the second noun's
            if w[:1] == "و" and w.endswith("ت") and not w.endswith("ات") and len(w) >= 5 and not w.startswith("وال"):
                votes.setdefault(m.entity, set()).add("f")  # "وانتقدت فلانة", "وهاجمت فلانة": a feminine verb
                continue
            if head and w.startswith("ال") and w.endswith("ي") and len(w) > 4:
                w = head  # "الصحفي السعودي جمال خاشقجي": the noun before the nationality
            # ("للرئيس فلان": the article folded into لـ)
            for form in (w, w[1:] if w[:1] in "وفلب" else w, "ال" + w[2:] if w.startswith("لل") else w):
                if form in _MASCULINE_CUES:
                    votes.setdefault(m.entity, set()).add("m")
                    break
                if form in _FEMININE_CUES and (form.endswith("ت") or last.rstrip("ًٌٍَُِّْ").endswith("ة")):
                    # (رئيسة, not رئيسه "his president": both fold to رئيسه)
                    votes.setdefault(m.entity, set()).add("f")
                    break
        state.genders = {e: next(iter(v)) for e, v in votes.items() if len(v) == 1}
    return state.genders.get(entity)


def conj_form(word: str, words) -> str | None:
    """The form of ``word`` that is in ``words``: as it stands, or past one attached و / ف ("ووصف" →
    وصف); None when neither is. Unlike ``lstrip("وف")`` this keeps the و of words that start with it
    (وصف، وقف، وزير، وعد)."""
    if word in words:
        return word
    return word[1:] if word[:1] in ("و", "ف") and word[1:] in words else None


def conj_in(word: str, words) -> bool:
    """``word`` is in ``words`` as it stands or past one attached و / ف (see conj_form)."""
    return conj_form(word, words) is not None


def gap_text(text: str, a: int, b: int) -> str:
    """The normalised text between two original offsets, quotes removed, spaces collapsed."""
    if b <= a:
        return ""
    raw = text[a:b]
    for ch in _QUOTE_CHARS:
        raw = raw.replace(ch, " ")
    return " ".join(normalise(raw).replace("ـ", "").split())


def gap_words(text: str, a: int, b: int) -> list[str]:
    """The normalised words between two original offsets, commas dropped ("فلان، ونائبه" → ["ونائبه"])."""
    return gap_text(text, a, b).replace("،", " ").replace(",", " ").split()


# speech verbs that are as often other words: عبر "via", طالب "student" (quotes._not_a_verb reads them
# in context); a bare word test does not take them
_AMBIGUOUS_VERBS = frozenset(("عبر", "طالب"))


def speech_word(word: str) -> bool:
    """A speech verb, with or without its و/ف (normalised): قال، وأضاف، فأكدت (not عبر or طالب alone)."""
    verbs = word_set("speech", "verbs")
    if word in _AMBIGUOUS_VERBS:
        return False
    return word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs)


_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")  # diacritics and tatweel, inside words


def n_words(s: str) -> int:
    """The words of ``s`` (a diacritic does not split one: "تحسُنّ" is one word)."""
    return len(re.findall(r"[^\W_]+", _MARKS.sub("", s)))


def attached_prefix(sent: Sentence, m: DocMention, text: str) -> str:
    return sent.prefix_of(m, text)


SEAT_WORDS = frozenset(normalise(w) for w in "لمنصب لرئاسة لعضوية".split())  # "المرشح لرئاسة …"
_RIVAL_OF = frozenset(normalise(w) for w in "منافسه منافسها منافسته منافستها خصمه خصمها".split())


# a person's titles that carry the ل of the one given to ("للأمين العام للحزب فلان")
# (as written after their ل or لل: لعضو، للأمين، للرئيس، للمرشح)
_MARKED_TITLES = frozenset(normalise(w) for w in "أمين عضو رئيس مرشح نائب زعيم مؤسس".split())


def is_marked_recipient(sent: Sentence, m: DocMention, text: str, markers: frozenset[str]) -> bool:
    """Is the mention introduced as a beneficiary: لكامالا، لـ X، إلى X، لصالح X، لحملة X، الداعمة لـ X."""
    prefix = attached_prefix(sent, m, text)
    if prefix.endswith("ل") or prefix in ("لل", "ولل", "ول", "فل"):
        return True
    before = sent.previous_words(m, text, 2)
    if (
        m.label == "PERSON"
        and before
        and before[-1].startswith("لل")
        # (للحزب is ل + الحزب, definite; للجنة may be ل + لجنة, in construct with the name: "للجنة فلان")
        and before[-1][2:] in BODY_HEADS
        and not any(w.startswith("ل") and w.lstrip("ل") in _MARKED_TITLES for w in sent.previous_words(m, text, 6)[:-1])
    ):
        # "عضو المكتب السياسي للحزب فلان": the ل marks the party, a genitive; the person is no recipient
        # (but "للأمين العام للحزب فلان", "لعضو المكتب السياسي للحزب فلان": his title carries the ل)
        return False
    if before and (before[-1] in markers or before[-1] in ("ل", "لـ")):
        return True
    if len(before) == 2 and before[-1] in BODY_HEADS and (before[0] in markers or before[0] in _COFFERS):
        return True  # "في صندوق حزب «X»", "إلى حركة X": the kind of body between the marker and the name
    if len(before) == 2 and before[-1] in _COFFERS and before[0] in ("الي", "الى", "في", "لصالح"):
        return True  # "إلى حساب حزب X", "في حساب الحملة": money paid into its account
    if len(before) == 2 and f"{before[0]} {before[1]}" in markers:
        return True
    if len(before) == 2 and before[0] in markers and before[1] in _RIVAL_OF:
        return True  # "لدعم منافسه فلان": his rival, named after the word
    described = sent.previous_words(m, text, 5)
    heads = [i for i, w in enumerate(described) if w in BODY_HEADS or w.removeprefix("ل") in BODY_HEADS]
    if m.label == "ORG" and heads and 1 <= len(described) - heads[-1] - 1 <= 3 and all(
        w.startswith("ال") for w in described[heads[-1] + 1 :]
    ) and (
        (described[heads[-1]] not in BODY_HEADS and described[heads[-1]].startswith("ل"))  # the particle ل
        or (heads[-1] > 0 and described[heads[-1] - 1] in ("في", "الي", "الى"))
    ):
        return True  # "في لجنة العمل السياسي الفائقة X": the body's kind and its adjectives, then its name
    # "للرئيس الحالي دونالد ترامب", "للمرشح الجمهوري X": the marker is on the title before the name
    chain = described
    owner = [i for i, w in enumerate(chain) if w in _FOR_CAMPAIGN]
    if owner and chain[owner[-1] + 1 :] and chain[owner[-1] + 1] in _OFFICE_TITLES and all(
        w.startswith("ال") for w in chain[owner[-1] + 1 :]
    ):
        return True  # "لحملة الرئيس الفرنسي الأسبق X": a campaign's owner, whatever office they hold
    full = sent.previous_words(m, text, 6)
    places = {normalise(w) for p in sent.mentions if p.label in ("GPE", "LOC") and p.end <= m.start for w in p.text.split()}
    for i, w in enumerate(full[:-1]):
        title = full[i + 1]
        if w in _FOR_WHOM_MARKS and (
            title in TITLE_HEADS or title in _HOLDER_TITLES or title.removeprefix("ال") in TITLE_HEADS
        ) and all(
            # ("لصالح السيناتور الديمقراطي عن ولاية كولورادو X": the state he sits for; "لصالح المرشحة
            # الديمقراطية للرئاسة X": the office she runs for)
            x.startswith(("ال", "لل")) or x in places or x in PLACE_KIND_WORDS or x == "عن"
            # (the office she runs for: "لصالح المرشحة الديمقراطية لمنصب حاكم كاليفورنيا X")
            or x in SEAT_WORDS or x in TITLE_HEADS or x in _HOLDER_TITLES
            for x in full[i + 2 :]
        ):
            return True  # "لصالح حاكم ولاية لاغوس السابق X": the title, its place, then the one it is for
    if _title_of_place_marked(full, places):
        return True  # "لحاكم ولاية جورجيا السابق X", "لرئيس بلدية زحلة الأسبق X": the title's place between
    if _campaign_of_list(full):
        return True  # "في حملة القائمة الحرة «X»": the list whose campaign it is
    if _candidate_for_district(full, places):
        return True  # "للمرشح عن الدائرة الثالثة فلان": the candidate's district between
    if _inauguration_of(sent.previous_words(m, text, 10), places):
        return True  # "لتمويل مراسم تنصيب حاكم ولاية تكساس المنتخب X": the one inaugurated
    while chain and not chain[-1].startswith("لل") and chain[-1].startswith("ال") and len(chain[-1]) > 3:
        chain = chain[:-1]
    if chain and len(described) - len(chain) > 2 and chain[-1] not in _COMMITTEE_MARKS:
        return False  # (past three definite words only a committee's: "للجنة العمل السياسي الكبرى «X»")
    if not chain:
        return False
    last = chain[-1]
    if last in _COMMITTEE_MARKS and len(chain) > 1 and chain[-2] in ("في", "الي", "إلى") and text[m.start - 1 : m.start] in "«\"“":
        # "في لجنة العمل السياسي الكبرى «X»": the committee's quoted name after its kind (not "العضو
        # في لجنة الشؤون الخارجية فلان", a title before a name)
        return True
    if (last in markers or last in _CAMPAIGN_MARKERS) and set(sent.previous_words(m, text, 5)) & _CANDIDATE_TITLES:
        return True  # "لحملة المرشح الليبرالي X", "إلى النائب X": a marker before a candidate's title
    if m.label == "ORG" and before and before[-1][:1] == "ل" and before[-1][1:] in BODY_HEADS:
        return True  # "لمنظمة "X"", "لجمعية X": ل on the kind of body named after it
    if m.label == "ORG" and before and before[-1] in ("لصندوق", "للصندوق") and _CAMPAIGN_FUND_NAME.search(m.text):
        return True  # "لصندوق Downs Victory Fund": a campaign's fund, by its (English) name
    # "للرئيس …", or ل + an indefinite title in construct ("لرئيس الوزراء الإسرائيلي X")
    return (last.startswith("لل") and len(last) > 4) or (last[:1] == "ل" and last[1:] in TITLE_HEADS)


_PLACE_TITLES = frozenset(normalise(w) for w in "رئيس رئيسة حاكم حاكمة عمدة محافظ والي".split())


_CAMPAIGN_FUND_NAME = re.compile(r"\b(?:Victory|PAC|Action Fund|Leadership Fund|Majority)\b")
# the titles of a candidate or a member before the house or seat they hold or run for
_SEAT_TITLES = frozenset(
    normalise(w)
    for w in (
        "المرشح المرشحة مرشح مرشحة للمرشح للمرشحة لمرشح المترشح المترشحة عضو عضوة لعضو النائب النائبة للنائب "
        "السيناتور للسيناتور"
    ).split()
)


def holder_after_seat(sent: Sentence, m: DocMention, text: str) -> DocMention | None:
    """The person named right after a house, body or place that belongs to a candidate's or member's
    title: "المرشحة الديمقراطية لمجلس الشيوخ عن ولاية بنسلفانيا X", "مرشح الدائرة الثالثة لانتخابات مجلس
    الأمة X", "عضو الهيئة العليا للحزب X" (the title within four words before ``m``)."""
    if m.label not in ("ORG", "GPE", "LOC"):
        return None
    before = sent.previous_words(m, text, 5)
    k = max((i for i, w in enumerate(before) if w in _SEAT_TITLES or w.lstrip("و") in _SEAT_TITLES), default=None)
    if k is None or len(before) - k > 4:
        return None
    people = [p for p in sent.mentions if p.start >= m.end and p.label == "PERSON"]
    if not people:
        return None
    places = {normalise(w) for c in sent.mentions if c.label in ("GPE", "LOC", "ORG") and m.end <= c.start < people[0].start for w in c.text.split()}
    gap = gap_text(text, m.end, people[0].start).split()
    ok = len(gap) <= 5 and all(
        w.startswith(("ال", "لل")) or w in ("عن", "في", "لانتخابات") or w in PLACE_KIND_WORDS or w in places for w in gap
    )
    return people[0] if ok else None


_FOR_THE_EVENT = frozenset(normalise(w) for w in "لتمويل لحفل لمراسم للجنة لحفلة".split())
_INAUGURATION = frozenset(normalise(w) for w in "تنصيب لتنصيب وتنصيب".split())


def _inauguration_of(words: list[str], places: set[str]) -> bool:
    """ل on the event of someone's inauguration before his title and name: "لحفل تنصيب الرئيس",
    "لتمويل مراسم تنصيب حاكم ولاية تكساس المنتخب"."""
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _INAUGURATION), None)
    if k is None:
        return False
    lead = words[max(0, k - 2) : k]
    # (ل on the funding or the event itself: "لتمويل مراسم تنصيب", "لحفل تنصيب"; not "لحضور حفل تنصيب")
    if not (words[k].startswith("ل") or any(w in _FOR_THE_EVENT for w in lead)):
        return False
    rest = words[k + 1 :]
    return len(rest) <= 5 and all(
        w.startswith("ال") or w in places or w in PLACE_KIND_WORDS or w in TITLE_HEADS or w in _PLACE_TITLES for w in rest
    )


_LIST_HEADS = frozenset(normalise(w) for w in "القائمة قائمة اللائحة لائحة الحزب حزب الحركة حركة".split())


def _campaign_of_list(words: list[str]) -> bool:
    """"في حملة" / "لحملة" and a list's or a party's kind with its adjectives right before the name."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in ("حمله", "لحمله", "للحمله") and (w != "حمله" or (i > 0 and words[i - 1] in ("في", "الي", "الى"))):
            rest = words[i + 1 :]
            return bool(rest) and rest[0] in _LIST_HEADS and all(x.startswith("ال") for x in rest[1:]) and len(rest) <= 4
    return False


_FOR_CANDIDATE = frozenset(normalise(w) for w in "للمرشح للمرشحة للمترشح للمترشحة لمرشح لمرشحة".split())


def _candidate_for_district(words: list[str], places: set[str]) -> bool:
    """ل on a candidate's title, then "عن" and the district (definite words, a place) right before the
    name: "للمرشح عن الدائرة الثالثة", "للمرشحة عن ولاية X"."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _FOR_CANDIDATE:
            rest = words[i + 1 :]
            if 2 <= len(rest) <= 4 and rest[0] in SEAT_WORDS:
                # "للمرشح لرئاسة بلدية نيويورك فلان": the office, its kind of place and the place (a name
                # the recogniser may not know, right after the kind)
                return all(
                    w.startswith("ال") or w in places or w in PLACE_KIND_WORDS or w in TITLE_HEADS or w in _HOLDER_TITLES
                    or (k > 0 and rest[1:][k - 1] in PLACE_KIND_WORDS)
                    for k, w in enumerate(rest[1:])
                )
            return (
                2 <= len(rest) <= 4
                and rest[0] == "عن"
                and all(w.startswith("ال") or w in places or w in PLACE_KIND_WORDS for w in rest[1:])
            )
    return False


def _title_of_place_marked(words: list[str], places: set[str]) -> bool:
    """ل on a title of a place's office, then the kind of place, its name and definite words, right before
    the name: "لحاكم ولاية جورجيا السابق", "لرئيس بلدية زحلة الأسبق"."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w[:1] == "ل" and w[1:] in _PLACE_TITLES:
            rest = words[i + 1 :]
            return (
                1 <= len(rest) <= 4
                and rest[0] in PLACE_KIND_WORDS
                and all(x.startswith("ال") or x in places or x in PLACE_KIND_WORDS for x in rest)
            )
    return False


# the heads of political bodies: parties, movements, groups, lists, campaigns, committees, councils, militias
POLITICAL_HEADS = frozenset(
    normalise(w)
    for w in "حزب حركة جماعة تنظيم تيار ائتلاف تحالف جبهة لائحة قائمة حملة لجنة لجان مجلس ميليشيا ميليشيات فصيل كتلة".split()
)
# the words that may stand right before a clause's subject: a conjunction, a copula, "that"
_CLAUSE_OPENERS = frozenset(
    normalise(w)
    for w in (
        "و ف ثم كان كانت أن إن بأن لأن كما بينما حيث إذ فيما لكن لكنه تزال يزال زالت زال بدأت بدأ أصبح أصبحت"
        " يعد تعد يعتبر تعتبر"
    ).split()
)
# (and the kind of a body named without it, often in Latin letters: "بأن حزب Renouveau Citoyen تلقى")
_KIND_WORDS = frozenset(
    normalise(w) for w in "رجل سيدة دولة السيد حزب حركة شركة لجنة جمعية تيار ائتلاف تحالف منظمة مجموعة".split()
)
_FUNCTION_AL = frozenset(normalise(w) for w in "إلى إلا الذي التي الذين اللذين اللتين اللواتي".split())


def _title_like(word: str) -> bool:
    """A definite title or a kind word before a name (الملياردير، رجل، دولة), not إلى or الذي."""
    return (word.startswith("ال") and len(word) > 3 and word not in _FUNCTION_AL) or word in _KIND_WORDS


def head_forms(word: str) -> set[str]:
    """A word with and without up to two attached particles and the article, to compare with a list of
    head nouns ("ولجنة" → لجنة، "بالحزب" → حزب; "وزارة" keeps its و)."""
    w = normalise(word)
    forms = {w}
    for k in (1, 2):
        if len(w) > k + 2 and all(c in "وفبلك" for c in w[:k]):
            forms.add(w[k:])
    return forms | {f.removeprefix("ال") for f in forms} | {f[1:] for f in forms if f.startswith("لل")}


def political_org(state: ArticleState, entity: str) -> bool:
    """A party, movement, list, campaign or committee: its name opens with such a head, or the head
    stands within two words before or four words after one of its mentions ("MAGA Inc"، وهي لجنة …)."""
    text = state.text
    for m in state.doc.mentions:
        if m.entity != entity:
            continue
        words = [normalise(w) for w in m.text.split()[:1]]
        words += [normalise(w) for w in text[max(0, m.start - 30) : m.start].split()[-2:]]
        words += [normalise(w) for w in text[m.end : m.end + 40].split()[:4]]
        if any(head_forms(w) & POLITICAL_HEADS for w in words):
            return True
        # "لجنة العمل السياسي الكبرى «X»": the committee's kind and its adjectives before the quoted name
        lead = [w.strip('"«“') for w in normalise(text[max(0, m.start - 50) : m.start]).split()[-5:]]
        lead = [w for w in lead if w]
        k = next((i for i in range(len(lead) - 1, -1, -1) if head_forms(lead[i]) & POLITICAL_HEADS), None)
        if k is not None and all(w.startswith("ال") for w in lead[k + 1 :]):
            return True
        if _CAMPAIGN_FUND_NAME.search(m.text):
            return True  # "Forward Ohio Fund", "Ardent PAC": a campaign's or a PAC's name
    return False


# verbs of denial ("نفى فلان أن يكون …"), with their duals and plurals
DENIAL_VERBS = frozenset(
    normalise(w) for w in "نفى نفت ينفي تنفي نفي نفوا ينفون تنفيان ينفيان أنكر أنكرت ينكر تنكر".split()
)
_THAT_FORMS = frozenset(normalise(w) for w in "أن أنه أنها بأن بأنه بأنها".split())


def in_denied_clause(sent: Sentence, pos: int, text: str) -> bool:
    """``pos`` stands in the أن clause of a verb of denial, within its comma-free clause ("نفى فلان أن
    يكون قد انضم …", "ونفى المتحدث أن تكون شركة X جمعت … لدعم …"), the verb within eight words before
    the أن."""
    clause_start = max(text.rfind("،", sent.start, pos), text.rfind(",", sent.start, pos), sent.start)
    for t in reversed(sent.tokens_between(clause_start, pos)):
        if normalise(t.text) in _THAT_FORMS:
            lead = gap_text(text, max(sent.start, t.start - 80), t.start).split()[-8:]
            for w in reversed(lead):
                if w.lstrip("وف") in DENIAL_VERBS:
                    return True
                if speech_word(w):
                    return False  # "ونفى الوزير الاتهامات وأكد أن …": the أن is another verb's
            return False
    return False


def main_clause_subject(sent: Sentence, end: int, text: str, types: tuple[str, ...]) -> DocMention | None:
    """The subject of the sentence's main clause, for a circumstantial participle after it ("أعلن رجل
    الأعمال فلان تأييده لعلان، متعهداً …"): the sentence's first name of ``types``, ending before ``end``,
    unmarked, within its first ten words and before any comma."""
    first = next((m for m in sent.mentions if m.label in types), None)
    if first is None or first.end > end or is_object_marked(sent, first, text):
        return None
    opening = gap_text(text, sent.start, first.start)
    if n_words(opening) > 10 or any(c in opening for c in "،,"):
        return None
    return first


RELATIVE_PRONOUNS = frozenset(("الذي", "التي"))


def relative_head(
    sent: Sentence, pos: int, text: str, skip: frozenset[str] = frozenset(), comma: bool = False, window: int = 40
) -> DocMention | None:
    """The name right before the relative pronoun that ends the ``window`` characters before ``pos`` (past
    the ``skip`` words: "فلان، الذي سبق أن موّل", "لحزب X الذي انضم إليه"); with ``comma``, a comma may
    stand between."""
    lead = gap_text(text, max(sent.start, pos - window), pos).split()
    while lead and lead[-1] in skip:
        lead.pop()
    if not lead or lead[-1] not in RELATIVE_PRONOUNS:
        return None
    at = text.rfind(lead[-1], sent.start, pos)
    head = next((m for m in reversed(sent.mentions) if m.end <= at), None)
    between = gap_text(text, head.end, at) if head is not None else ""
    if head is None or (between.replace("،", "") if comma else between).split():
        return None
    return head


def opens_clause(sent: Sentence, m: DocMention, text: str) -> bool:
    """The name opens its clause, so it may be its subject: nothing, a conjunction, a copula, "that", a
    speech verb or a comma before it, past its titles ("أن الملياردير فلان", "إن دولة قطر"), not "بعد
    رحيل فلان", "خلفا لفلان", "أنصار حزب X" (complements)."""
    if attached_prefix(sent, m, text) not in ("", "و", "ف"):
        return False
    before = sent.previous_words(m, text, 4)
    start = m.start
    prev = next((p for p in reversed(sent.mentions) if p.end <= m.start), None)
    if prev is not None and prev.label == "ORG" and not gap_text(text, prev.end, m.start) and (
        sent.previous_words(prev, text, 1) == ["عن"]
        # "أن النائبة في مجلس العموم فلانة": the house her title is in
        or (
            sent.previous_words(prev, text, 1) == ["في"]
            and sent.previous_words(prev, text, 2)[:1]
            and sent.previous_words(prev, text, 2)[0].removeprefix("ال") in TITLE_HEADS
        )
    ):
        # "أن عضو الكنيست عن حزب الليكود فلان تلقى": the party he sits for belongs to his title
        start = text.rfind(" ", sent.start, prev.start - 1) + 1
        # past the house he sits in ("عضو الكنيست"): a body named right before عن
        house = next((p for p in reversed(sent.mentions) if p.end <= start), None)
        if house is not None and house.label == "ORG" and not gap_text(text, house.end, start).split():
            start = house.start
        before = gap_text(text, max(sent.start, start - 60), start).split()[-4:]
        if len(before) > 1 and before[-1].lstrip("و") in TITLE_HEADS:
            before.pop()  # "عضو الكنيست عن حزب X فلان": the title in construct with the house
            start = text.rfind(" ", sent.start, start - 1) + 1
    while before and _title_like(before[-1]) and len(before) > 1:
        before.pop()  # the name's title or kind
        start = text.rfind(" ", sent.start, start - 1) + 1 if start > sent.start else start
    if not before or text[sent.start : start].rstrip().endswith(("،", ",")):
        return True
    w = before[-1]
    bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 2 else w
    return w in _CLAUSE_OPENERS or bare in _CLAUSE_OPENERS or bare in word_set("speech", "verbs")


_CAMPAIGN_MARKERS = frozenset(normalise(w) for w in "لحملة للحملة حملة لصالح".split())
_FOR_CAMPAIGN = frozenset(normalise(w) for w in "لحملة للحملة".split())
_FOR_WHOM_MARKS = frozenset(normalise(w) for w in "لصالح لفائدة لمصلحة".split())
_HOLDER_TITLES = frozenset(normalise(w) for w in "حاكم حاكمة عمدة الحاكم الحاكمة المرشح المرشحة".split())
# the kind of place written before a place's name ("ولاية لاغوس", "حاكم ولاية … فلان")
PLACE_KIND_WORDS = frozenset(normalise(w) for w in "ولاية مدينة محافظة إقليم دائرة بلدية مقاطعة".split())
_OFFICE_TITLES = frozenset(normalise(w) for w in "الرئيس الرئيسة الزعيم الزعيمة".split())
_CANDIDATE_TITLES = frozenset(
    normalise(w) for w in "المرشح المرشحة النائب النائبة السيناتور السناتور الحاكم الحاكمة المترشح المترشحة".split()
)
_COFFERS = frozenset(normalise(w) for w in "صندوق خزينة خزائن حساب حسابات قائمات قوائم لوائح".split())
_COMMITTEE_MARKS = frozenset(normalise(w) for w in "للجنة لجنة للجان".split())
BODY_HEADS = frozenset(
    normalise(w)
    # (political bodies only: money "لمنظمة X" or "لشركة X" is charity or a payment as often as not)
    for w in "جماعة جمعية حركة حزب لجنة تيار ائتلاف تحالف ميليشيا تنظيم لائحة قائمة فصيل كتلة".split()
)


# the first word of a title that follows a name and its colon in a list ("فلان : مرشح حزب X")
_LISTED_TITLES = frozenset(
    normalise(w)
    for w in (
        "رئيس رئيسة زعيم زعيمة مرشح مرشحة المرشح المرشحة وزير وزيرة نائب نائبة الأمين أمين الأمينة المتحدث"
        " المتحدثة الناطق الناطقة مؤسس مؤسسة عضو عضوة قائد قائدة مدير مديرة المدير المديرة سفير سفيرة ممثل"
        " ممثلة محافظ محافظة حاكم حاكمة عمدة منسق منسقة المنسق"
    ).split()
)


def list_colon_after(text: str, pos: int) -> bool:
    """A colon right after ``pos`` that opens a title ("فلان : مرشح حزب X"), not what he says ("قال
    رئيس القسم، فلان: "…"", "قال فلان: إن الحركة …")."""
    rest = text[pos : pos + 8].lstrip()
    if not rest.startswith(":"):
        return False
    words = normalise(text[pos : pos + 40].lstrip()[1:]).split()[:1]
    return bool(words) and words[0] in _LISTED_TITLES


TITLE_HEADS = frozenset(
    normalise(w)
    for w in "رئيس رئيسة زعيم زعيمة مرشح مرشحة نائب نائبة وزير وزيرة سيناتور سناتور عضو عضوة".split()
)
_SUBORDINATORS = frozenset(["حتي", "عندما", "لان", "اذا", "كي", "لكي", "بينما", "ريثما", "طالما"])


def _subordinate(words: list[str]) -> bool:
    """Does a subordinate clause start among ``words``? "حتى ينسحب" does, "حتى الآن" does not."""
    for k, w in enumerate(words):
        if w in _SUBORDINATORS and w != "حتي":
            return True
        if w == "حتي" and k + 1 < len(words) and words[k + 1][:1] in "يتن" and not words[k + 1].startswith("ال"):
            return True
    return False
_PREPOSITIONS = frozenset(
    ["في", "من", "الي", "الى", "عن", "علي", "ل", "مع", "عبر", "بين", "لدى", "لدي", "لصالح", "ضد", "قبل", "مثل"]
    # "بحسب الخزانة الأميركية": the source of a claim is not the clause's subject
    + ["بحسب", "وبحسب", "حسب", "وحسب"]
)
_PLACE_NOUNS = frozenset(["ولايه", "مدينه", "بلده", "دوله", "اماره", "محافظه", "مقاطعه", "منطقه", "عاصمه"])


LEGISLATURE_WORDS = frozenset(
    normalise(w)
    for w in "النواب الشيوخ الأمة الشعب العموم اللوردات البرلمان برلمان الكونغرس الكونجرس الكنيست الشورى".split()
)


def legislature(name: str) -> bool:
    """A parliament (مجلس النواب، البرلمان، الكنيست): a member of it holds a seat, a role (an MP)."""
    return bool(set(normalise(name).split()) & LEGISLATURE_WORDS)


def relational_adjective(word: str) -> bool:
    """A definite relational adjective, in the normalised text: الفلسطيني، اللبنانيه."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4


def is_object_marked(sent: Sentence, m: DocMention, text: str) -> bool:
    """A mention in a prepositional phrase (ل، ب، في، من، إلى، عن، على) is not a clause subject."""
    prefix = attached_prefix(sent, m, text)
    if prefix and prefix[-1] in "لب":
        return True
    before = sent.previous_words(m, text, 1)
    if not before:
        return False
    w = before[-1]
    raw_before = text[max(sent.start, m.start - 12) : m.start].split()[-1:]
    if (
        w[:1] in ("و", "ف")
        and w[1:] in ("في", "من", "الي", "الى", "علي", "مع")
        # (على with its ى: "وعلي حسن خليل" is "and Ali", a name, once normalised alike)
        and (w[1:] != "علي" or (raw_before and raw_before[0].endswith("ى")))
    ):
        w = w[1:]  # "وفي دبي، أعلن فلان …": the preposition with its conjunction
    if w in _PREPOSITIONS:
        # "قدم كل من فلان وعلان" ("both X and Y") names subjects, not a source (not "بحضور كل من",
        # "بتكليف من كل من": a preposition or a noun governs كل)
        three = sent.previous_words(m, text, 3)
        if w == "من" and three[-2:-1] == ["كل"]:
            gov = three[0] if len(three) == 3 else ""
            return gov in _PREPOSITIONS or gov[:1] in ("ب", "ل") or gov.startswith(("وب", "ول"))
        return True
    if (w in _KINSHIP or (w[:1] == "و" and w[1:] in _KINSHIP)) and not _own_pronoun(text, m.start):
        # "حفيدة والت ديزني", "وقريب فلان": the relative named is not the clause's subject (but
        # "ابنه فلان", "محاميه فلان": his son, his lawyer, named by apposition)
        return True
    if m.label == "PERSON" and w.lstrip("وبل") in PARTY_WORDS and not w.removeprefix("و").startswith(("لل", "ال", "بال")):
        # "أحد خبراء الملف في حزب ميركل حذر": the party's leader, named in construct (a definite "للحزب"
        # is in construct with nothing: "عضو المكتب السياسي للحزب فلان" names the member)
        return True
    if m.label == "PERSON" and w.startswith(("لل", "ولل")) and w.removeprefix("و")[2:] in TITLE_HEADS:
        return True  # "أعلن فلان تأييده للمرشح علان، وتبرع …": the title carries the preposition
    if w in _PLACE_NOUNS:
        # "من ولاية ميشيغن": the preposition stands before the place noun
        two = sent.previous_words(m, text, 2)
        return len(two) == 2 and two[0] in _PREPOSITIONS
    # "لصحيفة X", "بمعهد X": a preposition on the organisation's head noun
    return len(w) > 2 and w[0] in "لب" and w[1:] in word_set("org_nouns", "nouns")


def coordinated_before(
    sent: Sentence, m: DocMention, candidates: list[DocMention], text: str, max_gap_words: int = 5
) -> list[DocMention]:
    """``m`` and the mentions listed before it with it ("أ، وب، وج" / "أ وب"), in text order."""
    group = [m]
    cur = m
    for prev in reversed([c for c in candidates if c.end <= m.start]):
        if prev.label != cur.label:
            continue
        if prev.entity == cur.entity:
            cur = prev
            continue
        gap = gap_text(text, prev.end, cur.start)
        if _joins(gap, attached_prefix(sent, cur, text), max_gap_words):
            group.insert(0, prev)
            cur = prev
        else:
            break
    return group


def coordinated_after(
    sent: Sentence,
    m: DocMention,
    candidates: list[DocMention],
    text: str,
    max_gap_words: int = 5,
    mixed: bool = False,
) -> list[DocMention]:
    """``m`` and the mentions listed after it with it, in text order (people and bodies together when
    ``mixed``: "فلان وعلان وشركة X")."""
    group = [m]
    cur = m
    for nxt in [c for c in candidates if c.start >= m.end]:
        if nxt.label != cur.label and not (mixed and {nxt.label, cur.label} <= {"PERSON", "ORG"}):
            continue
        if nxt.entity == cur.entity:
            cur = nxt
            continue
        gap = gap_text(text, cur.end, nxt.start)
        if _joins(gap, attached_prefix(sent, nxt, text), max_gap_words):
            group.append(nxt)
            cur = nxt
        else:
            break
    return group


_PRONOUNS_WITH_WA = frozenset({"وهي", "وهو", "وهم", "وهما", "وهن"})
# nouns of a tie to a body or person, after و between two names: a second, other relation
_OTHER_TIES = TITLE_HEADS | frozenset(
    normalise(w) for w in "حليف حليفة شريك شريكة مؤسس مدير مديرة عدو خصم منافس".split()
)


def _joins(gap: str, next_prefix: str, max_gap_words: int) -> bool:
    words = re.findall(r"[^\W_]+", gap)
    if any(ch in gap for ch in ".:؟?!؛;"):
        return False
    if next_prefix.startswith("و"):
        return len(words) <= max_gap_words
    if not words:
        return "،" in gap or "," in gap or "-" in gap or "–" in gap
    if words[0] in _PRONOUNS_WITH_WA:
        return False  # "لمنظمة X وهي مجموعة داعمة للجيش": a description of X, not a second one
    if len(words) == 1 and words[0].startswith("و") and words[0][1:] in _OTHER_TIES:
        # "رئيس حركة أمل وحليف حزب الله": another tie to the next body (a list of titled people goes on:
        # "فلان، ومدير صندوق التحوط علان")
        return False
    if words[0].startswith("و") and len(words) <= max_gap_words:
        return True
    joined = " ".join(words)
    return any(joined.startswith(j) for j in _LIST_JOINERS[1:]) and len(words) <= max_gap_words


def subject_after(
    sent: Sentence,
    pos: int,
    text: str,
    types: tuple[str, ...],
    max_words: int = 3,
    state: ArticleState | None = None,
) -> DocMention | None:
    """The clause subject right after a verb ending at ``pos`` (VSO: "تبرع هوارد لوتنيك").

    The search stops at a subordinate clause: in "ستوقف التبرعات حتى ينسحب بايدن" Biden is not the one
    who stops giving.
    """
    # words of the Latin names passed on the way, one word each (a title's body: "الرئيس التنفيذي لمجموعة
    # Orrin Lake Partners فلان")
    named = 0
    for m in sent.mentions:
        if m.start < pos:
            continue
        gap = gap_text(text, pos, m.start)
        if any(c in text[pos : m.start] for c in ".:؟"):
            return None
        # (names passed count as one word each only within one phrase: not past a comma)
        passed = 0 if "،" in gap or "," in gap else named
        if n_words(gap) - passed > max_words and not (m.label == "ORG" and _kind_and_adjectives(gap.split())):
            return None
        if _in_latin_letters(m.text):
            named += max(0, len(m.text.split()) - 1)
        if _subordinate(gap.split()):
            return None
        if m.label not in types or is_object_marked(sent, m, text):
            continue
        if state is not None and (m.start, m.end) in state.role_objects:
            continue
        return m
    return None


def _kind_and_adjectives(words: list[str]) -> bool:
    """A political body's kind and its definite adjectives before its name: "لجنة العمل السياسي الفائقة"
    (X), "حركة الشباب الوطني" (X)."""
    return 2 <= len(words) <= 6 and words[0] in BODY_HEADS and all(w.startswith("ال") for w in words[1:])


def subject_before(
    sent: Sentence,
    pos: int,
    text: str,
    types: tuple[str, ...],
    max_words: int = 12,
    state: ArticleState | None = None,
    relative_ok: bool = True,
) -> DocMention | None:
    """The nearest unmarked mention before ``pos`` (SVO: "ديزني أوضحت").

    After a relative pronoun ("MAGA Inc، وهي لجنة … التي تدعم ترامب") the antecedent is the
    subject even when a preposition governs it.
    """
    relative = relative_ok and _after_relative(sent, pos, text)
    for m in reversed(sent.mentions):
        if m.end > pos or m.label not in types:
            continue
        if n_words(gap_text(text, m.end, pos)) > max_words:
            return None
        if state is not None and (m.start, m.end) in state.role_objects:
            continue
        if is_object_marked(sent, m, text) and not relative:
            continue
        if not relative and _after_plural_construct(sent, m, text):
            continue  # "جمعت معلومات عن مستخدمي فيسبوك لدعم …": the users of Facebook, no subject
        if text[max(0, m.start - 2) : m.start].strip() == "(" and text[m.end : m.end + 2].strip()[:1] == ")":
            continue  # "النائب فلان (حزب X) بسحب الثقة من …": a label in brackets, the name before speaks
        return m
    return None


def _after_plural_construct(sent: Sentence, m: DocMention, text: str) -> bool:
    """The mention is the complement of an indefinite plural participle in construct (مستخدمي، مؤيدي،
    موظفي، مقاتلي), the one it is of, not a subject."""
    if attached_prefix(sent, m, text):
        return False
    before = sent.previous_words(m, text, 1)
    word = before[-1].removeprefix("و") if before else ""
    return word in _PLURAL_CONSTRUCT_HEADS


# plural participles in construct (not a nationality after a noun: "سياسي ماليزي فلان" is the subject)
_PLURAL_CONSTRUCT_HEADS = frozenset(
    normalise(w)
    for w in (
        "مستخدمي مؤيدي مناصري معارضي منتقدي موظفي مقاتلي ممثلي مسؤولي مديري منتسبي مشتركي مستثمري"
        " مالكي مواطني مسلحي متابعي مشاهدي مساهمي منتخبي مستشاري ممولي مانحي متبرعي"
    ).split()
)


def _after_relative(sent: Sentence, pos: int, text: str) -> bool:
    words = gap_text(text, max(sent.start, pos - 25), pos).split()
    return any(
        w in ("التي", "الذي", "الذين", "اللذين", "اللتين", "والتي", "والذي", "والذين") for w in words[-2:]
    )


def negated(sent: Sentence, pos: int, text: str, window: int = 4) -> bool:
    """A trigger under negation or doubt ("ليس بحاجة إلى دعم", "غير مستعد لإعلان دعمه", "ما إذا كانوا")."""
    words = gap_text(text, max(sent.start, pos - 60), pos).split()[-window:]
    for k, w in enumerate(words):
        bare = w[1:] if w[:1] in ("و", "ف") and w[1:] in _NEGATIONS else w  # ولم، ولن، ولا، فلا
        if bare not in _NEGATIONS:
            continue
        if bare == "لا" and words[k + 1 : k + 2] and words[k + 1] in _NOT_NEGATING:
            continue  # "ولا يزال" (still), "ولا سيما" (especially)
        return True
    before = gap_text(text, max(sent.start, pos - 200), pos)
    return "ما اذا" in before or "امتنع" in before


# the words a party or coalition named by its leader opens with: "حزب ميركل"، "ائتلاف علاوي"
PARTY_WORDS = frozenset(normalise(w) for w in "حزب ائتلاف تحالف".split())
_KINSHIP = frozenset(
    [
        "حفيده",
        "حفيد",
        "ابن",
        "ابنه",
        "زوجه",
        "زوج",
        "ارمله",
        "شقيق",
        "شقيقه",
        "والد",
        "والده",
        "نجل",
        "نجله",
        "عائله",
        "اسره",
        # a relation in construct: "محامي دانيلز، فلان" — the one named after the comma is the subject
        "محامي",
        "محاميه",
        "مستشار",
        "مستشاره",
        "مساعد",
        "مساعده",
        "صديق",
        "صديقه",
        "شقيقه",
        "قريب",
        "قريبه",
    ]
)
def _own_pronoun(text: str, pos: int) -> bool:
    """Whether the word right before ``pos`` ends with an attached pronoun ه (محاميه "his lawyer"),
    which the normalised copy writes as the ة of a construct (محامية "the lawyer of")."""
    before = text[max(0, pos - 30) : pos].split()[-1:]
    return bool(before) and before[0].strip("\"'«»“”،,").endswith("ه")


_NOT_NEGATING = frozenset(["يزال", "تزال", "يزالون", "زال", "زالت", "سيما", "بد"])
_NEGATIONS = frozenset(
    ["ليس", "ليست", "لا", "لم", "لن", "غير", "دون", "بدون", "عدم", "رفض", "رفضت", "يرفض"]
    # a denial: "ونفت فلانة حصولها على أموال من X" says no gift
    + ["نفي", "ونفي", "نفت", "ونفت", "ينفي", "تنفي", "انكر", "وانكر", "انكرت", "وانكرت"]
    # what did not happen: "لو أيد المرشحة فلانة لكان مصيره …"
    + ["لو", "ولو", "لولا"]
)


def sentence_topic(sent: Sentence, text: str, types: tuple[str, ...] = ("PERSON",)) -> DocMention | None:
    """A mention that opens the sentence (within its first three words), e.g. "وكان ثيل، الذي …"."""
    for m in sent.mentions:
        if n_words(gap_text(text, sent.start, m.start)) > 3:
            return None
        if m.label in types and not is_object_marked(sent, m, text):
            return m
    return None


def inside_mention(sent: Sentence, start: int, end: int) -> bool:
    """A trigger word inside a name ("لدعم" in "اللجنة المالية لدعم ترمب") is part of the name."""
    return any(m.start <= start and end <= m.end for m in sent.mentions)


_LOOSE_HEADS = frozenset(normalise(w) for w in "الحركة الجماعة التحالف الائتلاف التيار اللائحة".split())


def definite_reference(sent: Sentence, pos: int, text: str, state: ArticleState) -> DocMention | None:
    """ "للحزب" right after ``pos`` refers back to the last organisation named حزب …"""
    from rasd.facts.vocab import load

    words = gap_text(text, pos, min(sent.end, pos + 30)).split()
    if not words:
        return None
    word = words[0].strip(".,،؛:!؟?\"'«»“”()")
    raw = word
    for lead in ("لل", "وال", "ال", "ل", "ب"):
        if word.startswith(lead) and len(word) > len(lead) + 2:
            word = "ال" + word[len(lead) :] if lead in ("لل", "وال", "ال") else word[len(lead) :]
            break
    heads = load("org_nouns").get("back_references", {})
    if raw.startswith("لل") and "ال" + raw[1:] in {normalise(n) for n in heads}:
        word = "ال" + raw[1:]  # "للائحة", "للجنة": لـ on a noun that starts with ل (اللائحة، اللجنة)
    nxt = words[1].strip(".,،") if len(words) > 1 else ""
    if word in _LOOSE_HEADS and nxt.startswith("ال") and nxt.endswith(("ي", "يه", "ية")):
        return None  # "إلى الحركة النسوية", "للحركة الرياضية": a kind of movement, not the one named before
    for noun, starts in heads.items():
        if normalise(noun) == word:
            for m in reversed([x for x in state.doc.mentions if x.end <= pos and x.label == "ORG"]):
                # the head in the name, or written before it: حزب «الميثاق» (the name is what the quotes hold)
                head_before = normalise(text[max(0, m.start - 12) : m.start].strip(' "«“')).split()[-1:]
                if any(
                    normalise(m.text).startswith(normalise(s))
                    or normalise(m.text).startswith("ال" + normalise(s))
                    or any(normalise(s) in (h, h[1:], h[2:]) for h in head_before)
                    for s in starts
                ):
                    return m
                if (
                    text[max(0, m.start - 2) : m.start].strip() in ("«", '"', "“") or _in_latin_letters(m.text)
                ) and _kind_then_adjectives(
                    text, m, {normalise(x) for x in starts}
                ):
                    # "لجنة العمل السياسي «X» … اللجنة": its kind and definite words before its quoted
                    # (or Latin) name
                    return m
    return None


def _in_latin_letters(name: str) -> bool:
    """Written in Latin letters, accented ones too (Société Générale)."""
    if name.isascii():
        return bool(name)
    return bool(name) and all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def _kind_then_adjectives(text: str, m: DocMention, heads: set[str]) -> bool:
    """The head noun, then only definite words, right before a mention's opening quote mark."""
    lead = [w for w in re.sub(r'["«“]', " ", normalise(text[max(0, m.start - 50) : m.start])).split()][-5:]
    k = next((i for i in range(len(lead) - 1, -1, -1) if lead[i] in heads or lead[i][1:] in heads), None)
    return k is not None and all(w.startswith("ال") for w in lead[k + 1 :])


_KIN_NOUNS = frozenset(
    normalise(w) for w in "زوجة زوج ابنة ابن نجل نجلة شقيق شقيقة والد والدة أم أرملة حفيد حفيدة".split()
)


def kin_phrase_before(text: str, pos: int) -> bool:
    """A kin noun in the comma-delimited phrase that ends at ``pos`` ("ميلانيا، زوجة الرئيس فلان"،
    "شقيق الرئيس فلان"): a relative clause after the name is about the kin, not about him."""
    phrase = normalise(text[max(0, pos - 40) : pos]).replace(",", "،").split("،")[-1].split()
    return any(w.removeprefix("و") in _KIN_NOUNS for w in phrase)


def inside_closed_relative(sent: Sentence, m: DocMention, pos: int, text: str) -> tuple[bool, DocMention | None]:
    """Whether ``m`` is inside a relative clause set off by commas that closes before ``pos``, and the
    clause's antecedent named right before its comma (None when it is unnamed)."""
    opened = max(text.rfind("، الذي", sent.start, m.start), text.rfind("، التي", sent.start, m.start))
    if opened < 0:
        return False, None
    closing = text.find("،", m.end, pos)
    if closing < 0 or text.find("،", opened + 1, m.start) >= 0:
        return False, None
    head = next((x for x in reversed(sent.mentions) if x.end <= opened), None)
    if head is None or head.label not in ("PERSON", "ORG") or text[head.end : opened].strip(' "»”'):
        return True, None
    return True, head
