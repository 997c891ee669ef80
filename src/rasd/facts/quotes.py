"""quote: a direct quotation in quotation marks and its speaker, named or unnamed.

  وقال فلان لصحيفة X: “…”            speaker right after the speech verb (the addressee is skipped)
  ديزني أوضحت …، لكنها أضافت: “…”     speaker before the verb, or the sentence's subject
  وقال أحد مديري الصناديق: “…”        an unnamed speaker: an ANON entity named by its description
  وأضاف المصدر أن … “…”، كما يقول.     "المصدر" refers back to the last unnamed speaker
  “…”. (a paragraph that is only a quote continues the previous speaker)
Quotation marks around a name or a term with no speech verb (“إيباك”، “الفرقة”) are not quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.contract import Evidence, Fact
from rasd.facts.common import (
    MINISTER_FORMS,
    PARTY_WORDS,
    TITLE_HEADS,
    ArticleState,
    conj_form,
    conj_in,
    gap_text,
    head_forms,
    is_object_marked,
    kin_phrase_before,
    n_words,
    person_gender,
    relational_adjective,
    speech_word,
)
from rasd.facts.context import Sentence
from rasd.facts.vocab import matcher, word_set
from rasd.resolve.document import DocMention
from rasd.text.normalise import normalise

_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "”": "”"}
_SPEAKER_TYPES = ("PERSON", "ORG", "ANON")
_ANON_STOP = re.compile(
    r"[:،,“”\"«»]|\s(?:إن|ان|أن|بأن|إنه|إنها|أنه|أنها|قائلا|بالقول|لصحيفة|لموقع|لشبكة|لوكالة)\s"
    # a medium spoken to ("مصدر مطلع لـCNN"), a participle of the clause ("واصفين", "مضيفا")
    r"|\sلـ\s?\S|\s(?:واصفا|واصفة|واصفين|مضيفا|مضيفة|مضيفين|مشيرا|مشيرة|مشيرين|مؤكدا|مؤكدة|مؤكدين)(?:\s|$)"
    r"|\sتفاصيل\s"
    r"|\sفي\s+(?:تصريح|تصريحات|بيان|مقابلة|حديث|تغريدة)"
    r"|\sمن\s+(?:جهته|جهتها|جانبه|جانبها)(?:\s|$)"
)


@dataclass
class Quoted:
    start: int  # inner text, original offsets
    end: int
    open_at: int
    # opened again after a passage the writer never closed: the same speaker goes on
    # ('وأضاف فلان "نمو الشركة بلغ 70%. "لدينا 20 مليون عميل"')
    continues: bool = False


def find_quotes(text: str) -> list[Quoted]:
    """Quoted passages: “…”, «…», "…" (paired within a paragraph), ”…” as some sites write them."""
    out: list[Quoted] = []
    reopened: set[int] = set()  # marks that open a quotation again after an unclosed one
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _PAIRS and not (
            ch == '"'
            and (
                i + 1 >= n
                or (
                    text[i + 1].isspace()
                    and i > 0
                    and not text[i - 1].isspace()
                    and text[i - 1] != ":"
                    and not _after_verb(text, i)
                )
            )
        ):
            # a straight quote glued to the word before it and followed by a space closes a
            # quotation, it cannot open one (a stray closing mark must not pair with the next opening
            # one and quote the text between); one with spaces on both sides may open one, and so
            # does one glued to a colon ('ويقول فلان :" بينما …')
            close = _PAIRS[ch]
            j = i + 1
            limit = text.find("\n", i)  # a quotation closes on its own line
            limit = n if limit < 0 else limit
            k = text.find(close, j, limit)
            if (
                ch == '"'
                and 0 < k < n - 1
                and text[k - 1].isspace()
                and not text[k + 1].isspace()
                and text[k + 1] not in ".،,:;؛!?؟)"  # ('قرر " تتبع … الدولة ".': a spaced closing mark)
            ):
                # the next mark opens a quotation ("أي تمويل؟. ويقول كوهين: "ما …"): this one was
                # never closed, and what lies between is not a quotation, unless it opened after a
                # speech verb or a colon and ends its sentences right before the next mark: a long
                # quotation the writer reopens at each sentence ('وأضاف فلان "نمو الشركة بلغ 70%. "لدينا …')
                outer = _nested_close(text, j, k, limit)
                if outer is not None and (_opened_after_speech(text, i) or _speech_word_before(text, i)):
                    # 'وأضاف في تغريدة "حدث ذلك قبل "اشتداد" الخدعة"': a short quotation inside the one
                    # opened after the speech verb, in the same straight marks
                    out.append(Quoted(j, outer, i, continues=i in reopened))
                    i = outer + 1
                    continue
                passage = text[j:k].rstrip()
                if (
                    passage.endswith((".", "؟", "!"))
                    and len(passage.split()) >= 4
                    and (_after_verb(text, i) or _speech_word_before(text, i) or text[:i].rstrip().endswith(":"))
                ):
                    out.append(Quoted(j, j + len(passage), i, continues=i in reopened))
                    reopened.add(k)
                    i = k
                    continue
                stop = re.search(r"[.؟!]\s+(?=\S)", passage)
                # (right after the verb or its أن, or a colon: not 'عبر طرق "مموهة، …', a word in passing)
                right_after = _opened_after_speech(text, i)
                if right_after and stop is not None and len(passage[: stop.start()].split()) >= 6:
                    # 'موضحا أن "حزمة التعديلات … في الموعد المقرر. واعلن الوزير … أن "…"': a quotation
                    # never closed ends with its sentence; the next mark opens another
                    out.append(Quoted(j, j + stop.start() + 1, i, continues=i in reopened))
                    i = k
                    continue
                i += 1
                continue
            if ch == "“" and k < 0:
                k = text.find("“", j, limit)  # “…“ typos
            if ch == '"' and k < 0:
                k = text.find("”", j, limit)  # '"…”': a straight opening mark, a curly closing one
                if "“" in text[j : max(j, k)]:
                    k = -1  # (the ” closes another quotation opened with “)
            if k < 0 and ch in "“«" and text[max(0, i - 3) : i].strip().endswith(":"):
                k = limit if limit < n else n  # a quotation cut off with the text
            if k < 0 and ch == '"' and (
                _opened_after_speech(text, i)
                # 'وقال الهمامي "إذا كنا … الإفلاس . وأوضح': the verb and its subject's name before it;
                # 'قال رئيس الحركة فلان اليوم الجمعة 22 جويلية 2016 "نحن …': a speech verb opens the sentence
                or any(speech_word(w) for w in normalise(text[max(0, i - 40) : i]).split()[-3:-1])
                or _speech_verb_opens_sentence(text, i)
            ):
                stop = _SENTENCE_END.search(text, j, limit)
                if stop is not None and len(text[j : stop.start()].split()) >= 4:
                    # 'وأوضحت الوزيرة، "أن هذه التظاهرة تهدف … الربح. وفي ما …': a quotation the writer
                    # never closed ends with its sentence
                    out.append(Quoted(j, stop.start(), i, continues=i in reopened))
                    i = stop.start() + 1
                    continue
            if k > j:
                out.append(Quoted(j, k, i, continues=i in reopened))
                i = k + 1
                continue
        i += 1
    return out


_ENDS_SENTENCE = (".", "؟", "!")
_SENTENCE_END = re.compile(r"[.؟!](?=\s|$)")


def _opens_straight(text: str, k: int) -> bool:
    """A straight quote at ``k`` shaped as an opening mark: a space (or a space and a particle: و"الطريق")
    before it, a word glued after it."""
    if not 0 < k < len(text) - 1 or text[k + 1].isspace() or text[k + 1] in ".،,:;؛!?؟)":
        return False
    glued = text[max(0, k - 3) : k].split(" ")[-1] if not text[k - 1].isspace() else ""
    return glued in _GLUED_PARTICLES and (k - len(glued) == 0 or text[k - len(glued) - 1].isspace())


_GLUED_PARTICLES = frozenset(("", "و", "ب", "ل", "ف", "ك", "بـ", "لـ", "وب", "ول", "وبـ", "ولـ"))


def _nested_close(text: str, j: int, k: int, limit: int) -> int | None:
    """The mark that closes a straight-quoted passage inside which the mark at ``k`` opens a short
    quotation of its own ('"… قبل "اشتداد" الخدعة الوهمية"', '"العقد الأكبر على صعيد مبيعات "تايفون".'
    where one mark closes both), or None when ``k`` does not open such an inner quotation. The passage
    opened at ``j`` runs on to ``k`` within one sentence (not '"أي تمويل؟. ويقول فلان: "…"', a mark never
    closed before another quotation)."""
    if any(c in text[j:k] for c in (*_ENDS_SENTENCE, ":")):
        return None
    while True:
        k2 = text.find('"', k + 1, limit)
        inner = text[k + 1 : k2]
        if k2 < 0 or text[k2 - 1].isspace() or len(inner.split()) > 4 or any(c in inner for c in _ENDS_SENTENCE):
            return None
        after = text[k2 + 1 : k2 + 2]
        k3 = text.find('"', k2 + 1, limit)
        if after in _ENDS_SENTENCE and (k3 < 0 or _opens_straight(text, k3)):
            return k2  # one mark closes both, before the sentence's end
        if k3 >= 0 and not text[k3 - 1].isspace() and not _opens_straight(text, k3):
            return k3  # the outer passage's own closing mark, past the sentences it holds
        stop = _SENTENCE_END.search(text, k2 + 1, limit)
        if stop is not None and (k3 < 0 or stop.start() < k3):
            return stop.start()  # the passage is never closed: it ends with its sentence
        if k3 < 0 or after not in (" ", "،", ",", ":", "؛", ")") or not _opens_straight(text, k3):
            return None
        k = k3  # another inner quotation


def _opened_after_speech(text: str, i: int) -> bool:
    """The quotation mark at ``i`` follows a speech verb (and أن), a colon, or a speech verb's subject and a
    comma ("وأوضحت الوزيرة، "…")."""
    before = text[:i].rstrip()
    return (
        _after_verb(text, i)
        or _said_right_before(text, i)
        or before.endswith(":")
        or (before.endswith(("،", ",")) and _speech_word_before(text, i))
    )


_COMMAS = re.compile(r"[،,]")
_ISSUED_FROM = re.compile(r"(?:الصادره|الصادر|الصادرين)\s+(?:عن|من)\s")


def _warned_by(sent: Sentence, q: Quoted, text: str, verbs: list) -> str | None:
    """ "رغم التحذيرات الصادرة عن مستشار الأمن القومي، فلان، بأن الإدارة ستتوقف عن تقديم "…"": the one
    the warnings or statements were issued by, when no speech verb stands between them and the mark."""
    found = [f for f in _ISSUED_FROM.finditer(sent.norm) if sent.orig_end(f.end()) <= q.open_at]
    if not found:
        return None
    at = sent.orig_end(found[-1].end())
    if any(sent.orig(v.start) > at for v in verbs):
        return None
    who = next((m for m in sent.mentions if at <= m.start < q.open_at and m.label in ("PERSON", "ORG")), None)
    if who is None or n_words(gap_text(text, at, who.start)) > 5:
        return None
    rest = [w for w in gap_text(text, who.end, q.open_at).split() if w not in ("،", ",")]
    return who.entity if rest[:1] and rest[0] in ("بان", "ان") and not any(c in text[who.end : q.open_at] for c in '"«“') else None
# the words after which a mark opens a title or a name, not someone's words ('ندوة حول "السجون …')
_TITLED_BY = frozenset(normalise(w) for w in "حول عن في من إلى الى على بعنوان عنوان باسم اسم شعار".split())


def _speech_verb_opens_sentence(text: str, i: int) -> bool:
    """The sentence that holds position ``i`` opens with a speech verb ("قال فلان اليوم … "…")."""
    start = max(text.rfind(c, 0, i) for c in ".؟!\n") + 1
    words = normalise(text[start:i]).split()
    # (not 'حول "السجون …', 'موضوعها "…': a title never closed)
    return (
        bool(words)
        and speech_word(words[0])
        and words[-1] not in _TITLED_BY
        and not (words[-1].endswith(("ه", "ها")) and len(words[-1]) > 4)  # ("موضوعها "…": what the case is about)
        and not any(c in text[start:i] for c in '"«“”»')
    )


def _said_right_before(text: str, i: int) -> bool:
    """A speech verb right before position ``i``, or a speech verb and أن/إن ("موضحا أن "…")."""
    words = _COMMAS.sub(" ", normalise(text[max(0, i - 40) : i])).split()[-2:]
    return bool(words) and (
        speech_word(words[-1]) or (len(words) == 2 and words[-1] in _THAT and speech_word(words[0]))
    )


def _speech_word_before(text: str, i: int) -> bool:
    """A speech verb among the six words before position ``i`` ("وأضاف عكاشة في مقابلة "…")."""
    # ("والمعاني،مضيفا": a comma glued to the word before the verb)
    return any(speech_word(w) for w in _COMMAS.sub(" ", normalise(text[max(0, i - 60) : i])).split()[-6:])


def _after_verb(text: str, i: int) -> bool:
    """ `وأضاف" كنت …`: a straight quote glued to a speech verb opens the quotation."""
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return speech_word(normalise(text[j:i]))


def extract_quotes(sentences: list[Sentence], state: ArticleState) -> list[Fact]:
    text = state.text
    facts: list[Fact] = []
    speech = matcher("speech", "verbs")
    back_refs = word_set("speech", "anonymous_back_references")
    prev_quote_speaker: str | None = None
    prev_quote_para = -10
    prev_quote_sent = -10
    named_so: set[str] = set()  # what the article put in quotes as a name (a programme, a slogan)
    state.sentences = sentences
    for q in find_quotes(text):
        inner = text[q.start : q.end].strip()
        if not inner or n_words(inner) == 0 or inner[0] in "،,.:؛":
            continue  # (a passage that opens with punctuation lies between two stray marks)
        sent = _sentence_at(sentences, q.open_at)
        if sent is None:
            continue
        if normalise(inner) in named_so:
            continue  # 'شارك في "دليلك ملك"' after 'برنامج "دليلك ملك"': the programme's name again
        if _nickname(text, q):
            named_so.add(normalise(inner))
            continue
        if (
            _is_name(inner, state)
            and not _description_not_name(text, q, inner, state)
            and not _predicate_of_named_body(text, q, inner, state)
        ) or _scare_quoted_word(
            text, q, inner
        ):
            continue
        if _quoted_subject(text, q, inner) or _body_complement(text, q, state) or _called_on(text, q, inner):
            continue
        charge = _charge(text, q)
        prev_subjects = _previous_subjects(sentences, sent.index, text)
        prev_sent = sentences[sent.index - 1] if sent.index > 0 else None
        speaker, why = _speaker(sent, q, text, state, speech, back_refs, prev_subjects, prev_sent)
        if (
            speaker is None
            and sent.paragraph == prev_quote_para + 1
            and _opens_paragraph(text, q)
            and _ends_sentence(text, q)
        ):
            speaker, why = prev_quote_speaker, "continues the previous paragraph's quotation"
        if (
            speaker is None
            and prev_quote_speaker is not None
            and sent.index == prev_quote_sent + 1
            and sent.paragraph == prev_quote_para
            and not text[sent.start : q.open_at].strip()
            and _ends_sentence(text, q)
        ):
            # 'وتابع "…" في الصحف الثلاث. "مجموعة الصحف هذه ضللت …".': a sentence that is all quotation,
            # right after the speaker's last one, goes on in his words
            speaker, why = prev_quote_speaker, "a sentence of quotation alone after the speaker's quotation"
        if speaker is None and q.continues and prev_quote_speaker is not None:
            speaker, why = prev_quote_speaker, "a quotation opened again: the same speaker goes on"
        if speaker is None or why.startswith("no-cue"):
            put = _IN_HIS_WORDS.match(normalise(text[q.end : min(len(text), q.end + 30)]))
            if put is not None:
                # '"من الوزن الثقيل"، وفق تعبيره', '"كبارا"، حسب تعبيره': his words, as he put them; the
                # sentence's subject, else the one who spoke last (of the pronoun's gender)
                who = _sentence_subject(sent, text, q.open_at)
                want = "f" if put.group(2).endswith("ها") else "m"
                if who is not None and person_gender(state, who) not in (None, want):
                    who = None  # "وأكدت النائبة فلانة أن … "كبار"، حسب تعبيره": his words, not hers
                for cand in (state.last_speaker, prev_subjects[0].entity if prev_subjects else None):
                    if who is None and cand is not None and person_gender(state, cand) in (None, want):
                        who = cand
                if who is not None:
                    speaker, why = who, "'وفق تعبيره' after the quotation: his words"
        if speaker is None:
            continue
        if why.startswith("no-cue"):
            continue
        if charge:
            # "أعلن الإنتربول … بعد ملاحقته بـ"قضايا احتيال"": the charge's words are no quotation, but
            # the one who spoke goes on in the sentences after ("وأوضح أن …")
            state.last_speaker = speaker
            state.last_speaker_at = sent.end
            continue
        if _gender_clash(sent, q, speech, speaker, state):
            # "وقالت الوزارة …" with a man named before: a feminine verb is not his (nor a masculine hers)
            continue
        if _names_the_speaker(inner, speaker, state):
            # "وصرح أن "سالفيني لم يتكلم يوما باسم الائتلاف"": a person does not speak of himself by
            # name; the quotation is someone else's (a body's statement may name the body itself)
            continue
        facts.append(
            Fact(
                "quote",
                {"speaker": speaker, "text": inner},
                Evidence(
                    sent.start,
                    max(sent.end, min(q.end + 1, len(text))),
                    text[sent.start : max(sent.end, min(q.end + 1, len(text)))],
                ),
                reason=why,
            )
        )
        if "'قول'" in why:
            continue  # "بعد قول فلان إن "…"": a report in the background, not who speaks next
        if why.startswith(_BODY_REASONS):
            continue  # (a body found for a pronoun is no one that a later pronoun or description means)
        prev_quote_speaker = speaker
        prev_quote_para = sent.paragraph
        prev_quote_sent = sent.index
        state.last_speaker = speaker
        state.last_speaker_at = sent.end
    return facts


# verbal nouns of what is done to someone ("تعيين فلان", "إقالة فلان"): the one named after them is acted on
_ACTS_ON_SOMEONE = frozenset(
    normalise(w)
    for w in "تعيين إقالة اقالة انتخاب اعتقال توقيف اغتيال مقتل ترشيح تكليف استقالة رحيل عزل محاكمة".split()
)
_TIME_OPENERS = frozenset(normalise(w) for w in "بعد وبعد عندما وعندما لما ولما حين وحين حينما وحينما".split())
_FEMININE_PARTICIPLES = frozenset(normalise(w) for w in "قائلة واصفة لافتة".split())
_MASCULINE_PARTICIPLES = frozenset(normalise(w) for w in "قائلا واصفا لافتا".split())


def _verb_gender(word: str) -> str | None:
    """"f" for قالت، أضافت، قائلة، مضيفة; "m" for قال، أضاف، قائلا، مضيفا; None otherwise."""
    w = re.sub(r"\W", "", normalise(word))
    if w in ("قوله", "قولها"):
        return "f" if w.endswith("ها") else "m"
    for form in (w, w[1:]) if w[:1] in ("و", "ف") else (w,):
        if form in _FEMININE_PARTICIPLES:
            return "f"
        if form in _MASCULINE_PARTICIPLES:
            return "m"
    w = w[1:] if w[:1] in ("و", "ف") and w[1:2] == "م" else w
    if w.startswith("م") and w.endswith("ه") and len(w) >= 5:
        return "f"
    if w.startswith("م") and w.endswith("ا") and len(w) >= 5:
        return "m"
    if w.endswith("ت") and len(w) >= 4 and _PAST_VERB.match(w[:-1]):
        return "f"
    if _PAST_VERB.match(w) and not w.startswith("كان"):
        return "m"
    return None


def _phrase_gender(phrase: str) -> str | None:
    """"f" for a listed speech verb that is another listed one with ت (ردت، علقت), "m" for the other
    (رد، علق); None otherwise."""
    p = normalise(phrase)
    verbs = word_set("speech", "verbs")
    if p.endswith("ت") and p[:-1] in verbs:
        return "f"
    if p + "ت" in verbs:
        return "m"
    return None


_URGING = frozenset(normalise(w) for w in "حث حثت حض حضت".split())


def _speech_verbs(sent: Sentence, q: Quoted, speech, state: ArticleState | None = None) -> list:
    """The speech verbs of the sentence before the quotation opens, in order (not "ورد في", a book's
    title, a first name or the noun رأي)."""
    hits = [h for h in speech.find(sent.norm) if sent.orig_end(h.end) <= q.open_at]
    verbs = [h for h in hits if not _books(sent, h.start, h.phrase) and not _mentioned(sent, h) and not _not_a_verb(sent, h, state)]
    # an urging verb quotes what it urges, right after على: "وحث فلان الأطراف على "…"" (not "حث فلان
    # السكان على ألا يعودوا حتى تتأكد السلطات أن "…"": another subject's clause)
    verbs = [
        h for h in verbs
        if normalise(h.phrase) not in _URGING
        or gap_text(sent.text, 0, q.open_at - sent.start).split()[-1:] in (["على"], ["علي"])
        or gap_text(sent.text, 0, q.open_at - sent.start).split()[-2:] in (["على", "ان"], ["علي", "ان"])
    ]
    if not verbs:
        # "كما توجه باتهامات خطيرة للنهضة بالقول: "…"": بالقول right before the quotation is the cue
        # when the clause's own verb says no speech
        last = [h for h in hits if normalise(h.phrase) == "القول" and not sent.text[sent.orig_end(h.end) - sent.start : q.open_at - sent.start].strip(" :،,")]
        if last:
            at = sent.orig(last[-1].start)
            lead = normalise(sent.text[: at - sent.start]).split()
            people = [m for m in sent.mentions if m.end <= at and m.label == "PERSON"]
            first = sent.mentions[0] if sent.mentions else None
            # (not after "عن": "وتحدثت فلانة عن X بالقول" relays no one; and only where no one is named
            # before it but the subject of the sentence's opening verb: "وتطرق صلاح إلى المسألة بالقول")
            opening = gap_text(state.text, sent.start, first.start).split() if state and first is not None else []
            subject_first = first is not None and first.label == "PERSON" and (
                len(opening) == 1
                # "وبعد أن سجل ترامب تهنئة …، أتبعها بالقول": a clause of time, its subject the main one's
                or (len(opening) in (2, 3) and opening[0] in _TIME_OPENERS and opening[1:-1] in ([], ["ان"]))
            )
            if "عن" not in lead and (not people or (subject_first and people == [first])):
                verbs = last[-1:]
    return verbs


def _gender_clash(sent: Sentence, q: Quoted, speech, speaker: str, state: ArticleState) -> bool:
    """The speech verb nearest before the quotation says a man (a woman) and the article's titles and
    verbs say the speaker is a woman (a man)."""
    if state.doc.type_of(speaker) != "PERSON":
        return False
    gender = person_gender(state, speaker)
    if gender is None:
        return False
    verbs = _speech_verbs(sent, q, speech, state)
    if not verbs:
        return False
    after = gap_text(state.text, sent.orig_end(verbs[-1].end), q.open_at)
    if "علي لسان" in after:
        return False  # "قالت المؤسسة على لسان فلان": the body speaks through a man
    if after.split()[:1] in (["مكتب"], ["ديوان"]):
        return False  # "وقال مكتب فلانة": the verb agrees with her office
    said = _verb_gender(_word_at(sent, verbs[-1]))
    return said is not None and said != gender


_QUOTED_BITS = re.compile(r'["“«]([^"“”«»]*)["”»]')


def _said_in(prev: Sentence | None, text: str, state: ArticleState, speech) -> str | None:
    """The person named right after a speech verb in the sentence just before, when that sentence
    quotes nothing (its speaker is not yet the last speaker)."""
    if prev is None:
        return None
    # (a mark left open, a quotation that runs on into the next sentence, is read like none: its
    # speaker is the one who spoke in this sentence, "وقال لافروف … "استخدام … وتركيا. "عمليات …")
    if any(ch in prev.text for ch in '"“«') and not all(n_words(q) <= 3 for q in _QUOTED_BITS.findall(prev.text)):
        return None  # (a name in quotes, 'ونقلت "رويترز" عن فلان قوله', quotes nothing)
    for h in speech.find(prev.norm):
        if normalise(h.phrase).endswith("وا"):
            continue  # "بيانا طالبوا فيه رئيس الحكومة فلان بـ…": a plural verb's subject is its pronoun
        who = _named_after(prev, prev.orig_end(h.end), prev.end, text, state)
        if who is None and normalise(h.phrase).startswith("قول"):
            who = _named_after_an(prev, prev.orig(h.start), text)  # "نقلت X عن فلان قوله إن …"
        if who is not None and state.doc.type_of(who) == "PERSON":
            return who
        if _SPOKESPERSON.match(" " + normalise(text[prev.orig_end(h.end) : prev.end])):
            # "وقال متحدث باسم فلان إن … . وأضاف: "…"": the unnamed spokesman goes on
            anon = _anonymous_after(prev, prev.orig_end(h.end), prev.end, text, state, word_set("speech", "anonymous_back_references"))
            if anon is not None:
                return anon
    return None


def _goes_on(s: Sentence, text: str, speech) -> bool:
    """The sentence opens with a speech verb whose subject is a pronoun ("وأضاف أن …", "وأشار إلى …"):
    the speaker of the sentence before goes on through it."""
    hit = next(iter(speech.find(s.norm)), None)
    if not gap_text(text, s.start, s.end).split() or hit is None:
        return False
    if s.orig(hit.start) - s.start > len(s.text) - len(s.text.lstrip()) + 2:
        return False
    v_end = s.orig_end(hit.end)
    # (not "أعرب فلان عن …": a subject of its own, not the one before going on)
    return not any(m.start >= v_end and n_words(gap_text(text, v_end, m.start)) <= 3 for m in s.mentions)


def _previous_subjects(sentences: list[Sentence], index: int, text: str) -> list[DocMention]:
    for s in reversed(sentences[max(0, index - 3) : index]):
        found = subject_mentions(s, text)
        if found:
            return found
    return []


def _sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    for s in sentences:
        if s.start <= pos < s.end:
            return s
    for s in sentences:
        if s.start >= pos:
            return s
    return None


def _ends_sentence(text: str, q: Quoted) -> bool:
    """A quotation that ends its sentence ("…”.") — headlines in quotes have no full stop."""
    tail = text[q.end : q.end + 3]
    return bool(tail) and (tail[1:2] in (".", "!", "؟", "?") or text[q.end - 1 : q.end] in ".!؟?")


def _opens_paragraph(text: str, q: Quoted) -> bool:
    j = q.open_at
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


_NAMING = frozenset(
    normalise(w) for w in "لقب بلقب لقبه اسم باسم عنوان بعنوان شعار بشعار مسمى يسمى تسمى المسمى المسماة".split()
)
# a meeting's or a report's theme after them ("المؤتمر الوزاري حول موضوع "…"")
_TOPIC = frozenset(normalise(w) for w in "حول موضوع بشأن".split())
_KNOWN_AS = frozenset(normalise(w) for w in "يعرف تعرف المعروف المعروفة يسمى تسمى سمي يوصف توصف".split())


_NAMED_THINGS = frozenset(
    normalise(w)
    for w in (
        "برنامج برنامجه ببرنامج لبرنامج مسلسل بمسلسل فيلم بفيلم كتاب بكتاب كتابه مشروع بمشروع عملية بعملية "
        "مؤتمر بمؤتمر لمؤتمر منتدى بمنتدى لمنتدى مبادرة بمبادرة لمبادرة قانون بقانون لقانون وقانون "
        "خطة بخطة لخطة أغنية بأغنية لأغنية قصيدة بقصيدة رواية برواية مسرحية بمسرحية ألبوم"
        # exercises, aircraft and missiles, meetings and the like, named in quotes
        " مناورات المناورات بمناورات لمناورات تدريبات طراز طائرة طائرات الطائرة قمة بقمة لقمة"
        # a policy or a meeting named in quotes ('في إطار سياسة "عدم التسامح"', 'اجتماع "الشراكة الدولية …"')
        " سياسة بسياسة لسياسة اجتماع باجتماع لاجتماع"
        # a person's name in quotes after a profession ('الكاتبة "آنا بيرنز"')
        " الكاتب الكاتبة للكاتب للكاتبة الروائي الروائية الفنان الفنانة المغني المغنية الممثل الممثلة الشاعر"
        " الشاعرة اللاعب اللاعبة المدون المدونة الناشط الناشطة"
    ).split()
)
# a kind of body in the construct state, its name in quotes after it: 'شركة "تونس باي"', 'لحركة "كفاية"'
_NAMED_BODIES = frozenset(
    normalise(p + w)
    for w in (
        "شركة مجموعة حزب حركة جمعية منظمة مؤسسة هيئة ائتلاف تحالف قائمة كتلة تيار جبهة منصة تطبيق موقع صحيفة"
        " مجلة قناة وكالة أنباء وسم هاشتاغ محطة شبكة إذاعة"
    ).split()
    for p in ("", "و", "ب", "ل", "وب", "ول")
)
# "وهي بمعنى "كفى"": a word glossed, not words said
_GLOSSING = frozenset(normalise(w) for w in "بمعنى معناه معناها ومعناه ومعناها".split())
_GIVE_NAME = frozenset(normalise(w) for w in "أطلق أطلقت وأطلق وأطلقت يطلق تطلق أطلقوا وأطلقوا أُطلق".split())


# head nouns that open the name of a document, a meeting or an agreement, written in quotes
_EVENTS_AND_DOCUMENTS = frozenset(normalise(w) for w in "وثيقة قمة مؤتمر منتدى مبادرة اتفاقية معاهدة".split())
# 'قال إن "مؤتمر المانحين لن ينجح"': a clause after أن/إن says something about the event
_COMPLEMENTISERS = frozenset(normalise(w) for w in "إن أن بأن وأن وإن فإن".split())
_OCCASION = frozenset(normalise(w) for w in "لمناسبة بمناسبة مناسبة احتفالا إحياء".split())
_WRITTEN = frozenset(normalise(w) for w in "كتب كتبت كتبت نقش نقشت طبع طبعت".split())


_NAME_AFTER = frozenset(normalise(w) for w in "عن من مع ضد إلى الى لدى في بين أصول اصول و".split())


def _clause_ends_after(text: str, q: Quoted) -> bool:
    """Punctuation or the text's end right after the closing mark: the quoted words end their clause
    ('أن اللجنة "عاجزة تماما"،'; not 'أن شركة X "قو مالطا" ستستثمر', a name its verb follows)."""
    rest = text[q.end + 1 : q.end + 12].lstrip()
    if not rest or rest[0] in ".؛;!?؟":
        return True
    if rest[0] in "،,:":
        # '"عاجزة تماما"، وقال …', '…، مشيرا إلى': the clause ends; not '"قو مالطا"، التي تعمل …، ستستثمر'
        nxt = normalise(rest[1:]).split()[:1]
        # (و/ف and a new clause, or a participle: "مشيرا", "مضيفا"; not a verb or an adjective phrase of the
        # body: "…"، ستستثمر", "…"، المملوكة للدولة")
        return not nxt or (nxt[0][:1] in ("و", "ف") and len(nxt[0]) > 2) or (nxt[0][:1] == "م" and nxt[0].endswith("ا"))
    return False


def _said_that_before(text: str, pos: int) -> bool:
    """A speech verb, then أن / إن within the fourteen words before ``pos`` (the clause the words are in)."""
    words = normalise(text[max(0, pos - 160) : pos]).split()[-14:]
    that = max((k for k, w in enumerate(words) if w in ("ان", "أن", "إن")), default=-1)
    return that > 0 and any(speech_word(w) for w in words[max(0, that - 5) : that])


def _nickname(text: str, q: Quoted) -> bool:
    """ "أُطلق عليه لقب "أفقر رئيس في العالم"", "تحت شعار "…"": a nickname, title or slogan is no
    one's quotation."""
    before = normalise(text[max(0, q.open_at - 30) : q.open_at]).split()[-2:]
    first = normalise(text[q.start : q.end]).split()[:1]
    if (
        first
        and first[0] in _EVENTS_AND_DOCUMENTS
        and n_words(text[q.start : q.end]) <= 6
        and not text[max(0, q.open_at - 3) : q.open_at].strip().endswith(":")
        and not (before and (speech_word(before[-1]) or before[-1] in _COMPLEMENTISERS))
    ):
        return True  # '"وثيقة قرطاج"', 'في "قمة هدف تركيا الكبير 2023"': the name of a document or event
    if before and (before[-1] in _NAMING or before[-1] in ("ك", "كـ")):
        return True  # "صنفته كـ"مشتبه به""
    if n_words(text[q.start : q.end]) <= 3 and re.match(r'["”»]?\s*\((?!\.)', text[q.end : q.end + 4]) and not (
        before and (speech_word(before[-1]) or before[-1] in _COMPLEMENTISERS)
    ):
        return True  # 'علاقات مع "فجر ليبيا" (تحالف مجموعة ميليشيات)': a name the brackets gloss
    if before and before[-1] in _TOPIC and n_words(text[q.start : q.end]) <= 12:
        return True  # 'افتتاح الندوة الوطنية حول "إصلاح منظومة الحماية الاجتماعية"': a meeting's theme
    if before and before[-1] in _NAMED_THINGS and n_words(text[q.start : q.end]) <= 6:
        return True  # "برنامج "60 دقيقة"" (a long passage after "في كتابه" is what the book says)
    if before and before[-1] in _NAMED_BODIES and n_words(text[q.start : q.end]) <= 6:
        return True  # 'شركة "تونس باي بروجكت كمبني"': a body's name ("قالت الشركة "…"" is definite)
    if (
        first
        and first[0] in word_set("org_nouns", "nouns")
        and not first[0].startswith("ال")  # (not 'قال لإذاعة X "الحكومة الحالية فشلت"': a clause)
        # after a preposition or a noun it completes: 'صادر عن "مؤسسة …"', 'أصول "مجموعة …"'
        and bool(before)
        and (before[-1] in _NAME_AFTER or before[-1][:1] in ("ل", "ب") and len(before[-1]) > 3)
        and n_words(text[q.start : q.end]) <= 5
        # (a definite genitive names it: "مؤسسة الدفاع"; "حكومة طبيعية", "فريق رائع" describe)
        and normalise(text[q.start : q.end]).split()[1:2] != []
        and normalise(text[q.start : q.end]).split()[1].startswith("ال")
        and not text[max(0, q.open_at - 3) : q.open_at].strip().endswith(":")
        and not (before and (speech_word(before[-1]) or before[-1] in _COMPLEMENTISERS))
    ):
        return True  # 'صادر عن "مؤسسة الدفاع عن الديمقراطيات"': a body's name
    lead = normalise(text[max(0, q.open_at - 45) : q.open_at]).split()[-4:]
    if (
        n_words(text[q.start : q.end]) <= 4
        and lead[-1:]
        and lead[-1].startswith("ال")
        and lead[-1].endswith(("يه", "ي"))
        and any(w in _NAMED_BODIES and all(x.startswith("ال") for x in lead[k + 1 :]) for k, w in enumerate(lead[:-1]))
        # (not "وقالت حركة النهضة الإسلامية "…"": a speech verb before the body makes it the speaker)
        and not any(speech_word(w) for w in normalise(text[max(0, q.open_at - 70) : q.open_at]).split()[-6:])
        # (nor 'وأعلن فلان أن اللجنة التنفيذية لحزب الشعب الجمهوري "عاجزة تماما"': the body is the
        # subject of what he said, the quotation its predicate)
        and not (_said_that_before(text, q.open_at) and _clause_ends_after(text, q))
    ):
        return True  # 'شركة الاتصالات المالطية "قو مالطا"': the body's kind, then its name in quotes
    if before and before[-1] in _GLOSSING and n_words(text[q.start : q.end]) <= 3:
        return True
    if len(before) == 2 and before[0] in _KNOWN_AS and before[1] in ("ب", "بـ"):
        return True  # "ما يعرف بـ"مجلة الأحوال الشخصية""
    if len(before) == 2 and before[0] in _KNOWN_AS and before[1] in ("بانه", "بانها", "بانهم"):
        return True  # "الذي يوصف بأنه "رجل إسبانيا الوسيم"": a label others give him"
    three = normalise(text[max(0, q.open_at - 40) : q.open_at]).split()[-3:]
    if len(three) == 3 and three[0] in _KNOWN_AS and three[1].endswith("يا") and three[2] in ("ب", "بـ"):
        return True  # "لما يوصف إعلاميا بـ"صفقة القرن"": a label the media use
    if len(before) == 2 and before[0].lstrip("و") in _WRITTEN and before[1] in ("عليه", "عليها", "عليهم"):
        return True  # "سترة كتب عليها "…"": words printed on a thing, no one's quotation
    # "حزبا أطلق عليه "X"", "وأطلقوا عليها "…"": a name given, not words said
    return len(before) == 2 and before[0] in _GIVE_NAME and before[1] in ("عليه", "عليها", "عليهم")


_THAT = frozenset(normalise(w) for w in "إن أن بأن ان بان".split())
_SUBORDINATING = frozenset(normalise(w) for w in "دون بدون بعد قبل رغم حتى منذ لمجرد".split())


def _quoted_subject(text: str, q: Quoted, inner: str) -> bool:
    """ 'وقال "ايه.ان.زد" إن …', 'وأشار "يونايتد بيد" الخميس إلى أن …': a short name in quotes right
    after a speech verb, its clause after it, is who speaks, not what is said."""
    if n_words(inner) > 4:
        return False
    before = normalise(text[max(0, q.open_at - 20) : q.open_at]).split()[-1:]
    if not before or not speech_word(before[0]):
        return False
    if normalise(inner).startswith(("بال", "لل")):
        return False  # 'يصفها "بالاسطوانة المملة"': what it is called
    after = normalise(re.split(r"[.!?؟:؛]", text[q.end + 1 : q.end + 50])[0]).split()[:5]
    for k, w in enumerate(after):
        if w in _THAT:
            # ('وأضاف "…" دون أن يحدد': the quotation, then a clause of its own)
            return k == 0 or after[k - 1] not in _SUBORDINATING
        if speech_word(w):
            return False  # '"…" واعتبرت إيران أن': another clause
    return False


def _scare_quoted_word(text: str, q: Quoted, inner: str) -> bool:
    """ "اعترف بالقدس "عاصمة" لإسرائيل": one word in quotes inside a clause that goes on is a term,
    not a quotation (one ending its clause, "“الجولة”، كما يقول", may be one)."""
    if text[max(0, q.open_at - 3) : q.open_at].strip().endswith(":"):
        return False
    before = text[max(0, q.open_at - 12) : q.open_at].split()[-1:]
    if before and before[0].isdigit() and n_words(inner) <= 2:
        return True  # 'اعتقال 3 "إرهابيين"', 'نحو 350 "سجينا سياسيا"': what the counted ones are called
    if n_words(inner) != 1:
        return False
    if _DESCRIBED_AS.search(normalise(text[max(0, q.open_at - 60) : q.open_at])):
        return False  # "واصفا إياه بـ"الدكتاتور"", "بما اعتبرته "قساوة"": the word the speaker chose
    after = text[q.end + 1 : q.end + 3].lstrip(" ")
    return bool(after) and after[0].isalpha()


# a verb of describing or naming, up to three words, then بـ (or ما before it): "وصف القضية بـ"،
# "واصفا إياه بـ"، "فيما وصفته بـ"، "بما سماه بـ"، "بما اعتبرته"
_DESCRIBED_AS = re.compile(
    r"(?:^|\s)[وف]?(?:"
    # "وصف القضية بـ", "واصفا إياه بـ", "سمّى الاتفاق بـ" (not the name سمير)
    r"(?:وصف|واصف|يصف|تصف)\S*(?:\s+\S+){1,3}\s+ب"
    r"|(?:سمي|سما|سمت|يسمي|تسمي)(?:ه|ها|هم)?(?:\s+\S+){1,3}\s+ب"
    r"|(?:وصف|سما|سمي)(?:ه|ها|هم|ته|تها|تهم)\s+ب"  # "فيما وصفته بـ" (not the passive "علاقات وصفت بـ")
    r"|[بف]?ما\s+(?:اعتبر|وصف|سما|سمي)(?:ه|ها|هم|ت|ته|تها|تهم)?"  # "بما اعتبرته"
    r")\s*$"
)


_CHARGED = frozenset(
    normalise(w)
    for w in (
        "متهما متهمة متهمين متهمون متهم اتهامه اتهامها اتهامهم ملاحقته ملاحقتها ملاحقتهم إدانته إدانتها أدين أدينت"
        " اتهموا اتهمت اتهم يتهمون تتهم يتهم"
    ).split()
)


_CALLING = frozenset(normalise(w) for w in "دعا دعت طالب طالبت يدعو تدعو يطالب تطالب ناشد ناشدت".split())


def _body_complement(text: str, q: Quoted, state: ArticleState) -> bool:
    """ "قوات التحالف العربي لـ"دعم الشرعية في اليمن"": what a body named right before is for, in
    quotes after لـ, is the rest of its name."""
    if any(x.label == "ORG" and x.start < q.open_at and q.end <= x.end for x in state.doc.mentions):
        return True  # the quotation is inside the body's name
    before = text[max(0, q.open_at - 6) : q.open_at]
    m = re.search(r"\s(لـ?)\s*$", before)
    if m is None:
        return False
    at = q.open_at - len(before) + m.start()
    body = next((x for x in state.doc.mentions if x.label == "ORG" and at - 2 <= x.end <= q.open_at), None)
    if body is None:
        return False
    # "ودعت منظمة العفو الدولية لـ"الإفراج …"": what a body called for, after a verb of calling
    lead = normalise(text[max(0, body.start - 20) : body.start]).split()[-1:]
    return not (lead and lead[0].lstrip("و") in _CALLING)


_TO = re.compile(r"\s*[،,]?\s*(?:إلى|الى|إلي)\s")


def _called_on(text: str, q: Quoted, inner: str) -> bool:
    """ 'دعت هيئة الحقيقة والكرامة "الصحفيين المهنيين"، الى التثبت': the few words in quotes after a
    verb of calling, then إلى, are whom it calls on, not words said."""
    if n_words(inner) > 3 or not _TO.match(text, q.end + 1):
        return False
    lead = normalise(text[max(0, q.open_at - 60) : q.open_at]).split()[-8:]
    return any(w.lstrip("و") in _CALLING for w in lead)


def _charge(text: str, q: Quoted) -> bool:
    """ "يحاكم متهما بـ"التجسس والإرهاب"", "بعد ملاحقته بـ"قضايا احتيال"": the charge's words in quotes
    right after بـ, not anyone's quotation; also an accusation some words back ("منددة باتهام فنانات
    تونس بـ"الزندقة"", "واتهامه للهيئة "باللاوطنية …"": the accuser's words, quoted to reject them)."""
    before = text[max(0, q.open_at - 60) : q.open_at]
    inner = normalise(text[q.start : q.start + 3])
    if not re.search(r"(?:^|\s)بـ?\s*$", before) and not inner.startswith("ب"):
        return False
    words = [w.lstrip("و") for w in normalise(before).split()[-3:-1]]
    if any(w in _CHARGED for w in words):
        return True
    back = [w.removeprefix("و").removeprefix("ب") for w in normalise(before).split()[-6:]]
    return any(w.startswith(("اتهام", "تهمه")) for w in back)


def _names_the_speaker(inner: str, speaker: str, state: ArticleState) -> bool:
    """The quotation names the person it is given to by a name of two words or more (a surname alone
    may be a plain word: "أنا سعيد"، "عون أشقائه"، "في صالح"), not to introduce himself (أنا فلان)."""
    entity = next((e for e in state.doc.entities if e.id == speaker), None)
    if entity is None or entity.type != "PERSON":
        return False
    quoted = f" {normalise(inner)} "
    names = {normalise(n) for n in (entity.name, *entity.aliases, *(m.text for m in entity.mentions))}
    for n in names:
        if len(n.split()) < 2 or _opens_with_title(n):
            # (a title the article calls him by, "رئيس الحكومة", may be another's: "سيصبح فلان رئيس الحكومة")
            continue
        for hit in re.finditer(f" {re.escape(n)} ", quoted):
            before = quoted[: hit.start()].split()[-1:]
            if not (before and (head_forms(before[0]) & _NAMED_AFTER_HIM or before[0] in _I_AM)):
                return True  # (not "حملة ترامب", "إدارة ترامب": his campaign, his administration)
    return False


_NAMED_AFTER_HIM = frozenset(
    normalise(w) for w in "حملة إدارة حكومة عهد ولاية برج شركة مؤسسة منظمة عائلة قائمة كتلة تيار خطة".split()
)
_I_AM = frozenset(normalise(w) for w in "أنا اسمي انا".split())


def _description_not_name(text: str, q: Quoted, inner: str, state: ArticleState) -> bool:
    """ 'ووصف فلان الوزير بأنه "برج من الهلام"': after بأنه a phrase of several words the recogniser
    took for a MISC name is what the speaker called him."""
    lead = normalise(text[max(0, q.open_at - 30) : q.open_at]).split()[-3:]
    before = lead[-1:]
    if not before or before[0] not in _AS_DESCRIPTION or n_words(inner) < 2:
        return False
    if set(lead[:-1]) & _UNSAID_DESCRIBER:
        return False  # "لما وُصف بأنه "حمام دم"": what it is called, by no one named
    key = normalise(inner).casefold()
    return not any(
        e.type != "MISC" and key in {normalise(n).casefold() for n in (e.name, *e.aliases)} for e in state.doc.entities
    )


def _predicate_of_named_body(text: str, q: Quoted, inner: str, state: ArticleState) -> bool:
    """ 'وأعلن فلان أن اللجنة التنفيذية لحزب X "عاجزة تماما وغير كفوءة"': words in quotes right after a
    body named in full (three words or more), in a clause opened by أن after a speech verb, say what it
    is; the recogniser's name for them is no name."""
    if n_words(inner) < 2:
        return False
    body = next(
        (m for m in state.doc.mentions if m.label == "ORG" and m.end <= q.open_at and not text[m.end : q.open_at].strip()),
        None,
    )
    if body is None or len(body.text.split()) < 3:
        return False
    lead = normalise(text[max(0, body.start - 80) : body.start]).split()
    if lead[-1:] not in (["ان"], ["أن"], ["إن"]) or not _clause_ends_after(text, q):
        return False
    return any(speech_word(w) for w in lead[-8:-1])


_UNSAID_DESCRIBER = frozenset(normalise(w) for w in "ما لما بما مما يوصف توصف".split())


def _is_name(inner: str, state: ArticleState) -> bool:
    """“إيباك”، “DreamWorks Animation”: quotation marks around a name are not a quote."""
    known = {normalise(n).casefold() for e in state.doc.entities for n in (e.name, *e.aliases)}
    bare = re.sub(r"^(?:ايه|اية) الله (?:العظمي )?", "", normalise(inner))  # "آية الله علي خامنئي"
    if normalise(inner).casefold() in known or bare.casefold() in known:
        return True
    # "القواعد الخلفية "لحزب العمال الكردستاني"": a name with the preposition it takes
    for prefix, article in (("لل", "ال"), ("ل", ""), ("ب", ""), ("و", ""), ("وال", "ال")):
        if bare.startswith(prefix) and len(bare.split()) >= 2 and (article + bare[len(prefix) :]).casefold() in known:
            return True
    # "للدول الأربع "السعودية والإمارات والبحرين ومصر"": a list of names
    parts = [p.strip() for p in re.split(r"[،,]|\s+و(?=\S)", normalise(inner).casefold())]
    return len(parts) >= 2 and all(p in known or p[1:] in known for p in parts if p)


def _speaker(
    sent: Sentence,
    q: Quoted,
    text: str,
    state: ArticleState,
    speech,
    back_refs,
    prev_subjects: list[DocMention],
    prev_sent: Sentence | None = None,
) -> tuple[str | None, str]:
    relayed = _relayed_directly(sent, q.open_at, text)
    if relayed is not None:
        return relayed, "'نقلت X عن' + the source named after عن, then his words"
    # 1. a speech verb before the quote in its sentence (the nearest one)
    verbs = _speech_verbs(sent, q, speech, state)
    while len(verbs) >= 2 and normalise(text[max(sent.start, sent.orig(verbs[-1].start) - 6) : sent.orig(verbs[-1].start)]).split()[-1:] in (
        ["ما"], ["بما"], ["مما"], ["لما"]
    ):
        verbs = verbs[:-1]  # "كما استنكر البيان ما اعتبره "…"": what it called so; the main verb's subject speaks
    colon = text[max(sent.start, q.open_at - 3) : q.open_at].strip().endswith(":")
    warned = _warned_by(sent, q, text, verbs)
    if warned is not None:
        return warned, "'التحذيرات الصادرة عن' PERSON + 'بأن': the one who issued them"
    if verbs:
        issued = _issued_after_verb(sent, q, sent.orig_end(verbs[-1].end), text, state)
        if issued is not None:
            # "ونفت السلطات … من خلال تصريحات مكتب X الذي أصدر بيانا جاء فيه أن "…"": the statement's
            # issuer, named after the speech verb, says the words
            return issued, "'بيانا جاء فيه' + the one that issued the statement"
        v = verbs[-1]
        v_start, v_end = sent.orig(v.start), sent.orig_end(v.end)
        if (
            normalise(v.phrase) in _PRESENT_LABELS
            and n_words(text[q.start : q.end]) <= 3
            and not colon
            and not set(gap_text(text, v_end, q.open_at).split()) & _THAT  # ("تؤكد فلانة أن تصريحاتها "…"")
        ):
            # "الكرملين يوضح خلفيات اعتقال "الملياردير محمدوف"", "بوتن يوضح موقفه من "الرئاسة مدى
            # الحياة"": a few words in quotes after a headline's present tense are a label, not words said
            return None, "no speaker"
        if (
            n_words(text[q.start : q.end]) == 1
            and not colon
            and n_words(gap_text(text, v_end, q.open_at)) > 6
            and not _AS_SAYS.match(normalise(text[q.end : min(len(text), q.end + 25)]))
            and not _description_of(v.phrase, text, q.open_at)
        ):
            # "احتفى … أو من وصفهم بـ"الثوار" … مراسم تنصيب "الخليفة"": one word in quotes far from
            # the verb is a term the writer marks, not a quotation
            return None, "no speaker"
        if normalise(v.phrase) in _DESCRIBING:
            # "واصفا وزير الخارجية بأن "…"": the one named after the participle is the one described;
            # the speaker is the sentence's subject before it, or the one the text is about
            first_word = sent.tokens_between(sent.start, v_start)[:1]
            lead_word = normalise(first_word[0].text).removeprefix("و").removeprefix("ف") if first_word else ""
            opener = (
                _named_after(sent, first_word[0].end, v_start, text, state)
                # (a verb opens it: not "وعلى الرغم من تحذيرات فلان، هاجم علان …")
                if lead_word and lead_word[:1] != "ا" and lead_word not in _PREPOSITIONS | _OPENING_WHEN
                else None
            )
            # "…، متهمة إياهم": the pronoun object stands for the people named before; none of them speaks
            # (plural: "إياهم", "إياهما"; "واصفا إياها" said of a policy leaves the subject named before)
            them = normalise(gap_text(text, v_end, min(sent.end, v_end + 12))).split()[:1]
            object_pronoun = bool(them) and them[0].startswith("ايا") and them[0].endswith(("هم", "هما", "هن"))
            if object_pronoun and opener is not None and first_word:
                opener_at = next((m for m in sent.mentions if m.entity == opener and m.start >= first_word[0].end), None)
                if opener_at is None or n_words(gap_text(text, first_word[0].end, opener_at.start)) > 3:
                    opener = None  # "ووضعت المنظمة نصب أعينها رئيس الغابون فلان، متهمة إياهم": his the object
            near = (
                _spokesperson_before(sent, v_start, text, state)
                # "خلفا لفلان، الذي استقال، متهما …": the participle goes with the relative clause's own
                or _relative_antecedent(sent, v_start, text)
                # "ندد زعيم المعارضة فلان بإعلان فوز علان، واصفا …": the opening verb's subject
                or opener
                or (None if object_pronoun else _person_before(sent, v_start, text, outside_clause=True))
            )
            if near is not None:
                return near, f"'{v.phrase}' + the speaker named before it (the one named after is described)"
            # "أنه لن يهنئ الرئيس فلان …، واصفا إياه بـ"…"": the one إياه stands for is not the speaker
            him = [m.entity for m in sent.mentions if m.end <= v_start and m.label == "PERSON"][-1:] if them in (
                ["اياه"], ["اياها"]
            ) else []
            return _or_body(
                sent, v_start, q.open_at, text, state, speech,
                _pronoun_speaker(v.phrase, prev_sent, text, state, speech, prev_subjects, named_here=frozenset(him)),
            )
        if normalise(v.phrase) in _ACCUSING:
            return _accuser(sent, v_end, q.open_at, text, state), f"'{v.phrase}' + the accuser after it"
        described_title = _kana_title_qad(sent, v_start, text)
        if described_title is not None:
            # "وكان الرئيس الأمريكي، قد قال إن الصواريخ "آتية"": كان's subject is a title; the one the
            # article named with it and its country, else no one it names (not the last speaker)
            title, qualifier = described_title
            holder = (
                _holder_with_country(title, qualifier, v_start, text, state)
                if _country_adjective(qualifier)
                else None
            )
            if holder is not None:
                return holder, f"'كان' + a title and its country + 'قد' + '{v.phrase}': the one named with it before"
            fronted = _title_before_verb(sent, v_start, text, state)
            if fronted is not None:
                # "وكان وزير الدفاع قد أكد أن … "…"": the minister the article named with that field
                return fronted, f"'كان' + a minister's title + 'قد' + '{v.phrase}': the one named with it before"
            return None, "no speaker"
        opened = _kana_name_qad(sent, v_start, text)
        if opened is not None:
            # "وكان ماكرون قد اقترح … بعد استقباله أردوغان "…"": the name between كان and قد is the subject
            return opened, f"'كان' PERSON 'قد' + speech verb '{v.phrase}'"
        who = _named_after(sent, v_end, q.open_at, text, state)
        if who is not None and normalise(v.phrase) in _TAKES_AN_OBJECT and _described_first(text, v_end, who, state):
            who = None  # "ودعت المؤسسة "الجيش الوطني" إلى …": the described subject calls on the one named
        if (
            who is not None
            and normalise(v.phrase) in _DESCRIBE_VERBS
            # (the verb's subject stands before it: "الذي وصف", "فلان وصف"; in "ووصف فلان علان بأنه"
            # the one right after the verb is its subject)
            and (
                normalise(text[max(sent.start, v_start - 12) : v_start]).split()[-1:] in (["الذي"], ["التي"], ["الذين"])
                or any(m.label == "PERSON" and n_words(gap_text(text, m.end, v_start)) == 0 for m in sent.mentions if m.end <= v_start)
                # "وكان قد وصف الزعيم فلان بـ"…"": قد before the verb, its subject a pronoun (the one named
                # then described right after him: "بـ" next, past commas; "وقد وصف فلان الاتفاق بـ" is his)
                or (
                    normalise(text[max(sent.start, v_start - 8) : v_start]).split()[-1:] in (["قد"], ["وقد"])
                    and _described_right_after(sent, who, v_end, q.open_at, text)
                )
            )
            and _described_after(sent, who, v_end, q.open_at, text)
        ):
            # "وقال فلان، الذي وصف علان ذات مرة بأنه "…"": علان is the one described; the describer is
            # the one named before the verb
            near = _person_before(sent, v_start, text)
            if near is not None and near != who:
                return near, f"'{v.phrase}' + the one described after it: the speaker named before"
            return None, "no speaker"
        if who is not None:
            return who, f"speech verb '{v.phrase}' + speaker after it"
        after_verb_words = gap_text(text, v_end, q.open_at).split()[:2]
        leader_after = next((m for m in sent.mentions if v_end <= m.start < q.open_at), None)
        if (
            after_verb_words[:1]
            and after_verb_words[0] in PARTY_WORDS
            and leader_after is not None
            and leader_after.label == "PERSON"
            and gap_text(text, v_end, leader_after.start).split() == after_verb_words[:1]
        ):
            # "وقال حزب ميركل في بيان", "وأعرب ائتلاف علاوي": the leader's party speaks, the one the
            # article named before with that head noun if any, else unnamed
            head = after_verb_words[0]
            named = [
                m for m in state.doc.mentions if m.end <= sent.start and m.label == "ORG" and normalise(m.text).split()[:1] == [head]
            ]
            if named:
                return named[-1].entity, f"speech verb '{v.phrase}' + '{head}' of a leader: the one named before"
            return None, "no speaker"
        anon = _anonymous_after(sent, v_end, q.open_at, text, state, back_refs)
        if anon is not None:
            return anon, f"speech verb '{v.phrase}' + unnamed speaker"
        after_verb = gap_text(text, v_end, q.open_at).split()[:1]
        if after_verb and after_verb[0].strip(":،,") in _NO_ONE_NAMED:
            # "وقال أحدهم: "…"", "وتقول تقارير إعلامية إن …": the subject is there and names no one
            return None, "no speaker"
        before_verb = [m for m in sent.mentions if m.end <= v_start]
        if (
            before_verb
            and before_verb[-1].label in ("GPE", "LOC")
            and not _participle(v.phrase)
            and not gap_text(text, before_verb[-1].end, v_start).split()
            # the clause's subject: at the sentence's start or after a conjunction (not "مع الدوحة أعلن"),
            # or كان's ("وكانت بكين دعت إلى …")
            and gap_text(text, sent.start, before_verb[-1].start).split()[-1:]
            in ([], *([w] for w in _CLAUSE_OPENERS), ["كان"], ["كانت"], ["وكان"], ["وكانت"])
        ):
            # "لكن الولايات المتحدة قالت إن …": a state speaks, no person the pronoun could be
            return None, "no speaker"
        if (
            _place_after(sent, v_end, q.open_at, text)
            and normalise(v.phrase) not in _DESCRIBE_VERBS
            and normalise(v.phrase) not in _TAKES_AN_OBJECT  # "دعا مصر إلى "…"": the country is called on
            and _named_right_before(sent, v_start, text) is None
            and not any(m.label == "PERSON" and v_end <= m.start < q.open_at for m in sent.mentions)
        ):
            # "والذي أعلنت الرياض "موته"": a country or city speaks, not a spokesperson named before
            # ("ويصف إسرائيل بأنها "…"": the place after a describing verb is what it describes)
            return None, "no speaker"
        spokesperson = _spokesperson_before(sent, q.open_at, text, state, after=v_end)
        if spokesperson is not None:
            # "وقال المتحدث باسم رجل الأعمال الأمريكي: "…"": the spokesperson after the verb
            return spokesperson, f"speech verb '{v.phrase}' + the spokesperson after it"
        spokesperson = _spokesperson_before(sent, v_start, text, state)
        if spokesperson is not None:
            return spokesperson, f"speech verb '{v.phrase}' + the unnamed spokesperson before it"
        writer = _writer_of(sent, v_start, v_end, text)
        if writer is not None:
            # "وبعث فلان برسالة لمدرب المنتخب علان قال فيها: "…"": who wrote what the verb is "in"
            return writer, f"'{v.phrase} فيه': the one who issued the message or statement"
        if normalise(v.phrase).startswith("قول"):
            relayed_at = _relayed_from_him(sent, v_start, text)
            if relayed_at is not None:
                # "ودان فلان المناورات ونقلت عنه صحيفة X قوله "…"": the one عنه refers to, not the outlet;
                # the sentence's subject first, and one whose gender the pronoun allows
                said = _verb_gender(v.phrase)
                cands = [
                    c for c in (_sentence_subject(sent, text, relayed_at), _person_before(sent, relayed_at, text)) if c
                ]
                # one the article says is of the pronoun's gender first, else the nearest of unknown gender
                agreeing = [c for c in cands if person_gender(state, c) == said] or [
                    c for c in cands if person_gender(state, c) is None
                ]
                if agreeing:
                    return agreeing[0], f"'نقلت عنه … {v.phrase}': the person named before"
                return _or_body(sent, v_start, q.open_at, text, state, speech, _pronoun_speaker(v.phrase, prev_sent, text, state, speech, prev_subjects))
        who = _named_after_an(sent, v_start, text) if normalise(v.phrase).startswith(("قول", "القول")) else None
        who = who or _named_right_before(sent, v_start, text, saying=normalise(v.phrase).startswith(("قول", "القول")))
        if who is None and normalise(v.phrase).startswith(("قول", "القول")):
            unnamed = _unnamed_after_an(sent, v_start, text, state)
            if unnamed is not None:
                # "ونقلت وكالة رويترز عن شهود عيان قولهم إن "…"": the unnamed ones after عن
                return unnamed, f"'عن' + unnamed speakers + '{v.phrase}'"
        if who is not None and _participle(v.phrase) and not _after_speech_verb(sent, who, text, speech):
            # "ورفضت المحكمة العامة استئناف لوبن قائلة "…"": a participle goes with the clause's
            # subject right after its verb, not with the object named just before it ("ورد نتنياهو
            # قائلا" keeps نتنياهو, the subject of a second clause's own verb)
            opener = _verb_subject(sent, text, who)
            lead_verb = normalise(gap_text(text, sent.start, sent.end).split()[0]) if opener is not None else ""
            if opener is not None and lead_verb.endswith("ت") != normalise(v.phrase).endswith("ه"):
                opener = None  # "وحاورت قناة X فلانا قائلا": a feminine verb's subject says no masculine قائلا
            if opener is not None:
                return opener, f"'{v.phrase}' with the subject of the sentence's verb"
            if _opens_with_pronoun_verb(sent, speech) and not any(
                m.entity == who and n_words(gap_text(text, sent.start, m.start)) <= 3 for m in sent.mentions
            ):
                # "وأشار إلى أن … اثر فقدان الحكومة لثقة مجلس نواب الشعب معتبرا أن …": the participle goes
                # with the opening verb's pronoun subject, not with a name inside its complement
                return _or_body(
                    sent, v_start, q.open_at, text, state, speech,
                    _pronoun_speaker(v.phrase, prev_sent, text, state, speech, prev_subjects, named_here=frozenset({who})),
                )
        if who is not None:
            return who, f"speaker before speech verb '{v.phrase}'"
        fronted = _title_before_verb(sent, v_start, text, state)
        if fronted is not None:
            # "وكان وزير الدفاع قد أكد أن … "…"": the one the article named with that title before
            return fronted, f"a title before speech verb '{v.phrase}': the one named with it before"
        contrast = _subject_after_contrast(sent, v_start, text)
        if contrast is not None:
            # "وكان فلان دان عمل الشرطة، لكن علان أشاد بعملها، وقال إن "…"": the subject of the clause
            # the verb belongs to
            return contrast, f"speech verb '{v.phrase}' with the subject after a contrast"
        owner = _owner_of_saying(sent, v, v_start, text, state)
        if owner is not None:
            # "ونقل التقرير على لسان المديرة …، سارة ليا ويتسن، قولها": whose saying it is, named right
            # before, not the sentence's subject
            return owner, f"'{v.phrase}': the person named right before it"
        topic = _sentence_subject(sent, text, q.open_at)
        if topic is not None:
            return topic, f"speech verb '{v.phrase}' with the sentence's subject"
        report_of = _report_of_a_body(sent, v_end, q.open_at, text, state)
        if report_of is not None:
            # "ولفت تقرير الهيئة الإسرائيلية إلى "…"": the body named before by that head noun
            return report_of, f"speech verb '{v.phrase}' + a report of a body named before by its head noun"
        described = _unnamed_subject_after(sent, v_end, q.open_at, text)
        if _plural_subject_after(text, v_end, q.open_at):
            # "وقال زعماء بريطانيا وألمانيا وفرنسا في بيان مشترك"، "قال المحكمون": many speak, no one
            # person (an unnamed group is found before as an anonymous speaker)
            return None, "no speaker"
        titled = (
            None
            if normalise(v.phrase).startswith(("وصف", "يصف", "تصف", "ووصف"))  # "وصف محافظ البنك بأنه": the one described
            else _title_of_a_body(sent, v_end, q.open_at, text, state)
        )
        if titled is not None:
            # "وقال رئيس مجلس النقباء علان إن "…"", 'وقال رئيس "سيسكو" علان "…"', "واعتبر رئيس الدولة أن":
            # the holder of that post (the one the article named with it, else an unnamed speaker), not
            # the last one quoted
            return titled, f"speech verb '{v.phrase}' + a title in construct with a body"
        first = gap_text(text, v_end, q.open_at).split()[:1]
        word = re.sub(r"\W", "", first[0]) if first else ""  # البيان، المحامي
        if _COUNTED_SUBJECT.match(text, v_end):
            # "وقال 18 % ممن شملهم الاستطلاع إنهم "…"", "وقال 3 مسؤولين إن": a count of unnamed
            # people speaks, not the last one named
            return None, "no speaker"
        if word in _THE_LATTER:
            latter = _the_latter(sent, v_start, text, state, "f" if word.endswith("ه") else "m")
            if latter is not None:
                # "… بمساعدة مون. ورد الأخير بأنه "…"": the person named last before the verb
                return latter, f"speech verb '{v.phrase}' + 'الأخير': the person named last"
            return None, "no speaker"
        if "ال" + word in _DOCUMENTS:
            issuer = next((m for m in sent.mentions if m.start >= v_end and m.label in ("ORG", "PERSON")), None)
            if issuer is not None and normalise(text[v_end : issuer.start]).split() in ([word, "ل"], [word, "لـ"], [word + "ل"]):
                # "أكد بلاغ لوكالة الجمهورية أن "…"": a statement of the body named after it
                return issuer.entity, f"speech verb '{v.phrase}' + a statement of the body named after it"
        if word in _DOCUMENTS:
            author = _author_of(word, v_start, text, state)
            if author is not None:
                # "وأضافت الدراسة أن "…"": the body that the article said issued the study
                return author, f"speech verb '{v.phrase}' + a report or statement: the one that issued it"
            # "ويقول التقرير: "…"" with no issuer named: not the person the last sentences were about
            return None, "no speaker"
        if described == "body":
            body = (
                _body_named_before(sent, v_end, text, state)
                or _last_speaker_of_kind(v_end, text, state)
                or _company_last_subject(sent, v_end, text, state)
            )
            if body is not None:
                # "وقالت اللجنة إن … "…"": the committee the article named before
                return body, f"speech verb '{v.phrase}' + a body named before by its head noun"
        if described == "body" or _place_after(sent, v_end, q.open_at, text):
            # "أعلن الحزب الحاكم أن …", "ووصفت فرنسا التصويت بأنه …": a body or a country speaks,
            # no person named before
            return None, "no speaker"
        title = word if described == "person" else ""
        if title and title not in _GENERIC_TITLES:
            holder = _holder_of_title(title, v_start, text, state)
            if holder is not None:
                # "وأضاف المحامي إن موكله "…"": the lawyer the article named before (محامي فلان، علان),
                # not the subject of the last sentences
                return holder, f"speech verb '{v.phrase}' + a title: the one named with it before"
        after_title = gap_text(text, v_end, q.open_at).split()[1:2]
        if (title in _GENERIC_TITLES or title in _OTHER_POSTS) and after_title and _country_adjective(after_title[0]):
            holder = _holder_with_country(title, after_title[0], v_start, text, state)
            if holder is not None:
                # "قال الرئيس الصيني "…"": the one the article named the Chinese president, not the
                # subject of the last sentences (the Senegalese president)
                return holder, f"speech verb '{v.phrase}' + a title and its country: the one named with it before"
        said = _verb_gender(_word_at(sent, v)) or _phrase_gender(v.phrase)
        if prev_subjects and described and person_gender(state, prev_subjects[0].entity) not in (
            {"m": "f", "f": "m"}.get(said or "", ""),
        ):
            # "وقال الرئيس الجمهوري في تغريدته: …", "وحول ما يتداول عن فلان، أكدت النائبة أنها …":
            # a description refers to the one the last sentences were about, not to a name in
            # this sentence nor to the last one quoted (not a man after "وردت الوزيرة")
            return prev_subjects[0].entity, f"speech verb '{v.phrase}' + a description: the last subject"
        if title in _GENERIC_TITLES:
            holder = _holder_of_title(title, v_start, text, state)
            if holder is not None:
                # "وقال الرئيس إن …" with no subject carried over: the one the article named so before
                return holder, f"speech verb '{v.phrase}' + a title: the one named with it before"
        if described and state.last_speaker is None:
            # "وقال الدبلوماسي الأميركي إنه "…"" with no one named before: an unnamed speaker
            anon = _described_speaker(sent, v_end, q.open_at, text, state)
            if anon is not None:
                return anon, f"speech verb '{v.phrase}' + a description: an unnamed speaker"
        if _plural(sent, v):
            # "وردد المحتجون شعارات ضد الرئيس فلان وقالوا "…"": many speak, not the one named before
            return None, "no speaker"
        lead5 = text[max(sent.start, v_start - 50) : v_start]
        if (
            not _participle(v.phrase)
            and {"احد", "احدي", "بعض"} & set(normalise(lead5.split("،")[-1]).split()[-5:])
            and not any(m.label == "PERSON" and v_start - 50 <= m.start < v_start for m in sent.mentions)
        ):
            return None, "no speaker"  # "أحد مرشحي الحشد الشعبي قال إنه "…"": an unnamed one of them
        lead = normalise(text[max(sent.start, v_start - 40) : v_start]).split()[-4:]
        if normalise(v.phrase) in ("تقول", "يقول") and any(
            (w in _INANIMATE_SAYERS or (w[:1] == "و" and w[1:] in _INANIMATE_SAYERS))
            # (not "وفي منشورات على صفحته يقول", "ووسط هتافات", "وعن شعار حملته يقول")
            and (k == 0 or (lead[k - 1].removeprefix("و") not in _PREPOSITIONS and lead[k - 1].removeprefix("و") != "وسط"))
            for k, w in enumerate(lead)
        ):
            return None, "no speaker"  # "ورفعت لافتات في المظاهرة تقول "…"": a banner says it
        remarks_by = _remarks_of(sent, v_start, text) if _participle(v.phrase) else None
        if remarks_by is not None:
            # "ويتوافق هذا مع تصريحات لنتانياهو في لقاء …، قائلا إنهم "…"": the one whose remarks they are
            return remarks_by, f"speech verb '{v.phrase}' after 'تصريحات لـ' PERSON"
        near = _person_before(sent, v_start, text)
        opener_tok = sent.tokens_between(sent.start, v_start)[:1]
        if near is not None and _participle(v.phrase) and opener_tok:
            # "وكشف مصدر مطلع تفاصيل اللقاء بين فلان وعلان، قائلا إنه "…"": the participle goes with the
            # unnamed subject of the verb that opens the sentence, not with a name in its object
            subject_word = gap_text(text, opener_tok[0].end, v_start).split()[:1]
            anon = (
                _anonymous_after(sent, opener_tok[0].end, v_start, text, state, back_refs)
                if subject_word and subject_word[0] in _ANON_OPENERS
                else None
            )
            if anon is not None:
                return anon, f"'{v.phrase}' with the unnamed subject of the sentence's verb"
        if _participle(v.phrase) and verbs[:-1]:
            # "قال لافروف إن حتى نائب الرئيس، فلان، شكك …، مضيفا "…"": a participle goes with the
            # sentence's first speech verb, whose speaker is named after it
            first = verbs[0]
            for later in verbs[1:-1]:
                # "وصف ائتلاف X المنظمة بـ"…"، وقال المتحدث باسمه فلان إن "…"، مؤكدا": a main clause
                # coordinated after a comma opens with its own verb; the participle goes with it
                at = sent.orig(later.start)
                if text[max(sent.start, at - 4) : at].rstrip().endswith("و") and text[max(sent.start, at - 6) : at - 1].rstrip().endswith(("،", ",")):
                    first = later
                elif _CONTRAST_RIGHT_BEFORE.search(text[max(sent.start, at - 14) : at]):
                    first = later  # "…، بينما تساءلت فلانة عن …، مضيفة "…"": a contrasted clause, its own verb
            who = _named_after(sent, sent.orig_end(first.end), v_start, text, state)
            if who is None and not any(m.start < sent.orig(first.start) and m.label == "PERSON" for m in sent.mentions):
                # "وكشف مصدر مطلع تفاصيل اللقاء بين فلان وعلان، قائلا إنه "…"": the unnamed subject
                who = _anonymous_after(sent, sent.orig_end(first.end), v_start, text, state, back_refs)
            if who is not None:
                return who, f"'{v.phrase}' with the speaker of '{first.phrase}' before it"
        described_one = normalise(v.phrase) in _DESCRIBED_HIM
        if near is not None and _participle(v.phrase) and _object_after_kana_qad(sent, text, near):
            # "وكانت قد انتقدت بشدة المستشارة الألمانية، فلانة، …، قائلة": كانت holds the subject, the
            # one named after the verb is its object; the participle goes with the pronoun
            return _or_body(sent, v_start, q.open_at, text, state, speech, _pronoun_speaker(
                v.phrase, prev_sent, text, state, speech, prev_subjects, named_here=frozenset({near})
            ))
        if near is not None and not described_one and verbs[:-1]:
            # "قالت الحكومة إن التقارير عن اختفاء فلان "كاذبة"، وأكدت أنه "…"": the one named inside the
            # earlier verb's content clause is not the subject of the verb coordinated with it
            earlier = verbs[-2]
            e_end = sent.orig_end(earlier.end)
            near_at = max((m.start for m in sent.mentions if m.entity == near and m.end <= v_start), default=0)
            said_by = _named_after(sent, e_end, near_at, text, state) if near_at > e_end else None
            content = gap_text(text, e_end, near_at).split()
            # only where the verb's gender is the earlier speaker's, not the one named inside
            # ("وأفاد المركز بأن فلان قال إن": he says it, in the centre's report)
            fem = normalise(v.phrase).endswith(("ت", "ه"))
            if (
                said_by is not None
                and said_by != near
                and set(content) & _THAT
                and normalise(earlier.phrase).endswith(("ت", "ه")) == fem
                and person_gender(state, near) == ("m" if fem else "f")
            ):
                return said_by, f"speech verb '{v.phrase}' with the speaker of '{earlier.phrase}' before it"
        if near is not None and _participle(v.phrase) and _opens_with_pronoun_verb(sent, speech):
            # "وأكد على ضرورة مساندة فلان …، مضيفا بالقول: "…"": the participle goes with the opening
            # verb's pronoun subject, not with the one named in its complement
            return _or_body(
                sent, v_start, q.open_at, text, state, speech,
                _pronoun_speaker(v.phrase, prev_sent, text, state, speech, prev_subjects, named_here=frozenset({near})),
            )
        opening_body = _opening_body(sent, v_start, text, speech) if near is not None else None
        if opening_body is not None:
            # "ادان الحزب الدستوري الحر في بيان العملية التي راح ضحيتها فلان، واعتبرها "…"": the body
            # that opens the sentence goes on with و; the one named in its object is not the speaker
            return opening_body, _BODY_REASONS[1] + f" ('{v.phrase}')"
        interviewed = _interviewee(sent, near, text) if near is not None else None
        if interviewed is not None:
            # "في مقابلة لكيري مع الزميل فريد زكريا لـCNN حيث قال: "…"": the one interviewed speaks
            return interviewed, f"speech verb '{v.phrase}' with the one interviewed"
        if near is not None and not described_one:
            # ("بعد أن وصفه بأنه "…"": the one named before وصفه is the one described, not the speaker)
            return near, f"speech verb '{v.phrase}' with the person named before it"
        for earlier in reversed(verbs[:-1]):
            # "وقالت شركة تويتر إن …، لكنها أكدت أن "…"": the speaker named after the sentence's first verb
            e_end = sent.orig_end(earlier.end)
            who = _named_after(sent, e_end, q.open_at, text, state) or _anonymous_after(
                sent, e_end, q.open_at, text, state, back_refs
            )
            if who is not None:
                return who, f"speech verb '{v.phrase}' with the speaker of '{earlier.phrase}' before it"
        opening = _opened_by_a_title(sent, v_start, text) if _participle(v.phrase) else None
        if opening is not None:
            # "توعد رئيس الوزراء الإسرائيلي إيران وحزب الله، مشددا على أن "…"": the participle goes with
            # the described subject of the sentence's verb, the one the article named so ("وأشاد الرئيس
            # اليمني …، مؤكدا": the Yemeni president named before), not with the last one quoted
            opening_title, qualifier = opening
            if opening_title in MINISTER_FORMS and not _country_adjective(qualifier):
                # "وهدد وزير الدفاع الإسرائيلي حركة حماس، مؤكدا": the minister of that field named before
                holder = _holder_of_title("ال" + opening_title, v_start, text, state, field=[qualifier])
            else:
                holder = (
                    _holder_with_country(opening_title, qualifier, v_start, text, state)
                    if _country_adjective(qualifier)
                    else _holder_of_title(opening_title, v_start, text, state)
                )
            if holder is not None:
                return holder, f"'{v.phrase}' with the title opening the sentence: the one named with it before"
            return None, "no speaker"
        bare = not described and _introduced(text, v_end, q.open_at)
        named_first = any(m.start < v_start for m in sent.mentions)
        # a participle goes on its own sentence's clause when that names its subject ("وتسعى وزارة العدل
        # …، محذرة من أن"), not on the one person of the sentence before
        own_subject = _participle(v.phrase) and any(
            m.start < v_start and m.label in ("PERSON", "ORG") and not is_object_marked(sent, m, text)
            for m in sent.mentions
        )
        named_here = frozenset(
            m.entity
            for m in sent.mentions
            # (not one named after a comma: "قال الوزير السابق، فلان "…"" may be the speaker)
            if v_end <= m.start < q.open_at and text[max(0, m.start - 3) : m.start].strip()[-1:] not in ("،", ",")
        )
        return _or_body(sent, v_start, q.open_at, text, state, speech, _pronoun_speaker(
            v.phrase,
            prev_sent,
            text,
            state,
            speech,
            prev_subjects,
            bare=bare and not own_subject,
            verb_after_name=named_first,
            named_here=named_here,
        ))
    # 2. a colon before the quote: the speaker is the sentence's subject ("فانس يحث …: “…”")
    if colon:
        topic = _sentence_subject(sent, text, q.open_at)
        if topic is not None:
            return topic, "quotation after a colon: the sentence's subject"
    # 3. ", كما يقول" after the quote
    after = normalise(text[q.end : min(len(text), q.end + 25)])
    m = _AS_SAYS.match(after)
    if m:
        # "“…”، كما قال فلان": the person named after the verb, else the last speaker
        named = [x for x in state.doc.mentions if x.start > q.end and x.label in ("PERSON", "ANON")]
        if named and n_words(gap_text(text, q.end, named[0].start)) <= 3:
            return named[0].entity, "'كما قال' + speaker after the quotation"
        if state.last_speaker is not None:
            return state.last_speaker, "'كما يقول' after the quotation: the last speaker"
    m = _SAYS_AFTER.match(normalise(text[q.end : min(len(text), q.end + 25)]))
    if m and not gap_text(text, sent.start, q.open_at).split():
        # '"…"، قال فلان للصحفيين': the person named right after the verb that follows the quotation
        named = [x for x in sent.mentions if x.start > q.end and x.label == "PERSON"]
        if named and n_words(gap_text(text, q.end, named[0].start)) <= 3 and "،" not in gap_text(text, q.end + 3, named[0].start):
            return named[0].entity, "speech verb + the speaker named after the quotation"
    if _THESE_WORDS.match(normalise(text[q.end : min(len(text), q.end + 60)])):
        # '"…".. بهذه الكلمات تحدث السفير البريطاني في مصر، فلان', '"…"، جملة لطالما كررها الرئيس
        # الأميركي، فلان': the words are given to the one named after the cue
        who = _named_after_cue(text, q.end, state)
        if who is not None:
            return who, "'بهذه الكلمات' + the speaker named after the quotation"
    source = _according_to(sent, q, text, state)
    if source is not None:
        # "ووفقا لدراسة نشرها معهد X، فإن "…"": the one the passage is ascribed to
        return source, "'وفقا لـ' + the source before the quotation"
    # "… "بحلول نهاية أيلول" في مسألة القرض، حسبما أعلن الوزير فلان": the clause ends by its source
    k0 = next((k for k in range(len(sent.norm)) if sent.orig(k) >= q.end), len(sent.norm))
    cue = _AS_ANNOUNCED.search(sent.norm, k0)
    if cue is not None:
        at = sent.orig_end(cue.end())
        named = [x for x in sent.mentions if x.start >= at and x.label == "PERSON"]
        if named and n_words(gap_text(text, at, named[0].start)) <= 5 and "،" not in text[at : named[0].start]:
            return named[0].entity, "'حسبما أعلن' + the person named after it, later in the sentence"
    if not gap_text(text, sent.start, q.open_at).split():
        said = _said_in(prev_sent, text, state, speech)
        if said is not None:
            # 'ذكر فلان في مداخلة أن الدبلوماسية … . "وقد حال الاتفاق …"': a quotation that opens the
            # sentence after one whose speech verb names its speaker, who goes on in his own words
            return said, "quotation opening the sentence after the speaker's reported words"
    relayed = _relayed_source(sent, q.open_at, text)
    if relayed is not None:
        return relayed, "'نقلت X عن' + the source named after عن + أن"
    said_before = normalise(text[sent.start : q.open_at])
    # "أصدرت حركة النهضة بيانا … وجاء في البيان أن "…"", "وأصدر مكتب X بيانا جاء فيه أن "…"": the one that
    # issued the statement
    for pattern, reason in ((_CAME_IN, "'جاء في البيان'"), (_CAME_IN_IT, "'بيانا جاء فيه'")):
        came = pattern.search(said_before)
        if came is None:
            continue
        if pattern is _CAME_IN:
            author = _author_of(came.group(1), sent.start + came.start(), text, state)
        else:
            author = _issuer_of_it(came, sent, text, state)
        if author is not None:
            return author, f"{reason} + the one that issued the statement"
    source = _document_of_after(sent, q.open_at, text)
    if source is not None:
        # "وجاء في بيان لوزارة الخارجية أن "…"": the body the statement is of
        return source, "'جاء في بيان' + the one it is of, named after it"
    return None, "no-cue"


# "وجاء في البيان أن", "وورد في التقرير": what a document says (its issuer named before)
_CAME_IN = re.compile(
    r"(?:^|\s)[وف]?(?:جاء|ورد) (?:في |ب)(?:نص )?(البيان|التقرير|الرساله|الدراسه|البلاغ|التغريده)(?: (?!ان$|بان$|انه$|انها$)\S+)?"
    r"(?: ان| بان| انه| انها)?\s*:?\s*$"
)


# "أصدر X بيانا جاء فيه أن", "رسالة ورد فيها": what the document just named says
_CAME_IN_IT = re.compile(
    r"(?:^|\s)[وبل]?(بيانا|بيان|البيان|تقريرا|تقرير|التقرير|بلاغا|بلاغ|البلاغ|رساله|الرساله)(?:\s+\S+){0,3}?"
    r"\s+[وف]?(?:جاء|ورد) (?:فيه|فيها)(?: ان| بان| انه| انها)?\s*:?\s*$"
)
# "وجاء في بيان لـX", "ورد في بيان صادر عن X": a document of the one named right after it
_CAME_IN_OF = re.compile(
    r"(?:^|\s)[وف]?(?:جاء|ورد) (?:في |ب)(?:نص )?(?:بيان|تقرير|رساله|بلاغ|وثيقه)"
    r"(?:\s+(?:صادر|الصادر|صادره|الصادره)\s+(?:عن|من))?\s*(?:ل|لل)?\s*$"
)
_THAT_OR_COLON = frozenset(("ان", "بان", "انه", "انها"))


def _issuer_of_it(came: re.Match, sent: Sentence, text: str, state: ArticleState) -> str | None:
    """Who issued the document of "بيانا جاء فيه": named before it ("أصدر X بيانا", "X الذي أصدر بيانا"),
    or, for a document in construct ("بيان المنظمة الذي جاء فيه"), the body it is of: the one named right
    after it, or the latest body named with that head noun."""
    doc = came.group(1)
    at = sent.start + came.end(1)
    if doc in ("بيان", "تقرير", "بلاغ", "رساله"):
        after = next((m for m in sent.mentions if m.start >= at), None)
        if after is not None and not gap_text(text, at, after.start).replace("ل", "").strip():
            return after.entity if after.label in ("ORG", "PERSON") else None
        head = gap_text(text, at, min(sent.end, at + 30)).split()[:1]
        if head and head[0].startswith("ال") and len(head[0]) > 3:
            return _latest_body_headed(head[0].removeprefix("ال"), at, state)
        return None
    return _author_of("ال" + doc.removeprefix("ال").removesuffix("ا"), at, text, state)


def _issued_after_verb(sent: Sentence, q: Quoted, v_end: int, text: str, state: ArticleState) -> str | None:
    """The issuer of "بيانا جاء فيه" right before the quotation when it is named after the speech verb."""
    came = _CAME_IN_IT.search(normalise(text[sent.start : q.open_at]))
    if came is None:
        return None
    author = _issuer_of_it(came, sent, text, state)
    if author is None or not any(m.entity == author and v_end <= m.start < q.open_at for m in sent.mentions):
        return None
    return author


def _document_of_after(sent: Sentence, open_at: int, text: str) -> str | None:
    """ "وجاء في بيان لحزب X أن "…"", "ورد في بيان صادر عن X: "…"": the person or body named right after
    the document, with at most a few words (a place, a title) then أن or a colon before the quotation."""
    for m in sent.mentions:
        if m.start >= open_at or m.label not in ("PERSON", "ORG"):
            continue
        if not _CAME_IN_OF.search(normalise(text[sent.start : m.start]).replace("ـ", "")):
            continue
        rest = gap_text(text, m.end, open_at).split()
        if text[m.end : open_at].rstrip().endswith(":") and len(rest) <= 4:
            return m.entity
        if rest and rest[-1] in _THAT_OR_COLON and len(rest) <= 5 and not any(c in text[m.end : open_at] for c in '."«»“”'):
            return m.entity
        return None
    return None


_RELAY_VERBS = frozenset(normalise(w) for w in "نقل نقلت ونقل ونقلت تنقل ينقل".split())
_HIS_SAYING = tuple(normalise(w) for w in "قوله قولها قولهم".split())


def _relayed(sent: Sentence, open_at: int, text: str) -> tuple[DocMention, list[str]] | None:
    """A relaying verb (نقل، نقلت …), عن and the source named after it, before ``open_at``: the source and
    the words between it and ``open_at`` (see _source_after_an)."""
    toks = sent.tokens_between(sent.start, open_at)
    found = _source_after_an(sent, toks, open_at, text, _SPEAKER_TYPES)
    if found is None:
        return None
    an, first, rest = found
    if not any(normalise(t.text) in _RELAY_VERBS for t in toks[max(0, an - 6) : an]):
        return None
    return first, rest


def _relayed_directly(sent: Sentence, open_at: int, text: str) -> str | None:
    """ 'ونقلت رويترز عن أردوغان "…"' (the quotation right after the source), 'نقلت "سكاي نيوز" عن فلان،
    والذي يدير موقع "X"، قوله: "…"' (his words, past his description): the source after عن speaks."""
    found = _relayed(sent, open_at, text)
    if found is None:
        return None
    first, rest = found
    between = text[first.end : open_at]
    if not between.strip(" :"):
        return first.entity
    if normalise(between).rstrip(" :،,").endswith(_HIS_SAYING) and len(rest) <= 14 and "." not in between:
        return first.entity
    return None


def _relayed_source(sent: Sentence, open_at: int, text: str) -> str | None:
    """ 'ونقلت وكالة أنباء فارس عن النيابة العامة في طهران أن "…"': a relaying verb, عن, the source (a
    person or a body, past its titles), a few words of place or title, then أن / إن / بأن or a colon
    right before the quotation: the source speaks."""
    found = _relayed(sent, open_at, text)
    if found is None:
        return None
    first, rest = found
    if not rest or len(rest) > 6 or any(c in text[first.end : open_at] for c in '."«»“”'):
        return None
    if rest[-1] not in ("ان", "إن", "بان") and not text[first.end : open_at].rstrip().endswith(":"):
        return None
    return first.entity


_SO_THAT = frozenset({"فان", "فانه", "فانها", "فانهم"})
_DESCRIBE_VERBS = frozenset(normalise(w) for w in "وصف وصفت يصف تصف واصفا واصفة".split())
_AS_DESCRIPTION = frozenset({"بانه", "بانها", "بانهم", "بانهما", "بكونه", "بكونها"})


def _description_of(phrase: str, text: str, open_at: int) -> bool:
    """A describing verb's description: "ووصف فلان، …، الانتقاد بأنه "جنون"", "وصف القضية بـ"الافتراء""."""
    if normalise(phrase) not in _DESCRIBE_VERBS:
        return False
    before = text[max(0, open_at - 20) : open_at].split()
    last = normalise(before[-1]) if before else ""
    return last in _AS_DESCRIPTION or last == "ب"  # (normalising drops the tatweel of بـ)


# "وفقا لـ X" / "بحسب X" / "وفقا لدراسة نشرها X" before a quotation
_ACCORDING = re.compile(r"(?:^|\s)(?:و|ف)?(?:وفقا|طبقا|استنادا|بحسب|حسب)(?:\s+(?:ل|لـ)|\s|(?=ل))")
_PUBLISHED_BY = re.compile(
    r"^(?:ل|لـ)?\s*(?:ال)?(?:تقرير|دراس[هة]|بيان|وثيق[هة]|تحقيق|رسال[هة]|مذكر[هة]|استطلاع|بحث)\s+"
    r"(?:(?:\S+\s+){0,2})?(?:نشر|اصدر|اعد|اجري|اجرى|اجرا|اجرت|كتب)(?:ه|ها|ته|تها)?\s*$"
)


def _according_to(sent: Sentence, q: Quoted, text: str, state: ArticleState) -> str | None:
    """The source that an "according to" cue before the quotation names: the body or person right after
    وفقا لـ / بحسب, or the one that published the report or study named there."""
    open_at = q.open_at
    k_open = next((k for k in range(len(sent.norm)) if sent.orig(k) >= open_at), len(sent.norm))
    cues = list(_ACCORDING.finditer(sent.norm, 0, k_open))
    if not cues:
        return None
    at = sent.orig_end(cues[-1].end())
    for m in sent.mentions:
        if m.start < at:
            continue
        if m.start >= open_at or m.label not in ("PERSON", "ORG"):
            return None
        gap = normalise(text[at : m.start])
        if "،" in gap or "," in gap:
            return None
        if not gap.strip() or gap.strip() in ("ل", "لـ") or _PUBLISHED_BY.match(gap):
            rest = normalise(text[m.end : open_at]).split()
            # the quotation follows the source's clause ("…، فإن "…""), or ends a short one ("بحسب فلان
            # فإن الأمر "…"."); a quoted name inside the clause ("فإن مشروع "الواحة" سيكتمل") is no quotation
            opens = not rest or rest[-1] in _CONTENT_CLAUSE or rest[-1] in _SO_THAT
            ends = any(w in _CONTENT_CLAUSE or w in _SO_THAT for w in rest) and _ends_sentence(text, q)
            if len(rest) <= 6 and (opens or ends):
                return m.entity
        return None
    return None


_AS_ANNOUNCED = re.compile(r"[،,]\s*(?:حسبما|كما)\s+(?:اعلن|اعلنت|اكد|اكدت|قال|قالت|ذكر|ذكرت|صرح|صرحت)\s")


_THIS = frozenset(normalise(w) for w in "هذا هذه ذلك تلك".split())
_INANIMATE_SAYERS = frozenset(normalise(w) for w in "لافتات لافتة شعارات يافطات يافطة ملصقات هتافات".split())
_REMARKS = frozenset(normalise(w) for w in "تصريحات تصريح كلمة حديث مقابلة".split())
# words before "تصريحات لفلان" that make them what the speaker answers ("وعلقت على تصريحات لجونسون")
_ANSWERING = frozenset(normalise(w) for w in "على علي رد ردا ردًا تعليقا انتقد انتقدت رفض رفضت هاجم هاجمت".split())


def _remarks_of(sent: Sentence, v_start: int, text: str) -> str | None:
    """The person whose remarks (تصريحات لـ فلان، كلمة لفلان) the sentence reports before its verb."""
    for m in sent.mentions:
        if m.start >= v_start or m.label != "PERSON":
            continue
        before = normalise(text[max(sent.start, m.start - 30) : m.start]).split()
        # "تصريحات لنتانياهو": the ل glued to the name stands alone before it
        k = len(before) - 2 if before[-1:] in (["ل"], ["لـ"]) else -1
        if k >= 0 and before[k] in _REMARKS and not (k > 0 and before[k - 1] in _ANSWERING):
            return m.entity
    return None


# verbs a body's statement opens with ("أدان الحزب في بيان …"), besides the speech verbs
_STATEMENT_VERBS = frozenset(
    normalise(w)
    for w in (
        "أدان أدانت ادان ادانت استنكر استنكرت ندد نددت طالب طالبت دعا دعت حذر حذرت عبر عبرت أعلن أعلنت أكد أكدت"
        " اعتبر اعتبرت نشر نشرت أصدر أصدرت"  # ("نشرت منظمة X تقريرا ذكرت فيه": the report's publisher)
    ).split()
)


_CRITICISING = frozenset(normalise(w) for w in "انتقد انتقدت رفض رفضت هاجم هاجمت".split())


_BODY_REASONS = (
    "speech verb with a pronoun: the body whose statement the paragraph reports",
    "speech verb joined to the body that opens the sentence",
)
# nouns of a body's officers and of a person's kin: with a pronoun suffix they are the verb's subject
_HOLDERS_OF = frozenset(
    normalise(w)
    for w in "رئيس رئيسة مدير مديرة محامي محامية متحدث متحدثة ناطق ناطقة أمين أمينة والد والدة نائب نائبة مستشار".split()
)
_OBJECT_VERBS = frozenset(
    normalise(w) for w in "اتهم اتهمت يتهم تتهم انتقد انتقدت هاجم هاجمت حمل حملت ناشد ناشدت حث حثت".split()
)
_OBJECT_NOUNS = frozenset(normalise(w) for w in "ضرورة أهمية وجوب".split())
# what follows a verb whose subject is a pronoun: a complementiser, a preposition, an adverb
_PRONOUN_SUBJECT_NEXT = frozenset(
    normalise(w)
    for w in "أن إن ان بأن بان أنه إنه انه أنها إنها انها في على إلى الى عن من خلال أيضا ايضا كذلك ب بـ ل لـ : اليوم أمس".split()
)


def _opens_with_pronoun_verb(sent: Sentence, speech) -> bool:
    """The sentence opens with a speech or statement verb whose subject is a pronoun: a preposition or
    a complementiser right after it ("وأكد على ضرورة …", "وأشار إلى أن …")."""
    words = sent.norm.split()[:3]
    if words[:1] in (["كما"], ["وكما"]):
        words = words[1:]
    return (
        len(words) >= 2
        and (words[0].lstrip("وف") in _STATEMENT_VERBS | _CRITICISING or bool(speech.find(words[0])))
        # ("كما انتقد أيضا تعيين فلان": what is criticised names him)
        and (words[1] in _PRONOUN_SUBJECT_NEXT or words[1] in _ACTS_ON_SOMEONE)
    )


def _opening_body(sent: Sentence, v_start: int, text: str, speech) -> str | None:
    """The body named right after the statement verb that opens the sentence, when the verb at
    ``v_start`` is joined to it by و and no person is named right before that verb."""
    if not (text[v_start : v_start + 1] == "و" or text[max(0, v_start - 1) : v_start] == "و"):
        return None
    first = re.match(r"\s*(\S+)", sent.norm)
    if first is None or first.group(1).lstrip("و") not in _STATEMENT_VERBS:
        return None
    at = sent.orig_end(first.end(1))
    nxt = next((m for m in sent.mentions if m.start >= at), None)
    if nxt is None or nxt.label != "ORG" or gap_text(text, at, nxt.start).split():
        return None
    before = [m for m in sent.mentions if m.end <= v_start]
    if before and before[-1].label == "PERSON" and text[before[-1].end : v_start].strip() in ("", "و"):
        return None  # "فلان وقال" (no comma between): his own verb
    return nxt.entity


def _or_body(
    sent: Sentence, v_start: int, q_open: int, text: str, state: ArticleState, speech, found: tuple[str | None, str]
) -> tuple[str | None, str]:
    """A pronoun speaker no person was found for: the body whose statement the paragraph reports
    ("أدان الحزب الدستوري الحر في بيان … واعتبرها "…"", "واستنكر الحزب في بيانه ما وصفه بـ"…""); not
    when a subject follows the verb ("وقالت الصحفية:", "وكشفت موظفة سابقة أن")."""
    if found[0] is not None or found[1] != "no speaker":
        return found
    if normalise(text[v_start : v_start + 6]).lstrip("و").startswith("قول"):
        return found  # "ونقلت المنظمة عن امرأة قولها": the relayed one speaks
    verb = re.match(r"\S+", text[v_start:q_open])
    raw = text[v_start + (verb.end() if verb else 0) : q_open].replace("،", " ").split()[:1]
    after = [normalise(w) for w in raw]
    participle = verb is not None and _participle(verb.group())  # ("داعية الحكومة إلى": its object)
    if (
        after
        and not participle
        and after[0] not in _PRONOUN_SUBJECT_NEXT
        and after[0] not in _OBJECT_NOUNS
        and not raw[0].endswith(("ه", "ها", "هم"))
    ):
        return found  # (a noun after the verb may be its subject; "أكد ضرورة", "جدد رفضه" are its object)
    if raw and re.sub(r"(?:ه|ها|هم)$", "", after[0]) in _HOLDERS_OF:
        return found  # "وقال رئيسه إن": its president speaks, unnamed
    body = _body_speaking(sent, v_start, text, state, speech)
    if body is None:
        return found
    said = _verb_gender(verb.group()) if verb is not None else None
    head = normalise(state.doc.entity(body).name).split()[:1]
    org_nouns = word_set("org_nouns", "nouns")
    if head and not head[0].startswith("ال") and head[0] not in org_nouns:
        # 'منظمة "هيومان رايتس ووتش"': a foreign name takes the gender of its kind named before it
        kinds = {
            w
            for m in state.doc.mentions
            if m.entity == body
            for w in gap_text(text, max(0, m.start - 12), m.start).split()[-1:]
            if w in org_nouns
        }
        head = sorted(kinds)[:1] if len(kinds) == 1 else []
    body_gender = ("f" if head[0].endswith("ه") else "m") if head else None
    if said is not None and body_gender is not None and said != body_gender:
        return found  # "أدانت منظمة العفو الدولية … وأضاف": a masculine verb is not the organisation's
    return body, _BODY_REASONS[0]


def _body_speaking(sent: Sentence, v_start: int, text: str, state: ArticleState, speech) -> str | None:
    """The body that is the subject of the nearest statement or speech verb before ``v_start`` in
    this sentence, or, when the verb opens its sentence, in the two sentences before it (in its
    paragraph, after the last quotation). None when that verb's subject is a person or another noun."""
    sentences = state.sentences or []
    here = [sent]
    topic = re.match(r"\s*و?اما\s", sent.norm)
    if topic is not None:
        # "أما حزب المبادرة الوطنية الدستورية، فقد اعتبر أن "…"": the body the sentence is about
        first = next((m for m in sent.mentions if m.start >= sent.orig_end(topic.end())), None)
        if first is not None and first.label == "ORG" and first.end <= v_start and not gap_text(text, sent.orig_end(topic.end()), first.start).split():
            return first.entity
    lead = normalise(text[sent.start : v_start]).split()
    lead = lead[1:] if lead[:1] in (["كما"], ["وكما"]) else lead
    # the verb opens its sentence, or the sentence opens with another verb whose subject is the same
    # pronoun ("كما أعلنت أيضا التقدم بمبادرة، وأكدت أن …")
    opens = not " ".join(lead).replace("و", "").strip(" ،,") or (
        bool(lead)
        and (lead[0].lstrip("وف") in _STATEMENT_VERBS or bool(speech.find(lead[0])))
        and (len(lead) < 2 or lead[1] in _PRONOUN_SUBJECT_NEXT)
    )
    if opens:
        here += [s for s in reversed(sentences[max(0, sent.index - 2) : sent.index])]
    for k, s in enumerate(here):
        if k and ("\n" in text[s.end : here[k - 1].start] or s.end <= state.last_speaker_at):
            break
        limit = v_start if k == 0 else s.end
        words = {w.start(): w.group() for w in re.finditer(r"\S+", s.norm)}
        # (a verb written alone or after و/ف: not "لكشف كل من", a verbal noun after لـ)
        spans = [
            (h.start, h.end)
            for h in speech.find(s.norm)
            if h.start in words and words[h.start] == s.norm[h.start : h.end]
            or (h.start - 1 in words and words[h.start - 1][:1] in "وف" and words[h.start - 1][1:] == s.norm[h.start : h.end])
        ]
        spans += [(a, a + len(w)) for a, w in words.items() if w.lstrip("وف") in _STATEMENT_VERBS]
        for h_start, end in sorted({x for x in spans if s.orig_end(x[1]) <= limit}, reverse=True):
            h_end = s.orig_end(end)
            if s.norm[h_start:end].lstrip("وف") in _OBJECT_VERBS:
                return None  # "واتهمت حماس بالعمل على …": the body after it is accused, the speaker unnamed here
            nxt = next((m for m in s.mentions if m.start >= h_end), None)
            gap = gap_text(text, h_end, nxt.start).split() if nxt is not None else []
            if nxt is not None and not gap:
                return nxt.entity if nxt.label == "ORG" else None  # (a person, a place speaks there)
            if nxt is not None and nxt.label == "ORG" and len(gap) == 1 and gap[0] in word_set("org_nouns", "nouns"):
                return nxt.entity  # 'نشرت منظمة "هيومان رايتس ووتش" تقريرا ذكرت فيه': its kind, then its name
            body = _body_named_before(s, h_end, text, state)
            if body is not None:
                return body
            next_word = normalise(re.split(r'["“”«»]', text[h_end:limit])[0]).replace("،", " ").split()[:1]
            if _participle(s.norm[h_start:end]):
                continue  # "مؤكدا استعداد لجنته": the participle's object; its subject is further back
            if next_word and next_word[0] not in _PRONOUN_SUBJECT_NEXT:
                return None  # "وأعلنت المنظمة غير الحكومية", "وقالت الصحفية": a subject the article did not name
    return None


def _pronoun_speaker(
    phrase: str,
    prev_sent: Sentence | None,
    text: str,
    state: ArticleState,
    speech,
    prev_subjects: list[DocMention],
    bare: bool = False,
    verb_after_name: bool = False,
    named_here: frozenset[str] = frozenset(),
) -> tuple[str | None, str]:
    """The speaker a verb with a pronoun subject refers to ("وأضاف: "…""); ``bare``: nothing but إن /
    أن stands between the verb and the quotation; ``verb_after_name``: the sentence names someone before
    the verb ("لكن "فلان"، وهي …، أكدت"); ``named_here``: those the clause names after the verb, whom
    its pronoun subject is not ("ورد على هجمات فلان بالقول إنها "…"")."""
    said = _verb_gender(phrase) or _phrase_gender(phrase)

    def agrees(entity: str) -> bool:
        """Not a man after "وردت الوزيرة", nor a woman after "وقال" (as far as the article tells)."""
        gender = person_gender(state, entity)
        return gender is None or said is None or gender == said

    prev_said = _said_in(prev_sent, text, state, speech)
    if prev_said in named_here or (prev_said is not None and not agrees(prev_said)):
        prev_said = None
    prev_subjects = [m for m in prev_subjects if m.entity not in named_here]
    if prev_subjects and not agrees(prev_subjects[0].entity):
        prev_subjects = []  # (the one the sentences before were about is of the other gender: no one)
    if prev_said is not None:
        # "وأشار السيناتور فلان إلى شائعات … وأضاف: "…"": the one who spoke in the sentence before
        return prev_said, f"speech verb '{phrase}' with a pronoun: who spoke in the sentence before"
    if prev_sent is not None and not prev_subjects:
        words = gap_text(text, prev_sent.start, prev_sent.end).split()[:2]
        if len(words) == 2 and words[1] in ("الوزير", "الوزيره") and not words[0].startswith("ال"):
            # "وتوقعت الوزيرة أن … . وأكدت "…"": the minister the article named before
            minister = _holder_of_title(words[1], prev_sent.start, text, state)
            if minister is not None and agrees(minister):
                return minister, f"speech verb '{phrase}' with a pronoun: the minister the sentence before spoke of"
    if prev_sent is not None and state.sentences:
        # "قال المتحدث باسم الحلف، فلان، إن … . وأضاف أن … . وقال في بيان: "…"": the one who spoke in
        # the reported sentences since the last quotation (a bare "وأضاف أن" between goes on with him)
        for s in reversed(state.sentences[max(0, prev_sent.index - 2) : prev_sent.index]):
            if s.end <= state.last_speaker_at or "\n" in text[s.end : prev_sent.start]:
                break
            earlier = _said_in(s, text, state, speech)
            if earlier is not None:
                if earlier not in named_here and agrees(earlier) and _goes_on(prev_sent, text, speech):
                    return earlier, f"speech verb '{phrase}' with a pronoun: who spoke in the reported sentences before"
                break
    later = prev_subjects[0] if prev_subjects else None
    if (
        later is not None
        and prev_sent is not None
        and later.start > state.last_speaker_at
        and "\n" not in text[later.start : prev_sent.end]
        and not verb_after_name
        and not _inside_quotation(text, text.rfind("\n", 0, later.start) + 1, later.start)
        and not _other_gender(phrase, text, later)
    ):
        # "قالت فلانة: "…". وعرف فلان بالدفاع عن … وقال في تصريح إنه "…"": a person who opened a
        # sentence of this paragraph after the last quotation is whom the pronoun refers to
        return later.entity, f"speech verb '{phrase}' with a pronoun: who opened a sentence since the last quotation"
    # ("وردت الوزيرة" after a man spoke: not him, nor a subject of the sentences before)
    last_there = state.last_speaker is not None and state.last_speaker not in named_here
    if last_there and state.last_speaker is not None and agrees(state.last_speaker):
        return state.last_speaker, f"speech verb '{phrase}' with a pronoun: the last speaker"
    if prev_subjects and not last_there and not _other_gender(phrase, text, prev_subjects[0]):
        return prev_subjects[0].entity, f"speech verb '{phrase}' with a pronoun: the last subject"
    sole = _sole_person(prev_sent, text) if bare else None
    if sole is not None:
        # "…، دعا الرئيس التونسي فلان التونسيين … . وقال "…"": the one person the sentence before names
        return sole, f"speech verb '{phrase}' with a pronoun: the one person named in the sentence before"
    return None, "no speaker"


def _opened_by_a_title(sent: Sentence, v_start: int, text: str) -> tuple[str, str] | None:
    """The title after the verb that opens the sentence and the definite word after it, when the
    sentence names no one before ``v_start`` ("توعد رئيس الوزراء الإسرائيلي …" gives رئيس, الوزراء)."""
    words = gap_text(text, sent.start, v_start).split()
    title = conj_form(words[1], TITLE_HEADS | _OTHER_POSTS) if len(words) >= 3 else None  # ("وزير" keeps its و)
    if title is None or not words[2].startswith("ال"):
        return None  # (a title with its field or country: not "وقال السفير إن …، مبينا")
    if any(m.label == "PERSON" and m.start < v_start for m in sent.mentions):
        return None
    return title, words[2]


def _country_adjective(word: str) -> bool:
    """A definite relational adjective that names a country (الصيني، الإسرائيلية), not a party's."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and word not in _PARTY_ADJECTIVES


def _introduced(text: str, v_end: int, open_at: int) -> bool:
    """The quotation is what the verb says: right after it, after a colon, or after إن / أن / بأنه."""
    if text[max(v_end, open_at - 3) : open_at].strip().endswith(":"):
        return True
    words = gap_text(text, v_end, open_at).split()
    return not words or any(w in _CONTENT_CLAUSE or w in ("انهم", "بانهم") for w in words[-3:])


def _sole_person(sent: Sentence | None, text: str) -> str | None:
    if sent is None:
        return None
    people = {m.entity for m in sent.mentions if m.label == "PERSON" and not is_object_marked(sent, m, text)}
    others = {m.entity for m in sent.mentions if m.label == "PERSON"} - people
    return next(iter(people)) if len(people) == 1 and not others else None


_REPORTS = frozenset(normalise(w) for w in "تقرير بيان تقارير دراسة".split())


def _report_of_a_body(sent: Sentence, v_end: int, limit: int, text: str, state: ArticleState) -> str | None:
    """ "ولفت تقرير الهيئة الإسرائيلية إلى": a report or statement in construct with a body's definite
    head noun right after the verb: the body the article named before with that head."""
    toks = sent.tokens_between(v_end, limit)[:2]
    if len(toks) < 2 or normalise(toks[0].text) not in _REPORTS or not normalise(toks[1].text).startswith("ال"):
        return None
    here = next((m for m in sent.mentions if m.start <= toks[1].start < m.end), None)
    if here is not None:
        # "ولفت تقرير الهيئة الإسرائيلية": the body named here issued it
        return here.entity if here.label == "ORG" and here.start >= toks[1].start else None
    return _body_named_before(sent, toks[0].end, text, state)


def _body_named_before(sent: Sentence, pos: int, text: str, state: ArticleState) -> str | None:
    """ "وقالت اللجنة": the latest organisation named before whose name starts with that head noun
    (لجنة الشؤون الخارجية، اللجنة البرلمانية)."""
    words = [w.rstrip("،,:") for w in gap_text(text, pos, min(len(text), pos + 40)).split()]
    if not words or not words[0].startswith("ال"):
        return None
    if words[0] in _OFFICES:
        nxt = next((m for m in sent.mentions if m.start >= pos), None)
        gap = normalise(re.sub(r'[()«»"“”]', " ", text[pos : nxt.start])).split() if nxt is not None else []
        if (
            nxt is not None
            and nxt.label == "ORG"
            and 2 <= len(gap) <= 4
            and gap[-1].startswith("ل")
            and all(w.startswith("ال") for w in gap[1:-1])
        ):
            return nxt.entity  # "وقال المكتب الإعلامي لحزب (X)": the body whose office speaks
    return _latest_body_headed(words[0][2:], sent.start, state)


_OFFICES = frozenset(normalise(w) for w in "المكتب".split())


def _last_speaker_of_kind(pos: int, text: str, state: ArticleState) -> str | None:
    """ 'أعلنت شركة "BAE Systems" أن "…". وقالت الشركة: "…"': the last speaker, a body the article named
    after that head noun ("شركة X"), when no body's own name opens with it."""
    words = [w.rstrip("،,:") for w in gap_text(text, pos, min(len(text), pos + 40)).split()]
    if not words or not words[0].startswith("ال") or state.last_speaker is None:
        return None
    head = words[0][2:]
    written = {head, "ال" + head, "ل" + head, "ب" + head, "و" + head, "لل" + head}
    for m in state.doc.mentions:
        if m.entity == state.last_speaker and m.label == "ORG" and m.start < pos:
            kind = gap_text(text, max(0, m.start - 16), m.start).split()[-1:]
            if kind and kind[0] in written:
                return m.entity
    return None


_MANY_COMPANIES = frozenset(normalise(w) for w in "شركة الشركة".split())  # (one named, others unnamed)


def _company_as_subject(text: str, m: DocMention) -> bool:
    """ "كذبت شركة كوشنر مزاعم …": a company named with its kind right after a feminine past verb, the
    verb's subject, which "الشركة" may later refer to (not "مدير شركة تيتانيك", a company in passing)."""
    before = [w.strip('"«“') for w in normalise(text[max(0, m.start - 30) : m.start]).split()[-2:]]
    if len(before) != 2 or before[1] != _COMPANY_WORD:
        return False
    verb = before[0].removeprefix("و").removeprefix("ف")
    # (not a plural noun in ات: "لقاحات شركة فايزر")
    return len(verb) >= 4 and verb.endswith("ت") and not verb.endswith("ات") and not verb.startswith("ال") and verb.isalpha()


_COMPANY_WORD = normalise("شركة")
_MEDIA_KINDS = frozenset(normalise(w) for w in "وكالة وكاله صحيفة صحيفه قناة قناه موقع مجلة مجله لوكالة لصحيفة".split())
_NOT_COMPANY_HEADS = frozenset(
    normalise(w) for w in "حزب حركة وزارة هيئة مجلس لجنة جماعة تنظيم تحالف ائتلاف جبهة تيار كتلة حكومة جيش".split()
)


def _company_last_subject(sent: Sentence, pos: int, text: str, state: ArticleState) -> str | None:
    """ "واضطرت «فيسبوك» إلى الاعتراف بأنها تسجل … وقالت الشركة: "…"": a company the previous sentence had
    as its subject (no party, ministry or other body by its head noun)."""
    words = gap_text(text, pos, min(len(text), pos + 20)).split()[:1]
    if not words or words[0].rstrip("،,:") != "ال" + _COMPANY_WORD or not state.sentences or sent.index < 1:
        return None
    before = state.sentences[sent.index - 1]  # (the sentence right before: its verb, then its subject)
    subject = next((m for m in before.mentions if n_words(gap_text(text, before.start, m.start)) <= 2), None)
    if subject is None or is_object_marked(before, subject, text):
        return None
    if len({m.entity for m in before.mentions if m.label == "ORG"}) > 1:
        return None  # ("أعلنت شركة X أرباحها وأعلنت شركة Y خسائرها": which one, the kind does not say)
    opening = gap_text(text, before.start, subject.start).split()
    kind = normalise(text[max(0, subject.start - 14) : subject.start]).split()[-1:]
    if any(speech_word(w) or w.lstrip("و") in _RELAY_VERBS for w in opening) or (kind and kind[0].strip('"«“') in _MEDIA_KINDS):
        return None  # "ونقلت رويترز عن مصادر …": a news source reports, it is no company spoken of
    head = normalise(subject.text).split()[:1]
    if subject.label != "ORG" or (head and head[0].removeprefix("ال") in _NOT_COMPANY_HEADS):
        return None
    return subject.entity


def _latest_body_headed(head: str, before: int, state: ArticleState) -> str | None:
    """The latest organisation named before ``before`` whose name starts with the head noun ``head``
    (bare: لجنة → لجنة الشؤون الخارجية، اللجنة البرلمانية)."""
    found = None
    kinds: set[str] = set()
    written = {head, "ال" + head, "ل" + head, "ب" + head, "و" + head, "لل" + head}  # the head with its particles
    for m in state.doc.mentions:
        if m.start >= before:
            break
        first = normalise(m.text).split()[:1]
        if m.label == "ORG" and first and first[0] in (head, "ال" + head):
            found = m.entity
        elif m.label == "ORG" and len(head) >= 4 and head not in _MANY_COMPANIES:
            # "لصحيفة لوموند" … "وتابعت الصحيفة": the head noun written before the name
            kind = [w.strip('"«“') for w in normalise(state.text[max(0, m.start - 16) : m.start]).split()[-1:]]
            # (not a nationality tagged alone: "صحيفة إيرانية: …" in a headline)
            bare = normalise(m.text).split()
            if kind and kind[0] in written and not (len(bare) == 1 and relational_adjective("ال" + bare[0])):
                kinds.add(m.entity)
        elif m.label == "ORG" and head in _MANY_COMPANIES and _company_as_subject(state.text, m):
            kinds.add(m.entity)
    # (a body whose name opens with the head comes first; one named after it only when it is the only one)
    return found if found is not None else (next(iter(kinds)) if len(kinds) == 1 else None)


_ACCUSING = frozenset(normalise(w) for w in "اتهم اتهمت يتهم تتهم".split())


def _accuser(sent: Sentence, pos: int, limit: int, text: str, state: ArticleState) -> str | None:
    """ "واتهمت نويرت موسكو بـ"…"": the one named after the verb accuses only when the accused
    follows (an object before the charge); "واتهمت فلانة بإدارة "…"" is passive, she is accused."""
    who = _named_after(sent, pos, limit, text, state)
    if who is None:
        return None
    m = next(x for x in sent.mentions if x.entity == who and x.start >= pos)
    nxt = text[m.end : limit].split()[:1]
    if not nxt or nxt[0][0] in "،,.:؛(\"“«" or normalise(nxt[0]).startswith("ب"):
        return None
    return who


_ISSUED_BY = re.compile(
    r"(?:^|\s)(?:المكتب الاعلامي|المكتب الصحفي|مكتب|بيان|بيانا)(?: صادر عن| صادر من| عن)?(?: ل\S*)?$"
)
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_CONTRAST = re.compile(r"(?:^|[\s،,])(?:لكن|ولكن|بينما|فيما|غير أن|إلا أن|الا ان|في حين)\s")
_CONTRAST_RIGHT_BEFORE = re.compile(_CONTRAST.pattern + "$")


def _subject_after_contrast(sent: Sentence, pos: int, text: str) -> str | None:
    """The person named right after the last لكن / بينما / غير أن before the verb (within 6 words)."""
    seg = text[sent.start : pos]
    found = list(_CONTRAST.finditer(seg))
    if not found:
        return None
    at = sent.start + found[-1].end()
    for m in sent.mentions:
        if at <= m.start < pos:
            # ("بينما تساءلت الناشطة فلانة": the verb and her title before her)
            if m.label == "PERSON" and n_words(gap_text(text, at, m.start)) <= 3 and not is_object_marked(sent, m, text):
                return m.entity
            return None
    return None


def _participle(phrase: str) -> bool:
    """مضيفا، مؤكدة، موضحا، مشيرا، قائلا …: a circumstantial participle, not a clause's own verb."""
    w = normalise(phrase)
    return (w.startswith("م") or w.startswith(("قائل", "داعي", "واصف", "زاعم"))) and w.endswith(("ا", "ه"))


def _word_bounds(sent: Sentence, h) -> tuple[int, int]:
    """Where the whole normalised word a matched phrase lies in starts and ends (attached letters in)."""
    j = h.start
    while j > 0 and sent.norm[j - 1] != " ":
        j -= 1
    k = h.end
    while k < len(sent.norm) and sent.norm[k] != " ":
        k += 1
    return j, k


def _word_at(sent: Sentence, h) -> str:
    """The whole normalised word a matched phrase starts in (with its attached letters)."""
    j, k = _word_bounds(sent, h)
    return sent.norm[j:k]


_NOUN_TOO = frozenset(normalise(w) for w in "كشف نفى".split())


_PRESENT_WITH_NAME = frozenset(normalise(w) for w in "يؤكد تؤكد يشير تشير يعتبر تعتبر طالب عبر عبرت".split())
_PRESENT_LABELS = frozenset(normalise(w) for w in "يؤكد تؤكد يشير تشير يعتبر تعتبر يوضح توضح".split())


# a claim, a charge or a call made in passing: a participle after a comma ("…، متهما ماي بالسعي إلى "…"");
# elsewhere a noun ("17 متهما", "مطالبة كندا بالإفراج")
_AFTER_COMMA_ONLY = frozenset(
    normalise(w) for w in "مدعيا مدعية زاعما زاعمة متهما متهمة داعيا داعية مطالبا مطالبة".split()
)


_INTERVIEW_OF = re.compile(r"(?:مقابلة|مقابلته|حوار|حديث|لقاء)\s+(?:\S+\s+)?لـ?\s*$")


def _interviewee(sent: Sentence, near: str, text: str) -> str | None:
    """The person an interview is "of" ("مقابلة لكيري مع فلان"), when the one named nearest before the
    verb is the interviewer after مع."""
    m = next((x for x in reversed(sent.mentions) if x.entity == near), None)
    if m is None:
        return None
    for x in sent.mentions:
        if x.label != "PERSON" or x.end > m.start or x.entity == near:
            continue
        between = normalise(text[x.end : m.start]).split()
        if between[:1] == ["مع"] and len(between) <= 4 and _INTERVIEW_OF.search(text, max(sent.start, x.start - 25), x.start):
            return x.entity
    return None


def _not_a_verb(sent: Sentence, h, state: ArticleState | None = None) -> bool:
    """A speech-verb hit that is no verb here: inside a name (عزت فرح, the name عزت) or the noun رأي
    ("في رأي فلانة"), which folds onto رأى."""
    start, end = sent.orig(h.start), sent.orig_end(h.end)
    if any(m.label == "PERSON" and m.start == start and end < m.end for m in sent.mentions):
        return True  # the first name of a person (a tagger's stray span over a verb keeps the verb)
    if normalise(h.phrase) in _NOUN_TOO:
        j, k = _word_bounds(sent, h)
        if sent.norm[j:k].lstrip("وف")[:1] in ("ب", "ل"):
            return True  # "وتلويحه بكشف "…"", "لنفي": the verbal noun after a preposition
    if normalise(h.phrase) in _PRESENT_WITH_NAME:
        # "وتؤكد عبد الرحيم أن …", "نصرالله يعتبر …": a person named at the verb; said of documents,
        # figures and unnamed things as often ("مؤشرات الميزانية تؤكد أن", "الذي يعتبر")
        j, k = _word_bounds(sent, h)
        nxt = next((m for m in sent.mentions if m.start >= sent.orig_end(k)), None)
        prv = next((m for m in reversed(sent.mentions) if m.end <= sent.orig(j)), None)
        def bare(a: int, b: int) -> bool:
            return not sent.text[a - sent.start : b - sent.start].strip()

        # (or a body: "وتؤكد النقابة الوطنية للصحفيين أن": the body's statement; "وطالب الحزب": a
        # body named before by its head noun)
        word = normalise(h.phrase)
        # (طالب, also "student", with a person right after it or a body named by its head noun, never
        # in construct with a body: "طالب جامعة المنار")
        after_types = ("PERSON",) if word == "طالب" else ("PERSON", "ORG")
        after_ok = (nxt is not None and nxt.label in after_types and bare(sent.orig_end(k), nxt.start)) or (
            state is not None and _body_named_before(sent, sent.orig_end(k), state.text, state) is not None
        )
        if word in ("عبر", "عبرت"):
            token = sent.norm[j:k]
            prev = sent.norm[:j].rstrip()
            opens = token[:1] in ("و", "ف") or not prev or prev.endswith(("،", ",", ".", ":")) or prev.split()[-1] == "كما"
            if not opens or "عن" not in sent.norm[k:].split():
                return True  # "وقالت مواطنة عبر إذاعة موزاييك": "via"; the verb opens its clause, عن after it
        if word == "طالب" and sent.norm[:j].split()[-1:] and speech_word(sent.norm[:j].split()[-1]):
            return True  # "وقال طالب …": a student speaks
        after_word = sent.norm[k:].split()[:1]
        if (
            word == "طالب"
            and sent.norm[j:k].startswith("و")
            and after_word
            and (after_word[0].removeprefix("ال") in TITLE_HEADS or after_word[0] in _OTHER_POSTS)
        ):
            after_ok = True  # "وطالب الرئيس التركي مسؤولي حزبه: "…"": the verb, then its titled subject
        # (the one before must open the sentence, past a headline's label: "المغرب: فلان يعتبر …"; not
        # "أن تصريحات فلان تؤكد …", his statements)
        lead = sent.text[: prv.start - sent.start].split(":")[-1].split() if prv is not None else []
        before_ok = prv is not None and prv.label == "PERSON" and bare(prv.end, sent.orig(j)) and len(lead) <= 1
        if not (after_ok or before_ok):
            return True
    if normalise(h.phrase) in _AFTER_COMMA_ONLY:
        j, _k = _word_bounds(sent, h)
        if sent.norm[j:] != sent.norm[j:].lstrip("وف") or not sent.norm[:j].rstrip().endswith(("،", ",")):
            return True  # "بإعدام 17 متهما", "مطالبة كندا بـ": a noun; the participle follows a comma
    if normalise(h.phrase) == "القول":
        j, k = _word_bounds(sent, h)
        if sent.norm[j:k] != "القول":
            return True  # "وتابع فلان بالقول", "يمارسه حزب الله … بالقول": the manner of another verb
        if sent.norm[:j].split()[-1:] in (["يمكن"], ["ويمكن"], ["نستطيع"], ["الممكن"], ["يمكننا"], ["ويمكننا"]):
            return True  # "ويمكن القول إن …": the writer's own comment, no one's words
    if normalise(h.phrase) == normalise("رأى"):
        j, k = _word_bounds(sent, h)
        word = sent.norm[j:k]
        before = sent.norm[:j].split()[-1:]
        # the noun after a preposition, the article or a particle that a noun follows ("في رأي فلان",
        # "برأي الوزير", "إن رأي فلان"); the verb elsewhere, however spelt ("ورأي فلان أن", "فيما رأى")
        return word in ("براي", "الراي", "للراي", "وبراي", "فبراي", "بالراي") or before in (
            ["في"], ["وفي"], ["حسب"], ["بحسب"], ["وبحسب"], ["ان"], ["بان"], ["لان"], ["وان"]
        )
    return False


def _mentioned(sent: Sentence, h) -> bool:
    """ "وما ورد فيه", "كما ورد في": ورد is "was stated", not و + رد ("replied": "ورد متحدث …")."""
    j, k = _word_bounds(sent, h)
    if normalise(h.phrase) != "رد" or sent.norm[j:k] != "ورد":
        return False
    before = sent.norm[:j].split()[-1:]  # the word before the whole token "ورد", not before its "رد"
    after = sent.norm[h.end :].split()[:1]
    return before in (["ما"], ["وما"], ["كما"], ["مما"]) or after in (["في"], ["فيه"], ["فيها"])


# plural nouns of people that open a speech verb's subject ("وقال زعماء …", "وقال وزراء الاتحاد")
_PEOPLE_PLURALS = frozenset(
    normalise(w)
    for w in "زعماء قادة وزراء نواب أعضاء ممثلو مسؤولو سفراء رؤساء خبراء محامو مستشارو".split()
)


def _plural_subject_after(text: str, pos: int, limit: int) -> bool:
    """The words right after the speech verb are a plural of people: a plural noun in construct
    (زعماء بريطانيا، وزراء الاتحاد) or a definite sound masculine plural (المحكمون، المحتجون)."""
    words = normalise(text[pos:limit]).replace('"', " ").split()[:1]
    if not words:
        return False
    w = words[0].strip("،,:")
    return w in _PEOPLE_PLURALS or (w.startswith("ال") and w.endswith("ون") and len(w) >= 7)


def _plural(sent: Sentence, h) -> bool:
    """A speech verb in the plural (قالوا، وأضافوا) or a plural participle (قائلين، مضيفين): its
    subject is not one person."""
    word = _word_at(sent, h)
    return word.endswith("وا") or normalise(word) in _PLURAL_PARTICIPLES


_PLURAL_PARTICIPLES = frozenset(
    normalise(w) for w in "قائلين قائلات مضيفين مضيفات مؤكدين مؤكدات معتبرين مشيرين لافتين واصفين محذرين".split()
)


def _other_gender(phrase: str, text: str, subject: DocMention) -> bool:
    """A masculine speech verb (وأضاف) and a subject opened by a feminine verb ("وكانت سلمى …"), or the
    other way round: the pronoun is not hers (or his)."""
    before = text[max(0, subject.start - 20) : subject.start].split()
    if not before:
        return False
    opener = normalise(before[-1])
    verb_fem = normalise(phrase).endswith(("ت", "ه"))
    opener_fem = opener.endswith("ت") and opener not in ("بيت", "وقت")
    if not opener_fem and _PAST_VERB.match(opener) is None:
        # "دعا الأمين العام للأمم المتحدة فلان": the verb before the name's title and body; the nearest
        # verb of either gender ("… شاركت النائبة فلانة": a feminine one, not an older masculine one)
        far = [normalise(w) for w in text[max(0, subject.start - 90) : subject.start].split()[-9:]]
        for w in reversed(far):
            bare = w[1:] if w[:1] in ("و", "ف") else w
            if _PAST_VERB.match(w):
                opener = w
                break
            if bare.endswith("ت") and not bare.endswith("ات") and not bare.startswith("ال") and len(bare) >= 4:
                opener, opener_fem = w, True
                break
    return verb_fem != opener_fem and (opener_fem or verb_fem and _PAST_VERB.match(opener) is not None)


# a past verb opening a clause, masculine singular: وقال، وأعلن، كان (not a noun: وزير)
_PAST_VERB = re.compile(r"^[وف]?(?:كان|قال|اعلن|اكد|اضاف|ذكر|انتقد|رفض|دعا|طالب|وصف|اشار|اعتبر|قرر|التقي)$")


def _inside_quotation(text: str, start: int, pos: int) -> bool:
    """``pos`` lies inside a quotation opened after ``start`` (""لا يوجد فائزون في …"")."""
    seg = text[start:pos]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”") or seg.count("«") > seg.count("»")


def _in_quotes(text: str, m: DocMention) -> bool:
    """A name inside quotation marks ("نفسه "خليفة""): a term, never the speaker."""
    return text[m.start - 1 : m.start] in _OPENERS and text[m.end : m.end + 1] in _CLOSERS


# '"…".. بهذه الكلمات علق فلان', '"…"، عبارة لطالما رددها فلان'
_THESE_WORDS = re.compile(
    r"^[”\"»]?[\s،,.]*(?:(?:بهذه|بتلك)\s+(?:الكلمات|الكلمه|العباره|العبارات|الجمله)\s+\S+"
    r"|(?:جمله|عباره|كلمات)\s+(?:لطالما\s+|طالما\s+)?(?:كرر|ردد|قال|اطلق)(?:ها|تها)(?:\s|$))"
)


def _named_after_cue(text: str, pos: int, state: ArticleState) -> str | None:
    """The person or body named within a few words after ``pos`` (a title, places and one comma between)."""
    for m in state.doc.mentions:
        if m.start < pos:
            continue
        gap = text[pos : m.start]
        if n_words(gap) > 10 or any(c in gap.lstrip('”"». ') for c in ".:؛؟!"):
            return None
        if m.label in ("GPE", "LOC"):
            continue  # "السفير البريطاني في مصر، فلان"
        return m.entity if m.label in ("PERSON", "ORG", "ANON") else None
    return None


_IN_HIS_WORDS = re.compile(r"^[”\"»]?[\s،,]*(حسب|بحسب|وفق|علي حد)\s+(تعبيره|تعبيرها|قوله|قولها)(?=[\s.،,]|$)")  # (normalised: علي)
_AS_SAYS = re.compile(
    r"^[”\"»]?[\s،,.]*(كما|حسبما)\s+(يقول|قال|تقول|قالت|اضاف|اضافت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت|اوضح|اوضحت)"
)
# '"…"، قال فلان' (the verb right after the quotation, then its subject)
_SAYS_AFTER = re.compile(r"^[”\"»]?[\s،,]*(يقول|قال|تقول|قالت|يضيف|اضاف|تضيف|اضافت|اكد|اكدت|تابع|تابعت)\s")
_OPENERS = frozenset('"“«')
_CLOSERS = frozenset('"”»')
# participles whose object is named after them: the one described, accused, called on or asked
# ("متهما ماي بالسعي إلى "…"", "داعيا الحوثيين إلى "…"", "مطالبا واشنطن بتقديم "…"")
_DESCRIBING = frozenset(normalise(w) for w in "واصفا واصفة متهما متهمة داعيا داعية مطالبا مطالبة".split())


def _named_after(sent: Sentence, pos: int, limit: int, text: str, state: ArticleState) -> str | None:
    """The first name after the verb, if it is a person ("وإعتبر أستاذ القانون … فلان")."""
    for m in sent.mentions:
        if m.start < pos or m.start >= limit:
            continue
        if text.rfind("(", pos, m.start) > text.rfind(")", pos, m.start):
            continue  # "الممثل القانوني لحركة X (شق فلان)": one named inside brackets is no speaker
        gap = gap_text(text, pos, m.start)
        if gap.split()[-1:] == ["باسم"] or (
            "باسم" in gap.split()[:2] and "،" not in gap and m.label == "PERSON" and _spoken_for(gap.split())
        ):
            # "المتحدثة باسم البيت الأبيض، …", "قال متحدث باسم رئيسة الوزراء فلانة": the one spoken for
            # is not the speaker
            continue
        if m.label == "PERSON" and gap.split()[:1] and gap.split()[0] in _THINGS_DONE:
            return None  # "ووصف خطوة الرئيس فلان … بأنها "…"": the one whose step is described, not the speaker
        if m.label == "PERSON" and _possessor_named(gap, text[pos : m.start], sent, pos, m):
            # "قال محامي الرئيس فلان", "وقال مكتب الرئيس فلان": the one named is whose lawyer or office
            # speaks (a name after him is theirs: "محامي فلان، علان")
            named = _named_as_his(gap.split()[0].removeprefix("و"), m, state, text)
            if named is not None:
                return named  # "محامي الرئيس فلان، علان … وأكد محامي فلان": the lawyer named before
            continue
        if "،" in gap and _apposition(text, pos, m) and m.label == "PERSON":
            return m.entity  # "وقالت المتحدثة باسم البيت الأبيض، سارة ساندرز، إن …"
        # a title chain may run long before its body ("وقال رئيس قسم الكلى واستشاري أمراض الكلى في
        # مجمع X الطبي د. فلان")
        longest = 12 if _opens_with_title(gap) and not set(gap.split()) & _WITH_ANOTHER else 6
        if n_words(gap) > longest or "،" in gap:
            return None
        if any(w in ("ان", "بان", "لان", "انه", "بانه") for w in gap.split()):
            return None  # "صرح بأن ترامب …": a content clause follows, not the speaker
        if any(w in _RELATIVES for w in gap.split()):
            return None  # "وقالت رئيسة الحزب الذي أسسه فلان": the name is in a relative clause
        if m.label == "PERSON" and gap.split()[:1] in (["علي"], ["الي"], ["على"], ["إلى"], ["الى"]) and len(gap.split()) >= 2:
            return None  # "وأكد على ضرورة مساندة فلان": the verb's complement names him
        if m.label == "PERSON" and _to_a_title(gap.split()):
            continue  # "وقال للرئيس الكوري فلان إنه …": the one spoken to
        if m.label == "PERSON" and gap.split()[:1] in (["عضو"], ["عضوه"]) and set(gap.split()[1:2]) & {"في", "من", "ب"}:
            return None  # "وقال عضو في وفد فلان": an unnamed member of his party speaks
        if _opens_a_quotation(text, m):
            continue  # "ودعا "الأمم المتحدة والقوى العظمى إلى أن …": a name that opens a quotation
        if gap.split()[-1:] and gap.split()[-1] in _OCCASION:
            continue  # "وأضاف في بيان لمناسبة اليوم العالمي للاجئين": the occasion, not who speaks
        if m.label in ("ORG", "PERSON") and _ISSUED_BY.search(gap):
            if m.label == "ORG" and gap.split()[-1:] and gap.split()[-1].removeprefix("ل") in _CONSTRUCT_TITLES:
                # "المكتب الإعلامي لرئيس مجلس الوزراء، فلان": the office of the body's head speaks for him
                holder = _holder_after(sent, m, limit, text)
                if holder is not None:
                    return holder
            return m.entity  # "وقال المكتب الإعلامي لحزب X", "وقال بيان صادر عن X": X speaks
        if m.label in ("GPE", "LOC") and _opens_with_title(gap) and not is_object_marked(sent, m, text):
            # "قال رئيس حكومة ولاية بادن-فورتمبرغ الألمانية فلان": the place in the title, then its holder
            holder = _holder_after(sent, m, limit, text)
            if holder is not None:
                return holder
        if m.label in _SPEAKER_TYPES and not is_object_marked(sent, m, text):
            if m.label == "ORG" and not set(gap.split()) <= word_set("org_nouns", "nouns") | _ARMS_OF:
                # "قالت شركة X" names X; "قال مدير X" does not make X the speaker, the person named
                # right after the organisation does ("قال المدير التنفيذي لمجمع X الطبي د. فلان:")
                return _holder_after(sent, m, limit, text)
            return m.entity
        if is_object_marked(sent, m, text):
            if m.label in ("ORG", "GPE", "LOC") and n_words(gap) >= 1:
                # "اعتبر المفوض السامي لحقوق الإنسان في الأمم المتحدة فلان": the title's body, then its holder
                holder = _holder_after(sent, m, limit, text)
                if holder is not None:
                    return holder
            continue  # the addressee: "قال لصحيفة X"
        return None
    return None


# what someone did or said, described by the verb's subject ("ووصف خطوة فلان بأنها …")
_THINGS_DONE = frozenset(
    normalise(w)
    for w in (
        "خطوة خطوات قرار قرارات تصريحات تصريح سياسة سياسات موقف مواقف زيارة دعوة دعوات اقتراح مقترح"
        " خطة خطاب كلام حديث تغريدة تغريدات إعلان اتهامات اتهام"
    ).split()
)


_HEADS_SPOKEN_FOR = frozenset(
    normalise(w) for w in "رئيس رئيسة الرئيس الرئيسة زعيم زعيمة وزير وزيرة الملك الأمير ولي مكتب".split()
)


def _spoken_for(words: list[str]) -> bool:
    """ "متحدث باسم رئيسة الوزراء …": a person's title right after باسم (the one named after it is whom
    the spokesman speaks for; "المتحدث باسم الائتلاف النائب فلان" names the spokesman)."""
    after = words[words.index("باسم") + 1 :][:1]
    return bool(after) and after[0] in _HEADS_SPOKEN_FOR


# a person's lawyer, office or government, named by him ("قال محامي الرئيس فلان"); not a relative, who
# may be the one named after a title ("وقال زوج الملكة فلان")
_POSSESSED = frozenset(normalise(w) for w in "محامي محامية محامو مكتب حكومة نظام إدارة".split())


def _named_as_his(head: str, possessor: DocMention, state: ArticleState, text: str) -> str | None:
    """The person the article named before as the possessor's lawyer or office ("محامي الرئيس الأميركي
    فلان، علان"): the head noun a few definite words before an earlier mention of the possessor, and a
    person right after that mention; else None."""
    mentions = state.doc.mentions
    for k, o in enumerate(mentions):
        if o.start >= possessor.start or o.entity != possessor.entity:
            continue
        before = gap_text(text, max(0, o.start - 50), o.start).split()[-4:]
        at = [i for i, w in enumerate(before) if w.removeprefix("و") == head]
        if not at or not all(w.startswith("ال") or w in _CONSTRUCT_TITLES for w in before[at[-1] + 1 :]):
            continue
        after = next((x for x in mentions[k + 1 :] if x.start >= o.end), None)
        if (
            after is not None
            and after.label == "PERSON"
            and after.entity != possessor.entity
            and not n_words(gap_text(text, o.end, after.start).replace("#", " "))
        ):
            return after.entity
    return None


# (_CONSTRUCT_TITLES, used below, is defined once further down)


def _possessor_named(gap: str, raw: str, sent: Sentence, pos: int, m: DocMention) -> bool:
    """Whether ``m`` is the one whose lawyer, office or government the gap names: the head noun in
    construct with him, maybe through definite words ("محامي الرئيس"). Not an apposition after a comma
    ("محامي عارضة الأزياء، فلان"), a head with its own pronoun ("محاميه فلان"), an indefinite head
    ("محامي مقيم في لندن فلان") or a head whose possessor is another name ("محامي البيت الأبيض فلان")."""
    words = gap.split()
    if not words or words[0].removeprefix("و") not in _POSSESSED or "،" in gap or "," in gap:
        return False
    if raw.rstrip().endswith(('"', "«", "“")):
        return False  # 'ابن الرئيس "فلان"': the name in quotes is the son's
    first = raw.split()[0].strip("\"'«»“”") if raw.split() else ""
    if first.endswith(("ه", "ها", "هم")) and not first.endswith("ة"):
        return False  # (normalised, محاميه "his lawyer" reads as محامية)
    if not all(w.startswith("ال") or w in _CONSTRUCT_TITLES for w in words[1:]):
        return False  # (a title in construct may stand between: "مكتب رئيس الوزراء فلان")
    return not any(pos <= o.start < m.start for o in sent.mentions)


# a body's own arm before its name ("وصرحت شرطة حماس"): the body speaks
_ARMS_OF = frozenset(normalise(w) for w in "شرطة قوات جيش جناح ميليشيا ميليشيات".split())
_ADDRESSED = frozenset(
    normalise(w)
    for w in "رئيس رئيسة وزير وزيرة نظير نظيره نظيرته مستشار سفير مبعوث مدير زعيم قائد أمير أميرة ملك ملكة شيخ ولي نائب".split()
)


_ANON_OPENERS = frozenset(normalise(w) for w in "مصدر مصادر مسؤول مسؤولون مسؤولة متحدث متحدثة".split())


def _described_right_after(sent: Sentence, who: str, pos: int, limit: int, text: str) -> bool:
    """The one named after the verb is followed at once (past commas) by بـ / بأنه."""
    m = next((m for m in sent.mentions if m.entity == who and pos <= m.start < limit), None)
    if m is None:
        return False
    after = normalise(text[m.end : limit]).replace("،", " ").replace(",", " ").replace('"', " ").split()
    # بـ, بأنه, or بـ glued to the quoted description (not بدوره، بعد)
    return bool(after) and (after[0] in ("ب", "بـ") or after[0].startswith(("بان", "بانه", "بانها")))


def _described_after(sent: Sentence, who: str, pos: int, limit: int, text: str) -> bool:
    """The one named after a describing verb is followed by بأنه / بـ (what he is described as)."""
    m = next((m for m in sent.mentions if m.entity == who and pos <= m.start < limit), None)
    if m is None:
        return False
    after = normalise(text[m.end : limit]).split()
    return any(w.startswith("ب") for w in after[:4])


def _to_a_title(words: list[str]) -> bool:
    """ "للرئيس", "لوزير", "لنظيره" among ``words``: a title marked by لـ, the one spoken to."""
    return any((w.startswith("لل") and w[2:] in _ADDRESSED) or (w[:1] == "ل" and w[1:] in _ADDRESSED) for w in words)


_PREPOSITIONS = frozenset(normalise(w) for w in "أمام في من على إلى الى مع عن بعد قبل خلال عند لدى".split())
# words after which the name is someone met or addressed, not the one whose title runs on
_WITH_ANOTHER = frozenset(normalise(w) for w in "مع عقب خلال أثناء بعد قبل أمام لدى نظيره نظيرته".split())


def _opens_with_title(gap: str) -> bool:
    """The words after the verb begin with a role title (رئيس، مدير، المتحدث باسم …)."""
    words = normalise(gap.strip()).split()
    while len(words) > 1 and words[0] in _DEPUTY_OF:
        words = words[1:]  # "مساعد وزير الداخلية لشؤون العمليات …"
    return any(h.start == 0 for h in matcher("roles", "titles").find(" ".join(words)))


_DEPUTY_OF = frozenset(normalise(w) for w in "نائب نائبة مساعد مساعدة".split())


def _holder_after(sent: Sentence, org: DocMention, limit: int, text: str) -> str | None:
    """The person named right after a title's organisation (places and one short word between)."""
    pos = org.end
    for m in sent.mentions:
        if m.start < pos or m.start >= limit:
            continue
        gap = gap_text(text, pos, m.start)
        words = _without_name_titles(gap.split())  # "رئيس اللجنة الأمنية بالحج الفريق أول فلان"
        if (
            any(w in _CONTENT_CLAUSE for w in words)
            # (a short في phrase may say what the post is about: "في هذا الملف"; not whom he met: "في لقائه الرئيس")
            or (len(words) > 2 and not (len(words) <= 4 and words[0] in ("في", "بشان", "حول") and words[1] in _THIS))
            or any(c in text[pos : m.start] for c in ":؛")
        ):
            return None
        if m.label in ("GPE", "LOC", "ORG"):
            pos = m.end  # "مبعوث الأمم المتحدة لليمن، فلان"
            continue
        if m.label != "PERSON" or is_object_marked(sent, m, text):
            return None
        if "(" in text[pos : m.start]:
            return None  # "الممثل القانوني لحركة X (شق فلان)": a wing named by its leader, no holder
        if "،" in text[pos : m.start] and not text[m.end : m.end + 3].lstrip().startswith(("،", "إن", "أن", ":")):
            return None
        return m.entity
    return None


def _without_name_titles(words: list[str]) -> list[str]:
    """The words less a person's own titles before his name (الفريق أول، الدكتور، الشيخ)."""
    titles = word_set("roles", "name_titles")
    general, first = normalise("الفريق"), normalise("أول")
    return [w for i, w in enumerate(words) if w not in titles and not (w == first and i and words[i - 1] == general)]


def _apposition(text: str, pos: int, m: DocMention) -> bool:
    """A name set off by commas right after a short description of its bearer (or by a comma before
    it and the quotation or its colon after it: "قال الوزير السابق، فلان "…"")."""
    raw = text[pos : m.start]
    last = raw.split()[-1:] if raw.split() else []
    if last and normalise(last[0]) in word_set("roles", "name_titles"):
        raw = raw[: raw.rstrip().rfind(last[0])]  # "…، الأمير خالد": a title before the name
    after = text[m.end : m.end + 4].lstrip()
    return (
        raw.count("،") == 1
        and raw.rstrip().endswith("،")
        and 1 <= n_words(gap_text(text, pos, m.start)) <= 6
        and (
            after.startswith("،")
            or after.startswith(("إن", "أن", "ان", ":"))
            or after[:1] in _OPENERS
            or normalise(text[m.end : m.end + 8]).split()[:1] in (["بانه"], ["بانها"], ["بانهم"])
        )
    )


_WHO = frozenset(normalise(w) for w in "الذي التي".split())


def _relative_antecedent(sent: Sentence, pos: int, text: str) -> str | None:
    """ "خلفا لبوريس جونسون، الذي استقال، متهما ماي …": a short relative clause right before the
    participle's comma; the person named right before it is the one it describes."""
    head = text[sent.start : pos].rstrip()
    if not head.endswith(("،", ",")):
        return None
    head = head[:-1]
    cut = max(head.rfind("،"), head.rfind(","))
    if cut < 0:
        return None
    clause = normalise(head[cut + 1 :]).split()
    if not clause or clause[0] not in _WHO or len(clause) > 4:
        return None
    at = sent.start + cut
    m = next((m for m in reversed(sent.mentions) if m.end <= at), None)
    if m is None or m.label != "PERSON" or text[m.end : at].strip():
        return None
    return m.entity


def _person_before(sent: Sentence, pos: int, text: str, outside_clause: bool = False) -> str | None:
    """The nearest person before the verb in its sentence ("واستقال … فلان … وهو يقول");
    ``outside_clause``: not one named inside a reported clause ("اقترح أن يفصل فلان …، واصفا …")."""
    for m in reversed(sent.mentions):
        if m.end <= pos and m.label == "PERSON" and not is_object_marked(sent, m, text) and not _in_quotes(text, m):
            if _inside_quotation(text, sent.start, m.start):
                continue  # "…بمستقبل زاهر"، مؤكدا": a word of the quotation before, no speaker
            if outside_clause and set(gap_text(text, sent.start, m.start).split()) & _CONTENT_CLAUSE:
                continue
            return m.entity
    return None


_BODY_WORDS = frozenset(
    normalise(w)
    for w in (
        "الرئاسة الإدارة البعثة السفارة الدعوى الوثيقة الوثائق التقرير الصحيفة البيان الخارجية الداخلية"
        " الشرطة السلطات المخابرات الاستخبارات الجيش القوات الوكالة"
        " المحكمة المفوضية الائتلاف التحالف الاتحاد البرلمان الكتلة الجبهة النقابة"
        " الجماعة الحركة المستشفى المنظمة الهيئة اللجنة الشركة المجموعة المرصد المتحف"
    ).split()
)
_DESCRIBED_HIM = frozenset(normalise(w) for w in "وصفه وصفها وصفهم وصفته".split())
_NOT_WROTE = frozenset(normalise(w) for w in "في من عدة بعض ثلاثة أربعة خمسة ستة عشرة".split())
_CONTENT_CLAUSE = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها"})
_SPOKESPERSON = re.compile(r"(?:^|\s)(?:[وف])?(?:ال)?(?:متحدث|ناطق)[ةه]?(?:\s+(?:ال)?رسمي[ةه]?)?\s+باسم\s")




def _comma_then_titles(gap: str) -> bool:
    """The text between a body and a name ends with a comma, then perhaps the name's own titles."""
    words = gap.rstrip().split()
    titles = word_set("roles", "name_titles")
    while words and normalise(words[-1]) in titles:
        words.pop()
    return " ".join(words).rstrip().endswith("،")


def _spokesperson_before(
    sent: Sentence, pos: int, text: str, state: ArticleState, after: int | None = None
) -> str | None:
    """ "المتحدث باسم الرئيس فلان، قال": the speaker is the unnamed spokesperson, not the person
    named after باسم (an ANON entity named by the description); "المتحدث باسم الحملة فلان" or
    "المتحدثة باسم الخارجية، فلانة،" name the spokesperson."""
    after_verb = after is not None
    base = sent.start if after is None else after
    seg = text[base:pos]
    found = list(_SPOKESPERSON.finditer(seg))
    if not found or (after is not None and found[0].start() > 1):
        return None  # after the verb, the spokesperson is its subject: right after it
    m = found[-1] if after is None else found[0]
    start = base + m.start() + (1 if seg[m.start()].isspace() else 0)
    spoken_for = base + m.end() - 1  # the match ends with the space after باسم
    named_before = next((x for x in reversed(sent.mentions) if x.end <= start), None)
    if (
        text[start : start + 1] not in ("و", "ف")  # "فلانة، والمتحدث باسم X": a second person
        and named_before is not None
        and named_before.label == "PERSON"
        and text[named_before.end : start].strip() in ("،", ",")
    ):
        return named_before.entity  # "العميد فلان، المتحدث باسم الجيش، …": the one named before the title
    inside = [x for x in sent.mentions if spoken_for <= x.start and x.end <= pos]
    if inside and inside[0].label == "PERSON" and _comma_then_titles(text[spoken_for : inside[0].start]):
        # "المتحدثة باسم الخارجية، هيذر نويرت،", "المتحدث باسم الهيئة، المستشار فلان": named after a comma
        return inside[0].entity
    desc = text[start:pos].rstrip(" ،,:")
    if after_verb:
        stop = _ANON_STOP.search(desc)  # "وتابع المتحدث باسم التحالف بالقول إن …"
        desc = desc[: stop.start()] if stop else desc
        words = desc.split()
        while words and normalise(words[-1]) in ("بالقول", "قائلا", "قائله"):
            words.pop()  # "… بالقول: "…"": the colon was stripped, the speech word stays out too
        desc = " ".join(words)
        same = _named_with(desc, sent.start, text, state)
        if same is not None:
            return same  # "المتحدث باسم التحالف تركي المالكي" earlier: the same spokesperson
    if inside and inside[0].label != "PERSON":
        named = [x for x in inside[1:] if x.label == "PERSON"]
        between = gap_text(text, inside[0].end, named[0].start).replace("،", " ").split() if named else []
        set_off = (
            bool(named)
            and text[inside[0].end : named[0].start].rstrip().endswith("،")
            and text[named[0].end : named[0].end + 2].strip().startswith("،")
            and not set(between) & (_CONTENT_CLAUSE | {"إن"})  # not "إن الحزب سيدعم مرشحه، فلان،"
        )
        if named and (
            len(between) <= 1
            or all(w in TITLE_HEADS or w.startswith("ال") for w in between)  # "، نائب رئيس الوزراء فلان"
            or set_off  # "المتحدث باسم X الذي يقوده علان في مصر، فلان،"
        ):
            # "المتحدث باسم الحملة فلان، قال": the person right after the body (not one named later,
            # "المتحدث باسم الجيش، فلان، خطاب الأمين العام …، علان، … إذ قال")
            return named[0].entity
        # "أشاد متحدث باسم حركة "حماس"، التي …، بالعملية": an unnamed spokesperson of the body
        desc = text[start : inside[0].end]
        close = text[inside[0].end : inside[0].end + 1]
        if close in '"”»':
            desc += close
    if not 2 <= n_words(desc) <= 8 or any(ch in desc for ch in ".:؛") or not _balanced(desc):
        return None
    return _anon_speaker(state, desc, start, "rule:spokesperson")


def _named_with(desc: str, before: int, text: str, state: ArticleState) -> str | None:
    """The person named right after an earlier use of the same description."""
    key = normalise(desc.lstrip("وف"))
    found = None
    for m in state.doc.mentions:
        if m.start >= before:
            break
        if m.label != "PERSON" or not key[1:]:
            continue
        lead = normalise(text[max(0, m.start - len(desc) - 4) : m.start]).rstrip(" ،,")
        tail = normalise(text[m.end : m.end + len(desc) + 4]).lstrip(" ،,")
        if lead.endswith(key[1:]) or tail.startswith(key):
            found = m.entity  # "المتحدث باسم التحالف فلان" / "فلان، المتحدث باسم التحالف العربي"
    return found


def _anon_speaker(state: ArticleState, desc: str, start: int, source: str) -> str:
    """The ANON entity named ``desc`` at ``start`` (made once; the last unnamed speaker from now on)."""
    for m in state.doc.mentions:
        if m.label == "ANON" and m.start == start:
            return m.entity
    if state.last_anon is not None and n_words(desc) == 1 and desc.startswith("ال"):
        last = state.doc.entity(state.last_anon)
        if normalise(last.name).split()[0] == normalise(desc):
            # "وقال المدعون الأميركيون …. وتابع المدعون": the same unnamed group, named shorter
            state.doc.add_mention(DocMention(start, start + len(desc), desc, "ANON", last.id, source))
            return last.id
    ent = state.doc.add_entity("ANON", desc, start, start + len(desc), source)
    state.last_anon = ent.id
    return ent.id


def _balanced(s: str) -> bool:
    """No quotation left open in a description ("باسم حركة "حماس"" is whole, "باسم "حماس" is not)."""
    return s.count('"') % 2 == 0 and s.count("«") == s.count("»") and s.count("“") == s.count("”")


def _opens_a_quotation(text: str, m: DocMention) -> bool:
    """The name follows an opening mark whose passage runs on past seven words (not a quoted name such
    as "المركز السوداني للخدمات الصحفية")."""
    if text[m.start - 1 : m.start] not in _OPENERS:
        return False
    close = next((k for k in range(m.end, min(len(text), m.end + 400)) if text[k] in _CLOSERS or text[k] == "\n"), None)
    return close is not None and n_words(text[m.start : close]) > 7


def _described_first(text: str, v_end: int, who: str, state: ArticleState) -> bool:
    """A definite noun of its own stands between the verb and the first mention of ``who`` after it
    ("دعت المؤسسة "الجيش الوطني الليبي""): the subject is described, the one named is its object."""
    m = next((m for m in state.doc.mentions if m.entity == who and m.start >= v_end), None)
    if m is None:
        return False
    words = gap_text(text, v_end, m.start).split()
    return len(words) == 1 and words[0].startswith("ال") and words[0] not in _NAME_TITLE_WORDS


_NAME_TITLE_WORDS = frozenset(
    normalise(w) for w in "الرئيس الرئيسة الوزير الوزيرة السيد السيدة الشيخ الأمير الملك الدكتور المستشار الزعيم".split()
)


def _after_speech_verb(sent: Sentence, entity: str, text: str, speech) -> bool:
    """The last mention of ``entity`` in the sentence follows a speech verb of its own within four words
    (ورد فلان؛ رد عليه الرئيس الإيراني، فلان)."""
    m = next((m for m in reversed(sent.mentions) if m.entity == entity), None)
    if m is None:
        return False
    return any(
        any(
            h.end == len(w) and w[: h.start] in ("", "و", "ف", "الذي") and normalise(h.phrase) not in _TAKES_AN_OBJECT
            for h in speech.find(w)
        )
        for w in sent.previous_words(m, text, 4)
    )


# call, pledge and threat verbs: a name after them is often their object ("تعهد بمقاضاة فلان", "دعا فلانا")
_TAKES_AN_OBJECT = frozenset(normalise(w) for w in "دعا دعت اقترح اقترحت تعهد تعهدت هدد هددت توعد توعدت عزا عزت".split())


_KANA = frozenset(normalise(w) for w in "كان كانت وكان وكانت فكان فكانت".split())


def _kana_title_qad(sent: Sentence, v_start: int, text: str) -> tuple[str, str] | None:
    """The title and the word after it between a sentence-opening كان and قد, when no one is named
    there ("وكان الرئيس الأمريكي، قد قال" gives الرئيس, الأمريكي)."""
    lead = [w.strip("،,") for w in normalise(gap_text(text, sent.start, v_start)).split()]
    lead = [w for w in lead if w]
    if len(lead) < 4 or lead[0] not in _KANA or lead[-1] != "قد":
        return None
    if any(sent.start <= m.start and m.end <= v_start for m in sent.mentions):
        return None
    title = lead[1]
    if title not in _OTHER_POSTS and title.removeprefix("ال") not in TITLE_HEADS:
        return None
    return title, lead[2]


def _kana_name_qad(sent: Sentence, v_start: int, text: str) -> str | None:
    """The one named between a sentence-opening كان and قد right before the verb ("وكان فلان قد اقترح")."""
    lead = normalise(gap_text(text, sent.start, v_start)).split()
    if len(lead) < 3 or lead[0] not in _KANA or lead[-1] != "قد":
        return None
    inside = [m for m in sent.mentions if sent.start <= m.start and m.end <= v_start]
    if len(inside) != 1 or inside[0].label not in ("PERSON", "ORG"):
        return None
    words = normalise(gap_text(text, sent.start, inside[0].start)).split()
    after = normalise(gap_text(text, inside[0].end, v_start)).split()
    return inside[0].entity if len(words) == 1 and after == ["قد"] else None


def _object_after_kana_qad(sent: Sentence, text: str, who: str) -> bool:
    """The sentence opens "وكانت قد انتقدت …" and names ``who`` after that verb, before any other name:
    the subject is كان's pronoun, ``who`` the verb's object ("وكان فلان قد انتقد" names its subject)."""
    first = next((m for m in sent.mentions), None)
    if first is None or first.entity != who:
        return False
    lead = normalise(gap_text(text, sent.start, first.start)).split()
    between = lead[3:]  # between the verb and the name: an adverb and a title (بشدة المستشارة الألمانية)
    return (
        len(lead) >= 3
        and lead[0] in _KANA
        and lead[1] == "قد"
        and len(between) <= 4
        # (not "وكانت قد ظهرت على التلفزيون … فلانة": an intransitive verb, its subject after a phrase)
        and not any(w.strip("،,") in _PREPOSITIONS for w in between)
    )


def _verb_subject(sent: Sentence, text: str, other: str) -> str | None:
    """The person or body right after the verb that opens the sentence ("ورفضت المحكمة …"), when it is
    not ``other`` and the sentence opens with one word only before it."""
    first = next((m for m in sent.mentions), None)
    if first is None or first.entity == other or first.label not in ("PERSON", "ORG"):
        return None
    lead = gap_text(text, sent.start, first.start).split()
    if len(lead) != 1 or not lead[0].startswith(("و", "ف")) or is_object_marked(sent, first, text):
        return None
    if normalise(lead[0])[1:] in _PREPOSITIONS:
        return None  # "وأمام البرلمان، انتقد فلان …": the first name is no subject after a verb
    return first.entity


_IN_IT = frozenset({"فيه", "فيها"})
# an article's author follows it with لـ ("مقالا لفلان"); after رسالة/خطاب لـ marks the addressee
_ARTICLES = frozenset(normalise(w) for w in "مقال مقالا مقالة مقاله بمقال عمود عمودا تدوينة بتدوينة".split())
_MESSAGES = frozenset(
    normalise(w)
    for w in (
        "رسالة برسالة رسالته رسالتها بيان بيانا ببيان البيان بيانه بيانها تغريدة بتغريدة تغريدته تغريدتها"
        " خطاب خطابا بخطاب كلمة بكلمة كلمته كلمتها مقال مقالا بمقال مقاله مقالها تدوينة بتدوينة منشور منشورا"
    ).split()
)


_TWEET_OF = re.compile(r"(?:تغريدة|تغريده|تغريدات|تدوينة|تدوينه|منشور)\s+(?:لل|لـ\s*|ل)$")


def _writer_of(sent: Sentence, v_start: int, v_end: int, text: str) -> str | None:
    """ "أصدرت وزارة الدفاع بيانا قالت فيه", "بعث فلان برسالة لعلان قال فيها": the verb is said "in" a
    message; its speaker is the person or body that opens the sentence, before the message noun."""
    after = gap_text(text, v_end, min(sent.end, v_end + 8)).split()[:1]
    if not after or re.sub(r"\W", "", after[0]) not in _IN_IT:
        return None
    for m in sent.mentions:
        if m.label == "PERSON" and m.end <= v_start and _TWEET_OF.search(text, max(sent.start, m.start - 20), m.start):
            return m.entity  # "في تغريدة للصدر أعقبت اللقاء، وقال فيها": the tweet's author
    for m in sent.mentions:
        if m.label not in ("PERSON", "ORG") or is_object_marked(sent, m, text) or _in_quotes(text, m):
            continue
        lead = gap_text(text, sent.start, m.start).split()
        if len(lead) > 4 or set(lead) & _CONTENT_CLAUSE:
            return None
        between = gap_text(text, m.end, v_start).split()
        if not any(w in _MESSAGES for w in between):
            return None
        publishing = bool(lead) and normalise(lead[0]).lstrip("و") in ("نشر", "نشرت")
        # an article's author follows it with لـ ("مقالا لفلان"); after a publishing verb any message's
        # ("نشرت صحيفة X بيانا لحزب Y قال فيه"); after بعث/وجه لـ marks the addressee
        authored = _MESSAGES if publishing else _ARTICLES
        noun_at = next(
            (t.end for t in sent.tokens_between(m.end, v_start) if normalise(t.text).strip("،,") in authored), None
        )
        author = next((x for x in sent.mentions if noun_at is not None and x.start >= noun_at), None)
        if (
            author is not None
            # an ORG after "مقالا لـ" is the paper it was written for; after "بيانا لـ" the body's own
            and (author.label == "PERSON" or (author.label == "ORG" and not set(between) & _ARTICLES))
            and author.end <= v_start
            and noun_at is not None
            and text[noun_at : author.start].strip() in ("ل", "لـ")
        ):
            return author.entity  # "ونشرت صحيفة X مقالا لفلان قال فيه": the author of the article
        if m.label == "ORG" and publishing and set(between) & _ARTICLES:
            return None  # an outlet that published an article is not who wrote it (a body's statement is its own)
        return m.entity
    return None


def _source_after_an(
    sent: Sentence, toks: list, pos: int, text: str, types: tuple[str, ...]
) -> tuple[int, DocMention, list[str]] | None:
    """The last عن among ``toks``, the one named right after it (past up to three titles: "عن الرئيس
    الأميركي فلان") ending before ``pos``, and the words between him and ``pos``, commas dropped."""
    an = next((k for k in range(len(toks) - 1, -1, -1) if normalise(toks[k].text) == "عن"), None)
    if an is None:
        return None
    first = next((m for m in sent.mentions if m.start >= toks[an].end), None)
    if first is None or first.end > pos or first.label not in types:
        return None
    lead = gap_text(text, toks[an].end, first.start).split()
    if len(lead) > 3 or not all(w.startswith("ال") for w in lead):
        return None
    return an, first, [w for w in gap_text(text, first.end, pos).split() if w not in ("،", ",")]


def _named_after_an(sent: Sentence, pos: int, text: str) -> str | None:
    """ "ونقلت الصحيفة عن فلان، عضو اللجنة الاقتصادية بالبرلمان، قوله": the one named right after عن
    (past titles) is quoted, not a body in his description; only when his description reaches قوله
    without a verb (at most eight words)."""
    words = sent.tokens_between(max(sent.start, pos - 120), pos)
    found = _source_after_an(sent, words, pos, text, ("PERSON", "ORG"))
    if found is None or len(words) - found[0] - 1 > 10:
        return None
    _, first, rest = found
    if len(rest) > 8 or any(c in text[first.end : pos] for c in '."«»“”:'):
        return None
    return first.entity


def _unnamed_after_an(sent: Sentence, pos: int, text: str, state: ArticleState) -> str | None:
    """The unnamed description between عن and ``pos`` (قوله): "عن شهود عيان قولهم", "عن مصدر أمني قوله"."""
    words = sent.tokens_between(max(sent.start, pos - 60), pos)
    at = next((k for k in range(len(words) - 1, -1, -1) if normalise(words[k].text) == "عن"), None)
    if at is None or not 1 <= len(words) - at - 1 <= 4:
        return None
    start, end = words[at + 1].start, words[-1].end
    if any(m.start < end and start < m.end for m in sent.mentions):
        return None  # a name there is the speaker (_named_right_before) or the words go on about it
    desc = text[start:end].strip(" ،,")
    if not desc or any(c in desc for c in '.:؛"«»“”') or normalise(desc).startswith("ال"):
        return None  # ("عن الوزير الأميركي قوله", "عن المصدر قوله": someone the article spoke of before)
    return _anon_speaker(state, desc, start, "rule:anonymous-speaker")


_RELAYED = re.compile(r"(?:^|\s)[وف]?(?:نقل|نقلت|تنقل|ينقل)\s+(?:عنه|عنها)\s")


def _relayed_from_him(sent: Sentence, pos: int, text: str) -> int | None:
    """Where "نقلت عنه" / "ونقل عنها" opens the clause of ``قوله`` at ``pos`` (at most five words
    between), the offset of the verb; else None."""
    k_pos = next((k for k in range(len(sent.norm)) if sent.orig(k) >= pos), len(sent.norm))
    found = list(_RELAYED.finditer(sent.norm, 0, k_pos))
    if not found or n_words(sent.norm[found[-1].end() : k_pos]) > 5:
        return None
    return sent.orig(found[-1].start())


_DESCRIBERS = frozenset(
    normalise(w) for w in "التابعة التابع الموالية الموالي المقربة المقرب المناهضة المناهض المعارضة المعارض".split()
)


def _named_right_before(sent: Sentence, pos: int, text: str, saying: bool = False) -> str | None:
    """ "ديزني أوضحت", "وكان أديلسون قد صرح": the subject just before the verb."""
    for m in reversed(sent.mentions):
        if m.end > pos:
            continue
        if _inside_quotation(text, sent.start, m.start):
            return None  # "…بمستقبل زاهر"، مؤكدا": a word of the quotation before the verb
        words = gap_text(text, m.end, pos).split()
        if len(words) >= 2 and normalise(words[0]) in _DESCRIBERS and words[1].startswith("ل"):
            words = words[2:]  # "وكانت قناة المسيرة التابعة للحوثيين قالت": its description, then its verb
        verb = normalise(text[pos : pos + 20]).split()[:1]
        if (
            [w for w in words if w not in ("،", ",")] in (["الذي"], ["التي"])
            and m.label in _SPEAKER_TYPES
            and not (verb and (verb[0] in _DESCRIBED_HIM or verb[0].endswith(("ته", "تها", "تهم"))))
            and not kin_phrase_before(text, m.start)
        ):
            # "السفير فلان، الذي قال إن …": the one the relative clause is about (not "بايدن، الذي
            # وصفته بأنه …": the one she described)
            return m.entity
        if all(w in ("قد", "كان", "كانت", "لقد", "فقد", "وقد") for w in words) and len(words) <= 2:
            holder = _holder_before_title(sent, m, text) if m.label == "ORG" else None
            if holder is not None:
                return holder  # "عاد فلان رئيس فيفا للتأكيد": the title's holder, not its body
            # "نقلت الصحيفة عن فلان قوله": after قوله the one quoted stands after عن / على لسان
            if m.label in _SPEAKER_TYPES and (saying or not is_object_marked(sent, m, text)) and not _in_quotes(text, m):
                return m.entity
        return None
    return None


_WHEN_WORDS = frozenset(
    normalise(w)
    for w in "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت اليوم الليلة الآن الماضي الأسبوع العام الشهر".split()
)


def _holder_before_title(sent: Sentence, org: DocMention, text: str) -> str | None:
    """ "فلان رئيس فيفا", "فلان، الأمين العام للحزب": the person right before the title whose body
    ``org`` is."""
    title = gap_text(text, max(sent.start, org.start - 40), org.start).split()[-2:]
    if not title or not (title[-1] in TITLE_HEADS | _OTHER_POSTS or title[0] in TITLE_HEADS | _OTHER_POSTS):
        return None
    person = next((m for m in reversed(sent.mentions) if m.end <= org.start and m.label == "PERSON"), None)
    if person is None or n_words(gap_text(text, person.end, org.start)) > 2:
        return None
    return person.entity


_THE_LATTER = frozenset(normalise(w) for w in ("الأخير", "الأخيرة"))
# a count right after the verb, as its subject: a share ("18 %", "60 في المئة", "ثلثا"), a number of
# people ("3 مسؤولين", "12 نائبا") or some of a group ("18 ممن")
_COUNTED_SUBJECT = re.compile(
    r"\s*[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?\s*(?:%|٪|في الم|بالم|من\s|ممن|[^\W\d_]{2,}(?:ين|ون|يين|ا)(?=[\s،,]))"
)


def _the_latter(sent: Sentence, pos: int, text: str, state: ArticleState, gender: str) -> str | None:
    """The person named last before ``pos`` (in this sentence or the one before), of the gender of
    الأخير / الأخيرة where the article tells it."""
    window = max(0, sent.start - 400)
    for m in reversed(state.doc.mentions):
        if m.end > pos or m.start < window:
            continue
        if m.label == "PERSON" and not _inside_quotation(text, window, m.start):
            if person_gender(state, m.entity) in (None, gender):
                return m.entity
    return None


def _unnamed_subject_after(sent: Sentence, pos: int, limit: int, text: str) -> str:
    """A definite noun right after the speech verb that is no name: the subject is described
    ("person", or "body" for الحزب الحاكم، الرئاسة الفرنسية; "" when there is none)."""
    words = [w.rstrip("،,:") for w in gap_text(text, pos, limit).split()]  # ("وأوضح المرصد: "…"")
    if not words or not words[0].startswith("ال") or len(words[0]) <= 3 or words[0] in _WHEN_WORDS:
        return ""  # ("ورد الأحد عبر تويتر": a day, not who)
    if _mention_right_after(sent, pos, limit, text) is not None:
        return ""
    bodies = word_set("org_nouns", "nouns") | _BODY_WORDS
    return "body" if words[0] in bodies else "person"


_PERSON_HEADS = frozenset(
    normalise(w)
    for w in (
        "المسؤول المسؤولة الدبلوماسي الدبلوماسية المصدر الوزير الوزيرة المتحدث المتحدثة السفير السفيرة"
        " المستشار المستشارة القيادي القيادية الناشط الناشطة الخبير الخبيرة المحلل المحللة الضابط النائب"
        " النائبة العضو المبعوث المبعوثة المندوب المندوبة"
    ).split()
)


# titles that head many offices ("رئيس اللجنة", "الرئيس الجمهوري"): after the speech verb they refer to
# the one the last sentences were about
_GENERIC_TITLES = frozenset(normalise(w) for w in ("الرئيس", "الرئيسة"))
# words that end the title's own phrase before a name ("السفير … قال إن فلان"): a clause, not a post
_NOT_A_POST = frozenset(normalise(w) for w in "قال قالت إن أن ان وقال وقالت أعلن أكد وأكد ذلك بعد قبل مع اتصالا اتصال".split())
_OTHER_POSTS = frozenset(normalise(w) for w in "الأمين الامين الرئيس الوزير السفير المبعوث المتحدث".split())
_TITLED_PERSONS = frozenset(
    normalise(w)
    for w in "المحامي المحامية الملك الملكة الأمير الأميرة القاضي القاضية الجنرال الرئيس الرئيسة السفير السفيرة".split()
)


# documents that "say" what their author says ("ويقول التقرير", "وأضاف البيان", "وأضافت الدراسة")
_DOCUMENTS = frozenset(normalise(w) for w in "التقرير البيان الدراسة الرسالة البلاغ التغريدة".split())
_ISSUED = ("نشر", "اصدر", "اعد")


def _words_around(text: str, start: int, end: int, before: int, after: int) -> tuple[list[str], list[str]]:
    """The normalised words right before ``start`` and right after ``end``, punctuation stripped."""
    def clean(seg: str) -> list[str]:
        return [w for w in (re.sub(r"\W", "", x) for x in seg.split()) if w]

    back = clean(gap_text(text, max(0, start - 40), start))[-before:] if before else []
    ahead = clean(gap_text(text, end, min(len(text), end + 40)))[:after] if after else []
    return back, ahead


_DAY_WORDS = frozenset(
    normalise(w) for w in "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس اليوم مساء صباح".split()
)


def _author_of(document: str, before: int, text: str, state: ArticleState) -> str | None:
    """Who the article said issued the report, statement or study, named before ``before``: "تقرير
    لجنة X", "رسالة من X", "دراسة نشرها معهد X", "X في بيان", "X بيانا" (not "تلقى X رسالة من …",
    its recipient); the nearest one, else None."""
    bare = document.removeprefix("ال")
    # بيان, بيانا, and with a preposition: "وفقا لدراسة نشرها معهد X", "في بيان"
    forms = (bare, bare + "ا", "ل" + bare, "ب" + bare, "و" + bare)
    for m in reversed(state.doc.mentions):
        if m.start >= before or m.label not in ("ORG", "PERSON"):
            continue
        back, ahead = _words_around(text, m.start, m.end, 2, 5)
        ahead = [w for w in ahead if w not in _DAY_WORDS][:3]  # "نشر فريق X، الأحد، تغريدة"
        if (
            (back and back[-1] in forms)
            or (len(back) == 2 and back[0] in forms and (back[1].startswith(_ISSUED) or back[1] == "من"))
            or (ahead and ahead[0] in forms and not (len(ahead) > 1 and ahead[1] == "من"))
            or (len(ahead) >= 2 and (ahead[0] == "في" or ahead[0].startswith(_ISSUED)) and ahead[1] in forms)
            # "وأعلنت وكالة الجمهورية لدى ابتدائية تونس، في بلاغ": where it sits, then "in a statement"
            or _in_statement_after(text, m, forms, state)
            # "مكتب X الذي أصدر بيانا"
            or (len(ahead) == 3 and ahead[0] in ("الذي", "التي") and ahead[1].startswith(_ISSUED) and ahead[2] in forms)
            or (bare == "بيان" and _titled_author(text, m, forms))  # (not "رسالة للرئيس، فلان": to him)
            # "نشرت الكلية بيانا للرأي العام أصدرته النقابة الأساسية": the one who issued it, past what
            # the statement is for
            # (issued: not "بيان للتحالف نشرته وكالة الأنباء", the agency that published it)
            or (back and back[-1].startswith(("اصدر", "اعد")) and bool(set(_words_around(text, m.start, m.end, 6, 0)[0][:-1]) & set(forms)))
        ):
            return m.entity
    return _head_in_statement(bare, before, text, state)


def _head_in_statement(bare: str, before: int, text: str, state: ArticleState) -> str | None:
    """ "ونبه الحزب، في بيان أصدره …. ودعا البيان": the body a definite head noun named, right before
    "في بيان", resolved to the latest organisation named before with that head."""
    found = None
    for m in re.finditer(r"(?:^|\s)[وف]?ال(\S+?)،?\s+في " + re.escape(bare) + r"(?:\s|،|$)", normalise(text[:before])):
        found = _latest_body_headed(m.group(1), before, state) or found
    # "وفق ما ذكر بيان للمجلس عقب الاجتماع. وقال البيان": the statement of the body its head noun names
    for m in re.finditer(r"(?:^|\s)" + re.escape(bare) + r"ا?\s+لل(\S+?)(?=[\s،.]|$)", normalise(text[:before])):
        found = _latest_body_headed(m.group(1), before, state) or found
    return found


def _in_statement_after(text: str, m: DocMention, forms: tuple[str, ...], state: ArticleState) -> bool:
    """ "X لدى ابتدائية تونس، في بلاغ": "في" and the document within six words after the body, no
    other person or body named between (a place may be)."""
    if m.label != "ORG":
        return False
    _, ahead = _words_around(text, m.start, m.end, 0, 6)
    k = next((k for k in range(1, len(ahead) - 1) if ahead[k] == "في" and ahead[k + 1] in forms), None)
    if k is None:
        return False
    stop = m.end + 60
    return not any(
        x.label in ("ORG", "PERSON") and m.end <= x.start < stop and x.entity != m.entity
        and n_words(gap_text(text, m.end, x.start)) < k
        for x in state.doc.mentions
    )


def _titled_author(text: str, m: DocMention, forms: tuple[str, ...]) -> bool:
    """ "وفق بيان لوزير الإعلام، عواد العواد": the document, لـ and the author's title, a comma, his name."""
    if m.label != "PERSON" or not text[max(0, m.start - 3) : m.start].rstrip().endswith(("،", ",")):
        return False
    back, _ = _words_around(text, m.start, m.end, 4, 0)
    return any(w in forms and k + 1 < len(back) and back[k + 1][:1] == "ل" for k, w in enumerate(back))


_TIME_ADJECTIVES = frozenset(normalise(w) for w in "الجديد الجديدة السابق السابقة الأسبق الحالي الحالية".split())
_TIME_WORDS = frozenset(
    normalise(w) for w in "اليوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الماضي المقبل".split()
)


def _title_before_verb(sent: Sentence, v_start: int, text: str, state: ArticleState) -> str | None:
    """ "وكان وزير الدفاع قد أكد", "وزيرة السياحة أكدت": a minister's title and field open the sentence
    before the speech verb, no name; the person the article named with them before."""
    words = gap_text(text, sent.start, v_start).split()
    if words[:1] and words[0] in _KANA:
        words = words[1:]
    if words[-1:] == ["قد"]:
        words = words[:-1]
    head = conj_form(words[0], MINISTER_FORMS) if words else None
    if head is None or not 1 <= len(words) <= 3:
        return None
    if any(m.start < v_start and m.label == "PERSON" for m in sent.mentions):
        return None
    return _holder_of_title("ال" + head, sent.start, text, state, field=words[1:])


def _holder_of_title(
    title: str, before: int, text: str, state: ArticleState, field: list[str] | None = None
) -> str | None:
    """The person the article named with this title before ``before``: "المحامي علان", "وزير الأمن
    علان", "علان، محامي فلان" (the title after a comma). Not "محامي فلان": فلان is the client. The
    nearest one; None when no one was."""
    if title not in _PERSON_HEADS and title not in _TITLED_PERSONS:
        return None  # "وقالت الأسرة": a family or a body is not the person named after "أسرة"
    bare = title.removeprefix("ال")
    for m in reversed(state.doc.mentions):
        if m.start >= before or m.label != "PERSON":
            continue
        back, ahead = _words_around(text, m.start, m.end, 5, 1)
        back = [w[1:] if w[:1] == "و" and w[1:] in (title, bare) else w for w in back]
        at = max((k for k, w in enumerate(back[:-1]) if w in (title, bare)), default=-1)
        tail = back[at + 1 :] if at >= 0 else []
        # "السفير القطري في العراق علان": the post's place after في / لدى
        posted = len(tail) >= 3 and tail[-2] in ("في", "لدي") and tail[0].endswith(("ي", "يه"))
        if bare in MINISTER_FORMS and len(tail) >= 2:
            # "وزير المالية التونسي علان": the field, then at most the country's adjective, last (not "وزير
            # الخارجية التركي المعارض علان": the verb's object, described; not "وزير الخارجية اليوم الأحد")
            rest = tail[1:]  # (past the field, which may look like an adjective: المالية)
            nats = [k for k, w in enumerate(rest) if _country_adjective(w)]
            # (a country named by two adjectives ends it too: "الكوري الشمالي")
            if (
                nats
                and not all(
                    (w.startswith("ال") and w.endswith(("ي", "يه"))) or w in _TIME_ADJECTIVES for w in rest[nats[0] :]
                )
            ) or set(tail) & _TIME_WORDS:
                tail = []
                at = -1
        titled = (back and back[-1] == title) or (  # "المحامي علان"
            # "وزير الأمن علان", "الرئيس الإيطالي علان", "وزير المالية التونسي علان"; not "محامي النائب
            # فلان"
            at >= 0
            and (len(tail) == 1 or bare in MINISTER_FORMS or posted)
            and len(tail) <= 4
            and all(
                (w.startswith("ال") or (posted and k >= len(tail) - 2))
                and w not in _PERSON_HEADS
                and w not in _TITLED_PERSONS
                for k, w in enumerate(tail)
            )
            # a nationality, or a minister's field: not "محامي المتهم فلان" (فلان is the client)
            and (back[-1].endswith(("ي", "يه")) or bare in MINISTER_FORMS or posted)
        )
        if not titled and text[max(0, m.start - 3) : m.start].rstrip().endswith(("،", ",")):
            # "السفير اليمني لدى الأمم المتحدة، أحمد عوض بن مبارك": the title and its post, a comma, the name
            lead = normalise(text[max(0, m.start - 90) : m.start]).replace("،", " ").replace(",", " ").split()[-7:]
            forms = (title, "و" + title) + ((bare, "و" + bare) if bare in MINISTER_FORMS else ())
            at = max((k for k, w in enumerate(lead) if w in forms), default=-1)
            # (not a name after another title or a meeting: "أجرى السفير اتصالا مع رئيس الحكومة، فلان")
            titled = at >= 0 and not any(
                w in _NOT_A_POST or (w[:1] == "و" and (w[1:] in TITLE_HEADS or w[1:] in _OTHER_POSTS))
                for w in lead[at + 1 :]
            )  # (a second title joined by و: "…، والأمين العام للجامعة العربية، فلان")
        after_comma = text[m.end : m.end + 3].lstrip().startswith(("،", ","))
        # "علان، محامي فلان", "علان محامي فلان" (a title in construct is in apposition); a definite
        # title right after a name without a comma is the verb's object ("استقبل علان السفير")
        if field and not (titled and set(field) <= set(back)):
            continue  # "وزير الدفاع": the minister named with that field, not another one
        if titled or (ahead and (ahead[0] == bare != title or (after_comma and ahead[0] == title))):
            return m.entity
    return None


def _holder_with_country(title: str, adjective: str, before: int, text: str, state: ArticleState) -> str | None:
    """The person the article named "الرئيس الصيني فلان" (or "الرئيس الصيني، فلان") before ``before``,
    with this very country's adjective (الأمريكي ~ الأميركي)."""

    def bare(w: str) -> str:
        return w.rstrip("ه").replace("ي", "").replace("ا", "")

    for m in reversed(state.doc.mentions):
        if m.start >= before or m.label != "PERSON":
            continue
        back = normalise(text[max(0, m.start - 40) : m.start]).replace("،", " ").replace(",", " ").split()[-2:]
        if len(back) == 2 and conj_in(back[0], {title}) and bare(back[1]) == bare(adjective):
            return m.entity
    return _holder_of_country_title(title, adjective, before, text, state)


_SECOND_TITLE_WORDS = frozenset(
    normalise(w) for w in "وزراء الوزراء حكومة الحكومة مجلس المجلس وزارة برلمان البرلمان".split()
)


def _holder_of_country_title(title: str, adjective: str, before: int, text: str, state: ArticleState) -> str | None:
    """ "كشف وزير داخلية النمسا المحافظ فلان … واعلن الوزير النمساوي": the person named after the
    title in construct with that adjective's country, before ``before``."""
    from rasd.facts.roles import _country_of

    bare_title = title.removeprefix("ال")
    places = [g for g in state.doc.mentions if g.start < before and g.label == "GPE"]
    for m in reversed(state.doc.mentions):
        if m.start >= before or m.label != "PERSON":
            continue
        g = next((g for g in reversed(places) if g.end <= m.start), None)
        if g is None or n_words(gap_text(text, g.end, m.start)) > 2:
            continue
        lead = normalise(text[max(0, g.start - 30) : g.start]).split()[-3:]
        k = next((k for k in range(len(lead)) if bare_title in (lead[k], lead[k][1:] if lead[k][:1] == "و" else "")), None)
        between = lead[k + 1 :] if k is not None else []
        if (
            k is not None
            and len(lead) - k <= 2
            and not set(between) & _SECOND_TITLE_WORDS  # ("رئيس وزراء فرنسا" is no president of France)
            and _country_of(adjective, normalise(g.text))
        ):
            return m.entity
    return None


_GOVERNMENTS = tuple(normalise(w) for w in ("حكومة", "الحكومة", "مجلس الوزراء", "الدولة"))
_CHIEFS = frozenset(normalise(w) for w in ("رئيس", "رئيسة"))
# indefinite titles in construct with the body whose post they name ("رئيس مجلس النقباء", 'رئيس "سيسكو"')
_CONSTRUCT_TITLES = frozenset(
    normalise(w) for w in "رئيس رئيسة مدير مديرة وزير وزيرة أمين زعيم زعيمة قائد محافظ سفير سفيرة مستشار".split()
)


def _title_word(word: str) -> bool:
    """رئيس، الرئيس، والرئيس، ورئيس (and وزير itself, whose و is its own)."""
    forms = {word, word[1:] if word.startswith("و") else word}
    return any(f in _CONSTRUCT_TITLES or f.removeprefix("ال") in _CONSTRUCT_TITLES for f in forms)


def _title_of_a_body(sent: Sentence, pos: int, limit: int, text: str, state: ArticleState) -> str | None:
    """The speaker described right after the speech verb by an indefinite title in construct with a
    body (a named one, or a definite noun): the person the article named after that title and body
    before, else an unnamed (ANON) speaker with that description. None when the words after the verb
    are no such title."""
    seg = text[pos:limit]
    words = seg.split()
    if not words or normalise(words[0]) not in _CONSTRUCT_TITLES:
        return None
    start = pos + len(seg) - len(seg.lstrip())
    after = start + len(words[0])
    body = next((m for m in sent.mentions if after <= m.start < limit and m.label in ("ORG", "GPE")), None)
    # a named body, not a government or a country ("رئيس الحكومة الصينية", "رئيس شرطة أوكرانيا" are
    # public offices the article has most often named with their holder before)
    named_body = not (
        body is None
        or body.label != "ORG"
        or n_words(gap_text(text, after, body.start).replace('"', " ")) > 0
        or normalise(body.text).startswith(_GOVERNMENTS)
        # ("وقال رئيس البلدية": a body referred to by its head noun, whose holder the text is about)
        or (len(normalise(body.text).split()) == 1 and normalise(body.text).startswith("ال"))
    )
    rest = normalise(text[after:limit]).replace('"', " ").split()
    if named_body and body is not None:
        key = [normalise(words[0])] + normalise(body.text).split()[:1]
    elif rest and rest[0].startswith("ال") and len(rest[0]) > 3 and body is None:
        # "وقال وزير العمل "…"": only the holder the article named with that title and field
        key = [normalise(words[0]), rest[0]]
    else:
        return None
    named = [m for m in sent.mentions if m.label == "PERSON" and start <= m.start < limit]
    if named and body is None:
        return None
    # the country's adjective after the title and its field ("وزير الدفاع البريطاني")
    after_key = normalise(text[(body.end if body is not None and named_body else after) : limit]).replace('"', " ").split()
    if not (body is not None and named_body):
        after_key = after_key[1:]
    own = (
        after_key[0]
        if after_key and _country_adjective(after_key[0]) and after_key[0] not in ("الذي", "التي", "الذين")
        else ""
    )
    if named and body is not None:
        # "وقال رئيس مجلس النقباء علي العبوس": the name right after the body (a first name the
        # recogniser left out between them), else the rules for a named speaker
        near = n_words(gap_text(text, body.end, named[0].start).replace('"', " ")) <= 1
        return named[0].entity if named[0].start >= body.end and near else None
    for m in reversed(state.doc.mentions):
        if m.label != "PERSON" or pos <= m.start < sent.end:
            continue  # (not one named in this sentence's quotation: "وقال زعيم المعارضة "أود أن أبلغ فلان"")
        # the title and the body before the name ("قائد القيادة المركزية الأميركية الجنرال علان") or
        # after it ("علان، رئيس مجلس النقباء"), anywhere in the article
        # (any title of the body: "رئيس القيادة المركزية، الجنرال علان" is the one "قائد القيادة المركزية")
        # (in his own sentence, after any other person's name)
        a = max([max(0, m.start - 90)] + [x.end for x in state.doc.mentions if x.label == "PERSON" and x.end <= m.start])
        seg = re.split(r"[.!؟?]", text[a : m.start])[-1]
        lead = normalise(seg).replace('"', " ").replace("،", " ").split()[-5:]
        tail = normalise(re.split(r"[.!؟?]", text[m.end : m.end + 40])[0]).replace('"', " ").replace("،", " ").split()[:3]
        for words_ in (lead, tail):
            for k in range(len(words_) - 1):
                if _title_word(words_[k]) and words_[k + 1] == key[1]:
                    # (the same country: "وزير الدفاع البريطاني" is not "وزير الدفاع الأمريكي علان")
                    theirs = words_[k + 2 : k + 3]
                    if own and theirs and _country_adjective(theirs[0]) and theirs[0].rstrip("ه") != own.rstrip("ه"):
                        continue
                    return m.entity
    if key[1].startswith("ال") and (not own or key[0] in _CHIEFS):
        # "وقال قائد القيادة المركزية …", "وزير العمل", "رئيس الوزراء اللبناني": most often the one the
        # text is about ("وزير الدفاع البريطاني" after an American one is not him)
        return None
    cut = [w.strip('"«»“”') for w in words[:4]]
    for k, w in enumerate(cut):
        if normalise(w) in ("ان", "انه", "انها", "بان", "في", "خلال", "علي", "عن", "مع", "امام") or w.endswith(("،", ",", ":")):
            cut = cut[: k + 1] if w.endswith(("،", ",", ":")) else cut[:k]
            break
    phrase = " ".join(w.strip("،,:") for w in cut if w.strip("،,:"))
    return _anon_speaker(state, phrase, start, "rule:described-speaker") if phrase else None


def _described_speaker(sent: Sentence, pos: int, limit: int, text: str, state: ArticleState) -> str | None:
    """An ANON entity named by the definite description after the speech verb (its first 1-3 words,
    up to إن/أن, a comma or a preposition)."""
    seg = text[pos:limit]
    start = pos + len(seg) - len(seg.lstrip())
    words: list[str] = []
    for w in seg.split():
        if (
            normalise(w) in ("ان", "انه", "انها", "بان", "في", "من", "ل", "على", "علي", "الى")
            or w[-1] in "،,:"
        ):
            if w[-1] in "،,:" and len(w) > 1 and len(words) < 3:
                words.append(w.rstrip("،,:"))
            break
        words.append(w)
        if len(words) == 3:
            break
    if not words or normalise(words[0]) not in _PERSON_HEADS:
        return None  # المحكمة، الوكالة، المرصد: a body, not an unnamed person
    named = [m for m in sent.mentions if start <= m.start < limit and m.label == "PERSON"]
    if named and n_words(gap_text(text, start, named[0].start)) <= 8:
        return named[0].entity  # "وأكد القيادي الحوثي، …، علي صفرة، أنهم": named after all
    return _anon_speaker(state, " ".join(words), start, "rule:described-speaker")


def _mention_right_after(sent: Sentence, pos: int, limit: int, text: str) -> DocMention | None:
    """The mention that starts right after ``pos`` (no word between), before ``limit``."""
    for m in sent.mentions:
        if pos <= m.start < limit and n_words(gap_text(text, pos, m.start)) == 0:
            return m
    return None


def _place_after(sent: Sentence, pos: int, limit: int, text: str) -> bool:
    """A country or city named right after the speech verb is its subject."""
    m = _mention_right_after(sent, pos, limit, text)
    return m is not None and m.label in ("GPE", "LOC")


def _books(sent: Sentence, start: int, phrase: str) -> bool:
    """ "ألف خمسة كتب", "نشرها في كتب": كتب is "books" after a number or a preposition, not "he wrote"."""
    if normalise(phrase) != "كتب":
        return False
    before = sent.norm[:start].split()[-1:]
    return bool(before) and (before[0] in _NOT_WROTE or before[0].isdigit())


# a party's adjective after الرئيس is no country ("الرئيس الجمهوري"، "الرئيس الديمقراطي")
_PARTY_ADJECTIVES = frozenset(normalise(w) for w in "الجمهوري الديمقراطي الاشتراكي الشيوعي".split())
_NO_ONE_NAMED = frozenset(
    normalise(w)
    for w in (
        "أحدهم أحدهما إحداهن إحداهما بعضهم تقارير أنباء معلومات وثائق صحف تسريبات مغردون ناشطون "
        "استطلاع دراسة بيانات إحصاءات أرقام"
    ).split()
)
_CLAUSE_OPENERS = frozenset(normalise(w) for w in "و ف لكن ولكن بينما فيما كما إلا أن".split())
_OPENING_WHEN = frozenset(normalise(w) for w in "بعد عقب إثر اثر قبل خلال أثناء اثناء لدى عند منذ".split())


_SAYING_OF = frozenset(normalise(w) for w in "قوله قولها".split())


def _owner_of_saying(sent: Sentence, v, v_start: int, text: str, state: ArticleState) -> str | None:
    """The person named right before قوله / قولها (a comma between at most), of the pronoun's gender."""
    if normalise(v.phrase) not in _SAYING_OF or text[max(0, v_start - 1) : v_start] in ("ل", "ب"):
        return None  # ("انتقد فلان علان لقوله إن …": a reason; the one who goes on speaking is فلان)
    m = next((x for x in reversed(sent.mentions) if x.end <= v_start), None)
    if m is None or m.label != "PERSON":
        return None
    gap = text[m.end : v_start].replace("،", " ").replace(",", " ").split()
    # (a last name the recogniser left out: "سارة ليا [ويتسن]، قولها")
    if len(gap) > 1 or (gap and (normalise(gap[0]).startswith("ال") or normalise(gap[0]) in _THAT)):
        return None
    want = "f" if normalise(v.phrase).endswith("ها") else "m"
    return m.entity if person_gender(state, m.entity) in (None, want) else None


def _sentence_subject(sent: Sentence, text: str, quote_at: int | None = None) -> str | None:
    for m in sent.mentions:
        if quote_at is not None and m.start >= quote_at:
            # "وأضاف: "كانت (مارلين مونرو) نجمة …": a name inside the quotation is not its speaker
            return None
        gap = gap_text(text, sent.start, m.start)
        if n_words(gap) > 4 or any(w in _CONTENT_CLAUSE for w in gap.split()):
            return None  # "وتقول الدعوى إن حملة فلان …": فلان is in what is said
        if len(gap.split()) >= 3 and gap.split()[1] in ("علي", "الي") and m.label == "PERSON":
            return None  # "وأكد على ضرورة مساندة فلان": the verb's complement names him, its subject is a pronoun
        if m.label == "PERSON" and gap.split()[-1:] and gap.split()[-1].lstrip("و") in _ACTS_ON_SOMEONE:
            return None  # "كما انتقد أيضا تعيين فلان وزيرا": the one appointed, the verb's subject a pronoun
        lead = gap.split()[:1]
        if (
            lead
            and lead[0].removeprefix("و").removeprefix("ف") in _OPENING_WHEN
            and text[m.end : m.end + 2].strip()[:1] in ("،", ",")
        ):
            continue  # "وبعد لقائه فلانا، كرر علان …": the one met, in the clause that sets the time
        if m.label in ("PERSON", "ANON") and not is_object_marked(sent, m, text) and not _to_a_title(gap.split()):
            return m.entity
    return None


def _anonymous_after(
    sent: Sentence, pos: int, limit: int, text: str, state: ArticleState, back_refs: frozenset[str]
) -> str | None:
    """ "أحد مديري الصناديق" → a new ANON entity; "المصدر" → the last one."""
    seg = text[pos:limit]
    lead = len(seg) - len(seg.lstrip())
    seg_start = pos + lead
    seg = seg.lstrip()
    words = seg.split()
    if not words:
        return None
    first = normalise(words[0]).rstrip("،,:؛")  # ("وقال واشٍ، عمل مع …")
    if first in back_refs and state.last_anon is not None:
        return state.last_anon
    heads = word_set("speech", "anonymous_heads")
    if first.startswith("ال") and first[2:] in heads and state.last_anon is not None:
        if normalise(state.doc.entity(state.last_anon).name).split()[:1] == [first[2:]]:
            return state.last_anon  # "شدد دبلوماسيون أوروبيون …. وتابع الدبلوماسيون": the same ones
    # "وتابع المسؤول الأميركي: "…"" with no unnamed source quoted before: this one is new, unless a
    # named speaker is being referred to (الأمين العام فلان … وأضاف المسؤول)
    new_ref = first in back_refs and first != "المتحدث" and state.last_speaker is None
    if first in heads or new_ref:
        stop = _ANON_STOP.search(seg)
        end = seg_start + (stop.start() if stop else len(seg))
        named = next((m for m in sent.mentions if seg_start <= m.start and m.end < end and m.label == "PERSON"), None)
        if named is not None:
            end = named.end  # "متحدثة باسم فلان رئيس المفوضية": the one spoken for ends the description
        desc = text[seg_start:end].strip()
        if 1 <= n_words(desc) <= 8:
            return _anon_speaker(state, desc, seg_start, "rule:anonymous-speaker")
    return None


# prepositions and adverbs that open a fronted phrase before the clause ("وفي مؤشر آخر …، انتقد فلان")
_FRONTED = frozenset(normalise(w) for w in "في من على بعد قبل خلال مع عقب إثر ضمن أمام".split())


_POST_WORDS = frozenset(
    normalise(w)
    for w in (
        "أمين الأمين سر عام العام رئيس الرئيس نائب مدير المدير المتحدث الناطق الرسمي باسم زعيم الزعيم وزير"
        " الوزير سفير السفير مستشار المستشار منسق المنسق عضو العضو"
    ).split()
)
_OPINION_VERBS = frozenset(normalise(w) for w in "انتقد انتقدت هاجم هاجمت رحب رحبت رفض رفضت".split())


def _titled_after_verb(sent: Sentence, opening: int, m: DocMention, text: str) -> bool:
    """ "انتقد أمين سر اللجنة التنفيذية لمنظمة التحرير صائب عريقات …": a speech or opinion verb, the
    title of a body and the body named right before the person (his post)."""
    body = next((x for x in reversed(sent.mentions) if x.end <= m.start), None)
    if body is None or body.label != "ORG" or body.start < opening or n_words(gap_text(text, body.end, m.start)):
        return False
    inside = [x for x in sent.mentions if opening <= x.start < body.start]
    lead = [
        normalise(t.text)
        for t in sent.tokens_between(opening, body.start)
        if not any(t.start < x.end and x.start < t.end for x in inside + [body])
    ]
    verbs = word_set("speech", "verbs") | _OPINION_VERBS
    return (
        2 <= len(lead) <= 4
        and (lead[0] in verbs or (lead[0][:1] in ("و", "ف") and lead[0][1:] in verbs))
        and all(w in _POST_WORDS for w in lead[1:])
        and all(x.label == "ORG" for x in inside)
    )


def subject_mentions(sent: Sentence, text: str) -> list[DocMention]:
    """Persons that open a sentence (the subjects a following pronoun may refer to)."""
    from rasd.facts.common import coordinated_after

    persons = [m for m in sent.mentions if m.label == "PERSON"]
    opening = sent.start
    first = gap_text(text, sent.start, sent.end).split()[:1]
    comma = text.find("،", sent.start, sent.end)
    if (
        first
        and first[0].removeprefix("و") in _FRONTED
        and comma > 0
        and n_words(gap_text(text, sent.start, comma)) <= 12
        and not any(m.label == "PERSON" and m.start < comma for m in persons)
    ):
        opening = comma + 1  # "وفي مؤشر آخر على التوتر، انتقد فلان …": the clause after a fronted phrase
    for m in persons:
        if m.start < opening:
            continue
        if n_words(gap_text(text, opening, m.start)) > 3 and not _titled_after_verb(sent, opening, m, text):
            return []
        if is_object_marked(sent, m, text):
            continue
        if gap_text(text, sent.start, m.start).split()[-1:] == ["باسم"]:
            return []  # "وقال متحدث باسم فلان": the unnamed spokesman is the subject, not فلان
        return coordinated_after(sent, m, persons, text, max_gap_words=1)
    return []
