"""support: a person or organisation backs (for) or opposes (against) a candidate, ticket or party.

وأيدوا تذكرة ترامب-فانس          the ticket's two candidates are both objects
MAGA Inc، وهي لجنة … تدعم ترامب   the committee described is the subject
سحب دعمهم للرئيس بايدن            against
"""

from __future__ import annotations

import re

from rasd.contract import Fact
from rasd.facts.common import (
    BODY_HEADS,
    DENIAL_VERBS,
    PLACE_KIND_WORDS,
    TITLE_HEADS,
    ArticleState,
    attached_prefix,
    conj_form,
    conj_in,
    coordinated_after,
    coordinated_before,
    definite_reference,
    gap_text,
    gap_words,
    head_forms,
    holder_after_seat,
    in_denied_clause,
    inside_closed_relative,
    inside_mention,
    is_object_marked,
    main_clause_subject,
    n_words,
    negated,
    opens_clause,
    person_gender,
    political_org,
    relational_adjective,
    sentence_topic,
    subject_after,
    subject_before,
)
from rasd.facts.context import Sentence
from rasd.facts.vocab import PhraseMatcher, load, word_set
from rasd.resolve.document import DocMention
from rasd.text.normalise import normalise

TYPES = ("PERSON", "ORG")
SUBJECT_TYPES = ("PERSON", "ORG", "GPE")  # a country backs a party or a group ("إيران تدعم الحوثيين")
_matcher: PhraseMatcher | None = None


def _support_matcher() -> PhraseMatcher:
    global _matcher
    if _matcher is None:
        table = load("support")
        entries = [(str(p), "for") for p in table["for"]] + [(str(p), "against") for p in table["against"]]
        entries += [(str(p), "construct") for p in table["construct"]]
        _matcher = PhraseMatcher(entries)
    return _matcher


_NOMINATE = frozenset(normalise(w) for w in "رشح رشحت يرشح رشحه رشحها".split())
_AIM = frozenset(
    normalise(w) for w in "إلى على في أجل بهدف يسعى تسعى سعيا يعمل تعمل يحاول تحاول يريد تريد يريدون".split()
)


def extract_support(sent: Sentence, state: ArticleState) -> list[Fact]:
    text = state.text
    facts: list[Fact] = []
    for hit in _support_matcher().find(sent.norm):
        h_start, h_end = sent.orig(hit.start), sent.orig_end(hit.end)
        stance = hit.data
        if stance == "construct" or inside_mention(sent, h_start, h_end):
            continue
        vote_at = _vote_before(sent, h_start, text) if hit.phrase == "لصالح" else None
        if vote_at is not None and _not_right_before(text, sent.start, vote_at):
            stance = "against"  # "لن يصوتوا لصالح حكومة فلان", "ولن يصوت نواب X لصالح فلان": a vote withheld
        elif negated(sent, h_start, text):
            continue
        prev = gap_text(text, max(sent.start, h_start - 12), h_start).split()[-1:]
        if prev and prev[0] in word_set("support", "time_words"):
            continue  # "بعد الإطاحة بصدام": a date, not a stance
        lead8 = gap_text(text, max(sent.start, h_start - 80), h_start).split()[-8:]
        if lead8[-1:] == ["عن"] and {w.lstrip("وف") for w in lead8[:-1]} & _GAVE_UP:
            continue  # "تراجع السيناتور فلان عن معارضته لعلان": dropped his stance
        if in_denied_clause(sent, h_start, text):
            continue  # "ونفى المتحدث أن تكون شركة X جمعت البيانات لدعم حملة فلان": denied
        if _receipt_noun(sent, h_start, text):
            continue  # "يحظى فلان بدعم X", "حصل فلان على دعم X": support received (_support_received)
        if _with_support_of(sent, h_start, text, state) is not None:
            continue  # "حقق الجيش تقدما بدعم التحالف": X backs the clause's subject (_backed_in_passing)
        if normalise(hit.phrase) in _INDEFINITE_PARTICIPLES and _describes_unnamed(sent, h_start, text):
            continue  # "نقلت رويترز عن قائد مؤيد للرئيس فلان": an unnamed commander backs him
        if _body_named_for_it(sent, hit.phrase, h_start, text):
            continue  # "أعضاء المجموعة الدولية لدعم لبنان": a body named for backing X, no backer named
        if normalise(hit.phrase).startswith("مساند") and text[max(0, h_start - 1) : h_start] in ("ل", "ب"):
            continue  # "الضغط عليه لمساندة فلان", "بمساندة من X": a purpose or a means, its backer unsaid here
        if _bare_masdar(hit.phrase) or normalise(hit.phrase) in _MASDAR_FORMS:
            # the words before it in its clause, each with and without its particles
            clause_start = max(text.rfind("،", sent.start, h_start), text.rfind(",", sent.start, h_start), sent.start)
            lead = gap_text(text, max(clause_start, h_start - 60), h_start).split()[-6:]
            forms = [head_forms(w) for w in lead]
            asked = [k for k, f in enumerate(forms) if f & (_ASKED_FOR if k < len(forms) - 3 else _SOUGHT | _ASKED_FOR)]
            if asked and "من" not in lead[asked[-1] + 1 :]:
                # "تحتاج الصين لدعم X", "طلبت فرنسا وبريطانيا وألمانيا دعم الاتحاد الأوروبي": X is the one
                # asked (not "طلب فلان من أنصاره دعم X": X is backed)
                continue
            if any(f & _STOPPED for f in forms[-2:]):
                continue  # "لعدم دعمه", "أن تكف عن دعم حزب الله": not given, or given by someone unnamed
            if forms and (forms[-1] & _BANNED or (normalise(lead[-1]) in _ON and any(f & _BANNED for f in forms))):
                continue  # "الحظر الذي يفرضه مجلس الأمن على تسليح الجيش", "حظر تسليح": a ban on backing
            # "وحظرت ألمانيا رسميا دعم حزب الله", "ومنعت تركيا واشنطن من تسليح X" (not "لم يمنع"); "حذرت
            # موسكو من تسليح X", "رفض صفقة لتسليح X": not given, unless the masdar states its own agent
            not_given = _bare_masdar(hit.phrase) and _governed_by(sent, lead, forms, _NOT_GIVEN | _BANNED_VERBS, h_start, text)
        else:
            not_given = False
        if normalise(hit.phrase) in _NOMINATE and normalise(hit.phrase).endswith(("ه", "ها")):
            continue  # "الذي رشحه تحالف X وY", "وفلان رشحه حزب X": X nominated him (_backed_by_relative)
        lead3 = [normalise(w) for w in gap_text(text, max(sent.start, h_start - 50), h_start).split()[-3:]]
        if normalise(hit.phrase) in _NOMINATE and gap_text(text, h_end, min(sent.end, h_end + 12)).split()[:1] in (
            ["نفسه"],
            ["نفسها"],
        ):
            continue  # "رشح نفسه أمام أردوغان": ran himself, against him if anything
        if normalise(hit.phrase) in _NO_CONFIDENCE and any(conj_in(w, _OPPOSING_IT) for w in lead3):
            continue  # "صوتت حركة X ضد سحب الثقة من فلان", "وعارضت حجب الثقة عن فلان": against withdrawing it
        if stance == "against" and {w.lstrip("و") for w in lead3} & _ATTEMPTS:
            continue  # "بعد محاولة الانقلاب للإطاحة بأردوغان": the coup's, no one named tried it
        if normalise(hit.phrase) == normalise("معارضة") and any(
            w in _GROUP_NOUNS and all(not x.startswith("ال") for x in lead3[k + 1 :]) for k, w in enumerate(lead3)
        ):
            # "مجموعات إسلامية متطرفة معارضة لحماس": an adjective of unnamed groups, no one named opposes
            continue
        if normalise(hit.phrase) == normalise("معارضة") and prev and normalise(prev[0]) in _GROUP_NOUNS:
            continue  # "جماعة معارضة اسمها X": an opposition group, an adjective, no stance against X
        if normalise(hit.phrase) in _AGREE_VERBS and set(
            gap_text(text, h_end, min(sent.end, h_end + 40)).split()[:5]
        ) & _THAT_CLAUSE:
            continue  # "وفيما أيد السفير فلان أن خطأ الإدارة …": agreed that, no backing
        if normalise(hit.phrase) == normalise("هزيمة") and not (prev and prev[0] in _AIM):
            continue  # "من وقع هزيمة كلينتون": her defeat, no one's stance ("يسعى إلى هزيمة X" is one)
        if normalise(hit.phrase) == _VOTING and not _vote_for_named(sent, h_end, text, state):
            continue  # (only "التصويت لفلان", a person or a party glued to لـ: not "التصويت على القانون")
        if hit.phrase in ("ضد", "لصالح"):
            ctx = gap_text(text, max(sent.start, h_start - 80), h_start).split()[-6:]
            context = word_set("support", "against_context")
            if hit.phrase == "لصالح":
                # only a vote or a campaign ("صوت لصالح فلان"; not "تعمل لصالح مؤسسة X", "وحكمت لصالح
                # المرشح فلان": a court rules, "المرشح" names the side)
                context = _VOTED_OR_CAMPAIGNED
            if not any(w in context or w[1:] in context for w in ctx):
                continue
            if hit.phrase == "ضد" and _FOR_NEXT.match(sent.norm, hit.end):
                continue  # "ضد منح الثقة لحكومة فلان": read as the vote against, on the trigger after it
        if normalise(hit.phrase).removeprefix("ل") == _UNSEAT and not _unseated_named(sent, h_end, text):
            continue  # "لإجبارها على إسقاط التهم التي توجهها لفلان": charges dropped, no one unseated
        if stance == "for" and gap_text(text, max(sent.start, h_start - 8), h_start).split()[-1:] == ["ضد"]:
            stance = "against"  # "صوتوا ضد منح الثقة لحكومة فلان"
        nxt = sent.tokens_between(h_end, sent.end)[:1]
        if (
            nxt
            and normalise(nxt[0].text).startswith("لل")
            and not any(m.start < nxt[0].end and nxt[0].start < m.end for m in sent.mentions)
            # (a title before the name backed: "الداعمة للنائبة فلانة"، "تأييده للحاكمة السابقة فلانة")
            and not _named_right_after_title(sent, nxt[0].end, text)
        ):
            continue  # "الجزيرة الداعمة للإرهاب وربيبتها": what it backs is right after it, and no name
        objects = [
            o
            for o in _objects(sent, h_end, text)
            if not set(normalise(o.text).split()) & word_set("support", "not_political_object")
        ]
        if not objects:
            facts += _backs_him(sent, hit.phrase, h_start, h_end, state) or _should_quit(sent, hit.phrase, h_start, state)
            continue
        if (
            normalise(hit.phrase) in _MASDAR_FORMS
            and not _marked_by_li(sent, text, h_end, objects[0])
            and set(gap_text(text, h_end, objects[0].start).split()) & _PLACE_PREPOSITIONS
        ):
            # "وافق على دعمها في اجتماع مجلس الوزراء": her (the pronoun) is backed, not the body after
            # ("دعمهما كلينتون", the object right after, and "دعمها لـ X" are read)
            continue
        if normalise(hit.phrase) in _PREDICATE_NOUNS and not _marked_by_li(sent, text, h_end, objects[0]):
            continue  # "معارض سوري بارز فلان" describes فلان; "كان فلان معارضا بارزا للعقيد علان" is a stance
        if normalise(hit.phrase) == "معارض" and any(
            w.lstrip("و") in _EXHIBIT for w in gap_text(text, max(sent.start, h_start - 50), h_start).split()[-4:]
        ):
            continue  # "وأقامت وزارة الثقافة معارض لفلان": exhibitions
        if normalise(hit.phrase) == "دعما" and not _backed_directly(text, h_end, objects[0]):
            continue  # "نالت بريطانيا دعما من X" (received), "دعما لجهود الجيش" (backing an effort)
        if (
            normalise(hit.phrase).endswith("انتخاب")
            and len(objects) >= 2
            and "او" in gap_text(text, objects[0].end, objects[1].start).split()
        ):
            continue  # "الجلسة المخصصة لانتخاب فلان أو علان رئيسا": a choice between them, no one backed
        removal = word_set("support", "removal")
        gap_words = gap_text(text, h_end, objects[0].start).split()
        if {w.lstrip("و") for w in gap_words} & _POSITIONS or "ضد" in gap_words:
            # "يؤيد ما قاله الرئيس فلان", "تأييدها لقرار فلان", "لبيان مجموعة السبع": a statement or a
            # decision is endorsed, not its author; "تدعم فيه إسرائيل ضد حماس": X is opposed
            continue
        his_bid = _his_candidacy_after(sent, objects[0], text)
        if his_bid is not None:
            # "حيث دعم الحزب الجمهوري الحاكم ترشحه": the body after the verb backs the one named before
            if his_bid.entity != objects[0].entity:
                facts.append(_support(sent, objects[0], his_bid, stance, f"pattern: '{hit.phrase}' ORG 'ترشحه' (for the one named before)"))
            continue
        if _conjoined_to_receipt(sent, h_start, text):
            continue  # "حصلت السعودية على دعم X، ودعم Y": support Y gave, not Y's backing of X
        if any(w in removal or w[1:] in removal or "ا" + w[1:] in removal for w in gap_words):
            if stance != "for":
                continue  # "يعارض إقالة X": not said clearly enough
            if {w.lstrip("بل") for w in gap_words} & _LEAVING and normalise(text[objects[0].end : objects[0].end + 6]).split()[:1] == ["من"]:
                continue  # "يدعم انسحاب ترامب من الاتفاق": X leaves something else, no one removes X
            stance = "against"  # "ساند حملة الخروج من X": backing the exit from X
        if normalise(hit.phrase).lstrip("و").startswith(("ايد", "تاييد", "يويد", "تويد")) and set(
            gap_text(text, h_end, min(sent.end, h_end + 20)).split()[:1]
        ) & _RULINGS:
            continue  # "تأييد عدم أهلية فلان", "أيدت المحكمة الحكم": upholding a ruling, no backing
        if normalise(hit.phrase) in _NOMINATE and (
            "\u064f" in text[h_start : h_start + 3]
            or any(
                w.startswith(("لخلاف", "خلفا", "لمنافس", "لمواجه"))
                for w in gap_text(text, h_end, min(sent.end, h_end + 40)).split()[:5]
            )
        ):
            continue  # "رُشّح فلان" (passive), "رشح فلان لخلافة X": one named to succeed or face X
        construct = _construct_agent(sent, hit.phrase, h_end, objects, text)
        if not_given and construct is None:
            continue  # "حذرت موسكو من تسليح X", "رفض صفقة لتسليح X" (but "ملف دعم تركيا لحماس" says Turkey backs it)
        if (
            construct is None
            and "من" in gap_words[:2]
            # "لانتخاب كل من X وY": both of them; but "حظي فلان بدعم كل من X وY" is support received
            # from both ("تعهد بدعم كل من X وY" pledges support to both)
            and (gap_words[0] != "كل" or _received(sent, hit.start))
            and (_bare_masdar(hit.phrase) or normalise(hit.phrase) in _NOUNS_FROM)
        ):
            continue  # "بدعم حيوي من X": support received from X (_passive_support), not given to X
        by_participle, described = _participle_backer(sent, h_start, text) if construct is None else (False, None)
        if by_participle:
            # "حمل الملك سلمان طهران المتهمة بدعم الحوثيين": the one the participle describes (none when
            # it describes a title: "وكذلك المحامي المعروف بتأييده لإسرائيل فلان")
            subjects = [described] if described is not None else []
        elif construct is not None:
            # "دعم الأمم المتحدة لميليشيات الحوثي": the noun after the masdar is its agent, the one
            # after لـ what is backed
            agent, objects = construct
            subjects = [agent]
            obj_ids = {o.entity for o in objects}
        elif normalise(hit.phrase) in _GAVE_ITS_CONFIDENCE:
            # "صوت البرلمان لحجب الثقة عن فلان، فيما منح ثقته لعلان": its confidence, the sentence's subject's
            # (after فيما / بينما or و, not in a relative clause: "أشاد فلان بالبرلمان الذي منح ثقته لـ…")
            topic = sentence_topic(sent, text, ("PERSON", "ORG", "GPE"))
            # (not "أشاد فلان بكل نائب منح ثقته لعلان": a noun's own clause)
            joined = not (prev and prev[0] in _RELATIVES) and (
                not prev or prev[0] in _WHILE or text[h_start - 1 : h_start] == "و" or prev[0] in ("و", "قد", "كان")
                or not gap_text(text, sent.start, h_start).split()[-2:-1]
                or any(m.end <= h_start and not gap_text(text, m.end, h_start).replace("قد", "").split() for m in sent.mentions)
            )
            subjects = [topic] if topic is not None and topic.end <= h_start and joined else []
        elif (vso := _verb_subject_object(sent, hit.phrase, h_start, h_end, objects, text, state)) is not None:
            # "ويدعم صندوق النقد الدولي تونس": a verb opening its clause, its subject, then what it backs
            first, objects = vso
            subjects = [first]
        else:
            obj_ids = {o.entity for o in objects}
            urged, urger = _urger(sent, h_start, text, state)
            if urged:
                # the one urged is not the supporter; without a named urger there is no fact
                subjects = [urger] if urger is not None and urger.entity not in obj_ids else []
            else:
                subjects = _subjects(
                    sent, h_start, h_end, text, state, obj_ids, masdar=_bare_masdar(hit.phrase)
                )
        quoted = _quotation_around(state, h_start)
        urged = bool(subjects) and _urges_need(sent, h_start, text)
        for s in subjects:
            if {w.lstrip("و") for w in sent.previous_words(s, text, 1)} & _EVENTS:
                continue  # "ومؤتمر روما لدعم الجيش": a conference named after its city, no backer
            earlier = s.start < sent.start
            if earlier and not urged and any(m.start < h_start for m in sent.mentions):
                # "وقالت كوريا الشمالية إنها … للإطاحة بحكومة كيم": a sentence that names someone before the
                # trigger has a subject of its own, not the earlier sentence's
                continue
            if not (earlier and urged) and s.end <= h_start and _clause_of_its_own(text, s.end, h_start):
                continue  # 'قال فلان إن "كل القوى السياسية" تقف ضد X': the clause after إن has its own subject
            if quoted is not None and not quoted[0] <= s.start < quoted[1] and _third_person_lead(text, quoted[0], h_start):
                # 'وأضاف فلان: "كل القوى اجتمعت ضد لائحة X"': the quotation's own subject backs or
                # opposes, not the one who says it ('"سنبدأ حملة ضد X"' is his own, 'فلان "يؤيد X"' his)
                continue
            if s.end <= h_start and text[s.end : h_start].lstrip().startswith(":"):
                continue  # "الحريري: دعم الأمير فلان محوري": the one who says it, not the backer
            if normalise(hit.phrase) in _NOMINATE and s.label not in ("PERSON", "ORG"):
                continue  # a party or a leader nominates a candidate; "وبمواجهة المغرب، رشحت اللجنة …"
            if s.label in ("GPE", "LOC") and _where(sent, s, text):
                continue  # "مظاهرات تجوب شوارع العاصمة يريفان دعما لفلان": where the marchers are, not who backs
            if _accuser(text, s, h_start) or (_bare_masdar(hit.phrase) and _refused(text, s, h_start)):
                continue  # "انتقد فلان نظيره لدعمه X", "ورفض حزب X … دعم Y": no backing by the one named
            if _possessor_disagrees(state, s, hit.phrase, many=len(subjects) > 1):
                continue  # "وجه فلان تحذيرا إلى روسيا لدعمها X": her backing, not his
            for o in objects:
                if s.entity == o.entity or _court(s.text) or _court(o.text):
                    continue  # ("وأيدت محكمة الجنايات التحفظ": a court upholds a ruling, no stance)
                if stance == "for" and _fought(text, h_end, o.start):
                    continue  # "دعم القوات الأمنية لدحر تنظيم الدولة": backing the fight against X
                facts.append(_support(sent, s, o, stance, f"pattern: '{hit.phrase}' ({stance})"))
    _remember_campaigners(sent, state)
    return (
        facts
        + _backing_for_him(sent, state)
        + _passive_support(sent, state)
        + _support_received(sent, state)
        + _backed_in_passing(sent, state)
        + _backed_by_relative(sent, state)
        + _enemy_or_comrade(sent, state)
        + _targets(sent, state)
        + _calls_for_removal(sent, state)
        + _war_against(sent, state)
        + _one_of_the_backers(sent, state)
        + _loyal_to(sent, state)
        + _ally_in_apposition(sent, state)
        + _ally_of(sent, state)
        + _allied_with(sent, state)
        + _nominates(sent, state)
        + _chose_candidate(sent, state)
        + _helped_win(sent, state)
    )


# indefinite nouns that معارضة describes as an adjective ("جماعة معارضة", "شخصيات معارضة")
_GROUP_NOUNS = frozenset(
    normalise(w)
    for w in "جماعة حركة أحزاب قوى فصائل شخصية شخصيات جبهة مجموعة مجموعات جهة جهات أوساط كتلة كتل فصيل".split()
)
# nouns whose "من X" names who gives the support or the opposition ("معارضة شرسة من الكنيسة")
_NOUNS_FROM = frozenset(normalise(w) for w in "دعما معارضة إقصاء".split())  # (إقصاء من: ousted from)
_RECEIVING = frozenset(normalise(w) for w in "حظي حظيت يحظى تحظى يحظون نال نالت ينال تنال يتمتع تتمتع حصل حصلت".split())
_PLEDGING = frozenset(
    normalise(w)
    for w in (
        "تعهد تعهدت يتعهد تتعهد وعد وعدت التزم التزمت يلتزم تلتزم طالب طالبت يطالب تطالب دعا دعت"
        " يدعو تدعو قام قامت يقوم تقوم نادى نادت تعهده تعهدها التزام التزامه التزامها بالتزام تعهد بتعهد"
    ).split()
)


_UNSEAT = normalise("إسقاط")
_UNSEATED_TITLES = frozenset(
    normalise(w)
    for w in (
        "النائب النائبة نائب نائبة المرشح المرشحة مرشح مرشحة الرئيس رئيس الحكومة حكومة عضو عضوة الوزير وزير"
        " السيناتور السيناتورة السناتور الحاكم الحاكمة"
    ).split()
)


def _unseated_named(sent: Sentence, h_end: int, text: str) -> bool:
    """ "إسقاط النائب فلان", "إسقاط حكومة فلان", "إسقاط فلان": the word after names a person, a seat or a
    government (not "إسقاط التهم", "إسقاط طائرة")."""
    nxt = next((m for m in sent.mentions if m.start >= h_end), None)
    if nxt is not None and not gap_text(text, h_end, nxt.start).split():
        return nxt.label == "PERSON"  # (not "إسقاط حزب الله طائرة": the body shooting down, its object after)
    words = gap_text(text, h_end, min(sent.end, h_end + 30)).split()[:1]
    return bool(words) and words[0] in _UNSEATED_TITLES


_VOTES = frozenset(normalise(w) for w in "صوت صوتت صوتوا يصوت تصوت يصوتوا تصوتوا يصوتون".split())
_VOTED_OR_CAMPAIGNED = _VOTES | frozenset(
    normalise(w) for w in "التصويت تصويته تصويتها حملة حملته حملتها حملات".split()
)


_VOTING = normalise("التصويت")
_NOT_WORDS = frozenset(normalise(w) for w in "لن لم لا ليس ليست".split())


def _not_right_before(text: str, start: int, pos: int) -> bool:
    """A negation word among the two words before ``pos`` ("لن يصوتوا", "ولم يصوت") — only the word
    itself, no abstention or doubt elsewhere before ("وامتنع عشرة نواب عن التصويت، فيما صوت …")."""
    return any(w.lstrip("وف") in _NOT_WORDS or w in _NOT_WORDS for w in gap_text(text, max(start, pos - 30), pos).split()[-2:])


def _vote_for_named(sent: Sentence, h_end: int, text: str, state: ArticleState) -> bool:
    """ "التصويت لماكرون", "التصويت لحزب X": the person or party glued to لـ right after the verbal noun."""
    after = next((m for m in sent.mentions if m.start >= h_end), None)
    if after is None or gap_text(text, h_end, after.start).strip() not in ("ل", "لـ"):
        return False
    return after.label == "PERSON" or (after.label == "ORG" and political_org(state, after.entity))


def _vote_before(sent: Sentence, pos: int, text: str) -> int | None:
    """Where the verb of voting stands among the six words before ``pos`` ("لن يصوت نواب X لصالح")."""
    for t in reversed([t for t in sent.tokens_between(max(sent.start, pos - 80), pos)][-6:]):
        if normalise(t.text).lstrip("وف") in _VOTES:
            return t.start
    return None
# a for-trigger right after ضد ("ضد منح الثقة", "ضد تأييد"), whose own hit says what is opposed
_FOR_NEXT = re.compile(r"\s+(?:منح|منحها|منحه|تاييد|دعم|انتخاب)\b")


def _received(sent: Sentence, norm_at: int) -> bool:
    """A ب-masdar ("بدعم") is "with the support of", support received, unless a verb of pledging or
    calling governs it ("تعهد بدعم", "طالب بدعم": support to be given)."""
    if sent.norm[max(0, norm_at - 1) : norm_at] != "ب":
        return False
    clause = re.split(r"[،,]", sent.norm[: max(0, norm_at - 1)])[-1].split()[-8:]
    if clause[-1:] and clause[-1].lstrip("وف") in _RECEIVING:
        return True  # "الذي يحظى بدعم كل من …": received, whatever verb opened the sentence
    return not any(conj_in(w, _PLEDGING) for w in clause)


_WITHDRAWING = frozenset(
    normalise(w)
    for w in "تتخلى تخلت يتخلى تتراجع تراجعت يتراجع تحذر حذرت يحذر تتردد ترددت يتردد ترفض رفضت يرفض تتوقف توقفت تمتنع امتنعت".split()
)
_PREDICATE_NOUNS = frozenset(normalise(w) for w in "مؤيد مؤيدا داعما معارض معارضا".split())
# verbs before معارض that make it "exhibitions" ("أقامت الوزارة معارض للفنان فلان")
_EXHIBIT = frozenset(normalise(w) for w in "أقام أقامت يقيم تقيم نظم نظمت ينظم تنظم افتتح افتتحت زار زارت".split())


def _marked_by_li(sent: Sentence, text: str, h_end: int, obj: DocMention) -> bool:
    """Is the object the complement of لـ: on the name itself ("لكريم", "لـ كريم") or on the title
    before it ("للعقيد")? (Not a name that starts with ل itself: لؤي، ليلى.)"""
    if attached_prefix(sent, obj, text).endswith("ل"):
        return True
    words = gap_text(text, h_end, obj.start).split()
    return any(w.startswith("لل") or w in ("ل", "لـ") for w in words)


_TITLES_BACKED = frozenset(normalise(w) for w in "رئيس الرئيس زعيم الزعيم المرشح مرشح حزب الحزب حركة الحركة".split())


def _backed_directly(text: str, h_end: int, obj: DocMention) -> bool:
    """ "دعما لفلان", "دعما لرئيس النظام فلان": the name, or a title before it, carries لـ right after
    the word."""
    words = gap_text(text, h_end, obj.start + 2).split()
    if words[:1] in (["ل"], ["لـ"]):
        words = words[1:]  # "دعما لـ فلان": the particle written apart
        if len(words) == 1:
            return True
        words[0] = "ل" + words[0]
    if len(words) == 1:
        return words[0].startswith("ل")
    first = words[0]
    rest = first[2:] if first.startswith("لل") else first[1:] if first.startswith("ل") else ""
    return len(words) <= 3 and ("ال" + rest in _TITLES_BACKED or rest in _TITLES_BACKED)


_BACKERS_OF = frozenset(normalise(w) for w in "مؤيدي داعمي أنصار مناصري".split())
_OPPONENTS_OF = frozenset(normalise(w) for w in "معارضي منتقدي خصوم".split())
# the words of the one opposed that may stand before his name ("من أشد معارضي منافسه الجمهوري فلان")
_RIVAL_WORDS = frozenset(normalise(w) for w in "منافسه منافستها منافسها خصمه خصمها غريمه غريمها".split())
_RANKS = frozenset(normalise(w) for w in "أوائل أبرز أكبر أشد كبار أقوى أهم".split())
_IS_WORDS = frozenset(normalise(w) for w in "وهو وهي هو هي وكان وكانت كان كانت بات باتت أصبح أصبحت".split())


_COUNTED_AS = frozenset(
    normalise(w)
    for w in "يعد ويعد تعد وتعد يعتبر ويعتبر تعتبر وتعتبر كان وكان كانت وكانت أصبح وأصبح أصبحت وأصبحت بات وبات".split()
)


def _counted_as(text: str, start: int, pos: int) -> bool:
    """ "ويعد فلان أحد مؤيدي X", "وكان الملياردير فلان أحد …": a verb of being or counting before the one
    named (and his title)."""
    return bool(set(normalise(text[start:pos]).split()[-3:]) & _COUNTED_AS)


def _one_of_the_backers(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وكان فلان من أوائل مؤيدي X", "فلان، وهو من أبرز داعمي X", "فلان، أحد مؤيدي X": the one named is
    a backer of X."""
    text = state.text
    toks = sent.inside
    out: list[Fact] = []
    for k, tok in enumerate(toks):
        against = normalise(tok.text) in _OPPONENTS_OF
        if normalise(tok.text) not in _BACKERS_OF and not against:
            continue
        j = k - 1
        if j >= 0 and normalise(toks[j].text) in _RANKS:
            j -= 1
        if j >= 1 and normalise(toks[j].text) == "بين" and normalise(toks[j - 1].text) in ("من", "ومن"):
            j -= 1  # "وكانت فلانة من بين مؤيدي X"
        if j < 0 or normalise(toks[j].text) not in ("من", "ومن", "احد", "احدي"):
            continue  # (or "فلان، أحد مؤيدي X": one of them)
        obj = next((m for m in sent.mentions if m.start >= tok.end), None)
        lead = gap_text(text, tok.end, obj.start).split() if obj is not None else []
        # (past the rival's title: "معارضي منافسه الجمهوري فلان")
        if obj is None or obj.label not in TYPES or (lead and not (lead[0] in _RIVAL_WORDS and len(lead) <= 3 and all(w.startswith("ال") for w in lead[1:]))):
            continue
        subj = subject_before(sent, toks[j].start, text, TYPES, max_words=3, state=state)
        relative = _before_relative_clause(sent, toks[j].start, text)
        if relative is not None:
            subj = relative  # "ويعد فلان، الذي يملك شركة X، من أبرز داعمي Y": the one the clause describes
        if subj is None or subj.entity == obj.entity:
            continue
        between = gap_text(text, subj.end, toks[j].start).split()
        if any(w.startswith(("بعض", "احد", "كثير", "عدد")) for w in between):
            continue  # "فريق فلان …، بعضهم من كبار داعمي X": some of them, not the one named
        raw_gap = text[subj.end : toks[j].start]
        if normalise(toks[j].text) in ("احد", "احدي") and not (
            "،" in raw_gap or "," in raw_gap or set(between) & _IS_WORDS or _counted_as(text, sent.start, subj.start)
        ):
            continue  # "التقى فلان أحد مؤيدي X": he met one of them (no apposition, "فلان، أحد مؤيدي X")
        stance = "against" if against else "for"
        out.append(_support(sent, subj, obj, stance, f"pattern: X 'من … {tok.text}' Y ({stance})"))
    return out


def _before_relative_clause(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The name right before "، الذي … ،" when that clause ends right before ``pos``."""
    seg = text[sent.start : pos].rstrip()
    if not seg.endswith(("،", ",")):
        return None
    opened = max(seg.rfind("، الذي"), seg.rfind("، التي"), seg.rfind(", الذي"), seg.rfind(", التي"))
    if opened < 0:
        return None
    at = sent.start + opened
    named = next((m for m in reversed(sent.mentions) if m.end <= at), None)
    if named is None or text[named.end : at].strip():
        return None
    return named


_LOYAL = frozenset(normalise(w) for w in "الموالي الموالية الموالين الموالون المؤيد المؤيدة".split())
# the titles an opponent's target may carry before the name: "المعارض للرئيس فلان", "المناهض لحكومة
# فلان" (a government or regime in the construct only: "المعارض للحكومة فلان" names its leader after it)
_OPPONENT_TITLES = frozenset(normalise(w) for w in "رئيس رئيسة ملك زعيم وزير حاكم أمير".split())
_OPPONENT_RULE = frozenset(normalise(w) for w in "نظام حكومة".split())


def _opponent_title(word: str) -> bool:
    if word.startswith("لل"):
        return word[2:] in _OPPONENT_TITLES
    return word.startswith("ل") and word[1:] in _OPPONENT_TITLES | _OPPONENT_RULE


_HOSTILE = frozenset(normalise(w) for w in "المعارض المعارضة المناهض المناهضة المناوئ المناوئة".split())
_AGREE_VERBS = frozenset(normalise(w) for w in "أيد أيدت يؤيد تؤيد".split())
_THAT_CLAUSE = frozenset(normalise(w) for w in "أن ان بأن بان".split())
_ALLY = frozenset(
    normalise(w) for w in "حليف حليفا حليفة وحليف وحليفا وحليفة الحليف الحليفة الحليفان الحليفين حلفاء الحلفاء".split()
)
# "لواء القدس المتحالف مع قوات الحكومة": allied with the one named after مع
_ALLIED = frozenset(normalise(w) for w in "المتحالف المتحالفة المتحالفين المتحالفون متحالف متحالفة".split())
_CLOSE = frozenset(normalise(w) for w in "وثيق وثيقا وثيقة مقرب مقربا مقربة الوثيق الوثيقة المقرب المقربة".split())
_ACCUSE = frozenset(normalise(w) for w in "اتهم اتهمت اتهمه اتهمها وصف وصفت وصفه وصفها".split())


_ALLY_DEGREE = frozenset(normalise(w) for w in "الأبرز الأقرب الأوثق الأقوى الأهم الأكبر الأول الأساسي الرئيسي".split())


def _ally_adjective(word: str) -> bool:
    """A definite ally's adjective before لـ: السياسي، الاستراتيجي، الأبرز (not another name: a
    relational adjective alone is no name)."""
    return word in _ALLY_DEGREE or relational_adjective(word)


_ALLY_CONSTRUCT = frozenset(normalise(w) for w in "حليف حليفة".split())
_ALLY_OWN = frozenset(
    normalise(w)
    for w in "حليفه حليفها حليفاه حليفاها حليفيه حليفيها حليفته حليفتها حليفتيه حليفتيها حلفاؤه حلفاؤها حلفائه حلفائها".split()
)


_WAGES = frozenset(normalise(w) for w in "تشن يشن شن شنت تقود يقود قاد قادت تخوض يخوض خاض خاضت".split())
_LEADS_IT = frozenset(normalise(w) for w in "تقودها يقودها قادتها قادها تشنها يشنها شنتها شنها".split())
_WARS = frozenset(
    normalise(w)
    for w in "حرب حربا الحرب حملة حملات الحملة الحملات عمليات العمليات غارات الغارات هجمات الهجمات ضربات الضربات".split()
)


def _war_against(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وتشن السعودية حربا ضد الحوثيين", "الحملة التي تقودها الولايات المتحدة ضد تنظيم داعش": the one
    who wages or leads a war or a military campaign against a named body or person opposes it."""
    text = state.text
    out: list[Fact] = []
    if "ضد" not in sent.norm:
        return out
    toks = sent.inside
    for k, tok in enumerate(toks):
        if normalise(tok.text) != "ضد":
            continue
        target = _target_after(sent, tok.end, text, max_words=2, types=SUBJECT_TYPES)
        if target is None or gap_text(text, tok.end, target.start).strip() not in ("", *_TARGET_TITLES):
            continue
        lead = toks[max(0, k - 7) : k]
        words = [normalise(t.text).lstrip("و") for t in lead]
        wager = None
        leads = [i for i, w in enumerate(words) if w in _LEADS_IT]
        if leads and any(w in _WARS for w in words[: leads[-1]]):
            # "الحملة التي تقودها X ضد Y": the one named right after the relative verb
            after = next((m for m in sent.mentions if m.start >= lead[leads[-1]].end), None)
            if after is not None and after.end <= tok.start and not gap_text(text, lead[leads[-1]].end, after.start).strip():
                wager = after
        else:
            verbs = [i for i, w in enumerate(words) if w in _WAGES]
            if verbs and any(w in _WARS for w in words[verbs[-1] + 1 :]):
                v = lead[verbs[-1]]
                after = next((m for m in sent.mentions if m.start >= v.end), None)
                if after is not None and after.end <= tok.start and not gap_text(text, v.end, after.start).strip():
                    wager = after  # "وتشن السعودية حربا ضد …" (VSO)
                else:
                    wager = subject_before(sent, v.start, text, SUBJECT_TYPES, max_words=0, state=state)
        if wager is None or wager.entity == target.entity or negated(sent, tok.start, text):
            continue
        out.append(_support(sent, wager, target, "against", f"pattern: X wages '{tok.text}' Y (against)"))
    return out


_TARGET_TITLES = ("تنظيم", "جماعة", "جماعه", "ميليشيات", "ميليشيا", "حركة", "حركه", "مسلحي", "المتمردين")


def _ally_in_apposition(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "موسكو، حليفة دمشق،", "الاتحاد الاجتماعي المسيحي، حليف حزب ميركل": the one a construct ally
    describes by apposition backs the one named in construct; "النظام السوري وحليفتاه روسيا وإيران",
    "دمشق وحلفاؤها": the allies named after a possessive backs the one it refers to, named right before."""
    text = state.text
    out: list[Fact] = []
    if "حليف" not in sent.norm and "حلفا" not in sent.norm:
        return out
    for tok in sent.inside:
        w = normalise(tok.text)
        core = w.removeprefix("و")
        if core in _ALLY_CONSTRUCT and w == core:
            # "X، حليفة Y": the name right before, a comma between; Y right after the word
            before = [m for m in sent.mentions if m.end <= tok.start][-1:]
            after = next((m for m in sent.mentions if m.start >= tok.end), None)
            if not before or after is None or gap_text(text, tok.end, after.start).strip():
                continue
            if text[before[0].end : tok.start].strip() not in ("،", ","):
                continue
            x, y = before[0], after
            if x.label not in SUBJECT_TYPES or y.label not in SUBJECT_TYPES or x.entity == y.entity:
                continue
            if negated(sent, tok.start, text):
                continue
            out.append(_support(sent, x, y, "for", f"pattern: X، '{tok.text}' Y (for)"))
        elif core in _ALLY_OWN and w != core:
            # "وحليفتيه روسيا وإيران": the allies after the word, the owner before "و"
            owner = [m for m in sent.mentions if m.end <= tok.start][-1:]
            first = next((m for m in sent.mentions if m.start >= tok.end), None)
            if not owner or first is None or gap_text(text, tok.end, first.start).strip():
                continue
            if text[owner[0].end : tok.start].strip():
                continue  # the owner right before: "النظام السوري وحليفتيه"
            allies = coordinated_after(sent, first, [m for m in sent.mentions if m.label in SUBJECT_TYPES], text, 0)
            for a in allies:
                if a.label in SUBJECT_TYPES and owner[0].label in SUBJECT_TYPES and a.entity != owner[0].entity:
                    out.append(_support(sent, a, owner[0], "for", f"pattern: Y '{tok.text}' X (for)"))
    return out


def _ally_of(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "فلان، وهو … وحليف وثيق لرئيس الوزراء علان", "كان حزب X حليفا لعلان": an ally backs the one
    named after لـ (not "حليفه حزب X", nor a construct "حليف X", whose direction the text leaves open)."""
    text = state.text
    out: list[Fact] = []
    if "حليف" not in sent.norm and "متحالف" not in sent.norm:
        return out
    toks = sent.tokens
    for k, tok in enumerate(toks):
        w = normalise(tok.text)
        if w not in _ALLY and w not in _ALLIED:
            continue
        nxt = k + 1
        # "وثيق", and a definite ally's adjectives: "الحليف السياسي لحزب الله", "الحليف الأبرز لـ"
        while nxt < len(toks) and nxt <= k + 2 and (
            normalise(toks[nxt].text) in _CLOSE
            or (w.lstrip("و").startswith("ال") and _ally_adjective(normalise(toks[nxt].text)))
        ):
            nxt += 1
        if nxt >= len(toks):
            continue
        if w in _ALLIED:
            if normalise(toks[nxt].text) != "مع" or nxt + 1 >= len(toks):
                continue
            nxt += 1  # (the name follows مع)
        elif not normalise(toks[nxt].text).startswith("ل"):
            continue
        if negated(sent, tok.start, text) or any(
            conj_in(normalise(w), _ACCUSE) for w in gap_text(text, max(sent.start, tok.start - 60), tok.start).split()
        ):
            continue  # "لم يعد حليفا لـ", "اتهمه بأنه حليف لـ"
        obj = _target_after(sent, toks[nxt].start, text, types=SUBJECT_TYPES)  # an ally of a country too
        if w in _ALLIED and not w.startswith("ال"):
            # "X متحالف مع Y" with X opening its clause (not "فصائل تدعمها إيران متحالفة مع الأسد":
            # the factions are allied, Iran is the relative clause's subject)
            subj = _described_name(sent, tok.start, text, SUBJECT_TYPES)
            if subj is not None and not opens_clause(sent, subj, text):
                subj = None
        elif w.lstrip("و").startswith("ال"):
            # a definite ally describes the name right before it ("حزب الله الحليف لإيران"; not
            # "مواقع الفصائل المتحالفة مع تركيا": the factions, unnamed)
            subj = _described_name(sent, tok.start, text, TYPES)
        else:
            subj = _clause_subject(sent, tok.start, text, SUBJECT_TYPES, state)
        link = "مع" if w in _ALLIED else "لـ"
        if obj is not None and subj is None and w.lstrip("و").startswith("ال") and w not in _ALLIED:
            # "دعا الحليفان للرئيس فلان، علان وفلتان، إلى …": the allies named after a comma
            named = next((m for m in sent.mentions if m.start >= obj.end), None)
            if (
                named is not None
                and named.label == "PERSON"
                and obj.label == "PERSON"  # (not "الحليف الوثيق لزعيم حزب العمال، فلان": فلان leads it)
                and text[obj.end : named.start].strip() in ("،", ",")
            ):
                people = [m for m in sent.mentions if m.label == "PERSON"]
                for ally in coordinated_after(sent, named, people, text, max_gap_words=1):
                    if ally.entity != obj.entity:
                        out.append(_support(sent, ally, obj, "for", f"pattern: '{tok.text} {link}' Y، X (for)"))
                continue
        if obj is None or subj is None or obj.entity == subj.entity:
            continue
        out.append(_support(sent, subj, obj, "for", f"pattern: X '{tok.text} {link}' Y (for)"))
    return out


_EVENT_TIME = frozenset(normalise(w) for w in "إثر اثر بعد عقب منذ بسبب رغم قبل".split())
_ALLYING = frozenset(normalise(w) for w in "تحالف وتحالف بتحالف لتحالف وبتحالف".split())


def _allied_with(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "إثر تحالف حزب العمل القومي مع أردوغان", "وتحالف حزب X مع Y": the one named right after the
    verb or its masdar allied with the one after مع, so backs him (not a coalition's own name, "تحالف
    سائرون")."""
    text = state.text
    out: list[Fact] = []
    if "تحالف" not in sent.norm:
        return out
    for tok in sent.tokens:
        if normalise(tok.text) not in _ALLYING or inside_mention(sent, tok.start, tok.end) or negated(sent, tok.start, text):
            continue
        lead = gap_text(text, max(sent.start, tok.start - 20), tok.start).split()[-1:]
        opening = not text[sent.start : tok.start].strip() or text[sent.start : tok.start].rstrip().endswith(("،", ","))
        if not (opening or (lead and lead[0].lstrip("و") in _EVENT_TIME)):
            continue  # "وفاز تحالف سائرون مع …": a coalition's name, not an alliance made
        after = [m for m in sent.mentions if m.start >= tok.end]
        if len(after) < 2 or after[0].label not in ("PERSON", "ORG", "GPE") or gap_text(text, tok.end, after[0].start):
            continue
        x, y = after[0], after[1]
        if gap_text(text, x.end, y.start).split() != ["مع"] or y.label not in ("PERSON", "ORG", "GPE") or x.entity == y.entity:
            continue
        out.append(_support(sent, x, y, "for", f"pattern: '{tok.text}' X 'مع' Y (for)"))
    return out


_DESCRIBING = _ALLY | _ALLIED | frozenset(normalise(w) for w in "العدو والعدو".split())


# (_THAT, used below, is defined once further down)



def _clause_subject(sent: Sentence, pos: int, text: str, types: tuple[str, ...], state: ArticleState) -> DocMention | None:
    """The subject of the clause that ends at a predicate noun (حليف، عدو): after إن/أن it is the name
    right after that word, or no one ("قال فلان إن المغرب حليف لفرنسا": المغرب; "إن الفساد عدو لبنان":
    no one named); otherwise the nearest name before it."""
    clause = max(text.rfind("،", sent.start, pos), text.rfind(",", sent.start, pos), sent.start)
    that = [t for t in sent.inside if clause <= t.start and t.end <= pos and conj_in(normalise(t.text), _THAT)]
    if that:
        # (in this clause only; past the name's title: "إن الرئيس الأسد يعد حليفا لروسيا")
        first = next((m for m in sent.mentions if m.start >= that[-1].end), None)
        if first is None or first.end > pos or first.label not in types:
            return None
        if not _titles_only(gap_text(text, that[-1].end, first.start).split()):
            return None
        return first
    return subject_before(sent, pos, text, types, max_words=6, state=state)


def _described_name(sent: Sentence, pos: int, text: str, types: tuple[str, ...]) -> DocMention | None:
    """The name a definite description at ``pos`` describes: the mention right before it, past its
    adjectives and past an earlier description of the same name ("حزب الله الحليف لإيران والعدو
    لإسرائيل": the enemy is حزب الله, not إيران)."""
    before = [m for m in sent.mentions if m.end <= pos]
    while before:
        m = before[-1]
        gap = [g for g in gap_words(text, m.end, pos) if g.isalpha()]
        if gap and not all(relational_adjective(g) or g in _CLOSE for g in gap):
            return None
        words = sent.previous_words(m, text, 2)
        if attached_prefix(sent, m, text) in ("ل", "لل") or words[-1:] == ["مع"]:
            # the object of an earlier description: its own name stands before that description
            k = len(words) - (2 if words[-1:] == ["مع"] else 1)
            desc = words[k] if 0 <= k < len(words) else ""
            if desc.lstrip("و") not in {x.lstrip("و") for x in _DESCRIBING}:
                return None
            owner = next((t for t in reversed(sent.inside) if t.end <= m.start and normalise(t.text) == desc), None)
            if owner is None:
                return None
            pos = owner.start
            before = [x for x in before if x.end <= pos]
            continue
        return m if m.label in types else None
    return None


def _target_after(
    sent: Sentence, pos: int, text: str, max_words: int = 4, types: tuple[str, ...] = TYPES
) -> DocMention | None:
    """The person or body right after ``pos``, past title words only ("للرئيس السابق فلان")."""
    obj = next((m for m in sent.mentions if m.start >= pos), None)
    if obj is None or obj.label not in types:
        return None
    gap = gap_text(text, pos, obj.start)
    if n_words(gap) > max_words or any(c in text[pos : obj.start] for c in "،,.:؛"):
        return None
    return obj


def _loyal_to(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "حزب المؤتمر الشعبي الموالي للرئيس السابق فلان": the body or person named right before backs the
    one after; "ميليشيات الحوثي الموالية لإيران": a country backs the body loyal to it; "المعارض للرئيس
    فلان" opposes him."""
    text = state.text
    out: list[Fact] = []
    if not any(w in sent.norm for w in _LOYAL | _HOSTILE):
        return out
    for tok in sent.tokens:
        w = normalise(tok.text)
        if w not in _LOYAL and w not in _HOSTILE:
            continue
        stance = "for" if w in _LOYAL else "against"  # "الناشط فلان المعارض للرئيس علان"
        subj = next((m for m in reversed(sent.mentions) if m.end <= tok.start), None)
        if subj is None or subj.label not in TYPES:
            continue
        between = [w.strip('،,"«»“”') for w in gap_text(text, subj.end, tok.start).split() if w.strip('،,"«»“”')]
        if len(between) > 2 or not all(relational_adjective(w) for w in between):
            continue  # ('حزب "القوات اللبنانية" المسيحي، المناهض لحزب الله': its adjective, a comma)
        after = text[tok.end : tok.end + 3].lstrip()
        if not after.startswith("ل"):
            continue
        # a body loyal to a country backs it ("ميليشيات الحوثي الموالية لإيران"); a person or a
        # country loyal to one is no such tie ("المعارض لإيران" said of a person is an opinion)
        obj = _target_after(sent, tok.end, text, types=SUBJECT_TYPES if stance == "for" and subj.label == "ORG" else TYPES)
        if obj is None or obj.entity == subj.entity:
            continue
        if obj.label == "GPE" and gap_text(text, tok.end, obj.start).strip() not in ("ل", "لـ"):
            continue  # "الموالية للحكومة في اليمن": a place, not whom the body is loyal to
        if obj.start == tok.end + len(text[tok.end : tok.end + 3]) - len(after):
            continue  # "عضو مجلس الشيوخ المعارض لويس فاغنر": the name's own ل, an opposition senator
        first = sent.tokens_between(tok.end, sent.end)[:1]
        if (
            stance == "against"
            and first
            and first[0].end <= obj.start
            and not _opponent_title(normalise(first[0].text))
        ):
            continue  # "زعيم الحركة المناهض للمؤسسات فلان": against what the word after it names
        if stance == "against" and obj.label != "PERSON" and not political_org(state, obj.entity):
            continue  # "وقال متحدث باسم الحزب المعارض لرويترز": the agency he spoke to
        name = state.doc.entity(obj.entity).name
        if obj.label == "ORG" and len(name.split()) == 1 and normalise(name).startswith("ال"):
            continue  # "الموالي للأكراد": a people, not a party or a candidate
        if obj.label == "GPE":
            # a body loyal to a country is its client: the country backs it ("ميليشيات الحوثي الموالية
            # لإيران" — Iran backs the Houthis, as the annotated news reads it)
            out.append(_support(sent, obj, subj, "for", f"pattern: X '{tok.text} لـ' COUNTRY (the country backs X)"))
            continue
        out.append(_support(sent, subj, obj, stance, f"pattern: X '{tok.text} لـ' Y ({stance})"))
    return out


_NOMINATION = re.compile(r"(?:^|\s)(?:عن\s+)?(?:نيته\s+|نيتها\s+)?ترشيح(?:ه|ها)?\s")
_NOT_BACKING = frozenset(
    normalise(w) for w in "رفض رفضه رفضها سحب سحبه سحبها لن لا عدم يدعم تدعم معارضته معارضتها الغاء إلغاء".split()
)
_ANNOUNCE = frozenset(normalise(w) for w in "أعلن أعلنت وأعلن وأعلنت اختار اختارت واختار واختارت قرر قررت".split())


def _nominates(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "أعلن حزب X … عن ترشيح النائب فلان": a party that announces its candidate backs him."""
    text = state.text
    out: list[Fact] = []
    for hit in _NOMINATION.finditer(sent.norm):
        at = sent.orig(hit.start())
        verb = next((t for t in sent.tokens_between(sent.start, at) if normalise(t.text) in _ANNOUNCE), None)
        if verb is None:
            continue
        party = subject_after(sent, verb.end, text, ("ORG",), max_words=1, state=state)
        if party is None or negated(sent, at, text, window=2):
            continue
        # (a clause between commas or after الذي describes the party: "حزب X، الذي لا يملك أغلبية،")
        between_text = re.sub(r"،[^،]*،|(?:الذي|التي)[^،]*،?", " ", gap_text(text, party.end, at))
        between = [normalise(w).strip("،,") for w in between_text.split()]
        if any(w in _NOT_BACKING or w.lstrip("و") in _NOT_BACKING for w in between):
            continue  # "أعلن الحزب رفضه ترشيح فلان", "سحب ترشيح"; a commission rejecting one backs no one
        obj = _target_after(sent, sent.orig_end(hit.end()), text, max_words=3)
        if obj is None or obj.label != "PERSON":
            continue
        out.append(_support(sent, party, obj, "for", "pattern: ORG 'أعلن … ترشيح' PERSON (for)"))
    return out


_CHOSE = frozenset(normalise(w) for w in "اختار اختارت يختار تختار".split())
_AS_CANDIDATE = frozenset(normalise(w) for w in "مرشحا مرشحة مرشحه مرشحها لمنصب للرئاسة لخوض".split())


def _chose_candidate(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "واختار حزب العمال فرناندو حداد مرشحا للرئاسة": a party that chooses its candidate backs him
    (the verb opening its clause, the party its subject, the person its object, then مرشحا or the post)."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        if normalise(tok.text).lstrip("وف") not in _CHOSE or negated(sent, tok.start, text):
            continue
        party = subject_after(sent, tok.end, text, ("ORG",), max_words=1, state=state)
        if party is None or not political_org(state, party.entity):
            continue
        person = next((m for m in sent.mentions if m.start >= party.end), None)
        if person is None or person.label != "PERSON" or n_words(gap_text(text, party.end, person.start)) > 2:
            continue
        after = [normalise(w).strip("،,") for w in text[person.end : min(sent.end, person.end + 60)].split()[:4]]
        if not set(after) & _AS_CANDIDATE:
            continue
        out.append(_support(sent, party, person, "for", f"pattern: '{tok.text}' ORG PERSON 'مرشحا' (for)"))
    return out


_HELPED = frozenset(normalise(w) for w in "ساعد ساعدت يساعد تساعد ساعدوا".split())
_TO_WIN = frozenset(normalise(w) for w in "الفوز بالفوز للفوز".split())


def _helped_win(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وكان لولا قد ساعد ربيبته ديلما روسيف على الفوز في انتخابات الرئاسة": who helps a person win
    (an election, a vote) backs him; the helper is the subject before the verb or right after it."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        if normalise(tok.text).lstrip("وف") not in _HELPED or negated(sent, tok.start, text):
            continue
        after = [m for m in sent.mentions if m.start >= tok.end]
        subj = None
        if after and after[0].label in TYPES and not gap_text(text, tok.end, after[0].start).strip():
            if len(after) > 1 and after[1].label == "PERSON" and n_words(gap_text(text, after[0].end, after[1].start)) <= 1:
                subj, after = after[0], after[1:]  # "وساعد الحزب المرشح فلان على الفوز" (VSO)
        obj = after[0] if after and after[0].label == "PERSON" else None
        if obj is None or n_words(gap_text(text, tok.end, obj.start)) > 2:
            continue
        win = [normalise(w) for w in text[obj.end : min(sent.end, obj.end + 30)].split()[:2]]
        if not (win[:1] in (["علي"], ["في"]) and win[1:2] and win[1] in _TO_WIN) and not (win[:1] and win[0] in _TO_WIN):
            continue
        subj = subj or subject_before(sent, tok.start, text, TYPES, max_words=3, state=state)
        if subj is None or subj.entity == obj.entity:
            continue
        out.append(_support(sent, subj, obj, "for", f"pattern: X '{tok.text}' Y 'على الفوز' (for)"))
    return out


_OUSTING = frozenset(
    normalise(w)
    for w in (
        "إقالة اقالة استقالة عزل تنحي تنحية طرد إبعاد ابعاد بإقالة باقالة باستقالة بعزل بتنحي بتنحية بطرد"
        " لإقالة لاستقالة لعزل لتنحي لتنحية لطرد"
    ).split()
)


def _only_urged_between(sent: Sentence, a: int, b: int, text: str) -> bool:
    """Between an urging verb and a removal noun only the urger's name, one definite noun (the one
    urged: "الحكومة") and إلى/على: "دعا حزب X الحكومة إلى إقالة", "حثه على إقالة"."""
    seg = text[a:b]
    for m in sorted((m for m in sent.mentions if a <= m.start and m.end <= b), key=lambda m: -m.start):
        seg = seg[: m.start - a] + " " + seg[m.end - a :]
    words = [w for w in gap_text(seg, 0, len(seg)).split() if w not in ("الي", "الى", "علي")]
    # the urger's titles ("وزير الأمن فلان", "فلان نجل الرئيس") and the one urged ("الحكومة")
    return len(words) <= 3 and all((w.startswith("ال") or w in _TITLE_WORDS) and w not in _UNDOING for w in words)


_TITLE_WORDS = frozenset(
    normalise(w) for w in "وزير وزيرة رئيس رئيسة زعيم زعيمة نائب نائبة نجل ابن ابنة شقيق شقيقة زوجة عضو عضوة".split()
)
_UNDOING = frozenset(normalise(w) for w in "عدم رفض ورفض لرفض وقف بوقف لوقف تجميد إلغاء بإلغاء التراجع".split())
_CALLS = frozenset(normalise(w) for w in "الدعوات دعوات المطالبات مطالبات".split())


def _call_from(sent: Sentence, k: int, text: str) -> list[Fact]:
    """ "وتصاعدت الدعوات من حزب X وحركة Y لاستقالة فلان": those the calls come from are against him."""
    toks = sent.inside
    after = toks[k + 1 : k + 2]
    if not after or normalise(after[0].text) != "من":
        return []
    urgers = [m for m in sent.mentions if m.start >= after[0].end and m.label in SUBJECT_TYPES]
    if not urgers or n_words(gap_text(text, after[0].end, urgers[0].start)):
        return []
    group = coordinated_after(sent, urgers[0], urgers, text, 1)
    rest = [t for t in toks if t.start >= group[-1].end][:2]
    out_at = next((t for t in rest if normalise(t.text) in _OUSTING), None)
    if out_at is None or n_words(gap_text(text, group[-1].end, out_at.start)):
        return []
    target = next((m for m in sent.mentions if m.start >= out_at.end), None)
    if target is None or target.label != "PERSON" or n_words(gap_text(text, out_at.end, target.start)) > 1:
        return []
    return [
        _support(sent, u, target, "against", f"pattern: 'الدعوات من' X '{out_at.text}' PERSON (against)")
        for u in group
        if u.entity != target.entity
    ]


_TO_QUIT = frozenset(normalise(w) for w in "بالاستقالة بالتنحي بالرحيل بالانسحاب".split())
_QUITTING = frozenset(normalise(w) for w in "الاستقالة التنحي الرحيل الانسحاب".split())


def _asks_to_quit(toks: list, t, text: str, sent: Sentence) -> bool:
    """بالاستقالة، or إلى الاستقالة / إلى «الانسحاب (a quote may open before it); a withdrawal only from
    the race ("الانسحاب من السباق"), not from an agreement or a town."""
    w = normalise(t.text)
    if w in _TO_QUIT:
        ok = True
    elif w in _QUITTING:
        i = toks.index(t)
        prev = [normalise(x.text) for x in toks[max(0, i - 2) : i] if x.text not in ("«", '"', "“")]
        ok = bool(prev) and prev[-1] in ("الي", "الى")
    else:
        return False
    if ok and "نسحاب" in w:
        after = [x.strip(".,،؛:") for x in gap_text(text, t.end, min(sent.end, t.end + 30)).split()[:2]]
        ok = not after or after[0] != "من" or (len(after) > 1 and after[1] in _RACE)
    return ok


def _urger_before(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The nearest clause subject before the urging verb: not in a prepositional phrase, nor the
    complement of a noun with an attached preposition ("أكبر المتبرعين لحملة X": X urges nothing)."""
    for m in reversed(sent.mentions):
        if m.end > pos or m.label not in TYPES or is_object_marked(sent, m, text):
            continue
        before = sent.previous_words(m, text, 1)
        if before and len(before[-1]) > 3 and before[-1][0] in "لب":
            continue
        return m
    return None


def _urging_base(w: str, urging: frozenset[str]) -> str | None:
    """The urging word w is, itself or with an object pronoun (حثه، طالبهم), else None."""
    if w in urging:
        return w
    for suffix in ("ه", "ها", "هم", "هما"):
        if w.endswith(suffix) and w[: -len(suffix)] in urging:
            return w[: -len(suffix)]
    return None


_NOT_TARGETS_AFTER = frozenset(normalise(w) for w in "أنصار مؤيدي أعضاء عناصر قوات مقاتلي جنود".split())
_RACE = frozenset(normalise(w) for w in "السباق الانتخابات الترشح المنافسة الترشيح".split())
_CLAUSE_BREAKS = frozenset(normalise(w) for w in "فيما بينما".split())


def _asked_to_quit(sent: Sentence, toks: list, k: int, w: str, urging: frozenset[str], text: str) -> Fact | None:
    """ "وطالب حاكم فلوريدا فلان المديرَ فلانا بالاستقالة", "دعا فلان، رئيس حزب X، الوزير علان إلى
    الاستقالة", "…، داعيا رئيس البلدية فلانا إلى الانسحاب من السباق": the one asked to quit is named
    right before the call, the one who asks right after the verb (before a participle: the nearest
    subject). The search stops at the next urging verb or clause (فيما، بينما)."""
    tok = toks[k]
    window = []
    for t in toks[k + 1 : k + 24]:
        n = normalise(t.text)
        if n in (".", "؛") or conj_in(n, _CLAUSE_BREAKS) or _urging_base(n.lstrip("وف"), urging) is not None:
            break
        window.append(t)
    for quit_at in (t for t in window if _asks_to_quit(toks, t, text, sent)):
        target = next((m for m in reversed(sent.mentions) if m.end <= quit_at.start), None)
        if w.startswith(("داعي", "مطالب")):
            urger = _subject_before_participle(sent, tok.start, text)
        else:
            urger = next((m for m in sent.mentions if m.start >= tok.end and m.label in TYPES), None)
            if urger is not None and target is not None and urger.entity == target.entity:
                urger = _urger_before(sent, tok.start, text)  # "…، وطالب الوزيرة فلانة بالاستقالة"
        if (
            target is None
            or urger is None
            or target.label != "PERSON"
            or urger.start >= target.start
            or urger.entity == target.entity
            or [x for x in gap_text(text, target.end, quit_at.start).split() if x not in ("الي", "الى", "«", "،", '"')]
            or set(w_.lstrip("و") for w_ in sent.previous_words(target, text, 3)) & _NOT_TARGETS_AFTER
            or not (n_words(gap_text(text, tok.end, urger.start)) <= 3 or urger.end <= tok.start)
        ):
            continue  # (another call further on in the window may still name its target)
        return _support(sent, urger, target, "against", f"pattern: '{tok.text}' X Y '{quit_at.text}' (against)")
    return None


def _subject_before_participle(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The nearest name before a participle (داعيا، مطالبا) that is no preposition's object."""
    for m in reversed([m for m in sent.mentions if m.end <= pos and m.label in TYPES]):
        before = sent.previous_words(m, text, 3)
        prefix = normalise(text[text.rfind(" ", 0, m.start) + 1 : m.start]).strip('"«“')
        if set(before) & _PREPOSITIONS_BEFORE or prefix[:1] in ("ب", "ل"):
            continue
        return m
    return None


_PREPOSITIONS_BEFORE = frozenset(normalise(w) for w in "إلى الى في من على عن مع".split())


def _apposition_end(text: str, pos: int, limit: int) -> int | None:
    """Where a description between commas right after ``pos`` ends (past its closing comma), if one of
    at most eight words stands there ("فلان، من حزب X اليساري، …")."""
    m = re.match(r"\s*[،,]([^،,.:؛]{1,80})[،,]", text[pos:limit])
    if m is None or n_words(m.group(1)) > 8:
        return None
    return pos + m.end()


def _calls_for_removal(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وحثه على إقالة تيلرسون", "وطالب فلان باستقالة X": who urges the removal of a named person is
    against that person."""
    text = state.text
    urging = word_set("support", "urging")
    facts: list[Fact] = []
    toks = sent.inside
    for k, tok in enumerate(toks):
        w = normalise(tok.text).lstrip("وف")
        if w in _CALLS:
            facts += _call_from(sent, k, text)  # "الدعوات من X وY لاستقالة فلان"
            continue
        base = _urging_base(w, urging)
        if base is None:
            continue
        quit_fact = None if negated(sent, tok.start, text) else _asked_to_quit(sent, toks, k, w, urging, text)
        if quit_fact is not None:
            facts.append(quit_fact)
            continue
        after_verb = tok.end
        window = toks[k + 1 : k + 7]
        named = next((m for m in sent.mentions if m.start >= tok.end), None)
        if named is not None and named.label in TYPES and not n_words(gap_text(text, tok.end, named.start)):
            close = _apposition_end(text, named.end, sent.end)
            if close is not None:
                # "دعا فلان، من حزب X اليساري، إلى إقالة علان": his description between commas
                after_verb = close
                window = [t for t in toks if t.start >= close][:4]
        for t in window:
            if t.text in "،,.:؛":
                break
            if normalise(t.text) not in _OUSTING:
                continue
            if not _only_urged_between(sent, after_verb, t.start, text):
                break  # "دعا إلى التظاهر ضد إقالة فلان", "إلى التحقيق في إقالة فلان": no call for it
            target = next((m for m in sent.mentions if m.start >= t.end), None)
            if target is None or target.label != "PERSON" or n_words(gap_text(text, t.end, target.start)) > 1:
                break
            urger = _urger_before(sent, tok.start, text)
            if urger is None and w == base:
                urger = subject_after(sent, tok.end, text, TYPES, state=state)  # "وطالب فلان بإقالة X"
            if urger is not None and urger.entity != target.entity:
                facts.append(_support(sent, urger, target, "against", f"pattern: '{tok.text} … {t.text}' + PERSON (against)"))
            break
    return facts


_HIS_BID = frozenset(normalise(w) for w in "ترشحه ترشيحه ترشحها ترشيحها لترشحه لترشيحه لترشحها لترشيحها".split())


def _his_candidacy_after(sent: Sentence, body: DocMention, text: str) -> DocMention | None:
    """ "دعم الحزب الجمهوري الحاكم ترشحه": after the body (and up to two of its adjectives) his or her
    candidacy; the person is the one named last before the body in the sentence."""
    words = gap_text(text, body.end, min(sent.end, body.end + 40)).split()[:3]
    k = next((i for i, w in enumerate(words) if w in _HIS_BID), None)
    if k is None or not all(w.startswith("ال") for w in words[:k]) or body.label != "ORG":
        return None
    return next((m for m in reversed(sent.mentions) if m.end <= body.start and m.label == "PERSON"), None)


_INDEFINITE_PARTICIPLES = frozenset(
    normalise(w) for w in "مؤيد مؤيدة مؤيدين مؤيدون داعم داعمة داعمين معارض معارضين موال موالية مناهض مناهضة".split()
)
_SUPERLATIVES = frozenset(normalise(w) for w in "أكبر أبرز أشد أول أقوى أهم أكثر أقدم أشرس".split())
_COPULAS = frozenset(
    normalise(w)
    for w in "هو وهو هي وهي هم وهم كان كانت وكان وكانت يعد تعد بات باتت أصبح أصبحت ظل ظلت ليس ليست يبدو تبدو بدا بدت".split()
)


def _describes_unnamed(sent: Sentence, h_start: int, text: str) -> bool:
    """The participle describes the indefinite noun right before it, no name: "عن قائد مؤيد للرئيس"."""
    prev = [t for t in sent.inside if t.end <= h_start][-1:]
    if not prev or any(m.start <= prev[0].start < m.end for m in sent.mentions):
        return False
    w = normalise(prev[0].text)
    if not (w.isalpha() and not w.startswith(("ال", "وال")) and w not in _COPULAS | _SUPERLATIVES and len(w) > 2):
        return False  # ("أنه أكبر معارض مسيحي لحزب الله": a superlative of the one named)
    # "فلان، وهو ناشط مؤيد لترامب", "فلان، ناشط مؤيد لترامب": a predicate or an apposition of the name
    before = [t for t in sent.inside if t.end <= prev[0].start][-1:]
    if before and (normalise(before[0].text) in _COPULAS or before[0].text in ("،", ",")):
        return False
    return True


_POSITIONS = frozenset(
    normalise(w)
    for w in (
        "قاله قالته قرار لقرار القرار بيان لبيان البيان تصريحات لتصريحات فكرة لفكرة موقف لموقف اقتراح لاقتراح"
        " خطة لخطة مبادرة لمبادرة"
    ).split()
)
_SUPPORT_NOUN_FORMS = frozenset(normalise(w) for w in "دعم تأييد مساندة دعمنا دعمه دعمها دعمهم".split())


def _conjoined_to_receipt(sent: Sentence, h_start: int, text: str) -> bool:
    """ "ودعم X" joined to an earlier support noun that was received or sought ("حصلت على دعم Y …
    ودعم X", "سيتلقون دعمنا ودعم X"): X gives it too, backs no one named before."""
    tok = next((t for t in sent.inside if t.start <= h_start < t.end), None)
    if tok is None or not normalise(tok.text).startswith("و"):
        return False
    for prev in reversed([t for t in sent.inside if t.end <= tok.start][-14:]):
        w = normalise(prev.text).lstrip("وب")
        if w in _SUPPORT_NOUN_FORMS:
            lead = [normalise(x) for x in gap_text(text, max(sent.start, prev.start - 40), prev.start).split()[-3:]]
            return _receipt_noun(sent, prev.start, text) or bool({x.lstrip("و") for x in lead} & (_SOUGHT | _GETS_SUPPORT))
    return False


_BACKING_PARTICIPLES = frozenset(normalise(w) for w in "الداعمة الداعم المؤيدة المؤيد المساندة المساند".split())
_TO_HIM = {normalise("له"): "m", normalise("لها"): "f"}


def _backs_him(sent: Sentence, phrase: str, h_start: int, h_end: int, state: ArticleState) -> list[Fact]:
    """ "للجنة «X» الداعمة له", "إلى لجنة «X» الداعمة لها": a committee described as backing him or
    her backs the one politician of that gender the text named shortly before it (this sentence or the
    one before); with none, or two, no fact."""
    from rasd.facts.donations import _political_person

    text = state.text
    if normalise(phrase) not in _BACKING_PARTICIPLES:
        return []
    nxt = sent.tokens_between(h_end, min(sent.end, h_end + 8))[:1]
    gender = _TO_HIM.get(normalise(nxt[0].text)) if nxt else None
    if gender is None:
        return []
    backer = _described_backer(sent, h_start, text)
    if backer is None or backer.label != "ORG":
        return []
    cands: dict[str, DocMention] = {}
    for m in state.doc.mentions:
        if m.label == "PERSON" and backer.start - 400 <= m.start and m.end <= backer.start and m.entity != backer.entity:
            if person_gender(state, m.entity) in (gender, None) and (
                _political_person(state, m.entity) or _candidate_after(text, m)
            ):
                cands[m.entity] = m
    if len(cands) != 1:
        return []
    (backed,) = cands.values()
    return [_support(sent, backer, backed, "for", f"pattern: ORG '{phrase} {nxt[0].text}' (the politician named before) (for)")]


_CANDIDATE_WORDS = frozenset(normalise(w) for w in "المرشح المرشحة مرشح مرشحة".split())
_HIS_BACKING = frozenset(normalise(w) for w in "دعمه دعمها تأييده تأييدها مساندته مساندتها".split())
_BACKING_ADJ = frozenset(normalise(w) for w in "العلني الكامل المطلق الرسمي التام الصريح".split())
_TO_HIM_HER = {normalise("له"): "m", normalise("لها"): "f"}
_BACKING_WITHDRAWN = frozenset(normalise(w) for w in "سحب سحبت أوقف أوقفت علق علقت جمد جمدت رفض رفضت".split())
_ANNOUNCING = frozenset(normalise(w) for w in "معلنا معلنة معلناً معلنةً".split())


def _backing_for_him(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "…، معلناً دعمه العلني له", "فلان، الذي أعلن علان دعمه له": his backing for him; the backer is
    the one named after أعلن (or the sentence's subject after a participle), the one backed the name
    the relative clause is about, else the last person of the pronoun's gender named before."""
    text = state.text
    out: list[Fact] = []
    toks = sent.inside
    for k, tok in enumerate(toks):
        if normalise(tok.text) not in _HIS_BACKING or negated(sent, tok.start, text):
            continue
        j = k + 1
        while j < len(toks) and normalise(toks[j].text) in _BACKING_ADJ:
            j += 1
        if j >= len(toks) or normalise(toks[j].text) not in _TO_HIM_HER:
            continue
        gender = _TO_HIM_HER[normalise(toks[j].text)]
        before = [m for m in sent.mentions if m.end <= tok.start]
        prev_word = normalise(toks[k - 1].text) if k else ""
        backer = None
        if prev_word in _ANNOUNCING or prev_word.lstrip("و") in _ANNOUNCING:
            backer = sentence_topic(sent, text, TYPES)  # "…، معلناً دعمه له": the sentence's subject
        elif before and not gap_text(text, before[-1].end, tok.start).split():
            backer = before[-1]  # "الذي أعلن فلان دعمه له"
        if backer is None or backer.end > tok.start:
            continue
        rel = [w for w in gap_text(text, max(sent.start, backer.start - 40), backer.start).split()[-3:]]
        if rel[-1:] and rel[-1].lstrip("وف") in _BACKING_WITHDRAWN:
            continue  # "فسحب حزب X دعمه له": backing withdrawn
        if not ("الذي" in rel or "التي" in rel) and not (prev_word in _ANNOUNCING or prev_word.lstrip("و") in _ANNOUNCING):
            continue  # ("وأعلن حزب X دعمه له": له may be a bill or a plan; only the relative or the participle)
        backed = None
        if "الذي" in rel or "التي" in rel:
            at = text.rfind("الذي" if "الذي" in rel else "التي", sent.start, backer.start)
            backed = next((m for m in reversed(sent.mentions) if m.end <= at), None)
            if backed is not None and gap_text(text, backed.end, at).replace("،", "").split():
                backed = None
        if backed is None:
            # the nearest one the pronoun may stand for; a place (feminine) for لها ends the search
            for m in reversed(before):
                if m.entity == backer.entity:
                    continue
                if m.label in ("GPE", "LOC"):
                    if gender == "f":
                        break
                    continue
                if m.label == "ORG" and m.end > backer.start:
                    backed = m
                    break
                if m.label == "PERSON" and person_gender(state, m.entity) in (gender, None):
                    backed = m
                    break
        if backed is None or backed.entity == backer.entity:
            continue
        out.append(_support(sent, backer, backed, "for", f"pattern: '{tok.text} {toks[j].text}' (for)"))
    return out


def _candidate_after(text: str, m: DocMention) -> bool:
    """ "فلان، المرشح لمنصب حاكم الولاية": a candidate by the apposition after the name."""
    after = text[m.end : m.end + 30]
    return after.lstrip().startswith(("،", ",")) and bool(set(normalise(after).split()[:2]) & _CANDIDATE_WORDS)


_DESCRIBED_BY = frozenset(
    normalise(w)
    for w in "المتهم المتهمة المتهمين المتهمون المعروف المعروفة المعروفين المعروفون المشهور المشهورة".split()
)


def _participle_backer(sent: Sentence, h_start: int, text: str) -> tuple[bool, DocMention | None]:
    """ "طهران المتهمة بدعم الحوثيين", "إيران المعروفة بتأييدها للنظام": the name right before a
    participle of accusing or knowing, which governs the support noun through ب."""
    tok = next((t for t in sent.inside if t.start <= h_start < t.end), None)
    if tok is None or not normalise(tok.text).startswith("ب"):
        return False, None
    prev = [t for t in sent.inside if t.end <= tok.start][-1:]
    if not prev or normalise(prev[0].text) not in _DESCRIBED_BY:
        return False, None
    before = [m for m in sent.mentions if m.end <= prev[0].start]
    if not before or gap_text(text, before[-1].end, prev[0].start).strip() or before[-1].label not in SUBJECT_TYPES:
        return True, None
    return True, before[-1]


def _support(sent: Sentence, subject: DocMention, target: DocMention, stance: str, reason: str) -> Fact:
    return Fact(
        "support", {"subject": subject.entity, "object": target.entity, "stance": stance}, sent.evidence(), reason=reason
    )


_DEFINITE_PASSIVE = re.compile(r"^[وف]?ال")
_PASSIVE = re.compile(
    r"(?:^|\s)(?:[وف])?(?:ال)?(?:مدعوم|مدعومه|مدعوما|مدعومين|مدعومون|ممول|مموله|ممولا|ممولين|ممولون"
    # "بدعم حيوي من X", "بدعم كامل من X": one describing word may stand before من
    r"|(?:بدعم|بتاييد)(?:\s+(?!ال)[^\s،,.]+)?)\s+من\s+"
)


_MODAL = frozenset(normalise(w) for w in "يجب ينبغي عليه عليها عليهما عليهم لابد لا بد".split())
_QUIT = frozenset(
    normalise(w) for w in "ينسحب يتنحى يتنح يتقاعد يتقاعدا ينسحبا يتنحيا يستقيل يستقيلا".split()
)


def _should_quit(sent: Sentence, phrase: str, h_start: int, state: ArticleState) -> list[Fact]:
    """ "قال فلان … إن بايدن وترامب يجب أن يتقاعدا": the speaker is against those who should quit,
    named in the reported clause before the verb."""
    if normalise(phrase) not in _QUIT:
        return []
    text = state.text
    seg = text[sent.start : h_start]
    cuts = sorted(
        {sent.start + m.start() + 1 for m in re.finditer(r"\s(?:إن|أن|ان|بأن)\s", seg)}, reverse=True
    )
    quoted = _quote_around(state, h_start, phrase)
    if quoted is not None:
        cuts.append(sent.start)  # “بايدن وترامب يجب أن يتقاعدا” كما قال فلان: said in the quotation
    for clause_start in cuts:  # the last that-clause with a name in it ("إن X وY يجب أن يتقاعدا")
        named = [
            m for m in sent.mentions if clause_start <= m.start and m.end <= h_start and m.label in TYPES
        ]
        if named:
            break
    else:
        return []
    between = gap_text(text, named[-1].end, h_start).split()
    if len(between) > 3 or not set(between) & _MODAL:
        return []  # "X وY يجب أن يتقاعدا" says they should; "أبلغ X أنه سيتقاعد" reports a plan
    targets = coordinated_before(sent, named[-1], named, text, max_gap_words=1)
    speaker = sentence_topic(sent, text)
    if quoted is not None:
        speaker = next((m for m in state.doc.mentions if m.entity == quoted), None)
    elif speaker is None or speaker.end > clause_start:
        return []
    if speaker is None:
        return []
    reason = f"pattern: speaker + 'إن X … {phrase}' (against)"
    return [_support(sent, speaker, t, "against", reason) for t in targets if t.entity != speaker.entity]


def _quote_around(state: ArticleState, pos: int, phrase: str) -> str | None:
    """The speaker of an extracted quotation that holds ``phrase`` at ``pos``, if any."""
    for f in state.facts:
        if (
            f.type == "quote"
            and f.evidence.start <= pos < f.evidence.end
            and normalise(phrase) in normalise(f.args["text"])
        ):
            speaker = f.args["speaker"]
            return speaker if state.doc.type_of(speaker) in TYPES else None
    return None


def _remember_campaigners(sent: Sentence, state: ArticleState) -> None:
    """Who in this sentence campaigns to oust or defeat people it does not name."""
    text = state.text
    words = word_set("support", "campaign_against")
    for tok in sent.inside:
        w = normalise(tok.text)
        if not (w in words or w[1:] in words) or _objects(sent, tok.end, text):
            continue  # a named target is a support fact of its own
        agent = _agent_of_campaign(sent, tok.start, tok.end, text, state)
        if agent is not None:
            state.campaigners.append((sent.index, agent))


def _agent_of_campaign(
    sent: Sentence, start: int, end: int, text: str, state: ArticleState
) -> DocMention | None:
    # "استهداف أعضاء الفرقة، لا سيما من قبل لجنة … إيباك": the agent after من قبل
    after = gap_text(text, end, min(sent.end, end + 120))
    if "من قبل" in after:
        pos = end + text[end : sent.end].find("قبل")
        later = [m for m in sent.mentions if m.start > pos and m.label == "ORG"]
        if later and n_words(gap_text(text, pos, later[0].start)) <= 8:
            return later[0]
    # "X، وهو لجنة … أطلقتها Y، والتي تعمل على إقصاء …": after a comma and التي, the sentence's topic
    lead = gap_text(text, max(sent.start, start - 40), start).split()[-4:]
    if any(w in ("التي", "والتي", "الذي", "والذي") for w in lead) and "،" in text[sent.start : start]:
        first = [m for m in sent.mentions if m.label in TYPES and m.end <= start]
        if first:
            return first[0]
    return subject_before(sent, start, text, TYPES, max_words=12, state=state)


def _targets(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "ومن بين الأهداف الرئيسية … فلان من X، وفلانة من Y": those campaigned against just before."""
    text = state.text
    head = gap_text(text, sent.start, min(sent.end, sent.start + 60)).split()[:5]
    if not any(w in word_set("support", "targets") for w in head):
        return []
    agents: dict[str, DocMention] = {}
    for index, m in state.campaigners:
        if 0 < sent.index - index <= 5:
            agents.setdefault(m.entity, m)
    persons = [m for m in sent.mentions if m.label == "PERSON"]
    if not agents or not persons:
        return []
    listed = coordinated_after(sent, persons[0], persons, text, max_gap_words=4)
    reason = "pattern: a list of targets after a campaign against people (against)"
    return [_support(sent, a, p, "against", reason) for a in agents.values() for p in listed if a.entity != p.entity]


def _only_adjectives(gap: str) -> bool:
    """Nothing, or one relational adjective (حزب الله اللبنانية المدعومة), between a name and the
    participle that describes it; a noun there ("حزب النور الميليشيات المدعومة") is what it describes."""
    words = [w for w in gap.replace("،", " ").replace(",", " ").split() if w.isalpha()]
    return not words or (len(words) == 1 and relational_adjective(words[0]))


def _passive_support(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "إليسون، الذي كان مدعوما من السناتور ساندرز": the one named after من backs the one named
    before the passive participle; a country may be the backer ("الميليشيات المدعومة من إيران")."""
    text = state.text
    facts: list[Fact] = []
    for hit in _PASSIVE.finditer(sent.norm):
        p_start, p_end = sent.orig(hit.start()), sent.orig_end(hit.end())
        if any(p_start <= m.start < p_end for m in sent.mentions):
            continue  # "بدعم حماس من خلال X": the word after بدعم is what is backed, not a description
        if hit.group().split()[1:2] == ["كل"] and not _received(sent, hit.start() + hit.group().find("دعم")):
            continue  # "تعهد بدعم كل من X وY": support pledged to both (the main rule), not received
        if sent.norm[hit.end() :].split()[:1] in (["خلال"], ["اجل"], ["جديد"]):
            continue  # "من خلال", "من أجل", "من جديد" say no one's support
        backers = [
            m
            for m in sent.mentions
            if m.start >= p_end and m.label in SUBJECT_TYPES and n_words(gap_text(text, p_end, m.start)) <= 4
        ][:1]
        if backers:
            # "بدعم كل من X وY", "مدعومة من روسيا وإيران": every backer joined by و (a comma may end the
            # phrase: "المدعومة من واشنطن، دمشق")
            listed = coordinated_after(sent, backers[0], [m for m in sent.mentions if m.label in SUBJECT_TYPES], text, 2)
            for b in listed[1:]:
                if not attached_prefix(sent, b, text).startswith("و"):
                    break
                backers.append(b)
        if not backers or any(c in text[p_end : backers[0].start] for c in "،,.:"):
            continue
        if backers[0].label == "GPE" and gap_text(text, p_end, backers[0].start) not in ("", "قبل"):
            continue  # "بدعم من عدة أطراف من تونس": parties from a country, not the country
        before = [m for m in sent.mentions if m.end <= p_start]
        funded = "ممول" in hit.group()
        if _DEFINITE_PASSIVE.match(hit.group().strip()) or funded:
            # (funded: only the name right before; "المشروع ممول من البنك" says nothing of a person)
            # "ميليشيات حزب الله المدعومة من إيران": the definite participle describes the noun right
            # before it; when that is no name ("الميليشيات الحوثية المدعومة"), nothing is said of one
            near = [m for m in before[-1:] if m.label in TYPES and _only_adjectives(gap_text(text, m.end, p_start))]
            if not near:
                near = _titled_name_after(sent, p_start, backers[-1], text)
            if not near or near[0].entity == backers[0].entity:
                continue
            if set(gap_text(text, max(sent.start, near[0].start - 25), near[0].start).split()[-2:]) & _PROJECT_WORDS:
                continue  # "مشروع دعم الهيئة الوطنية للاتصالات ممول من الاتحاد الأوروبي": the project is funded
            for b in backers:
                if b.entity != near[0].entity:
                    facts.append(_support(sent, b, near[0], "for", f"pattern: passive '{hit.group().strip()}' (for)"))
            continue
        if _describes_a_thing(sent, hit.group().strip(), p_start, text):
            continue  # "وفقا لبرنامج إصلاحي مدعوم من صندوق النقد": the programme is backed, no one named
        # a person described by the clause ("إليسون عضو مجلس النواب … والذي كان مدعوما"), else a body
        backed = [m for m in before if m.label == "PERSON" and n_words(gap_text(text, m.end, p_start)) <= 12][
            -1:
        ] or [m for m in before if m.label == "ORG" and n_words(gap_text(text, m.end, p_start)) <= 6][-1:]
        if backers[0].label == "GPE":
            # a country backs groups and governments: "كانت مدعومة من قبل واشنطن" said of aid groups
            # is not said of the person named before
            backed = [m for m in before if m.label == "ORG" and n_words(gap_text(text, m.end, p_start)) <= 6][-1:]
        if not before and state.last_subjects and state.last_subjects[0].label == "PERSON" and backers[0].label != "GPE":
            # "ورغم أنه كان في البداية مدعوما من الرئيس السابق فلان": he, the one the text is about
            backed = state.last_subjects[:1]
        elif not backed or "." in text[backed[0].end : p_start]:
            continue
        elif is_object_marked(sent, backed[0], text):
            continue  # "أطاح مسلحون بالقذافي بدعم من حلف الأطلسي": the backing is of the unnamed subject
        if backed[0].entity == backers[0].entity:
            continue
        for b in backers:
            if b.entity != backed[0].entity:
                facts.append(_support(sent, b, backed[0], "for", f"pattern: passive '{hit.group().strip()}' (for)"))
    return facts


def _titled_name_after(sent: Sentence, p_start: int, last_backer: DocMention, text: str) -> list[DocMention]:
    """ "الرئيس الأوكراني، المدعوم من روسيا، فيكتور يانوكوفيتش": a participle set off by commas between a
    title and the name of its holder describes the one named after it."""
    lead = text[sent.start : p_start].rstrip()
    nxt = next((m for m in sent.mentions if m.start >= last_backer.end), None)
    if nxt is None or nxt.label != "PERSON" or not lead.endswith(("،", ",")):
        return []
    if text[last_backer.end : nxt.start].strip() not in ("،", ","):
        return []
    follows = gap_text(text, nxt.end, min(sent.end, nxt.end + 20)).split()[:1]
    if not (text[nxt.end : nxt.end + 2].strip()[:1] in ("،", ",", ".", ":", "") or (follows and follows[0] in _AFTER_HOLDER)):
        return []  # "وانتقد الرئيس الفرنسي، المدعوم من X، فلان بشدة": the name may be the verb's object
    end = sent.start + len(lead) - 1  # (before the comma)
    title = [w.removeprefix("ال") for w in gap_text(text, max(sent.start, end - 40), end).split()[-3:]]
    return [nxt] if set(title) & TITLE_HEADS else []


_AFTER_HOLDER = frozenset(normalise(w) for w in "الذي إن أن بأن قال قالت أكد أكدت".split())


# what may stand between the one backed and an indefinite participle ("الذي كان مدعوما", "وهو مدعوم")
_PASSIVE_LINKS = frozenset(
    normalise(w)
    for w in "هو وهو هي وهي كان كانت وكان وكانت يكون تكون ظل ظلت بات باتت أصبح أصبحت الذي التي والذي والتي غير".split()
)


def _describes_a_thing(sent: Sentence, phrase: str, p_start: int, text: str) -> bool:
    """An indefinite participle in the nominative or genitive ("مدعوم", "مدعومة") right after a word that
    is no name nor a link to one agrees with that noun: "برنامج إصلاحي مدعوم من X" backs a programme."""
    word = phrase.split()[0].lstrip("وف")
    if not word.startswith(("مدعوم", "ممول")) or word.endswith("ا"):
        return False  # "مدعوما من الحزب": a state of the clause's subject
    before = [t for t in sent.tokens_between(sent.start, p_start) if any(ch.isalpha() for ch in t.text)][-1:]
    if not before or any(m.start < before[0].end and before[0].start < m.end for m in sent.mentions):
        return False
    w = normalise(before[0].text)
    if w in _PASSIVE_LINKS or relational_adjective(w) or w.startswith("ال"):
        return False
    # a noun describing a name before it ("قسد، وهي تحالف مسلحين … مدعوم من X", "قسد المؤلفة من فصائل
    # مدعومة من X"): the name is backed
    near = [t for t in sent.tokens_between(sent.start, p_start) if any(ch.isalpha() for ch in t.text)][-8:]
    if any(normalise(t.text) in _HE_SHE for t in near):
        return False
    return not any(m.end <= p_start and m.end > near[0].start for m in sent.mentions)


_HE_SHE = frozenset(normalise(w) for w in "هو وهو هي وهي".split())


_GETS_SUPPORT = frozenset(
    normalise(w) for w in "يتلقى تتلقى تلقى تلقت تلقوا يتلقون نال نالت ينال تنال حصل حصلت يحصل تحصل يحظى تحظى حظي حظيت".split()
)
# describing words of a help that is no political backing: technical, a state subsidy, cash, relief
_NOT_BACKING_KINDS = frozenset(normalise(w) for w in "فنيا فني الفني تقنيا تقني حكوميا حكومي نقديا نقدي إنسانيا إنساني طبيا طبي".split())
# money alone is a donation, no stance ("دعما ماليا من X"); with arms or politics it is backing too
_FINANCIAL_ONLY = frozenset(normalise(w) for w in "ماليا مالي المالي".split())
_ALSO_BACKING = frozenset(normalise(w) for w in "عسكريا عسكري العسكري سياسيا سياسي السياسي لوجستيا".split())
# a condition, a purpose or an expectation before the verb: the backing is not stated
_UNREAL = frozenset(normalise(w) for w in "إذا اذا لو لكي كي حتى لن المتوقع يتوقع يأمل تأمل يسعى تسعى".split())
_BACKER_TITLES = frozenset(normalise(w) for w in "رجل الأعمال رجال السيد".split())
_OBTAINING = frozenset(normalise(w) for w in "حصل حصلت يحصل تحصل".split())  # … على دعم
_ENJOYING = frozenset(normalise(w) for w in "يحظى تحظى حظي حظيت".split())  # … بدعم
_SUPPORT_NOUNS = frozenset(normalise(w) for w in "دعما دعم الدعم تأييدا تأييد التأييد مساندة المساندة".split())
_WITH_SUPPORT = frozenset(normalise(w) for w in "بدعم بالدعم بتأييد بالتأييد بمساندة".split())  # يحظى …
_IN_CONSTRUCT = frozenset(normalise(w) for w in "دعم تأييد مساندة بدعم بتأييد بمساندة".split())
_CAMPAIGN_OF = frozenset(normalise(w) for w in "حملة ترشيح حملته ترشح".split())
_LINKS = frozenset(normalise(w) for w in "التي الذي الذين".split())
_COMPANY_HEADS = frozenset(normalise(w) for w in "شركة الشركة مجموعة مصنع".split())


_MINISTRY = frozenset(normalise(w) for w in "وزارة".split())


def _backer_at(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The backer named at ``pos``, past its titles ("من الرئيس السابق X"), and past the body of a title
    before the person who holds it ("بدعم زعيم التيار الصدري مقتدى الصدر": the leader, not the body)."""
    first = next((m for m in sent.mentions if m.start >= pos), None)
    if first is None or first.label not in SUBJECT_TYPES or not _titles_only(gap_text(text, pos, first.start).split()):
        return None
    titles = gap_text(text, pos, first.start).split()
    nxt = next((m for m in sent.mentions if m.start >= first.end), None)
    if (
        first.label == "ORG"
        and titles
        and titles[-1] in TITLE_HEADS | _LEADER_TITLES
        and nxt is not None
        and nxt.label == "PERSON"
        and not gap_text(text, first.end, nxt.start).strip()
    ):
        return nxt
    return first


_LEADER_TITLES = frozenset(normalise(w) for w in "زعيم رئيس قائد أمين مؤسس".split())


def _with_co_backers(sent: Sentence, first: DocMention, text: str) -> list[DocMention]:
    """``first`` and the backers joined to it by an attached و ("من إيران وروسيا")."""
    cands = [m for m in sent.mentions if m.label in SUBJECT_TYPES]
    return [first] + [b for b in coordinated_after(sent, first, cands, text, 1)[1:] if attached_prefix(sent, b, text).startswith("و")]


def _titles_only(words: list[str]) -> bool:
    """Up to four words of a title before a name ("الرئيس السابق", "رئيس الوزراء", "رجل الأعمال")."""
    return len(words) <= 4 and all(w.startswith("ال") or w in _BACKER_TITLES or w in TITLE_HEADS for w in words)


# "with the support of": ب + a support noun whose agent follows in construct
_WITH_SUPPORT_OF = frozenset(normalise(w) for w in "بدعم بمساندة بتأييد بمؤازرة وبدعم وبمساندة وبتأييد".split())
# what makes "ب + دعم X" the thing charged, pledged or called for, not support received ("اتهم إيران بدعم X")
_NOT_IN_PASSING = frozenset(
    normalise(w)
    for w in (
        "اتهم اتهمت يتهم تتهم اتهام متهم متهمة المتهم المتهمة المتهمين المتهمون اتهامات تتهمها يتهمها"
        " اتهمها اتهمه يتهمه تتهمه يطالب تطالب طالب طالبت طالبوا مطالبة المطالبة قام قامت يقوم تقوم"
        " تعهد تعهدت يتعهد تتعهد وعد وعدت يعد تعد التزم التزمت يلتزم تلتزم ساهم ساهمت يساهم تساهم"
        " سمح سمحت يسمح تسمح أمر أمرت يأمر تأمر أذن أذنت ندد نددت يندد تندد اكتفى اكتفت"
    ).split()
)
# (the words before the noun are read without their و/ف: so is the list)
_NOT_IN_PASSING_BARE = _NOT_IN_PASSING | {w.lstrip("وف") for w in _NOT_IN_PASSING}


def _with_support_of(sent: Sentence, h_start: int, text: str, state: ArticleState) -> tuple[DocMention, DocMention] | None:
    """ "وحقق الجيش الوطني تقدما بدعم التحالف العربي", "وتقدمت قوات X، بمساندة القوات Y": (backer, backed)
    — the one named right after the ب-noun backs the subject that opens the sentence; None when the
    noun names what is charged, pledged or called for ("اتهم إيران بدعم الحوثيين") or whom the support
    is for ("بدعم X لـY")."""
    tok = next((t for t in sent.inside if t.start <= h_start < t.end), None)
    if tok is None or normalise(tok.text) not in _WITH_SUPPORT_OF or _receipt_noun(sent, tok.start, text):
        return None  # ("يحظى فلان بدعم X": support received, _support_received)
    lead = [normalise(w).lstrip("وف") for w in gap_text(text, max(sent.start, tok.start - 60), tok.start).split()]
    if set(lead[-8:]) & _NOT_IN_PASSING_BARE:
        return None
    pos = tok.end
    gap = gap_text(text, pos, min(sent.end, pos + 30)).split()[:1]
    if gap and gap[0] in ("ومشاركه", "وتمويل", "ومساعده"):  # (gap_text is normalised)
        pos = tok.end + text[tok.end :].find(gap[0]) + len(gap[0])  # "بدعم ومشاركة القوات X"
    backer = next((m for m in sent.mentions if m.start >= pos), None)
    if backer is None or backer.label not in SUBJECT_TYPES:
        return None
    titles = [normalise(w) for w in gap_text(text, pos, backer.start).split()]
    if not _titles_only(titles):
        return None
    after = next((m for m in sent.mentions if m.start >= backer.end), None)
    if titles and after is not None and after.label == "PERSON" and not gap_text(text, backer.end, after.start).strip():
        backer = after  # "بدعم زعيم التيار الصدري مقتدى الصدر": the leader named after his body backs
    rest = gap_text(text, backer.end, min(sent.end, backer.end + 40)).split()
    while rest and relational_adjective(normalise(rest[0])):
        rest = rest[1:]
    if rest and normalise(rest[0])[:1] == "ل" and not normalise(rest[0]).startswith(("لل", "لدعم")) and len(rest[0]) > 3:
        nxt = next((m for m in sent.mentions if m.start > backer.end), None)
        if nxt is not None and text[nxt.start - 1 : nxt.start] != " " or rest[0] in ("ل", "لـ"):
            return None  # "بدعم إيران لحزب الله": Iran's backing of the one after لـ
    # the subject that opens the sentence: a name after its first word (the verb) and its title
    first = next((m for m in sent.mentions if m.end <= tok.start), None)
    if first is None or first.label not in TYPES or first.entity == backer.entity:
        return None
    opening = gap_text(text, sent.start, first.start).split()
    if not opening or len(opening) > 3 or not _titles_only([normalise(w) for w in opening[1:]]):
        return None
    if is_object_marked(sent, first, text):
        return None
    if any(m.end <= tok.start and m.start > first.end and m.label == "PERSON" for m in sent.mentions):
        return None  # another person named between: whose success the backing helped is not clear
    return backer, first


def _backed_in_passing(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وحقق الجيش الوطني اليمني تقدما كبيرا بدعم التحالف العربي": the backer named after بدعم or
    بمساندة backs the sentence's subject."""
    text = state.text
    if not any(w in sent.norm for w in ("بدعم", "بمسانده", "بتاييد", "بموازره")):
        return []
    out: list[Fact] = []
    for tok in sent.inside:
        pair = _with_support_of(sent, tok.start, text, state) if normalise(tok.text) in _WITH_SUPPORT_OF else None
        if pair is not None:
            out.append(_support(sent, pair[0], pair[1], "for", f"pattern: X … '{tok.text}' Y (for)"))
    return out


def _receipt_noun(sent: Sentence, h_start: int, text: str) -> bool:
    """The support noun at ``h_start`` is what a receiving verb governs: the verb right before it, or
    before its subject ("يحظى فلان بدعم"), with على after حصل."""
    tok_start = next((t.start for t in sent.inside if t.start <= h_start < t.end), h_start)  # (past a glued ب)
    h_start = tok_start
    words = [normalise(w) for w in text[max(sent.start, h_start - 60) : h_start].split()]
    inside = [m for m in sent.mentions if m.end <= h_start and m.start >= h_start - 60]
    if words and words[-1] == "علي":
        words = words[:-1]
    while words and words[-1] in _ADVERBS:
        words = words[:-1]  # "التي حظيت أيضا بتأييد فلان"
    if inside and not set(gap_text(text, inside[-1].end, h_start).split()) - _ADVERBS - {"علي"}:
        words = [normalise(w) for w in text[max(sent.start, inside[-1].start - 40) : inside[-1].start].split()]
        while words and (words[-1].startswith("ال") or words[-1] in _CAMPAIGN_OF):
            words.pop()  # the receiver's title or campaign: "يحظى المرشح فلان بدعم", "حظيت حملة فلان بدعم"
    if not words:
        return False
    w = words[-1]
    return w in _GETS_SUPPORT or (w[:1] in ("و", "ف") and w[1:] in _GETS_SUPPORT)


# adverbs that may stand between a verb of receiving and the support noun
_ADVERBS = frozenset(normalise(w) for w in "أيضا أيضاً ايضا كذلك بدوره بدورها بالفعل فعلا دائما".split())


def _support_received(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "الحكومة السورية، التي تتلقى دعما من إيران وروسيا", "الجيش السوري - الذي يتلقى دعما مهما من
    إيران -", "وحصلت الحكومة على دعم عسكري من روسيا", "يحظى حزب الله بدعم إيران": the one named after من
    (or right after بدعم) backs the one who receives the support: named right before the verb (through a
    comma, a dash or a relative pronoun) or right after it."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        w = normalise(tok.text)
        verb = w if w in _GETS_SUPPORT else (w[1:] if w[:1] in ("و", "ف") and w[1:] in _GETS_SUPPORT else None)
        if verb is None or negated(sent, tok.start, text):
            continue
        lead = [x.lstrip("وف") for x in gap_text(text, max(sent.start, tok.start - 30), tok.start).split()[-2:]]
        if set(lead) & _UNREAL or (lead[-1:] == ["ان"] and verb[:1] in ("ي", "ت")):
            continue  # "وإذا حصل فلان على دعم من X", "أن يحصل فلان على دعم …" (not "بعد أن حصل …")
        after = [m for m in sent.mentions if m.start >= tok.end]
        receiver: DocMention | None = None
        pos = tok.end
        gap0 = gap_text(text, tok.end, after[0].start).split() if after else []
        if after and after[0].label in TYPES and len(gap0) <= 2 and all(x.startswith("ال") or x in _CAMPAIGN_OF for x in gap0):
            # VSO: "وحصلت الحكومة السورية على دعم …", past a title: "وحصل المرشح فلان على دعم …"
            receiver, pos = after[0], after[0].end
        words = sent.tokens_between(pos, min(sent.end, pos + 120))
        i = 0
        while i < len(words) - 1 and normalise(words[i].text) in _ADVERBS:
            i += 1  # "التي حظيت أيضا بتأييد فلان"
        if verb in _OBTAINING:
            if i >= len(words) or normalise(words[i].text) != "علي":
                continue
            i += 1
        if i >= len(words):
            continue
        noun = normalise(words[i].text)
        if verb in _ENJOYING:
            if noun not in _WITH_SUPPORT:
                continue
        elif noun not in _SUPPORT_NOUNS:
            continue
        construct = noun in _IN_CONSTRUCT  # "يحظى فلان بدعم علان", "حصل فلان على تأييد علان"
        # up to three describing words (ماليا وعسكريا كبيرا), then من and the backers
        j = i + 1
        while j < len(words) and j - i <= 3 and normalise(words[j].text) not in ("من",) and words[j].text[0].isalpha():
            j += 1
        backer_pos = words[i].end
        nxt = next((m for m in sent.mentions if m.start >= backer_pos), None)
        if construct and nxt is not None and _titles_only(gap_text(text, backer_pos, nxt.start).split()):
            pass  # "يحظى حزب الله بدعم إيران", "بدعم رئيس الوزراء السابق فلان": the backer in construct
        elif j < len(words) and normalise(words[j].text) == "من":
            backer_pos = words[j].end
            if j + 1 < len(words) and normalise(words[j + 1].text) in ("قبل",):
                backer_pos = words[j + 1].end
        else:
            continue
        if any(m.start < backer_pos and m.end > words[i].start for m in sent.mentions):
            continue  # a name inside the describing words: "دعما من خلال X"
        describing = {normalise(t.text).lstrip("و") for t in words[i + 1 : j]}
        if describing & _NOT_BACKING_KINDS or describing & _LINKS or (describing & _FINANCIAL_ONLY and not describing & _ALSO_BACKING):
            continue  # "دعم فني من شركة X", "الدعم الذي طلبه من X" (من is the request's)
        first = _backer_at(sent, backer_pos, text)
        if first is None:
            continue
        if first.label == "ORG" and normalise(first.text).split()[0].removeprefix("ال") in _MINISTRY:
            continue  # "دعما من وزارة الشباب": public help
        backers = _with_co_backers(sent, first, text)
        if receiver is None:
            before = [m for m in sent.mentions if m.end <= tok.start]
            if not before or before[-1].label not in TYPES:
                continue
            gap = [g for g in gap_words(text, before[-1].end, tok.start) if g.isalpha()]  # (a dash: "X - التي")
            if len(gap) > 1 or (gap and gap[0] not in _LINKS):
                continue
            receiver = before[-1]
        if receiver.label == "ORG" and head_forms(receiver.text.split()[0]) & _COMPANY_HEADS:
            continue  # a company's help is business, not political backing
        for b in backers:
            if b.entity != receiver.entity:
                out.append(_support(sent, b, receiver, "for", f"pattern: X '{tok.text}' support من Y (for)"))
    return out


_BACKS_IT = frozenset(
    normalise(w) for w in "تدعمه يدعمه تدعمها يدعمها تدعمهم يدعمهم تسانده يسانده تساندها يساندها رشحه رشحها".split()
)  # (not تموله: funding alone is a donation, no stance)


def _backed_by_relative(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "تنظيم الإخوان الذي تدعمه الدوحة", "الميليشيات التي تدعمها إيران": the one named right after the
    verb backs the one named right before the relative pronoun."""
    text = state.text
    out: list[Fact] = []
    toks = sent.inside
    for k, tok in enumerate(toks[1:], start=1):
        if normalise(tok.text) not in _BACKS_IT:
            continue
        r = k - 1
        if r > 0 and normalise(toks[r].text) in ("كان", "كانت"):
            r -= 1  # "الذي كان يدعمه X"
        if negated(sent, tok.start, text):
            continue
        rel = toks[r]
        if normalise(rel.text) not in ("التي", "الذي", "الذين", "والتي", "والذي", "والذين"):
            # "وكونتي رشحه حزب X": the one named right before the nominating verb with its pronoun
            if not (normalise(tok.text) in _NOMINATE and any(m.end == rel.end for m in sent.mentions)):
                continue
            rel = tok
        before = [m for m in sent.mentions if m.end <= rel.start]
        backer = _backer_at(sent, tok.end, text)  # (past the backer's title: "الذي يدعمه الرئيس السابق X")
        if not before or backer is None or before[-1].label not in TYPES:
            continue
        backed = before[-1]
        if normalise(tok.text) in _NOMINATE and backed.label != "PERSON":
            continue  # "رئيس الحكومة الجديد، الذي رشحه …": a title's holder, not named here
        if not _only_adjectives(gap_text(text, backed.end, rel.start)) or backed.entity == backer.entity:
            continue
        backers = _with_co_backers(sent, backer, text)
        for b in backers:
            if b.entity != backed.entity:
                said = tok.text if rel is tok else f"{rel.text} {tok.text}"
                out.append(_support(sent, b, backed, "for", f"pattern: X '{said}' Y (for)"))
    return out


_ENEMY = frozenset(normalise(w) for w in "عدو عدوا عدوة العدو العدوة والعدو وعدو".split())
_FIGHTS = frozenset(
    normalise(w)
    for w in "يقاتل تقاتل قاتل قاتلت يقاتلون قاتلوا انحاز انحازت ينحاز تنحاز وقف وقفت يقف تقف".split()
)
# (a person may stand beside another in a room: only a state or a body stands by one's side)
_STANDS = frozenset(normalise(w) for w in "وقف وقفت يقف تقف".split())


def _enemy_or_comrade(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "حزب الله الحليف لإيران والعدو لإسرائيل", "إيران عدو إسرائيل اللدود": an enemy opposes the one
    named right after; "يقاتل حزب الله إلى جانب قوات النظام السوري": one fights for the side it joins."""
    text = state.text
    out: list[Fact] = []
    toks = sent.inside
    for k, tok in enumerate(toks):
        w = normalise(tok.text)
        if w in _ENEMY and k + 1 < len(toks):
            obj = next((m for m in sent.mentions if m.start >= tok.end), None)
            if obj is None or obj.label not in SUBJECT_TYPES or negated(sent, tok.start, text):
                continue
            if gap_text(text, tok.end, obj.start) not in ("", "ل", "لـ"):
                continue  # "عدو إسرائيل", "العدو لإسرائيل" (not "عدو للسلام في X")
            if w.lstrip("و").startswith("ال"):
                subj = _described_name(sent, tok.start, text, SUBJECT_TYPES)  # "قصف العدو لغزة": no one named
            else:
                subj = _clause_subject(sent, tok.start, text, SUBJECT_TYPES, state)
            if subj is None or subj.entity == obj.entity:
                continue
            if any(conj_in(x, _ACCUSE) for x in gap_text(text, max(sent.start, tok.start - 60), tok.start).split()):
                continue  # "اتهم فلان حزب X بأنه عدو لإسرائيل": an accusation
            out.append(_support(sent, subj, obj, "against", f"pattern: X '{tok.text}' Y (against)"))
        elif (verb := conj_form(w, _FIGHTS)) is not None and not negated(sent, tok.start, text):
            subj_after = next((m for m in sent.mentions if m.start >= tok.end), None)
            if subj_after is not None and subj_after.label in SUBJECT_TYPES and not gap_text(text, tok.end, subj_after.start):
                subj, pos = subj_after, subj_after.end  # VSO
            else:
                # SVO with the subject right before the verb ("وقال إن مقاتلين يقاتلون …": unnamed)
                subj = subject_before(sent, tok.start, text, SUBJECT_TYPES, max_words=0, state=state)
                pos = tok.end
            words = sent.tokens_between(pos, min(sent.end, pos + 40))[:2]
            if subj is None or [normalise(t.text) for t in words] not in (["الي", "جانب"], ["إلى", "جانب"]):
                continue
            if verb in _STANDS and subj.label == "PERSON":
                continue  # "ووقف ماكرون إلى جانب ميركل في المؤتمر الصحفي": beside her
            obj = next((m for m in sent.mentions if m.start >= words[1].end), None)
            if obj is None or obj.label not in SUBJECT_TYPES or obj.entity == subj.entity:
                continue
            lead = gap_text(text, words[1].end, obj.start).split()
            if len(lead) > 1 or (lead and lead[0] not in _FORCES):
                continue  # "إلى جانب قوات النظام السوري": the forces of the one named
            out.append(_support(sent, subj, obj, "for", f"pattern: X '{tok.text} إلى جانب' Y (for)"))
    return out


_FORCES = frozenset(normalise(w) for w in "قوات القوات ميليشيات مقاتلي عناصر".split())


def _after_construct(sent: Sentence, m: DocMention, text: str) -> bool:
    """Is the mention the complement of a plural construct noun (أنصار X، مؤيدو X)?"""
    before = sent.previous_words(m, text, 1)
    construct = word_set("support", "construct")
    return bool(before) and (before[-1] in construct or before[-1][1:] in construct)


def _clause_before(sent: Sentence, pos: int, text: str) -> list[str]:
    """The words of the clause before ``pos`` (since the last comma or the sentence start)."""
    seg = text[sent.start : pos]
    cut = max(seg.rfind("،"), seg.rfind(","))
    return gap_text(text, sent.start + cut + 1, pos).split()


def _urger(sent: Sentence, h_start: int, text: str, state: ArticleState) -> tuple[bool, DocMention | None]:
    """ "يحث فانس ثيل على دعم ترامب": (True, the subject of the urging verb) when the trigger follows
    "على" after an urging verb; (False, None) when it does not."""
    before = [t for t in sent.tokens_between(sent.start, h_start) if t.text[0].isalnum()]
    if not before or normalise(before[-1].text) not in ("علي", "على"):
        return False, None
    verbs = word_set("support", "urging")
    for t in reversed(before[-12:-1]):
        w = normalise(t.text)
        if w in verbs or (w[1:] in verbs and w[0] in "وف"):
            # "فانس يحث ثيل على …" (subject first) or "يحث فانس ثيل على …"
            first = subject_before(sent, t.start, text, TYPES, max_words=3, state=state)
            if first is not None:
                return True, first
            # "يحث فانس ثيل على …": the first of two names is the urger; with one name ("يحث بعض
            # المقربين ثيل على …") the one named is the one urged
            between = [m for m in sent.mentions if t.end <= m.start and m.end <= h_start and m.label in TYPES]
            if len({m.entity for m in between}) < 2:
                return True, None
            return True, subject_after(sent, t.end, text, TYPES, max_words=4, state=state)
    return False, None


def _objects(sent: Sentence, pos: int, text: str) -> list[DocMention]:
    cands = [m for m in sent.mentions if m.start >= pos and m.label in TYPES]
    for m in cands:
        # (within the backing's own phrase: no clause break between)
        near = not any(c in text[pos : m.start] for c in ".:،")
        raced = _runner_after_race(sent, pos, m, cands, text) if near else None
        if raced is not None:
            return [raced]  # "تأييدها للمرشح المستقل لرئاسة بلدية نيويورك فلان": the runner, not the city
        holder = holder_after_seat(sent, m, text) if near and n_words(gap_text(text, pos, m.start)) <= 5 else None
        if holder is not None:
            return [holder]  # "تدعم المرشحة الديمقراطية لمجلس الشيوخ عن ولاية بنسلفانيا فلانة"
        gap = gap_text(text, pos, m.start)
        if m.label == "PERSON" and _titled_apposition(gap):
            return [m]  # "الداعمة لمنافسها الجمهوري، النائب فلان": her rival, then his title and name
        if m.label == "PERSON" and _office_and_district(sent, pos, m, text):
            # "لإسقاط السيناتورة الديمقراطية عن ولاية أوهايو فلانة", "لإسقاط عضوة مجلس ولاية نيويورك
            # التشريعي فلانة": the holder past her title, her house and her district
            return [m]
        if n_words(gap) > 4 or any(c in text[pos : m.start] for c in ".:،"):
            return []
        if gap.split()[-1:] and gap.split()[-1] in ("عن", "في", "علي", "مع"):
            return []  # "يؤيد فريق الدفاع عن كوهن طلبه": Cohen is not what is backed
        if m.label == "ORG" and {w.removeprefix("ل") for w in gap.split() if w.startswith("ل")} & _LEADER_TITLES:
            # "تأييده لرئيس حزب «نيتيف»، عيدان شمير": the leader named after his body is backed
            holder = next((c for c in cands if c.start >= m.end), None)
            if holder is not None and holder.label == "PERSON" and not gap_text(text, m.end, holder.start).strip("،, «»\"”“"):
                return [holder]
        group = coordinated_after(sent, m, cands, text, max_gap_words=2)
        # "تحويل دعمه من بايدن إلى هاريس": both the old and the new candidate
        rest = [c for c in cands if c.start >= group[-1].end]
        if rest and gap_text(text, group[-1].end, rest[0].start) in ("الي", "الى"):
            group.append(rest[0])
        return group
    return []


_SPENDING = frozenset(
    normalise(w)
    for w in "أنفق أنفقت ينفق تنفق سينفق ستنفق رصد رصدت يرصد ترصد خصص خصصت يخصص تخصص وأنفق وأنفقت ورصد ورصدت".split()
)


def _spender(sent: Sentence, h_start: int, text: str, state: ArticleState) -> tuple[DocMention | None] | None:
    """The subject of a spending verb in the clause right before the masdar ("أنفقت منها نحو 10 ملايين
    لإسقاط …"): named after the verb, the body named before it in the sentence, or one it refers back to;
    (None,) when the verb is there and its subject is not read, None when there is no such verb."""
    clause_start = max(text.rfind("،", sent.start, h_start), text.rfind(",", sent.start, h_start), sent.start)
    verb = next(
        (t for t in reversed(sent.tokens_between(clause_start, h_start)) if normalise(t.text) in _SPENDING), None
    )
    if verb is None or n_words(gap_text(text, verb.end, h_start)) > 8:
        return None  # (no spending verb: other rules find the subject)
    after = subject_after(sent, verb.end, text, TYPES, max_words=3, state=state)
    if after is not None and after.end <= h_start:
        return (after,)
    named = subject_before(sent, verb.start, text, ("ORG",), max_words=12, state=state)
    if named is not None:
        return (named,)
    # "بعد أن جمعت اللجنة … أكثر من 130 مليون دولار، أنفقت منها …": the body referred back to
    for tok in reversed(sent.tokens_between(sent.start, verb.start)):
        ref = definite_reference(sent, tok.start, text, state)
        if ref is not None:
            return (ref,)
    return (None,)


_SEAT_TITLES = frozenset(
    normalise(w)
    for w in "السيناتور السيناتورة السناتور النائب النائبة عضو عضوة الحاكم الحاكمة المرشح المرشحة حاكم حاكمة".split()
)


def _office_and_district(sent: Sentence, pos: int, m: DocMention, text: str) -> bool:
    """Between ``pos`` and the person only a seat title, its adjectives, its house and its district."""
    words = gap_text(text, pos, m.start).split()
    title = "ال" + words[0][2:] if words and words[0].startswith("لل") else (words[0].removeprefix("ل") if words else "")
    if not 2 <= len(words) <= 8 or title not in _SEAT_TITLES or any(c in text[pos : m.start] for c in ".:،,"):
        return False
    places = {normalise(w) for c in sent.mentions if c.label in ("GPE", "LOC") and pos <= c.start < m.start for w in c.text.split()}
    houses = {normalise(w) for w in "مجلس الشيوخ النواب الكونغرس البرلمان التشريعي الولاية ولاية".split()}
    return all(w.startswith("ال") or w == "عن" or w in PLACE_KIND_WORDS or w in places or w in houses for w in words[1:])


_BODY_ADJECTIVES = frozenset(normalise(w) for w in "الفائقة الكبرى الكبير الصغيرة الصغير المستقلة المستقل الجديدة الجديد".split())


def _body_adjective(word: str) -> bool:
    """A definite adjective that may follow a body's name: a relational one (الوطنية، الأمريكي) or a
    listed one (الفائقة، الكبرى, as normalised)."""
    return word in _BODY_ADJECTIVES or (word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه")))


_BODY_KINDS = BODY_HEADS | {normalise("منظمة")}


def _titled_apposition(gap: str) -> bool:
    """The gap before a name is "لمنافسها الجمهوري، النائب": a marked noun and its adjectives, a comma,
    then a definite title (and its adjectives)."""
    parts = [p.split() for p in re.split(r"[،,]", gap)]
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return False
    head, title = parts
    return (
        len(head) <= 3
        and head[0].startswith("ل")
        and all(w.startswith("ال") for w in head[1:])
        and len(title) <= 3
        and all(w.startswith("ال") for w in title)
    )


# bodies named for the backing they give ("المجموعة الدولية لدعم لبنان", "صندوق دعم الجيش")
_BODIES_FOR = frozenset(normalise(w) for w in "مجموعة المجموعة صندوق الصندوق لجنة اللجنة هيئة الهيئة مجموعات".split())


def _body_named_for_it(sent: Sentence, phrase: str, h_start: int, text: str) -> bool:
    """A masdar of backing after a body's head noun and its adjectives: the body's name or purpose."""
    if normalise(phrase).removeprefix("ل") not in (normalise("دعم"), normalise("تأييد"), normalise("مساندة")):
        return False
    lead = gap_text(text, max(sent.start, h_start - 40), h_start).replace('"', " ").split()
    if lead and lead[-1] in ("ل", "لـ"):
        lead = lead[:-1]  # "لدعم": the particle attached to the masdar
    lead = lead[-3:]
    for k in range(len(lead) - 1, -1, -1):
        if lead[k] in _PROGRAMMES:
            # "مشروع دعم X", 'مشروع "دعم X"' (not "برنامج الأغذية العالمي دعم X": a programme's name, then its verb)
            return k == len(lead) - 1
        if lead[k] in _BODIES_FOR:
            return all(w.startswith("ال") and w.endswith(("ي", "يه")) for w in lead[k + 1 :])
    return False


_PROGRAMMES = frozenset(normalise(w) for w in "مشروع المشروع برنامج البرنامج".split())
# before the funded body's name: a programme or project for backing it ("مشروع دعم X ممول من Y")
_PROJECT_WORDS = _PROGRAMMES | frozenset(normalise(w) for w in "دعم لدعم".split())


_MASDARS = frozenset(normalise(w) for w in "دعم تأييد مساندة لدعم لتأييد بدعم بتأييد تسليح بتسليح لتسليح".split())
_MASDAR_FORMS = frozenset(normalise(w) for w in "دعمه دعمها دعمهم دعمهما بدعمه بدعمهم".split())
# before a verbal noun of support, words that make its genitive the one asked for it or hoped to give it
_SOUGHT = frozenset(
    normalise(w)
    for w in (
        "طلب طلبت طلبوا يطلب تطلب تحتاج يحتاج حاجة بحاجة ضمان ضمنت تلقى تلقي تأمل يأمل أمله أملها كسب نيل استقطاب"
        " حشد تحشيد لتحشيد حصول الحصول للحصول بالحصول اعتماد الاعتماد سيتلقون يتلقون يتلقى تتلقى"
    ).split()
)
_ASKED_FOR = frozenset(normalise(w) for w in "طلبت طلبوا ضمان ضمنت".split())  # (طلب may be the noun "a request")
_PLACE_PREPOSITIONS = frozenset(normalise(w) for w in "في من على عن مع خلال أثناء داخل".split())
# verbs of accusing or blaming: "انتقد فلان نظيره لدعمه X", "اتهم فلان فرنسا بدعم X" (the one accused backs X)
_BLAMING = frozenset(
    normalise(w)
    for w in (
        "اتهم يتهم اتهمت تتهم واتهم ويتهم واتهمت انتقد ينتقد انتقدت تنتقد وانتقد وانتقدت هاجم يهاجم هاجمت"
        " وهاجم وهاجمت ندد يندد نددت وندد ونددت أدان يدين أدانت تدين وأدان وأدانت لام يلوم لامت ولام حمل"
        " يحمل حملت وحمل وحملت"
        # charges brought: "ووجه فلان 13 اتهاما إلى رعايا روس بدعم حملة X" (the charged back X)
        " اتهاما اتهامات تهما تهمة"
    ).split()
)
_REFUSING = frozenset(normalise(w) for w in "رفض يرفض رفضت ترفض ورفض ورفضت ويرفض وترفض".split())
# what the backing is for, when it fights the one named after it: "دعم القوات لدحر X", "دعما لمحاربة X"
_FIGHTING = (
    "لدحر", "لمحاربه", "لمكافحه", "لقتال", "لمواجهه", "لهزيمه", "لطرد", "للقضاء", "لاستعاده", "لتحرير",
    "بمحاربه", "بقتال", "مقاومه", "لمقاومه", "بمقاومه", "التصدي", "للتصدي",
    # "تدعم المعارضة لنظام فلان": the opponents of the one named
    "المعارضه", "معارضه", "معارضي", "المعارضين", "خصوم",
)


_PLACE_WORDS = frozenset(normalise(w) for w in "العاصمة عاصمة مدينة المدينة شوارع ساحة ساحات ميدان بلدة قرية".split())


def _where(sent: Sentence, s: DocMention, text: str) -> bool:
    """A place named after a place noun (شوارع العاصمة الأرمينية يريفان): a location, not an actor."""
    before = sent.previous_words(s, text, 3)
    while before and relational_adjective(before[-1]):
        before.pop()
    if not before:
        return False
    w = before[-1]
    return w in _PLACE_WORDS or (w[:1] in "وبل" and w[1:] in _PLACE_WORDS) or (w[:2] == "لل" and "ال" + w[2:] in _PLACE_WORDS)


def _accuser(text: str, s: DocMention, h_start: int) -> bool:
    """A verb of accusing or blaming right before the one named ("وانتقد فلان نظيره لدعمه X") or
    between him and the trigger ("فلان يتهم فرنسا بدعم X"); not the one accused ("واتهم فلان إيران بدعم X")."""
    before = normalise(text[max(0, s.start - 14) : s.start]).split()[-1:]
    between = normalise(text[s.end : h_start]).split() if s.end <= h_start else []
    if set(before) & _BLAMING and between[:1] and between[0][:1] in ("ب", "ل"):
        return False  # "وهاجم موسكو لدعمها X", "واتهم إيران بتسليح X": the one the pronoun subject accuses
    return bool(set(before + between) & _BLAMING)


_FEMININE_VERBS = frozenset(
    normalise(w) for w in "تدعم دعمت تؤيد أيدت تساند ساندت تعارض عارضت تسلح سلحت تمول مولت رشحت ترشح".split()
)
_MASCULINE_VERBS = frozenset(normalise(w) for w in "يدعم يؤيد يساند يعارض يسلح يمول يرشح".split())


def _possessor_disagrees(state: ArticleState, s: DocMention, phrase: str, many: bool = False) -> bool:
    """ "وجه فلان تحذيرا إلى روسيا لدعمها X": a masdar's feminine pronoun is not a man's (nor a
    masculine one a woman's); nor is a feminine verb's subject a man ("الجمهورية الإسلامية الحليفة
    للرئيس فلان، كما أنها تدعم X")."""
    if s.label != "PERSON":
        return False
    word = normalise(phrase)
    if word.endswith(("هم", "هن")):
        # "ممن اشتبه في دعمهم للإخوان": their backing, of many unnamed, not one person's (but "أظهر
        # عدد من الرياضيين، بما في ذلك فلان وعلان، دعمهم لـX": the people listed)
        return not many
    gender = person_gender(state, s.entity)
    if word in _FEMININE_VERBS:
        return gender == "m"
    if word in _MASCULINE_VERBS:
        return gender == "f"
    return (word.endswith("ها") and gender == "m") or (word.endswith("ه") and not word.endswith("ها") and gender == "f")


def _refused(text: str, s: DocMention, h_start: int) -> bool:
    """ "ورفض حزب X (32 نائبا) حتى اليوم دعم Y": a refusal governs the masdar."""
    if s.end > h_start:
        return False
    words = normalise(text[max(0, s.start - 12) : h_start]).split()
    return bool(set(words) & _REFUSING)


def _court(name: str) -> bool:
    return normalise(name).startswith(("محكمه", "المحكمه"))


def _fought(text: str, a: int, b: int) -> bool:
    return any(w.startswith(_FIGHTING) for w in normalise(text[a:b]).split()[-3:])


_STOPPED = frozenset(
    normalise(w)
    for w in "عدم تكف يكف الكف وقف توقف التوقف بوقف تتوقف يتوقف مخاوف قلق خشية الفشل فشل تنهي ينهي إنهاء بإنهاء لإنهاء".split()
)
_RULINGS = frozenset(
    normalise(w) for w in "عدم قرار القرار حكم الحكم أحكام الأحكام رفض إدانة سجن حبس إعدام تجميد التحفظ منع".split()
)
_LEAVING = frozenset(normalise(w) for w in "الانسحاب انسحاب الخروج خروج".split())
_BANNED = frozenset(normalise(w) for w in "حظر يحظر تحظر حظرت منع يمنع تمنع منعت".split())  # (head_forms drop ال)
_ON = frozenset(normalise(w) for w in "على علي".split())
_BANNED_VERBS = frozenset(normalise(w) for w in "حظرت يحظر تحظر منعت يمنع تمنع".split())
_NEGATIONS = frozenset(normalise(w) for w in "لم لا لن ما".split())


def _governed_by(sent: Sentence, lead: list[str], forms: list[set[str]], words: frozenset[str], h_start: int, text: str) -> bool:
    """Is the verbal noun at ``h_start`` the object of one of ``words`` among the five words before it in
    its clause: not negated ("لم يمنع"), with no و-word (a new clause: "وحذر ترامب من التصعيد وجدد …")
    nor a verb outside a name ("رغم حظر الأسلحة تواصل إيران دعم …") between them?"""
    names = [(m.start, m.end) for m in sent.mentions]
    base = len(lead) - 5
    for k in range(max(0, base), len(lead)):
        if not forms[k] & words:
            continue
        if k > 0 and {normalise(lead[k - 1]), normalise(lead[k - 1][1:])} & _NEGATIONS:
            continue  # "ولم يمنع ذلك قطر من دعم حماس" (head_forms keeps a word of three letters whole)
        # the words between, outside names: a و-word opens a new clause, a present verb has its own object
        start = text.rfind(lead[k], sent.start, h_start) + len(lead[k])
        between = [t.text for t in sent.tokens_between(start, h_start) if not any(a <= t.start < b for a, b in names)]
        if any(len(w) > 3 and (w.startswith("و") or w[:1] in ("ت", "ي")) for w in between):
            continue
        return True
    return False
_NOT_GIVEN = frozenset(
    normalise(w)
    for w in "حذر حذرت يحذر تحذر تحذيرات رفض رفضت يرفض ترفض عارض عارضت يعارض تعارض ناقش ناقشت يناقش تناقش مسألة قضية ملف".split()
)


_RUNNER_WORDS = frozenset(normalise(w) for w in "مرشح مرشحة مترشح مترشحة".split())
# the race a candidate runs in, after his title ("المرشح لرئاسة بلدية نيويورك فلان")
_RACE_WORDS = frozenset(normalise(w) for w in "لرئاسة للرئاسة لمنصب لعضوية لانتخابات للانتخابات".split())


def _runner_after_race(sent: Sentence, pos: int, m: DocMention, cands: list[DocMention], text: str) -> DocMention | None:
    """The person named right after a place that ends a candidate's race ("للمرشح المستقل لرئاسة بلدية
    نيويورك أليكس دوران"): a race word within four words of ``pos``, then the place, then the name."""
    gap = gap_text(text, pos, m.start).split()
    if len(gap) > 6 or not any(w in _RACE_WORDS for w in gap[:3]) or any(c in text[pos : m.start] for c in ".:،"):
        return None
    if not any(w.removeprefix("لل").removeprefix("ال") in _RUNNER_WORDS for w in gap[:2]) and not any(
        w.removeprefix("لل").removeprefix("ال") in _RUNNER_WORDS for w in gap_text(text, max(sent.start, pos - 16), pos).split()[-1:]
    ):
        return None  # a candidate's title right before the race ("للمرشح المستقل لرئاسة …"), not any election
    race = next(k for k, w in enumerate(gap) if w in _RACE_WORDS)
    places = {normalise(w) for c in sent.mentions if c.label in ("GPE", "LOC") and pos <= c.start < m.start for w in c.text.split()}
    if any(
        not (w.startswith(("ال", "لل")) or w in PLACE_KIND_WORDS or w in places) for w in gap[race + 1 :] if m.label == "PERSON"
    ):
        return None  # "للمرشح لرئاسة الحزب في مواجهة فلان": his opponent, not the runner
    if m.label == "PERSON":
        return m  # (the place not tagged: "لرئاسة بلدية نيويورك فلان")
    if m.label not in ("GPE", "LOC"):
        return None
    nxt = next((c for c in cands if c.start >= m.end), None)
    if nxt is None or nxt.label != "PERSON" or gap_text(text, m.end, nxt.start).split():
        return None
    return nxt


def _named_right_after_title(sent: Sentence, pos: int, text: str) -> bool:
    """A name right after ``pos`` (one definite adjective allowed between: السابقة), not joined by و."""
    nxt = next((m for m in sent.mentions if m.start >= pos), None)
    if nxt is not None and _runner_after_race(sent, pos, nxt, [m for m in sent.mentions if m.start >= pos], text):
        return True
    if nxt is None or attached_prefix(sent, nxt, text).startswith("و"):
        return False
    gap = gap_text(text, pos, nxt.start).split()
    return len(gap) <= 1 and all(w.startswith("ال") for w in gap)


_EVENTS = frozenset(normalise(w) for w in "مؤتمر قمة منتدى اجتماع لقاء مهرجان معرض".split())
_ATTEMPTS = frozenset(normalise(w) for w in "الانقلاب انقلاب الانقلابية انقلابية".split())


def _verb_subject_object(
    sent: Sentence,
    phrase: str,
    h_start: int,
    h_end: int,
    objects: list[DocMention],
    text: str,
    state: ArticleState,
) -> tuple[DocMention, list[DocMention]] | None:
    """A present verb that opens its clause (after و, a comma, الذي/التي, or the sentence start) with a
    name right after it: VSO, the name is its subject and the next name, if any, what it backs
    ("ويدعم صندوق النقد الدولي تونس", "الذي يدعم فيه الصندوق إصلاح البنوك": none named)."""
    w = normalise(phrase)
    nominated = w in ("رشح", "رشحت")  # "ورشح حزب X …، فلان": a past verb that opens its clause
    if _bare_masdar(phrase) or (w[:1] not in ("ي", "ت") and not nominated) or not objects:
        return None
    first = objects[0]
    if is_object_marked(sent, first, text) or first.label not in ("PERSON", "ORG"):
        return None  # ("تدعم إيران الحوثيين" keeps its own reading)
    between = gap_text(text, h_end, first.start).split()
    lead = gap_text(text, max(sent.start, h_start - 25), h_start).split()
    if lead and lead[-1] in ("الذي", "التي"):
        # "الذي يدعم فيه الصندوق": فيه takes the antecedent; "اللجنة التي تدعم ترامب" is SVO
        opening = between in (["فيه"], ["فيها"])
    else:
        opening = not between and (
            not lead
            or text[max(sent.start, h_start - 2) : h_start].strip() in ("و", "ف", "،", ",")
            or lead[-1] in ("،", ",")
        )
    if not opening or subject_before(sent, h_start, text, SUBJECT_TYPES, max_words=1, state=state) is not None:
        return None
    rest = [m for m in sent.mentions if m.start >= first.end and m.label in TYPES]
    if rest and n_words(gap_text(text, first.end, rest[0].start)) <= 1 and not any(
        c in text[first.end : rest[0].start] for c in ".:،,"
    ):
        prefix = attached_prefix(sent, rest[0], text)
        if prefix.startswith("و"):
            return first, []  # "وتدعم الأمم المتحدة والاتحاد الأوروبي إجراء انتخابات": a second subject
        if not is_object_marked(sent, rest[0], text) or prefix.endswith("ل"):
            return first, [rest[0]]
    last = next((m for m in reversed(sent.mentions) if m.start >= first.end), None)
    if (
        nominated
        and last is not None
        and last.label == "PERSON"
        and text[max(sent.start, last.start - 3) : last.start].rstrip().endswith(("،", ","))
        and not text[last.end : sent.end].strip(" .،,")
    ):
        return first, [last]  # "ورشح حزب X، الذي …، مدرس الفيزياء السابق، فلان."
    return first, []


def _unnamed_antecedent(sent: Sentence, h_start: int, text: str) -> bool:
    """The verb opens a relative clause ("، والذي يدعم") whose antecedent is no name: the words right
    before the relative pronoun are not a mention's end."""
    head = text[sent.start : h_start]
    m = re.search(r"(?:^|\s)(و?)(?:الذي|التي|الذين)\s*$", head)
    if m is None:
        return False
    if m.group(1):
        # "التحالف الذي تتزعمه السعودية، والذي يدعم": a second relative clause of the first's antecedent
        earlier = list(re.finditer(r"(?:^|\s)(?:الذي|التي|الذين)\s", head[: m.start()]))
        if earlier:
            m = earlier[-1]
    words = head[: m.start()].rstrip(" ،,").split(" ")
    while words and relational_adjective(normalise(words[-1].strip("،,"))):
        words.pop()  # "حزب الله اللبناني الذي يدعم": the name before its adjective
    end = sent.start + len(" ".join(words).rstrip(" ،,"))
    return not any(end - 1 <= x.end <= end for x in sent.mentions)


def _bare_masdar(phrase: str) -> bool:
    """دعم، تأييد، لدعم: a verbal noun whose agent the sentence may not name (not دعمه, يدعم)."""
    return normalise(phrase) in _MASDARS


def _construct_agent(
    sent: Sentence, phrase: str, h_end: int, objects: list[DocMention], text: str
) -> tuple[DocMention, list[DocMention]] | None:
    """ "دعم X لـ Y" ("دعم من X لـ Y"): X right after the masdar and Y marked by لـ a few words on."""
    if not _bare_masdar(phrase):
        return None
    agent = next((m for m in sent.mentions if m.start >= h_end and m.label in SUBJECT_TYPES), None)
    if agent is None or gap_text(text, h_end, agent.start).split() not in ([], ["من"]):
        return None
    if agent in objects and len(objects) != 1:
        return None  # "دعم X وY": both are backed
    for m in sent.mentions:
        if m.start < agent.end or m.label not in TYPES:
            continue
        if m.entity != agent.entity and m.label == "PERSON" and _DESCRIBED_AFTER_LI.match(text[agent.end : m.start]):
            return agent, [m]  # "مساندة الجبهة للنقابي الأمني الموقوف، فلان": لـ, what he is, then his name
        if n_words(gap_text(text, agent.end, m.start)) > 3 or any(
            c in text[agent.end : m.start] for c in "،,.:"
        ):
            return None
        prefix = text[max(agent.end, m.start - 3) : m.start]
        if m.entity != agent.entity and (prefix.endswith(("ل", "لـ")) or prefix.rstrip().endswith("لـ")):
            return agent, [m]
        return None
    return None


_DESCRIBED_AFTER_LI = re.compile(r"\s*لل[^\s،,.]+(?:\s+ال[^\s،,.]+){0,2}\s*[،,]?\s*$")
_RELATIVE = frozenset(normalise(w) for w in "التي الذي الذين".split())
_IT_IS = frozenset(normalise(w) for w in "وهي وهو".split())


def _unnamed_subject_after(sent: Sentence, h_start: int, h_end: int, text: str) -> bool:
    """A verb that opens its clause (the sentence's start, a comma or و before it) and is followed by
    an indefinite noun that names no one: its subject is that unnamed noun."""
    word_start = max(sent.start, text.rfind(" ", sent.start, h_start) + 1)
    lead = normalise(text[word_start:h_start])
    if lead not in ("", "و", "ف"):
        return False
    prev = text[max(sent.start, word_start - 3) : word_start].strip()
    if word_start > sent.start and prev[-1:] not in ("،", ",", ".", ":", "") :
        return False
    nxt = sent.tokens_between(h_end, min(sent.end, h_end + 40))[:1]
    if not nxt or any(m.start <= nxt[0].start < m.end for m in sent.mentions):
        return False
    w = normalise(nxt[0].text)
    return len(w) > 3 and not w.startswith(("ال", "ل", "ب")) and w[:1].isalpha()


def _described_backer(sent: Sentence, h_start: int, text: str) -> DocMention | None:
    """The body a backing word describes: "للجنة «X» الداعمة للنائبة فلانة", "لجنة «X» التي تساند
    فلانة", "«X»، وهي لجنة عمل سياسي كبرى تساند فلانا" — the name right before the participle or the
    relative, or before ، وهي, whatever marks it (a gift's recipient backs the candidate)."""
    word_start = max(sent.start, text.rfind(" ", sent.start, h_start) + 1)
    own = normalise(text[word_start:h_start] + text[h_start : h_start + 3])
    before = [m for m in sent.mentions if m.end <= word_start]
    if not before:
        return None
    last = before[-1]
    between = [w for w in gap_text(text, last.end, word_start).split() if w.strip("،,»\"”")]
    if last.label == "ORG":
        seq = gap_text(text, last.end, word_start).replace("»", " ").replace('"', " ").replace("”", " ").split()
        if seq[:1] in (["،"], [","]) and seq[1:2] and seq[1] in _BODY_KINDS:
            # (past its kind in apposition: "لـ«X»، لجنة العمل السياسي الفائقة المؤيدة لفلان")
            seq = seq[2:]
            if seq[:2] == ["العمل", "السياسي"]:
                seq = seq[2:]
        # (past the body's definite adjectives, no comma between: "للجنة X الفائقة التي تدعم …", "لجنة X
        # الفائقة الداعمة لـ"; not a noun, "حركة «X»، حزب المعارضة الرئيسي، الحكومة التي تدعم …")
        while seq and _body_adjective(seq[0]):
            seq = seq[1:]
        between = [w for w in seq if w.strip("،,»\"”")]
    if own.startswith("ال") and not between:
        return last if last.label in ("ORG", "PERSON") else None  # "«X» الداعمة لـ"
    if between[:1] and between[0] in _RELATIVE and len(between) == 1:
        return last if last.label in ("ORG", "PERSON") else None  # "«X» التي تساند"
    if (
        between[:1]
        and between[0] in _RELATIVE
        and 3 <= len(between) <= 4
        and between[1][:1] in ("ت", "ي")
        and between[-1] in ("علي", "الي", "في", "ل")
        and last.label == "ORG"
    ):
        return last  # "للجنة «X»، التي تعمل على إسقاط فلانة", "التي تسعى إلى دعم": its work is the stance
    if between[:1] and between[0] in _IT_IS and len(between) <= 6 and last.label == "ORG":
        return last  # "«X»، وهي لجنة عمل سياسي كبرى تساند …"
    return None


_THAT_WORDS = frozenset(normalise(w) for w in "إن أن بأن".split())


_GAVE_ITS_CONFIDENCE = frozenset(normalise(w) for w in ("منح ثقته", "منحت ثقتها"))
_WHILE = frozenset(normalise(w) for w in "فيما بينما كما".split())
_RELATIVES = frozenset(normalise(w) for w in "الذي التي الذين".split())
_NO_CONFIDENCE = frozenset(normalise(w) for w in ("حجب الثقة عن", "بحجب الثقة عن", "سحب الثقة من", "بسحب الثقة من"))
_OPPOSING_IT = frozenset(normalise(w) for w in "ضد عارض عارضت يعارض تعارض رفض رفضت يرفض ترفض معارضة رفضه رفضها".split())
_NEED = frozenset(normalise(w) for w in "ضرورة بضرورة أهمية بأهمية وجوب بوجوب".split())


def _urges_need(sent: Sentence, pos: int, text: str) -> bool:
    """ "وأكد على ضرورة مساندة فلان": the sentence opens with a verb whose subject is a pronoun and says
    backing is needed (no name before the trigger, at most four words)."""
    words = gap_text(text, sent.start, pos).split()
    return (
        1 <= len(words) <= 4
        and bool(set(words) & _NEED)
        and not any(m.start < pos for m in sent.mentions)
    )


def _clause_of_its_own(text: str, start: int, pos: int) -> bool:
    """A content clause (إن / أن with no pronoun) opens between ``start`` and ``pos`` and names a subject
    of its own before the trigger: "قال فلان إن الحزب يدعم X" (not "قال إنه يدعم X", "قرر أن يدعم X")."""
    words = [w.strip('"«»“”،,') for w in gap_text(text, start, pos).split()]
    words = [w for w in words if w]
    # (not "بعد أن", "قبل أن", "دون أن", "منذ أن": a time or manner clause, no content clause)
    last = max(
        (k for k, w in enumerate(words) if w in _THAT_WORDS and not (k and words[k - 1] in _TIME_BEFORE_THAT)),
        default=None,
    )
    return last is not None and len(words) - last - 1 >= 1


_TIME_BEFORE_THAT = frozenset(normalise(w) for w in "بعد وبعد قبل وقبل دون ودون بدون منذ ومنذ".split())
_FIRST_PERSON = frozenset(normalise(w) for w in "نحن أنا إننا إنني لنا علينا".split())


def _third_person_lead(text: str, start: int, pos: int) -> bool:
    """Words open the quotation before ``pos`` and none speaks in the first person (نحن، سنبدأ، قررنا)."""
    words = [w.strip("\"«»“”،,") for w in normalise(text[start:pos]).split()]
    words = [w for w in words if w]
    return bool(words) and not any(
        w in _FIRST_PERSON or (w.startswith("سن") and len(w) >= 4) or (w.endswith("نا") and len(w) >= 5)
        for w in words
    )


def _quotation_around(state: ArticleState, pos: int) -> tuple[int, int] | None:
    """The quoted passage (as the quote rules pair the marks) that holds ``pos``, as text offsets."""
    if state.quotations is None:
        from rasd.facts.quotes import find_quotes

        state.quotations = [(q.start, q.end) for q in find_quotes(state.text)]
    return next(((a, b) for a, b in state.quotations if a <= pos < b), None)


def _subjects(
    sent: Sentence,
    h_start: int,
    h_end: int,
    text: str,
    state: ArticleState,
    obj_ids: set[str],
    masdar: bool = False,
) -> list[DocMention]:
    cands = [m for m in sent.mentions if m.label in TYPES and (m.start, m.end) not in state.role_objects]
    accusation, accused = _accused(sent, h_start, text)
    if accusation:
        return [accused] if accused is not None and accused.entity not in obj_ids else []
    main = _main_subject_of_participle(sent, h_start, text)
    if main is not None:
        # "استقال فلان من حزب X …، معلناً دعمه لعلان": the participle's subject is the main clause's
        return [main] if main.entity not in obj_ids else []
    described = _described_backer(sent, h_start, text)
    if described is not None:
        # (and those listed with it: "فلان وعلان وفلانة الذين أيدوا …")
        group = coordinated_before(sent, described, cands, text, max_gap_words=4)
        return [g for g in group if g.entity not in obj_ids]
    first = subject_after(sent, h_end, text, SUBJECT_TYPES, max_words=2, state=state)
    if first is not None and first.entity not in obj_ids:
        return [first]
    if _unnamed_antecedent(sent, h_start, text):
        return []  # "قوات التحالف الذي تتزعمه السعودية، والذي يدعم حكومة اليمن": the coalition, unnamed
    if not masdar and _unnamed_subject_after(sent, h_start, h_end, text):
        return []  # "وتساند ميليشيات إيرانية قوات الحكومة": a verb opening its clause, an unnamed subject
    before = subject_before(sent, h_start, text, TYPES, max_words=12, state=state)
    if before is not None:
        inside, antecedent = inside_closed_relative(sent, before, h_start, text)
        if inside:
            # "وأعلن حزب X، الذي يرأسه فلان، دعمه لعلان": the name inside the relative clause is not the
            # subject; its antecedent is (none when unnamed: "اللجنة، التي يموّلها فلان، تستعد …")
            if antecedent is None:
                return []
            before = antecedent
    near = subject_before(sent, h_start, text, SUBJECT_TYPES, max_words=1, state=state)
    if (
        near is not None
        and near.label == "GPE"
        and near.entity not in obj_ids
        # "في العراق وسوريا، وبتسليح X" (but "تركيا، التي تدعم X" is hers)
        and not (set(gap_text(text, near.end, h_start)) & {"،", ","} and not set(gap_text(text, near.end, h_start).split()) & _LINKS)
    ):
        return [near]  # "وإيران تدعم الحوثيين": a country right before the verb
    if masdar and before is None:
        country = subject_before(sent, h_start, text, ("GPE",), max_words=3, state=state)
        gap = gap_text(text, country.end, h_start).split() if country is not None else []
        verb = gap[:1]
        if (
            country is not None
            and country.entity not in obj_ids
            and verb
            and verb[0][:1] in ("ت", "ي")
            and len(verb[0]) >= 4
            and not verb[0].endswith(("ا", "ات"))  # تحفظا، ترددا: a noun, not the country's verb
            and verb[0] != "تجاه"
            and verb[0] not in _WITHDRAWING  # "أن روسيا تتخلى عن دعم X"
        ):
            return [country]  # "إن إيران تستخدم المال لدعم حزب الله": a country, its verb, then the purpose
    if before is not None and _after_construct(sent, before, text):
        return []  # "مؤيدو بريكست … يبحثون سبل الإطاحة بـ X": unnamed backers of something, not it
    if masdar and before is not None and _new_clause_between(text, before.end, h_start):
        # "أعلنت لجنة X أنها ستعمل على إسقاط النائب فلان، ورصدت 600 ألف دولار لدعم منافسه": a clause
        # coordinated after a comma has the main clause's subject, not the one named in the clause before
        main_subject = main_clause_subject(sent, before.start, text, TYPES)
        if main_subject is None or main_subject.entity in obj_ids:
            return []
        return [main_subject]
    if before is not None and before.entity not in obj_ids:
        group = coordinated_before(sent, before, cands, text, max_gap_words=4)
        head = min(group, key=lambda g: g.start)
        if masdar and head is not before and is_object_marked(sent, head, text):
            return []  # "مرشحين آخرين مثل X وY، ودعم Z": Y is listed with X, an example, not a subject
        return [g for g in group if g.entity not in obj_ids]
    if masdar and state.last_donors and state.last_donors[0] == sent.index:
        # "ضخ عشرات الملايين في لجان … لانتخاب X": the giver named (or implied) for the gift
        return [m for m in state.last_donors[1] if m.entity not in obj_ids]
    # (a purpose, "لإسقاط", "لدعم": the masdar with its ل)
    word_start = max(sent.start, text.rfind(" ", sent.start, h_start) + 1)
    spent = _spender(sent, h_start, text, state) if text[word_start : word_start + 1] == "ل" else None
    if spent is not None:
        # "…، أنفقت منها نحو 10 ملايين لإسقاط السيناتورة فلانة": the one who spends to unseat or elect
        # (and no one else when the spender is unnamed: not the last sentence's subject)
        spender, = spent
        return [spender] if spender is not None and spender.entity not in obj_ids else []
    if not [m for m in sent.mentions if m.end <= h_start and m.label == "PERSON"]:
        purposed = _purpose_subject(sent, h_start, text) if masdar else None
        if purposed is not None and purposed.entity not in obj_ids:
            # "أن شركة X جمعت معلومات … لدعم حملة Y", "لشركة X التي طبقت … بهدف دعم حملة Y": the
            # purpose of what the clause's named subject did
            return [purposed]
        if masdar and len(_clause_before(sent, h_start, text)) > 3:
            # "أعلن الأمين العام … دعم المنظمة": a bare masdar deep in a clause has its own subject,
            # not the last sentence's ("وقرر دعم المرشح" keeps the pronoun subject)
            return []
        return [m for m in state.last_subjects if m.entity not in obj_ids]
    # reported speech: "قالت فلانة … إنها ستوقف التبرعات حتى ينسحب فلان"
    topic = sentence_topic(sent, text)
    if topic is not None and topic.entity not in obj_ids and topic.end <= h_start:
        embedded = _that_clause_subject(sent, topic.end, h_start, text)
        if embedded is not None:
            # "كشف ترامب أن الحرس الثوري صرف … لدعم نظام الأسد": the clause after أن has its own subject
            return [embedded] if embedded.entity not in obj_ids else []
        return [topic]
    return []


def _new_clause_between(text: str, a: int, b: int) -> bool:
    """A comma, then و and a feminine past verb ("، ورصدت"، "، وأعلنت") between ``a`` and ``b`` (a
    masculine one, "وقدم", is not told from a noun here)."""
    m = re.search(r"[،,]\s*(و\S+)", text[a:b])
    if m is None:
        return False
    word = normalise(m.group(1))
    return not word.startswith("وال") and len(word) >= 4 and word.endswith("ت") and not word.endswith("ات")


_ACCUSING = frozenset(normalise(w) for w in "اتهم اتهمت يتهم تتهم يتهمون اتهموا متهما متهمة اتهام".split())


def _accused(sent: Sentence, h_start: int, text: str) -> tuple[bool, DocMention | None]:
    """ "اتهم فلان إيران بالضلوع في …، وبتسليح حزب الله": backing after بـ in an accusation is the
    accused's. Returns (an accusation governs the trigger, the accused named). The accused is the
    second name after the verb (its subject first: "اتهمت إسرائيل بيروت بدعم"), or the only one
    ("واتهم إيران بتسليح"), before the first بـ word that is no name; names after a preposition ("في
    بيان"، "أمام الكنيست") are not counted. A pronoun object (اتهمها) names no one."""
    word_start = h_start
    while word_start > sent.start and not text[word_start - 1].isspace():
        word_start -= 1
    if not text[word_start : h_start + 1].startswith(("ب", "وب")):
        return False, None  # (the trigger's word: بدعم، وبتسليح)
    toks = sent.tokens_between(sent.start, word_start)
    verbs = [k for k, t in enumerate(toks) if head_forms(t.text) & (_ACCUSING | _ACCUSING_HIM)]
    if not verbs:
        return False, None
    verb = toks[verbs[-1]]
    after = toks[verbs[-1] + 1 :]
    if any(normalise(t.text) in _CLAUSE_OPENERS for t in after):
        return False, None  # "اتهم فلان روسيا بـ…، فيما تعهد علان بدعم X": another clause
    if head_forms(verb.text) & _ACCUSING_HIM:
        return True, None  # "واتهمها ترامب بتسليح حماس": she, unnamed here, is the one accused
    def in_name(t) -> bool:
        return any(m.start <= t.start < m.end for m in sent.mentions)
    marked = next(
        (
            t
            for k, t in enumerate(after)
            if t.text.startswith(("ب", "وب"))
            and len(t.text) > 3
            and not in_name(t)
            and not (k > 0 and normalise(after[k - 1].text) in _PLACE_PREPOSITIONS | _BEFORE_PLACES)
        ),
        None,
    )
    marked_start = marked.start if marked is not None else word_start  # (else the trigger's own word)
    named = []
    for m in sent.mentions:
        if m.label not in SUBJECT_TYPES or not (verb.end <= m.start and m.end <= marked_start):
            continue
        before = [t for t in after if t.end <= m.start]
        if before and normalise(before[-1].text) in _PLACE_PREPOSITIONS | _BEFORE_PLACES:
            continue  # "في بيان"، "أمام الكنيست": not the accused
        if before and head_forms(before[-1].text) & _HOLDER_TITLES:
            continue  # "رئيس حزب الشعب الجمهوري كمال …": the body a title holder heads, not the accused
        named.append(m)
    if not named:
        return False, None
    return True, named[1] if len(named) >= 2 else named[0]


_ACCUSING_HIM = frozenset(normalise(w) for w in "اتهمه اتهمها اتهمهم اتهمتها اتهمته اتهمتهم يتهمها يتهمه تتهمها تتهمه".split())
_BEFORE_PLACES = frozenset(normalise(w) for w in "أمام لدى امام".split())
_HOLDER_TITLES = frozenset(normalise(w) for w in "رئيس رئيسة زعيم زعيمة أمين وزير وزيرة قائد مدير مديرة مؤسس".split())
_CLAUSE_OPENERS = frozenset(normalise(w) for w in "فيما بينما كما لكن لكنه حين حيث ثم".split())


_THAT = frozenset(normalise(w) for w in "أن إن بأن وأن".split())


_PURPOSE = frozenset(normalise(w) for w in "بهدف أجل سعيا بغية بغرض".split())
_RELATIVE_OF_BODY = frozenset(normalise(w) for w in "التي الذي".split())
_CAMPAIGN_WORDS = frozenset(normalise(w) for w in "حملة حملات".split())
_GAVE_UP = frozenset(normalise(w) for w in "تراجع تراجعت تراجعوا تخلى تخلت تخلوا يتراجع تتراجع يتخلى تتخلى".split())
_NOT_SO = frozenset(normalise(w) for w in "لم لن لا ما ليس ليست".split())


_ANNOUNCING_PARTICIPLES = frozenset(
    normalise(w) for w in "معلنا معلنة معلناً معلنةً مؤكدا مؤكدة مؤكداً مجددا مجددة مجدداً".split()
)


def _main_subject_of_participle(sent: Sentence, h_start: int, text: str) -> DocMention | None:
    """The subject of the main clause when the trigger is the object of a circumstantial participle after a
    comma ("…، معلناً دعمه لفلان"): the first unmarked name of the sentence, within its first ten words and
    before any comma or bracketed label."""
    lead = gap_text(text, max(sent.start, h_start - 30), h_start).split()[-1:]
    if not lead or lead[0] not in _ANNOUNCING_PARTICIPLES:
        return None
    at = text.rfind(lead[0][:3], sent.start, h_start)
    if not text[sent.start : at].rstrip().endswith(("،", ",")):
        return None
    first = main_clause_subject(sent, at, text, SUBJECT_TYPES)
    if first is None or any(w in _THAT for w in gap_text(text, sent.start, first.start).split()):
        return None
    return first


def _purpose_subject(sent: Sentence, h_start: int, text: str) -> DocMention | None:
    """The named subject of the clause whose purpose a bare masdar states ("لدعم", "بهدف دعم"), within
    one comma-free clause: the name that opens an أن/إن clause (past its kind: "أن شركة «X»"), or the
    body right before the relative pronoun of the clause ("لشركة X التي طبقت … بهدف دعم"). None when
    the masdar states no purpose or another name stands between."""
    before = gap_text(text, max(sent.start, h_start - 30), h_start).split()
    if not (text[h_start - 1 : h_start] == "ل" or (before and before[-1] in _PURPOSE)):
        return None
    word_end = text.find(" ", h_start)
    nxt = gap_text(text, word_end, min(sent.end, word_end + 20)).split()[:1] if word_end > 0 else []
    if not nxt or nxt[0].removeprefix("ال") not in _CAMPAIGN_WORDS:
        return None  # (only the backing of a campaign: "لدعم الحملة الانتخابية لفلان")
    clause_start = _after_last_comma(text, sent.start, h_start)
    found = _purpose_subject_from(sent, clause_start, h_start, text)
    if found is None and clause_start > sent.start:
        # 'إن شركة "X"، لتحليل البيانات جمعت … لدعم الحملة': a description after the name, between commas
        named = next((m for m in sent.mentions if m.end <= clause_start and not text[m.end : clause_start].strip(' "»”')), None)
        if named is not None:
            found = _purpose_subject_from(sent, _after_last_comma(text, sent.start, named.start), h_start, text)
    return found


def _after_last_comma(text: str, start: int, pos: int) -> int:
    """Where the last comma between ``start`` and ``pos`` stands (``start`` when none)."""
    return max(text.rfind("،", start, pos), text.rfind(",", start, pos), start)


def _purpose_subject_from(sent: Sentence, clause_start: int, h_start: int, text: str) -> DocMention | None:
    """`_purpose_subject` within the clause from ``clause_start``."""
    inside = [m for m in sent.mentions if clause_start <= m.start and m.end <= h_start and m.label in SUBJECT_TYPES]
    kinds = word_set("org_nouns", "nouns")
    for t in reversed(sent.tokens_between(clause_start, h_start)):
        word = normalise(t.text)
        if word.removeprefix("و") in _NOT_SO:
            return None  # "التي لم تستخدم البيانات بهدف دعم …": not done
        if word in _THAT and {w.lstrip("وف") for w in gap_text(text, max(sent.start, t.start - 30), t.start).split()[-3:]} & DENIAL_VERBS:
            return None  # "ونفى المتحدث أن تكون شركة X جمعت … لدعم …"
        if word in _RELATIVE_OF_BODY:
            head = next((m for m in reversed(inside) if m.end <= t.start), None)
            if head is not None and not gap_text(text, head.end, t.start).split() and head.label in TYPES:
                after = [m for m in inside if m.start >= t.end]
                return head if all(is_object_marked(sent, m, text) for m in after) else None
            return None
        if word in _THAT:
            first = next((m for m in inside if m.start >= t.end), None)
            gap = gap_text(text, t.end, first.start).split() if first is not None else []
            if first is None or first.label not in TYPES or not all(w in kinds for w in gap) or len(gap) > 1:
                return None
            later = [m for m in inside if m.start > first.start]
            return first if all(is_object_marked(sent, m, text) for m in later) else None
    return None


def _that_clause_subject(sent: Sentence, start: int, end: int, text: str) -> DocMention | None:
    """The name that opens the last أن/إن clause between ``start`` and ``end``, if one does."""
    toks = [t for t in sent.tokens_between(start, end) if normalise(t.text) in _THAT]
    if not toks:
        return None
    that = toks[-1]
    return next(
        (
            m
            for m in sent.mentions
            if m.start >= that.end
            and m.end <= end
            and m.label in SUBJECT_TYPES
            and not gap_text(text, that.end, m.start).strip()
        ),
        None,
    )
