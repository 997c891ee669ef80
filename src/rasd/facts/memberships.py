"""membership: a person belongs to, or joins, a party, committee, board or group.

وكان فلان وفلان جزءًا من اللجنة المالية لفلانة
إن الوزراء السابقين فلان، وفلان، … انضموا للحزب     (الحزب → the party named before)
"""

from __future__ import annotations

import re

from rasd.contract import Fact
from rasd.facts.common import (
    POLITICAL_HEADS,
    TITLE_HEADS,
    ArticleState,
    attached_prefix,
    conj_in,
    coordinated_after,
    coordinated_before,
    definite_reference,
    gap_text,
    gap_words,
    head_forms,
    in_denied_clause,
    inside_mention,
    legislature,
    list_colon_after,
    n_words,
    negated,
    person_gender,
    political_org,
    relative_head,
    speech_word,
    subject_after,
    subject_before,
)
from rasd.facts.context import Sentence
from rasd.facts.vocab import PhraseMatcher, matcher, word_set
from rasd.resolve.document import DocMention
from rasd.text.normalise import normalise

_THAT_HE = frozenset(normalise(w) for w in "بأنه بأنها أنه أنها بكونه بكونها".split())
_ACCUSING = frozenset(
    normalise(w) for w in "اتهم اتهمت يتهم تتهم اتهمه اتهمها يتهمه يتهمها اتهام اتهامه بتهمة تهمة متهم متهما".split()
)


def extract_memberships(sent: Sentence, state: ArticleState) -> list[Fact]:
    text = state.text
    facts: list[Fact] = []
    for hit in matcher("memberships", "triggers").find(sent.norm):
        h_start, h_end = sent.orig(hit.start), sent.orig_end(hit.end)
        if inside_mention(sent, h_start, h_end) or negated(sent, h_start, text):
            continue
        phrase = normalise(hit.phrase)
        leaving = phrase in word_set("memberships", "leaving")
        verb_with_group_later = phrase in word_set("memberships", "verbs_with_group_later")
        if leaving and not verb_with_group_later:
            # "استقالته من حزب X": the body right after من/عن (past عضوية/صفوف only; not "من مقر حركة X")
            group = _left_right_after(sent, h_end, text, state)
        elif verb_with_group_later:
            # "استقال رجل الأعمال فلان من عضوية حزب X", "انشقت النائبة فلانة عن الكتلة لتلتحق بكتلة Y"
            # (not the body after the verb, which may be its subject: "انسحب حزب X من الائتلاف")
            group = _group_later(sent, h_end, text, state, leaving)
        else:
            group = _group_after(sent, h_end, text, state)
            if group is not None and group.label != "ORG":
                group = None
        if group is not None and (leaving or phrase in _ATTACHED) and not _party_by_name(state, group):
            continue  # "استقال من الحكومة", "التحق بوزارة الخارجية": no party left or joined
        if group is None and normalise(hit.phrase).split()[0] in _JOINED:
            if gap_text(text, h_end, min(sent.end, h_end + 10)).split()[:1] in (["اليه"], ["اليها"], ["له"], ["لها"]):
                # "تبرع فلان لحزب X الذي انضم إليه": the body the relative clause is about, or none
                group = _relative_antecedent(sent, h_start, text)
            else:
                group = _joined_group_later(sent, h_end, text, state)
        if group is None or _unnamed_members(sent, h_start, hit.phrase, text):
            continue
        if in_denied_clause(sent, h_start, text):
            continue  # "نفى النائب فلان أن يكون قد انضم إلى تكتل X": denied
        if normalise(hit.phrase).split()[0] in _JOINED and set(gap_text(text, group.end, sent.end).split()[:6]) & _JOINED_AS:
            continue  # "انضمت لورانس إلى أوكسفام في بريطانيا مديرة للبرنامج": a post there (a role)
        lead = [w.lstrip("وف") for w in gap_text(text, sent.start, h_start).split()[-25:]]
        charged = [k for k, w in enumerate(lead) if w in _ACCUSING]
        if lead and (
            lead[-1] in _ACCUSING
            or (
                lead[-1] in _THAT_HE
                and charged
                # (not "ردت على اتهام الحكومة لها، وقالت إنها عضو": her own word after a speech verb)
                and not any(w in word_set("speech", "verbs") for w in lead[charged[-1] + 1 :])
            )
        ):
            continue  # "اتهم هذا الزعيم … بأنه عضو في حزب X", "بتهمة الانتماء إلى": a charge, no membership
        masdar = normalise(hit.phrase).split()[0].lstrip("و")
        if masdar in _JOINING_HIS:
            # "أعلن النائب فلان انضمامه إلى حزب X": the one named right before, of the pronoun's gender
            # (not "وقالت فلانة إن انضمامه …" nor "وانتقدت فلانة انضمامه …")
            between_that = set(gap_text(text, max(sent.start, h_start - 30), h_start).split()[-2:]) & _THAT_WORDS
            # (one's leaving may be told later in the sentence: "أعلن فلان انضمامه إلى حزب X، بعد أسابيع من
            # استقالته من حزب Y")
            reach = 0 if masdar.endswith("هم") or between_that else (12 if masdar not in _JOINING else 2)
            named = subject_before(sent, h_start, text, ("PERSON",), max_words=reach, state=state)
            if named is None and text[sent.start : h_start].rstrip().endswith(("،", ",")):
                # "وأعلن رجل الأعمال فلان، مؤسس منصة X، انضمامه": the name before its description
                opened = text.rfind("،", sent.start, text[sent.start : h_start].rstrip().rfind("،") + sent.start)
                named = subject_before(sent, opened, text, ("PERSON",), max_words=0, state=state) if opened > 0 else None
            want = "f" if masdar.endswith("ها") else None if masdar.endswith("هم") else "m"
            if named is None or (want and person_gender(state, named.entity) not in (None, want)):
                continue
            facts.append(membership_fact(sent, named, group, f"pattern: PERSON '{hit.phrase}' ORG"))
            continue
        if phrase in _SENIOR_FIGURE and group.start >= h_end:
            # "وزير التكوين والقيادي في النهضة عماد الحمامي": the title before the name, his
            named = next((m for m in sent.mentions if m.start >= group.end), None)
            if named is not None and named.label == "PERSON" and not n_words(gap_text(text, group.end, named.start)):
                facts.append(membership_fact(sent, named, group, f"pattern: '{hit.phrase}' ORG PERSON"))
                continue
        cands = [
            m for m in sent.mentions if m.label == "PERSON" and (m.start, m.end) not in state.role_objects
        ]
        first = subject_after(sent, h_end, text, ("PERSON",), max_words=3, state=state)
        # (a group named before by its head noun, "انسحب فلان من الحزب", stands after the subject too)
        group_at = group.start if group.start >= h_end else sent.end
        if first is not None and first.start < group_at:
            # "انضم النواب فلان وعلان وفلانة إلى كتلة X": the subject and those listed with it
            members = [m for m in coordinated_after(sent, first, cands, text, 3) if m.end <= group_at]
        else:
            # many members ("أعضاء في X", "من أعضاء X"): the one named right before is among them
            # ("فلان من أعضاء الحزب"), not one a verb's clause names far before ("طلب فلان من أعضاء
            # مجلس الأمن", "بمقابلة مؤيدين وأعضاء في المنظمة")
            plural = phrase in _PLURAL_MEMBERS
            if plural and phrase.startswith("من") and {w.lstrip("و") for w in gap_text(text, sent.start, h_start).split()[:2]} & _ASKING:
                continue  # "طلب فلان وعلان من أعضاء مجلس الأمن": asked of the members
            before = subject_before(sent, h_start, text, ("PERSON",), max_words=1 if plural else 14, state=state)
            if before is not None and phrase == _OF_LEADERS and not set(gap_text(text, before.end, h_start).split()) <= _APPOSING:
                before = None  # "التقى فلان وفدا من قيادات حركة X": the delegation's, not his
            if before is not None and phrase in _ONE_MEMBER and _apposed_to_another(sent, before, h_start, text):
                before = None  # "أشاد فلان بتركيا، العضو في حلف الأطلسي": the member is Turkey
            members = coordinated_before(sent, before, cands, text, 6) if before else []
            if members:
                # "… وعمرو نصار، بالإضافة إلى حسام الشاعر، رئيس لجنة …، انضموا": the list goes on after
                # the subject found first (a name after إلى looks like an object on its own)
                later = [c for c in cands if c.end <= h_start]
                members += [
                    m for m in coordinated_after(sent, members[-1], later, text, 6)[1:] if m not in members
                ]
        for m in members:
            facts.append(membership_fact(sent, m, group, f"pattern: PERSON '{hit.phrase}' ORG"))
    return (
        facts
        + _party_of_person(sent, state)
        + _belongs_named_after(sent, state)
        + _leading_member(sent, state)
        + _members_listed(sent, state)
        + _body_includes(sent, state)
        + _own_party(sent, state)
        + _deputies_for(sent, state)
        + _belongs_to(sent, state)
        + _person_from_party(sent, state)
        + _party_candidate(sent, state)
    )


_SENIOR_FIGURE = frozenset(normalise(w) for w in ("القيادي في", "القيادية في", "قيادي في", "قيادية في"))
_TAKES_A_PERSON = frozenset(
    normalise(w)
    for w in "اتهم اتهمت انتقد انتقدت هاجم هاجمت استقبل استقبلت التقى التقت هنأ هنأت دعا دعت وصف وصفت تحدى تحدت".split()
)
_CANDIDATE = frozenset(normalise(w) for w in "مرشح مرشحة ومرشح ومرشحة مترشح مترشحة ومترشح ومترشحة".split())
# the head word of a party's name after مرشح ("مرشح حزب X", "مرشح حركة X"; not "مرشحة الحزب الديمقراطي
# فلانة", a party label)
_PARTY_BY_HEAD = frozenset(normalise(w) for w in ("الحزب", "الحركة"))
_CANDIDATE_PARTY_HEADS = frozenset(normalise(w) for w in "حزب حركة تيار".split())


def _party_candidate(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "مرشح حزب الشعوب الديمقراطي صلاح الدين دميرطاش", "فلان، مرشح حزب الشعب الجمهوري": the party
    named with حزب whose candidate is named right after it, or right before the title after a comma
    ("مرشحة الحزب الديمقراطي فلانة" names the party as a label)."""
    text = state.text
    out: list[Fact] = []
    if "مرشح" not in sent.norm:
        return out
    for tok in sent.tokens:
        if normalise(tok.text) not in _CANDIDATE:
            continue
        lead = gap_text(text, max(sent.start, tok.start - 25), tok.start).split()[-1:]
        # (not "واتهم مرشح حزب X أردوغان بالفساد": the name after is a verb's object)
        opening = not (lead and conj_in(lead[0], _TAKES_A_PERSON))
        party = _body_right_after(sent, tok.end, text)
        if party is None:
            # "واختار رئيس الحزب فلان مرشح الحزب علان": the party named before, by its head noun
            words = gap_text(text, tok.end, min(sent.end, tok.end + 20)).split()[:1]
            ref = definite_reference(sent, tok.end, text, state) if words and words[0] in _PARTY_BY_HEAD else None
            after = next((m for m in sent.mentions if m.start >= tok.end), None)
            if (
                opening
                and ref is not None
                and after is not None
                and after.label == "PERSON"
                and gap_text(text, tok.end, after.start).split() == words
            ):
                out.append(membership_fact(sent, after, ref, "pattern: مرشح الحزب PERSON (the party named before)"))
            continue
        if not set(normalise(party.text).split()[:1] + normalise(text[tok.end : party.start]).split()[-1:]) & _CANDIDATE_PARTY_HEADS:
            continue
        after = next((m for m in sent.mentions if m.start >= party.end), None)
        member = None
        listed = after is not None and list_colon_after(text, after.end)
        if (
            opening
            and after is not None
            and after.label == "PERSON"
            and not gap_text(text, party.end, after.start).split()
            and not listed  # ("فلان : مرشح حزب X علان : مرشح …": علان opens the next item of a list)
        ):
            member = after
        else:
            before = [m for m in sent.mentions if m.end <= tok.start]
            # "فلان، مرشح حزب X", "فرانسوا فيون : مرشح حزب الجمهوريون" (a list, a colon after each name)
            if before and before[-1].label == "PERSON" and (
                text[before[-1].end : tok.start].strip() in ("،", ",")
                or (text[before[-1].end : tok.start].strip() == ":" and list_colon_after(text, before[-1].end))
                # "وقال فلان مرشح الحزب الاشتراكي إن …": right after a name that opens its clause
                or (not text[before[-1].end : tok.start].strip() and _apposition_opens(sent, before[-1], text))
            ):
                member = before[-1]
        if member is not None:
            out.append(membership_fact(sent, member, party, "pattern: مرشح حزب X PERSON"))
    return out


# the bracket closes after the party's name, or after a comma and a word or two on where it stands
# ("سيرجيو كابرال (الحزب الديمقراطي البرازيلي، وسط)")
_BRACKET_CLOSES = re.compile(r'\s*["»”]?\s*(?:[،,]\s*[^\s()،,]+(?:\s+[^\s()،,]+)?\s*)?\)')


def _person_from_party(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "فيصل خليفة من نداء تونس", "طالب فلان من الجبهة الشعبية بتغيير الحكومة": a person and the party
    or movement he is from, joined by من alone (not "قرب فلان من حزب X": near to, afraid of)."""
    text = state.text
    out: list[Fact] = []
    mentions = sent.mentions
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.label != "PERSON" or b.label != "ORG" or attached_prefix(sent, b, text):
            continue
        gap = normalise(text[a.end : b.start]).split()
        # "فلانة، وهي من حزب X،": the apposition says it (not "وهي من مجلس الأمن القومي": staff)
        apposed = gap[:1] in (["،"], [","]) and gap[1:] in (["وهو", "من"], ["وهي", "من"]) and bool(
            head_forms(b.text.split()[0]) & _APPOSED_PARTY_HEADS
        )
        if text[b.start - 1 : b.start] in ('"', "«", "“"):
            # 'أليكسي كوربيير، من حزب "فرنسا التي لا تقهر"': the head word, then the name in quotes
            bare = [w for w in gap if w not in ('"', "«", "“")]
            if len(bare) >= 2 and bare[-2] == "من" and bare[-1] in _APPOSED_PARTY_HEADS and bare[:-2] in ([], ["،"], [","]):
                apposed = bare[:-2] != []
                gap = ["من"]
        inside = text[a.end : b.start].strip()
        # "النائب فلان (كتلة X)", 'النائب جيل لورتون (حزب "الجمهوريون")': the party's head word and quote
        # marks may stand inside the brackets
        bracketed = (
            inside == "(" or re.fullmatch(r"\(\s*(?:حزب|حركة|تيار|كتلة|ائتلاف|جبهة)?\s*[\"«“]?", inside) is not None
        ) and _BRACKET_CLOSES.match(text, b.end) is not None
        if bracketed and (
            political_org(state, b.entity) or set(sent.previous_words(a, text, 1)) & _MEMBERS_OF_PARLIAMENT
        ):
            # "وقال فلان (كتلة حركة النهضة)", "النائب فلان (نداء تونس)": his party or bloc in brackets
            out.append(membership_fact(sent, a, b, "pattern: PERSON (ORG): his party in brackets"))
            continue
        if (gap != ["من"] and not apposed) or not political_org(state, b.entity):
            continue
        if not apposed and not _listed(sent, a, text):
            # "حذر فلان من حركة النهضة"، "سخر ترامب من الحزب الديمقراطي"، "تطلب فلانة من مجلس الوزراء":
            # من after a verb names what it is about or asked of
            continue
        out.append(membership_fact(sent, a, b, "pattern: PERSON من ORG (a party or movement)"))
    return out


_PLACE_OF_SEAT = frozenset(normalise(w) for w in "بولاية بدائرة بمحافظة بمدينة عن ولاية دائرة".split())


def _in_a_place(late: str, text: str, a: int, b: int) -> bool:
    """The words between a party and the person are the seat's place, then a comma: "بولاية المهدية،"."""
    words = late.split()
    return 1 <= len(words) <= 4 and words[0] in _PLACE_OF_SEAT and text[a:b].rstrip().endswith(("،", ","))


_MEMBERS_OF_PARLIAMENT = frozenset(normalise(w) for w in "النائب النائبة والنائب والنائبة".split())
_APPOSED_PARTY_HEADS = frozenset(normalise(w) for w in "حزب حركة تيار جبهة ائتلاف تحالف".split())


def _listed(sent: Sentence, m: DocMention, text: str) -> bool:
    """The person stands in a list or after "such as": a comma, "مثل", "بينهم", a و on the name or the
    start of the sentence before him (past his titles), not a verb or a noun he is the object of."""
    if attached_prefix(sent, m, text).startswith("و"):
        return True
    titles = word_set("roles", "name_titles")
    before = text[sent.start : m.start].split()
    while before and (normalise(before[-1]) in titles or normalise(before[-1]) in _PERSON_NOUNS):
        before.pop()
    if not before:
        return True
    last = before[-1]
    word = normalise(last)
    verb = word.lstrip("وف")
    speech = word_set("speech", "verbs")
    return (
        last.endswith(("،", ",", ":"))
        or word in _SUCH_AS
        # "وصرح القيادي فلان من الجبهة الشعبية": a speech verb's subject (not "حذر فلان من …")
        or ((verb in speech or word in speech) and verb not in FROM_AS_OBJECT)
    )


_SUCH_AS = frozenset(normalise(w) for w in "مثل ومثل بينهم منهم وهم هم أمثال كـ عن".split())
# words whose من names what they are about: warned of, mocked, asked of, complained of (roles reads them too)
FROM_AS_OBJECT = frozenset(
    normalise(w) for w in "حذر حذرت يحذر تحذر سخر سخرت يسخر طلب طلبت يطلب تطلب سأل سألت اشتكى اشتكت شكا سخرية تحذير".split()
)
# nouns of a person before the name ("النائب فلان من حزب X")
_PERSON_NOUNS = frozenset(normalise(w) for w in "النائب النائبة المرشح المرشحة الوزير الناشط الناشطة السياسي القيادي".split())


_BELONGING = frozenset(normalise(w) for w in "ينتمي تنتمي ينتمون انتمى انتمت التحق التحقت".split())
_DESCRIBED_BETWEEN = re.compile(r"\s*[،,]\s*[^،,.:؛\d]{1,50}[،,]\s*$")
_BELONGING_ADJ = frozenset(normalise(w) for w in "المنتمي المنتمية المنتمين المنتمون".split())
_BEFORE_BELONGING = frozenset(normalise(w) for w in "أنه أنها إنه إنها الذي التي قد كان كانت ، ,".split())


def _belongs_to(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وينتمي فلان إلى حزب X", "فلان المنتمي لحزب X", "التحق فلان بحزب X": the verb or participle of
    belonging with the body after لـ/بـ/إلى (the phrase table holds the forms with a separate إلى)."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        w = normalise(tok.text)
        bare = w[1:] if w[:1] in ("و", "ف") else w
        verb, adj = bare in _BELONGING, w in _BELONGING_ADJ
        if not (verb or adj) or negated(sent, tok.start, text):
            continue
        after = [m for m in sent.mentions if m.start >= tok.end][:2]
        member = None
        pos = tok.end
        titles = gap_text(text, tok.end, after[0].start).split() if after else []
        if verb and after and after[0].label == "PERSON" and len(titles) <= 2 and all(x.startswith("ال") for x in titles):
            member, pos = after[0], after[0].end  # VSO, past a title: "وينتمي المرشح فلان إلى …"
            after = after[1:]
        if not after or after[0].label != "ORG":
            continue
        group = after[0]
        if not political_org(state, group.entity):
            continue  # a party or a movement by its head word here or elsewhere in the article (not
            # "والتحق فلان بجامعة القاهرة": a university, a club, a newspaper, an army, a company)
        lead = gap_text(text, pos, group.start).split()
        prefix = attached_prefix(sent, group, text)
        if prefix and lead and lead[-1] == prefix:
            lead = lead[:-1]  # (the particle glued to the body: "لحزب X")
        if not ((not lead and prefix in ("ل", "لل", "ب", "بال")) or lead in (["الي"], ["إلى"])):
            continue
        if member is None and adj:
            # "فلان، وزير الصناعة اللبناني، المنتمي لحزب الله": his description between commas first
            last = next((m for m in reversed(sent.mentions) if m.end <= tok.start), None)
            if last is not None and last.label == "PERSON" and _DESCRIBED_BETWEEN.match(text[last.end : tok.start]):
                member = last
        if member is None:
            member = subject_before(sent, tok.start, text, ("PERSON",), max_words=1 if adj else 3, state=state)
            if member is not None and not set(gap_text(text, member.end, tok.start).split()) <= _BEFORE_BELONGING:
                continue  # "قال فلان إن المتهمين ينتمون لحزب X": someone else's subject
        if member is None:
            continue
        out.append(membership_fact(sent, member, group, f"pattern: PERSON '{tok.text}' ORG"))
    return out


_HIS_PARTY = frozenset(normalise(w) for w in "حزبه حزبها لحزبه لحزبها بحزبه بحزبها وحزبه وحزبها".split())
# his electoral list, named right after ("الذي حلت قائمته "سائرون" أولا")
_HIS_LIST = frozenset(
    normalise(p + w) for w in "قائمته قائمتها لائحته لائحتها".split() for p in ("", "و", "ل", "ب")
)


def _feminine_cue(sent: Sentence, m: DocMention, text: str) -> bool | None:
    """The gender a verb right before or after a person says (وقالت فلانة، فلانة اختارت: True), or None."""
    around = sent.previous_words(m, text, 1) + normalise(text[m.end : m.end + 20]).split()[:1]
    for w in around:
        stem = w.lstrip("وف")
        if stem.endswith("ت") and len(stem) >= 4 and not stem.startswith("ال"):
            return True
    return None


def _possessor(sent: Sentence, tok, text: str, state: ArticleState, her: bool) -> DocMention | None:
    """Whose party حزبه / حزبها is: the nearest person before it whose verb agrees (وقالت سارة إن كريم
    خان حزبها: سارة), else the nearest one without a cue."""
    persons = [
        m
        for m in sent.mentions
        if m.label == "PERSON" and m.end <= tok.start and n_words(gap_text(text, m.end, tok.start)) <= 15
        and (m.start, m.end) not in state.role_objects
    ]
    cues = [(m, _feminine_cue(sent, m, text)) for m in reversed(persons)]
    if her:
        agreeing = [m for m, fem in cues if fem]
        return agreeing[0] if agreeing else next((m for m, fem in cues if fem is None), None)
    return next((m for m, fem in cues if not fem), None)


def _body_right_after(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The organisation named right after ``pos``, nothing between."""
    body = next((m for m in sent.mentions if m.start >= pos), None)
    if body is None or body.label != "ORG" or n_words(gap_text(text, pos, body.start)) > 0:
        return None
    return body


_POST_WORDS = frozenset(
    normalise(w)
    for w in (
        "الناطق الناطقة المتحدث المتحدثة الرسمي الرسمية باسم رئيس رئيسة الرئيس الأمين الأمينة أمين العام العامة"
        " زعيم زعيمة القيادي القيادية عضو عضوة مؤسس مؤسسة المنسق منسق نائب نائبة المكتب السياسي التنفيذي"
    ).split()
)


def _post_between(text: str, a: int, b: int) -> bool:
    """Only the words of a post stand between a person and a body ("الناطق الرسمي باسم", "رئيس",
    "الأمين العام لـ"), at least one of them."""
    words = [w.strip("،,") for w in gap_text(text, a, b).split()]
    words = [w for w in words if w]
    bare = [w[1:] if w[:1] == "ل" and w[1:] in _POST_WORDS else w for w in words]
    return bool(bare) and len(bare) <= 5 and all(w in _POST_WORDS or w in ("ل", "لـ", "في", "ب") for w in bare)


def _party_named_between(sent: Sentence, member: DocMention, pos: int, state: ArticleState) -> DocMention | None:
    """ "قال فلان الناطق الرسمي باسم الجبهة الشعبية إن لدى حزبه بدائل": the one party named between the
    possessor of حزبه and the word, with no other person between, is his party; with none named there,
    the one party the sentence names him head of ("وبين رئيس الحركة، فلان، … تحفظات حزبه")."""
    between = [m for m in sent.mentions if m.start >= member.end and m.end <= pos]
    if any(m.label == "PERSON" for m in between):
        return None
    parties = [
        m
        for m in between
        if m.label == "ORG"
        and political_org(state, m.entity)
        # (his post links him to it: "الناطق الرسمي باسم", "رئيس"; not "وانتقد فلان حركة X، مؤكدا أن حزبه")
        and _post_between(state.text, member.end, m.start)
    ]
    if not parties:
        parties = [
            m
            for span, m in state.role_bodies.items()
            if sent.start <= span[0] < sent.end
            and state.role_holders.get(span) is member
            and political_org(state, m.entity)
        ]
    if len({m.entity for m in parties}) != 1:
        return None
    return parties[0]


def _own_party(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "اختار … مرشحا من حزبه "مؤتمر كل الشعب"": the party named right after حزبه is the party of the
    person the sentence is about (the one named before it)."""
    text = state.text
    out: list[Fact] = []
    if "حزب" not in sent.norm and not any(w in _HIS_LIST for w in sent.norm.split()):
        return out
    for tok in sent.tokens:
        word = normalise(tok.text)
        if word not in _HIS_PARTY and word not in _HIS_LIST:
            continue
        party = _body_right_after(sent, tok.end, text)
        member = _possessor(sent, tok, text, state, her=word.endswith("ها"))
        if member is None:
            continue
        if party is None and word in _HIS_LIST:
            continue  # (a list is his only where named right after: "قائمته لمطالب" is no party)
        if party is None:
            party = _party_named_between(sent, member, tok.start, state)
            if party is None:
                continue
            out.append(membership_fact(sent, member, party, "pattern: PERSON … ORG … 'حزبه': the party named with him"))
            continue
        out.append(membership_fact(sent, member, party, "pattern: PERSON … 'حزبه' ORG"))
    return out


# "خمسة أعضاء تابعين لمجلس X …، هم فلان، وفلان": a body's members named in a list after هم
_MEMBERS_OF = re.compile(r"(?:^|\s)(?:ال)?(?:اعضاء|عضوا|التابعين|التابعه|المنتمين)\s+(?:(?:تابعين|في|من)\s+)?(?=\S)")
# an office of the body, unnamed, between: "أعضاء مكتب كتلة X وهم", "أعضاء المكتب التنفيذي لحزب X"
_OFFICE_OF = re.compile(
    r"(?:ال)?(?:مكتب|هيئه|مجلس\s+اداره|المجلس\s+الوطني|المجلس\s+المركزي)(?:\s+(?:التنفيذي|السياسي|الجهوي))?\s+"
)
_THEY_ARE = re.compile(r"(?:^|\s)و?(?:هم|هما)\s+(?:كل\s+من\s+)?(?=\S)")
_MAX_LIST_DISTANCE = 20  # words between the body and هم


_NUMBER_WORDS = frozenset(
    normalise(w)
    for w in "اثنين اثنان اثنتين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر".split()
)


def _counted_or_plural(word: str) -> bool:
    """A number or a plural noun (ثلاثة، الثلاثة، صحفيين، المرشحون): the antecedent of a هم after it."""
    w = normalise(word.strip("،,"))
    bare = w.removeprefix("ال").removeprefix("و").removeprefix("ال")
    return w.isdigit() or bare in _NUMBER_WORDS or (len(w) >= 5 and w.endswith(("ين", "ون")))


def _members_listed(sent: Sentence, state: ArticleState) -> list[Fact]:
    text = state.text
    out: list[Fact] = []
    lists = list(_THEY_ARE.finditer(sent.norm))
    if not lists:
        return out
    persons = [m for m in sent.mentions if m.label == "PERSON"]
    for trig in _MEMBERS_OF.finditer(sent.norm):
        at = sent.orig_end(trig.end())
        group = next((m for m in sent.mentions if m.start >= at), None)
        office = _OFFICE_OF.match(sent.norm, trig.end())
        if office is not None and (group is None or group.start >= sent.orig_end(office.end())):
            at = sent.orig_end(office.end())  # (the office is no entity: the body after it)
        if group is None or group.label != "ORG" or text[at : group.start].strip() not in ("", "ل", "لـ", "ب", "بـ"):
            continue
        nxt = next((x for x in lists if sent.orig(x.start()) >= group.end), None)
        if nxt is None:
            continue
        they = sent.orig_end(nxt.end())
        between = gap_text(text, group.end, sent.orig(nxt.start()))
        if n_words(between) > _MAX_LIST_DISTANCE or any(
            m.label == "ORG" and group.end <= m.start < they for m in sent.mentions if m.entity != group.entity
        ):
            continue  # another body named on the way: the list may be its
        if any(_counted_or_plural(w) for w in between.split()[:3]):
            # "القوات التابعة لوزارة الداخلية ثلاثة ناشطين، هم": a counted plural right after the body
            # is the verb's object, which the list names
            continue
        first = next((m for m in persons if m.start >= they), None)
        if first is None or n_words(gap_text(text, they, first.start)) > 0:
            continue
        for m in coordinated_after(sent, first, persons, text, max_gap_words=1):
            out.append(membership_fact(sent, m, group, "pattern: 'أعضاء' ORG … 'هم' PERSON، PERSON"))
    return out


_BELONGS_TO_IT = PhraseMatcher(
    [
        (w, None)
        for w in (
            "الذي ينتمي إليه",
            "الذي تنتمي إليه",
            "الذي ينتمي له",
            "الذي تنتمي له",
            "التي ينتمي إليها",
            "التي تنتمي إليها",
            "الذي ينتمون إليه",
        )
    ],
    proclitics=False,
)


def _belongs_named_after(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "حزب "أرض الآباء" الذي تنتمي إليه فلانة": the body named before, the member after."""
    text = state.text
    out: list[Fact] = []
    for hit in _BELONGS_TO_IT.find(sent.norm):
        p_start, p_end = sent.orig(hit.start), sent.orig_end(hit.end)
        group = next((m for m in reversed(sent.mentions) if m.end <= p_start), None)
        member = next((m for m in sent.mentions if m.start >= p_end), None)
        if group is None or member is None or group.label != "ORG" or member.label != "PERSON":
            continue
        if n_words(gap_text(text, group.end, p_start)) > 1 or not _titles_only(gap_words(text, p_end, member.start)):
            continue
        # "الذي ينتمي إليه رئيس الوزراء المؤقت، فلان، ورئيس الوزراء السابق، علان": each one listed
        members = [member]
        for m in sent.mentions:
            if m.start < members[-1].end or m.label != "PERSON" or m.entity in {x.entity for x in members}:
                continue
            between = gap_words(text, members[-1].end, m.start)
            if not between or not between[0].startswith("و") or "." in text[members[-1].end : m.start]:
                break
            if not _titles_only([between[0][1:]] + between[1:] if len(between[0]) > 1 else between[1:]):
                break
            members.append(m)
        for m in members:
            out.append(membership_fact(sent, m, group, "pattern: ORG 'الذي ينتمي إليه' PERSON"))
    return out


def _titles_only(words: list[str]) -> bool:
    """Nothing, or a person's title and its describing words ("رئيس الوزراء المؤقت")."""
    return len(words) <= 4 and all(w in TITLE_HEADS or w.startswith("ال") for w in words) and (
        not words or words[0] in TITLE_HEADS or words[0].removeprefix("ال") in TITLE_HEADS
    )


_INCLUDES = frozenset(normalise(w) for w in "تضم يضم ضمت ضم".split())
_GROUP_HEADS = frozenset(
    normalise(w)
    for w in "لجنة اللجنة مجلس المجلس حزب الحزب قائمة القائمة لائحة اللائحة هيئة الهيئة كتلة الكتلة ائتلاف تحالف جبهة".split()
)
_ALSO = frozenset(normalise(w) for w in "أيضا أيضاً كذلك".split())
_AMONG_THEM = frozenset(normalise(w) for w in "بينهم بينهن منهم منهن".split())


_PEOPLE_PLURALS = frozenset(
    normalise(w) for w in "أنصار خصوم أعضاء ممثلي ممثلو مقربي مقربو مؤيدي مؤيدو مناصري مناصرو أتباع قادة رجال".split()
)


def _plural_people(word: str) -> bool:
    """A plural of people ("أنصار الرئيس فلان", "ممثلي الحزب"): a description of many, no trade of one."""
    return word in _PEOPLE_PLURALS or word.endswith(("ون", "ين", "ات"))


def _body_includes(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وتضم اللجنة المالية الوطنية أيضاً الرئيسة التنفيذية لشركة X فلانة والمستثمر علان": the body the
    verb of including opens with, and the people it lists (past their titles)."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        if not conj_in(normalise(tok.text), _INCLUDES) or negated(sent, tok.start, text):
            continue
        group = next((m for m in sent.mentions if m.start >= tok.end), None)
        past_ref = None
        if group is None or group.label != "ORG" or gap_text(text, tok.end, group.start).split():
            # "وتضم اللجنة أيضاً …": the body named before, referred back to by its head noun
            ref = definite_reference(sent, tok.end, text, state)
            if ref is None or ref.label != "ORG":
                continue
            group = ref
            past_ref = sent.tokens_between(tok.end, sent.end)[0].end  # (past the reference word)
        if not set(normalise(group.text).split()[:1]) & _GROUP_HEADS:
            continue  # ("تضم المدينة …", "يضم المعرض …": no body of members)
        past = group.end if past_ref is None else past_ref
        rel = gap_text(text, group.end, min(sent.end, group.end + 12)).split()[:2]
        if rel[:1] in (["،"], [","]) and rel[1:] and rel[1] in ("التي", "الذي"):
            # "وتضم اللجنة المالية للحملة، التي يرأسها فلان، مطور الفنادق علان …": past the relative clause
            close = min((i for i in (text.find("،", group.end + 2, sent.end), text.find(",", group.end + 2, sent.end)) if i >= 0), default=-1)
            if close < 0:
                continue
            past = close + 1
        people = [m for m in sent.mentions if m.start >= past and m.label == "PERSON"]
        if not people:
            continue
        lead = gap_text(text, past, people[0].start).replace("كل من", " ").replace("في عضويتها", " ").split()
        lead = [w for w in lead if w not in _ALSO]
        among = [k for k, w in enumerate(lead) if w.rstrip("،,") in _AMONG_THEM]
        if among and among[-1] <= 3:
            lead = lead[among[-1] + 1 :]  # "وتضم اللجنة 30 عضواً، بينهم فلانة …": the ones named among them
        # (a place in the member's trade: "قطب العقارات في شيكاغو فلان")
        places = {normalise(w) for m in sent.mentions if m.label in ("GPE", "LOC") and past <= m.start < people[0].start for w in m.text.split()}
        lead = [w for k, w in enumerate(lead) if w not in places and not (w == "في" and lead[k + 1 : k + 2] and lead[k + 1] in places)]
        # (the first one named past his title and its body: "الرئيسة التنفيذية لشركة X فلانة"; not "يضم حزب X
        # في صفوفه مقربين من فلان", "تضم اللجنة قضاة من محكمة … التي يرأسها فلان")
        if len(lead) > 6 or any(w in ("الي", "الى", "في", "من", "عن", "الذي", "التي") for w in lead):
            continue
        # (a trade in construct is a title too: "مطور الفنادق فلان", "طبيبة الأسنان علانة")
        if lead and not (
            lead[0].startswith("ال")
            or lead[0] in TITLE_HEADS
            or (len(lead) == 2 and lead[1].startswith("ال") and not _plural_people(lead[0]))
        ):
            continue  # "ويضم حزب X خصوما سابقين للرئيس فلان": people described, not named members
        for m in coordinated_after(sent, people[0], people, text, 6):
            out.append(membership_fact(sent, m, group, f"pattern: '{tok.text}' ORG PERSON (و PERSON)"))
    return out


def membership_fact(sent: Sentence, member: DocMention, group: DocMention, reason: str) -> Fact:
    return Fact("membership", {"member": member.entity, "group": group.entity}, sent.evidence(), reason=reason)


_LEADING = frozenset(normalise(w) for w in ("القيادي", "القيادية", "قيادي", "قيادية"))
_LEADER_ADJECTIVES = frozenset(
    normalise(w) for w in "البارز البارزة الراحل الراحلة السابق السابقة الكبير الكبيرة المخضرم المخضرمة".split()
)


def _leading_member(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "القيادي في حزب الله، فلان" / "فلان القيادي في الحزب": a leading member of the body."""
    text = state.text
    out: list[Fact] = []
    toks = sent.inside
    for k, tok in enumerate(toks[:-1]):
        if not conj_in(normalise(tok.text), _LEADING):
            continue  # (and "وزير التكوين المهني والقيادي في النهضة فلان": his second description)
        j = k + 1
        while j < len(toks) - 1 and j - k <= 2 and normalise(toks[j].text) in _LEADER_ADJECTIVES:
            j += 1  # "القيادي البارز في", "القيادي الراحل في"
        group = next((m for m in sent.mentions if m.start >= toks[j].start), None)
        if group is None or group.label != "ORG":
            continue
        if normalise(toks[j].text) == "في":
            between = gap_text(text, toks[j].end, group.start).split()
            if between and not (len(between) == 1 and between[0] in word_set("org_nouns", "nouns")):
                continue  # (the party's head before its quoted name: 'القيادي في حزب "زانو بي أف"')
        elif not (
            text[toks[j].start] == "ب"
            and (group.start == toks[j].start + 1 or (group.start == toks[j].start + 2 and text[toks[j].start + 1] == "ـ"))
        ):
            continue  # "القيادي بحركة النهضة", "القيادي بـحركة النهضة": بـ attached to the body
        after = next((m for m in sent.mentions if m.start >= group.end), None)
        before = next((m for m in reversed(sent.mentions) if m.end <= tok.start), None)
        member = None
        if after is not None and after.label == "PERSON" and n_words(gap_text(text, group.end, after.start)) == 0:
            member = after  # "القيادي في حزب الله، فلان"
        elif before is not None and before.label == "PERSON" and n_words(gap_text(text, before.end, tok.start)) == 0:
            member = before  # "فلان القيادي في الحزب"
        if member is None:
            continue
        out.append(membership_fact(sent, member, group, "pattern: 'القيادي في' ORG + PERSON"))
    return out


_MEMBER_WORDS = frozenset(normalise(w) for w in "عضو عضوة القيادي القيادية".split())


def _party_of_person(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "ضرراً بحزب كاميرون": the party named for a person is the one party the text named before, and
    the person belongs to it."""
    text = state.text
    facts: list[Fact] = []
    for m in sent.mentions:
        if m.label != "PERSON":
            continue
        before = sent.previous_words(m, text, 1)
        if not before or before[-1].lstrip("وفبل") != "حزب" or attached_prefix(sent, m, text):
            continue
        if before[-1].lstrip("وف").startswith(("لل", "ال", "بال")) and not {
            w.lstrip("و") for w in sent.previous_words(m, text, 5)[:-1]
        } & _MEMBER_WORDS:
            # "الأمين العام للحزب فلان": the definite party is no construct with the name, and he holds
            # an office the role rules read; "عضو المكتب السياسي للحزب فلان" is a member
            continue
        parties = [
            x
            for x in state.doc.mentions
            if x.end <= m.start and x.label == "ORG" and normalise(x.text).startswith(("حزب", "الحزب"))
        ]
        if len({x.entity for x in parties}) == 1:  # with two parties named, which one is his is unsaid
            facts.append(
                Fact(
                    "membership",
                    {"member": m.entity, "group": parties[-1].entity},
                    sent.evidence(),
                    reason="pattern: 'حزب' + PERSON: the last party named",
                )
            )
    return facts


_ASKING = frozenset(normalise(w) for w in "طلب طلبت يطلب تطلب طالب طالبت سأل سألت ناشد ناشدت".split())
_OF_LEADERS = normalise("من قيادات")
_APPOSING = frozenset(normalise(w) for w in "، , وهو وهي هو هي".split())
_PLURAL_MEMBERS = frozenset({"اعضاء في", "من اعضاء", _OF_LEADERS})
_LINKS = frozenset(
    {"هو", "وهو", "هي", "وهي", "هم", "وهم", "يعد", "تعد", "يعتبر", "تعتبر", "كان", "كانت", "كانوا", "اصبح"}
)


def _unnamed_members(sent: Sentence, h_start: int, phrase: str, text: str) -> bool:
    """ "انتقادات من أعضاء في الحزب": members no one names; "استخدام جزء من ميزانية X": a share of a
    budget, not a member (جزء من names a member only after a link: "وهو جزء من", "كان … جزءا من")."""
    before = gap_text(text, max(sent.start, h_start - 30), h_start).split()[-1:]
    key = phrase.replace("أ", "ا").replace("إ", "ا")
    if key in _ONE_OF_THE_MEMBERS:
        # "فلان، أحد أعضاء حزب X", "فلان هو أحد أعضاء …", "كان فلان من أبرز أعضاء …": the name right
        # before in apposition or after a copula ("والتقى فلان أحد أعضاء حزب X": the object, unnamed)
        near = [m for m in sent.mentions if m.end <= h_start and m.label == "PERSON"]
        if not near:
            return True
        raw = text[near[-1].end : h_start]
        gap = [w for w in gap_text(text, near[-1].end, h_start).split() if w.strip("،,")]
        if gap and not all(w in _LINKS for w in gap):
            return True
        if "،" in raw or "," in raw or gap:
            return False
        before = sent.previous_words(near[-1], text, 1)
        # a name opening the sentence is its subject: "سامي حداد أحد أعضاء حزب X"
        return bool(before) and before[-1] not in _COPULAS_BEFORE
    if key == "من اعضاء":
        # "فلان، وهو من أعضاء الحزب" names him right before; "انتقادات من أعضاء في الحزب" is a source
        near = [m for m in sent.mentions if m.end <= h_start and m.label == "PERSON"]
        gap = [w for w in gap_text(text, near[-1].end, h_start).split() if w.strip("،,")] if near else []
        return not near or not all(w in _LINKS for w in gap)
    if key in _PLURAL_MEMBERS or key.startswith("اعضاء"):
        return bool(before) and before[0] in ("من", "عن", "مع", "علي", "بين", "الي")
    if key == "جزء من":
        return not (before and before[0] in _LINKS)
    return False


_JOINED = frozenset(normalise(w) for w in "انضم انضمت انضموا".split())
_ONE_MEMBER = frozenset(normalise(w) for w in ("العضو في", "عضو في", "عضوا في", "عضوة في"))
# a post held in the body joined ("انضمت إلى أوكسفام مديرة للبرنامج"): a job there, no membership
_JOINED_AS = frozenset(
    normalise(w)
    for w in "مديرا مديرة رئيسا رئيسة مستشارا مستشارة مسؤولا مسؤولة موظفا موظفة مدربا مدربة محللا محللة".split()
)


def _apposed_to_another(sent: Sentence, person: DocMention, pos: int, text: str) -> bool:
    """Another name (a country, a body) stands between the person and a member title right after it,
    set off by a comma: the title describes that name."""
    between = [m for m in sent.mentions if person.end <= m.start and m.end <= pos]
    return bool(between) and text[between[-1].end : pos].strip().startswith(("،", ","))
_ONE_OF_THE_MEMBERS = frozenset(
    w.replace("أ", "ا").replace("إ", "ا") for w in ("من أبرز أعضاء", "من كبار أعضاء", "أحد أعضاء", "إحدى عضوات")
)
_COPULAS_BEFORE = frozenset(normalise(w) for w in "كان كانت وكان وكانت يعد يعتبر ويعد ويعتبر".split())
_THAT_WORDS = frozenset(normalise(w) for w in "إن أن ان بأن وأن لأن".split())
_JOINING = frozenset(normalise(w) for w in "انضمامه انضمامها انضمامهم".split())
# joining or leaving with the member's pronoun ("أعلن فلان انضمامه إلى …", "بعد استقالته من …")
_JOINING_HIS = _JOINING | frozenset(
    normalise(w) for w in "استقالته استقالتها انسحابه انسحابها خروجه خروجها انشقاقه انشقاقها التحاقه التحاقها".split()
)


def _relative_antecedent(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The ORG named right before "الذي" / "التي" (and كان) that opens the clause at ``pos``."""
    body = relative_head(sent, pos, text, skip=_WAS, window=30)
    return body if body is not None and body.label == "ORG" else None


_WAS = frozenset(normalise(w) for w in "كان كانت قد".split())


_LEFT_FROM = frozenset(normalise(w) for w in "من عن".split())
# joining by التحق بـ: a party or bloc only ("التحق بكلية …" enrols, "التحق بوزارة …" takes a job)
_ATTACHED = frozenset(
    normalise(w) for w in "التحق التحقت التحقوا التحاقه التحاقها والتحاقه والتحاقها لتلتحق ليلتحق".split()
)
_MEMBERSHIP_WORDS = frozenset(normalise(w) for w in "عضوية صفوف".split())


def _left_right_after(sent: Sentence, pos: int, text: str, state: ArticleState) -> DocMention | None:
    """The body right after "استقالته من"/"انشقاقه عن", past عضوية/صفوف only, or one named before by its head
    noun ("من الحزب")."""
    m = next((m for m in sent.mentions if m.start >= pos), None)
    gap = gap_text(text, pos, m.start).split() if m is not None else []
    # (past عضوية/صفوف and the body's head before its quoted name: "انسحابها من كتلة «X»")
    if m is not None and m.label == "ORG" and all(w in _MEMBERSHIP_WORDS or head_forms(w) & _PARTY_HEADS for w in gap):
        return m
    ref = definite_reference(sent, pos, text, state)
    return ref if ref is not None and ref.label == "ORG" else None


def _party_by_name(state: ArticleState, m: DocMention) -> bool:
    """A party, bloc or movement by the head of its own name or the word written right before it (not a
    party word near it: "استقال من جامعة القاهرة بعد خلاف مع حزب X")."""
    heads = [normalise(w) for w in m.text.split()[:1]]
    heads += re.sub(r'["«“(]', " ", normalise(state.text[max(0, m.start - 14) : m.start])).split()[-1:]
    return any(head_forms(w) & POLITICAL_HEADS for w in heads if w) or any(
        x.entity == m.entity and head_forms(normalise(x.text).split()[0]) & POLITICAL_HEADS for x in state.doc.mentions if x.text
    )


def _group_later(sent: Sentence, pos: int, text: str, state: ArticleState, leaving: bool) -> DocMention | None:
    """The body a verb of leaving names after من/عن ("استقال فلان من عضوية حزب X"), or a verb of joining
    after بـ ("التحق فلان بحزب X"), past the verb's subject, within its clause (no comma or full stop)."""
    for tok in sent.tokens_between(pos, sent.end):
        w = normalise(tok.text)
        if w in ("،", ",", ".") or n_words(gap_text(text, pos, tok.start)) > 10:
            return None
        if leaving and w in _LEFT_FROM:
            m = next((m for m in sent.mentions if m.start >= tok.end), None)
            between = gap_text(text, tok.end, m.start).split() if m is not None else []
            if m is None or m.label != "ORG" or not set(between) <= _MEMBERSHIP_WORDS:
                # "انسحب فلان من الحزب": the party named before by its head noun
                ref = definite_reference(sent, tok.end, text, state)
                return ref if ref is not None and ref.label == "ORG" else None
            return m
        if not leaving and w.startswith("ب"):
            # ("التحق فلان بحزب X": the body glued to the first بـ; "التحقت بزوجها" joined no body)
            m = next((m for m in sent.mentions if m.start >= tok.start), None)
            if m is not None and m.label == "ORG" and tok.start <= m.start <= tok.start + 1:
                return m
            if (
                m is not None
                and m.label == "ORG"
                and head_forms(w[1:]) & _PARTY_HEADS
                and not text[tok.end : m.start].strip(' "«“')
            ):
                return m  # "لتلتحق بكتلة «الوفاء للوطن»": the body's head, then its quoted name
            return None
    return None


def _joined_group_later(sent: Sentence, pos: int, text: str, state: ArticleState) -> DocMention | None:
    """ "انضم رجل الأعمال فلان، العضو المنتدب لشركة X، إلى حزب Y": past the subject and its description
    (between commas), the body right after the first إلى; none when something else follows it
    ("انضم فلان إلى الاحتجاجات")."""
    tail = text[pos : sent.end]
    commas = [i for i, c in enumerate(tail) if c in "،,"]
    start = pos + commas[1] + 1 if len(commas) >= 2 and n_words(tail[: commas[0]]) <= 5 else pos
    for tok in sent.tokens_between(start, sent.end):
        w = normalise(tok.text)
        if w in ("،", ",", ".") or n_words(gap_text(text, pos, tok.start)) > 20:
            return None
        if w not in ("الي", "الى"):
            continue
        m = next((m for m in sent.mentions if m.start >= tok.end), None)
        if m is None or m.label != "ORG" or (m.start, m.end) in state.role_objects:
            return None
        prefix = normalise(text[text.rfind(" ", 0, m.start) + 1 : m.start])
        between = gap_text(text, tok.end, m.start - len(prefix)).split()  # (the particle on the name apart)
        ok = (
            not between
            or (len(between) == 1 and bool(head_forms(between[0]) & _PARTY_HEADS))
            # "إلى المكتب السياسي لحزب X": a body of the party, then the party
            or (
                len(between) <= 3
                and between[0] in _PARTY_ORGANS
                and all(w.startswith("ال") for w in between)
                and prefix in ("ل", "لل")
            )
            or (len(between) <= 4 and all(w.startswith("ال") for w in between[:-1]) and bool(head_forms(between[-1]) & _PARTY_HEADS))
        )
        return m if ok else None
    return None


# a party's organs one joins: "إلى المكتب السياسي لحزب X" (not "إلى المتبرعين الكبار لحزب X")
_PARTY_ORGANS = frozenset(
    normalise(w) for w in "المكتب المجلس اللجنة الهيئة الكتلة الأمانة القيادة الجناح الفرع المؤتمر".split()
)
_PARTY_HEADS = frozenset(normalise(w) for w in "حزب كتلة تيار حركة ائتلاف تحالف جبهة مجلس لجنة الحزب".split())


def _group_after(sent: Sentence, pos: int, text: str, state: ArticleState) -> DocMention | None:
    for m in sent.mentions:
        if m.start < pos:
            continue
        if n_words(gap_text(text, pos, m.start)) > 3:
            break
        if m.label == "ORG":
            return m
        break
    return definite_reference(sent, pos, text, state)


_RUNS = frozenset(normalise(w) for w in "ترشح يترشح سيترشح ترشحت تترشح ستترشح".split())
# one word between the party and its member: a late member, or what the party is
_PARTY_DESCRIBED = frozenset(
    normalise(w)
    for w in "الراحل الراحلة المعارض المعارضة الحاكم الحاكمة اليساري اليسارية اليميني اليمينية".split()
)
_SECOND_TITLES = frozenset(normalise(w) for w in "عضو عضوة رئيس رئيسة أمين نائب نائبة المتحدث الناطق".split())
_FOR_PARTY = _RUNS | {
    normalise(w) for w in "النائب النائبة نائب نائبة المرشح المرشحة مرشح مرشحة المترشح المترشحة مترشح مترشحة".split()
}
_MEMBERS_PLURAL = frozenset(normalise(w) for w in "عضوا عضوي أعضاء".split())
_SEAT_HOLDERS = frozenset(normalise(w) for w in "عضو عضوة العضو العضوة".split())
# verbs whose own complement takes عن ("دافع عن", "انشق عن"), past and present, masculine and feminine
_GOVERNS_AN = frozenset(
    normalise(w)
    for w in (
        "دافع دافعت يدافع تدافع انشق انشقت ينشق تنشق تحدث تحدثت يتحدث تتحدث تخلى تخلت يتخلى تتخلى ابتعد"
        " ابتعدت يبتعد تبتعد انفصل انفصلت ينفصل تنفصل أعلن أعلنت كشف كشفت عبر عبرت أعرب أعربت تراجع تراجعت"
        " استقال استقالت يستقيل تستقيل دفاع تنازل تنازلت غاب غابت"
    ).split()
)
_PREPOSITIONS_HERE = frozenset(normalise(w) for w in "على علي عن مع من إلى الى في".split())
_COPULAS = frozenset(normalise(w) for w in "كان كانت وهو وهي".split())


def _said_by_title(text: str, start: int, pos: int) -> bool:
    """Only a speech verb (or nothing) opens the clause before the title at ``pos``."""
    before = normalise(text[start:pos]).split()
    return not before or (len(before) == 1 and speech_word(before[0]))


def _after_word(text: str, pos: int) -> int:
    """The position right after the next word from ``pos``."""
    m = re.match(r"\s*\S+", text[pos:])
    return pos + (m.end() if m else 0)


def _apposition_opens(sent: Sentence, m: DocMention, text: str) -> bool:
    """The name opens its clause after a speech verb, a preposition or nothing ("وقال فلان النائب عن
    حزب X", "حكمت على فلانة النائبة عن …"), so the title after it is his; after another verb
    ("واستقبل فلان النائب عن …") the title is the verb's object."""
    before = sent.previous_words(m, text, 4)
    while before and before[-1].lstrip("و") in word_set("roles", "name_titles"):
        before.pop()  # "وقال السيد فلان النائب عن …": past the name's own titles
    if not before:
        return True
    w = before[-1]
    bare = w[1:] if w[:1] in ("و", "ف") else w
    return w in _COPULAS or bare in _COPULAS or bare in word_set("speech", "verbs") or w in _PREPOSITIONS_HERE


def _deputies_for(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "النائب عن حزب X، فلان", "فلان، النائب عن حزب X", "سيترشح فلان عن حزب X" is a member of the
    party; "عضوا حزب X فلان وعلان": both are."""
    text = state.text
    out: list[Fact] = []
    toks = sent.inside
    people = [m for m in sent.mentions if m.label == "PERSON" and (m.start, m.end) not in state.role_objects]
    for tok in toks[:-1]:
        w = normalise(tok.text).lstrip("و")
        if w in _MEMBERS_PLURAL:
            group = next((m for m in sent.mentions if m.start >= tok.end), None)
            if group is None or group.label != "ORG" or n_words(gap_text(text, tok.end, group.start)):
                continue
            first = next((m for m in people if m.start >= group.end), None)
            if first is None or n_words(gap_text(text, group.end, first.start)):
                continue
            listed = coordinated_after(sent, first, people, text, 1)
            # "عضوا حزب X فلان وعلان", "أعضاء حزب X: فلان، وعلان": a list; one name right after
            # "والتقى أعضاء حزب X فلانا" is the verb's object
            if len(listed) < 2 and text[group.end : first.start].strip() not in ("،", ",", ":"):
                continue
            for m in listed:
                out.append(membership_fact(sent, m, group, f"pattern: '{tok.text}' ORG PERSON و PERSON"))
            continue
        house = None
        nxt_m = next((m for m in sent.mentions if m.start >= tok.end), None)
        # "النائب في مجلس نواب الشعب عن حركة X": a seat in the house, as عضو (w itself is kept: the
        # subject test below reads it)
        seat_word = w in _MEMBERS_OF_PARLIAMENT and nxt_m is not None and legislature(nxt_m.text) and gap_text(
            text, tok.end, nxt_m.start
        ) in ("ب", "في")
        if w in _SEAT_HOLDERS or seat_word:
            # "عضو مجلس النواب عن الحزب الديمقراطي فلان", "العضوة بمجلس النواب عن حزب الخضر، فلانة": a seat
            # in the house for the party
            house = nxt_m
            if house is None or not legislature(house.text) or gap_text(text, tok.end, house.start) not in ("", "ب", "في"):
                continue
        elif w not in _FOR_PARTY or (w in _RUNS and negated(sent, tok.start, text)):
            continue  # ("ولن يترشح فلان عن حزب X"; a negated clause does not undo "النائب عن حزب X")
        # the verb's subject may stand between it and عن: "سيترشح فلان عن حزب X"
        after = next((m for m in sent.mentions if m.start >= (house.end if house else tok.end)), None)
        subject = None
        if house is not None:
            at = house.end
        elif after is not None and after.label == "PERSON" and not gap_text(text, tok.end, after.start).strip():
            subject, at = after, after.end
            before_title = normalise(text[sent.start : tok.start]).split()[-1:]
            if before_title and before_title[0].lstrip("و") in _GOVERNS_AN:
                continue  # "ودافع المرشح فلان عن حزب X", "وانشق النائب فلان عن حزب X": عن is the verb's
        else:
            at = tok.end
        words = gap_text(text, at, min(sent.end, at + 24)).split()
        if words[:1] in (["البرلماني"], ["البرلمانيه"]) and subject is None and house is None:
            # "النائب البرلماني عن حزب الخضر": the MP's adjective before عن
            words = words[1:]
            at = _after_word(text, at)
        # (after a seat in a house also من: "عضو مجلس الشيوخ من الحزب الديمقراطي")
        if not words or not (words[0] == "عن" or (house is not None and words[0] == "من")):
            continue
        group = next((m for m in sent.mentions if m.start >= at), None)
        if group is None or group.label != "ORG":
            continue
        gap = gap_text(text, at, group.start).split()
        # (the party's head word may stand outside its name: "عن حركة [نداء تونس]")
        if not (len(gap) == 1 or (len(gap) == 2 and normalise(gap[1]) in _APPOSED_PARTY_HEADS)):
            continue
        if subject is None:
            nxt = next((m for m in people if m.start >= group.end), None)
            prev = next((m for m in reversed(people) if m.end <= tok.start), None)
            late = gap_text(text, group.end, nxt.start) if nxt is not None else ""
            seat_house = (
                next((m for m in sent.mentions if group.end <= m.start < nxt.start), None) if nxt is not None else None
            )
            if seat_house is not None and nxt is not None and (
                seat_house.label != "ORG"
                or gap_text(text, group.end, seat_house.start).split() not in ([], ["في"], ["ب"])
                or n_words(gap_text(text, seat_house.end, nxt.start)) != 0
            ):
                seat_house = None
            if nxt is not None and _in_a_place(late, text, group.end, nxt.start):
                late = ""  # "النائب في مجلس نواب الشعب عن حركة X بولاية المهدية، فلان": the seat's place
            late_words = [w.strip("،,") for w in late.split() if w.strip("،,")]
            if nxt is not None and (
                n_words(late) == 0
                or (len(late_words) == 1 and late_words[0] in _PARTY_DESCRIBED)
                # "وقال النائب عن حزب X وعضو الهيئة التسييرية فلان": his second title, then his name (the
                # title the speech verb's subject; "والتقى النائب عن حزب X ورئيس الحكومة فلان" is two)
                or (
                    late_words[:1]
                    and late_words[0][:1] == "و"
                    and late_words[0][1:] in _SECOND_TITLES
                    and len(late_words) <= 4
                    and _said_by_title(text, sent.start, tok.start)
                )
            ):
                # "النائب عن حزب X، فلان", "عضوة البرلمان عن حزب X الراحلة، فلانة", "عن حزب الخضر المعارض، فلان"
                subject = nxt
            elif seat_house is not None:
                subject = nxt  # "النائب عن حزب X بمجلس نواب الشعب فلان": the house between
            elif prev is not None and gap_text(text, prev.end, tok.start).split() in (["وهي"], ["وهو"]):
                subject = prev  # "فلانة وهي عضو في مجلس الشيوخ من الحزب الديمقراطي"
            elif prev is not None and n_words(gap_text(text, prev.end, tok.start)) == 0 and (
                text[prev.end : tok.start].strip() in ("،", ",")
                or not w.startswith("ال")
                or _apposition_opens(sent, prev, text)
            ):
                # "فلان، النائب عن حزب X", "فلان ترشح عن حزب X" (not "واستقبل فلان النائب عن حزب X")
                subject = prev
        if subject is not None:
            out.append(membership_fact(sent, subject, group, f"pattern: '{tok.text} عن' ORG"))
    return out
