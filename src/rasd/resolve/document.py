"""In-document entity building: mentions of the same entity in one article become one entity.

A surname alone (ثيل) or a first name alone (بيتر) refers back to the full name when exactly
one person in the article has it; repeated names the recogniser missed are found again in the
text; "حملة X" (X's campaign) is the candidate X. Every decision is local to the article —
cross-article resolution lives in rasd.resolve.match and the store.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.contract import Entity, Fact, Mention, Span
from rasd.text.normalise import normalise, normalise_with_map

NAMED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "MISC")
_LABEL_PRIORITY = {"PERSON": 4, "ORG": 3, "GPE": 2, "MISC": 1}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# proclitics that may stick to a name found again in the text: و ف ب ل ك, and لل (ل + ال)
_PROCLITICS = "(?:[وف]?[بلك]?|[وف]?لل)"


@lru_cache(maxsize=8)
def normalised_text(text: str) -> tuple[str, list[int]]:
    """The article's normalised copy and its offset map, computed once per article."""
    return normalise_with_map(text)


def fold_case(s: str) -> str:
    """Lower-case without changing the length (``str.casefold`` turns ß into ss), so positions found
    on the folded copy still index the offset map of the normalised text."""
    if s.isascii():
        return s.lower()
    return "".join(f if len(f := c.casefold()) == 1 else c for c in s)


def match_key(s: str) -> str:
    """The key two mentions must share to be the same name: normalised, case-folded."""
    return normalise(s).casefold()


def _group_key(key: str, label: str) -> str:
    """The key a mention is grouped by: a state's long name is its short one ("المملكة العربية السعودية"
    is "السعودية"); a people or movement named in the plural is one in either case ending ("الحوثيون"
    and "الحوثيين")."""
    key = _state_short_names().get(key, key)
    if label != "PERSON" and len(key) >= 6 and key.endswith("يون") and " " not in key:
        key = key[:-3] + "يين"
    return key


def _state_label(key: str, label: str) -> str:
    """A state's name is a place however the recogniser typed one of its forms ("الاتحاد الروسي" as
    ORG is روسيا); LOC counts as GPE."""
    if label == "LOC" or key in _state_keys():
        return "GPE"
    return label


@lru_cache(maxsize=1)
def _state_keys() -> frozenset[str]:
    return frozenset(_state_short_names().values())


@lru_cache(maxsize=1)
def _state_short_names() -> dict[str, str]:
    """Key of a state's long name (المملكة العربية السعودية) → key of its short one (السعودية)."""
    from pathlib import Path

    import yaml

    table = yaml.safe_load((Path(__file__).parent / "data" / "country_names.yaml").read_text(encoding="utf-8"))
    return {
        " ".join(_WORD.findall(match_key(long))): " ".join(_WORD.findall(match_key(short)))
        for short, longs in table.items()
        for long in longs
    }


@dataclass
class DocMention:
    start: int
    end: int
    text: str
    label: str
    entity: str
    source: str = "model"


@dataclass
class Document:
    """The entities of one article and every mention of them, in text order."""

    text: str
    entities: list[Entity] = field(default_factory=list)
    mentions: list[DocMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id: dict[str, Entity] = {e.id: e for e in self.entities}

    def entity(self, eid: str) -> Entity:
        return self._by_id[eid]

    def type_of(self, eid: str) -> str:
        return self._by_id[eid].type

    def mentions_in(self, start: int, end: int) -> list[DocMention]:
        """Mentions that lie inside [start, end), in text order."""
        starts = [m.start for m in self.mentions]
        i = bisect.bisect_left(starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def add_entity(self, type_: str, name: str, start: int, end: int, source: str) -> Entity:
        """Add a new entity with one mention (used for unnamed speakers, type ANON)."""
        ent = Entity(id=f"e{len(self.entities) + 1}", type=type_, name=name)
        ent.mentions.append(Mention(start, end, self.text[start:end]))
        self.entities.append(ent)
        self._by_id[ent.id] = ent
        self.add_mention(DocMention(start, end, self.text[start:end], type_, ent.id, source))
        return ent

    def add_mention(self, m: DocMention) -> None:
        starts = [x.start for x in self.mentions]
        self.mentions.insert(bisect.bisect_left(starts, m.start), m)
        ent = self._by_id[m.entity]
        if not any(x.start == m.start and x.end == m.end for x in ent.mentions):
            ent.mentions.append(Mention(m.start, m.end, m.text))
            ent.mentions.sort(key=lambda x: x.start)


def _words(s: str) -> list[str]:
    return _WORD.findall(match_key(s))


def _campaign_to_candidate(text: str, span: Span) -> Span:
    """'حملة ترامب' (Trump's campaign) is, in rasd's model, the candidate: keep the name, type PERSON."""
    m = re.match(r"(?:ال)?حمل[ةه](?:\s+(?:الرئيس|المرشح|المرشحة|الرئيسة))?\s+", span.text)
    if span.label == "ORG" and m and m.end() < len(span.text):
        start = span.start + m.end()
        return Span(start, span.end, "PERSON", text[start : span.end], span.source, span.score)
    return span


def _latin_name(name: str, label: str = "PERSON") -> str | None:
    """A Latin spelling of ``name``; none for an organisation or place named with common Arabic words
    (اللجنة المالية، مجلس النواب): its English name is a translation, not a transliteration."""
    if name.isascii():
        return name
    if label != "PERSON":
        words = _words(name)
        if any(w.startswith("ال") or w.startswith("لل") for w in words) or (
            words and words[0] in _org_head_nouns()
        ):
            return None
    try:
        from rasd.resolve.translit import to_latin
    except ImportError:
        return None
    try:
        return to_latin(name)
    except Exception:  # a transliteration failure must never lose the entity
        return None


def build_entities(text: str, spans: list[Span]) -> Document:
    """Group recognised spans into the article's entities and find missed repeats.

    >>> t = "قال بيتر ثيل إن الصندوق نما. وأضاف ثيل أن..."
    >>> doc = build_entities(t, [Span(4, 12, "PERSON", "بيتر ثيل"), Span(35, 38, "PERSON", "ثيل")])
    >>> [(e.name, len(e.mentions)) for e in doc.entities]
    [('بيتر ثيل', 2)]
    """
    named = [_campaign_to_candidate(text, s) for s in spans if s.label in NAMED_TYPES and s.end > s.start]
    named = _drop_overlaps(named)

    groups: list[dict] = []  # {"label", "key", "words", "spans", "votes"}
    by_key: dict[str, dict] = {}
    # the label a name gets most often in this article (the recogniser may waver between sentences)
    key_votes: dict[str, Counter[str]] = {}
    def words_of(span: Span) -> list[str]:
        # "للكونغرس" gives the span "كونغرس": its key is that of "الكونغرس"
        return _words(canonical_name(text, span))

    for span in named:
        k = _group_key(" ".join(words_of(span)), span.label)
        key_votes.setdefault(k, Counter())[_state_label(k, span.label)] += 1
    # full names first, so that a surname alone can attach to the one person who has it
    for span in sorted(named, key=lambda s: (-len(_words(s.text)), s.start)):
        words = words_of(span)
        if not words:
            continue
        key = _group_key(" ".join(words), span.label)
        label = _state_label(key, span.label)
        group = by_key.get(key)
        if group is None and len(words) == 1:
            votes = key_votes[key]
            usual = max(votes, key=lambda lab: (votes[lab], _LABEL_PRIORITY.get(lab, 0)))
            group = _single_word_owner(groups, words[0], usual)
        if group is None and label == "PERSON" and len(words) >= 2:
            group = _variant_owner(groups, words)
        if group is None:
            group = {"label": label, "key": key, "words": words, "spans": [], "votes": Counter()}
            groups.append(group)
        by_key.setdefault(key, group)
        group["spans"].append(span)
        # the recogniser may label the same name differently in different sentences: vote,
        # a full name counting twice
        group["votes"][label] += 2 if len(words) > 1 else 1
        if len(words) > 1:
            group.setdefault("full_votes", Counter())[label] += 1
    for g in groups:
        # a name written in full decides over the surname alone, which the recogniser reads with less
        # context ("قرقاش: …" in a headline as a place, "أنور قرقاش" in the body a person)
        votes = g.get("full_votes") or g["votes"]
        g["label"] = max(votes, key=lambda lab: (votes[lab], _LABEL_PRIORITY.get(lab, 0)))

    _merge_script_aliases(text, groups)
    _merge_glossed(text, groups)
    _merge_org_spellings(groups)
    _merge_org_heads(groups)
    _merge_org_nationality(groups, text)
    _find_repeats(text, groups)
    _title_mentions(text, groups)

    entities: list[Entity] = []
    mentions: list[DocMention] = []
    groups.sort(key=lambda g: min(s.start for s in g["spans"]))
    for i, g in enumerate(groups, 1):
        spans_g = sorted(g["spans"], key=lambda s: s.start)
        named_g = [s for s in spans_g if s.source != "rule:title"] or spans_g
        # an Arabic-script name is the entity's name; a Latin spelling given beside it is its Latin name
        arabic_g = [s for s in named_g if not s.text.isascii()] or named_g
        best = max(arabic_g, key=lambda s: (len(_words(s.text)), len(s.text), not _after_lil(text, s)))
        latin_given = [s.text for s in named_g if s.text.isascii()]
        aliases: list[str] = []
        name = canonical_name(text, best)
        for s in named_g:
            # each name as it stands alone ("للأمم المتحدة" is named "الأمم المتحدة", not "أمم المتحدة")
            alias = canonical_name(text, s) if s.text != best.text else s.text
            if s.text != best.text and alias != name and alias not in aliases:
                aliases.append(alias)
        written = best.text.replace("#", "").strip()
        if written != name and "_" in written and written not in aliases:
            aliases.append(written)  # "جيرار_كولومب" as the hashtag writes it, named "جيرار كولومب"
        short = _without_head(name) if g["label"] == "ORG" else None
        if short and short != name and short not in aliases:
            aliases.append(short)
        ent = Entity(
            id=f"e{i}",
            type=g["label"],
            name=name,
            name_latin=max(latin_given, key=len) if latin_given else _latin_name(best.text, g["label"]),
            aliases=aliases,
            mentions=[Mention(s.start, s.end, s.text) for s in spans_g],
        )
        entities.append(ent)
        mentions.extend(DocMention(s.start, s.end, s.text, g["label"], ent.id, s.source) for s in spans_g)
    mentions.sort(key=lambda m: m.start)
    return Document(text=text, entities=entities, mentions=mentions)


# a body's kind before its own name: "تنظيم داعش" is also called "داعش", "حزب الليكود" "الليكود"
_KIND_HEADS = frozenset(normalise(w) for w in "تنظيم حزب شركة مجموعة حركة جماعة جبهة".split())


def _without_head(name: str) -> str | None:
    """The body's own name without the kind written before it (an alias): تنظيم داعش → داعش,
    شركة جيتانجالي → جيتانجالي، حزب العدالة والتنمية → العدالة والتنمية. None for a name whose rest
    is an adjective (الحزب الديمقراطي) or one definite word (حزب الله، حزب الدعوة، حزب الليكود)."""
    words = name.split()
    if len(words) < 2 or normalise(words[0]) not in _KIND_HEADS:
        return None
    rest = words[1:]
    first = normalise(rest[0])
    if len(rest) == 1 and (first.startswith("ال") or _adjective(first) or len(first) < 3):
        # a lone definite word (الدعوة، الأمة) is a common word: as an alias it would make حزب الدعوة
        # and جماعة الدعوة one body across articles
        return None
    if first.startswith("ال") and _adjective(first):
        return None
    return " ".join(rest)


def _after_lil(text: str, span: Span) -> bool:
    """Is the span the tail of a contracted ل + ال (للحزب → "حزب", للجنة → "لجنة")?"""
    before = normalise(text[max(0, span.start - 3) : span.start])
    if before.endswith("لل") and not span.text.startswith("ل"):
        return True
    words = [normalise(w) for w in span.text.split()]
    if not (
        words and before.endswith("ل") and words[0].startswith("ل") and "ال" + words[0] in _org_head_nouns()
    ):
        return False
    # للجنة المالية = ل + اللجنة المالية (the adjective agrees: definite); للجنة ماغا = ل + لجنة ماغا;
    # للجنة القوات المسلحة = ل + لجنة القوات المسلحة (a definite noun after it: the committee of …)
    return len(words) > 1 and words[1].startswith("ال") and _adjective(words[1])


def _adjective(word: str) -> bool:
    """A definite relational adjective or participle (المالية، الوطني، المستقلة), not a noun (القوات)."""
    return (word.startswith("الم") and len(word) >= 7) or word.endswith(("ي", "يه"))


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    from rasd.facts.vocab import word_set

    return frozenset(" ".join(_words(r)) for r in word_set("regions", "names"))


def without_regions(entities: list[Entity], facts: list[Fact]) -> tuple[list[Entity], list[Fact]]:
    """The article's entities and facts less continents, world regions and seas (أوروبا، الشرق الأوسط،
    الخليج; data/facts/regions.yaml), which the dev README's conventions do not count as entities, and
    less any fact about one ("أوروبا تدعم حكومة X" backs no one the graph holds). The fact rules see
    them while they read, so a region still ends a clause, names a newspaper or is a sentence's subject."""
    regions = {e.id for e in entities if e.type in ("GPE", "LOC") and " ".join(_words(e.name)) in _regions()}
    # and currencies ("ارتفع الدولار"، "2 مليون بوليفار"), which ANERcorp tags MISC and the news conventions
    # do not count
    regions |= {e.id for e in entities if e.type in ("MISC", "GPE", "LOC") and " ".join(_words(e.name)) in _currency_words()}
    # and God's name alone ("الحمد لله", "صنع الله" cut in two), which ANERcorp also tags MISC
    regions |= {e.id for e in entities if " ".join(_words(e.name)) in _GODS_NAME}
    if not regions:
        return entities, facts
    kept = [f for f in facts if not any(isinstance(v, str) and v in regions for v in f.args.values())]
    return [e for e in entities if e.id not in regions], kept


_GODS_NAME = frozenset({"الله", "لله"})


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """The currency words of rasd's money tables and a few they leave out, as match keys (not ريال:
    ريال مدريد, nor سول: Seoul, Saul)."""
    from rasd.text.money import currency_names

    words = [n for n in currency_names() if " " not in n] + "بوليفار البوليفار بيزو البيزو روبية الروبية".split()
    return frozenset(" ".join(_words(w)) for w in words if "ريال" not in w and w not in ("سول", "سولا"))


@lru_cache(maxsize=1)
def _org_head_nouns() -> frozenset[str]:
    from rasd.facts.vocab import word_set

    return word_set("org_nouns", "nouns")


_PRESENTATION_FORMS = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]+")


def canonical_name(text: str, span: Span) -> str:
    """The name as it stands alone: "للحزب الجمهوري" gives the span "حزب الجمهوري", named "الحزب الجمهوري".
    Arabic presentation forms (positional glyphs, "ﻧﺒﻴﻞ") are written as plain letters; the mention keeps
    the original characters."""
    name = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), span.text)
    if "#" in name or "_" in name:  # a hashtag written into the name: "معمر #القذافي", "#عاصي_الحلاني"
        name = " ".join(name.replace("#", " ").replace("_", " ").split())
    if _after_lil(text, span) and not name.startswith("ال"):
        return "ال" + name
    return name


def _merge_org_heads(groups: list[dict]) -> None:
    """ "المحافظين" and "حزب المحافظين", "تسلا" and "شركة تسلا": an organisation named with and
    without its head noun is one organisation."""
    heads = {normalise(n).removeprefix("ال") for n in _org_head_nouns()} | _ARMED_HEADS
    government = normalise("حكومة")
    for label, kinds in (("ORG", heads), ("GPE", _PLACE_HEADS)):
        named = [g for g in groups if g["label"] == label and g["spans"]]
        by_key = {g["key"]: g for g in named}
        for g in named:
            words = g["key"].split()
            if len(words) == 2 and words[0].removeprefix("ال") == government and words[1].endswith(("ين", "ون")):
                continue  # "حكومة الحوثيين" is a government, "الحوثيين" a people's movement (حكومة الوفاق is الوفاق)
            if len(words) >= 2 and words[0].removeprefix("ال") in kinds:
                # (two heads, "حزب حركة نداء تونس": the name without one or both)
                rests = [words[1:]] + ([words[2:]] if len(words) >= 4 and words[1].removeprefix("ال") in kinds else [])
                for rest in rests:
                    short = by_key.get(" ".join(rest))
                    if short is not None and short is not g and short["spans"]:
                        g["spans"].extend(short["spans"])
                        short["spans"] = []
            if label == "ORG" and len(words) == 2 and words[0] in _ARMED_HEADS and words[1].endswith("ي") and g["spans"]:
                # "ميليشيات الحوثي", "جماعة الحوثي" and "الحوثيين", "الحوثيون": the movement named for a
                # family is the same group as the people named by its plural
                for plural in (words[1] + "ين", words[1] + "ون"):
                    many = by_key.get(plural)
                    if many is not None and many is not g and many["spans"]:
                        g["spans"].extend(many["spans"])
                        many["spans"] = []
    groups[:] = [g for g in groups if g["spans"]]


def _merge_org_spellings(groups: list[dict]) -> None:
    """ "هيومان رايتس ووتش" and "هيومن رايتس ووتش", "بوكوحرام" and "بوكو حرام": one organisation whose
    name is written with other long vowels or spacing (the same consonants, in words of one name). A
    short definite Arabic word keeps its vowels: "حزب العمل" and "حزب العمال", "حزب الشعب" and "حزب
    الشعوب", "المشروع" and "المشاريع" differ by a broken plural, not by spelling; a long one may be spelt
    either way ("الديموقراطية", "الديمقراطية")."""

    def consonants(words: list[str]) -> str:
        return " ".join(w if w.startswith("ال") and len(w) < 8 else _skeleton(w) for w in words)

    for spelling in ("".join, consonants):
        by_form: dict[str, list[dict]] = {}
        for g in groups:
            form = spelling(g["key"].split())
            if g["label"] == "ORG" and g["spans"] and len(form) >= 6:
                by_form.setdefault(form, []).append(g)
        for gs in by_form.values():
            keep = max(gs, key=lambda g: len(g["spans"]))
            for g in gs:
                if g is not keep:
                    keep["spans"].extend(g["spans"])
                    g["spans"] = []
    groups[:] = [g for g in groups if g["spans"]]


# heads of an armed group's name ("تنظيم داعش" is "داعش") and of a place's ("هضبة الجولان" is "الجولان"; not
# قطاع or منطقة: "قطاع غزة" is not the city)
_ARMED_HEADS = frozenset(
    " ".join(_words(w)) for w in "تنظيم جماعة ميليشيا ميليشيات مليشيا مليشيات فصيل متمردو متمردي".split()
)
_PLACE_HEADS = frozenset(
    " ".join(_words(w)) for w in "هضبة مدينة ولاية محافظة إقليم جزيرة مقاطعة بلدة قرية".split()
)


# "international": the bare name is the same world body (صندوق النقد / صندوق النقد الدولي). Any other
# country's adjective not for the bodies every state has: a bare "وزارة الخارجية", "البنك المركزي",
# "البرلمان" or "الحزب الديمقراطي الكردستاني" is most often another country's (the writer's own) than the
# one the article names with its adjective (النادي الأهلي / النادي الأهلي المصري، الكونغرس / الكونغرس الأميركي are one)
_WORLDWIDE = frozenset({"الدولي", "الدوليه"})
_STATE_HEADS = frozenset(
    " ".join(_words(w))
    for w in (
        "وزارة الوزارة البنك المصرف مجلس المجلس البرلمان برلمان الحكومة حكومة الجيش الشرطة الحزب حزب "
        "وكالة الوكالة هيئة الهيئة المخابرات النيابة المحكمة الخارجية الداخلية الرئاسة جهاز الجهاز"
    ).split()
)


@lru_cache(maxsize=1)
def _country_adjectives() -> frozenset[str]:
    """The recogniser's nationality adjectives (الأميركي، الفنزويلية) and "international" (الدولي), as
    match keys."""
    from rasd.ner.pipeline import load_model  # (the recogniser imports this module)

    words = set(load_model().demonyms) | {"الدولي", "الدولية", "الأممي", "الأممية"}
    # (not a continent's or the Arabs': "البرلمان" beside "البرلمان الأوروبي" is most often a country's own)
    regional = "الأوروبي الأوروبية الأفريقي الأفريقية الافريقي الافريقية العربي العربية".split()
    return frozenset(" ".join(_words(w)) for w in words) - {" ".join(_words(w)) for w in regional}


# a space, maybe one adjective ("وكالة الأنباء السعودية الرسمية (واس)"), then the opening mark glued to
# the short name (not the closing mark of the name before: 'لـ"سوفت بنك" أوبر')
_GLOSS_OPEN = re.compile(r"\s+(?:ال\S+\s+)?[(\"«“]")
_GLOSS_CLOSE = re.compile(r"^\s*[)\"»”]")


def _merge_glossed(text: str, groups: list[dict]) -> None:
    """ "وكالة السودان للأنباء "سونا"", "وكالة الأنباء السعودية (واس)": a body's short name in quotes or
    brackets right after its full name is the same body (whatever type the short name was given)."""
    owner = {id(s): g for g in groups for s in g["spans"]}
    spans = sorted((s for g in groups for s in g["spans"]), key=lambda s: s.start)
    for a, b in zip(spans, spans[1:], strict=False):
        ga, gb = owner[id(a)], owner[id(b)]
        if (
            ga is gb
            or ga["label"] != "ORG"
            or gb["label"] != "ORG"  # (not a place, "شركة أرامكو (السعودية)", nor a person: "زعيم التنظيم (البغدادي)")
            or len(ga["words"]) < 2
            or len(gb["words"]) > 1  # (a short name, not a phrase: 'محكمة العدل الدولية "هزيمة أخرى"')
            # (one short name, whatever particle it takes elsewhere: "الناتو" and "للناتو")
            or len({" ".join(_words(canonical_name(text, s))) for s in gb["spans"]}) > 1
            or not _GLOSS_OPEN.fullmatch(text[a.end : b.start])
            or not _GLOSS_CLOSE.match(text[b.end : b.end + 2])
            or not (_bracketed(text, a, b) or _initial_of(gb["words"][0], ga["words"]))
        ):
            continue
        ga["spans"].extend(gb["spans"])
        for s in gb["spans"]:
            owner[id(s)] = ga
        gb["spans"] = []
    groups[:] = [g for g in groups if g["spans"]]


def _bracketed(text: str, a: Span, b: Span) -> bool:
    """The short name stands in brackets ("حلف شمال الأطلسي (ناتو)", "منظمة العفو الدولية (آمنستي)"):
    a gloss whatever its letters (a foreign acronym need not start as an Arabic word does); quotes may
    mark an object after a verb instead."""
    if "(" not in text[a.end : b.start] or not text[b.end : b.end + 2].lstrip().startswith(")"):
        return False
    # (not a gloss of a whole phrase the name ends: "خروج بريطانيا من (عن، لـ) الاتحاد الأوروبي
    # (بريكست)", "اتفاق التبادل الحر بين اليابان والاتحاد الأوروبي (جيفتا)")
    lead = normalise(text[max(0, a.start - 40) : a.start]).split()[-3:]
    if text[a.start : a.start + 3] == "وال" or lead[-1:] in (["بين"], ["و"]):
        return False  # "اتفاق التبادل الحر بين اليابان والاتحاد الأوروبي (جيفتا)": the agreement's
    # "خروج بريطانيا من (عن، لـ) الاتحاد الأوروبي (بريكست)": a departure, glossed whole (not "بيان عن
    # الاتحاد الدولي لكرة القدم (فيفا)")
    return not any(w.removeprefix("و") in _DEPARTURES for w in lead)


_DEPARTURES = frozenset(normalise(w) for w in "خروج انسحاب انفصال مغادرة خروجها انسحابها انفصالها مغادرتها".split())


def _initial_of(short: str, words: list[str]) -> bool:
    """The short name starts as one of the full name's words does (واس: وكالة الأنباء السعودية; سونا:
    وكالة السودان للأنباء), or is Latin capitals (OPEC): an acronym, not an object quoted after a verb
    ('ودعا مجلس الأمن "طالبان"') nor a ship after the coast guard."""
    if short.isascii():
        return short.isupper() and len(short) >= 2
    first = short.removeprefix("ال")[:1]
    return any(w.removeprefix("لل").removeprefix("ال")[:1] == first for w in words)


def _cut_before_adjective(text: str, group: dict, own: str) -> bool:
    """A bare name the recogniser cut before another adjective ("البنك" of "البنك الأهلي الأردني"): it
    names another body than the one with the adjective ``own`` ("البنك الدولي")."""
    for sp in group["spans"]:
        nxt = text[sp.end : sp.end + 30].split()[:1]
        word = " ".join(_words(nxt[0])) if nxt else ""
        # (longer than four letters: not the relative الذي/التي)
        if word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4 and word != own:
            return True
    return False


def _merge_org_nationality(groups: list[dict], text: str = "") -> None:
    """ "الكونغرس" and "الكونغرس الأميركي", "صندوق النقد" and "صندوق النقد الدولي": a world body, or a body
    one country has, named with and without its adjective is one body, when the article names only one
    such."""
    orgs = [g for g in groups if g["label"] == "ORG" and g["spans"]]
    by_key = {g["key"]: g for g in orgs}
    longer: dict[str, list[dict]] = {}
    countries = _country_adjectives()
    for g in orgs:
        words = g["key"].split()
        if len(words) >= 2 and words[-1] in countries and (words[-1] in _WORLDWIDE or words[0] not in _STATE_HEADS):
            longer.setdefault(" ".join(words[:-1]), []).append(g)
    for base, gs in longer.items():
        short = by_key.get(base)
        if short is None or len(gs) != 1 or not short["spans"] or gs[0] is short:
            continue  # ("الحكومة" in an article that names the Syrian and the Turkish governments: either)
        if text and _cut_before_adjective(text, short, gs[0]["key"].split()[-1]):
            continue
        gs[0]["spans"].extend(short["spans"])
        short["spans"] = []
    groups[:] = [g for g in groups if g["spans"]]


def _merge_script_aliases(text: str, groups: list[dict]) -> None:
    """ "جورج كلوني George Clooney": a Latin-script name right after an Arabic one (or the reverse)
    is the same entity written twice — a habit of Arabic news."""
    owner = {}
    spans = []
    for g in groups:
        for s in g["spans"]:
            owner[(s.start, s.end)] = g
            spans.append(s)
    spans.sort(key=lambda s: s.start)
    for a, b in zip(spans, spans[1:], strict=False):
        ga, gb = owner[(a.start, a.end)], owner[(b.start, b.end)]
        if ga is gb or ga["label"] != gb["label"]:
            continue
        between = text[a.end : b.start]
        if between.strip(" ()") or a.text.isascii() == b.text.isascii():
            continue
        ga["spans"].extend(gb["spans"])
        for s in gb["spans"]:
            owner[(s.start, s.end)] = ga
        gb["spans"] = []
    groups[:] = [g for g in groups if g["spans"]]


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the longer of two overlapping spans (the recogniser and rules may both fire)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if out and s.start < out[-1].end:
            if (s.end - s.start) > (out[-1].end - out[-1].start):
                out[-1] = s
            continue
        out.append(s)
    return out


_SERVANT_OF = match_key("عبد")


def _not_surname(g: dict, word: str, persons: list[dict]) -> bool:
    """Is ``word``, the last word of the person ``g``, no surname to find him by alone? The end of عبد
    الملك never is; a father's or son's name (محمد بن سلمان، أم عماد) is not when another person has it
    as his own first name (الملك سلمان بن عبد العزيز); "وقال سليم" after "سلطان أحمد بن سليم" is he."""
    before = g["words"][-2]
    if before == _SERVANT_OF:
        return True
    return before in _NASAB and any(h is not g and len(h["words"]) >= 2 and h["words"][0] == word for h in persons)


def _single_word_owner(groups: list[dict], word: str, label: str) -> dict | None:
    """The one multi-word person whose surname (or else first name) is ``word``."""
    if len(word) < 3:
        return None
    persons = [g for g in groups if g["label"] == "PERSON" and len(g["words"]) >= 2]
    if label not in ("PERSON", "MISC", "GPE"):  # a company named like a person stays a company
        return None
    for pos in (-1, 0):
        # a father's or son's name after بن/أم/أبو, or the end of عبد الملك, is no surname: "سلمان" alone is
        # not "محمد بن سلمان", "عماد" not "أم عماد", "الملك" not "معين عبد الملك"
        owners = [g for g in persons if g["words"][pos] == word and not (pos == -1 and _not_surname(g, word, persons))]
        if len(owners) == 1:
            return owners[0]
        if len(owners) > 1:
            return None
    # "نصرالله" after "حسن نصر الله": a two-word surname written as one word
    owners = [g for g in persons if len(g["words"]) >= 3 and "".join(g["words"][-2:]) == word]
    if len(owners) == 1:
        return owners[0]
    # ايدلسون after شيلدون أديلسون: the same surname with its long vowels written differently
    key = _skeleton(word)
    if len(key) >= 4:
        owners = [g for g in persons if _skeleton(g["words"][-1]) == key and not _not_surname(g, g["words"][-1], persons)]
        if len(owners) == 1:
            return owners[0]
    return None


def _skeleton(word: str) -> str:
    """The consonants of a normalised word (long vowels and hamza seats dropped)."""
    return "".join(ch for ch in word if ch not in "اأإآويىءئؤة")


# Words of a nasab chain (محمد بن راشد آل مكتوم): the words after them name a parent or a family,
# not the person again. Normalised (آل → ال).
NASAB = frozenset(["بن", "ابن", "بنت", "ال", "ابو", "ابي", "ام"])
# the kin words before a father's or a son's name (NASAB without آل, a family's name)
_NASAB = NASAB - {"ال"}


def _variant_owner(groups: list[dict], words: list[str]) -> dict | None:
    """A person already seen with the same surname and a first name that starts alike (جي/جيه دي فانس),
    or whose longer name ends with these words."""
    for g in groups:
        if g["label"] != "PERSON" or len(g["words"]) < 2:
            continue
        if g["words"][-1] == words[-1] and g["words"][0][:2] == words[0][:2] and not _other_middle(g["words"], words):
            return g
        if "".join(g["words"]) == "".join(words):
            return g  # "حسن نصرالله" and "حسن نصر الله", "عبدالله" and "عبد الله": spacing differs
        if (
            len(g["words"]) == len(words) == 2
            and g["words"][0] == words[0]
            and len(_skeleton(words[-1])) >= 3
            and _skeleton(g["words"][-1]) == _skeleton(words[-1])
        ):
            return g  # "جو كرولي" after "جو كراولي": the same first name, the surname's vowels differ
    # "محمد بن راشد" after "محمد بن راشد آل مكتوم": a name of descent without its family's name
    family = [
        g
        for g in groups
        if g["label"] == "PERSON"
        and len(words) >= 3
        and set(words[1:-1]) & _NASAB
        and len(g["words"]) >= len(words) + 2
        and g["words"][: len(words)] == words
        and g["words"][len(words)] == "ال"
    ]
    if len(family) == 1:
        return family[0]
    # "دي فانس" after "جي دي فانس": the end of exactly one longer name
    longer = [
        g
        for g in groups
        if g["label"] == "PERSON"
        and len(g["words"]) > len(words)
        and g["words"][-len(words) :] == words
        # "عبد الله" is not "محمد بن عبد الله": after بن the words name the father
        and g["words"][-len(words) - 1] not in NASAB
    ]
    return longer[0] if len(longer) == 1 else None


def _other_middle(a: list[str], b: list[str]) -> bool:
    """Two full names with the same first and last word whose middle names differ name two people:
    "صباح الأحمد الجابر الصباح" and "صباح خالد الحمد الصباح" (not "جي دي فانس" and "جيه دي فانس")."""
    def middle(words: list[str]) -> set[str]:
        return {w.removeprefix("ال")[:1] for w in words[1:-1] if w not in NASAB}

    ma, mb = middle(a), middle(b)
    return bool(ma) and bool(mb) and not ma & mb


def al_contraction(form: str) -> tuple[str, str]:
    """How a name that starts with ال is written after the preposition ل: (what precedes, tail).

    ل + الحزب → للحزب ("لل", "حزب"); ل + اللجنة → للجنة ("ل", "لجنة": three lams become two).
    """
    rest = form[2:]
    return ("ل", rest) if rest.startswith("ل") else ("لل", rest)


def name_pattern(form: str) -> re.Pattern[str]:
    """A normalised name as a whole word, proclitics allowed; ال after ل contracts (للحزب الجمهوري).

    Group 1 is the name when written whole, group 2 its tail after the contraction.
    """
    alts = _PROCLITICS + "(" + re.escape(form) + ")"
    if form.startswith("ال") and len(form) > 3:
        lead, tail = al_contraction(form)
        alts = f"(?:{alts}|[وف]?{lead}({re.escape(tail)}))"
    return re.compile(r"(?<![^\W_])" + alts + r"(?![^\W_])")


def _title_mentions(text: str, groups: list[dict]) -> None:
    """A title that introduced one person ("نائبة الرئيس … كامالا هاريس") refers to that person when
    it later stands alone ("واكتسبت نائبة الرئيس زخمًا")."""
    from rasd.facts.vocab import load

    norm, offsets = normalised_text(text)
    vocab = load("person_titles")
    needs_nisba = {normalise(t) for t in vocab.get("with_nationality", [])}
    titles = sorted({normalise(t) for t in vocab["titles"]} | needs_nisba, key=len, reverse=True)
    if not titles:
        return
    pattern = re.compile(
        r"(?<![^\W_])[وف]?(?:[بلك]|لل)?(" + "|".join(re.escape(t) for t in titles) + r")(?![^\W_])"
    )
    persons = [(s, g) for g in groups if g["label"] == "PERSON" for s in g["spans"]]
    starts = sorted((s.start, s.end, g["key"]) for s, g in persons)
    owners: dict[str, set[str]] = {}
    described: dict[str, set[str]] = {}  # the word after the title where it introduced its holder
    loose: list[tuple[int, int, str, str]] = []
    for m in pattern.finditer(norm):
        s, e = offsets[m.start(1)], offsets[m.end(1) - 1] + 1
        after = [p for p in starts if p[0] >= e]
        # the title introduces the person named right after it (a few describing words allowed, and
        # the comma of an apposition: "وقال السناتور الديمقراطي، مارك وارنر")
        gap = text[e : after[0][0]] if after else ""
        nxt = [_nisba_key(w.strip("،,.:؛\"'«»")) for w in normalise(text[e : e + 40]).split()[:1]]
        # (a comma only closes describing words right before the name: "السناتور الديمقراطي، مارك
        # وارنر", not "رئيس الوزراء الإسرائيلي، خلال لقائه بوتين")
        comma_ok = "،" not in gap or (
            gap.count("،") == 1
            and gap.rstrip().endswith("،")
            and all(normalise(w).startswith("ال") for w in gap.rstrip()[:-1].split())
        )
        # (describing words are definite adjectives, or a phrase that opens with a preposition: "الزعيم
        # الليبي الراحل فلان", "السناتور عن ولاية X فلان"; not a clause: "أن الزعيم الليبي مول حملة فلان")
        gap_words = normalise(gap).replace("،", " ").split()
        describing = all(w.startswith("ال") for w in gap_words) or gap_words[0] in _GAP_PREPOSITIONS
        if (
            after
            and len(gap_words) <= 3
            and comma_ok
            and (not gap_words or describing)
            and not gap.rstrip().endswith((".", ":"))
        ):
            # (a title many hold is owned per nationality: "الرئيس الصيني" and "الرئيس الإماراتي")
            okey = m.group(1) + " " + nxt[0] if m.group(1) in needs_nisba and nxt else m.group(1)
            owners.setdefault(okey, set()).add(after[0][2])
            described.setdefault(okey, set()).update(nxt)
        elif not any(a <= s < b for a, b, _ in starts):
            loose.append((s, e, m.group(1), nxt[0] if nxt else ""))
    by_key = {g["key"]: g for g in groups if g["label"] == "PERSON"}
    for s, e, title, word in loose:
        many = title in needs_nisba
        if many:
            title = title + " " + word
        keys = owners.get(title, set())
        intro = {w for w in described.get(title, set()) if _is_nisba(w)}
        # (a holder introduced without one is not the holder of another country: "وزير الخارجية سيرغي
        # لافروف … وزير الخارجية الأمريكي")
        if many and not _is_nisba(word):
            continue  # "الرئيس" alone may be any president; "الرئيس الصيني" is the one introduced so
        if _is_nisba(word) and word not in intro:
            continue  # "رئيس الوزراء الإسرائيلي" is not "رئيس الوزراء اللبناني سعد الحريري"
        if word in _FORMER and word not in described.get(title, set()):
            continue  # "رئيس الوزراء السابق" is not the prime minister the text introduced
        if word.startswith("ل") and len(word) >= 4 and word not in described.get(title, set()):
            continue  # "الرئيس التنفيذي للاتحاد الأوروبي لمحترفي الغولف فلان": another body's, named after
        if len(keys) == 1:
            g = by_key[next(iter(keys))]
            first = min(sp.start for sp in g["spans"])
            if s > first:
                if _is_nisba(word):
                    # the description is the title with its nationality: "الزعيم الليبي"
                    nxt_word = re.match(r"\s*[^\s،,.:؛\"'«»()]+", text[e:])
                    if nxt_word is not None:
                        e += nxt_word.end()
                g["spans"].append(Span(s, e, "PERSON", text[s:e], "rule:title"))


_GAP_PREPOSITIONS = frozenset(normalise(w) for w in "عن في من لدى".split())


def _nisba_key(word: str) -> str:
    """A nationality adjective as one key for its spellings (الأميركي = الأمريكي)."""
    return word.replace("اميركي", "امريكي")


_NOT_NISBA = frozenset(
    normalise(w)
    for w in (
        "الذي الحالي السابق الأسبق الجديد الثاني الماضي الفعلي الشرعي الانتقالي"
        " التي الحالية السابقة الجديدة الثانية الماضية الفعلية الشرعية الانتقالية"
    ).split()
)


_FORMER = frozenset(normalise(w) for w in "السابق السابقة الأسبق الراحل".split())


def _is_nisba(word: str) -> bool:
    # (the feminine too: "الرئيسة الصينية" normalises to الصينيه)
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4 and word not in _NOT_NISBA


def spans_for_names(text: str, names: list[tuple[str, str]], source: str = "gazetteer") -> list[Span]:
    """Every occurrence of the given (name, label) pairs, longest names first, never overlapping.

    A perfect recogniser for known names: benchmarks use it with annotated names to measure the
    fact rules alone, tests to build documents from real sentences.
    """
    norm, offsets = normalise_with_map(text)
    folded = fold_case(norm)
    found: list[Span] = []
    taken: list[tuple[int, int]] = []
    for name, label in sorted(names, key=lambda nl: -len(nl[0])):
        key = fold_case(normalise(name))
        if len(key) < 2:
            continue
        for m in name_pattern(key).finditer(folded):
            g = 1 if m.group(1) is not None else 2
            s, e = offsets[m.start(g)], offsets[m.end(g) - 1] + 1
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            found.append(Span(s, e, label, text[s:e], source))
    return sorted(found, key=lambda sp: sp.start)


# particles whose normalised form is a name (على → علي, إلى → الي): written so, they are no name
_PARTICLE_SPELLINGS = frozenset(["على", "إلى", "الى", "أن", "إن"])


def _find_repeats(text: str, groups: list[dict]) -> None:
    """Find again, in the whole text, the names (and persons' unique surnames) the recogniser missed."""
    norm, offsets = normalised_text(text)
    folded = fold_case(norm)
    taken = sorted((s.start, s.end) for g in groups for s in g["spans"])
    surname_count: dict[str, int] = {}
    for g in groups:
        if g["label"] == "PERSON" and len(g["words"]) >= 2:
            surname_count[g["words"][-1]] = surname_count.get(g["words"][-1], 0) + 1
    owner: dict[str, dict] = {}
    for g in groups:
        forms = {" ".join(_words(s.text)) for s in g["spans"]}
        if (
            g["label"] == "PERSON"
            and len(g["words"]) >= 2
            and surname_count[g["words"][-1]] == 1
            and not _not_surname(g, g["words"][-1], [h for h in groups if h["label"] == "PERSON"])
        ):
            forms.add(g["words"][-1])
        for form in forms:
            if len(form) >= 3 and form not in owner:
                owner[form] = g
    if not owner:
        return
    # one pass over the text for all names, longest first
    alts = "|".join(re.escape(f) for f in sorted(owner, key=len, reverse=True))
    contracted: dict[str, dict[str, str]] = {}
    for f in owner:
        if f.startswith("ال") and len(f) > 3:
            lead, tail = al_contraction(f)
            contracted.setdefault(lead, {})[tail] = f
    body = f"{_PROCLITICS}(?P<n>{alts})"
    extra = []
    for lead, key in (("لل", "a"), ("ل", "b")):
        tails = contracted.get(lead)
        if tails:
            extra.append(
                f"[وف]?{lead}(?P<{key}>"
                + "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True))
                + ")"
            )
    if extra:
        body = "(?:" + "|".join([body, *extra]) + ")"
    pattern = re.compile(r"(?<![^\W_])" + body + r"(?![^\W_])")
    starts = [a for a, _ in taken]
    for m in pattern.finditer(folded):
        if m.group("n") is not None:
            form, g0 = m.group("n"), m.start("n")
        elif m.groupdict().get("a") is not None:
            form, g0 = contracted["لل"][m.group("a")], m.start("a")
        else:
            form, g0 = contracted["ل"][m.group("b")], m.start("b")
        g1 = m.end()
        s, e = offsets[g0], offsets[g1 - 1] + 1
        if text[s:e] in _PARTICLE_SPELLINGS:
            continue  # "التحفظ على أموال": على is not the name علي written without its dots
        i = bisect.bisect_left(starts, e)
        if any(a < e and s < b for a, b in taken[max(0, i - 3) : i]):
            continue
        bisect.insort(taken, (s, e))
        starts = [a for a, _ in taken]
        g = owner[form]
        g["spans"].append(Span(s, e, g["label"], text[s:e], "rule:repeat"))
