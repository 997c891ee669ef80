"""role: a person's position at an organisation.

Patterns (titles from data/facts/roles.yaml):
  TITLE [لـ|في] [شركة …] ORG PERSON      الرئيس التنفيذي لشركة X فلان
  PERSON، TITLE [لـ] ORG                   فلان، الرئيس التنفيذي لشركة X
  PERSON … وهو TITLE ORG                   وكان فلان، الذي …، وهو أيضا مالك مشارك لفريق X
  ORG [التي] يملكها/لمالكها PERSON         X لمالكها فلان
"""

from __future__ import annotations

import re
from functools import cache

from rasd.contract import Fact
from rasd.facts.common import (
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
    inside_mention,
    is_object_marked,
    kin_phrase_before,
    legislature,
    list_colon_after,
    n_words,
    negated,
    opens_clause,
    person_gender,
    political_org,
    relational_adjective,
    sentence_topic,
    speech_word,
)
from rasd.facts.context import Sentence
from rasd.facts.memberships import FROM_AS_OBJECT, membership_fact
from rasd.facts.vocab import matcher, word_set
from rasd.resolve.document import DocMention
from rasd.text.normalise import normalise

_FORCE_WORDS = frozenset(
    normalise(w) for w in "جيش الجيش قوات القوات شرطة الشرطة حرس الحرس البحرية سلاح مشاة المارينز الدرك".split()
)
_TEAM_WORDS = frozenset(normalise(w) for w in "نادي النادي منتخب المنتخب فريق الفريق".split())


def _named_with(name: str, words: frozenset[str]) -> bool:
    """Does the name hold one of ``words`` (with or without an attached particle)?"""
    return any(w in words or w[1:] in words for w in normalise(name).split())


_SUCH_AS = frozenset(normalise(w) for w in ("مثل", "ومنها", "منها", "بينها"))


def _org_after_such_as(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The first body of an example list a few words after a job title: "أستاذا في جامعات أجنبية
    مرموقة مثل يال وكامبريدج" (the job is at each body listed)."""
    words = sent.tokens_between(pos, min(sent.end, pos + 60))
    if not words or normalise(words[0].text) != "في":
        return None  # the job is "في" a kind of body: not "لجنة تحقق في …", "لرجال أعمال …"
    for tok in words[:6]:
        w = normalise(tok.text)
        if tok.text in "،,.:؛" or w in ("الذي", "التي", "الذين") or (w[:1] in ("ي", "ت") and len(w) >= 4):
            return None  # a clause of its own ("شركات تستثمر في …")
        if w in _SUCH_AS:
            org = next((m for m in sent.mentions if m.start >= tok.end), None)
            if org is not None and org.label == "ORG" and n_words(gap_text(text, tok.end, org.start)) == 0:
                return org
            return None
    return None


def _role_fact(sent: Sentence, subject: str, obj: str, role: str, reason: str) -> Fact:
    return Fact("role", {"subject": subject, "object": obj, "role": role}, sent.evidence(), reason=reason)


_TRUSTEES = normalise("مجلس أمناء")
_TEAMS = tuple(normalise(w) for w in "المنتخب منتخب الفريق فريق النادي نادي".split())
_DEPUTY_OF = frozenset(normalise(w) for w in "نائب نائبة".split())
_IN_CHARGE = normalise("المسؤول")
_FORMER_WORDS = frozenset(normalise(w) for w in "السابق السابقة الأسبق".split())
_ASSISTANT = frozenset(normalise(w) for w in "مساعد مساعدة".split())
_TITLE_OF_TITLE = frozenset(normalise(w) for w in "نائب نائبة مساعد مساعدة".split())
_PREPOSITIONS_BEFORE_TITLE = frozenset(normalise(w) for w in "على علي عن من إلى الى مع ضد بين".split())
_POST_WORDS = frozenset(
    normalise(w)
    for w in "منصب منصبه منصبها بمنصب لمنصب مهام تعيينه تعيينها بصفته بصفتها بوصفه بوصفها كونه كونها".split()
)
_KANA = frozenset(normalise(w) for w in ("كان", "كانت"))
_HEAD_OF_STATE = frozenset(normalise(w) for w in ("الرئيس", "الرئيسة", "الزعيم"))
MAX_FILLER_WORDS = 6  # words allowed between a title and its organisation ("في جهاز الإستخبارات …")


def extract_roles(sent: Sentence, state: ArticleState) -> list[Fact]:
    text = state.text
    facts: list[Fact] = []
    hits = [h for h in matcher("roles", "titles").find(sent.norm) if not _no_title_here(sent, h)]
    for hit in hits:
        t_start, t_end = sent.orig(hit.start), sent.orig_end(hit.end)
        role = hit.data["role"]
        title, prefix = normalise(hit.phrase), _title_prefix(sent, hit.start)
        if not role.startswith(("vice", "deputy", "assistant")) and not title.startswith(("نائب", "مساعد")):
            # "نائب وزير العدل فلان", "نائب المتحدث باسم X", "مساعد وزير الخزانة فلان": the holder's deputy
            # or assistant holds the post, not the title
            lead_text = sent.norm[: hit.start]
            if lead_text and not lead_text[-1].isspace():
                lead_text = lead_text[: lead_text.rfind(" ") + 1]  # "لمدير": the particle is no word before
            before = [w.lstrip("و") for w in lead_text.split()[-2:]]
            if len(before) == 2 and before[1] in _FORMER_WORDS:
                before = before[:1]  # "المساعد السابق لمدير X": the former assistant of its director
            before = before[-1:]
            if before and before[0].startswith("ال") and before[0][2:] in _ASSISTANT:
                before = [before[0][2:]]  # "المساعد السابق لمدير X" (not "النائب رئيس لجنة X", an MP)
            if before and before[0] in _DEPUTY_OF:
                role = "deputy " + role
            elif before and before[0] in _ASSISTANT:
                role = "assistant " + role
        if inside_mention(sent, t_start, t_end):
            continue
        if hit.data.get("direction") == "org_title":
            org = _org_before(sent, t_start, text)
            if (
                org is not None
                and (title in _LEADING or title.startswith(("الذي ", "التي ")))
                and not _only_describes(text[org.end : t_start])
            ):
                # "وانتقد حزب X الحكومة التي يقودها فلان": the leader's body is the noun right before
                org = None
            if (
                org is not None
                and title.endswith(normalise("برئاسة"))
                and text[org.end : t_start].strip().startswith(("،", ","))
                and {w.lstrip("وب") for w in sent.previous_words(org, text, 4)} & _MEETINGS
                # (chaired by one of its members: "برئاسة عضو البرلمان فلان", not its head "المشير فلان")
                and {w.removeprefix("ال") for w in gap_text(text, t_end, min(sent.end, t_end + 30)).split()[:2]} & _MEMBER_WORDS
            ):
                # "اجتماع أعضاء مكتب المجلس، برئاسة فلان": he chaired the meeting, not the body ("اجتماع
                # للمجلس الوزاري برئاسة رئيس الوزراء" may say who heads the council)
                continue
            person = _person_after(sent, t_end, text, max_words=1) or _described_holder(sent, t_end, text)
            if person is None:  # (the body is before: "حزب X بزعامة رئيس الحكومة فلان")
                person = _holder_after_title(sent, t_end, text)
            why = f"pattern: ORG {hit.phrase} PERSON"
            if person is None and org is not None and title.startswith(("الذي ", "التي ")) and _clause_ends(text, t_end):
                # "لم تتوصل رئيسة الوزراء فلانة إلى توافق داخل حزب المحافظين الذي تتزعمه": the relative's
                # pronoun subject is the sentence's subject named before the body (of the verb's gender)
                person = _subject_before_body(sent, org, title, state, text)
                why = f"pattern: PERSON … ORG {hit.phrase} (the sentence's subject)"
        else:
            nxt = sent.tokens_between(t_end, sent.end)[:1]
            if (
                title == normalise("القاضي")
                and nxt
                and normalise(nxt[0].text).startswith("ب")
                and not normalise(nxt[0].text)[1:].startswith(("المحكمه", "محكمه"))
                and not any(nxt[0].start <= m.start < nxt[0].end for m in sent.mentions)
            ):
                continue  # "بقرار فلان القاضي بتكليف الجيش": the decision "stipulating", no judge (not
                # "القاضي بالمحكمة العليا فلان", a judge at the court)
            near = hit.data.get("near")
            # (`near: N`: a job whose field may stand between: "أستاذ العلوم السياسية في جامعة X")
            filler = 0 if hit.data.get("adjacent") else (2 if near is True else int(near)) if near else MAX_FILLER_WORDS
            org = _org_after(sent, t_end, text, max_filler=filler, role=role)
            if org is None and hit.data.get("near"):
                org = _org_after_such_as(sent, t_end, text)  # "عمل أستاذا في جامعات مرموقة مثل يال وكامبريدج"
            if org is None and not prefix.endswith(("ل", "ب")):
                org = _org_referred(sent, t_end, text, state, hit.phrase)  # not "لوزير الداخلية"
            if org is None:
                continue
            if org.source != "reference" and any(
                t_end < sent.orig(h.start)
                and sent.orig_end(h.end) <= org.start
                and h.data.get("direction") != "org_title"
                and [w for w in text[t_end : sent.orig(h.start)].split() if w.strip("،,") not in ("", "و")]
                for h in hits
            ):
                # "أقال الرئيس السوداني مدير عام جهاز الأمن فلان": the nearer title is the body's (not
                # "الرئيس التنفيذي ورئيس مجلس إدارة شركة X": both titles of the body)
                continue
            named = text[t_end : org.end]  # the body with the words before it ("تدريب نادي بوتافوغو")
            if (hit.data.get("force") and not _named_with(named, _FORCE_WORDS)) or (
                hit.data.get("team") and not _named_with(named, _TEAM_WORDS)
            ):
                continue  # "العميد السابق لكلية الطب" is the dean, "النقيب الجديد لنقابة" its head
            gap_words = set(gap_text(text, t_end, org.start).split())
            if normalise(hit.phrase).lstrip("سو") in _VERB_TITLES and gap_words & (_MEETINGS | _CHAIRED_EVENTS):
                continue  # "إنه سيرأس جلسة لمجلس الأمن": he chairs a meeting of the body, no post in it
            if role in ("envoy", "ambassador", "representative") and any(
                relational_adjective(w) and w not in _INTERNATIONAL for w in gap_words
            ):
                continue  # "المبعوث الفلسطيني للأمم المتحدة": his country's envoy to the body, no post in it
            head_of_state = title in _HEAD_OF_STATE
            if head_of_state and gap_words & {"في", "مع", "من"}:
                continue  # "قال الرئيس الفلسطيني في جلسة مجلس الأمن": where he spoke, not his office
            person = _person_after(
                sent, org.end, text, max_words=0, no_conjunction=True, nationality=True
            )
            if person is None and normalise(hit.phrase).lstrip("و") in _VERB_TITLES and not prefix.endswith(("ل", "ب")):
                # "ويرأس حزب X رجل الأعمال والنائب فلان": the verb, its body, then its holder past his kind
                person = _holder_past_description(sent, org.end, text)
            if person is not None and list_colon_after(text, person.end):
                # "مارين لوبان : زعيمة حزب الجبهة الوطنية إيمانويل ماكرون : مرشح …": a list of names,
                # each followed by a colon and his title; the name after the body opens the next item
                person = None
            if person is None:
                listed = next((m for m in reversed(sent.mentions) if m.end <= t_start), None)
                item_before = next((m for m in reversed(sent.mentions) if listed is not None and m.end <= listed.start), None)
                if (
                    listed is not None
                    and listed.label == "PERSON"
                    and text[listed.end : t_start].strip() == ":"
                    and list_colon_after(text, listed.end)
                    and n_words(gap_text(text, t_end, org.start)) <= 1
                    # an item of a list: after the colon that opens it, or right after the last item's body
                    # (not a headline's "على إثر الاعتداء على فلانة : وزير الثقافة يتدخل")
                    and (
                        text[sent.start : listed.start].rstrip().endswith(":")
                        or (item_before is not None and not gap_text(text, item_before.end, listed.start).strip())
                    )
                ):
                    person = listed  # "مارين لوبان : زعيمة حزب الجبهة الوطنية": the name, a colon, its title
            if person is None and title in _MEMBER_TITLES:
                # "عضوة البرلمان عن حزب العمال، جو كوكس": the member's party or place, then the member
                seat = next((m for m in sent.mentions if m.start >= org.end), None)
                if seat is not None and seat.label in ("ORG", "GPE", "LOC") and gap_text(text, org.end, seat.start).split() == ["عن"]:
                    person = _person_after(sent, seat.end, text, max_words=0, no_conjunction=True)
                district = _DISTRICT.match(text, org.end) if person is None else None
                if district is not None:
                    # "عضو مجلس النواب الليبي عن دائرة سبها، فلان": the district (unrecognised), then the member
                    person = _person_after(sent, district.end(), text, max_words=0, no_conjunction=True)
            if (
                person is None
                and head_of_state
                and any(w.startswith("ال") and w.endswith(("ي", "يه")) for w in gap_words)
            ):
                continue  # "قال الرئيس الموريتاني لـ…": a country's president, no organisation's
                # ("الرئيس الجمهوري لمجلس النواب، بول راين" names its holder after the body)
            why = f"pattern: {hit.phrase} ORG PERSON"
            if person is None and title in _CHIEF and not gap_words:
                after = gap_text(text, org.end, min(sent.end, org.end + 20)).split()[:1]
                if after and after[0] in _EXECUTIVE:
                    # "رئيس فيس بوك التنفيذي مارك زوكربرج": the title's adjective after the body
                    person = _person_after(sent, org.end, text, max_words=1, no_conjunction=True)
                    if person is not None:
                        role = "ceo"
                        why = f"pattern: {hit.phrase} ORG التنفيذي PERSON"
            if person is None:
                person = _holder_of_next_title(sent, org, hits, text)
                if person is not None:
                    why = f"pattern: {hit.phrase} ORG و<title> ORG، PERSON"
            if person is None:
                person = _person_before(
                    sent, t_start, text, title_prefix=prefix, body_next=n_words(gap_text(text, t_end, org.start)) <= 1
                )
                why = f"pattern: PERSON، {hit.phrase} ORG"
                if person is not None and title.startswith(_IN_CHARGE) and n_words(gap_text(text, person.end, t_start)):
                    # "… لجنة X المسؤولة عن تنظيم Y": the one in charge is the noun right before
                    person = None
            if (
                person is None
                and not head_of_state
                and (
                    n_words(gap_text(text, t_end, org.start)) <= 1
                    # (the title's field, then في and its body: "منسق الشؤون الإنسانية في الأمم المتحدة")
                    or (n_words(gap_text(text, t_end, org.start)) <= 3 and gap_text(text, t_end, org.start).split()[-1:] == ["في"])
                )
                # (not a title inside an outer one: "وكيل الأمين العام للأمم المتحدة لعمليات السلام فلان")
                and not set(sent.norm[: hit.start].split()[-1:]) & _OUTER_TITLES
            ):
                # the title's own body, then what it is for, then its holder
                person = _person_after_complement(sent, org.end, text)
                why = f"pattern: {hit.phrase} ORG لـ…، PERSON"
            if person is None and (title in _AS_HEAD or prefix.endswith("ك")):
                # "وفاز فلان في الانتخابات على رأس ائتلاف X", "تردد اسمه لأول مرة كزعيم لمنظمة X":
                # the clause's subject, however far before
                person = next(
                    (
                        m
                        for m in reversed(sent.mentions)
                        if m.end <= t_start and m.label == "PERSON" and not is_object_marked(sent, m, text)
                    ),
                    None,
                )
                if person is not None and {w.lstrip("وف") for w in sent.previous_words(person, text, 4)} & _APPOINTS_HIM:
                    # "مولر هو جمهوري اختاره الرئيس فلان للعمل كمدير لـ X": the one chosen, named a few
                    # words before the verb, not who chose him
                    person = next(
                        (
                            m
                            for m in reversed(sent.mentions)
                            if m.end <= person.start
                            and m.label == "PERSON"
                            and not is_object_marked(sent, m, text)
                            and n_words(gap_text(text, m.end, person.start)) <= 6
                        ),
                        None,
                    )
        persons_before = any(m.label == "PERSON" and m.start < t_start for m in sent.mentions)
        described = _described_before(sent, t_start, text)
        if (
            org is not None
            and person is None
            and org.source != "reference"  # a body referred to by its head noun needs its holder named
            and not persons_before
            and (described or not any(m.label == "PERSON" for m in sent.mentions))
        ):
            # "تم تعيينه أمين صندوق …", "كان … وزير النقل في الحكومة": the subject is a pronoun
            lead = sent.norm[: hit.start].split()
            while len(lead) > 1 and lead[-1] in _TITLE_OF_TITLE:
                lead = lead[:-1]  # "وقال نائب مفوض …": the verb before "deputy" governs the title
            last = lead[-1] if lead else ""
            someone_else = (
                lead in (["اما"], ["واما"])  # "أما زعيم الحزب فقال": the title is the subject
                # "انتخاب رئيس المفوضية": a future holder
                or last in ("انتخاب", "اختيار", "تعيين", "ترشيح", "لانتخاب", "لاختيار")
                # "قالت المتحدثة باسم وزارة الخارجية": the speech verb's own subject, unnamed
                or (last.lstrip("وف") in word_set("speech", "verbs") and not described)
                # "فرضت عقوبات على محافظ البنك المركزي": the title is a preposition's object
                or last in _PREPOSITIONS_BEFORE_TITLE
                or prefix[-1:] in ("ل", "ب")
            )
            # (a body that a relative clause says someone leads, or an accusative title after a verb,
            # names its holder in the sentence: "التحالف الذي تقوده السعودية", "ينتخب المشرعون رئيسا للبرلمان")
            someone_else = someone_else or hit.data.get("direction") == "org_title" or bool(hit.data.get("named"))
            # Only a title that the sentence gives its pronoun subject takes the last subject: "تولى منصب
            # مدير …", "بصفته رئيس …", "كزعيم لـ…", or a described one. A bare title elsewhere is someone
            # else ("وكان رئيس المركز قد حذر", "زيارة رئيس البرلمان", "ويضيف عضو البرلمان").
            given = (
                described
                or last.lstrip("وف") in _POST_WORDS
                or prefix.endswith("ك")
                # "كان رئيس الأعمال العالمي في السابق وزير النقل": كان's predicate (not "وكان رئيس
                # المركز قد حذر", the title كان's subject)
                # (a description of the subject before it: not "وكانت زيارة رئيس …", "وكان في استقبال
                # الوفد رئيس …")
                or (len(lead) >= 2 and lead[0].lstrip("وف") in _KANA and bool(set(lead[1:]) & TITLE_HEADS))
                # "عندما كان يرأس دورة الاتحاد الأوروبي": كان right before a verb of office
                or (last.lstrip("وف") in _KANA and title.split()[0] in _VERB_TITLES)
                # "في السبعينيات أسس مع شركائه شركة X", "تولى رئاسة الحزب": a verb whose subject is its
                # pronoun, the body or a preposition right after it (not "وأسس فلان شركة X")
                or (title.split()[0] in _VERB_TITLES and _body_or_preposition_next(sent, t_end, org, text))
            )
            signed = _name_right_before(t_start, text, state) if not lead and _line_ends_soon(org.end, text) else None
            if signed is not None:
                # "البروفسور د. فلان  رئيس مجلس الخبراء": a title after the name that ends the text before it
                person = signed
                why = f"pattern: PERSON {hit.phrase} ORG (a signature)"
            elif not someone_else and given and len(lead) <= 7 and state.last_subjects:
                person = state.last_subjects[0]
                why = f"pattern: (pronoun) {hit.phrase} ORG, subject of an earlier sentence"
        if org is None or person is None:
            continue
        # "شارك في تأسيس كل من باي بال وبالانتير": every organisation listed
        orgs = [m for m in sent.mentions if m.label == "ORG"]
        title_first = hit.data.get("direction") != "org_title"  # "رئيس حزب X", not "X الذي يتزعمه"
        for o in coordinated_after(sent, org, orgs, text, max_gap_words=1):
            if title_first:
                # "الرئيس التنفيذي لشركة X": X names the title's body, not a recipient or giver
                # ("تبرع لحزب X بزعامة فلان" still gives to X)
                state.role_objects.add((o.start, o.end))
                state.role_holders[(o.start, o.end)] = person
                state.role_bodies[(o.start, o.end)] = o
            if role == "member" and not legislature(o.text) and state.doc.type_of(person.entity) == "PERSON":
                # "عضو هيئة الانتخابات فلان": belonging to a body is a membership, not a position
                facts.append(membership_fact(sent, person, o, f"{why} ('{hit.phrase}' → membership)"))
                parent = _party_of_organ(sent, o, text, state)
                if parent is not None:
                    # "عضو الهيئة السياسية لحركة نداء تونس": a member of the party's organ is the party's
                    facts.append(membership_fact(sent, person, parent, f"{why} ('{hit.phrase}' ORG لـ PARTY → membership)"))
                continue
            held = role
            if role == "president" and _chamber(o.text):
                # "رئيس مجلس النواب", "برئاسة": its speaker; "زعيم الأقلية في مجلس الشيوخ": a floor leader
                held = "leader" if normalise("زعيم") in title else "speaker"
            if role == "president" and t_end <= o.start and _TRUSTEES in normalise(text[t_end : o.end]).replace("الامناء", "امناء"):
                held = "chair"  # "رئيس مجلس أمناء الجامعة X فلان": the chair of its board of trustees
            if role == "commander" and normalise(o.text).startswith(_TEAMS):
                held = "captain"  # "قائد المنتخب الفرنسي فلان": a team's captain
            if role == "ceo" and title.endswith(normalise("العام")) and _public_body(o.text):
                held = "director"  # "المدير العام في وزارة التخطيط": a director-general, no company's CEO
            facts.append(_role_fact(sent, person.entity, o.entity, held, f"{why} ('{hit.phrase}' → {held})"))
            holders = [person, *_listed_with_them(sent, person, t_start, text)]
            for other in holders[1:]:
                # "كل من فلان وعلان، وهما من الأعضاء المؤسسين للحزب": both hold it
                facts.append(_role_fact(sent, other.entity, o.entity, held, f"{why} + وهما/وهم ('{hit.phrase}' → {held})"))
            if held in ("founder", "co-founder") and _a_party(text, o) and state.doc.type_of(person.entity) == "PERSON":
                # a party's founders belong to it
                for h in holders:
                    facts.append(membership_fact(sent, h, o, f"{why} ('{hit.phrase}' a party → membership)"))
            parent = _party_of_organ(sent, o, text, state) if title_first else None
            if parent is not None and state.doc.type_of(person.entity) == "PERSON":
                # "رئيس الهيئة السياسية لحزب X، فلان": he belongs to the party (heading its organ is not
                # heading the party)
                facts.append(membership_fact(sent, person, parent, f"{why} ('{hit.phrase}' ORG لـ PARTY → membership)"))
            also = _its_title_after(text, o) if title_first else None
            if also is not None and also != held:
                facts.append(_role_fact(sent, person.entity, o.entity, also, f"{why} + 'و<title>ها' → {also}"))
            deputy = _deputy_after(sent, person, text, o)
            if deputy is not None:
                facts.append(
                    _role_fact(
                        sent,
                        deputy.entity,
                        o.entity,
                        "deputy",
                        f"{why} ('{hit.phrase}' → {role}) + 'ونائبه' PERSON → deputy",
                    )
                )
    return facts


_PARTY_OR_MOVEMENT = frozenset(normalise(w) for w in "حزب الحزب حركة الحركة تيار التيار جبهة الجبهة".split())


def _a_party(text: str, o: DocMention) -> bool:
    """A party or a movement by its head noun, in its name or right before it (حزب «X»، للحزب)."""
    words = normalise(text[max(0, o.start - 12) : o.start]).replace("«", " ").replace('"', " ").split()[-1:]
    words += normalise(o.text).split()[:1]
    return any(f in _PARTY_OR_MOVEMENT for w in words for f in (w, w.removeprefix("و"), w.removeprefix("ل"), "ال" + w[2:]))


_THEY = frozenset(normalise(w) for w in "وهما وهم وهن هما هم هن".split())


def _listed_with_them(sent: Sentence, person: DocMention, t_start: int, text: str) -> list[DocMention]:
    """The people listed with ``person`` before it when a dual or plural pronoun after them carries the
    title ("فلان وعلان، وهما من …")."""
    gap = gap_text(text, person.end, t_start).split()
    if not gap or gap[0] not in ("،", ",") or len(gap) < 2 or gap[1] not in _THEY:
        if not (gap and gap[0].lstrip("،,") in _THEY):
            return []
    cands = [m for m in sent.mentions if m.label == "PERSON" and m.end <= person.start]
    group = coordinated_before(sent, person, cands + [person], text, 6)
    return [g for g in group if g.entity != person.entity]


_DISTRICT = re.compile(r"\s+عن\s+(?:دائرة|ولاية|محافظة|مدينة|منطقة)\s+[^\s،,.]+(?:\s+[^\s،,.]+)?\s*[،,]?(?=\s)")

_DEPUTY = frozenset(normalise(w) for w in ("ونائبه", "ونائبته", "ونائبها", "ونائبيه"))
# "مؤسس شركة X ورئيسها التنفيذي", "رئيس مجلس إدارة البنك ومديره العام": a second title of the same
# holder at the same body, its pronoun the body
_ITS_TITLE = re.compile(
    r"\s*و(نائب\s+|نائبة\s+)?([^\s،,.]{3,}?)(?:ها|ه)(\s+(?:التنفيذي|التنفيذية|العام|العامة))?(?=[\s،,.:؛)]|$)"
)


def _its_title_after(text: str, org: DocMention) -> str | None:
    """The role of a second title right after the body whose pronoun is the body ("ورئيسها التنفيذي")."""
    m = _ITS_TITLE.match(text, org.end)
    if m is None:
        return None
    deputy, stem, adjective = m.group(1), normalise(m.group(2)), normalise(m.group(3) or "").strip()
    phrase = f"{normalise(deputy.strip())} {stem}" if deputy else f"ال{stem} {adjective}".strip()
    hits = matcher("roles", "titles").find(f" {phrase} ")
    hit = next((h for h in hits if normalise(h.phrase) == phrase), None)
    if hit is None or hit.data.get("direction") == "org_title":
        return None
    return str(hit.data["role"])


def _deputy_after(sent: Sentence, person: DocMention, text: str, org: DocMention | None = None) -> DocMention | None:
    """ "الأمين العام لحزب الله حسن نصر الله ونائبه نعيم قاسم", "حسن نصر الله أمين عام الحزب ونائبه
    نعيم قاسم": the holder's deputy, named after him (or after the body, when the title follows him)."""
    pos = max(person.end, org.end) if org is not None else person.end
    nxt = next((m for m in sent.mentions if m.start >= pos and m is not org), None)
    if nxt is None or nxt.label != "PERSON":
        return None
    gap = gap_words(text, pos, nxt.start)
    return nxt if len(gap) == 1 and gap[0] in _DEPUTY else None


_SENATOR = frozenset(normalise(w) for w in "السيناتور السناتور سيناتور سناتور".split())
_SENATOR_PARTY = frozenset(
    normalise(w)
    for w in "الديمقراطي الديمقراطية الديموقراطي الديموقراطية الجمهوري الجمهورية المستقل المستقلة السابق السابقة".split()
)


def extract_senators(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "السيناتور فلان" in an article that names one senate (مجلس الشيوخ): a senator of that senate."""
    senates = {
        m.entity for m in state.doc.mentions if m.label == "ORG" and "مجلس الشيوخ" in normalise(m.text)
    }
    if len(senates) != 1:
        return []
    (senate,) = senates
    facts: list[Fact] = []
    for m in sent.mentions:
        before = sent.previous_words(m, state.text, 3)
        while len(before) >= 2 and before[-1] in _SENATOR_PARTY:
            before = before[:-1]  # "السيناتور الديمقراطي، مارك وارنر": his party between title and name
        before = before[-2:]
        if before and len(before[-1]) <= 3 and len(before) == 2:
            before = before[:1]  # "السيناتور جيه دي فانس" where the recogniser kept only "دي فانس"
        if m.label == "PERSON" and before and (before[-1] in _SENATOR or before[-1][1:] in _SENATOR):
            facts.append(
                _role_fact(
                    sent,
                    m.entity,
                    senate,
                    "senator",
                    "pattern: 'السيناتور' PERSON, the one senate the article names",
                )
            )
    return facts


_MP = frozenset(normalise(w) for w in ("النائب", "النائبة"))
# the houses whose members the news calls النائب (not a senate: السيناتور is extract_senators'); longer first
_HOUSES = sorted(
    (
        normalise(w)
        for w in ("البرلمان", "مجلس النواب", "مجلس الأمة", "مجلس الشعب", "الكونغرس", "الكونجرس", "الكنيست",
                  "الجمعية الوطنية", "مجلس العموم", "البرلمان الأوروبي", "مجلس نواب الشعب",
                  "المجلس الشعبي الوطني", "المجلس الوطني التأسيسي", "مجلس الشورى")
    ),
    key=len,
    reverse=True,
)


def _one_house_each(houses: set[str], state: ArticleState) -> set[str]:
    """The houses, a short name of another one left out: "مجلس النواب" after "مجلس نواب الشعب"."""
    def bare(e: str) -> list[str]:
        return [w.removeprefix("ال") for w in normalise(state.doc.entity(e).name).split()]

    def extra_nouns(o: str, h: str) -> bool:
        # (the longer name adds a noun, "مجلس نواب الشعب"; not an adjective: "البرلمان الأوروبي" is another)
        words = normalise(state.doc.entity(o).name).split()[len(bare(h)) :]
        return bool(words) and not any(relational_adjective(w) for w in words)

    return {
        h
        for h in houses
        if not any(
            o != h and len(bare(o)) > len(bare(h)) and bare(o)[: len(bare(h))] == bare(h) and extra_nouns(o, h)
            for o in houses
        )
    }


def _house(name: str) -> bool:
    """A parliament's name: a house's word first, then only adjectives (مجلس النواب الأمريكي), not a
    body named after one ("الجمعية الوطنية لحقوق الإنسان", "لجنة الشؤون الخارجية في البرلمان")."""
    norm = normalise(name)
    for h in _HOUSES:
        if norm == h or norm.startswith(h + " "):
            return all(relational_adjective(w) for w in norm[len(h) :].split())
    return False


# words in ي that are nouns, not adjectives, after النائب ("النائب القاضي فلان")
_NOT_MP_ADJECTIVES = frozenset(normalise(w) for w in "العام القاضي المحامي الثاني الأول".split())


def _mp_adjective(word: str, house: str) -> bool:
    """An adjective between النائب and the name that fits the house: not a noun (القاضي), and not a
    nationality other than the house's own ("النائب الفرنسي" and "البرلمان العراقي")."""
    if not relational_adjective(word) or word in _NOT_MP_ADJECTIVES:
        return False
    own = [w for w in house.split()[1:] if relational_adjective(w)]
    stem = word.removesuffix("ه")
    return not own or stem in {w.removesuffix("ه") for w in own} or not _nationality(word)


def _nationality(word: str) -> bool:
    from rasd.ner.pipeline import load_model

    demonyms = load_model().demonyms
    return word in demonyms or word + "ه" in demonyms


def extract_mps(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "قال النائب الأوكراني فلان", "محامي النائب فلان" in an article that names one parliament: a
    member of that parliament (not "النائب العام", the attorney general)."""
    if state.houses is None:
        state.houses = _one_house_each({m.entity for m in state.doc.mentions if m.label == "ORG" and _house(m.text)}, state)
    houses = state.houses
    if not houses or normalise("نائب") not in sent.norm:
        return []
    if len(houses) > 1:
        # several houses: only a title that names its own ("النائب بمجلس الشعب فلان")
        return [f for h in sorted(houses) for f in _mp_of_named_house(sent, state, h)]
    (house,) = houses
    house_name = normalise(state.doc.entity(house).name)
    facts: list[Fact] = []
    for m in sent.mentions:
        if m.label != "PERSON":
            continue
        before = sent.previous_words(m, state.text, 3)
        # the title right before the name, or with one or two adjectives after it (النائب الجمهوري)
        for k in range(len(before) - 1, -1, -1):
            w = before[k]
            title = w if w in _MP else w[1:] if w[1:] in _MP else "ال" + w[2:] if "ال" + w[2:] in _MP else None
            if title is not None:
                if all(_mp_adjective(a, house_name) for a in before[k + 1 :]):
                    facts.append(
                        _role_fact(sent, m.entity, house, "member", "pattern: 'النائب' PERSON, the one parliament the article names")
                    )
                break
            if not relational_adjective(w):
                break
    facts += _mp_of_named_house(sent, state, house)
    return facts


_MP_OF = re.compile(r"(?:^|\s)[وف]?(?:" + "|".join(_MP) + r")\s+عن\s*$")
# (a former member too: "النائبة السابقة بمجلس نواب الشعب فلانة")
_MP_AT = re.compile(r"(?:^|\s)[وف]?(?:" + "|".join(_MP) + r")(?:\s+(?:السابق|السابقه|الاسبق))?(?:\s*ب|\s+في|\s+عن)?\s*$")


def _mp_of_named_house(sent: Sentence, state: ArticleState, house: str) -> list[Fact]:
    """ "قالت النائبة بمجلس نواب الشعب ليلى الشتاوي", "فلان النائب بمجلس نواب الشعب عن حزب X", "النائبة
    بمجلس نواب الشعب ورئيسة لجنة التحقيق … فلانة": the member of the house named with the title."""
    text = state.text
    out: list[Fact] = []
    people = [m for m in sent.mentions if m.label == "PERSON"]
    for h in sent.mentions:
        if h.entity != house:
            continue
        lead = normalise(text[max(sent.start, h.start - 30) : h.start])
        m = _MP_AT.search(lead)
        if m is not None:
            title_at = h.start - (len(lead) - m.start())  # (normalise keeps the length of these words)
        else:
            # "النائب عن حزب X بمجلس نواب الشعب فلان": his party between the title and the house
            party = next((p for p in reversed(sent.mentions) if p.end <= h.start), None)
            if party is None or party.label != "ORG" or gap_text(text, party.end, h.start).split() not in ([], ["في"], ["ب"]):
                continue
            lead = normalise(text[max(sent.start, party.start - 16) : party.start])
            m = _MP_OF.search(lead)
            if m is None:
                continue
            title_at = party.start - (len(lead) - m.start())
        after = next((p for p in people if p.start >= h.end), None)
        before = next((p for p in reversed(people) if p.end <= title_at), None)
        who = None
        if after is not None:
            gap = gap_text(text, h.end, after.start).split()
            if gap[:1] == ["عن"] and len(gap) <= 8 and text[h.end : after.start].rstrip().endswith(("،", ",")) and not any(
                p.start < after.start and p.end > h.end for p in people if p is not after
            ):
                gap = []  # "النائب في مجلس نواب الشعب عن حركة X بولاية المهدية، فلان": his party and seat between
            if not gap or (
                len(gap) <= 12
                and gap[0][:1] == "و"
                and gap[0][1:] in TITLE_HEADS
                and not any(p.start < after.start and p.end > h.end for p in people if p is not after)
            ):
                who = after  # the name after the house, or after a second title joined with و
        if (
            who is None
            and before is not None
            and not gap_text(text, before.end, title_at).strip(" ،,")
            and (
                text[before.end : title_at].strip() in ("،", ",")
                or all(speech_word(w) for w in gap_text(text, sent.start, before.start).split())
            )
        ):
            # "قال فلان النائب بمجلس نواب الشعب", "فلان، النائب بمجلس …" (not "وانتقد الرئيس فلان النائب
            # بمجلس …": the verb's object is another, unnamed)
            who = before
        if who is not None:
            out.append(_role_fact(sent, who.entity, house, "member", "pattern: 'النائب ب' HOUSE with the person"))
    return out


_VERB_TITLES = frozenset(
    normalise(w)
    for w in "يترأس ترأس ترأست تترأس يرأس ترأس أدار أدارت قاد قادت يقود تقود أسس أسست يتولى تتولى تولى تولت".split()
)


_DESCRIPTION_WORDS = frozenset(
    normalise(w)
    for w in (
        "رجل رجال سيدة الأعمال السيد السيدة الدكتور الدكتورة النائب النائبة المهندس المهندسة المحامي"
        " المحامية الشيخ الراحل الملياردير المليونير الصحفي الصحفية الناشط الناشطة"
    ).split()
)


def _holder_past_description(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The person named after at most four describing words ("رجل الأعمال والنائب"، "الدكتور"، "السيد"),
    each from _DESCRIPTION_WORDS, with و joining two of them; None when a comma stands between or the name
    opens a clause of its own (a present verb right after it)."""
    nxt = next((m for m in sent.mentions if m.start >= pos), None)
    if nxt is None or nxt.label != "PERSON":
        return None
    gap = gap_text(text, pos, nxt.start).split()
    if not gap or len(gap) > 4 or any(c in text[pos : nxt.start] for c in "،,.:"):
        return None
    after = gap_text(text, nxt.end, min(sent.end, nxt.end + 20)).split()[:1]
    if after and after[0][:1] in ("ي", "ت") and len(after[0]) >= 4:
        return None  # "… والرئيس فلان يرفض مشاركتها": the name opens a new clause
    ok = all(w.removeprefix("و") in _DESCRIPTION_WORDS for w in gap)
    return nxt if ok else None


def _body_or_preposition_next(sent: Sentence, pos: int, org: DocMention, text: str) -> bool:
    """The word after ``pos`` is where the body starts, or a preposition."""
    words = gap_text(text, pos, org.start).split()
    return not words or words[0] in _PREPOSITIONS_BEFORE_TITLE | {"في"}


def _clause_ends(text: str, pos: int) -> bool:
    """No name right after the relative's verb: its subject is a pronoun."""
    after = text[pos : pos + 30].split()
    # (or the main clause's verb goes on: "إن حركة X التي يقودها قد فقدت", "… التي يقودها لم تفز")
    return (
        not after
        or after[0][:1] in ("،", ",", ".")
        or normalise(after[0]) in _PREPOSITIONS_BEFORE_TITLE | {"في", "حول", "قد", "لم", "لن"}
    )


def _subject_before_body(
    sent: Sentence, org: DocMention, title: str, state: ArticleState, text: str
) -> DocMention | None:
    people = [m for m in sent.mentions if m.end <= org.start and m.label == "PERSON" and not is_object_marked(sent, m, text)]
    if len(people) != 1:
        return None  # (one person only: with two, the pronoun's referent is not clear)
    if {w.removeprefix("ال") for w in gap_text(text, people[0].end, org.start).split()} & TITLE_HEADS:
        return None  # "فلان … عزل رئيس الحكومة المحافظ … الحزب الشعبي الذي يتزعمه": the title's holder, unnamed
    verb = title.split()[-1]
    want = "f" if verb.startswith("ت") else "m"
    return people[0] if person_gender(state, people[0].entity) in (None, want) else None


def _line_ends_soon(pos: int, text: str) -> bool:
    """Two words at most from ``pos`` to the end of its line or text: a signature's title line, not a
    headline ("رئيس البرلمان العربي يدين …")."""
    end = text.find("\n", pos)
    return n_words(text[pos : len(text) if end < 0 else end]) <= 2


def _name_right_before(pos: int, text: str, state: ArticleState) -> DocMention | None:
    """The person whose name ends the text right before ``pos``, with nothing but spaces between."""
    before = [m for m in state.doc.mentions if m.end <= pos]
    if before and before[-1].label == "PERSON" and not text[before[-1].end : pos].strip():
        return before[-1]
    return None


def _described_before(sent: Sentence, pos: int, text: str) -> bool:
    """ "وقال الملياردير اليهودي، مالك صحيفة X": a verb, a definite description and a comma before the
    title: it describes the one the description refers to (the last subject), whoever is named later."""
    raw = text[sent.start : pos].rstrip()
    words = gap_text(text, sent.start, pos).split()
    return raw.endswith("،") and 2 <= len(words) <= 4 and words[1].startswith("ال")


def _title_prefix(sent: Sentence, norm_start: int) -> str:
    j = norm_start
    while j > 0 and sent.norm[j - 1] not in " ":
        j -= 1
    return sent.norm[j:norm_start]


_PUBLIC_HEADS = frozenset(
    normalise(w)
    for w in "وزارة هيئة مفوضية مديرية دائرة مصلحة جهاز شرطة جيش بلدية مخابرات استخبارات أمن منظمة وكالة".split()
)


def _public_body(name: str) -> bool:
    """A ministry, authority, directorate, police or army ("وزارة التخطيط العراقية")."""
    words = normalise(name).split()
    return bool(words) and words[0].removeprefix("ال") in _PUBLIC_HEADS


_ALSO_IS = frozenset(normalise(w) for w in "القيادي القيادية العضو الناشط الناشطة الناطق المتحدث".split())


def _org_after(
    sent: Sentence, pos: int, text: str, max_filler: int = MAX_FILLER_WORDS, role: str = ""
) -> DocMention | None:
    for m in sent.mentions:
        if m.start < pos:
            continue
        gap = gap_text(text, pos, m.start)
        if any(c in text[pos : m.start] for c in "،,.:؛") or n_words(gap) > max_filler:
            return None
        if re.search(r"\d+\s+(?:عاما|عام|سنه|سنوات|سنين|شهرا)", gap):
            return None  # "إنييستا صاحب الـ34 عاما إلى الدوري الصيني": an age, no body's title
        if role == "owner" and any(w in ("في", "من", "علي", "الي", "الى") for w in gap.split()):
            return None  # "صاحب مقترح القانون في مجلس النواب": the owner of a proposal, not of the house
        if any(w in TITLE_HEADS or (w[:1] == "و" and (w[1:] in TITLE_HEADS or w[1:] in _ALSO_IS)) for w in gap.split()):
            # ("وزير التكوين المهني والقيادي في النهضة فلان": what else he is, and its body)
            # "عضو الكنيست ورئيس حزب العمل", "وزير الإدارة المحلية رئيس اللجنة العليا": the body is
            # the second title's
            return None
        words = gap.split()
        heads = [i for i, w in enumerate(words) if w.startswith(("ال", "لل")) and w.removeprefix("لل").removeprefix("ال") in _BODY_HEADS]
        if heads and not all(w.startswith("ال") or w in _BODY_HEADS for w in words[heads[0] + 1 :]):
            # "الرئيس التنفيذي للشركة أمام الكونغرس": the title's body is the one named before
            # ("للشركة"), not the next name (but "للشركة الأم "X"", "التيار الشعبوي حركة X" name it)
            return None
        if any(w in ("ضد", "لمواجهه", "لمحاربه") for w in words):
            return None  # "يقود عملية ضد الحوثيين": the body fought, not led
        if words[:1] and words[0].removeprefix("ل") in ("شؤون", "شئون") and role.removeprefix("deputy ") == "minister":
            return None  # "وزير شؤون الخروج من الاتحاد الأوروبي": a portfolio about the body, no post in it
        if role.removeprefix("deputy ").removeprefix("assistant ") in _PUBLIC_ROLES and any(w in _TO_MEDIA for w in words[1:]):
            # "وزيرة النقل الفرنسية لصحيفة X إن …": the paper she spoke to (not "المدير المالي لوكالة ناسا")
            return None
        if m.label == "ORG":
            return m
        if m.label in ("GPE", "LOC") and words and not words[0].startswith(("ال", "في", "ب", "ل")):
            # "مديرة حملات الشرق الأوسط في منظمة العفو الدولية": the region is the post's field
            after = next((x for x in sent.mentions if x.start >= m.end), None)
            if (
                after is not None
                and after.label == "ORG"
                and gap_text(text, m.end, after.start).split() in (["في"], ["ب"], ["لدي"])
                and n_words(gap_text(text, pos, after.start)) <= max_filler
            ):
                return after
        return None  # another name comes first: not this title's organisation
    return None


# a medium spoken to ("قال الوزير لصحيفة X"), and the jobs held at one
_TO_MEDIA = frozenset(normalise(w) for w in "لصحيفة لجريدة لقناة لمجلة لإذاعة لتلفزيون لمحطة".split())
# (the holders of a public office; "مدير الأخبار لقناة X" is the channel's)
_PUBLIC_ROLES = frozenset(
    (
        "minister president ambassador envoy governor senator representative leader speaker commander "
        "secretary-general adviser spokesperson official"
    ).split()
) | frozenset({"chief of staff", "deputy secretary-general"})  # (roles.yaml's names with a space)

# head nouns by which an article refers back to a body it named ("رئيس النادي" after "النادي الأهلي")
_BODY_HEADS = frozenset(
    normalise(w)
    for w in (
        "حزب لجنة نادي منظمة شركة مجلس هيئة جمعية مؤسسة اتحاد جامعة صندوق مركز بنك جبهة حركة "
        "تيار كتلة رابطة ائتلاف تحالف مجموعة غرفة محكمة مفوضية نقابة وكالة تجمع فصيل قائمة لائحة تكتل"
    ).split()
)
_MINISTER = frozenset(normalise(w) for w in ("وزير", "وزيرة"))
_MANY_OF_A_KIND = frozenset(normalise(w) for w in "شركة مجلس".split())
_COMPANY = normalise("شركة")


def _same_adjective(a: str, b: str) -> bool:
    """الأمريكية ~ الأميركي: one relational adjective in either gender and spelling."""
    return a.rstrip("ه").replace("ي", "") == b.rstrip("ه").replace("ي", "")


def _org_referred(sent: Sentence, pos: int, text: str, state: ArticleState, phrase: str) -> DocMention | None:
    """The body a title refers to without naming it: "رئيس النادي، فلان" (the club named before),
    "نائبة الرئيس التنفيذي للمنظمة", "وزير الصحة فلان" (وزارة الصحة, named in the article)."""
    toks = sent.tokens_between(pos, sent.end)[:1]
    if not toks:
        return None
    tok = toks[0]
    title = normalise(phrase)
    if title in ("الوزير", "الوزيره") and any(m.start == tok.start and m.label == "PERSON" for m in sent.mentions):
        return _ministry_before(sent, pos, state.text)
    if any(m.start <= tok.start < m.end for m in sent.mentions):
        return None
    w = normalise(tok.text)
    country = ""
    head = ""
    if title in _MINISTER or title[1:] in _MINISTER:
        if w == normalise("الشؤون"):
            # "وزير الشؤون الخارجية فلان" of "وزارة الخارجية" (or "وزارة الشؤون الخارجية")
            more = sent.tokens_between(tok.end, sent.end)[:1]
            if not more:
                return None
            tok, w = more[0], normalise(more[0].text)
        if not w.startswith("ال") or len(w) < 5:
            return None
        wanted: tuple[str, ...] = ("وزاره " + w, w, normalise("وزارة الشؤون") + " " + w)
        # "وزير الخارجية الفلسطيني": the ministry named with another country's adjective is another one
        nxt = [normalise(t.text) for t in sent.tokens_between(tok.end, sent.end)[:1]]
        country = nxt[0] if nxt and relational_adjective(nxt[0]) else ""
        if not country:
            # "وزير الخارجية والتعاون الدولي الإماراتي": the country's adjective after a second portfolio
            # joined by و (the first words up to a comma or a name)
            following: list[str] = []
            for t in sent.tokens_between(tok.end, sent.end)[:4]:
                if t.text in ("،", ",") or any(m.start <= t.start < m.end for m in sent.mentions):
                    break
                following.append(normalise(t.text))
            if following and following[0].startswith("و"):
                country = next((w for w in following[1:] if _nationality(w)), "")
    else:
        for article in ("لل", "ال"):
            if w.startswith(article):
                head = w[len(article) :]
                break
        else:
            return None
        if head not in _BODY_HEADS:
            return None
        wanted = (head, "ال" + head)
    found = None
    of_kind: list[DocMention] = []
    for m in state.doc.mentions:
        if m.start >= pos and (found is not None or not (title in _MINISTER or title[1:] in _MINISTER)):
            break  # the body named before; a ministry may also be named later in the article
        name = " ".join(normalise(m.text).split())
        x = next((x for x in wanted if name == x or name.startswith(x + " ")), None)
        if x is None and head and m.label == "ORG":
            # the head written before the name: جمعية «الوسط»، إلى كتلة «الوفاء» (not مجلس: an article
            # names many, some unrecognised; شركة only where the article has named one company)
            head_before = normalise(text[max(0, m.start - 12) : m.start].strip(' "«“')).split()[-1:]
            if any(head_forms(h) & set(wanted) for h in head_before):
                if head not in _MANY_OF_A_KIND:
                    x = ""
                elif m.start < pos and head == _COMPANY:
                    of_kind.append(m)
        if m.label == "ORG" and x is not None:
            adjectives = [a for a in name[len(x) :].split() if a.startswith("ال") and a.endswith(("ي", "يه"))]
            if country and adjectives and not any(_same_adjective(a, country) for a in adjectives):
                continue
            if m.start >= pos and adjectives and not country:
                continue  # "وزير الدفاع فلان" is not the minister of a foreign ministry named later
            found = m
            if m.start >= pos:
                break
    if found is None and of_kind and len({m.entity for m in of_kind}) == 1 and not any(
        m.label == "ORG" and m.start < pos and m.entity != of_kind[0].entity and (normalise(m.text).startswith(wanted))
        for m in state.doc.mentions
    ):
        found = of_kind[-1]  # "شركة أرامكو … الرئيس التنفيذي للشركة": the one company the article has named
    if found is None and head and head not in _MANY_OF_A_KIND:
        # "لجنة العمل السياسي «X» … أمينة صندوق اللجنة فلانة": the body named with its kind and adjectives
        # before its quoted name (the fact layer's back-reference)
        found = definite_reference(sent, tok.start, text, state)
        if found is not None and found.label != "ORG":
            found = None
    if found is None:
        return None
    if (title in _MINISTER or title[1:] in _MINISTER) and not country:
        # "وزارة الخارجية الروسية" named before, then "أقال الرئيس الأميركي وزير الخارجية فلان": his
        # sentence gives another country, the ministry is not his
        own = [w for w in normalise(found.text).split() if _nationality(w)]
        words = sent.norm.split()
        # (a country's adjective of a head of state or government, not "نظيره الأمريكي")
        others = [w for k, w in enumerate(words) if _nationality(w) and set(words[max(0, k - 2) : k]) & _RULERS]
        if own and others and not any(_same_adjective(a, b) for a in own for b in others):
            return None
        # "وقال وزير الدفاع، أفيغدور ليبرمان، إن إسرائيل ضربت …" with "وزارة الدفاع الروسية" named
        # before: the sentence names another country and not the ministry's
        places = [normalise(m.text) for m in sent.mentions if m.label == "GPE"]
        named_here = any(m.entity == found.entity for m in sent.mentions)  # (the ministry in this sentence)
        if own and places and not named_here and not any(_country_of(a, p) for a in own for p in places) and any(
            _country_of(d, p) for p in places for d in _demonym_forms()
        ):
            return None
    return DocMention(tok.start, tok.end, tok.text, "ORG", found.entity, "reference")


def _adjective_stem(adjective: str) -> str:
    """الروسية → روس, الإسرائيلي → اسرائيل (normalised)."""
    stem = adjective.removeprefix("ال")
    for end in ("يه", "ي"):
        if stem.endswith(end):
            return stem[: -len(end)]
    return stem


def _country_of(adjective: str, place: str) -> bool:
    """Is ``place`` (a normalised country name) the country of the nationality ``adjective``: روسيا and
    الروسية, إسرائيل and الإسرائيلي (not a city: موسكو names no country here)."""
    stem = _adjective_stem(adjective)
    name = place.removeprefix("ال")
    if any(stem.startswith(k) and name in v for k, v in _OTHER_NAMES.items()):
        return True
    return len(stem) >= 3 and (name.startswith(stem[:4]) or stem.startswith(name[:4])) and len(name) >= 3


# a country's other names and its capital, keyed by its adjective's stem (general knowledge)
_OTHER_NAMES = {
    normalise(k): frozenset(normalise(x).removeprefix("ال") for x in v.split("،"))
    for k, v in {
        "امريك": "الولايات المتحدة،واشنطن",
        "اميرك": "الولايات المتحدة،واشنطن",
        "بريطان": "المملكة المتحدة،لندن",
        "روس": "موسكو،الكرملين",
        "سعود": "الرياض،المملكة",
        "ايران": "طهران",
        "اسرائيل": "تل أبيب",
        "صين": "بكين",
        "فرنس": "باريس",
        "ترك": "أنقرة",
        "مصر": "القاهرة",
        "سوري": "دمشق",
        "عراق": "بغداد",
        "لبنان": "بيروت",
        "الماني": "برلين",
    }.items()
}


@cache
def _demonym_forms() -> tuple[str, ...]:
    from rasd.ner.pipeline import load_model

    return tuple(sorted(w for w in load_model().demonyms if w.startswith("ال") and len(w) > 5))


_RULERS = frozenset(
    normalise(w) for w in "الرئيس الرئيسة رئيس رئيسة الوزراء الملك ملك الأمير أمير الحكومة حكومة الزعيم".split()
)


# what may stand right before a bare "الوزير فلان" that belongs to the ministry named before it: the
# ministry said or announced that the minister … ("أعلنت وزارة الخارجية أن الوزير فلان"), or went on
# ("وأصدرت الوزارة بيانا، وقال الوزير"); not "ردت الوزارة على تصريحات الوزير فلان" (another's minister)
_MINISTER_OPENERS = frozenset(
    normalise(w)
    for w in "أن إن بأن وأن وإن فإن قال وقال أضاف وأضاف أكد وأكد أوضح وأوضح أعلن وأعلن صرح وصرح وذكر ذكر".split()
)


def _ministry_before(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The one ministry named before a bare "الوزير فلان" in its sentence: "أعلنت وزارة الخارجية
    الأمريكية أن الوزير فلان …" (the minister is that ministry's). Two ministries, another body or
    person between them, a ministry in a prepositional phrase, or a noun governing الوزير ("على تصريحات
    الوزير فلان") leave it unsaid."""
    ministries = [m for m in sent.mentions if m.end <= pos and m.label == "ORG"]
    if len(ministries) != 1 or not normalise(ministries[0].text).startswith("وزاره "):
        return None
    if is_object_marked(sent, ministries[0], text):
        return None
    before = normalise(text[sent.start : pos]).split()  # … the opener, then الوزير itself
    if len(before) < 2 or before[-2] not in _MINISTER_OPENERS:
        return None
    if any(m.label in ("ORG", "PERSON") and ministries[0].end <= m.start < pos for m in sent.mentions):
        return None
    m = ministries[0]
    return DocMention(pos, pos, "", "ORG", m.entity, "reference")


# an ideology describing a party ("حزب X اليميني فلان"); nationalities stay (they may name the body's
# country, "رئيس الحكومة الإسرائيلية الحالي فلان" is a public office)
_IDEOLOGY = frozenset(
    normalise(w)
    for w in (
        "اليميني اليمينية اليساري اليسارية المتطرف المتطرفة الشعبوي الشعبوية الليبرالي الليبرالية "
        "الراديكالي الراديكالية الحكومي الحكومية الرسمي الرسمية العملاق العملاقة المحافظ المعارض المعارضة "
        "الحاكم الإسلامي الإسلامية"
    ).split()
)


_INTERNATIONAL = frozenset(
    normalise(w) for w in "الأممي الأممية الدولي الدولية الخاص الخاصة الشخصي الشخصية الإقليمي الإقليمية".split()
)
_CHAMBER_HEADS = frozenset(normalise(w) for w in "مجلس البرلمان برلمان الكنيست".split())


_COMPANY_HEADS = frozenset(normalise(w) for w in "شركة شركتي مجموعة مصرف بنك".split())


def _minister_of_no_ministry(state: ArticleState, obj: str) -> bool:
    """A company, a party or a parliament has no minister: "وزير النفط البحريني: بدأنا التعاون مع شركة
    هاليبرتون", "وزير الدولة الرئيس التنفيذي لشركة أدنوك فلان", "وزيرة سابقة ومشرعة عن حزب X"."""
    name = " ".join(normalise(state.doc.entity(obj).name).split())
    if name.split()[:1] and name.split()[0] in ("حزب", "الحزب", "شركه", "الشركه") or legislature(name):
        return True
    for m in state.doc.mentions:
        if m.entity == obj and m.text:
            before = re.sub(r'["«“(]', " ", state.text[max(0, m.start - 14) : m.start]).split()
            head = normalise(before[-1]).lstrip("و") if before else ""
            if head in _COMPANY_HEADS or (head[:1] in ("ل", "ب") and head[1:] in _COMPANY_HEADS):
                return True
    return False


def without_heads_of_government(facts: list[Fact], sent: Sentence, state: ArticleState) -> list[Fact]:
    """The facts less a head's role in a government or cabinet, however it was found ("ويرأس فلان الحكومة
    الأردنية", "حكومة الوفاق الوطني برئاسة فلان" where the body is named "الوفاق الوطني"): a public office;
    and less a minister of a body that has none (_minister_of_no_ministry)."""
    kept = []
    for f in facts:
        if f.type == "role" and f.args.get("role") == "minister" and _minister_of_no_ministry(state, f.args["object"]):
            continue
        obj = f.args.get("object") if f.type == "role" else None
        if obj is not None and f.type == "role" and _adverb(state.doc.entity(obj).name):
            continue  # "رئيس منتخب ديمقراطيا": an adverb the recogniser took for a body
        # (and its deputy: "نائب رئيس مجلس الوزراء" is a public office too)
        if obj is not None and f.args.get("role") in ("president", "leader", "chair", "head", "vice-president"):
            names = [m for m in sent.mentions if m.entity == obj]
            if (names and all(_cabinet(m.text) or _cabinet(_head_before(state.text, m) + " " + m.text) for m in names)) or (
                not names and _cabinet(state.doc.entity(obj).name)
            ):
                continue
        kept.append(f)
    return kept


def _head_before(text: str, m: DocMention) -> str:
    """The word written right before a mention ("حكومة" of "حكومة الوفاق الوطني")."""
    before = text[max(0, m.start - 12) : m.start].split()
    return before[-1] if before else ""


def _adverb(name: str) -> bool:
    """One indefinite accusative word of a relational adjective (ديمقراطيا، رسميا): no body's name."""
    words = normalise(name).split()
    return len(words) == 1 and words[0].endswith("يا") and not words[0].startswith("ال") and len(words[0]) >= 8


def _cabinet(name: str) -> bool:
    """A government or its cabinet (مجلس الوزراء، الحكومة المصرية، حكومة الوفاق), whose head holds a public
    office, which the conventions do not count as a role (its ministers hold posts in it)."""
    words = normalise(name).split()
    return words[:2] == ["مجلس", "الوزراء"] or (bool(words) and words[0] in ("الحكومه", "حكومه"))


def _chamber(name: str) -> bool:
    """A chamber of a parliament (مجلس النواب، مجلس الأمة، البرلمان الأوروبي), whose president is its speaker."""
    words = normalise(name).split()
    return bool(words) and words[0] in _CHAMBER_HEADS and legislature(name)


def _holder_of_next_title(sent: Sentence, org: DocMention, hits, text: str) -> DocMention | None:
    """ "وزير الإدارة المحلية في الحكومة اليمنية ورئيس اللجنة العليا للإغاثة، فلان": two titles joined
    by و share the holder named after the second one's body."""
    for nxt in hits:
        n_start = sent.orig(nxt.start)
        if n_start < org.end or nxt.data.get("direction") == "org_title":
            continue
        if not _title_prefix(sent, nxt.start).startswith("و") or gap_text(text, org.end, n_start) not in (
            "",
            "و",
        ):
            return None
        org2 = _org_after(sent, sent.orig_end(nxt.end), text)
        if org2 is None:
            return None
        return _person_after(sent, org2.end, text, max_words=0, no_conjunction=True)
    return None


_AS_HEAD = frozenset(normalise(w) for w in ("على رأس",))  # and any title after ك ("كزعيم لـ X")
_LED_BY = frozenset(normalise(w) for w in ("بزعامة", "برئاسة", "بقيادة", "تحت زعامة", "تحت قيادة"))


_LEADING = frozenset(
    normalise(w)
    for w in ("بقيادة", "تحت زعامة", "تحت قيادة", "الذي يقوده", "التي يقودها", "الذي تقوده", "التي تقودها")
)


def _only_describes(gap: str) -> bool:
    """Between a body and a phrase about it, no other definite noun that the phrase may be about
    ("حزب X الحكومة التي يقودها"; adjectives, a bracketed name and "أول انتخابات" may stand there)."""
    gap = re.sub(r"\([^)]*\)", " ", gap)
    words = [normalise(w).strip("\"“”«»،,") for w in gap.split()]
    return not any(
        w.startswith("ال") and not relational_adjective(w) and not w.startswith("الم") and w not in _PLAIN_ADJECTIVES
        for w in words
    )


# definite adjectives after a body's name that end in neither ي nor start with الم
_PLAIN_ADJECTIVES = frozenset(
    normalise(w)
    for w in (
        "الحاكم الحاكمة الجديد الجديدة الكبير الكبيرة السابق السابقة الأكبر الأول الأولى الأخير الحر الحرة "
        "الناشئ الناشئة الوليد الوليدة الصغير الصغيرة الصاعد الصاعدة الأصغر الأقدم العريق العريقة"
    ).split()
)


def _holder_after_title(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """ "حزب الليكود بزعامة رئيس الحكومة الإسرائيلية الحالي بنيامين نتنياهو": the leader named after
    his own title (its body and place between), not after a possessive noun ("بقيادة نجمه فلان")."""
    first = text[pos : pos + 30].split()[:1]  # as written: a title in ة (رئيسة) is no possessive in ه
    if first and first[0].endswith(("ه", "ها")) and not first[0].startswith("ال"):
        return None
    body_end = -1
    for m in sent.mentions:
        if m.start < pos:
            continue
        between = text[pos : m.start]
        # "التي يتزعمها رئيس تحالف الفتح، هادي العامري": the title and its body, a comma, the name
        apposed = (
            m.label == "PERSON"
            and body_end > pos
            and text[body_end : m.start].strip() in ("،", ",")
            and not any(c in text[pos:body_end] for c in "،,.:؛")
        )
        if n_words(gap_text(text, pos, m.start)) > 6 or (any(c in between for c in "،,.:؛") and not apposed):
            return None
        if m.label == "PERSON":
            return m
        if m.label not in ("ORG", "GPE", "LOC"):
            return None
        body_end = m.end
    return None


def _org_before(sent: Sentence, pos: int, text: str) -> DocMention | None:
    for m in reversed(sent.mentions):
        if m.end > pos:
            continue
        words = n_words(gap_text(text, m.end, pos))
        if words > 6 or any(c in text[m.end : pos] for c in ":.؛"):
            return None
        if m.label == "ORG" and words > 3 and "،" in text[m.end : pos]:
            # "هاآرتس: إذا قرر الائتلاف الحاكم، الذي يقوده فلان": an unnamed body between
            return None
        if m.label == "ORG":
            return m
        if m.label == "PERSON" and words > 1:
            # "مدير بريتيش بتروليوم فلان عضو في مجلس إدارة يرأسه علان": a person and an unnamed body
            # between; the relative verb is the board's
            return None
    return None


# a cleric's honorific between a title's body and the name ("رئيس مجلس صيانة الدستور آية الله أحمد جنتي")
_CLERIC_TITLE = re.compile(r" (?:ايه|اية) الله(?: العظمي)?(?: السيد)? | حجه الاسلام(?: والمسلمين)? ")


_COUNTERPART = frozenset(normalise(w) for w in "نظيره نظيرته نظيرها نظيرهم ونظيره ونظيرته".split())
_CHIEF = frozenset(normalise(w) for w in ("رئيس", "رئيسة"))
_EXECUTIVE = frozenset(normalise(w) for w in ("التنفيذي", "التنفيذية"))
_TIME_ADJECTIVES = frozenset(normalise(w) for w in "السابق السابقة الأسبق الأسبقة الحالي الحالية الراحل الراحلة".split())


_NOT_ADJECTIVE = re.compile(r"(?:^|\s)غير\s+ال\S+")


def _person_after(
    sent: Sentence,
    pos: int,
    text: str,
    max_words: int,
    no_conjunction: bool = False,
    nationality: bool = False,
) -> DocMention | None:
    """The person named right after ``pos`` (a body or a title), past a person's own titles, an
    ideology, "former/current" and, with ``nationality``, the country's adjective (وزير الخارجية
    الأمريكي السابق فلان, where the ministry is named elsewhere)."""
    titles = word_set("roles", "name_titles")  # a person's own titles ("الجنرال فلان")
    alias = re.match(r"\s*\([^()\n]{1,40}\)", text[pos : min(sent.end, pos + 44)])
    if alias is not None and not any(pos <= m.start < pos + alias.end() and m.label == "PERSON" for m in sent.mentions):
        pos += alias.end()  # "رئيس الشرطة الدولية (الانتربول)، فلان": the body's short name in brackets
    for m in sent.mentions:
        if m.start < pos:
            continue
        gap = " ".join(
            w
            # (a comma after a word is not part of it: "وزير البترول المصري، فلان")
            # ('لمنظمة "X" غير الحكومية فلانة': what the body is not)
            for w in _CLERIC_TITLE.sub(" ", " " + _NOT_ADJECTIVE.sub(" ", gap_text(text, pos, m.start)).replace("،", " ، ") + " ").split()
            if w not in titles
            and w not in _IDEOLOGY
            and w not in _TIME_ADJECTIVES
            and w not in _LOCAL_BRANCH
            and not (nationality and relational_adjective(w) and w not in _EXECUTIVE)
        )
        if set(gap.split()) & _COUNTERPART:
            return None  # "رئيس الاتحاد الفلسطيني إلى نظيره الأرجنتيني فلان": the counterpart, another body's
        if n_words(gap) <= 2 and (m.label in ("GPE", "LOC") or gap in ("في", "من", "ب")):
            # "مدير مؤسسة X في بلومفيلد هيلز، فلان": the place belongs to the organisation
            pos = m.end
            continue
        if (
            m.label == "ORG"
            and (
                gap in ("لدى", "لدي")
                or (gap in ("ل", "لـ") and _organ_ends_at(sent, pos))
                # "عضو الهيئة السياسية لحركة نداء تونس، فلان": the organ, then its party by its head word
                or (gap in _TO_ITS_PARTY and _organ_ends_at(sent, pos))
            )
            and not any(c in text[pos : m.start] for c in ".:؛،,")
        ):
            # (also the body an organ is part of, glued to لـ: "أمين سر اللجنة التنفيذية لمنظمة التحرير فلان";
            # not "أرسل رئيس حركة X لحزب Y فلان رسالة": a second body, the message's addressee)
            pos = m.end  # "عضو لجنة التربية لدى الأمم المتحدة، فلانة": the body it sits at
            continue
        if n_words(gap) > max_words or any(c in text[pos : m.start] for c in ".:؛"):
            return None
        if (
            m.label == "ORG"
            and not gap
            and normalise(m.text).split()[0] in _BRANCH_WORDS
            and len(m.text.split()) <= 2
            and not normalise(m.text).split()[-1].startswith("ال")  # (a branch by its place: "مكتب تونس")
        ):
            pos = m.end  # "مديرة الوكالة الإيطالية للتعاون مكتب تونس، فلانة": the body's branch, then its holder
            continue
        if m.label == "ORG" and not gap and text[m.start - 1 : m.start] in ('"', "«", "“", "(") and n_words(m.text) <= 2:
            # 'رئيس الاتحاد الدولي لكرة القدم "فيفا" فلان': the body's short name, then its holder
            pos = m.end
            continue
        if m.label != "PERSON":
            return None
        if no_conjunction and attached_prefix(sent, m, text).startswith("و"):
            return None
        return m
    return None


def _person_after_complement(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The person named after a body and the لـ complement that says what it is for: "رئيس لجنة ترشيح
    المغرب لتنظيم كأس العالم 2026، فلان", "مدير شركة X للتجارة والمقاولات فلان". The complement has no
    other person or body in it and ends at the name, after a comma or with its لـ and و words alone."""
    person = next((m for m in sent.mentions if m.start >= pos and m.label in ("PERSON", "ORG")), None)
    if person is None or person.label != "PERSON" or attached_prefix(sent, person, text).startswith("و"):
        return None
    gap = text[pos : person.start].lstrip()
    if gap[:1] in ('"', "”", "»"):
        gap = gap[1:]  # the body's name in quotes: 'رئيس مجموعة "أليانس" للبعث العقاري فلان'
    if any(c in gap for c in '.:؛"«»()[]'):
        return None
    raw = gap.split()
    titles = word_set("roles", "name_titles")
    while raw and normalise(raw[-1]) in titles:
        raw.pop()  # "…، مولاي حفيظ العلمي": a title the tagger left before the name
    words = [normalise(w) for w in " ".join(raw).replace("،", " ").split()]
    if words[:1] in (["الخاص"], ["الخاصه"]):
        words = words[1:]  # "منسق الأمم المتحدة الخاص لعملية السلام، فلان": the title's own adjective
    if not words or len(words) > 8 or not words[0].startswith("ل") or len(words[0]) < 5:
        return None  # (not "لكن", "لدى": a long لـ word, a verbal noun or a noun: لتنظيم، للتجارة)
    if any(w in _NOT_COMPLEMENT for w in words):
        return None
    if raw[-1].endswith("،") or all(w.startswith(("ل", "و", "ال")) for w in words):
        return person
    return None


_OUTER_TITLES = frozenset(
    normalise(w) for w in "وكيل وكيلة مساعد مساعدة مستشار مستشارة باسم نائب نائبة لوكيل لمساعد ومساعد ووكيل".split()
)


# words that make the لـ phrase after a body something other than its purpose: a reason, a time, a
# person it is said to
_NOT_COMPLEMENT = frozenset(
    normalise(w) for w in "لأن لانه لأنه لانها لأنها للمرة لمدة لصالح لصحيفة لوكالة لقناة لموقع لتلفزيون قال قالت".split()
)


# "مدير مكتب التحقيقات الفيدرالي بالولاية فلان": the body's branch in the place the article is about
_LOCAL_BRANCH = frozenset(
    normalise(w) for w in "بالولاية بالمدينة بالمقاطعة بالمحافظة بالإقليم بالمنطقة بالبلاد".split()
)


def _person_before(
    sent: Sentence, pos: int, text: str, title_prefix: str, body_next: bool = False
) -> DocMention | None:
    """The title holder named before the title: right before it, or the sentence's subject
    (``body_next``: the body follows the title at once)."""
    if title_prefix.startswith("و") and not _after_pronoun(sent, pos, text):
        # "…، ورئيس شركة X فلان": a new item of a list, whose holder comes after the organisation;
        # but "فلان، عضو المجلس المركزي للجبهة وأمين عام حزب X": his second title after his first
        return _holder_of_first_title(sent, pos, text)
    for m in reversed(sent.mentions):
        if m.end > pos:
            continue
        gap = gap_text(text, m.end, pos)
        if m.label == "PERSON" and _after_place_preposition(sent.previous_words(m, text, 3)):
            continue  # "فلان من وست بلومفيلد وهو مؤسس …": a name after "من" is a place, not the holder
        if m.label == "PERSON" and n_words(gap) <= 12 and "." not in gap and ":" not in gap:
            if set(gap.split()) & _IN_PLACE_OF:
                return None  # "أقال فلان … ليحل محله مدير المخابرات علان": the title is the successor's
            if {w.lstrip("وف") for w in sent.previous_words(m, text, 4)} & _APPOINTS_HIM:
                return None  # "قبل أن يعينه الرئيس فلان مديرا لـ X": the one appointed, not the appointer
            if sent.previous_words(m, text, 1) == ["او"]:
                return None  # "لانتخاب فلان أو علان رئيسا للكتلة": one of two to be chosen, neither holds it
            bare_gap = {w.lstrip("و") for w in gap.split()}
            if bare_gap & _ANOTHER_CLAUSE:
                return None  # "فلان زعيم للحزب بينما ابنه ضابط في وزارة X": another one's post, in another clause
            if bare_gap & _RUNNING_FOR:
                return None  # "فلانة التي التزمت بعدم الترشح لمنصب رئيس الكتلة": a post run for, not held
            words = gap.split()
            if words[:1] in (["هو"], ["هي"]) and len(words) > 1 and words[1] not in _LINKING and "،" not in text[m.end : m.end + 3]:
                return None  # "ليو هي أبلغ وزير التجارة": a name's last word and a verb, the title its object
            if not n_words(gap) and "،" not in text[m.end : pos] and _acted_on_after(sent, m, text):
                # "أقال الشاهد وزير الداخلية", "أقال الرئيس فلان رئيس جهاز الأمن": the verb's subject,
                # then its object, another person the title names
                return None
            received = {w.lstrip("و") for w in sent.previous_words(m, text, 3)} & _RECEIVING
            deputy_words = gap_words(text, m.end, pos)
            linking = set(gap.split()) & _LINKING
            if linking <= {"الذي", "التي"} and linking and not _relative_right_after(gap):
                linking = set()  # "فلان، إلى التدخل في القرارات التي يتخذها مدير X": the decisions' relative
            if n_words(gap) and not (
                linking
                # "فلانة، نائبة الرئيس التنفيذي للمنظمة": the deputy's word alone stands between them
                or (len(deputy_words) == 1 and deputy_words[0] in _TITLE_OF_TITLE and "،" in gap)
                # "وقالت فلانة نائب المدير العام لمنظمة X": a speaker named with her title, no comma
                or (
                    body_next
                    and len(deputy_words) == 1
                    and deputy_words[0] in _TITLE_OF_TITLE
                    and _spoke_before(sent, m, text)
                )
                or _after_pronoun(sent, pos, text)
                or (_title_chain(gap.split()) and not received)
            ):
                # "ترامب يهاجم وزير العدل", "دعا فلان إلى طرد رئيس شبكة X": the title is another
                # person's, the object of a verb; its holder is named by apposition or a link word
                return None
            return m
        if m.label == "PERSON" or n_words(gap) > 12:
            return None
    return None


# verbs whose object is a person ("أقال فلان وزير الداخلية"): a title right after their subject is the object's
_ACTS_ON = frozenset(
    normalise(w)
    for w in "أقال أقالت يقيل عزل عزلت يعزل أبلغ أبلغت انتقد انتقدت هاجم هاجمت شكر شكرت هنأ هنأت استدعى استدعت".split()
)


_MEMBER_TITLES = frozenset(normalise(w) for w in "عضو عضوة".split())
_ANOTHER_CLAUSE = frozenset(
    normalise(w)
    for w in "بينما فيما لكن لكنه لكنها ابنه ابنها ابنته ابنتها نجله نجلها زوجته زوجها شقيقه شقيقها شقيقته".split()
)
_RUNNING_FOR = frozenset(normalise(w) for w in "ترشح الترشح للترشح ترشحه ترشحها بالترشح عدم".split())


def _relative_right_after(gap: str) -> bool:
    """The relative pronoun of the gap stands right after the person (past a comma): "فلان، الذي يشغل …"."""
    gap = re.sub(r"\([^)]*\)", " ", gap)  # "فلانة (30 عاما) التي تعمل في …": her age in brackets
    words = [w for w in gap.replace("،", " ").replace(",", " ").split()]
    while words and words[0] not in ("الذي", "التي") and words[0].startswith("ال"):
        words = words[1:]  # his description first: "فلان (41 عاما) الخبير الاقتصادي الذي يشتغل في …"
    return bool(words) and words[0] in ("الذي", "التي", "والذي", "والتي")


def _spoke_before(sent: Sentence, m: DocMention, text: str) -> bool:
    """The person is named right after a speech verb ("وقالت فلانة"): its subject."""
    before = sent.previous_words(m, text, 1)
    return bool(before) and speech_word(before[-1])


def _acted_on_after(sent: Sentence, m: DocMention, text: str) -> bool:
    """The person is the subject of a verb that acts on another person, right before him (past his
    titles and country's adjective)."""
    titles = word_set("roles", "name_titles")
    before = sent.previous_words(m, text, 5)
    while before and (before[-1] in titles or before[-1] in _TITLE_OR_ADJ or relational_adjective(before[-1])):
        before.pop()
    # (و is the verb's conjunction; not stripped from a title: وزير)
    return bool(before) and (before[-1] in _ACTS_ON or (before[-1][:1] == "و" and before[-1][1:] in _ACTS_ON))


_TITLE_OR_ADJ = frozenset(normalise(w) for w in "الرئيس الرئيسة رئيس الحكومة الوزراء الملك الأمير".split())
_IN_PLACE_OF = frozenset(normalise(w) for w in "محله محلها مكانه مكانها خلفا خلفًا خلفاً بدلا بدلاً".split())
_FIRST_TITLES = frozenset(normalise(w) for w in "عضو عضوة رئيس رئيسة نائب نائبة أمين الأمين مؤسس زعيم زعيمة".split())


def _holder_of_first_title(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The person named right before a comma and a title, when the text from there to ``pos`` names no
    one else and ends with the first title's body ("فلان، عضو المجلس المركزي للجبهة الشعبية وأمين …")."""
    before = [m for m in sent.mentions if m.end <= pos]
    people = [m for m in before if m.label == "PERSON"]
    if not people:
        return None
    person = people[-1]
    gap = text[person.end : pos]
    words = [w for w in gap_text(text, person.end, pos).split() if w not in ("،", ",")]
    clause_end = min([c for c in (text.find("،", pos, sent.end), text.find(",", pos, sent.end)) if c >= 0] or [sent.end])
    named_next = any(m.label == "PERSON" and pos <= m.start < clause_end for m in sent.mentions)
    if gap.strip() in ("", "و") and not named_next and _titled_before(sent, person, text):
        # "رئيس الوزراء اللبناني سعد الحريري وزعيم تيار المستقبل، …": his first title, then his second
        # (not "رئيس الجمهورية فلان ورئيس المجلس الوطني بها علان": the second title's holder named after)
        return person
    if not gap.lstrip().startswith(("،", ",")) or not words or len(words) > 10:
        return None
    inside = [m for m in before if m.start >= person.end]
    if words[0] in _PERSON_KINDS and len(words) <= 6 and not any(m.label in ("PERSON", "ORG") for m in inside):
        return person  # "فلان، رجل الدين الشيعي العراقي وزعيم التيار X": what he is, then his post
    if words[0] not in _FIRST_TITLES:
        return None
    if not inside and len(words) <= 6:
        return person  # "فلان، نائب الرئيس المصري السابق ورئيس الوكالة X": a first post of no named body
    if not inside or inside[-1].label != "ORG" or gap_text(text, inside[-1].end, pos).split() not in ([], ["و"]):
        return None  # the first title's body ends right before "و<title>"
    return person


def _titled_before(sent: Sentence, person: DocMention, text: str) -> bool:
    """A title and at most two of its words right before the person ("رئيس الوزراء اللبناني فلان")."""
    words = sent.previous_words(person, text, 3)
    return any(conj_in(w, TITLE_HEADS) or conj_in(w.removeprefix("ال"), TITLE_HEADS) for w in words)


# what a person is, described before his post ("فلان، رجل الدين الشيعي وزعيم التيار X")
_PERSON_KINDS = frozenset(
    normalise(w)
    for w in (
        "رجل سيدة الكاتب الكاتبة الصحفي الصحفية المحامي المحامية الناشط الناشطة الخبير الخبيرة الأستاذ"
        " الأستاذة الداعية الشيخ الملياردير المليونير السياسي السياسية القيادي القيادية الجنرال الأكاديمي"
    ).split()
)


# words between a name and a title that make the title the name's ("فلان، الذي يشغل منصب رئيس …")
_LINKING = frozenset(
    """الذي التي وهو وهي هو هي وهما هما وهم هم بصفته بصفتها كونه كونها منصب يشغل تشغل شغل شغلت كان كانت اصبح اصبحت
    بات باتت يعمل تعمل عمل عملت عين عينت تعيينه تعيينها انتخب انتخبت تولي يتولي تتولي اسس اسست
    ايضا حاليا سابقا السابق السابقه الحالي الحاليه يزال تزال زال مازال مايزال ماتزال ظل ظلت
    يظل تظل سيظل ستظل بقي بقيت يبقي تبقي سيبقي ستبقي""".split()
)


_MEMBER_WORDS = frozenset(normalise(w) for w in "عضو عضوة النائب نائب أكبر".split())
_MEETINGS = frozenset(normalise(w) for w in "اجتماع اجتماعا الاجتماع جلسة الجلسة لقاء اللقاء اجتماعات".split())
_CHAIRED_EVENTS = frozenset(normalise(w) for w in "جلسات الجلسات وفد وفدا الوفد قمة القمة".split())
_APPOINTS_HIM = frozenset(
    normalise(w) for w in "يعينه عينه يعينها عينها عينته عينتها تعينه تعينها اختاره اختارها يختاره سماه سماها".split()
)


def _title_chain(words: list[str]) -> bool:
    """Another title of the same person between the name and this one: "فلان وزير دولة رئيس المجلس"."""
    return len(words) == 2 and words[0] in _MINISTER and words[1] == "دوله"


# "واستقبل الرئيس فلان وزير دولة رئيس هيئة X": the guest's titles, not the host's
_RECEIVING = frozenset(normalise(w) for w in "استقبل استقبلت التقى التقت قابل قابلت قابلا".split())


# what comes from someone ("البيان الصادر من فلان"), and "من قبل / من طرف / من جانب فلان": by him
_ISSUED = frozenset(normalise(w) for w in "الصادر الصادرة صادر صادرة".split())
_BY_WHOM = frozenset(normalise(w) for w in "قبل طرف جانب لدن".split())


def _after_place_preposition(before: list[str]) -> bool:
    """ "من X" / "في X" / "من وست X": a preposition right before the name, or before one short word."""
    if before and before[-1] in ("من", "في"):
        # "هم كل من فلان": each of, a list of people; "البيان الصادر من فلان": who issued it
        return before[-2:-1] not in (["كل"], ["وكل"]) and not (before[-1] == "من" and set(before[-2:-1]) & _ISSUED)
    return (
        len(before) >= 2
        and before[-2] in ("من", "في")
        and len(before[-1]) <= 4
        and not before[-1].startswith("ال")
        and not (before[-2] == "من" and before[-1] in _BY_WHOM)
    )


def _after_pronoun(sent: Sentence, pos: int, text: str) -> bool:
    """True after "وهو / وهي / وهو أيضا" — the title describes the sentence's subject."""
    start = max(sent.start, pos - 20)
    # (not a name's own word: "ليو هي أبلغ وزير التجارة", nor a bare هي right after a name)
    after_name = False
    for m in sent.mentions:
        if m.start < pos and m.end > start:
            start = max(start, m.end)
            after_name = m.label == "PERSON"
    words = gap_text(text, start, pos).split() if start < pos else []
    if after_name and words[:1] in (["هو"], ["هي"]) and "،" not in text[start : start + 3]:
        words = words[1:]
    return any(w in ("وهو", "وهي", "هو", "هي") for w in words[-3:])


_PARTY_HEADS = frozenset(normalise(w) for w in ("حزب", "الحزب"))
# verbs of a view given, beside the speech verbs ("رجح فلان من حزب X أن …")
_OPINING = frozenset(normalise(w) for w in "رجح اعتبر رأى وصف توقع".split())
_SAID_TO_FOLLOW = frozenset(normalise(w) for w in ("إن", "إنه", "إنها", "أن", "إنهم"))


def extract_affiliations(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وقال برونو دالز، من وزارة المالية الفرنسية، لصحيفة …", "وقال الخبير فلان من المجموعة
    الاستشارية «X» لوكالة …": a speaker named with the body he speaks from holds a post there."""
    text = state.text
    facts: list[Fact] = []
    speech = word_set("speech", "verbs")
    for p in sent.mentions:
        if p.label != "PERSON":
            continue
        org = next((m for m in sent.mentions if m.start >= p.end), None)
        if org is None or org.label != "ORG":
            continue
        gap = gap_words(text, p.end, org.start)
        if not gap or gap[0] != "من" or len(gap) > 3 or not all(w.startswith("ال") for w in gap[1:]):
            continue
        before = sent.previous_words(p, text, 4)
        if not any(w in speech or w[1:] in speech or conj_in(w, _OPINING) for w in before):
            continue  # "طلب فلان من الكونغرس": asked of the body, not from it
        if any(w.lstrip("وف") in FROM_AS_OBJECT for w in before[-2:]):
            continue  # "وحذر السبسي من حركة النهضة": warned against it, not spoke from it
        party = normalise(org.text).split()[0].lstrip("و") in _PARTY_HEADS or political_org(state, org.entity)
        after = text[org.end : org.end + 40].lstrip(" \"'«»”“")
        nxt = normalise(after.split()[0]) if after.split() else ""
        if not (
            (after and after[0] in "،,.:")
            or nxt in _SAID_TO_FOLLOW
            or (nxt[:1] == "ل" and len(nxt) > 3)
            # "ووصف فلان من الاتحاد الوطني الحر إقالة الوزير …": a party's man gives his view
            or (party and p.start - sent.start < 40)
        ):
            continue  # "قال فلان من البرلمان الأوروبي الذي …" may say where he was, not who he is
        if party:
            # "ويقول فلان من حزب الشعوب الديمقراطي": one of the party's members
            facts.append(membership_fact(sent, p, org, "pattern: speech verb + PERSON من party"))
            continue
        facts.append(
            _role_fact(sent, p.entity, org.entity, "affiliate", "pattern: speech verb + PERSON، من ORG")
        )
    return facts


# "مدير حملة فلان": a post in a candidate's campaign; the campaign is its candidate (dev README)
_CAMPAIGN_POST = re.compile(
    r"(?<!\S)[وف]?(ال)?(مدير|مديره|رئيس|رئيسه|مستشار|مستشاره|منسق|منسقه|المتحدث باسم|المتحدثه باسم|متحدث باسم)"
    r"( (السابق|السابقه|العام|العامه))? (ل|ب)?حمل(ه|ات)(?!\S)"
)
_CAMPAIGN_TAIL = frozenset(normalise(w) for w in "الانتخابية الانتخابي الرئاسية السابق السابقة".split())
_CAMPAIGN_ROLES = {
    "مدير": "campaign manager",
    "مديره": "campaign manager",
    "رئيس": "campaign chair",
    "رئيسه": "campaign chair",
    "مستشار": "campaign adviser",
    "مستشاره": "campaign adviser",
    "منسق": "campaign coordinator",
    "منسقه": "campaign coordinator",
}


def extract_campaign_posts(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "بول مانافورت المدير السابق لحملة الرئيس الأمريكي دونالد ترامب", "مدير حملة ترامب، براد
    بارسكال": a post in the campaign of a candidate, held by the person named right before or after."""
    text = state.text
    facts: list[Fact] = []
    for hit in _CAMPAIGN_POST.finditer(sent.norm):
        t_start, t_end = sent.orig(hit.start()), sent.orig_end(hit.end())
        after = [m for m in sent.mentions if m.start >= t_end]
        cand = after[0] if after else None
        if cand is None or cand.label != "PERSON":
            continue
        gap = gap_text(text, t_end, cand.start).split()
        if len(gap) > 3 or not all(w.startswith("ال") for w in gap):
            continue  # "مدير حملة الرئيس الأمريكي فلان" only: the candidate named right after the campaign
        # "مدير حملة ترامب السابق، بول مانافورت": the holder named right after the candidate
        rest = [m for m in after[1:] if m.label == "PERSON"]
        tail = gap_words(text, cand.end, rest[0].start) if rest else ["x"] * 9
        holder = rest[0] if len(tail) <= 2 and all(w in _CAMPAIGN_TAIL for w in tail) else None
        before = [m for m in sent.mentions if m.end <= t_start]
        if holder is None and before and not hit.group(0).lstrip().startswith("و"):
            # "بول مانافورت، المدير السابق لحملة ترامب" (not "غيتس ورئيس حملة ترامب": another person;
            # nor "انتقد أوباما مدير حملة رومني": an indefinite title after a name is the verb's object)
            between = gap_text(text, before[-1].end, t_start)
            definite = hit.group(1) is not None
            if before[-1].label == "PERSON" and n_words(between) == 0 and (definite or "،" in between or "," in between):
                holder = before[-1]
        if holder is None or holder.entity == cand.entity:
            continue
        post = hit.group(2)
        role = _CAMPAIGN_ROLES.get(post, "campaign spokesperson")
        facts.append(
            _role_fact(
                sent,
                holder.entity,
                cand.entity,
                role,
                f"pattern: PERSON {hit.group(0).strip()} PERSON (a campaign is its candidate)",
            )
        )
    return facts


_FOUNDED = frozenset(normalise(w) for w in "أسس أسست وأسس وأسست فأسس".split())
_FOUNDED_ON_HANDS = re.compile(r"(?:^|\s)[و]?تاسس(?:ت)?\s")


_FOLLOWERS = frozenset(normalise(w) for w in "أنصار مؤيدي مؤيدو أتباع مجموعة عدد رفاق".split())
_FOUNDED_KINDS = frozenset(
    normalise(w) for w in "شركة حزب مؤسسة جمعية منظمة حركة مجموعة صحيفة موقع بنك صندوق مركز جامعة تيار".split()
)


def _body_word_only(gap: str) -> bool:
    """Nothing, or only the kind of body, between the founder (or the verb) and the body."""
    return all(normalise(w) in _FOUNDED_KINDS for w in gap.split())


def extract_founders(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "أسس فلان شركة X", "فلان أسس حزب X", "تأسس حزب X على يد فلان": a founder of the body."""
    text = state.text
    facts: list[Fact] = []
    if "اسس" not in sent.norm and "تاسس" not in sent.norm:
        return facts
    for tok in sent.tokens:
        if normalise(tok.text) not in _FOUNDED:
            continue
        after = [m for m in sent.mentions if m.start >= tok.end]
        person = org = None
        if after and after[0].label == "PERSON" and n_words(gap_text(text, tok.end, after[0].start)) == 0:
            # VSO: "وأسس فلان شركة X"
            person = after[0]
            org = next((m for m in after[1:2] if m.label == "ORG"), None)
            if org is not None and not _body_word_only(gap_text(text, person.end, org.start)):
                org = None  # "وأسس فلان مع شركة X …": not what he founded
        else:
            # SVO: "فلان أسس شركة X" (قد / كان between)
            person = next((m for m in reversed(sent.mentions) if m.end <= tok.start), None)
            gap = gap_text(text, person.end, tok.start).split() if person is not None else ["-"]
            if person is None or person.label != "PERSON" or not all(w in ("قد", "كان", "وقد") for w in gap):
                continue
            org = next((m for m in after[:1] if m.label == "ORG"), None)
            if org is not None and not _body_word_only(gap_text(text, tok.end, org.start)):
                org = None  # "قد أسس في جامعة بغداد مركزا"
        if person is None or org is None:
            continue
        facts.append(_role_fact(sent, person.entity, org.entity, "founder", f"pattern: '{tok.text}' PERSON ORG (founder)"))
    for hit in _FOUNDED_ON_HANDS.finditer(sent.norm):
        at = sent.orig_end(hit.end())
        org = next((m for m in sent.mentions if m.start >= at), None)
        if org is None or org.label != "ORG" or n_words(gap_text(text, at, org.start)) > 1:
            continue
        rest = sent.tokens_between(org.end, sent.end)[:2]
        if [normalise(t.text) for t in rest] != ["علي", "يد"]:
            continue
        hands = rest[1].end
        person = next((m for m in sent.mentions if m.start >= hands), None)
        if person is None or person.label != "PERSON" or n_words(gap_text(text, hands, person.start)) > 4:
            continue
        if set(normalise(gap_text(text, hands, person.start)).split()) & _FOLLOWERS:
            continue  # "على يد أنصار فلان": his followers, not he
        facts.append(_role_fact(sent, person.entity, org.entity, "founder", "pattern: 'تأسس' ORG 'على يد' PERSON (founder)"))
    return facts


_COMPANY_KINDS_OWNED = frozenset(normalise(w) for w in "شركة مجموعة شركات".split())
_LED = {
    normalise(w): role
    for ws, role in (
        ("قاد قادت يقود تقود يتزعم تتزعم تزعم تزعمت", "leader"),
        ("ترأس ترأست يترأس تترأس يرأس", "president"),
        ("يملك يمتلك تمتلك امتلك امتلكت", "owner"),
    )
    for w in ws.split()
}
# verbs added after the others (thirteenth session): their subject may be a body ("ويملك الحزب أغلبية",
# "ويرأس الحزب فلان"), so a clause's earlier subject is never their holder
_LED_STRICT = frozenset(normalise(w) for w in "يرأس يملك يمتلك تمتلك امتلك امتلكت".split())
# "تولى فلان رئاسة حزب X": the verb of taking an office, its holder, then the office's noun and the body
_TOOK_OVER = frozenset(normalise(w) for w in "تولى تولت يتولى تتولى".split())
_OFFICE_NOUNS = {normalise(w): role for w, role in (("رئاسة", "president"), ("قيادة", "leader"), ("إدارة", "director"))}
_BOARD_CHAIR = {tuple(normalise("رئاسة مجلس إدارة").split()): "chair"}
_TO_COME = frozenset(normalise(w) for w in "أن ان لن سوف المتوقع المقرر يتوقع".split())
# titles that may stand between a body and the person who leads it ("يتزعم الحزب وزير الخارجية فلان")
_SUBJECT_TITLES = frozenset(
    normalise(w)
    for w in "وزير وزيرة الخارجية الداخلية الدفاع المالية رئيس رئيسة الوزراء النائب النائبة الشيخ السيد الدكتور الجنرال".split()
)
_TROPHIES = ("للقب", "لقب", "بلقب", "للنهائي", "لنهائي", "النهائي", "للتعادل", "للكاس", "بكاس", "بالكاس", "ببطوله", "بالدوري")
_POLITICAL_BODIES = frozenset(normalise(w) for w in "حزب الحزب حركة الحركة تيار التيار ائتلاف الائتلاف تحالف التحالف جبهة الجبهة قائمة".split())
_POLITICAL_RIVALS = frozenset(normalise(w) for w in "حزب الحزب المرشح مرشح تحالف ائتلاف قائمة منافسه منافسيه".split())


def _match_won(words: list[str]) -> bool:
    """ "للفوز على الزمالك", "إلى الفوز على …", "للفوز بلقب الدوري": a sports result after the body (not
    "للفوز على حزب المحافظين في الانتخابات")."""
    if any(w in _TROPHIES for w in words):
        return True
    for k, w in enumerate(words):
        if w in ("للفوز", "الفوز") and words[k + 1 : k + 2] == ["علي"]:
            rival = words[k + 2 : k + 3]
            return not (rival and (rival[0] in _POLITICAL_RIVALS or rival[0].removeprefix("ال") in _POLITICAL_RIVALS))
    return False
_STANDING_IN = frozenset(normalise(w) for w in "غياب بالنيابة نيابة اجتماع اجتماعا جلسة".split())
_BEFORE_VERB = frozenset(normalise(w) for w in "قد لقد وقد فقد كان كانت وكان وكانت".split())



def extract_leaders(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وكان فلان قد قاد حزب X", "وقاد فلان حزب X", "…، وقاد حزب X" (the sentence's subject), "يتزعم
    حزب X وزير الخارجية فلان": a leadership verb (قاد، يتزعم، ترأس) with its subject and the body."""
    text = state.text
    out: list[Fact] = []
    out += _took_over(sent, state)
    for tok in sent.inside:
        w = normalise(tok.text)
        role = _LED.get(w) or (_LED.get(w[1:]) if w[:1] in ("و", "ف") else None)
        if role is None or negated(sent, tok.start, text):
            continue  # ("ولا يقود فلان حزب X")
        after = [m for m in sent.mentions if m.start >= tok.end]
        if not after:
            continue
        first = after[0]
        person: DocMention | None = None
        org: DocMention | None = None
        if first.label == "PERSON" and not gap_text(text, tok.end, first.start).strip():
            # VSO: "وقاد فلان حزب X"
            person = first
            org = after[1] if len(after) > 1 and n_words(gap_text(text, first.end, after[1].start)) == 0 else None
        elif first.label == "ORG" and (
            not gap_text(text, tok.end, first.start).strip()
            # "الذي يملك شركة النسيج Medtex": what he owns, a company named after its kind and field
            or (
                role == "owner"
                and 1 <= len(gap_text(text, tok.end, first.start).split()) <= 3
                and gap_text(text, tok.end, first.start).split()[0] in _COMPANY_KINDS_OWNED
            )
            # 'التي تتزعم حزب "اييي"': the party's head word outside its quoted name
            or (gap_text(text, tok.end, first.start).split() in (["حزب"], ["حركه"]) and text[first.start - 1 : first.start] in _OPENING_QUOTES)
        ):
            org = first
            before = [m for m in sent.mentions if m.end <= tok.start]
            if (
                before
                and before[-1].label == "PERSON"
                and (
                    set(gap_text(text, before[-1].end, tok.start).split()) <= _BEFORE_VERB
                    # "فلان، الذي يقود حكومة X" (the relative pronoun's, not after a verb's object)
                    or (
                        normalise(gap_text(text, before[-1].end, tok.start)).replace("،", " ").split() in (["الذي"], ["التي"])
                        and w.lstrip("وف")[:1] in ("ي", "ت")
                        # (not "شقيق الرئيس فلان، الذي يتزعم …": the relative is the kin's)
                        and not kin_phrase_before(text, before[-1].start)
                    )
                )
                and (w.lstrip("وف") not in _LED_STRICT or opens_clause(sent, before[-1], text))
            ):
                person = before[-1]  # "وكان فلان قد قاد حزب X" (not "وفي عهد فلان يمتلك حزب X …")
            elif w[:1] == "و" and text[sent.start : tok.start].rstrip().endswith("،") and w[1:] not in _LED_STRICT:
                topic = sentence_topic(sent, text)
                if topic is not None and topic.end <= tok.start:
                    person = topic  # "وأصبح فلان معارضا بارزا …، وقاد الجماعة X"
            if person is None and len(after) > 1 and after[1].label == "PERSON":
                # VSO with the subject after the body: "يتزعم التيار الوطني الحر وزير الخارجية فلان"
                between = gap_text(text, org.end, after[1].start).split()
                if len(between) <= 3 and all(b in _SUBJECT_TITLES or relational_adjective(b) for b in between):
                    person = after[1]
        if person is None or org is None or org.label != "ORG" or is_object_marked(sent, org, text):
            continue
        if role == "owner" and person.start > org.start:
            continue  # (an owner is named before what he owns)
        political = normalise(org.text.split()[0]) in _POLITICAL_BODIES if org.text.split() else False
        if _named_with(org.text, _TEAM_WORDS) or (
            not political and _match_won(gap_text(text, org.end, min(sent.end, org.end + 60)).split()[:5])
        ):
            continue  # "وقاد فلان نادي الزمالك للفوز على …", "قاد الأهلي للقب": a match won, no office
        if role == "president" and set(gap_text(text, org.end, min(sent.end, org.end + 30)).split()[:3]) & _STANDING_IN:
            continue  # "ترأس فلان مجلس الوزراء في غياب رئيسه": he chaired a meeting, holds no office
        out.append(_role_fact(sent, person.entity, org.entity, role, f"pattern: PERSON '{tok.text}' ORG → {role}"))
    return out


def _took_over(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وتولى فلان رئاسة حزب X عام 2012": the holder right after the verb, the office's noun right after
    him, and the body right after it."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        w = normalise(tok.text)
        if not (w in _TOOK_OVER or (w[:1] in ("و", "ف") and w[1:] in _TOOK_OVER)) or negated(sent, tok.start, text):
            continue
        lead = [x.lstrip("وف") for x in gap_text(text, max(sent.start, tok.start - 30), tok.start).split()[-2:]]
        present = w.lstrip("وف")[:2] in ("يت", "تت")  # يتولى، تتولى (تولى، تولت are past)
        if set(lead) & (_TO_COME - {"ان"}) or (lead[-1:] == ["ان"] and present):
            continue  # "من المتوقع أن يتولى فلان رئاسة …": not (yet) his (not "بعد أن تولى …")
        after = [m for m in sent.mentions if m.start >= tok.end][:2]
        before = [m for m in sent.mentions if m.end <= tok.start]
        titles = gap_text(text, tok.end, after[0].start).split() if after else []
        if after and after[0].label == "PERSON" and len(titles) <= 2 and all(x.startswith("ال") for x in titles):
            person, rest, pos = after[0], after[1:], after[0].end  # VSO, past a title: "وتولى الرئيس فلان …"
        elif (
            before
            and before[-1].label == "PERSON"
            and set(gap_text(text, before[-1].end, tok.start).split()) <= _BEFORE_VERB
            and opens_clause(sent, before[-1], text)
        ):
            person, rest, pos = before[-1], after, tok.end  # "وكان فلان قد تولى رئاسة حزب X"
        else:
            continue
        if not rest or rest[0].label != "ORG":
            continue
        org = rest[0]
        between = tuple(gap_text(text, pos, org.start).split())
        role = _OFFICE_NOUNS.get(between[0]) if len(between) == 1 else _BOARD_CHAIR.get(between)
        if role is None:
            continue
        out.append(_role_fact(sent, person.entity, org.entity, role, f"pattern: '{tok.text}' PERSON '{between[0]}' ORG → {role}"))
    return out


def _described_holder(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """ "الذي تتزعمه المعارضة البارزة، فلانة": the holder named after a definite description and a comma."""
    person = _person_after(sent, pos, text, max_words=3)
    if person is None:
        return None
    gap = text[pos : person.start].strip()
    words = gap_text(text, pos, person.start).split()
    if not gap.endswith("،") or not words or not all(w.startswith("ال") for w in words):
        return None
    return person


_OPENING_QUOTES = ('"', "«", "“")
_ORGANS = frozenset(normalise(w) for w in "اللجنة المكتب المجلس الهيئة الأمانة الكتلة".split())
_BRANCH_WORDS = frozenset(normalise(w) for w in "مكتب فرع".split())
_PRESS_OFFICER = frozenset(normalise(w) for w in ("المكلف بالإعلام", "المكلفة بالإعلام", "المكلف بالاتصال", "المكلفة بالاتصال"))
_WRITER_OF_YEAR = frozenset(normalise(w) for w in ("الكاتب العام", "الكاتبة العامة", "كاتب عام", "كاتبة عامة"))
_YEAR_WORDS = frozenset(normalise(w) for w in "الماضي المقبل الحالي الجاري".split())
_ACCORDING_TO = frozenset(normalise(w) for w in "بحسب وبحسب حسب وحسب وفق ووفق وفقا ووفقا".split())
_CITING = frozenset(normalise(w) for w in "وفقا ووفقا نقلا ونقلا".split())


_TO_ITS_PARTY = frozenset(normalise(w) for w in "لحركة لحزب لجبهة لتيار لائتلاف لاتحاد".split())


def _party_of_organ(sent: Sentence, organ: DocMention, text: str, state: ArticleState) -> DocMention | None:
    """The party an organ is named of ("الهيئة السياسية لحركة X", "المكتب التنفيذي لحزب X")."""
    if not set(normalise(organ.text).split()[:1]) & _ORGANS:
        return None
    after = next((m for m in sent.mentions if m.start >= organ.end), None)
    if after is None or after.label != "ORG" or not political_org(state, after.entity):
        return None
    gap = gap_text(text, organ.end, after.start).strip()
    return after if gap in ("ل", "لـ") or gap in _TO_ITS_PARTY else None


def _organ_ends_at(sent: Sentence, pos: int) -> bool:
    """A body's organ (اللجنة، المكتب، المجلس …) is named right before ``pos``."""
    return any(x.end == pos and x.label == "ORG" and normalise(x.text).split()[0] in _ORGANS for x in sent.mentions)


def _no_title_here(sent: Sentence, hit) -> bool:
    """A press officer's phrase inside another title or description ("الوزير المنتدب المكلف بالاتصال",
    "المسؤول المصري المكلف بالاتصال بحركة X"), or "كاتب عام" before a year ("كاتب عام 2018")."""
    title = normalise(hit.phrase)
    if title in _PRESS_OFFICER:
        lead_word = sent.norm[: hit.start].split()[-1:]
        return bool(lead_word) and (lead_word[0].startswith("ال") or lead_word[0] in ("كاتب", "وزير"))
    if title in _WRITER_OF_YEAR:
        nxt_word = sent.norm[hit.end :].split()[:1]
        return bool(nxt_word) and (nxt_word[0][:1].isdigit() or nxt_word[0] in _YEAR_WORDS)
    return False


def _cited_source(text: str, start: int, pos: int) -> bool:
    """The name at ``pos`` follows بحسب / وفق, or وفقا / نقلا and لـ / عن (the source a sentence cites)."""
    words = gap_text(text, max(start, pos - 20), pos).split()[-2:]
    if words[-1:] and words[-1] in _ACCORDING_TO:
        return True
    return len(words) == 2 and words[0] in _CITING and words[1] in ("ل", "لـ", "عن")


_ITS_SPOKESPERSON = re.compile(r"(?:^|\s)(?:[وف]?ال)?(?:متحدث|ناطق)[ةه]?(?:\s+(?:ال)?رسمي[ةه]?)?\s+باسم(?:ه|ها)(?=[\s،,])")


def extract_own_spokespeople(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "وقالت حركة X على لسان المتحدث باسمها، فلان": the spokesperson of the body that opens the
    sentence (the one باسمه/باسمها refers to), named right after the title."""
    text = state.text
    out: list[Fact] = []
    for hit in _ITS_SPOKESPERSON.finditer(sent.norm):
        t_start, t_end = sent.orig(hit.start()), sent.orig_end(hit.end())
        person = next((m for m in sent.mentions if m.start >= t_end), None)
        if person is None or person.label != "PERSON" or n_words(gap_text(text, t_end, person.start)) > 0:
            continue
        before = [
            m
            for m in sent.mentions
            if m.end <= t_start
            and m.label in ("PERSON", "ORG")
            # (not the source the sentence opens with: "وبحسب "فرانس برس"، سيعلن حزب X …", "ووفقا لـ X")
            and not _cited_source(text, sent.start, m.start)
        ]
        if len(before) != 1 or before[0].label != "ORG":
            continue
        opened = max(sent.start, text.rfind("،", sent.start, before[0].start) + 1)
        if n_words(gap_text(text, opened, before[0].start)) > 3:
            continue  # the body must open the sentence (or its clause) as its subject ("وقالت حركة X …")
        body = before[0]
        her = hit.group().rstrip().endswith("ها")
        if (her and _masculine_body(body.text)) or (not her and _feminine_body(body.text)):
            continue  # باسمها for حركة/منظمة/وزارة, باسمه for حزب/مجلس/تيار
        out.append(_role_fact(sent, person.entity, body.entity, "spokesperson", "pattern: ORG … المتحدث باسمه، PERSON"))
    return out


_ITS_HEAD = re.compile(
    r"(?:^|\s)(?:[وف]?[لب]?)(?P<t>رئيس|رئيست|زعيم|زعيمت|مدير|مديرت|مؤسس|مؤسست|مالك|مالكت|صحفي|صحفيت|صحافي|صحافيت"
    r"|مراسل|مراسلت|محرر|محررت)(?:ه|ها)(?P<x>\s+(?:التنفيذي|التنفيذيه))?(?=[\s،,])"
)
# the title stem (ta marbuta as ت before the pronoun) → rasd's role
_ITS_TITLE_ROLES = {
    "رئيس": "president", "رئيست": "president", "زعيم": "leader", "زعيمت": "leader",
    "مدير": "director", "مديرت": "director", "مؤسس": "founder", "مؤسست": "founder",
    "مالك": "owner", "مالكت": "owner", "صحفي": "journalist", "صحفيت": "journalist",
    "صحافي": "journalist", "صحافيت": "journalist", "مراسل": "correspondent", "مراسلت": "correspondent",
    "محرر": "editor", "محررت": "editor",
}


def extract_own_heads(sent: Sentence, state: ArticleState) -> list[Fact]:
    """ "انسحابها من كتلة «X»، متهمة رئيسها فلان": the head of the body named just before (of the
    pronoun's gender), named right after the title."""
    text = state.text
    out: list[Fact] = []
    for hit in _ITS_HEAD.finditer(sent.norm):
        t_start, t_end = sent.orig(hit.start()), sent.orig_end(hit.end())
        person = next((m for m in sent.mentions if m.start >= t_end), None)
        if person is None or person.label != "PERSON" or n_words(gap_text(text, t_end, person.start)) > 0:
            continue
        before = [m for m in sent.mentions if m.end <= t_start and m.label in ("PERSON", "ORG")]
        opener = before[0] if before and before[0].label == "ORG" and n_words(gap_text(text, sent.start, before[0].start)) <= 2 else None
        if (
            before
            and before[-1].label == "ORG"
            and opener is not None
            and opener is not before[-1]
            and (
                attached_prefix(sent, before[-1], text).endswith("ل")
                or any(
                    w[:1] == "ل" and (w[1:] in _ANY_BODY_HEADS or "ال" + w[2:] in _ANY_BODY_HEADS)
                    for w in sent.previous_words(before[-1], text, 1)
                )
            )
            and not is_object_marked(sent, opener, text)
        ):
            # "ساهمت شركة X بحوالي … في تمويل مؤتمر لحزب Y، وقال رئيسها التنفيذي فلان": the body the
            # sentence is about, not the one it gave to
            body = opener
        elif not before or before[-1].label != "ORG" or n_words(gap_text(text, before[-1].end, t_start)) > 3:
            continue  # the body right before (no other name between)
        else:
            body = before[-1]
        word = hit.group().strip().split()[0]
        her = word.endswith("ها")
        # the head noun before the name may give the body its gender: "تنظيم القاعدة … لزعيمه"
        head = sent.previous_words(body, text, 1)
        named = " ".join([*head, body.text]) if set(head) & _ANY_BODY_HEADS else body.text
        if (her and _masculine_body(named)) or (not her and _feminine_body(named)):
            continue
        # (زعيمه is its leader, رئيسه its president, "وصحافيتها فلانة" its journalist)
        role = "ceo" if hit.group("x") else _ITS_TITLE_ROLES[hit.group("t")]
        out.append(_role_fact(sent, person.entity, body.entity, role, f"pattern: ORG … '{word}' PERSON"))
    return out


def _feminine_body(name: str) -> bool:
    """A body referred to by ها: its head ends in ة or is a plural in ات (حركة، وزارة، وحدات)."""
    words = normalise(name).split()
    first = words[0] if words else ""
    return first.endswith(("ه", "ات"))  # (ة normalised)


_MASCULINE_HEADS = frozenset(
    normalise(w)
    for w in (
        "حزب الحزب مجلس المجلس تيار التيار جيش الجيش اتحاد الاتحاد مكتب المكتب بنك البنك صندوق الصندوق "
        "تنظيم التنظيم ائتلاف الائتلاف تحالف التحالف"
    ).split()
)
_ANY_BODY_HEADS = _BODY_HEADS | _MASCULINE_HEADS


def _masculine_body(name: str) -> bool:
    """A body referred to by ه: its head is a masculine noun (حزب، مجلس، تيار). Others (الأمم
    المتحدة، حماس) may take either pronoun."""
    words = name.split()
    return bool(words) and normalise(words[0]) in _MASCULINE_HEADS
