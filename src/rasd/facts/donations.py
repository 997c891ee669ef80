"""donation: money given, pledged, planned or raised, with amount bounds and status.

  تبرع فلان بمبلغ 5 ملايين دولار للجنة X          verb: donor after the verb (VSO), recipient marked by ل/إلى
  وقد تعهد فلان شخصيًا بالتبرع بأكثر من … لحملة X  governor verb … complement: the verb gives the status
  فلان، وهي مانحة ضخمة للحزب X                     noun: the donor is the one described
  جمعت حملة X / جمع X 20 مليون دولار               raise: donor null, amount required
A donation with no recipient in its sentence ("وتبرع فلان بمليون دولار") goes to the recipient of
the donation stated just before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from rasd.contract import Amount, Fact
from rasd.facts.common import (
    BODY_HEADS,
    DENIAL_VERBS,
    PLACE_KIND_WORDS,
    POLITICAL_HEADS,
    SEAT_WORDS,
    ArticleState,
    attached_prefix,
    conj_in,
    coordinated_after,
    coordinated_before,
    definite_reference,
    gap_text,
    head_forms,
    in_denied_clause,
    inside_closed_relative,
    inside_mention,
    is_marked_recipient,
    is_object_marked,
    main_clause_subject,
    n_words,
    negated,
    opens_clause,
    person_gender,
    political_org,
    relative_head,
    sentence_topic,
    subject_after,
    subject_before,
)
from rasd.facts.context import Sentence
from rasd.facts.vocab import load, matcher, word_set
from rasd.resolve.document import DocMention
from rasd.text.normalise import normalise
from rasd.text.numbers import find_numbers

DONOR_TYPES = ("PERSON", "ORG", "GPE", "ANON")
DESCRIBED_DONOR_TYPES = ("PERSON", "ORG", "ANON")  # "مانحة ضخمة" describes a person or body, not a place
RECIPIENT_TYPES = ("PERSON", "ORG")
INHERIT_WITHIN = 2  # sentences: "وتبرع فلان أيضًا بمليون دولار" takes the last donation's recipient


@dataclass
class Trigger:
    start: int  # original offsets
    end: int
    phrase: str
    status: str
    kind: str


_NOT_MONEY = frozenset(
    {"الدعم", "دعمه", "دعمها", "دعم", "المساعده", "مساعده", "المشوره", "النصح", "شهادته", "شهادتها"}
)
_MONEY_ADJ = frozenset({"المالي", "مالي", "الماليه", "ماليا"})


def find_triggers(sent: Sentence, text: str) -> list[Trigger]:
    out: list[Trigger] = []
    nouns_before = word_set("donations", "noun_before_masdar")
    for hit in matcher("donations", "triggers").find(sent.norm):
        s, e = sent.orig(hit.start), sent.orig_end(hit.end)
        if inside_mention(sent, s, e):
            continue
        before = sent.norm[: hit.start].split()[-1:]
        if hit.data["kind"] == "verb" and before and before[0] in nouns_before:
            continue  # "بحزمة تبرع تبلغ …": تبرع is a noun here (a donation package), not "he donated"
        out.append(Trigger(s, e, hit.phrase, hit.data["status"], hit.data["kind"]))
    # governor … complement: "تعهد ماسك شخصيًا بالتبرع"
    governors = _governors()
    comp = matcher("donations", "complements")
    for hit in comp.find(sent.norm):
        c_end = sent.orig_end(hit.end)
        # (a trigger of the same words may yet have a governor right before it: "تعهد فلان بتمويل حملة X")
        if any(t.start <= sent.orig(hit.start) < t.end and (t.start, t.end) != (sent.orig(hit.start), c_end) for t in out):
            continue
        same_span = any((t.start, t.end) == (sent.orig(hit.start), c_end) for t in out)
        nxt = sent.norm[hit.end :].split()[:2]
        if nxt and nxt[0] in _NOT_MONEY and (len(nxt) < 2 or nxt[1] not in _MONEY_ADJ):
            continue  # "وعد بتقديم الدعم لها": support, not money ("الدعم المالي" is money)
        if hit.phrase in _NEEDS_AMOUNT and not any(
            a.start >= c_end and n_words(gap_text(text, c_end, a.start)) <= 2 for a in sent.amounts
        ):
            continue  # "قرر تقديم استقالته": only an amount offered or pumped in is money
        # (two givers joined by و may stand between: "تعهد فلان وعلان بتقديم …")
        words = sent.norm[: hit.start].split()[-7:]
        if "«" in sent.norm[: hit.start] and "»" in " ".join(sent.norm[: hit.start].split()[-3:]):
            # (the giver's quoted name may lengthen the subject: "تعهّد اتحاد المعلمين في ولاية X «Y» بتقديم")
            words = sent.norm[: hit.start].split()[-11:]
        gap = sent.norm[: hit.start].split()[-20:]
        if "،" in " ".join(gap[-10:]) and not set(words) & set(governors):
            # "تعهدت فلانة، الشريكة المؤسسة لصندوق X، بتقديم …": the governor before the apposition
            words = gap
        found = _last_governor(words, governors)
        # (an apposition set off by two commas right before the complement is the giver's: "تعهّد الملياردير
        # فلان، مؤسس صندوق X، بضخ …")
        apposed = (
            found is not None
            and sum(w.endswith("،") or w == "،" for w in words[found[0] :]) == 2
            and len(words) >= 2
            and words[-1] == "ب"  # (the complement's particle, split off: "، بضخ")
            and (words[-2].endswith("،") or words[-2] == "،")
            and not set(words[found[0] + 1 :]) & {"فيما", "بينما"}
        )
        if found is not None and same_span and not apposed and (
            set(words[found[0] + 1 :]) & {"فيما", "بينما", "،", ","}
            or any(w.endswith("،") for w in words[found[0] :])
        ):
            found = None  # "وتعهد ماكرون بإصلاح النظام، فيما كشفت وثائق عن تمويل حملة X": another clause's verb
        if found is not None:
            i, status = found
            start = sent.orig(sent.norm.rfind(words[i], 0, hit.start))
            kind = "raise" if status == "raised" else "verb"
            out.append(Trigger(start, c_end, f"{words[i]} … {hit.phrase}", status, kind))
    # a pledge of an amount: "تعهد رجل الأعمال فلان وحده بملياري نايرا لدعم حملته"
    for a in sent.amounts:
        word_start = max(sent.start, text.rfind(" ", sent.start, a.start) + 1)
        attached = normalise(text[word_start : a.start])
        if not (attached in ("ب", "بـ") or normalise(text[max(sent.start, a.start - 6) : a.start]).strip() == "بمبلغ"):
            continue
        if any(t.start <= a.start < t.end + 8 for t in out):
            continue
        lead = gap_text(text, max(sent.start, word_start - 70), word_start).split()[-7:]
        found = _last_governor(lead, governors, ("pledged", "planned"))
        if found is not None:
            i, status = found
            gov_pos = text.rfind(lead[i], max(sent.start, word_start - 90), word_start)
            if gov_pos >= 0:
                out.append(Trigger(gov_pos, word_start, f"{lead[i]} … ب", status, "verb"))
    # "قد موّل في انتخابات 2018 حملة النائب فلان": a time or an election between the verb and the campaign
    for m in _FUNDED_LATER.finditer(sent.norm):
        s_, e_ = sent.orig(m.start("verb")), sent.orig_end(m.end())
        if not any(t.start <= s_ < t.end for t in out) and not inside_mention(sent, s_, e_):
            out.append(Trigger(s_, e_, f"{m.group('verb').lstrip('وف')} … حملة", "given", "verb"))
    out.sort(key=lambda t: t.start)
    # a trigger inside a governor's span is its complement ("حصل فلان على تبرعات": not تبرعات alone)
    out = [t for t in out if not any(u is not t and u.start < t.start and t.end == u.end for u in out)]
    return [t for k, t in enumerate(out) if not (k and _purpose_of(t, out[k - 1], text))]


# (normalised) a past verb of funding, then في/خلال and a time or an election of up to four words, then حملة
_FUNDED_LATER = re.compile(
    r"(?<!\S)(?P<verb>[وف]?مول(?:ت)?)\s+(?:في|خلال)\s+(?:الانتخابات|انتخابات|عام|العام|سباق)(?:\s+\S+){0,3}?\s+حمله(?!\S)"
)
_NEEDS_AMOUNT = frozenset({"تقديم", "بتقديم", "ضخ", "بضخ", "رصد", "تخصيص", "بتغطية", "بمنح"})  # ("تغطية": also news coverage)


def _purpose_of(trig: Trigger, prev: Trigger, text: str) -> bool:
    """ "تبرعات فاقت مليون دولار لتمويل حملة X": "لتمويل حملة" says what the earlier gift was for."""
    word_start = text.rfind(" ", 0, trig.start) + 1
    attached = normalise(text[word_start : trig.start + 1])
    return (
        trig.phrase.startswith("تمويل")
        and attached.startswith("لت")
        and prev.kind in ("collective", "noun", "verb")
        and n_words(gap_text(text, prev.end, word_start)) <= 8
    )


def _last_governor(words: list[str], governors: dict[str, str], statuses: tuple[str, ...] = ()) -> tuple[int, str] | None:
    """The index and status of the last governor among words (و/ف attached before it dropped), of one
    of statuses when given."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i][1:] if words[i][:1] in "وف" and words[i][1:] in governors else words[i]
        if w in governors and (not statuses or governors[w] in statuses):
            return i, governors[w]
    return None


@cache
def _governors() -> dict[str, str]:
    return {normalise(k): v for k, v in load("donations")["governors"].items()}


def extract_donations(sent: Sentence, state: ArticleState) -> list[Fact]:
    text = state.text
    rmarks = word_set("donations", "recipient_markers")
    blockers = word_set("donations", "not_donation")
    # "تمويل حملته" counts only joined to the giver's own backing ("دعمه لترشح X وتمويل حملته"), not as the
    # purpose of money received or given ("تلقيه أموال من X لتمويل حملته"): it bounds no other trigger
    triggers = [
        t
        for t in find_triggers(sent, text)
        if t.phrase not in _FUNDING_HIS_CAMPAIGN or _backer_of_joined_masdar(sent, t, text, state) is not None
    ]
    facts: list[Fact] = []
    receivers = [m for m in sent.mentions if m.label in RECIPIENT_TYPES]
    used_amounts: set[int] = set()
    shares: list[tuple[tuple[Amount, DocMention], list[DocMention]]] = []  # shares whose currency is elided
    # verbs claim their amounts first; a describing noun ("مانحة ضخمة للحزب") only takes what is left
    order = sorted(range(len(triggers)), key=lambda i: (triggers[i].kind == "noun", i))
    for k in order:
        trig = triggers[k]
        status = trig.status
        pending_share: tuple[Amount, DocMention] | None = None
        has_campaign = False
        if negated(sent, trig.start, text):
            continue
        if _reports_denied(sent, trig, text):
            continue  # "نفى فلان تقارير صحفية عن تمويله حملة علان": the reports are denied
        if trig.kind == "verb" and in_denied_clause(sent, trig.start, text):
            continue  # "ونفى فلان أنه موّل حملة علان": denied, no gift
        if trig.phrase == "منحه" and _grant_noun(_trigger_word(sent, trig)):
            continue  # "منحة بقيمة …": the noun "a grant" (a state's), not "منحه" (gave him)
        if trig.kind == "verb" and gap_text(text, max(sent.start, trig.start - 10), trig.start).split()[-1:] in (
            ["كل"], ["لكل"], ["بكل"], ["اي"], ["لاي"], ["باي"]
        ):
            continue  # "الإفصاح عن كل تبرع تزيد قيمته على …": any gift, a noun, none given
        if _self_funded_or_withdrawn(sent, trig, text):
            continue  # "فموّل حملته بنفسه", "تراجع عن تعهده بتقديم …": his own money, a pledge taken back
        if set(gap_text(text, trig.end, min(sent.end, trig.end + 30)).split()[:2]) & _BRIBES:
            continue  # "اتهامات بتلقي رشى في عملية كلفتها 5 مليارات دولار": bribes, no gift (nor the deal's cost)
        if trig.phrase in _TOPPED:
            # "وتصدّرت شركة X القائمة بمليون دولار، تلتها …": only a list of givers (القائمة right after the
            # first name, or تلتها / يليه later) after a gift read in this sentence or the one before
            last = getattr(state, "last_donation", None)
            first = next((m for m in sent.mentions if m.start >= trig.end), None)
            after_first = gap_text(text, first.end, min(sent.end, first.end + 40)).split()[:4] if first is not None else []
            # "… القائمة بمليون دولار", "… قائمة المانحين بمليون": the list of givers, its amount right after
            the_list = after_first[:1] == ["القائمه"] and after_first[1:2] != [] and after_first[1].startswith("ب") or (
                after_first[:1] == ["قائمه"] and after_first[1:2] in (["المتبرعين"], ["المانحين"])
            )
            amount_next = first is not None and any(
                a.start > first.end and n_words(gap_text(text, first.end, a.start)) <= 3 for a in sent.amounts
            )
            if last and sent.index - last[0] <= 1 and the_list and amount_next and _listed_amounts(sent, trig, state):
                facts += _donor_list(sent, trig, text, state)
            continue
        # (a trigger inside a governor's span, in the giver's description, does not cut it off)
        nxt = [
            t.start
            for t in triggers[k + 1 :]
            if t.start >= trig.end
            and (t.kind != "noun" or trig.kind == "noun")
            # ("تلقت تبرعات بقيمة …", "تلقت قائمة «X» تبرعات بلغت …": the gifts received are the receipt's
            # object, past its subject, not a new trigger)
            and not (
                t.kind == "collective"
                and trig.kind == "raise"
                and (
                    _words_but_names(sent, trig.end, t.start, text) <= 1
                    # (past a time: "تلقى خلال الحملة تبرعات بلغ مجموعها …")
                    or (
                        # ("تلقى خلال الربع الأخير من العام تبرعات مسجلة تتجاوز …")
                        _words_but_names(sent, trig.end, t.start, text) <= 6
                        and gap_text(text, trig.end, t.start).split()[:1] in (["خلال"], ["منذ"], ["العام"], ["الشهر"])
                    )
                )
            )
        ]
        limit = nxt[0] if nxt else sent.end
        amount = _amount_after(sent, trig.end, limit, text, used_amounts)
        if amount is not None and "،" in text[max(trig.end, amount.start - 16) : amount.start] and set(
            gap_text(text, max(trig.end, amount.start - 14), amount.start).split()
        ) & _SHARE_MARKS:
            amount = None  # "تلقى حزب X تبرعات محظورة، بينها مليونا دولار …": a share, not the total
        if trig.kind == "noun" and any(t.kind != "noun" and t.start < trig.start for t in triggers):
            amount = None
        if trig.phrase in _GRANT and amount is None and not _money_word_after(sent, trig, text):
            continue  # "منحت الزعامة للرئيس": granting leadership, not money
        if trig.phrase in _HAND_OVER and amount is None:
            continue  # "سلم السلطة": only an amount handed over is money
        if trig.phrase in _OFFERED and (
            amount is None
            or (
                (n_between := _words_but_names(sent, trig.end, amount.start, text)) > 1
                and n_between != _fillers(text, trig.end, amount.start)
                # ("وأرسل إلى حملتها شيكاً بمليون دولار": the one it went to before the cheque)
                and not _sent_to_before(text, trig.end, amount.start)
            )
            or set(normalise(text[amount.end : amount.end + 20]).split()[:1]) & _NOT_GIFT_AFTER
        ):
            # "قدم استقالته", "قدمت الدعم": only an amount right after قدم (and its subject) is money,
            # and not a loan, a bribe, a subsidy or a budget ("قدم خمسة ملايين دولار قرضا لـ …")
            continue
        spent = normalise(trig.phrase) in _SPENT
        window = gap_text(
            text, trig.end if spent else trig.start, amount.end if amount is not None else min(limit, trig.end + 80)
        )
        if any(b in window.split() or (" " in b and b in window) for b in blockers):
            continue
        if _not_political_purpose(sent, trig, amount, text):
            continue
        # (a describing noun between the verb and its amount is the subject's apposition: "ومنح فلان،
        # وهو من كبار المانحين، مليون دولار للجنة X")
        inner = [
            t.start
            for t in triggers
            if t.start > trig.start and t.kind == "noun" and trig.kind != "noun" and amount is not None and t.start < amount.start
        ]
        any_next = [t.start for t in triggers if t.start >= trig.end and t.start not in inner]
        skip = (inner[0], amount.start) if inner else None
        if skip is None and amount is not None and trig.kind == "verb":
            # "وقدم فلان، المستشار السابق للمرشح علان، مليون دولار لجمعية X": the giver's description
            commas = [i for i, c in enumerate(text[trig.end : amount.start]) if c in "،,"]
            if len(commas) >= 2:
                skip = (trig.end + commas[0], trig.end + commas[-1])
        rec_limit = any_next[0] if any_next else sent.end
        # (not past a clause that comments on the amount: "…، وهو رقم غير مسبوق لمرشح إلى مجلس النواب")
        comment = _COMMENT_CLAUSE.search(text, amount.end if amount is not None else trig.end, rec_limit)
        if comment is not None:
            rec_limit = comment.start()
        recipients = _recipients(sent, trig, rec_limit, text, rmarks, state, amount, skip=skip)
        if not recipients and trig.kind == "verb" and normalise(trig.phrase).split()[-1] in _BODY_IN_TRIGGER:
            # "وكان فلان قد موّل الحزب في انتخابات 2018 بمبلغ …": the party the article named before
            last = text.rfind(" ", trig.start, trig.end) + 1
            ref = definite_reference(sent, last, text, state) if last > 0 else None
            recipients = [ref] if ref is not None else []
        if not recipients and trig.kind in ("verb", "raise") and trig.status != "raised":
            # "سيتبرع بنصف مليون جنيه من ماله الخاص لتمويل حملة الحزب": the party named before, marked
            # as the one the money is for
            recipients = _party_referred_after(sent, trig.end, limit, text, state)
        if not recipients and trig.kind == "verb" and amount is not None:
            # "ضخ حداد ما بين مليونين وثلاثة ملايين دولار في الحملة": the campaign of the list named last
            recipients = _the_campaign_after(sent, amount.end, text, state)
        if not recipients and trig.kind == "verb" and amount is not None:
            # "أن حفنة من الأثرياء ضخّوا أكثر من 40 مليون دولار في خزائنها": the body the clause is about
            recipients = _its_coffers_after(sent, amount.end, text)
        if amount is not None and recipients:
            recipients += _also_after_amount(sent, amount, recipients, text, rmarks)
        suit = next((t.start for t in sent.inside if t.start > trig.end and normalise(t.text).lstrip("و") in _SUIT), None)
        if suit is not None:
            # "… لحملة فلان، وحذا حذوه كل من علان وفلانة …": those who followed his example are givers
            recipients = [r for r in recipients if r.start < suit]
        recipients = [_committee_of(sent, r, text, state) for r in recipients]
        # a charity, hospital, club or UN agency is not a political recipient
        recipients = [r for r in recipients if not _non_political(r)]
        if trig.kind == "collective":
            # unnamed givers: only with an amount right after and a named recipient
            if amount is None or n_words(gap_text(text, trig.end, amount.start)) > 2 or not recipients:
                if recipients:
                    # "ذهبت أكبر التبرعات إلى X، حيث تبرعت فلانة … بـ 10 ملايين": a gift named later
                    # in the sentence without a recipient of its own goes to X
                    state.last_donation = (sent.index, sorted({r.entity for r in recipients}))
                continue
            if subject_before(sent, trig.start, text, DONOR_TYPES, max_words=3, state=state) is not None:
                continue
            donors: list[DocMention | None] = [None]
        elif trig.kind == "raise":
            if _target_or_none(sent, trig, text):
                continue
            if trig.phrase in _RECEIVE_PRESENT:
                lead = gap_text(text, max(sent.start, trig.start - 12), trig.start).split()[-1:]
                if lead in (["من"], ["ومن"]):
                    continue  # "من يتلقى المال من X يتحمل …": whoever receives it, no one named
                word = _trigger_word(sent, trig)
                lead2 = {x.lstrip("وف") for x in gap_text(text, max(sent.start, trig.start - 30), trig.start).split()[-2:]}
                if (
                    lead in (["ان"], ["أن"])
                    or normalise(word).lstrip("وف").startswith("س")  # "وسيتلقى …": not yet
                    or lead2 & _NOT_YET_RECEIVED
                    or not (
                        _money_word_after(sent, trig, text)
                        # "يتلقى ما بين 700 و800 مليون دولار سنويا من X": a sum right after it
                        or (amount is not None and amount.start >= trig.end and n_words(gap_text(text, trig.end, amount.start)) <= 2)
                    )
                ):
                    # "من المقرر أن يتلقى …", "قد يتلقى …", "كي يتلقى …" (not stated), "ويتلقى النائب
                    # مكافأة قدرها …" (a salary): the present tense counts only for money or support received
                    continue
            # "حصلت على تمويل من X", "مزاعم تلقي أموال من X": a gift from a named giver, amount unsaid
            funded = (
                trig.phrase in _FUNDED
                or (" … " in trig.phrase and trig.phrase.endswith("على تمويل"))  # "وحصل حزب X على تمويل من Y"
                or (trig.phrase in _RECEIVE and _money_word_after(sent, trig, text))
            )
            # (the raiser named between the verb and the amount, with his titles, is the verb's subject:
            # "جمع المترشح الحر للانتخابات الرئاسية فلان نحو 40 مليون دينار")
            between = [r for r in recipients if amount is not None and trig.end <= r.start and r.end <= amount.start]
            past = between[-1].end if between else trig.end
            if not between and amount is not None:
                # "جمعت لجنة العمل السياسي الفائقة «X» (Y) أكثر من 90 مليون دولار": the subject after the
                # verb, past its kind, and its spelling in brackets
                subj = subject_after(sent, trig.end, text, RECIPIENT_TYPES, state=state)
                if subj is not None and subj.end <= amount.start:
                    glossed = _past_gloss(text, subj.end, amount.start)
                    if n_words(gap_text(text, glossed, amount.start)) <= 2:
                        past = glossed
            # (a total's amount may close a long clause: "بلغ مجموع الهبات التي صرّح بها حزب X لدى … نحو
            # 1,8 مليون درهم")
            reach = 20 if normalise(trig.phrase).split()[0] in _TOTAL_NOUNS or _gifts_totalling(text, trig, amount) else 6
            if not funded and (amount is None or _words_past_apposition(text, past, amount.start) > reach):
                continue
            if not recipients and " … " in trig.phrase:
                # "وحصل حزب X على تمويل من …": the subject between the governor and its complement
                inside = [
                    m
                    for m in sent.mentions
                    if trig.start < m.start and m.end <= trig.end and m.label in RECIPIENT_TYPES
                    and not is_object_marked(sent, m, text)  # "وحصل نجل فلان على تمويل": the son, unnamed
                    and (m.start, m.end) not in state.role_objects  # "حصل عضو الكنيست فلان": the member
                ]
                recipients = [r for r in inside[:1] if _politician_or_party(state, r) and not _non_political(r)]
                if inside and not recipients:
                    continue  # a company, a club, a university or a person without office: a loan or a grant
            if not recipients and _that_it_after_participle(sent, trig, text):
                # "أعلنت لجنة X تأييدها لفلان …، مؤكدة أنها جمعت 18 مليون دولار": the participle's
                # pronoun is the main clause's subject, not the one named in its object
                topic = main_clause_subject(sent, trig.start, text, RECIPIENT_TYPES)
                recipients = [topic] if topic is not None else []
            owner = _his_campaign_raised(sent, trig, text, state) or _campaign_said_it_raised(sent, trig, text)
            if not recipients:
                recipients = owner
            if not recipients:
                # "حفلاً حشد فيه لمرشحي التحالف ما قيمته …": for the alliance named before, not the host
                recipients = _party_referred_after(sent, trig.end, limit, text, state)
            # (one who has a campaign runs for office: "بل جمعت حملتها نحو 18 ألف دينار")
            has_campaign = bool(owner) and {r.entity for r in recipients} == {owner[0].entity}
            if not recipients:
                recipients = _campaign_owner_before(sent, trig, text)
            if not recipients and trig.phrase.startswith("الحصول"):
                # "بالحصول على أموال من X": whoever is accused of it is named just before, or no one
                near = subject_before(sent, trig.start, text, RECIPIENT_TYPES, max_words=3, state=state)
                if near is None:
                    continue
                recipients = [near]
            if not recipients:
                recipients = _campaign_after(sent, trig, text)
            if not recipients:
                # "تلقت اللجنة …": a back-reference right after the verb
                ref = definite_reference(sent, trig.end, text, state)
                recipients = [ref] if ref is not None and ref.end <= trig.start else []
            if not recipients:
                # "أن الحزب حصد …": a back-reference right before the verb
                word_start = max(sent.start, text.rfind(" ", sent.start, max(sent.start, trig.start - 1)) + 1)
                ref = definite_reference(sent, word_start, text, state) if word_start > sent.start else None
                recipients = [ref] if ref is not None and ref.end <= word_start else []
            if not recipients:
                recipients = _beneficiary_before(sent, trig, text)
            if not recipients:
                # (not the giver after من: "أن المرشح فلان تلقى من رجل الأعمال علان تمويلاً …")
                from_next = gap_text(text, trig.end, min(sent.end, trig.end + 12)).split()[:1] == ["من"]
                subj = None if from_next else subject_after(sent, trig.end, text, RECIPIENT_TYPES, state=state)
                # "وكشفت بيانات اللجنة أن حزب X تلقى …": the subject right before the verb, then the topic
                subj = subj or _recipient_right_before(sent, trig.start, text)
                # "متقدماً على حزب المحافظين الذي جمع …": the antecedent of the relative pronoun
                subj = subj or _relative_antecedent(sent, trig.start, text)
                # "أن حملة المترشح الحر فلان تلقت هبات …": the campaign's owner receives
                subj = subj or _campaign_owner_right_before(sent, trig.start, text)
                # "أن النائبة فلانة، المرشحة لزعامة حزب X، تلقت …": the name before the apposition
                subj = subj or _subject_before_apposition(sent, trig.start, text)
                subj = subj or _subject_before_apposition(sent, trig.start, text, relative=True)
                # "أنفقت لجنة «X» أكثر من 3 ملايين دولار على إعلانات، وكانت قد تلقت مليوني دولار من فلان"
                subj = subj or _subject_of_joined_clause(sent, trig.start, text)
                subj = subj or sentence_topic(sent, text, RECIPIENT_TYPES)
                subj = subj or subject_before(sent, trig.start, text, RECIPIENT_TYPES, state=state)
                recipients = [subj] if subj else _inherited_recipients(sent, state)
            recipients = _by_pronoun_gender(sent, trig, recipients, state)
            # "تلقت حملة X تبرعا بأربعة ملايين يورو من Y": received from a named giver
            giver = _giver_after(sent, trig, amount, text, recipients) if trig.phrase in _RECEIVE | _FUNDED else None
            share = _share_after(sent, amount, text, recipients) if amount is not None else None
            if share is None and amount is not None:
                elided = _share_without_currency(sent, amount, text, recipients)
                if elided is not None:
                    share = elided
                    pending_share = elided  # (kept only if the total itself is kept, below)
            marked_share = amount is not None and bool(
                set(gap_text(text, amount.end, min(sent.end, amount.end + 20)).replace("،", " ").split()[:2]) & _SHARE_MARKS
            )
            if share is not None or marked_share:
                # "تلقت هبات بقيمة 12 مليون دينار، من بينها خمسة ملايين قدمها فلان": the total is raised
                # from many, the share is the named giver's (and with a share not read, "منها 30 في المئة
                # قدمها فلان", the total is still not his)
                if giver is not None and amount is not None and giver.start > amount.end:
                    giver = None  # (the share's giver: _amount_given_by gives him his share)
            if giver is None and " … " in trig.phrase and trig.phrase.endswith("على تمويل"):
                # the giver right after the funding, past his title ("على تمويل من رجل الأعمال Y بقيمة …")
                giver = _named_after_marker(sent, trig.end, text, recipients, _from_and_titles)
            if giver is not None and trig.phrase.endswith("على تمويل") and (
                _lender(giver) or _public_giver(sent, giver, text)
            ):
                continue  # funding from a bank or a ministry: a loan, state money
            if trig.phrase.endswith("على تبرعات"):
                # "حصل فلان على تبرعات بلغت … من رجل الأعمال علان" (من right after the amount only: a
                # share given after it, "بينها … قدمها علان", is not the total's giver)
                pos = amount.end if amount is not None else trig.end
                giver = _named_after_marker(sent, pos, text, recipients, lambda words: words[:1] == ["من"])
            if funded and giver is None and (amount is None or trig.phrase in _FUNDED or not (_gifts_after(sent, trig, text) or _gifts_totalling(text, trig, amount))):
                # (gifts received with no giver named are a total raised: "إن اللجنة تلقت تبرعات بقيمة …";
                # a sum, money or funding received may be a loan, state money, a price or a budget)
                continue
            if giver is None and amount is not None and _paid_for(sent, amount, text):
                continue
            donors = [giver] if giver is not None else [None]
            if giver is not None:
                # a government or a ministry that receives money receives state aid ("وتتلقى الحكومة
                # الأردنية دعما ماليا من الولايات المتحدة")
                # (nor does a company that receives money from a candidate: "تلقت كامبريدج أناليتيكا مليوني
                # جنيه من المرشح فلان" is a fee)
                recipients = [r for r in recipients if not _government(r) and (r.label != "ORG" or political_org(state, r.entity))]
                if not recipients:
                    continue
                status = "given"
                # "وتلقت حركة X من إيران وقطر 100 مليون دولار": each giver joined by و
                donors += [
                    g
                    for g in _joined_after(sent, giver, DONOR_TYPES, text)[1:]
                    if g.entity not in {r.entity for r in recipients}
                ]
                if any(d is not None and _public_giver(sent, d, text) for d in donors) and trig.phrase in _RECEIVE_PRESENT:
                    continue  # "ويتلقى النائب مبلغا شهريا من مجلس النواب": an allowance
        elif trig.kind == "noun" and not recipients and _listed_amounts(sent, trig, state):
            facts += _donor_list(sent, trig, text, state, used=used_amounts)
            continue
        elif trig.kind == "noun" and _list_topped_by(sent, trig, text) and _inherited_recipients(sent, state):
            # "أن قائمة المتبرعين تصدّرها المهندس فلان، رئيس مجلس إدارة شركة X، بمبلغ 8 ملايين جنيه": the
            # list of the gifts to the one named before, each amount its giver's
            facts += _donor_list(sent, trig, text, state, used=used_amounts)
            continue
        elif trig.kind == "noun" and recipients and len([a for a in sent.amounts if a.start > recipients[-1].end]) >= 2:
            # "أكبر المتبرعين للجنة X كانوا: فلان بـ750 ألف دولار، وشركة Y بـ500 ألف دولار، …"
            facts += _donor_list(sent, trig, text, state, recipients, used=used_amounts)
            continue
        else:
            if recipients and amount is not None and _generic_givers_before(sent, trig, text):
                # "أن شركات ورجال أعمال قدّموا ما مجموعه 9.2 مليون دولار لتمويل حفل تنصيب X": many unnamed
                # givers (not the speaker named before أن), a total the one named received
                donors, status = [None], ("raised" if trig.status == "given" else trig.status)
            else:
                donors = list(_donors(sent, trig, text, recipients, amount, state))
                if trig.phrase in _DUAL_GAVE and len(donors) == 1 and donors[0] is not None:
                    # "فلان وشركة «X» التي يملكها قدّما معاً …": the dual verb's other giver, joined by و
                    # (a head noun may stand after و)
                    first = donors[0]
                    prev = [m for m in sent.mentions if m.end <= first.start and m.label in DONOR_TYPES]
                    gap = gap_text(text, prev[-1].end, first.start).replace("«", " ").split() if prev else []
                    if prev and gap[:1] and gap[0].startswith("و") and len(gap) <= 2 and prev[-1].entity not in {
                        r.entity for r in recipients
                    }:
                        donors = [prev[-1], first]
            after_amount = gap_text(text, amount.end, min(sent.end, amount.end + 20)).split()[:1] if amount is not None else []
            own_end = (
                bool(after_amount)
                and after_amount[0][:1] == "ل"
                and len(after_amount[0]) > 3
                # (not the campaign or the one referred to: "للحملة"، "لحملته"، "لصالحه")
                and not after_amount[0].startswith(("للحمل", "لحمل", "لصالح", "لدعم", "لتمويل"))
                and after_amount[0] not in word_set("donations", "pronoun_recipients")
                and after_amount[0] not in rmarks
            )
            if not recipients and donors and amount is not None and not spent and not own_end:
                # (money spent goes where the sentence says: "أنفقت … على مقرها" is no gift; nor does a gift
                # whose own end follows it, "تبرع بمليون دولار لمستشفى الأطفال", take the last one's recipient)
                recipients = _inherited_recipients(sent, state)
        if spent:
            # money spent backs a campaign ("أنفقت X … لدعم حملة Y"); spent on a government or a war it
            # is support, not a gift to a candidate
            recipients = [r for r in recipients if "حمل" in normalise(gap_text(text, trig.end, r.start))]
        if trig.phrase in _PAID:
            recipients = [r for r in recipients if _political_body(sent, r, text)]
        if any(w in normalise(trig.phrase) for w in ("تخصيص", "رصد", "خصص")):
            # money set aside by a ministry, a government or a minister is state funding
            donors = [d for d in donors if d is None or not _state_giver(sent, d, text)]
        if trig.phrase in _OFFERED and amount is not None and _paid_for(sent, amount, text):
            continue  # "بدفع 200 ألف دولار لحزب X تعويضا عن التشهير": damages, a price, a fee
        if donors == [None] and not has_campaign:
            # a total raised is political money only for a candidate, officeholder or political body
            # (not "حملة لجمع التبرعات له" for a sacked cartoonist or a protest balloon)
            recipients = [r for r in recipients if _politician_or_party(state, r)]
        # "لصالح المرشحة لمجلس الشيوخ عن ولاية X فلانة": the candidate, not the house she runs for
        recipients = [_runner_for_seat(sent, r, receivers, text) or r for r in recipients]
        # a house of a legislature receives no gift ("في انتخابات مجلس الشيوخ، وجُمع خلاله …")
        recipients = [r for r in recipients if not _legislature(r)]
        if not recipients or not donors:
            continue
        if amount is not None:
            used_amounts.add(amount.start)
        if pending_share is not None:
            shares.append((pending_share, list(recipients)))
        named = [d for d in donors if d is not None]
        if named:
            state.last_donors = (sent.index, named)
        if trig.kind != "noun":  # "وكذلك تبرعت فلانة بمبلغ …" later in the sentence takes these recipients
            state.last_donation = (sent.index, sorted({r.entity for r in recipients}))
        for donor in donors:
            for rec in recipients:
                if donor is not None and donor.entity == rec.entity:
                    continue
                facts.append(
                    Fact(
                        "donation",
                        {
                            "donor": donor.entity if donor else None,
                            "recipient": rec.entity,
                            "amount": _to_amount(amount),
                            "status": status,
                        },
                        sent.evidence(),
                        reason=f"pattern: '{trig.phrase}' ({trig.kind}, {status})"
                        + (f", amount '{amount.text}'" if amount is not None else ""),
                    )
                )
    for (part, giver), recs in shares:
        for rec in recs:
            if giver.entity != rec.entity:
                facts.append(
                    Fact(
                        "donation",
                        {"donor": giver.entity, "recipient": rec.entity, "amount": part, "status": "given"},
                        sent.evidence(),
                        reason=f"pattern: a share of a total received, its currency the total's ('{part.text}')",
                    )
                )
    if (
        not triggers
        and state.last_list == sent.index - 1
        and _list_goes_on(sent, text)
        and _inherited_recipients(sent, state)
        and not set(sent.norm.split()) & word_set("donations", "not_donation")
    ):
        # "وجاءت بعده سيدة الأعمال فلانة بخمسة ملايين، ثم علان بنصف مليون جنيه": the list of givers
        # of the sentence before goes on
        facts += _donor_list(sent, Trigger(sent.start, sent.start, "list", "given", "noun"), text, state)
    facts += _followed_by(sent, facts, text, state)
    facts += _followed_suit(sent, facts, text, state)
    # each later pattern adds only pairs not found yet, and marks the ones it adds
    seen = {(f.args["donor"], f.args["recipient"]) for f in facts}
    facts += _financiers_named_after(sent, state, seen)
    facts += _gifts_received_from(sent, state, seen)
    facts += _amount_received_from(sent, state, seen)
    facts += _backed_with_amount(sent, state, seen)
    facts += _transfers_from_to(sent, state, seen)
    facts += _passive_gifts(sent, state, seen)
    facts += _the_sum_that(sent, state, seen)
    facts += _funding_of(sent, state, seen)
    facts += _funds_directly(sent, state, seen)
    facts += _asked_for_money(sent, state, seen)
    facts += _amount_given_by(sent, state, seen, facts)
    facts += _shares_of_total(sent, state, seen, facts)
    facts += _received_from_then_amount(sent, state, seen)
    return facts + _asked_to_fund(sent, state, seen)


_GAVE_IT = frozenset(
    normalise(w)
    for w in "قدمها قدمه قدمتها قدمته دفعها دفعه دفعتها دفعته منحها منحه منحتها حولها حوله حولتها حولته ضخها ضختها".split()
)


def _number_between(text: str, a: int, b: int) -> bool:
    """A number (in digits or words) stands between ``a`` and ``b``."""
    return bool(find_numbers(text[a:b]))


_GENERIC_GIVERS = frozenset(
    normalise(w)
    for w in "شركات ورجال رجال أعمال الأعمال مانحون مانحين متبرعون متبرعين أفراد مواطنون مواطنين أنصار مؤيدون مؤيدين وأفراد".split()
)


def _generic_givers_before(sent: Sentence, trig: Trigger, text: str) -> bool:
    """The verb's subject is many unnamed givers: "أن شركات ورجال أعمال قدّموا", "وقدم مانحون أفراد"."""
    clause = gap_text(text, sent.start, trig.start).split()
    for k in range(len(clause) - 1, -1, -1):
        if clause[k] in ("ان", "بان", "إن") or clause[k].endswith(("،", ",")):
            clause = clause[k + 1 :]
            break
    if 3 <= len(clause) <= 6 and clause[0] in _QUANTIFIERS and clause[1] == "من":
        return True  # "أن حفنة من أثرياء قطاع المال ضخّوا", "أن عددا من رجال الأعمال قدموا"
    return 1 <= len(clause) <= 4 and all(w in _GENERIC_GIVERS for w in clause)


_QUANTIFIERS = frozenset(normalise(w) for w in "حفنة عدد عددا مجموعة عشرات مئات آلاف العشرات المئات الآلاف".split())


def _sent_to_before(text: str, a: int, b: int) -> bool:
    """Between the verb and the amount only "إلى" and a campaign's word (حملته، حملتها) and fillers."""
    words = gap_text(text, a, b).split()
    allowed = _AMOUNT_FILLERS | {"الي", "الى", "ب"} | word_set("donations", "pronoun_recipients")
    return bool(words) and words[0] in ("الي", "الى") and all(w in allowed for w in words)


def _relative_clause_end(text: str, pos: int, limit: int) -> int | None:
    """Where a relative clause between commas right after ``pos`` ends ("، التي يديرها فلان نفسه،")."""
    seg = text[pos:limit]
    # (a short description of the giver may come first: "شركة X للصناعات المعدنية، التي …")
    first = min((i for i in (seg.find("،"), seg.find(",")) if i >= 0), default=-1)
    if first < 0 or n_words(gap_text(text, pos, pos + first)) > 3:
        return None
    words = gap_text(text, pos + first + 1, limit).split()
    if not words or words[0] not in ("الذي", "التي"):
        return None
    close = min((i for i in (seg.find("،", first + 1), seg.find(",", first + 1)) if i >= 0), default=-1)
    return pos + close + 1 if close > first else None


def _words_past_residence(text: str, a: int, b: int) -> int:
    """The words between ``a`` and ``b`` less an apposition of where someone lives ("، المقيم في X،")."""
    words = [w for w in gap_text(text, a, b).replace("،", " ").replace(",", " ").split() if w not in ("ل", "لل", "لـ")]
    if words[:1] in (["المقيم"], ["المقيمه"]) and "في" in words[:2]:
        return max(0, len(words) - 3)
    return len(words)


def _amount_given_by(sent: Sentence, state: ArticleState, seen: set, found: list[Fact]) -> list[Fact]:
    """ "بينها 45 ألف شيكل قدمها المستثمر فلان", "مليونا دولار حولتها شركة X إلى حسابات الحزب": an
    amount, a verb whose pronoun is that amount, the giver; the receiver marked after the giver, or the
    one this sentence already has receiving money."""
    text = state.text
    rmarks = word_set("donations", "recipient_markers")
    out: list[Fact] = []
    for a in sent.amounts:
        toks = sent.tokens_between(a.end, min(sent.end, a.end + 30))[:2]
        # (and "تبرّع بها فلان": the amount he donated)
        donated_it = len(toks) == 2 and normalise(toks[0].text) in ("تبرع", "تبرعت") and normalise(toks[1].text) in ("بها", "به")
        if not toks or (normalise(toks[0].text).lstrip("و") not in _GAVE_IT and not donated_it) or negated(sent, a.start, text):
            continue
        verb = toks[1] if donated_it else toks[0]
        share = [w for w in gap_text(text, max(sent.start, a.start - 24), a.start).split()[-3:] if w.lstrip("و") in _SHARE]
        after = [m for m in sent.mentions if m.start >= verb.end]
        donor = next((m for m in after if m.label in DONOR_TYPES), None)
        if donor is not None and donor.label in ("GPE", "LOC") and sent.previous_words(donor, text, 1) == ["في"]:
            # "قدمها رجل الأعمال المقيم في عمّان فلان": where the giver lives, then the giver
            donor = next((m for m in after if m.start > donor.end and m.label in ("PERSON", "ORG")), None)
            if donor is not None and n_words(gap_text(text, verb.end, donor.start)) > 8:
                donor = None
        if donor is None or _words_but_names(sent, verb.end, donor.end, text) > 0:
            continue
        # (past where the giver lives: "قدمه رجل الأعمال فلان، المقيم في ميونيخ، للحزب X")
        recs = [
            m
            for m in after
            if m.start >= donor.end and m.label in RECIPIENT_TYPES
            and not (m.label in ("GPE", "LOC") and sent.previous_words(m, text, 1) == ["في"])
        ][:1]
        recs = [r for r in recs if _words_past_residence(text, donor.end, r.start) <= 3 and is_marked_recipient(sent, r, text, rmarks)]
        if not recs:
            # "… إلى حسابات الحزب": a back-reference after the giver
            for tok in sent.tokens_between(donor.end, min(sent.end, donor.end + 40))[:5]:
                ref = definite_reference(sent, tok.start, text, state)
                if ref is not None:
                    recs = [ref]
                    break
        if not recs and share:
            # "… بينها 45 ألف شيكل قدمها فلان": a share of the total received just before
            received = [f for f in found if f.args["donor"] is None or f.reason.startswith("pattern: '" + "تلق")]
            recs = [m for f in received for m in state.doc.mentions if m.entity == f.args["recipient"]][:1]
        for rec in recs:
            if not _non_political(rec):
                _add_gift(out, seen, sent, donor.entity, rec.entity, _to_amount(a), "given", f"pattern: AMOUNT '{verb.text}' DONOR, amount '{a.text}'")
    return out


_SHARE = frozenset(normalise(w) for w in "منها بينها ضمنها نصفها ثلثها ربعها".split())
_CAMPAIGN_WORDS_ASKED = frozenset(normalise(w) for w in "حملته حملتها الحملة حملة لحملته لحملتها".split())
_ASKED = frozenset(normalise(w) for w in "طلب طلبت وطلب وطلبت".split())
_TO_FUND = re.compile(r"^(?:تمويل|بتمويل|دعم|التبرع|بالتبرع|تقديم)$")


_GOT_FROM = frozenset(normalise(w) for w in "حصل حصلت وحصل وحصلت".split())


def _received_from_then_amount(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "فيما حصل حزب المؤتمر من الشركة نفسها على ما يقارب 1.1 مليار روبية", "وحصل حزب X من رجل الأعمال
    فلان على مليون دولار": a party or politician that got an amount from a named giver (or the body
    named before: "الشركة نفسها")."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        if normalise(tok.text) not in _GOT_FROM or negated(sent, tok.start, text):
            continue
        rec = next((m for m in sent.mentions if m.start >= tok.end), None)
        if rec is None or rec.label not in RECIPIENT_TYPES or n_words(gap_text(text, tok.end, rec.start)) > 2:
            continue
        if not _politician_or_party(state, rec) or _non_political(rec):
            continue
        words = gap_text(text, rec.end, min(sent.end, rec.end + 20)).split()
        if words[:1] != ["من"]:
            continue
        from_at = text.find("من", rec.end) + 2
        giver = next((m for m in sent.mentions if m.start >= from_at), None)
        if giver is not None and giver.label in DONOR_TYPES and n_words(gap_text(text, from_at, giver.start)) <= 2:
            giver_end = giver.end
        else:
            giver = definite_reference(sent, from_at, text, state)
            if giver is None or giver.end > from_at:
                continue
            # "الشركة نفسها": the reference and its نفس
            giver_end = from_at
            while giver_end < len(text) and text[giver_end].isspace():
                giver_end += 1
            space = text.find(" ", giver_end)
            giver_end = space if space > 0 else giver_end
            rest = gap_text(text, giver_end, min(sent.end, giver_end + 12)).split()[:1]
            if rest and rest[0] in ("نفسها", "نفسه", "ذاتها", "ذاته"):
                giver_end = text.find(rest[0], giver_end) + len(rest[0])
        after = gap_text(text, giver_end, min(sent.end, giver_end + 20)).split()
        if after[:1] not in (["على"], ["علي"]):
            continue
        amount = next((a for a in sent.amounts if a.start >= giver_end), None)
        if amount is None or n_words(gap_text(text, giver_end, amount.start)) > 1 or _paid_for(sent, amount, text):
            continue
        if giver.entity == rec.entity or _lender(giver) or _public_giver(sent, giver, text):
            continue
        reason = f"pattern: '{tok.text}' RECIPIENT من DONOR على AMOUNT, amount '{amount.text}'"
        _add_gift(out, seen, sent, giver.entity, rec.entity, _to_amount(amount), "given", reason)
    return out


_AMONG_THEM = frozenset(normalise(w) for w in "بينها ومنها منها وبينها بينهم منهم".split())


def _shares_of_total(sent: Sentence, state: ArticleState, seen: set, found: list[Fact]) -> list[Fact]:
    """ "جمع المرشح فلان نحو 40 مليون دينار من التبرعات، بينها 5 ملايين دينار من رجل الأعمال علان": a
    share of a total raised, named with its giver, is that giver's gift to the same recipient."""
    text = state.text
    out: list[Fact] = []
    totals = [f for f in found if f.type == "donation" and f.args["status"] == "raised" and f.args["amount"] is not None]
    for total in totals:
        t_end = total.args["amount"].end
        for a in sent.amounts:
            if a.start <= t_end or not a.currency:
                continue
            lead = gap_text(text, t_end, a.start).split()
            if not lead or len(lead) > 6 or normalise(lead[-1]).lstrip("،,") not in _AMONG_THEM:
                continue
            giver = _named_after_marker(
                sent, a.end, text, [], lambda words: words[:1] == ["من"] and _titles_only_after_from(words[1:])
            )
            if giver is None or giver.entity == total.args["recipient"]:
                continue
            reason = f"pattern: a share ('{lead[-1]}') of a total raised, with its giver, amount '{a.text}'"
            _add_gift(out, seen, sent, giver.entity, total.args["recipient"], _to_amount(a), "given", reason)
    return out


def _titles_only_after_from(words: list[str]) -> bool:
    """The giver's description after من: a few words of a title ("رجل الأعمال", "الملياردير")."""
    return len(words) <= 3


def _asked_to_fund(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "طلب المرشح فلان من رجل الأعمال علان تمويل حملته بمبلغ 3 ملايين يورو": money demanded is planned;
    the one asked gives, the one asking receives."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        if normalise(tok.text) not in _ASKED or negated(sent, tok.start, text):
            continue
        rest = sent.mentions
        asker = subject_before(sent, tok.start, text, ("PERSON", "ORG"), max_words=6, state=state)
        asker = asker or subject_after(sent, tok.end, text, ("PERSON", "ORG"), max_words=3, state=state)
        if asker is None:
            continue
        donor = next(
            (m for m in rest if m.start > max(tok.end, asker.end) and m.label in DONOR_TYPES and m.entity != asker.entity),
            None,
        )
        if donor is None:
            continue
        lead = gap_text(text, max(tok.end, asker.end if asker.start > tok.start else tok.end), donor.start).split()
        if not lead or lead[0] != "من" or len(lead) > 4:
            continue
        # what was asked: funding for the asker's campaign (تمويل حملته، دعم حملته المالي)
        nxt = gap_text(text, donor.end, min(sent.end, donor.end + 80)).split()[:7]
        if not nxt or not _TO_FUND.match(nxt[0]) or donor.label != "PERSON":
            continue
        if not any(w.strip(".,،؛") in _CAMPAIGN_WORDS_ASKED for w in nxt[1:]):
            continue  # "طلب من البنك تمويل مشروعه": a loan for a project
        amount = next((x for x in sent.amounts if x.start >= donor.end and n_words(gap_text(text, donor.end, x.start)) <= 4), None)
        reason = f"pattern: RECIPIENT '{tok.text}' من DONOR '{nxt[0]}'" + (f", amount '{amount.text}'" if amount else "")
        _add_gift(out, seen, sent, donor.entity, asker.entity, _to_amount(amount), "planned", reason)
    return out


def _politician_or_party(state: ArticleState, m: DocMention) -> bool:
    return _political_person(state, m.entity) if m.label == "PERSON" else political_org(state, m.entity)


# (and income or loans: "جمعت ابنته ملايين الدولارات من صفقات في أوروبا الشرقية" is money earned,
# "جمع نحو 11 مليار دولار من المنح والقروض" is not all given)
_PAYMENT_WORDS = frozenset(
    normalise(w)
    for w in "مقابل ثمنا ثمن نظير أتعاب راتب رواتب تعويضا خدمات صفقات صفقة الصفقات عقود العقود أرباح الأرباح تجارة التجارة القروض والقروض".split()
)


def _paid_for(sent: Sentence, a: Any, text: str) -> bool:
    """Words of a payment in the amount's clause after it ("… لحزب X تعويضا عن التشهير", "… مقابل
    خدمات دعائية"; not a later clause: "…، وهو ما ساعد الحزب على دفع رواتب موظفيه")."""
    clause = re.split(r"[،,.؛:]", text[a.end : sent.end])[0]
    return bool(set(normalise(clause).split()[:8]) & _PAYMENT_WORDS)


_PASSIVE_GIVING = frozenset(normalise(w) for w in "قدم قدمت منح منحت دفع دفعت حول حولت".split())
_D = "[\u064b-\u0652]*"  # diacritics: "من قِبل"
_BY_AGENT = re.compile(f"من{_D}\\s+(?:ط{_D}ر{_D}ف|ق{_D}ب{_D}ل|ج{_D}ا{_D}ن{_D}ب){_D}(?=\\s)")


def _passive_gifts(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "أن مبلغ 300 ألف درهم قُدّم للمرشح فلان من طرف شركة X": an amount, a passive verb of giving, the
    one it went to, and the giver after من طرف / من قبل."""
    text = state.text
    rmarks = word_set("donations", "recipient_markers")
    out: list[Fact] = []
    for a in sent.amounts:
        toks = sent.tokens_between(a.end, min(sent.end, a.end + 30))[:1]
        if not toks or normalise(toks[0].text) not in _PASSIVE_GIVING or negated(sent, a.start, text):
            continue
        verb = toks[0]
        after = [m for m in sent.mentions if m.start >= verb.end]
        if len(after) < 2 or after[0].label not in RECIPIENT_TYPES:
            continue
        rec = after[0]
        if n_words(gap_text(text, verb.end, rec.start)) > 2 or not is_marked_recipient(sent, rec, text, rmarks):
            continue
        hit = _BY_AGENT.search(text, rec.end, min(sent.end, rec.end + 60))
        if hit is None:
            continue
        by_end = hit.end()
        donor = next((m for m in after[1:] if m.start >= by_end and m.label in DONOR_TYPES), None)
        between = gap_text(text, by_end, donor.start).split() if donor is not None else []
        # (past the giver's kind and title: "من قبل رجل الأعمال فلان")
        if donor is None or (len(between) > 1 and not (len(between) <= 3 and all(w in _GIVER_KINDS or w.startswith("ال") for w in between))):
            continue
        if _non_political(rec) or not _politician_or_party(state, rec) or _paid_for(sent, a, text):
            continue  # "مبلغ … دفع للاعب فلان من قبل نادي X": a salary; "… مقابل خدمات": a payment
        reason = f"pattern: AMOUNT '{verb.text}' (passive) RECIPIENT من طرف DONOR, amount '{a.text}'"
        _add_gift(out, seen, sent, donor.entity, rec.entity, _to_amount(a), "given", reason)
    return out


_TOTAL_NOUNS = frozenset(normalise(w) for w in "مجموع إجمالي".split())
_THE_SUM = frozenset(normalise(w) for w in "المبلغ والمبلغ فالمبلغ".split())
_GAVE_IT_M = frozenset(normalise(w) for w in "قدمه ضخه منحه حوله خصصه أودعه".split())
_CAME_TO = frozenset(normalise(w) for w in "بلغ فبلغ يبلغ فيبلغ وصل فوصل قدر فقدر".split())
_COFFER_WORDS = frozenset(normalise(w) for w in "خزينة خزينه حساب حسابات صندوق".split())


def _the_sum_that(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "أما المبلغ الذي ضخّه فلان في خزينة الحزب فبلغ نحو 750 ألف جنيه", "نصف مليون جنيه هو المبلغ الذي
    قدمه فلان لحزب X": the sum a named giver gave, the amount before هو المبلغ or after بلغ."""
    text = state.text
    rmarks = word_set("donations", "recipient_markers")
    out: list[Fact] = []
    toks = sent.inside
    for k in range(len(toks) - 2):
        if normalise(toks[k].text) not in _THE_SUM or normalise(toks[k + 1].text) not in ("الذي",):
            continue
        verb = toks[k + 2]
        if normalise(verb.text) not in _GAVE_IT_M or negated(sent, toks[k].start, text):
            continue
        donor = next((m for m in sent.mentions if m.start >= verb.end and m.label in DONOR_TYPES), None)
        if donor is None:
            continue
        between = gap_text(text, verb.end, donor.start).split()
        if len(between) > 3 or not all(w in _GIVER_KINDS or w.startswith("ال") for w in between):
            continue
        rec = next(
            (m for m in sent.mentions if m.start >= donor.end and m.label in RECIPIENT_TYPES and is_marked_recipient(sent, m, text, rmarks)),
            None,
        )
        if rec is not None and _words_past_apposition(text, donor.end, rec.start) > 4:
            rec = None  # (past the giver's apposition: "فلان، صاحب شركة X، لحزب Y")
        if rec is None:
            # "في خزينة الحزب": a back-reference after the coffer's word
            for tok in sent.tokens_between(donor.end, min(sent.end, donor.end + 40))[:4]:
                if normalise(tok.text).removeprefix("ل") in _COFFER_WORDS:
                    rec = definite_reference(sent, tok.end, text, state)
                    break
        if rec is None or rec.entity == donor.entity or not _politician_or_party(state, rec):
            continue
        if _lender(donor) or _public_giver(sent, donor, text) or set(between) & {"البنك", "بنك", "المصرف", "مصرف"}:
            continue  # "المبلغ الذي منحه البنك الأهلي لحزب X": a loan
        clause = [w.strip(".,،؛:!؟").removeprefix("ك") for w in gap_text(text, toks[k].start, sent.end).split()]
        if any(b in clause or (" " in b and b in " ".join(clause)) for b in word_set("donations", "not_donation")) or set(
            clause
        ) & (_PAYMENT_WORDS | _NOT_GIFT_AFTER):
            continue  # "ثمنا لمقره", "مقابل شراء مقره", "كقرض": a price or a loan
        # the amount: right before "(هو) المبلغ", or after بلغ past the recipient
        lead = gap_text(text, max(sent.start, toks[k].start - 12), toks[k].start).split()
        amount = None
        if lead[-1:] in (["هو"], ["هي"]) or not lead:
            amount = next((a for a in sent.amounts if a.end <= toks[k].start and n_words(gap_text(text, a.end, toks[k].start)) <= 1), None)
        if amount is None:
            # بلغ right after the recipient (past a word or two of time or place), no comma or clause between
            reached = next((t for t in sent.tokens_between(rec.end if rec.start > donor.start else donor.end, sent.end)[:4] if normalise(t.text) in _CAME_TO), None)
            if reached is not None and not any(c in text[donor.end : reached.start] for c in "،,؛") and reached.start > donor.end:
                amount = next((a for a in sent.amounts if a.start >= reached.end and n_words(gap_text(text, reached.end, a.start)) <= 1), None)
        if amount is None:
            continue
        _add_gift(out, seen, sent, donor.entity, rec.entity, _to_amount(amount), "given", f"pattern: 'المبلغ الذي {verb.text}' DONOR RECIPIENT AMOUNT, amount '{amount.text}'")
    return out


_TRANSFERS = frozenset(normalise(w) for w in "إيداعات تحويلات حوالات".split())
_GIVER_HEADS = frozenset(normalise(w) for w in "شركة مؤسسة منظمة جمعية بنك مصرف صندوق رجل".split())
_MOVEMENTS = frozenset(normalise(w) for w in "حزب حركة جماعة تنظيم ميليشيا ميليشيات مليشيا حملة لجنة".split())


def _transfers_from_to(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "كشفت عن وجود إيداعات مالية من X إلى Y": deposits or transfers of money from a named giver to a
    named receiver."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        if normalise(tok.text).lstrip("وب") not in _TRANSFERS or negated(sent, tok.start, text):
            continue
        after = [m for m in sent.mentions if m.start >= tok.end]
        if len(after) < 2 or after[0].label not in DONOR_TYPES or after[1].label not in RECIPIENT_TYPES:
            continue
        donor, rec = after[0], after[1]
        lead = gap_text(text, tok.end, donor.start).split()
        if lead and lead[-1] in _GIVER_HEADS:
            lead = lead[:-1]  # "من شركة X"
        if lead not in (["من"], ["ماليه", "من"]):
            continue
        if n_words(gap_text(text, donor.end, rec.start)) > 1:
            continue
        if not is_marked_recipient(sent, rec, text, word_set("donations", "recipient_markers")):
            continue
        if rec.label == "ORG" and normalise(rec.text).split()[0].removeprefix("ال") not in _MOVEMENTS:
            continue  # "من البنك المركزي إلى وزارة المالية": money between public bodies is no gift
        if _non_political(rec) or set(gap_text(text, rec.end, sent.end).split()) & word_set("donations", "not_donation"):
            continue  # "… إلى حزب X لسداد قرض"
        _add_gift(out, seen, sent, donor.entity, rec.entity, None, "given", f"pattern: '{tok.text}' من DONOR إلى RECIPIENT")
    return out


_FUNDING = frozenset(normalise(w) for w in "تمويل بتمويل لتمويل وتمويل وبتمويل".split())
_THE_FUNDING = frozenset(normalise(w) for w in "التمويل بالتمويل والتمويل للتمويل".split())
_GROUP_NOUNS = frozenset(
    normalise(w) for w in "جماعات تنظيمات ميليشيات مليشيات حركات فصائل منظمات أحزاب".split()
)
_AMONG = frozenset(normalise(w) for w in "منها بينها ضمنها ومنها".split())
_PUBLIC_HEADS = frozenset(normalise(w) for w in "وزارة بلدية مجلس".split())
# the words of a political council (an opposition's or a movement's): "المجلس الانتقالي الجنوبي",
# "مجلس شورى ثوار بنغازي"; any other council is the state's (المجلس الوطني may be a parliament)
_POLITICAL_COUNCILS = frozenset(normalise(w) for w in "انتقالي الانتقالي ثوار الثوار الثوري المعارضة".split())


_HIMSELF = frozenset(normalise(w) for w in "بنفسه بنفسها بنفسهم".split())
_WITHDRAWN = frozenset(normalise(w) for w in "تراجع تراجعت يتراجع تتراجع".split())


def _self_funded_or_withdrawn(sent: Sentence, trig: Trigger, text: str) -> bool:
    """ "فموّل حملته بنفسه", "موّل حملته من ماله الخاص" (his own money), "تراجع عن تعهده بتقديم …" (a
    pledge taken back)."""
    after = gap_text(text, trig.end, min(sent.end, trig.end + 40)).split()[:5]
    own_campaign = bool(set(normalise(trig.phrase).split() + after[:2]) & {"حملته", "حملتها"})
    if own_campaign and (set(after) & _HIMSELF or ("ماله" in after or "مالها" in after) and "الخاص" in after):
        return True  # (his own campaign with his own money: "فموّل حملته بنفسه")
    before = [w.lstrip("وف") for w in gap_text(text, max(sent.start, trig.start - 160), trig.start).split()[-16:]]
    # ("تراجع الملياردير فلان، مؤسس شركة X، عن تعهده بتقديم …": past the giver's apposition; only his pledge)
    pledge = normalise(trig.phrase).split()[0].startswith(("تعهد", "وعد", "التزام"))
    return pledge and bool(before) and before[-1] == "عن" and any(w in _WITHDRAWN for w in before)


def _denied_before(sent: Sentence, pos: int, text: str) -> bool:
    """A verb of denial earlier in the sentence ("ونفت الدوحة … الاتهامات بشأن تمويل …")."""
    return any(w.lstrip("وف") in DENIAL_VERBS for w in gap_text(text, sent.start, pos).split())


def _public_giver(sent: Sentence, m: DocMention, text: str) -> bool:
    """A ministry, a council or a minister: public money, not a gift (a state or its government may
    fund a movement abroad)."""
    return m.label != "GPE" and _state_giver(sent, m, text) and (
        m.label == "PERSON" or normalise(m.text).split()[0].removeprefix("ال") in _PUBLIC_HEADS
    )


def _amount_by(sent: Sentence, pos: int) -> Any:
    """An amount opening the word right after ``pos`` with بـ ("بنحو 700 مليون دولار", "بمبلغ …",
    "بين 500 و700 مليون")."""
    words = sent.tokens_between(pos, min(sent.end, pos + 30))[:1]
    if not words or not words[0].text.startswith("ب"):
        return None
    return next((a for a in sent.amounts if words[0].start <= a.start <= words[0].end + 2), None)


def _funding_of(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "كشفت عن تمويل قطر لحركة حماس", "تمويل النعيمي لجماعات إرهابية، منها القاعدة، وحركة الشباب",
    "قضية التمويل الليبي لحملة ساركوزي": the verbal noun of funding, its giver (the name right after it,
    or a nationality adjective whose country the article names) and what it went to (marked by لـ): a
    party, a movement or group, a campaign or a candidate."""
    text = state.text
    out: list[Fact] = []
    toks = sent.inside
    for k, tok in enumerate(toks):
        w = normalise(tok.text)
        if w in _FUNDING:
            donor = next((m for m in sent.mentions if m.start >= tok.end), None)
            if donor is None or donor.label not in DONOR_TYPES or _public_giver(sent, donor, text):
                continue
            gap = gap_text(text, tok.end, donor.start).split()
            if gap not in ([], ["من"]) and not (
                # past the giver's title: "تمويل الزعيم الليبي الراحل معمر القذافي لحملة ساركوزي"
                len(gap) <= 4
                and all(g.startswith("ال") or g == "رجل" for g in gap)
                and donor.label == "PERSON"
                and not attached_prefix(sent, donor, text)
            ):
                continue
            giver_end = donor.end
            giver = donor.entity
        elif w in _THE_FUNDING and k + 1 < len(toks):
            country = _country_of(state, normalise(toks[k + 1].text))
            if country is None:
                continue
            giver_end, giver = toks[k + 1].end, country
        else:
            continue
        if negated(sent, tok.start, text) or _denied_before(sent, tok.start, text):
            continue
        lead = [x.lstrip("وفب") for x in gap_text(text, max(sent.start, tok.start - 30), tok.start).split()[-2:]]
        if set(lead) & _NOT_YET:
            continue  # "بطلب تمويل من X", "إمكانية تمويل قطر لـ …": asked for or possible, not given
        # (_funded checks what it reads: a political recipient after لـ, or names a group noun announces)
        recipients = [r for r in _funded(sent, state, giver_end) if not _public_body(r) and not _non_political(r)]
        if not recipients or _loan_after(sent, recipients[-1].end, text):
            continue
        amount = _to_amount(_amount_by(sent, recipients[-1].end))  # (said once for all of them)
        for rec in recipients:
            _add_gift(out, seen, sent, giver, rec.entity, amount, "given", f"pattern: '{tok.text}' DONOR لـ RECIPIENT")
    return out


_NOT_YET = frozenset(normalise(w) for w in "طلب طلبات امكانية إمكانية احتمال يمكن هل إذا اذا لو".split())


_FUNDS = frozenset(normalise(w) for w in "مول مولت يمول تمول مولوا يمولون تمولان يمولان".split())
_FUNDED_PAST = frozenset(normalise(w) for w in "مول مولت مولوا أمد أمدت".split())
# "كانت إيران تمد حزب الله بنحو 100 مليون دولار سنويا": supplies, money only with an amount after بـ
_SUPPLIES = frozenset(normalise(w) for w in "أمد أمدت يمد تمد يمدون يمدان تمدان".split())
_FUNDS_OR_SUPPLIES = _FUNDS | _SUPPLIES
_LOANS = frozenset(normalise(w) for w in "قرض بقرض قروض بقروض كقرض منحة".split())


def _recipient_right_before(sent: Sentence, pos: int, text: str) -> DocMention | None:
    m = _subject_right_before(sent, pos, text)
    if m is None:
        # "أن قائمة «العهد» التي يترأسها فلان تلقت …": the body the relative clause describes, not its head
        last = next((x for x in reversed(sent.mentions) if x.end <= pos), None)
        lead = sent.previous_words(last, text, 2) if last is not None else []
        if last is not None and not gap_text(text, last.end, pos).split() and len(lead) == 2 and lead[0] in ("التي", "الذي"):
            at = text.rfind(lead[0], sent.start, last.start)
            body = next((x for x in reversed(sent.mentions) if x.end <= at), None)
            if body is not None and body.label == "ORG" and not gap_text(text, body.end, at).split():
                m = body
    return m if m is not None and m.label in RECIPIENT_TYPES else None


_INAUGURATION_WORDS = frozenset(normalise(w) for w in "تنصيب لتنصيب".split())
_RUNNER_TITLES = frozenset(
    normalise(w) for w in "المرشح المرشحة للمرشح للمرشحة مرشح مرشحة المترشح المترشحة للمترشح عضو عضوة لعضو لعضوة".split()
)
_HOUSE_MEMBERS = frozenset(normalise(w) for w in "عضو عضوة لعضو لعضوة".split())


def _runner_for_seat(sent: Sentence, m: DocMention, cands: list[DocMention], text: str) -> DocMention | None:
    """The candidate named right after the house or office he runs for, itself after his title: "المرشح
    لمجلس النواب الأمريكي فلان", "للمرشح لعضوية مجلس الشورى فلان", "المرشح عن دائرة بيروت الأولى فلان"."""
    if m.label not in ("ORG", "GPE"):
        return None
    before = sent.previous_words(m, text, 3)
    prefix = attached_prefix(sent, m, text)
    # (the title marked as the one given to: "للمرشح", "لحملة المرشح", "لصالح المرشح"; not the verb's
    # subject "وقدم المرشح لمجلس النواب فلان مليون جنيه لحزب X")
    wide = sent.previous_words(m, text, 6)
    k = max((i for i, w in enumerate(wide) if w in _RUNNER_TITLES), default=None)
    # the title marked as the one given to: "للمرشح", or a campaign's or for-whom word right before it
    marked = k is not None and (
        wide[k].startswith("ل") or (k > 0 and wide[k - 1] in {"لحمله", "حمله", "الحمله", "للحمله", "لصالح", "لفائده"})
    )
    if not marked:
        return None
    if not (
        (prefix.endswith("ل") and before[-1:] and before[-1] in _RUNNER_TITLES)
        # (past the runner's adjective: "لحملة المرشح المستقل لمجلس الشيوخ فلان")
        or (prefix.endswith("ل") and len(before) >= 2 and before[-1].startswith("ال") and before[-2] in _RUNNER_TITLES)
        or (len(before) >= 2 and before[-1] in SEAT_WORDS and before[-2] in _RUNNER_TITLES)
        # "لصالح عضو مجلس النواب عن ولاية إلينوي فلان": a member of the house, in construct with it
        or (not prefix and before[-1:] and before[-1] in _HOUSE_MEMBERS and m.label == "ORG")
        or (len(before) >= 3 and before[-1] in PLACE_KIND_WORDS and before[-2] == "عن" and before[-3] in _RUNNER_TITLES)
        # "المرشح لرئاسة بلدية ميلانو فلان": the seat, the kind of place, then the place
        or (len(before) >= 3 and before[-1] in PLACE_KIND_WORDS and before[-2] in SEAT_WORDS and before[-3] in _RUNNER_TITLES)
    ):
        return None
    people = [c for c in cands if c.start >= m.end and c.label == "PERSON"]
    nxt = people[0] if people else None
    if nxt is None:
        return None
    # (the district after the house: "لمجلس النواب عن محافظة المحرق فلانة")
    places = {normalise(w) for c in sent.mentions if c.label in ("GPE", "LOC") and m.end <= c.start < nxt.start for w in c.text.split()}
    gap = gap_text(text, m.end, nxt.start).split()
    if len(gap) == 2 and gap[0] == "عن":
        return nxt  # "لمجلس النواب عن مصراتة فلان": the district, a place the recogniser may not know
    return nxt if len(gap) <= 4 and all(w.startswith("ال") or w == "عن" or w in PLACE_KIND_WORDS or w in places for w in gap) else None


_APPOSITION_HEADS = frozenset(
    normalise(w) for w in "رجل سيدة مالك مالكة مؤسس مؤسسة رئيس رئيسة مدير مديرة صاحب صاحبة عضو عضوة نجل ابن ابنة شقيق شقيقة وكيل وكيلة نائب نائبة أمين أمينة مرشح مرشحة زعيم زعيمة مستشار مستشارة".split()
)


def _subject_before_apposition(sent: Sentence, pos: int, text: str, relative: bool = False) -> DocMention | None:
    """The person whose apposition between commas ends right before the verb: "فلانة، المرشحة لزعامة
    حزب X، تلقت"; the apposition opens with a definite title (no verb, no relative pronoun)."""
    seg = text[sent.start : pos].rstrip()
    if not seg.endswith(("،", ",")):
        return None
    opened = max(seg.rfind("،", 0, len(seg) - 1), seg.rfind(",", 0, len(seg) - 1))
    if opened < 0:
        return None
    inner = gap_text(text, sent.start + opened + 1, sent.start + len(seg) - 1).split()
    # (or a title in construct: "فلان، رجل الأعمال العراقي الأصل ومالك سلسلة فنادق X، منح")
    titled = bool(inner) and (inner[0].startswith("ال") or inner[0] in _APPOSITION_HEADS)
    # (a relative clause between commas only where asked: "أن لجنة «X»، التي تدعم فلانة، جمعت …")
    if relative and inner and inner[0] in ("الذي", "التي") and len(inner) <= 14:
        titled = True
    elif not titled or inner[0] in ("الذي", "التي") or len(inner) > 10:
        return None
    end = sent.start + opened
    gloss = re.search(r"\s*\([^()]*\)\s*$", text[sent.start : end])
    if gloss is not None:
        end = sent.start + gloss.start()  # "فلانة (Latin)، مؤسسة …": the name before its spelling in brackets
    person = next((m for m in reversed(sent.mentions) if m.end <= end), None)
    if person is None or person.label not in ("PERSON", "ORG") or gap_text(text, person.end, end).split():
        return None
    if person.label == "ORG":
        # "أن لجنة العمل السياسي الكبرى «X»، الداعمة لفلان، جمعت …": a body after its kind, not marked
        return person if not is_object_marked(sent, person, text) and not attached_prefix(sent, person, text) else None
    return person if opens_clause(sent, person, text) else None


_JOINING = frozenset(normalise(w) for w in "و وكانت وكان قد وقد كانت كان".split())


def _subject_of_joined_clause(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """A verb joined by و (وكانت قد) right after a comma has the subject of the clause before the comma:
    its first unmarked name."""
    comma = max(text.rfind("،", sent.start, pos), text.rfind(",", sent.start, pos))
    if comma < 0 or not set(gap_text(text, comma + 1, pos).split()) <= _JOINING or not gap_text(text, comma + 1, pos).startswith("و"):
        return None
    opened = max(text.rfind("،", sent.start, comma) + 1, text.rfind(",", sent.start, comma) + 1, sent.start)
    first = next(
        (
            m
            for m in sent.mentions
            if opened <= m.start and m.end <= comma and m.label in RECIPIENT_TYPES and not is_object_marked(sent, m, text)
        ),
        None,
    )
    # (the clause's own subject, right after its verb and the subject's kind: not a name deep in an
    # apposition, "المرشح المستقل … في انتخابات مجلس الشيوخ، وجُمع خلاله …")
    if first is None or n_words(gap_text(text, opened, first.start)) > 3:
        return None
    return first


def _subject_stands_before(sent: Sentence, trig: Trigger, text: str) -> bool:
    """The verb's subject comes before it: a relative pronoun or أنه right before the verb, or a name."""
    lead = gap_text(text, max(sent.start, trig.start - 14), trig.start).split()[-1:]
    if lead and lead[0] in ("الذي", "التي", "انه", "انها", "بانه", "بانها", "وهو", "وهي", "قد"):
        return True
    return any(m.end <= trig.start and not gap_text(text, m.end, trig.start).split() for m in sent.mentions)


def _speech_verb_subject(
    sent: Sentence, pos: int, text: str, state: ArticleState, pronoun: list[str]
) -> DocMention | None:
    """ "وقال منظم العشاء، التاجر فلان، مالك شركة X، إن …": the person a speech verb that opens the sentence
    names in apposition to its subject (after a comma, within ten words, before ``pos``), of the pronoun's
    gender; not a name in construct with the subject ("وقال صديق رجل الأعمال فلان، المحامي علان، إنه")."""
    first = sent.tokens_between(sent.start, pos)[:1]
    if not first or normalise(first[0].text).lstrip("وف") not in word_set("speech", "verbs"):
        return None
    comma = min((i for i in (text.find("،", first[0].end, pos), text.find(",", first[0].end, pos)) if i >= 0), default=-1)
    if comma < 0:
        return None
    person = next((m for m in sent.mentions if m.label == "PERSON" and comma < m.start < pos), None)
    if person is None or n_words(gap_text(text, first[0].end, person.start)) > 10:
        return None
    want = "f" if pronoun and pronoun[0].endswith("ها") else "m"
    if person_gender(state, person.entity) not in (None, want):
        return None
    return person


_PRESIDING = frozenset(normalise(w) for w in "برئاسة رئاسة القاضي القاضية".split())
_KIN = frozenset(normalise(w) for w in "زوجته زوجها شقيقه شقيقها ابنه ابنها نجله نجلها ابنته شريكه".split())
_KIN_WITH_PRONOUN = _KIN | frozenset(normalise(w) for w in "زوجه شقيقته والده والدها والدته صهره شريكها".split())


def _kin_named_in_apposition(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """ "وكان زوجها، رجل الأعمال فلان، قد": a relative with his pronoun, then his name between commas
    right before ``pos`` (the comma that closes them)."""
    closing = pos - 1
    opening = max(text.rfind("،", sent.start, closing), text.rfind(",", sent.start, closing))
    if opening < 0:
        return None
    before = gap_text(text, max(sent.start, opening - 20), opening).split()[-1:]
    if not before or before[0].lstrip("و") not in _KIN_WITH_PRONOUN:
        return None
    inside = [m for m in sent.mentions if opening < m.start and m.end <= closing]
    people = [m for m in inside if m.label == "PERSON"]
    if len(people) != 1 or n_words(gap_text(text, people[0].end, closing)) > 0:
        return None
    return people[0]


def _relative_head_past_apposition(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """ "فلانة، الشريكة المؤسسة لصندوق X، التي منحته …": a relative pronoun after a comma that closes an
    apposition; its head is the person named right before the apposition."""
    lead = gap_text(text, max(sent.start, pos - 14), pos).split()
    if not lead or lead[-1] not in ("الذي", "التي"):
        return None
    rel = text.rfind(lead[-1], sent.start, pos)
    closing = max(text.rfind("،", sent.start, rel), text.rfind(",", sent.start, rel))
    if closing < 0 or text[closing + 1 : rel].strip():
        return None
    opening = max(text.rfind("،", sent.start, closing), text.rfind(",", sent.start, closing))
    if opening < 0:
        return None
    inner = gap_text(text, opening + 1, closing).split()
    if not inner or len(inner) > 10 or not (inner[0].startswith("ال") or inner[0] in _APPOSITION_HEADS):
        return None
    head = next((m for m in reversed(sent.mentions) if m.end <= opening), None)
    if head is None or head.label != "PERSON" or gap_text(text, head.end, opening).split():
        return None
    return head


def _past_gloss(text: str, pos: int, limit: int) -> int:
    """Past a closing quote and a bracketed spelling right after a name ("«X» (Y)")."""
    k = pos
    while k < limit and text[k] in ' »"”':
        k += 1
    if k < limit and text[k] == "(":
        close = text.find(")", k, limit)
        if close > 0:
            return close + 1
    return pos


def _relative_antecedent(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The name right before الذي / التي (and قد) that opens the clause ending at ``pos``."""
    m = relative_head(sent, pos, text, skip=_BEFORE_RELATIVE_VERB, comma=True, window=20)
    return m if m is not None and m.label in RECIPIENT_TYPES else None


_BEFORE_RELATIVE_VERB = frozenset(("قد", "كان", "كانت"))


def _campaign_owner_right_before(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The person right before the verb whose campaign is its subject: "حملة المرشح الحر فلان تلقت"."""
    m = next((x for x in reversed(sent.mentions) if x.end <= pos), None)
    if m is None or m.label != "PERSON" or set(gap_text(text, m.end, pos).split()) - {"قد", "لقد", "كانت"}:
        return None
    before = sent.previous_words(m, text, 5)
    while before and before[-1].startswith("ال") and before[-1] not in _CAMPAIGN_HEAD:
        before.pop()  # past the owner's title ("المترشح الحر", "المرشح الرئاسي")
    return m if before and before[-1] in _CAMPAIGN_HEAD else None


def _subject_right_before(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """The subject of an SVO clause: the name right before the verb (past قد) that opens its clause
    ("أن قطر مولت", "وكانت قطر قد مولت", "أن إيران كانت تمد"; not "أنصار حزب X يمولون": the party is a
    genitive)."""
    m = next((x for x in reversed(sent.mentions) if x.end <= pos), None)
    gap = gap_text(text, m.end, pos).split() if m is not None else []
    # (past an adjective of a body named in Latin letters: "بأن حزب Renouveau Citoyen الصغير تلقى")
    if m is not None and m.label == "ORG" and m.text.isascii() and gap[:1] and gap[0].startswith("ال") and gap[0].endswith(("ي", "ير")):
        gap = gap[1:]
    if m is None or m.label not in DONOR_TYPES or set(gap) - {"قد", "لقد", "كانت", "كان"}:
        return None
    return m if opens_clause(sent, m, text) else None


def _funded_body(state: ArticleState, m: DocMention) -> bool:
    """A party, movement, group, campaign or politician, not a council or an election body (public
    bodies: "ويمول البنك الدولي مجلس الإنماء والإعمار")."""
    return _politician_or_party(state, m) and not _non_political(m) and not _public_body(m)


_GOVERNMENT_HEADS = frozenset(normalise(w) for w in "حكومة وزارة".split())


def _government(m: DocMention) -> bool:
    """A government or a ministry by its head word ("الحكومة الأردنية", "وزارة المالية")."""
    words = m.text.split()
    return m.label == "ORG" and bool(words) and bool(head_forms(words[0]) & _GOVERNMENT_HEADS)


def _public_body(m: DocMention) -> bool:
    """A ministry, a municipality or a state council by its head word ("وزارة المالية", "مجلس النواب",
    "مجلس الإنماء والإعمار"; not a political council: "المجلس الانتقالي الجنوبي", "المجلس الوطني")."""
    if m.label != "ORG":
        return False
    words = m.text.split()
    heads = head_forms(words[0]) & _PUBLIC_HEADS if words else set()
    if not heads:
        return False
    # a council is the state's unless it is a political one: transitional, national, revolutionary
    rest = {f for w in words[1:] for f in head_forms(w)}
    return "مجلس" not in heads or not rest & _POLITICAL_COUNCILS


def _loan_after(sent: Sentence, pos: int, text: str) -> bool:
    """A loan or a grant named right after the recipient ("… بقرض قيمته 200 مليون دولار")."""
    return bool(set(gap_text(text, pos, min(sent.end, pos + 25)).split()[:2]) & _LOANS)
# words before the verb: a promise, an intention, a question or a condition
_PROMISE = frozenset(normalise(w) for w in "تعهد تعهدت وعد وعدت".split())
_INTEND = frozenset(normalise(w) for w in "تدرس يدرس تعتزم يعتزم تنوي ينوي تخطط يخطط".split())
_MAYBE = frozenset(normalise(w) for w in "هل يمكن ربما قد إذا اذا لو".split())
_CAMPAIGN_NOUNS = frozenset(normalise(w) for w in "حملة الحملة".split())


_BY_FUNDING = normalise("بتمويل")
_LIGHT_VERBS = frozenset(normalise(w) for w in "قام قامت قاموا يقوم تقوم يقومون".split())
_WHEN = frozenset(normalise(w) for w in "عندما حين حينما بعدما لما".split())


def _light_verb_before(sent: Sentence, tok: Any, text: str) -> Any:
    """The light verb قام of "قام (فلان) بتمويل": the token right before, or the one before a name of at
    most four words between them; None when there is none."""
    toks = sent.tokens_between(max(sent.start, tok.start - 60), tok.start)
    for k in range(len(toks) - 1, max(-1, len(toks) - 6), -1):
        if normalise(toks[k].text).lstrip("وف") in _LIGHT_VERBS:
            between = [m for m in sent.mentions if toks[k].end <= m.start and m.end <= tok.start]
            gap = gap_text(text, toks[k].end, tok.start).split()
            if not gap or (between and not gap_text(text, between[-1].end, tok.start).split()):
                return toks[k]
            return None
    return None


def _light_verb_subject(sent: Sentence, light: Any, tok: Any, text: str) -> DocMention | None:
    """The subject of "قام بتمويل": named between the two (VSO, past its title), right before the light
    verb (SVO), or, after عندما/حين, the subject named before in the clause."""
    between = [m for m in sent.mentions if light.end <= m.start and m.end <= tok.start and m.label in DONOR_TYPES]
    if between and not is_object_marked(sent, between[-1], text):
        return between[-1]
    if between:
        return None
    donor = _subject_right_before(sent, light.start, text)
    if donor is not None:
        return donor
    lead = gap_text(text, max(sent.start, light.start - 20), light.start).split()[-1:]
    if lead and lead[0].lstrip("و") in _WHEN:
        # the main clause's subject, the first name of its comma-free clause ("كان فلان قد اصطدم بزعيم
        # روسيا علان عندما قام بتمويل …": not the one he clashed with)
        clause_start = max(text.rfind("،", sent.start, light.start), text.rfind(",", sent.start, light.start), sent.start)
        # (the clause after إن/أن has its own subject: "وقال المحلل فلان إن رجل الأعمال علان اشتهر عندما …")
        that = [t for t in sent.tokens_between(clause_start, light.start) if normalise(t.text) in _REPORTED]
        if that:
            clause_start = that[-1].end
        return next(
            (
                m
                for m in sent.mentions
                if clause_start <= m.start
                and m.end <= light.start
                and m.label in ("PERSON", "ORG")
                and not is_object_marked(sent, m, text)
            ),
            None,
        )
    return None


def _funds_directly(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "وتمول إيران حزب الله بنحو 700 مليون دولار سنويا", "أن قطر مولت جماعة X", "ومولت قطر حملة
    الرئيس X": the verb of funding, its subject (right after it, or right before it) and its direct
    object, a party, movement, group, campaign or politician; the amount after بـ, when the clause gives
    one. A promise before the verb makes it pledged, an intention planned; a question or a condition no
    fact."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        w = normalise(tok.text)
        light = _light_verb_before(sent, tok, text) if w.removeprefix("و") == _BY_FUNDING else None
        if light is not None:
            # "قام فلان بتمويل حزب X", "عندما قام بتمويل الحزب": the light verb and its subject
            if negated(sent, light.start, text) or _denied_before(sent, light.start, text):
                continue
            donor = _light_verb_subject(sent, light, tok, text)
            rec = next((m for m in sent.mentions if m.start >= tok.end), None)
            if donor is None or rec is None or rec.label not in RECIPIENT_TYPES or donor.entity == rec.entity:
                continue
            if not _direct_object(sent, tok.end, rec, text) or _public_giver(sent, donor, text):
                continue
            if not _funded_body(state, rec) or _loan_after(sent, rec.end, text):
                continue
            objects = [r for r in _joined_after(sent, rec, RECIPIENT_TYPES, text, comma=True) if _funded_body(state, r)]
            amount = _to_amount(_amount_by(sent, objects[-1].end)) if objects else None
            for r in objects:
                _add_gift(out, seen, sent, donor.entity, r.entity, amount, "given", f"pattern: '{light.text} {tok.text}' DONOR RECIPIENT")
            continue
        if not conj_in(w, _FUNDS_OR_SUPPLIES) or negated(sent, tok.start, text):
            continue
        if _denied_before(sent, tok.start, text):
            continue
        raw_lead = gap_text(text, max(sent.start, tok.start - 40), tok.start).split()[-3:]
        lead = [x.lstrip("وف") for x in raw_lead]
        past = w.lstrip("وف") in _FUNDED_PAST
        if set(lead) & (_MAYBE - {"قد"}) or (lead[-1:] == ["قد"] and not past):
            continue  # "هل تمول …", "قد يمول …" (not "كانت قطر قد مولت …")
        # (with the words as written too: "وعد" is no وعد stripped of its و)
        status = (
            "pledged" if any(conj_in(x, _PROMISE) for x in raw_lead) or set(lead) & _PROMISE
            else "planned" if set(lead) & _INTEND
            else "given"
        )
        after = [m for m in sent.mentions if m.start >= tok.end]
        donor = None
        pos = tok.end
        # (the giver's kind may stand before his name: "موّلت شركة «X» الحملة …")
        kind_gap = gap_text(text, tok.end, after[0].start).split() if after else []
        if after and len(kind_gap) <= 2 and all(k in _GIVER_KINDS for k in kind_gap) and after[0].label in DONOR_TYPES and (
            len(after) > 1 and (_direct_object(sent, after[0].end, after[1], text) or _campaign_runner(sent, after[0].end, after[1], text))
        ):
            donor, pos = after[0], after[0].end  # VSO
        else:
            # SVO, the subject right before the verb ("أن قطر مولت جماعة X"; not "…، كما يمول فلان
            # صحيفة X": the name after the verb is its subject and the object no name)
            donor = _subject_right_before(sent, tok.start, text) or _relative_head(sent, tok.start, text)
            if status != "given" and donor is None:
                # "وتعهدت السعودية بأن تمول حزب X": the promise's subject
                donor = subject_before(sent, tok.start, text, DONOR_TYPES, max_words=3, state=state)
        rec = next((m for m in sent.mentions if m.start >= pos), None)
        ref_end: int | None = None  # (the end of a back-reference naming the object in this sentence)
        runner = _campaign_runner(sent, pos, rec, text) if rec is not None else None
        if runner is not None:
            rec = runner  # "مولت شركة X الحملة الانتخابية للمرشح عن دائرة بنغازي فلان"
        elif donor is not None and (rec is None or not _direct_object(sent, pos, rec, text)):
            # "فلان، الذي سبق أن موّل الحزب بـ 200 ألف يورو": the body named before by its head noun
            after_verb = gap_text(text, pos, min(sent.end, pos + 40)).split()
            # (not a kind of party: "مولت الحزب الحاكم في تونس", an adjective or a place after the head noun)
            described = len(after_verb) > 1 and (after_verb[1].startswith("ال") or after_verb[1] == "في")
            ref = (
                definite_reference(sent, pos, text, state)
                if not gap_text(text, pos, min(sent.end, pos + 30)).startswith("ل") and not described
                else None
            )
            word = sent.tokens_between(pos, min(sent.end, pos + 30))[:1]
            if ref is not None and ref.label == "ORG" and word:
                rec, runner, ref_end = ref, ref, word[0].end
        if donor is None or rec is None or rec.label not in RECIPIENT_TYPES or donor.entity == rec.entity:
            continue
        if (runner is None and not _direct_object(sent, pos, rec, text)) or _public_giver(sent, donor, text):
            continue
        if not _funded_body(state, rec) or _loan_after(sent, rec.end, text):
            continue
        # "تمول حزب الله وحركة حماس": every body joined to the object by و
        objects = [r for r in _joined_after(sent, rec, RECIPIENT_TYPES, text, comma=True) if _funded_body(state, r)]
        if ref_end is not None:
            objects = [rec] if _funded_body(state, rec) else []
        if not objects:
            continue
        amount = _to_amount(_amount_by(sent, ref_end if ref_end is not None else objects[-1].end))
        if amount is None and conj_in(w, _SUPPLIES):
            continue  # "تمد X بالسلاح": arms or men, no money said
        for r in objects:
            _add_gift(out, seen, sent, donor.entity, r.entity, amount, status, f"pattern: '{tok.text}' DONOR RECIPIENT")
    return out


_GIVER_KINDS = frozenset(
    normalise(w)
    for w in (
        "شركة مجموعة مؤسسة رجل الأعمال سيدة المستثمر المستثمرة الملياردير المليارديرة المصرفي المصرفية"
        " المطور العقاري المقاول رائد رائدة قطب"
    ).split()
)


def _campaign_runner(sent: Sentence, pos: int, m: DocMention, text: str) -> DocMention | None:
    """ "… الحملة الانتخابية للمرشح عن دائرة بنغازي فلان": the campaign right after ``pos`` is that of the
    candidate named after his seat or district."""
    gap = gap_text(text, pos, m.start).split()
    if not gap or gap[0] not in _CAMPAIGN_NOUNS or len(gap) > 6:
        return None
    return _runner_for_seat(sent, m, [c for c in sent.mentions if c.start >= m.start], text)


def _direct_object(sent: Sentence, pos: int, rec: DocMention, text: str) -> bool:
    """``rec`` is the object right after ``pos``: no particle glued to it and nothing between, or the
    kind of body the recogniser left out ("حركة حماس" read as حماس), or the campaign and its owner's
    titles ("حملة الرئيس الفرنسي X")."""
    if attached_prefix(sent, rec, text):
        return False
    gap = gap_text(text, pos, rec.start).split()
    if not gap:
        return True
    if len(gap) == 1 and rec.label == "ORG" and gap[0] in POLITICAL_HEADS:
        return True
    return gap[0] in _CAMPAIGN_NOUNS and rec.label == "PERSON" and all(x.startswith("ال") for x in gap[1:4]) and len(gap) <= 4


_PRESENT_VERB = re.compile(r"^(?:[يت]|س[يت])[\u0621-\u064a]{3,}$")


def _joined_by_wa(sent: Sentence, prev: DocMention, m: DocMention, text: str, comma: bool = False) -> bool:
    """``m`` follows ``prev`` joined by و and nothing else ("حزب الله وحركة حماس" with حماس the name,
    "إيران وقطر"); a comma before the و only in a list of objects (``comma``: "حزب الله، وحركة حماس،
    وجماعة الحوثي"; after من, "، وسوريا قدمت …" opens a new clause)."""
    gap = text[prev.end : m.start]
    if any(c in gap for c in ".؛:") or (not comma and any(c in gap for c in "،,")):
        return False
    words = [w for w in gap_text(text, prev.end, m.start).split() if w not in ("،", ",")]
    if comma and any(c in gap for c in "،,"):
        nxt = sent.tokens_between(m.end, min(sent.end, m.end + 30))[:1]
        if nxt and _PRESENT_VERB.match(normalise(nxt[0].text)):
            return False  # "…، وحزب الله يتلقى أمواله من إيران": a new clause, not the list
    if attached_prefix(sent, m, text) == "و":
        return not words or words == ["و"]
    return len(words) == 1 and words[0][:1] == "و" and words[0][1:] in POLITICAL_HEADS or words == ["و"]


def _joined_after(
    sent: Sentence, first: DocMention, types: tuple[str, ...], text: str, comma: bool = False
) -> list[DocMention]:
    """``first`` and every name joined to it by و (see _joined_by_wa)."""
    out = [first]
    for m in sent.mentions:
        if m.start < out[-1].end or m.label not in types or m.entity == out[-1].entity:
            continue
        if not _joined_by_wa(sent, out[-1], m, text, comma):
            break
        out.append(m)
    return out


_ASKING = frozenset(normalise(w) for w in "طلب طلبت طلبا طلبوا يطلب تطلب".split())
_BRIBE = frozenset(normalise(w) for w in "رشوة كرشوة رشاوى رشوه".split())
_LENDER_HEADS = frozenset(normalise(w) for w in "صندوق بنك البنك مصرف".split())
_FORMER = frozenset(normalise(w) for w in "السابق السابقة الأسبق الأسبقة".split())
_STATE_OFFICE = frozenset(
    normalise(w)
    for w in "الرئيس رئيس الرئيسة رئيسة الوزير وزير الوزيرة وزيرة الملك ملك الأمير أمير رئيسا".split()
)


def _lender(m: DocMention) -> bool:
    """A fund or a bank lends or grants: "صندوق النقد الدولي", "البنك الدولي"."""
    return m.label == "ORG" and bool(head_forms(m.text.split()[0]) & _LENDER_HEADS)


def _holds_state_office(state: ArticleState, entity: str) -> bool:
    """A president, prime minister, minister, king or emir by the title before one of their mentions
    (not a candidate: "المرشح للرئاسة")."""
    text = state.text
    for m in state.doc.mentions:
        if m.entity != entity:
            continue
        before = [head_forms(w) for w in text[max(0, m.start - 40) : m.start].split()[-4:]]
        k = max((i for i, f in enumerate(before) if f & _STATE_OFFICE), default=-1)
        if k < 0 or any(f & _CANDIDATES for f in before):
            continue
        if any(f & (POLITICAL_HEADS - {"مجلس"} | _FORMER) for f in before[k + 1 :]):
            continue  # "رئيس حزب الوفد فلان" heads a party; "الرئيس السابق فلان" no longer holds office
        return True
    return False
_MONEY_ASKED = frozenset(normalise(w) for w in "أموالا تمويلا تبرعات دعما".split())


def _asked_for_money(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "إن حزب X وحركة Y طلبا أموالا من قطر": money asked of a named giver is planned (the askers,
    before the verb, or right after it, are the recipients, unless the money is said to be for someone
    else: "وطلب فلان تبرعات من شركة X لحملة المرشح Y")."""
    text = state.text
    rmarks = word_set("donations", "recipient_markers")
    out: list[Fact] = []
    for tok in sent.inside:
        w = normalise(tok.text)
        if not (w in _ASKING or (w[:1] in ("و", "ف") and w[1:] in _ASKING)) or negated(sent, tok.start, text):
            continue
        lead = {x.lstrip("وف") for x in gap_text(text, max(sent.start, tok.start - 30), tok.start).split()[-2:]}
        if lead & ((_MAYBE | _NOT_YET) - {"قد"}) or ("قد" in lead and w.lstrip("وف")[:1] in ("ي", "ت")):
            continue  # "هل طلب …", "وإذا طلب …", "قد يطلب …" (not "كان حزب X قد طلب …")
        rest = sent.tokens_between(tok.end, min(sent.end, tok.end + 120))
        after = [m for m in sent.mentions if m.start >= tok.end]
        askers: list[DocMention] = []
        if after and after[0].label in RECIPIENT_TYPES and _direct_object(sent, tok.end, after[0], text):
            askers = _joined_after(sent, after[0], RECIPIENT_TYPES, text)  # VSO: "وطلب حزب X وحركة Y أموالا"
            rest = sent.tokens_between(askers[-1].end, min(sent.end, askers[-1].end + 120))
        words = [normalise(t.text) for t in rest[:3]]
        if not words or words[0] not in _MONEY_ASKED:
            continue
        if words[0] == normalise("دعما") and words[1:2] != [normalise("ماليا")]:
            continue  # "طلب دعما" alone may be any help
        i = 2 if words[0] == normalise("دعما") else 1
        if words[i : i + 1] != ["من"]:
            continue
        giver_pos = rest[i].end
        donor = next((m for m in sent.mentions if m.start >= giver_pos), None)
        if donor is None or donor.label not in DONOR_TYPES:
            continue
        titles = gap_text(text, giver_pos, donor.start).split()
        if len(titles) > 2 or not all(x.startswith("ال") or x == "رجل" for x in titles):
            continue  # (past a title only: "من رجل الأعمال X")
        if _public_giver(sent, donor, text) or _lender(donor):
            continue
        purpose = gap_text(text, donor.end, min(sent.end, donor.end + 60)).split()[:6]
        if set(purpose) & (word_set("donations", "not_political_purpose") | _PAYMENT_WORDS | _BRIBE):
            continue  # "لإعادة إعمار المرفأ", "لتعويض المتضررين", "مقابل تسهيل …", "كرشوة"
        amount = _amount_by(sent, donor.end)
        beyond = [m for m in sent.mentions if m.start >= (amount.end if amount is not None else donor.end)]
        if beyond and n_words(gap_text(text, donor.end, beyond[0].start)) <= 6 and is_marked_recipient(
            sent, beyond[0], text, rmarks
        ):
            askers = [beyond[0]]  # "… من شركة X لحملة المرشح Y": the money is for Y
        if not askers:
            near = subject_before(sent, tok.start, text, RECIPIENT_TYPES, max_words=1, state=state)
            if near is None:
                continue
            cands = [m for m in sent.mentions if m.label in RECIPIENT_TYPES and m.end <= tok.start]
            askers = [m for m in coordinated_before(sent, near, cands, text, 1)]
        for rec in askers:
            if not _funded_body(state, rec) or (rec.label == "PERSON" and _holds_state_office(state, rec.entity)):
                continue  # a president or a minister asking a state or a lender for money: state aid
            reason = f"pattern: RECIPIENT '{tok.text}' money من DONOR"
            _add_gift(out, seen, sent, donor.entity, rec.entity, _to_amount(amount), "planned", reason)
    return out


def _funded(sent: Sentence, state: ArticleState, pos: int) -> list[DocMention]:
    """What the funding after ``pos`` went to: a political recipient marked by لـ within three words
    ("لحملة ساركوزي", "لحركة حماس") and those joined to it by و ("لحركة حماس وحركة الجهاد"), or the
    names listed after a group noun ("لجماعات إرهابية، منها القاعدة … وحركة الشباب")."""
    text = state.text
    after = [m for m in sent.mentions if m.start >= pos]
    if not after:
        return []
    first = after[0]
    gap = gap_text(text, pos, first.start).split()
    # up to two describing words before the لـ ("التمويل الليبي غير المشروع لحملة الرئيس الأسبق X")
    lead = next((i for i, w in enumerate(gap) if w.startswith("ل")), len(gap))
    if lead <= 2 and len(gap) <= 6 and not any(c in text[pos : first.start] for c in ".؛:،,"):
        if first.label in RECIPIENT_TYPES and is_marked_recipient(
            sent, first, text, word_set("donations", "recipient_markers")
        ):
            # (a campaign's owner is a candidate, whatever else the article says of him)
            campaign = first.label == "PERSON" and bool({normalise(w) for w in gap} & _FOR_CAMPAIGN)
            if not campaign and not _politician_or_party(state, first):
                return []
            if campaign:
                return [first]
            # "لحركة حماس وحركة الجهاد", "لحزب الله ولحركة حماس"
            joined = [first]
            for m in after[1:]:
                if m.label not in RECIPIENT_TYPES or m.entity == joined[-1].entity:
                    continue
                if not (_joined_by_wa(sent, joined[-1], m, text, comma=True) or (
                    attached_prefix(sent, m, text) in ("ول", "ولل") and not gap_text(text, joined[-1].end, m.start).replace("ول", "").strip()
                )):
                    break
                joined.append(m)
            return [m for m in joined if _politician_or_party(state, m)]
    # "لجماعات إرهابية، منها القاعدة": a group noun with لـ, its adjectives, then the names it holds
    words = gap
    if not words or not (words[0].startswith("ل") and words[0][1:] in _GROUP_NOUNS):
        return []
    if not any(x in _AMONG for x in words[1:5]) or len(words) > 6:
        return []
    listed = coordinated_after(sent, first, [m for m in after if m.label in RECIPIENT_TYPES], text, mixed=True)
    return [m for m in listed if m.label in RECIPIENT_TYPES]


_FOR_CAMPAIGN = frozenset(normalise(w) for w in "لحملة للحملة".split())


def _country_of(state: ArticleState, adjective: str) -> str | None:
    """The country entity a nationality adjective names ("الليبي" → ليبيا, "القطرية" → قطر), when the
    article names that country."""
    stem = adjective.removeprefix("ال").removesuffix("ه")
    if not stem.endswith("ي") or len(stem) < 4 or stem == "مالي":
        return None  # (المالي is "financial", not Malian)
    stem = stem[:-1]
    for e in state.doc.entities:
        if e.type != "GPE":
            continue
        name = normalise(e.name).removeprefix("ال")
        if " " not in name and stem in (name, name[:-1], name[:-2]) and len(name) - len(stem) <= 2:
            return e.id
    return None


# "التبرعات التي حصل عليها فلان من X", "تبرعات تسلمتها من X", "لقبوله تبرعات وأموال من X": gifts the
# recipient received (or is blamed for accepting) from a named giver
_GIFTS = r"(?:ال)?(?:تبرعات|اموال|اموالا)(?:\s+و(?:ال)?(?:تبرعات|اموال|اموالا))?"
_RECEIVED_GIFTS = re.compile(
    r"(?:^|\s)" + _GIFTS + r"\s+(?:التي\s+)?(?:حصل|حصلت|تلقي|تلقت|تلقاها|تلقتها|تسلم|تسلمت|تسلمها|تسلمتها)"
    r"(?:\s+عليها)?(?=\s)"
)
def _from_giver(words: list[str]) -> bool:
    """من right before the giver, or with a title between ("من رجل الأعمال الأمريكي فلان"; not "من بيع
    أسهمه في")."""
    if words[:1] != ["من"] or {normalise(w) for w in words} & _NOT_A_GIVER:
        return False
    return len(words) <= 3 or (len(words) <= 5 and all(normalise(w).startswith("ال") for w in words[3:]))


_NOT_A_GIVER = frozenset(normalise(w) for w in "بيع قرض قروض عائدات أرباح".split())
_REFUSED = frozenset(normalise(w) for w in "رفض رفضت رفضه يرفض ترفض".split())
_ACCEPTED_GIFTS = re.compile(r"(?:^|\s)[لوب]*(?:قبول|قبوله|قبولها|قبولهم)\s+" + _GIFTS + r"(?=\s)")


def _gifts_received_from(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    text = state.text
    out: list[Fact] = []
    for pattern, accepted in ((_RECEIVED_GIFTS, False), (_ACCEPTED_GIFTS, True)):
        for hit in pattern.finditer(sent.norm):
            h_start, h_end = sent.orig(hit.start()), sent.orig_end(hit.end())
            lead = [normalise(w).lstrip("وف") for w in gap_text(text, max(sent.start, h_start - 40), h_start).split()[-4:]]
            if negated(sent, h_start, text) or set(lead) & _REFUSED:
                continue  # "ورفض المرشح قبول أموال من X"
            after = next((m for m in sent.mentions if m.start >= h_end), None)
            if accepted:
                # "هاجمت فلانة ترامب لقبوله تبرعات …": the one named right before is blamed for it
                recipient = next((m for m in reversed(sent.mentions) if m.end <= h_start), None)
                if recipient is not None and n_words(gap_text(text, recipient.end, h_start)) > 0:
                    recipient = _accused_by_pronoun(sent, h_start, text, state)
                pos = h_end
            elif after is not None and after.label in RECIPIENT_TYPES and n_words(gap_text(text, h_end, after.start)) == 0:
                recipient, pos = after, after.end  # "التي حصل عليها ترامب من …"
            else:
                # "جماعة X … تبرعات تسلمتها من Y": the sentence's subject received them
                recipient = subject_before(sent, h_start, text, RECIPIENT_TYPES, max_words=8, state=state)
                pos = h_end
            if recipient is None or recipient.label not in RECIPIENT_TYPES:
                continue
            donor = _named_after_marker(sent, pos, text, [recipient], _from_giver)
            if donor is None:
                continue
            # "من ليبيا ومن العقيد الراحل فلان": a second giver after ومن
            donors = [donor] + _also_from(sent, donor, text, recipient)
            for donor in donors:
                if "تبرع" not in hit.group() and donor.label != "PERSON" and not (accepted and donor.label == "GPE"):
                    # money (not gifts) from a body may be a loan or a sale: "أموال تلقتها من صندوق النقد";
                    # accepting money from a state is not
                    continue
                _add_gift(
                    out, seen, sent, donor.entity, recipient.entity, None, "given",
                    "pattern: gifts received (or accepted) by RECIPIENT from DONOR",
                )
    return out


_GOT = re.compile(r"(?:^|\s)[وف]?(?:حصل|حصلت|حصلا|تلقى|تلقي|تلقت)(?=\s)")
_CAMPAIGN_HEAD = frozenset(normalise(w) for w in "حملة حملته حملتها لحملة".split())


def _amount_received_from(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "وحصلت حملة فلان على مليون دولار من علان", "لجنة X حصلت على 500 ألف دولار من فلان": an amount a
    campaign, party or politician got from a named giver (a person or a non-state body; not a loan or a
    sale, "من بيع …", nor a bank's)."""
    text = state.text
    out: list[Fact] = []
    for hit in _GOT.finditer(sent.norm):
        h_start, h_end = sent.orig(hit.start()), sent.orig_end(hit.end())
        if negated(sent, h_start, text):
            continue
        amount = next((a for a in sent.amounts if a.start >= h_end and n_words(gap_text(text, h_end, a.start)) <= 5), None)
        if amount is None:
            continue
        between = [m for m in sent.mentions if h_end <= m.start and m.end <= amount.start]
        gap = gap_text(text, between[-1].end if between else h_end, amount.start).split()
        if gap not in ([], ["علي"], ["على"]):
            continue
        # "وحصلت حملة فلان على …", else the subject before the verb ("لجنة X حصلت على …")
        recipient: DocMention | None = (
            between[0]
            if between
            # (past an apposition: "أن النائبة فلانة، المرشحة لزعامة حزب X، تلقت …")
            else _subject_before_apposition(sent, h_start, text)
            or subject_before(sent, h_start, text, RECIPIENT_TYPES, max_words=3, state=state)
        )
        if recipient is None or recipient.label not in RECIPIENT_TYPES:
            continue
        campaign = set(sent.previous_words(recipient, text, 1)) & _CAMPAIGN_HEAD
        if not campaign and not _politician_or_party(state, recipient):
            continue
        donor = _named_after_marker(sent, amount.end, text, [recipient], _from_giver)
        if donor is None or donor.label == "GPE" or _paid_for(sent, amount, text):
            continue
        if donor.label == "ORG" and normalise(donor.text).split()[0].removeprefix("ال") in _LENDERS:
            continue  # "من البنك الأهلي": a loan
        _add_gift(
            out, seen, sent, donor.entity, recipient.entity, _to_amount(amount), "given",
            f"pattern: RECIPIENT '{hit.group().strip()}' AMOUNT من DONOR, amount '{amount.text}'",
        )
    return out


_BACKED = re.compile(r"(?:^|\s)[وف]?(?:دعم|دعمت|دعموا|يدعم|تدعم)(?=\s)")


def _backed_with_amount(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "ودعم فلان حملة علان بمليون دولار", "دعمت الشركة الحزب بمبلغ 50 ألف دينار": backing paid in an
    amount, given to a campaign, party or politician named right after the verb's subject."""
    text = state.text
    out: list[Fact] = []
    for hit in _BACKED.finditer(sent.norm):
        h_start, h_end = sent.orig(hit.start()), sent.orig_end(hit.end())
        if negated(sent, h_start, text):
            continue
        after = [m for m in sent.mentions if m.start >= h_end][:2]
        if not after:
            continue
        if len(after) == 2 and n_words(gap_text(text, h_end, after[0].start)) == 0 and after[0].label in DONOR_TYPES:
            donor: DocMention | None = after[0]  # VSO: "ودعم فلان حملة علان …"
            recipient = after[1]
        else:
            donor = subject_before(sent, h_start, text, DONOR_TYPES, max_words=3, state=state)
            recipient = after[0]
        if donor is None or recipient.label not in RECIPIENT_TYPES or donor.entity == recipient.entity:
            continue
        gap = gap_text(text, donor.end if h_end <= donor.end <= recipient.start else h_end, recipient.start).split()
        if gap not in ([], *([w] for w in _CAMPAIGN_HEAD)):
            continue
        campaign = bool(gap) or bool(set(sent.previous_words(recipient, text, 1)) & _CAMPAIGN_HEAD)
        if not campaign and not _politician_or_party(state, recipient):
            continue
        amount = next((a for a in sent.amounts if a.start >= recipient.end), None)
        if amount is None or gap_text(text, recipient.end, amount.start).split() not in ([], ["ب"], ["بمبلغ"], ["بـ"]):
            continue
        if normalise(text[max(recipient.end, amount.start - 2) : amount.start]).strip() not in ("ب", "بـ") and "مبلغ" not in gap_text(text, recipient.end, amount.start):
            continue  # the amount marked by ب: "بمليون دولار", "بمبلغ …"
        _add_gift(
            out, seen, sent, donor.entity, recipient.entity, _to_amount(amount), "given",
            f"pattern: DONOR '{hit.group().strip()}' RECIPIENT بـ AMOUNT, amount '{amount.text}'",
        )
    return out


_LENDERS = frozenset(normalise(w) for w in "بنك مصرف صندوق".split())


_ACCUSING = frozenset(normalise(w) for w in "تتهمه يتهمه اتهمه اتهمته اتهامه تتهمها يتهمها اتهمها اتهامها".split())


def _accused_by_pronoun(sent: Sentence, pos: int, text: str, state: ArticleState) -> DocMention | None:
    """ "نفى فلان الادعاءات التي تتهمه بقبول أموال من …": the person the accusing verb's pronoun stands
    for, the last one named before it in the sentence whose gender does not disagree."""
    before = gap_text(text, max(sent.start, pos - 20), pos).split()[-1:]
    if not before or before[0].lstrip("و") not in _ACCUSING:
        return None
    want = "f" if before[0].endswith("ها") else "m"
    people = [
        m
        for m in sent.mentions
        if m.end <= pos and m.label == "PERSON" and person_gender(state, m.entity) in (None, want)
    ]
    return people[-1] if people else None


def _also_from(sent: Sentence, first: DocMention, text: str, recipient: DocMention) -> list[DocMention]:
    """The givers listed after the first, each after ومن (titles allowed between)."""
    out: list[DocMention] = []
    cur = first
    for m in sent.mentions:
        if m.start < cur.end or m.label not in DONOR_TYPES or m.entity in (recipient.entity, cur.entity):
            continue
        words = gap_text(text, cur.end, m.start).split()
        if not words or words[0] != "ومن" or len(words) > 5 or any(c in text[cur.end : m.start] for c in "،,.:"):
            break
        out.append(m)
        cur = m
    return out


_FINANCIERS_OF = frozenset(normalise(w) for w in "ممولي مانحي متبرعي وممولي ومانحي".split())


def _financiers_named_after(sent: Sentence, state: ArticleState, seen: set) -> list[Fact]:
    """ "يرتبط بعلاقات مع ممولي حزب الله أدهم طباجة وعلي شرارة": the financiers of X named after X."""
    text = state.text
    out: list[Fact] = []
    for tok in sent.inside:
        if normalise(tok.text) not in _FINANCIERS_OF:
            continue
        after = [m for m in sent.mentions if m.start >= tok.end]
        if len(after) < 2 or after[0].label not in RECIPIENT_TYPES:
            continue
        recipient = after[0]
        if n_words(gap_text(text, tok.end, recipient.start)) > 0:
            continue
        first = after[1]
        if first.label != "PERSON" or n_words(gap_text(text, recipient.end, first.start)) > 0:
            continue
        people = [m for m in sent.mentions if m.label == "PERSON"]
        for donor in coordinated_after(sent, first, people, text, max_gap_words=1):
            _add_gift(out, seen, sent, donor.entity, recipient.entity, None, "given", f"pattern: '{tok.text}' RECIPIENT PERSON (و PERSON)")
    return out


def _listed_amounts(sent: Sentence, trig: Trigger, state: ArticleState) -> bool:
    return bool(_inherited_recipients(sent, state)) and any(a.start > trig.end for a in sent.amounts)


def _donor_list(
    sent: Sentence,
    trig: Trigger,
    text: str,
    state: ArticleState,
    recipients: list[DocMention] | None = None,
    used: set[int] | None = None,
) -> list[Fact]:
    """ "وأبرز المتبرعين كانت شركة X (مليون دولار)، وY (750 ألف دولار)": each amount goes to the
    first name listed since the previous amount; the recipient is the last donation's, or the one
    named after the noun (then the list starts after it)."""
    seg_start = max([trig.end] + [r.end for r in recipients or []])
    recipients = recipients or _inherited_recipients(sent, state)
    facts = []
    first = next((m for m in sent.mentions if m.start >= seg_start and m.label in ("PERSON", "ORG")), None)
    if first is not None and set(gap_text(text, seg_start, first.start).split()) & {"ان", "بان", "انه", "انها"}:
        return []  # "قال مصدر مطلع على خطط كبار المانحين إن فلان يعتزم …": a clause of its own, no list
    for a in [a for a in sent.amounts if a.start > trig.end]:
        if used and a.start in used:
            # (a gift a verb read already: "…، بينما منح فلان الحزب Y مئة ألف" is Y's, not the list's)
            seg_start = a.end
            continue
        names = [
            m
            for m in sent.mentions
            if seg_start <= m.start and m.end <= a.start and m.label in ("PERSON", "ORG")
        ]
        seg_start = a.end
        if not names:
            continue
        donors = [_holder_or(state, names[0], names)]
        lead = [w for w in gap_text(text, max(sent.start, a.start - 30), a.start).split() if w not in ("ب", "بـ")][-3:]
        # (only a relative clause whose verb gives the amount: "الذي قدّم …", "التي ساهمت بـ…")
        if len(lead) >= 2 and lead[-2] in ("الذي", "التي") and lead[-1].removesuffix("ب") in _GIVING_VERBS_REL:
            # "… قطب الشحن فلان، الذي قدّم سبعة ملايين": the name the relative clause is about
            at = text.rfind("الذي" if "الذي" in lead else "التي", sent.start, a.start)
            head = next((m for m in reversed(names) if m.end <= at), None)
            if head is not None and not gap_text(text, head.end, at).replace("،", "").split():
                donors = [head]
        after = gap_text(text, a.end, min(sent.end, a.end + 20))
        if any(after.startswith(w) for w in word_set("donations", "each_of_them")):
            # "و«جنرال موتورز» و«فورد» (250 ألفا لكل منهما)": the amount is each one's
            donors = coordinated_before(sent, names[-1], names, text, max_gap_words=4)
            donors = [_holder_or(state, d, names) for d in donors]
        for donor, rec in ((d, r) for d in donors for r in recipients):
            if donor.entity == rec.entity:
                continue
            facts.append(
                Fact(
                    "donation",
                    {
                        "donor": donor.entity,
                        "recipient": rec.entity,
                        "amount": _to_amount(a),
                        "status": trig.status,
                    },
                    sent.evidence(),
                    reason=f"pattern: list after '{trig.phrase}', amount '{a.text}'",
                )
            )
    if facts:
        state.last_list = sent.index
    return facts


_TOPPED_BY = frozenset(normalise(w) for w in "تصدرها يتصدرها تتصدرها وتصدرها".split())
_LIST_NOUNS = frozenset(normalise(w) for w in "قائمة لائحة".split())


def _list_topped_by(sent: Sentence, trig: Trigger, text: str) -> bool:
    """ "قائمة المتبرعين تصدّرها …": a list of givers, then the one at its top."""
    before = gap_text(text, max(sent.start, trig.start - 12), trig.start).split()[-1:]
    after = gap_text(text, trig.end, min(sent.end, trig.end + 14)).split()[:1]
    return bool(before) and before[0] in _LIST_NOUNS and bool(after) and after[0] in _TOPPED_BY


_GOES_ON = frozenset(normalise(w) for w in "وجاء وجاءت جاء جاءت وتلاه وتلته تلاه تلته ويليه وتليه يليه تليه وحل وحلت".split())
_AFTER_HIM = frozenset(normalise(w) for w in "بعده بعدها ثانيا ثالثا تاليا".split())


def _list_goes_on(sent: Sentence, text: str) -> bool:
    """The sentence opens by going on with a list: "وجاءت بعده …", "وتلاه …", "ويليه …"."""
    words = gap_text(text, sent.start, min(sent.end, sent.start + 30)).split()[:2]
    if not words or words[0] not in _GOES_ON:
        return False
    return words[0].lstrip("و").startswith(("تل", "يلي")) or (len(words) > 1 and words[1] in _AFTER_HIM)


_FOLLOWED = frozenset(normalise(w) for w in "تلاه تلته تلتها تلاها يليه تليه يليها تليها".split())  # (و، ف cut)


def _followed_by(sent: Sentence, found: list[Fact], text: str, state: ArticleState) -> list[Fact]:
    """ "إذ منحت الحملة 120 ألف يورو، تلتها شركة X بـ 95 ألفاً": the next giver of the list, with his amount
    right after him, gives to the one the gift before went to."""
    gifts = [f for f in found if f.type == "donation" and f.args.get("donor") is not None and f.args.get("status") == "given"]
    if not gifts:
        return []
    out = []
    for tok in sent.inside:
        if normalise(tok.text).removeprefix("و").removeprefix("ف") not in _FOLLOWED or not any(a.end <= tok.start for a in sent.amounts):
            continue  # (after a gift's amount only)
        giver = next((m for m in sent.mentions if m.start >= tok.end and m.label in DONOR_TYPES), None)
        # (only the kind of a giver between: "تلتها شركة X"; not a fine, a claim or a party ranked after another)
        gap = gap_text(text, tok.end, giver.start).split() if giver is not None else ["-"]
        if giver is None or not all(w in _GIVER_KINDS or (w.startswith("ال") and w.endswith(("ي", "يه"))) for w in gap):
            continue
        if political_org(state, giver.entity) or set(sent.norm.split()) & word_set("donations", "not_donation"):
            continue
        amount = next((a for a in sent.amounts if a.start >= giver.end), None)
        if amount is None or gap_text(text, giver.end, amount.start).split() not in ([], ["ب"], ["بمبلغ"]):
            continue  # (its amount right after it: "تلتها شركة X بـ 95 ألفاً")
        for rec in {f.args["recipient"] for f in gifts}:
            if rec != giver.entity:
                out.append(
                    Fact(
                        "donation",
                        {"donor": giver.entity, "recipient": rec, "amount": _to_amount(amount), "status": "given"},
                        sent.evidence(),
                        reason=f"pattern: '{tok.text}' + giver + amount (the list goes on)",
                    )
                )
    return out


_SUIT = frozenset(normalise(w) for w in "حذا حذت حذوا".split())
_SUIT_OBJECT = frozenset(normalise(w) for w in "حذوه حذوها حذوهم حذوهما".split())


def _followed_suit(sent: Sentence, found: list[Fact], text: str, state: ArticleState) -> list[Fact]:
    """ "منح فلان الحركة 7500 يورو، وحذا حذوه كل من علان وفلانة بالمبلغ ذاته": those who followed his
    example gave the amount after them to the one his gift went to."""
    toks = sent.inside
    out: list[Fact] = []
    for k, tok in enumerate(toks[:-1]):
        if normalise(tok.text).lstrip("و") not in _SUIT or normalise(toks[k + 1].text) not in _SUIT_OBJECT:
            continue
        # the gift he made, right before: its recipient and status (a pledge followed is a pledge)
        gifts = [
            f
            for f in found
            if f.type == "donation"
            and f.args.get("donor") is not None
            and f.args.get("amount") is not None
            and f.args["amount"].end is not None
            and f.args["amount"].end <= tok.start
        ]
        if gifts:
            copied = max(gifts, key=lambda f: f.args["amount"].end)
            recipients, status = [copied.args["recipient"]], copied.args["status"]
        elif not any(f.type == "donation" for f in found):
            recipients, status = sorted({m.entity for m in _inherited_recipients(sent, state)}), "given"
        else:
            continue
        first = next((m for m in sent.mentions if m.start >= toks[k + 1].end and m.label in DONOR_TYPES), None)
        if first is None or not recipients:
            continue
        lead = gap_text(text, toks[k + 1].end, first.start).split()
        # (their kinds, kin or partners: "كل من"، "شريكه في المجموعة"، "الصيدلانية")
        if len(lead) > 5 or not all(
            w in ("كل", "من", "في") or w in _GIVER_KINDS or w in _KIN_WITH_PRONOUN or w.startswith("ال") for w in lead
        ):
            continue
        givers = coordinated_after(sent, first, [m for m in sent.mentions if m.label in DONOR_TYPES], text, max_gap_words=4)
        amount = next((a for a in sent.amounts if a.start >= givers[-1].end), None)
        if amount is None or gap_text(text, givers[-1].end, amount.start).split() not in ([], ["ب"]):
            continue
        followers = {g.entity for g in givers}
        for giver in givers:
            for rec in recipients:
                if rec not in followers:
                    out.append(
                        Fact(
                            "donation",
                            {"donor": giver.entity, "recipient": rec, "amount": _to_amount(amount), "status": status},
                            sent.evidence(),
                            reason=f"pattern: '{tok.text} {toks[k + 1].text}' + givers + amount (his example followed)",
                        )
                    )
    return out


def _holder_or(state: ArticleState, m: DocMention, listed: list[DocMention]) -> DocMention:
    """ "مدير مؤسسة X، فلان (…)": the person listed with his organisation gives, not the organisation."""
    holder = state.role_holders.get((m.start, m.end))
    return holder if holder is not None and holder in listed else m


def _to_amount(a: Any) -> Amount | None:
    if a is None:
        return None
    return Amount(
        min=a.min,
        max=a.max,
        currency=a.currency,
        text=a.text,
        approximate=bool(getattr(a, "approximate", False)),
        start=a.start,
        end=a.end,
    )


def _amount_after(sent: Sentence, pos: int, limit: int, text: str, used: set[int]) -> Any:
    for a in sent.amounts:
        if a.start >= pos and a.start < limit and a.start not in used:
            before = gap_text(text, max(sent.start, a.start - 20), a.start).split()[-3:]
            if any(conj_in(w, _DENOMINATION) for w in before):
                continue  # "أموال نقدية من فئة 200 و500 يورو": banknotes, not the sum
            if n_words(gap_text(text, pos, a.start)) <= 30:
                return a
            return None
    return None


def _also_after_amount(
    sent: Sentence, amount: Any, recipients: list[DocMention], text: str, rmarks: frozenset[str]
) -> list[DocMention]:
    """ "أكبر المانحين للحزب بحزمة تبرع تبلغ 25 مليون دولار لمرشحته X": one amount for the party and
    for the candidate marked right after it."""
    ids = {r.entity for r in recipients}
    for m in sent.mentions:
        if m.start < amount.end or m.label not in RECIPIENT_TYPES:
            continue
        if n_words(gap_text(text, amount.end, m.start)) > 2 or m.entity in ids:
            return []
        return [m] if is_marked_recipient(sent, m, text, rmarks) else []
    return []


def _recipients(
    sent: Sentence,
    trig: Trigger,
    limit: int,
    text: str,
    rmarks: frozenset[str],
    state: ArticleState,
    amount: Any,
    skip: tuple[int, int] | None = None,
) -> list[DocMention]:
    """Marked beneficiaries after the trigger: the first one and those listed with it (none from the
    ``skip`` range: the donor's apposition between the verb and its amount)."""
    pos = trig.end
    pron = _pronoun_recipient(sent, trig, text, state)
    cands = [
        m
        for m in sent.mentions
        if pos <= m.start < limit and m.label in RECIPIENT_TYPES and not (skip and skip[0] <= m.start < skip[1])
    ]
    anchor = amount.end if amount is not None else pos
    # "الذي منح الحزب 75 ألف دينار، يليه … فلان": the one given to is the back-reference right after
    # the verb, not a name past the amount
    # (only where the verb's subject stands before it: a definite noun right after a verb is most often its
    # subject, "ومنحت اللجنة 50 ألف دولار لحملة فلان")
    object_ref = (
        definite_reference(sent, pos, text, state)
        if trig.kind == "verb"
        and amount is not None
        and pos < amount.start
        and n_words(gap_text(text, pos, amount.start)) == 1
        and _subject_stands_before(sent, trig, text)
        else None
    )
    if object_ref is not None:
        return [object_ref]
    if (
        trig.kind == "noun"
        and not normalise(trig.phrase).startswith("ال")  # "الممول سامر": apposition, not a genitive
        and cands
        and not gap_text(text, pos, cands[0].start)
        and not text[pos : cands[0].start].strip()
        and cands[0].label != "GPE"
        and (cands[0].start, cands[0].end) not in state.role_objects
    ):
        # "أحد أكبر ممولي حزب الله", "ممول الحملة X": the noun's genitive is whom the money went to
        group = coordinated_after(sent, cands[0], cands, text, max_gap_words=4)
        return [g for g in group if (g.start, g.end) not in state.role_objects]
    if (
        cands
        and normalise(trig.phrase).split()[-1] in _FUNDED_HEADS
        and n_words(gap_text(text, pos, cands[0].start)) == 0
    ):
        return [cands[0]]  # "يعتزم فلان تمويل قائمة «X»": the list (party, campaign) funded, named right after
    for m in cands:
        if n_words(gap_text(text, pos, m.start)) > 14 and n_words(gap_text(text, anchor, m.start)) > 4:
            # (an inauguration's title goes on: "… لكل منهما لتمويل مراسم تنصيب حاكم ولاية تكساس المنتخب X")
            far = n_words(gap_text(text, anchor, m.start))
            # (and a committee's kind before its quoted name: "… 6 ملايين دولار في لجنة العمل السياسي
            # الفائقة «X»")
            # (not past another amount: "… ٢٥٠ ألف جنيه، إضافة إلى ٥٠ ألفا لزعيمة الحزب X", a second gift)
            if (
                not ((far <= 12 and set(gap_text(text, anchor, m.start).split()) & _INAUGURATION_WORDS) or far <= 6)
                or not is_marked_recipient(sent, m, text, rmarks)
                or _number_between(text, anchor, m.start)
            ):
                break
        if (m.start, m.end) in state.role_objects:
            continue
        if (
            gap_text(text, pos, m.start).split() == ["كل", "من"]
            and trig.kind == "verb"
            and subject_before(sent, trig.start, text, DONOR_TYPES, max_words=1, state=state) is None
        ):
            continue  # "وقدم كل من فلان وزوجته فلانة مليون دولار": the givers (not "فلان منح كل من X وY …")
        runner = _runner_for_seat(sent, m, cands, text)
        if runner is not None:
            return [runner]  # "لحملة المرشح لمجلس النواب فلان": the candidate, not the house
        if is_marked_recipient(sent, m, text, rmarks):
            if pron is not None and pron[1] < m.start:
                return [pron[0]]
            group = coordinated_after(sent, m, cands, text, max_gap_words=4)
            return [g for g in group if (g.start, g.end) not in state.role_objects]
    if pron:
        return [pron[0]]
    if (
        trig.phrase in _GRANT
        and cands
        and amount is not None
        # (the giver's kind and its adjectives before his name: "منح رجل الأعمال الليوني فلان الحركة …")
        and all(w in _GIVER_KINDS or (w.startswith("ال") and w.endswith(("ي", "يه"))) for w in gap_text(text, pos, cands[0].start).split())
        and cands[0].end <= amount.start
        and n_words(gap_text(text, cands[0].end, amount.start)) == 1
    ):
        back = definite_reference(sent, cands[0].end, text, state)
        if back is not None and back.entity != cands[0].entity:
            return [back]  # "منحت شركة X اللجنة 15 مليوناً": the giver, then the body named before
    if (
        trig.phrase in _GRANT
        and cands
        and n_words(gap_text(text, pos, cands[0].start)) == 0
        and subject_before(sent, trig.start, text, DONOR_TYPES, max_words=4, state=state) is not None
    ):
        # "أن فلان وزوجته منحا حزب X …": منح takes the one given to as its first object
        return [cands[0]]
    if (
        trig.phrase in _GRANT
        and cands
        and all(w in _GIVER_KINDS for w in gap_text(text, pos, cands[0].start).split())
        and amount is not None
    ):
        # "ومنح فلان حزب X مليون دولار" (VSO: the giver, then the one given to); "وقد منح حزب X العام
        # الماضي 250 ألف جنيه" (the giver a pronoun: the one given to right after the verb); "منحت شركة X،
        # التي يديرها فلان، الحزب Y 150 ألف يورو" (past the giver's relative clause)
        nxt = cands[1] if len(cands) > 1 else None
        closing = _relative_clause_end(text, cands[0].end, amount.start)
        if closing is not None:
            nxt = next((c for c in cands if c.start >= closing), None)
            if nxt is not None and nxt.end <= amount.start and not gap_text(text, closing, nxt.start).split():
                if nxt.label in ("ORG", "PERSON"):
                    return [nxt]
        # (one definite word between: the giver's family name the recogniser left out)
        between = gap_text(text, cands[0].end, nxt.start).split() if nxt is not None else []
        if nxt is not None and nxt.end <= amount.start and (not between or (len(between) == 1 and between[0].startswith("ال"))):
            if cands[0].label == "PERSON" and nxt.label in ("ORG", "PERSON"):
                return [nxt]
        elif (
            cands[0].end <= amount.start
            and n_words(gap_text(text, cands[0].end, amount.start)) <= 3
            and cands[0].label == "ORG"
            and political_org(state, cands[0].entity)
        ):
            return [cands[0]]
    # "تبرع للحزب بمبلغ …" (right after the trigger) or "تبرع بمبلغ … للحزب" (after the amount)
    ref = definite_reference(sent, pos, text, state) or definite_reference(sent, anchor, text, state)
    first_after = sent.tokens_between(pos, min(sent.end, pos + 20))[:1]
    if ref is None and first_after and normalise(first_after[0].text) == "في" and trig.phrase in _PUMPED:
        # "ضخّ في اللجنة ذاتها 3 ملايين دولار": the body named before, after في
        ref = definite_reference(sent, first_after[0].end, text, state)
    if ref is None and amount is not None:
        # "أودع فلان 30 ألف دينار في حساب القائمة": the body named before, after the account's word
        nxt_words = sent.tokens_between(amount.end, min(sent.end, amount.end + 40))[:4]
        for k, tok in enumerate(nxt_words[:-1]):
            if normalise(tok.text) in ("في", "الي", "الى") and normalise(nxt_words[k + 1].text) in _COFFER_WORDS:
                ref = definite_reference(sent, nxt_words[k + 1].end, text, state)
                break
            if normalise(tok.text)[:1] == "ل" and normalise(tok.text)[1:] in _COFFER_WORDS:
                ref = definite_reference(sent, tok.end, text, state)  # "… 20 ألف دينار لصندوق الجمعية"
                break
    if ref is None and amount is not None:
        # "ساهم بـ500 ألف درهم في تمويل حملة الحزب": the back-reference after the campaign words
        for tok in sent.tokens_between(anchor, min(sent.end, anchor + 40))[:4]:
            if normalise(tok.text) not in _CAMPAIGN_WORDS:
                ref = definite_reference(sent, tok.start, text, state)
                break
    if ref is None and normalise(trig.phrase).split()[-1] in _COST_NOUNS:
        # "تكفّل بنفقات الماكينة الانتخابية للائحة": whose costs, named after what they paid for
        for tok in sent.tokens_between(pos, min(sent.end, pos + 50))[:4]:
            ref = definite_reference(sent, tok.start, text, state)
            if ref is not None:
                break
    if ref is None and trig.kind == "noun":
        # "الممول الرئيسي للحزب": the back-reference after the noun's adjectives
        for tok in sent.tokens_between(pos, min(sent.end, pos + 40))[:2]:
            if not normalise(tok.text).startswith("ال"):
                break
            ref = definite_reference(sent, tok.end, text, state)
            if ref is not None:
                break
    return [ref] if ref is not None else []


_CAMPAIGN_WORDS = frozenset(normalise(w) for w in "في تمويل لتمويل حملة لحملة الحملة الانتخابية نفقات".split())
_COST_NOUNS = frozenset(normalise(w) for w in "بنفقات بتكاليف بمصاريف".split())


_FUNDED_HEADS = frozenset(normalise(w) for w in "قائمة لائحة حزب حملة".split())


def _not_political_purpose(sent: Sentence, trig: Trigger, amount: Any, text: str) -> bool:
    """Money given for a lawsuit, treatment, relief or a building is not political money:
    "جمعت … نحو 200 ألف دولار لتمويل تكاليف دعوى", "لبناء محطة لتحلية المياه", "بعد علاجه"."""
    # (not the giver's description before a comma: "وكانت فلانة، رئيسة مجلس إدارة مستشفى X، قد تبرعت …")
    start = max(sent.start, trig.start - 60, text.rfind("،", sent.start, trig.start) + 1)
    end = min(sent.end, (amount.end if amount is not None else trig.end) + 60)
    seq = gap_text(text, start, end).split()
    # (the costs of a campaign are political: "لتغطية تكاليف الحملة الانتخابية للمرشح X")
    words = {w for k, w in enumerate(seq) if not (w in _COSTS and set(seq[k + 1 : k + 3]) & _CAMPAIGN_HEADS_ANY)}
    return bool(words & word_set("donations", "not_political_purpose"))


_COSTS = frozenset(normalise(w) for w in "تكاليف نفقات".split())
_CAMPAIGN_HEADS_ANY = frozenset(normalise(w) for w in "الحملة حملة حملته حملتها الانتخابية الانتخابي الانتخابات".split())


def _legislature(m: DocMention) -> bool:
    """A house of a legislature by its name's head (مجلس الشيوخ، البرلمان التونسي; not a committee named
    after one: اللجنة الوطنية لمجلس الشيوخ الجمهوري)."""
    words = normalise(m.text).split()
    houses = word_set("donations", "legislatures")
    return bool(words) and (words[0] in houses or (words[0] in ("مجلس", "المجلس") and words[1:2] != [] and words[1] in houses))


def _non_political(m: DocMention) -> bool:
    words = set(normalise(m.text).replace("ـ", "").split())
    return bool(words & word_set("donations", "not_political_recipient"))


def _committee_of(sent: Sentence, rec: DocMention, text: str, state: ArticleState) -> DocMention:
    """ "للجنة ترامب" (Trump's committee): the one committee named earlier as backing that person.

    Without exactly one such backer the person stays the recipient (a campaign is its candidate).
    """
    if rec.label != "PERSON":
        return rec
    before = sent.previous_words(rec, text, 1)
    if not before or before[-1] not in word_set("donations", "committee_words"):
        return rec
    backers = {
        f.args["subject"]
        for f in state.facts
        if f.type == "support" and f.args.get("stance") == "for" and f.args.get("object") == rec.entity
    }
    orgs = [m for m in state.doc.mentions if m.entity in backers and m.label == "ORG"]
    if len({m.entity for m in orgs}) != 1:
        return rec
    return orgs[0]


_THAT_HE = frozenset(("انه", "انها", "بانه", "بانها", "وانه", "وانها"))
_CLAUSE_BREAKS = frozenset(normalise(w) for w in "الذي التي الذين بينما لكن لكنه لكنها حيث بعد قبل".split())


def _trigger_word(sent: Sentence, trig: Trigger) -> str:
    """The whole word the trigger starts in, as written ("وتعهد" for the trigger تعهد)."""
    return next((t.text for t in sent.inside if t.start <= trig.start < t.end), "")


def _said_own_coordinated(sent: Sentence, trig: Trigger, text: str) -> bool:
    """ "قال فلان إنه دعم ترشح علان … ومول حملته": a verb joined by و to a clause whose subject is the
    pronoun after إنه has that pronoun's subject too, not the name just before it (the other verb's object)."""
    word = normalise(_trigger_word(sent, trig))
    if trig.kind != "verb" or not word.startswith("و") or word[1:] != normalise(trig.phrase.split()[0]):
        return False
    words = gap_text(text, sent.start, trig.start).split()
    last = max((k for k, w in enumerate(words) if w in _THAT_HE), default=None)
    if last is None or len(words) - last > 14:
        return False
    # (not past a clause of its own: "إنه علم أن رجل الأعمال فلان زار … وتبرع")
    if any(w in _CLAUSE_BREAKS or w in ("ان", "بان", "انه", "انها") for w in words[last + 1 :]):
        return False
    # the verb's gender is the pronoun's ("إنه … ومول", not "إنه … وقدمت")
    feminine_verb = word.endswith("ت") and not word.endswith("ات")
    return feminine_verb == words[last].endswith("ها")


_THE_LATTER = frozenset(normalise(w) for w in "الأخير الأخيرة والأخير والأخيرة".split())


_TO_GIVE = frozenset(("ليقدم", "لتقدم"))
_GIVING_VERBS_REL = frozenset(normalise(w) for w in "قدم قدمت ساهم ساهمت دفع دفعت تبرع تبرعت منح منحت ضخ ضخت".split())
_TOPPED = frozenset(("تصدر", "تصدرت"))
_DONE_BEFORE = frozenset(normalise(w) for w in "سبق وسبق كما سبق".split())


def _relative_head(sent: Sentence, pos: int, text: str) -> DocMention | None:
    """ "فلان، الذي سبق أن موّل …", "شركة X التي كانت قد مولت …": the name the relative clause is about."""
    head = relative_head(sent, pos, text, skip=_BEFORE_ITS_VERB, comma=True)
    return head if head is not None and head.label in DONOR_TYPES else None


_BEFORE_ITS_VERB = frozenset(normalise(w) for w in "سبق ان أن قد كان كانت".split())


def _done_before_by(sent: Sentence, trig: Trigger, text: str, rec_ids: set[str]) -> DocMention | None:
    """ "وسبق لباكستر أن قدّم مليون دولار …": the one after سبق لـ, then أن, gives."""
    lead = gap_text(text, max(sent.start, trig.start - 60), trig.start).split()
    if not lead or lead[-1] not in ("ان", "أن"):
        return None
    for m in reversed([m for m in sent.mentions if m.end <= trig.start]):
        before = sent.previous_words(m, text, 1)
        if attached_prefix(sent, m, text) in ("ل", "لـ") and before and before[-1] in _DONE_BEFORE:
            if gap_text(text, m.end, trig.start).split() in (["ان"], ["أن"]) and m.entity not in rec_ids:
                return m
        return None
    return None
_THE_MAN = frozenset(normalise(w) for w in "الرجل المرأة السيدة الملياردير الثري".split())
_THE_WOMAN = frozenset(normalise(w) for w in "المرأة السيدة".split())


def _the_man_who(
    sent: Sentence, trig: Trigger, text: str, state: ArticleState, rec_ids: set[str]
) -> DocMention | None:
    """ "…؛ فالرجل الذي منح اللجنة X خمسمائة ألف دولار": the person named last before "the man who"."""
    lead = gap_text(text, max(sent.start, trig.start - 30), trig.start).split()[-2:]
    if len(lead) != 2 or lead[1] not in ("الذي", "التي") or lead[0].removeprefix("ف").removeprefix("و") not in _THE_MAN:
        return None
    # "والرجل الذي منح حزب X مليون جنيه هو فلان": the one named after هو
    named = next(
        (m for m in sent.mentions if m.start > trig.end and m.label == "PERSON"
         and sent.previous_words(m, text, 1) in (["هو"], ["هي"]) and m.entity not in rec_ids),
        None,
    )
    if named is not None:
        return named
    if not lead[0].startswith("ف"):
        return None  # (only "…؛ فالرجل الذي منح …": the one just spoken of; "فيما لا يزال الرجل الذي …" is unknown)
    want = "f" if lead[0].removeprefix("ف").removeprefix("و") in _THE_WOMAN else "m"
    at = text.rfind(" ", 0, max(sent.start, trig.start - 1))
    at = text.rfind(" ", 0, at)  # (before the noun and the relative pronoun)
    # the person named last before it in this sentence (its opening clause), of that gender
    people = [
        m for m in sent.mentions
        if m.end <= at and m.label == "PERSON" and m.entity not in rec_ids and person_gender(state, m.entity) in (None, want)
    ]
    return people[-1] if people else None


def _the_latter_before(
    sent: Sentence, trig: Trigger, text: str, state: ArticleState, rec_ids: set[str]
) -> DocMention | None:
    """ "إن الأخير يدرس تمويل …", "وكان الأخير قد تبرع …": the giver is the person named last before it."""
    lead = gap_text(text, max(sent.start, trig.start - 40), trig.start).split()[-3:]
    if lead[-1:] == ["قد"]:
        lead = lead[:-1]
    # (الأخير as the clause's subject, after إن / أن / و / كان or opening the sentence; not an adjective:
    # "وفي الفترة الأخيرة قدم …")
    if not lead or lead[-1] not in _THE_LATTER:
        return None
    opener = lead[-2] if len(lead) >= 2 else ""
    if len(lead) >= 2 and opener not in ("ان", "بان", "لان", "كان", "وكان", "فان") and not lead[-1].startswith("و"):
        return None
    want = "f" if lead[-1].endswith("ه") else "m"
    at = text.rfind(" ", 0, max(sent.start, trig.start - 1))
    # the last one named before, of any kind: a body or a place is no person to give ("قيادة حزب X، مؤكدا
    # أن الأخير قدم …")
    named = [m for m in state.doc.mentions if m.end <= at and m.start >= sent.start - 400 and m.entity not in rec_ids]
    if not named or named[-1].label != "PERSON" or person_gender(state, named[-1].entity) not in (None, want):
        return None
    return named[-1]


_FUNDING_HIS_CAMPAIGN = frozenset(("تمويل حملته", "تمويل حملتها"))
_BACKING_HIS = frozenset(normalise(w) for w in "دعمه دعمها بدعمه بدعمها تأييده تأييدها بتأييده بتأييدها مساندته مساندتها".split())


def _backer_of_joined_masdar(sent: Sentence, trig: Trigger, text: str, state: ArticleState) -> DocMention | None:
    """ "أعلن فلان دعمه لترشح علان وتمويل حملته": a verbal noun joined by و to "دعمه" (his backing) in the
    same clause has the same agent, the one named before دعمه, not the one backed (named between)."""
    word = normalise(_trigger_word(sent, trig))
    if not word.startswith("و") or word[1:] != normalise(trig.phrase.split()[0]):
        return None
    toks = [t for t in sent.inside if t.end <= trig.start][-12:]
    backing = [t for t in toks if normalise(t.text) in _BACKING_HIS]
    if not backing:
        return None
    between = gap_text(text, backing[-1].end, trig.start).split()
    if any(w in _CLAUSE_BREAKS or w.startswith("و") and len(w) > 3 and w != word for w in between[:-1]) or "،" in text[backing[-1].end : trig.start]:
        return None
    return subject_before(sent, backing[-1].start, text, ("PERSON", "ORG"), max_words=8, state=state)


_PUMPED = frozenset(("ضخ", "ضخت", "ضخوا", "سيضخ", "ستضخ"))
_TIME_OPENERS = frozenset(normalise(w) for w in "بعدما وبعدما بعد وبعد عندما وعندما حين وحين منذ ومنذ رغم ورغم".split())
_CONTENT_OR_RELATIVE = frozenset(normalise(w) for w in "أن إن بأن أنه إنه أنها إنها الذي التي الذين بينما فيما".split())


def _topic_of_joined_verb(
    sent: Sentence, trig: Trigger, text: str, state: ArticleState | None = None
) -> DocMention | None:
    """ "أعلنت فلانة تأييدها للمرشح علان، ووعدت بالمساهمة بمئات الآلاف …": a verb joined by و after a
    comma to the sentence's opening clause has that clause's subject (named right after its verb), not
    the one named last before it."""
    word = normalise(_trigger_word(sent, trig))
    first = normalise(trig.phrase.split()[0])
    verb_end = trig.start + len(trig.phrase.split(" … ")[0]) if " … " in trig.phrase else trig.end
    own = next((m for m in sent.mentions if m.start >= verb_end), None)
    if own is not None and own.label in ("PERSON", "ORG") and all(
        w in _GIVER_KINDS for w in gap_text(text, verb_end, own.start).split()
    ) and not gap_text(text, verb_end, own.start).startswith(("ب", "ل")):
        return None  # "…، ووعدت شركة X بتقديم …": the verb names its own subject
    lead_text = text[sent.start : trig.start].rstrip()
    # "…: فقد منح اللجنة X …" (a colon, then the verb after فقد / لقد) goes on with the opening clause too
    after_colon = re.search(r"[:：]\s*(?:[وف]?قد|لقد)?\s*[وف]?$", lead_text) is not None
    if trig.kind != "verb" or not (after_colon or (word.startswith("و") and len(word) >= 4 and word in (first, "و" + first))):
        return None
    if not after_colon and not lead_text.rstrip("وف").rstrip().endswith(("،", ",")):
        return None
    topic = sentence_topic(sent, text, ("PERSON", "ORG"))
    if topic is None:
        # "بعدما أمضى سنوات يموّل …، أعلن رجل الأعمال فلان دعمه …، وأرسل …": the main clause after the
        # opening time clause
        seg = text[sent.start : trig.start]
        first_word = gap_text(text, sent.start, min(trig.start, sent.start + 12)).split()[:1]
        comma = seg.find("،")
        if first_word and first_word[0] in _TIME_OPENERS and comma > 0:
            main_start = sent.start + comma + 1
            topic = next((m for m in sent.mentions if m.start >= main_start and m.label in ("PERSON", "ORG")), None)
            if topic is not None and n_words(gap_text(text, main_start, topic.start)) > 4:
                topic = None
            if topic is not None:
                lead_words = gap_text(text, main_start, topic.start).split()
                if not all(w in _GIVER_KINDS or w.startswith("ال") for w in lead_words[1:]):
                    return None
                if set(gap_text(text, topic.end, trig.start).split()) & _CONTENT_OR_RELATIVE:
                    return None
                return topic
    lead = gap_text(text, sent.start, topic.start).split() if topic is not None else []
    # (the opening verb, then the subject past its kind and titles: "أعلن رجل الأعمال فلان")
    if topic is None or topic.end > trig.start or (
        len(lead) > 2 and not (len(lead) <= 5 and all(w in _GIVER_KINDS or w.startswith("ال") for w in lead[1:]))
    ):
        return None
    if set(gap_text(text, topic.end, trig.start).split()) & _CONTENT_OR_RELATIVE:
        # "أعلن فلان أن علان …، ووعد": the later clause may be علان's, unless the verb is a woman's and
        # so is the opening clause's subject, and no woman is named between
        feminine = word.endswith("ت") and not word.endswith("ات")
        between = [m for m in sent.mentions if topic.end <= m.start and m.end <= trig.start and m.label == "PERSON"]
        if not (
            feminine
            and state is not None
            and person_gender(state, topic.entity) == "f"
            and all(person_gender(state, m.entity) != "f" for m in between)
        ):
            return None
    return topic


def _pronoun_recipient(
    sent: Sentence, trig: Trigger, text: str, state: ArticleState
) -> tuple[DocMention, int] | None:
    """ "لحملتها" (her campaign): the last person mentioned before the trigger, not the donor."""
    pron = word_set("donations", "pronoun_recipients")
    seg_end = min(sent.end, trig.end + 120)
    own = [t for t in sent.tokens_between(trig.start, trig.end) if normalise(t.text) in pron]  # مول حملته
    # "حملة إعادة انتخابه", "حملة ترشحها": the campaign for his (re-)election is his campaign
    near = sent.tokens_between(max(sent.start, trig.start - 40), seg_end)
    elected = {
        id(t)
        for k, t in enumerate(near)
        if normalise(t.text) in _HIS_ELECTION
        and any(normalise(x.text).lstrip("وفبل").startswith(("حمله", "الحمله")) for x in near[max(0, k - 2) : k])
    }
    after = sent.tokens_between(trig.end, seg_end)
    # (its fund, past the giver's name and the amount: "ضخ رجل الأعمال … فلان نحو 400 ألف دولار في صندوقها")
    after = after[:10] + [t for t in after[10:24] if normalise(t.text) in _ITS_FUND]
    for tok in own[-1:] + [t for t in near if id(t) in elected and t.end <= trig.start] + after:
        if _grant_noun(tok.text):
            continue  # "منحة للطلاب": the noun "a grant", spelt منحه once normalised, is no "gave him"
        if normalise(tok.text) in ("اليه", "اليها") and (
            gap_text(text, trig.end, tok.start).split() or not tok.text.startswith("إ")
        ):
            continue  # (إليه right after the verb only: "حوّل إليه"; not "آلية", "أشار إليه التقرير")
        if normalise(tok.text) in pron or id(tok) in elected:
            # the referent is named earlier in the same paragraph
            para_start = text.rfind("\n", 0, sent.start) + 1
            # له/لها may stand for a body too ("حيث تقدم لها دعما ماليا"); a campaign is a person's
            labels = ("PERSON", "ORG") if normalise(tok.text) in ("له", "لها", "اليه", "اليها") else ("PERSON",)
            before = [
                m
                for m in state.doc.mentions
                if para_start <= m.start
                and m.end <= trig.start
                # (or a list, a party or a committee that runs a campaign: "دعمه للائحة «X»، متعهداً
                # بتمويل حملتها")
                and (m.label in labels or (m.label == "ORG" and _campaigning_body(text, m)))
                # (a body له/لها stands for runs for office or a campaign, not a firm or a union:
                # "رجل الأعمال فلان، مالك سلسلة متاجر X، إذ تبرع لها")
                and (m.label != "ORG" or _campaigning_body(text, m) or _political_kind(text, m))
                and (m.start, m.end) not in state.role_objects
                # (not a name inside someone's quoted words: «حان الوقت لأن يفسح توم المجال»)
                and not _quoted_here(text, para_start, m)
            ]
            inside = [m for m in sent.mentions if trig.start <= m.start and m.end <= trig.end and m.label == "PERSON"]
            # (the giver: named inside a governor's span, "تعهد فلان … بمليون", else the subject before)
            subject = inside[0] if inside else subject_before(sent, trig.start, text, ("PERSON",), max_words=14, state=state)
            giver_after = False  # (the verb names its own giver after it: no other subject stands for it)
            if tok in own and not inside:
                # "إذ منحته نقابة X مئة ألف جنيه": the giver right after the verb that carries the pronoun
                named_after = subject_after(sent, trig.end, text, DONOR_TYPES, max_words=3, state=state)
                giver_after = named_after is not None
                subject = named_after or subject
            elif not inside and normalise(tok.text) in ("له", "لها", "اليه", "اليها") and not gap_text(text, trig.end, tok.start).split():
                # "إذ تبرعت له لجنة X بـ 10 آلاف دولار": the giver right after له (a noun there is the
                # giver, named or not; not the one named before the verb)
                nxt_word = gap_text(text, tok.end, min(sent.end, tok.end + 20)).split()[:1]
                if nxt_word and not nxt_word[0].startswith("ب") and not nxt_word[0][:1].isdigit():
                    subject = subject_after(sent, tok.end, text, DONOR_TYPES, max_words=6, state=state)
                    giver_after = True
            if not giver_after and tok in own and not inside and _said_own_coordinated(sent, trig, text):
                said_by = sentence_topic(sent, text, ("PERSON",))
                subject = said_by if said_by is not None and said_by.end <= trig.start else subject
            elif not giver_after and tok in own and not inside:
                subject = _backer_of_joined_masdar(sent, trig, text, state) or subject
            if not inside and not giver_after:
                subject = _topic_of_joined_verb(sent, trig, text, state) or subject
            if tok in own and subject is not None and set(sent.previous_words(subject, text, 3)) & _CANDIDATES:
                return None  # "إن المرشح فلان مول حملته": his own campaign, his own money
            if trig.kind == "raise" and tok not in own and subject is not None and subject.start < trig.start:
                # "فلان … بسبب الاشتباه به في تلقي أموال من علان لتمويل حملته": the one who receives
                # the money is the campaign's owner, not someone named before him
                return subject, tok.start
            for m in reversed(before):
                if subject is None or m.entity != subject.entity:
                    speaker = gap_text(text, m.end, m.end + 6).split()[:1] in (["ان"], ["إن"])
                    want = "f" if normalise(tok.text).endswith("ها") else "m"
                    if m.label == "ORG" and _body_gender(text, m) not in (None, want):
                        continue  # "صندوقها" is a list's (لائحة), not a party's (حزب)
                    if m.label == "PERSON" and person_gender(state, m.entity) not in (None, want):
                        continue  # "لحملتها": not a man the article names as one ("المتحدث باسم الجبهة، فلان")
                    if normalise(tok.text) in _ITS_FUND and not (m.label == "ORG" and _campaigning_body(text, m)):
                        continue  # (an electoral fund is a list's or a party's, not a person's)
                    if tok in own and speaker and person_gender(state, m.entity) not in (None, want):
                        continue  # "قالت فلانة إن المرشح علان مول حملته": his, not hers
                    return m, tok.start
            return None
    return None


_CANDIDATES = frozenset(normalise(w) for w in "المرشح المرشحة مرشح مرشحة المترشح المترشحة".split())
_CAMPAIGNING_BODIES = frozenset(
    normalise(w) for w in "لائحة اللائحة قائمة القائمة حزب الحزب حركة الحركة ائتلاف الائتلاف تحالف التحالف تيار التيار".split()
)


def _body_gender(text: str, m: DocMention) -> str | None:
    """The grammatical gender of a body by its head noun or the noun right before its quoted name:
    لائحة، قائمة، حركة are feminine, حزب، تيار، ائتلاف، تحالف masculine."""
    words = normalise(text[max(0, m.start - 12) : m.start]).replace("«", " ").replace('"', " ").split()[-1:]
    words += normalise(m.text).split()[:1]
    for w in reversed(words):
        w = w.removeprefix("و")
        for form in (w, w.removeprefix("ب"), w.removeprefix("ل"), "ال" + w[2:] if w.startswith("لل") else w):
            if form in _CAMPAIGNING_BODIES:
                return "f" if form.endswith("ه") else "m"
    return None


def _grant_noun(word: str) -> bool:
    """منحة ("a grant"), as written with its ة (and any tanween), not منحه ("gave him")."""
    bare = re.sub(r"[\u064b-\u0652\u0640]", "", word).rstrip("،,.:؛")
    return bare.endswith("ة") and normalise(bare).lstrip("وفبل").startswith("منح")


def _quoted_here(text: str, start: int, m: DocMention) -> bool:
    """``m`` lies inside someone's words quoted after ``start`` (« … », “ … ”, or after an odd number of
    "), not a name quoted alone («نبض بيروت»)."""
    seg = text[start : m.start]
    if text[m.start - 1 : m.start] in ("«", "“", '"') and text[m.end : m.end + 1] in ("»", "”", '"'):
        return False
    return seg.count("«") > seg.count("»") or seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def _campaigning_body(text: str, m: DocMention) -> bool:
    """A list, a party, a movement or an alliance: its head noun, or the noun right before its quoted name
    ("للائحة «X»"), with its particles cut."""
    return _body_gender(text, m) is not None


_HIS_ELECTION = frozenset(normalise(w) for w in "انتخابه انتخابها ترشحه ترشحها ترشيحه ترشيحها".split())
_HIS = frozenset(normalise(w) for w in "حصوله تلقيه تسلمه قبوله".split())  # (normalised: ه)
_HERS = frozenset(normalise(w) for w in "حصولها تلقيها تسلمها قبولها".split())


def _by_pronoun_gender(
    sent: Sentence, trig: Trigger, recipients: list[DocMention], state: ArticleState
) -> list[DocMention]:
    """ "ووجهت فلانة انتقادات للرئيس علان، منددة بحصوله على أموال من X": حصوله is his, not hers. A
    recipient whose known gender disagrees with the trigger's pronoun gives way to the last person
    before the trigger who does not disagree."""
    word = normalise(trig.phrase).split()[0].lstrip("وفب")
    want = "m" if word in _HIS else "f" if word in _HERS else None
    if want is None:
        return recipients
    clash = [r for r in recipients if r.label == "PERSON" and person_gender(state, r.entity) not in (None, want)]
    if not clash:
        return recipients
    before = [
        m
        for m in sent.mentions
        if m.end <= trig.start and m.label == "PERSON" and person_gender(state, m.entity) in (None, want)
    ]
    return before[-1:]


_THE_EVENT = frozenset(normalise(w) for w in "الأمسية العشاء الحفل المأدبة السهرة الفعالية".split())


def _inherited_recipients(sent: Sentence, state: ArticleState) -> list[DocMention]:
    last = getattr(state, "last_donation", None)
    if not last or sent.index - last[0] > INHERIT_WITHIN:
        # (or the one a fundraiser just before was for, in a sentence about the event: "نُظّم لجمع التبرعات
        # لحملته. … إن الأمسية جمعت …، وإنه ساهم بـ 5 آلاف منها")
        words = {w.strip(".,،؛:!؟?") for w in sent.norm.split()}
        if not (words & _THE_EVENT and words & {"منها", "منه"}):
            return []  # (a share of the event's total only, the event named with its article)
        events = [ev for ev in state.events if 0 < sent.index - ev["sentence"] <= INHERIT_WITHIN]
        bens = {b.entity for ev in events[-1:] for b, _ in ev["beneficiaries"]}
        if len(bens) != 1:
            return []
        last = (sent.index, sorted(bens))
    out = []
    for eid in last[1]:
        ms = [m for m in state.doc.mentions if m.entity == eid]
        if ms:
            out.append(ms[0])
    return out


_SOME = frozenset(
    normalise(w)
    for w in "بعض بعضهم عدد كثير كثيرون معظم معظمهم أغلب أغلبهم اثنان اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة".split()
)


_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def _unnamed_subject(sent: Sentence, trig: Trigger, text: str) -> bool:
    """The giver is named by neither a name nor a pronoun: "تبرع تسعة منهم بأموال للحزب" (some of
    them), "أكد فلان أن الزعيم الليبي مول حملة X" (a description after أن, not the speaker)."""
    if trig.kind != "verb":
        return False
    after = gap_text(text, trig.end, min(sent.end, trig.end + 30)).split()[:2]
    if after and after[0] in _SOME and (len(after) == 1 or after[1] in ("منهم", "من", "منهن")):
        return True
    before = gap_text(text, max(sent.start, trig.start - 40), trig.start).split()[-3:]
    if before and before[-1] in ("من", "او", "ومن"):
        return True  # "من يساعدون أو يقدمون دعما ماليا لـ X": whoever does, no one named
    toks = sent.tokens_between(sent.start, trig.start)[-7:]
    words = [normalise(t.text) for t in toks]
    while words and words[-1] == "قد":
        words, toks = words[:-1], toks[:-1]
    if len(toks) >= 2 and words[-1] in _RELATIVES:
        # "الأشخاص والدول التي قد تقدم دعما ماليا لـ X": no name is the relative's head, nor stands
        # in apposition just before it ("فلان، المحامي الذي تبرع")
        near = toks[-5:-1]
        return not any(m.start < t.end and t.start < m.end for m in sent.mentions for t in near)
    for k, w in enumerate(before):
        if w in ("ان", "بان", "وان") and before[k + 1 :] and all(x.startswith("ال") for x in before[k + 1 :]):
            # unless the definite words are a name ("أن الحزب الجمهوري تبرع")
            return subject_before(sent, trig.start, text, DONOR_TYPES, max_words=0) is None
    return False


def _agent_after(sent: Sentence, trig: Trigger, text: str, recipients: list[DocMention]) -> DocMention | None:
    """ "تمويل حملة X من قبل Y": the agent named after من قبل, right after the recipient."""
    if not recipients:
        return None
    pos = max(r.end for r in recipients)
    return _named_after_marker(sent, pos, text, recipients, lambda words: "من قبل" in " ".join(words[:4]))


def _named_after_marker(
    sent: Sentence, pos: int, text: str, recipients: list[DocMention], marker: Callable[[list[str]], bool]
) -> DocMention | None:
    """The first giver-type mention after ``pos`` (not a recipient), when the few words before it
    hold the ``marker`` (من، من قبل) and no punctuation."""
    rec_ids = {r.entity for r in recipients}
    after = [m for m in sent.mentions if m.start >= pos and m.label in DONOR_TYPES and m.entity not in rec_ids]
    for k, m in enumerate(after):
        words = gap_text(text, pos, m.start).split()
        if marker(words) and len(words) <= 6 and not any(c in text[pos : m.start] for c in "،,.:"):
            nxt = after[k + 1] if k + 1 < len(after) else None
            if (
                m.label == "GPE"
                and words[-1:] == ["في"]
                and nxt is not None
                and nxt.label == "PERSON"
                and n_words(gap_text(text, m.end, nxt.start)) == 0
            ):
                return nxt  # "من قبل قطب العقارات في دالاس فلان": the place describes the giver named after it
            return m
        return None
    return None


_DENOMINATION = frozenset(normalise(w) for w in "فئة فئات فئتي فئتين".split())
_GRANT = frozenset({"منح", "منحت", "منحا", "منحوا", "منحه", "منحته", "منحها", "منحتها"})
_HAND_OVER = frozenset({"سلم", "سلمت"})
_OFFERED = frozenset(
    {"قدم", "قدمت", "قدموا", "قدما", "رصدت", "سيقدم", "ستقدم", "ليقدم", "لتقدم", "تبرعه", "تبرعها", "أرسل", "أرسلت", "أودع", "أودعت", "ساهم", "ساهمت", "حول", "حولت", "حولوا", "تحويل", "بتحويل"}
    | {"دفع", "دفعت", "دفعا", "دفعوا", "خصص", "خصصت", "سيخصص", "ستخصص"}
)
_PAID = frozenset({"دفع", "دفعت", "دفعا", "دفعوا", "خصص", "خصصت", "سيخصص", "ستخصص"})


def _words_past_apposition(text: str, a: int, b: int) -> int:
    """Words between ``a`` and ``b``, a described subject set off by commas counted as nothing: "حصدت
    حملة فلان، المرشح عن الدائرة الثالثة في الكونغرس، ما بين 3 و4 ملايين": 2 (حملة فلان); the subject may be a body named by its kind and adjectives (6 words)."""
    gap = text[a:b]
    parts = re.split(r"[،,]", gap)
    if len(parts) == 3 and n_words(parts[0]) <= 6 and n_words(parts[-1]) <= 2:
        return n_words(parts[0]) + n_words(parts[-1])
    return n_words(gap_text(text, a, b))


_STATE_HEADS = frozenset(normalise(w) for w in "وزارة حكومة بلدية رئاسة مجلس".split())
_STATE_TITLES = frozenset(normalise(w) for w in "وزير وزيرة الوزير الوزيرة بلدية محافظ المحافظ".split())


def _state_giver(sent: Sentence, m: DocMention, text: str) -> bool:
    if m.label == "GPE":
        return True
    if m.label == "ORG":
        return normalise(m.text).split()[0].removeprefix("ال") in _STATE_HEADS
    return bool(set(sent.previous_words(m, text, 3)) & _STATE_TITLES)


_GIFT_WORDS = frozenset(normalise(w) for w in "تبرعات تبرعا التبرعات تبرع".split())


_TOTALLING = frozenset(normalise(w) for w in "بلغت بلغ تبلغ يبلغ ناهزت ناهز تناهز تجاوزت تجاوز تتجاوز يتجاوز فاقت تفوق بقيمة قيمتها قدرها تقدر".split())
_GIFT_NOUNS = frozenset(normalise(w) for w in "هبات الهبات تبرعات التبرعات مساهمات المساهمات".split())


def _gifts_totalling(text: str, trig: Trigger, amount: Any) -> bool:
    """ "تلقى خلال الحملة الانتخابية لاقتراع 8 شتنبر هبات من أعضائه بلغت نحو 4,2 ملايين درهم": gifts
    received, then a verb or noun that gives their total right before the amount."""
    if amount is None or amount.start <= trig.end:
        return False
    words = gap_text(text, trig.end, amount.start).split()
    # (the total's verb may open the amount itself: "تبرعات مسجلة تتجاوز 9 ملايين جنيه")
    totalled = bool(set(words[-2:]) & _TOTALLING) or bool(set(words[-3:]) & _GIFT_NOUNS)
    return bool(set(words) & _GIFT_NOUNS) and totalled and len(words) <= 20


def _gifts_after(sent: Sentence, trig: Trigger, text: str) -> bool:
    """The receipt's object is gifts (تبرعات), right after the verb and its subject."""
    words = [
        normalise(t.text)
        for t in sent.tokens_between(trig.end, min(sent.end, trig.end + 80))
        if not any(m.start <= t.start < m.end for m in sent.mentions) and t.text not in _QUOTE_TOKENS
    ][:3]
    return bool(set(words) & _GIFT_WORDS)


_QUOTE_TOKENS = frozenset('«»"“”')


_DUAL_GAVE = frozenset({"قدما"})
_ITS_FUND = frozenset(normalise(w) for w in "صندوقها لصندوقها صندوقه لصندوقه".split())
_AMOUNT_FILLERS = frozenset(
    normalise(w)
    for w in "مبلغ مبلغا يتراوح تتراوح قدره قيمته بقيمة تبرعا شيكا شيك شيكات ما مجموعه معا معاً بمفرده بمفردها وحده وحدها شخصيا بصفة بصفته شخصية الشخصية".split()
)


def _fillers(text: str, a: int, b: int) -> int:
    """Words that only announce the amount ("رصد مبلغ يتراوح بين …"): they do not part a verb from it."""
    # (with the ب of the amount's object: "ساهم بمفرده بمبلغ 800 ألف درهم")
    return sum(
        1 for w in gap_text(text, a, b).split() if w in _AMOUNT_FILLERS or w == "ب" or (w[:1] == "ب" and w[1:] in _AMOUNT_FILLERS)
    )


def _words_but_names(sent: Sentence, a: int, b: int, text: str) -> int:
    """How many words stand between ``a`` and ``b`` outside the names there ("قدم فلان خمسة ملايين": 0);
    a title before the name counts for nothing ("قدم رجل الأعمال اللبناني البريطاني فلان …")."""
    inside = [m for m in sent.mentions if a <= m.start and m.end <= b]
    if not inside:
        return n_words(gap_text(text, a, b))
    # the subject: one name (its title before it), then the amount
    before = n_words(gap_text(text, a, inside[0].start))
    # (several givers joined by و count as one subject: "قدم كل من فلان وزوجته فلانة مليون دولار")
    last = 0
    while last + 1 < len(inside) and all(
        w == "و" or (w[:1] == "و" and w[1:] in _KIN) for w in gap_text(text, inside[last].end, inside[last + 1].start).split()
    ):
        last += 1
    # (the amount's attached ب left out: "…، الشقيقان فلان وعلان، بعشرة ملايين")
    tail = text[inside[last].end : b].strip().removesuffix("بـ").removesuffix("ب").rstrip()
    # (its description set off by commas counts for nothing: "قدم فلان، رئيس مجلس إدارة مجموعة X، …")
    rest = 0 if tail[:1] in "،," and tail[-1:] in "،," else n_words(gap_text(text, inside[last].end, b))
    if rest and last + 1 < len(inside) and inside[last + 1].end <= b:
        # "وحوّلت سيدة الأعمال فلانة إلى حزب X مليوني جنيه": the one given to between the giver and the sum
        to = gap_text(text, inside[last].end, inside[last + 1].start).split()
        if (to in (["الي"], ["الى"]) or (not to and attached_prefix(sent, inside[last + 1], text).endswith("ل"))) and not gap_text(
            text, inside[last + 1].end, b
        ).split():
            rest = 0
    if rest and tail[:1] in "،,":
        # (and the one given to after it: "وقدّم فلان، المولود في البصرة …، للحزب 1.5 مليون")
        closing = max(tail.rfind("،"), tail.rfind(","))
        after = normalise(tail[closing + 1 :]).split()
        if closing > 0 and 1 <= len(after) <= 2 and (after[0][:1] == "ل" or after[0] in ("الي", "الى")):
            rest = 0
    return rest + (0 if before <= 5 else before)




_NOT_GIFT_AFTER = frozenset(
    normalise(w)
    for w in "قرضا قرض قروض قروضا رشوة كرشوة رشاوى دعما موازنة ميزانية مساعدات كمساعدات استثمارات ثمنا مقابل كفالة".split()
)
_MONEY_WORDS = frozenset(
    normalise(w)
    for w in "مال المال مالا أموال الأموال أموالا تبرع تبرعا تبرعات مبلغ مبلغا تمويل تمويلا".split()
)


_FINANCIAL = frozenset(normalise(w) for w in "ماليا مالية المالي المالية".split())


def _money_word_after(sent: Sentence, trig: Trigger, text: str) -> bool:
    """A word for money among the first eight after the trigger, names skipped ("تلقي حركة X وحركة Y
    دعما ماليا من …"); دعما/مساعدات count when ماليا follows."""
    words = [
        normalise(t.text)
        for t in sent.tokens_between(trig.end, min(sent.end, trig.end + 160))
        if not any(m.start <= t.start < m.end for m in sent.mentions)
    ][:8]
    return any(w in _MONEY_WORDS or w in _FINANCIAL for w in words)


def _campaign_owner_before(sent: Sentence, trig: Trigger, text: str) -> list[DocMention]:
    """ "فلان … بأن حملته الانتخابية حصلت على تمويل": the campaign's owner is the person named before."""
    words = gap_text(text, max(sent.start, trig.start - 30), trig.start).split()[-3:]
    if not set(words) & word_set("donations", "pronoun_recipients"):
        return []
    persons = [m for m in sent.mentions if m.end <= trig.start and m.label == "PERSON"]
    return persons[-1:]


_CAMPAIGN_MARKS = frozenset(normalise(w) for w in "لحملة حملة للحملة لحملته لحملتها للائحة لائحة للجنة لجنة لصالح".split())


def _add_gift(
    out: list[Fact], seen: set, sent: Sentence, donor: str, recipient: str, amount: Amount | None, status: str, reason: str
) -> None:
    """Add a gift from a later pattern unless an earlier one found the pair, or giver and recipient are
    one; mark the pair as found."""
    if (donor, recipient) in seen or donor == recipient:
        return
    seen.add((donor, recipient))
    out.append(_gift(sent, donor, recipient, amount, status, reason))


def _gift(sent: Sentence, donor: str | None, recipient: str, amount: Amount | None, status: str, reason: str) -> Fact:
    return Fact(
        "donation",
        {"donor": donor, "recipient": recipient, "amount": amount, "status": status},
        sent.evidence(),
        reason=reason,
    )


def _political_body(sent: Sentence, m: DocMention, text: str) -> bool:
    """A party, list, movement or campaign by its name or the word before it (لحزب X، للائحة «X»،
    لحملة فلان): money paid to it may be a gift; paid to anyone else it is a payment."""
    def heads(w: str) -> set[str]:
        # حزب، لحزب، للحزب (ل + الحزب)، الحزب; not اللجنة of any kind ("اللجنة الأولمبية")
        out = {w, w[1:] if w.startswith("ل") and not w.startswith("ال") else w}
        if w.startswith("لل"):
            out.add(w[2:])
        if w.startswith("ال") and w[2:] != "لجنه":
            out.add(w[2:])
        return out

    # (a committee of any kind is not: "دفعت فلانة 200 ألف دينار لـ«اللجنة الأولمبية»")
    if m.label == "ORG" and head_forms(m.text.split()[0]) & (_MOVEMENTS - {normalise("لجنة")}):
        return True
    before = sent.previous_words(m, text, 2)
    return bool(before) and (before[-1] in _CAMPAIGN_MARKS or bool(heads(before[-1]) & (_MOVEMENTS | {"لائحه", "تحالف"})))


_OFFICE_WORDS = frozenset(
    normalise(w)
    for w in (
        "المرشح المرشحة مرشح مرشحة النائب النائبة نائب نائبة السيناتور السناتور الحاكم حاكم الرئيس رئيس الرئيسة "
        "الوزير وزير الوزيرة زعيم زعيمة عضو عضوة حملة لحملة حملته حملتها المترشح المترشحة عمدة العمدة رئيسة "
        "تنصيب انتخاب"
    ).split()
)


_TARGET_VERBS = frozenset(
    normalise(w)
    for w in (
        "تسعى يسعى تهدف يهدف تأمل يأمل تطمح يطمح تخطط يخطط فشل فشلت يحاول تحاول محاولة يريد تريد"
        # a forecast ("متوقعاً أن تتجاوز حصيلة الربع المقبل مليوني دولار")
        " متوقعا متوقعة يتوقع تتوقع توقع توقعت"
    ).split()
)


def _target_or_none(sent: Sentence, trig: Trigger, text: str) -> bool:
    """A sum to be collected is a target ("تسعى لجمع 500 مليار"), and "تلقي الحركة أي تمويل" (any
    funding) is said only to deny it."""
    word_start = max(sent.start, text.rfind(" ", sent.start, trig.start) + 1)
    prefix = normalise(text[word_start : trig.start])
    clause = re.split(r"[،,.؛:]", text[max(sent.start, word_start - 40) : word_start])[-1]
    before = normalise(clause).split()[-4:]
    if prefix.endswith("ل") or set(before) & _TARGET_VERBS:
        return True  # "تسعى لجمع"، "فشل الحزب في الحصول على تمويل"، "يسعى إلى الحصول على"
    after = [
        normalise(t.text)
        for t in sent.tokens_between(trig.end, min(sent.end, trig.end + 80))
        if not any(m.start <= t.start < m.end for m in sent.mentions)
    ][:3]
    return "اي" in after






def _political_person(state: ArticleState, entity: str) -> bool:
    """The article names the person with an office or a campaign: a title or حملة right before one of
    their mentions (up to three words back), or a role fact."""
    text = state.text
    for m in state.doc.mentions:
        if m.entity != entity:
            continue
        before = [head_forms(w) for w in text[max(0, m.start - 40) : m.start].split()[-3:]]
        if any(f & _OFFICE_WORDS or {"ال" + w for w in f} & _OFFICE_WORDS for f in before):
            return True
        # a title that goes on ("المترشح الحر للانتخابات الرئاسية الجزائرية فلان", "حاكم ولاية لاغوس
        # السابق فلان"): definite words, a place's name and the words of a place after the office word
        words = [normalise(w) for w in text[max(0, m.start - 80) : m.start].split()[-6:]]
        k = max(
            (
                i
                for i, w in enumerate(words)
                # ("للمرشح عن دائرة X فلان": the title with its particle; the last office word: "تنصيب حاكم
                # ولاية X المنتخب فلان")
                if conj_in(w, _OFFICE_WORDS) or head_forms(w) & _OFFICE_WORDS or {"ال" + f for f in head_forms(w)} & _OFFICE_WORDS
            ),
            default=None,
        )
        if k is None:
            continue
        places = {
            normalise(w) for p in state.doc.mentions if p.label in ("GPE", "LOC") and p.end <= m.start for w in p.text.split()
        }
        # (a district's name however the recogniser typed it: "المرشح عن دائرة بنغازي فلان")
        places |= {
            normalise(w)
            for p in state.doc.mentions
            if m.start - 40 <= p.start and p.end <= m.start and normalise(text[max(0, p.start - 8) : p.start]).split()[-1:] in (["دائره"], ["ولايه"], ["محافظه"])
            for w in p.text.split()
        }
        # (and the party he sits for: "عضو الكنيست عن حزب الليكود فلان")
        parties = {
            normalise(w)
            for p in state.doc.mentions
            if p.label == "ORG" and m.start - 60 <= p.start and p.end <= m.start and political_org(state, p.entity)
            for w in p.text.split()
        }
        if all(w.startswith(("ال", "لل")) or w in places or w in PLACE_KIND_WORDS or w in parties or w == "عن" for w in words[k + 1 :]):
            return True
    return any(f.type == "role" and f.args.get("subject") == entity for f in state.facts)


def _beneficiary_before(sent: Sentence, trig: Trigger, text: str) -> list[DocMention]:
    """ "حفل عشاء لجمع التبرعات لصالح لائحة X، جمع خلاله المنظمون …": what the event was for."""
    for m in reversed([m for m in sent.mentions if m.end <= trig.start and m.label in RECIPIENT_TYPES]):
        before = sent.previous_words(m, text, 2)
        if "لصالح" in before or (before and before[-1] in ("لصالح",)):
            return [m]
    return []


def _campaign_after(sent: Sentence, trig: Trigger, text: str) -> list[DocMention]:
    """ "بتلقي حملة زعيمة المعارضة الحالية فلانة تبرعا": the campaign's candidate, named after its title."""
    words = gap_text(text, trig.end, min(sent.end, trig.end + 80)).split()
    if not words or words[0] not in ("حمله", "حملات"):
        return []
    first = next((m for m in sent.mentions if m.start >= trig.end), None)
    if first is None or first.label != "PERSON":
        return []
    between = gap_text(text, trig.end, first.start).split()
    return [first] if len(between) <= 5 and not any(c in text[trig.end : first.start] for c in "،,.:") else []


_FUNDED = frozenset(
    {"حصلت على تمويل", "حصل على تمويل", "تلقت تمويلا", "تلقى تمويلا"}
    | {"الحصول على تمويل", "حصوله على تمويل", "حصولها على تمويل"}
    | {"حصل على أموال", "حصلت على أموال", "الحصول على أموال", "حصوله على أموال", "حصولها على أموال"}
)
_RECEIVE_PRESENT = frozenset({"يتلقى", "تتلقى", "يتلقون"})
_NOT_YET_RECEIVED = frozenset(normalise(w) for w in "قد إذا اذا لو كي لكي حتى يتوقع المتوقع المقرر".split())
_ALONE = frozenset(normalise(w) for w in "وحدها وحده وحدهم".split())
_RECEIVE = frozenset({"تلقى", "تلقت", "تلقي", "تلقيه", "تلقيها", "تسلم", "استفادت من", "استفاد من", "قبلت"}) | _RECEIVE_PRESENT


def _from_and_titles(words: list[str]) -> bool:
    """من and nothing but the giver's title after it ("من الملياردير X", "من رجل الأعمال X")."""
    return words[:1] == ["من"] and len(words) <= 4 and all(w.startswith("ال") or w == "رجل" for w in words[1:])


def _giver_after(
    sent: Sentence, trig: Trigger, amount: Any, text: str, recipients: list[DocMention]
) -> DocMention | None:
    """The one named after من (a few describing words allowed) following the amount of a receipt."""
    pos = amount.end if amount is not None else trig.end
    restated = _RESTATED.match(text, pos)
    if restated is not None:
        pos = restated.end()  # "خمسة عشر ألف دينار (15,000) من شركة X": the figure the words restate
    as_gift = _AS_A_GIFT.match(text, pos)
    if as_gift is not None:
        pos = as_gift.end()  # "681 مليون دولار على سبيل الهبة من X": what the money was, then its giver
    for r in recipients:
        if r.start >= pos and n_words(gap_text(text, pos, r.start)) == 0:
            pos = r.end  # "بتلقي فلان أموالا من …": the giver is counted from after the recipient
    giver = _named_after_marker(sent, pos, text, recipients, lambda words: "من" in words[:3])
    if giver is None and amount is not None and trig.phrase in _FUNDED:
        # "حصل على تمويل من رجل الأعمال Y بقيمة مليوني جنيه": the giver before the amount (not a bank or a
        # ministry: a loan, state money)
        g = _named_after_marker(sent, trig.end, text, recipients, _from_and_titles)
        if g is not None and g.end <= amount.start and n_words(gap_text(text, g.end, amount.start)) <= 1:
            return None if _lender(g) or _public_giver(sent, g, text) else g
    if giver is None and amount is not None:
        # "وتلقى حزب X من قطر 25 مليون دولار": the giver between the recipient and the amount (not a
        # place the gifts came from: "وتلقى فلان من كاليفورنيا وحدها 30 مليون دولار")
        for r in recipients:
            lead = gap_text(text, trig.end, r.start).split()
            # (past the recipient's title or kind: "وتلقى المرشح فلان من …", "وتلقت حركة حماس من …")
            if not (trig.end <= r.start and r.end <= amount.start) or len(lead) > 3 or not all(
                x.startswith("ال") or x in POLITICAL_HEADS or x in _CAMPAIGN_NOUNS for x in lead
            ):
                continue
            g = _named_after_marker(sent, r.end, text, recipients, _from_and_titles)
            if g is None or g.end > amount.start:
                continue
            last = _joined_after(sent, g, DONOR_TYPES, text)[-1]  # "من نبيل عيسى وشركة الأفق مليوني جنيه"
            if last.end > amount.start or n_words(gap_text(text, last.end, amount.start)) > 1:
                continue
            if g.label == "GPE" and (r.label == "PERSON" or gap_text(text, g.end, amount.start) in _ALONE):
                continue  # a place the gifts came from
            return g
    if giver is None and amount is not None:
        # "أن المرشح فلان تلقى من رجل الأعمال علان تمويلاً بقيمة 180 ألف دينار": the giver right after the
        # verb, then what was given and its worth
        g = _named_after_marker(sent, trig.end, text, recipients, _from_and_titles)
        between = gap_text(text, g.end, amount.start).split() if g is not None and g.end <= amount.start else []
        if g is not None and g.end <= amount.start and gap_text(text, trig.end, g.start).split()[:1] == ["من"] and (
            1 <= len(between) <= 3 and set(between) & _MONEY_NOUNS
        ):
            return None if _lender(g) or _public_giver(sent, g, text) else g
    money_end = _money_phrase_end(sent, trig, text) if giver is None else None
    if money_end is not None and money_end > pos:
        # "تلقي حركة X وحركة Y في مالي دعما ماليا من Z", "تلقى فلان دعما ماليا وعسكريا كبيرا من Z"
        giver = _named_after_marker(sent, money_end, text, recipients, lambda words: words[:1] == ["من"])
    if giver is None:
        # "… من أموال غير مشروعة قدمها الزعيم السابق فلان": the one who provided them
        for tok in sent.tokens_between(pos, min(sent.end, pos + 80)):
            if normalise(tok.text) in _PROVIDED:
                # (not the body a report was handed to: "وفق كشف قدمه إلى الهيئة المستقلة للانتخاب")
                return _named_after_marker(
                    sent, tok.end, text, recipients, lambda words: len(words) <= 4 and not set(words[:1]) & {"الي", "الى", "ل"}
                )
    return giver


# (or a comparison: "…، مقابل ثمانية ملايين لمنافسه فلان")
_COMMENT_CLAUSE = re.compile(r"[،,]\s*(?:و(?:هو|هي|هذا|هذه)|مقابل)\s")
_FOR_ITS = frozenset(normalise(w) for w in "حملة لحملة لتمويل لصالح لدعم صندوق لصندوق خزينة لخزينة لمرشحي".split())


def _party_referred_after(sent: Sentence, pos: int, limit: int, text: str, state: ArticleState) -> list[DocMention]:
    """A definite body noun (الحزب، للحزب، الحركة، اللائحة …) after a marker of whom the money is for
    ("لتمويل حملة الحزب", "لصالح الحركة"), within 12 words of ``pos``: the body it refers back to."""
    toks = sent.tokens_between(pos, limit)[:12]
    for k, tok in enumerate(toks[1:], 1):
        w = normalise(tok.text)
        if w.removeprefix("و") not in _BODY_REFS or normalise(toks[k - 1].text).removeprefix("و") not in _FOR_ITS:
            continue
        ref = definite_reference(sent, tok.start, text, state)
        return [ref] if ref is not None and ref.end <= pos else []
    return []


def _the_campaign_after(sent: Sentence, pos: int, text: str, state: ArticleState) -> list[DocMention]:
    """ "… في الحملة", "… للحملة" right after the amount: the list or party (a body that runs a campaign)
    named last before, in this paragraph (none if two such bodies are named there)."""
    after = [w.strip("،,.:؛") for w in gap_text(text, pos, min(sent.end, pos + 40)).split()[:3]]
    if after[1:2] and after[1] in ("صندوق", "حساب", "خزينه"):
        after = after[:1] + after[2:]  # "في صندوق الحملة الانتخابية": the campaign's coffer
    if not after or not (after[0] in ("للحمله",) or (after[0] in ("في", "الي", "الى") and after[1:2] == ["الحمله"])):
        return []
    bodies = {
        m.entity: m
        for m in _paragraph_before(sent, pos, text, state)
        if m.label == "ORG" and _campaigning_body(text, m)
    }
    return list(bodies.values()) if len(bodies) == 1 else []


_ITS_COFFERS = frozenset(normalise(w) for w in "خزائنها خزينتها حسابها حساباتها صندوقها".split())


def _its_coffers_after(sent: Sentence, pos: int, text: str) -> list[DocMention]:
    """ "… 40 مليون دولار في خزائنها": money put into a body's coffers (a feminine pronoun: a committee,
    a list, a movement) goes to the one body this sentence names before the amount."""
    after = [w.strip("،,.:؛") for w in gap_text(text, pos, min(sent.end, pos + 30)).split()[:2]]
    if len(after) < 2 or after[0] not in ("في", "الي", "الى") or after[1] not in _ITS_COFFERS:
        return []
    bodies = {
        m.entity: m
        for m in sent.mentions
        # (not the election commission the filings went to)
        if m.label == "ORG" and m.end <= pos and _political_kind(text, m) and "انتخاب" not in normalise(m.text)
    }
    return list(bodies.values()) if len(bodies) == 1 else []


def _political_kind(text: str, m: DocMention) -> bool:
    """A body named with a political kind in its name or in the five words before it (لجنة العمل السياسي
    الفائقة «X»، حزب X، لائحة X)."""
    words = normalise(text[max(0, m.start - 50) : m.start]).replace("«", " ").replace('"', " ").split()[-5:]
    words += normalise(m.text).split()[:1]
    # (with its particles cut: ولجنة، للحزب → الحزب، لجنة)
    bare = [w.removeprefix("و") for w in words]
    forms = {f for w in bare for f in (w, w.removeprefix("ل"), "ال" + w[2:] if w.startswith("لل") else w)}
    return any(f in _POLITICAL_KINDS or f.removeprefix("ال") in _POLITICAL_KINDS for f in forms)


_POLITICAL_KINDS = BODY_HEADS


_BODY_REFS = frozenset(
    normalise(w) for w in "الحزب للحزب الحركة للحركة اللائحة للائحة القائمة للقائمة التحالف للتحالف الائتلاف للائتلاف".split()
)
_BODY_IN_TRIGGER = frozenset(normalise(w) for w in "الحزب الحركة اللائحة القائمة".split())
_MONEY_NOUNS = frozenset(normalise(w) for w in "تمويلا تمويلاً دعما ماليا تبرعا تبرعات مبلغا بمبلغ بقيمة قيمته أموالا".split())
_RESTATED = re.compile(r"\s*\(\s*[\d٠-٩][\d٠-٩,.،٬٫\s]*\)")
_AS_A_GIFT = re.compile(r"\s*(?:على سبيل\s+(?:ال)?|ك)(?:هب[ةه]|هدي[ةه]|تبرع|منح[ةه])(?=[\s،,])")
_AID = frozenset(normalise(w) for w in "دعما مساعدات".split())


def _money_phrase_end(sent: Sentence, trig: Trigger, text: str) -> int | None:
    """The end of the money received after a receipt verb and its recipients, with the indefinite
    adjectives after it (أموالا طائلة، دعما ماليا وعسكريا كبيرا), or None."""
    toks = sent.tokens_between(trig.end, min(sent.end, trig.end + 200))[:16]
    for k, tok in enumerate(toks):
        w = normalise(tok.text)
        aid = w in _AID and k + 1 < len(toks) and normalise(toks[k + 1].text) in _FINANCIAL
        if w not in _MONEY_WORDS and not aid:
            continue
        end = tok.end
        for nxt in toks[k + 1 : k + 5]:
            a = normalise(nxt.text)
            if a in _FINANCIAL or (a.endswith("ا") and not a.startswith("ال") and len(a) > 3):
                end = nxt.end  # ماليا، وعسكريا، كبيرا، طائلة is not caught: then من must follow at once
                continue
            break
        return end
    return None


_SHARE_MARKS = frozenset(normalise(w) for w in "بينها منها وبينها ومنها".split())


def _share_after(sent: Sentence, amount: Any, text: str, recipients: list[DocMention]) -> tuple[Any, DocMention] | None:
    """ "…، من بينها خمسة ملايين دينار قدمها رجل الأعمال فلان", "بينها 600 ألف دولار من فلان": a share of
    the total right after it, and the one who gave that share."""
    lead = [w for w in gap_text(text, amount.end, min(sent.end, amount.end + 20)).replace("،", " ").split() if w != ","]
    k = 1 if lead[:1] == ["من"] else 0
    if len(lead) <= k or lead[k] not in _SHARE_MARKS:
        return None
    part = next((a for a in sent.amounts if a.start > amount.end), None)
    if part is None or n_words(gap_text(text, amount.end, part.start)) > k + 2:
        return None
    after = gap_text(text, part.end, min(sent.end, part.end + 20)).split()
    if after[:1] == ["من"]:
        giver = _named_after_marker(sent, part.end, text, recipients, lambda words: words[:1] == ["من"])
    elif after[:1] and (after[0] in _PROVIDED or (after[0] in ("تبرع", "تبرعت") and after[1:2] in (["بها"], ["به"]))):
        # the giver past his description ("قدمها رجل الأعمال المقيم في عمّان فلان": not the place)
        giver = next(
            (
                m
                for m in sent.mentions
                if m.start > part.end and m.label in ("PERSON", "ORG") and n_words(gap_text(text, part.end, m.start)) <= 8
            ),
            None,
        )
    else:
        return None
    return (part, giver) if giver is not None and giver.label in DONOR_TYPES else None


def _share_without_currency(
    sent: Sentence, amount: Any, text: str, recipients: list[DocMention]
) -> tuple[Amount, DocMention] | None:
    """ "تلقت نحو خمسة عشر مليون دينار، من بينها ثلاثة ملايين قدمها الاتحاد X": a share whose currency
    is the total's, left unsaid, then the one who provided it."""
    lead = [w for w in gap_text(text, amount.end, min(sent.end, amount.end + 20)).replace("،", " ").split() if w != ","]
    k = 1 if lead[:1] == ["من"] else 0
    if len(lead) <= k or lead[k] not in _SHARE_MARKS or amount.currency is None:
        return None
    marker = text.find(" ", text.find(lead[k][-3:], amount.end))
    if marker < 0:
        return None
    number = next(iter(find_numbers(text[marker : min(sent.end, marker + 40)])), None)
    if number is None or gap_text(text, marker, marker + number.start).split() or number.value < 1000:
        return None  # (a share "ثلاثة" with its scale left unsaid too is not read: "منها ثلاثة قدمها …")
    n_end = marker + number.end
    after = gap_text(text, n_end, min(sent.end, n_end + 20)).split()
    if not after or after[0] not in _PROVIDED:
        return None
    giver = next(
        (m for m in sent.mentions if m.start > n_end and m.label in ("PERSON", "ORG") and n_words(gap_text(text, n_end, m.start)) <= 8),
        None,
    )
    if giver is None or any(r.entity == giver.entity for r in recipients):
        return None
    start = marker + number.start
    part = Amount(min=number.value, max=number.value, currency=amount.currency, text=text[start:n_end], start=start, end=n_end)
    return part, giver


_PROVIDED = frozenset(normalise(w) for w in "قدمها قدمه دفعها دفعه منحها منحه أرسلها أرسله".split())


_COPULA = frozenset({"كان", "وكان", "فكان", "وهو", "فهو", "وهي", "فهي", "يعد", "ويعد", "يعتبر", "ويعتبر"})


def _copula_opens(sent: Sentence, trig: Trigger, text: str) -> bool:
    """ "وكان من بين كبار المتبرعين لـ X": the sentence says the last subject is a donor."""
    words = gap_text(text, sent.start, trig.start).split()
    if not words or len(words) > 6:
        return False
    if words[0] in _COPULA:
        return True
    # "كما جاء على رأس قائمة المتبرعين لـ X", "وبات من أكبر المانحين لـ X": a verb, then his rank
    return not words[0].startswith(("ال", "وال")) and any(w in _RANK for w in words[1:])


_RANK = frozenset({"راس", "بين", "اكبر", "ابرز", "اهم", "كبار"})
_ONE_OF = frozenset({"احد", "احدي"})
_SOME_OF = frozenset(normalise(w) for w in "بعض بعضا بعضهم عدد عددا عشرات مئات".split())
_NOT_A_PREDICATE = frozenset(
    {"عن", "من", "مع", "الي", "علي", "بين", "قال", "قالت", "ان", "بان", "لان", "وان"}
)


def _unnamed_one_of(sent: Sentence, trig: Trigger, text: str) -> bool:
    """ "نقلت صحيفة X عن أحد المانحين لحزب Y": one of the donors, unnamed (after a preposition, a
    speech verb or أن), is not the sentence's subject; "ويعتبر فلان أحد أكبر المانحين" says he is one."""
    words = gap_text(text, max(sent.start, trig.start - 40), trig.start).split()[-4:]
    for k in range(max(0, len(words) - 3), len(words)):
        if words[k] in _SOME_OF:
            # "أن بعضا من كبار مانحي الحزب حضروا": some donors, none named; but "فلان واحدا من
            # عشرات ممولي الحزب" names one of them
            return not (k > 0 and words[k - 1] in ("من", "بين"))
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _ONE_OF:
            return k > 0 and words[k - 1] in _NOT_A_PREDICATE and len(words) - k <= 3
    return False


# spending verbs: a gift only with its own recipient ("أنفق … لدعم حملة X"); أنفق is also a blocker word
_SPENT = frozenset(normalise(w) for w in "أنفق أنفقت أنفقوا".split())
_WHILE = frozenset(normalise(w) for w in "بينما فيما وبينما".split())


_CHARGED = frozenset(normalise(w) for w in "بتهمة بتهم بتهمه بشبهة بشبهات لاتهامه لاتهامها".split())


def _financier(trig: Trigger) -> bool:
    """ممول/الممول: a state is said to finance a movement ("كانت إيران الممول الرئيسي للحزب"); a donor
    (مانح) that is a place is a donor country giving aid."""
    return normalise(trig.phrase).removeprefix("ال").startswith("ممول")


_BRIBES = frozenset(normalise(w) for w in "رشى رشوة رشاوى رشاوي الرشوة الرشى الرشاوى رشوات".split())
_REPORTED = frozenset(normalise(w) for w in "أن إن بأن".split())
_THAT = _REPORTED | {normalise("وأن")}
_CIRCUMSTANTIAL = frozenset(
    normalise(w) for w in "متعهدا متعهدة متعهداً متعهدةً واعدا واعدة واعداً ملتزما ملتزمة ملتزماً معلنا معلنة معلناً".split()
)


def _paragraph_before(sent: Sentence, end: int, text: str, state: ArticleState) -> list[DocMention]:
    """The mentions of the sentence's paragraph that end by ``end``, outside someone's quoted words, in
    text order."""
    para_start = text.rfind("\n", 0, sent.start) + 1
    return [
        m for m in state.doc.mentions if para_start <= m.start and m.end <= end and not _quoted_here(text, para_start, m)
    ]


def _his_campaign_raised(sent: Sentence, trig: Trigger, text: str, state: ArticleState) -> list[DocMention]:
    """ "وأفادت صحيفة بأن حملتها جمعت 310 آلاف يورو": his or her campaign, right before the verb, raised
    it for the person named last before in the paragraph (of the pronoun's gender, outside quotations)."""
    lead = gap_text(text, max(sent.start, trig.start - 14), trig.start).split()[-1:]
    said = gap_text(text, max(sent.start, trig.start - 24), trig.start).split()[-2:]
    if len(said) == 2 and said[0].lstrip("و") in ("حملته", "حملتها") and said[1] in _THAT_HE:
        lead = said[:1]  # "وأعلنت حملتها أنها جمعت 4.2 مليون": her campaign said it raised it
    if not lead or lead[0].lstrip("و") not in ("حملته", "حملتها"):
        # (or right after it: "بل جمعت حملتها نحو 18 ألف دينار")
        lead = gap_text(text, trig.end, min(sent.end, trig.end + 14)).split()[:1]
        if not lead or lead[0] not in ("حملته", "حملتها"):
            return []
    want = "f" if lead[0].endswith("ها") else "m"
    before = [m for m in _paragraph_before(sent, trig.start - 1, text, state) if m.label == "PERSON"]
    for m in reversed(before):
        if person_gender(state, m.entity) in (None, want):
            return [m]
    return []


def _campaign_said_it_raised(sent: Sentence, trig: Trigger, text: str) -> list[DocMention]:
    """ "أعلنت حملة المرشحة الجمهورية لمجلس النواب عن ولاية أريزونا، فلانة، أنها جمعت …": the campaign
    that opens the sentence says it raised the money; it is the campaign of the person named after it."""
    lead = gap_text(text, max(sent.start, trig.start - 14), trig.start).split()[-1:]
    if not lead or lead[0] not in _THAT_HE:
        return []
    that_at = text.rfind(" ", sent.start, trig.start - 1)
    head = [t for t in sent.tokens_between(sent.start, that_at)[:3] if normalise(t.text) in ("حمله", "الحمله")]
    if not head or set(gap_text(text, head[0].end, that_at).split()) & _THAT_HE:
        return []  # (only the sentence's first clause after أن: not "…، متقدمة على منافسته التي قالت حملتها إنها جمعت")
    # (the person past the titles and the race, not a place or a house on the way; not one a relative
    # clause or a verb names: "حملة «X» التي يقودها الداعية فلان أنها جمعت" is not his campaign)
    people = [m for m in sent.mentions if head[0].end <= m.start and m.end <= that_at and m.label == "PERSON"]
    if not people:
        return []
    gap = gap_text(text, head[0].end, people[0].start).split()
    if any(w in ("الذي", "التي", "الذين") or w[:1] in ("ي", "ت") and len(w) >= 4 and w.endswith(("ه", "ها")) for w in gap):
        return []
    return people[:1]


_REPORTS = frozenset(normalise(w) for w in "تقارير التقارير أنباء الأنباء مزاعم المزاعم ادعاءات الادعاءات شائعات الشائعات اتهامات الاتهامات".split())


def _reports_denied(sent: Sentence, trig: Trigger, text: str) -> bool:
    """A denial verb, then reports, claims or rumours, then عن / حول / بشأن the trigger, in its clause."""
    clause_start = max(text.rfind("،", sent.start, trig.start), text.rfind(",", sent.start, trig.start), sent.start)
    words = gap_text(text, clause_start, trig.start).split()[-12:]
    denial = [k for k, w in enumerate(words) if w.lstrip("وف") in DENIAL_VERBS]
    if not denial:
        return False
    rest = words[denial[-1] + 1 :]
    about = [k for k, w in enumerate(rest) if w in ("عن", "حول", "بشان")]
    return bool(about) and any(w in _REPORTS for w in rest[: about[-1]])


def _coordinated_verb(sent: Sentence, trig: Trigger, text: str) -> bool:
    """The trigger is a past verb joined by و right after a comma ("…، ورصدت 600 ألف دولار")."""
    word = _trigger_word(sent, trig)
    return (
        word.startswith("و")
        and len(word) >= 4
        and normalise(word[1:]) == normalise(trig.phrase).split()[0]
        and text[sent.start : trig.start - 1].rstrip().endswith(("،", ","))
    )


def _that_it_after_participle(sent: Sentence, trig: Trigger, text: str) -> bool:
    """ "…، مؤكدة أنها جمعت", "…، مشيرا إلى أنه تلقى": أنه / أنها right before the trigger, after a
    circumstantial participle set off by a comma."""
    lead = gap_text(text, max(sent.start, trig.start - 40), trig.start).split()[-4:]
    if not lead or lead[-1] not in _THAT_HE:
        return False
    lead = lead[:-1]
    if lead[-1:] == ["الي"]:
        lead = lead[:-1]  # "مشيرا إلى أنه"
    if not lead or not (lead[-1].startswith("م") and lead[-1].endswith(("ا", "ه"))):
        return False
    toks = [t for t in sent.tokens_between(sent.start, trig.start) if normalise(t.text) == lead[-1]]
    return bool(toks) and text[sent.start : toks[-1].start].rstrip().endswith(("،", ","))


def _after_circumstantial(sent: Sentence, trig: Trigger, text: str) -> bool:
    """The trigger follows (or opens with) a circumstantial participle set off by a comma ("، متعهداً
    بضخ …")."""
    if normalise(trig.phrase).split()[0] in _CIRCUMSTANTIAL:
        return text[sent.start : trig.start].rstrip().endswith(("،", ","))
    lead = gap_text(text, max(sent.start, trig.start - 30), trig.start).split()[-2:]
    if not lead or lead[-1] not in _CIRCUMSTANTIAL and not (len(lead) == 2 and lead[0] in _CIRCUMSTANTIAL):
        return False
    at = text.rfind(lead[-1] if lead[-1] in _CIRCUMSTANTIAL else lead[0], sent.start, trig.start)
    return text[sent.start : at].rstrip().endswith(("،", ","))


def _donors(
    sent: Sentence, trig: Trigger, text: str, recipients: list[DocMention], amount: Any, state: ArticleState
) -> list[DocMention]:
    rec_ids = {r.entity for r in recipients}
    cands = [
        m for m in sent.mentions if m.label in DONOR_TYPES and (m.start, m.end) not in state.role_objects
    ]
    agent = _agent_after(sent, trig, text, recipients)
    if agent is not None:
        return [agent]  # "مزاعم تمويل حملة ساركوزي من قبل القذافي"
    latter = (
        _the_latter_before(sent, trig, text, state, rec_ids)
        or _the_man_who(sent, trig, text, state, rec_ids)
        or _done_before_by(sent, trig, text, rec_ids)
    )
    if latter is not None:
        return [latter]  # "قال مصدر مقرب من فلان إن الأخير يدرس تمويل حملة X": the one named last
    described = _relative_head_past_apposition(sent, trig.start, text) if trig.kind == "verb" else None
    if described is not None and described.entity not in rec_ids:
        # "المستثمرة فلانة، الشريكة المؤسسة لصندوق X، التي منحته 20 ألف شيكل": the one described
        return [described]
    if _unnamed_subject(sent, trig, text):
        return []
    if trig.kind == "verb" and _after_circumstantial(sent, trig, text):
        # "أعلن فلان تأييده للمرشحة علانة، متعهداً بضخ 2.5 مليون دولار في لجنة X": the participle's
        # subject is the main clause's, not the name just before it
        topic = main_clause_subject(sent, trig.start, text, DONOR_TYPES)
        if (
            topic is not None
            and topic.entity not in rec_ids
            # (not a clause reported after أن: "وذكرت صحيفة X أن فلان أعلن …، متعهدا")
            and not any(w in _REPORTED for w in gap_text(text, topic.end, trig.start).split())
        ):
            return [topic]  # (the main clause's subject, past its titles: "أعلن رجل الأعمال الأمريكي … فلان")
    lead_text = text[sent.start : trig.start].rstrip()
    if lead_text.endswith(" قد"):
        lead_text = lead_text[:-3].rstrip()  # "وكانت فلانة، رئيسة مجلس إدارة X، قد تبرعت …"
    if trig.kind == "verb" and lead_text.endswith(("،", ",")):
        # "أن فلان، رجل الأعمال ومالك سلسلة فنادق X، منح حزب Y …": the name before the apposition
        # (not the body named inside it)
        apposed = _subject_before_apposition(sent, sent.start + len(lead_text), text)
        if apposed is not None and apposed.entity not in rec_ids and apposed.label == "PERSON":
            return [apposed]
        kin = _kin_named_in_apposition(sent, sent.start + len(lead_text), text)
        if kin is not None and kin.entity not in rec_ids:
            return [kin]  # "وكان زوجها، رجل الأعمال فلان، قد موّل …": her husband, named between commas
    if trig.kind == "verb" and _coordinated_verb(sent, trig, text):
        # "أعلنت لجنة X أنها ستعمل على إسقاط النائب فلان، ورصدت 600 ألف دولار لدعم منافسه": a verb
        # coordinated after a comma, with no subject after it, has the main clause's subject
        after_verb = subject_after(sent, trig.end, text, DONOR_TYPES, max_words=2, state=state)
        next_word = gap_text(text, trig.end, min(sent.end, trig.end + 20)).split()[:1]
        if after_verb is None and next_word and next_word[0].startswith("ال"):
            # "…، وساهمت الرئيسة التنفيذية لشركة «X» فلانة بخمسة ملايين": its own subject past a title
            far = subject_after(sent, trig.end, text, ("PERSON",), max_words=6, state=state)
            if far is not None and (amount is None or far.end <= amount.start):
                after_verb = far
        topic = main_clause_subject(sent, trig.start, text, DONOR_TYPES)
        if after_verb is None and topic is not None and topic.entity not in rec_ids:
            return [topic]
    if trig.kind == "verb":
        # the subject may stand between a governor verb and its complement: search from the verb
        verb_end = trig.start + len(trig.phrase.split(" … ")[0]) if " … " in trig.phrase else trig.end
        first = subject_after(sent, verb_end, text, DONOR_TYPES, max_words=5, state=state)
        if first is None:
            # "وتبرع المؤسس المشارك لمنصة العملات المشفرة «X» فلان بـ…": a person past a long title and
            # the body it heads (a definite title first, no comma on the way)
            far = subject_after(sent, verb_end, text, ("PERSON",), max_words=8, state=state)
            far_gap = gap_text(text, verb_end, far.start) if far is not None else ""
            if (
                far is not None
                and far_gap.split()[:1]
                and far_gap.split()[0].startswith("ال")
                and not any(c in far_gap for c in "،,")
                and (amount is None or far.end <= amount.start)
            ):
                first = far
        if first is None and " … " in trig.phrase:
            # "يعتزم رجل الأعمال الأمريكي من أصل لبناني فلان، مؤسس …، تقديم …": the first name between
            # the governor and its complement
            inside = [c for c in sent.mentions if verb_end <= c.start and c.end <= trig.end and c.entity not in rec_ids]
            first = next((c for c in inside if c.label == "PERSON"), None) or next(
                (c for c in inside if c.label == "ORG"), None
            )  # (a place in the giver's description is no giver: "المقيم في دبي فلان")
        if first is not None and amount is not None and first.start > amount.start:
            first = None  # "شبكة … حولت ملايين الدولارات إلى فيلق X": after the amount is no subject
        if first is not None and first.label == "ORG":
            # "تعهّد اتحاد المعلمين في ولاية بنسلفانيا «Keystone Educators Union» بتقديم …": the body's
            # own quoted name after its description
            quoted_name = next((m for m in sent.mentions if m.start > first.end and m.label not in ("GPE", "LOC")), None)
            gap = gap_text(text, first.end, quoted_name.start).split() if quoted_name is not None else []
            places = {normalise(w) for m in sent.mentions if m.label in ("GPE", "LOC") for w in m.text.split()}
            if (
                quoted_name is not None
                and quoted_name.label == "ORG"
                and quoted_name.entity not in rec_ids
                and text[max(0, quoted_name.start - 1) : quoted_name.start] in ("«", '"', "“")
                and len(gap) <= 4
                and all(w in ("في", "ب") or w in PLACE_KIND_WORDS or w in places for w in gap)
            ):
                first = quoted_name
        if first is not None and first.label in ("GPE", "LOC") and sent.previous_words(first, text, 1)[-1:] and (
            sent.previous_words(first, text, 1)[-1] in PLACE_KIND_WORDS
        ):
            first = None  # "ساهم في تمويل الحملة لرئيس بلدية زحلة …": the place of a title, no giver
        if first is not None and first.label == "ORG" and set(gap_text(text, verb_end, first.start).split()) & _OWNER_NOUNS:
            # "وساهم مؤسسا منصة X، الشقيقان فلان وعلان، بـ…": the owners in apposition give, not their firm
            apposed_after = text[first.end : first.end + 2].strip()[:1] in ("،", ",")
            owner = next((m for m in sent.mentions if m.start > first.end and m.label == "PERSON"), None)
            if apposed_after and owner is not None and n_words(gap_text(text, first.end, owner.start)) <= 3 and (
                amount is None or owner.end <= amount.start
            ):
                first = owner
        if first is not None and first.entity not in rec_ids:
            stops = [r.start for r in recipients if r.start > first.start]
            stop = min(stops + [amount.start if amount is not None else sent.end])
            group = coordinated_after(sent, first, [c for c in cands if c.end <= stop], text, max_gap_words=8, mixed=True)
            return [g for g in group if g.entity not in rec_ids]
    if trig.kind == "verb" and state.last_donors and state.last_donors[0] == sent.index:
        # "أنفقت X … لدعم حملة فلان، بينما تبرعت بـ … لمنافسته": the verb right after بينما has the
        # first clause's giver as its subject, not the name just before it; so has "ليقدم" ("…، عاد هذا
        # العام ليقدم 250 ألف دولار إلى X": to give, the same giver)
        prev = gap_text(text, max(sent.start, trig.start - 12), trig.start).split()[-1:]
        if (prev and prev[0] in _WHILE) or trig.phrase in _TO_GIVE:
            return [m for m in state.last_donors[1] if m.entity not in rec_ids]
    prev = gap_text(text, max(sent.start, trig.start - 12), trig.start).split()[-1:]
    if trig.kind == "verb" and prev and prev[0] in ("بانه", "بانها"):
        # "تتهم إسرائيل إيران بأنها تقدم دعما ماليا لـ X": the one accused, named right before
        accused = [m for m in cands if m.end <= trig.start and m.entity not in rec_ids]
        if accused and n_words(gap_text(text, accused[-1].end, trig.start)) <= 1:
            return accused[-1:]
    if trig.kind == "verb":
        # "قالت فلانة … إنها ستوقف التبرعات": the pronoun is the one who speaks
        prev = gap_text(text, max(sent.start, trig.start - 12), trig.start).split()[-1:]
        joined = _backer_of_joined_masdar(sent, trig, text, state) or _topic_of_joined_verb(sent, trig, text, state)
        if joined is not None and joined.entity not in rec_ids:
            return [joined]  # "أعلن فلان دعمه لترشح علان وتمويل حملته": his backing and his funding
        if (prev and prev[0] in _THAT_HE) or _said_own_coordinated(sent, trig, text):
            speaker = sentence_topic(sent, text, DONOR_TYPES) or _speech_verb_subject(sent, trig.start, text, state, prev[:1])
            if (
                speaker is not None
                and speaker.label == "ORG"
                # (a feminine body by its head, in its name or right before it: محكمة، نيابة، هيئة)
                and any(w.endswith("ه") for w in sent.previous_words(speaker, text, 1)[-1:] + normalise(speaker.text).split()[:1])
                and prev
                and prev[0].lstrip("و") in ("انه", "بانه")
            ):
                # "أدانت محكمة X رجل الأعمال فلان … بعدما ثبت أنه حوّل …": he is the man the court acted on
                # (not its judge, "برئاسة القاضي فلان", nor one inside an apposition)
                man = next(
                    (
                        m
                        for m in sent.mentions
                        if m.label == "PERSON"
                        and speaker.end <= m.start
                        and m.end <= trig.start
                        and not is_object_marked(sent, m, text)
                        and not set(sent.previous_words(m, text, 2)) & _PRESIDING
                        and not text[speaker.end : m.start].strip().startswith(("،", ","))
                    ),
                    None,
                )
                speaker = man or speaker
            if speaker is not None and speaker.entity not in rec_ids and speaker.end <= trig.start:
                return [speaker]
            # "وأضاف المصدر أنه يخطط للتبرع": the unnamed source named last before (quotations found them)
            said_by = set(gap_text(text, sent.start, trig.start).split()[:3])
            if speaker is None and said_by & word_set("speech", "anonymous_back_references"):
                anon = [m for m in state.doc.mentions if m.label == "ANON" and m.start < trig.start]
                if anon:
                    return anon[-1:]
    if trig.kind == "noun" and _unnamed_one_of(sent, trig, text):
        return []
    charged = gap_text(text, max(sent.start, trig.start - 16), trig.start).split()[-1:]
    if charged and charged[0] in _CHARGED:
        # "فرضت الخزانة عقوبات على فلان، مؤسس شركة X، بتهمة تحويل …": the one charged gave it
        named = [m for m in cands if m.end <= trig.start and m.entity not in rec_ids]
        if named:
            group = coordinated_before(sent, named[-1], named, text, max_gap_words=4)
            return [g for g in group if g.entity not in rec_ids]
    types = DESCRIBED_DONOR_TYPES if trig.kind == "noun" and not _financier(trig) else DONOR_TYPES
    before = subject_before(sent, trig.start, text, types, max_words=14, state=state)
    if before is not None and trig.kind == "verb":
        in_relative, antecedent = inside_closed_relative(sent, before, trig.start, text)
        if in_relative and antecedent is not None and antecedent.entity not in rec_ids:
            # "وأبرز هذه الشركات X، التي يديرها رجل الأعمال فلان، إذ منحت الحملة 120 ألف يورو": the
            # name inside the relative clause is not the giver; its antecedent is
            before = antecedent
    if before is not None and before.label == "GPE" and trig.kind == "noun":
        if n_words(gap_text(text, before.end, trig.start)) > 2 or not all(
            political_org(state, r.entity) for r in recipients
        ):
            # a state finances when it is the copula's subject (كانت إيران الممول), not a place in a
            # title, and a party or movement ("الممول الأكبر لمنظمة الصحة العالمية" is state funding)
            before = None
    gap_words = gap_text(text, before.end, trig.start).split() if before is not None else []
    that_at = [i for i, w in enumerate(gap_words) if w in _THAT]
    if trig.kind == "verb" and that_at and that_at[-1] < len(gap_words) - 1:
        # "وأكد فلان أن الزعيم الليبي مول حملة علان": the one who states it is not the subject of the
        # clause after أن, its own subject stands there (not "بعد أن ضخوا", "سبق أن موّل": his act)
        before = None
    if before is not None and before.label == "GPE" and sent.previous_words(before, text, 1) in (["في"], ["ب"]):
        # "فلان، مؤسس شبكة X في ليون، الذي منح الحزب …": the relative's head is the one described before the
        # place of his business, named before the apposition
        comma = text.find("،", before.end, trig.start)
        opened = text.rfind("،", sent.start, before.start)
        if comma >= 0 and opened >= 0 and gap_text(text, comma + 1, trig.start).split()[:1] in (["الذي"], ["التي"]):
            described = next((m for m in reversed(sent.mentions) if m.end <= opened), None)
            before = (
                described
                if described is not None and described.label == "PERSON" and not gap_text(text, described.end, opened).split()
                else None
            )
    if (
        before is not None
        and trig.kind == "verb"
        and (
            # (a place in a prepositional phrase: "على مستوى ولاية تكساس"، "في ولاية X"; not the subject,
            # "فإن ولاية كاليفورنيا قدمت …")
            (
                before.label in ("GPE", "LOC")
                and set(sent.previous_words(before, text, 1)) & PLACE_KIND_WORDS
                and set(sent.previous_words(before, text, 3)[:-1]) & {"في", "علي", "عن", "من", "مستوي"}
            )
            # a house of a legislature gives nothing ("في سباق مجلس الشيوخ عن ولاية X، إذ قدّم …")
            or _legislature(before)
        )
    ):
        # "حطّم فلان الرقم القياسي … على مستوى ولاية تكساس، بعدما منح حملة X …": a place in a phrase
        # gives nothing; the main clause's subject does
        main = next(
            (
                m
                for m in sent.mentions
                if m.label == "PERSON" and m.end <= before.start and not is_object_marked(sent, m, text)
                and m.entity not in rec_ids
                # (not across a reported clause: "وبحسب الصحفي فلان، فإن …")
                and not set(gap_text(text, m.end, trig.start).split()) & (_THAT | {"فان", "بحسب", "وبحسب"})
            ),
            None,
        )
        before = main
    if before is not None and before.entity not in rec_ids:
        group = coordinated_before(sent, before, cands, text, max_gap_words=4)
        return [g for g in group if g.entity not in rec_ids]
    if trig.kind == "noun" and recipients:
        # "يشمل المانحون الرئيسيون لـ X فلان، وفلان": the donors are listed after the recipient
        last = recipients[-1]
        after = [c for c in cands if c.start > last.end and c.label == "PERSON"]
        if after and n_words(gap_text(text, last.end, after[0].start)) <= 4 and not is_object_marked(sent, after[0], text):
            group = coordinated_after(sent, after[0], after, text, max_gap_words=6)
            return [a for a in group if a.entity not in rec_ids]
    if trig.kind == "noun" and recipients and state.last_donors and sent.index - state.last_donors[0] <= 2:
        # "هؤلاء الرجال … من المانحين الرئيسيين لـ X": the donors just named
        clause = [normalise(t.text) for t in sent.tokens_between(sent.start, trig.start)][-8:]
        if any(w in word_set("donations", "plural_back_references") for w in clause):
            return [m for m in state.last_donors[1] if m.entity not in rec_ids]
    masdar = normalise(trig.phrase).startswith(("تمويل", "ساعد في", "ساهم في"))
    if masdar and any(m.end <= trig.start and m.label in DONOR_TYPES for m in sent.mentions):
        # "ممثلا عن القذافي توجه … للمساعدة في تمويل حملة X": the funding is the sentence's own
        # (unnamed) subject's, not the last sentence's subject's
        return []
    if (
        trig.kind == "verb" or (trig.kind == "noun" and recipients and _copula_opens(sent, trig, text))
    ) and not any(
        m.end <= trig.start and m.label in DONOR_TYPES and not is_object_marked(sent, m, text)
        for m in sent.mentions
    ):
        # "ومنحت اللجنة 50 ألف دولار لحملة فلان": the body named before, referred back to right after the verb
        nxt = gap_text(text, trig.end, min(sent.end, trig.end + 20)).split()[:1]
        unmarked = bool(nxt) and nxt[0].startswith("ال")  # (not "تبرع للحزب": the one given to)
        back = definite_reference(sent, trig.end, text, state) if trig.kind == "verb" and unmarked else None
        if back is not None:
            return [back] if back.entity not in rec_ids else []
        # a pronoun subject ("وتعهده بالتبرع", "وتبرع بمبلغ …"): the subject of the previous sentence
        return [m for m in state.last_subjects if m.entity not in rec_ids]
    lead = gap_text(text, max(sent.start, trig.start - 16), trig.start).split()[-2:]
    if trig.kind == "verb" and lead and lead[-1] in ("الذي", "التي") and lead[0] in ("وهو", "وهي", "هو", "هي"):
        # "انتُخب فلان عضوا في الحزب، وهو الذي ساهم بـ500 ألف درهم …": the one the sentence is about
        topic = sentence_topic(sent, text, DONOR_TYPES)
        if topic is not None and topic.entity not in rec_ids and topic.end <= trig.start:
            return [topic]
    return []


_RAISING = frozenset(normalise(w) for w in "جمع جمعت حصد حصدت درت در وفر وفرت حشد حشدت".split())
_EVENTS = frozenset(
    normalise(w)
    for w in "الحفل حفل العشاء عشاء الأمسية أمسية المأدبة مأدبة الفعالية فعالية اللقاء لقاء الجلسة جلسة السهرة سهرة".split()
)
_PRICE_WORDS = frozenset(normalise(w) for w in "سعر ثمن تذكرة التذكرة المقعد مقعد رسوم الدخول".split())


_DURING_IT = frozenset(normalise(w) for w in "خلالها خلاله".split())


def extract_event_totals(sent: Sentence, state: ArticleState, found: list[Fact]) -> list[Fact]:
    """ "وجمع الحفل، الذي حضره نحو 60 شخصا، أكثر من 2.8 مليون دولار", "وجمع حفل عشاء أقامه فلان لصالح
    المرشح علان نحو 400 ألف جنيه": what a fundraising event collected is a total raised by the one it was
    held for (the fundraiser of this sentence, else of the sentence before); not a ticket price."""
    text = state.text
    toks = sent.inside
    for k, tok in enumerate(toks[:-1]):
        if not conj_in(normalise(tok.text), _RAISING) or negated(sent, tok.start, text):
            continue
        # (or the event named as the sentence's object, the verb right after a comma: "نظم فلان جلسة لجمع
        # التبرعات للمرشح علان، حشدت أكثر من مليون دولار")
        after_comma = (
            text[sent.start : tok.start].rstrip().endswith(("،", ","))
            and any(f.type == "fundraiser" for f in found)
            # (unless the verb's total is read already: "نظما فعالية للمرشحة فلانة، جمعت لها أكثر من …")
            and not any(f.type == "donation" and f.args.get("donor") is None for f in found)
        )
        # (or SVO after أن/إن: "وقال منظم العشاء إن الأمسية جمعت نحو 22 ألف ريال")
        event_first = (
            k >= 2
            and normalise(toks[k - 1].text) in _THE_EVENT
            and normalise(toks[k - 2].text) in ("ان", "بان", "وان")
            # (its total right after the verb: "إن الأمسية جمعت نحو 22 ألف ريال"; not "إن اللقاء جمع الوزير …")
            and any(
                a.start >= tok.end
                and n_words(gap_text(text, tok.end, a.start)) <= 3
                and not any(tok.end <= m.start < a.start for m in sent.mentions)
                for a in sent.amounts
            )
        )
        if (
            normalise(toks[k + 1].text) not in _EVENTS
            and normalise(toks[k + 1].text) not in _DURING_IT
            and not after_comma
            and not event_first
        ):
            continue  # (VSO: the event is the verb's subject; or "حصدت خلالها الحملة …": during the event)
        events = [f for f in found if f.type == "fundraiser"]
        if not events:
            events = [
                f
                for f in state.facts
                if f.type == "fundraiser" and f.evidence.end <= sent.start and sent.start - f.evidence.end <= 3
            ]
        beneficiaries = {f.args["beneficiary"] for f in events}
        if len(beneficiaries) != 1:
            continue
        amount = next((a for a in sent.amounts if a.start > tok.end), None)
        if amount is None or n_words(gap_text(text, tok.end, amount.start)) > 25:
            continue
        lead = set(gap_text(text, max(sent.start, amount.start - 25), amount.start).split()[-3:])
        if lead & _PRICE_WORDS or _paid_for(sent, amount, text):
            continue
        (beneficiary,) = beneficiaries
        total = _to_amount(amount)
        if any(
            f.type == "donation"
            and f.args.get("recipient") == beneficiary
            and f.args.get("donor") is None
            # (the same total; another one, "لترتفع حصيلة حملته إلى 22 مليوناً", is the campaign's)
            and (f.args.get("amount") is None or total is None or f.args["amount"].min == total.min)
            for f in found
        ):
            continue
        # (a gift named later without its recipient, "وإنه ساهم بـ 5 آلاف منها", goes to the same one)
        state.last_donation = (sent.index, [beneficiary])
        return [
            _gift(sent, None, beneficiary, total, "raised", f"pattern: '{tok.text}' event … amount (the fundraiser's beneficiary)")
        ]
    return []


# nouns in construct with a firm whose owners are named after it in apposition
_OWNER_NOUNS = frozenset(
    normalise(w) for w in "مؤسس مؤسسا مؤسسو مؤسسي مالك مالكا مالكو مالكي صاحب صاحبا أصحاب مالكة صاحبة شريكا شركاء".split()
)
