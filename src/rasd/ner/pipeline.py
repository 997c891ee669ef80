"""The recogniser: CRF over tokens, then clitic trimming, then rules that add recall on news names."""

from __future__ import annotations

import dataclasses
import functools
import gzip
import os
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from rasd.contract import Span
from rasd.ner.clitics import split_proclitic
from rasd.ner.features import WordInfo, word_features
from rasd.ner.lexicon import load_lexicon
from rasd.ner.normal import _DIACRITICS, normalise_word
from rasd.resolve.document import NASAB
from rasd.text.sentences import LETTER_NAMES
from rasd.text.tokens import Token, tokenize

MODEL_DIR = Path(__file__).resolve().parent / "model"
LABELS = {"PERS": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC"}
_SENT_END = {".", "!", "?", "؟", "؛"}
_MAX_SENT = 80
_LATIN_WORD = re.compile(r"^[A-Z][A-Za-z'\-]*$|^(?=.*[A-Z])[A-Z0-9&]{2,}$")
_LATIN_LINK = {"&", "of", "and", "de", "the", "for", "-", "van", "von", "der", "la", "du", "al", "bin", "el"}
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u0640\u064b-\u0652]+$")
_NO_INFO = WordInfo(0, (), "")
_PUNCT_TOKEN = re.compile(r"^[^\w&]+$")
_QUOTES = {'"': '"', "«": "»", "“": "”", "”": "“", "'": "'"}


@dataclass
class Model:
    tagger: object
    lexicon: dict[str, WordInfo]
    org_triggers: frozenset[str]
    person_triggers: frozenset[str]
    org_suffix: frozenset[str]
    natural_place: frozenset[str]
    org_head: frozenset[str]
    org_head_stop: frozenset[str]
    latin_first: frozenset[str]
    title_words: frozenset[str] = frozenset()
    org_adjectives: frozenset[str] = frozenset()
    name_clusters: frozenset[str] = frozenset()
    not_a_body: frozenset[tuple[str, ...]] = frozenset()
    place_triggers: frozenset[str] = frozenset()
    place_suffix: frozenset[str] = frozenset()
    org_descriptors: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()
    # heads that name a body with the place after them (org_head and most org triggers), set at load
    place_body_heads: frozenset[str] = frozenset()
    corpus_names: dict[tuple[str, ...], str] = dataclasses.field(default_factory=dict)
    # well-known organisations (model/known_orgs.tsv: general knowledge, see the model card)
    known_orgs: frozenset[tuple[str, ...]] = frozenset()
    # a second CRF that also learnt the news articles' names (MODEL_CARD.md, "The news tagger"): its
    # organisations and places are added where the first CRF found nothing
    news_tagger: object | None = None


def _name_clusters(lexicon: dict[str, WordInfo], level: int = 2, rate: float = 0.35) -> frozenset[str]:
    """Fine embedding clusters where listed person names are common (ترمب sits with ترامب, دونالد)."""
    total: dict[str, int] = {}
    named: dict[str, int] = {}
    for info in lexicon.values():
        if info.freq >= 3 and len(info.clusters) > level:
            c = info.clusters[level]
            total[c] = total.get(c, 0) + 1
            named[c] = named.get(c, 0) + (info.gaz != "")
    return frozenset(c for c, n in total.items() if n >= 20 and named[c] / n >= rate)


_MODEL: Model | None = None
_LOCK = threading.Lock()


def _demonyms(items: list[str]) -> frozenset[str]:
    """Definite nationality adjectives in both genders (مصري → المصري، المصريه), normalised."""
    out = set()
    for w in items:
        last = str(w).split()[-1]
        out |= {normalise_word("ال" + last), normalise_word("ال" + last + "ة")}
    return frozenset(out)


def _words(items: list[str]) -> frozenset[str]:
    """A trigger list as the normalised forms the rules compare with (الرئيس → الرييس)."""
    return frozenset(normalise_word(str(w)) for w in items)


def _person_after_described_body(model: Model, words: list[str], norms: list[str], i: int, j: int) -> int | None:
    """Where a person's name starts inside an ORG span made of a body's head noun, definite adjectives
    and then two name words ("المنظمة الدولية عبد الله المعلمي"); None when the words before the name
    are a royal title ("جامعة الملك عبد العزيز") or the name does not follow adjectives."""
    head = norms[i]
    if j - i < 4 or not (head in model.org_head or head.removeprefix("ال") in model.org_head) or not head.startswith("ال"):
        return None
    for k in range(i + 2, j - 1):
        if not norms[k - 1].startswith("ال") or norms[k - 1] in _ROYAL_TITLES:
            return None
        if _bare_person_word(model, norms[k], words[k]) and _gaz(model, norms[k + 1]).startswith("P"):
            return k
        if (
            k == j - 2
            and _gaz(model, norms[k + 1]).startswith("P")
            and not words[k].startswith(("ال", "ب", "ل"))
            and _ARABIC_WORD.match(words[k]) is not None
            and model.lexicon.get(norms[k], _NO_INFO).freq <= 5
        ):
            return k  # "الاتحاد الأوروبي فيدريكا موغيريني": a first name spelt otherwise, then a known surname
    return None


def _bare_person_word(model: Model, norm: str, raw: str) -> bool:
    """A word listed only as a person's name part, written bare (no ال, no attached preposition) and
    of three letters or more ("فيليب", "ألستون"; not "العالم", "بكأس", "أف")."""
    return (
        _gaz(model, norm) == "PP"
        and len(norm) >= 3
        and not raw.startswith(("ال", "ب", "ل"))  # (the written form: ألستون is no definite word)
        and _ARABIC_WORD.match(raw) is not None
    )


@functools.lru_cache(maxsize=1)
def trigger_rules() -> dict:
    """The rule vocabularies of ``triggers.yaml`` (as written; ``_words`` normalises a list)."""
    return yaml.safe_load((Path(__file__).resolve().parent / "triggers.yaml").read_text(encoding="utf-8"))


def load_model(model_dir: Path = MODEL_DIR) -> Model:
    """Load (once) the CRF, the lexicon and the rule tables."""
    global _MODEL
    if _MODEL is not None and model_dir == MODEL_DIR:
        return _MODEL
    with _LOCK:
        if _MODEL is not None and model_dir == MODEL_DIR:
            return _MODEL
        import pycrfsuite  # type: ignore[import-not-found]

        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_dir / "ner.crfsuite"))
        news_tagger = None
        if (model_dir / "news.crfsuite").exists():
            news_tagger = pycrfsuite.Tagger()
            news_tagger.open(str(model_dir / "news.crfsuite"))
        rules = trigger_rules()
        first_path = model_dir / "latin_first_names.txt.gz"
        latin_first: frozenset[str] = frozenset()
        if first_path.exists():
            with gzip.open(first_path, "rt", encoding="utf-8") as fh:
                latin_first = frozenset(line.strip() for line in fh if line.strip())
        model = Model(
            tagger=tagger,
            lexicon=load_lexicon(model_dir / "lexicon.tsv.gz"),
            org_triggers=_words(rules["org"]),
            person_triggers=_words(rules["person"]),
            org_suffix=frozenset(str(s) for s in rules["org_suffix"]),
            natural_place=_words(rules["natural_place"]),
            org_head=_words(rules["org_head"]),
            org_head_stop=_words(rules["org_head_stop"]),
            latin_first=latin_first,
            title_words=_words(rules.get("title_words", [])),
            org_adjectives=_words(rules.get("org_adjectives", [])),
            place_triggers=_words(rules.get("place", [])),
            place_suffix=_words(rules.get("place_suffix", [])),
            org_descriptors=_words(rules.get("org_descriptors", [])),
            demonyms=_demonyms(rules.get("demonyms", [])),
            not_a_body=frozenset(
                tuple(normalise_word(w) for w in str(p).split()) for p in rules.get("not_a_body", [])
            ),
            news_tagger=news_tagger,
        )
        model.name_clusters = _name_clusters(model.lexicon)
        model.place_body_heads = model.org_head | (model.org_triggers - _NOT_PLACE_BODIES)
        names_path = model_dir / "corpus_names.tsv"
        if names_path.exists():
            for line in names_path.read_text(encoding="utf-8").splitlines():
                name, _, label = line.partition("\t")
                if name and label:
                    model.corpus_names[tuple(name.split())] = label
        model.known_orgs = _load_known_orgs()
        if model_dir == MODEL_DIR:
            _MODEL = model
        return model


def preload() -> None:
    """Load everything ``recognise`` may need (the CRF, the lexicon, and the transliteration model
    the Latin-spelling rule uses), so that the first article does not pay for it."""
    from rasd.resolve.translit import load_model as load_translit

    load_model()
    load_translit()


def _sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges of sentences: split at end punctuation and line breaks."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(tokens):
        brk = tok.text in _SENT_END or i - start + 1 >= _MAX_SENT
        if not brk and i + 1 < len(tokens) and "\n" in text[tok.end : tokens[i + 1].start]:
            brk = True
        if brk:
            out.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        out.append((start, len(tokens)))
    return out


# Which tagger feeds the rules: "crf" (default: best fact extraction and speed, see MODEL_CARD.md),
# "neural" (numpy BiLSTM-CRF, rasd.ner_neural), "union" (neural, CRF where neural found nothing) or
# "union-crf" (CRF, neural where the CRF found nothing).
TAGGER = os.environ.get("RASD_NER_TAGGER", "crf")


def _tag_sentences(
    model: Model, words: list[str], sentences: list[tuple[int, int]], news: bool = True
) -> list[str]:
    """BIO tags for every token: the neural tagger on all sentences at once, or the CRF (with the news
    tagger's additions unless ``news`` is False)."""
    crf: list[str] = []
    if TAGGER != "neural":
        for s, e in sentences:
            crf.extend(tag_tokens(model, words[s:e], news=news))
        if TAGGER == "crf":
            return crf
    from rasd.ner_neural import load_tagger

    batches = load_tagger().tag([words[s:e] for s, e in sentences])
    neural = [t for batch in batches for t in batch]
    if TAGGER == "neural":
        return neural
    if TAGGER == "union-crf":
        return _union_tags(crf, neural)
    return _union_tags(neural, crf)


def _rare_first_word(model: Model, word: str) -> bool:
    """A first word the news hardly knows (نايجيل): not a name heard alone, such as a surname
    (أردوغان بايدن is a subject and an object), and not a definite word (السيسي)."""
    norm = normalise_word(word)
    info = model.lexicon.get(norm)
    return not norm.startswith("ال") and (info is None or info.freq <= 3)


def _join_lone_names(model: Model, tokens: list[Token], tags: list[str]) -> None:
    """"نايجيل | فاراج" tagged as two people, each one word: a rare lone Arabic word and the lone word
    one space after it are one name (not "حسن وحسين", not a word after a longer name, not two names
    the news knows alone: "استقبل أردوغان بايدن"). In place."""
    for k in range(1, len(tags)):
        if (
            tags[k] == "B-PERS"
            and tags[k - 1] == "B-PERS"
            and (k + 1 == len(tags) or tags[k + 1] != "I-PERS")
            and (k < 2 or tags[k - 2] == "O")
            and tokens[k].start - tokens[k - 1].end == 1
            and _ARABIC_WORD.match(tokens[k - 1].text)
            and not tokens[k].text.startswith("و")
            and _rare_first_word(model, tokens[k - 1].text)
        ):
            tags[k] = "I-PERS"
    for k in range(1, len(tags) - 1):
        if (
            tags[k - 1] == "B-PERS"
            and tags[k] == "O"
            and (k < 2 or tags[k - 2] == "O")
            and _gaz(model, normalise_word(tokens[k - 1].text)) == "PP"
            and _ARABIC_WORD.match(tokens[k].text)
            and not tokens[k].text.startswith(("ال", "و", "ب", "ل", "ف"))
            and _gaz(model, normalise_word(tokens[k].text)).startswith("P")
            and not _plain_word(model, normalise_word(tokens[k].text))
            and (normalise_word(tokens[k + 1].text) in _TITLE_AFTER_NAME or tokens[k + 1].text in ("،", ","))
        ):
            tags[k] = "I-PERS"  # "وقال سمير جعجع زعيم حزب …": the surname the tagger left out


def _split_at_and(
    model: Model, words: list[str], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A Latin span "Donald Trump and Kamala Harris" names two: cut it at "and" (not "Procter and
    Gamble Co", which ends like a company)."""
    out: list[tuple[int, int, str]] = []
    for i, j, ty in spans:
        cuts = [k for k in range(i + 1, j - 1) if words[k] == "and"]
        if not cuts or not words[i][:1].isascii() or _company_word(model, words[j - 1]):
            out.append((i, j, ty))
            continue
        a = i
        for k in cuts + [j]:
            if a < k:
                out.append((a, k, ty))
            a = k + 1
    return out


def _union_tags(first: list[str], second: list[str]) -> list[str]:
    """The first tagger's entities, plus the second's where the first found nothing at all."""
    out = list(first)
    for i, j, ty in _bio_spans(second):
        if all(first[k] == "O" for k in range(i, j)):
            out[i] = "B-" + ty
            for k in range(i + 1, j):
                out[k] = "I-" + ty
    return out


# verbs that are also first names (عزت Izzat، دان Dan): after و/ف, before a person the text names
# elsewhere without them, they are the verb ("وعزت ساندرز ذلك إلى …", "ودان أردوغان المناورات")
_VERB_NAMES = frozenset(normalise_word(w) for w in "عزت دان".split())
_THAT_BEFORE_VERB = frozenset(normalise_word(w) for w in "أن ان لما".split())


def _rest_named_otherwise(norms: list[str], people: list[tuple[int, int]], i: int, j: int) -> bool:
    """The name after the verb at ``i`` is named elsewhere with another word before it, and never with
    this word as its first name ("عزت الدوري" elsewhere keeps "وعزت الدوري" a name)."""
    rest = norms[i + 1 : j]
    n = len(rest)
    other = same = False
    for a, b in people:
        if (a, b) == (i, j) or b - a < n or norms[b - n : b] != rest:
            continue
        before = norms[b - n - 1] if b - n > a else ""
        if before in (norms[i], norms[i][1:]):
            same = True
        else:
            other = True  # named with another first name, or alone ("وقال أردوغان … ودان أردوغان")
    return other and not same


_NAMED_FOR_HEADS = frozenset(normalise_word(w) for w in "مركز مؤسسة جامعة صندوق معهد أكاديمية كلية".split())
# (a centre only with what it is for: "مركز الملك سلمان للإغاثة"; "تعزز مركز الأمير فلان" is his standing)
_CENTRE = normalise_word("مركز")
_ROYAL_TITLES = frozenset(normalise_word(w) for w in "الملك الأمير الشيخ الإمام السلطان".split())


def _named_after_a_person(
    model: Model, tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """ "مركز الملك سلمان للإغاثة", "مركز محمد بن راشد للفضاء", "جامعة جورج واشنطن": a centre, foundation,
    university, prize or fund in construct with a person's name (a king's or a prince's title allowed)
    is a body named after him, with what it is for."""
    n = len(tokens)
    taken = [o >= 0 for o in _owners(n, found)]
    out = []
    for i, j, label, source in found:
        h = i - 1
        if h >= 0 and norms[h] in _ROYAL_TITLES and not taken[h]:
            h -= 1  # "مركز الملك سلمان": the title between the head and the name
        if (
            label in ("PERSON", "ORG")
            and h >= 0
            and not taken[h]
            and split_proclitic(norms[h])[1] in _NAMED_FOR_HEADS
            and not norms[h].startswith("ال")
            and (label == "PERSON" or source == "rule:trigger")
        ):
            e = _body_tail(model, norms, j, lambda t: not taken[t])
            # and the rest of what it is for: "للإغاثة والأعمال الإنسانية"
            while e + 1 < n and norms[e].startswith("وال") and not taken[e] and _adjective_like(norms[e + 1]) and not taken[e + 1]:
                e += 2
            if split_proclitic(norms[h])[1] != _CENTRE or e > j:
                out.append((h, e, "ORG", "rule:named-after"))
                continue
        out.append((i, j, label, source))
    return out


_TITLE_BEFORE_BODY = frozenset(normalise_word(w) for w in "مدير مديرة رئيس رئيسة نائب نائبة أمين محافظ زعيم زعيمة".split())
_ON_BEHALF = frozenset(normalise_word(w) for w in ("باسم",))
_MINISTER_TITLES = frozenset(normalise_word(w) for w in "وزير وزيرة الوزير الوزيرة".split())
_THAT_OR_COMMA = frozenset(normalise_word(w) for w in "، , إن أن ان بأن : في".split())


_BARE_PROCLITIC = re.compile(r"[وفبلك]?(?:ال|[بلك])?\u0640+")
_ON_BEHALF_OF_IT = frozenset(normalise_word(w) for w in "باسمه باسمها باسمهم".split())


def _spokesperson_named(
    model: Model, tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """ "الناطق الرسمي باسم الحكومة جمانة غنيمات، إن": after باسم and the body (one to three definite
    words), a listed first name and one more word, then a comma or إن, are the spokesperson the
    tagger missed."""
    n = len(tokens)
    taken = [o >= 0 for o in _owners(n, found)]
    out = list(found)
    starts = []
    for k in range(n):
        if norms[k] not in _ON_BEHALF:
            continue
        t = k + 1
        while t < n and t - k <= 3 and norms[t].startswith("ال") and not _gaz(model, norms[t]).startswith("P"):
            t += 1
        if t > k + 1:
            starts.append(t)
    for k in range(n - 1):
        # "المتحدثة الرسمية باسمها، جمانة غنيمات،": the body a pronoun, the name after it (and a comma)
        if norms[k] in _ON_BEHALF_OF_IT:
            starts.append(k + 2 if norms[k + 1] in ("،", ",") else k + 1)
    for k in range(n):
        # "أكدت وزيرة السياحة والصناعات التقليدية، سلمى اللومي الرقيق في …": a minister's title, her
        # field (definite words, joined by و), a comma
        if norms[k] not in _MINISTER_TITLES and split_proclitic(norms[k])[1] not in _MINISTER_TITLES:
            continue
        t = k + 1
        while t < n and t - k <= 4 and norms[t].startswith(("ال", "وال")) and not _gaz(model, norms[t]).startswith("P"):
            t += 1
        if t > k + 1 and t < n and norms[t] in ("،", ","):
            starts.append(t + 1)
    for a, b, lab, _s in found:
        # "قال مدير البنك العربي، نعمة الصباغ، عن …": a title, its body and a comma
        if lab == "ORG" and a > 0 and b < n and norms[b] in ("،", ",") and split_proclitic(norms[a - 1])[1] in _TITLE_BEFORE_BODY:
            starts.append(b + 1)
    def rare(k: int) -> bool:
        # (a rare word: "غنيمات"، "الصباغ"; not a common one after the name, "جمانة تقول"، "جمانة الحكومة")
        return (
            bool(_ARABIC_WORD.match(tokens[k].text))
            and tokens[k].text not in _FUNCTION_WORDS
            and (
                # (or a family name the gazetteer lists: "اللومي")
                _gaz(model, norms[k]).startswith("P")
                or (
                    not (norms[k].startswith("ال") and model.lexicon.get(norms[k], _NO_INFO).freq >= 7)
                    and not (_plain_word(model, norms[k]) and model.lexicon[norms[k]].freq >= 7)
                )
            )
        )

    for t in starts:
        if t + 2 >= n or taken[t] or taken[t + 1]:
            continue
        first, second = t, t + 1
        if not (_bare_person_word(model, norms[first], tokens[first].text) and rare(second)):
            continue
        if norms[second + 1] in _THAT_OR_COMMA:
            out.append((first, second + 1, "PERSON", "rule:spokesperson"))
            taken[first] = taken[second] = True
        elif t + 3 < n and not taken[second + 1] and rare(second + 1) and norms[second + 2] in _THAT_OR_COMMA:
            # "سلمى اللومي الرقيق في …": a third rare word, then the comma, إن or في
            out.append((first, second + 2, "PERSON", "rule:spokesperson"))
            taken[first] = taken[second] = taken[second + 1] = True
    return sorted(out)


def _named_holder(model: Model, norms: list[str], found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """ "هدد زعيم تحالف "سائرون" مقتدى الصدر": two or three listed person-name words after a person's
    title and the body it heads are its holder, whatever type the tagger gave them."""
    out = []
    for i, j, label, source in found:
        if (
            label == "ORG"
            and source == "model"
            and 2 <= j - i <= 3
            and not norms[i].startswith("ال")
            and all(_gaz(model, norms[t]).startswith("P") for t in range(i, j))
            and not any(norms[t] in model.org_head or norms[t] in model.org_triggers for t in range(i, j))
            and any(
                norms[t] in model.person_triggers or split_proclitic(norms[t])[1] in _HEAD_OF for t in range(max(0, i - 5), i)
            )
            and (
                any(b == i or (b == i - 1 and norms[i - 1] in _QUOTE_MARKS) for _a, b, lab, _s in found if lab == "ORG")
                # "رئيس مجلس إدارة المجموعة تيم كوك": the body referred to by its definite head noun
                or (
                    i > 0
                    and norms[i - 1].startswith("ال")
                    and (norms[i - 1] in model.org_head or norms[i - 1][2:] in model.org_triggers)
                )
            )
        ):
            out.append((i, j, "PERSON", "rule:title-holder"))
            continue
        out.append((i, j, label, source))
    return out


# "الذي يتزعمه فلان", "بقيادة فلان": who leads the body named before comes next
_LED_BY = frozenset(
    normalise_word(w)
    for w in (
        "يتزعمه يتزعمها تتزعمه تتزعمها يقوده يقودها تقوده تقودها يرأسه يرأسها ترأسه ترأسها يترأسه يترأسها"
        " تترأسه تترأسها أسسه أسسها يديره يديرها تديره تديرها بزعامة بقيادة برئاسة"
    ).split()
)


def _led_by_holder(model: Model, norms: list[str], found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """ "حزب الأحرار الذي يتزعمه مقتدى الصدر بالانتخابات": two or three listed person-name words right
    after a verb or noun of leading, that no span holds, are the leader."""
    taken = {t for i, j, _, _ in found for t in range(i, j)}
    out = list(found)
    for k, norm in enumerate(norms[:-2]):
        if norm.removeprefix("و") not in _LED_BY or k + 1 in taken:
            continue
        end = _listed_name_end(model, norms, k + 1, taken, no_heads=True)
        if end - k - 1 >= 2:
            out.append((k + 1, end, "PERSON", "rule:led-by"))
    return sorted(out)


def _listed_name_end(model: Model, norms: list[str], start: int, taken: set[int], no_heads: bool = False) -> int:
    """The end of up to three listed person-name words from ``start`` that no span holds (``no_heads``:
    nor a body's head noun or a person's title among them)."""
    end = start
    while (
        end < len(norms)
        and end - start < 3
        and end not in taken
        and _gaz(model, norms[end]).startswith("P")
        and not (no_heads and (norms[end] in model.org_head or norms[end] in model.person_triggers))
    ):
        end += 1
    return end


def _describes_a_person(model: Model, norm: str) -> bool:
    """A لل-word that says what a person is (للنقابي، للناشط، للوزير), not what a body is for (للبترول)."""
    word = "ال" + norm[2:]
    return word in model.person_triggers or (word.endswith("ي") and word not in model.org_head)


_GOVERNMENT = frozenset({normalise_word("حكومة")})
_IN_FAVOUR = frozenset(normalise_word(w) for w in "لصالح لفائدة لحساب".split())
_HEAD_TITLE = frozenset(normalise_word(w) for w in "رئيس رئيسة ورئيس ورئيسة لرئيس برئيس".split())
_HEADED_OFFICE = frozenset(normalise_word(w) for w in "الحكومة الوزراء الجمهورية الدولة".split())


def _head_of_office_named(
    model: Model, norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """ "طالب رئيس الحكومة الحبيب الصيد": two or three listed person-name words after the title of a
    head of government or state, that no span holds, are the holder (names of definite words that
    taggers read as nouns: الحبيب الصيد، الباجي قايد السبسي)."""
    taken = {t for i, j, _, _ in found for t in range(i, j)}
    out = list(found)
    for k in range(1, len(norms) - 2):
        headed = norms[k] in _HEADED_OFFICE and norms[k - 1] in _HEAD_TITLE
        if not (headed or _bare_head(split_proclitic(norms[k])[1]) in _GOVERNMENT) or k + 1 in taken:
            continue
        end = _listed_name_end(model, norms, k + 1, taken)
        if end - k - 1 >= 2:
            out.append((k + 1, end, "PERSON", "rule:head-of-office"))
    return sorted(out)


_QUOTE_MARKS = (frozenset(_QUOTES) | frozenset(_QUOTES.values())) - {"'"}  # (not the apostrophe)


_TELEVISION = normalise_word("التلفزيون")
_OFFICIAL = {normalise_word(w) for w in ("الرسمي", "الحكومي")}


def _state_television(
    model: Model, norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A country's television named by its adjective ("التلفزيون المصري", "للتلفزيون الرسمي الإيراني")
    is a broadcaster, an organisation (the bare "التلفزيون الرسمي" names none)."""
    taken = {t for i, j, _, _ in found for t in range(i, j)}
    out = list(found)
    for i, w in enumerate(norms):
        clitic, stem = split_proclitic(w)
        if w != _TELEVISION and stem != _TELEVISION and not (clitic.endswith("لل") and "ال" + stem == _TELEVISION):
            continue
        j = i + 1
        while j < len(norms) and norms[j] in _OFFICIAL:
            j += 1
        if j < len(norms) and norms[j] in model.demonyms and not any(t in taken for t in range(i, j + 1)):
            out.append((i, j + 1, "ORG", "rule:state-television"))
    return sorted(out)


def _no_future_verbs(model: Model, norms: list[str], found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A one-word "person" that is a present verb with the future س or the purpose لـ before it
    ("إنه سيرأس جلسة", "ليرى إن كان"): the verb without it is a plain word of the news, no name."""
    out = []
    for i, j, label, source in found:
        if label == "PERSON" and j - i == 1 and source == "model":
            w = norms[i]
            verb = w[1:] if w[:1] in ("س", "ل") else ""
            info = model.lexicon.get(verb)
            if (
                len(verb) >= 4
                and verb[:1] in ("ي", "ت", "ن")
                and info is not None
                and info.freq >= 5
                and not info.gaz
                and _cluster(model, verb) not in model.name_clusters
            ):
                continue
        out.append((i, j, label, source))
    return out


def _verb_before_name(norms: list[str], found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    out = []
    people = [(i, j) for i, j, label, _ in found if label == "PERSON"]
    for i, j, label, source in found:
        if (
            label == "PERSON"
            and j - i >= 2
            and norms[i][:1] in ("و", "ف")
            and norms[i][1:] in _VERB_NAMES
            and _rest_named_otherwise(norms, people, i, j)
        ):
            i += 1
        elif (
            label == "PERSON"
            and j - i == 2
            and i > 0
            and norms[i - 1] in _THAT_BEFORE_VERB
            and len(norms[i]) <= 3
            and _rest_named_otherwise(norms, people, i, j)
        ):
            i += 1  # "بعد أن شن بولتون هجوما" (جون بولتون elsewhere): the verb after أن, then the name
        out.append((i, j, label, source))
    return out


def _hyphen_joins(model: Model, tokens: list[Token], words: list[str], norms: list[str], j: int) -> bool:
    """A dash glued between the name's last word (at ``j - 1``) and a name-like word after it."""
    return (
        j + 1 < len(words)
        and words[j] in ("-", "–")
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].start == tokens[j].end
        and _ARABIC_WORD.match(words[j + 1]) is not None
        and len(norms[j + 1]) >= 3
        and words[j + 1] not in _FUNCTION_WORDS
        and not norms[j + 1].startswith("ال")
        # (a short word is a name's second half even when it also spells a common word: "روجيه-بتي")
        and (not _plain_word(model, norms[j + 1]) or len(norms[j + 1]) <= 3)
    )


def tag_tokens(model: Model, words: list[str], news: bool = False) -> list[str]:
    """BIO tags (ANERcorp types) for one sentence of words: the CRF's, and with ``news`` the news
    tagger's organisations and places where the CRF found nothing (``_news_names``)."""
    if not words:
        return []
    import pycrfsuite  # type: ignore[import-not-found]

    # features once for both taggers; each still maps the strings to its own feature ids
    items = pycrfsuite.ItemSequence(word_features(words, model.lexicon))
    tags = list(model.tagger.tag(items))  # type: ignore[attr-defined]
    if news and model.news_tagger is not None:
        return _news_names(model, words, tags, list(model.news_tagger.tag(items)))  # type: ignore[attr-defined]
    return tags


_NEWS_ADDS = ("ORG", "LOC")


def _news_names(model: Model, words: list[str], first: list[str], news: list[str]) -> list[str]:
    """The first CRF's tags, plus the news tagger's ORG and LOC names where the first found nothing at
    all. Only names in Arabic letters, none of whose words is a single letter: the news tagger learnt
    a few hundred articles and is trusted for the bodies and places they name (الحرس الثوري،
    مجموعة العشرين), not for Latin names or for people, whose boundaries the fact rules rely on
    (MODEL_CARD.md, "The news tagger")."""
    out = list(first)
    for i, j, ty in _bio_spans(first):
        if ty == "PERS" and j - i == 1 and _DIACRITICS.sub("", words[i]).endswith("ئ") and news[i] == "O":
            out[i] = "O"  # "الوضع هادئ": an adjective in ئ that folds onto a name (هادي), which the news tagger leaves alone
        if (
            ty == "ORG"
            and j - i >= 3
            and normalise_word(words[i]).startswith("ال")
            and normalise_word(words[i]) in model.org_head
            and news[i] == "O"
            and news[i + 1] == "B-PERS"
            and all(t == "I-PERS" for t in news[i + 2 : j])
        ):
            # "عضو المجلس وليد الطبطبائي": a definite head word refers back to a body; the name after it is a person's
            out[i], out[i + 1] = "O", "B-PERS"
            for k in range(i + 2, j):
                out[k] = "I-PERS"
    news_spans = _bio_spans(news)
    news_orgs = {i: j for i, j, ty in news_spans if ty == "ORG" and j - i >= 2}
    for i, j, ty in _bio_spans(first):
        e = news_orgs.get(i, 0)
        if (
            ty == "PERS"
            and j - i == 1
            and j < e <= j + 2
            and all(
                first[k] == "O" and normalise_word(words[k]).startswith("ال") and not _adjective_like(normalise_word(words[k]))
                for k in range(j, e)
            )
        ):
            out[i] = "B-ORG"  # "من "لوبي الأسلحة"": a body the first CRF cut to its head and read as a person
            for k in range(i + 1, e):
                out[k] = "I-ORG"
    for i, j, ty in news_spans:
        if ty == "PERS" and _news_person_ok(model, words, first, i, j):
            out[i] = "B-PERS"  # "إن معمر القذافي قتل": a whole listed name the first CRF missed
            for k in range(i + 1, j):
                out[k] = "I-PERS"
            continue
        if ty == "ORG" and _news_extends(model, words, out, i, j):
            continue
        if ty == "ORG" and _news_body_whole(model, words, out, i, j):
            continue
        if ty not in _NEWS_ADDS or any(first[k] != "O" for k in range(i, j)):
            continue
        if not all(len(words[k]) > 1 and _ARABIC_WORD.match(words[k]) for k in range(i, j)):
            continue
        i, j = _news_span(model, words, i, j, ty)
        if i >= j:
            continue
        if not _news_addition_ok(model, words, i, j, ty) or not _news_context_ok(model, words, first, i, j, ty):
            continue
        out[i] = "B-" + ty
        for k in range(i + 1, j):
            out[k] = "I-" + ty
    return out


_LISTED_VERBS = frozenset(normalise_word(w) for w in "مات عاد سعى نال فاز دان عزت".split())


def _news_person_ok(model: Model, words: list[str], first: list[str], i: int, j: int) -> bool:
    """The news tagger's person of two or three words, each on the person-name list and written in Arabic
    letters, where the first CRF found nothing in it or next to it. (People the news tagger alone reads
    are otherwise left out: their boundaries are the first CRF's, which the fact rules rely on.)"""
    if not 2 <= j - i <= 3 or any(first[k] != "O" for k in range(max(0, i - 1), min(len(first), j + 1))):
        return False
    if normalise_word(words[i]) in _LISTED_VERBS:
        return False  # "حتى وإن مات خاشقجي": a verb that is also a listed first name (Matt)
    return all(
        len(words[k]) > 1 and _ARABIC_WORD.match(words[k]) and _gaz(model, normalise_word(words[k])) == "PP"
        for k in range(i, j)
    )


def _news_extends(model: Model, words: list[str], tags: list[str], i: int, j: int) -> bool:
    """Where the first CRF named a body by its head and a noun ("لحزب العدالة", "منظمة الخوذ") and the
    news tagger reads its name on from the same word ("لحزب العدالة والتنمية", "منظمة الخوذ البيضاء"),
    the name takes up to two more definite words: no particle, and a word with و only as the second
    noun of the complement (والتنمية), which ends it, not as a second body ("…البيضاء والمرصد"). Changes ``tags`` in place;
    True when it did."""
    if tags[i] != "B-ORG":
        return False
    e = i + 1
    while e < j and tags[e] == "I-ORG":
        e += 1
    if e - i < 2 or e >= j or any(tags[k] != "O" for k in range(e, j)):
        return False
    if j < len(tags) and tags[j] == "I-ORG":
        return False
    head = split_proclitic(normalise_word(words[i]))[1]
    if not any(h in model.org_head or h in model.org_triggers for h in (head, head.removeprefix("ال"))):
        return False
    last = normalise_word(words[e - 1])
    if _adjective_like(last) or last in model.demonyms or last in model.org_descriptors:
        return False  # "الأمم المتحدة", "حزب النهضة الإسلامي": the name was whole
    end = e
    while end < min(j, e + 2):
        w, norm = words[end], normalise_word(words[end])
        if len(w) < 2 or not _ARABIC_WORD.match(w) or w in _FUNCTION_WORDS or norm in model.org_descriptors:
            break
        if not norm.startswith(("ال", "لل", "وال")) or (norm.startswith("وال") and end > e):
            break
        if norm.startswith("وال") and norm.endswith("ين"):
            break  # "حزب العمال والمحافظين": people after و are a second party
        end += 1
        if norm.startswith("وال"):
            break
    if end == e:
        return False
    for k in range(e, end):
        tags[k] = "I-ORG"
    return True


def _news_body_whole(model: Model, words: list[str], tags: list[str], i: int, j: int) -> bool:
    """A body's long name that the news tagger reads whole from its head, where the first CRF cut it
    short or read a place in it: "هيئة الاتصالات وتقنية المعلومات السعودية", "جامعة الملك فهد للبترول
    والمعادن". The first CRF's names must lie inside it, none a person, no particle in it. Changes
    ``tags`` in place; True when it did."""
    if j - i < 3 or tags[i] not in ("O", "B-ORG") or (j < len(tags) and tags[j].startswith("I-")):
        return False
    if split_proclitic(normalise_word(words[i]))[1] not in model.org_head:
        return False
    if _news_span(model, words, i, j, "ORG") != (i, j):
        return False
    if any(tags[k].endswith("PERS") or tags[k].endswith("MISC") for k in range(i, j)):
        return False
    if not all(len(words[k]) > 2 and _ARABIC_WORD.match(words[k]) and words[k] not in _FUNCTION_WORDS for k in range(i, j)):
        return False
    if any(tags[k] == "B-ORG" for k in range(i + 1, j)):
        return False  # "صندوق التحوط أندوران كابيتال": a body the first CRF named inside is the name
    e = i
    while tags[i] == "B-ORG" and e + 1 < j and tags[e + 1] == "I-ORG":
        e += 1
    last = normalise_word(words[e])
    if tags[i] == "B-ORG" and (_adjective_like(last) or last in model.demonyms):
        if e + 1 >= j or not normalise_word(words[e + 1]).startswith("لل"):
            # "الاتحاد الأوروبي الموحد": the first CRF's name ended in its adjective, whole (a لل-complement
            # still completes it: الهيئة السعودية العامة للاستثمار)
            return False
    norms = [normalise_word(words[k]) for k in range(i, j)]
    if any(split_proclitic(w)[1] in model.org_head or w in model.org_head_stop or w in model.org_descriptors for w in norms[1:]):
        return False  # a second body (… للأمم المتحدة حزب الله) or a word that describes the first
    if not norms[-1].startswith(("ال", "لل", "وال", "بال")):
        return False  # "مجلس سوريا الديمقراطية دمشق": a bare word after the name is the verb's
    if norms[-1].startswith("الم") and norms[-1].endswith(("ين", "ون", "ات")):
        return False  # "ودعا مركز بغداد المواطنين": a plural after the name is the verb's object
    if any(w.startswith("وال") and w.endswith("ين") for w in norms):
        return False  # "حزب العمال والمحافظين": people after و are a second party
    if any(w.startswith("وال") and _adjective_like(norms[k - 1]) for k, w in enumerate(norms) if k >= 2):
        return False  # "مصرف البحرين المركزي والمؤسسات المالية": و after the name's adjective adds a second thing
    if norms[-1] in model.demonyms and tags[j - 1] == "O":
        j -= 1  # "وكالة الأناضول التركية": the first CRF left the nationality out; it describes the body
        if tags[i:j] == ["B-ORG"] + ["I-ORG"] * (j - i - 1):
            return False
    if all(t == "O" for t in tags[i:j]) or tags[i:j] == ["B-ORG"] + ["I-ORG"] * (j - i - 1):
        return False  # nothing found (the plain addition's case) or already the same
    tags[i] = "B-ORG"
    for k in range(i + 1, j):
        tags[k] = "I-ORG"
    return True


def _news_span(model: Model, words: list[str], i: int, j: int, ty: str = "ORG") -> tuple[int, int]:
    """A news-tagger name without the particles at its edges ("صحيفة الوطنية إن") and, after a
    definite first word (or a head and its complement), without a definite word that is not an
    adjective or a complement: "الهيئة العليا السكان" (the verb's object) is "الهيئة العليا", "وزارة
    الداخلية اللواء" is "وزارة الداخلية"."""
    while i < j and words[i] in _FUNCTION_WORDS:
        i += 1
    while j > i and words[j - 1] in _FUNCTION_WORDS:
        j -= 1
    if i >= j:
        return i, j
    first = normalise_word(words[i])
    head = split_proclitic(first)[1]
    construct = first.startswith("لل") and (first[1:] in model.org_head or first[1:] in model.org_triggers)
    if first.startswith(_DEFINITE) and not construct:  # للجنة is لـ + لجنة, not لل + جنة
        start = i + 1
    else:
        start = i + 2 if {first, head, first[1:]} & model.org_head else j  # وزارة, ووزارة, للجنة
    if ty == "ORG" and j - i >= 2:
        for k in range(start, j):
            w = normalise_word(words[k])
            if w.startswith(("ل", "ب", "و")) and not w.startswith("ال"):
                break  # a complement (لقناة السويس، للانتخابات، بالحوكمة، والتنمية) takes the rest
            if w.startswith("ال") and not (
                _adjective_like(w)
                or (len(w) == 7 and w.endswith("اء"))  # البيضاء، الخضراء (not اللواء)
                or (len(w) == 6 and w.startswith("الا"))  # الأحمر، الأعلى
                or w in model.org_descriptors
                or w in model.org_adjectives
            ):
                return i, k  # a definite noun right after the name's adjectives is the verb's object
    return i, j


def _news_context_ok(model: Model, words: list[str], first: list[str], i: int, j: int, ty: str = "ORG") -> bool:
    """A body the news tagger adds is no description: of a name before it ("…، وهي شركة لإدارة
    الاستثمارات") nor of the person right after it ("منزل النجم العالمي جورج كلوني", "بيت الثري
    الإيراني الأصل شيرفين"), unless a title says whose body it is ("رئيسة مجلس النواب نانسي بيلوسي")."""
    if ty != "ORG":
        return True
    back = [normalise_word(w) for w in words[max(0, i - 2) : i]]
    if back and (
        back[-1] in _APPOSITION
        or (len(back) == 2 and back[0] in _APPOSITION and split_proclitic(back[1])[1] in model.org_triggers)
    ):
        return False
    k = j
    while k < len(words) and normalise_word(words[k]) in _ORIGIN:
        k += 1
    if k < len(words) and first[k] == "B-PERS":
        before = split_proclitic(back[-1])[1] if back else ""
        if len(back) == 2 and back[-1] in _IN_BODY:
            before = split_proclitic(back[0])[1]  # "القيادي في حركة النهضة فلان": the role word before في
        return (
            before in model.person_triggers
            or before in _HEAD_OF
            or before in _ROLE_OF
            or before.removeprefix("ال") in _ROLE_OF
            or "ال" + before in model.person_triggers
        )
    return True


_IN_BODY = {normalise_word(w) for w in ("في", "من")}


# role words before a body, whose holder's name follows it: "قائد الحرس الثوري حسين سلامي"
_ROLE_OF = {normalise_word(w) for w in "قائد قائدة مدير مديرة أمين أمينة اسم عضو عضوة نائب نائبة متحدث قيادي قيادية".split()}


# heads that with a place after a title name an office: "رئيس حكومة لبنان" (not "رئيس جامعة دمشق")
_OFFICE_HEADS = {normalise_word(w) for w in ("مجلس", "وزارة", "حكومة")}


def _field_word(before: str) -> bool:
    """The word before a ministry's field makes it a field, not the ministry: a definite word
    (السياسة الخارجية) or a word for a field's part (صناعة الدفاع الروسية)."""
    return before.startswith(_DEFINITE) or before in _FIELD_OF or split_proclitic(before)[1] in _FIELD_OF


def _forms(norm: str, stem: str) -> tuple[str, ...]:
    """A word as written, without its particles, and without a leading و/ف alone: "وبنك" is و + بنك,
    which ``split_proclitic`` reads as و + ب + نك; and "للجنة" as ل + لجنة."""
    if norm[:1] in ("و", "ف") and len(norm) > 3:
        rest = norm[1:]
        return (norm, stem, rest, rest[1:]) if rest.startswith("لل") else (norm, stem, rest)
    if norm.startswith("لل") and len(norm) > 4:
        return (norm, stem, norm[1:])  # "للجنة" is ل + لجنة (the split reads it as لل + جنه)
    return (norm, stem)


# (and political money: "تلقت قائمة «صوت الجهة» تبرعا بقيمة …", "تمويل قائمة «X»")
_ELECTION = re.compile(r"^[وفلب]*(?:ال)?(?:انتخاب|اقتراع|مرشح|برلمان|نياب|تشريعي|بلدي|تبرع|تمويل|ممول)")
# heads whose quoted name is a body near an election word, though the head announces no name otherwise
_QUOTED_NAME_HEADS = frozenset(normalise_word(w) for w in "قائمة قائمه لائحة لائحه".split())
_LIST_HEAD = normalise_word("لائحة")
_GATHERING_HEADS = frozenset(normalise_word(w) for w in "تجمع تكتل".split())
_AT_A_RALLY = frozenset(normalise_word(w) for w in "في خلال أمام وفي شارك شاركت حضر حضرت".split())
_RALLY_ADJECTIVES = frozenset(normalise_word(w) for w in "الانتخابي الحاشد الجماهيري الشعبي".split())
_SLOGAN_OPENERS = frozenset(normalise_word(w) for w in "ضد من لا نعم في على إلى الى لأجل".split())

# trigger words that do not make a body with the place after them: قناة السويس (a canal), موقع
# (a site), دار، منصة، تطبيق
_NOT_PLACE_BODIES = {
    normalise_word(w)
    for w in "قناة موقع منصة تطبيق دار شركات ميليشيات مليشيات مجموعات محطة مصنع شبكة مستشفى مطبعة مختبر مدرسة".split()
}


def _head_and_place(model: Model, norms: list[str], stems: list[str], h: int, a: int, b: int) -> bool:
    """The head noun at ``h`` and the place ``norms[a:b]`` after it name a body (جامعة بغداد، مصرف
    لبنان): an indefinite body head, not a centre (مركز بغداد), a place that is one (not محكمة
    باكستانية), and not an office after a title (رئيس حكومة إقليم كردستان)."""
    # the head is the word (برلمان, و + بنك), not ب + رلمان; a trigger word names a body with the
    # place too (مجمع فلسطين الطبي، منتخب مصر), not a plural or a facility (model.place_body_heads)
    heads = model.place_body_heads
    head = next((f for f in _forms(norms[h], stems[h]) if f in heads), stems[h])
    return (
        head in heads
        and head not in _CENTRE_HEADS
        and not norms[h].startswith(_DEFINITE)
        and not _no_place(model, norms[a:b])
        and not (head in _OFFICE_HEADS and h > 0 and (_title_word(model, norms[h - 1]) or norms[h - 1] in _HEAD_OF))
    )


def _after_preposition(model: Model, norm: str) -> bool:
    """Is the word a place after an attached ب/ل/ك (بفرجينيا، ببغداد، لسوريا)? Only when the rest is
    the commoner word in the news: لبنان، بغداد، كندا are places of their own, not ل + بنان."""
    pre, rest = split_proclitic(norm)
    if not pre.endswith(("ب", "ل", "ك")):
        return False
    whole, part = model.lexicon.get(norm), model.lexicon.get(rest)
    return part is not None and (whole is None or part.freq > whole.freq)


def _field_of_body(model: Model, tokens: list[Token], norms: list[str], k: int) -> bool:
    """Is the word at ``k`` a plain indefinite noun that can say what a body is for (أمن، أساقفة،
    شرطة), between its head and a place? Not a particle, a title, a name or a nationality."""
    w = norms[k]
    return (
        bool(_ARABIC_WORD.match(tokens[k].text))
        and len(w) >= 3
        and not w.startswith(("ال", "لل"))
        and tokens[k].text not in _FUNCTION_WORDS
        and w not in model.person_triggers
        and "ال" + w not in model.demonyms
        and not _nisba("ال" + w)
        # "تحالف تقوده السعودية": a verb with its object (on the word as written: تجارة ends in ة)
        and not (w[0] in "يت" and tokens[k].text.endswith(("ه", "ها", "هم")))
        and w not in _PLACE_WORDS
        and _plain_word(model, w)
    )


def _body_tail(model: Model, norms: list[str], j: int, free: Callable[[int], bool]) -> int:
    """The end of a body's name that runs to ``j``, taking up to two adjectives after it and one
    لل-complement (مصرف قطر المركزي، جيش لبنان الجنوبي، صندوق أبوظبي للتنمية)."""
    n = len(norms)
    k = 0
    while (
        j < n
        and k < 2
        and free(j)
        and _adjective_like(norms[j])
        and norms[j] not in model.org_head_stop
        and norms[j] not in model.org_descriptors
        and norms[j] not in model.demonyms
        and _may_follow_body(model, norms[j])
    ):
        j += 1
        k += 1
    if j < n and free(j) and norms[j].startswith("لل") and len(norms[j]) >= 5 and _may_follow_body(model, norms[j]):
        j += 1
    return j


# لل-words that say when or how often, not what a body is for: "برلمان ليبيا للمرة الثالثة"
_NOT_A_COMPLEMENT = {normalise_word(w) for w in "للمرة للعام للسنة لليوم للأسبوع للشهر للحظة للوهلة".split()}


# speech verbs whose subject, right after them, the news names by surname alone ("واكد الشاهد")
_SPOKE = (
    # (verbs of persons: not ذكر، أعلن, said of hospitals and ministries as often: "ذكر المستشفى")
    "(?:قال|أكد|اكد|أضاف|اضاف|أوضح|اوضح|اعتبر|أشار|اشار|شدد|أبرز|ابرز|كشف|دعا|أفاد|افاد|تابع|لاحظ|نفى|نفت|صرح)"
)


def _surname_spoken_alone(
    model: Model, text: str, words: list[str], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A listed first name tagged alone before a definite word that the article elsewhere names as a
    speaker, alone ("الشاهد : …" in the headline, "واكد الشاهد"): that word is his surname ("رئيس
    الحكومة، يوسف الشاهد", where the tagger read الشاهد as "the witness")."""
    named = {t for a, b, _, _ in found for t in range(a, b)}
    spoken: set[str] | None = None  # the words the text names as speakers alone (one pass, when needed)
    out = []
    for i, j, label, source in found:
        if (
            label == "PERSON"
            and j - i == 1
            and j < len(norms)
            and j not in named
            and (_gaz(model, norms[i]) == "PP" or source == "rule:person-trigger")  # ("النائبة صابرين")
            and norms[j].startswith("ال")
            and len(norms[j]) >= 5
            and not norms[j].endswith(("ين", "ون", "اء", "ات"))  # "التقى أحمد الخبراء": a plural, no surname
            and norms[j] not in model.demonyms
            and norms[j] not in model.org_head_stop
            and norms[j] not in model.org_head
            and norms[j] not in model.org_descriptors
            and not _title_word(model, norms[j])
        ):
            if spoken is None:
                spoken = {m.group(1) for m in re.finditer(rf"(?:^|\s)[وف]?{_SPOKE}ت?\s+(\S+?)(?=[\s،,:])", text)}
                head = re.match(r"\s*(\S+)\s*:", text)
                if head is not None:
                    spoken.add(head.group(1))
            if words[j] in spoken:
                out.append((i, j + 1, label, "rule:surname-spoken"))
                named.add(j)
                continue
        out.append((i, j, label, source))
    return out


def _people_nationality(model: Model, norms: list[str], i: int, j: int, named: set[int]) -> int:
    """The end of a body's name that ends at ``j``, with the nationality of the people it is of.

    A plural nationality cannot describe the body, only the people its name ends with: "النقابة
    الوطنية للصحفيين التونسيين", "جمعية القضاة التونسيين". A singular one followed by a لل-complement
    is inside the name: "الاتحاد العام التونسي للشغل"."""
    n = len(norms)
    if _bare_head(split_proclitic(norms[i])[1]) not in _FIELD_BODIES:
        return j  # "تقدم الجيش السوري للسيطرة على": what the army does, not its name
    last = norms[j - 1]
    if (
        j < n
        and j not in named
        and norms[j].endswith("ين")
        and norms[j][:-2] in model.demonyms
        # the name ends in people (للصحفيين، القضاة), not in the body's own nationality: "السفارة
        # الأمريكية الأمريكيين العالقين" are whom it received
        and last not in model.demonyms
        and not last.endswith(("ي", "يه"))
    ):
        return j + 1

    def complement(k: int) -> bool:
        return (
            k < n
            and k not in named
            and norms[k].startswith("لل")
            and len(norms[k]) >= 5
            and norms[k] not in _SAYING
            and norms[k - 1] != "الاوروبي"  # "مفوضة الاتحاد الأوروبي للتجارة": her portfolio
            and _may_follow_body(model, norms[k])
        )

    if last in model.demonyms and complement(j):
        return j + 1
    if j < n and j not in named and norms[j] in model.demonyms and complement(j + 1):
        return j + 2
    return j


# what is said after a body, not what it is for: "وقال البنك السعودي الهولندي للقول"
_SAYING = {
    normalise_word(w)
    # (and to whom: "وقال البنك المركزي التونسي للصحفيين إن")
    for w in "للقول للحديث للتعليق للرد للتأكيد للإشارة للإعلان للصحفيين للصحافيين للصحافة للإعلاميين".split()
}
_DESCRIBING_STEMS = ("وصف", "واصف", "نعت", "ناعت", "يصف", "تصف")


def _describing(norm: str) -> bool:
    """وصف، ووصفه، واصفا، نعت: a verb of describing (و is kept: وصف starts with it)."""
    return norm.startswith(_DESCRIBING_STEMS) or (norm[:1] in "وف" and norm[1:].startswith(_DESCRIBING_STEMS))


# لل-complements that take من in a body's name
_FROM_COMPLEMENTS = {normalise_word(w) for w in "للوقاية للحماية للتحرر للحد".split()}
_DEFINITE_HEAD = re.compile(r"^[وف]?(?:ال|لل|بال)")
_BLOC = {"كتله", "لكتله", "وكتله", "بكتله", "ولكتله", "فكتله"}
# heads of bodies named for a field or a people after their nationality (الاتحاد العام التونسي للشغل،
# الصندوق السعودي للتنمية، المعهد العربي للتخطيط)
_FIELD_BODIES = {
    normalise_word(w)
    for w in (
        "اتحاد نقابة جمعية رابطة منظمة هيئة مجلس صندوق معهد مركز بنك مصرف شركة وكالة مؤسسة جامعة اتحادية"
        " جبهة حزب حركة تجمع منتدى أكاديمية مرصد"
    ).split()
}


def _may_follow_body(model: Model, norm: str) -> bool:
    """Not a time word (للمرة) nor لل + a body word, the body's owner ("مكتب بغداد للقناة")."""
    return norm not in _NOT_A_COMPLEMENT and not (norm.startswith("لل") and norm[2:] in model.org_triggers)


def _no_place(model: Model, norms: list[str]) -> bool:
    """A word the tagger may take for a place and that names none: a nationality or quality
    (باكستانية، عربي، وطني) or a kind of place (بلدية)."""
    return len(norms) == 1 and (
        "ال" + norms[0] in model.demonyms
        or _quality(norms[0])
        or norms[0] in _PLACE_WORDS
        or norms[0] in _GENERIC_ADJECTIVES
    )


_GENERIC_ADJECTIVES = {normalise_word(w) for w in "عربي وطني سياسي دولي محلي أمني إسلامي بلدية عربية وطنية".split()}


def _quality(norm: str) -> bool:
    """An indefinite feminine relational adjective (أسترالية، هندسية، شعبوية): "شركة هندسية" is an
    engineering company, not one named so."""
    return len(norm) >= 5 and norm.endswith("يه") and not norm.startswith("ال")


# heads whose second complement after و is a second chamber: مجلس العموم واللوردات
_CHAMBER_HEADS = {normalise_word(w) for w in ("مجلس",)}


def _second_complement(model: Model, norms: list[str], i: int) -> bool:
    """``norms[i + 2]`` is a second complement of the head ``norms[i]``: مجلس العموم واللوردات."""
    w = norms[i + 2]
    return (
        w.startswith("وال")
        and len(w) > 4
        and w[1:] not in model.org_head  # "الجيش الإسرائيلي والقوات التركية": a body of its own
        and not _nisba(norms[i + 1])  # "الجيش المصري والرئيس": not a second complement
    )


def _news_addition_ok(model: Model, words: list[str], i: int, j: int, ty: str) -> bool:
    """A name the news tagger adds is no kind of thing (لجنة العمل السياسي، صندوق التحوط), does not
    start with a person's title (الرئيسة الوطنية للجنة), is no nationality (العراقية), no party's
    convention and no lone word for a kind of body (المجلس، الفريق) other than a legislature."""
    norms = [normalise_word(w) for w in words[i:j]]
    stems = [split_proclitic(n)[1] for n in norms]
    if len(norms) >= 2 and ((norms[0], norms[1]) in model.not_a_body or (stems[0], norms[1]) in model.not_a_body):
        return False
    if norms[0] in model.person_triggers or stems[0] in model.person_triggers:
        return False
    if any(
        stems[0].endswith(suffix)
        and not (suffix == "ه" and words[i].endswith("ة"))  # (مؤسسة: ta marbuta, no pronoun)
        and {stems[0][: -len(suffix)], "ال" + stems[0][: -len(suffix)]} & model.person_triggers
        for suffix in ("ها", "هم", "ه")
    ):
        return False  # "شركة X ومديرها العام": the body's own title-holder, his title with its pronoun
    if (
        ty == "LOC"
        and len(norms) == 1
        and {norms[0], stems[0], "ال" + stems[0]} & model.demonyms
        and "ال" + stems[0].removeprefix("ال") not in _COUNTRY_ADJECTIVES
    ):
        return False  # العراقية (الناصرية and السلطنة العثمانية are places, السعودية a country)
    if _bare_head(stems[0]) == "موتمر" and any("حزب" in (_bare_head(n), s) for n, s in zip(norms[1:], stems[1:], strict=True)):
        return False  # "المؤتمر الوطني للحزب الجمهوري": a party's convention is an event
    if norms[0] in model.org_descriptors or stems[0] in model.org_descriptors:
        return False  # "التابعة لتنظيم القاعدة": what describes a body is not its name
    if (
        len(norms) == 2
        and (norms[0] in model.org_triggers or stems[0] in model.org_triggers)
        and not norms[1].startswith("ال")
        and ("ال" + norms[1] in model.demonyms or _quality(norms[1]))
    ):
        return False  # "صحيفة إسرائيلية", "محكمة باكستانية": a kind of body described, not named
    if any(w in _FUNCTION_WORDS for w in words[i:j]):
        return False  # "الخارجية البيروفية إن الدفاع البيروفية": two names and the particle between
    lil = norms[0][1:] if norms[0].startswith("لل") else ""  # للجنة = لـ + لجنة
    if len(norms) >= 2 and (norms[0] in model.org_head or stems[0] in model.org_head or lil in model.org_head):
        # a head noun and its words, where the org-head rule reads further: "المركز الوطني لمراقبة
        # الإرهاب" (a لـ complement after it), not "الحكومة الطلب" (a definite head takes adjectives)
        after = normalise_word(words[j]) if j < len(words) else ""
        then = normalise_word(words[j + 1]) if j + 1 < len(words) else ""
        if (
            after.startswith("ل")
            and not after.startswith("لل")
            and len(after) >= 5
            and words[j] not in _FUNCTION_WORDS
            and then.startswith("ال")
        ) or after in _FOR_CANDIDATE:
            return False  # … and "اللجنة المالية لدعم فلان" (a committee for a candidate)
        if (
            norms[0].startswith("ال")
            and norms[1].startswith("ال")
            and not _adjective_like(norms[1])
            and norms[1] not in model.org_descriptors  # الحزب الحاكم
        ):
            return False
    if _bare_head(norms[0]) in _MINISTRY_FIELDS and i > 0 and _field_word(normalise_word(words[i - 1])):
        return False  # "صناعة الدفاع الروسية", "السياسة الخارجية": a field, not its ministry
    if (
        ty == "ORG"
        and len(norms) == 1
        and not norms[0].startswith(_DEFINITE)
        and not _name_like(model, norms[0], words[i], strict=True)
    ):
        return False  # "أرشيف", "ليتر", "آمل": a common word alone (a rare one may be a name: أونروا)
    bare = _bare_head(norms[0])
    # "وولاية" is و + ولاية (split_proclitic reads و + و + لاية)
    bares = {bare, *(_bare_head(f) for f in _forms(norms[0], stems[0])[1:])}
    if len(norms) == 1 and any(b in _PLACE_WORDS or "ال" + b in model.natural_place for b in bares):
        return False  # "مدينة", "جمهورية": a kind of place
    if len(norms) == 1 and "ال" + bare not in _LEGISLATURE:
        if any(b in model.org_triggers or b in model.org_head for b in bares) or norms[0] in model.org_head:
            return False  # "أعضاء الفريق", "المجلس", "اللجنة": a kind of body, named by the context
    return True


# a country named by its adjective
_COUNTRY_ADJECTIVES = {normalise_word(w) for w in ("السعودية",)}
# words for a kind of place, never a place's name alone
_PLACE_WORDS = {normalise_word(w) for w in "مدينة جمهورية ولاية دولة محافظة بلدة قرية منطقة إقليم عاصمة مملكة".split()}
# the one body of its kind in a country, named so in the news of that country (69 of the 100 annotated
# articles where it stands alone list "البرلمان" as a name)
_LEGISLATURE = {normalise_word(w) for w in ("البرلمان", "الكونغرس", "الكونجرس", "الكنيست")}


def _bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    i = 0
    while i < len(tags):
        t = tags[i]
        if t == "O":
            i += 1
            continue
        ty = t[2:]
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + ty:
            j += 1
        spans.append((i, j, ty))
        i = j
    return spans


def _clitic_cut(model: Model, word: str, doc_words: set[str]) -> int:
    """How many leading characters of ``word`` are particles, not part of the name (0 = none).

    A particle is cut only with evidence that the rest is the name: the rest (or ال + rest after لل)
    occurs on its own in the same text, or the whole word is unknown to the raw news while the rest is
    a known word or name. So لكامالا → كامالا, but فانس, بلير, وول stay whole.
    """
    if word.endswith("ـ") and len(word.rstrip("ـ")) <= 2:
        return len(word)
    norm = normalise_word(word)
    pre, rest = split_proclitic(norm)
    if not pre or norm in model.org_head:
        return 0  # وكالة is a body's head noun, not و + كالة
    if norm[:1] in ("و", "ف") and (norm[1:] in model.org_head or norm[1:] in model.org_triggers):
        return 1  # وبنك is و + بنك (split_proclitic reads و + ب + نك)
    for k in range(1, len(pre)):
        if norm[k:] in doc_words and not pre.endswith("لل"):
            # "لبالادور" after "إدوارد بالادور": the shortest cut whose rest the text uses alone
            return k + (1 if word[k : k + 1] == "ـ" else 0)
    # a shorter cut that leaves a word the news uses often beats the longest one: وبكين is و + بكين
    bare = max(
        (i_.freq for i_ in (model.lexicon.get(norm[len(pre) :]), model.lexicon.get("ال" + norm[len(pre) :])) if i_ is not None),
        default=-1,
    )
    for k in range(1, len(pre)):
        info = model.lexicon.get(norm[k:])
        if info is not None and info.freq >= 8 and info.freq > bare and not norm[k:].startswith("لل"):
            return k + (1 if word[k : k + 1] == "ـ" else 0)
    # the longest particle split is blind: وبليك is و + بليك (a listed name), not وب + ليك
    for k in range(1, len(pre)):
        info = model.lexicon.get(norm[k:])
        if info is not None and info.gaz == "PP":
            pre, rest = norm[:k], norm[k:]
            break
    whole = model.lexicon.get(norm)
    if len(rest) <= 2 and whole is not None and whole.gaz == "PP" and not word[len(pre) :].startswith(("أ", "إ", "آ")):
        # "وليد" is the name وليد, not و + ل + يد ("يد" in the same text says nothing), "بان كي مون" is Ban;
        # but بأن، فإن، لآل are particles before أن، إن، آل
        return 0
    cut = len(pre)
    if word[cut : cut + 1] == "ـ":
        cut += 1
    if pre.endswith("لل") and len(rest) >= 2:
        if norm[1:] in model.org_head and word[:1] == "ل":
            return 1  # للجنة = لـ + لجنة: the name keeps its own ل
        own = model.lexicon.get(norm[len(pre) - 1 :])
        if own is not None and own.freq >= 3 and model.lexicon.get("ال" + rest) is None:
            return len(pre) - 1 + (1 if word[len(pre) - 1 : len(pre)] == "ـ" else 0)  # للبنان = لـ + لبنان
        return cut
    alt = "ال" + rest if pre.endswith("لل") else rest
    if rest in doc_words or alt in doc_words:
        return cut
    if pre.endswith("ك"):
        # ك ("as, like") before a name is rare and names starting with ك are many (كيكل is not
        # ك + يكل): without the bare form in the text, only a particle before the ك is cut
        return len(pre) - 1
    if rest in model.org_head or rest in model.org_triggers or rest in model.person_triggers:
        return cut  # لمجلس الشيوخ, لشركة
    whole = model.lexicon.get(norm)
    part = model.lexicon.get(rest)
    if whole is not None and whole.gaz and whole.freq >= 3:
        return 0  # a listed name in its own right: برايان, فانس
    if whole is not None and part is not None and part.gaz == "PP" and part.freq >= whole.freq + 2:
        return cut
    if rest.startswith("ال") and part is not None and (whole is None or part.freq >= whole.freq + 2):
        return cut
    if whole is None and part is not None and (part.gaz or part.freq >= 6):
        return cut
    # The particle form is rarer and used like the bare form (same embedding cluster): لهيلاري ~ هيلاري,
    # but فانس is not used like انس.
    if (
        whole is not None
        and part is not None
        and part.freq >= whole.freq + 2
        and whole.clusters
        and part.clusters
        and (whole.clusters[1] == part.clusters[1] or whole.clusters[2] == part.clusters[2])
    ):
        return cut
    return 0


# a hashtag's mark and the underscores between its words ("وليد #الطبطبائي", "#صفاء_الهاشم")
_HASHTAG_MARK = re.compile(r"#(?=[\u0621-\u064a])")
_HASHTAG_JOIN = re.compile(r"(?<=[\u0621-\u064a])_(?=[\u0621-\u064a])")


def _hashtag_view(text: str) -> str:
    """The text as the taggers read it, of the same length: a hashtag's # becomes a tatweel, which
    the word keeps and normalising drops ("#الطبطبائي" is read الطبطبائي, still one word with the name
    before it), and the underscores between its words become spaces ("صفاء الهاشم"). Offsets are the
    original text's; the mention keeps the characters as written."""
    if "#" not in text and "_" not in text:
        return text
    return _HASHTAG_JOIN.sub(" ", _HASHTAG_MARK.sub("ـ", text))


def recognise(text: str) -> list[Span]:
    """Named entities in ``text`` (PERSON, ORG, GPE, LOC, MISC) with offsets into ``text``.

    >>> [(s.text, s.label) for s in recognise("قال السناتور جو مانشين إن شركة غوغل دفعت")]  # doctest: +SKIP
    [('جو مانشين', 'PERSON'), ('غوغل', 'ORG')]
    """
    model = load_model()
    tokens = tokenize(_hashtag_view(text))
    if not tokens:
        return []
    words = [t.text.lstrip("ـ") or t.text for t in tokens]
    norms = [normalise_word(w) for w in words]
    tags = _tag_sentences(model, words, _sentences(text, tokens))
    _join_lone_names(model, tokens, tags)
    found: list[tuple[int, int, str, str]] = []
    joined_until = -1
    tagged = _split_at_and(model, words, _bio_spans(tags))
    # hyphenated names written whole after a first name: their halves join when written alone too
    # ("ميغيل دياز-كانيل" … "واختير دياز-كانيل")
    pairs = {
        (norms[j - 1], norms[j + 1])
        for i, j, ty in tagged
        if LABELS[ty] == "PERSON" and j - i >= 2 and _hyphen_joins(model, tokens, words, norms, j)
    }
    starts = {i: j for i, j, _ in tagged}
    for i, j, ty in tagged:
        if i < joined_until:
            i = joined_until  # the rest of a span whose first word a hyphenated name took
            while i < j and (
                _plain_word(model, norms[i])
                or _trailing_verb(model, words[i], norms[i])
                or not _gaz(model, norms[i]).startswith("P")
            ):
                i += 1  # ("كيم جونغ-أون شكر مون …", "حداد-ناصر شنقت": not the verb after the name)
            if i >= j:
                continue
        # punctuation is never the edge of a name: "حزب “" is "حزب"
        while i < j and _PUNCT_TOKEN.match(words[i]):
            i += 1
        while j > i and _PUNCT_TOKEN.match(words[j - 1]):
            j -= 1
        tail = i + 1
        while tail < j and _bare_person_word(model, norms[tail], words[tail]):
            tail += 1
        if (
            LABELS[ty] == "ORG"
            and tail - i >= 3
            and all(_plain_word(model, norms[k]) for k in range(tail, j))
            and norms[i].startswith("ال")
            and _plain_word(model, norms[i])
            and not any(h in model.org_head or h in model.org_triggers for h in (norms[i], norms[i].removeprefix("ال")))
        ):
            # "وحقوق الإنسان فيليب ألستون تقريرا": the end of a title's field, a person's name, and the
            # verb's object after it
            found.append((i + 1, tail, "PERSON", "rule:person-after-field"))
            continue
        split_at = _person_after_described_body(model, words, norms, i, j) if LABELS[ty] == "ORG" else None
        if split_at is not None:
            # "المندوب السعودي لدى المنظمة الدولية عبد الله المعلمي": a body described by its head and
            # adjectives, then the name of the person who holds the post
            found.append((i, split_at, "ORG", "rule:person-after-described-body"))
            found.append((split_at, j, "PERSON", "rule:person-after-described-body"))
            continue
        if LABELS[ty] == "PERSON" and j - i >= 2 and norms[i] in _FOLLOWERS and norms[i + 1] != "الله":
            i += 1  # "ويخشى أنصار الصدر": his supporters, not part of his name (أنصار الله is a body)
        opening = next((k for k in range(i + 1, j) if words[k] in ("«", "“")), None)
        if opening is not None and opening - i <= 2:
            i = opening + 1  # "حزب «المستقبل" tagged whole: the name is what the quotes hold (rules type it)
        while (
            LABELS[ty] == "PERSON"
            # "كيم جونغ-أون"; not a ticket of two surnames ("ترامب-فانس")
            and (j - i >= 2 or (j + 1 < len(words) and (norms[j - 1], norms[j + 1]) in pairs))
            and _hyphen_joins(model, tokens, words, norms, j)
            # not the first name of a second person ("سامي فرح-كريم ناصر": two listed names after the dash)
            and not (
                j + 3 <= starts.get(j + 1, 0) <= j + 4  # a full name of two or three words
                and _gaz(model, norms[j + 1]).startswith("P")
                and _gaz(model, norms[j + 2]).startswith("P")
            )
        ):
            j += 2  # "تشونغ يوي-يونغ", "ميغيل دياز-كانيل": a given name or a double surname
            joined_until = j
        if LABELS[ty] == "PERSON" and j - i >= 2 and (_trailing_verb(model, words[j - 1], norms[j - 1]) or words[j - 1] in _SAW_VERBS):
            j -= 1  # "الملك سلمان أودع", "ترامب تآمروا": the verb after the name is not part of it
        if (
            LABELS[ty] == "ORG"
            and j - i >= 3
            and (
                (_PRESENT_SHAPE.match(words[j - 1]) and _trailing_verb(model, words[j - 1], norms[j - 1]))
                # a dual or plural the news rarely writes: its singular (يحاصر) is a plain word
                or _plural_present(model, words[j - 1], norms[j - 1])
            )
        ):
            j -= 1  # "والجيش السوري الحر يحاصران": a present verb after a body is its predicate
        while (
            j - i >= 2
            and norms[j - 1] in _NEVER_ENDS_ANY_NAME
            # (كي، لكي only before a verb: "جون كي" is John Key)
            and (norms[j - 1] not in _SO_THAT or (j < len(words) and (words[j][:1] in ("ي", "ت", "ن", "أ") or words[j] == "لا")))
        ):
            j -= 1  # "ضغط على بدوي كي يتنحى", "سواء تصرف مجلس الأمن أم لا": a particle after the name
        if LABELS[ty] == "PERSON" and j - i >= 2 and norms[j - 1] in _NEVER_ENDS_A_NAME:
            j -= 1  # "دفاع ساركوزي فإن", "مساعدي ساركوزي السابقين": a particle or the adjective of a noun before
        if LABELS[ty] in ("PERSON", "ORG") and j - i >= 2 and words[j - 1].endswith(("اً", "ًا")):
            j -= 1  # "يقف فلان مالياً خلف لائحة": an adverb with its tanween written, no part of a name
        if LABELS[ty] == "PERSON" and i > 0 and _ali_before(words, i) and (
            not (j < len(norms) and norms[j] == "ان") or _after_cleric(words, i - 1)
        ):
            i -= 1  # "، وعلي محمد قانصو": the first name علي, which the tagger reads as the preposition على
        if (
            LABELS[ty] == "PERSON"
            and i > 0
            and norms[i - 1].startswith("عبد")
            and len(norms[i - 1]) >= 6
            and tags[i - 1] == "O"
            and tokens[i].start - tokens[i - 1].end == 1
        ):
            i -= 1  # "عبدربه منصور هادي": a compound first name in one word the tagger left out
        if (
            LABELS[ty] == "PERSON"
            and j < len(words)
            and words[j] == "علي"
            and j - i == 1  # a first name alone (not "سامح شكري علي", على spelt with ي after a full name)
            and j not in starts
            and j + 1 not in starts  # (not "حسن روحاني علي أكبر ولايتي")
            and not _after_cleric(words, j)  # ("آية الله علي خامنئي": the title's rule takes it)
            # (not "أكد أحمد علي أن" with على spelt so, nor "على الفور"; "وقال محمد علي إن" is a name)
            and (j + 1 == len(norms) or not (norms[j + 1].startswith("ال") or words[j + 1] in ("أن", "أنه", "أنها", "ان")))
            and _gaz(model, norms[j - 1]).startswith("P")
        ):
            j += 1  # "محمد علي إن …": the name علي, spelt with ي, after a first name (not "على أن", "على الفور")
        if (
            LABELS[ty] == "PERSON"
            and j + 1 < len(norms)
            and j - i == 1  # a first name alone before it (not "استقبل فايز السراج صنع الله")
            and norms[j] in _THEOPHORIC_SURNAME
            and norms[j + 1] == "الله"
            and j not in starts  # (not "استقبل السيسي عبد الله الثاني", two people)
        ):
            j += 2  # "مصطفى صنع الله": a surname of a word and God's name
            joined_until = j

        if LABELS[ty] == "GPE" and j - i == 1 and {norms[i], split_proclitic(norms[i])[1]} & _PLACE_HEADS:
            continue  # "وولاية" tagged alone before "كاليفورنيا": a head word names no place
        if i < j:
            found.extend(_split_scripts(words, norms, model, i, j, LABELS[ty]))
    found = _apply_rules(model, tokens, norms, found)
    found = _spokesperson_named(model, tokens, norms, found)
    found = _named_after_a_person(model, tokens, norms, found)
    found = _document_consistency(model, tokens, norms, found)
    found = _complete_from_document(tokens, norms, found)
    found = _person_after_nationality(model, tokens, norms, found)
    found = _definite_surname_after(model, tokens, norms, found)
    found = _corpus_names(model, norms, found)
    found = _known_orgs(model, norms, found)
    found = _company_whole(tokens, norms, found)
    found = _ministry_whole(model, tokens, norms, found)
    found = _dual_places(model, norms, found)
    found = _place_before_person(model, norms, found)
    found = _state_before_person(model, norms, found)
    found = _verb_before_name(norms, found)
    found = _named_holder(model, norms, found)
    found = _no_keeper_titles(norms, found)
    found = _no_title_before_holder(norms, found)
    found = _led_by_holder(model, norms, found)
    found = _head_of_office_named(model, norms, found)
    found = _no_future_verbs(model, norms, found)
    found = _state_television(model, norms, found)
    found = _purpose_tail(model, tokens, norms, found)
    found = _quoted_complement(tokens, norms, found)
    found = [_credit(text, tokens, span) for span in found]
    found = _surname_spoken_alone(model, text, words, norms, found)
    doc_words = set(norms)
    spans: list[Span] = []
    # first names of people named in full ("تركي آل الشيخ"): alone they are the person, not a nationality
    full_firsts = {
        norms[a]
        for a, b, lab, _ in found
        # (not "كردي سوري", nationalities only)
        if lab == "PERSON" and b - a >= 2 and not all(norms[t] in model.demonyms or "ال" + norms[t] in model.demonyms for t in range(a, b))
    }
    forced_cut: dict[int, int] = {}  # token → the particle letters a rule found on it
    named = {t for a, b, _, _ in found for t in range(a, b)}
    for i, j, label, source in found:
        if source in ("rule:org-split", "rule:place-split") and words[i][:1] == "و":
            forced_cut[i] = 1  # "أرامكو وأكوا باور": the second body without its و
        if source == "rule:person-after-nationality":
            forced_cut[i] = 0  # "فينفريد" after a body's adjective: its first letter is the name's
        if label in ("ORG", "PERSON") and j - i >= 2 and norms[j - 1] in model.place_suffix:
            label, source = "GPE", "rule:place-suffix"  # بلومفيلد هيلز، بالم بيتش: an English town ending
        if label == "GPE" and any(norms[k] in model.natural_place for k in range(i, j)):
            label = "LOC"
        compass = _compass_word(norms, i) if label == "GPE" and j - i == 1 and i > 0 else None
        if compass is not None and tokens[i].start - tokens[i - 1].end <= 1:
            # "جنوب أفريقيا", "جنوب السودان", "قطاع غزة" are places of their own, not Africa, Sudan, Gaza;
            # an attached و/ب/ل is cut off ("وشمال سيناء", which _clitic_cut keeps for the name شمال)
            i -= 1
            forced_cut[i] = compass
        if label == "ORG" and not source.startswith("rule:quoted") and source != "rule:known-org":
            # what the writer put in quotes is the name as written; #الاتحاد_الأوروبي is one word; a
            # well-known name is whole (السلطة الفلسطينية, العين الإماراتي)
            e = _org_end(model, norms, i, j)
            if e < j and tokens[e].start > tokens[e - 1].end:
                j = e
        if label == "ORG" and j - i >= 2:
            j = _people_nationality(model, norms, i, j, named)
        if (
            label == "ORG"
            and j - i >= 2
            and norms[j - 1] in _FROM_COMPLEMENTS
            and j + 1 < len(norms)
            and norms[j] == "من"
            and norms[j + 1].startswith("ال")
            and j not in named
            and j + 1 not in named
        ):
            # "الهيئة الوطنية للوقاية من التعذيب": what the body guards against is part of its name
            j += 2
        if (
            label == "PERSON"
            and j - i >= 2
            and norms[j - 1].endswith(("ها", "هم", "هما"))
            and len(norms[j - 1]) >= 5
            and _plain_word(model, norms[j - 1])
        ):
            j -= 1  # "وصف ترامب مزاعمها": a noun with a possessive suffix is the verb's object

        if (
            label == "PERSON"
            and j - i >= 2
            and norms[j - 1].startswith("و")
            and norms[j - 1].endswith("ه")
            and len(norms[j - 1]) >= 5
            and _plain_word(model, norms[j - 1][1:])
        ):
            j -= 1  # "المهندس موسى مصطفى ورمزه (الطائرة)": and his symbol, no part of his name
        if (
            label == "PERSON"
            and j - i >= 3  # (a first name in ى before a surname stays: ضحى الموسوي)
            and norms[i + 1] not in NASAB
            and norms[i + 1] != "عبد"
            and words[i].endswith("ى")
            and _SHORT_PAST.match(norms[i][1:] if norms[i][:1] in ("و", "ف") and len(norms[i]) == 4 else norms[i])
            and _plain_word(model, norms[i][-3:])
            and model.lexicon.get(norms[i][-3:], _NO_INFO).freq >= 3
        ):
            i += 1  # "فرأى الحريري", "وسبق أن رعى ولد الشيخ": a past verb before the name
        while (
            label == "ORG"
            and j - i >= 3
            and norms[j - 1] in _BODY_DESCRIPTORS
            # a body with a name of its own (بوديموس، إريتريا), not one named by its words (مكتب الاتصال الحكومي)
            and any(not norms[t].startswith("ال") for t in range(i + 1, j - 1))
        ):
            j -= 1  # "حزب بوديموس اليساري الراديكالي"، "تلفزيون إريتريا الحكومي": what the body is like
        if label == "ORG" and j - i == 2 and norms[i].startswith("ال") and norms[j - 1] in _BODY_DESCRIPTORS:
            continue  # "الائتلاف الحكومي"، "التيار الشعبوي": a kind of body, no name
        if (
            j - i == 1
            and norms[i] in _SPELT_LETTERS
            and _DESIGNATION_NUMBER.match(text, tokens[i].end) is not None
        ):
            continue  # "منظومة إس-300"، "طائرات إف-35": a weapon's designation, no place or name
        if label == "PERSON" and norms[i].lstrip("وب") == "حسن" and j - i >= 2 and norms[i + 1] in _GOOD_THINGS:
            continue  # "بحسن نية"، "حسن سير العمل": good faith, the proper running of, no man named حسن
        if label == "PERSON" and j - i >= 2 and words[i].lstrip("وف") in _SAW_VERBS:
            i += 1  # "وفي هذا السياق رأى كيينزنغر أن …": the verb, with its hamza and ى (the name is راي)
        if label == "GPE" and j - i >= 2 and _PRESENT_SHAPE.match(words[i]) and not _gaz(model, norms[i]) and _conjugated(model, norms[i]) and model.lexicon.get(norms[i + 1], _NO_INFO).freq >= 8:
            i += 1  # "ما تخفيه إيران ستجده إسرائيل": a verb before the place
        if label == "ORG" and j - i >= 2 and norms[i] == "باسم":
            i += 1  # "متحدث باسم فصيل فيلق الرحمن": on behalf of, no part of the name
        if (
            label == "PERSON"
            and j - i >= 2
            and len(norms[j - 1]) == 4
            and norms[j - 1].endswith("ت")
            and not _gaz(model, norms[j - 1])
            and _plain_word(model, norms[j - 1])
            and model.lexicon.get(norms[j - 1], _NO_INFO).freq >= 5
            and model.lexicon.get(norms[j - 1][:-1], _NO_INFO).freq >= 5
        ):
            j -= 1  # "محمد عبدالسلام زارت": a past verb in the feminine (زار → زارت) is no surname
        if label == "PERSON" and (
            (j - i >= 2 and norms[j - 1].startswith("لل"))
            # "تواضروس الثاني بابا الإسكندرية" (not "عبد الله بابا إن": a surname)
            or (j - i >= 3 and norms[j - 1] in _TRAILING_TITLES and j < len(norms) and norms[j].startswith("ال"))
            # "وليد الابراهيم مالك شبكة "إم بي سي"": the owner of a body named by its kind (not "عبد
            # الله مالك": a surname)
            or (j - i >= 3 and norms[j - 1] in _OWNER and j < len(norms) and norms[j] in _OWNED_KINDS)
        ):
            j -= 1  # "زيارة الأمير محمد للكاتدرائية", "تواضروس الثاني بابا الإسكندرية": no part of the name
        if label == "ORG" and j - i == 2 and norms[i] in _OWNER and norms[i + 1] in _OWNED_KINDS:
            continue  # "مالك شركة "المملكة القابضة"": the owner's title and the body's kind, no name
        quoted_or_initials = (
            (i > 0 and tokens[i - 1].text in _QUOTES)
            or any(tokens[t].text == "." for t in range(i, j))
            # (initials are two spelt letters or more: "أرامكو أي تفاصيل" ends in the word أي)
            or sum(
                normalise_word(words[t]) in _SPELT_LETTERS | {"ان"}
                or (words[t] == "في" and t > i and normalise_word(words[t - 1]) == "تي")  # تي في (TV)
                for t in range(i, j)
            )
            >= 2
        )
        while (
            label == "ORG"
            and j - i >= 2
            and words[j - 1] in _FUNCTION_WORDS
            and not quoted_or_initials  # (not سي إن إن، "لينكد إن")
        ):
            j -= 1  # "أمام المجلس الوطني الفلسطيني أن": a particle ends no name
        while j - i >= 2 and _BARE_PROCLITIC.fullmatch(words[j - 1]):
            j -= 1  # "محمد الطرابلسي بالـ"إيجابية"": a proclitic written apart with its tatweel is no name's
        if label == "ORG" and j - i >= 3:
            # "الجيش العربي السوري بدحر القوى": a بـ-word after the body's adjective says what it does
            j = next(
                (
                    k
                    for k in range(i + 2, j)
                    if norms[k].startswith("ب")
                    and norms[k - 1].startswith("ال")
                    and norms[k - 1].endswith(("ي", "يه"))
                    and norms[k - 1] not in _CONCERNED_WITH  # "اللجنة المعنية بمراقبة …" is a name
                    and not ({"ال" + norms[k][3:], norms[k][1:]} & model.org_head)
                ),
                j,
            )
        # a title is not part of the name: "السناتور جو مانشين" → "جو مانشين"
        titled = False
        while label == "PERSON" and j - i >= 2 and _title_word(model, norms[i]):
            i += 1
            titled = True
        if (
            label == "PERSON"
            and i > 0
            and norms[i - 1] in _A_MAN
            and "ال" + norms[i] in model.demonyms
        ):
            continue  # "بحوزة رجل باكستاني خفي": a man described, no name
        while label == "PERSON" and j - i >= 2 and _DEFINITE_NISBA_PLURAL.match(norms[j - 1]):
            j -= 1  # "أحد مستشاري ترامب القانونيين": a plural adjective describes those before the name
        if (
            label in ("GPE", "LOC")
            and j - i == 1
            and "ال" + norms[i] in model.demonyms
            and norms[i] not in _COUNTRY_AS_DEMONYM
        ):
            continue  # "تواطؤ روسي"، "شركة باكستانية": an adjective of nationality, no place
        if label in ("GPE", "LOC") and j - i == 1 and _nationals(model, norms, i, named):
            continue  # "مقتل 20 جنديا إيرانيا"، "يركبها فلبينيون": people of a nationality, no place
        if label in ("GPE", "LOC") and j - i == 1 and split_proclitic(norms[i])[1] in model.org_triggers:
            continue  # 'لشبكة "فيسبوك"': the kind of body before its quoted name, no place
        while label == "PERSON" and j - i >= 2 and norms[i] in model.demonyms:
            i += 1  # "التقى الكردي صلاح الدين دميرطاش": a nationality before the name describes him
        if (
            label == "PERSON"
            and j - i == 1
            and (norms[i] in model.demonyms or "ال" + norms[i] in model.demonyms)
            and (titled or norms[i] not in full_firsts)
        ):
            continue  # "جنرال روسي متقاعد"، "القيادي السوري الكردي" name no one (a man named تركي does)
        if label == "PERSON" and j - i >= 2 and words[j - 1].startswith("لـ"):
            j -= 1  # "وقالت بيشور لـCNN": what follows لـ is whom she said it to
            if j - i == 1 and "ال" + norms[i] in model.demonyms:
                continue  # "وقال مسؤول سوري لـCNN": a nationality, no name
        if (
            label == "PERSON"
            and j - i >= 3
            and "ال" + norms[i] in model.demonyms
            and i > 0
            and norms[i - 1] in _ORIGIN_OF
        ):
            i += 1  # "من أصل سوري طارق العيسمي": his origin, then his name (تركي آل الشيخ is a name)
        if label == "PERSON" and j - i >= 3 and norms[i] == "الدين" and i > 0 and norms[i - 1] in _A_MAN:
            i += 1  # "رجل الدين مقتدى الصدر": the cleric
        if (
            label == "PERSON"
            and j - i >= 4
            and norms[i] in _HEAD_OF
            and _gaz(model, norms[i + 1]) != "PP"
            and _gaz(model, norms[i + 2]) == "PP"
        ):
            # "حاكم فلوريدا ريك سكوت": the title and the place it heads come before the name
            i += 2
        if label == "PERSON" and norms[i] in _PRONOUN:
            # "…أنا أؤيد جوف": a first- or second-person pronoun and the verb after it are no name
            i += 1
            while i < j - 1 and _plain_word(model, norms[i]):
                i += 1
            if i == j:
                continue
        if (
            label == "PERSON"
            and j - i == 1
            and len(norms[i]) <= 3
            and norms[i][:1] in ("و", "ف")
            and not _gaz(model, norms[i]).startswith("P")
        ):
            continue  # "وقال واشٍ": و and two letters left is no name (وو، فهد, listed names, stay)
        cleric = False
        if label == "PERSON" and j - i >= 2 and norms[i] in ("ايه", "اية") and norms[i + 1] == "الله":
            i += 2  # "آية الله علي السيستاني": a cleric's title
            while i < j and norms[i] in _CLERIC_AFTER:
                i += 1  # "آية الله العظمى السيد علي السيستاني"
            cleric = True
            if i >= j:
                while j < len(words) and norms[j] in _CLERIC_AFTER:
                    j += 1
                # the title alone tagged: the name is what follows it ("آية الله علي خامنئي")
                k = j + 2 if j + 1 < len(words) and words[j] in ("علي", "على") else j + 1
                if k > len(words) or j in named or k - 1 in named or any(
                    words[t] in _FUNCTION_WORDS or not _ARABIC_WORD.match(words[t]) for t in range(j + (k - j - 1), k)
                ):
                    continue
                i, j = j, k
        if (
            label == "PERSON"
            and j - i == 2
            and "ال" + norms[j - 1] in model.demonyms
            and (
                (_plain_word(model, split_proclitic(norms[i])[1] or norms[i]) and not _gaz(model, norms[i]).startswith("P"))
                or norms[i] in ("لاب", "لام", "وام", "واب", "بام")  # (أب، أم: names on the lists)
            )
        ):
            continue  # "المولود لأب كيني", "مواطن سوري": a common noun and a nationality, no name
        if (
            label == "PERSON"
            and j - i >= 2
            and all(norms[t].endswith("ان") and len(norms[t]) >= 5 for t in range(i, j))  # (not دان تيهان)
            # (not a first name the lists hold: سلمان رمضان، شعبان عثمان)
            and not _gaz(model, norms[i]).startswith("P")
            and _plain_word(model, norms[i][:-2])
            and model.lexicon.get(norms[i][:-2], _NO_INFO).freq >= 8
        ):
            continue  # "وقال مصدران مطلعان": two sources, a dual noun and its adjective
        if j - i == 1 and norms[i] in ("بالعربيه", "بالعربي", "بالانجليزيه", "بالفرنسيه"):
            continue  # "لموقع CNN بالعربية": in Arabic, not the channel العربية
        if label == "PERSON" and j - i == 1 and (_title_word(model, norms[i]) or norms[i] in _A_MAN):
            continue  # "سمو الشيخ" alone names no one, nor "رجل" of "رجل الأعمال"
        if (
            label == "ORG"
            and i >= 2
            and words[i - 1] in ('"', "«", "“")
            and norms[i - 2] == "ب"
            and any(_describing(norms[t]) for t in range(max(0, i - 9), i - 2))
        ):
            continue  # 'وصف حزبي البديل وآفاق بـ "مكاتب دراسات فاشلة"': what they were called, no body
        if label == "PERSON" and words[i] in ("ضيف", "ضيفة") and not (j - i >= 2 and words[i + 1] == "الله"):
            continue  # "فلان ضيف بوليتيكا": the guest of a programme, no name (but ضيف الله is one)
        if label == "PERSON" and j - i == 1 and norms[i] in ("ابن", "بن", "بنت"):
            continue  # "ابن أبيه": a son, no name
        if j - i == 1 and source == "model" and _lone_dual_or_verb(model, words[i], norms[i]):
            continue  # "قناتا تلفزيون"، "ولايتي جنوب كردفان"، "سيتحول"، "يقودان": a dual or a verb, no name
        if label == "PERSON" and j - i == 1 and source == "model" and _plural_of_common_word(model, norms[i]):
            continue  # "وقال منظمون إن الأمسية …": people of a kind, no one named
        if (
            label == "PERSON"
            and source == "model"
            and j - i == 1
            and j < len(norms)
            and norms[j].startswith("ال")
            and norms[j] not in model.org_head_stop  # (a day: "قال عون الخميس")
            and _plain_word(model, norms[j])
            and not _gaz(model, norms[i])
            and _common_noun(model, norms[i])
        ):
            continue  # "ومهندس الاتفاق النووي": a common noun in construct with what follows, no name
        if label == "PERSON" and j - i == 1 and i > 0 and norms[i - 1] in _WHEN:
            continue  # "حينما نأى وزير العدل": a verb follows "when", not a name
        if label == "PERSON" and norms[i] == "باسم" and i > 0 and norms[i - 1] in _SPEAKS_FOR:
            # "المتحدث باسم رجل الأعمال": باسم is "on behalf of" after a spokesperson, not the name Basem
            i += 1
            if j - i < 1 or _plain_word(model, norms[i]):
                continue
        if (
            label == "PERSON"
            and j - i == 1
            and i > 0
            and norms[i - 1] in _A_MAN
            and model.lexicon.get(norms[i], _NO_INFO).freq >= 6
        ):
            continue  # "رجل صالح" is "a good man": after a bare رجل comes an adjective, not a name
        if all(words[k] in _FUNCTION_WORDS for k in range(i, j)):
            continue  # "وأشار إلى أن": particles are never a name
        if label in ("PERSON", "GPE") and j - i >= 2 and _body_named(norms, i, j, label):
            label = "ORG"  # "السلطة الوطنية الفلسطينية", "بنك الله أباد", "أكسيس بنك" name bodies
        if label == "ORG":
            # "رئيس المنتدى المصري للدراسات الاقتصادية وأستاذ الاقتصاد": و and a person's title start
            # what else the person is
            j = next((k for k in range(i + 1, j) if norms[k][:1] == "و" and norms[k][1:] in _TITLE_NOUNS), j)
        if (
            label == "ORG"
            and j - i >= 3
            and _MUFAALA.match(norms[j - 1])
            and not split_proclitic(norms[i])[1].endswith("ه")
            and norms[j - 2].startswith("ال")
        ):
            j -= 1  # "قرر مجلس الوزراء الموافقة على": a verbal noun after a masculine body is the verb's object
        if label == "ORG" and j - i >= 2:
            # "الاتحاد للطيران بين المقاصد الرئيسية": a particle inside ends the name
            j = next(
                (
                    k
                    for k in range(i + 1, j)
                    if words[k] in _ORG_INSIDE_STOPS
                    # a new clause starts after it ("رويترز إن الحكومة"): not in quotes or initials
                    # ("أوتروس دريمز إن أكسيون"، بي إن بي باريبا)
                    and not quoted_or_initials
                ),
                j,
            )
        if label == "ORG" and j - i >= 2:
            # "وزارة الداخلية وطالب"، "المجلس بدور"، "اللجنة بانفتاح ديمقراطي": a common word with و or
            # بـ after the body's definite last word starts the sentence's next part, no part of it
            k = next(
                (
                    k
                    for k in range(i + 1, j)
                    if norms[k][:1] in ("و", "ب")
                    and not norms[k].startswith(("وال", "بال"))
                    and norms[k - 1].startswith("ال")
                    and norms[k] not in model.lexicon
                    and _plain_word(model, split_proclitic(norms[k])[1])
                ),
                j,
            )
            j = k
        while label == "ORG" and j - i >= 3 and norms[j - 1] in _NO_COMPLEMENT:
            j -= 1  # "المجلس الوطني للبلاد", "المجلس النيابي للمرة": the country, a time, no part of a name
        if (
            label == "ORG"
            and j - i >= 3
            and split_proclitic(norms[i])[1].endswith("ه")
            and norms[j - 2].startswith("ال")
            and norms[j - 2].endswith("يه")
            and norms[j - 1].startswith("ال")
            and norms[j - 1].endswith("ي")
            and not words[j - 1].endswith("ى")  # "القيادة الأميركية الوسطى": ى is feminine
        ):
            j -= 1  # "لموقف الحكومة الكندية السلبي": a masculine adjective after the body's feminine one is another noun's
        trimmed = False
        while (
            label == "PERSON"
            and j - i >= 2
            and (words[i] in _FUNCTION_WORDS or words[i] in _WAS)
            and not (cleric or (words[i] == "على" and _after_cleric(words, i)))  # ("آية الله على خامنئي")
        ):
            i += 1  # "بين عامي 2001 و2013", "الرئيس كان على علم": a particle or كان does not start a name …
            trimmed = True
        while label == "PERSON" and j - i >= 2 and words[j - 1] in _FUNCTION_WORDS:
            j -= 1  # … nor ends one ("الوزير أي دليل على")
            trimmed = True
        if label == "PERSON" and j - i >= 2 and norms[j - 1] in _DEFINITE_TITLES:
            j -= 1  # "ويقبع دميرتاش الزعيم السابق لحزب …": his title after the name
            trimmed = True
        if label == "PERSON" and j - i >= 2 and norms[i] == "الله" and (i == 0 or not norms[i - 1].startswith("عبد")):
            i += 1  # "آمل أن يفتح الله بابا له": God's name starts no person's name
            trimmed = True
        if (
            label == "PERSON"
            and j - i >= 2
            and _MASDAR_SHAPE.match(norms[i])
            and _common_edge(model, norms[i])
            and not _common_edge(model, norms[i + 1])
        ):
            i += 1  # "ويحتم ترشيح البشير": a verbal noun the news uses often, never as a name, starts none
            trimmed = True
        if label == "PERSON" and j - i >= 2 and j < len(words) and norms[j - 1] in _YEARS_WORDS and words[j][:1].isdigit():
            j -= 1  # "بحق البشير عامي 2009 و2010": the years after the name
            trimmed = True
        if (
            label == "PERSON"
            and j - i >= 2
            and norms[j - 1].endswith("يا")
            and _common_edge(model, norms[j - 1])
            and not _common_edge(model, norms[j - 2])
        ):
            j -= 1  # "وقال رود هاتفيا": nor does an adverb end one
            trimmed = True
        if label == "PERSON" and j - i >= 2:
            # "الممثل للولا في بيان مكتوب": a preposition inside ends the name; so does a guest's word
            # ("مهدي جمعة ضيف بوليتيكا": the guest of a programme; not the name ضيف الله)
            k = next(
                (
                    k
                    for k in range(i + 1, j)
                    if words[k] in _INSIDE_STOPS
                    or (words[k] in ("ضيف", "ضيفة") and (k + 1 >= len(words) or words[k + 1] != "الله"))
                    # "ونفى السعيدي ما راج": "what", then a verb (but جاك ما ends a name)
                    or (words[k] == "ما" and k < j - 1)
                ),
                j,
            )
            trimmed = trimmed or k < j
            j = k
        if (
            label == "PERSON"
            and j - i >= 3
            and words[j - 1][:1] == "ك"
            and len(words[j - 1]) >= 5
            and _plain_word(model, norms[j - 1][1:])
            and not _gaz(model, norms[j - 1])
        ):
            j -= 1  # "الاستماع الى النائب سامية عبو كشاهدة": as a witness, no part of her name
            trimmed = True
        if (
            trimmed
            and j - i == 1
            and (_cluster(model, norms[i]) not in model.name_clusters or words[i] in _FUNCTION_WORDS)
        ):
            continue  # … and a lone word left that is not used like a name (عامي، دليل) is none
        start = tokens[i].start
        # A leading token that is only particles (لـ, وبـ) is not part of the name.
        while i < j and _clitic_cut(model, words[i], doc_words) == len(words[i]):
            i += 1
        if i >= j:
            continue
        # (a hashtag's mark, read as a tatweel before the word, is no part of the name: "#محمد_بزي")
        lead = len(tokens[i].text) - len(words[i])
        cut = forced_cut.get(i, _clitic_cut(model, words[i], doc_words))
        if (
            j - i == 1
            and i not in forced_cut
            and 0 < len(words[i]) - cut <= 2
            and "ـ" not in words[i]
            # "(وام)"، "فاس": two letters left are no name ("لشي" is لـ + شي, a listed name)
            and not (words[i][:1] in ("ل", "ب") and _gaz(model, norms[i][cut:]) == "PP")
        ):
            cut = 0  # "(وام)": a name of one word keeps its و when two letters would be left
        start = tokens[i].start + lead + cut
        end = tokens[j - 1].end
        if words[j - 1].endswith("إلى") and len(words[j - 1]) > 5:
            end -= 3  # a preposition glued on by a lost space: "جورج سورسإلى المشهد" (إ starts words only)
        if start >= end:
            continue
        spans.append(Span(start, end, label, text[start:end], source, 1.0))
    spans = _join_split_names(text, spans, lambda w: model.lexicon.get(normalise_word(w), _NO_INFO).freq)
    spans = _first_name_sharing_surname(model, text, spans)
    spans = _gloss_takes_type(text, spans)
    return _without_latin_body_adjectives(text, spans)


def _gloss_takes_type(text: str, spans: list[Span]) -> list[Span]:
    """ "إليانور ويتفيلد (Eleanor Whitfield)": a Latin spelling in brackets right after an Arabic name
    names the same one, with its type."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and sp.label != prev.label
            and prev.label in ("PERSON", "ORG")
            and sp.text.isascii()
            and not prev.text.isascii()
            and text[prev.end : sp.start].strip() == "("
            and text[sp.end : sp.end + 1] == ")"
        ):
            sp = dataclasses.replace(sp, label=prev.label)
        out.append(sp)
    return out


_LONE_FIRST = re.compile(r"(\w+)\s+و$")


def _first_name_sharing_surname(model: Model, text: str, spans: list[Span]) -> list[Span]:
    """ "الشقيقان آدم ونيكولاس بريسكوت": a listed first name joined by و to a person named in full
    shares that person's surname; it is a person of its own."""
    out: list[Span] = []
    for n, sp in enumerate(spans):
        prev_end = spans[n - 1].end if n else 0
        m = _LONE_FIRST.search(text, max(prev_end, sp.start - 30), sp.start)
        if (
            sp.label == "PERSON"
            and len(sp.text.split()) >= 2
            and m is not None
            and _gaz(model, normalise_word(sp.text.split()[0])) == "PP"
            and _gaz(model, normalise_word(m.group(1))) == "PP"
            and normalise_word(m.group(1)) not in _FUNCTION_WORDS
            # (not a common noun that is also a first name: "عن أمل ومحمد الشامي", hope)
            and model.lexicon.get("ال" + normalise_word(m.group(1)), _NO_INFO).freq < 9
        ):
            out.append(Span(m.start(1), m.end(1), "PERSON", m.group(1), "rule:shared-surname", 1.0))
        out.append(sp)
    return out


def _without_latin_body_adjectives(text: str, spans: list[Span]) -> list[Span]:
    """ "حزب Nieuw Midden الناشئ", "حزب X الصغير", "شركة Apple الأمريكية": one definite word right after a
    body named in Latin letters describes it; it is no name of its own."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORG"
            and prev.text.isascii()
            and not text[prev.end : sp.start].strip()
            and len(sp.text.split()) == 1
            and normalise_word(sp.text).startswith("ال")
            and not sp.text.isascii()
        ):
            continue
        out.append(sp)
    return out


# Latin letters spelt in Arabic, as a middle initial is written: "باتريك بي. روبرسون", "جون إف. كينيدي"
# letters that stand as a middle initial before a dot: the sentence splitter's list, and إكس, which it
# leaves out because "منصة إكس." ends a sentence (narrower than _LETTER_NAMES, which also holds the
# letter names that are common words: إن، أو، في، كي)
_SPELT_LETTERS = {normalise_word(w) for w in (*LETTER_NAMES, "إكس")}
_AFTER_INITIAL = re.compile(r"\.?[ \t]+")


def _join_split_names(text: str, spans: list[Span], lexicon_freq: Callable[[str], int]) -> list[Span]:
    """Names the tagger gave in pieces, joined on the final spans. A person of two words or more that ends
    in a spelt initial and its dot, and the person right after it, are one name: the dot cut the tagger's
    sentence ("باتريك بي" + "روبرسون"). So are a person, a spelt initial and its dot the tagger left out,
    and the person after ("تشارلز" + إي. + "شومر"); a person that ends in its initial and dot takes the
    one plain word after it that the tagger left ("مارك إيه." + ميلي). A body and the name after its
    hyphen (إكسون-موبيل), a state word and its country (جمهورية إيرلندا), and a body read as two where the
    text names it whole elsewhere ("هيئة الحقيقة" + "والكرامة") are one name too."""
    whole = {" ".join(normalise_word(w) for w in sp.text.split()) for sp in spans if sp.label == "ORG"}
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == sp.label == "ORG"
            and sp.text.startswith("و")
            and not text[prev.end : sp.start].strip()
            and " ".join(normalise_word(w) for w in text[prev.start : sp.end].split()) in whole
        ):
            # "لهيئة الحقيقة والكرامة": the second part, opening with و, completes a name the text gives whole
            out[-1] = Span(prev.start, sp.end, "ORG", text[prev.start : sp.end], prev.source, prev.score)
            continue
        if (
            prev is not None
            and prev.label == sp.label == "PERSON"
            and (m := _BETWEEN_INITIAL.fullmatch(text, prev.end, sp.start)) is not None
            and normalise_word(m.group(1)) in _SPELT_LETTERS
        ):
            out[-1] = Span(prev.start, sp.end, "PERSON", text[prev.start : sp.end], prev.source, prev.score)
            continue
        if (
            prev is not None
            and prev.label == sp.label == "PERSON"
            and len(prev.text.split()) >= 2
            and normalise_word(prev.text.split()[-1]) in _SPELT_LETTERS
            and _AFTER_INITIAL.fullmatch(text, prev.end, sp.start)
        ):
            out[-1] = Span(prev.start, sp.end, "PERSON", text[prev.start : sp.end], prev.source, prev.score)
            continue
        if (
            prev is not None
            and prev.label == "ORG"
            and sp.label in ("ORG", "PERSON", "MISC")
            and text[prev.end : sp.start] == "-"
            # (not "ريال مدريد-برشلونة"، "فتح-حماس": two names the news knows well, a match or a pair;
            # "رابطة باكستان المسلمة-نواز" ends in an adjective and joins)
            and (
                (len(prev.text.split()) >= 2 and normalise_word(prev.text.split()[-1]).startswith("ال"))
                or min(lexicon_freq(prev.text.split()[-1]), lexicon_freq(sp.text.split()[0])) < 8
            )
        ):
            # "إكسون-موبيل": one company written with a hyphen
            out[-1] = Span(prev.start, sp.end, "ORG", text[prev.start : sp.end], prev.source, prev.score)
            continue
        if (
            prev is not None
            and prev.label == sp.label == "PERSON"
            and text[prev.end : sp.start] == " "
            and len(sp.text) > 2
            and _ARABIC_WORD.match(sp.text) is not None
            and not sp.text.startswith(("و", "ف"))
            and _ARABIC_WORD.match(prev.text.split()[-1]) is not None
            # (not "تقاضي دانيلز ترامب", "وحذر بنيامين نتنياهو بوتين": two people the article names alone
            # elsewhere, by the surname, subject and object)
            and not (_named_alone(prev.text.split()[-1], spans) and _named_alone(sp.text, spans))
            # (not "تركي آل الشيخ لتكفله": a particle, a noun and its pronoun)
            and not (sp.text[:1] in ("ل", "ب") and sp.text.endswith(("ه", "ها", "هم")))
        ):
            # "ديبي واسرمان" + "شولتز": the tagger began a second person at the surname; a person seldom
            # stands right after another without a comma or و, so the one word is the first one's
            out[-1] = Span(prev.start, sp.end, "PERSON", text[prev.start : sp.end], prev.source, prev.score)
            continue
        if (
            prev is not None
            and prev.label == sp.label == "GPE"
            and normalise_word(prev.text) in _STATE_WORDS
            and text[prev.end : sp.start] == " "
        ):
            # "بجمهورية مصر", "جمهورية إيرلندا": the state word the tagger gave alone is the country's name
            out[-1] = Span(prev.start, sp.end, "GPE", text[prev.start : sp.end], prev.source, prev.score)
            continue
        out.append(sp)
    # a person ending in "إيه." before a plain word no span holds: that word is his surname
    for k, sp in enumerate(out):
        if sp.label != "PERSON" or len(sp.text.split()) < 2 or normalise_word(sp.text.split()[-1]) not in _SPELT_LETTERS:
            continue
        m = _SURNAME_AFTER_INITIAL.match(text, sp.end)
        nxt = out[k + 1].start if k + 1 < len(out) else len(text)
        if (
            m
            and m.end() <= nxt
            and not m.group(1).startswith(("ال", "و", "ف"))  # "وانغ بي. كما", "… إيه. وقال"
            and m.group(1) not in _FUNCTION_WORDS
            and m.group(1) not in _OPENING_WORDS
            and not _VERB_SHAPE.match(m.group(1))  # "وانغ بي. أكد الجانبان"
        ):
            out[k] = Span(sp.start, m.end(), "PERSON", text[sp.start : m.end()], sp.source, sp.score)
    return out


def _named_alone(name: str, spans: list[Span]) -> bool:
    """Whether the article names a person by these words alone elsewhere, or ends a longer name with them."""
    key = normalise_word(name.split()[-1]) if " " not in name else " ".join(map(normalise_word, name.split()))
    n = 0
    for sp in spans:
        if sp.label != "PERSON":
            continue
        words = [normalise_word(w) for w in sp.text.split()]
        if " ".join(words) == key or words[-1] == key:
            n += 1
    return n >= 2  # itself and one more


_OPENING_WORDS = {
    *"كما لكن لكنه ثم بينما فيما يذكر يشار يأتي تأتي هذا هذه حيث قال قالت أكد أكدت أضاف أضافت أعلن أعلنت".split(),
    *"أوضح أوضحت أشار أشارت ذكر ذكرت كشف كشفت أفاد أفادت تابع تابعت يقول تقول".split(),
}
_BETWEEN_INITIAL = re.compile(r"[ \t]+([\u0621-\u064a]{2,5})\.[ \t]+")
_SURNAME_AFTER_INITIAL = re.compile(r"\.[ \t]+([\u0621-\u064a]{3,})(?=[\s،,.]|$)")
# heads that open a quoted name of two to five words as a body's (armed groups, parties, movements)
_QUOTED_BODY_HEADS = {
    normalise_word(w)
    for w in "جيش قوات كتائب ألوية لواء سرايا فيلق عصائب حركة جبهة تنظيم جماعة حزب تحالف ائتلاف تيار هيئة مجلس قائمة لائحة".split()
}
_TIME_HEADS = {normalise_word(w) for w in "العام الشهر الأسبوع الموسم".split()}
_TIME_ADJECTIVES = {normalise_word(w) for w in "الماضي المقبل القادم الجاري الحالي المنصرم الفائت".split()}
_STATE_WORDS = {normalise_word(w) for w in "جمهورية مملكة سلطنة إمارة".split()}


# prepositions and particles that never stand inside a person's name (not على, which may be علي)
_INSIDE_STOPS = {*"في إلى الى عن من مع أن إن التي الذي قد لم لن على".split()}
# the same, as normalised words (not علي or ان: the names علي and آن)
_INSIDE_STOPS_NORM = {normalise_word(w) for w in _INSIDE_STOPS} - {"علي", "ان"}
# a past verb of three letters ending in ى (رأى، رعى، نفى) before a name
_SHORT_PAST = re.compile(r"^[\u0621-\u064a]{2}ي$")
def _common_noun(model: Model, norm: str) -> bool:
    """A common noun, perhaps behind و/ف/ب/ل: the news writes it with the article (مهندس → المهندس،
    بأذهان → الأذهان، ومستثمرو → المستثمرون); a surname it does not (بوتين، نتنياهو)."""
    for base in (norm, norm[1:] if norm[:1] in ("و", "ف", "ب", "ل") else ""):
        if len(base) < 3 or _gaz(model, base):
            continue
        forms = ["ال" + base] + (["ال" + base + "ن"] if base.endswith("و") else [])
        if _plain_word(model, base) or base.endswith("و"):
            if any(model.lexicon.get(f, _NO_INFO).freq >= 2 for f in forms):
                return True
    return False


_FEMININE_DUAL = re.compile(r"^(?:ال)?([\u0621-\u064a]{2,})(?:تان|تين|تا|تي)$")


def _plural_of_common_word(model: Model, norm: str) -> bool:
    """The sound plural of a common noun or participle (منظمون ← منظم), not a name in ون (سعدون، خلدون)."""
    if not norm.endswith("ون") or len(norm) < 5 or _gaz(model, norm).startswith("P"):
        return False
    single = model.lexicon.get(norm[:-2])
    return single is not None and not single.gaz and single.freq >= 6


def _lone_dual_or_verb(model: Model, word: str, norm: str) -> bool:
    """A one-word "name" that is the dual of a common feminine noun or adjective (قناتا ← قناة, ولايتي ←
    ولاية, حكوميتان ← حكومية) or a verb in the present or future (سيتحول، يقودان ← يقود)."""
    if _gaz(model, norm).startswith("P"):
        return False
    m = _FEMININE_DUAL.match(norm)
    if m:
        base = model.lexicon.get(m.group(1) + "ه")
        if base is not None and not base.gaz and base.freq >= 5:
            return True
    if word[:1] not in ("ي", "س") or (word[:1] == "س" and len(word) < 6):
        return False  # (سيناء is no future verb: سيتحول is)
    if _PRESENT_SHAPE.match(word) and _trailing_verb(model, word, norm) and _conjugated(model, norm):
        return True
    return bool(
        _plural_present(model, word, norm) and _conjugated(model, norm[:-2])
    )


_TO_PRONOUN = {"اليه", "اليها", "اليهم", "اليهما", "اليهن", "اليك", "اليكم", "الينا", "الي"}


def _with_pronoun(model: Model, word: str) -> bool:
    """A noun with a possessive pronoun (بلاده، حكومتها، قادتهم): the noun without it is a word the news
    knows (not نهم, a place)."""
    if normalise_word(word) in _PARTICLE_PRONOUNS:
        return True  # "حكومة هذه البلاد"، "مجلس فيه الأغلبية": a demonstrative or a preposition, no complement
    for suffix in ("ها", "هم", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = normalise_word(word[: -len(suffix)])
            return model.lexicon.get(stem, _NO_INFO).freq >= 5 or model.lexicon.get(stem[:-1] + "ه", _NO_INFO).freq >= 5
    return False


_PARTICLE_PRONOUNS = {
    normalise_word(w) for w in "هذه هذا هذين هاتين فيه فيها فيهم عليه عليها منه منها له لها به بها عنه عنها".split()
}


def _other_person(norm: str) -> str | None:
    """The same present verb in the other person: يقود ↔ تقود, سيتحول → ستتحول."""
    if norm.startswith("سي"):
        return "ست" + norm[2:]
    if norm[:1] in ("ي", "ت"):
        return ("ت" if norm[0] == "ي" else "ي") + norm[1:]
    return None


def _plural_present(model: Model, word: str, norm: str) -> bool:
    """A dual or plural present verb the news rarely writes whose singular is a plain word (يحاصران ← يحاصر)."""
    return bool(_PRESENT_PLURAL.match(word)) and _trailing_verb(model, word[:-2], norm[:-2])


def _present_verb(model: Model, norm: str) -> bool:
    """A present verb the news also writes in the other person (تناهز/يناهز), not a noun (تحالف)."""
    if len(norm) < 4 or norm[:1] not in ("ي", "ت"):
        return False
    own = model.lexicon.get(norm, _NO_INFO).freq
    alt = model.lexicon.get(_other_person(norm) or "", _NO_INFO).freq
    # (a masdar in ت is more frequent than its verb in ي: تقصي، not يقصي)
    return own >= 3 and alt >= 3 and (norm[0] == "ي" or alt >= own)


def _conjugated(model: Model, norm: str) -> bool:
    """Does the news write this present verb (in ي or سي) in the other person too (يقود → تقود, سيتحول →
    ستتحول)? A place that looks like a verb has no such form (يافا، يبرود، ياسوج، يويفا)."""
    other = _other_person(norm) if norm[:1] == "ي" or norm.startswith("سي") else None
    if other is not None and model.lexicon.get(other, _NO_INFO).freq >= 3:
        return True
    # a future the news seldom writes, of a present it writes in both persons: سيعتني (يعتني، تعتني)
    return norm.startswith("سي") and len(norm) >= 5 and _conjugated(model, norm[1:])


_CONCERNED_WITH = {normalise_word(w) for w in "المعني المعنية المكلف المكلفة الخاص الخاصة المختص المختصة".split()}
# a definite verbal noun of the pattern المفاعلة (الموافقة، المصادقة، المشاركة)
_MUFAALA = re.compile(r"^الم[\u0621-\u064a]ا[\u0621-\u064a]{2}ه$")
# particles that never stand inside a body's name (في، من، على، عن do: تحالف دعم الشرعية في اليمن)
_ORG_INSIDE_STOPS = {*"بين مع أن إن قد لم لن".split()}
# titles that a name may be followed by in apposition ("البابا تواضروس الثاني بابا الإسكندرية")
_TRAILING_TITLES = {normalise_word(w) for w in "بابا بطريرك رئيس رئيسة وزير وزيرة".split()}
_OWNER = {normalise_word(w) for w in "مالك مالكة".split()}
_OWNED_KINDS = {normalise_word(w) for w in "شركة شبكة قناة مجموعة صحيفة جريدة نادي موقع مصرف بنك مجلة".split()}
# a person's titles in construct (أستاذ الاقتصاد، عضو المجلس), no part of a body's name after و
_TITLE_NOUNS = {normalise_word(w) for w in "أستاذ أستاذة رئيس رئيسة عضو مدير مديرة نائب مؤسس مستشار".split()}
# words after لـ that say where, when or what for, never complete a body's name
_NO_COMPLEMENT = {normalise_word(w) for w in "للبلاد للمرة للموسم للتعليق للعام للمرات".split()}
# heads that make whatever they start a body, never a person or a place (not قناة: قناة السويس; not
# اتحاد for a place: الاتحاد السوفيتي)
_BODY_HEADS = {
    normalise_word(w)
    for w in (
        "شركة بنك مصرف حزب وزارة منظمة وكالة هيئة سلطة جماعة حركة تنظيم صحيفة جريدة مجموعة جامعة "
        "جمعية مجلس لجنة صندوق مؤسسة جبهة تيار ائتلاف تحالف اتحاد مخابرات استخبارات"
    ).split()
}
_BANK = {
    normalise_word(w)
    # and the English company words written in Arabic letters ("شنايدر إلكتريك", "أسوشيتد برس")
    for w in "بنك مصرف برس إلكتريك إليكتريك غروب جروب كابيتال هولدينغ هولدنغ موتورز إنترناشيونال كوربوريشن إيرلاينز".split()
}


def _body_named(norms: list[str], i: int, j: int, label: str) -> bool:
    """Does the span start with a body's head (or end with بنك or a company word: "أكسيس بنك",
    "أسوشيتد برس")?"""
    forms = _forms(norms[i], split_proclitic(norms[i])[1])  # وبنك is و + بنك, not و + ب + نك
    heads = {w.removeprefix("ال") if len(w) > 4 else w for w in forms} & _BODY_HEADS
    if label == "GPE":
        heads.discard(normalise_word("اتحاد"))
    return bool(heads) or norms[j - 1] in _BANK


def _org_end(model: Model, norms: list[str], i: int, j: int) -> int:
    """The end of an organisation's name without a describing word after it.

    "حزب الخير القومي المعارض", "وكالة الأنباء السعودية الرسمية": a participle or adjective that says
    what the body is or does is no part of its name (the dev articles' convention), unless nothing but
    a common head would be left ("الحزب الحاكم"). "صحيفة النهار اللبنانية", "الأهلي المصري": a
    nationality after a name of the body's own describes it; after common words ("الحكومة الروسية",
    "البنك المركزي المصري") it is what makes them a name, and stays."""
    if (
        j - i >= 3
        and norms[j - 1] in _SECT
        and norms[j - 2] not in _PLAIN_ADJECTIVES
        and norms[j - 2] not in _GENERIC_NISBA
        and (_nisba(norms[j - 2]) or not _plain_word(model, norms[j - 2]))
    ):
        j -= 1  # "التيار الصدري الشيعي", "حزب الله الشيعي" (but "الوقف السني" is the Sunni endowment)
    # a describing word inside, with what it says after it, ends the name too: "قناة المسيرة التابعة
    # للحوثيين", "حزب الشعوب الديمقراطي الموالي للأكراد"
    inner = next((k for k in range(i + 2, j - 1) if norms[k] in model.org_descriptors and norms[k + 1].startswith("لل")), None)
    if inner is not None:
        j = inner
    while j - i >= 2 and norms[j - 1] in model.org_descriptors:
        bare = _bare_head(split_proclitic(norms[i])[1])
        if j - i == 2 and (
            {norms[i], bare, "ال" + bare} & (model.org_head | model.org_triggers | _COMMON_BODIES)
        ):
            break  # "الحزب الحاكم", "التلفزيون الرسمي", "تحالف المعارضة": a common word alone is no name
        j -= 1
    if j - i >= 2 and norms[j - 1] in model.demonyms and _own_name(model, norms, i, j - 1):
        j -= 1
    return j


# definite words that, like the heads of triggers.yaml, name a kind of body, not one body
_COMMON_BODIES = {
    normalise_word(w)
    for w in (
        "الكونغرس الكونجرس الخارجية الداخلية الخزانة الخزينة الدفاع المالية العدل القوات الرئاسة الإدارة "
        "النظام السفارة البحرية المخابرات الأمن الاتحاد الشرطة الجيش الحكومة البرلمان القضاء النيابة"
    ).split()
}


def _own_name(model: Model, norms: list[str], i: int, j: int) -> bool:
    """``norms[i:j]`` ends in a name of the body's own, which a nationality after it only describes:
    a word without the article (إيني، مهر، فوكس نيوز), one definite name standing alone (الأناضول،
    الجزيرة), the name of a paper, channel, club or movement (صحيفة النهار، حركة النهضة), or a party
    named by a name rather than a common word (حزب الله, not حزب الشعب: Pakistan's party is "حزب
    الشعب الباكستاني"). Not a common word that the nationality completes (الحكومة، الجماعة، البنك
    المركزي، وزارة الخارجية، وكالة الأنباء)."""
    last = norms[j - 1]
    pre, stem = split_proclitic(last)
    forms = {last, stem, "ال" + stem} if pre and j - i == 1 else {last}
    forms |= {_bare_head(f) for f in forms}
    if any(
        _adjective_like(f) or f in model.org_head or f in model.org_triggers or f in _COMMON_BODIES
        for f in forms
    ):
        return False
    if not last.startswith(_DEFINITE) or j - i == 1:
        return True
    if j - i != 2:
        return False
    head = split_proclitic(norms[i])[1]
    if head in _TITLE_HEADS:
        return True
    return head in _PARTY_HEADS and not _plain_word(model, last)  # حزب الله, not حزب الشعب


# relational adjectives of kinds, not of a name: المجلس الإسلامي الشيعي keeps its sect
_GENERIC_NISBA = {normalise_word(w) for w in "الإسلامي الإسلامية العربي العربية الوطني الوطنية الديني الدينية السياسي السياسية الشعبي الشعبية".split()}
# a sect's adjective after a body's name (الشيعي، السنية)
_SECT = {normalise_word(w) for w in ("الشيعي", "الشيعية", "السني", "السنية")}
# type words whose definite complement is the body's own name: صحيفة النهار، نادي الزمالك
_TITLE_HEADS = {normalise_word(w) for w in "حركة صحيفة جريدة قناة نادي مجلة".split()}


# written exactly so (إلى, not the name الي; "وكتب على LinkedIn": على, not Ali), these are particles,
# never a name on their own
_FUNCTION_WORDS = {
    *"إلى أن إن على عن في من مع ما لا قد لم لن هذا هذه ذلك التي الذي أو ثم حتى كما بين إلا لكن".split(),
    *"الى ان انه إنه أنه لأن لان إذا اذا أي اي".split(),
    *"وإلى وأن وإن وعلى وعن وفي ومن ومع وما ولا وقد ولم ولن وهذا وهذه وذلك وحتى وكما وبين فعلى لدى ولدى".split(),
}
# titles in construct with what they head: the place after them is that place, not a name
_HEAD_OF = {
    normalise_word(w)
    for w in "رئيس رئيسة ملك ملكة أمير أميرة سفير سفيرة حاكم حاكمة زعيم زعيمة وزير وزيرة مندوب ممثل مؤسس".split()
}


def _corpus_names(
    model: Model, norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Names the raw news announces by their type word (تنظيم داعش، مدينة الموصل) and the tagger
    itself often finds, found where the tagger missed them in this text (``corpus_names.tsv``, built
    by ``rasd.ner.train``); a particle before the name is allowed (لداعش)."""
    if not model.corpus_names:
        return found
    n = len(norms)
    taken = [False] * n
    for i, j, _, _ in found:
        for t in range(i, j):
            taken[t] = True
    out = list(found)
    i = 0
    while i < n:
        hit = None
        if not taken[i]:
            pre, stem = split_proclitic(norms[i])
            first: tuple[str, ...] = (norms[i],)
            if pre in ("و", "ب", "ل", "ف", "وب", "ول") and _used_alike(model, norms[i], stem):
                first = (norms[i], stem)  # "لداعش" is used like "داعش"; "بحجة" (under the pretext) is not حجة
            for k in (2, 1):
                if i + k > n or any(taken[t] for t in range(i, i + k)):
                    continue
                for f in first:
                    label = model.corpus_names.get((f, *norms[i + 1 : i + k]))
                    if label is not None:
                        hit = (i, i + k, label, "rule:corpus-name")
                        break
                if hit:
                    break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return sorted(out)


def _load_known_orgs() -> frozenset[tuple[str, ...]]:
    path = Path(__file__).parent / "model" / "known_orgs.tsv"
    if not path.exists():
        return frozenset()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.partition("\t")[0].strip()
        if name and not name.startswith("#"):
            out.add(tuple(normalise_word(w) for w in name.split()))
    return frozenset(out)


@functools.lru_cache(maxsize=2)
def _known_org_firsts(orgs: frozenset[tuple[str, ...]]) -> dict[str, frozenset[int]]:
    """The first word of each well-known name and the lengths of the names it opens."""
    out: dict[str, set[int]] = {}
    for name in orgs:
        out.setdefault(name[0], set()).add(len(name))
    return {w: frozenset(ls) for w, ls in out.items()}


def _known_orgs(
    model: Model, norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Well-known organisations (غولدمان ساكس، وول ستريت جورنال، اليونيفيل): a span that is exactly one
    is an ORG whatever the tagger typed it (it reads "كريدي سويس" as a person), and one the tagger
    missed is found, a particle before it allowed (لغولدمان ساكس)."""
    if not model.known_orgs:
        return found
    # a company named for a person the text names in full is that person here: "أبيجيل ديزني … ديزني
    # أوضحت", "مايكل بلومبرغ … بلومبرغ"
    people = {norms[b - 1] for a, b, lab, _ in found if lab == "PERSON" and b - a >= 2}
    people |= {split_proclitic(w)[1] for w in people}

    def known(i: int, j: int) -> bool:
        words = norms[i:j]
        if j - i == 1 and (words[0] in people or split_proclitic(words[0])[1] in people):
            return False
        if tuple(words) in model.known_orgs:
            return True
        pre, stem = split_proclitic(words[0])
        return bool(pre) and pre in ("و", "ب", "ل", "ف", "وب", "ول", "لل") and (stem, *words[1:]) in model.known_orgs

    out = []
    owner = [-1] * len(norms)  # the span each token is in
    for n_, (i, j, label, source) in enumerate(found):
        if label != "ORG" and known(i, j):
            label, source = "ORG", "rule:known-org"
        elif label == "ORG" and j - i >= 3 and not known(i, j):
            # "أدان مجلس الأمن بتوغلات البوليساريو": a well-known body, then a بـ word that says what of
            k = next((k for k in range(i + 1, j) if norms[k].startswith("ب") and len(norms[k]) >= 5 and known(i, k)), None)
            if k is not None:
                j = k
        out.append((i, j, label, source))
        for t in range(i, j):
            owner[t] = n_
    firsts = _known_org_firsts(model.known_orgs)
    dropped: set[int] = set()
    i = 0
    while i < len(norms):
        lengths = firsts.get(norms[i]) or (firsts.get(split_proclitic(norms[i])[1]) if norms[i][:1] in "وبلف" else None)
        hit = None
        for k in sorted(lengths or (), reverse=True):
            inside = {owner[t] for t in range(i, i + k) if t < len(norms) and owner[t] >= 0}
            # the name may swallow spans the tagger cut inside it ("كريدي" + "سويس"), never cross one
            if (
                i + k <= len(norms)
                and all(found[x][0] >= i and found[x][1] <= i + k for x in inside)
                # (a body the tagger found inside is named as the news writes it: "وكالة الأناضول" → الأناضول;
                # one it cut short is not: "الجمعية العامة" + "للأمم المتحدة")
                and (
                    not any(found[x][2] == "ORG" for x in inside) or any(found[x][0] == i for x in inside)
                )
                and known(i, i + k)
            ):
                if any(found[x][0] == i and found[x][1] == i + k for x in inside):
                    break  # the tagger's own span is this name (typed above)
                hit, dropped = k, dropped | inside
                break
        if hit is not None:
            out.append((i, i + hit, "ORG", "rule:known-org"))
            i += hit
        else:
            i += 1
    if dropped:
        keep = [sp for n_, sp in enumerate(out[: len(found)]) if n_ not in dropped]
        out = keep + out[len(found) :]
    return sorted(out)


# a company's kind before its name, indefinite (شركة، لشركة، وشركة)
_COMPANY_KINDS = {normalise_word(w) for w in "شركة شركتا شركتي مجموعة".split()}


def _company_whole(
    tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A company the tagger cut in two: "شركة موانئ" + "دبي" (DP World), "شركة داليان" + "واندا",
    "شركة كمبردج" + "أناليتيكا". After "شركة" and one or two words of its name, a place or a body of one
    or two words written right after them (no punctuation, no و) is the rest of the company's name."""
    out: list[tuple[int, int, str, str]] = []
    n = 0
    while n < len(found):
        i, j, label, source = found[n]
        if n + 1 < len(found):
            a, b, label2, _ = found[n + 1]
            if (
                label == "ORG"
                and label2 in ("GPE", "ORG")
                and a == j
                and (
                    (2 <= j - i <= 3 and split_proclitic(norms[i])[1] in _COMPANY_KINDS)
                    # the kind left outside the span: "شركة [داليان] [واندا]"
                    or (j - i <= 2 and i > 0 and split_proclitic(norms[i - 1])[1] in _COMPANY_KINDS)
                )
                and 1 <= b - a <= 2
                and norms[a][:1] != "و"
                and _is_latin(tokens[a].text) == _is_latin(tokens[j - 1].text)  # ("شركة جراب Grab": its Latin name)
                and tokens[a].start - tokens[j - 1].end == 1  # one space between, no mark
                and not norms[j - 1].startswith("ال")  # "شركة النفط الوطنية" + a place: not one name
                and not norms[a].startswith("ال")  # "شركة أرامكو" + "السعودية": the tagger's own call
                # a place the verb takes as its object ("وطالبت شركة شيفرون فنزويلا بتعويضات")
                and not (label2 == "GPE" and b < len(norms) and _object_follows(norms[b]))
            ):
                out.append((i, b, "ORG", "rule:company-whole"))
                n += 2
                continue
        out.append((i, j, label, source))
        n += 1
    return out


# words that end in ا and may stand before a country's name ("أيضا روسيا"): no noun it describes
_ADVERBS_IN_A = {
    normalise_word(w)
    for w in (
        "أيضا ايضا حاليا مؤخرا سابقا رسميا أخيرا لاحقا دائما غالبا تقريبا خصوصا أساسا معا جدا تحديدا "
        "بينما ربما طالما مثلما إنما كلما عندما حينما لما كما"
    ).split()
}


def _nationals(model: Model, norms: list[str], i: int, named: set[int]) -> bool:
    """A nationality in the plural or the indefinite accusative, which the tagger reads as the country:
    "فلبينيون"، "الفلسطينيين" (no country ends in يون or يين), "جنديا إيرانيا"، "14 إيرانيا" (after a
    number or a noun in the accusative; "روسيا" and "سوريا" end so too, and are countries)."""
    w = norms[i]
    for stem in dict.fromkeys((w, split_proclitic(w)[1])):
        base = stem.removeprefix("ال")
        if stem.endswith(("يون", "يين")) and "ال" + base[:-2] in model.demonyms:
            return True
        if stem == w and w.endswith("يا") and not w.startswith("ال") and "ال" + base[:-1] in model.demonyms and i > 0:
            before = norms[i - 1]
            if before.isdigit() or (
                before.endswith("ا")
                and not before.endswith(("ها", "وا"))  # ("على رأسها روسيا", "اتهموا روسيا")
                and before[:1] not in ("و", "ف")  # ("ودعا روسيا", "وتحديدا روسيا")
                and len(before) >= 4
                and before not in _ADVERBS_IN_A
                and not _conjugated(model, before)  # ("دعا روسيا")
                and i - 1 not in named  # ("فرنسا وإسبانيا" has a و; "روسيا تركيا" lists two)
            ):
                return True
    return False


# a dual head before two places: "قريتي الفوعة وكفريا", "بلدتي مضايا والزبداني"
_DUAL_PLACE_HEADS = {normalise_word(w) for w in "قريتي بلدتي مدينتي محافظتي منطقتي ولايتي بلدتا قريتا مدينتا".split()}


def _dual_places(
    model: Model, norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """After a dual place head, the two words joined by و are two places: one the tagger found as a
    place makes the other one too ("من قريتي الفوعة وكفريا" with كفريا found)."""
    covered = {t: sp for sp in found for t in range(sp[0], sp[1])}
    added = []
    for k in range(len(norms) - 2):
        if split_proclitic(norms[k])[1] not in _DUAL_PLACE_HEADS and norms[k] not in _DUAL_PLACE_HEADS:
            continue
        if k in covered:
            continue  # "وزار ولايتي دمشق": the name ولايتي, no dual head
        a, b = k + 1, k + 2
        if norms[b][:1] != "و" or len(norms[b]) < 4 or (b + 1 < len(norms) and norms[b + 1][:1] == "و"):
            continue
        if (
            b + 1 < len(norms)
            and (norms[b + 1].startswith("ال") or b + 1 in covered)
            and not norms[b + 1].endswith(("تين", "تان"))
        ):
            continue  # "ودير الزور", "ومعرة النعمان": a place of two words (not "وكفريا المحاصرتين", the dual)
        spa, spb = covered.get(a), covered.get(b)
        if spa is not None and spa[:2] == (a, a + 1) and spa[2] == "GPE" and spb is None:
            if _may_be_place(model, norms[b][1:]):
                added.append((b, b + 1, "GPE", "rule:place-split"))  # (not "وعشت"، "وذهبت": verbs)
        elif spb is not None and spb[:2] == (b, b + 1) and spb[2] == "GPE" and spa is None:
            if _may_be_place(model, norms[a]):
                added.append((a, a + 1, "GPE", "rule:dual-place"))
    return sorted(found + added) if added else found


def _place_before_person(
    model: Model, norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A place the text names alone elsewhere, run into the name of the person after it: "السفير الروسي
    في لندن ألكسندر ياكوفنكو" (لندن + ألكسندر tagged a place, ياكوفنكو a person), "في عدن ريم الهاشمي".
    The place is a place, the words after it the person."""
    places = {norms[i] for i, j, label, _ in found if label == "GPE" and j - i == 1}
    if not places:
        return found
    out: list[tuple[int, int, str, str]] = []
    n = 0
    while n < len(found):
        i, j, label, source = found[n]
        nxt = found[n + 1] if n + 1 < len(found) else None
        if (
            label in ("GPE", "PERSON")
            and j - i >= 2
            and norms[i] in places
            and _gaz(model, norms[i + 1]).startswith("P")
            and len(norms[i + 1]) >= 3  # (not "ريو دي جانيرو")
            # a person's span only after a preposition of place ("نجيب عبد الرزاق" is one man)
            and (label == "GPE" or (i > 0 and norms[i - 1] in ("في", "من", "الي", "الى")))
        ):
            if j - i >= 3 and not any(norms[t] in places for t in range(i + 1, j)):
                out += [(i, i + 1, "GPE", source), (i + 1, j, "PERSON", "rule:place-person")]
                n += 1
                continue
            if j - i == 2 and nxt is not None and nxt[0] == j and nxt[2] == "PERSON":
                out += [(i, i + 1, "GPE", source), (i + 1, nxt[1], "PERSON", "rule:place-person")]
                n += 2
                continue
        out.append((i, j, label, source))
        n += 1
    return out


_PROVINCE_WORDS = frozenset(normalise_word(w) for w in "ولاية بولاية لولاية وولاية".split())
_STATE_FIRST_WORDS = frozenset(normalise_word(w) for w in "نيو نورث ساوث ويست رود".split())
# the single words that open the names of US states as Arabic news spells them (general knowledge)
_US_STATES = frozenset(
    normalise_word(w)
    for w in (
        "ألاباما ألاسكا أريزونا أركنساس كاليفورنيا كولورادو كونيتيكت كونيتيكيت ديلاوير فلوريدا جورجيا هاواي"
        " أيداهو إلينوي إنديانا أيوا آيوا كانساس كنتاكي لويزيانا مين ماريلاند ماساتشوستس ميشيغان ميشيغن"
        " مينيسوتا ميسيسيبي ميسوري مونتانا نبراسكا نيفادا أوهايو أوكلاهوما أوريغون بنسلفانيا تينيسي تكساس"
        " يوتا فيرمونت فرجينيا فيرجينيا واشنطن ويسكونسن وايومنغ نيو نورث ساوث ويست رود"
    ).split()
)


def _state_before_person(
    model: Model, norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """ "المرشحة لمجلس الشيوخ عن ولاية كونيتيكت ليزا مورينو": the state after ولاية run into the name of
    the person after it (كونيتيكت ليزا a place, مورينو a body; أيوا غريغوري ماثرز a person). The state is
    the word after ولاية (two with نيو، نورث …), the words after it the person, with the name that
    follows at once."""
    out: list[tuple[int, int, str, str]] = []
    n = 0
    while n < len(found):
        i, j, label, source = found[n]
        nxt = found[n + 1] if n + 1 < len(found) else None
        cut = i + (2 if norms[i] in _STATE_FIRST_WORDS else 1)
        if (
            label in ("GPE", "PERSON", "ORG")
            and i > 0
            and norms[i - 1] in _PROVINCE_WORDS
            # (a US state, or a place the tagger read; not a person's first name: "خلال ولاية جورج دبليو
            # بوش الثانية", ولاية a term of office)
            and (norms[i] in _US_STATES or (label == "GPE" and not _gaz(model, norms[i]).startswith("P")))
            and j > cut
            and _gaz(model, norms[cut]).startswith("P")
            and len(norms[cut]) >= 3
        ):
            end = j
            joined = nxt is not None and nxt[0] == j and nxt[2] in ("PERSON", "ORG") and nxt[1] - nxt[0] <= 2
            if joined and nxt is not None:
                end = nxt[1]  # "كونيتيكت ليزا" + "مورينو"
            # (a name of two words at least: not "ولاية سيدي بوزيد", "ولاية بن عروس", "ولاية فرنسوا هولاند"
            # where ولاية is a term of office)
            if end - cut >= 2:
                out += [(i, cut, "GPE", source), (cut, end, "PERSON", "rule:state-person")]
                n += 2 if joined else 1
                continue
        if (
            label == "GPE"
            and j - i == 1
            and i > 0
            and norms[i - 1] in _PROVINCE_WORDS
            and norms[i] in _STATE_FIRST_WORDS
            and nxt is not None
            and nxt[0] == j
            and nxt[2] == "PERSON"
            and nxt[1] - nxt[0] >= 3
        ):
            # "ولاية نيو | جيرسي فيل مورفي": the state's second word, then the person
            out += [(i, j + 1, "GPE", source), (j + 1, nxt[1], "PERSON", "rule:state-person")]
            n += 2
            continue
        out.append((i, j, label, source))
        n += 1
    return out


def _may_be_place(model: Model, norm: str) -> bool:
    """A word that may name a place: a definite one (الفوعة، الزبداني), or one the news uses as no plain
    word or verb (كفريا; not عشت، ذهبت)."""
    return not _conjugated(model, norm) and (norm.startswith("ال") or not _plain_word(model, norm))


_MINISTRY = {normalise_word(w) for w in "وزارة الوزارة".split()}
_MINISTER_F = normalise_word("وزيرة")


def _is_ministry(norm: str) -> bool:
    return norm in _MINISTRY or split_proclitic(norm)[1] in _MINISTRY  # (وزارة, لوزارة)


# the fields a ministry is named for, which often come two to a ministry (general knowledge)
_SECOND_FIELDS = {
    normalise_word(w)
    for w in (
        "الرياضة البيئة السكان التعليم الثقافة الإعلام التجارة الصناعة الاستثمار الزراعة التخطيط الإسكان "
        "الطاقة المياه النقل الاتصالات التنمية الإصلاح الأوقاف الدعوة الإرشاد التموين السياحة الآثار الري "
        "الموارد الشباب العمل الصحة التربية التعاون المعادن التجهيز الجمارك الضرائب الاقتصاد المالية "
        "المرافق العدل الشؤون الحوكمة الهجرة المغتربين التقنية التكنولوجيا البحث المواصلات"
    ).split()
}


def _object_follows(norm: str) -> bool:
    """A preposition, or a word with a preposition on it, after a place: what the verb does to it."""
    return norm in ("الي", "في", "من", "علي", "عن", "مع", "الى", "على") or (norm[:1] in ("ب", "ل") and len(norm) >= 5)


def _ministry_whole(
    model: Model, tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A ministry named for two fields, which the tagger read as two bodies: "وزارة العمل" + "التنمية
    الاجتماعية" is وزارة العمل والتنمية الاجتماعية, "وزارة الشباب" + "الرياضة" وزارة الشباب والرياضة. The second
    starts with وال right after the first and is no body of its own ("وزارة المالية والبنك المركزي");
    its definite adjectives come with it."""
    out: list[tuple[int, int, str, str]] = []
    n = 0
    while n < len(found):
        i, j, label, source = found[n]
        if n + 1 < len(found) and label == "ORG" and 2 <= j - i <= 3 and _is_ministry(norms[i]):
            a, b, label2, _ = found[n + 1]
            if (
                label2 == "ORG"
                and a == j
                and norms[a].startswith("وال")
                and norms[a][1:] not in model.org_head
                and norms[a][1:] not in _TITLE_NOUNS
                and not any(norms[t].startswith("و") for t in range(a + 1, b))
            ):
                while b < len(norms) and b - i < 6 and norms[b].startswith("ال") and norms[b].endswith(("ي", "يه")):
                    b += 1  # "… والتنمية الاجتماعية"
                out.append((i, b, "ORG", "rule:ministry-whole"))
                n += 2
                continue
        if (
            label == "ORG"
            and 2 <= j - i <= 3
            and _is_ministry(norms[i])
            and j < len(norms)
            and norms[j][:1] == "و"
            and norms[j][1:] in _SECOND_FIELDS
            and (n + 1 == len(found) or found[n + 1][0] > j)
        ):
            # the second field the tagger left out: "وزارة الشباب والرياضة", "… والدعوة والإرشاد"
            listed = j
            while listed < len(norms) and norms[listed][:1] == "و" and norms[listed].startswith("وال"):
                listed += 1
            if listed - j >= 3:
                out.append((i, j, label, source))  # "وزارة المالية والضرائب والجمارك والتأمينات": a list
                n += 1
                continue
            b = j + 1
            nxt = found[n + 1][0] if n + 1 < len(found) else len(norms)
            while b < nxt and b - i < 6 and norms[b][:1] == "و" and norms[b][1:] in _SECOND_FIELDS:
                b += 1
            while b < nxt and b - i < 6 and norms[b].startswith("ال") and norms[b].endswith(("ي", "يه")):
                b += 1
            if n + 1 == len(found) or found[n + 1][0] >= b:
                out.append((i, b, "ORG", "rule:ministry-whole"))
                n += 1
                continue
        out.append((i, j, label, source))
        n += 1
    return out


def _used_alike(model: Model, word: str, stem: str) -> bool:
    """A word with a particle sits in the same embedding clusters as the bare word (or is unseen)."""
    a, b = model.lexicon.get(word), model.lexicon.get(stem)
    return a is None or b is None or a.clusters[:2] == b.clusters[:2]


_DEFINITE = ("ال", "لل", "وال", "بال")  # a definite word, or one with an attached ل/و/ب before ال


def _bare_head(norm: str) -> str:
    """A head noun without its article or attached particle (للحكومة، والمركز → حكومه، مركز)."""
    for p in ("وال", "بال", "فال", "لل", "ال"):
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            return norm[len(p) :]
    return norm


_WHEN = {normalise_word(w) for w in "حينما عندما بعدما لما كلما ريثما وحينما وعندما وبعدما".split()}
_STATE_HEADS = {normalise_word(w) for w in ("حكومة", "وزارة")}  # "الحكومة الألمانية لتوقيف …": a purpose
_CENTRE_HEADS = {normalise_word(w) for w in ("مركز",)}
_PARTY_HEADS = {normalise_word(w) for w in ("حزب",)}
_TRADE_CHAMBER_HEADS = {normalise_word(w) for w in ("غرفة",)}
_CHAMBER_TRADES = frozenset(normalise_word(w) for w in "التجارة الصناعة الزراعة الخدمات الملاحة".split())
# first names made with الله: فتح الله، نصر الله، عبد الله، فضل الله …
_THEOPHORIC = frozenset(
    # (not أمر، فرج، حسب، شكر، حمد: "أمر الله نافذ", "حسب الله ونعم", "حمد الله على السلامة")
    normalise_word(w) for w in "فتح نصر عبد فضل خير جار عطا ضيف رزق هبة صنع جاب عوض سعد روح ولي".split()
)
_NOT_A_NAME_AFTER_ALLAH = frozenset(
    normalise_word(w) for w in "عليه تعالى عز سبحانه أن بأن لأن إن أنه إلى على عن من في ما لا لم لن قد".split()
)
# Latin letters as Arabic writes their names (normalised). Some are also words (إن، أو، في، أي، دي،
# يو، إل): initials need one letter that is not (_CLEAR_LETTERS), two when they start with a word.
_LETTER_NAMES = frozenset(
    normalise_word(w)
    for w in "إيه بي سي دي إي إف جي إتش آي جيه كيه كي إل إم إن أو كيو آر إس تي يو في دبليو إكس واي زد".split()
)
_LETTER_SPELLINGS = frozenset("إي آي دي إل إن أو يو في".split())
_CLEAR_LETTERS = frozenset(
    normalise_word(w) for w in "إيه بي سي إف جي إتش جيه كيه إم كيو آر إس تي دبليو إكس زد".split()
)
# initials that name a thing, not a body (DNA, GPS, VIP, SMS, TV, CEO, GDP, PDF, USB, HIV, FM, AM, CD, DVD)
# or a company's legal form
_NOT_BODY_INITIALS = frozenset(
    tuple(normalise_word(w) for w in p.split())
    for p in (
        "دي إن إيه", "جي بي إس", "في آي بي", "إس إم إس", "تي في", "سي إي أو", "جي دي بي", "بي دي إف",
        "يو إس بي", "إتش آي في", "إف إم", "إيه إم", "سي دي", "دي في دي",
        # a company's legal form, part of its name: PLC, SA, AG, NV
        "بي إل سي", "إس إيه", "إيه جي", "إن في",
    )
)


def _spelling(tokens: list[Token], norms: list[str], j: int) -> str:
    """The token's text, as far as a letter name goes: a digit glued before ام makes it the letter M
    ("1ام دي بي", 1MDB), which is otherwise أم, "or"."""
    glued = j > 0 and tokens[j - 1].text.isdigit() and tokens[j - 1].end == tokens[j].start
    return "إم" if norms[j] == "ام" and glued else tokens[j].text


def _letter_name(norm: str, first: bool, raw: str) -> bool:
    """A Latin letter's Arabic name, spelt as such (إن, not أن); the first of a run may carry a particle
    (لبي، وسي) and is never في or أو (في بي بي سي is "at the BBC")."""
    if norm in _CLEAR_LETTERS:
        return norm != "ام" or raw == "إم"  # أم is "or" (سي إن إن أم بي بي سي)
    if norm in _LETTER_NAMES:
        return raw in _LETTER_SPELLINGS and not (first and norm in ("في", "او"))
    if first and norm.startswith("ال") and norm[2:] in _CLEAR_LETTERS:
        return True  # "الإف بي آي"
    return first and len(norm) > 2 and norm[0] in "وفبلك" and norm[1:] in _CLEAR_LETTERS


def _initials(norms: list[str], i: int, j: int) -> bool:
    """Whether the letter names at [i, j) spell a body's initials (بي بي سي، إن بي سي، سي إن إن)."""
    if j - i < 2 or (norms[i] not in _LETTER_NAMES and j - i < 3):
        return False  # after a particle, three letters at least: لبي بي سي, not باكس في
    head = norms[i]
    letters = [head if head in _LETTER_NAMES else head[2:] if head.startswith("ال") else head[1:]] + norms[i + 1 : j]
    if tuple(letters) in _NOT_BODY_INITIALS:
        return False
    clear = sum(w in _CLEAR_LETTERS for w in letters)
    return clear >= (1 if letters[0] in _CLEAR_LETTERS else 2)
# abstract nouns that end a party's name after و (حزب العدالة والتنمية، حزب الحرية والعدالة)
_PARTY_NAME_NOUNS = frozenset(
    normalise_word(w)
    for w in (
        "التنمية العدالة الحرية الكرامة البناء الإصلاح التقدم الديمقراطية السلام المساواة الإحسان الوحدة "
        "التحرير الرفاه الازدهار التغيير المواطنة النهضة العمل الأمل الإنماء المستقبل "
        "المعاصرة الأصالة الحداثة التحديث التضامن الاستقرار التجديد الإنقاذ التعاون الرخاء"
    ).split()
)
# a field's industry, budget or systems, not its ministry (صناعة الدفاع الروسية، ميزانية الدفاع)
_FIELD_OF = frozenset(
    normalise_word(w)
    for w in "صناعة ميزانية منظومة منظومات أنظمة نظام قطاع سياسة شؤون مجال قدرات نفقات إنفاق".split()
)
# feminine adjectives after a field that are not a country's (الدفاع الجوية، الدفاع الرسمية)
_NOT_A_COUNTRY = frozenset(
    normalise_word(w)
    for w in (
        "الجوية الرسمية الوطنية المدنية العسكرية الشعبية الذاتية الصاروخية الاستراتيجية النووية الدولية "
        "الإقليمية الأمنية السياسية الاقتصادية المالية التجارية الحالية الحكومية الفيدرالية الاتحادية"
    ).split()
)
_MINISTRY_FIELDS = {normalise_word(w) for w in ("خارجية", "داخلية", "دفاع", "خزانة")}


def _paired_name_word(model: Model, norms: list[str], head: int, j: int) -> bool:
    """Whether ``norms[j]`` (و + a definite abstract noun) completes a party's name of two coordinated
    nouns: "حزب العدالة | والتنمية", "حزب الحرية | والعدالة"; not a second body, people or a topic
    (والحكومة، والمحافظين، حزب الله | والإرهاب)."""
    w = norms[j]
    if (
        j == head + 2
        and any(h in _TRADE_CHAMBER_HEADS for h in (_bare_head(norms[head]), norms[head][1:]))
        and norms[head + 1] in _CHAMBER_TRADES
        and w[1:] in _CHAMBER_TRADES
    ):
        return True  # "غرفة التجارة | والصناعة لتونس": a chamber of two trades
    return (
        j == head + 2
        and any(h in _PARTY_HEADS for h in (_bare_head(norms[head]), norms[head][1:]))  # حزب، لحزب، وحزب
        and norms[head + 1].startswith("ال")
        and norms[head + 1] != "الله"
        and w[1:] in _PARTY_NAME_NOUNS
    )
_SPEAKS_FOR = {
    normalise_word(w)
    for w in "المتحدث المتحدثة متحدث متحدثة الناطق الناطقة ناطق ناطقة والمتحدث والناطق الرسمي الرسمية رسمي".split()
}
_WAS = {"كان", "كانت", "وكان", "وكانت", "يكون", "تكون", "ليس", "ليست"}
# adjectives after a body's name that describe it (its politics, size, owner) rather than name it
_BODY_DESCRIPTORS = {
    normalise_word(w)
    for w in (
        "اليساري اليسارية اليميني اليمينية الراديكالي الراديكالية المتطرف المتطرفة الشعبوي الشعبوية "
        "العملاق العملاقة الحكومي الحكومية الرسمي الرسمية الممثل الممثلة المستشار المملوك المملوكة"
    ).split()
}
_DESIGNATION_NUMBER = re.compile(r"[ \t]?[-–][ \t]?\d")


# nouns that حسن ("the goodness of") governs in set phrases
_GOOD_THINGS = {normalise_word(w) for w in "نية النية سير الجوار الظن الحظ التصرف الإدارة الأداء السلوك الخلق".split()}
_SAW_VERBS = {"رأى", "ارتأى", "نأى"}
# the first words of surnames made with God's name (صنع الله، نصر الله، جاب الله): the first names' list
# and those safe only right after a first name (not alone: "حسب الله ونعم"، "حمد الله على السلامة")
_THEOPHORIC_SURNAME = _THEOPHORIC | {normalise_word(w) for w in "حسب فرج حمد أمر شكر حرز".split()}
_DEFINITE_NISBA_PLURAL = re.compile(r"^ال[\u0621-\u064a]{2,}يين$")
# a country whose name is written like its feminine nationality adjective
_COUNTRY_AS_DEMONYM = {normalise_word("سورية")}
_ORIGIN_OF = {normalise_word(w) for w in ("أصل", "الأصل", "جنسية", "الجنسية")}
_A_MAN = {normalise_word(w) for w in ("رجل", "رجلا", "امرأة", "امرأه", "سيدة", "شاب", "شابا", "فتاة", "طفل", "طفلا")}


def _credit(text: str, tokens: list[Token], span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A short name in brackets that ends its line is a picture or story credit: an agency or an
    outlet, "… في الانتخابات التمهيدية. (غيتي)", "رئيس الحزب (مصراوي):"."""
    i, j, label, source = span
    if (
        label in ("PERSON", "GPE")
        and 0 < i
        and j < len(tokens)
        and j - i <= 3
        and tokens[i - 1].text == "("
        and tokens[j].text == ")"
    ):
        eol = text.find("\n", tokens[j].end)
        if text[tokens[j].end : eol if eol >= 0 else len(text)].strip() in ("", ":"):
            return (i, j, "ORG", "rule:credit")
    return span


def _is_latin(word: str) -> bool:
    return word[:1].isascii() and word[:1].isalpha()


def _split_scripts(
    words: list[str], norms: list[str], model: Model, i: int, j: int, label: str
) -> list[tuple[int, int, str, str]]:
    """Cut a model span where the script changes: شركة Google سوندار بيتشاي is two names, not one.

    An Arabic part right after a Latin part is a person when its words look like names.
    """
    pieces: list[tuple[int, int, str, str]] = []
    a = i
    for k in range(i + 1, j + 1):
        if k == j or _is_latin(words[k]) != _is_latin(words[a]):
            pieces.append((a, k, label, "model"))
            a = k
    if len(pieces) > 1:
        for n, (a, b, _lab, _src) in enumerate(pieces):
            if n > 0 and not _is_latin(words[a]) and _is_latin(words[pieces[n - 1][0]]):
                if b - a <= 3 and all(_name_like(model, norms[t], words[t]) for t in range(a, b)):
                    pieces[n] = (a, b, "PERSON", "rule:script-split")
    return pieces


# a present verb in a headline after a name: "ساركوزي يطعن"، "ترامب يهاجم" (يوسف، يونس are listed names)
_PRESENT_SHAPE = re.compile(r"^(?:ي|س[يت])[\u0621-\u064a]{3,4}$")  # يطعن، and the future: سيحلق، ستعلن
_PRESENT_PLURAL = re.compile(r"^ي[\u0621-\u064a]{3,5}(?:ان|ون)$")  # يحاصران، يطالبون
_VERB_SHAPE = re.compile(r"^(?:أ[\u0621-\u064a]{3}|(?!ال)[\u0621-\u064a]{3,}وا)$")  # (أفعل: a verb has أ; إ opens no verb here, إنجه is a name)


# (not أم: the letter M of a spelt acronym, "إير فرانس كاي إل إم")
_SO_THAT = frozenset(normalise_word(w) for w in ("كي", "لكي"))
# (and a document in the accusative, the object after a body's name: "وأصدر حزب العمال بيانا")
_NEVER_ENDS_ANY_NAME = frozenset(normalise_word(w) for w in "كي لكي أو ثم حتى لم لن قد بيانا تقريرا بلاغا تصريحا".split())
_NEVER_ENDS_A_NAME = frozenset(
    normalise_word(w)
    for w in "فإن وإن إن أن بأن لأن إنه أنه الذي التي الذين السابق السابقة السابقين السابقون الأسبق الحالي الحالية".split()
)


# places whose name opens with a direction or a region word (general geography, not the news of any one article)
_COMPASS_PLACES = frozenset(
    tuple(normalise_word(w) for w in p.split())
    for p in (
        "جنوب افريقيا", "جنوب أفريقيا", "جنوب إفريقيا", "جنوب السودان", "شمال سيناء", "جنوب سيناء",
        "شمال مقدونيا", "جنوب كردفان", "شمال كردفان", "شمال دارفور", "جنوب دارفور", "غرب دارفور",
        "شرق دارفور", "وسط دارفور", "جنوب أوسيتيا", "قطاع غزة",
    )
)


_FORCES = frozenset(normalise_word(w) for w in ("قوات",))
_PLACE_HEADS = frozenset(normalise_word(w) for w in "ولاية محافظة مدينة إقليم مقاطعة منطقة بلدة قرية".split())


def _name_word(model: Model, norm: str) -> bool:
    """A listed name, as written or without an attached particle (وجهاد, and فتحي, not ف + تحي)."""
    return _gaz(model, norm) == "PP" or _gaz(model, split_proclitic(norm)[1]) == "PP"


def _compass_word(norms: list[str], i: int) -> int | None:
    """The length of the particles on the word before the place at ``i`` when the two are one place
    (جنوب السودان: 0; وشمال سيناء: 1), else None. وسط is the word itself, not و + سط."""
    w = norms[i - 1]
    if (w, norms[i]) in _COMPASS_PLACES:
        return 0
    pre, stem = split_proclitic(w)
    return len(pre) if pre and (stem, norms[i]) in _COMPASS_PLACES else None


def _after_cleric(words: list[str], i: int) -> bool:
    """Token ``i`` follows a cleric's title: "آية الله", "آية الله العظمى", "آية الله العظمى السيد"."""
    k = i
    while k > 0 and normalise_word(words[k - 1]) in _CLERIC_AFTER:
        k -= 1
    return k >= 2 and words[k - 1] == "الله" and normalise_word(words[k - 2]) in ("ايه", "اية")


_CLERIC_AFTER = {normalise_word(w) for w in "العظمى السيد".split()}


_FOR_BALL = normalise_word("لكرة")


def _ali_before(words: list[str], i: int) -> bool:
    """The word before a person is the first name علي (spelt with ي, not the preposition على) in a list
    of names, after a comma or هم / من (some outlets spell the preposition على with ي too)."""
    if words[i - 1] in ("علي", "على") and _after_cleric(words, i - 1):
        return True  # "آية الله علي السيستاني", "آية الله على خامنئي": after a cleric's title
    return words[i - 1] in ("علي", "وعلي") and i >= 2 and (words[i - 2] in ("،", ",") or words[i - 2] in ("هم", "وهم", "من"))


# past verbs of giving money, too short for the verb shapes above
_MONEY_VERBS = frozenset(
    normalise_word(w) for w in "مول مولت تبرع تبرعت تبرعا تبرعوا دفع دفعت دفعا منح منحت منحا منحوا قدم قدمت".split()
)


def _trailing_verb(model: Model, word: str, norm: str) -> bool:
    """A verb by its shape (أفعل: أودع، أعلن; a plural in وا: تآمروا; a present in ي: يطعن، يهاجم) that
    the news uses as a plain word and no name list holds, never as a name."""
    if norm in _MONEY_VERBS:
        return True  # "القذافي مول حملة فلان", "علان تبرع بمليون" (مول is on the name list as a surname)
    if (
        norm.startswith(("سي", "ست"))
        and len(norm) >= 5
        and not _gaz(model, norm)  # (سينجر is Singer, not "will be dragged")
        and _conjugated(model, norm[1:])
        and _trailing_verb(model, word[1:], norm[1:])
    ):
        return True  # "وأن مايكل سيعتني": a future the news seldom writes, of a present it writes often
    return (
        bool(_VERB_SHAPE.match(word) or _PRESENT_SHAPE.match(word))
        and _plain_word(model, norm)
        and _gaz(model, norm) != "PP"
        and model.lexicon.get(norm, _NO_INFO).freq >= 3  # seen often enough in the news (not أكول)
    )


def _short_present(model: Model, norm: str) -> bool:
    """A present verb of three letters the news writes in both persons (ترى/يرى، تبقى/يبقى)."""
    other = _other_person(norm) if len(norm) == 3 else None
    return (
        other is not None
        and model.lexicon.get(norm, _NO_INFO).freq >= 5
        and model.lexicon.get(other, _NO_INFO).freq >= 5
    )


def _company_word(model: Model, word: str) -> bool:
    """A Latin word that ends a company's name: Inc, Co., Capital, Partners…"""
    return word in model.org_suffix or word.rstrip(".") in model.org_suffix


def _org_after_and(model: Model, tokens: list[Token], j: int) -> bool:
    """Does the Latin run after "and" at ``j`` end in an organisation suffix (Procter and Gamble Co)?"""
    k = j + 1
    while k < len(tokens) and _is_latin_name(tokens[k].text):
        k += 1
    return k > j + 1 and _company_word(model, tokens[k - 1].text)


_JOINING_LINKS = {"&", "of", "de", "du", "la", "von", "van"}


def _join_latin(
    model: Model, tokens: list[Token], spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Latin names cut at a link word are one name: "Dickens" "&" "Madson" → Dickens & Madson;
    so are two Latin pieces side by side: "Kamala" "Harris"."""
    spans = sorted(spans)
    out: list[tuple[int, int, str, str]] = []
    for sp in spans:
        if out:
            a, b, label, source = out[-1]
            i, j, lab2, _ = sp
            if (
                i == b
                and _is_latin(tokens[a].text)
                and _is_latin(tokens[i].text)
                and tokens[i].start - tokens[b - 1].end == 1
                and all(_is_latin_name(t.text) for t in tokens[a:j])
            ):
                words = [t.text for t in tokens[a:j]]
                both = "PERSON" if "PERSON" in (label, lab2) else label
                out[-1] = (a, j, _latin_label(model, words, None, both) or both, "rule:latin")
                continue
            link = tokens[b].text if b < i else ""
            if (
                label == "PERSON"
                and i == b + 1
                and link == "-"
                and _is_latin(tokens[b - 1].text)
                and _is_latin(tokens[i].text)
                and tokens[b].start == tokens[b - 1].end
                and tokens[i].start == tokens[b].end
            ):
                # "Cornelia Steinberg-Wright": a hyphenated surname, written without spaces, is one name
                out[-1] = (a, j, "PERSON", "rule:latin")
                continue
            if (
                _is_latin(tokens[a].text)
                and _is_latin(tokens[i].text)
                and i == b + 1
                and (
                    link in _JOINING_LINKS
                    or (link == "and" and _company_word(model, tokens[j - 1].text))
                )
                and not (label == "PERSON" and lab2 == "PERSON")  # "Donald Trump and Kamala Harris"
                and tokens[i].start - tokens[b - 1].end <= len(link) + 2
            ):
                out[-1] = (a, j, "ORG" if "ORG" in (label, lab2) else label, "rule:latin")
                continue
        out.append(sp)
    return out


def _english_prose(tokens: list[Token], k: int) -> bool:
    """A lower-case English word (not a name's link word) at ``k``: the capitalised words beside it
    are a sentence or a web page's boilerplate ("Leave a Reply"), not a name inside Arabic text."""
    return 0 <= k < len(tokens) and tokens[k].text.isascii() and tokens[k].text.isalpha() and (
        tokens[k].text.islower() and tokens[k].text not in _LATIN_LINK
    )


def _is_latin_name(word: str) -> bool:
    return bool(_LATIN_WORD.match(word))


def _owners(n: int, spans: list[tuple[int, int, str, str]]) -> list[int]:
    """For each of ``n`` tokens, the index of the span that holds it, or -1 (a dropped span holds none)."""
    owner = [-1] * n
    for k, (i, j, label, _) in enumerate(spans):
        if label == "DROP":
            continue
        for t in range(i, j):
            owner[t] = k
    return owner


def _apply_rules(
    model: Model, tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Relabel and add spans with trigger words, Latin-script names and quoted names."""
    n = len(tokens)
    owner = _owners(n, found)
    out = list(found)
    stems = [split_proclitic(w)[1] for w in norms]

    triggers: dict[int, str | None] = {}

    def trigger(idx: int) -> str | None:
        """ORG/PERSON when the word at ``idx`` (particles removed) announces a name."""
        if idx < 0:
            return None
        if idx in triggers:
            return triggers[idx]
        found_type = None
        for form in _forms(norms[idx], stems[idx]):
            if form in model.org_triggers:
                found_type = "ORG"
            elif form in model.person_triggers:
                found_type = "PERSON"
            elif form in model.place_triggers:
                found_type = "GPE"
            if found_type is not None:
                break
        triggers[idx] = found_type
        return found_type

    def particle(idx: int) -> bool:
        """A token that is only a particle: لـ, بـ, ل."""
        return idx >= 0 and tokens[idx].text.rstrip("ـ") in ("ل", "ب", "و", "ك", "وب", "ول", "لل")

    def latin_trigger(idx: int) -> str | None:
        if particle(idx - 1):
            return trigger(idx - 2) or "ORG"
        if idx >= 1 and tokens[idx - 1].text in _QUOTES:
            return trigger(idx - 2)
        found_trigger = trigger(idx - 1)
        if found_trigger is None:
            # "لجنة العمل السياسي الفائقة Keystone Forward": a body's head, its definite words, then its
            # Latin name
            for back in (2, 3, 4):
                head = idx - back
                if head >= 0 and all(norms[t].startswith("ال") for t in range(head + 1, idx)) and trigger(head) == "ORG":
                    return "ORG"
        return found_trigger

    # 0. Latin-script pieces the model found get the Latin rules (LinkedIn after لـ is an ORG).
    for k, (i, j, label, _source) in enumerate(out):
        if _is_latin(tokens[i].text):
            lab = _latin_label(model, [t.text for t in tokens[i:j]], latin_trigger(i), label)
            if lab and lab != label:
                out[k] = (i, j, lab, "rule:latin")

    # 0b. An organisation span that ends in a person's name: شركة تيسلا إيلون ماسك.
    split: list[tuple[int, int, str, str]] = []
    for i, j, label, source in out:
        cut = 0
        if (
            label == "ORG"
            and j - i >= 3
            and "PP" not in _gaz(model, norms[i])
            and not norms[i].startswith("ال")
            # a quoted name is one name: صحيفة "جورنال دو ديمانش"، شركة "سيليم باور كاباسيتورز"
            and not (i > 0 and j < len(tokens) and tokens[i - 1].text in _QUOTES and tokens[j].text in _QUOTES)
        ):
            # "بنك باركليز بي إل سي": a company's legal form (PLC) ends its name, it is no person
            legal = next((n_ for n_ in (3, 2) if tuple(norms[j - n_ : j]) in _NOT_BODY_INITIALS), 0)
            for k in range(i + 1, j - 1 - legal):
                if _gaz(model, norms[k]) == "PP" and all(
                    _gaz(model, norms[t]) or _name_like(model, norms[t], tokens[t].text) for t in range(k, j)
                ):
                    cut = k
                    break
        if cut:
            split.append((i, cut, label, source))
            split.append((cut, j, "PERSON", "rule:org-person-split"))
        else:
            split.append((i, j, label, source))
    out = split

    # 0c. An organisation word alone is not a name ("حزب" before «قلب تونس»); a body the model cut
    # short takes the definite words after it ("حزب الشعب" + "الجمهوري").
    kept: list[tuple[int, int, str, str]] = []
    for i, j, label, source in out:
        if j - i == 1 and label == "ORG" and (norms[i] in model.org_triggers or stems[i] in model.org_triggers):
            continue
        while j - i > 1 and norms[j - 1] in _WEEKDAYS:
            j -= 1
        if label == "ORG" and (stems[i] in model.org_head or norms[i] in model.org_head):
            while (
                j < n
                and owner[j] < 0
                and j - i <= 5
                and norms[j].startswith("ال")
                and len(norms[j]) > 3
                and norms[j] not in model.org_head_stop
                and not _new_body(model, norms, i, j)
                # after a definite word (the head or its complement) only adjectives continue a name
                and (not norms[j - 1].startswith(_DEFINITE) or _adjective_like(norms[j]))
            ):
                j += 1
            if j < n and owner[j] < 0 and _paired_name_word(model, norms, i, j):
                j += 1  # "حزب العدالة والتنمية" tagged as "حزب العدالة"
        kept.append((i, j, label, source))
    out = kept
    owner = _owners(n, out)

    # 1a. A body's head (and what it is for) the tagger took for a name of its own, before a place:
    # "بنك | لبنان", "مجلس أساقفة | نيكاراغوا" are one body (the loop below then reads them as a head,
    # perhaps its field, and a place).
    merged = [
        k
        for k, (i, j, _label, _s) in enumerate(out)
        if j in (i + 1, i + 2)
        and j < n
        and owner[j] >= 0
        and out[owner[j]][0] == j
        and out[owner[j]][2] == "GPE"
        and (j == i + 1 or _field_of_body(model, tokens, norms, i + 1))
        and not _after_preposition(model, norms[j])
        and _head_and_place(model, norms, stems, i, j, out[owner[j]][1])
    ]
    if merged:
        out = [span for k, span in enumerate(out) if k not in merged]
        owner = _owners(n, out)

    def as_body(k: int, start: int, j: int) -> None:
        """Span ``k`` (a place ending at ``j``) becomes the body that opens at ``start``, with the
        adjectives or لل-complement after the place."""
        e = _body_tail(model, norms, j, lambda t: owner[t] < 0)
        out[k] = (start, e, "ORG", "rule:head-place")
        for t in range(start, e):
            owner[t] = k

    # 1. Model entities right after a trigger take the trigger's type.
    split_people: list[tuple[int, int]] = []
    for k, (i, j, label, _source) in enumerate(out):
        if _is_latin(tokens[i].text):
            continue
        trig = trigger(i - 1)
        if trig is None and i >= 2 and norms[i - 1] == "في" and trigger(i - 2) == "GPE":
            trig = "GPE"  # ومقرها في مونريال
        if trig == "PERSON" and trigger(i) == "ORG":
            continue  # "رئيس حزب الشعب": the name starts with an organisation word
        if trig == "PERSON" and label == "ORG" and (norms[i] in model.org_head or stems[i] in model.org_head):
            continue  # "نائب رئيس الحزب الديمقراطي المسيحي": a body's head noun begins the name
        if trig == "PERSON" and label == "ORG" and stems[i - 1] in _HEAD_OF:
            continue  # "وقال رئيس أرامكو السعودية": the body he heads, in construct after his title
        if trig == "ORG" and label == "PERSON" and norms[i - 1].startswith(_DEFINITE):
            continue  # "الأمين العام للحزب حسن نصر الله": a definite body word names no body after it
        if (
            trig == "ORG"
            and label == "PERSON"
            and j - i >= 2
            and stems[i - 1] in _PERSONS_BODIES
            and not any(norms[t].startswith("ال") or stems[t] in model.org_head for t in range(i, j))
            # named so elsewhere in the text with no body word before it ("بقيادة مهاتير محمد"; not
            # "حزب يسرائيل بيتينو", a party's own name)
            and any(
                a != i and b - a == j - i and norms[a:b] == norms[i:j] and lab == "PERSON" and (a == 0 or trigger(a - 1) != "ORG")
                for a, b, lab, _s in found
            )
        ):
            continue  # "تحالف مهاتير محمد", "حزب أنغيلا ميركل": a person's party, named by its leader
        if trig == "PERSON" and label == "GPE" and norms[i].startswith("ال"):
            continue  # "رئيس الولايات المتحدة": the office of a country, not a name
        if trig == "PERSON" and label == "GPE" and stems[i - 1] in _HEAD_OF:
            continue  # "رئيس أوروغواي السابق، خوسيه موخيكا": the country he heads
        if trig == "PERSON" and label == "GPE" and (split_proclitic(norms[i])[0] in ("ب", "وب", "فب") or (i >= 2 and stems[i - 2] in model.org_head)):
            continue  # "الحزب الحاكم بتركيا": the ruling party in Turkey, no governor named تركيا
        if trig == "ORG" and j == i + 1 and ("ال" + stems[i] in model.demonyms or _no_place(model, norms[i:j])):
            continue  # "شركة أسترالية": an Australian company, not a company named so
        if trig == "ORG" and label == "GPE" and stems[i - 1] in _CENTRE_HEADS:
            continue  # "مركز بغداد": the centre of the city
        if trig == "ORG" and label == "GPE" and owner[i - 1] < 0 and _head_and_place(model, norms, stems, i - 1, i, j):
            # "جامعة بغداد", "مصرف لبنان": the head and the place are the body's name, with the
            # adjectives or لل-complement after them (مصرف قطر المركزي، صندوق أبوظبي للتنمية)
            as_body(k, i - 1, j)
            continue
        if (
            trig is None
            and label == "GPE"
            and i >= 2
            and owner[i - 1] < 0
            and owner[i - 2] < 0
            and not _after_preposition(model, norms[i])  # "محكمة … بفرجينيا": where
            and _field_of_body(model, tokens, norms, i - 1)
            and _head_and_place(model, norms, stems, i - 2, i, j)
        ):
            # "مديرية أمن إسطنبول", "مجلس أساقفة نيكاراغوا": a head, what it is for, and the place
            as_body(k, i - 2, j)
            continue
        if (
            label == "GPE"
            and i >= 1
            and owner[i - 1] < 0
            and stems[i - 1] in _FORCES
            and j - i == 1
            and _body_tail(model, norms, j, lambda t: owner[t] < 0) == j + 1
            and _nisba(norms[j])
            and not norms[j].startswith("الم")
        ):
            # "قوات سوريا الديمقراطية": forces, a place and a relational adjective that does not describe
            # the place (not "قوات روسيا المتمركزة", nor "قوات روسيا للانسحاب")
            as_body(k, i - 1, j)
            continue
        if (
            trig == "ORG"
            and label == "PERSON"
            and j - i >= 2
            and norms[i].startswith("ال")
            and _bare_person_word(model, norms[i + 1], tokens[i + 1].text)
        ):
            # "لحزب الخضر كاترين جورينج-إكارت": the party's definite name, then the person's own
            out[k] = (i, i + 1, "ORG", "rule:trigger")
            # (a hyphenated surname goes on after the dash: "جورينج-إكارت")
            joins = j + 1 < n and _hyphen_joins(model, tokens, [t.text for t in tokens], norms, j)
            split_people.append((i + 1, j + 2 if joins else j))
            continue
        if trig and label != trig and label in ("PERSON", "ORG", "GPE", "MISC"):
            if not (trig == "ORG" and label == "GPE" and stems[i - 1] in {"مجلس", "وزاره", "حكومه"}):
                out[k] = (i, j, trig, "rule:trigger")
    if split_people:
        out = [sp for sp in out if not any(a <= sp[0] < b for a, b in split_people)]
        out += [(a, b, "PERSON", "rule:trigger-split") for a, b in split_people]
        out.sort()
    owner = _owners(n, out)

    new: list[tuple[int, int, str, str]] = []
    taken = [o >= 0 for o in owner]

    def claim(a: int, b: int, label: str, source: str) -> None:
        """Add a rule's span and mark its tokens, so that later rules leave them alone."""
        new.append((a, b, label, source))
        for t in range(a, b):
            taken[t] = True

    def quoted_org(i: int, j: int, source: str) -> None:
        """The name between the quotes at ``i`` and ``j`` is an ORG: claim it, or widen the one model
        span inside to the quotes."""
        if not any(taken[t] for t in range(i + 1, j)):
            claim(i + 1, j, "ORG", source)
            return
        ks = {owner[t] for t in range(i + 1, j) if owner[t] >= 0}
        if len(ks) == 1 and not any(taken[t] and owner[t] < 0 for t in range(i + 1, j)):
            k = ks.pop()
            a, b, _, _ = out[k]
            if a >= i + 1 and b <= j:
                out[k] = (i + 1, j, "ORG", source)
                for t in range(i + 1, j):
                    taken[t] = True

    # 1a''. A definite head and a listed first name are no body: "المدير التنفيذي للحزب حافظ قائد
    # السبسي" (the party, then the person; later rules may find him)
    for k, (i, j, label, _source) in enumerate(out):
        if (
            label == "ORG"
            and j - i == 2
            and _DEFINITE_HEAD.match(norms[i])
            and _bare_head(norms[i][1:] if norms[i][:1] in "وف" else norms[i]) in model.org_head
            and _gaz(model, norms[i + 1]) == "PP"
            and not norms[i + 1].startswith("ال")
        ):
            out[k] = (i, j, "DROP", "")
            for t in range(i, j):
                owner[t] = -1

    # 1a. A radio station: its name and FM spelt in Arabic letters ("الجوهرة أف أم", "موزاييك إف إم").
    # Spans inside it give way (the tagger reads "أف أم" as a person); one that runs past it stays.
    fm = [
        t
        for t in range(1, n - 1)
        if norms[t] == "اف"
        and norms[t + 1] == "ام"
        and tokens[t + 1].start - tokens[t].end == 1
        and tokens[t].start - tokens[t - 1].end == 1
        and tokens[t - 1].text not in _FUNCTION_WORDS
        and tokens[t - 1].text[:1].isalpha()
        and not _is_latin(tokens[t - 1].text)
    ]
    # (a span that ends inside it and starts before it, "لمراسل الجوهرة", gives way too)
    fm = [t for t in fm if all(out[k][1] <= t + 2 for k in {owner[u] for u in range(t - 1, t + 2)} if k >= 0)]
    if fm:
        drop = {owner[u] for t in fm for u in range(t - 1, t + 2) if owner[u] >= 0}
        out = [span for k, span in enumerate(out) if k not in drop]
        owner = _owners(n, out)
        taken = [o >= 0 for o in owner]
        for t in fm:
            claim(t - 1, t + 2, "ORG", "rule:radio")

    # 1a'. A parliamentary bloc is named by its party: "كتلة حركة النهضة", "رئيس كتلة نداء تونس" (the
    # bloc, not the party)
    for k, (i, j, label, source) in enumerate(out):
        if label == "ORG" and i >= 1 and owner[i - 1] < 0 and norms[i - 1] in _BLOC and not taken[i - 1]:
            out[k] = (i - 1, j, label, source)
            owner[i - 1] = k
            taken[i - 1] = True

    # 1b. Latin initials spelt in Arabic letters: بي بي سي، سي إن إن، إف بي آي (also after a
    # particle: لبي بي سي). A model span over any of them gives way.
    i = 0
    while i < n:
        j = i
        while (
            j < n
            and _letter_name(norms[j], first=j == i, raw=_spelling(tokens, norms, j))
            and (j == i or tokens[j].start - tokens[j - 1].end == 1)
            # a letter that is also a word ends three letters: "بي بي سي | إن …" but "سي إن إن"
            and (j - i < 3 or norms[j] in _CLEAR_LETTERS)
        ):
            j += 1
        if j - i >= 3 and tokens[j - 1].text in ("إن", "في", "أو") and norms[j - 2] in _CLEAR_LETTERS:
            j -= 1  # "شركة بي بي | في العراق", "إيه بي | إن الحكومة"; but "سي إن إن"
        inside = {owner[t] for t in range(i, j) if owner[t] >= 0}
        if j - i >= 3 and norms[i] not in _LETTER_NAMES and _initials(norms, i, j):
            # "وقالت مالمستروم لبي بي سي": a name the tagger ran on into the particle's first letter
            # ends before it
            for k in list(inside):
                a, b, ty, src = out[k]
                if a < i < b <= j:
                    # an organisation's type came with the initials unless a body's head opens the
                    # span ("حزب الوفد لبي بي سي"): otherwise the rest is left to the later rules (a
                    # surname of a person named in full is that person)
                    body = ty == "ORG" and any(
                        f in model.org_head or f in model.org_triggers for f in _forms(norms[a], stems[a])
                    )
                    keep = ty != "ORG" or body
                    out[k] = (a, i, ty, src) if keep else (a, b, "DROP", "")
                    for t in range(i if keep else a, b):
                        owner[t], taken[t] = -1, False
                    inside.discard(k)
        # initials inside a longer name stay in it ("بيكر هيوز جي إي", "جيه دي فانس"); two letters
        # before a listed name are a person's initials (جي دي فانس), three are a body's
        longer = any(
            # "دي إن إيه أن بي بي سي" as one span is no name; "ان بي سي" is (NBC without its hamza)
            not (norms[t] in _CLEAR_LETTERS or tokens[t].text in _LETTER_SPELLINGS or tokens[t].text == "أن")
            for k in inside
            for t in range(out[k][0], out[k][1])
            if not i <= t < j
        )
        person = j - i == 2 and j < n and _gaz(model, norms[j]).startswith("P")
        ok = _initials(norms, i, j)
        if ok and longer and j - i >= 3 and len(inside) == 1 and j < n and _gaz(model, norms[j]).startswith("P"):
            # "محلل بي بي سي أنتوني زوركر", one model span: the body, then its reporter
            k = inside.pop()
            a, b, _, src = out[k]
            if b > j:
                out[k] = (j, b, "PERSON", src)
                for t in range(a, j):
                    owner[t], taken[t] = -1, False
                longer = False
        if ok and not longer and not person:
            for k in inside:
                a, b, _, _ = out[k]
                out[k] = (a, b, "DROP", "")
                for t in range(a, b):
                    owner[t] = -1  # a later rule (quoted_org) must not bring the span back
                    taken[t] = any(sp[0] <= t < sp[1] for sp in new)
            if not any(taken[t] for t in range(i, j)):
                claim(i, j, "ORG", "rule:initials")
        i = max(j, i + 1)

    # 1c. A first name made with الله (فتح الله، نصر الله، عبد الله) before a name: one person
    # ("الداعية فتح الله غولن"; the tagger alone reads الله as a name of its own).
    for i in range(1, n - 1):
        if (
            norms[i] != "الله"
            or (norms[i - 1] not in _THEOPHORIC and stems[i - 1] not in _THEOPHORIC)
            or (i >= 2 and norms[i - 2] in _THEOPHORIC)
        ):
            continue
        h = owner[i - 1]
        if h >= 0 and out[h][2] == "PERSON" and out[h][1] > i:
            continue  # "حسن نصر الله": the tagger has the whole name
        k = owner[i + 1]
        after = k >= 0 and out[k][0] == i + 1 and out[k][2] == "PERSON"
        rare = (
            model.lexicon.get(norms[i + 1], _NO_INFO).freq <= 10
            and not norms[i + 1].startswith("ال")
            and not norms[i + 1].endswith(("ه", "ها", "هم", "كم"))  # "وفتح الله أبوابه": a verb's object
        )
        if not (after or trigger(i - 2) == "PERSON" or _gaz(model, norms[i + 1]).startswith("P") or rare):
            continue
        if not _ARABIC_WORD.match(tokens[i + 1].text) or norms[i + 1] in _NOT_A_NAME_AFTER_ALLAH:
            continue
        end = out[k][1] if after else i + 2
        if any(taken[t] and owner[t] < 0 for t in range(i - 1, end)):
            continue  # a rule's span is there already
        for t in range(i - 1, end):
            if owner[t] >= 0:
                a, b, _, _ = out[owner[t]]
                out[owner[t]] = (a, b, "DROP", "")
                for u in range(a, b):
                    owner[u], taken[u] = -1, False
        claim(i - 1, end, "PERSON", "rule:allah-name")

    # 2. Latin-script capitalised sequences (MAGA Inc, Home Depot, LinkedIn).
    i = 0
    while i < n:
        if taken[i] or not _is_latin_name(tokens[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and not taken[j]:
            w = tokens[j].text
            if tokens[j].start - tokens[j - 1].end > 1:
                break
            if w == "and" and not _org_after_and(model, tokens, j):
                break  # "Ozan Kilic and Mary Smith" are two names; "Procter and Gamble Co" is one
            if _is_latin_name(w) or (w in _LATIN_LINK and j + 1 < n and _is_latin_name(tokens[j + 1].text)):
                j += 1
            else:
                break
        words = [t.text for t in tokens[i:j]]
        latin = _latin_label(model, words, latin_trigger(i), None)
        if latin and not (_english_prose(tokens, i - 1) or _english_prose(tokens, j)):
            claim(i, j, latin, "rule:latin")
        i = j

    # 3. A quoted name right after an ORG trigger: شركة "إليوت مانجمنت".
    # bodies the model named: (first stem, other words) -> where
    named_at: dict[tuple[str, ...], set[int]] = {}
    for a, b, lab, _s in out:
        if lab == "ORG" and b - a >= 2:
            named_at.setdefault((stems[a], *norms[a + 1 : b]), set()).add(a)
    for i in range(n):
        closing = _quote_close(tokens, i) if not taken[i] else None
        if closing is None:
            continue
        j = closing
        # the trigger right before the quote, or before definite words: لشركة الخدمات المالية "…"
        k = i - 1
        while k >= 0 and i - k <= 3 and norms[k].startswith("ال") and trigger(k) is None:
            k -= 1
        back = [trigger(k)] if k >= 0 else []
        if (
            k >= 0
            and owner[k] >= 0
            and out[owner[k]][2] != "DROP"
            and out[owner[k]][1] < i
            and not all(
                norms[t] in model.org_descriptors or _adjective_like(norms[t]) or norms[t] in _FORMER
                for t in range(out[owner[k]][1], i)
            )
        ):
            # 'وصفت وزارة الخارجية السورية الاتهامات "بالاسطوانة المملة"': the trigger heads a whole
            # name, and a word after it (no adjective: 'حركة المتمردين السابقة "فارك"') stands before
            # the quote
            continue
        if (
            k >= 0
            and any(f in _QUOTED_NAME_HEADS for f in _forms(norms[k], stems[k]))
            # near an election word (a name of one word too: لقائمة «سائرون» في الانتخابات), or a name of
            # two words or more after لائحة, an electoral list in itself ("الإرهاب" names no list)
            and (
                any(_ELECTION.match(w) for w in norms[max(0, k - 12) : j + 12])
                or (_LIST_HEAD in _forms(norms[k], stems[k]) and j - i >= 3)
            )
            and not norms[k].startswith(("ب", "علي"))
            and not (k > 0 and norms[k - 1] in ("علي", "على", "في"))  # "على قائمة «العقوبات»"
        ):
            back = ["ORG"]  # "قائمة «أربيل الجديدة» في الانتخابات": an electoral list (قائمة "الإرهاب" is none)
        if (
            k >= 0
            and k == i - 1
            and any(f in _GATHERING_HEADS for f in _forms(norms[k], stems[k]))
            and i + 1 < n
            and norms[i + 1] not in _SLOGAN_OPENERS  # ('تجمع "ضد الفساد"': a rally's slogan)
            # (not a rally one is at: "في تجمع «جمعة الرحيل»", "خلال تجمع «…» الانتخابي")
            and not (k > 0 and norms[k - 1] in _AT_A_RALLY)
            and not (j + 1 < n and norms[j + 1] in _RALLY_ADJECTIVES)
            and not norms[i + 1].endswith("وا")  # an imperative ("أوقفوا الحرب")
            and not norms[i + 1].startswith("لن")  # "لنجعل أمريكا …"
        ):
            # 'تجمع «ليبيا أولاً»', 'تكتل «لبنان السيادي»': a political gathering or bloc named in quotes
            # (not a trigger word in general: "تجمع انتخابي" is a rally)
            back = ["ORG"]
        if j - i > 6 or norms[i + 1] in _SPEECH_START:
            continue  # وأضاف للصحيفة "نحن ندعم …": words said to the paper, not its name
        if 0 <= k < i - 1 and named_at.get((stems[k], *norms[k + 1 : i]), set()) - {k}:
            # 'اعتبر الحكم الصادر عن محكمة العدل الدولية "هزيمة أخرى"': a body the text names elsewhere
            # in these words, then words said
            continue
        if j - i > 3 and k >= 0 and _said_before(norms, k):
            continue  # وقال رئيس اللجنة القومية للحزب الديمقراطي "خلال الحملة شنت روسيا هجوما": what he said
        if "ORG" in back and k < i - 1:
            # "لبنك الاستثمار «ستيفنز»": the trigger and its common words describe the quoted name
            for o in {owner[t] for t in range(k, i) if owner[t] >= 0}:
                a, b, lab, _s = out[o]
                if a >= k and b <= i and lab == "ORG":
                    out[o] = (a, b, "DROP", "")
                    for t in range(a, b):
                        owner[t] = -1  # still taken: no other rule makes a name of the description
        # مؤسسة «الباشا» الخيرية: an adjective after the quotes makes the whole phrase the name
        whole = (
            k == i - 1
            and j + 1 < n
            and not taken[j + 1]
            and not taken[k]
            and norms[j + 1] in model.org_adjectives
        )
        if (
            "ORG" not in back
            and 3 <= j - i <= 6
            and set(_forms(norms[i + 1], stems[i + 1])) & _QUOTED_BODY_HEADS
            # (a list of three words or more, or near an election word: «قائمة العزم الوطني», not «قائمة
            # الإرهاب»)
            and (
                not set(_forms(norms[i + 1], stems[i + 1])) & _QUOTED_NAME_HEADS
                or j - i >= 4
                or any(_ELECTION.match(w) for w in norms[max(0, k - 12) : j + 12])
            )
            # ("تحالف مع المال الفاسد": the verb and its preposition, words said, no name)
            and norms[i + 2] not in _INSIDE_STOPS_NORM
            # "حزب سياسي مدني"، "قوات جديدة"، "هيئة محلفين كبرى": an indefinite word says what kind (an
            # idafa chain ending in a definite word names: "عصائب أهل الحق")
            and (
                norms[i + 2].startswith("ال")
                or norms[i + 2].isdigit()  # "حركة 5 نجوم"
                or (j - i >= 4 and norms[i + 3].startswith("ال"))
                or not _plain_word(model, norms[i + 2])
            )
            and not (norms[i + 2].endswith(("ي", "يه")) and len(norms[i + 2]) >= 4 and not norms[i + 2].startswith("ال"))
            # "حركة حماس تدعم المصالحة"، "جيش الاحتلال يقتل الأطفال": a clause said, no name
            and not any(
                tokens[t].text[:1] in ("ي", "ت") and len(tokens[t].text) >= 4 and _plain_word(model, norms[t])
                for t in range(i + 2, j)
            )
        ):
            back = ["ORG"]  # لمقاتلي "جيش الإسلام"، معروفة باسم "قوات الدعم السريع": a quoted body names itself
        if "ORG" not in back:
            continue
        if whole and not any(taken[t] for t in range(i + 1, j)):
            claim(k, j + 2, "ORG", "rule:quoted-org")
        elif whole:
            # the model found part of it: the trigger, the quoted name and the adjective are the name
            ks = {owner[t] for t in range(i + 1, j) if owner[t] >= 0}
            if len(ks) == 1:
                k = ks.pop()
                a, b, _, _ = out[k]
                if a >= i + 1 and b <= j:
                    out[k] = (i - 1, j + 2, "ORG", "rule:quoted-org")
                    taken[i - 1] = taken[j + 1] = True
        else:
            quoted_org(i, j, "rule:quoted-org")

    # 3a. The outlet of an interview: في تصريحات خاصة لـ"مصراوي"، في حديث لـ«العربي الجديد».
    for i in range(2, n):
        closing = _quote_close(tokens, i)
        if closing is None or norms[i - 1] not in _TO or not any(
            norms[k].startswith(_INTERVIEW) for k in range(max(0, i - 4), i - 1)
        ):
            continue
        quoted_org(i, closing, "rule:outlet")

    # 3b. Quoted names in a list after a quoted organisation are organisations too:
    # شركة «داو كميكال» (…)، و«كويكن لونز»، و«جنرال موتورز» و«فورد».
    _coordinated_quotes(tokens, out, new, taken)

    # 4. Unknown words after a person trigger: السناتور X Y.
    for i in range(n - 1):
        if trigger(i) != "PERSON" or taken[i + 1]:
            continue
        j = i + 1
        if _plain_word(model, norms[j]) or norms[j] in _TITLE_COMPLEMENTS:
            continue  # وزوجته جمعا (his wife and he raised): a verb or noun the news knows, not a name
            # ("رئيس أركان الجيش": the title goes on)
        while (
            j < n
            and j - i <= 3
            and not taken[j]
            and (
                _name_like(model, norms[j], tokens[j].text)
                # a listed name word goes on the name, unless it is a word of the most common kind
                # (إن "that" is also listed, as a name part)
                or (j > i + 1 and _gaz(model, norms[j]) == "PP" and model.lexicon[norms[j]].freq <= 14)
            )
        ):
            j += 1
        # a compound name ending in الدين: أمل علم الدين، نور الدين
        if j > i + 1 and j + 1 < n and not taken[j] and not taken[j + 1] and norms[j + 1] == "الدين":
            if _ARABIC_WORD.match(tokens[j].text) and not norms[j].startswith("ال"):
                j += 2
        if j > i + 1:
            claim(i + 1, j, "PERSON", "rule:person-trigger")

    # 4b. A title, its complements and then names: الرئيس الأميركي دونالد ترمب، رئيس الوزراء بينيامين نتنياهو.
    for i in range(n - 2):
        if trigger(i) != "PERSON":
            continue
        s = i + 1
        while s < n and s - i <= 3 and (norms[s] in model.title_words or _nisba(norms[s])):
            s += 1
        if s >= n or taken[s] or not (_gaz(model, norms[s]) == "PP" or _name_like(model, norms[s], tokens[s].text)):
            continue
        if norms[s] in _INSIDE_STOPS_NORM or tokens[s].text in _INSIDE_STOPS:
            continue  # "الرئيس المشارك في بنك …": a preposition, listed as a name part, opens no name
        j = s + 1
        while (
            j < n
            and j - s < 3
            and not taken[j]
            and _ARABIC_WORD.match(tokens[j].text)
            and not norms[j].startswith("ال")
            and (
                _gaz(model, norms[j])
                or _name_like(model, norms[j], tokens[j].text)
                or _cluster(model, norms[j]) in model.name_clusters
            )
        ):
            j += 1
        if j - s >= 2:
            claim(s, j, "PERSON", "rule:title-name")

    # 5. A body's head noun and the definite words after it: مجلس النواب، الحزب الديمقراطي،
    # دوري كرة السلة الأميركي; a coordinated definite word after it is a second body: مجلس النواب والشيوخ.
    def definite(t: int) -> bool:
        w = norms[t]
        return (
            (w.startswith("ال") or w.startswith("لل"))
            and len(w) > 3
            and w not in model.org_head_stop
            and w not in _TO_PRONOUN  # إليها، إليه: "to it", not the article (اليهود is)
        )

    for i in range(n - 1):
        if taken[i] or not (
            stems[i] in model.org_head
            or norms[i] in model.org_head
            or (norms[i][:1] == "ل" and norms[i][1:] in model.org_head)  # للجنة = لـ + اللجنة
            or (norms[i].startswith("لل") and "ال" + norms[i][2:] in model.org_head)  # للحرس = لـ + الحرس
        ):
            continue
        if i > 0 and norms[i - 1] in _APPOSITION:
            continue  # "MAGA Inc، وهي لجنة العمل السياسي …" describes a name, it is not one
        if (stems[i], norms[i + 1]) in model.not_a_body or (norms[i], norms[i + 1]) in model.not_a_body:
            continue  # صندوق الاقتراع is a ballot box, صندوق الحرب a war chest
        j = i + 1
        # a fund or committee named for its candidate: صندوق انتصار بايدن، لجنة انتصار ترامب
        k = owner[i + 2] if i + 2 < n else -1
        if (
            stems[i] in _FUND_HEADS
            and k >= 0
            and out[k][0] == i + 2
            and out[k][2] == "PERSON"
            and not taken[i + 1]
            and _ARABIC_WORD.match(tokens[i + 1].text)
            and not norms[i + 1].startswith("ال")
            and model.lexicon.get(norms[i + 1], _NO_INFO).freq >= 6
            and _cluster(model, norms[i + 1]) not in model.name_clusters  # a common word (انتصار, victory)
        ):
            claim(i, out[k][1], "ORG", "rule:org-head")
            out[k] = (out[k][0], out[k][1], "DROP", "")
            continue
        if (
            j + 1 < n
            # a definite head takes no idafa complement: الهيئة بكل …, للحزب وضبط …
            and not norms[i].startswith(_DEFINITE)
            and not taken[j]
            and not taken[j + 1]
            and not definite(j)
            and _ARABIC_WORD.match(tokens[j].text)
            and len(norms[j]) >= 3
            and norms[j] not in model.org_head_stop
            and norms[j + 1].startswith("ال")
            and definite(j + 1)
            and model.lexicon.get(norms[j], _NO_INFO).freq >= 6
            and norms[j] not in _HEAD_OF  # "ديوان وزير الداخلية": a person's office, not a body's name
            and not _present_verb(model, norms[j])  # "بكتائب تناهز الألف": a verb, no complement
            and not _with_pronoun(model, tokens[j].text)  # "سفارة بلاده": a pronoun's, no name
        ):
            j += 1
        # a لل-word is a name's complement after an adjective (الهيئة الوطنية للانتخابات), not right
        # after the head (الحزب للاحتفاظ بمرشحه: a purpose)
        adjective = False
        definite_head = norms[i].startswith(_DEFINITE)
        while j < n and j - i <= 5 and not taken[j] and definite(j) and (j > i + 1 or not norms[j].startswith("لل")):
            if (adjective or definite_head or (j > i + 1 and definite(j - 1))) and not _adjective_like(norms[j]):
                # "الصندوق السيادي السعودي الشركة", "حزب العمال الوثيقة", "رفضت الحكومة الطلب": after an
                # adjective, a definite complement or a definite head, a noun is the verb's object
                break
            if _title_word(model, norms[j]):
                break  # "رئيس مجلس النقباء الدكتور علي …": a person's title starts a name, not the body's
            if (
                norms[j].startswith("لل")
                and _describes_a_person(model, norms[j])  # ("المجلس الاستشاري للهيئة فلانة": its body's)
                and j + 1 < n
                and owner[j + 1] >= 0
                and out[owner[j + 1]][2] == "PERSON"
                and out[owner[j + 1]][0] == j + 1
            ):
                break  # "مساندة الجبهة الشعبية للنقابي فلان": لـ and the person's description, then his name
            if (
                _bare_head(stems[i]) in _GOVERNMENT
                and j == i + 1
                and j + 1 < n
                and _gaz(model, norms[j]).startswith("P")
                and _gaz(model, norms[j + 1]).startswith("P")
            ):
                break  # "حكومة الحبيب الصيد": the government of a person named after it
            if _new_body(model, norms, i, j):
                break
            if norms[j] in _TIME_HEADS and j + 1 < n and norms[j + 1] in _TIME_ADJECTIVES:
                break  # "للحزب العام الماضي": last year, no body named العام
            adjective = adjective or _nisba(norms[j])
            j += 1
        # "اللجنة القومية للحزب الديمقراطي": a body of the party the tagger named on its own is one name
        absorbed = -1
        k = owner[j] if adjective and j < n and taken[j] and norms[j].startswith("لل") else -1
        if (
            k >= 0
            and out[k][0] == j
            and out[k][2] == "ORG"
            and {"ال" + norms[j][2:], "ال" + norms[j][1:]} & model.org_head  # للحزب، للجنة
            and not {_bare_head(norms[i]), _bare_head(stems[i])} & _STATE_HEADS  # "قدمت الحكومة الفرنسية للبنك": to
        ):
            absorbed, j = k, out[k][1]
        if (
            adjective
            and j + 1 < n
            and not {_bare_head(norms[i]), _bare_head(stems[i])} & _STATE_HEADS
            and not _title_word(model, norms[j][1:])
            and not taken[j]
            and not taken[j + 1]
            and norms[j][:1] == "ل"
            and not norms[j].startswith("لل")
            and (len(norms[j]) >= 5 or norms[j] == _FOR_BALL)  # ("الاتحاد الأرجنتيني لكرة القدم"; not لدعم)
            and norms[j] not in _IN_FAVOUR  # ("صوت نواب الجبهة الشعبية لصالح الحبيب الصيد": a vote's side)
            and definite(j + 1)
            and not norms[j + 1].startswith("لل")
            and model.lexicon.get(norms[j][1:], _NO_INFO).freq >= 6
        ):
            j += 2  # "الهيئة الوطنية لمكافحة الفساد", "المركز الوطني لمراقبة الإرهاب"
        # "لجنة السياحة بالبرلمان": a body it belongs to, joined by بـ
        if (
            j > i + 1
            and j < n
            and not taken[j]
            and norms[j].startswith("بال")
            and ("ال" + norms[j][3:] in model.org_head or norms[j][3:] in model.org_triggers)
        ):
            j += 1
        k = owner[j] if j == i + 1 and j < n and taken[j] and absorbed < 0 else -1
        if (
            k >= 0
            and out[k][:3] == (j, j + 1, "GPE")
            and norms[i].startswith("ال")
            and norms[j].startswith("ال")
            and _nisba(norms[j])
            and norms[i].endswith("ه") == norms[j].endswith("ه")  # the adjective agrees with its head
        ):
            absorbed, j = k, j + 1  # "من قبل الحكومة السعودية": the country's adjective, read as the country
        if {_bare_head(norms[i]), _bare_head(stems[i])} & _CENTRE_HEADS and not any(norms[t][:1] == "ل" for t in range(i + 1, j)):
            continue  # "مركز التسوق", "المركز السابع": a centre is a body only with what it is for (للدراسات)
        if j > i + 1 and (definite(j - 1) or norms[j - 1].startswith("بال")):
            # "اللجنة المالية لدعم ترمب": a committee named for the candidate it backs
            if j + 1 < n and norms[i] in _COMMITTEE_HEADS and norms[j] in _FOR_CANDIDATE:
                k = owner[j + 1]
                if k >= 0 and out[k][0] == j + 1 and out[k][2] == "PERSON":
                    j = out[k][1]
                    out[k] = (out[k][0], out[k][1], "DROP", "")
                else:
                    e = j + 1
                    while e < n and e - j <= 2 and not taken[e] and _person_word(model, norms[e], tokens[e].text):
                        e += 1
                    if e > j + 1:
                        j = e
            k = owner[j] if j < n and taken[j] else -1
            if (
                absorbed < 0
                and k >= 0
                and out[k][:3] == (j, j + 1, "GPE")
                and _nisba(norms[j])
                # "الخارجية الإيرانية | السعودية": one country's adjective already (not الرسمية)
                and not any(_nisba(norms[t]) and norms[t] not in _NOT_A_COUNTRY for t in range(i + 2, j))
            ):
                # "وزارة الداخلية السعودية": the country's adjective, which the tagger named as a place
                absorbed, j = k, j + 1
            if j < n and not taken[j] and _paired_name_word(model, norms, i, j):
                j += 1  # "حزب الحرية والعدالة": one party named by two nouns, not two bodies
            if j + 1 < n and tokens[j].text in _QUOTES and taken[j + 1] and norms[i].startswith(_DEFINITE):
                continue  # "جهاز الإستخبارات الإسرائيلي “موساد”": it describes the quoted name after it
            if absorbed >= 0:
                out[absorbed] = (out[absorbed][0], out[absorbed][1], "DROP", "")
            claim(i, j, "ORG", "rule:org-head")
            # "مجلس النواب والشيوخ": a second complement of the same head (not after an adjective:
            # "حكومة الوحدة الوطنية والملفات المطروحة")
            if j == i + 2 and j < n and not taken[j] and _second_complement(model, norms, i):
                new.append((j, j + 1, "ORG", "rule:org-head-coordinated"))
                taken[j] = True
    # the same after a head and its word that the tagger found (the news tagger names مجلس العموم)
    for a, b, lab, _src in list(out):
        if lab == "ORG" and b == a + 2 and b < n and not taken[b] and _bare_head(stems[a]) in _CHAMBER_HEADS:
            if _second_complement(model, norms, a) and not (b + 1 < n and _adjective_like(norms[b + 1])):
                # not "مجلس الأمن والمجتمع الدولي": an adjective after it makes a phrase of its own
                new.append((b, b + 1, "ORG", "rule:org-head-coordinated"))
                taken[b] = True
    # 5a. A body's head noun in construct with a place the tagger found: شرطة دبي، جامعة بغداد، مصرف لبنان
    for k, (a, b, lab, _src) in enumerate(out):
        h = a - 1
        if lab != "GPE" or h < 0 or taken[h] or not _ARABIC_WORD.match(tokens[h].text):
            continue
        if (stems[h], norms[a]) in model.not_a_body or not _head_and_place(model, norms, stems, h, a, b):
            continue
        out[k] = (a, b, "DROP", "")
        for t in range(a, b):
            owner[t] = -1
        e = _body_tail(model, norms, b, lambda t: not taken[t])
        new.append((h, e, "ORG", "rule:head-place"))
        for t in (h, *range(b, e)):
            taken[t] = True

    # 5b. The holder named after "title + organisation": المتحدث باسم الهيئة المستقلة للانتخاب جهاد المومني.
    for i, j, label, _src in list(out) + list(new):
        if label != "ORG" or j >= n or taken[j]:
            continue
        if not any(trigger(t) == "PERSON" for t in range(max(0, i - 3), i)):
            continue
        e = j
        while (
            e < n
            and e - j < 3
            and not taken[e]
            and _ARABIC_WORD.match(tokens[e].text)
            and (
                (e == j and _person_word(model, norms[e], tokens[e].text) and _gaz(model, norms[e]) == "PP")
                or (e > j and (_person_word(model, norms[e], tokens[e].text) or _gaz(model, norms[e]) != ""))
            )
        ):
            e += 1
        if e - j >= 2:
            claim(j, e, "PERSON", "rule:title-org-name")

    # 5c. A ministry named without وزارة, by its field and the country's adjective in the feminine
    # (of وزارة): الخارجية الإيرانية، الدفاع الروسية; not a policy or affairs (السياسة الخارجية
    # الإيرانية: the word before is definite) nor a masculine adjective (الدفاع الجوي).
    for i in range(n - 1):
        if (
            _bare_head(norms[i]) in _MINISTRY_FIELDS
            and not taken[i]
            and not taken[i + 1]
            and not (i > 0 and _field_word(norms[i - 1]))
            and norms[i + 1].startswith("ال")
            and norms[i + 1].endswith("يه")
            and len(norms[i + 1]) > 5
            and norms[i + 1] not in _NOT_A_COUNTRY  # "الدفاع الجوية", "الدفاع الرسمية"
            # ("وزيرة الدفاع الفرنسية": the feminine adjective is the minister's, no ministry named)
            and not (i > 0 and _MINISTER_F in _forms(norms[i - 1], split_proclitic(norms[i - 1])[1]))
        ):
            claim(i, i + 2, "ORG", "rule:ministry")

    # 6. Rare words right after an organisation word: تطبيق زووم، شركة تسلا.
    for i in range(n - 1):
        if trigger(i) != "ORG" or taken[i + 1] or (stems[i] in model.org_head and stems[i] not in _CENTRE_HEADS):
            continue  # (مركز takes a rare name after it as other triggers do: "مركز صبان")
        j = i + 1
        while (
            j < n and j - i <= 2 and not taken[j] and _name_like(model, norms[j], tokens[j].text, strict=True)
        ):
            j += 1
        if (
            j > i + 1
            and "ال" + norms[i + 1] not in model.demonyms
            and not _quality(norms[i + 1])
            and norms[i + 1] not in model.org_head_stop  # "مجموعة مكونة من 30 نائبا": what it is made of
        ):
            claim(i + 1, j, "ORG", "rule:org-trigger")

    # 6a. A campaign is a candidate's: "لحملة ترامب", "حملة جو بايدن".
    for i in range(n - 1):
        if norms[i] not in _CAMPAIGN or taken[i + 1]:
            continue
        e = i + 1
        while (
            e < n
            and e - i <= 2
            and not taken[e]
            and _ARABIC_WORD.match(tokens[e].text)
            and not norms[e].startswith("ال")
            and _gaz(model, norms[e]) == "PP"
            and _cluster(model, norms[e]) in model.name_clusters
        ):
            e += 1
        if e > i + 1:
            claim(i + 1, e, "PERSON", "rule:campaign-of")

    # 6b. Two listed person-name words in a row, both used like names in the news: تنصيب دونالد ترامب.
    for i in range(n - 1):
        if taken[i] or taken[i + 1] or tokens[i + 1].start - tokens[i].end > 1:
            continue
        first, second = stems[i], norms[i + 1]
        if (
            _ARABIC_WORD.match(tokens[i].text)
            and _ARABIC_WORD.match(tokens[i + 1].text)
            and not first.startswith("ال")
            and not second.startswith("ال")
            and _gaz(model, first) == "PP"
            and _gaz(model, second) == "PP"
            and _cluster(model, first) in model.name_clusters
            and _cluster(model, second) in model.name_clusters
        ):
            new.append((i, i + 2, "PERSON", "rule:name-pair"))
            taken[i] = taken[i + 1] = True

    out = [sp for sp in out if sp[2] != "DROP"]
    out.extend(new)
    # 6b'. A project or initiative named by definite words the model found as a body: مشروع الديمقراطية
    # المتحدة (the model's ORG starts at الديمقراطية; "مشروع القانون" is no ORG, so it is left alone;
    # a body of its own after it is the owner: برنامج البنك التجاري).
    for k, (i, j, label, source) in enumerate(out):
        if (
            label == "ORG"
            and i >= 1
            and norms[i].startswith("ال")
            and stems[i - 1] in _PROJECT
            and not taken[i - 1]
            and norms[i] not in model.org_head  # "برنامج البنك التجاري" is the bank's programme
            and trigger(i) is None
        ):
            out[k] = (i - 1, j, label, source)
            taken[i - 1] = True
    # 6c. Quotes around an organisation word and its name make the word part of the name: “مركز صبان”.
    for k, (i, j, label, source) in enumerate(out):
        if (
            label == "ORG"
            and i >= 2
            and trigger(i - 1) == "ORG"
            and owner[i - 1] < 0
            and _quote_close(tokens, i - 2) == j
        ):
            out[k] = (i - 1, j, label, source)
    out = _join_latin(model, tokens, out)
    # 7. An Arabic name written just before its Latin spelling: شيرفين بيشيفار Shervin Pishevar.
    out.extend(_glossed_names(model, tokens, norms, out, taken))
    out.sort()
    return out


_GLOSS_MIN = 72  # rapidfuzz ratio between a Latin word and a transliteration of the Arabic word


def _sounds_like(arabic: str, latin: str) -> bool:
    """Does one of the transliteration model's spellings of ``arabic`` resemble ``latin``?"""
    from rapidfuzz.fuzz import ratio

    from rasd.resolve.translit import word_candidates

    lat = latin.lower().replace("-", "").replace("'", "")
    word = arabic[2:] if arabic.startswith("ال") and len(arabic) > 4 else arabic
    return any(ratio(c, lat) >= _GLOSS_MIN for c, _p in word_candidates(word, k=5))


_ORIGIN = {"الاصل", "المولد", "الجنسيه"}


def _after_person_title(model: Model, norms: list[str], a: int) -> bool:
    """Is the word before ``a`` a person title, perhaps followed by origin adjectives?

    الثري الإيراني الأصل X, المحامي الأمريكي X.
    """
    t = a - 1
    while t >= 0 and a - t <= 4 and _nisba(norms[t]):
        if split_proclitic(norms[t])[1] in model.person_triggers:
            return True
        t -= 1
    return t >= 0 and split_proclitic(norms[t])[1] in model.person_triggers


def _glossed_names(
    model: Model,
    tokens: list[Token],
    norms: list[str],
    spans: list[tuple[int, int, str, str]],
    taken: list[bool],
) -> list[tuple[int, int, str, str]]:
    """Untagged Arabic words right before a Latin name that spell the same name, word for word.

    The Arabic words take the Latin span's type; a Latin span typed ORG only by default becomes
    PERSON when its Arabic spelling is listed as person names.
    """
    out: list[tuple[int, int, str, str]] = []
    by_place = {(sp[0], sp[1]): sp for sp in spans}
    for k, (i, j, label, source) in enumerate(spans):
        width = j - i
        if not _is_latin(tokens[i].text) or not 1 <= width <= 4 or i - width < 0:
            continue
        a = i - width
        if not all(_ARABIC_WORD.match(tokens[t].text) for t in range(a, i)):
            continue
        if any(taken[t] for t in range(a, i)):
            # the Arabic spelling is already a person: أوزان كيليتش Ozan Kilic is one too
            arabic = by_place.get((a, i))
            if (
                label == "ORG"
                and source == "rule:latin"
                and arabic is not None
                and arabic[2] == "PERSON"
                and all(_sounds_like(norms[a + d], tokens[i + d].text) for d in range(width))
            ):
                spans[k] = (i, j, "PERSON", "rule:latin-gloss")
            continue
        if tokens[a].start > 0 and not all(tokens[t + 1].start - tokens[t].end <= 1 for t in range(a, j - 1)):
            continue
        if not all(_sounds_like(norms[a + d], tokens[i + d].text) for d in range(width)):
            continue
        if label == "ORG" and source == "rule:latin" and width >= 2 and (
            all(_gaz(model, norms[t]) for t in range(a, i)) or _after_person_title(model, norms, a)
        ):
            label = "PERSON"
            spans[k] = (i, j, label, source)
        out.append((a, i, label, "rule:latin-gloss"))
        for t in range(a, i):
            taken[t] = True
    return out


_HONORIFICS = {"سمو", "فخامه", "معالي", "سعاده", "جلاله", "صاحب", "السمو", "جنرال", "ميجر", "دكتور", "الانبا", "البابا"}
_COMMITTEE_HEADS = {"لجنه", "اللجنه", "للجنه"}
_FUND_HEADS = {"صندوق", "لجنه"}
_PROJECT = {normalise_word(w) for w in ("مشروع", "مبادرة", "برنامج")}
_FOR_CANDIDATE = {"لدعم", "لانتخاب", "لاعاده"}
_APPOSITION = {"وهي", "وهو", "هي", "هو", "وهم"}
# days of the week (normalised): a date after a name, never its last word ("سي.إن.بي.سي الخميس")
# (_TO, used below, is defined once further down)
_INTERVIEW = tuple(normalise_word(w) for w in ("تصريح", "حديث", "مقابلة", "حوار", "لقاء"))
_STATED_TYPE = {"rule:quoted-org", "rule:outlet", "rule:org-trigger", "rule:person-trigger"}
# a present-tense verb in the plural (يسألوا، تدفعوا) is not a first name, however rare the form
_PLURAL_VERB = re.compile(r"^[يت]\w{2,}وا$")
# junior and senior, and a regnal number (يوحنا بولس الثاني، عبد الله الثاني)
_GENERATION = {normalise_word(w) for w in ("الابن", "الأب", "الثاني", "الثانية", "الثالث", "الرابع", "الخامس")}
_JUNIOR_SENIOR = {normalise_word(w) for w in ("الابن", "الأب")}
_REGNAL_TITLES = {normalise_word(w) for w in "الملك الملكة البابا الأمير الأميرة السلطان الإمبراطور الشاه العاهل".split()}
_GENERATION_NOT = {normalise_word(w) for w in ("الأكبر", "الأصغر", "الأوسط", "البكر", "الروحي", "الوحيد", "المؤسس")}
_PRONOUN = {normalise_word(w) for w in ("أنا", "نحن", "أنت", "أنتم", "أنتن", "وأنا", "ونحن")}
# words that open a sentence said, never a name in quotes
_SPEECH_START = _PRONOUN | {
    normalise_word(w) for w in ("إن", "إنه", "إننا", "لقد", "هذا", "هذه", "لا", "لن", "لم", "هناك", "هل", "كان")
}
_THAT = {normalise_word(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بان")}
# verbs of saying: quoted words after "said + speaker" are what was said, not a name
_SAID = {
    normalise_word(w)
    for w in "قال وقال قالت وقالت أضاف وأضاف أضافت وأضافت تابع وتابع تابعت وتابعت أكد وأكد أكدت وأكدت".split()
}
_WEEKDAYS = {normalise_word(w) for w in ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")}
_QUOTE_MAX = 7  # tokens from an opening quote to its closing one, for a quoted name


def _said_before(norms: list[str], k: int) -> bool:
    """A verb of saying within eight words before the trigger at ``k``, with its speaker between them
    ("وقال فلان رئيس اللجنة … للحزب "…""), not right before it ("وقال حزب "…"": the party speaks) and not
    followed by إن/أن (then the trigger opens what was said: "وقال فلان إن منظمة "…" انسحبت")."""
    for v in range(max(0, k - 8), k - 1):
        if norms[v] in _SAID and not any(norms[t] in _THAT for t in range(v + 1, k)):
            return True
    return False


def _quote_close(tokens: list[Token], i: int) -> int | None:
    """Index of the quote that closes the one at ``i`` around a short name (1-6 tokens), else None."""
    close = _QUOTES.get(tokens[i].text)
    if close is None:
        return None
    if (
        tokens[i].text == '"'
        and 0 < i < len(tokens) - 1
        and tokens[i + 1].start > tokens[i].end
        and tokens[i - 1].end == tokens[i].start
    ):
        return None  # a straight quote glued to the word before and not after closes a quotation: "حزب الله" و"حماس"
    if i + 1 < len(tokens) and _PUNCT_TOKEN.match(tokens[i + 1].text):
        return None  # no name starts with a stop or a comma: the quote closes what was said, «…الإسلامية". وأضاف "…»
    j = i + 1
    while j < len(tokens) and j - i <= _QUOTE_MAX and tokens[j].text != close:
        j += 1
    if j >= len(tokens) or tokens[j].text != close or j == i + 1 or j - i > _QUOTE_MAX:
        return None
    return j


_LIST_GAP = 16  # tokens between one quoted name of a list and the next (a bracketed amount fits)


def _coordinated_quotes(
    tokens: list[Token],
    out: list[tuple[int, int, str, str]],
    new: list[tuple[int, int, str, str]],
    taken: list[bool],
) -> None:
    """Type quoted names joined by و to an earlier quoted organisation as organisations (in place).

    A quoted name counts when و (or ، و) stands right before its opening quote and the previous quoted
    name ended at most ``_LIST_GAP`` tokens before; a model span that fills the quotes is relabelled from
    MISC or GPE, an untagged one is added. A PERSON the model found keeps its type.
    """
    n = len(tokens)
    spans = {(i, j): k for k, (i, j, _l, _s) in enumerate(out)}
    added = {(i, j): k for k, (i, j, _l, _s) in enumerate(new)}
    prev_end, prev_org = -100, False
    i = 0
    while i < n:
        j = _quote_close(tokens, i)
        if j is None:
            i += 1
            continue
        a, b = i + 1, j
        joined = i >= 1 and tokens[i - 1].text == "و" and tokens[i - 1].end == tokens[i].start
        if (a, b) in spans:
            label = out[spans[(a, b)]][2]
        elif (a, b) in added:
            label = new[added[(a, b)]][2]
        else:
            label = None
        if joined and prev_org and i - prev_end <= _LIST_GAP:
            if (a, b) in spans and label in ("MISC", "GPE"):
                k = spans[(a, b)]
                out[k] = (a, b, "ORG", "rule:quoted-list")
                label = "ORG"
            elif label is None and not any(taken[t] for t in range(a, b)):
                new.append((a, b, "ORG", "rule:quoted-list"))
                for t in range(a, b):
                    taken[t] = True
                label = "ORG"
        prev_end, prev_org = j, label == "ORG"
        i = j + 1


def _name_like(model: Model, norm: str, raw: str, strict: bool = False) -> bool:
    """An Arabic word that is rare in news or listed as a person name, and not a function word."""
    if not _ARABIC_WORD.match(raw) or len(norm) < 2 or norm.startswith("ال") or "\u064b" in raw:
        return False  # tanween (زخمًا) marks a common noun or adverb, not a name
    info = model.lexicon.get(norm)
    pre, stem = split_proclitic(norm)
    if pre and model.lexicon.get(stem, _NO_INFO).freq >= 6 and not (info and (info.gaz or info.freq <= 3)):
        return False  # a common word with a particle: لحشد
    if info is None:
        return True
    if strict:
        return info.freq <= 7 or (info.gaz != "" and info.freq <= 9)
    if info.gaz == "PP" and info.freq <= 12:
        return True
    return info.freq <= 5


def _latin_label(model: Model, words: list[str], trig: str | None, model_label: str | None) -> str | None:
    """Type of a Latin-script name: the trigger before it, an ORG suffix, a first name, else ORG."""
    if trig:
        return trig
    if words[-1].rstrip(".") in model.org_suffix or words[-1] in model.org_suffix:
        return "ORG"
    if len(words) == 1 and (words[0].isupper() and len(words[0]) <= 1):
        return model_label
    if 2 <= len(words) <= 3 and words[0].lower() in model.latin_first:
        return "PERSON"
    if len(words) == 1 or model_label is None:
        return "ORG"
    return model_label


def _not_particle_word(model: Model, norm: str) -> bool:
    """False for a common word behind a particle (للانذار ~ انذار share an embedding cluster); بليك is not one."""
    pre, stem = split_proclitic(norm)
    if not pre:
        return True
    whole, part = model.lexicon.get(norm), model.lexicon.get(stem)
    if whole is None or part is None or whole.gaz:
        return True
    return bool(whole.clusters and part.clusters and whole.clusters[1] != part.clusters[1])


def _person_word(model: Model, norm: str, raw: str) -> bool:
    """A word listed as a person name, or used like one in the news (its embedding cluster)."""
    return bool(_ARABIC_WORD.match(raw)) and (
        _gaz(model, norm) != "" or _cluster(model, norm) in model.name_clusters or _name_like(model, norm, raw)
    )


def _new_body(model: Model, norms: list[str], i: int, j: int) -> bool:
    """ "بمجلس العموم الحكومة البريطانية": after a body's definite complement, a definite body head
    starts another noun phrase (the verb's object), not more of this name; nor does an ideology
    describing a named party belong to its name ("حزب الليكود اليميني")."""
    if j <= i + 1 or not norms[j - 1].startswith(("ال", "لل")):
        return False
    return norms[j] in model.org_head or (j == i + 2 and norms[j] in _IDEOLOGY)


_IDEOLOGY = {
    normalise_word(w)
    for w in "اليميني اليمينية اليساري اليسارية المتطرف المتطرفة الشعبوي الشعبوية الليبرالي الليبرالية".split()
}


def _title_word(model: Model, norm: str) -> bool:
    """A person title or honorific (السناتور، الشيخ، سمو), perhaps behind a particle (وسمو)."""
    stem = split_proclitic(norm)[1]
    return stem in model.person_triggers or norm in _HONORIFICS or stem in _HONORIFICS


def _adjective_like(norm: str) -> bool:
    """A definite word that can describe a body: a relational adjective, a participle (المتحدة،
    المستقلة), a لل-complement, or a common plain adjective (العليا، الكبرى)."""
    return _nisba(norm) or norm.startswith(("الم", "لل")) or norm in _PLAIN_ADJECTIVES


# a title right after a person's name ("سمير جعجع زعيم حزب القوات")
_TITLE_AFTER_NAME = frozenset(
    normalise_word(w) for w in "زعيم رئيس رئيسة وزير وزيرة نائب سفير مستشار المتحدث الناطق الأمين قائد مدير".split()
)

_TITLE_COMPLEMENTS = frozenset(normalise_word(w) for w in "أركان تحرير بعثة قسم دائرة".split())

_FOLLOWERS = frozenset(
    normalise_word(p + w)
    for w in "أنصار مؤيدو مؤيدي أتباع مناصرو مناصري موالو موالي".split()
    for p in ("", "و", "ل", "ب")
)

_FORMER = frozenset(normalise_word(w) for w in "السابق السابقة الجديد الجديدة القديم القديمة".split())

_PLAIN_ADJECTIVES = {
    normalise_word(w)
    for w in "العليا الكبرى الأعلى العام العامة الحر الحرة الموحد الموحدة الأهلي الخاص الخاصة الدائمة الأولى".split()
}


def _nisba(norm: str) -> bool:
    """A definite relational adjective (الأميركي، الإسرائيلية) or an origin word (الأصل)."""
    return norm in _ORIGIN or (norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 4)


_DEFINITE_TITLES = frozenset(
    # (not الأمين، النائب، القائد: surnames too, "محمد الأمين")
    normalise_word(w) for w in "الزعيم الزعيمة الرئيس الرئيسة الوزير الوزيرة".split()
)
_MASDAR_SHAPE = re.compile(r"^ت(?:..ي.|...)$")  # تفعيل، تفعّل: ترشيح، تعيين، ترشح
_YEARS_WORDS = frozenset(normalise_word(w) for w in "عام عامي عامين سنة سنتي سنوات".split())


def _common_edge(model: Model, norm: str) -> bool:
    """A frequent word of the news, no listed name nor used like one, no ال-word (الصدر, البشير are
    both): ترشيح، هاتفيا."""
    info = model.lexicon.get(norm)
    if info is None or info.freq < 7 or norm.startswith("ال") or not _plain_word(model, norm):
        return False
    stem = split_proclitic(norm)[1]  # "واحمد": و + a name
    return stem == norm or (not stem.startswith("ال") and _plain_word(model, stem))


def _plain_word(model: Model, norm: str) -> bool:
    """A word the news knows that is neither listed as a name nor used like one (its embedding
    cluster holds few names)."""
    info = model.lexicon.get(norm)
    return info is not None and not info.gaz and _cluster(model, norm) not in model.name_clusters


def _cluster(model: Model, norm: str) -> str:
    info = model.lexicon.get(norm)
    return info.clusters[2] if info is not None and len(info.clusters) > 2 else ""


def _gaz(model: Model, norm: str) -> str:
    info = model.lexicon.get(norm)
    return info.gaz if info else ""


_TO = {"الي", "الى", "ل", "لـ"}
_CAMPAIGN = {"حمله", "لحمله", "وحمله", "بحمله", "حملات", "لحملات"}


def _party_tail(
    tokens: list[Token], norms: list[str], taken: list[bool], i: int, tails: set[tuple[str, ...]]
) -> tuple[int, int, str, str] | None:
    """ "إلى المحافظين" / "للمحافظين" in a text that names "حزب المحافظين": the party."""
    for tail in tails:
        L = len(tail)
        if i + L > len(tokens) or any(taken[t] for t in range(i, i + L)):
            continue
        words = tuple(norms[i : i + L])
        if words == tail and i > 0 and norms[i - 1] in _TO:
            return (i, i + L, "ORG", "rule:party-name")
        first = words[0][1:] if words[0].startswith("ولل") else words[0]
        if first.startswith("لل") and ("ال" + first[2:],) + words[1:] == tail:
            return (i, i + L, "ORG", "rule:party-name")
    return None


def _split_joined_bodies(
    model: Model, norms: list[str], spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Two bodies written as one span: "فيسبوك وكمبردج أناليتيكا", "سائرون والحكمة", where the first is one
    word the text names alone elsewhere, or the raw news announces as a name."""
    alone = {norms[i] for i, j, label, _ in spans if label == "ORG" and j - i == 1}
    out: list[tuple[int, int, str, str]] = []
    for i, j, label, source in spans:
        if (
            label == "ORG"
            and j - i >= 2
            and norms[i + 1].startswith("و")
            and len(norms[i + 1]) > 2
            and (norms[i] in alone or model.corpus_names.get((norms[i],)) == "ORG")
            # "وكالة غوث وتشغيل اللاجئين" names one body after a singular head ("شركات غوغل وفيسبوك" two)
            and not (
                i > 0
                and (norms[i - 1] in model.org_head or norms[i - 1] in model.org_triggers)
                and not norms[i - 1].endswith(("ات", "تي", "تا"))
            )
        ):
            rest = norms[i + 1][1:]
            if model.lexicon.get(rest, _NO_INFO).freq < 5:
                out.append((i, j, label, source))  # "أبل ووتش": one name (وتش is no word)
                continue
            out.append((i, i + 1, "ORG", source))
            if not (j - i == 2 and (rest in model.org_triggers or rest in model.org_head)):
                out.append((i + 1, j, "ORG", "rule:org-split"))  # (not "أرامكو وشركة": a kind word alone)
            continue
        second = _second_body(model, norms, i, j) if label == "ORG" else None
        if second is not None:
            # "وزارة الشؤون الاجتماعية وديوان الإفتاء": two bodies, each named by its head
            out.append((i, second, "ORG", source))
            out.append((second, j, "ORG", "rule:org-split"))
            continue
        if (
            label == "ORG"
            and j - i >= 2
            and norms[i] == _FOUNDER_F
            and not norms[i + 1].startswith("ال")
            and (norms[i + 1] in model.org_triggers or norms[i + 1] in model.org_head)
        ):
            # "مؤسسة منصة التجارة الإلكترونية X": the founder (f.) of a platform, no foundation, and the
            # platform's kind is no name either (not "مؤسسة الإذاعة والتلفزيون", a corporation)
            continue
        if label == "ORG" and j - i == 2 and _bare_head(norms[i]) != norms[i] and norms[i + 1] in _PLAIN_DEFINITE_NOUNS:
            continue  # "منح الحزب المبلغ ذاته": a definite head and a plain noun are two words, no name
        if label == "ORG" and _person_after_definite_head(model, norms, i, j):
            # "عضو المكتب السياسي للحزب مازن الرواشدة": a definite head takes no name after it; the
            # head alone names no body, the rest is the person
            out.append((i + 1, j, "PERSON", "rule:body-person-split"))
            continue
        cut = _person_after_body(model, norms, i, j) if label == "ORG" else None
        if cut is not None:
            # "وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني": the body, then its officer's name
            out.append((i, cut, "ORG", source))
            out.append((cut, j, "PERSON", "rule:body-person-split"))
            continue
        if (
            label in ("GPE", "LOC")
            and j - i == 2
            and norms[i + 1].startswith("و")
            and len(norms[i + 1]) >= 4
            and not norms[i + 1].startswith("وال")  # البوسنة والهرسك، يهودا والسامرة
            and (norms[i], norms[i + 1]) not in _JOINED_COUNTRIES
            # the rest is a word of its own the news writes more than the whole ("وتورونتو"), not
            # "بني وليد"، "إنديان ويلز"، "ديزني وورلد"
            and model.lexicon.get(norms[i + 1][1:], _NO_INFO).freq >= model.lexicon.get(norms[i + 1], _NO_INFO).freq
            and _gaz(model, norms[i + 1][1:]) != "PP"
        ):
            out.append((i, i + 1, label, source))  # "مونتريال وتورونتو", "تونس وكوناكري": two places
            out.append((i + 1, j, label, "rule:place-split"))
            continue
        out.append((i, j, label, source))
    return out


def _second_body(model: Model, norms: list[str], i: int, j: int) -> int | None:
    """Where a span of a body named by its head runs on with و and a second body's head ("وزارة الشؤون
    الاجتماعية وديوان الإفتاء", "البنك الدولي وصندوق النقد الدولي"), the start of the second."""
    first = norms[i][1:] if norms[i][:1] in ("و", "ل", "ب") and norms[i][1:] in model.org_head else norms[i]
    if first not in model.org_head:
        return None
    for k in range(i + 2, j - 1):
        w = norms[k]
        if w.startswith("و") and len(w) > 3 and w[1:] in model.org_head and w[1:] not in _NOT_SECOND_HEADS:
            return k
    return None


# heads that name a part of the body before them, not a second body ("مجلس إدارة الشركة والمديرية")
_NOT_SECOND_HEADS = {normalise_word(w) for w in "الحكومة حكومة".split()}


_FOUNDER_F = normalise_word("مؤسسة")
# definite nouns of money and plain things that follow a definite head as its object, never its name
_PLAIN_DEFINITE_NOUNS = frozenset(
    normalise_word(w) for w in "المبلغ المال الأموال التبرع التبرعات الدعم التمويل القرض الشيك المبالغ".split()
)


def _person_after_definite_head(model: Model, norms: list[str], i: int, j: int) -> bool:
    """A span made of a body's head noun with the article (الحزب، للحزب، بالمجلس) and a listed first
    name with one or two more words: Arabic puts no name in construct after a definite noun, so the
    head stands for a body named before and the rest is a person."""
    head = _bare_head(norms[i])
    return (
        2 <= j - i - 1 <= 3
        and head != norms[i]
        and (head in model.org_head or head in model.org_triggers)
        and _gaz(model, norms[i + 1]) == "PP"
        and not norms[i + 1].startswith(("ال", "و"))
        and not any(
            norms[t] in _FUNCTION_WORDS or _bare_head(norms[t]) in model.org_head or _bare_head(norms[t]) in model.org_triggers
            for t in range(i + 1, j)
        )
    )


def _person_after_body(model: Model, norms: list[str], i: int, j: int) -> int | None:
    """Where a body's span runs on into a person's name, the start of the name: a listed first name
    after a definite word that ends the body (الأمم المتحدة + تاي بروك زيريهون), not after a title
    (مؤسسة الملك عبد الله) and not a name right after the head (مؤسسة بيل غيتس)."""
    if j - i < 3 or split_proclitic(norms[i])[1] in _COMPANY_HEADS or (i > 0 and split_proclitic(norms[i - 1])[1] in _COMPANY_HEADS):
        return None  # (a company is often named after people: "شركة الاستشارات الألمانية رولاند بيرجر")
    for c in range(i + 2, j):
        if (
            _gaz(model, norms[c]) == "PP"
            and len(norms[c]) >= 3
            # (a listed first name with the article, as the Maghreb writes them, before a listed surname:
            # "البنك المركزي الشاذلي العياري")
            and (
                not norms[c].startswith(("ال", "و"))
                or (norms[c].startswith("ال") and j - c == 2 and _gaz(model, norms[c + 1]) in ("P", "PP"))
            )
            and norms[c - 1].startswith("ال")
            and not _title_word(model, norms[c - 1])
            and norms[c - 1] not in _TRAILING_TITLES
            and 2 <= j - c <= 3
            and not any(
                norms[t] in _FUNCTION_WORDS or norms[t] in model.org_head or norms[t] in model.org_triggers
                for t in range(c, j)
            )
            and not any(_plain_word(model, norms[t]) for t in range(c + 1, j))  # (not "إيطاليا العام")
        ):
            return c
    return None


_COMPANY_HEADS = {normalise_word(w) for w in "شركة الشركة مجموعة المجموعة مؤسسة المؤسسة".split()}
# countries whose one name joins two with و (general geography)
_JOINED_COUNTRIES = {
    tuple(normalise_word(w) for w in pair.split())
    for pair in ("ترينيداد وتوباغو", "ترينيداد وتوباجو", "أنتيغوا وباربودا", "أنتيجوا وباربودا", "سانت كيتس ونيفيس", "تومي وبرينسيب")
}


def _split_joined_people(
    model: Model, norms: list[str], spans: list[tuple[int, int, str, str]], key
) -> list[tuple[int, int, str, str]]:
    """Two people written as one span: "فانس بيتر ثيل" when "بيتر ثيل" is named alone too, and
    "فانس وبليك ماسترز" where و joins a listed first name to the name before it."""
    people = {key(i, j) for i, j, label, _ in spans if label == "PERSON" and j - i >= 2}
    people = {k for k in people if k[0] not in NASAB}
    surnames = {k[-1] for k in people}
    surnames_keys = {(w,) for w in surnames} | people
    alone = {norms[i] for i, j, label, _ in spans if label == "PERSON" and j - i == 1}
    # the words that name someone alone or open or close a longer name elsewhere in the text

    def known_elsewhere(a: int, b: int) -> set[tuple[str, ...]]:
        """The words that name someone alone or open or close a longer name, in the other spans."""
        others = [(i, j) for i, j, label, _ in spans if label == "PERSON" and (i, j) != (a, b)]
        words = {norms[i] for i, _ in others} | {norms[j - 1] for i, j in others if j - i >= 2}
        return {(w,) for w in words}
    def cut_point(i: int, j: int, label: str) -> int | None:
        """Where the span [i, j) holds two people, the start of the second; else None."""
        if any(norms[t] in NASAB for t in range(i, j)):
            return None  # راشد بن محمد بن راشد آل مكتوم is one chain of names
        if label in ("ORG", "GPE", "MISC") and any(norms[c].startswith("و") for c in range(i + 1, j)):
            # "كلوني وعلم الدين" typed ORG: two people named elsewhere, joined by و
            cut = next(
                (
                    c
                    for c in range(i + 1, j)
                    if norms[c].startswith("و") and (key(i, c) in surnames_keys or tuple(norms[i:c]) in surnames_keys)
                ),
                None,
            )
            if cut is not None and any(len(p) > j - cut and p[-(j - cut) :] == key(cut, j) for p in people):
                return cut
        if label == "ORG" and j - i >= 3:
            # "جي دي فانس بيتر ثيل" typed ORG: two people named elsewhere
            cut = next((c for c in range(i + 1, j - 1) if key(c, j) in people), None)
            if cut is not None and norms[cut - 1] in surnames:
                return cut
        if (
            label == "PERSON"
            and j - i == 2
            and norms[i + 1].startswith("و")
            and len(norms[i + 1]) > 3
            and (norms[i],) in surnames_keys
            and not _gaz(model, norms[i + 1])
        ):
            return i + 1  # "بايدن وساندز": a surname named before, و, another name
        if (
            label == "PERSON"
            and j - i == 2
            and {norms[i], norms[i + 1]} <= {k[-1] for k in people if k != key(i, j)}
            and {norms[i], norms[i + 1]} <= alone
            # (not "الحارس محمد شطناوي": a first name that opens another's name; not "عبدالله الثاني")
            and norms[i] not in {k[0] for k in people if k != key(i, j)}
            and norms[i + 1] not in _GENERATION
        ):
            return i + 1  # "كما تقاضي دانيلز ترامب": two surnames of people the text names in full
        if label == "PERSON" and j - i == 2 and norms[i + 1].startswith("و") and len(norms[i + 1]) > 3:
            others = known_elsewhere(i, j)
            if {(norms[i],), (norms[i][1:],)} & others and (norms[i + 1][1:],) in others:
                return i + 1  # "قمة بين كيم وترامب": two people the text names elsewhere, joined by و
        if label == "PERSON" and j - i >= 3:
            # "فانس بيتر ثيل": what comes before the second person names someone too (فانس ends جي دي
            # فانس); "جهاد محمد قانصو" beside "محمد قانصو" is a first name, a father's and a family's
            # (a first word that is no name at all is cut off too: "اغتيال عبد الفتاح يونس")
            cut = next(
                (
                    c
                    for c in range(i + 1, j - 1)
                    if key(c, j) in people
                    and (norms[c - 1] in surnames or (c - i == 1 and not _name_word(model, norms[i])))
                ),
                None,
            )
            if cut is None:
                # "فانس وبليك ماسترز": و + a listed first name
                cut = next(
                    (
                        c
                        for c in range(i + 1, j - 1)
                        if norms[c].startswith("و")
                        and _gaz(model, norms[c][1:]) == "PP"
                        and not _gaz(model, norms[c])
                    ),
                    None,
                )
            return cut
        return None

    out: list[tuple[int, int, str, str]] = []
    for i, j, label, source in spans:
        cut = cut_point(i, j, label)
        if cut is None:
            out.append((i, j, label, source))
        else:
            out.append((i, cut, "PERSON", "rule:person-split"))
            out.append((cut, j, "PERSON", "rule:person-split"))
    return out


def _common_with_clitic(model: Model, word: str, stem: str) -> bool:
    """The word has a proclitic (``stem`` differs) and with it is at least as frequent in the news as
    the bare stem: a word of its own (لصالح، لدى) rather than a particle and a name."""
    whole = model.lexicon.get(word)
    return stem != word and whole is not None and whole.freq >= model.lexicon.get(stem, _NO_INFO).freq


_PERSONS_BODIES = frozenset(normalise_word(w) for w in "حزب تحالف ائتلاف حكومة ادارة".split())
# (a party or coalition named by its leader: "حزب ميركل"; not "منظمة ترامب", a company of its own)
_LEADERS_BODIES = frozenset(normalise_word(w) for w in "حزب تحالف ائتلاف مكتب".split())


def _doc_surname(model: Model, word: str, surnames: set[str]) -> bool:
    """A listed name word that ends a person's full name in this text and is not frequent in the news:
    هاريس، كاميرون; not الله (عبد الله but حزب الله) or إسرائيل."""
    return word in surnames and _gaz(model, word) == "PP" and model.lexicon.get(word, _NO_INFO).freq <= 9


def _full_named(model: Model, word: str, surnames: set[str]) -> bool:
    """A listed name word that ends a person's full name in this text, however often the news names
    him, after a party or coalition word: "حزب إردوغان", "ائتلاف ميركل" (not الله of عبد الله)."""
    return word in surnames and not word.startswith("ال") and _gaz(model, word) == "PP"


_KEEPER = frozenset(normalise_word(w) for w in "أمين أمينة وأمين وأمينة لأمين لأمينة".split())
# (the body after a treasurer's title: "أمين صندوق حزب X"; "أمين صندوق الاستثمارات العامة" may name the fund)
_KEEPER_BODIES = frozenset(
    normalise_word(w) for w in "حزب الحزب حركة الحركة لجنة اللجنة تحالف التحالف تيار التيار جمعية الجمعية حملة الحملة".split()
)
_KEPT = frozenset(normalise_word(w) for w in "صندوق الصندوق مال المال سر السر الخزانة خزانة".split())
_FUND_WORDS = frozenset(normalise_word(w) for w in "صندوق خزينة".split())
_FUND_OWNERS = frozenset(
    normalise_word(w) for w in "الحزب الجمعية الحركة الحملة اللائحة القائمة الكتلة التيار الائتلاف التحالف اللجنة".split()
)


_LI = frozenset(("لـ", "ل"))
_CALLING_VERBS = frozenset(normalise_word(w) for w in "دعا دعت طالب طالبت يدعو تدعو يطالب تطالب ناشد ناشدت".split())


def _quoted_complement(
    tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A body that ends with a bare لـ is no body with it. A head and its adjectives alone take what
    they are for from the quotation right after لـ ("التحالف العربي لـ"دعم الشرعية في اليمن""); a
    body already named is followed by something else ("مجلس اللوردات لـ"قانون …"", "قال مسؤول في
    وزارة الدفاع لـ"فرانس برس"")."""
    n = len(tokens)
    out = list(found)
    drop: set[int] = set()
    for k, (i, j, label, source) in enumerate(found):
        if label != "ORG" or j - i < 2 or tokens[j - 1].text not in _LI:
            continue
        close = next((t for t in range(j + 1, min(n, j + 9)) if tokens[t].text in _QUOTE_MARKS), None)
        described = j - i >= 3 and all(_nisba(norms[t]) for t in range(i + 1, j - 1))
        # ("وطالب المجلس الوطني السوري لـ"إسقاط النظام"": what it called for)
        described = described and not (i > 0 and norms[i - 1].removeprefix("و") in _CALLING_VERBS)
        if described and j < n and tokens[j].text in _QUOTE_MARKS and close is not None and close > j + 1:
            drop.update(x for x, (a, b, _l, _s) in enumerate(found) if a > j and b <= close)
            out[k] = (i, close + 1, label, "rule:quoted-complement")
        else:
            out[k] = (i, j - 1, label, source)
    return [span for x, span in enumerate(out) if x not in drop]


def _purpose_tail(
    model: Model, tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A body the tagger ended before what it is for takes that: "المؤسسة العربية" + للحريات والمساواة,
    "شركة ماهر" + للتجارة والمقاولات, "المجلس الوطني" + للإعلام. The لل-word comes right after the
    name, no span holds it, and up to two definite nouns joined by و may follow it."""
    taken = {t for a, b, _, _ in found for t in range(a, b)}
    n = len(norms)

    def free(t: int) -> bool:
        return t < n and t not in taken and tokens[t].start - tokens[t - 1].end <= 1

    # bodies the text names without a complement elsewhere are whole: "البنك المركزي للبنوك" is its order
    bare = Counter(tuple(norms[a:b]) for a, b, lab, _ in found if lab == "ORG")
    org_spans = [(a, b) for a, b, lab, _ in found if lab == "ORG"]
    people_at = {a for a, _, lab, _ in found if lab == "PERSON"}
    out = []
    for i, j, label, source in found:
        head = "ال" + norms[i][2:] if norms[i].startswith("لل") else split_proclitic(norms[i])[1]
        body = (
            label == "ORG"
            and j - i >= 2
            and head in _INSTITUTION_HEADS
        )
        if not body:
            out.append((i, j, label, source))
            continue
        if (
            # the name ends in an adjective that leaves it open (الهيئة الوطنية العليا، المركز السوداني)
            (_adjective_like(norms[j - 1]) or _nisba(norms[j - 1]))
            and bare[tuple(norms[i:j])] < 2
            # (not a body the text names with another ending: "البنك المركزي التركي" → "البنك المركزي للبنوك")
            and not any(
                b - a > j - i
                and tuple(norms[a : a + j - i]) == tuple(norms[i:j])
                and norms[a + j - i] != norms[j]
                and not norms[a + j - i].startswith("لل")  # (another complement names another body)
                for a, b in org_spans
            )
            # (not a verbal noun with its own object or complement: "للموافقة على", "للموافقة عليه",
            # "للتصدي لإيران", "للانعقاد فورا")
            and not (
                j + 1 < n
                and (
                    any(norms[j + 1].startswith(p) and len(norms[j + 1]) <= len(p) + 2 for p in _GOVERNED_BY_MASDAR)
                    or (norms[j + 1].startswith("ل") and norms[j + 1] not in _NOT_A_LAM_PHRASE)
                    or norms[j + 1] in _MASDAR_ADVERBS
                )
            )
            and free(j)
            and norms[j].startswith("لل")
            and len(norms[j]) >= 6
            and _may_follow_body(model, norms[j])
            and not norms[j].endswith(("ين", "ون"))  # "قال المجلس للصحفيين": to whom
            and norms[j] not in _TO_WHOM
            # ("مساندة الجبهة الشعبية للنقابي فلان": the person backed, described, then named)
            and not (j + 1 < n and j + 1 in people_at and _describes_a_person(model, norms[j]))
            and not (norms[j][2:] in model.org_head or "ال" + norms[j][2:] in model.org_head)
        ):
            taken.add(j)
            j += 1
            source = "rule:purpose-tail"
        if (
            # "للحريات والمساواة", "للإنشاء والتعمير": the complement and one noun joined by و (not
            # "للكهرباء والغاز والاستعداد لـ…": a third noun opens a clause as often)
            norms[j - 1].startswith("لل")
            and j - i >= 3
            and free(j)
            and norms[j].startswith("وال")
            and len(norms[j]) >= 6
            and norms[j][1:] not in model.org_head
            and norms[j][1:] not in model.demonyms
        ):
            taken.add(j)
            j += 1
            source = "rule:purpose-tail"
        out.append((i, j, label, source))
    return out


# heads of institutions named for what they do (not an army, a party, an alliance, a government)
_INSTITUTION_HEADS = {
    normalise_word(w)
    for w in (
        "مجلس هيئة مؤسسة مركز جمعية بنك مصرف صندوق منظمة وكالة شركة لجنة اتحاد مجموعة معهد جبهة الجبهة "
        "المجلس الهيئة المؤسسة المركز الجمعية البنك المصرف الصندوق المنظمة الوكالة الشركة اللجنة "
        "الاتحاد المجموعة المعهد"
    ).split()
}
_NOT_A_LAM_PHRASE = {normalise_word(w) for w in "لا لم لن لكن لقد".split()}
_MASDAR_ADVERBS = {normalise_word(w) for w in "فورا فوراً أيضا مجددا مرة اليوم غدا الآن أمس قريبا".split()}
_GOVERNED_BY_MASDAR = {normalise_word(w) for w in "على إلى الى من عن في مع بين أن ضد لدى حول".split()}
# لل-words after a body that say to whom it spoke, wrote or serves (people, broken plurals), not what it
# is for
_TO_WHOM = {
    normalise_word(w)
    for w in (
        "للصحافة للصحيفة للتلفزيون للإذاعة للشعب للبلاد للدولة للجميع للعالم للحكومة "
        "للبنوك للمصارف للسكان للناس للشركات للدول للمواطنين للمواطنات للاجئين للنازحين للأطفال للطلاب للعمال للغالبية للأغلبية"
    ).split()
}


# a person's own title before his name ("رئيس مجلس النواب المهندس فلان"): never the end of a body's name
_HOLDER_TITLES = {
    normalise_word(w)
    for w in "المهندس المهندسة الدكتور الدكتورة السيد السيدة الأستاذ الأستاذة الشيخ الشيخة القاضي المستشار".split()
}


def _no_title_before_holder(
    norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A body's span that ends with its head's own title, the head named right after it, ends before
    the title: "رئيس مجلس النواب المهندس فلان" names مجلس النواب."""
    persons = {i for i, _, label, _ in found if label == "PERSON"}
    out = []
    for i, j, label, source in found:
        if label == "ORG" and j - i >= 2 and norms[j - 1] in _HOLDER_TITLES and j in persons:
            j -= 1
            if j - i == 1 and norms[i].startswith("ال"):
                continue  # "رئيس مجلس إدارة المؤسسة المهندس فلان": a body referred to, no name
        out.append((i, j, label, source))
    return out


def _no_keeper_titles(norms: list[str], found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """ "أمين مال حزب X"، "أمينة صندوق الحزب": a treasurer's or secretary's title, not a man named أمين
    nor a fund (صندوق الحزب) of its own."""
    out = []
    for i, j, label, source in found:
        if label == "PERSON" and j - i == 2 and norms[i] in _KEEPER and norms[i + 1] in _KEPT:
            continue
        if label == "PERSON" and j - i == 1 and norms[i] in _KEEPER and j < len(norms) and norms[j] in _KEPT:
            continue  # "وقالت أمينة صندوق اللجنة فلانة": أمينة tagged alone before صندوق
        if label == "ORG" and j - i == 2 and split_proclitic(norms[i])[1] in _FUND_WORDS and norms[i + 1] in _FUND_OWNERS:
            continue  # "تبرعت بـ 20 ألف دينار لصندوق الجمعية": the fund of the body named before, no body
        if label == "ORG" and i > 0 and norms[i - 1] in _KEEPER and norms[i] in _KEPT and (
            j - i == 1 or _bare_head(norms[i + 1]) in _KEEPER_BODIES or norms[i + 1] in _KEEPER_BODIES
        ):
            i += 1  # "أمين صندوق حزب X": the body is what follows the title
            if i >= j or (j - i == 1 and norms[i].startswith("ال")):
                continue  # (a bare "الحزب" after it refers back; it names nothing)
        out.append((i, j, label, source))
    return out


def _definite_surname_after(
    model: Model, tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """ "عبد الكريم | الهاروني اليوم": a definite word the news uses like a name (its embedding cluster
    holds names; no nationality, not frequent) right after a person's span, that no span holds, is the
    surname the tagger left out."""
    taken = {t for i, j, _, _ in found for t in range(i, j)}
    out = []
    for i, j, label, source in found:
        if (
            label == "PERSON"
            and j < len(norms)
            and j not in taken
            and tokens[j].start - tokens[j - 1].end == 1
            and norms[j].startswith("ال")
            and norms[j].endswith("ي")  # (a family name of origin, الهاروني; not "المتحكمة", "المعمق")
            and len(norms[j]) >= 5
            and norms[j] not in model.demonyms
            and not _plain_word(model, norms[j])
            and model.lexicon.get(norms[j], _NO_INFO).freq <= 8
        ):
            j += 1
            source = "rule:definite-surname"
        out.append((i, j, label, source))
    return out


def _person_after_nationality(
    model: Model, tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A body's span that runs on past its nationality adjective into a person's name, the person's
    surname named alone elsewhere in the text: "ولاية بادن-فورتمبرغ الألمانية | فينفريد كرتشمان"."""
    alone = {norms[i] for i, j, label, _ in found if label == "PERSON" and j - i == 1}
    out: list[tuple[int, int, str, str]] = []
    for i, j, label, source in found:
        cut = None
        if label in ("ORG", "GPE") and j - i >= 3 and norms[j - 1] in alone:
            cut = next(
                (
                    k
                    for k in range(i + 1, j - 1)
                    if _nisba(norms[k - 1])
                    and norms[k - 1].startswith("ال")
                    # (a name's first word, not what the body is for: "اللجنة المالية لدعم ترمب")
                    and not norms[k].startswith(("ل", "ب"))
                    and not _plain_word(model, norms[k])
                    and all(not norms[t].startswith("ال") and _ARABIC_WORD.match(tokens[t].text) for t in range(k, j))
                ),
                None,
            )
        if cut is None:
            out.append((i, j, label, source))
            continue
        out.append((i, cut, label, source))
        out.append((cut, j, "PERSON", "rule:person-after-nationality"))
    return out


def _complete_from_document(
    tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A person's name cut short where the text names him in full elsewhere takes the words that follow
    it there too: "طرد حافظ قايد | السبسي" after "حافظ قايد السبسي"."""
    people = [tuple(norms[a:b]) for a, b, label, _ in found if label == "PERSON" and b - a >= 3]
    taken = {t for a, b, _, _ in found for t in range(a, b)}
    out = []
    for i, j, label, source in found:
        if label == "PERSON" and j - i >= 2:
            name = tuple(norms[i:j])
            while j < len(norms) and j not in taken and tokens[j].start - tokens[j - 1].end <= 1:
                longer = [p for p in people if len(p) > len(name) and p[: len(name)] == name]
                if not longer or any(p[len(name)] != norms[j] for p in longer):
                    break
                taken.add(j)
                j += 1
                name = tuple(norms[i:j])
                source = "rule:person-in-full"
        out.append((i, j, label, source))
    return out


def _document_consistency(
    model: Model, tokens: list[Token], norms: list[str], found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """One name, one type, everywhere in the text.

    A person's span grows over a following rare name word (بيتر + ثيل); a lone word that is the
    surname of a person named in full is that person (هاريس after كامالا هاريس is not a place); a name
    found once is found again where the model missed it (وكان ثيل).
    """
    n = len(tokens)
    stems = [split_proclitic(w)[1] for w in norms]
    taken = [False] * n
    for i, j, _, _ in found:
        for t in range(i, j):
            taken[t] = True
    out: list[tuple[int, int, str, str]] = []
    doc_surnames = {norms[j - 1] for i, j, label, _ in found if label == "PERSON" and j - i >= 2}
    # a text that spells the preposition على with ى spells the name علي with ي
    spelt = [t.text for t in tokens if t.text in ("على", "علي")]
    ali_is_name = spelt.count("على") >= 2 and spelt.count("علي") * 2 <= spelt.count("على")
    for i, j, label, source in found:
        # An unknown first name before a lone "place": لكامالا هاريس is a person, not Harris county.
        if label in ("GPE", "ORG") and j - i == 1 and i > 0 and not taken[i - 1] and source == "model":
            prev = stems[i - 1]
            info = model.lexicon.get(prev)
            if (
                _ARABIC_WORD.match(tokens[i - 1].text)
                and len(prev) >= 3
                and not prev.startswith("ال")
                and not _PLURAL_VERB.match(prev)
                and not _PRESENT_SHAPE.match(tokens[i - 1].text)  # "ستجده إسرائيل": a verb
                and not _short_present(model, prev)  # "ترى فرنسا أن الحل سياسي"
                and not _common_with_clitic(model, norms[i - 1], prev)  # "لصالح روسيا": in favour of Russia
                and (
                    (info is None and norms[i - 1] not in model.lexicon)
                    or (info is not None and info.gaz == "PP" and info.freq <= 12)
                )
                and _gaz(model, norms[i]) == "PP"
            ):
                taken[i - 1] = True
                i, label, source = i - 1, "PERSON", "rule:first-name"
        # A lone listed first name takes the rare word after it as its surname: بيتر ثيل.
        if (
            label == "PERSON"
            and j - i == 1
            and j < n
            and not taken[j]
            and _gaz(model, stems[i]) == "PP"
            and _name_like(model, norms[j], tokens[j].text)
            and _not_particle_word(model, norms[j])
            and not _trailing_verb(model, tokens[j].text, norms[j])  # "الملك سلمان أودع 80 مليون"
            and not _plural_present(model, tokens[j].text, norms[j])
            and norms[j] not in _NEVER_ENDS_ANY_NAME  # "ضغط على بدوي كي يتنحى"
            # "ورفض نجيب لتحالفه": a particle, a noun and its pronoun (not a name in ه: سيسيه)
            and not (tokens[j].text[:1] in ("ل", "ب") and _with_pronoun(model, tokens[j].text))
            # "الرئيس أردوغان أعلنا": a dual past of a verb the news writes often
            and not (norms[j].endswith("ا") and _trailing_verb(model, tokens[j].text[:-1], norms[j][:-1]))
            # the surname of a person the text names in full takes no second one: "أكد ترامب اعتزامه",
            # "على ترامب زيادة الضغوط" after "دونالد ترامب"
            and norms[i] not in doc_surnames
            and tokens[j].start - tokens[j - 1].end <= 1
        ):
            taken[j] = True
            j += 1
            source = "rule:person-extend"
            # "ضياء واجد المهندس" when "ضياء المهندس" is named elsewhere: the known surname too
            if j < n and not taken[j] and norms[j] in doc_surnames and tokens[j].start - tokens[j - 1].end <= 1:
                taken[j] = True
                j += 1
        # Junior and senior are part of the name: جورج بوش الابن، بوش الأب (not الابن الأكبر, the eldest son).
        if (
            label == "PERSON"
            and j < n
            and not taken[j]
            and norms[j] in _GENERATION
            and not (j + 1 < n and norms[j + 1] in _GENERATION_NOT)
            # a regnal number only after a monarch's or a pope's title ("الملك عبد الله الثاني"; not
            # "ولاية ترامب الثانية", "أحمد نظيف الثانية")
            and (
                norms[j] in _JUNIOR_SENIOR
                or any({norms[t], stems[t], "ال" + stems[t]} & _REGNAL_TITLES for t in range(max(0, i - 3), min(j, i + 1)))
            )
            and tokens[j].start - tokens[j - 1].end <= 1
        ):
            taken[j] = True
            j += 1
            source = "rule:person-extend"
        # A listed first name right before a lone person is that person's: (ول)باراك + أوباما.
        if (
            label == "PERSON"
            and j - i == 1
            and i > 0
            and not taken[i - 1]
            and _ARABIC_WORD.match(tokens[i - 1].text)
            and not stems[i - 1].startswith("ال")
            and _gaz(model, stems[i - 1]) == "PP"
            and _cluster(model, stems[i - 1]) in model.name_clusters
            and not _common_with_clitic(model, norms[i - 1], stems[i - 1])
            and tokens[i].start - tokens[i - 1].end <= 1
        ):
            taken[i - 1] = True
            i, source = i - 1, "rule:first-name"
        out.append((i, j, label, source))

    def key(i: int, j: int) -> tuple[str, ...]:
        return (stems[i],) + tuple(norms[i + 1 : j])

    votes: dict[tuple[str, ...], dict[str, int]] = {}
    surnames: set[str] = set()
    for i, j, label, source in out:
        v = votes.setdefault(key(i, j), {})
        # a type the context states (شركة X، لـ"X" after an interview) outweighs the model's guess
        v[label] = v.get(label, 0) + (j - i) * (2 if source in _STATED_TYPE else 1)
        if label == "PERSON" and j - i >= 2 and len(norms[j - 1]) >= 3:
            surnames.add(norms[j - 1])
    fixed: list[tuple[int, int, str, str]] = []
    for i, j, label, source in out:
        k = key(i, j)
        if (
            j - i == 2
            and label == "ORG"
            and (stems[i] in model.org_triggers or norms[i] in model.org_triggers)
            and (
                _doc_surname(model, norms[i + 1], surnames)
                or (stems[i] in _LEADERS_BODIES and _full_named(model, norms[i + 1], surnames))
            )
        ):
            # "بحزب كاميرون": the party of a person named in full, not a party called so
            fixed.append((i + 1, j, "PERSON", "rule:document-surname"))
            continue
        if (
            j - i == 1
            and source not in ("rule:quoted-org", "rule:outlet")
            and (
                any(_doc_surname(model, w, surnames) for w in {k[0], norms[i]})  # كاميرون is not ك + اميرون
                # "ائتلاف ميركل" after "أنغيلا ميركل": the coalition of a person the text names in full,
                # however often the news names her (the trigger alone made the name a body)
                or (
                    source == "rule:trigger"
                    and i > 0
                    and stems[i - 1] in _LEADERS_BODIES
                    and _full_named(model, norms[i], surnames)
                )
            )
        ):
            # the surname of a person named in full: a person, whatever most lone mentions were typed
            fixed.append((i, j, "PERSON", source if label == "PERSON" else "rule:document-surname"))
            continue
        v = votes[k]
        best = max(v, key=lambda lab: v[lab])
        if best != label and v[best] > v[label]:
            fixed.append((i, j, best, "rule:document-vote"))
        else:
            fixed.append((i, j, label, source))
    fixed = _split_joined_people(model, norms, fixed, key)
    fixed = _split_joined_bodies(model, norms, fixed)
    # Find again, where the model missed them, names of two or more letters found elsewhere in the text.
    known: dict[tuple[str, ...], str] = {}
    for i, j, label, _ in fixed:
        k = key(i, j)
        if len(k) >= 2 and label in ("PERSON", "ORG", "GPE"):
            known.setdefault(k, label)
    # a party named "حزب X" is also plain "X" in the same text after "to": إلى المحافظين (not "وأضرب
    # العمال", the workers)
    party_tails: set[tuple[str, ...]] = set()
    for i, j, label, _ in fixed:
        if label == "ORG" and 2 <= j - i <= 3 and stems[i] in ("حزب", "الحزب") and norms[i + 1].startswith("ال"):
            if j - i == 2 and _nisba(norms[i + 1]):
                continue  # الديمقراطي alone is an adjective (المرشح الديمقراطي), المحافظين is the party
            party_tails.add(tuple(norms[i + 1 : j]))
    # the first words _party_tail can match: the tail's own (after إلى) or with لل / ولل for its ال
    party_firsts = {t[0] for t in party_tails}
    party_firsts |= {p + t[0][2:] for t in party_tails if t[0].startswith("ال") for p in ("لل", "ولل")}
    for i, j, label, source in fixed:
        if label == "PERSON" and j - i == 1 and source == "model":
            if norms[i] not in model.lexicon and len(norms[i]) >= 4 and _ARABIC_WORD.match(tokens[i].text):
                # a word the news never had, that the model read as a person here ("وأضاف كاردور"),
                # is that person where the model missed it ("للنفط علي كاردور")
                known.setdefault(key(i, j), "PERSON")
    rare_surnames: set[str] = set()
    for s in surnames:
        freq = model.lexicon.get(s, _NO_INFO).freq
        if (_gaz(model, s) == "PP" and freq <= 7) or freq <= 6:
            known.setdefault((s,), "PERSON")
            if freq <= 6 and not s.startswith("ال"):
                rare_surnames.add(s)
    maxlen = max((len(k) for k in known), default=0)
    firsts = {k[0] for k in known}
    i = 0
    while i < n:
        hit = None
        if not taken[i] and stems[i] in firsts and _ARABIC_WORD.match(tokens[i].text):
            for L in range(min(maxlen, n - i), 0, -1):
                if any(taken[t] for t in range(i, i + L)):
                    continue
                lab = known.get(key(i, i + L))
                if lab and L == 1 and _common_with_clitic(model, norms[i], stems[i]):
                    continue  # "لصالح" (in favour of) is a word of its own, not لـ + صالح
                if lab and (
                    L > 1
                    or lab != "PERSON"
                    or _name_like(model, stems[i], tokens[i].text)
                    or _gaz(model, stems[i])
                    # the rare surname of a person named in full here, written bare ("وقالت غنيمات")
                    or (norms[i] in rare_surnames and norms[i] == stems[i])
                ):
                    hit = (i, i + L, lab, "rule:document-repeat")
                    break
        if hit is None and not taken[i] and norms[i] in party_firsts:
            hit = _party_tail(tokens, norms, taken, i, party_tails)
        if hit:
            fixed.append(hit)
            for t in range(hit[0], hit[1]):
                taken[t] = True
            i = hit[1]
        else:
            i += 1
    if ali_is_name:
        # (after a description, a comma or a body: "المواطن علي"، "للنفط علي"; not after a verb or a
        # noun that takes على, the preposition misspelt: "وأثنى علي فلان"، "في رده علي فلان")
        ends = {b for _a, b, lab, _s in fixed if lab == "ORG"}
        for idx, (i, j, label, _source) in enumerate(fixed):
            if (
                label == "PERSON"
                and i > 0
                and not taken[i - 1]
                and tokens[i - 1].text == "علي"
                and (i < 2 or norms[i - 2].startswith("ال") or norms[i - 2] in ("،", ",") or i - 1 in ends)
            ):
                # "مدير الشركة الوطنية للنفط علي كاردور", "المواطن علي المزروعي": the first name علي
                taken[i - 1] = True
                fixed[idx] = (i - 1, j, label, "rule:first-name")
    fixed.sort()
    return fixed
