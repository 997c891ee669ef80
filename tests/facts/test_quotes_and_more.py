from helpers import facts_of, readable


def test_anonymous_speaker_and_back_reference():
    text = (
        "وقال أحد المصادر المشاركة في تنظيم المكالمة: “إنه سباق حقيقي الآن مع هاريس”.\n\n"
        "وأضاف المصدر أنه يخطط للتبرع بمبلغ سبعة أرقام بمجرد أن تبدأ “المعركة”، كما يقول."
    )
    doc, facts = facts_of(text, {"هاريس": "PERSON"})
    quotes = [f for f in facts if f.type == "quote"]
    assert len(quotes) == 2
    speaker = doc.entity(quotes[0].args["speaker"])
    assert speaker.type == "ANON" and speaker.name == "أحد المصادر المشاركة في تنظيم المكالمة"
    assert quotes[1].args["speaker"] == speaker.id and quotes[1].args["text"] == "المعركة"


def test_quote_paragraph_continues_previous_speaker():
    text = (
        "وقال أحد مديري الصناديق: “وول ستريت لا تحب طبيعة ترامب المتهورة”.\n\n"
        "“إنهم يحبون الأمور المعتدلة والمتوقعة”."
    )
    doc, facts = facts_of(text, {"ترامب": "PERSON", "وول ستريت": "ORG"})
    quotes = [f for f in facts if f.type == "quote"]
    assert [q.args["text"] for q in quotes] == [
        "وول ستريت لا تحب طبيعة ترامب المتهورة",
        "إنهم يحبون الأمور المعتدلة والمتوقعة",
    ]
    assert quotes[0].args["speaker"] == quotes[1].args["speaker"]


def test_scare_quotes_around_names_are_not_quotes():
    text = "هناك تركيز على استهداف أعضاء “الفرقة”، لا سيما من قبل مجموعة الضغط “إيباك”."
    doc, facts = facts_of(text, {"إيباك": "ORG"})
    assert not [f for f in facts if f.type == "quote"]


def test_speaker_after_verb_skips_addressee():
    text = "وقال فانس لصحيفة فاينانشال تايمز هذا الأسبوع: “إنه رجل محافظ في الأساس”."
    doc, facts = facts_of(text, {"فانس": "PERSON", "فاينانشال تايمز": "ORG"})
    got = readable(doc, facts)
    assert ("quote", "فانس", "إنه رجل محافظ في الأساس") in got


def test_attribution_to_newspaper():
    text = 'تبرع جورج سورس بأكثر من 25 مليون دولار للحزب الديمقراطي، وفقاً لـ"بوليتيكو".'
    doc, facts = facts_of(text, {"جورج سورس": "PERSON", "الحزب الديمقراطي": "ORG", "بوليتيكو": "ORG"})
    don = [f for f in facts if f.type == "donation"]
    assert don and doc.entity(don[0].attribution).name == "بوليتيكو"
    assert don[0].args["amount"].min == 25_000_000 and don[0].args["amount"].max is None


def test_fundraiser_with_years_and_event_hosts():
    text = (
        "وكان لاسري من أبرز جامعي التبرعات – فقد استضاف فعاليات لجمع التبرعات لهيلاري كلينتون في عام 2016 "
        "ولباراك أوباما في عام 2012."
    )
    doc, facts = facts_of(text, {"لاسري": "PERSON", "هيلاري كلينتون": "PERSON", "باراك أوباما": "PERSON"})
    got = readable(doc, facts)
    assert ("fundraiser", "لاسري", "هيلاري كلينتون", 2016) in got
    assert ("fundraiser", "لاسري", "باراك أوباما", 2012) in got


def test_fundraising_event_referred_to_later():
    text = (
        "تعقد أسماء بارزة مكالمة جماعية لحشد الدعم المالي لكامالا هاريس.\n\n"
        "ومن المقرر أن يتواصل رجال أعمال، بينهم مارك لاسري وبلير إيفرون، في المكالمة يوم الأربعاء."
    )
    doc, facts = facts_of(text, {"كامالا هاريس": "PERSON", "مارك لاسري": "PERSON", "بلير إيفرون": "PERSON"})
    got = readable(doc, facts)
    assert ("fundraiser", "مارك لاسري", "كامالا هاريس") in got
    assert ("fundraiser", "بلير إيفرون", "كامالا هاريس") in got


def test_membership_list_with_back_reference_to_party():
    text = (
        "قال حازم عمر، رئيس حزب الشعب الجمهوري، إن الوزراء السابقين ناهد عشري، ودرية شرف الدين، "
        "وعمرو نصار انضموا للحزب مؤخرًا."
    )
    names = {
        "حازم عمر": "PERSON",
        "حزب الشعب الجمهوري": "ORG",
        "ناهد عشري": "PERSON",
        "درية شرف الدين": "PERSON",
        "عمرو نصار": "PERSON",
    }
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    assert ("role", "حازم عمر", "حزب الشعب الجمهوري", "president") in got
    for member in ("ناهد عشري", "درية شرف الدين", "عمرو نصار"):
        assert ("membership", member, "حزب الشعب الجمهوري") in got


def test_support_for_a_ticket_by_a_list_of_people():
    text = (
        "مثل مؤسس شركة تيسلا إيلون ماسك ورجال الأعمال مارك أندريسن وديفيد ساكس الذين أيدوا تذكرة ترامب-فانس."
    )
    names = {
        "تيسلا": "ORG",
        "إيلون ماسك": "PERSON",
        "مارك أندريسن": "PERSON",
        "ديفيد ساكس": "PERSON",
        "ترامب": "PERSON",
        "فانس": "PERSON",
    }
    doc, facts = facts_of(text, names)
    got = readable(doc, facts)
    for who in ("إيلون ماسك", "مارك أندريسن", "ديفيد ساكس"):
        for whom in ("ترامب", "فانس"):
            assert ("support", who, whom, "for") in got
    assert ("role", "إيلون ماسك", "تيسلا", "founder") in got


def test_evidence_offsets_are_exact():
    text = "مقدمة.\n\nوقد تعهد ماسك بالتبرع بأكثر من مائة مليون دولار لحملة ترامب."
    doc, facts = facts_of(text, {"ماسك": "PERSON", "ترامب": "PERSON"})
    assert facts
    for f in facts:
        ev = f.evidence
        assert text[ev.start : ev.end] == ev.sentence
        amount = f.args.get("amount")
        if amount is not None:
            assert text[amount.start : amount.end] == amount.text


def test_title_refers_back_to_the_person_it_introduced():
    text = (
        "تدعم لجان العمل السياسي نائبة الرئيس المرشحة الديمقراطية كامالا هاريس.\n"
        "وتعهد الملياردير جون دو بالتبرع بمليون دولار لحملة نائبة الرئيس."
    )
    doc, facts = facts_of(text, {"كامالا هاريس": "PERSON", "جون دو": "PERSON"})
    harris = next(e for e in doc.entities if e.name == "كامالا هاريس")
    assert [m.text for m in harris.mentions] == ["كامالا هاريس", "نائبة الرئيس"]
    assert ("donation", "جون دو", "كامالا هاريس", (1_000_000, 1_000_000, "USD"), "pledged") in readable(
        doc, facts
    )
