"""fundraiser: a person hosts or organises fundraising for a beneficiary, with the year when stated.

  استضاف فعاليات لجمع التبرعات لفلانة في عام 2016 ولفلان في عام 2012
  من أبرز جامعي التبرعات لحزب X
  تعقد مكالمة … لحشد الدعم المالي لفلانة.  يتواصل فلان وفلان … في المكالمة
The last form is an event: defined in one sentence, referred to by its noun in the next ones,
where the people named take part in organising it.
"""

from __future__ import annotations

import re

from rasd.contract import Fact
from rasd.facts.common import (
    DENIAL_VERBS,
    ArticleState,
    coordinated_after,
    coordinated_before,
    definite_reference,
    gap_text,
    is_marked_recipient,
    main_clause_subject,
    n_words,
    negated,
    sentence_topic,
    subject_after,
    subject_before,
)
from rasd.facts.context import Sentence
from rasd.facts.donations import (
    _past_gloss,
    _politician_or_party,
    _runner_for_seat,
    _subject_before_apposition,
)
from rasd.facts.vocab import matcher, word_set
from rasd.resolve.document import DocMention
from rasd.text.normalise import normalise

EVENT_SPAN = 4  # sentences after the defining one in which the event noun still refers to it


def extract_fundraisers(sent: Sentence, state: ArticleState) -> list[Fact]:
    text = state.text
    facts: list[Fact] = []
    rmarks = word_set("donations", "recipient_markers")
    hits = matcher("fundraisers", "host_phrases").find(sent.norm)
    event_nouns = word_set("fundraisers", "event_nouns")
    sent_words = set(sent.norm.replace("ـ", "").split())
    defined_here = False
    for hit in hits:
        h_start, h_end = sent.orig(hit.start), sent.orig_end(hit.end)
        if negated(sent, h_start, text):
            continue
        beneficiaries = _beneficiaries(sent, h_end, text, rmarks, state)
        if not beneficiaries:
            continue
        ben_ids = {b.entity for b, _ in beneficiaries}
        hosts = _hosts(sent, h_start, h_end, text, state, ben_ids)
        for host in list(hosts):
            # "نظّم فلان، مؤسس X، بالاشتراك مع المستثمرة علانة، جلسة لجمع التبرعات …": both organise it
            lead = normalise(text[max(sent.start, host.start - 40) : host.start]).split()[-3:]
            if any(w in ("بالاشتراك", "بالتعاون") for w in lead):
                partner = main_clause_subject(sent, host.start, text, ("PERSON", "ORG"))
                if partner is not None and partner.entity not in ben_ids and all(partner.entity != h.entity for h in hosts):
                    hosts = [partner, *hosts]
        for host in hosts:
            for ben, year in beneficiaries:
                facts.append(_fact(sent, host, ben, year, f"pattern: '{hit.phrase}' + beneficiary"))
        if sent_words & event_nouns or _event_before(sent, hit.start, event_nouns):
            state.events.append(
                {"sentence": sent.index, "beneficiaries": beneficiaries, "hosts": {h.entity for h in hosts}}
            )
            defined_here = True
    if not facts:
        facts += _dinner_for(sent, state)
    if not defined_here and sent_words & event_nouns:
        for ev in state.events:
            if 0 < sent.index - ev["sentence"] <= EVENT_SPAN:
                ben_ids = {b.entity for b, _ in ev["beneficiaries"]}
                for m in sent.mentions:
                    if m.label != "PERSON" or m.entity in ben_ids or m.entity in ev["hosts"]:
                        continue
                    if (m.start, m.end) in state.role_objects:
                        continue
                    ev["hosts"].add(m.entity)
                    for ben, year in ev["beneficiaries"]:
                        facts.append(
                            _fact(
                                sent, m, ben, year, "event: named in a sentence about the fundraising event"
                            )
                        )
    return facts


def _dinner_for(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "نظم فلان، الرئيس التنفيذي لشركة X، مأدبة عشاء في منزله لصالح المرشح علان", "حفل عشاء أقامه
    المصرفي فلان لصالح المرشح علان": a dinner organised for someone (لصالح، لفائدة، لمصلحة) is
    fundraising for them. The organiser's verb stands in the same clause, before the dinner, or right
    after it with the dinner as its object."""
    text = state.text
    marks = word_set("fundraisers", "dinner_markers")
    hit = matcher("fundraisers", "dinner_phrases").find(sent.norm)
    if not hit:
        return []
    d_start, d_end = sent.orig(hit[0].start), sent.orig_end(hit[0].end)
    labels = ("PERSON", "ORG")
    after = sent.tokens_between(d_end, min(sent.end, d_end + 30))[:1]
    host = None
    if after and normalise(after[0].text) in word_set("fundraisers", "dinner_verbs_after"):
        host = subject_after(sent, after[0].end, text, labels, max_words=3, state=state)
        verb_start = after[0].start
    else:
        clause = re.split(r"[.:؛]", text[sent.start : d_start])[-1]
        words = clause.split()
        verbs = word_set("fundraisers", "dinner_verbs")
        k = next((i for i, w in enumerate(words) if normalise(w) in verbs), None)
        # (a verb that opens the sentence reaches further: its subject's titles and description may be long)
        reach = 24 if k is not None and k <= 1 else 16
        if k is None or len(words) - k > reach or any(normalise(w).lstrip("و") in DENIAL_VERBS for w in words[:k]):
            return []
        # the verb opens the clause (its subject's description may follow between commas), or no
        # comma stands between it and the dinner ("أقام فلان في باريس منذ 2010، … ولم يحضر حفل العشاء")
        if k > 1 and re.search(r"[،,]", " ".join(words[k:])):
            return []
        if k <= 1 and len(re.findall(r"[،,]", " ".join(words[k:]))) not in (0, 2):
            return []
        verb_start = d_start - len(" ".join(words[k:])) - 1
        host = subject_after(sent, max(sent.start, verb_start), text, labels, max_words=3, state=state)
        if host is None and k <= 1:
            # "استضافت هاوية جمع التحف الفنية فلانة …": past a longer title
            host = subject_after(sent, max(sent.start, verb_start), text, ("PERSON",), max_words=6, state=state)
        if host is None or host.start > d_start:
            return []
    if host is None or negated(sent, max(sent.start, verb_start), text):
        return []
    # the one it is for: the first name after the dinner marked so (past a place it was held at: "في قصره
    # المطل على بحيرة كومو لصالح المرشح لرئاسة بلدية ميلانو فلان")
    after_dinner = [m for m in sent.mentions if m.start >= d_end and m.entity != host.entity]
    people = [m for m in after_dinner if m.label in labels]
    ben = None
    for m in after_dinner:
        if n_words(gap_text(text, d_end, m.start)) > 24:
            break  # (the organiser's description and the total may stand between)
        if m.label in labels and any(w in marks for w in sent.previous_words(m, text, 3)):
            ben = m
            break
        if m.label == "PERSON" and _marked_past_titles(sent, m, text, marks):
            ben = m  # "لحملة النائب الأوروبي عن حزب النهضة فلان": the campaign's owner past his titles
            break
        runner = _runner_for_seat(sent, m, people, text)
        if runner is not None:
            ben = runner
            break
    if ben is None:
        return []
    if normalise(hit[0].phrase) in _PLAIN_PARTIES and not (
        _politician_or_party(state, ben) or set(sent.norm.split()) & _FUNDRAISING_WORDS
    ):
        return []  # "أقام المطرب فلان حفلاً لصالح الفنانة علانة": a concert, no political fundraiser
    if (host.start, host.end) in state.role_objects:
        return []
    return [
        _fact(sent, h, ben, None, f"pattern: dinner '{hit[0].phrase}' organised for BENEFICIARY")
        for h in [host, *_spouse_after(sent, host, text)]
        if h.entity != ben.entity
    ]


_SPOUSE_WITH = frozenset(normalise(w) for w in "وزوجها وزوجه وزوجته وشريكها وشريكه وشريكته".split())


def _spouse_after(sent: Sentence, host: DocMention, text: str) -> list[DocMention]:
    """ "فلانة (Latin) وزوجها علان": the spouse or partner named right after the host hosts too."""
    past = _past_gloss(text, host.end, min(sent.end, host.end + 80))  # (past its spelling in brackets)
    words = normalise(text[past : min(sent.end, past + 40)]).split()
    if not words or words[0] not in _SPOUSE_WITH:
        return []
    nxt = next((m for m in sent.mentions if m.start > past and m.label == "PERSON"), None)
    if nxt is None:
        return []
    return [nxt] if normalise(text[past : nxt.start]).split() == words[:1] else []


# a party or an evening for someone is fundraising only for a candidate, an officeholder or a political body,
# or where the sentence says it raised money
_PLAIN_PARTIES = frozenset(normalise(w) for w in "حفلا حفلاً أمسية".split())
_FUNDRAISING_WORDS = frozenset(normalise(w) for w in "التبرعات تبرعات جمع جمعت حصد حصدت حشد حشدت".split())


def _marked_past_titles(sent: Sentence, m: DocMention, text: str, marks: frozenset[str]) -> bool:
    """A marker (لصالح، لحملة …) within seven words before the person, no other person named between."""
    toks = [t for t in sent.tokens_between(sent.start, m.start) if any(c.isalpha() for c in t.text)][-7:]
    at = next((t.start for t in reversed(toks) if normalise(t.text) in marks), None)
    if at is None:
        return False
    return not any(p.label == "PERSON" and at <= p.start < m.start for p in sent.mentions if p is not m)


def _fact(sent: Sentence, host: DocMention, ben: DocMention, year: int | None, why: str) -> Fact:
    args: dict[str, object] = {"host": host.entity, "beneficiary": ben.entity}
    if year is not None:
        args["year"] = year
    return Fact("fundraiser", args, sent.evidence(), reason=why)


def _event_before(sent: Sentence, norm_pos: int, nouns: frozenset[str]) -> bool:
    words = sent.norm[:norm_pos].split()[-6:]
    return any(w in nouns for w in words)


def _beneficiaries(
    sent: Sentence, pos: int, text: str, rmarks: frozenset[str], state: ArticleState
) -> list[tuple[DocMention, int | None]]:
    cands = [m for m in sent.mentions if m.start >= pos and m.label in ("PERSON", "ORG")]
    found: list[DocMention] = []
    for m in cands:
        gap = n_words(gap_text(text, pos, m.start))
        if gap > 12 or (gap > 6 and not set(sent.previous_words(m, text, 7)) & _FOR_WHOM):
            break  # (past six words only لصالح، لفائدة، لمصلحة, within seven words, still mark the one it is for)
        if is_marked_recipient(sent, m, text, rmarks):
            found = coordinated_after(sent, m, cands, text, max_gap_words=5)
            break
    if not found and _organised_here(sent, pos, text):
        # "استضاف فلان … عشاء لجمع التبرعات للحزب": the party named before (only when the clause says
        # someone organised it: "وانتقد فلان الحزب بسبب حفل لجمع التبرعات للحزب" names no host)
        ref = definite_reference(sent, pos, text, state)
        if ref is not None and ref.end <= pos:
            found = [ref]
    pron = _pronoun_beneficiary(sent, pos, text, state)
    if pron is not None and (not found or pron[1] < found[0].start):
        found = [pron[0]] + [m for m in found if m.label == "ORG"]
        if len(found) == 1:
            more = [m for m in cands if m.label == "ORG" and is_marked_recipient(sent, m, text, rmarks)]
            if more and n_words(gap_text(text, pos, more[0].start)) <= 6:
                found.append(more[0])
    # "لصالح المرشحة لمجلس الشيوخ عن ولاية X فلانة": the candidate, not the house she runs for
    people = [m for m in sent.mentions if m.label in ("PERSON", "ORG")]
    found = [_runner_for_seat(sent, b, people, text) or b for b in found]
    # (one beneficiary once, in text order: the year lookup below reads the next one's start)
    found = sorted({b.entity: b for b in reversed(found)}.values(), key=lambda b: b.start)
    out = []
    for i, b in enumerate(found):
        nxt = found[i + 1].start if i + 1 < len(found) else sent.end
        years = [y for s, e, y in sent.years if b.end <= s < nxt and n_words(gap_text(text, b.end, s)) <= 3]
        out.append((b, years[0] if years else None))
    return out


_FOR_WHOM = frozenset(normalise(w) for w in "لصالح لفائدة لمصلحة".split())


def _organised_here(sent: Sentence, pos: int, text: str) -> bool:
    verbs = word_set("fundraisers", "organising_verbs")
    return any(normalise(t.text).lstrip("و") in verbs for t in sent.tokens_between(sent.start, pos))


def _pronoun_beneficiary(
    sent: Sentence, pos: int, text: str, state: ArticleState
) -> tuple[DocMention, int] | None:
    pron = word_set("donations", "pronoun_recipients")
    for tok in sent.tokens_between(pos, min(sent.end, pos + 60))[:3]:
        if normalise(tok.text) in pron:
            before = [m for m in state.doc.mentions if m.end <= pos and m.label == "PERSON"]
            return (before[-1], tok.start) if before else None
    return None


def _hosts(
    sent: Sentence, h_start: int, h_end: int, text: str, state: ArticleState, ben_ids: set[str]
) -> list[DocMention]:
    cands = [m for m in sent.mentions if m.label == "PERSON" and (m.start, m.end) not in state.role_objects]
    # "… داخل منزل فلان وفلانة", "في بيت فلان": the people whose home hosts it
    homes = [m for m in cands if m.start > h_end and m.entity not in ben_ids]
    for m in homes:
        prev = sent.previous_words(m, text, 5)
        if any(w in ("منزل", "بيت", "منزلي", "قصر", "مقر") for w in prev):
            return coordinated_after(sent, m, homes, text, 3)
    first = subject_after(sent, h_end, text, ("PERSON",), max_words=2, state=state)
    if first is not None and first.entity not in ben_ids:
        return [first]
    before = subject_before(sent, h_start, text, ("PERSON",), max_words=14, state=state)
    if before is None:
        before = sentence_topic(sent, text)
    if before is None:
        # "تستضيف المستثمرة في رأس المال المغامر فلانة، …، مساء الخميس في منزلها حفل عشاء لجمع التبرعات"
        before = _host_after_opening_verb(sent, h_start, text, state)
    if before is None:
        # "أن سيدة الأعمال فلانة (Latin)، مؤسسة دار الأزياء X، استضافت الأسبوع الماضي … عشاءً لجمع التبرعات":
        # the subject before the organising verb and the apposition that ends right before it
        before = _host_before_organising_verb(sent, h_start, text)
    if before is not None and before.label == "PERSON" and before.entity not in ben_ids:
        return [g for g in coordinated_before(sent, before, cands, text, 4) if g.entity not in ben_ids]
    # a body organises it: "أقامت «الرابطة X» أمسية لجمع التبرعات" (the subject of an organising verb)
    body = _organising_body(sent, h_start, text, h_end)
    if body is not None and body.entity not in ben_ids and (body.start, body.end) not in state.role_objects:
        return [body]
    return []


def _host_after_opening_verb(sent: Sentence, h_start: int, text: str, state: ArticleState) -> DocMention | None:
    """The person right after (past a title) an organising verb that opens the sentence, when the
    fundraising words come later in the same sentence: "استضافت هاوية جمع التحف فلانة … حفلاً …"."""
    verbs = word_set("fundraisers", "organising_verbs")
    toks = sent.tokens_between(sent.start, h_start)[:2]
    verb = next((t for t in toks if normalise(t.text).lstrip("و") in verbs), None)
    if verb is None or negated(sent, verb.start, text):
        return None
    person = next((m for m in sent.mentions if m.start >= verb.end and m.label == "PERSON"), None)
    if person is None or person.start >= h_start:
        return None
    lead = gap_text(text, verb.end, person.start)
    if n_words(lead) > 7 or any(c in lead for c in "،,") or (person.start, person.end) in state.role_objects:
        return None
    return person


def _host_before_organising_verb(sent: Sentence, h_start: int, text: str) -> DocMention | None:
    """The person named right before an organising verb of this clause, or before the apposition between
    commas that ends right before the verb."""
    verbs = word_set("fundraisers", "organising_verbs")
    verb = next((t for t in reversed(sent.tokens_between(sent.start, h_start)) if normalise(t.text).lstrip("و") in verbs), None)
    if verb is None or negated(sent, verb.start, text) or n_words(gap_text(text, verb.end, h_start)) > 12:
        return None
    lead = text[sent.start : verb.start].rstrip()
    if lead.endswith(("،", ",")):
        return _subject_before_apposition(sent, sent.start + len(lead), text)
    near = subject_before(sent, verb.start, text, ("PERSON",), max_words=0)
    return near


def _organising_body(sent: Sentence, h_start: int, text: str, h_end: int | None = None) -> DocMention | None:
    """The body that organises it: right after an organising verb in the clause before the fundraising
    words ("أقامت «الرابطة X» أمسية …"), right before one ("كانت رابطة «X» قد نظمت حفلا …"), or after
    the event's verb with its pronoun ("حفل لجمع التبرعات نظمته رابطة «X»")."""
    verbs = word_set("fundraisers", "organising_verbs")
    clause_start = max(sent.start, max(text.rfind(c, sent.start, h_start) for c in "،,.:؛") + 1)
    for tok in sent.tokens_between(clause_start, h_start):
        if normalise(tok.text).lstrip("و") not in verbs or negated(sent, tok.start, text):
            continue
        nxt = next((m for m in sent.mentions if m.start >= tok.end), None)
        if nxt is not None and nxt.label == "ORG" and nxt.end <= h_start and not _after_a_preposition(sent, nxt, text):
            if n_words(gap_text(text, tok.end, nxt.start)) <= 1:
                return nxt
        prev = [m for m in sent.mentions if m.end <= tok.start and m.start >= clause_start]
        if prev and prev[-1].label == "ORG" and n_words(gap_text(text, prev[-1].end, tok.start)) <= 1:
            if not _after_a_preposition(sent, prev[-1], text):
                return prev[-1]
    if h_end is not None:
        after = sent.tokens_between(h_end, min(sent.end, h_end + 30))[:1]
        if after and normalise(after[0].text) in word_set("fundraisers", "organised_it"):
            nxt = next((m for m in sent.mentions if m.start >= after[0].end), None)
            if nxt is not None and nxt.label == "ORG" and n_words(gap_text(text, after[0].end, nxt.start)) <= 1:
                return nxt
    return None


_PREPOSITIONS = frozenset(normalise(w) for w in "عبر في على من إلى الى مع عن بواسطة".split())


def _after_a_preposition(sent: Sentence, m: DocMention, text: str) -> bool:
    """ "مكالمة عبر تطبيق X", "بحضور …": a body after a preposition is no subject."""
    before = sent.previous_words(m, text, 2)  # (or before its kind: "عبر تطبيق X")
    prefix = normalise(text[text.rfind(" ", 0, m.start) + 1 : m.start]).strip('"«“')
    return bool(set(before) & _PREPOSITIONS) or prefix[:1] in ("ب", "ل")
